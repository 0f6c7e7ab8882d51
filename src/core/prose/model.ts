/**
 * A statistical reading of one sentence: which cue label (none, assistive, augmentative,
 * autonomous, physician-interprets) its wording most resembles in the project's own labelled
 * sentences (test/prose/labelled.json and holdout*.json; never the shared dev set).
 *
 * The model is linear (logistic regression trained by scripts/train-prose-model.ts, weights as data
 * in model-weights.json) over features of the sentence as the pipeline reads it (`readSentences`:
 * the same tokens, sentences, tags, clauses and negation scope as the rules), so scoring a sentence
 * is one map lookup per feature. It is a backoff only: `suggest.ts` consults it where no rule phrase
 * names a class, and says so in the reason text.
 */
import type { CueKind } from './acts';
import type { AgentKind, SentenceDetail } from './index';
import type { Word } from './tags';

/** A sentence votes for its label from this probability on (the measured setting of the backoff). */
export const VOTE = 0.5;

export type ModelLabel = CueKind | 'none';

/** Which features a model reads: kept with its weights, so that scoring reads what training read. */
export interface FeatureOptions {
  /** Word unigrams and bigrams as written (lower-cased, numbers folded to "#"). */
  words: boolean;
  /** Lemma-like unigrams (a verb's lemma; -s, -es, -ed, -ing stripped from other words). */
  lemmas: boolean;
  /** Lemmas marked by their scope: NEG_ under a negation, PHYS_ / OTHER_ when a physician or a third party acts in the clause. */
  scope: boolean;
  /** The sentence's agent and the tags of its verbs, as features of their own. */
  structure: boolean;
}

export const PLAIN_FEATURES: FeatureOptions = { words: true, lemmas: false, scope: false, structure: false };

export interface ProseModelWeights {
  /** Label order of every weight vector. */
  labels: ModelLabel[];
  /** The features read (plain words when absent). */
  reading?: FeatureOptions;
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

/** A word's feature form: numbers fold to "#"; words that are not plain lower-case letters (a long word, code) count nothing. */
function surface(w: string): string | undefined {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return '#';
  return c >= 97 && c <= 122 ? w : undefined;
}

/** "flags" → "flag", "studies" → "study", "measuring" → "measur": one form for a word family (the tagger gives known verbs their lemma), not a dictionary's lemma. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Tags whose words carry what a sentence does (scope marks on "the", "by", "is" would only repeat the negation). */
const CONTENT: ReadonlySet<string> = new Set(['verb', 'noun', 'name', 'adj', 'adv', 'neg']);

const ACTOR_MARK: Readonly<Record<AgentKind, string>> = { physician: 'PHYS_', other: 'OTHER_', software: '', none: '' };

/**
 * The words a sentence's features come from, in order: the first MAX_WORDS words that count (a plain word or a
 * number, outside a clause the rules set aside: why a device is kept on names no act), each with its surface
 * form, its lemma (none for a number) and its scope mark (NEG_ / PHYS_ / OTHER_, for content words only).
 */
function eachCountedWord(sentence: SentenceDetail, visit: (word: Word, w: string, lemma: string | undefined, mark: string) => void): void {
  let n = 0;
  for (let k = 0; k < sentence.words.length && n < MAX_WORDS; k++) {
    const word = sentence.words[k];
    const w = surface(word.w);
    if (w === undefined || sentence.setAside[k]) continue;
    n++;
    if (w === '#') {
      visit(word, w, undefined, '');
      continue;
    }
    const mark = CONTENT.has(word.tag) ? (sentence.negated[k] ? 'NEG_' : '') + ACTOR_MARK[sentence.actors[k] ?? 'none'] : '';
    visit(word, w, word.lemma ?? stem(w), mark);
  }
}

/** The features of one sentence as the pipeline read it, each counted once. */
export function sentenceFeatures(sentence: SentenceDetail, options: FeatureOptions = PLAIN_FEATURES): string[] {
  const out = new Set<string>();
  let previous = '<s>';
  eachCountedWord(sentence, (word, w, lemma, mark) => {
    if (options.words) {
      out.add(w);
      out.add(`${previous} ${w}`);
    }
    previous = w;
    if (lemma === undefined) return;
    if (options.lemmas) out.add(`L_${lemma}`);
    if (options.scope && mark) out.add(mark + lemma);
    if (options.structure && word.tag === 'verb') out.add(`V_${lemma}`);
  });
  if (options.structure) out.add(`AGENT_${sentence.agent}`);
  return [...out];
}

/** The features of a text of one or more sentences (a labelled sentence, a paragraph's sentence). */
export function featuresOf(sentences: readonly SentenceDetail[], options: FeatureOptions = PLAIN_FEATURES): string[] {
  if (sentences.length === 1) return sentenceFeatures(sentences[0], options);
  return [...new Set(sentences.flatMap((s) => sentenceFeatures(s, options)))];
}

/** Per label (in `model.labels` order): the bias plus the weights of the features the model knows. */
function labelScores(model: ProseModelWeights, features: readonly string[]): number[] {
  const scores = model.bias.slice();
  for (const f of features) {
    const w = Object.hasOwn(model.features, f) ? model.features[f] : undefined;
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  }
  return scores;
}

/** The label the model gives a sentence's features and its probability. */
export function scoreFeatures(model: ProseModelWeights, features: readonly string[]): ModelReading {
  return readingOf(model, labelScores(model, features));
}

/** The best label of a set of scores and its softmax probability. */
function readingOf(model: ProseModelWeights, scores: readonly number[]): ModelReading {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  let total = 0;
  for (const s of scores) total += Math.exp(s - scores[best]);
  return { label: model.labels[best], p: 1 / total };
}

/** The label the model gives one sentence as the pipeline read it. */
export function scoreSentence(model: ProseModelWeights, sentence: SentenceDetail): ModelReading {
  const options = model.reading ?? PLAIN_FEATURES;
  // The shipped reading (lemmas, scope, structure; no word forms) is summed without spelling each feature out:
  // the statistical stage scores every sentence of a document, so this is on the full-lint path.
  if (!options.words && options.lemmas && options.scope && options.structure) return readingOf(model, shippedScores(model, sentence));
  return scoreFeatures(model, sentenceFeatures(sentence, options));
}

/** The weights of `L_<lemma>` and `V_<lemma>` by lemma, built once per model. */
const BY_LEMMA = new WeakMap<ProseModelWeights, { lemma: Map<string, number[]>; verb: Map<string, number[]> }>();

function lemmaIndex(model: ProseModelWeights): { lemma: Map<string, number[]>; verb: Map<string, number[]> } {
  let index = BY_LEMMA.get(model);
  if (!index) {
    index = { lemma: new Map(), verb: new Map() };
    for (const [f, w] of Object.entries(model.features)) {
      if (f.startsWith('L_')) index.lemma.set(f.slice(2), w);
      else if (f.startsWith('V_')) index.verb.set(f.slice(2), w);
    }
    BY_LEMMA.set(model, index);
  }
  return index;
}

/** The label scores of `sentenceFeatures` with the shipped options, each feature counted once, as there. */
function shippedScores(model: ProseModelWeights, sentence: SentenceDetail): number[] {
  const { lemma: lemmaWeights, verb: verbWeights } = lemmaIndex(model);
  const scores = model.bias.slice();
  const add = (w: readonly number[] | undefined): void => {
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  };
  const lemmas = new Set<string>();
  const verbs = new Set<string>();
  const marked = new Set<string>();
  eachCountedWord(sentence, (word, _w, lemma, mark) => {
    if (lemma === undefined) return;
    if (!lemmas.has(lemma)) {
      lemmas.add(lemma);
      add(lemmaWeights.get(lemma));
    }
    if (mark && !marked.has(mark + lemma)) {
      marked.add(mark + lemma);
      add(Object.hasOwn(model.features, mark + lemma) ? model.features[mark + lemma] : undefined);
    }
    if (word.tag === 'verb' && !verbs.has(lemma)) {
      verbs.add(lemma);
      add(verbWeights.get(lemma));
    }
  });
  const agent = `AGENT_${sentence.agent}`;
  add(Object.hasOwn(model.features, agent) ? model.features[agent] : undefined);
  return scores;
}

/**
 * The label a sentence votes for, if any: the model's when its probability is at least `vote`. A
 * class vote needs a sentence whose actor, as the pipeline reads it, is the software or unnamed
 * ("The radiologist moves urgent studies up the worklist" is no assistive output, nor is what a
 * predicate device does).
 */
export function sentenceVote(model: ProseModelWeights, sentence: SentenceDetail, vote = VOTE): CueKind | undefined {
  return voteOf(scoreSentence(model, sentence), sentence, vote);
}

/** `sentenceVote` on a reading already scored. */
export function voteOf(reading: ModelReading, sentence: SentenceDetail, vote = VOTE): CueKind | undefined {
  if (reading.label === 'none' || reading.p < vote) return undefined;
  if (reading.label !== 'physician-interprets' && (sentence.agent === 'physician' || sentence.agent === 'other')) return undefined;
  return reading.label;
}

/**
 * The words of a sentence that weigh most for `label`, most first: each word's weight is how much
 * the label's score falls when the word is left out (so a word counts with its negation and actor
 * marks, as the model read it). For messages that say why a sentence read as it did.
 */
export function weighingWords(model: ProseModelWeights, sentence: SentenceDetail, label: ModelLabel, count = 3): string[] {
  const k = model.labels.indexOf(label);
  if (k < 0) return [];
  const options = model.reading ?? PLAIN_FEATURES;
  const margin = (features: readonly string[]): number => {
    const scores = labelScores(model, features);
    let other = -Infinity;
    for (let j = 0; j < scores.length; j++) if (j !== k && scores[j] > other) other = scores[j];
    return scores[k] - other;
  };
  const whole = margin(sentenceFeatures(sentence, options));
  const weighed: Array<{ word: string; weight: number }> = [];
  const seen = new Set<string>();
  for (let i = 0; i < sentence.words.length && i < MAX_WORDS; i++) {
    const word = sentence.words[i];
    if (sentence.setAside[i] || !CONTENT.has(word.tag) || seen.has(word.w)) continue;
    seen.add(word.w);
    const without = sentence.setAside.slice();
    without[i] = true;
    const weight = whole - margin(sentenceFeatures({ ...sentence, setAside: without }, options));
    if (weight > 0) weighed.push({ word: word.w, weight });
  }
  weighed.sort((a, b) => b.weight - a.weight);
  return weighed.slice(0, count).map((x) => x.word);
}
