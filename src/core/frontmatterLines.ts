// Where things are in a dossier's frontmatter, read line by line from the text as written: which
// key path a position is at (completion, hover), where a key's line is, where to insert one (the
// fixes rules attach). What the keys mean comes from schema.ts.
import { splitFrontmatter } from './parse/frontmatter';
import type { LineIndex } from './text';

/** Lines of a text: an editor's document satisfies it as it is; `linesOf` adapts the engine's. */
export interface TextLines {
  readonly lineCount: number;
  lineAt(line: number): { readonly text: string };
  getText(): string;
}

/** The engine's text and line index as `TextLines`. */
export function linesOf(text: string, lines: LineIndex): TextLines {
  return { lineCount: lines.lineCount, lineAt: (line) => ({ text: lines.lineText(line) }), getText: () => text };
}

export interface FrontmatterLines {
  /** 0-based line of the opening fence (always 0). */
  open: number;
  /** 0-based line of the closing fence; the line count when unclosed. */
  close: number;
  closed: boolean;
}

export function frontmatterLines(doc: TextLines): FrontmatterLines | undefined {
  const text = doc.getText();
  const split = splitFrontmatter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (split.kind === 'none') return undefined;
  if (split.kind === 'closed') return { open: 0, close: split.closeLine, closed: true };
  return { open: 0, close: doc.lineCount, closed: false };
}

export function inFrontmatter(fm: FrontmatterLines | undefined, line: number): boolean {
  return !!fm && line > fm.open && line < fm.close;
}

interface YamlLine {
  /** Column of the key (after any "- "). */
  keyCol: number;
  /** Column of the "-" when the line starts a list item. */
  dashCol?: number;
  key?: string;
  /** Text after the colon (comment included), when the line has a key. */
  rest?: string;
  blank: boolean;
}

const LINE = /^(\s*)((?:-\s+)*)(?:([A-Za-z_][\w-]*)\s*:(?=\s|$)(.*))?/;

export function readYamlLine(text: string): YamlLine {
  if (/^\s*(#.*)?$/.test(text)) return { keyCol: text.length - text.trimStart().length, blank: true };
  const m = LINE.exec(text)!;
  const indent = m[1].length;
  const dashes = m[2] ?? '';
  const out: YamlLine = { keyCol: indent + dashes.length, blank: false };
  if (dashes) out.dashCol = indent;
  if (m[3] !== undefined) {
    out.key = m[3];
    out.rest = m[4] ?? '';
  }
  return out;
}

/**
 * The path of the mapping that holds a key written at column `keyCol` on `line` (e.g. "fda",
 * "sites[]", "" for the top level). `startsItem`: the line itself begins a list item.
 */
export function parentPath(doc: TextLines, fm: FrontmatterLines, line: number, keyCol: number, startsItem: boolean, dashCol?: number): string | undefined {
  const parts: string[] = [];
  let pendingList = startsItem && dashCol !== undefined;
  let target = pendingList ? dashCol! : keyCol;
  if (target === 0 && !pendingList) return '';
  for (let l = line - 1; l > fm.open; l--) {
    const y = readYamlLine(doc.lineAt(l).text);
    if (y.blank) continue;
    if (!pendingList) {
      if (y.dashCol !== undefined && y.keyCol === target) {
        // The first key of the list item we are in.
        pendingList = true;
        target = y.dashCol;
        continue;
      }
      if (y.keyCol >= target) continue;
    } else {
      // Looking for the key that owns the list whose items start at column `target`.
      if (y.dashCol !== undefined && y.dashCol >= target) continue;
      if (y.dashCol === undefined && y.keyCol > target) continue;
    }
    if (y.key === undefined) return undefined; // a continuation of a multi-line value: give up
    parts.unshift(y.key + (pendingList ? '[]' : ''));
    pendingList = y.dashCol !== undefined;
    target = pendingList ? y.dashCol! : y.keyCol;
    if (target === 0 && !pendingList) return parts.join('.');
  }
  return pendingList ? undefined : parts.join('.');
}

/** Key path and ranges of the key written on a line, or undefined. */
export function keyOnLine(doc: TextLines, fm: FrontmatterLines, line: number): { path: string; key: string; keyStart: number; keyEnd: number; valueStart: number } | undefined {
  const text = doc.lineAt(line).text;
  const y = readYamlLine(text);
  if (y.key === undefined) return undefined;
  const parent = parentPath(doc, fm, line, y.keyCol, y.dashCol !== undefined, y.dashCol);
  if (parent === undefined) return undefined;
  const keyStart = y.keyCol;
  const keyEnd = keyStart + y.key.length;
  const colon = text.indexOf(':', keyEnd);
  let valueStart = colon + 1;
  while (valueStart < text.length && /\s/.test(text[valueStart])) valueStart++;
  return { path: parent ? `${parent}.${y.key}` : y.key, key: y.key, keyStart, keyEnd, valueStart };
}

/** The line of a top-level key in the frontmatter. */
export function topLevelKeyLine(doc: TextLines, fm: FrontmatterLines, key: string): number | undefined {
  for (let l = fm.open + 1; l < fm.close; l++) {
    const y = readYamlLine(doc.lineAt(l).text);
    if (y.key === key && y.keyCol === 0 && y.dashCol === undefined) return l;
  }
  return undefined;
}

/** The last line that belongs to the block of the key on `line` (its nested lines). */
export function blockEnd(doc: TextLines, fm: FrontmatterLines, line: number): number {
  const own = readYamlLine(doc.lineAt(line).text).keyCol;
  let last = line;
  for (let l = line + 1; l < fm.close; l++) {
    const t = doc.lineAt(l).text;
    if (/^\s*$/.test(t)) continue;
    const indent = t.length - t.trimStart().length;
    if (indent < own || (indent === own && !t.trimStart().startsWith('-'))) break;
    last = l;
  }
  return last;
}

/** Column at which the children of the key on `line` are written (2 more by default). */
export function childIndent(doc: TextLines, fm: FrontmatterLines, line: number): number {
  const own = readYamlLine(doc.lineAt(line).text).keyCol;
  for (let l = line + 1; l < fm.close; l++) {
    const t = doc.lineAt(l).text;
    if (/^\s*(#.*)?$/.test(t)) continue;
    const indent = t.length - t.trimStart().length;
    return indent > own ? indent : own + 2;
  }
  return own + 2;
}
