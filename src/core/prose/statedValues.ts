/**
 * A value the software states, named by the quantity and its figure (stop 47): "reports an AHI of 23", "came out with an
 * oxygen dip index of 19", "gives a score of 7 out of 10", "returns a bone age of 11 years". Whatever the quantity is
 * called (an acronym the vocabulary does not know, a score named after its maker), "<quantity> of <number>" given by the
 * software is a measurement it produced: augmentative output. So is an age the software estimates for a body part
 * ("gives a bone age", "a heart age"), a bare figure it gives ("gives 0.62") and a number on a scale ("produces a number
 * from 0 to 100").
 *
 * Only in an active clause whose agent is the software, after an output verb (or "comes out with", "comes back with"),
 * not denied, hedged or hypothetical. Not a study's figure (a sensitivity of 90 %, a total of 300 scans, a mean of 4),
 * and only where no other cue reads the clause already.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

const OUTPUT_VERB_SET: ReadonlySet<string> = new Set(V.OUTPUT_VERBS);
/** Heads that make "<head> of <number>" a count, a span or a study's figure rather than a value the software gives. */
const NOT_VALUES: ReadonlySet<string> = new Set([
  'total', 'maximum', 'minimum', 'max', 'min', 'range', 'period', 'periods', 'duration', 'delay', 'time', 'times', 'sample', 'cohort',
  'number', 'age', 'series', 'set', 'batch', 'window', 'interval', 'limit', 'threshold', 'cut-off', 'cutoff', 'target', 'dose', 'rate',
  'mean', 'median', 'average', 'version', 'release', 'step', 'steps', 'list', 'panel', 'group', 'score-card', 'minutes', 'hours', 'days',
]);
/** A study's figures of merit and other figures no patient gets: "reached an AUROC of 0.80", "a Dice coefficient of 0.82". */
const STUDY_FIGURES: ReadonlySet<string> = new Set([
  'auroc', 'auc', 'auprc', 'roc', 'area', 'dice', 'coefficient', 'error', 'errors', 'iou', 'intersection-over-union', 'kappa', 'correlation',
  'precision', 'recall', 'ppv', 'npv', 'accuracy', 'sensitivity', 'specificity', 'f1', 'score-f1', 'agreement', 'bias', 'cost', 'costs', 'saving',
  'savings', 'reduction', 'improvement', 'increase', 'decrease', 'difference', 'ratio', 'hazard', 'odds', 'icc',
]);
/** Verbs by which a study's model reaches a figure, not a patient's value: "reached an AUROC of 0.80", "achieved a kappa of 0.7". */
const REACHING: ReadonlySet<string> = new Set(['reach', 'achieve', 'attain', 'obtain', 'hit', 'record', 'post']);
/** Verbs after which a bare figure is the software's value ("gives 0.62"; not "shows 3", which may be a figure or table). */
const BARE_FIGURE_VERBS: ReadonlySet<string> = new Set(['give', 'return', 'output', 'produce', 'generate', 'compute', 'calculate', 'spit']);
/** Body parts and kinds an estimated age belongs to: "a bone age", "the heart age", "a brain age gap". */
const AGED_BODIES: ReadonlySet<string> = new Set(['bone', 'skeletal', 'heart', 'vascular', 'brain', 'retinal', 'biological', 'ecg', 'lung', 'arterial', 'cardiac']);

/** After the verb at v, the last word of "<det> <quantity> of <number>" or of an estimated age, or -1. */
function statedValueAfter(words: readonly Word[], v: number, to: number): number {
  let j = v + 1;
  // ("lungrisk gives 0.62", "the index returns 77" (stop 47): a bare figure as the object, a decimal or a number alone, not a
  // count of things, a dose or a percentage of a study: "gives 2 units", "returns 300 alerts")
  if (words[j]?.tag === 'num' && BARE_FIGURE_VERBS.has(words[v].lemma ?? '') && (words[j + 1] === undefined || (words[j + 1].tag === 'punct' && words[j + 1].w !== '%') || words[j + 1].tag === 'cc')) return j;
  // ("It gave 38 degrees", "returned 14 mm" (stop 50): a figure with a unit of measure, not a dose's units)
  if (words[j]?.tag === 'num' && BARE_FIGURE_VERBS.has(words[v].lemma ?? '') && MEASURE_UNITS.has(words[j + 1]?.w ?? '') && (words[j + 2] === undefined || words[j + 2].tag === 'punct' || words[j + 2].tag === 'cc' || words[j + 2].w === 'for')) return j + 1;
  // ("gives every adult patient a sepsis risk number from 0 to 100" (stop 48): past the person it is given to)
  j = pastRecipient(words, j, to);
  if (words[j]?.tag !== 'det') return -1;
  j++;
  // ("gives an estimated bilirubin", "returns a predicted birth weight" (stop 48): a quantity the participle says was worked out)
  if (WORKED_OUT.has(words[j]?.w ?? '') && (words[j + 1]?.tag === 'noun' || words[j + 1]?.tag === 'name')) {
    let head = j + 1;
    while (head + 1 < to && (words[head + 1].tag === 'noun' || words[head + 1].tag === 'name')) head++;
    // (not a fertility status, which is the conclusion itself: "the predicted ovulation day"; nor a value of what the device
    // delivers, "the estimated oxygen concentration of the delivered gas")
    if (words.slice(j + 1, head + 1).some((w) => V.FERTILITY_WORDS.has(w.w))) return -1;
    if (words.slice(head + 1, head + 5).some((w) => DELIVERED_MEDIA.has(w.w))) return -1;
    return NOT_VALUES.has(words[head].w) || V.STATISTIC_WORDS.has(words[head].w) || STUDY_FIGURES.has(words[head].w) ? -1 : head;
  }
  const start = j;
  while (j < to && j <= start + 3 && (words[j].tag === 'noun' || words[j].tag === 'name' || words[j].tag === 'adj')) j++;
  const head = words[j - 1];
  if (j === start || head === undefined) return -1;
  // "gives a bone age", "estimates the heart age"
  if ((head.w === 'age' || head.w === 'ages') && AGED_BODIES.has(words[j - 2]?.w ?? '')) return j - 1;
  // ("produces a number from 0 to 100 for each inpatient": a figure on a scale is a score)
  if (words[j]?.w === 'from' && words[j + 1]?.tag === 'num' && words[j + 2]?.w === 'to' && words[j + 3]?.tag === 'num' && (head.w === 'number' || !NOT_VALUES.has(head.w)) && !STUDY_FIGURES.has(head.w)) return j + 3;
  if (words[j]?.w !== 'of' || words[j + 1]?.tag !== 'num') return -1;
  if (NOT_VALUES.has(head.w) || words.slice(start, j).some((w) => V.STATISTIC_WORDS.has(w.w) || STUDY_FIGURES.has(w.w))) return -1;
  return j + 1;
}

/** Units of a measured length, angle, volume or mass: the vocabulary's value units but a dose's "units" and a share's "percent". */
const MEASURE_UNITS: ReadonlySet<string> = new Set([
  ...[...V.UNIT_WORDS].filter((w) => w !== 'unit' && w !== 'units' && w !== 'percent'),
  'degrees', 'degree', 'millilitres', 'milliliters', 'millimetres', 'millimeters', 'centimetres', 'centimeters',
  'g', 'kg', 'grams', 'cc', 'cm2', 'cm3', 'mm2', 'mm3', 'g/dl',
]);
/** Participles that make the noun after them a quantity worked out: "an estimated bilirubin", "the predicted weight". */
const WORKED_OUT: ReadonlySet<string> = new Set(['estimated', 'predicted', 'calculated', 'computed', 'derived', 'modelled', 'modeled', 'projected']);
/** What a device delivers or holds, whose values are the device's, not the patient's. */
const DELIVERED_MEDIA: ReadonlySet<string> = new Set(['gas', 'gases', 'mixture', 'circuit', 'delivered']);
/** People a value is given to: "gives every patient …", "gives each baby …". */
const RECIPIENTS: ReadonlySet<string> = new Set(['patient', 'patients', 'baby', 'babies', 'child', 'children', 'person', 'admission', 'admissions', 'case', 'cases', 'user', 'users', 'adult', 'adults', 'woman', 'women', 'man', 'men']);

/** Past an indirect object at j ("every adult patient", "each baby") when a determiner follows it; else j. */
function pastRecipient(words: readonly Word[], j: number, to: number): number {
  if (words[j]?.tag !== 'det') return j;
  let k = j + 1;
  while (k + 1 < to && k <= j + 3 && (words[k + 1].tag === 'adj' || words[k + 1].tag === 'noun')) k++;
  return RECIPIENTS.has(words[k]?.w ?? '') && words[k + 1]?.tag === 'det' ? k + 1 : j;
}

export function statedValueCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged) return;
  if (out.some((c) => c.first < clause.to && c.last >= clause.from)) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.tag !== 'verb' || verb.form === 'ing' || scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    const lemma = verb.lemma ?? verb.w;
    // ("came out with an AHI of 23", "comes back with a score of 7")
    const comesWith = lemma === 'come' && (words[v + 1]?.w === 'out' || words[v + 1]?.w === 'back') && words[v + 2]?.w === 'with';
    if (!comesWith && (!OUTPUT_VERB_SET.has(lemma) || REACHING.has(lemma))) continue;
    const end = statedValueAfter(words, comesWith ? v + 2 : v, clause.to);
    if (end < 0) continue;
    out.push({ kind: 'augmentative', first: v, last: end });
    return;
  }
}
