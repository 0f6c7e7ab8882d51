/**
 * Closed-loop control toward a target (round 17c). A device that holds, keeps, maintains or brings a patient, or one
 * of the patient's own variables, at a target closes the loop sensor → controller → actuator: it chooses the therapy
 * that reaches the level, and nobody reads anything before the therapy changes. That is the autonomous case, even when a
 * clinician set the target ("holds the patient at the depth the anaesthetist chose", "keeps glucose within the target
 * range set by the clinic"); a clinician choosing the therapy itself is read elsewhere ("delivers the prescribed dose").
 *
 * The target must be said: a target word ("target", "setpoint", "goal"), a level, range or value that somebody set or
 * that a demonstrative points back to ("at that level", "at the value the physician entered"), or a number ("at 92 %").
 * Holding data, images or hardware ("keeps the images at full resolution", "holds the last readings in memory") is no
 * control of the patient; nor is a person holding the patient there ("the nurse keeps the patient at the target
 * temperature"). Read only at a clause's verbs, and only for the few verbs of holding.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of holding something at a level (lemmas). */
const HOLDING: ReadonlySet<string> = new Set(['keep', 'hold', 'maintain', 'bring', 'return', 'restore', 'drive', 'steer', 'stabilize', 'stabilise', 'regulate', 'clamp', 'servo']);
/** The patient held there, or the patient's own variables a controller steers. */
const HELD: ReadonlySet<string> = new Set([
  'patient', 'patients', 'wearer', 'infant', 'infants', 'baby', 'babies', 'neonate', 'neonates',
  'glucose', 'sugar', 'temperature', 'saturation', 'spo2', 'sao2', 'oxygenation', 'pressure', 'pressures', 'co2',
  'etco2', 'pco2', 'depth', 'sedation', 'anaesthesia', 'anesthesia', 'bis', 'icp', 'lactate', 'potassium', 'sodium',
  // "brings it back to the setpoint": a pronoun only with a strong target word (below)
  'it', 'them',
]);
/**
 * Held words that are the patient's only with a word before them that says so: "the blood pressure", "the anaesthetic
 * depth" (a device's own pressure or an image's depth is a setting, often one a clinician chose).
 */
const QUALIFIED_ONLY: Readonly<Record<string, ReadonlySet<string>>> = {
  pressure: new Set(['blood', 'arterial', 'intracranial', 'venous', 'systolic', 'diastolic', 'perfusion', 'pulmonary']),
  pressures: new Set(['blood', 'arterial', 'intracranial', 'venous', 'systolic', 'diastolic', 'perfusion', 'pulmonary']),
  depth: new Set(['anaesthetic', 'anesthetic', 'hypnotic', 'sedation', 'anaesthesia', 'anesthesia']),
};
/** What a device heats, cools or fills: "the water temperature", "the gas concentration" are the device's, not the patient's. */
const DEVICE_MEDIA: ReadonlySet<string> = new Set(['water', 'gas', 'air', 'blanket', 'pad', 'pads', 'bath', 'fluid', 'circuit', 'chamber', 'humidifier', 'device', 'room', 'cuff', 'tank', 'mask', 'tube', 'tubing']);
/** Prepositions that lead to the target. */
const TOWARD: ReadonlySet<string> = new Set(['at', 'within', 'in', 'inside', 'near', 'around', 'to', 'on', 'between', 'toward', 'towards']);
/** Words that are the target by themselves. */
const TARGETS: ReadonlySet<string> = new Set(['target', 'targets', 'setpoint', 'setpoints', 'set-point', 'set-points', 'goal', 'goals']);
/** Words that are a target only when somebody set them or a demonstrative points back: "at that level", "the set value". */
const LEVELS: ReadonlySet<string> = new Set(['level', 'levels', 'range', 'value', 'values', 'temperature', 'pressure', 'depth', 'saturation', 'concentration']);
const SET_QUALIFIERS: ReadonlySet<string> = new Set([
  'that', 'this', 'same', 'set', 'chosen', 'selected', 'prescribed', 'desired', 'entered', 'programmed', 'ordered', 'requested',
  'specified', 'dialled', 'dialed', 'preset', 'pre-set', 'intended', 'safe', 'normal',
]);
/** How far past the verb the held thing and the target may be named. */
const REACH = 10;

/** The index of the target word after `from` (within a few words), or -1. */
function targetAfter(words: readonly Word[], from: number, to: number, strongOnly: boolean): number {
  for (let j = from; j < to && j <= from + 5; j++) {
    const word = words[j];
    if (TARGETS.has(word.w) || (word.w === 'point' && words[j - 1]?.w === 'set')) return j;
    // "keeps glucose in range": a bare range is the target range.
    if (word.w === 'range' && j === from && !strongOnly) return j;
    if (word.tag === 'num' && !strongOnly) return j;
    if (LEVELS.has(word.w) && !strongOnly) {
      // "at that level", "the set temperature", "the value the physician entered" (a person who set it right after).
      if (SET_QUALIFIERS.has(words[j - 1]?.w ?? '') || SET_QUALIFIERS.has(words[j - 2]?.w ?? '')) return j;
      const after = words[j + 1]?.tag === 'det' ? words[j + 2] : words[j + 1];
      if (after && (V.PHYSICIAN_NOUNS.has(after.w) || V.OTHER_NOUNS.has(after.w))) return j;
    }
    if (word.tag === 'verb' || word.tag === 'be' || (word.tag === 'punct' && word.w !== '-')) return -1;
  }
  return -1;
}

/** For a passive holding verb at v whose subject is held and whose "by" agent is the software: the target's index, or -1. */
function passiveHold(words: readonly Word[], clause: Clause, v: number): number {
  if (!clause.passive || clause.byAgent < 0 || clause.subject < 0 || clause.subject > v) return -1;
  const held = words[clause.subject].w;
  if (!HELD.has(held) || held === 'it' || held === 'them' || (QUALIFIED_ONLY[held] && !QUALIFIED_ONLY[held].has(words[clause.subject - 1]?.w ?? '')) || DEVICE_MEDIA.has(words[clause.subject - 1]?.w ?? '')) return -1;
  if (!TOWARD.has(words[v + 1]?.w ?? '')) return -1;
  const target = targetAfter(words, v + 2, clause.to, false);
  return target >= 0 && target < clause.byAgent ? target : -1;
}

/** The cue for a holding verb of the clause whose object is the patient or a patient variable held at a target. */
export function setpointCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || scope.hypothetical || scope.hedged || out.some((c) => c.kind === 'autonomous')) return; // one cue per act (the sentence already says it)
  for (const v of clause.verbs) {
    const verb = words[v];
    if (!HOLDING.has(verb.lemma ?? '') || scope.negated[v - clause.from]) continue;
    // "Blood glucose is kept within the target range by the algorithm": the passive, the software its agent.
    if (verb.form === 'ed') {
      const passiveCue = passiveHold(words, clause, v);
      if (passiveCue >= 0) {
        out.push({ kind: 'autonomous', first: clause.subject, last: passiveCue });
        return;
      }
      continue;
    }
    // The held thing: the first noun (or pronoun) of the object, past determiners, adjectives and a possessive.
    for (let j = v + 1; j < clause.to && j <= v + REACH; j++) {
      const word = words[j];
      if (TOWARD.has(word.w) && word.tag === 'prep') break;
      if (word.tag === 'verb' || word.tag === 'be' || (word.tag === 'punct' && word.w !== '-')) break;
      const held = word.w.replace(/'s?$/, '');
      if (!HELD.has(held)) continue;
      if (DEVICE_MEDIA.has(words[j - 1]?.w ?? '')) break;
      const needs = QUALIFIED_ONLY[held];
      if (needs && !needs.has(words[j - 1]?.w ?? '') && !needs.has(words[j - 2]?.w ?? '')) continue;
      const pronoun = held === 'it' || held === 'them';
      // Past the rest of the object's noun phrase ("the patient's core temperature", "blood glucose back").
      let p = j + 1;
      while (p < clause.to && p <= j + 4 && !TOWARD.has(words[p].w)) {
        if (words[p].tag === 'verb' || words[p].tag === 'be' || words[p].tag === 'punct') break;
        p++;
      }
      if (p >= clause.to || !TOWARD.has(words[p].w)) continue;
      const target = targetAfter(words, p + 1, clause.to, pronoun);
      if (target < 0) continue;
      out.push({ kind: 'autonomous', first: v, last: target });
      return;
    }
  }
}
