/**
 * Product names that open a sentence (stop 35). A capital at a sentence's start says nothing by itself ("Radiologists
 * review …", "Treatment starts …"), so the tagger reads such a word as a common noun. But a word the same paragraph also
 * writes with a capital in the middle of a sentence is a name wherever it stands: "… validated Corvita at two sites.
 * Corvita rates bladder fullness …". Found once per paragraph, before its sentences are tagged.
 */
import { PUNCT, WORD, type Tok } from './tokens';
import * as V from './vocabulary';

/** Punctuation after which a capital may open a phrase of its own (a list item, a heading, a quotation, a table cell). */
const OPENERS: ReadonlySet<string> = new Set([':', '|', '(', '"', '\u201c', "'", '\u2018', '-', '\u2013', '\u2014', '*', '#', '>', '[']);

/** The lower-case forms of the words the paragraph capitalises inside a sentence, where a capital marks a name. */
export function namesInParagraph(toks: readonly Tok[], spans: readonly (readonly [number, number])[]): ReadonlySet<string> | undefined {
  let names: Set<string> | undefined;
  for (const [a, b] of spans) {
    for (let i = a + 1; i < b; i++) {
      const t = toks[i];
      if (t.t !== WORD || !t.cap || t.w.length < 3) continue;
      const before = toks[i - 1];
      if (before.t === PUNCT && OPENERS.has(before.w)) continue;
      // ("… told the Radiologist": a role written with a capital is still the role)
      if (V.PHYSICIAN_NOUNS.has(t.w) || V.OTHER_NOUNS.has(t.w) || V.STUDY_NOUNS.has(t.w) || V.SOFTWARE_NOUNS.has(t.w)) continue;
      (names ??= new Set()).add(t.w);
    }
  }
  return names;
}
