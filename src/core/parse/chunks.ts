/**
 * Splits a Markdown body into chunks at top-level ATX headings and at lines that start at the
 * margin after a blank line, so each chunk can be parsed and analysed alone and cached by its text. A split is only made where a whole-document parse would
 * start a new block too: never inside a fenced code block or an HTML block (tracked here,
 * conservatively), and `analyseChunk` reports a chunk that still ends inside one so the engine
 * merges it with the next.
 */
import { isMarkdownSpace, isSpaceOnly } from './whitespace';

export interface ChunkSpan {
  /** Offsets into the whole text. */
  start: number;
  end: number;
}

export interface SplitResult {
  chunks: ChunkSpan[];
  /** The labels of lines that look like link reference definitions (`[label]: url`) outside
   * containers: the engine's first guess at the document's definitions (see `readBody`). */
  definitions: string[];
  /** Where each of `definitions` starts. */
  definitionStarts: number[];
  /** The `lineStarts` passed in, followed by the offsets of the lines that start after
   * `bodyStart` (line ends \n, \r\n and a lone \r, as `LineIndex` counts them): found by the
   * same scan, so the text is read once. */
  lineStarts: number[];
  /** Where the scan stopped: the text's length, or the chunk start `stopAt` accepted. */
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_START = /^ {0,3}</;
const DEFINITION = /^ {0,3}\[((?:[^\]\\\r\n]|\\.){1,999})\]:/;
const HTML_CLOSED_TYPES: [RegExp, RegExp][] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
];

/** `/^#{1,6}(?:[ \t]|$)/.test(line)` (an ATX heading) for the line text[start, end), without slicing it. */
function isAtx(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 7 && text.charCodeAt(i) === 35) i++;
  const hashes = i - start;
  if (hashes < 1 || hashes > 6) return false;
  if (i === end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}

/**
 * `bodyStart` must be the start of the body or of a chunk (where the scan's state is the initial
 * one). `lineStarts`: line starts found so far (up to `bodyStart`); the scan appends to it.
 * `stopAt`: asked at each later chunk start; when it says yes, the scan ends there (the engine
 * knows the rest from the last version).
 */
export function splitChunks(text: string, bodyStart: number, lineStarts: number[] = [], stopAt?: (chunkStart: number) => boolean): SplitResult {
  const chunks: ChunkSpan[] = [];
  const definitions: string[] = [];
  const definitionStarts: number[] = [];
  let chunkStart = bodyStart;
  let fence = null as { char: string; length: number } | null;
  /** Open HTML block: the end marker for types 1-5, or null for "ends at a blank line". */
  let html = null as { end: RegExp | null } | null;
  let definitionAllowed = true;
  /** The line before was blank (the scan starts where no block is open, as after a blank line). */
  let afterBlank = false;
  let pos = bodyStart;
  const n = text.length;
  /** A definition may start on the next line (after a blank line, a heading or a definition). */
  let definitionMayFollow: boolean;
  /** A fence, an HTML block or a definition the line at `pos` (`, ~, < or [ first) opens. Made
   * once, not once per line (a body of millions of blank lines). */
  const openBlock = (line: string): void => {
    const f = FENCE.exec(line);
    if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
      fence = { char: f[1][0], length: f[1].length };
    } else if (HTML_START.test(line)) {
      const closed = HTML_CLOSED_TYPES.find(([start]) => start.test(line));
      if (!closed) html = { end: null };
      else if (!closed[1].test(line.replace(closed[0], ''))) html = { end: closed[1] };
    } else if (definitionAllowed) {
      const d = DEFINITION.exec(line);
      if (d) {
        definitions.push(d[1]);
        definitionStarts.push(pos);
        definitionMayFollow = true;
      }
    }
  };
  // Cached positions of the next \n and \r, so that finding line ends stays linear.
  let nextLf = text.indexOf('\n', pos);
  let nextCr = text.indexOf('\r', pos);
  while (pos < n) {
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const eol = Math.min(nextLf === -1 ? n : nextLf, nextCr === -1 ? n : nextCr);
    const next = eol === n ? n : text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    if (eol < n) lineStarts.push(next);
    const c0 = pos < eol ? text.charCodeAt(pos) : -1;
    // Only a line whose first character after up to three spaces is `, ~, < or [ can match
    // FENCE, HTML_START or DEFINITION, and only one starting with # can match ATX: every other
    // line is classified from its characters, without slicing it or running a pattern.
    let first = pos;
    while (first < eol && first - pos < 3 && text.charCodeAt(first) === 32) first++;
    const c = first < eol ? text.charCodeAt(first) : -1;
    const candidate = c === 96 || c === 126 || c === 60 || c === 91;
    const blank = c0 === -1 || (isMarkdownSpace(c0) && isSpaceOnly(text, pos, eol));
    definitionMayFollow = blank;

    if (fence) {
      const m = c === 96 || c === 126 ? FENCE.exec(text.slice(pos, eol)) : null;
      if (m && m[1][0] === fence.char && m[1].length >= fence.length && isSpaceOnly(m[2])) fence = null;
    } else if (html) {
      if (html.end ? c0 !== -1 && html.end.test(text.slice(pos, eol)) : blank) html = null;
    } else if ((c0 === 35 && isAtx(text, pos, eol)) || (afterBlank && c0 !== -1 && !isMarkdownSpace(c0))) {
      // A heading, or a line that starts at the margin after a blank line: no block the parser
      // has open can go on there (a list item or quote would need indentation or `>`, a
      // paragraph no blank line; fences and HTML blocks are tracked above). Bodies without
      // headings are split too, so no parse holds megabytes.
      if (stopAt && pos > bodyStart && stopAt(pos)) {
        if (eol < n) lineStarts.pop(); // the line at pos is not scanned
        chunks.push({ start: chunkStart, end: pos });
        return { chunks, definitions, definitionStarts, lineStarts, end: pos };
      }
      if (pos > chunkStart) chunks.push({ start: chunkStart, end: pos });
      chunkStart = pos;
      if (c0 === 35) definitionMayFollow = true;
      else if (candidate) openBlock(text.slice(pos, eol));
    } else if (candidate) {
      openBlock(text.slice(pos, eol));
    }
    definitionAllowed = definitionMayFollow;
    afterBlank = blank;
    pos = next;
  }
  if (n > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, end: Math.max(n, chunkStart) });
  return { chunks, definitions, definitionStarts, lineStarts, end: n };
}
