/**
 * A device that changes, by itself, how it acts on the patient (stop 38): "changes IPAP and EPAP by itself", "switches by
 * itself to the directionality it judges best", "adjusts the degree of occlusion by itself", "adjusts itself
 * automatically", "turns that therapy off automatically", "changes the dialysate temperature automatically". The therapy
 * rules of the vocabulary need a therapy noun right after the verb; here the marker of acting alone carries the clause
 * instead, since a device that changes its own working on the patient with nobody choosing is what Appendix S calls
 * autonomous.
 *
 * Two strengths of marker. "By itself", "on its own", a reflexive "itself" and "without the wearer …" say the device
 * chose; they count unless what changes is data, acquisition, display or the app itself. "Automatically" says only that
 * no hand was needed (an app locks automatically, a worklist is reordered automatically), so it counts only with
 * something that acts on the patient named in the clause (a therapy, a hearing programme, the dialysate).
 *
 * Not in a passive, not denied or hypothetical, not with a person as the subject, and not a model fitting itself to a
 * site's data.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of changing how the device works (lemmas; turning on or off is in STARTING). */
const CHANGING: ReadonlySet<string> = new Set(['adjust', 'readjust', 'adapt', 'change', 'modify', 'tune', 'fine-tune', 'retune', 'switch', 'blend', 'lock', 'unlock', 'increase', 'decrease', 'reduce', 'raise', 'lower', 'steer', 'vary', 'alter', 'regulate',
  // the pace or the fit of what acts on the patient (stop 56): "slows or speeds the firing stroke by itself", "a socket that
  // resizes itself", "inflates itself to the prescribed pressure"
  'slow', 'speed', 'quicken', 'accelerate', 'decelerate', 'loosen', 'resize', 'reshape', 'inflate', 'deflate',
  // setting, applying or working an effector (stop 59): "sets the belt speed itself", "applies the new pressure by itself",
  // "closes the fingers of the glove on its own", "tightens the strap automatically"
  'set', 'reset', 'apply', 'close', 'open', 'tighten', 'release', 'flex', 'extend', 'bend', 'straighten']);
/** Verbs of starting or stopping: they count only with a therapy named after them ("turns that therapy off automatically"). */
// ("turn": "turns that therapy off", where the particle stands apart from the verb)
const STARTING: ReadonlySet<string> = new Set(['start', 'stop', 'suspend', 'resume', 'pause', 'withhold', 'turn']);
/** What acts on the patient besides the therapy nouns: a hearing aid's programmes, a dialysis machine's dialysate. */
const ACTING_ON_PATIENT: ReadonlySet<string> = new Set([...V.THERAPY_NOUNS, ...V.WORN_DEVICE_SETTINGS, 'program', 'programs', 'programme', 'programmes', 'directionality', 'dialysate', 'occlusion', 'ipap', 'epap', 'cpap', 'assistance', 'resistance', 'cooling', 'warming', 'temperature', 'compression',
  // the effectors of worn, driven and ridden devices (stop 59): what moves the patient, holds them or sounds in their ear
  'motor', 'motors', 'joint', 'joints', 'knee', 'knees', 'hip', 'hips', 'ankle', 'ankles', 'grip', 'fingers', 'gain', 'speed',
  'valve', 'valves', 'strap', 'straps', 'cuff', 'chair', 'wheelchair', 'treadmill', 'bed', 'mattress', 'pulses', 'bursts']);
/** What a device changes in its data, its acquisition, its display or the app itself: no act on the patient. */
const NOT_ON_PATIENT: ReadonlySet<string> = new Set([
  ...V.NOT_THERAPY_SETTINGS, ...V.IMAGING_SOURCES, 'image', 'images', 'contrast', 'brightness', 'window', 'windowing', 'view', 'views', 'caliper', 'calipers',
  'contour', 'contours', 'outline', 'outlines', 'marker', 'markers', 'mark', 'marks', 'roi', 'region', 'regions', 'boundary',
  'boundaries', 'segmentation', 'orientation', 'zoom', 'layout', 'scale', 'format', 'colour', 'color', 'label', 'labels', 'reports',
  'threshold', 'thresholds', 'sensitivity', 'recording', 'recordings', 'operation', 'data', 'log', 'logs', 'sampling', 'filter',
  'filters', 'filtering', 'scans', 'slice', 'slices', 'plane', 'planes', 'sequence', 'sequences', 'frame', 'frames', 'resolution',
  'focus', 'exposure', 'weights', 'model', 'models', 'algorithm', 'algorithms', 'between', 'time', 'clock', 'alarms', 'alerts',
  'limits', 'schedule', 'reminder', 'reminders', 'template', 'worklist', 'priority', 'order', 'estimate', 'estimates',
  'frequency', 'font', 'theme', 'server', 'record', 'records', 'workload', 'measurement', 'measurements',
  // what a program opens, closes or sets up on a screen (stop 59): "closes the session by itself", "opens the next study"
  'app', 'application', 'session', 'sessions', 'file', 'files', 'study', 'studies', 'case', 'page', 'tab', 'menu', 'timer',
  'preset', 'presets', 'smoothing', 'account', 'password', 'connection', 'upload', 'download', 'sync',
  // the rules it follows: "the guideline itself changed the rules the software applies"
  'rule', 'rules', 'criteria', 'criterion', 'definition', 'definitions', 'guideline', 'guidelines',
]);
/** What a model adapts to that is no patient: "adapts itself to each site's data". */
const NOT_A_PATIENT_TARGET: ReadonlySet<string> = new Set(['data', 'site', 'sites', 'hospital', 'hospitals', 'scanner', 'scanners', 'population', 'populations', 'images', 'cases', 'institution', 'workflow']);
/** Objects that deny what is changed: "changes no orders", "alters nothing". */
const NOTHING: ReadonlySet<string> = new Set(['no', 'nothing', 'none', 'neither']);
/** Words before "itself" that make it no emphasis on the device acting alone: "in itself", "of itself", "adapts to itself". */
const EMPHATIC_NOT_AFTER: ReadonlySet<string> = new Set(['in', 'of', 'to', 'for', 'with', 'about', 'within', 'against', 'by', 'upon', 'on']);
/** What "without (further) …" denies: any person's part in the change. */
const NOBODYS_HAND: ReadonlySet<string> = new Set(['input', 'intervention', 'involvement', 'adjustment']);
/** Verbs of choosing a setting: they count only with something that acts on the patient named after them ("picks the compression interval"). */
const CHOOSING: ReadonlySet<string> = new Set(['pick', 'choose', 'select']);
/** Who else might have chosen: "without the wearer or a clinician picking a programme". */
function chooser(w: string): boolean {
  return V.LAY_PEOPLE.has(w) || V.PHYSICIAN_NOUNS.has(w) || w === 'wearer' || w === 'wearers' || w === 'recipient' || w === 'recipients' || w === 'anyone' || w === 'human' || w === 'manual';
}

/** The index of a strong marker of acting alone in words[from, to), or -1: "by itself", "on its own", "without the wearer". */
export function chosenAlone(words: readonly Word[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const w = words[j].w;
    if (w === 'by' && (words[j + 1]?.w === 'itself' || words[j + 1]?.w === 'themselves')) return j + 1;
    if (w === 'on' && (words[j + 1]?.w === 'its' || words[j + 1]?.w === 'their') && words[j + 2]?.w === 'own') return j + 2;
    // an emphatic "itself" after the object or the subject (stop 59): "sets the belt speed itself", "the unit itself closes
    // the grip" (not "in itself", "of itself", "to itself": no one is said to have been left out)
    if ((w === 'itself' || w === 'themselves') && j > 0 && !EMPHATIC_NOT_AFTER.has(words[j - 1].w)) return j;
    // (the chooser within the "without" phrase: not past "to" or a verb, as in "without use to protect patient data")
    if (w === 'without') {
      for (let i = j + 1; i < words.length && i <= j + 5 && words[i].tag !== 'to' && words[i].tag !== 'verb'; i++) if (chooser(words[i].w)) return j;
      // "without further input", "without any human intervention" (stop 39): nobody's hand at all
      const next = words[j + 1]?.w === 'any' || words[j + 1]?.w === 'further' || words[j + 1]?.w === 'additional' ? j + 2 : j + 1;
      if (NOBODYS_HAND.has(words[next]?.w ?? '')) return next;
    }
  }
  return -1;
}

/** Words between "for" and the person it is chosen for: "for the wearer", "for each user", "for you". */
const FOR_WHOM: ReadonlySet<string> = new Set(['the', 'each', 'every', 'her', 'his', 'their', 'your', 'that']);

/** The index of the lay person in "for <person>" within words[from, to), or -1. */
function chosenForSomeone(words: readonly Word[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (words[j].w !== 'for') continue;
    const at = FOR_WHOM.has(words[j + 1]?.w ?? '') ? j + 2 : j + 1;
    const w = words[at]?.w ?? '';
    // (not the people a product is for: "for people with diabetes", "for patients who …")
    if ((V.LAY_PEOPLE.has(w) || w === 'you') && words[at + 1]?.tag !== 'noun' && words[at + 1]?.w !== 'with' && words[at + 1]?.tag !== 'rel') return at;
  }
  return -1;
}

/** The index of "automatically" (or another machine adverb in -ly, not the adjective "automatic") in words[from, to), or -1. */
export function noHandNeeded(words: readonly Word[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (V.MACHINE_ADVERBS.has(words[j].w) && words[j].w.endsWith('ly')) return j;
  return -1;
}

/** Units of a change made again and again: "moment by moment", "breath by breath", "beat by beat". */
const EVERY_UNIT: ReadonlySet<string> = new Set(['moment', 'breath', 'beat', 'second', 'step', 'stride']);

/** The index of "by" in "moment by moment" (a unit, "by", the same unit) within words[from, to), or -1. */
function everyMoment(words: readonly Word[], from: number, to: number): number {
  for (let j = from + 1; j < to - 1; j++) if (words[j].w === 'by' && EVERY_UNIT.has(words[j - 1].w) && words[j + 1]?.w === words[j - 1].w) return j;
  return -1;
}

export function selfActingChangeCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  const loop = clause.agent === 'none' && clause.subject >= 0 && V.CONTROL_LOOPS.has(words[clause.subject].w);
  // "The drill slows its feed by itself" (stop 56): a thing no word list names as a machine still acts alone when it changes
  // something of its own by itself ("the heart rate slows by itself", with no object, is the body).
  const subject = clause.subject >= 0 ? clause.subject : clause.sharedSubject;
  const thing = clause.agent === 'none' && subject >= 0 && words[subject].tag === 'noun' && !V.LAY_PEOPLE.has(words[subject].w) && !PATIENT_STATE.has(words[subject].w) && !PATIENT_STATE.has(words[subject - 1]?.w ?? '');
  if (clause.passive || scope.hypothetical || (clause.agent !== 'software' && !loop && !thing) || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    const lemma = verb.lemma ?? '';
    if (verb.tag !== 'verb' || verb.form === 'ing' || !(CHANGING.has(lemma) || STARTING.has(lemma) || CHOOSING.has(lemma))) continue;
    if (scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    // (an object denied, "the flag itself changes no orders", or a setting up, "sets (itself) up automatically")
    if (NOTHING.has(words[v + 1]?.w ?? '') || (lemma === 'set' && (words[v + 1]?.w === 'up' || words[v + 2]?.w === 'up'))) continue;
    // the verb's stretch: on past the clause's end while no punctuation or other verb intervenes ("adjusts the current
    // during the seal on its own")
    let end = clause.to;
    while (end < words.length && words[end].tag !== 'punct' && words[end].tag !== 'verb' && end < clause.to + 8) end++;
    const after = words.slice(v + 1, Math.min(end, v + 8));
    if (STARTING.has(lemma) && !after.slice(0, 5).some((w) => ACTING_ON_PATIENT.has(w.w) || V.THERAPY_EVENTS.has(w.w))) continue;
    if (CHOOSING.has(lemma) && !after.slice(0, 5).some((w) => ACTING_ON_PATIENT.has(w.w))) continue;
    // what is changed must not be data, acquisition, display or the app
    if (after.some((w) => NOT_ON_PATIENT.has(w.w))) continue;
    // a model fitting itself to a site or its data
    const to = after.findIndex((w) => w.w === 'to');
    if (to >= 0 && after.slice(to + 1, to + 5).some((w) => NOT_A_PATIENT_TARGET.has(w.w.replace(/'s$/, '')))) continue;
    const reflexive = words[v + 1]?.w === 'itself' || words[v + 1]?.w === 'themselves';
    const from = Math.max(clause.from, v - 3);
    let marker = reflexive ? v + 1 : chosenAlone(words, from, end);
    // "automatically" alone: only with something that acts on the patient named in the stretch
    if (marker < 0 && words.slice(clause.from, end).some((w) => ACTING_ON_PATIENT.has(w.w))) marker = noHandNeeded(words, from, end);
    // "turns the stimulation up or down, moment by moment" (stop 57): a change made at every moment is a closed loop, with
    // the same need of something that acts on the patient
    if (marker < 0 && words.slice(clause.from, end).some((w) => ACTING_ON_PATIENT.has(w.w))) marker = everyMoment(words, v + 1, end);
    // "picks the programme for them", "chooses the setting for the wearer" (stop 52): a setting chosen for a lay person is
    // chosen in their place
    // (not a person's choice read into the clause: "at rates the user selects")
    if (marker < 0 && CHOOSING.has(lemma) && !chooser(words[v - 1]?.w ?? '')) marker = chosenForSomeone(words, v + 1, end);
    if (marker < 0) continue;
    // (a thing needs the strong marker and an object of its own: "slows its feed by itself", "resizes itself")
    if (!loop && clause.agent !== 'software' && !(reflexive || (marker !== noHandNeeded(words, from, end) && OWN_OBJECT.has(words[v + 1]?.w ?? '')))) continue;
    out.push({ kind: 'autonomous', first: Math.min(v, marker), last: Math.max(v, marker) });
    return;
  }
}

/** What opens an object the thing changes on its own: "its feed", "the stroke". */
const OWN_OBJECT: ReadonlySet<string> = new Set(['its', 'the', 'their']);

/** Words that name a therapy the device gives, whatever else the phrase holds: "the pump rate", "her basal insulin". */
const SELF_CHANGING_THERAPY: ReadonlySet<string> = new Set(['insulin', 'basal', 'bolus', 'dose', 'doses', 'dosage', 'infusion', 'stimulation', 'pacing', 'sedation', 'propofol', 'heparin', 'fio2', 'ventilator', 'ps', 'peep']);
/** Words that make the phrase the patient's own state: "blood pressure", "heart rate", "glucose". */
const PATIENT_STATE: ReadonlySet<string> = new Set(['blood', 'heart', 'glucose', 'sugar', 'sugars', 'saturation', 'sats', 'level', 'levels', 'reading', 'readings', 'ketones', 'potassium', 'temperature']);
/** Verbs of a setting going up or down of itself. */
// (not "stop" or "pause": "the infusion stops automatically when the bag is empty" is a fault, not a choice)
const MOVING: ReadonlySet<string> = new Set([...CHANGING, 'go', 'drop', 'fall', 'come', 'rise', 'climb', 'switch', 'shut', 'turn', 'ramp', 'step', 'creep', 'ease']);

/**
 * "The pump rate went from 1.8 to 0.4 by itself", "her insulin switched off on its own overnight", "the basal rate drops
 * automatically when glucose falls" (stop 49): the therapy itself is the subject and changes with nobody's hand. Said in
 * chats, forums and letters where the device is not the subject.
 */
export function therapyChangedAloneCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.passive || scope.hypothetical || scope.hedged || clause.subject < 0 || out.some((c) => c.kind === 'autonomous')) return;
  if (clause.agent === 'physician' || clause.agent === 'other') return;
  const subjectPhrase = words.slice(Math.max(clause.from, clause.subject - 3), clause.subject + 1);
  // ("the pressure support came down on its own": a ventilator's support; "the pump rate", not "the pump", which stops when
  // its reservoir is empty)
  const given = subjectPhrase.some((w, i) => SELF_CHANGING_THERAPY.has(w.w) || (w.w === 'support' && subjectPhrase[i - 1]?.w === 'pressure') || (w.w === 'rate' && subjectPhrase[i - 1]?.w === 'pump'));
  if (!given || subjectPhrase.some((w) => PATIENT_STATE.has(w.w))) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (v <= clause.subject || verb.tag !== 'verb' || verb.form === 'ing' || !MOVING.has(verb.lemma ?? '')) continue;
    if (scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    let end = clause.to;
    while (end < words.length && words[end].tag !== 'punct' && words[end].tag !== 'verb' && end < clause.to + 8) end++;
    const marker = Math.max(chosenAlone(words, v + 1, end), noHandNeeded(words, Math.max(clause.from, v - 2), end));
    if (marker < 0) continue;
    out.push({ kind: 'autonomous', first: clause.subject, last: Math.max(v, marker) });
    return;
  }
}
