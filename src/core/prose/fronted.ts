/**
 * Readings named in a fronted phrase that belongs to no clause (round 16b): "After interpretation by a trained
 * clinician, the images …", "Upon review by the cardiologist, the report …". The clause stage starts the first clause
 * after the phrase's comma, so the `acts` stage never sees the review noun and the physician who does it.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Prepositions that put the sentence's act after a reading ("after", "following", "upon"). */
const AFTER_PREPS: ReadonlySet<string> = new Set(['after', 'following', 'upon', 'on']);

/** The named physician of a "by" phrase at k ("by a trained cardiologist"), within four words; -1 if none. */
function namedPhysicianAfter(words: readonly Word[], k: number, to: number): number {
  for (let j = k; j < to && j <= k + 3; j++) {
    const word = words[j];
    if (V.PHYSICIAN_NOUNS.has(word.w)) return V.AMBIGUOUS_HUMANS.has(word.w) ? -1 : j;
    if (word.tag !== 'det' && word.tag !== 'adj' && word.tag !== 'noun') return -1;
  }
  return -1;
}

/** "After (further) interpretation by a trained clinician, …" before the first clause: a physician reads first. */
export function frontedReviewCues(words: readonly Word[], clauses: readonly Clause[], out: WordCue[]): void {
  const first = clauses[0];
  // Cheap gate: a sentence that opens on one of four prepositions, with words before its first clause.
  if (!first || first.from < 4 || !AFTER_PREPS.has(words[0].w)) return;
  for (let k = 1; k < first.from - 1 && k <= 4; k++) {
    const word = words[k];
    if (word.tag === 'punct' || word.tag === 'verb') return;
    if (!V.REVIEW_NOUNS.has(word.w) || words[k + 1].w !== 'by') continue;
    const physician = namedPhysicianAfter(words, k + 2, first.from);
    if (physician >= 0) out.push({ kind: 'physician-interprets', first: k, last: physician });
    return;
  }
}
