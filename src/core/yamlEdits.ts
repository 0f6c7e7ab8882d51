// Edits that add to a dossier as written: a top-level key, a key under a mapping, a body section.
// Rules attach them as fixes (the skeleton of what is missing); the editor's class picker uses them
// too. Lines are read as the writer wrote them, so an edit keeps their indentation and line ends.
import { blockEnd, childIndent, frontmatterLines, readYamlLine, topLevelKeyLine, type FrontmatterLines, type TextLines } from './frontmatterLines';
import type { Position, TextEdit } from './types';

/** The text's line end: the first one it uses, else \n. */
export function eolOf(doc: TextLines): string {
  return /\r\n?|\n/.exec(doc.getText())?.[0] ?? '\n';
}

const at = (line: number, column: number): Position => ({ line, column });
const insert = (p: Position, newText: string): TextEdit => ({ range: { start: p, end: p }, newText });
const endOfLine = (doc: TextLines, line: number): Position => at(line, doc.lineAt(line).text.length);

/** Replaces the value of a top-level key, or inserts the key (after `after`, else at the end). */
export function setTopLevelValue(doc: TextLines, key: string, value: string, after: string[] = []): TextEdit[] {
  const eol = eolOf(doc);
  const fm = frontmatterLines(doc);
  if (!fm) {
    // No frontmatter at all: write one.
    return [insert(at(0, 0), `---${eol}cpt_dossier: 1${eol}${key}: ${value}${eol}---${eol}`)];
  }
  const exact = topLevelKeyLine(doc, fm, key);
  // `Classification: augmentative`: the key itself in other letters or separators (not read, as the
  // unknown-field finding says) gets the value and its name, instead of a second key beside it.
  const found = exact !== undefined ? { line: exact, length: key.length } : keyWrittenOtherwise(doc, fm, key);
  if (found !== undefined) {
    const { line, length } = found;
    const text = doc.lineAt(line).text;
    const { start, end } = valueSpan(text, length);
    const prefix = isBlank(text.charCodeAt(start - 1)) ? '' : ' ';
    const valueEdit: TextEdit = { range: { start: at(line, start), end: at(line, end) }, newText: prefix + value };
    return exact !== undefined ? [valueEdit] : [{ range: { start: at(line, 0), end: at(line, length) }, newText: key }, valueEdit];
  }
  return [insertTopLevel(doc, fm, `${key}: ${value}`, after)];
}

/**
 * The first top-level line whose key is `key` written in capitals or with spaces or hyphens
 * (`Classification`, `AMA deadline`), as the frontmatter reader tells them apart from other keys.
 */
function keyWrittenOtherwise(doc: TextLines, fm: FrontmatterLines, key: string): { line: number; length: number } | undefined {
  for (let l = fm.open + 1; l < fm.close; l++) {
    const m = /^([A-Za-z][\w -]{0,63}?)[ \t]*:(?=[ \t]|$)/.exec(doc.lineAt(l).text);
    if (m && m[1].toLowerCase().replace(/[\s-]+/g, '_') === key) return { line: l, length: m[1].length };
  }
  return undefined;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Where the value of `key: value  # comment` lies (`keyLength` characters of key start the line):
 * after the colon and its blanks, up to the blanks before a comment or the line's end. A loop, not
 * the regular expression it replaces, which was tried from each blank of a long run in the value
 * (seconds on a line of 30,000 spaces) and found no match on a line holding U+2028.
 */
function valueSpan(text: string, keyLength: number): { start: number; end: number } {
  const colon = text.indexOf(':', keyLength);
  let start = colon < 0 ? text.length : colon + 1;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  for (let i = start + 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== 35 || !isBlank(text.charCodeAt(i - 1))) continue;
    let end = i - 1;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    return { start, end };
  }
  return { start, end: text.length };
}

/** Inserts a top-level line (or block) after the first present key of `after`, else before the closing fence. */
export function insertTopLevel(doc: TextLines, fm: FrontmatterLines, block: string, after: string[] = []): TextEdit {
  const eol = eolOf(doc);
  const written = block.replace(/\n/g, eol);
  for (const k of after) {
    const l = topLevelKeyLine(doc, fm, k);
    if (l !== undefined) return insert(at(blockEnd(doc, fm, l) + 1, 0), written + eol);
  }
  if (!fm.closed) return insert(endOfLine(doc, doc.lineCount - 1), eol + written);
  return insert(at(fm.close, 0), written + eol);
}

/** Inserts `lines` as children of the top-level mapping `parent` (created when absent). */
export function insertUnder(doc: TextLines, parent: string, lines: string[]): TextEdit | undefined {
  const fm = frontmatterLines(doc);
  if (!fm) return undefined;
  const eol = eolOf(doc);
  const line = topLevelKeyLine(doc, fm, parent);
  if (line === undefined) return insertTopLevel(doc, fm, [`${parent}:`, ...lines.map((l) => `  ${l}`)].join('\n'));
  const rest = readYamlLine(doc.lineAt(line).text).rest ?? '';
  if (rest.replace(/#.*/, '').trim() !== '') return undefined; // an inline value (`fda: {…}`): leave it to the writer
  const indent = ' '.repeat(childIndent(doc, fm, line));
  return insert(at(blockEnd(doc, fm, line) + 1, 0), lines.map((l) => indent + l + eol).join(''));
}

/** Text under an empty section's heading (on line `headingLine`), after a blank line. */
export function fillSection(doc: TextLines, headingLine: number, placeholder: string): TextEdit {
  const eol = eolOf(doc);
  return insert(endOfLine(doc, headingLine), `${eol}${eol}${placeholder}`);
}

/** A new body section: before the heading on line `beforeLine`, else at the end. */
export function appendSection(doc: TextLines, beforeLine: number | undefined, heading: string, placeholder: string): TextEdit {
  const eol = eolOf(doc);
  const block = `## ${heading}${eol}${eol}${placeholder}${eol}`;
  if (beforeLine !== undefined && beforeLine < doc.lineCount && beforeLine > 0) {
    // Before that heading, separated by blank lines.
    const prevBlank = /^\s*$/.test(doc.lineAt(beforeLine - 1).text);
    return insert(at(beforeLine, 0), `${prevBlank ? '' : eol}${block}${eol}`);
  }
  const last = doc.lineAt(doc.lineCount - 1);
  const lead = last.text.length === 0 ? (doc.lineCount > 1 && /^\s*$/.test(doc.lineAt(doc.lineCount - 2).text) ? '' : eol) : eol + eol;
  return insert(endOfLine(doc, doc.lineCount - 1), `${lead}${block}`);
}
