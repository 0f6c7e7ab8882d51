/**
 * A therapy the device gives, said as a noun with the word that makes it the machine's (round 16c): "with automated
 * external defibrillation", "provides automated insulin delivery", "offers closed-loop oxygen titration". The
 * device doing the therapy on its own is the autonomous case, whichever part of speech says it.
 *
 * Read at the automation word (the caller's loop over a clause's words looks it up in AUTOMATION). Not when the
 * phrase only names a kind of device or a mode ("automated insulin delivery systems", "the automated external
 * defibrillation (AED) mode is restricted to …"), nor under a negation, a hedge or a contrast.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';

export const AUTOMATION: ReadonlySet<string> = new Set(['automated', 'automatic', 'closed-loop', 'fully-automated', 'autonomous']);
/** Therapy acts said as nouns. */
const THERAPY_ACTS: ReadonlySet<string> = new Set([
  'defibrillation', 'cardioversion', 'pacing', 'dosing', 'titration', 'delivery', 'ventilation', 'stimulation', 'infusion', 'shock', 'shocks',
]);
/** What "delivery" must be of to be a therapy: "insulin delivery", not "report delivery". */
const DELIVERED: ReadonlySet<string> = new Set(['insulin', 'oxygen', 'drug', 'drugs', 'dose', 'bolus', 'shock', 'therapy', 'medication', 'gas']);
/** Words that may stand between the automation word and the act: "automated external defibrillation", "closed-loop oxygen titration". */
const ACT_MODIFIERS: ReadonlySet<string> = new Set([...DELIVERED, 'external', 'basal', 'rate', 'biphasic', 'dose', 'glucose', 'nerve', 'cardiac']);
/** Words before the phrase that make it what the device gives: "with", "for", or a verb. */
const GIVING_BEFORE: ReadonlySet<string> = new Set(['with', 'for', 'via', 'through']);

export function automatedTherapyCue(words: readonly Word[], clause: Clause, scope: ClauseScope, k: number, out: WordCue[]): void {
  if (clause.agent === 'physician' || scope.hypothetical || scope.hedged || scope.negated[k - clause.from]) return;
  let j = k + 1;
  while (j < clause.to && j <= k + 3 && ACT_MODIFIERS.has(words[j].w) && !THERAPY_ACTS.has(words[j].w)) j++;
  const act = words[j];
  if (act === undefined || j >= clause.to || !THERAPY_ACTS.has(act.w)) return;
  if (act.w === 'delivery' && !DELIVERED.has(words[j - 1].w)) return;
  // "automated insulin delivery systems", "automated external defibrillation (AED) mode": the phrase names a device or a mode.
  const after = words[j + 1];
  if (after !== undefined && (after.tag === 'noun' || after.tag === 'name' || after.w === '(')) return;
  // Before it: "fully", a determiner, then "with", "for" or a verb that is not the phrase's subject's.
  let b = k - 1;
  while (b >= clause.from && (words[b].tag === 'adv' || words[b].tag === 'det')) b--;
  const before = words[b];
  if (before === undefined || b < clause.from - 1) return;
  if (!GIVING_BEFORE.has(before.w) && before.tag !== 'verb') return;
  out.push({ kind: 'autonomous', first: k, last: j });
}
