/**
 * A therapy machine that stops its own therapy (stop 32): "if the eye moves too far, the laser stops automatically",
 * "the linac pauses by itself", "the stimulator switches off on its own". With no object, the machine named as the
 * subject is the therapy it gives; stopping it on its own is the device deciding, which Appendix S reads as autonomous.
 * Not when the stop answers a fault of the device ("the pump stops by itself when the reservoir is empty"), when a
 * person is named as the one who stops it, or when the sentence denies or hedges it.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import { onItsOwn, type WordCue } from './acts';
import * as V from './vocabulary';

/** Machines whose stopping is the therapy stopping. */
const THERAPY_MACHINES: ReadonlySet<string> = new Set([
  'laser', 'lasers', 'linac', 'linacs', 'accelerator', 'accelerators', 'beam', 'beams', 'pump', 'pumps', 'stimulator', 'stimulators',
  'neurostimulator', 'neurostimulators', 'generator', 'generators', 'infusion', 'delivery', 'treatment', 'irradiation',
]);
/** Verbs of stopping (lemmas); "switch", "turn" and "shut" only with "off". */
const STOPPING: ReadonlySet<string> = new Set(['stop', 'pause', 'halt', 'cease', 'suspend']);
/** What a fault of the device itself is: the stop then protects the device, it decides nothing about the patient. */
const FAULTS: ReadonlySet<string> = new Set([
  ...V.DEVICE_FAULT_NOUNS, 'battery', 'empty', 'error', 'errors', 'fault', 'faults', 'malfunction', 'malfunctions', 'occlusion', 'overheating', 'overheats',
  'breaks', 'broken', 'fracture', 'fractured', 'impedance', 'disconnected', 'disconnection', 'failure', 'fails', 'damaged',
]);

export function selfStoppingCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || clause.subject < 0 || scope.hypothetical || scope.hedged) return;
  if (!THERAPY_MACHINES.has(words[clause.subject].w)) return;
  for (const v of clause.verbs) {
    if (v <= clause.subject || scope.negated[v - clause.from]) continue;
    const lemma = words[v].lemma ?? '';
    let end = v;
    if (V.STOPPING_OFF_VERBS.has(lemma) && words[v + 1]?.w === 'off') end = v + 1;
    else if (!STOPPING.has(lemma)) continue;
    // intransitive: nothing but an adverb, "off" or punctuation after it ("stops automatically", "pauses by itself")
    const next = words[end + 1];
    if (next !== undefined && next.tag !== 'adv' && next.tag !== 'punct' && next.w !== 'by' && next.w !== 'on') continue;
    // "automatically", "by itself", "on its own" near the verb (before it too: "the laser automatically stops")
    if (!onItsOwn(words, clause, v)) continue;
    // (not on a fault of the device, nor when a person, or a control a person works, sets it off)
    if (words.some((w) => FAULTS.has(w.w) || V.PERSON_CONTROLS.has(w.w) || V.PHYSICIAN_NOUNS.has(w.w) || (V.OTHER_NOUNS.has(w.w) && w.w !== 'patient' && w.w !== 'patients'))) continue;
    out.push({ kind: 'autonomous', first: clause.subject, last: end });
    return;
  }
}
