/**
 * The statistical reading of a sentence no rule phrase names a class in: when the sentence model
 * (model.ts) is confident that the sentence's wording is of a class the rules did not read in it,
 * the sentence becomes a cue of its own, marked statistical. `classification-cue` reports it where
 * the class contradicts the declared one; the suggested class ("what the prose suggests") still
 * weighs rule phrases only, so a model never decides it where a rule spoke.
 *
 * Why: on text the rules were never tuned on, the model reads as well as the rules sentence by
 * sentence, and where they differ the model is often right (measured forward, on sets built after
 * the rules' code: `npm run eval:model -- --rules-root <older checkout> --forward <sets> --alarm P`;
 * test/prose/README.md "Round 18: statistical findings"). `ALARM` is the probability from which the
 * added detections came with almost no added false alarm there.
 */
import { CONCLUSION_OR_OPTION, DATA_READING, type CueKind } from './acts';
import type { SentenceDetail } from './index';
import { scoreSentence, voteOf, weighingWords, type ProseModelWeights } from './model';
import weights from './model-weights.json';

const MODEL = weights as ProseModelWeights;

/** A sentence is a statistical cue from this probability of its label on. */
export const ALARM = 0.8;

/** Why a sentence reads as a class when no phrase names one. */
export interface StatisticalMark {
  /** The model's probability of the class, rounded to hundredths. */
  p: number;
  /** The words that weigh most for the class, most first (as written, lower-case). */
  words: string[];
}

/** The class a sentence reads as statistically, when the model is confident and the rules read no such class in it. */
export function statisticalReading(sentence: SentenceDetail, model: ProseModelWeights = MODEL, alarm = ALARM): ({ kind: CueKind } & StatisticalMark) | undefined {
  // "A future release will also estimate the ratio" (stop 33): a sentence that only says what may or will happen states no
  // output, for the model as for the rules (the labelling guide's hypothetical sentences carry no cue).
  if (sentence.hypothetical) return undefined;
  // The same actor test as the backoff's votes: what a physician or a third party does is no software output.
  const reading = scoreSentence(model, sentence);
  const kind = voteOf(reading, sentence, alarm);
  if (!kind || sentence.kinds.includes(kind)) return undefined;
  if (kind === 'physician-interprets' && weighsConclusion(sentence)) return undefined;
  // "each use should be reviewed after the event": an audit of use (stop 28), which the rules read as no reading either
  if (kind === 'physician-interprets' && sentence.audited) return undefined;
  const words = weighingWords(model, sentence, kind);
  // "an image-quality score", "a signal quality index": a value about the data's quality is no clinical quantity (the rules' reading too).
  if (kind === 'augmentative' && sentence.words.some((w, k) => words.includes(w.w) && /(?:^|-)quality$/.test(sentence.words[k - 1]?.w ?? ''))) return undefined;
  // A reading that rests on denied words ("does not measure growth or estimate risk") reads the denial as the act.
  if (words.length && sentence.words.some((w, k) => w.w === words[0] && sentence.negated[k])) return undefined;
  const p = Math.floor(reading.p * 100) / 100;
  return { kind, p, words };
}

/**
 * "are to weigh the recommendations with the history": a physician who weighs, approves or acts on the
 * software's conclusion or management option, reading no data, is autonomous Level I (the rules' test in
 * acts.ts); the model's words do not draw that line, so its physician reading stands back there.
 */
function weighsConclusion(sentence: SentenceDetail): boolean {
  let conclusion = false;
  for (const word of sentence.words) {
    if (word.tag === 'verb' && DATA_READING.has(word.lemma ?? word.w)) return false;
    if (CONCLUSION_OR_OPTION.has(word.w)) conclusion = true;
  }
  return conclusion;
}
