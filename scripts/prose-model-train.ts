/**
 * Training of the sentence model of src/core/prose/model.ts, shared by
 * scripts/train-prose-model.ts (writes the weights) and scripts/eval-model.ts (cross-validation).
 * Deterministic: the same sentences in the same order give the same weights, byte for byte.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { featuresOf, type FeatureOptions, type ModelLabel, type ProseModelWeights } from '../src/core/prose/model';
import { readSentences } from '../src/core/prose';

export const LABELS: readonly ModelLabel[] = ['none', 'assistive', 'augmentative', 'autonomous', 'physician-interprets'];

export interface LabelledSentence {
  text: string;
  agent: string;
  cue: Exclude<ModelLabel, 'none'> | null;
  negated: boolean;
}

export interface Service {
  id: string;
  trueClass: 'assistive' | 'augmentative' | 'autonomous';
  passage: string;
  sentences: LabelledSentence[];
}

export interface TrainOptions {
  kind: 'nb' | 'logreg';
  /** A feature seen in fewer training sentences than this is dropped. */
  minCount: number;
  /** Logistic regression: L2 penalty and full-batch AdaGrad steps. */
  lambda: number;
  iterations: number;
  /** Logistic regression: the AdaGrad step (0.5 when absent). */
  rate?: number;
  /** A feature is kept when it moves some label by at least this much (0.06 when absent). */
  keepFrom?: number;
  /** The features read (kept with the weights). */
  reading: FeatureOptions;
}

/** Chosen by leave-one-set-out cross-validation (test/prose/README.md "Round 17m"): lemmas marked by their scope and the sentence's structure, no surface bigrams. */
export const DEFAULT_OPTIONS: TrainOptions = { kind: 'logreg', minCount: 3, lambda: 1e-3, iterations: 150, reading: { words: false, lemmas: true, scope: true, structure: true } };

/** A labelled sentence's features, read once per text and feature set (cross-validation trains many models on the same sentences). */
const FEATURES = new Map<string, string[]>();
export function textFeatures(text: string, reading: FeatureOptions): string[] {
  const key = `${JSON.stringify(reading)}\u0000${text}`;
  let features = FEATURES.get(key);
  if (!features) {
    features = featuresOf(readSentences(text), reading);
    FEATURES.set(key, features);
  }
  return features;
}

/** The project's own labelled sets, in a fixed order (labelled.json, then holdout, holdout2, …, by number). */
export function ownSetFiles(root: string): Array<{ name: string; file: string }> {
  const dir = join(root, 'test', 'prose');
  const number = (name: string): number => Number(name.slice('holdout'.length) || 1);
  // Every holdout<N>.json in the folder (a set kept unread lives elsewhere, in test/prose/unread/).
  const holdouts = readdirSync(dir)
    .map((entry) => /^(holdout\d*)\.json$/.exec(entry)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort((a, b) => number(a) - number(b));
  return [{ name: 'own', file: join(dir, 'labelled.json') }, ...holdouts.map((name) => ({ name, file: join(dir, `${name}.json`) }))];
}

export function readServices(file: string): Service[] {
  return JSON.parse(readFileSync(file, 'utf8')) as Service[];
}

/** The gold label a sentence trains as: its cue (the labels give a negated claim no cue already). */
export function goldLabel(s: LabelledSentence): ModelLabel {
  return s.cue ?? 'none';
}

const round = (x: number): number => Math.round(x * 100) / 100;

export function train(sentences: readonly LabelledSentence[], options: TrainOptions = DEFAULT_OPTIONS): ProseModelWeights {
  return trainOn(sentences.map((s) => ({ text: s.text, label: goldLabel(s) })), LABELS, options);
}

/** The classes a whole passage is read as (src/core/prose/passage.ts). */
export const PASSAGE_LABELS: readonly ModelLabel[] = ['assistive', 'augmentative', 'autonomous'];
/**
 * Passages are few (one per service) and long: a feature seen in two of them is kept. A passage holds hundreds of features,
 * so the sentence model's AdaGrad step (0.5) moved its scores by tens at once and the weights a training reached swung with
 * any small change in the features (stop 35: 3,709 kept features after one change, 7,298 after the next, the VSIX over
 * 1 MiB); a fifth of that step converges to the same readings, measured forward (`npm run eval:model -- --forward <sets>
 * --passage-rate R`: on h152-h155 passage alone 41 → 44 of 60 right, (g) 53 both; on h144-h151 (g) 109 → 111 of 120).
 */
export const PASSAGE_OPTIONS: TrainOptions = { ...DEFAULT_OPTIONS, minCount: 2, rate: 0.1, keepFrom: 0.08 };

/**
 * The passage model: each service's whole passage, labelled with the service's true class, and (stop 43) the passage with
 * each one of its sentences left out, so that it learns from more passages, of more lengths. Measured forward over thirteen
 * batches (Q-AC, 779 services, each read with the rules of its time and the models trained on the other sets;
 * `npm run eval:model -- --forward …`, against `--passage-no-augment`): suggested class right 651 → 656, detections 773 → 776 of 948,
 * false alarms 94 → 93; better in four batches, worse in one.
 */
export function trainPassages(services: readonly Service[], options: TrainOptions = PASSAGE_OPTIONS): ProseModelWeights {
  return trainOn(services.flatMap((svc) => passageVariants(svc).map((text) => ({ text, label: svc.trueClass }))), PASSAGE_LABELS, options);
}

/** A service's passage, then the passage with each one of its sentences left out (as `eval:model` builds them, unless `--passage-no-augment`). */
function passageVariants(svc: Service): string[] {
  return [svc.passage, ...svc.sentences.map((_, k) => svc.sentences.filter((__, j) => j !== k).map((x) => x.text).join(' '))];
}

function trainOn(texts: ReadonlyArray<{ text: string; label: ModelLabel }>, labels: readonly ModelLabel[], options: TrainOptions): ProseModelWeights {
  const examples = texts.map((s) => ({ features: textFeatures(s.text, options.reading), label: labels.indexOf(s.label) }));
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocabulary = [...seen.entries()].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), label: e.label }));
  const K = labels.length;
  const { bias, weights } = options.kind === 'nb' ? naiveBayes(rows, vocabulary.length, K) : logistic(rows, vocabulary.length, K, options);
  const features: Record<string, number[]> = {};
  for (let j = 0; j < vocabulary.length; j++) {
    const w = weights.slice(j * K, j * K + K);
    // Softmax ignores a constant added to every label: centre, then drop features that barely move any label (below 0.06,
    // stop 32: the VSIX carries the weights twice and must stay under 1 MiB).
    const mean = w.reduce((a, b) => a + b, 0) / K;
    const centred = w.map((x) => round(x - mean));
    if (centred.some((x) => Math.abs(x) >= (options.keepFrom ?? 0.06))) features[vocabulary[j]] = centred;
  }
  return { labels: [...labels], reading: options.reading, bias: bias.map(round), features };
}

interface Row {
  ids: number[];
  label: number;
}

function naiveBayes(rows: Row[], V: number, K: number): { bias: number[]; weights: number[] } {
  const alpha = 0.5;
  const counts = new Float64Array(V * K);
  const totals = new Float64Array(K);
  const docs = new Float64Array(K);
  for (const r of rows) {
    docs[r.label]++;
    for (const j of r.ids) {
      counts[j * K + r.label]++;
      totals[r.label]++;
    }
  }
  const bias = Array.from(docs, (d) => Math.log((d + 1) / (rows.length + K)));
  const weights = new Array<number>(V * K);
  for (let j = 0; j < V; j++) for (let k = 0; k < K; k++) weights[j * K + k] = Math.log((counts[j * K + k] + alpha) / (totals[k] + alpha * V));
  return { bias, weights };
}

/** Multinomial logistic regression, full-batch AdaGrad with an L2 penalty: no randomness. */
function logistic(rows: Row[], V: number, K: number, { lambda, iterations, rate = 0.5 }: TrainOptions): { bias: number[]; weights: number[] } {
  const w = new Float64Array(V * K);
  const b = new Float64Array(K);
  const gw = new Float64Array(V * K);
  const gb = new Float64Array(K);
  const hw = new Float64Array(V * K).fill(1e-8);
  const hb = new Float64Array(K).fill(1e-8);
  const scores = new Float64Array(K);
  const n = rows.length;
  for (let it = 0; it < iterations; it++) {
    gw.fill(0);
    gb.fill(0);
    for (const r of rows) {
      for (let k = 0; k < K; k++) scores[k] = b[k];
      for (const j of r.ids) for (let k = 0; k < K; k++) scores[k] += w[j * K + k];
      let max = scores[0];
      for (let k = 1; k < K; k++) if (scores[k] > max) max = scores[k];
      let total = 0;
      for (let k = 0; k < K; k++) total += (scores[k] = Math.exp(scores[k] - max));
      for (let k = 0; k < K; k++) {
        const g = scores[k] / total - (k === r.label ? 1 : 0);
        gb[k] += g;
        for (const j of r.ids) gw[j * K + k] += g;
      }
    }
    for (let i = 0; i < w.length; i++) {
      const g = gw[i] / n + lambda * w[i];
      hw[i] += g * g;
      w[i] -= (rate * g) / Math.sqrt(hw[i]);
    }
    for (let k = 0; k < K; k++) {
      const g = gb[k] / n;
      hb[k] += g * g;
      b[k] -= (rate * g) / Math.sqrt(hb[k]);
    }
  }
  return { bias: Array.from(b), weights: Array.from(w) };
}
