/**
 * A result handed to a lay person, with no clinician between (round 17c; the first form is older). Who receives the
 * output decides its role in care: a result a patient, wearer or consumer gets is acted on unread, which Appendix S
 * calls autonomous; the same result sent to a clinician is read first. Forms:
 *
 * - "reports the result straight to the user", "returns the classification to the patient";
 * - the recipient first: "gives the user a positive or negative result", "shows the wearer the result";
 * - the passive: "the result is shown to the patient on the phone".
 *
 * "The user" is lay only with "straight", "directly" or "immediately", or when the sentence names a consumer setting (a
 * watch, a phone, an over-the-counter test, the home): in professional software the user is the clinician. A
 * notification is not a result ("sends a notification to the user" stays a flag), and "to the patient portal" is a
 * place, not a person.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

const USERS: ReadonlySet<string> = new Set(['user', 'users']);

/** Whether the sentence names a consumer setting (a watch, a phone, the home, an over-the-counter test). */
export function consumerSetting(words: readonly Word[]): boolean {
  return words.some((word) => V.CONSUMER_SETTINGS.has(word.w));
}

/** A lay person's own devices: "to the user's phone" reaches the user. */
const OWN_DEVICES: ReadonlySet<string> = new Set(['phone', 'smartphone', 'watch', 'smartwatch', 'tablet', 'app', 'screen', 'device']);

/** Whether the person at j is lay: a patient, wearer or consumer, or a user when the output goes to them directly or in a consumer setting. */
export function layAt(words: readonly Word[], j: number, direct: boolean): boolean {
  let person = words[j].w;
  if (person.endsWith("'s") && OWN_DEVICES.has(words[j + 1]?.w ?? '')) person = person.slice(0, -2);
  else if (words[j + 1]?.tag === 'noun' || words[j + 1]?.tag === 'name') return false; // "to the patient portal"
  return V.LAY_RECIPIENTS.has(person) || (USERS.has(person) && (direct || consumerSetting(words)));
}

/** Past determiners and adjectives from j (at most to `limit`). */
function pastModifiers(words: readonly Word[], j: number, to: number, limit: number): number {
  while (j < to && j <= limit && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].w === 'or' || words[j].w === ',')) j++;
  return j;
}

/** "[straight] to <lay person>" from j: the person's index, or -1. */
function toLayPerson(words: readonly Word[], j: number, to: number, limit: number): number {
  let direct = false;
  if (j < to && V.DIRECTLY.has(words[j].w)) (direct = true), j++;
  if (j >= to || words[j].w !== 'to') return -1;
  j = pastModifiers(words, j + 1, to, limit);
  return j < to && layAt(words, j, direct) ? j : -1;
}

/**
 * For an output verb at k: the last word of a result handed to a lay person, or -1. `restated`: the sentence already
 * holds an autonomous cue, so only the older form ("the result straight to the user", "to the patient") is read: one
 * cue per act ("No clinician is involved before the result is given to the patient" is one statement).
 */
export function resultToLayPerson(words: readonly Word[], clause: Clause, k: number, restated: boolean): number {
  const to = clause.to;
  // "… sent to the patient's phone without further review by an ophthalmologist": the denied review says it once.
  if (restated || reviewDeniedAfter(words, k, to)) return olderForm(words, k, to);
  // "the result is shown to the patient": a passive whose subject is the result.
  if (clause.passive && words[k].form === 'ed' && clause.subject >= 0 && clause.subject < k && V.RESULT_NOUNS.has(words[clause.subject].w)) {
    return toLayPerson(words, k + 1, to, k + 8);
  }
  let j = pastModifiers(words, k + 1, to, k + 3);
  if (j >= to) return -1;
  // "gives the user a positive or negative result": the recipient, then the result.
  if (layAt(words, j, false) && !V.RESULT_NOUNS.has(words[j].w)) {
    // (The result's own modifiers may be nouns: "a positive or negative result", "a screening result".)
    for (let r = j + 1; r < to && r <= j + 8; r++) {
      if (V.RESULT_NOUNS.has(words[r].w)) return r;
      if (words[r].tag !== 'det' && words[r].tag !== 'adj' && words[r].tag !== 'noun' && words[r].tag !== 'cc' && words[r].w !== ',') return -1;
    }
    return -1;
  }
  // "returns the test result to the user": past noun modifiers of the result.
  while (j < to && j <= k + 4 && words[j].tag === 'noun' && !V.RESULT_NOUNS.has(words[j].w)) j++;
  if (j >= to || !V.RESULT_NOUNS.has(words[j].w)) return -1;
  j++;
  return toLayPerson(words, j, to, k + 10);
}

/** Whether "without" or "with no" follows in the clause: the denied review is read there. */
function reviewDeniedAfter(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to; j++) if (words[j].w === 'without' || (words[j].w === 'with' && words[j + 1]?.w === 'no')) return true;
  return false;
}

/** The form read before round 17c: "<verb> the result [straight] to the patient / the user (directly)". */
function olderForm(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  while (j < to && j <= k + 3 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
  if (j >= to || !V.RESULT_NOUNS.has(words[j].w)) return -1;
  j++;
  let direct = false;
  if (j < to && V.DIRECTLY.has(words[j].w)) (direct = true), j++;
  if (j >= to || words[j].w !== 'to') return -1;
  j++;
  while (j < to && j <= k + 9 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
  if (j >= to || words[j + 1]?.tag === 'noun' || words[j + 1]?.tag === 'name') return -1;
  const person = words[j].w;
  return V.LAY_RECIPIENTS.has(person) || (direct && USERS.has(person)) ? j : -1;
}

/** Verbs of a result moving on by itself: "the results go straight to the consumer". */
const MOVING: ReadonlySet<string> = new Set(['go', 'come', 'pass', 'travel', 'flow', 'arrive']);

/** Verbs whose object is the person the result gets to: "the result reaches the user". */
const REACHING: ReadonlySet<string> = new Set(['reach']);

/** The lay person right after a reaching verb at v (past determiners and adjectives), or -1; "the user" only in a consumer setting or with "directly". */
function layObject(words: readonly Word[], v: number, to: number): number {
  // "reaches the wearer after review by a physician": a clinician named after it stands between (read elsewhere).
  for (let k = v + 1; k < words.length; k++) if (V.PHYSICIAN_NOUNS.has(words[k].w) && !V.AMBIGUOUS_HUMANS.has(words[k].w)) return -1;
  // ("… without review by the user": a "without" phrase is read where it stands, once.)
  if (reviewDeniedAfter(words, v, to)) return -1;
  const j = pastModifiers(words, v + 1, to, v + 3);
  if (j >= to) return -1;
  const direct = V.DIRECTLY.has(words[j + 1]?.w ?? '') || V.DIRECTLY.has(words[v - 1]?.w ?? '');
  return layAt(words, j, direct) ? j : -1;
}

/** "the result letter", "the results letter" (stop 29): a letter that carries the result is the result. */
function resultLetter(words: readonly Word[], j: number): boolean {
  // (not once a clinician has signed or reviewed it: "goes to the patient after the GP has reviewed it")
  return (words[j].w === 'letter' || words[j].w === 'letters') && V.RESULT_NOUNS.has(words[j - 1]?.w ?? '') && !words.some((w) => V.PHYSICIAN_NOUNS.has(w.w));
}

/** "Results go straight to the consumer": a clause whose subject is the result moving on to a lay person. */
export function movedResultCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.subject < 0 || scope.hypothetical || scope.hedged || !(V.RESULT_NOUNS.has(words[clause.subject].w) || resultLetter(words, clause.subject))) return;
  if (out.some((c) => c.kind === 'autonomous')) return; // one cue per act
  for (const v of clause.verbs) {
    if (v < clause.subject || scope.negated[v - clause.from]) continue;
    // "the verdict reaches the wearer directly" (round 18c): the person as the verb's object.
    const person = MOVING.has(words[v].lemma ?? '') ? toLayPerson(words, v + 1, clause.to, v + 8) : REACHING.has(words[v].lemma ?? '') ? layObject(words, v, clause.to) : -1;
    if (person >= 0) {
      out.push({ kind: 'autonomous', first: clause.subject, last: person });
      return;
    }
  }
}
