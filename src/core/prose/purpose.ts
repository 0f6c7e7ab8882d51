/**
 * What an output is for, said with "be for" (round 16b): "What the tool finds is for notification and not for
 * diagnosis", "the preview is there for prioritisation only". The subject is the output or a part of it, which no list
 * names as an agent, so the `acts` stage reads no act; the purpose noun itself tells the class.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Purposes that make an output a notification for triage. */
const TRIAGE_PURPOSES: ReadonlySet<string> = new Set([
  'notification', 'notifications', 'prioritization', 'prioritisation', 'triage', 'triaging', 'flagging', 'alerting',
]);
/** Words that may stand between "be" and "for": "is there for", "is only for", "is intended solely for" is read elsewhere. */
const BETWEEN: ReadonlySet<string> = new Set(['there', 'only', 'solely', 'purely', 'just', 'meant', 'strictly']);

/** "<output> is (there / only) for (worklist) notification": an assistive cue on the purpose noun. */
export function purposeCues(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  // People are not for anything here ("the nurse is for triage" names a role). A relative clause's subject is its
  // antecedent: "a preview that is there for prioritisation" (the clause stage lends such a clause the sentence's agent).
  if (clause.passive) return;
  const relative = clause.opener === 'that' || clause.opener === 'which';
  const subject = relative ? words[clause.from - 2] : clause.subject >= 0 ? words[clause.subject] : undefined;
  if (subject === undefined ? clause.agent === 'physician' || clause.agent === 'other' : V.PHYSICIAN_NOUNS.has(subject.w) || V.OTHER_NOUNS.has(subject.w)) return;
  for (const v of clause.verbs) {
    if (words[v].tag !== 'be') continue;
    let j = v + 1;
    while (j < clause.to && j <= v + 2 && BETWEEN.has(words[j].w)) j++;
    if (words[j]?.w !== 'for') continue;
    // The purpose noun, after at most a determiner and one modifier: "for worklist prioritisation", "for the notification".
    for (let k = j + 1; k < clause.to && k <= j + 3; k++) {
      if (TRIAGE_PURPOSES.has(words[k].w)) {
        if (!scope.negated[k - clause.from]) out.push({ kind: 'assistive', first: k, last: k });
        return;
      }
      if (words[k].tag !== 'det' && words[k].tag !== 'noun' && words[k].tag !== 'adj') return;
    }
  }
}
