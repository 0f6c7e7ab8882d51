/**
 * A value named by the quantity it is (round 17b): a bare "value" is no output ("displays glucose values",
 * "any value"), but the value of a named quantity that the software gives is one: "gives the FFR-CT value",
 * "supplies CT values for the lung", "reports the mean Hounsfield unit value inside a region", "returns the
 * peak velocity value". The quantity is named by a statistic ("mean", "peak"), a unit ("Hounsfield unit"),
 * a measured property ("stiffness", "attenuation") or a capitalised name right before "value" (an acronym such as
 * "FFRCT"; the tagger cannot tell it from a brand, so "the Dexcom values" reads as one too).
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Nouns a quantity's name may end in: "value", "values", "reading" is left out (an input as often as an output). */
const NAMED_HEADS: ReadonlySet<string> = new Set(['value', 'values']);

/** Words that end the noun phrase before the head, looking back. */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['noun', 'name', 'adj', 'num']);

/** Whether "from" and a piece of equipment follow the value within a few words: "values from the bedside cuff". */
function fromEquipment(words: readonly Word[], k: number): boolean {
  if (words[k + 1]?.w !== 'from') return false;
  for (let j = k + 2; j < words.length && j <= k + 6; j++) {
    if (V.SOURCE_EQUIPMENT.has(words[j].w) || V.MEASURING_EQUIPMENT.has(words[j].w)) return true;
    if (words[j].tag === 'verb' || words[j].tag === 'punct') return false;
  }
  return false;
}

/** Whether the weak noun at k ("value") is the value of a quantity its modifiers name. */
export function namedQuantityValue(words: readonly Word[], k: number): boolean {
  if (!NAMED_HEADS.has(words[k].w)) return false;
  const before = words[k - 1];
  if (!before || !PHRASE_WORDS.has(before.tag)) return false;
  // "blood pressure values from the cuff", "SpO2 values from the pulse oximeter": values another device measured.
  if (fromEquipment(words, k)) return false;
  // A statistic or a unit in the phrase names a value worked out: "the mean Hounsfield unit value", "the median signal value".
  let property = false;
  for (let j = k - 1; j >= 0 && j >= k - 4 && PHRASE_WORDS.has(words[j].tag); j--) {
    const w = words[j].w;
    if (V.VALUE_STATISTICS.has(w) || V.UNIT_WORDS.has(w)) return true;
    if (V.MEASURED_PROPERTIES.has(w)) property = true;
  }
  // "glucose values", "sensor values", "CGM values": data taken in or relayed, not worked out.
  if (V.INGESTED_DATA.has(before.w) || V.SOURCE_EQUIPMENT.has(before.w) || V.RELAYED_SOURCES.has(before.w)) return false;
  // A measured property or an acronym right before it names the quantity: "a stiffness value", "the FFRCT value", "CT values".
  return property || before.tag === 'name';
}

/**
 * The software's own analysis said to be quantitative (round 17b): "segments the muscles and analyses them
 * quantitatively", "quantitatively assesses the emphysema in each lobe", "characterises the plaque volumetrically".
 * The adverb says the analysis gives a quantity, which a bare "analyses" does not. Only an active clause whose agent
 * is the software, not negated, not hedged or hypothetical ("so that they can be analysed quantitatively" says what
 * the outlines are for); image quality graded so stays acquisition guidance (assistive, as the sets label it).
 */
export function quantitativeActCues(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.tag !== 'verb' || verb.form === 'ing' || verb.form === 'ed' || !V.ANALYSING_VERBS.has(verb.lemma ?? verb.w) || scope.negated[v - clause.from]) continue;
    if (words[v - 1]?.tag === 'to' || out.some((c) => c.first <= v && v <= c.last)) continue;
    let adverb = V.QUANTITY_ADVERBS.has(words[v - 1]?.w ?? '') ? v - 1 : -1;
    for (let j = v + 1; adverb < 0 && j < clause.to && j <= v + 6; j++) {
      if (V.QUANTITY_ADVERBS.has(words[j].w)) adverb = j;
      else if (words[j].tag === 'verb' || words[j].tag === 'punct' || words[j].w === 'quality') break;
    }
    if (adverb >= 0) out.push({ kind: 'augmentative', first: Math.min(v, adverb), last: Math.max(v, adverb) });
  }
}
