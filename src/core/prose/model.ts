/**
 * A statistical reading of one sentence: which cue label (none, assistive, augmentative,
 * autonomous, physician-interprets) its wording most resembles in the project's own labelled
 * sentences (test/prose/labelled.json and holdout*.json; never the shared dev set).
 *
 * The model is linear over word unigrams and bigrams (naive Bayes trained by
 * scripts/train-prose-model.ts, weights as data in model-weights.json), so scoring a sentence is
 * one map lookup per feature. It is a backoff only: `suggest.ts` consults it where no rule phrase
 * names a class, and says so in the reason text.
 */
import type { CueKind } from './acts';

export type ModelLabel = CueKind | 'none';

export interface ProseModelWeights {
  /** Label order of every weight vector. */
  labels: ModelLabel[];
  /** Per-label score before any feature. */
  bias: number[];
  /** Feature → per-label weight (features the training kept; others count nothing). */
  features: Record<string, number[]>;
}

export interface ModelReading {
  label: ModelLabel;
  /** Softmax probability of `label`. */
  p: number;
}

/** Longer sentences are cut: per-sentence work stays bounded on hostile input. */
const MAX_WORDS = 120;
const WORDS = /[a-z]+(?:'[a-z]+)?|[0-9]+(?:[.,][0-9]+)*/g;

/** Lower-cased word unigrams and bigrams (numbers folded to "#"), each counted once. */
export function sentenceFeatures(sentence: string): string[] {
  const words: string[] = ['<s>'];
  for (const m of sentence.toLowerCase().matchAll(WORDS)) {
    const w = m[0];
    words.push(w.charCodeAt(0) <= 57 ? '#' : w);
    if (words.length > MAX_WORDS) break;
  }
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    out.add(words[i]);
    out.add(`${words[i - 1]} ${words[i]}`);
  }
  return [...out];
}

/** The label the model gives a sentence and its probability. */
export function scoreSentence(model: ProseModelWeights, sentence: string): ModelReading {
  const scores = model.bias.slice();
  for (const f of sentenceFeatures(sentence)) {
    const w = Object.hasOwn(model.features, f) ? model.features[f] : undefined;
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  }
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  let total = 0;
  for (const s of scores) total += Math.exp(s - scores[best]);
  return { label: model.labels[best], p: 1 / total };
}

/** Sentences of plain prose: split after . ! ? followed by a space and a capital, and at line breaks. */
export function splitSentences(prose: string): string[] {
  return prose
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/i.test(s));
}
