/**
 * Hardware that only senses is an input (round 18b). A sensor, electrode, probe, cuff or meter that measures or sends a
 * raw physiological value ("the patch sensor measures skin impedance", "a finger probe sends oxygen saturation to the
 * app") says how the data are acquired, not what the software outputs; so does a vital sign "derived" straight from a
 * sensor's signal ("the signal from which pulse rate is derived"), a value "measured by the sensor", and a quantity another device measured ("a meter
 * measurement", "the sensor value") on which a decision is to rest. Augmentative cues the other stages read in such a
 * clause are dropped. The software's own quantities (an index, a score, a volume it computes) and a measurement said to
 * be quantitative ("measures glucose quantitatively") stay augmentative.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Pieces of hardware that sense a physical quantity. */
const SENSING_HARDWARE: ReadonlySet<string> = new Set([
  ...V.MEASURING_EQUIPMENT, 'photodiode', 'photodiodes', 'led', 'leds', 'transducer', 'transducers', 'accelerometer', 'accelerometers',
  'clip', 'finger-clip', 'lead', 'leads', 'strip', 'strips', 'fingerstick', 'photodetector', 'photodetectors', 'thermistor', 'thermistors',
  // worn carriers of a sensor: "the strap measures heart rate and motion"
  'strap', 'straps', 'belt', 'belts', 'sock', 'socks', 'patch', 'patches', 'headband', 'headbands',
]);
/** Worn things that are not only sensors: "the watch computes an index" is the device's own work. */
const NOT_ONLY_SENSING: ReadonlySet<string> = new Set(['watch', 'watches', 'wearable', 'wearables', 'band', 'scale', 'scales']);
/** Verbs of sensing a quantity or passing it on. */
const SENSING_VERBS: ReadonlySet<string> = new Set([
  'measure', 'sense', 'send', 'transmit', 'collect', 'record', 'capture', 'acquire', 'sample', 'stream', 'relay', 'read', 'pick', 'emit', 'shine', 'register', 'detect', 'take',
]);
/** Raw physiological quantities a sensor takes. */
const RAW_QUANTITIES: ReadonlySet<string> = new Set([
  'glucose', 'light', 'pulse', 'oxygen', 'saturation', 'spo2', 'impedance', 'temperature', 'pressure', 'signal', 'signals', 'voltage',
  'potential', 'potentials', 'activity', 'ecg', 'eeg', 'emg', 'ppg', 'reflectance', 'absorbance', 'conductance', 'motion', 'movement',
  'acceleration', 'heart', 'rate', 'respiration', 'breathing', 'bioimpedance', 'waveform', 'waveforms',
]);
/** The software's own quantities: with one of these named, the clause says more than what a sensor took in. */
const OWN_QUANTITIES: ReadonlySet<string> = new Set([
  'index', 'indices', 'indexes', 'score', 'scores', 'volume', 'volumes', 'fraction', 'grade', 'grades', 'estimate', 'estimates', 'ratio',
  'ratios', 'percentile', 'percentiles', 'trend', 'trends', 'burden', 'variability', 'probability', 'risk',
]);
/** Vital signs read off a signal: "pulse rate", "oxygen saturation", "heart rate". */
const VITAL_SIGNS: ReadonlySet<string> = new Set(['rate', 'rates', 'saturation', 'saturations', 'spo2', 'temperature', 'pressure']);
/** Verbs by which a vital sign is read off a signal. */
const READING_OFF: ReadonlySet<string> = new Set(['derive', 'obtain', 'extract', 'read', 'take']);
/** Links of basing a decision on a value: "rest on", "rely on", "depend on", "be based on". */
const BASING: ReadonlySet<string> = new Set(['rest', 'rely', 'depend', 'base']);

function hardwareHead(words: readonly Word[], k: number): boolean {
  const w = words[k]?.w ?? '';
  return SENSING_HARDWARE.has(w) && !NOT_ONLY_SENSING.has(w);
}

/** Whether the words [from, to) name a raw quantity and none of the software's own (an index, a score, a volume). */
function rawOnly(words: readonly Word[], from: number, to: number): boolean {
  let raw = false;
  for (let k = from; k < to; k++) {
    const w = words[k].w;
    if (V.QUANTITY_ADVERBS.has(w) || OWN_QUANTITIES.has(w)) return false;
    if (RAW_QUANTITIES.has(w)) raw = true;
  }
  return raw;
}

/** "The patch sensor measures skin impedance": a sensing verb whose subject is a piece of hardware and whose object is a raw value. */
function hardwareSenses(words: readonly Word[], clause: Clause): boolean {
  if (clause.passive || clause.subject < 0 || !hardwareHead(words, clause.subject)) return false;
  const verbs = clause.verbs.filter((v) => words[v].tag === 'verb');
  if (verbs.length === 0 || !verbs.every((v) => SENSING_VERBS.has(words[v].lemma ?? ''))) return false;
  return rawOnly(words, verbs[0] + 1, clause.to);
}

/** "Heart rate is derived from the sensor signal", "the signal from which pulse rate is derived": a vital sign read off a signal. */
function vitalReadOff(words: readonly Word[], clause: Clause): boolean {
  if (!clause.passive || clause.byAgent >= 0 || clause.subject < 0 || !VITAL_SIGNS.has(words[clause.subject].w)) return false;
  const verb = clause.verbs.find((v) => words[v].tag === 'verb' && words[v].form === 'ed');
  if (verb === undefined || !READING_OFF.has(words[verb].lemma ?? '')) return false;
  // "from which …": the antecedent is the source.
  if (clause.opener === 'which' && words[clause.from - 2]?.w === 'from') {
    const source = words[clause.from - 3]?.w ?? '';
    return V.INGESTED_DATA.has(source) || SENSING_HARDWARE.has(source);
  }
  // "… from the optical sensor signal": the source follows.
  for (let k = verb + 1; k < clause.to && k <= verb + 2; k++) {
    if (words[k].w !== 'from') continue;
    for (let j = k + 1; j < clause.to && j <= k + 5; j++) if (SENSING_HARDWARE.has(words[j].w) || words[j].w === 'signal' || words[j].w === 'signals') return true;
  }
  return false;
}

/** Whether the noun at k is another device's measurement: "a home meter measurement", "the sensor value". */
function measuredByHardware(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && (words[j].tag === 'noun' || words[j].tag === 'name' || words[j].tag === 'adj'); j--) if (hardwareHead(words, j)) return true;
  return false;
}

/** Whether the noun at k is what a decision rests on: "should rest on a … measurement". */
function basisOfDecision(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = k - 1; j >= clause.from && j >= k - 7; j--) {
    if (words[j].w === 'on' || words[j].w === 'upon') return BASING.has(words[j - 1]?.lemma ?? words[j - 1]?.w ?? '') || (words[j - 1]?.w === 'based');
    if (words[j].tag === 'verb' || words[j].tag === 'punct') return false;
  }
  return false;
}

/** "glucose values measured by the sensor": a sensing participle whose "by" agent is a piece of hardware. */
function sensedByHardware(words: readonly Word[], cue: WordCue): boolean {
  for (let k = cue.first; k <= cue.last; k++) {
    const word = words[k];
    if (word.form !== 'ed' || !SENSING_VERBS.has(word.lemma ?? '') || words[k + 1]?.w !== 'by') continue;
    for (let j = k + 2; j < words.length && j <= k + 5 && words[j].tag !== 'verb' && words[j].tag !== 'punct'; j++) if (hardwareHead(words, j)) return true;
  }
  return false;
}

/** Drops the augmentative cues added since `start` that the clause shows to be acquisition, not output; true when the whole clause is acquisition. */
export function dropSensedOnly(words: readonly Word[], clause: Clause, cues: WordCue[], start: number): boolean {
  const whole = hardwareSenses(words, clause) || vitalReadOff(words, clause);
  for (let i = cues.length - 1; i >= start; i--) {
    const cue = cues[i];
    if (cue.kind !== 'augmentative' || cue.first < clause.from || cue.last >= clause.to) continue;
    if (whole || sensedByHardware(words, cue) || (measuredByHardware(words, cue.last) && basisOfDecision(words, clause, cue.last))) cues.splice(i, 1);
  }
  return whole;
}
