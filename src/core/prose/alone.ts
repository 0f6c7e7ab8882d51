/**
 * The software reads the case by itself (stop 39): "the images are analysed by the software alone", "the algorithm alone
 * grades each photograph". "Alone" after the software says no person reads with it, so its reading is the result: the
 * autonomous case, as "without review by a physician" is.
 *
 * Only in the present and outside a study's sentence (a study arm, "images read by the algorithm alone had a sensitivity of
 * 90 %", "cases are read by the AI alone and by radiologists with AI", reports a result), and never under a negation or a
 * hedge ("should not be used alone", "the software alone cannot make a diagnosis").
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs (lemmas) of reading a case. */
const READING: ReadonlySet<string> = new Set(['analyse', 'analyze', 'read', 'interpret', 'grade', 'assess', 'evaluate', 'screen', 'classify', 'diagnose', 'review', 'score', 'examine']);
/** Their past participles: the passive's verb may be left untagged. */
const READ_PARTICIPLES: ReadonlySet<string> = new Set([...READING].map((lemma) => V.verbForms(lemma)[4]));
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are']);

/** A study's words: "read by the AI alone and by radiologists with AI", "in the stand-alone arm", "sensitivity is 91 % when …". */
const STUDY_WORDS: ReadonlySet<string> = new Set([
  'study', 'studies', 'arm', 'arms', 'standalone', 'stand-alone', 'sensitivity', 'specificity', 'accuracy', 'compared', 'versus', 'vs',
  'performance', 'readers', 'trial', 'auc',
]);

export function aloneReadingCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous') || words.some((w) => STUDY_WORDS.has(w.w))) return;
  for (let a = 1; a < words.length; a++) {
    if (words[a].w !== 'alone' || !V.SOFTWARE_NOUNS.has(words[a - 1].w)) continue;
    const hit = passiveReadBy(words, a - 1) ?? activeRead(words, a);
    if (!hit) continue;
    if (words.slice(Math.max(0, hit[0] - 4), Math.min(words.length, hit[1] + 3)).some((w) => w.tag === 'neg' || V.DENY_OR_HEDGE.has(w.w) || w.w === 'only')) continue;
    out.push({ kind: 'autonomous', first: hit[0], last: hit[1] });
    return;
  }
}

/** "are analysed by the software alone": [verb, "alone"], from the software noun at s; or undefined. */
function passiveReadBy(words: readonly Word[], s: number): [number, number] | undefined {
  let b = s - 1;
  while (b >= 0 && (words[b].tag === 'det' || words[b].tag === 'adj' || words[b].tag === 'name' || words[b].w === 'ai')) b--;
  if (words[b]?.w !== 'by') return undefined;
  const v = b - 1;
  if (!READ_PARTICIPLES.has(words[v]?.w ?? '')) return undefined;
  let be = v - 1;
  if (words[be]?.tag === 'adv') be--;
  return PRESENT_BE.has(words[be]?.w ?? '') ? [v, s + 1] : undefined;
}

/** "the algorithm alone grades each photograph": [software noun, verb], from "alone" at a; or undefined. */
function activeRead(words: readonly Word[], a: number): [number, number] | undefined {
  const v = a + 1;
  const verb = words[v];
  if (verb === undefined || verb.tag !== 'verb' || verb.form !== 's' || !READING.has(verb.lemma ?? '')) return undefined;
  return [a - 1, v];
}
