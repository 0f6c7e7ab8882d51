/**
 * A therapy device that resets how it senses the patient (stop 52): "it reprograms atrial or ventricular sensitivity
 * itself", "resets the upper and lower sensing thresholds beat by beat", "drops the ventricular threshold to the
 * programmed minimum after each paced event", "shifts the insulin sensitivity factor with the day's readings". A
 * pacemaker's or defibrillator's sensing decides when it paces or shocks, and an insulin loop's sensitivity factor
 * decides its doses; the device changing them on its own changes the therapy it gives, which Appendix S reads as
 * autonomous.
 *
 * Only a sensing setting the therapy depends on (atrial, ventricular or sensing thresholds and sensitivities, an insulin
 * sensitivity), changed by the software in an active clause that is neither denied nor hoped for. A detector's own
 * threshold ("lowers the detection threshold for small nodules") changes only what it flags and stays unread here.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';

/** Verbs of changing a setting (lemmas). */
const CHANGING: ReadonlySet<string> = new Set([
  'reprogram', 'reset', 'adjust', 'readjust', 'lower', 'raise', 'drop', 'set', 'change', 'adapt', 'increase', 'decrease', 'reduce', 'update', 'tune', 'shift', 'recalibrate',
]);
/** What is changed: the setting itself. */
const SENSING_SETTINGS: ReadonlySet<string> = new Set(['sensitivity', 'sensitivities', 'threshold', 'thresholds', 'factor', 'factors']);
/** Words that make it a setting the therapy depends on: the chambers sensed, sensing itself, insulin sensitivity. */
const THERAPY_SENSING: ReadonlySet<string> = new Set(['atrial', 'ventricular', 'sensing', 'rv', 'ra', 'insulin']);
/** The longest object read between the verb and the setting: "the upper and lower sensing thresholds". */
const REACH = 6;

export function ownSensingCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    if (words[v].tag !== 'verb' || !CHANGING.has(words[v].lemma ?? '') || scope.negated[v - clause.from]) continue;
    let therapy = false;
    for (let j = v + 1; j < clause.to && j <= v + REACH; j++) {
      const w = words[j].w;
      if (THERAPY_SENSING.has(w)) therapy = true;
      if (SENSING_SETTINGS.has(w) && therapy) {
        out.push({ kind: 'autonomous', first: v, last: j });
        return;
      }
      if (words[j].tag === 'verb' || words[j].tag === 'punct' || words[j].tag === 'prep' || words[j].tag === 'to') break;
    }
  }
}
