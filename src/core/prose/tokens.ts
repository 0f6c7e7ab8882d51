/**
 * Stage 1 of the prose analysis: word tokens. Written by hand (no regular expression runs over the
 * input) so that the work is linear and a hostile megabyte line costs what its length costs.
 * Emphasis marks and quotes neither join nor separate words; inline code arrives as a placeholder
 * between two U+2060 marks and becomes one opaque name-like token.
 */
import { INVISIBLE, isInvisible } from '../invisible';
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export const CODE = 3;
export const BREAK = 4;
export type TokType = typeof WORD | typeof NUM | typeof PUNCT | typeof CODE | typeof BREAK;

export interface Tok {
  s: number;
  e: number;
  /** Lowercased word (typographic apostrophe folded), the punctuation character, or '' for very long words. */
  w: string;
  t: TokType;
  /** First letter is uppercase. */
  cap: boolean;
  /** An uppercase letter after a lowercase one ("EchoGo"): a name. */
  camel: boolean;
  /** Whitespace (or nothing at all: start of text) before the token. */
  gap: boolean;
}

/** Longer words match nothing in the lexicon; they are not lowercased (hostile input). */
const MAX_WORD = 48;
const CODE_MARK = 0x2060;
const CODE_WORD = '\u2060code';

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  if (c === CODE_MARK || c === 0x2019 || c === 0x2018 || c === 0x2010 || c === 0x2011) return false;
  return NON_ASCII_WORD.test(text[i]);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85
  );
}

/** Characters that neither join nor separate words: emphasis marks, quotes, soft hyphens. */
function isIgnorable(c: number): boolean {
  return (
    c === 42 || c === 95 || c === 126 || c === 96 || c === 34 || c === 39 || c === 0x201c ||
    c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0xad ||
    c === 0x200c || c === 0x200d || c === CODE_MARK || c === 0x201e || c === 0x2039 || c === 0x203a
  );
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** An uppercase letter right after a lowercase one ("EchoGo"). */
function hasInnerCapital(raw: string): boolean {
  for (let k = 1; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    const p = raw.charCodeAt(k - 1);
    if (c < 128 && p < 128) {
      if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
    } else if (isUpper(raw[k]) && isLower(raw[k - 1])) return true;
  }
  return false;
}

function isAsciiWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return false;
  return true;
}

/** The last text tokenized and its tokens: the cue, payment and trial readers of one paragraph
 * each ask for its tokens in turn. Callers never change the tokens they are given. */
let lastText: string | undefined;
let lastToks: Tok[] = [];

export function tokenize(text: string): Tok[] {
  if (text === lastText) return lastToks;
  const toks = tokenizeText(text);
  lastText = text;
  lastToks = toks;
  return toks;
}

function tokenizeText(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let gap = true;
  let newlines = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) newlines++;
      gap = true;
      i++;
      continue;
    }
    if (newlines >= 2 && toks.length > 0) toks.push({ s: i, e: i, w: '', t: BREAK, cap: false, camel: false, gap: true });
    newlines = 0;
    if (c === CODE_MARK) {
      // The inline-code placeholder: one opaque name-like token.
      const limit = Math.min(n, i + 40);
      let close = -1;
      for (let j = i + 1; j < limit; j++) {
        if (text.charCodeAt(j) === CODE_MARK) {
          close = j;
          break;
        }
      }
      if (close > 0) {
        toks.push({ s: i, e: close + 1, w: CODE_WORD, t: CODE, cap: false, camel: false, gap });
        gap = false;
        i = close + 1;
        continue;
      }
      i++;
      continue;
    }
    if (isWordChar(text, i)) {
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 0xd800 && d <= 0xdbff) {
          // A surrogate pair is one character; a lone high surrogate is one too.
          const low = text.charCodeAt(j + 1);
          j += low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
          continue;
        }
        if (isWordChar(text, j)) {
          j++;
          continue;
        }
        const next = j + 1 < n && isWordChar(text, j + 1);
        if ((d === 39 || d === 0x2019) && next) {
          j++;
          continue;
        }
        if ((d === 45 || d === 0x2010 || d === 0x2011) && next) {
          j++;
          continue;
        }
        // A zero-width space, soft hyphen or direction mark pasted inside a word shows as nothing:
        // the reader sees one word ("diag\u200bnoses"), and so does the analysis.
        if (isInvisible(d) && next) {
          j++;
          continue;
        }
        if ((d === 46 || d === 44) && next && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      if (j > n) j = n;
      const len = j - i;
      let w = '';
      let camel = false;
      if (len <= MAX_WORD) {
        const raw = text.slice(i, j);
        w = raw.toLowerCase();
        if (w !== raw) camel = hasInnerCapital(raw) || (raw[0] === w[0] && raw !== w); // "EchoGo", "d-Nav", "iLet"
        if (!isAsciiWord(w)) w = w.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-').replace(INVISIBLE, '');
      }
      const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : isUpper(text[i]);
      toks.push({ s: i, e: j, w, t: isDigit(c) ? NUM : WORD, cap, camel, gap });
      gap = false;
      i = j;
      continue;
    }
    if (isIgnorable(c)) {
      i++;
      continue;
    }
    // A run of the same mark ("...", "--", "!!!") is one token.
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === c) j++;
    toks.push({ s: i, e: j, w: text[i], t: PUNCT, cap: false, camel: false, gap });
    gap = false;
    i = j;
  }
  return toks;
}
