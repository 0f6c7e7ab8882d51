/**
 * Oversight after the fact (round 16a): a physician who goes over what the software already did reads
 * no output before it has effect, so the review is no `physician-interprets` cue:
 *
 * - periodic summaries: "the physician reviews the weekly reports", "a quarterly summary of the changes";
 * - a review timed after the therapy or procedure: "After the procedure, the anesthesiologist reviews the
 *   infusion record and signs it", "reviews the trace after the operation".
 *
 * A gate ("before the plan is sent") keeps the reading; "after the scan" (an exam, not a therapy) too.
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

/**
 * Whether the review verb at `k` (a physician's, active) goes over what was already done: its object (within
 * four words) is a periodic summary, or the sentence times it after a therapy, with no gate in the clause.
 */
export function retrospectiveReview(words: readonly Word[], clause: Clause, k: number): boolean {
  // (A gate may open the next clause: "reviews each weekly report before the new plan is sent".)
  for (let j = clause.from; j < words.length && j <= k + 10; j++) if (GATES.has(words[j].w)) return false;
  for (let j = k + 1; j < clause.to && j <= k + 4; j++) {
    const w = words[j];
    if (V.PERIODIC_WORDS.has(w.w)) return true;
    if (w.tag === 'verb' || w.tag === 'punct') break;
  }
  // Fronted ("After the procedure, the endoscopist reviews … and signs it"): back to the first verb that is no other review.
  for (let j = k - 1; j >= 0 && j >= k - 16; j--) {
    if (afterTherapy(words, j)) return true;
    if (words[j].tag === 'verb' && !REVIEWING.has(words[j].lemma ?? '')) break;
  }
  for (let j = k + 1; j < clause.to; j++) if (afterTherapy(words, j)) return true;
  return false;
}
