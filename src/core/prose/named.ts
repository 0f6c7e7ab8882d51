/**
 * Outputs named as nouns, not done as acts (round 18b). A description often names what the software gives as the
 * subject or the complement of a sentence instead of the object of its verb:
 *
 * - an output that expresses something: "The score reflects how likely the disease is", "the index counts the regions
 *   affected", "each flag indicates a suspected bleed" (the subject is the output; its verb says what it conveys);
 * - an output that a sentence defines: "The first result is an inflammation index for each artery" (a subject that is
 *   itself an output, a "be", and an output noun as its complement), or a scoring act said to be the machine's:
 *   "Scoring is automatic", "Volume measurement is fully automated";
 * - a quantifying act the software carries out: "takes the measurements automatically", "performs automatic volumetry";
 * - data turned into a figure: "turns a chest CT into numbers", "summarises the status as a single value";
 * - a quantity a person receives: "Users receive a risk rating for the lesion", "the clinician gets a fibrosis grade"
 *   (the receiver is the other party of the giving; what they receive is the service's output).
 *
 * The class is that of the output noun (`acts.outputClassAt`); conclusions (autonomous nouns) are left to the stages
 * that read who concludes. Negated, hedged and hypothetical clauses and sentences about a study show no output.
 */
import type { AiClass } from '../types';
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import { outputClassAt, type WordCue } from './acts';
import { namesStudy } from './agent';
import * as V from './vocabulary';

/** Verbs by which an output conveys what it stands for: "reflects", "expresses", "indicates", "counts", "captures". */
const EXPRESSING: ReadonlySet<string> = new Set([
  'reflect', 'express', 'indicate', 'count', 'capture', 'represent', 'convey', 'mirror', 'quantify', 'summarise', 'summarize', 'gauge', 'rank',
  // a scale: "the score ranges from 0 to 100"
  'range',
]);
/** What an alert, a flag or a mark does as it reaches someone: "notifications fire when …", "the flag points to …", "alarms warn of …". */
const ALERT_EVENTS: ReadonlySet<string> = new Set(['fire', 'sound', 'warn', 'signal', 'point', 'steer', 'draw', 'recommend', 'announce', 'go', 'pop', 'flash', 'light']);
/** Subjects that hold an output whatever noun names it: "The first result is …", "Its output is …". */
const OUTPUT_HOLDERS: ReadonlySet<string> = new Set(['result', 'results', 'output', 'outputs', 'deliverable', 'deliverables']);
/** Acts of quantifying named as nouns: "Scoring is automatic", "Measurement is fully automated". */
const QUANTIFYING_ACTS: ReadonlySet<string> = new Set([
  'scoring', 'measurement', 'measurements', 'measuring', 'quantification', 'grading', 'volumetry', 'staging', 'calculation', 'calculations',
]);
/** Words that rank an output noun as the chief one: "the main output", "its primary result". */
const MAIN: ReadonlySet<string> = new Set(['main', 'primary', 'principal', 'chief', 'key', 'only', 'sole', 'headline', 'final', 'core']);
/** Verbs of receiving, said of the person an output goes to. */
const RECEIVING: ReadonlySet<string> = new Set(['receive', 'get', 'obtain']);
/** Words that make a named quantity a statistic of a study, not an output: "the F1 score", "the kappa value". */
const STATISTIC_QUALIFIERS: ReadonlySet<string> = new Set([...V.STATISTIC_WORDS, 'dice', 'f1', 'brier', 'mean-squared', 'error', 'reference', 'baseline']);
/** Tags a noun phrase may hold before its head. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['det', 'adj', 'num', 'noun', 'name', 'adv']);

function statistic(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && PHRASE_TAGS.has(words[j].tag); j--) if (STATISTIC_QUALIFIERS.has(words[j].w)) return true;
  return false;
}

/** Whether a named person owns the noun phrase ending at k: "the physician's score", "their own rating". */
function ownedByPerson(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && PHRASE_TAGS.has(words[j].tag); j--) {
    const w = words[j].w;
    if ((w.endsWith("'s") || w.endsWith("s'")) && (V.PHYSICIAN_NOUNS.has(w.replace(/'s?$/, '')) || V.OTHER_NOUNS.has(w.replace(/'s?$/, '')))) return true;
    if (w === 'their' || w === 'his' || w === 'her' || w === 'own') return true;
  }
  return false;
}

/** A non-conclusion output class of the noun at k, read as the thing given. */
function givenClass(words: readonly Word[], k: number, clause: Clause): AiClass | undefined {
  const cls = outputClassAt(words, k, clause.from, clause.to, true);
  if (!cls || cls === 'autonomous' || statistic(words, k) || ownedByPerson(words, k)) return undefined;
  return cls;
}

/** The first output noun of the phrase that starts at `from` (past determiners and modifiers), with its class; -1 when none. */
function phraseOutput(words: readonly Word[], clause: Clause, from: number): [number, AiClass | undefined] {
  for (let j = from; j < clause.to && j <= from + 5; j++) {
    const word = words[j];
    if (!PHRASE_TAGS.has(word.tag)) return [-1, undefined];
    const cls = givenClass(words, j, clause);
    // The head, not a modifier: the next word ends the phrase or is another noun of it ("an inflammation index for …").
    if (cls && !(words[j + 1]?.tag === 'noun' && givenClass(words, j + 1, clause))) return [j, cls];
  }
  return [-1, undefined];
}

/** Prepositions of a phrase that may follow an output subject: "the score of each patient", "the index for each segment". */
const OF_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'per', 'in', 'on']);

/** Past a prepositional phrase of determiners, modifiers and nouns right after a subject's head ("of each patient"); k when none. */
function pastOfPhrase(words: readonly Word[], k: number, to: number): number {
  if (!OF_LINKS.has(words[k]?.w ?? '')) return k;
  let j = k + 1;
  while (j < to && j <= k + 5 && PHRASE_TAGS.has(words[j].tag) && words[j].tag !== 'adv') j++;
  return j > k + 1 ? j : k;
}

/** "The score reflects …", "the index counts …", "notifications fire when …": an output subject and a verb of expressing (or, for an alert, of going off) right after it. */
function expressedOutput(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  const s = clause.subject;
  if (s < 0 || clause.passive || clause.opener !== '' && clause.opener !== ',' && clause.opener !== 'and') return;
  let first = pastOfPhrase(words, s + 1, clause.to);
  while (first < clause.to && words[first].tag === 'adv') first++;
  if (words[first]?.tag !== 'verb') return;
  const cls = givenClass(words, s, clause);
  if (!cls) return;
  // The verb right after the subject, or one coordinated with it: "Its score ranges from 0 to 100 and reflects …".
  for (const v of clause.verbs) {
    const verb = words[v];
    if (v !== first && words[v - 1]?.tag !== 'cc') continue;
    if (verb.tag !== 'verb' || (verb.form !== 's' && verb.form !== 'base') || scope.negated[v - clause.from]) continue;
    const lemma = verb.lemma ?? '';
    if (EXPRESSING.has(lemma) || (cls === 'assistive' && ALERT_EVENTS.has(lemma))) {
      out.push({ kind: cls, first: s, last: v });
      return;
    }
  }
}

/** "The first result is an inflammation index …", "Scoring is automatic": an output defined by "be". */
function definedOutput(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  const s = clause.subject;
  const be = clause.verbs.find((v) => words[v].tag === 'be');
  // "The main output of the tool is …": past the subject's "of" phrase.
  const afterSubject = s >= 0 ? pastOfPhrase(words, s + 1, clause.to) : -1;
  if (be === undefined || clause.passive || scope.negated[be - clause.from]) return;
  // "Scoring is automatic", "Measurement is fully automated": the quantifying act is the machine's (a gerund may be read as the verb).
  const first = be - 1;
  if (first >= clause.from && QUANTIFYING_ACTS.has(words[first].w) && (first === s || first === clause.from)) {
    let j = be + 1;
    while (j < clause.to && (words[j].w === 'fully' || words[j].w === 'entirely' || words[j].w === 'completely')) j++;
    if (V.MACHINE_ADVERBS.has(words[j]?.w ?? '')) out.push({ kind: 'augmentative', first, last: j });
    return;
  }
  if (s < 0 || afterSubject !== be || statistic(words, s) || ownedByPerson(words, s)) return;
  const subjectClass = givenClass(words, s, clause);
  // "The ejection fraction is the main output", "A volume per lobe is the primary result": the subject is the output.
  let j = be + 1;
  while (j < clause.to && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].tag === 'adv' || MAIN.has(words[j].w))) j++;
  if (subjectClass && j > be + 1 && OUTPUT_HOLDERS.has(words[j]?.w ?? '')) {
    out.push({ kind: subjectClass, first: s, last: j });
    return;
  }
  if (!(OUTPUT_HOLDERS.has(words[s].w) || subjectClass)) return;
  // "The result is a number between 0 and 1": an output that is a number.
  let n = be + 1;
  while (n < clause.to && (words[n].tag === 'det' || NUMBER_LEAD.has(words[n].w) || words[n].w === 'single')) n++;
  // (Not "a number of flagged studies", which counts how many.)
  if (OUTPUT_HOLDERS.has(words[s].w) && NUMBER_NOUNS.has(words[n]?.w ?? '') && n > be + 1 && words[n + 1]?.w !== 'of') {
    out.push({ kind: 'augmentative', first: s, last: n });
    return;
  }
  const [at, cls] = phraseOutput(words, clause, be + 1);
  if (at >= 0 && cls && !scope.negated[at - clause.from]) out.push({ kind: cls, first: s, last: at });
}

/** Whether "from" a person or a piece of equipment follows the received noun: "receives figures from the nurse", "gets a value from the meter". */
function fromSource(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j <= k + 6; j++) {
    if (words[j].w !== 'from') continue;
    for (let n = j + 1; n < to && n <= j + 4; n++) {
      const w = words[n].w;
      if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || V.AMBIGUOUS_HUMANS.has(w) || V.MEASURING_EQUIPMENT.has(w) || V.SOURCE_EQUIPMENT.has(w)) return true;
    }
    return false;
  }
  return false;
}

/** "Users receive a risk rating for the lesion": a person receives the service's output. */
function receivedOutput(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.passive || (clause.agent !== 'physician' && clause.agent !== 'other') || clause.subject < 0) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.tag !== 'verb' || verb.form === 'ed' || verb.form === 'ing' || !RECEIVING.has(verb.lemma ?? '') || scope.negated[v - clause.from]) continue;
    // The object right after the verb: "receive a risk rating", "get an estimate of bone age".
    // (Only a quantity: "clinicians who receive a notification" names who is alerted, which the sets read as no output of the clause.)
    const [at, cls] = phraseOutput(words, clause, v + 1);
    if (at >= 0 && cls === 'augmentative' && !scope.negated[at - clause.from] && !fromSource(words, at, clause.to)) out.push({ kind: cls, first: v, last: at });
  }
}

/** Verbs that turn data into a figure when "into" or "as" a number follows: "turns the scan into numbers", "summarises it as a single value". */
const TURNING: ReadonlySet<string> = new Set([
  ...V.OUTPUT_VERBS, 'turn', 'process', 'condense', 'reduce', 'distil', 'distill', 'collapse', 'combine', 'merge', 'translate', 'transform', 'boil', 'encode', 'convert',
]);
/** Nouns that say "a number", whatever it counts. */
const NUMBER_NOUNS: ReadonlySet<string> = new Set(['number', 'numbers', 'value', 'values', 'figure', 'figures', 'numeral', 'numerals', 'quantity', 'quantities']);
/** Words that may stand between "into"/"as" and the number: "into one number", "as a single value", "into two figures". */
const NUMBER_LEAD: ReadonlySet<string> = new Set(['a', 'an', 'one', 'single', 'two', 'three', 'several', 'simple', 'plain', 'just']);

/** "turns a chest CT into numbers", "summarises the patient's status as a single value": the software's act gives a figure. */
function numberedOutput(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.tag !== 'verb' || verb.form === 'ed' || !TURNING.has(verb.lemma ?? '') || scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    for (let j = v + 1; j < clause.to && j <= v + 12; j++) {
      if (words[j].tag === 'verb' || words[j].tag === 'be') break;
      if (words[j].w !== 'into' && words[j].w !== 'as') continue;
      let n = j + 1;
      while (n < clause.to && NUMBER_LEAD.has(words[n].w)) n++;
      if (NUMBER_NOUNS.has(words[n]?.w ?? '') && n < clause.to) out.push({ kind: 'augmentative', first: v, last: n });
      break;
    }
  }
}

/** Verbs that carry out an act named by its noun: "takes the measurements", "performs automatic volumetry". */
const PERFORMING: ReadonlySet<string> = new Set(['take', 'make', 'perform', 'carry', 'execute', 'conduct', 'do', 'automate', 'undertake', 'run']);
/** Acts of quantifying an object may name ("performs volumetry", "automates the estimate"). */
const PERFORMED_QUANTIFYING: ReadonlySet<string> = new Set([...QUANTIFYING_ACTS, 'morphometry', 'estimate', 'estimates', 'estimation', 'measures']);

/** "it takes objective measurements", "performs automatic volumetry of the brain": the software carries out the quantifying act. */
function performedQuantity(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.tag !== 'verb' || verb.form === 'ed' || !PERFORMING.has(verb.lemma ?? '') || scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    // "carries out": past the particle.
    let j = words[v + 1]?.w === 'out' ? v + 2 : v + 1;
    while (j < clause.to && j <= v + 4 && !PERFORMED_QUANTIFYING.has(words[j].w) && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].tag === 'adv' || words[j].tag === 'noun')) j++;
    // "measures" only as a plural after a modifier ("takes objective measures"), not "takes measures to …".
    const w = words[j]?.w ?? '';
    if (j < clause.to && PERFORMED_QUANTIFYING.has(w) && !(w === 'measures' && words[j + 1]?.tag === 'to') && !scope.negated[j - clause.from]) out.push({ kind: 'augmentative', first: v, last: j });
  }
}

export function namedOutputCues(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged || namesStudy(words)) return;
  expressedOutput(words, clause, scope, out);
  definedOutput(words, clause, scope, out);
  receivedOutput(words, clause, scope, out);
  numberedOutput(words, clause, scope, out);
  performedQuantity(words, clause, scope, out);
}

/** The software's own quantities, as a validation names them. */
const OWN_QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'index', 'indices', 'indexes', 'score', 'scores', 'rating', 'ratings', 'measurement', 'measurements', 'percentages', 'volumes', 'grades', 'gradings',
  'values', 'estimates', 'probabilities',
]);
/** Words that set a quantity against a reference. */
const AGREEING: ReadonlySet<string> = new Set([
  'agreed', 'agree', 'agrees', 'correlated', 'correlate', 'correlates', 'matched', 'match', 'matches', 'within', 'differed', 'deviated', 'concordant',
  'comparable', 'calibrated', 'coincided', 'tracked',
]);
/** Possessors that are the software: "its", "the algorithm's". */
const SOFTWARE_POSSESSORS: ReadonlySet<string> = new Set(['its', ...[...V.SOFTWARE_NOUNS].map((w) => `${w}'s`)]);

/**
 * The software's own quantities set against a reference (stop 31): "Its Ki67 indices agreed closely with manual scoring",
 * "Its ratings fell within one point of the clinician's", "The model's volume measurements agreed with the reference". A
 * validation that compares the software's indices, ratings or measurements says the software outputs them, whatever else
 * the sentence says about the study. Read over the sentence's words (the tagger often misses "agreed" or "fell" as the
 * verb), only where the sentence opens on them and nothing in it is denied or hedged.
 */
export function ownQuantityCue(words: readonly Word[], out: WordCue[]): void {
  // At the sentence's start, or after a fronted phrase and its comma ("In the validation, its Ki67 indices agreed …").
  let comma = -1;
  for (let c = 1; c <= 5 && c < words.length && comma < 0; c++) if (words[c].w === ',') comma = c;
  let j = comma >= 0 && !SOFTWARE_POSSESSORS.has(words[0]?.w ?? '') && words[0]?.w !== 'the' ? comma + 1 : 0;
  if (words[j]?.w === 'the') j++;
  if (!SOFTWARE_POSSESSORS.has(words[j]?.w ?? '')) return;
  if (out.some((c) => c.kind === 'augmentative' || c.kind === 'autonomous')) return;
  // Only set against a reference: "agreed with", "correlated with", "fell within", "were calibrated".
  if (!words.some((w) => AGREEING.has(w.w))) return;
  const possessor = j;
  j++;
  while (j <= possessor + 3 && words[j] !== undefined && !OWN_QUANTITY_NOUNS.has(words[j].w) && (words[j].tag === 'noun' || words[j].tag === 'adj' || words[j].tag === 'name')) j++;
  if (!OWN_QUANTITY_NOUNS.has(words[j]?.w ?? '') || words[j + 1]?.w === 'on' || words[j - 1]?.w === 'index') return;
  if (words.some((w) => w.tag === 'neg' || w.w === 'no' || w.w === 'never' || V.HEDGES.has(w.w) || w.w === 'if')) return;
  out.push({ kind: 'augmentative', first: possessor, last: j });
}
