// Quick fixes for cpt-dossier diagnostics. Every fix is one WorkspaceEdit (one undo step).
import * as vscode from 'vscode';
import { frontmatterLines, inFrontmatter, type FrontmatterLines } from '../core/frontmatterLines';
import { eolOf } from '../core/yamlEdits';
import { insertSorted, overlapsSorted } from '../core/sortedSpans';
import { toTextEdit } from './edits';
import { ruleIdOf, type DocResult, type DossierStore } from './store';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cptDossier');

export class DossierCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly store: DossierStore) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const r = await this.store.get(doc);
    if (!r?.dossier.isDossier) return [];
    const actions: vscode.CodeAction[] = [];
    if (context.only && context.only.contains(FIX_ALL_KIND) || context.only?.value === vscode.CodeActionKind.SourceFixAll.value || context.only?.value === vscode.CodeActionKind.Source.value) {
      const all = this.fixAll(doc, r);
      if (all) actions.push(all);
      if (context.only) return actions;
    }
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return actions;
    const fm = frontmatterLines(doc);
    // Worked out once per request, not once per diagnostic: a comment naming 1,000 unknown rule
    // ids has 1,000 diagnostics on one line, and each walked the document from its top (hostile18).
    const fenced = fencedLines(doc, fm ? fm.close + 1 : 0);
    const lineEdits = new Map<string, vscode.TextEdit[]>();
    const fileEdits = new Map<string, vscode.TextEdit[]>();
    const memo = (map: Map<string, vscode.TextEdit[]>, key: string, make: () => vscode.TextEdit[]): vscode.TextEdit[] => {
      let edits = map.get(key);
      if (!edits) map.set(key, (edits = make()));
      return edits;
    };
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId || ruleId === 'internal-error') continue;
      const finding = this.store.findingFor(doc, diagnostic);
      const add = (title: string, edit: vscode.WorkspaceEdit | undefined, preferred = false): void => {
        if (!edit) return;
        // The light bulb menu shows titles as plain text: `code` would show its backticks.
        const a = new vscode.CodeAction(title.replace(/`([^`]+)`/g, "'$1'"), vscode.CodeActionKind.QuickFix);
        a.edit = edit;
        a.diagnostics = [diagnostic];
        a.isPreferred = preferred;
        actions.push(a);
      };
      const single = (edits: (vscode.TextEdit | undefined)[]): vscode.WorkspaceEdit | undefined => {
        const list = edits.filter((e): e is vscode.TextEdit => !!e);
        if (!list.length) return undefined;
        const w = new vscode.WorkspaceEdit();
        w.set(doc.uri, list);
        return w;
      };
      // 1. The fixes the rule attached to its finding (nearest allowed value, corrected date, suggested
      // key, the skeleton of what is missing); the first is preferred unless the rule says otherwise.
      (finding?.fixes ?? []).forEach((fix, i) => add(fix.title, single(fix.edits.map(toTextEdit)), fix.preferred ?? i === 0));
      // 2. Suppression and documentation.
      const line = diagnostic.range.start.line;
      add(`Disable ${ruleId} for this line`, single(memo(lineEdits, `${line} ${ruleId}`, () => disableLine(doc, fm, line, ruleId, fenced))));
      add(`Disable ${ruleId} for this file`, single(memo(fileEdits, ruleId, () => disableFile(doc, fm, ruleId))));
      const info = new vscode.CodeAction(`More information about ${ruleId}`, vscode.CodeActionKind.QuickFix);
      info.command = { title: 'More information', command: 'cptDossier.openRuleDocs', arguments: [ruleId] };
      info.diagnostics = [diagnostic];
      actions.push(info);
    }
    return actions;
  }

  private fixAll(doc: vscode.TextDocument, r: DocResult): vscode.CodeAction | undefined {
    if (r.version !== doc.version) return undefined;
    // The safe fixes, one per finding, none overlapping another (touching is fine). The edits
    // taken are kept sorted by offset: they never overlap, so their ends are sorted too and one
    // binary search finds an overlap (100,000 safe fixes froze the extension host when each was
    // compared with every edit taken before it).
    const edits: vscode.TextEdit[] = [];
    const taken: { start: number; end: number }[] = [];
    for (const f of r.findings) {
      const fix = f.fixes?.find((x) => x.safe);
      if (!fix) continue;
      const mine = fix.edits.map(toTextEdit);
      const spans = mine.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) })).sort((a, b) => a.start - b.start || a.end - b.end);
      if (spans.some((e, i) => (i > 0 && spans[i - 1].end > e.start) || overlapsSorted(taken, e))) continue;
      for (const e of spans) insertSorted(taken, e);
      edits.push(...mine);
    }
    if (!edits.length) return undefined;
    const a = new vscode.CodeAction('Fix all safe CPT Dossier problems', FIX_ALL_KIND);
    const w = new vscode.WorkspaceEdit();
    w.set(doc.uri, edits);
    a.edit = w;
    return a;
  }
}

/**
 * Suppresses a rule on one line: a YAML comment at the end of a frontmatter line; in the body a
 * `disable-next-line` comment on its own line above a block's first line, an inline
 * `disable-line` comment inside a paragraph or list, or a disable/enable pair around a table.
 */
export function disableLine(doc: vscode.TextDocument, fm: FrontmatterLines | undefined, line: number, ruleId: string, fenced = fencedLines(doc, fm ? fm.close + 1 : 0)): vscode.TextEdit[] {
  const eol = eolOf(doc);
  if (fm && line <= fm.open) return []; // the opening fence cannot carry a comment
  if (fm && inFrontmatter(fm, line)) {
    const text = doc.lineAt(line).text;
    const existing = /#\s*cpt-dossier-disable-line\b[^\r\n]*$/.exec(text);
    if (existing) return [vscode.TextEdit.insert(new vscode.Position(line, text.length), ` ${ruleId}`)];
    return [vscode.TextEdit.insert(new vscode.Position(line, text.trimEnd().length), ` # cpt-dossier-disable-line ${ruleId}`)];
  }
  if (fm && line === fm.close) return [];
  const bodyStart = fm ? fm.close + 1 : 0;
  // Inside a code fence: nothing to suppress there.
  if (fenced(line)) return [];
  const blank = (l: number): boolean => l < bodyStart || l >= doc.lineCount || doc.lineAt(l).isEmptyOrWhitespace;
  let first = line;
  while (!blank(first - 1) && !isBlockBoundary(doc.lineAt(first - 1).text)) first--;
  let last = line;
  while (!blank(last + 1)) last++;
  const text = doc.lineAt(line).text;
  const indent = /^\s*/.exec(text)![0];
  const isTable = rangeHasTableDelimiter(doc, first, last);
  if (isTable) {
    const tIndent = /^\s*/.exec(doc.lineAt(first).text)![0];
    return [
      vscode.TextEdit.insert(new vscode.Position(first, 0), `${tIndent}<!-- cpt-dossier-disable ${ruleId} -->${eol}`),
      vscode.TextEdit.insert(doc.lineAt(last).range.end, `${eol}${tIndent}<!-- cpt-dossier-enable ${ruleId} -->`),
    ];
  }
  if (line === first) return [vscode.TextEdit.insert(new vscode.Position(line, 0), `${indent}<!-- cpt-dossier-disable-next-line ${ruleId} -->${eol}`)];
  return [vscode.TextEdit.insert(new vscode.Position(line, text.trimEnd().length), ` <!-- cpt-dossier-disable-line ${ruleId} -->`)];
}

/**
 * Whether a body line is inside a code fence (an opening fence line counts as outside, its
 * closing one as inside). The lines are read once, up to the highest line asked about so far.
 */
function fencedLines(doc: vscode.TextDocument, bodyStart: number): (line: number) => boolean {
  const inside: boolean[] = [];
  let fence: string | undefined;
  let next = bodyStart;
  return (line) => {
    for (; next < line; next++) {
      const m = /^\s{0,3}(`{3,}|~{3,})/.exec(doc.lineAt(next).text);
      if (m) {
        if (!fence) fence = m[1];
        else if (m[1][0] === fence[0] && m[1].length >= fence.length && /^\s{0,3}[`~]+\s*$/.test(doc.lineAt(next).text)) fence = undefined;
      }
      inside[next + 1] = fence !== undefined;
    }
    return line > bodyStart && inside[line] === true;
  };
}

function isBlockBoundary(text: string): boolean {
  return /^\s{0,3}#{1,6}(\s|$)/.test(text) || /^\s{0,3}(`{3,}|~{3,})/.test(text) || /^\s*<!--.*-->\s*$/.test(text);
}

function rangeHasTableDelimiter(doc: vscode.TextDocument, first: number, last: number): boolean {
  for (let l = first; l <= last; l++) if (isTableDelimiterRow(doc.lineAt(l).text)) return true;
  return false;
}

/**
 * `|---|:--:|`, `--- | ---` or `| --- |`: cells of dashes with an optional colon at each end, two
 * or more, or one between pipes. Split into cells, not matched by one regular expression: theirs
 * (`^\s*\|?\s*:?-+…`) was tried over every split of a line's leading blanks (a line of 20,000
 * spaces: a second on the extension host, each time the light bulb asked).
 */
function isTableDelimiterRow(line: string): boolean {
  let row = line.trim();
  const leading = row.startsWith('|');
  if (leading) row = row.slice(1);
  const trailing = row.endsWith('|');
  if (trailing) row = row.slice(0, -1);
  const cells = row.split('|');
  return (cells.length >= 2 || (leading && trailing)) && cells.every((c) => /^:?-+:?$/.test(c.trim()));
}

/** `<!-- cpt-dossier-disable-file ID -->` just after the frontmatter (or at the top). */
export function disableFile(doc: vscode.TextDocument, fm: FrontmatterLines | undefined, ruleId: string): vscode.TextEdit[] {
  const eol = eolOf(doc);
  if (fm && !fm.closed) return [];
  const line = fm ? fm.close + 1 : 0;
  if (line < doc.lineCount) {
    const text = doc.lineAt(line).text;
    const at = disableFileListEnd(text);
    if (at !== undefined) return [vscode.TextEdit.insert(new vscode.Position(line, at), ` ${ruleId}`)];
    return [vscode.TextEdit.insert(new vscode.Position(line, 0), `<!-- cpt-dossier-disable-file ${ruleId} -->${eol}`)];
  }
  return [vscode.TextEdit.insert(doc.lineAt(doc.lineCount - 1).range.end, `${eol}<!-- cpt-dossier-disable-file ${ruleId} -->`)];
}

/**
 * In `<!-- cpt-dossier-disable-file a b -->`, where a rule id is added: after the last id, before
 * the blanks and `-->`; undefined when the line is no such comment. Found with indexOf, not the
 * lazy regular expression it replaces, which was tried from each blank of a long run.
 */
function disableFileListEnd(text: string): number | undefined {
  const open = /^\s*<!--\s*cpt-dossier-disable-file\b/.exec(text);
  if (!open) return undefined;
  const close = text.indexOf('-->', open[0].length);
  if (close < 0 || text.slice(open[0].length, close).includes('>')) return undefined;
  let end = close;
  while (end > open[0].length && /\s/.test(text[end - 1])) end--;
  return end;
}
