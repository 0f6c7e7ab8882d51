/**
 * The device commanding the hardware that gives the therapy (round 16c): "commands the robot manipulator",
 * "drives the collimator", "its micro-bolus commands go straight to the pump". A command the software sends an
 * actuator is carried out with no person between, so the software decides and acts.
 *
 * Read at the actuator's noun (the caller's loop over a clause's words looks it up in ACTUATORS), looking back
 * a few words for the commanding verb or the command noun.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Hardware that carries a therapy out. */
export const ACTUATORS: ReadonlySet<string> = new Set([
  'pump', 'pumps', 'robot', 'robots', 'manipulator', 'manipulators', 'valve', 'valves', 'collimator', 'collimators', 'actuator', 'actuators',
]);
/** Forms of the verbs of commanding hardware (not the participle: "the robot is controlled by the surgeon" names who does). */
const COMMANDING: ReadonlySet<string> = new Set([
  'command', 'commands', 'commanding', 'drive', 'drives', 'driving', 'steer', 'steers', 'steering', 'control', 'controls', 'controlling',
]);
/** Nouns of what the software sends the hardware. */
const COMMAND_NOUNS: ReadonlySet<string> = new Set(['command', 'commands', 'instructions']);
/** Words that may stand in the actuator's noun phrase: "the connected insulin pump", "the robot manipulator". */
function inPhrase(word: Word): boolean {
  return word.tag === 'det' || word.tag === 'adj' || word.tag === 'noun' || word.tag === 'name';
}

/** Whether a person or a helping verb stands between the clause's subject and j ("lets the surgeon control the robot"). */
function personBefore(words: readonly Word[], clause: Clause, j: number): boolean {
  for (let i = Math.max(clause.from, clause.subject + 1); i < j; i++) {
    const w = words[i].w;
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || V.HELP_VERBS.includes(words[i].lemma ?? '')) return true;
  }
  return false;
}

/** The cue for the actuator at a, if the software commands it. */
export function actuatorCue(words: readonly Word[], clause: Clause, scope: ClauseScope, a: number, out: WordCue[]): void {
  if (clause.agent !== 'software' || scope.hypothetical || scope.hedged || scope.negated[a - clause.from]) return;
  // "commands the robot manipulator", "to drive the collimator": the verb, then only the actuator's noun phrase.
  let j = a - 1;
  while (j > clause.from && j >= a - 4 && inPhrase(words[j]) && !COMMANDING.has(words[j].w)) j--;
  const verb = words[j];
  const nounBefore = words[j - 1] !== undefined && (words[j - 1].tag === 'det' || words[j - 1].tag === 'adj');
  if (j >= clause.from && COMMANDING.has(verb.w) && !nounBefore && !personBefore(words, clause, j)) {
    out.push({ kind: 'autonomous', first: j, last: a });
    return;
  }
  // "its micro-bolus commands go straight to the pump", "sends its dosing commands to the insulin pump".
  for (let k = a - 1; k >= clause.from && k >= a - 8; k--) {
    if (words[k].tag === 'punct' || words[k].tag === 'sub') return;
    if (COMMAND_NOUNS.has(words[k].w) && words[k].tag !== 'verb' && !personBefore(words, clause, k)) {
      for (let t = k + 1; t < a; t++) {
        if (words[t].w === 'to' || words[t].w === 'into') {
          out.push({ kind: 'autonomous', first: k, last: a });
          return;
        }
      }
      return;
    }
  }
}
