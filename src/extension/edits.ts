// Text edits on a dossier: the class choice and the skeletons that quick fixes insert.
import * as vscode from 'vscode';
import type { AiClass } from '../core/types';
import { blockEnd, childIndent, frontmatterLines, readYamlLine, topLevelKeyLine, type FrontmatterLines } from './frontmatter';

export function eolOf(doc: vscode.TextDocument): string {
  return doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

/** Replaces the value of a top-level key, or inserts the key (after `after`, else at the end). */
export function setTopLevelValue(doc: vscode.TextDocument, key: string, value: string, after: string[] = []): vscode.TextEdit[] {
  const eol = eolOf(doc);
  const fm = frontmatterLines(doc);
  if (!fm) {
    // No frontmatter at all: write one.
    return [vscode.TextEdit.insert(new vscode.Position(0, 0), `---${eol}cpt_dossier: 1${eol}${key}: ${value}${eol}---${eol}`)];
  }
  const line = topLevelKeyLine(doc, fm, key);
  if (line !== undefined) {
    const text = doc.lineAt(line).text;
    const m = /^([A-Za-z_][\w-]*\s*:[ \t]*)(.*?)([ \t]+#.*)?$/.exec(text)!;
    const start = m[1].length;
    const end = start + m[2].length;
    const prefix = m[1].endsWith(' ') || m[1].endsWith('\t') ? '' : ' ';
    return [vscode.TextEdit.replace(new vscode.Range(line, start, line, end), prefix + value)];
  }
  return [insertTopLevel(doc, fm, `${key}: ${value}`, after)];
}

/** Inserts a top-level line (or block) after the first present key of `after`, else before the closing fence. */
export function insertTopLevel(doc: vscode.TextDocument, fm: FrontmatterLines, block: string, after: string[] = []): vscode.TextEdit {
  const eol = eolOf(doc);
  for (const k of after) {
    const l = topLevelKeyLine(doc, fm, k);
    if (l !== undefined) {
      const end = blockEnd(doc, fm, l);
      return vscode.TextEdit.insert(new vscode.Position(end + 1, 0), block.replace(/\n/g, eol) + eol);
    }
  }
  if (!fm.closed) return vscode.TextEdit.insert(doc.lineAt(doc.lineCount - 1).range.end, eol + block.replace(/\n/g, eol));
  return vscode.TextEdit.insert(new vscode.Position(fm.close, 0), block.replace(/\n/g, eol) + eol);
}

/** Inserts `lines` as children of the top-level mapping `parent` (created when absent). */
export function insertUnder(doc: vscode.TextDocument, parent: string, lines: string[]): vscode.TextEdit | undefined {
  const fm = frontmatterLines(doc);
  if (!fm) return undefined;
  const eol = eolOf(doc);
  const line = topLevelKeyLine(doc, fm, parent);
  if (line === undefined) return insertTopLevel(doc, fm, [`${parent}:`, ...lines.map((l) => `  ${l}`)].join('\n'));
  const rest = readYamlLine(doc.lineAt(line).text).rest ?? '';
  if (rest.replace(/#.*/, '').trim() !== '') return undefined; // an inline value (`fda: {…}`): leave it to the writer
  const indent = ' '.repeat(childIndent(doc, fm, line));
  const end = blockEnd(doc, fm, line);
  return vscode.TextEdit.insert(new vscode.Position(end + 1, 0), lines.map((l) => indent + l + eol).join(''));
}

export function classificationEdit(doc: vscode.TextDocument, cls: AiClass): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(doc.uri, setTopLevelValue(doc, 'classification', cls, ['cpt_dossier']));
  return edit;
}

/** Where a new body section goes: after the section `afterKind` covers, else at the end. */
export function appendSection(doc: vscode.TextDocument, at: vscode.Position | undefined, heading: string, placeholder: string): vscode.TextEdit {
  const eol = eolOf(doc);
  const block = `## ${heading}${eol}${eol}${placeholder}${eol}`;
  if (at && at.line < doc.lineCount && at.line > 0) {
    // Insert before the heading at `at`, separated by blank lines.
    const prevBlank = doc.lineAt(at.line - 1).isEmptyOrWhitespace;
    return vscode.TextEdit.insert(new vscode.Position(at.line, 0), `${prevBlank ? '' : eol}${block}${eol}`);
  }
  const last = doc.lineAt(doc.lineCount - 1);
  const lead = last.text.length === 0 ? (doc.lineCount > 1 && doc.lineAt(doc.lineCount - 2).isEmptyOrWhitespace ? '' : eol) : eol + eol;
  return vscode.TextEdit.insert(last.range.end, `${lead}${block}`);
}
