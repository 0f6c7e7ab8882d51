/**
 * Stage 2: sentences. A sentence ends at . ! ? … (not after an abbreviation or before a lowercase
 * word), at a table cell's `|`, and at a blank line. Long runs are cut so per-sentence work stays
 * bounded.
 */
import { BREAK, CODE, NUM, PUNCT, WORD, type Tok } from './tokens';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS } from './vocabulary';

/** Abbreviations that are units of time after a number ("500 ms.", "10 min."), where a "." before a capital ends the sentence. */
const UNITS_AFTER_NUMBERS: ReadonlySet<string> = new Set(['ms', 'min', 'sec', 's']);

/** A sentence longer than this is cut, to keep per-sentence work bounded. */
const MAX_SENTENCE_TOKENS = 400;

/** The last tokens split and their sentences (see `tokenize`: the readers of a paragraph share them). */
let lastToks: readonly Tok[] | undefined;
let lastSentences: Array<[number, number]> = [];

/** Sentence ranges [start, end) over the tokens. Callers never change the ranges they are given. */
export function sentences(toks: Tok[]): Array<[number, number]> {
  if (toks === lastToks) return lastSentences;
  const out = sentencesOf(toks);
  lastToks = toks;
  lastSentences = out;
  return out;
}

function sentencesOf(toks: Tok[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const close = (end: number, next: number): void => {
    if (end > start) out.push([start, end]);
    start = next;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (i - start >= MAX_SENTENCE_TOKENS) close(i, i);
    if (t.t === BREAK) {
      close(i, i + 1);
      continue;
    }
    if (t.t !== PUNCT) continue;
    const ch = t.w;
    if (ch === '|' || ch === '!' || ch === '?' || ch === '\u2026') {
      close(ch === '|' ? i : i + 1, i + 1);
      continue;
    }
    if (ch !== '.') continue;
    const next = toks[i + 1];
    if (!next) continue;
    if (!next.gap) continue; // "e.g", "example.com"
    const prev = toks[i - 1];
    if (prev && prev.t === WORD && prev.w !== 'etc') {
      // "e.g. The", "Dr. Smith"; an uppercase single letter ("Appendix S.") ends a sentence.
      // ("a QTc of at least 500 ms. Which …" (stop 55): after a number, "ms", "min", "sec" are units, and a capital ends the sentence)
      const unit = UNITS_AFTER_NUMBERS.has(prev.w) && toks[i - 2]?.t === NUM;
      if (ABBREVIATIONS.has(prev.w) && !unit && (prev.w.length > 1 || !prev.cap) && (!NUMBER_ABBREVIATIONS.has(prev.w) || /[0-9#]/.test(next.w))) continue;
    }
    if ((next.t === WORD || next.t === CODE) && !next.cap && next.w !== '') continue;
    close(i + 1, i + 1);
  }
  close(toks.length, toks.length);
  return out;
}
