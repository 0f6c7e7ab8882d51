/**
 * A change that waits for nobody (stop 53): "None of these changes waits for a nurse to approve it", "the new dose never
 * waits for a doctor", "it plays the clicks with nobody approving each one", "a suspected result is taken as positive with
 * nobody looking at the images". No person stands between the software's output and its effect, which Appendix S reads as
 * autonomous.
 *
 * Only "wait for" under a denial and naming a reviewer (a physician, a nurse, anyone), and "with nobody" before a review or
 * a change of the therapy where no physician reads elsewhere in the sentence. A wait that is not denied ("any adjustment
 * has to wait for a clinic appointment"), nobody doing a chore ("with nobody uploading it by hand") and a quality check
 * nobody reviews stay unread here.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Anyone who could read or approve, besides the physician nouns. */
const ANY_PERSON: ReadonlySet<string> = new Set(['anyone', 'anybody', 'human', 'person', 'someone', 'somebody']);
/** What nobody does "with nobody …" that would have read the output or changed the therapy (lemmas). */
const OVERSEEING: ReadonlySet<string> = new Set([
  ...V.REVIEW_VERBS, 'look', 'see', 'watch', 'sign', 'sanction', 'press', 'intervene', 'touch',
  'reprogram', 'program', 'programme', 'adjust', 'change', 'set',
]);
/** Words of no one at all after "with": "with nobody", "with no one", "with no human". */
const NOBODY: ReadonlySet<string> = new Set(['nobody', 'no-one']);

/** Care staff among the ambiguous humans: a change that waits for no nurse waits for nobody who would check it. */
const CARE_STAFF: ReadonlySet<string> = new Set(['nurse', 'nurses', 'rn', 'rns', 'team', 'staff', 'personnel', 'sonographer', 'sonographers', 'technologist', 'technologists', 'technician', 'technicians']);

/** Whether the word at j names someone who could read or approve the output (not a user, who may be the patient). */
function reviewerAt(words: readonly Word[], j: number): boolean {
  const w = words[j]?.w ?? '';
  return (V.PHYSICIAN_NOUNS.has(w) && (!V.AMBIGUOUS_HUMANS.has(w) || CARE_STAFF.has(w))) || ANY_PERSON.has(w);
}

/** The last word of "wait(s) for <a reviewer>" at v, past a determiner and up to two modifiers ("the ward nurses"), or -1. */
function waitedFor(words: readonly Word[], v: number): number {
  // (by its lemma, not its tag: "changes waits" may be tagged as two nouns, but "waits" keeps the lemma "wait")
  if (words[v].lemma !== 'wait' || words[v + 1]?.w !== 'for') return -1;
  let j = v + 2;
  if (words[j]?.tag === 'det') j++;
  for (let modifiers = 0; modifiers < 2 && !reviewerAt(words, j) && (words[j]?.tag === 'adj' || words[j]?.tag === 'noun'); modifiers++) j++;
  return reviewerAt(words, j) ? j : -1;
}

/** The last word of "with nobody <overseeing>" starting at the "with" at k, or -1. */
function withNobody(words: readonly Word[], k: number): number {
  if (words[k].w !== 'with') return -1;
  let j = k + 1;
  if (NOBODY.has(words[j]?.w ?? '')) j++;
  else if (words[j]?.w === 'no' && (words[j + 1]?.w === 'one' || reviewerAt(words, j + 1))) j += 2;
  else return -1;
  const act = words[j];
  return act !== undefined && act.w.endsWith('ing') && OVERSEEING.has(act.lemma ?? baseOfIng(act.w)) ? j : -1;
}

/** The base of an -ing form the tagger gave no lemma: "reprogramming" → "reprogram", "adjusting" → "adjust". */
function baseOfIng(w: string): string {
  const base = w.slice(0, -3);
  return /([bdgklmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
}

export function waitsForNobodyCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged || out.some((c) => c.kind === 'autonomous')) return;
  for (let k = clause.from; k < clause.to; k++) {
    if (scope.negated[k - clause.from] && clause.agent !== 'physician' && clause.agent !== 'other') {
      const end = waitedFor(words, k);
      if (end >= 0) {
        out.push({ kind: 'autonomous', first: k, last: end });
        return;
      }
    }
    const end = withNobody(words, k);
    // (not where a physician reads elsewhere in the sentence, or where what goes unreviewed is the data's quality: "checks
    // image quality with no person reviewing it, and the radiologist reads every study")
    if (end >= 0 && !words.some((w, j) => (j < k || j > end + 1) && V.PHYSICIAN_NOUNS.has(w.w) && !V.AMBIGUOUS_HUMANS.has(w.w)) && !words.slice(clause.from, k).some((w) => w.w === 'quality')) {
      out.push({ kind: 'autonomous', first: k, last: end });
      return;
    }
  }
}
