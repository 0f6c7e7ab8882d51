import type { Position, Range } from './types';

/**
 * Maps UTF-16 offsets to 0-based line/column and back. Line ends are \n, \r\n and a lone \r,
 * as CommonMark and VS Code count them.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    // Any number lands inside the text: NaN at its start, fractions and infinities clamped.
    const o = offset >= 0 ? Math.min(Math.floor(offset), this.text.length) : 0;
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a line break (between \r and \n) is the end of the line's content.
    return { line: lo, column: Math.min(o, this.lineEnd(lo)) - starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[Math.max(0, pos.line)] + pos.column, this.lineEnd(pos.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset just past the line's content (before its line end). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** The whole line's content, without leading/trailing blanks. */
  lineRange(line: number): Range {
    const text = this.lineText(line);
    const lead = text.length - text.trimStart().length;
    const content = text.trim().length;
    return {
      start: { line, column: lead },
      end: { line, column: lead + (content || 0) },
    };
  }
}

export function rangeOfLine1(): Range {
  return { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
}

/** Strips a leading byte order mark; positions are counted after it, as editors do. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A run of body lines the Markdown parser is not given, and why. */
export interface UnreadableBlock {
  /** Offsets: from the first line's start to the last line's end (line ends excluded). */
  start: number;
  end: number;
  reason: 'nesting' | 'markup';
  /** The nesting depth or the number of marks found (the worst line or paragraph). */
  amount: number;
}

/** Lists and block quotes nested deeper than this are not parsed (a dossier needs a few). */
export const MAX_CONTAINER_DEPTH = 50;
/** Emphasis, link and code marks in one paragraph beyond this are not parsed. */
export const MAX_INLINE_MARKS = 5000;

/**
 * Finds the parts of a Markdown body that would keep the parser (micromark) busy for seconds or
 * minutes: lines nested in lists or block quotes more than MAX_CONTAINER_DEPTH deep (its work
 * grows with the cube of the depth: 1,000 indented levels take over a minute), and paragraphs with
 * more than MAX_INLINE_MARKS of `*`, `_`, `[`, `]` or a backtick (nested brackets and runs of
 * emphasis marks grow with the square: 50,000 `[` take a minute). One linear pass; no real dossier
 * comes near either limit. Fenced code is not counted (the parser does not read marks there).
 */
export function findUnreadableBlocks(text: string, bodyStart: number): UnreadableBlock[] {
  const found: UnreadableBlock[] = [];
  const n = text.length;
  let fence: { char: number; length: number } | null = null;
  /** The paragraph being followed: its first line's start and its last line's end. Its marks are
   * counted only when it is long enough to hold too many (so most text is never read twice). */
  let runStart = -1;
  let runEnd = 0;
  const flushRun = (): void => {
    if (runStart >= 0 && runEnd - runStart > MAX_INLINE_MARKS) {
      const marks = countMarks(text, runStart, runEnd);
      if (marks > MAX_INLINE_MARKS) found.push({ start: runStart, end: runEnd, reason: 'markup', amount: marks });
    }
    runStart = -1;
  };
  let pos = bodyStart;
  // Cached positions of the next \n and \r: line ends found natively, each line touched only at
  // its start (this runs on every lint of a dossier, keystrokes included).
  let nextLf = text.indexOf('\n', pos);
  let nextCr = text.indexOf('\r', pos);
  while (pos < n) {
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const eol = Math.min(nextLf === -1 ? n : nextLf, nextCr === -1 ? n : nextCr);
    const next = eol >= n ? n : text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    let i = pos;
    let col = 0;
    for (; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col % 4);
      else break;
    }
    if (i >= eol) {
      flushRun(); // a blank line ends a paragraph
      pos = next;
      continue;
    }
    const first = text.charCodeAt(i);
    // Only a marker (> - + * digit) or deep indentation can open containers; only ` or ~ a fence.
    const mayNest = first === 62 || first === 45 || first === 43 || first === 42 || (first >= 48 && first <= 57) || col > 2 * MAX_CONTAINER_DEPTH;
    const { depth, contentStart, startsContainer } = mayNest ? containerPrefix(text, pos, eol) : { depth: 0, contentStart: i, startsContainer: false };
    const c0 = text.charCodeAt(contentStart);
    const fenceHere = c0 === 96 || c0 === 126 ? fenceAt(text, contentStart, eol) : undefined;
    if (fence) {
      if (fenceHere && fenceHere.char === fence.char && fenceHere.length >= fence.length && fenceHere.bareClose) fence = null;
    } else if (depth > MAX_CONTAINER_DEPTH) {
      flushRun();
      const last = found[found.length - 1];
      if (last && last.reason === 'nesting' && isOnlyLineEndsBetween(text, last.end, pos)) {
        last.end = eol;
        last.amount = Math.max(last.amount, depth);
      } else found.push({ start: pos, end: eol, reason: 'nesting', amount: depth });
    } else if (fenceHere) {
      flushRun();
      fence = { char: fenceHere.char, length: fenceHere.length };
    } else if (c0 === 35) {
      flushRun(); // a heading ends a paragraph and is never counted (nor skipped) with one
    } else {
      // A new list item or quote starts a new paragraph; a lazy line continues the current one.
      if (startsContainer) flushRun();
      if (runStart < 0) runStart = pos;
      runEnd = eol;
    }
    pos = next;
  }
  flushRun();
  return found.sort((a, b) => a.start - b.start);
}

/** `*`, `_`, `[`, `]` and backticks between two offsets. */
function countMarks(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96) marks++;
  }
  return marks;
}

function isOnlyLineEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Depth of the list markers, quote markers and indentation (2 columns a level) opening a line. */
function containerPrefix(text: string, start: number, end: number): { depth: number; contentStart: number; startsContainer: boolean } {
  let i = start;
  let col = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  let depth = col >> 1;
  let markers = 0;
  while (i < end && depth <= MAX_CONTAINER_DEPTH) {
    const c = text.charCodeAt(i);
    let after = -1;
    if (c === 62) after = i + 1; // >
    else if ((c === 45 || c === 43 || c === 42) && isSpaceOrEnd(text, i + 1, end)) after = i + 1; // - + *
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) && isSpaceOrEnd(text, j + 1, end)) after = j + 1; // . )
    }
    if (after < 0) break;
    depth++;
    markers++;
    i = after;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  }
  return { depth, contentStart: i, startsContainer: markers > 0 };
}

function isSpaceOrEnd(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}

/** A ``` or ~~~ fence at `i`: its character, length, and whether only blanks follow it. */
function fenceAt(text: string, i: number, end: number): { char: number; length: number; bareClose: boolean } | undefined {
  const c = text.charCodeAt(i);
  if (c !== 96 && c !== 126) return undefined;
  let j = i;
  while (j < end && text.charCodeAt(j) === c) j++;
  if (j - i < 3) return undefined;
  let bareClose = true;
  for (let k = j; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d !== 32 && d !== 9) {
      bareClose = false;
      if (c === 96 && d === 96) return undefined; // a backtick fence's info string has no backtick
    }
  }
  return { char: c, length: j - i, bareClose };
}

/**
 * `text` with each block turned into an empty HTML comment of the same length and line ends:
 * `<!--` + spaces + `-->`. Offsets stay valid; the parser ends any open list or quote at the
 * comment's first line and reads the rest as raw comment text (plain spaces inside a deep list
 * would still make it check every open level on every line). A comment is no content and no
 * suppression directive.
 */
export function blankBlocks(text: string, blocks: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const b of blocks) {
    let blank = text.slice(b.start, b.end).replace(/[^\r\n]/g, ' ');
    if (blank.length >= 7 && blank.slice(0, 4) === '    ' && blank.slice(-3) === '   ') blank = '<!--' + blank.slice(4, -3) + '-->';
    out += text.slice(at, b.start) + blank;
    at = b.end;
  }
  return out + text.slice(at);
}
