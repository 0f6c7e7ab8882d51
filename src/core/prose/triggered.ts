/**
 * A therapy set off by the patient's own state, with nobody choosing it (stop 39): "each detected freezing episode triggers
 * vibratory stimulation", "stimulation is triggered only when the biomarker signals a high-symptom state", "a shock is
 * delivered if the rhythm is shockable". The device decides when to treat from what it senses, which is the autonomous
 * case, as "therapy begins automatically when …" (`loops.ts`) is.
 *
 * Read over the sentence's words (the tagger often takes "triggers" for a noun after a noun), with the condition after the
 * therapy or first ("If the rhythm is shockable, a shock is delivered"). The condition must name
 * something sensed ("when appropriate", "once the consent form is signed" name nothing the device senses); not under a
 * negation or a hedge before the therapy, not in a study's or a protocol's sentence ("in the active arm", "according to the
 * hospital protocol"), and not when a person sets it off ("when the patient presses the button", "once the rescuer places
 * the device").
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Events of the patient's state that a device senses. */
const SENSED_EVENTS: ReadonlySet<string> = new Set([
  'episode', 'episodes', 'event', 'events', 'seizure', 'seizures', 'detection', 'detections', 'apnea', 'apnoea', 'apneas', 'apnoeas',
  'arrhythmia', 'arrhythmias', 'freeze', 'freezes', 'freezing', 'tremor', 'tremors', 'onset', 'spike', 'spikes', 'burst', 'bursts',
]);
/** Words of the condition that say the device senses it: "when the biomarker signals …", "if the rhythm is shockable". */
const SENSED_CONDITION: ReadonlySet<string> = new Set([
  ...SENSED_EVENTS, 'detected', 'detects', 'detect', 'sensed', 'senses', 'sense', 'signal', 'signals', 'biomarker', 'biomarkers',
  'threshold', 'thresholds', 'shockable', 'rhythm', 'crosses', 'exceeds', 'measured', 'recorded', 'activity', 'sensor', 'sensors',
  'algorithm', 'device', 'system', 'conditions', 'state', 'rises', 'falls', 'drops', 'fibrillation', 'tachycardia',
]);
/** Verbs (surface forms) of setting a therapy off. */
const SETTING_OFF: ReadonlySet<string> = new Set(['triggers', 'trigger', 'initiates', 'initiate', 'starts', 'start', 'prompts', 'launches', 'activates']);
/**
 * Therapies a sensed event may set off: the therapy nouns a device gives in a dose or a burst (a subset of
 * `V.THERAPY_NOUNS`, without its plans, referrals and flows) and the cues and pulses of a worn device.
 */
const SET_OFF_THERAPIES: ReadonlySet<string> = new Set([
  ...['stimulation', 'shock', 'shocks', 'pacing', 'therapy', 'infusion', 'bolus', 'dose', 'defibrillation', 'cardioversion', 'compressions', 'treatment'].filter((w) => V.THERAPY_NOUNS.includes(w)),
  'stimuli', 'stimulus', 'cueing', 'cue', 'cues', 'vibration', 'vibrations', 'pulse', 'pulses', 'compression',
]);
/** Passive participles of a therapy given. */
const GIVEN_PARTICIPLES: ReadonlySet<string> = new Set(['delivered', 'triggered', 'given', 'applied', 'provided', 'started', 'initiated', 'released', 'administered', 'switched']);
/** Conjunctions of the moment or the condition it is given at. */
const AT_MOMENT: ReadonlySet<string> = new Set(['when', 'whenever', 'once', 'if', 'upon', 'on']);
/** A person's part in setting a therapy off (verbs in any form, and the controls they work). */
const PERSON_ACTS: ReadonlySet<string> = new Set([
  'press', 'presses', 'pressed', 'push', 'pushes', 'pushed', 'switch', 'switches', 'switched', 'turn', 'turns', 'turned', 'activate',
  'activates', 'activated', 'request', 'requests', 'requested', 'choose', 'chooses', 'chose', 'chosen', 'select', 'selects', 'selected',
  'decide', 'decides', 'decided', 'prescribe', 'prescribes', 'prescribed', 'order', 'orders', 'ordered', 'confirm', 'confirms', 'confirmed',
  'sign', 'signs', 'signed', 'place', 'places', 'placed', 'consent', 'consents', 'consented', 'implanted', 'programmed',
  'button', 'command', 'demand', 'pedal', 'programmer',
]);
/** People who may set a therapy off, beside the physician nouns. */
const OPERATORS: ReadonlySet<string> = new Set(['user', 'users', 'operator', 'operators', 'rescuer', 'rescuers', 'clinic', 'staff', 'team']);
/** A study's or a protocol's sentence, where a therapy given on a condition is the design, not the device's act. */
const DESIGN_WORDS: ReadonlySet<string> = new Set(['protocol', 'protocols', 'arm', 'arms', 'group', 'groups', 'study', 'trial', 'participant', 'participants', 'subject', 'subjects', 'randomised', 'randomized', 'visit', 'guideline', 'guidelines']);

export function triggeredTherapyCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  if (words.some((w) => DESIGN_WORDS.has(w.w))) return;
  for (let k = 0; k < words.length; k++) {
    const hit = eventSetsOff(words, k) ?? therapyGivenAt(words, k) ?? (k === 0 ? givenAfterCondition(words) : undefined);
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
    // (the therapy heads its phrase: "triggers a therapy log entry" names a record)
    if (SET_OFF_THERAPIES.has(words[j].w) && words[j + 1]?.tag !== 'noun') return [k, j];
    // "starts a burst of phrenic nerve stimulation"
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].w !== 'of') return undefined;
  }
  return undefined;
}

/** Whether the condition in words[from, to) names something the device senses and no person's act. */
function sensedCondition(words: readonly Word[], from: number, to: number): boolean {
  let sensed = false;
  for (let j = from; j < to; j++) {
    const w = words[j].w.replace(/'s?$/, '');
    if (PERSON_ACTS.has(w) || OPERATORS.has(w) || (V.PHYSICIAN_NOUNS.has(w) && !V.AMBIGUOUS_HUMANS.has(w))) return false;
    if (SENSED_CONDITION.has(w)) sensed = true;
  }
  return sensed;
}

/** The condition first: "If the rhythm is shockable, a shock is delivered", "When the device detects a seizure, stimulation is applied …": [therapy, participle], or undefined. */
function givenAfterCondition(words: readonly Word[]): [number, number] | undefined {
  const opener = words[0]?.w;
  if (opener !== 'if' && opener !== 'when' && opener !== 'whenever' && opener !== 'once') return undefined;
  let comma = 1;
  while (comma < words.length && comma <= 16 && words[comma].w !== ',') comma++;
  if (words[comma]?.w !== ',' || !sensedCondition(words, 1, comma)) return undefined;
  let k = comma + 1;
  if (words[k]?.tag === 'det') k++;
  while (k < words.length && k <= comma + 4 && words[k].tag === 'adj') k++;
  if (!SET_OFF_THERAPIES.has(words[k]?.w ?? '') || words[k + 1]?.tag !== 'be') return undefined;
  let v = k + 2;
  while (v < words.length && v <= k + 4 && words[v].tag === 'adv') v++;
  return GIVEN_PARTICIPLES.has(words[v]?.w ?? '') ? [k, v] : undefined;
}

/** "stimulation is triggered only when the biomarker signals …", "a shock is delivered if …": [therapy, conjunction], or undefined. */
function therapyGivenAt(words: readonly Word[], k: number): [number, number] | undefined {
  if (!SET_OFF_THERAPIES.has(words[k].w) || words[k + 1]?.tag !== 'be') return undefined;
  let v = k + 2;
  while (v < words.length && v <= k + 4 && words[v].tag === 'adv' && !AT_MOMENT.has(words[v].w)) v++;
  if (!GIVEN_PARTICIPLES.has(words[v]?.w ?? '')) return undefined;
  let c = v + 1;
  // past adverbs and a place the therapy goes ("applied to the vagus nerve when …")
  while (c < words.length && c <= v + 6 && !AT_MOMENT.has(words[c].w) && words[c].tag !== 'punct' && words[c].tag !== 'verb' && words[c].tag !== 'sub') c++;
  // "as soon as", "each time"
  if (words[c]?.w === 'as' && words[c + 1]?.w === 'soon' && words[c + 2]?.w === 'as') c += 2;
  else if (words[c]?.w === 'each' && words[c + 1]?.w === 'time') c += 1;
  else if (!AT_MOMENT.has(words[c]?.w ?? '')) return undefined;
  // "on demand", "on request": a person asks for it; "once daily": a schedule
  if (words[c].w === 'on' && !SENSED_EVENTS.has(words[c + 1]?.w ?? '')) return undefined;
  if (words[c].w === 'once' && (words[c + 1]?.tag === 'adv' || words[c + 1]?.w === 'a' || words[c + 1]?.w === 'per' || words[c + 1]?.w === 'daily')) return undefined;
  let end = c + 1;
  while (end < words.length && end <= c + 8 && words[end].tag !== 'punct') end++;
  return sensedCondition(words, c + 1, end) ? [k, c] : undefined;
}
