/**
 * What CommonMark (and micromark, the parser) counts as whitespace in block structure: only the
 * space and the tab. A line of no-break spaces (U+00A0), ideographic spaces (U+3000), form feeds
 * or a BOM is not blank, and a closing fence followed by one of them is no closing fence: the
 * chunk splitter must agree with the parser on every line, or a chunk it ends "closed" is still
 * open for the parser (and merged with the next, and the next…). `String.prototype.trim` and
 * `\s` count all of those as whitespace; nothing in the block scan may use them.
 */
export function isMarkdownSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** True when text[start, end) holds only spaces and tabs (a blank line, for CommonMark). */
export function isSpaceOnly(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isMarkdownSpace(text.charCodeAt(i))) return false;
  return true;
}
