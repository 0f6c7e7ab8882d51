/**
 * Characters that show as nothing: zero-width spaces and joiners, soft hyphens, direction marks, a
 * BOM inside the text, invisible operators. Pasted inside a word (from a word processor or a web
 * page), the reader sees one word; the analysis and the messages must agree with what is seen.
 * U+2060 is left out: the inline-code placeholder is made of it. Global: reset `lastIndex` before `test`.
 */
export const INVISIBLE = /\u034f|[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2061-\u2064\u2066-\u2069\ufeff]/g;

/** Whether the UTF-16 unit `c` is one of INVISIBLE's characters. */
export function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x34f || c === 0x61c || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2061 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

/**
 * INVISIBLE's characters and the word joiner U+2060: what shows as nothing in headings, keys,
 * fences and messages, where no inline-code placeholder is (the prose gets a user's U+2060 as a
 * zero-width space: parse/analyse.ts). Global: reset `lastIndex` before `test`.
 */
export const SHOWS_AS_NOTHING = /\u034f|[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Whether the UTF-16 unit `c` is one of SHOWS_AS_NOTHING's characters. */
export function showsAsNothing(c: number): boolean {
  return c === 0x2060 || isInvisible(c);
}
