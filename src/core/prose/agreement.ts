/**
 * A physician's verdict on the output (stop 50): "Dr Silva agreed with the result", "the GP disagreed with the
 * computer's conclusion", "the consultant accepted that result"; and a physician's own reading set beside it: "recorded
 * his own classification", "checked the tilt against her own measurement", "compared the estimate with her own reading";
 * or a finding agreed on, "agreed it's an M1 cut-off"; or the output set beside the patient's other evidence, "looks at it
 * alongside your history", "puts the numbers together with the history and the cognitive tests".
 * Reports of what happened in a case (medico-legal reports, case reports, audits) say who read the output this way rather
 * than with "reviews" or "interprets".
 *
 * Only a physician named in the clause (not a nurse, a team or a user, who may be lay), in a clause that is not negated,
 * hedged or hypothetical; "agreed" only with what the software gave ("agreed with the family", "agreed to the plan" are no
 * reading) and told of a case, in the past; "own" only before a word for a reading.
 */
import { verbHit, type Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of siding with or against a result: "agreed with", "disagreed with", "concurred with". */
const SIDING: ReadonlySet<string> = new Set(['agree', 'disagree', 'concur']);
/** Verbs of taking a result as given: "accepted that result". */
const TAKING: ReadonlySet<string> = new Set(['accept']);
/**
 * What the software gives, as a report of a case names it. Not a recommendation or a proposal: a physician who takes up
 * the software's management option acts on it (Level I), which is no reading; nor "readings", "measurements" or "values",
 * which may be anyone's.
 */
const GIVEN: ReadonlySet<string> = new Set([
  ...V.SOFTWARE_NOUNS, 'result', 'results', 'classification', 'verdict', 'conclusion', 'conclusions', 'estimate', 'estimates',
  'call', 'label', 'finding', 'findings', 'prediction', 'predictions', 'output', 'outputs', 'grade', 'grading', 'score',
  'flag', 'flags', 'alert', 'computer', 'statement',
]);
/** What a physician's own reading is called: "her own measurement", "his own classification", "their own read". */
const OWN_READINGS: ReadonlySet<string> = new Set([
  'reading', 'read', 'measurement', 'measurements', 'classification', 'grade', 'grading', 'count', 'interpretation',
  'assessment', 'review', 'diagnosis', 'staging', 'estimate', 'score', 'scoring', 'report',
]);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);
/** Verbs that set a physician's own reading beside the output or put it on record. */
const OWN_READING_VERBS: ReadonlySet<string> = new Set(['record', 'check', 'compare', 'set', 'weigh', 'make', 'give', 'document', 'write', 'reach', 'base', 'add', 'enter', 'issue']);

/** The last word of "with <the output>" after the verb at k ("with the software's conclusion"), or -1. */
function sidedWithGiven(words: readonly Word[], k: number, to: number): number {
  if (words[k + 1]?.w !== 'with') return -1;
  for (let j = k + 2; j < to && j <= k + 6; j++) {
    if (GIVEN.has(words[j].w)) return j;
    // (not the physician's own: "agreed with their reading of the 12-lead")
    if (POSSESSIVES.has(words[j].w)) return -1;
    // (a possessive the tagger may take for "is": "the algorithm's call")
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'name' && !words[j].w.endsWith("'s")) return -1;
  }
  return -1;
}

/** Words of care chosen, which make an agreement a decision on management: "agreed that surgery was the best option". */
const CARE_CHOSEN: ReadonlySet<string> = new Set(['option', 'options', 'plan', 'treatment', 'surgery', 'management', 'best', 'approach', 'dose', 'referral', 'therapy']);
/** Verbs and contractions that state what a finding is: "it's an M1 cut-off", "the tube had entered the bronchus". */
const STATING: ReadonlySet<string> = new Set(["it's", "that's", "there's", 'is', 'was', 'were', 'are', 'had', 'has', 'showed', 'shows']);
/**
 * The last word of a finding agreed on after the verb at k, told as a statement: "agreed it's an M1 cut-off", "agreed that
 * the tube had entered the right main bronchus"; or -1. Not a plan or a wish ("agreed that the study should stop").
 */
function agreedFinding(words: readonly Word[], k: number): number {
  let j = k + 1;
  if (words[j]?.w === 'that') j++;
  for (let end = j; end < words.length && end <= j + 4; end++) {
    if (words[end].tag === 'modal' || words[end].tag === 'to' || words[end].tag === 'punct') return -1;
    if (STATING.has(words[end].w)) return words.slice(j, end + 8).some((w) => w.tag === 'modal' || w.tag === 'to' || CARE_CHOSEN.has(w.w)) ? -1 : end;
  }
  return -1;
}

/** Values a physician accepts as the software gave them: "accepted the volumes as believable". */
const TAKEN_VALUES: ReadonlySet<string> = new Set(['volumes', 'numbers', 'measurements', 'values', 'figures', 'estimate', 'estimates']);
/** The last word of the given thing the verb at k takes ("accepted that result"), or -1. */
function takenGiven(words: readonly Word[], k: number, to: number): number {
  for (let j = k + 1; j < to && j <= k + 4; j++) {
    if ((GIVEN.has(words[j].w) || TAKEN_VALUES.has(words[j].w)) && words[j + 1]?.w !== 'of') return j;
    if (POSSESSIVES.has(words[j].w)) return -1;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return -1;
  }
  return -1;
}

/** The index of "own" before a reading after the verb at k ("against her own measurement"), or -1. */
function ownReadingAfter(words: readonly Word[], k: number, to: number): number {
  for (let j = k + 1; j < to - 2 && j <= k + 8; j++) {
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return -1;
    if (POSSESSIVES.has(words[j].w) && words[j + 1].w === 'own' && OWN_READINGS.has(words[j + 2].w)) return j + 2;
  }
  return -1;
}

/** Verbs of going over the output with other evidence: "looks at it alongside", "puts the numbers together with". */
// (not "weighs", "considers", "combines": a physician weighing with the history reads the output only under a duty, which
// acts.ts and judged.ts read; nor a patient's own values or a dose the software suggests, which are care, not a reading)
const WEIGHING: ReadonlySet<string> = new Set(['look', 'put', 'view']);
/** Words that set the output beside other evidence. */
const BESIDE: ReadonlySet<string> = new Set(['alongside', 'beside', 'against', 'with']);
/** A patient's other evidence a physician weighs the output with. */
const OTHER_EVIDENCE: ReadonlySet<string> = new Set([
  'history', 'histories', 'examination', 'examinations', 'exam', 'exams', 'symptoms', 'tests', 'test', 'findings', 'picture',
  'presentation', 'assessment', 'biopsy', 'scraping', 'context', 'ecg', 'bloods', 'labs', 'story', 'signs', 'imaging',
]);
/**
 * The last word of the other evidence the output is set beside after the verb at k: "looks at it alongside your history",
 * "puts the numbers together with the history and the cognitive tests", "weighs them with the examination"; or -1.
 */
function weighedWithEvidence(words: readonly Word[], k: number, to: number): number {
  for (let j = k + 1; j < to && j <= k + 8; j++) {
    if (words[j].tag === 'verb' || words[j].tag === 'punct' || words[j].tag === 'cc') return -1;
    if (!BESIDE.has(words[j].w)) continue;
    // ("with" only as "together with" or right after the output: not "with a colleague", "with the patient")
    if (words[j].w === 'with' && words[j - 1]?.w !== 'together' && j > k + 4) return -1;
    for (let e = j + 1; e < to && e <= j + 5; e++) {
      if (OTHER_EVIDENCE.has(words[e].w)) return e;
      if (words[e].tag !== 'det' && words[e].tag !== 'adj' && words[e].tag !== 'noun') return -1;
    }
    return -1;
  }
  return -1;
}

export function physicianVerdictCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  // (clauses.ts's physicianNamed: a physician, not a nurse, a team or a user, who may be lay)
  if (scope.hypothetical || scope.hedged || clause.agent !== 'physician' || clause.passive || !clause.physicianNamed) return;
  if (out.some((c) => c.kind === 'physician-interprets' && c.first >= clause.from && c.first < clause.to)) return;
  // (a past form the tagger may take for a participle after the subject: "The registrar disagreed with …")
  const subject = clause.subject >= 0 ? clause.subject : clause.sharedSubject;
  const sided = words[subject + 1]?.tag === 'adj' && SIDING.has(verbHit(words[subject + 1].w)?.lemma ?? '') ? [subject + 1] : [];
  for (const v of [...sided, ...clause.verbs]) {
    const word = words[v];
    if ((word.tag !== 'verb' && !sided.includes(v)) || scope.negated[v - clause.from]) continue;
    const lemma = word.lemma ?? verbHit(word.w)?.lemma ?? word.w;
    let last = -1;
    // (a verdict told of one case, in the past: "the GP disagreed with the computer's conclusion"; in the present it says
    // what a physician may do to any output, "can accept or disagree with the result", an override the level decides)
    const past = (word.form ?? verbHit(word.w)?.form) === 'ed';
    // (a finding agreed on only in a main clause: "counted as correct when an independent endoscopist agreed that it showed
    // a lesion" is a study's reference standard)
    if (past && SIDING.has(lemma)) last = words[v + 1]?.w === 'with' ? sidedWithGiven(words, v, clause.to) : V.SUBORDINATORS.has(clause.opener) ? -1 : agreedFinding(words, v);
    else if (past && TAKING.has(lemma)) last = takenGiven(words, v, clause.to);
    if (last < 0 && OWN_READING_VERBS.has(lemma)) last = ownReadingAfter(words, v, clause.to);
    // (a look only "at" or "over" the output: "looking for ROIs with radiographic signs" is a search)
    const looksAt = lemma !== 'look' || words[v + 1]?.w === 'at' || words[v + 1]?.w === 'over';
    if (last < 0 && WEIGHING.has(lemma) && looksAt) last = weighedWithEvidence(words, v, clause.to);
    if (last < 0) continue;
    out.push({ kind: 'physician-interprets', first: v, last });
    return;
  }
}
