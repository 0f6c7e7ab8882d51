/**
 * A therapy set off by the patient's own state, with nobody choosing it (stop 39): "each detected freezing episode triggers
 * vibratory stimulation", "stimulation is triggered only when the biomarker signals a high-symptom state", "a shock is
 * delivered if the rhythm is shockable". The device decides when to treat from what it senses, which is the autonomous
 * case, as "therapy begins automatically when …" (`loops.ts`) is.
 *
 * Read over the sentence's words (the tagger often takes "triggers" for a noun after a noun). Not under a negation or a
 * hedge before the therapy, and not when a person sets it off ("stimulation is delivered when the patient presses the
 * button", "when the clinician switches it on").
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Events of the patient's state that a device senses. */
const SENSED_EVENTS: ReadonlySet<string> = new Set([
  'episode', 'episodes', 'event', 'events', 'seizure', 'seizures', 'detection', 'detections', 'apnea', 'apnoea', 'apneas', 'apnoeas',
  'arrhythmia', 'arrhythmias', 'freeze', 'freezes', 'freezing', 'tremor', 'tremors', 'onset', 'spike', 'spikes', 'burst', 'bursts',
]);
/** Verbs (surface forms) of setting a therapy off. */
const SETTING_OFF: ReadonlySet<string> = new Set(['triggers', 'trigger', 'initiates', 'initiate', 'starts', 'start', 'prompts', 'launches', 'activates']);
/** Therapies a sensed event may set off. */
const SET_OFF_THERAPIES: ReadonlySet<string> = new Set([
  'stimulation', 'stimuli', 'stimulus', 'shock', 'shocks', 'pacing', 'cueing', 'cue', 'cues', 'therapy', 'infusion', 'bolus', 'dose',
  'defibrillation', 'cardioversion', 'compression', 'compressions', 'vibration', 'vibrations', 'pulse', 'pulses', 'treatment',
]);
/** Passive verbs of a therapy given. */
const GIVEN: ReadonlySet<string> = new Set(['delivered', 'triggered', 'given', 'applied', 'started', 'initiated', 'released', 'administered', 'switched']);
/** Conjunctions of the moment or the condition it is given at. */
const AT_MOMENT: ReadonlySet<string> = new Set(['when', 'whenever', 'once', 'if', 'upon', 'on']);
/** Acts of a person that set a therapy off: "when the patient presses the button". */
const PERSON_ACTS: ReadonlySet<string> = new Set([
  'press', 'presses', 'pressed', 'push', 'pushes', 'switch', 'switches', 'turn', 'turns', 'activate', 'activates', 'request', 'requests',
  'choose', 'chooses', 'select', 'selects', 'decide', 'decides', 'prescribe', 'prescribes', 'prescribed', 'order', 'orders', 'ordered',
  'button', 'command', 'demand',
]);

export function triggeredTherapyCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let k = 0; k < words.length; k++) {
    const hit = eventSetsOff(words, k) ?? therapyGivenAt(words, k);
    if (!hit) continue;
    if (words.slice(Math.max(0, hit[0] - 4), hit[0]).some((w) => V.DENY_OR_HEDGE.has(w.w) || w.tag === 'neg')) continue;
    out.push({ kind: 'autonomous', first: hit[0], last: hit[1] });
    return;
  }
}

/** "each detected freezing episode triggers vibratory stimulation": [event, therapy], or undefined. */
function eventSetsOff(words: readonly Word[], k: number): [number, number] | undefined {
  if (!SENSED_EVENTS.has(words[k].w) || !SETTING_OFF.has(words[k + 1]?.w ?? '')) return undefined;
  // the event is the subject: what stands before it is a determiner, a modifier or the sentence's start
  const before = words[k - 1];
  if (before !== undefined && before.tag === 'prep') return undefined;
  for (let j = k + 2; j < words.length && j <= k + 7; j++) {
    if (SET_OFF_THERAPIES.has(words[j].w)) return [k, j];
    // "starts a burst of phrenic nerve stimulation"
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].w !== 'of') return undefined;
  }
  return undefined;
}

/** "stimulation is triggered only when the biomarker signals …", "a shock is delivered if …": [therapy, conjunction], or undefined. */
function therapyGivenAt(words: readonly Word[], k: number): [number, number] | undefined {
  if (!SET_OFF_THERAPIES.has(words[k].w) || words[k + 1]?.tag !== 'be') return undefined;
  let v = k + 2;
  while (v < words.length && v <= k + 4 && words[v].tag === 'adv' && !AT_MOMENT.has(words[v].w)) v++;
  if (!GIVEN.has(words[v]?.w ?? '')) return undefined;
  let c = v + 1;
  while (c < words.length && c <= v + 3 && (words[c].tag === 'adv' || words[c].w === 'only') && !AT_MOMENT.has(words[c].w)) c++;
  // "as soon as", "each time"
  if (words[c]?.w === 'as' && words[c + 1]?.w === 'soon' && words[c + 2]?.w === 'as') c += 2;
  else if (words[c]?.w === 'each' && words[c + 1]?.w === 'time') c += 1;
  else if (!AT_MOMENT.has(words[c]?.w ?? '')) return undefined;
  // "on demand", "on request": a person asks for it
  if (words[c].w === 'on' && !SENSED_EVENTS.has(words[c + 1]?.w ?? '') && words[c + 1]?.w !== 'detection') return undefined;
  for (let j = c + 1; j < words.length && j <= c + 7; j++) {
    const w = words[j].w;
    if (words[j].tag === 'punct') break;
    if (PERSON_ACTS.has(w) || V.PHYSICIAN_NOUNS.has(w) || V.LAY_PEOPLE.has(w) || w === 'user' || w === 'operator') return undefined;
  }
  return [k, c];
}
