/**
 * Readings a physician does in a clause that the `acts` stage does not reach (round 15b):
 *
 * - a non-restrictive "who" clause on a physician who receives the data: "the center hands the tracings to
 *   the treating cardiologist, who evaluates them" (the physician reads what was handed over);
 * - a gate that waits for a physician's reading: "the result is no diagnosis until the neurologist has
 *   interpreted it" ("until" opens a condition, which `acts` skips as hypothetical);
 * - a physician who reports on the study (stop 30): "every scan is still reported by a radiologist";
 * - a passive reading done by hand (stop 30): "each image must be reviewed by hand";
 * - a case passed on to a physician to be read (stop 30): "go to a breast radiologist for interpretation".
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** The verbs of going over data that count as reading here: the strong review verbs, and the weak ones a named physician makes a reading. */
const READING_VERBS: ReadonlySet<string> = new Set([...V.REVIEW_VERBS.filter((v) => !V.WEAK_REVIEW_VERBS.has(v)), ...V.READ_WHEN_BY_PHYSICIAN]);
/** The strong review verbs alone ("review", "interpret", "confirm", "read"), not "assess" or "evaluate". */
const STRONG_READING_VERBS: ReadonlySet<string> = new Set(V.REVIEW_VERBS.filter((v) => !V.WEAK_REVIEW_VERBS.has(v)));
/** Not readings of the output even if listed above: a decision ("decide"), a diagnosis of the patient's history, a signature alone. */
const NOT_READING: ReadonlySet<string> = new Set(['decide', 'accept', 'sign']);
/** Modals that make the act an option ("who can review it"), which obliges nobody. */
const OPTIONAL_MODALS: ReadonlySet<string> = new Set(['may', 'can', 'could', 'might']);
/** Words that say nobody waits for the gate: "without waiting until the cardiologist has read it". */
const NOT_WAITING: ReadonlySet<string> = new Set(['wait', 'waits', 'waiting', 'waited']);

/**
 * Whether the reading at k sits in a statistic's comparison (stop 38): "Its accuracy is measured against the diagnoses of
 * two endoscopists, who adjudicate the cases". Looking back from k: "against" or "versus", with a statistic noun before it,
 * and no clause of use in between (no modal, no "but", "yet" or "while", no comma before "and"), within the sentence's
 * stretch up to a semicolon, colon or full stop. The readers are then the study's reference, not a reading in care.
 */
export function measuredAgainstBefore(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 1; j--) {
    const w = words[j].w;
    if (w === ';' || w === '.' || w === ':' || words[j].tag === 'modal' || TURNS.has(w) || (w === 'and' && words[j - 1]?.w === ',')) return false;
    if (w !== 'against' && w !== 'versus') continue;
    for (let i = j - 1; i >= 0; i--) {
      if (words[i].w === ';' || words[i].w === '.' || words[i].w === ':') return false;
      if (V.STATISTIC_WORDS.has(words[i].w) && words[i].tag === 'noun') return true;
    }
    return false;
  }
  return false;
}
/** Words that turn from a study to use in care: "…, but a pathologist must confirm". */
const TURNS: ReadonlySet<string> = new Set(['but', 'yet', 'while', 'whereas', 'however']);

function physicianHead(word: Word | undefined): boolean {
  return word !== undefined && V.PHYSICIAN_NOUNS.has(word.w) && !V.AMBIGUOUS_HUMANS.has(word.w);
}

/** The clause's first reading verb, when only adverbs, auxiliaries and a non-optional modal stand before it; -1 otherwise. */
function leadingReadingVerb(words: readonly Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const word = words[k];
    if (word.tag === 'adv' || word.tag === 'have' || word.tag === 'be') continue;
    if (word.tag === 'modal' && !OPTIONAL_MODALS.has(word.w)) continue;
    if (word.tag !== 'verb') return -1;
    const lemma = word.lemma ?? word.w;
    // ("until a pharmacist has looked at the proposal", "until the consultant has gone through it" (stop 47): looking the
    // output over, which the gate waits for, is reading it)
    const lookedOver = (lemma === 'look' && LOOKED_OVER.has(words[k + 1]?.w ?? '')) || (lemma === 'go' && (words[k + 1]?.w === 'through' || words[k + 1]?.w === 'over'));
    // ("… go to the cardiologist, who makes the final decision" (stop 47): the physician who settles the case on it reads it;
    // not "who makes the actual change", which may only carry out a Level I recommendation)
    if (lemma === 'make' && word.form !== 'ing') {
      let n = k + 1;
      while (n < to && n <= k + 3 && (words[n].tag === 'det' || MADE_QUALIFIERS.has(words[n].w))) n++;
      return MADE_DECISIONS.has(words[n]?.w ?? '') ? n : -1;
    }
    return (READING_VERBS.has(lemma) || lookedOver) && !NOT_READING.has(lemma) && word.form !== 'ing' ? (lookedOver ? k + 1 : k) : -1;
  }
  return -1;
}

/** What a physician makes of the output: "makes the final decision", "makes the call". */
const MADE_DECISIONS: ReadonlySet<string> = new Set(['decision', 'decisions', 'call', 'diagnosis']);
const MADE_QUALIFIERS: ReadonlySet<string> = new Set(['actual', 'final', 'real', 'ultimate', 'treatment', 'clinical']);
/** Particles by which one looks an output over: "looked at", "looked through", "looked over". */
const LOOKED_OVER: ReadonlySet<string> = new Set(['at', 'through', 'over']);

/** ", who reviews it" after a named physician: the antecedent reads (from the antecedent to the verb). */
function relativeReader(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || (clause.opener !== 'who' && clause.opener !== 'whom')) return;
  if (clause.opener === 'whom') return; // "to whom it sends the result": the physician is no subject.
  if (words[clause.from - 2]?.w !== ',' || !physicianHead(words[clause.from - 3])) return;
  const verb = leadingReadingVerb(words, clause.from, clause.to);
  if (verb < 0 || scope.negated[verb - clause.from] || measuredAgainstBefore(words, verb)) return;
  out.push({ kind: 'physician-interprets', first: clause.from - 3, last: verb });
}

/** "until the sleep physician has interpreted the report": the output waits for a physician's reading. */
function readingGate(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.opener !== 'until') return;
  for (let j = Math.max(0, clause.from - 6); j < clause.from; j++) if (NOT_WAITING.has(words[j].w)) return;
  // The subject: an optional determiner and modifiers, then a named physician, right before the verb group.
  let k = clause.from;
  while (k < clause.to && (words[k].tag === 'det' || words[k].tag === 'adj' || words[k].tag === 'noun') && !physicianHead(words[k])) k++;
  if (!physicianHead(words[k])) return;
  const subject = k;
  const verb = leadingReadingVerb(words, subject + 1, clause.to);
  // (The scope stage's negation, as for the relative reader: "until the physician has not yet read it" gates nothing.)
  if (verb < 0 || scope.negated[verb - clause.from]) return;
  out.push({ kind: 'physician-interprets', first: subject, last: verb });
}

/** What a physician reports on by reading it: "every radiograph is reported by a radiologist", "reports each study". */
const REPORTED_ON: ReadonlySet<string> = new Set([
  'study', 'studies', 'scan', 'scans', 'image', 'images', 'radiograph', 'radiographs', 'film', 'films', 'exam', 'exams', 'examination',
  'examinations', 'mammogram', 'mammograms', 'case', 'cases', 'slide', 'slides', 'tracing', 'tracings', 'recording', 'recordings',
  'echocardiogram', 'echocardiograms', 'ecg', 'ecgs', 'x-ray', 'x-rays', 'ct', 'mri', 'angiogram', 'angiograms',
]);

/** The head noun of a noun phrase starting at j (past determiners, numbers and modifiers), or -1. */
function headFrom(words: readonly Word[], j: number, to: number): number {
  let head = -1;
  for (let i = j; i < to && i <= j + 4; i++) {
    const t = words[i].tag;
    if (t === 'det' || t === 'num' || t === 'adj') continue;
    if (t === 'noun' || t === 'name') head = i;
    else break;
  }
  return head;
}

/**
 * A physician who reports on the study reads it (stop 30): "every radiograph, flagged or not, is still reported by a
 * radiologist", "a cardiologist reports each echocardiogram". Present tense only: "the films were reported by two
 * radiologists" tells how a study's reference was set.
 */
function reportedByPhysician(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical) return;
  for (let k = clause.from; k < clause.to; k++) {
    const w = words[k].w;
    if (w !== 'reported' && w !== 'reports' && w !== 'report') continue;
    if (scope.negated[k - clause.from]) return;
    if (w === 'reported' && words[k + 1]?.w === 'by') {
      // "is (still) reported by": a present passive.
      let b = k - 1;
      while (b >= clause.from && words[b].tag === 'adv') b--;
      if (words[b]?.w !== 'is' && words[b]?.w !== 'are') return;
      const by = headFrom(words, k + 2, clause.to);
      if (by < 0 || !physicianHead(words[by])) return;
      // (The subject may open the sentence before an aside: "Every radiograph, flagged or not, is still reported by …".)
      const opening = headFrom(words, 0, k);
      if (!(clause.subject >= 0 && REPORTED_ON.has(words[clause.subject].w)) && !(opening >= 0 && REPORTED_ON.has(words[opening].w))) return;
      out.push({ kind: 'physician-interprets', first: k, last: by });
      return;
    }
    if (w === 'reports' && words[k].tag === 'verb' && clause.subject >= 0 && clause.subject < k && physicianHead(words[clause.subject])) {
      const object = headFrom(words, k + 1, clause.to);
      if (object < 0 || !REPORTED_ON.has(words[object].w)) return;
      out.push({ kind: 'physician-interprets', first: clause.subject, last: k });
      return;
    }
  }
}

/**
 * A passive reading done by hand (stop 30): "each image must be reviewed by hand", "every flagged slide is checked
 * manually". A hand is a person's, so the output waits for someone's reading even though no physician is named.
 */
function manualReading(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || !clause.passive || V.TIME_SUBORDINATORS.has(clause.opener)) return;
  for (let k = clause.from; k < clause.to; k++) {
    const word = words[k];
    if (word.tag !== 'verb' || word.form !== 'ed') continue;
    const lemma = word.lemma ?? word.w;
    // (a strong reading verb only: "while the ECG is assessed manually" is another way of working, not a reading the output waits for)
    if ((!STRONG_READING_VERBS.has(lemma) && lemma !== 'check') || NOT_READING.has(lemma) || scope.negated[k - clause.from]) continue;
    const byHand = words[k + 1]?.w === 'by' && words[k + 2]?.w === 'hand';
    const manually = words[k + 1]?.w === 'manually' || words[k - 1]?.w === 'manually';
    if (!byHand && !manually) continue;
    // (the passive's own verb group: "is", "must be", "had to be", "are still")
    const group = words.slice(Math.max(clause.from, k - 4), k);
    if (!group.some((w) => w.tag === 'be')) continue;
    // Not an option ("can be reviewed by hand") nor a study's past ("were reviewed manually to set the reference"), though
    // a past duty still binds ("still had to be reviewed by hand").
    if (group.some((w) => OPTIONAL_MODALS.has(w.w))) return;
    if (group.some((w) => w.w === 'was' || w.w === 'were')) return;
    out.push({ kind: 'physician-interprets', first: words[k - 1]?.w === 'manually' ? k - 1 : k, last: byHand ? k + 2 : words[k + 1]?.w === 'manually' ? k + 1 : k });
    return;
  }
}

/** Verbs of passing a case on to a reader: "go to a radiologist for interpretation", "are sent to the pathologist for review". */
const PASSED_ON: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'sent', 'passed', 'forwarded', 'referred', 'routed', 'handed', 'escalated']);
/** Words before the verb that deny or make it a mere possibility ("are not sent", "may go"); an obligation ("must be sent") binds. */
const NOT_PASSED: ReadonlySet<string> = new Set(['not', 'never', "n't", 'no', 'cannot', 'if', 'unless', 'may', 'might', 'could', 'can', 'would']);
/** What the reader is sent the case for. */
const FOR_READING: ReadonlySet<string> = new Set(['interpretation', 'review', 'reading', 'diagnosis', 'reporting', 'over-read', 'overread', 'confirmation']);

/**
 * A case passed on to a physician to be read (stop 30): "uncertain examinations go to a breast radiologist for
 * interpretation", "flagged slides are sent to the pathologist for review". Not when denied ("are not sent for reading")
 * or said of a person ("the nurse goes to the physician for advice"). Read over the sentence's words: the tagger often
 * takes "go" for a noun, and then the sentence has no clause.
 */
export function passedToReaderCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'physician-interprets')) return;
  for (let k = 1; k < words.length; k++) {
    if (!PASSED_ON.has(words[k].w) || words[k + 1]?.w !== 'to') continue;
    if (words.slice(Math.max(0, k - 3), k).some((w) => NOT_PASSED.has(w.w))) continue;
    const reader = headFrom(words, k + 2, words.length);
    if (reader < 0 || !physicianHead(words[reader]) || words[reader + 1]?.w !== 'for') continue;
    // ("for reading": the tagger may take the gerund for a verb)
    const reading = FOR_READING.has(words[reader + 2]?.w ?? '') ? reader + 2 : headFrom(words, reader + 2, words.length);
    if (reading < 0 || !FOR_READING.has(words[reading].w)) continue;
    // (what is passed on: no person, whose going to a physician is a visit)
    const mover = headFrom(words, Math.max(0, k - 4), k);
    if (mover >= 0 && (V.PHYSICIAN_NOUNS.has(words[mover].w) || V.OTHER_NOUNS.has(words[mover].w))) continue;
    if (words.slice(0, k).some((w) => V.OTHER_NOUNS.has(w.w) || w.w === 'patient' || w.w === 'patients')) continue;
    out.push({ kind: 'physician-interprets', first: k, last: reading });
    return;
  }
}

export function readerCuesOfClause(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  relativeReader(words, clause, scope, out);
  readingGate(words, clause, scope, out);
  reportedByPhysician(words, clause, scope, out);
  manualReading(words, clause, scope, out);
}
