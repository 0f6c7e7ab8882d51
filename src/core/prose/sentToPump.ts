/**
 * A therapy setting the software sends to the machine that gives it (stop 51): "calculates the new heparin rate and sends
 * it to the smart pump", "transmits each new basal rate to the insulin pump". Handing the machine its next setting is the
 * software giving the therapy (the machine carries it out unless someone stops it), as "sends the dose to the pump" already
 * reads. Not data sent elsewhere ("sends the readings to the clinic"), nor a person sending it, nor a denied or hoped-for act.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

const SENDING: ReadonlySet<string> = new Set(['send', 'transmit', 'push', 'pass', 'forward', 'relay', 'upload', 'write']);
/** Machines that give the therapy they are sent: "to the smart pump", "to the ventilator". */
const THERAPY_MACHINES: ReadonlySet<string> = new Set([...V.THERAPY_MACHINES, 'injector', 'injectors', 'syringe-driver', 'driver', 'drivers']);
/** What is sent: a setting of the therapy, or a pronoun for it. */
const SETTINGS: ReadonlySet<string> = new Set(['rate', 'rates', 'dose', 'doses', 'setting', 'settings', 'target', 'targets', 'command', 'commands', 'bolus', 'boluses', 'basal', 'it', 'them', 'change', 'changes', 'adjustment', 'adjustments']);

export function sentToPumpCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    if (words[v].tag !== 'verb' || !SENDING.has(words[v].lemma ?? '') || scope.negated[v - clause.from]) continue;
    // The setting sent, then "to" within a few words: "sends it to", "transmits each new basal rate to".
    const to = words.findIndex((w, j) => j > v && j < clause.to && j <= v + 6 && w.w === 'to');
    if (to < 0 || !words.slice(v + 1, to).some((w) => SETTINGS.has(w.w))) continue;
    for (let m = to + 1; m < clause.to && m <= to + 4; m++) {
      if (THERAPY_MACHINES.has(words[m].w) && (m === clause.to - 1 || words[m + 1]?.tag !== 'noun')) {
        out.push({ kind: 'autonomous', first: v, last: m });
        return;
      }
      if (words[m].tag !== 'det' && words[m].tag !== 'adj' && words[m].tag !== 'noun' && words[m].tag !== 'name') break;
    }
  }
}
