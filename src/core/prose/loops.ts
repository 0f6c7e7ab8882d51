/**
 * Control loops said in words the older stages do not read (round 18c). A controller that changes a therapy on what it
 * senses, or toward a level, closes the loop sensor → controller → actuator with nobody between: the autonomous case.
 * Four structures, each needing the controller, the therapy change and the feedback or target together:
 *
 * - the device running closed-loop: "the stimulator operates closed-loop on the EMG signal", "runs in closed loop";
 *   not a feature named ("a stimulator with a closed-loop feature"), not a mode it may be switched to;
 * - the device correcting its own output with a cadence or toward a level: "corrects its output pulse by pulse",
 *   "trims the delivered current to hold that level" (not "changes its output format");
 * - the therapy going back to a level somebody set: "stimulation returns to the level set in advance", "the pressure
 *   reverts to the prescribed setting" (not "pressure climbs to the prescribed level": a ramp is no correction);
 * - a protocol's therapeutic step put into effect by the software: "applies the therapeutic step the protocol
 *   prescribes", "puts lung-protective strategies into effect", "conducts weaning from the ventilator" (not "applies
 *   the reporting protocol", not a person doing it);
 * - the therapy device adjusted by the controller itself (stop 30): "by adjusting the ventilator automatically", or the
 *   therapy set on it ("sets that rate on the pump itself"); a state of care kept or taken over ("maintained anaesthesia").
 *
 * Never under a negation, a hedge or a condition, and never when the clause's actor is a person.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of a device running in a mode: "operates closed-loop", "works in closed loop". */
const RUNNING: ReadonlySet<string> = new Set(['operate', 'run', 'work', 'function', 'act']);
/** Verbs of a device correcting what it gives. */
const CORRECTING: ReadonlySet<string> = new Set([
  'correct', 'adjust', 'trim', 'tune', 'modulate', 'adapt', 'update', 'scale', 'vary', 'change', 'alter', 'recalculate', 'steer',
  // with a feedback named only (below): "lowers its support as the patient breathes more", "tailors the program to the reported pain"
  'raise', 'lower', 'increase', 'decrease', 'reduce', 'step', 'tailor', 'personalize', 'personalise', 'individualize', 'individualise',
  // ("turns the power up or down as the impedance changes" (stop 55): only with its particle, below)
  'turn',
]);
/** Verbs that correct only with a feedback named: not with a cadence or a held level alone. */
const FEEDBACK_ONLY: ReadonlySet<string> = new Set(['raise', 'lower', 'increase', 'decrease', 'reduce', 'step', 'tailor', 'personalize', 'personalise', 'individualize', 'individualise', 'turn']);
/** Verbs that correct only with "up" or "down" after them or after their object: "turns the power down". */
const PARTICLE_ONLY: ReadonlySet<string> = new Set(['turn']);
/** A course of therapy, as the object of a correcting verb with a feedback: "changes the exercise program based on the reported pain". */
const COURSE: ReadonlySet<string> = new Set(['program', 'programme', 'exercises', 'session', 'sessions', 'content', 'regimen', 'plan', 'course']);
/** Links that bring in what the correction follows. */
const FEEDBACK_LINKS: ReadonlySet<string> = new Set(['according', 'response', 'based', 'line', 'as', 'when', 'whenever', 'after', 'from', 'following', 'depending']);
/** The patient's own signals or reports a correction follows. */
const PATIENT_SIGNALS: ReadonlySet<string> = new Set([
  'symptoms', 'symptom', 'response', 'responses', 'progress', 'performance', 'pain', 'sleep', 'glucose', 'breathing', 'breath', 'breaths',
  'tremor', 'readings', 'signal', 'signals', 'activity', 'effort', 'saturation', 'spo2', 'apnea', 'apneas', 'apnoea', 'apnoeas', 'events',
  'snoring', 'airflow', 'emg', 'ecap', 'ecaps', 'seizure', 'seizures', 'rhythm', 'heart', 'potentials', 'tracking', 'diary', 'answers',
  'patient', "patient's", 'patients', 'wearer', "wearer's", 'user', "user's",
  // what an energy device's own probes read of the tissue (stop 55): "adjusts the power as the temperature and the impedance change"
  'temperature', 'temperatures', 'impedance', 'impedances', 'thermocouple', 'thermocouples',
]);
/** Subjects that are no therapy: an image, a display or a report adjusted to something. */
const NO_THERAPY_SUBJECTS: ReadonlySet<string> = new Set(['image', 'images', 'display', 'contrast', 'brightness', 'layout', 'report', 'reports', 'window', 'view', 'screen', 'font', 'threshold', 'thresholds', 'sensitivity', 'alarm', 'alarms', 'limits']);
/** What the device gives, as the object of a correcting verb. */
const GIVEN: ReadonlySet<string> = new Set([...V.OWN_OUTPUT_NOUNS, 'stimulation', 'current', 'amplitude', 'pressure', 'flow', 'dose', 'dosing', 'infusion', 'energy', 'power', 'wattage', 'pulses', 'therapy']);
/** Nouns of a cadence said as "X by X": "pulse by pulse", "breath by breath". */
const CADENCE: ReadonlySet<string> = new Set(['pulse', 'breath', 'beat', 'cycle', 'minute', 'second', 'sample', 'step']);
/** Verbs of holding a level, after "to": "to hold that level", "to keep the response at target". */
const HOLDING: ReadonlySet<string> = new Set(['hold', 'keep', 'maintain', 'match', 'reach', 'track']);
/** Nouns a held level is named by. */
const LEVEL_NOUNS: ReadonlySet<string> = new Set(['level', 'levels', 'target', 'targets', 'setpoint', 'setpoints', 'value', 'response', 'goal']);
/** Words that say a held level without naming it: "to keep the temperature steady", "to hold the tissue near 80 °C". */
const HELD_STATES: ReadonlySet<string> = new Set(['steady', 'constant', 'flat', 'stable', 'level']);
/** Verbs of a therapy going back to a level. */
const RETURNING: ReadonlySet<string> = new Set(['return', 'revert', 'reset', 'settle', 'restore']);
/** The therapy as the subject of a returning verb. */
const THERAPY_SUBJECTS: ReadonlySet<string> = new Set(['stimulation', 'current', 'amplitude', 'pressure', 'flow', 'delivery', 'infusion', 'dose', 'dosing', 'support', 'therapy', 'rate', 'output', 'intensity', 'ventilation']);
/** Words that say somebody set the level beforehand: "the level set in advance", "the prescribed setting". */
const SET_BEFOREHAND: ReadonlySet<string> = new Set(['set', 'preset', 'pre-set', 'prescribed', 'programmed', 'chosen', 'selected', 'baseline', 'optimal', 'optimum', 'target', 'advance', 'original', 'default']);
/** Verbs of putting a protocol's step into effect. */
const ENACTING: ReadonlySet<string> = new Set(['apply', 'execute', 'implement', 'enact', 'conduct', 'perform', 'take', 'put']);
/** What is put into effect: a step, a strategy, weaning. */
const STEPS: ReadonlySet<string> = new Set(['step', 'steps', 'strategy', 'strategies', 'weaning', 'action', 'actions', 'change', 'changes']);
/** Words that make a step a therapy's ("the therapeutic step", "lung-protective strategies"); "weaning" is one by itself. */
const THERAPEUTIC: ReadonlySet<string> = new Set(['therapeutic', 'treatment', 'ventilatory', 'lung-protective', 'protective', 'dosing', 'titration', 'weaning', 'corrective']);
/** Devices that close a loop, as a subject the clause analysis does not count as the software ("the neuromodulator"). */
const CONTROLLERS: ReadonlySet<string> = new Set([
  'stimulator', 'neurostimulator', 'neuromodulator', 'pump', 'ventilator', 'controller', 'regulator', 'generator', 'implant', 'device', 'system',
  'base', 'engine', 'logic', 'rules',
  // "the closed loop maintained anaesthesia" (stop 30)
  'loop', 'loops',
]);
/** Modals of a capability or a possibility: "can operate closed-loop" names a mode, not what it does. */
const CAPABLE: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might']);
/** Verbs that take "back" before "to": "goes back to", "falls back to". */
const BACK_ONLY: ReadonlySet<string> = new Set(['go', 'fall', 'come', 'drop', 'step']);
/** Verbs of working toward an optimum, with the particle they need: "works toward", "searches for", "aims at". */
const SEEKING: Readonly<Record<string, ReadonlySet<string>>> = {
  work: new Set(['toward', 'towards']),
  search: new Set(['for']),
  seek: new Set(['', 'out']),
  aim: new Set(['for', 'at']),
  converge: new Set(['on', 'to', 'toward', 'towards']),
  hunt: new Set(['for']),
  settle: new Set(['on']),
  find: new Set(['']),
};
/** Words that make a setting the optimum sought. */
const OPTIMUM: ReadonlySet<string> = new Set([...V.FITTING_LEVELS, 'lowest', 'highest', 'minimal', 'minimum', 'ideal']);
/** Settings of a therapy an optimum is sought for: the pressure, the sleeping position, the dose. */
const OPTIMUM_SETTINGS: ReadonlySet<string> = new Set(['position', 'positions', 'pressure', 'pressures', 'level', 'setting', 'settings', 'dose', 'rate', 'flow', 'amplitude', 'angle', 'elevation', 'tilt', 'intensity']);
/** Words that make the setting a device's or an image's, not a therapy's: "the best probe position", "the best image plane". */
const NOT_THERAPY_OPTIMUM: ReadonlySet<string> = new Set(['probe', 'transducer', 'camera', 'image', 'imaging', 'view', 'window', 'scan', 'display', 'acquisition', 'cursor']);
/** The feedback an optimum is sought from: a signal of the patient. */
const FEEDBACK: ReadonlySet<string> = new Set([
  'airflow', 'flow', 'breathing', 'respiration', 'snoring', 'snore', 'snores', 'saturation', 'spo2', 'oxygenation', 'glucose', 'emg', 'ecap', 'ecaps',
  'response', 'responses', 'feedback', 'effort', 'signal', 'signals', 'readings', 'apneas', 'apnoeas', 'events', 'sounds',
]);
/** Subjects that are a device a patient lies on or wears: "the bed works toward …", "the pillow …". */
const POSITIONING: ReadonlySet<string> = new Set(['bed', 'pillow', 'mattress', 'wedge', 'headband', 'collar', 'belt', 'vest']);

/** How far past the verb the object, the cadence or the target may be. */
const REACH = 8;

function stopsPhrase(word: Word): boolean {
  return word.tag === 'be' || word.tag === 'sub' || (word.tag === 'punct' && word.w !== '-');
}

/** "closed-loop", "closed loop", "in (a) closed-loop (mode)" from j: the last word, or -1. */
function closedLoopAt(words: readonly Word[], j: number): number {
  let k = j;
  if (words[k]?.w === 'in') k++;
  if (words[k]?.tag === 'det') k++;
  if (words[k]?.w === 'closed-loop') return k;
  if (words[k]?.w === 'closed' && (words[k + 1]?.w === 'loop' || words[k + 1]?.w === '-')) return words[k + 1].w === 'loop' ? k + 1 : k + 2;
  return -1;
}

/** For a running verb at v: "operates closed-loop", "runs in closed loop". */
function runsClosedLoop(words: readonly Word[], v: number): number {
  return closedLoopAt(words, v + 1);
}

/**
 * The patient signal a feedback link after `from` brings in ("according to the recorded nerve response", "in response to the
 * patient's symptoms", "as the patient breathes more"), or -1. Read over the sentence's words: the tagger often ends the
 * clause early here.
 */
function feedbackAfter(words: readonly Word[], from: number): number {
  for (let k = from; k < words.length && k <= from + 4; k++) {
    if (!FEEDBACK_LINKS.has(words[k].w)) {
      if (words[k].tag === 'punct' || words[k].tag === 'verb' || words[k].tag === 'be') return -1;
      continue;
    }
    for (let j = k + 1; j < words.length && j <= k + 7; j++) {
      // A person is a signal only with what their body does: "as the patient breathes more", not "when the user asks".
      if (PATIENT_SIGNALS.has(words[j].w) && (!PERSONS.has(words[j].w) || BODY.has(words[j + 1]?.w ?? ''))) return PERSONS.has(words[j].w) ? j + 1 : j;
      if (words[j].tag === 'punct') return -1;
    }
    return -1;
  }
  return -1;
}

/** Person words among the signals, which need a body verb after them. */
const PERSONS: ReadonlySet<string> = new Set(['patient', "patient's", 'patients', 'wearer', "wearer's", 'user', "user's"]);
/** What a patient's body does, as the word after the patient: "as the patient breathes more", "when the wearer moves". */
const BODY: ReadonlySet<string> = new Set([
  'breathes', 'breathe', 'moves', 'move', 'sleeps', 'sleep', 'wakes', 'wake', 'exercises', 'exercise', 'coughs', 'walks', 'walk', 'stands',
  'lies', 'rolls', 'snores', 'improves', 'improve', 'tires', 'recovers', 'responds', 'respond', "'s", 'progress', 'progresses', 'symptoms',
  'response', 'responses', 'pain', 'effort', 'breathing', 'heart', 'glucose', 'performance',
]);

/** For a correcting verb at v: its own output corrected with a cadence, toward a level or on a feedback; the far end, or -1. */
function correctsOutput(words: readonly Word[], clause: Clause, v: number): number {
  let j = v + 1;
  if (words[j]?.w === 'up' || words[j]?.w === 'down') j++;
  while (j < clause.to && j <= v + 4 && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].w === 'delivered' || (words[j].tag === 'noun' && COURSE.has(words[j + 1]?.w ?? '')))) j++;
  const lemma = words[v].lemma ?? '';
  const feedbackOnly = FEEDBACK_ONLY.has(lemma);
  if (j >= clause.to || !(GIVEN.has(words[j].w) || COURSE.has(words[j].w))) return -1;
  if (PARTICLE_ONLY.has(lemma) && !['up', 'down'].includes(words[v + 1]?.w ?? '') && !['up', 'down'].includes(words[j + 1]?.w ?? '')) return -1;
  // (Not "changes its output format": a noun after it makes the output a qualifier.)
  if (words[j + 1]?.tag === 'noun' && !CADENCE.has(words[j + 1].w) && words[j + 1].w !== 'up' && words[j + 1].w !== 'down') return -1;
  // "tunes the therapy in response to the patient's symptoms", "lowers its support as the patient breathes more on their own".
  const feedback = feedbackAfter(words, words[j + 1]?.w === 'up' || words[j + 1]?.w === 'down' ? j + 2 : j + 1);
  if (feedback >= 0) return feedback;
  if (feedbackOnly || COURSE.has(words[j].w)) return -1;
  for (let k = j + 1; k < clause.to && k <= j + REACH; k++) {
    if (stopsPhrase(words[k])) return -1;
    // "pulse by pulse", "breath by breath"
    if (CADENCE.has(words[k].w) && words[k + 1]?.w === 'by' && words[k + 2]?.w === words[k].w) return k + 2;
    // "to hold that level", "so as to keep the response at target"
    if (words[k].w === 'to' && HOLDING.has(words[k + 1]?.lemma ?? words[k + 1]?.w ?? '')) {
      // (a level named, a number ("near 80 °C") or a state held ("steady"; stop 55), a short phrase on)
      for (let t = k + 2; t < clause.to && t <= k + 7; t++) {
        if (LEVEL_NOUNS.has(words[t].w) || HELD_STATES.has(words[t].w) || words[t].tag === 'num') return t;
        if (stopsPhrase(words[t]) || words[t].tag === 'verb') return -1;
      }
      return -1;
    }
  }
  return -1;
}

/** For a returning verb at v whose subject is a therapy: back to a level set beforehand; the level's index, or -1. */
function returnsToSetLevel(words: readonly Word[], clause: Clause, v: number): number {
  if (clause.subject < 0 || clause.subject > v || !THERAPY_SUBJECTS.has(words[clause.subject].w)) return -1;
  let j = v + 1;
  if (words[j]?.w === 'back') j++;
  else if (BACK_ONLY.has(words[v].lemma ?? '')) return -1;
  if (words[j]?.w !== 'to') return -1;
  let level = -1;
  for (let k = j + 1; k < words.length && k <= j + 4; k++) {
    if (LEVEL_NOUNS.has(words[k].w) || words[k].w === 'setting' || words[k].w === 'settings') {
      level = k;
      break;
    }
    if (words[k].tag !== 'det' && words[k].tag !== 'adj' && !SET_BEFOREHAND.has(words[k].w)) return -1;
  }
  if (level < 0) return -1;
  // Set beforehand: a qualifier before the level, or right after it ("the level (that was) set in advance").
  for (let k = j + 1; k < level; k++) if (SET_BEFOREHAND.has(words[k].w)) return level;
  for (let k = level + 1; k < words.length && k <= level + 4; k++) {
    if (SET_BEFOREHAND.has(words[k].w)) return k;
    if (words[k].tag === 'punct') break;
  }
  return -1;
}

/** For an enacting verb at v: a therapeutic step or strategy put into effect; the far end, or -1. */
function enactsTherapyStep(words: readonly Word[], clause: Clause, v: number): number {
  const lemma = words[v].lemma ?? '';
  let therapeutic = false;
  for (let j = v + 1; j < clause.to && j <= v + 4; j++) {
    const w = words[j].w;
    if (THERAPEUTIC.has(w)) therapeutic = true;
    if (STEPS.has(w) && (therapeutic || w === 'weaning')) {
      // "puts … into effect", "takes … into action": only with its particle.
      if (lemma === 'put' || lemma === 'take') {
        for (let k = j + 1; k < clause.to && k <= j + 3; k++) if (words[k].w === 'into' && (words[k + 1]?.w === 'effect' || words[k + 1]?.w === 'action' || words[k + 1]?.w === 'practice')) return k + 1;
        return -1;
      }
      return j;
    }
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && w !== 'next' && !THERAPEUTIC.has(w)) return -1;
  }
  return -1;
}

/**
 * For a seeking verb at v: the therapy setting's optimum sought from a signal of the patient ("works toward the best
 * position from the airflow", "searches for the lowest effective pressure based on the snoring it hears"); the far end, or -1.
 */
function seeksOptimum(words: readonly Word[], clause: Clause, v: number): number {
  const particles = SEEKING[words[v].lemma ?? ''];
  if (!particles) return -1;
  let j = v + 1;
  if (particles.has(words[j]?.w ?? '')) j++;
  else if (!particles.has('')) return -1;
  let optimum = false;
  let setting = -1;
  for (; j < words.length && j <= v + 6; j++) {
    const w = words[j].w;
    if (NOT_THERAPY_OPTIMUM.has(w)) return -1;
    if (OPTIMUM.has(w)) optimum = true;
    else if (OPTIMUM_SETTINGS.has(w) && optimum) {
      setting = j;
      break;
    } else if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'adv') return -1;
  }
  if (setting < 0) return -1;
  // The feedback: "from / using / on / based on / according to" then a signal of the patient.
  for (let k = setting + 1; k < words.length && k <= setting + 7; k++) {
    if (FEEDBACK.has(words[k].w)) {
      const linked = words.slice(setting + 1, k).some((w) => w.w === 'from' || w.w === 'using' || w.w === 'on' || w.w === 'according' || w.w === 'with' || w.w === 'by');
      return linked ? k : -1;
    }
    if (words[k].tag === 'punct' || (k < clause.to && words[k].tag === 'verb' && words[k].lemma !== 'use' && words[k].lemma !== 'base')) return -1;
  }
  return -1;
}

/** The first noun before v in the clause that names a machine: the software, a device or a controller ("the stimulator reacts …"). */
function machineBefore(words: readonly Word[], clause: Clause, v: number): boolean {
  for (let j = clause.from; j < v; j++) if (CONTROLLERS.has(words[j].w) || POSITIONING.has(words[j].w) || V.SOFTWARE_NOUNS.has(words[j].w)) return true;
  return false;
}

/** Verbs of a therapy's start, in a passive with the machine as agent and a feedback after. */
const STARTED_THERAPY: ReadonlySet<string> = new Set(['initiate', 'trigger', 'start', 'fire', 'deliver', 'time']);
/** Therapies a machine starts, as that passive's subject: "each contraction", "every pulse train", "the stimulation". */
const STARTED_SUBJECTS: ReadonlySet<string> = new Set([...THERAPY_SUBJECTS, 'contraction', 'contractions', 'pulse', 'pulses', 'train', 'trains', 'shock', 'shocks', 'burst', 'bursts', 'pacing', 'bolus', 'boluses']);

/** "is adjusted by the software according to the symptoms the patient reports": a passive correction by the machine on a feedback. */
function correctedByMachine(words: readonly Word[], clause: Clause, v: number): number {
  const lemma = words[v].lemma ?? '';
  if (words[v].form !== 'ed' || words[v + 1]?.w !== 'by') return -1;
  // ("every contraction is initiated by the device in response to its own reading of the breathing" (stop 55): a therapy
  // started by the machine on what it senses, as one corrected is)
  const started = STARTED_THERAPY.has(lemma) && clause.subject >= 0 && clause.subject < v && STARTED_SUBJECTS.has(words[clause.subject].w);
  if (!CORRECTING.has(lemma) && !started) return -1;
  if (clause.subject >= 0 && clause.subject < v && NO_THERAPY_SUBJECTS.has(words[clause.subject].w)) return -1;
  let j = v + 2;
  while (j < words.length && j <= v + 4 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
  const by = words[j];
  if (!by || !(CONTROLLERS.has(by.w) || V.SOFTWARE_NOUNS.has(by.w) || by.tag === 'name')) return -1;
  return feedbackAfter(words, j + 1);
}

/** Verbs of answering an event: "reacts to each seizure by delivering stimulation", "responds with stimulation". */
const RESPONDING: ReadonlySet<string> = new Set(['respond', 'responds', 'responded', 'react', 'reacts', 'reacted']);
/** Verbs of giving the therapy after "by": "by delivering a burst of stimulation". */
const GIVING: ReadonlySet<string> = new Set(['deliver', 'apply', 'give', 'trigger', 'start', 'administer', 'fire', 'release']);
/** Therapy words a response is given with. */
const RESPONSE_THERAPY: ReadonlySet<string> = new Set(['stimulation', 'shock', 'shocks', 'pacing', 'bolus', 'boluses', 'dose', 'doses', 'insulin', 'therapy', 'pulse', 'pulses', 'current', 'pressure', 'burst', 'bursts', 'vibration', 'vibrations']);

/** For a responding word at v: the therapy the device answers with ("… by delivering a burst of stimulation"); its index, or -1. */
function respondsWithTherapy(words: readonly Word[], v: number): number {
  for (let j = v + 1; j < words.length && j <= v + 8; j++) {
    if (words[j].tag === 'punct') return -1;
    if (words[j].w !== 'with' && words[j].w !== 'by') continue;
    let k = j + 1;
    if (GIVING.has(words[k]?.lemma ?? '') && words[k].form === 'ing') k++;
    for (; k < words.length && k <= j + 6; k++) {
      if (RESPONSE_THERAPY.has(words[k].w)) return k;
      if (words[k].tag !== 'det' && words[k].tag !== 'adj' && words[k].tag !== 'noun' && words[k].w !== 'of') return -1;
    }
    return -1;
  }
  return -1;
}

/** Verbs of a therapy following the patient: "the insulin delivery follows the sensor glucose". */
const FOLLOWING: ReadonlySet<string> = new Set(['follow', 'track', 'mirror']);

/** For a following verb at v whose subject is a therapy: the patient signal it follows, or -1. */
function therapyFollows(words: readonly Word[], clause: Clause, v: number): number {
  if (!FOLLOWING.has(words[v].lemma ?? '') || words[v].form === 'ed' || clause.subject < 0 || clause.subject > v || !THERAPY_SUBJECTS.has(words[clause.subject].w)) return -1;
  for (let j = v + 1; j < clause.to && j <= v + 4; j++) {
    if (PATIENT_SIGNALS.has(words[j].w) && words[j].w !== 'patient' && words[j].w !== 'patients' && words[j].w !== 'user') return j;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return -1;
  }
  return -1;
}

/** Verbs of a therapy starting or stopping: "therapy begins automatically when …". */
const STARTING: ReadonlySet<string> = new Set(['begin', 'start', 'stop', 'resume', 'restart', 'pause', 'cease', 'halt', 'end']);
/** Words that say the device did it by itself. */
const BY_ITSELF: ReadonlySet<string> = new Set(['automatically', 'autonomously']);

/** Surface forms of the starting verbs (the tagger often takes "begins" for a noun after a noun). */
const STARTING_FORMS: ReadonlySet<string> = new Set([...STARTING].flatMap((lemma) => V.verbForms(lemma).slice(0, 2)));

/**
 * "Therapy begins automatically when the algorithm detects apnea", "stimulation stops automatically once the tremor
 * settles": the therapy, a starting verb and "automatically" in a row. Read over the sentence's words; not after a
 * negation or a modal of possibility.
 */
export function selfStartingTherapyCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let k = 0; k + 2 < words.length; k++) {
    if (!THERAPY_SUBJECTS.has(words[k].w) || !STARTING_FORMS.has(words[k + 1].w)) continue;
    const auto = BY_ITSELF.has(words[k + 2].w) ? k + 2 : words[k + 2].w === 'again' && BY_ITSELF.has(words[k + 3]?.w ?? '') ? k + 3 : -1;
    if (auto < 0) continue;
    if (words.slice(Math.max(0, k - 3), k).some((w) => w.tag === 'neg' || CAPABLE.has(w.w) || w.w === 'if' || w.w === 'unless')) continue;
    out.push({ kind: 'autonomous', first: k, last: auto });
    return;
  }
}

/** Verbs of choosing, and the question words of what is chosen: "decides which therapy to give", "chooses how much insulin to deliver". */
const CHOOSING: ReadonlySet<string> = new Set(['decide', 'choose', 'select', 'pick', 'determine', 'work']);
const QUESTION: ReadonlySet<string> = new Set(['which', 'what', 'how']);
/** Therapies a choice may be of (not "which studies to prioritise"). */
const CHOSEN_THERAPY: ReadonlySet<string> = new Set(['therapy', 'therapies', 'treatment', 'treatments', 'dose', 'doses', 'insulin', 'shock', 'stimulation', 'pressure', 'pacing', 'bolus', 'medication', 'drug', 'program', 'programme', 'exercise', 'exercises', 'setting', 'settings', 'rate',
  // what else a controller gives by the amount (stop 51): "decides how much fluid to give next", "how much oxygen to add"
  'fluid', 'fluids', 'oxygen', 'infusion', 'drugs', 'medications', 'medicine', 'medicines', 'sedative', 'sedation', 'heparin']);

/** For a choosing verb at v: "which / what / how much" then a therapy within a few words; its index, or -1. */
function choosesTherapy(words: readonly Word[], v: number): number {
  if (!CHOOSING.has(words[v].lemma ?? '')) return -1;
  let j = v + 1;
  if (words[v].lemma === 'work') {
    if (words[j]?.w !== 'out') return -1;
    j++;
  }
  if (!QUESTION.has(words[j]?.w ?? '')) return -1;
  for (let k = j + 1; k < words.length && k <= j + 4; k++) {
    if (CHOSEN_THERAPY.has(words[k].w)) return k;
    if (words[k].tag === 'punct' || words[k].tag === 'be' || words[k].tag === 'sub') return -1;
  }
  return -1;
}

/** Whether a modal of capability or possibility stands before the verb at v in its clause. */
function capability(words: readonly Word[], clause: Clause, v: number): boolean {
  for (let j = clause.from; j < v; j++) if (CAPABLE.has(words[j].w)) return true;
  return false;
}

/** Devices that give the therapy, whose settings a controller may change: "adjusts the ventilator automatically". */
const THERAPY_DEVICES: ReadonlySet<string> = new Set(['ventilator', 'ventilators', 'pump', 'pumps', 'stimulator', 'warmer', 'concentrator', 'blender', 'humidifier']);
/** What of such a device is set: "the ventilator settings", "the pump rate". */
const DEVICE_SETTINGS: ReadonlySet<string> = new Set(['settings', 'setting', 'rate', 'rates', 'output', 'flow', 'parameters']);

/**
 * A controller that adjusts the therapy device itself (stop 30): "holds end-tidal CO2 at the target by adjusting the
 * ventilator automatically", "changes the pump settings on its own". Only with a machine adverb in the clause: "the
 * nurse adjusts the ventilator" or "adjusts the ventilator settings" alone may be anyone's.
 */
function adjustsTherapyDevice(words: readonly Word[], clause: Clause, v: number): number {
  let j = v + 1;
  while (j < clause.to && j <= v + 3 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
  if (!THERAPY_DEVICES.has(words[j]?.w ?? '')) return -1;
  const end = DEVICE_SETTINGS.has(words[j + 1]?.w ?? '') ? j + 1 : j;
  if (words[end + 1]?.tag === 'noun' && !DEVICE_SETTINGS.has(words[end + 1].w)) return -1;
  const alone = words.slice(Math.max(clause.from, v - 3), Math.min(clause.to, end + 4)).some((w) => V.MACHINE_ADVERBS.has(w.w));
  return alone ? end : -1;
}

/** States of care a controller keeps: "maintained anaesthesia", "took over control of sedation". */
const CONTROLLED_STATES: ReadonlySet<string> = new Set(['anaesthesia', 'anesthesia', 'sedation', 'ventilation', 'oxygenation', 'analgesia', 'normoglycaemia', 'normoglycemia', 'glycaemia', 'glycemia', 'normothermia', 'blockade', 'resuscitation']);
/** Verbs of keeping a state: "maintains anaesthesia", "keeps sedation at the target". */
const KEEPING: ReadonlySet<string> = new Set(['maintain', 'keep', 'hold', 'sustain']);

/**
 * A controller that keeps a state of care, or takes its control over (stop 30): "the closed loop maintained anaesthesia
 * in every case", "the system took over automatic control of anaesthesia". The state named is a therapy's effect, so
 * keeping it is giving the therapy.
 */
function keepsStateOfCare(words: readonly Word[], clause: Clause, v: number): number {
  const lemma = words[v].lemma ?? words[v].w;
  // ("helps the anaesthetist maintain anaesthesia": the helped person keeps it)
  if (words.slice(clause.subject >= 0 && clause.subject < v ? clause.subject : clause.from, v).some((w) => V.PHYSICIAN_NOUNS.has(w.w) || V.OTHER_NOUNS.has(w.w) || V.HELP_VERBS.includes(w.lemma ?? ''))) return -1;
  // ("is also used to reach or keep normothermia": what the product is used for, an indication)
  if (words.slice(Math.max(0, v - 5), v).some((w) => w.w === 'used' || w.w === 'intended' || w.w === 'indicated')) return -1;
  if (KEEPING.has(lemma)) {
    let j = v + 1;
    while (j < clause.to && j <= v + 3 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
    // (the state itself, not a thing named by it: "keeps sedation depth visible", "anaesthesia records")
    return CONTROLLED_STATES.has(words[j]?.w ?? '') && words[j + 1]?.tag !== 'noun' ? j : -1;
  }
  if (lemma === 'take' && words[v + 1]?.w === 'over') {
    let j = v + 2;
    while (j < clause.to && j <= v + 5 && (words[j].tag === 'det' || words[j].tag === 'adj' || V.MACHINE_ADVERBS.has(words[j].w))) j++;
    if (words[j]?.w !== 'control' || words[j + 1]?.w !== 'of') return -1;
    for (let t = j + 2; t < clause.to && t <= j + 5; t++) if (CONTROLLED_STATES.has(words[t].w) || THERAPY_DEVICES.has(words[t].w) || V.THERAPY_NOUNS.includes(words[t].w)) return t;
  }
  return -1;
}

/** What a program sets on a therapy device: a rate, a dose, a setting. */
const SET_THERAPY: ReadonlySet<string> = new Set(['rate', 'rates', 'dose', 'doses', 'setting', 'settings', 'bolus', 'infusion', 'pressure', 'flow', 'volume', 'target', 'targets']);

/** "sets that rate on the pump itself", "programs the new dose into the pump automatically": the therapy put on its device by the software. */
function setsOnDevice(words: readonly Word[], clause: Clause, v: number): number {
  const lemma = words[v].lemma ?? words[v].w;
  if (lemma !== 'set' && lemma !== 'program' && lemma !== 'programme' && lemma !== 'send' && lemma !== 'push' && lemma !== 'write') return -1;
  for (let j = v + 1; j < clause.to && j <= v + 5; j++) {
    if ((words[j].w === 'on' || words[j].w === 'to' || words[j].w === 'into') && j > v + 1) {
      let d = j + 1;
      while (d < clause.to && (words[d].tag === 'det' || words[d].tag === 'adj')) d++;
      // (the device itself, not a thing named by it: "the pump manufacturer", "the pump memory"; and a therapy set on it)
      if (!THERAPY_DEVICES.has(words[d]?.w ?? '') || words[d + 1]?.tag === 'noun') return -1;
      if (!words.slice(v + 1, j).some((w) => SET_THERAPY.has(w.w))) return -1;
      const alone = words.slice(d + 1, Math.min(clause.to, d + 3)).some((w) => w.w === 'itself' || V.MACHINE_ADVERBS.has(w.w)) || words.slice(clause.from, v).some((w) => V.MACHINE_ADVERBS.has(w.w));
      return alone ? d : -1;
    }
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return -1;
  }
  return -1;
}

export function controlLoopCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged || scope.obliged || clause.agent === 'physician' || clause.agent === 'other') return;
  if (out.some((c) => c.kind === 'autonomous' && c.first >= clause.from && c.last < clause.to)) return; // one cue per act
  // "The stimulator reacts to each detected seizure by delivering a burst of stimulation" (the tagger may take the verb for a noun).
  for (let v = clause.from; v < clause.to; v++) {
    if (!RESPONDING.has(words[v].w) || scope.negated[v - clause.from] || !machineBefore(words, clause, v) || capability(words, clause, v)) continue;
    const therapy = respondsWithTherapy(words, v);
    if (therapy >= 0) {
      out.push({ kind: 'autonomous', first: v, last: therapy });
      return;
    }
  }
  for (const v of clause.verbs) {
    if (scope.negated[v - clause.from]) continue;
    const lemma = words[v].lemma ?? '';
    if (capability(words, clause, v)) continue;
    let end = -1;
    const machine = clause.agent === 'software' || (clause.subject >= 0 && (CONTROLLERS.has(words[clause.subject].w) || POSITIONING.has(words[clause.subject].w)));
    if (machine && RUNNING.has(lemma)) end = runsClosedLoop(words, v);
    else if (machine && CORRECTING.has(lemma) && words[v].form !== 'ed') end = correctsOutput(words, clause, v);
    else if (RETURNING.has(lemma) || (BACK_ONLY.has(lemma) && words[v + 1]?.w === 'back')) end = returnsToSetLevel(words, clause, v);
    else if (machine && ENACTING.has(lemma) && words[v].form !== 'ed') end = enactsTherapyStep(words, clause, v);
    if (end < 0 && machine && words[v].form !== 'ed') end = seeksOptimum(words, clause, v);
    if (end < 0 && clause.passive) end = correctedByMachine(words, clause, v);
    if (end < 0) end = therapyFollows(words, clause, v);
    if (end < 0 && machine && words[v].form !== 'ed') end = choosesTherapy(words, v);
    if (end < 0 && machine && CORRECTING.has(lemma) && words[v].form !== 'ed') end = adjustsTherapyDevice(words, clause, v);
    if (end < 0 && machine) end = keepsStateOfCare(words, clause, v);
    if (end < 0 && machine) end = setsOnDevice(words, clause, v);
    if (end >= 0) {
      out.push({ kind: 'autonomous', first: v, last: end });
      return;
    }
  }
}
