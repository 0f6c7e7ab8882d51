/**
 * Readings denied to a clinician (round 16c): the output reaches its use with no clinician's read between,
 * said in ways the `acts` stage does not reach.
 *
 * - the read is said with an adjective that names the clinician's act, and nothing needs it: "a result
 *   needing no further clinical interpretation", "requires no medical review";
 * - a decision taken on the output alone: "the referral decision rests on the software's output alone"
 *   (not the usual disclaimer "no decision should rest on its output alone", which is negated or a modal's);
 * - a report the device finalises or signs off itself: "the software signs off normal studies", "the report is
 *   finalised automatically" (a signature is the act that makes a report final; done by the device, nobody reads first).
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';
import { ACTUATORS, actuatorCue } from './actuators';
import { AUTOMATION, automatedTherapyCue } from './automated';

/** Adjectives that make a read a clinician's: "clinical interpretation", "medical review". */
const CLINICAL_ACTS: ReadonlySet<string> = new Set(['clinical', 'medical', 'professional', 'expert', 'specialist']);
/** The reads a clinician gives an output (not "intervention" or "input", which may be the patient's care). */
const READS: ReadonlySet<string> = new Set([
  'interpretation', 'interpretations', 'review', 'reviews', 'overread', 'over-read', 'reading', 'confirmation', 'verification', 'oversight', 'sign-off', 'signoff',
]);
/** What may stand between "no" and the read: "no further clinical interpretation". */
const READ_MODIFIERS: ReadonlySet<string> = new Set(['further', 'additional', 'separate', 'prior', 'subsequent', 'other']);
/** The verbs whose "no" denies the read: "needs no", "requiring no". */
const NEED_LEMMAS: ReadonlySet<string> = new Set(['need', 'require', 'call']);
/** Conclusions a decision on the output alone may name. */
const DECISIONS: ReadonlySet<string> = new Set(['decision', 'decisions', 'diagnosis', 'diagnoses', 'referral', 'referrals', 'determination']);
/** What the decision rests on when it is the device's: its output, result or the device itself. */
function outputWord(word: Word): boolean {
  const w = word.w.replace(/'s?$/, '');
  return V.RESULT_NOUNS.has(w) || w === 'output' || w === 'outputs' || V.SOFTWARE_NOUNS.has(w) || word.tag === 'name';
}

/** "needing no further clinical interpretation": the span from the need verb to the read, or undefined. */
function clinicalReadDenied(words: readonly Word[], clause: Clause, k: number): [number, number] | undefined {
  const before = words[k - 1];
  if (before === undefined || k - 1 < clause.from) return undefined;
  const needs = before.w === 'with' || (before.lemma !== undefined && NEED_LEMMAS.has(before.lemma));
  if (!needs) return undefined;
  let j = k + 1;
  while (j < clause.to && READ_MODIFIERS.has(words[j].w)) j++;
  if (!CLINICAL_ACTS.has(words[j]?.w ?? '') || !READS.has(words[j + 1]?.w ?? '') || j + 1 >= clause.to) return undefined;
  return [k - 1, j + 1];
}

/** "The referral decision rests on the software output alone": the span from the decision to "alone", or undefined. */
function decisionOnOutputAlone(words: readonly Word[], clause: Clause, scope: ClauseScope, alone: number): [number, number] | undefined {
  if (scope.hypothetical || scope.hedged || scope.obliged || clause.subject < 0 || !DECISIONS.has(words[clause.subject].w)) return undefined;
  // The verb: "rests on", "is based on", "is taken on"; no modal in the clause ("should rest on" is the disclaimer).
  let verb = -1;
  for (let j = clause.subject + 1; j < alone; j++) {
    const word = words[j];
    if (word.tag === 'modal' || V.NEGATORS.has(word.w)) return undefined;
    if (word.tag === 'verb' && verb < 0) verb = j;
  }
  if (verb < 0 || scope.negated[verb - clause.from]) return undefined;
  const lemma = words[verb].lemma ?? '';
  if (lemma !== 'rest' && lemma !== 'base' && lemma !== 'take' && lemma !== 'make') return undefined;
  if (words[verb + 1]?.w !== 'on' && words[verb + 1]?.w !== 'upon') return undefined;
  for (let j = verb + 2; j < alone; j++) if (outputWord(words[j])) return [clause.subject, alone];
  return undefined;
}

/** Verbs that make a report final. "sign" counts only as "sign off". */
const FINALISING: ReadonlySet<string> = new Set(['finalize', 'finalise', 'sign']);
/** What a finalised report is about: the report itself or the study it closes. */
const REPORTED: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'studies', 'exam', 'exams', 'examination', 'examinations', 'case', 'cases', 'scan', 'scans', 'x-ray', 'x-rays', 'radiograph', 'radiographs', 'result', 'results',
]);

/** "by itself", "on its own", "automatically" right around the verb at v. */
function byItself(words: readonly Word[], clause: Clause, v: number): boolean {
  for (let j = Math.max(clause.from, v - 3); j < clause.to && j <= v + 5; j++) {
    const w = words[j].w;
    if (V.MACHINE_ADVERBS.has(w) || (w === 'itself' && words[j - 1]?.w === 'by') || (w === 'own' && words[j - 1]?.w === 'its' && words[j - 2]?.w === 'on')) return true;
  }
  return false;
}

/** Studies the device may close alone: "normal chest X-rays", "negative screens". */
const NORMAL_WORDS: ReadonlySet<string> = new Set(['normal', 'negative', 'unremarkable']);
function normalStudy(words: readonly Word[], clause: Clause): boolean {
  for (let j = clause.from; j < clause.to; j++) if (NORMAL_WORDS.has(words[j].w)) return true;
  return false;
}

/** Whether a person or a helping verb stands between the subject and the verb at v. */
function personBetween(words: readonly Word[], subject: number, v: number): boolean {
  for (let j = Math.max(0, subject + 1); j < v; j++) {
    const w = words[j].w;
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || V.HELP_VERBS.includes(words[j].lemma ?? '')) return true;
  }
  return false;
}

/** "The software signs off normal studies", "the report is finalised automatically": the span of the device's sign-off, or undefined. */
function deviceSignOff(words: readonly Word[], clause: Clause, scope: ClauseScope): [number, number] | undefined {
  if (clause.agent !== 'software' || scope.hypothetical || scope.hedged) return undefined;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (!FINALISING.has(verb.lemma ?? '') || scope.negated[v - clause.from]) continue;
    // Only a normal or negative study, or a sign-off said to need nobody: reporting software also "finalizes the report" once the physician has read it.
    if (!byItself(words, clause, v) && !normalStudy(words, clause)) continue;
    let last = v;
    if (verb.lemma === 'sign') {
      if (words[v + 1]?.w !== 'off') continue;
      last = v + 1;
    }
    if (clause.passive && verb.form === 'ed') {
      const subject = clause.subject;
      const bySoftware = clause.byAgent > v || byItself(words, clause, v);
      if (subject >= 0 && subject < v && REPORTED.has(words[subject].w) && bySoftware) return [subject, last];
      continue;
    }
    if (clause.passive) continue;
    // "helps radiologists finalize reports": a person between the software and the verb signs, not the software.
    if (personBetween(words, clause.subject, v)) continue;
    for (let j = last + 1; j < clause.to && j <= last + 5; j++) {
      if (REPORTED.has(words[j].w)) return [v, j];
      if (words[j].tag === 'verb' || words[j].tag === 'punct' || words[j].tag === 'sub') break;
    }
  }
  return undefined;
}

/** The words that set off a rule of this round: one Set lookup per word of a clause, the only pass the round adds. */
const TRIGGERS: ReadonlySet<string> = new Set(['no', 'alone', ...ACTUATORS, ...AUTOMATION]);

export function deniedReadCuesOfClause(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  // ("The radiologist needs no further clinical review of the case" is a physician's own say.)
  if (clause.physicianNamed && clause.subject >= 0) return;
  const signOff = deviceSignOff(words, clause, scope);
  if (signOff) out.push({ kind: 'autonomous', first: signOff[0], last: signOff[1] });
  for (let k = clause.from; k < clause.to; k++) {
    const w = words[k].w;
    if (!TRIGGERS.has(w)) continue;
    if (w === 'no') {
      const span = clinicalReadDenied(words, clause, k);
      if (span && !scope.hypothetical) out.push({ kind: 'autonomous', first: span[0], last: span[1] });
    } else if (w === 'alone') {
      const span = decisionOnOutputAlone(words, clause, scope, k);
      if (span) out.push({ kind: 'autonomous', first: span[0], last: span[1] });
    } else if (AUTOMATION.has(w)) {
      automatedTherapyCue(words, clause, scope, k, out);
    } else {
      // (The same loop finds the hardware the software commands: see actuators.ts.)
      actuatorCue(words, clause, scope, k, out);
    }
  }
}
