/**
 * Nobody reads the output before it takes effect (round 17c): "Nobody reviews the dose before the pump delivers it",
 * "No one checks the new rate before it takes effect". The same fact the sets write as "No clinician reviews … before
 * the pump carries them out" (read elsewhere, through the physician's negated review), said with a pronoun that names
 * no one: the output is acted on unread, the autonomous case.
 *
 * Only as a plain statement followed by the moment the output takes effect ("before …", "until …"): an obligation
 * denied ("No one has to approve each pressure change") or a disclaimer ("Nobody should diagnose from the app alone")
 * says what is not required or not advised, not that nobody reads.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Words after "no" that name no one at all: "no one", "no human", "no person". */
const NO_ONE: ReadonlySet<string> = new Set(['one', 'human', 'humans', 'person', 'people', 'expert', 'experts', 'staff', 'professional', 'professionals', 'reader', 'readers']);
const REVIEWING: ReadonlySet<string> = new Set([...V.REVIEW_VERBS, 'see', 'touch', 'sanction']);
/** Words that open the moment the output takes effect. */
const EFFECT_OPENERS: ReadonlySet<string> = new Set(['before', 'until']);

/** The index of the last word of the "nobody" subject at the clause's start, or -1. */
function nobodySubject(words: readonly Word[], from: number): number {
  const w = words[from]?.w;
  if (w === 'nobody' || w === 'no-one') return from;
  if (w === 'no' && NO_ONE.has(words[from + 1]?.w ?? '')) return from + 1;
  return -1;
}

export function nobodyReadsCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.obliged || scope.hedged || scope.hypothetical || out.some((c) => c.kind === 'autonomous')) return; // one cue per act (the sentence already says it)
  const subject = nobodySubject(words, clause.from);
  if (subject < 0) return;
  const verb = words[subject + 1];
  if (verb === undefined || verb.tag !== 'verb' || (verb.form !== 's' && verb.form !== 'base') || !REVIEWING.has(verb.lemma ?? '')) return;
  for (let j = subject + 2; j < words.length; j++) {
    if (words[j].tag === 'punct' && words[j].w !== ',' && words[j].w !== '-') return;
    if (EFFECT_OPENERS.has(words[j].w)) {
      out.push({ kind: 'autonomous', first: clause.from, last: subject + 1 });
      return;
    }
  }
}
