/**
 * Readings a physician does in a clause that the `acts` stage does not reach (round 15b):
 *
 * - a non-restrictive "who" clause on a physician who receives the data: "the center hands the tracings to
 *   the treating cardiologist, who evaluates them" (the physician reads what was handed over);
 * - a gate that waits for a physician's reading: "the result is no diagnosis until the neurologist has
 *   interpreted it" ("until" opens a condition, which `acts` skips as hypothetical).
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** The verbs of going over data that count as reading here: the strong review verbs, and the weak ones a named physician makes a reading. */
const READING_VERBS: ReadonlySet<string> = new Set([...V.REVIEW_VERBS.filter((v) => !V.WEAK_REVIEW_VERBS.has(v)), ...V.READ_WHEN_BY_PHYSICIAN]);
/** Not readings of the output even if listed above: a decision ("decide"), a diagnosis of the patient's history, a signature alone. */
const NOT_READING: ReadonlySet<string> = new Set(['decide', 'accept', 'sign']);
/** Modals that make the act an option ("who can review it"), which obliges nobody. */
const OPTIONAL_MODALS: ReadonlySet<string> = new Set(['may', 'can', 'could', 'might']);
/** Words that say nobody waits for the gate: "without waiting until the cardiologist has read it". */
const NOT_WAITING: ReadonlySet<string> = new Set(['wait', 'waits', 'waiting', 'waited']);

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
    return READING_VERBS.has(lemma) && !NOT_READING.has(lemma) && word.form !== 'ing' ? k : -1;
  }
  return -1;
}

/** ", who reviews it" after a named physician: the antecedent reads (from the antecedent to the verb). */
function relativeReader(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || (clause.opener !== 'who' && clause.opener !== 'whom')) return;
  if (clause.opener === 'whom') return; // "to whom it sends the result": the physician is no subject.
  if (words[clause.from - 2]?.w !== ',' || !physicianHead(words[clause.from - 3])) return;
  const verb = leadingReadingVerb(words, clause.from, clause.to);
  if (verb < 0 || scope.negated[verb - clause.from]) return;
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

export function readerCuesOfClause(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  relativeReader(words, clause, scope, out);
  readingGate(words, clause, scope, out);
}
