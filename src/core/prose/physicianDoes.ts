/**
 * The physician does what the software does not (stop 49): "It does not decide where to cut; the endoscopist still does",
 * "The app does not make the diagnosis, the doctor does", "The program never reads the films — the radiologist does". The
 * second clause is only a physician and a "does": the act it stands for is the one the first clause denies the software, a
 * decision or a reading, so the physician reads the output.
 *
 * Only a short clause that is nothing but the physician, "do" and adverbs, after a denied act of deciding, reading or
 * concluding earlier in the sentence; not "the doctor does not" (denied again), nor a lay person ("the patient does").
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Acts whose denial the physician's "does" takes up. */
const TAKEN_UP: ReadonlySet<string> = new Set([...V.REVIEW_VERBS, 'decide', 'diagnose', 'determine', 'make', 'choose', 'call', 'judge', 'issue', 'sign', 'report', 'conclude']);
const DO_FORMS: ReadonlySet<string> = new Set(['does', 'do', 'did']);
const DENIALS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'cannot']);

/**
 * The index after the first denied act in TAKEN_UP ("does not decide", "never reads", "cannot make"), or the sentence's
 * length when there is none: the clause that takes it up must start at or after it. Found once per sentence, so a sentence
 * full of commas stays linear.
 */
function firstDeniedActEnd(words: readonly Word[]): number {
  for (let j = 0; j < words.length; j++) {
    if (!DENIALS.has(words[j].w)) continue;
    for (let v = j + 1; v < words.length && v <= j + 3; v++) {
      if (words[v].tag === 'verb' && TAKEN_UP.has(words[v].lemma ?? '')) return v + 1;
      if (words[v].tag !== 'adv' && words[v].tag !== 'verb' && words[v].tag !== 'do' && words[v].tag !== 'modal') break;
    }
  }
  return words.length;
}

/** Words a sentence's second part may open after: "; the endoscopist still does", ", but the doctor does". */
const BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '-', '\u2013', '\u2014']);

export function physicianDoesCue(words: readonly Word[], out: WordCue[]): void {
  const denied = firstDeniedActEnd(words);
  for (let at = denied; at < words.length; at++) {
    if (!BREAKS.has(words[at].w) && words[at].tag !== 'cc') continue;
    let j = at + 1;
    while (j < words.length && (words[j].tag === 'cc' || BREAKS.has(words[j].w))) j++;
    const first = j;
    while (j < words.length && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
    // (the physician's noun may be preceded by another: "the ward doctor", "the reporting radiologist")
    while (j + 1 < words.length && words[j].tag === 'noun' && V.PHYSICIAN_NOUNS.has(words[j + 1].w)) j++;
    const person = j;
    if (!V.PHYSICIAN_NOUNS.has(words[person]?.w ?? '') || V.AMBIGUOUS_HUMANS.has(words[person].w)) continue;
    j++;
    while (j < words.length && words[j].tag === 'adv') j++;
    if (!DO_FORMS.has(words[j]?.w ?? '')) continue;
    const does = j;
    j++;
    while (j < words.length && (words[j].tag === 'adv' || words[j].w === 'that' || words[j].w === 'so')) j++;
    if (j < words.length && words[j].tag !== 'punct') continue;
    if (first <= denied) continue;
    out.push({ kind: 'physician-interprets', first: person, last: does });
    return;
  }
}
