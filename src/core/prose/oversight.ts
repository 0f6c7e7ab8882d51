/**
 * Oversight after the fact (round 16a): a physician who goes over the therapy the software already gave reads
 * no output before it has effect, so the review is no `physician-interprets` cue:
 *
 * - periodic summaries of the therapy: "the physician reviews the weekly summaries and the change alerts",
 *   "a quarterly summary of the pacing changes";
 * - a review of the therapy timed after it: "After the procedure, the anesthesiologist reviews the infusion
 *   record and signs it", "Following each treatment, … reviews the delivered beam positions".
 *
 * What is reviewed must name the therapy given or its changes: "reviews the weekly reports" (remote monitoring
 * data) and "After the procedure, … reviews the flagged capsule images" are still readings. A gate ("before the
 * plan is sent") keeps the reading too.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import * as V from './vocabulary';

/** Words that time the review after an event: "after the procedure", "following each treatment". */
const AFTER: ReadonlySet<string> = new Set(['after', 'following']);
/** Words that put the review before the act or make it wait: a gate. */
const GATES: ReadonlySet<string> = new Set(['before', 'prior', 'until', 'pending']);
const REVIEWING: ReadonlySet<string> = new Set(V.REVIEW_VERBS);

/** Whether "after/following (det) <therapy event>" starts at `j`. */
function afterTherapy(words: readonly Word[], j: number): boolean {
  if (!AFTER.has(words[j]?.w ?? '')) return false;
  const at = words[j + 1]?.tag === 'det' ? j + 2 : j + 1;
  return V.THERAPY_EVENTS.has(words[at]?.w ?? '');
}

/** The first review verb of the chain that ends at `k` ("reviews the record and signs it": "reviews"). */
function firstReview(words: readonly Word[], clause: Clause, k: number): number {
  let first = k;
  for (let j = k - 1; j >= clause.from; j--) {
    if (words[j].tag !== 'verb') continue;
    if (!REVIEWING.has(words[j].lemma ?? '')) break;
    first = j;
  }
  return first;
}

/**
 * Whether the review verb at `k` (a physician's, active) goes over therapy already given: what it reviews names
 * the therapy or its changes, and that is a periodic summary or the sentence times the review after a therapy;
 * with no gate in the clause.
 */
export function retrospectiveReview(words: readonly Word[], clause: Clause, k: number): boolean {
  // (A gate may open the next clause: "reviews each weekly report before the new plan is sent".)
  for (let j = clause.from; j < words.length && j <= k + 10; j++) if (GATES.has(words[j].w)) return false;
  const r = firstReview(words, clause, k);
  let therapy = false;
  let periodic = false;
  for (let j = r + 1; j < words.length && j <= r + 10; j++) {
    const w = words[j];
    if (w.tag === 'punct' && w.w !== ',' && w.w !== '-') break;
    if (V.GIVEN_THERAPY_WORDS.has(w.w)) therapy = true;
    if (V.PERIODIC_WORDS.has(w.w) && j <= r + 4) periodic = true;
  }
  if (!therapy) return false;
  if (periodic) return true;
  // Fronted ("After the procedure, the endoscopist reviews …"): back to the first verb that is no other review.
  for (let j = r - 1; j >= 0 && j >= r - 16; j--) {
    if (afterTherapy(words, j)) return true;
    if (words[j].tag === 'verb' && !REVIEWING.has(words[j].lemma ?? '')) break;
  }
  for (let j = k + 1; j < clause.to; j++) if (afterTherapy(words, j)) return true;
  return false;
}

/**
 * "Each use of the device should be reviewed after the event" (stop 28): an audit of the device's use, a passive review
 * whose subject is the use, a log or an incident, reads no output, for the statistical reading either.
 */
export function auditOfUse(words: readonly Word[], clause: Clause): boolean {
  if (!clause.passive || clause.subject < 0 || !V.AUDITED_SUBJECTS.has(words[clause.subject].w)) return false;
  return clause.verbs.some((v) => V.REVIEW_VERBS.includes(words[v].lemma ?? ''));
}
