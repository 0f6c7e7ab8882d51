/**
 * Data relayed from other equipment (round 16a): a product that shows, records or passes on values another
 * device measured ("displays the physiological parameters taken from supported bedside devices", "the
 * parameters received from its capnography and oximetry modules") quantifies nothing itself; the values
 * are its input. Values it works out ("calculated from the ECG", "obtained from the images") keep their cue.
 */
import type { Word } from './tags';
import * as V from './vocabulary';

/** Verbs that show, keep or pass on data without working anything out. */
const PASSING_ON: ReadonlySet<string> = new Set(['display', 'show', 'present', 'record', 'store', 'log', 'list', 'chart', 'plot', 'trend', 'transmit', 'send', 'pass', 'forward', 'export', 'archive', 'aggregate', 'collect']);

/** Words that make the source the product's own analysis: "from its AI module", "from the segmentation engine". */
const ANALYSING: ReadonlySet<string> = new Set(['ai', 'analysis', 'analytics', 'algorithm', 'algorithms', 'segmentation', 'detection', 'measurement', 'quantification', 'processing', 'model', 'models', 'cad', 'software', 'learning', 'inference']);

/**
 * Whether the output noun at `j`, the object of the verb `lemma`, is followed by "received / taken / … from"
 * and a piece of equipment within six words ("from its capnography and oximetry modules").
 */
export function relayedFromEquipment(words: readonly Word[], j: number, lemma: string): boolean {
  if (!PASSING_ON.has(lemma)) return false;
  const participle = words[j + 1]?.tag === 'be' ? j + 2 : j + 1; // "parameters that are received from": the relative starts at "that"
  const at = words[participle]?.w === 'that' || words[participle]?.w === 'which' ? (words[participle + 1]?.tag === 'be' ? participle + 2 : participle + 1) : participle;
  if (!V.RELAYED_PARTICIPLES.has(words[at]?.w ?? '') || words[at + 1]?.w !== 'from') return false;
  for (let m = at + 2; m < words.length && m <= at + 7; m++) {
    const w = words[m];
    // "received from the segmentation module", "from the AI engine": the product's own analysis, whose values are its output.
    if (ANALYSING.has(w.w)) return false;
    if (V.SOURCE_EQUIPMENT.has(w.w)) return true;
    if (w.tag === 'verb' || (w.tag === 'punct' && w.w !== '-' && w.w !== '/')) return false;
  }
  return false;
}
