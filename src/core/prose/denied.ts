/**
 * Readings denied to a clinician (round 16c): the output reaches its use with no clinician's read between,
 * said in ways the `acts` stage does not reach.
 *
 * - the read is said with an adjective that names the clinician's act, and nothing needs it: "a result
 *   needing no further clinical interpretation", "requires no medical review";
 * - a decision taken on the output alone: "the referral decision rests on the software's output alone"
 *   (not the usual disclaimer "no decision should rest on its output alone", which is negated or a modal's).
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

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

export function deniedReadCuesOfClause(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  // ("The radiologist needs no further clinical review of the case" is a physician's own say.)
  if (clause.physicianNamed && clause.subject >= 0) return;
  for (let k = clause.from; k < clause.to; k++) {
    const w = words[k].w;
    if (w === 'no') {
      const span = clinicalReadDenied(words, clause, k);
      if (span && !scope.hypothetical) out.push({ kind: 'autonomous', first: span[0], last: span[1] });
    } else if (w === 'alone') {
      const span = decisionOnOutputAlone(words, clause, scope, k);
      if (span) out.push({ kind: 'autonomous', first: span[0], last: span[1] });
    }
  }
}
