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
import { readerReadingAt } from './excluded';

/** Anyone who could read or approve, besides the physician nouns. */
const ANY_PERSON: ReadonlySet<string> = new Set(['anyone', 'anybody', 'human', 'person', 'someone', 'somebody']);
/** What nobody does "with nobody …" that would have read the output or changed the therapy (lemmas). */
const OVERSEEING: ReadonlySet<string> = new Set([
  ...V.REVIEW_VERBS, 'look', 'see', 'watch', 'sign', 'sanction', 'press', 'intervene', 'touch',
  'reprogram', 'program', 'programme', 'adjust', 'change', 'set',
  // "with no clinician triggering each pulse", "with nobody judging the attempt" (stop 56)
  'trigger', 'judge', 'decide',
]);
/** What a reviewer does not do "without …": reading, approving or judging the output (lemmas; no chores such as pressing). */
const READING_OR_APPROVING: ReadonlySet<string> = new Set([...V.REVIEW_VERBS, 'look', 'see', 'watch', 'sanction', 'intervene', 'trigger', 'judge', 'decide']);
/** Orders a person would otherwise have had to give: "without anyone having to order it", "… to discontinue it". */
const ORDERING_ACTS: ReadonlySet<string> = new Set(['order', 'request', 'prescribe', 'discontinue', 'cancel', 'book', 'refer', 'remember']);
/** Words of denial that turn "without" around: "never releases a value without a physician reviewing it". */
const DENIALS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'cannot', 'nothing', 'none', 'only']);
/** Words of no one at all after "with": "with nobody", "with no one", "with no human". */
const NOBODY: ReadonlySet<string> = new Set(['nobody', 'no-one']);

/** Care staff among the ambiguous humans: a change that waits for no nurse waits for nobody who would check it. */
const CARE_STAFF: ReadonlySet<string> = new Set(['nurse', 'nurses', 'rn', 'rns', 'team', 'staff', 'personnel', 'sonographer', 'sonographers', 'technologist', 'technologists', 'technician', 'technicians']);

/** Whether the word at j names someone who could read or approve the output (not a user, who may be the patient). */
function reviewerAt(words: readonly Word[], j: number): boolean {
  const w = words[j]?.w ?? '';
  return (V.PHYSICIAN_NOUNS.has(w) && (!V.AMBIGUOUS_HUMANS.has(w) || CARE_STAFF.has(w))) || ANY_PERSON.has(w) || V.LAB_READERS.has(w);
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

/**
 * Whether the one who does not wait is a patient or another lay person, the nearest such word or machine back from the wait
 * at v (stop 56): "so a patient whose numbers are falling does not wait for someone to walk past" is about the patient's
 * wait for care, not the software's output.
 */
function patientWaits(words: readonly Word[], v: number): boolean {
  for (let j = v - 1; j >= 0 && j >= v - 10; j--) {
    if (V.LAY_PEOPLE.has(words[j].w)) return true;
    if (V.SOFTWARE_NOUNS.has(words[j].w) || words[j].w === ',' || words[j].w === ';') return false;
  }
  return false;
}

/** The last word of "with nobody <overseeing>" starting at the "with" at k, or -1. */
function withNobody(words: readonly Word[], k: number): number {
  if (words[k].w !== 'with') return -1;
  let j = k + 1;
  if (NOBODY.has(words[j]?.w ?? '')) j++;
  else if (words[j]?.w === 'no' && (words[j + 1]?.w === 'one' || reviewerAt(words, j + 1))) j += 2;
  // ("with no molecular expert …", "with no duty microbiologist …": one word qualifying the reviewer)
  else if (words[j]?.w === 'no' && (words[j + 1]?.tag === 'adj' || words[j + 1]?.tag === 'noun') && reviewerAt(words, j + 2)) j += 3;
  else return -1;
  // ("with nobody at the console touching a dial" (stop 57): past a short place phrase)
  if ((words[j]?.w === 'at' || words[j]?.w === 'in' || words[j]?.w === 'on' || words[j]?.w === 'by') && !words[j + 1]?.w.endsWith('ing')) {
    let p = j + 1;
    if (words[p]?.tag === 'det') p++;
    if (words[p]?.tag === 'adj') p++;
    if (words[p]?.tag === 'noun' && words[p + 1]?.w.endsWith('ing')) j = p + 1;
  }
  const act = words[j];
  // ("with no therapist present", "with no molecular expert needed to read the curves" (stop 58): nobody there, or needed)
  if (act !== undefined && NOBODY_THERE.has(act.w)) return j;
  return act !== undefined && act.w.endsWith('ing') && OVERSEEING.has(act.lemma ?? baseOfIng(act.w)) && !patientSeen(words, j) ? j : -1;
}
/** What "with no <reviewer>" may say of them instead of an act: not there, or not needed. */
const NOBODY_THERE: ReadonlySet<string> = new Set(['present', 'involved', 'needed', 'required', 'necessary']);

/**
 * Whether the act at j is done to the patient, not to the output (stop 58): "estimates frailty from the record, without anyone
 * seeing the patient" says the record stands in for an examination; it says nothing of who reads the score.
 */
function patientSeen(words: readonly Word[], j: number): boolean {
  let p = j + 1;
  if (words[p]?.w === 'at' || words[p]?.w === 'to') p++;
  if (words[p]?.tag === 'det') p++;
  if (words[p]?.tag === 'adj') p++;
  // (the person as the head: not "the individual blinks")
  return V.PATIENT_NOUNS.has(words[p]?.w ?? '') && words[p + 1]?.tag !== 'noun';
}

/**
 * The last word of "with no <data> for a <reviewer> to <read>" at the "with" at k, or -1 (stop 57): "reports the call with no
 * curves for a technologist to read", "with no images for anyone to review". What a reviewer would have read is not there.
 */
function nothingToRead(words: readonly Word[], k: number): number {
  if (words[k].w !== 'with' || words[k + 1]?.w !== 'no') return -1;
  let j = k + 2;
  for (let modifiers = 0; modifiers < 3 && (words[j]?.tag === 'adj' || words[j]?.tag === 'noun'); modifiers++) j++;
  if (j === k + 2 || words[j]?.w !== 'for') return -1;
  j++;
  if (words[j]?.tag === 'det') j++;
  if (words[j]?.tag === 'adj') j++;
  // (laboratory staff too: "with no bands for a scientist to read")
  if (!(reviewerAt(words, j) || V.LAB_READERS.has(words[j]?.w ?? '')) || words[j + 1]?.tag !== 'to') return -1;
  const act = words[j + 2];
  return act !== undefined && READING_OR_APPROVING.has(act.lemma ?? act.w) ? j + 2 : -1;
}

/**
 * The last word of a reviewer left out, starting at the "without" at k, or -1 (stop 56): "without waiting for a doctor",
 * "without a therapist approving each one", "without anyone reading the report first", "without an adult having to judge".
 */
function withoutReviewer(words: readonly Word[], k: number): number {
  if (words[k].w !== 'without') return -1;
  // ("without a radiologist reading them" after the software's verdict is read, with its own guards, in excluded.ts; and a
  // physician named before the act made it theirs: "declared normal by Dr Smith and closed without a second reader")
  if (readerReadingAt(words, k + 1, false) >= 0) return -1;
  if (words.slice(0, k).some((w) => (V.PHYSICIAN_NOUNS.has(w.w) && !V.AMBIGUOUS_HUMANS.has(w.w)) || w.w === 'dr' || w.w === 'doctor')) return -1;
  if (words[k + 1]?.lemma === 'wait') return waitedFor(words, k + 1);
  let j = k + 1;
  if (words[j]?.tag === 'det' || words[j]?.w === 'any') j++;
  // (up to two modifiers: "without a speech therapist", "without the ward nurses")
  for (let modifiers = 0; modifiers < 2 && !reviewerAt(words, j) && (words[j]?.tag === 'adj' || words[j]?.tag === 'noun'); modifiers++) j++;
  if (!reviewerAt(words, j)) return -1;
  j++;
  if (words[j]?.w === 'having' && words[j + 1]?.w === 'to') j += 2;
  else if (words[j]?.w === 'needing' && words[j + 1]?.w === 'to') j += 2;
  const act = words[j];
  if (act === undefined) return -1;
  const lemma = act.lemma ?? (act.w.endsWith('ing') ? baseOfIng(act.w) : act.w);
  // ("without anyone having to order it" (stop 57): an order nobody had to place was placed by the software)
  const ordering = ORDERING_ACTS.has(lemma) && words[j - 1]?.w === 'to' && words[j - 2]?.w === 'having';
  return (READING_OR_APPROVING.has(lemma) || ordering) && (act.w.endsWith('ing') || words[j - 1]?.w === 'to') && !patientSeen(words, j) ? j : -1;
}

/**
 * Records the reviewer left out at [k, last] as autonomous, and drops a reading of that same phrase as the reviewer's duty
 * ("without a therapist having to judge it" says nobody judges).
 */
function pushLeftOut(out: WordCue[], k: number, last: number): void {
  for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'physician-interprets' && out[i].first >= k && out[i].last <= last + 1) out.splice(i, 1);
  out.push({ kind: 'autonomous', first: k, last });
}

/**
 * The last word of a reviewer left out of the clause's act at k, or -1 (stop 56): "sets the next dose without waiting for a
 * pharmacist", "makes those choices itself, without a therapist approving each one". The act goes ahead unreviewed unless
 * a person does it, it has no finite verb before "without" ("relying on the routing without a clinician …" names a
 * practice), or a denial before it turns the phrase into a condition ("never releases a value without a physician …").
 */
function reviewerLeftOut(words: readonly Word[], clause: Clause, k: number): number {
  if (words[k].w !== 'without' || clause.agent === 'physician' || clause.agent === 'other') return -1;
  if (!clause.verbs.some((v) => v < k && words[v].tag === 'verb' && words[v].form !== 'ing')) return -1;
  const left = withoutReviewer(words, k);
  return left >= 0 && !words.slice(0, k).some((w) => DENIALS.has(w.w)) ? left : -1;
}

/** The base of an -ing form the tagger gave no lemma: "reprogramming" → "reprogram", "adjusting" → "adjust". */
function baseOfIng(w: string): string {
  const base = w.slice(0, -3);
  return /([bdgklmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
}

export function waitsForNobodyCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged || out.some((c) => c.kind === 'autonomous')) return;
  // (into the next piece: "without" after a comma opens a clause of its own)
  const through = words[clause.to]?.w === ',' && words[clause.to + 1]?.w === 'without' ? clause.to + 2 : clause.to;
  for (let k = clause.from; k < through; k++) {
    if (k === clause.to) continue;
    if (k > clause.to) {
      const left = reviewerLeftOut(words, clause, k);
      if (left >= 0) pushLeftOut(out, k, left);
      return;
    }
    if (scope.negated[k - clause.from] && clause.agent !== 'physician' && clause.agent !== 'other') {
      const end = waitedFor(words, k);
      if (end >= 0 && !patientWaits(words, k)) {
        out.push({ kind: 'autonomous', first: k, last: end });
        return;
      }
    }
    const left = reviewerLeftOut(words, clause, k);
    if (left >= 0) {
      pushLeftOut(out, k, left);
      return;
    }
    const end = Math.max(withNobody(words, k), nothingToRead(words, k));
    // ("the nurse starts the pump with no doctor present": a person who acts with nobody there is no software acting alone)
    if (end >= 0 && NOBODY_THERE.has(words[end].w) && (clause.agent === 'physician' || clause.agent === 'other') && clause.subject >= 0 && clause.subject < k) continue;
    // (not where a physician reads elsewhere in the sentence, or where what goes unreviewed is the data's quality: "checks
    // image quality with no person reviewing it, and the radiologist reads every study")
    if (end >= 0 && !words.some((w, j) => (j < k || j > end + 1) && V.PHYSICIAN_NOUNS.has(w.w) && !V.AMBIGUOUS_HUMANS.has(w.w)) && !words.slice(clause.from, k).some((w) => w.w === 'quality')) {
      out.push({ kind: 'autonomous', first: k, last: end });
      return;
    }
  }
}
