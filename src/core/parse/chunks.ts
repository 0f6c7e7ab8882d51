/**
 * Splits a Markdown body into chunks at top-level ATX headings, so each chunk can be parsed and
 * analysed alone and cached by its text. A split is only made where a whole-document parse would
 * start a new block too: never inside a fenced code block or an HTML block (tracked here,
 * conservatively), and `analyseChunk` reports a chunk that still ends inside one so the engine
 * merges it with the next.
 */
export interface ChunkSpan {
  /** Offsets into the whole text. */
  start: number;
  end: number;
}

export interface SplitResult {
  chunks: ChunkSpan[];
  /** Lines that look like link reference definitions (`[label]: url`), appended when parsing
   * each chunk so references resolve as they would in the whole document. */
  definitions: string[];
}

const ATX = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_START = /^ {0,3}</;
const DEFINITION = /^ {0,3}\[(?:[^\]\\\r\n]|\\.){1,999}\]:/;
const HTML_CLOSED_TYPES: [RegExp, RegExp][] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
];

export function splitChunks(text: string, bodyStart: number): SplitResult {
  const chunks: ChunkSpan[] = [];
  const definitions: string[] = [];
  let chunkStart = bodyStart;
  let fence: { char: string; length: number } | null = null;
  /** Open HTML block: the end marker for types 1-5, or null for "ends at a blank line". */
  let html: { end: RegExp | null } | null = null;
  let definitionAllowed = true;
  let pos = bodyStart;
  const n = text.length;
  // Cached positions of the next \n and \r, so that finding line ends stays linear.
  let nextLf = text.indexOf('\n', pos);
  let nextCr = text.indexOf('\r', pos);
  while (pos < n) {
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const eol = Math.min(nextLf === -1 ? n : nextLf, nextCr === -1 ? n : nextCr);
    const line = text.slice(pos, eol);
    const next = eol === n ? n : text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    const blank = line.trim() === '';
    let definitionMayFollow = blank;

    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.length && m[2].trim() === '') fence = null;
    } else if (html) {
      if (html.end ? html.end.test(line) : blank) html = null;
    } else if (ATX.test(line)) {
      if (pos > chunkStart) chunks.push({ start: chunkStart, end: pos });
      chunkStart = pos;
      definitionMayFollow = true;
    } else {
      const f = FENCE.exec(line);
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
        fence = { char: f[1][0], length: f[1].length };
      } else if (HTML_START.test(line)) {
        const closed = HTML_CLOSED_TYPES.find(([start]) => start.test(line));
        if (!closed) html = { end: null };
        else if (!closed[1].test(line.replace(closed[0], ''))) html = { end: closed[1] };
      } else if (definitionAllowed && DEFINITION.test(line)) {
        definitions.push(line);
        definitionMayFollow = true;
      }
    }
    definitionAllowed = definitionMayFollow;
    pos = next;
  }
  if (n > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, end: Math.max(n, chunkStart) });
  return { chunks, definitions };
}
