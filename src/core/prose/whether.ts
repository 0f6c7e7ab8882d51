/**
 * Whether-clauses that ask no clinical question. "tells the user whether each reading was received and sent" is the
 * device reporting on its own data, whoever hears it: no finding, no conclusion (acts.ts, told.ts).
 */
import type { Word } from './tags';
import * as V from './vocabulary';

/** Participles of data moved or kept by the device: "whether each reading was received and sent". */
const TRANSFERRED: ReadonlySet<string> = new Set(['received', 'sent', 'transmitted', 'uploaded', 'downloaded', 'stored', 'saved', 'synced', 'synchronized', 'synchronised', 'paired', 'charged', 'delivered', 'forwarded']);

/** Whether the whether-clause at `subordinate` asks only if data reached its destination (not a therapy: "whether the dose was delivered"). */
export function transferWhether(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 10; j++) {
    const word = words[j];
    if (word.tag === 'punct') return false;
    if (word.tag === 'be' && TRANSFERRED.has(words[j + 1]?.w ?? '')) {
      for (let l = subordinate + 1; l < j; l++) if (V.THERAPY_NOUNS.includes(words[l].w)) return false;
      return true;
    }
  }
  return false;
}

/** What a signal holds besides the patient's own events: noise and artefacts of motion or contact. */
const ARTEFACTS: ReadonlySet<string> = new Set(['artefact', 'artefacts', 'artifact', 'artifacts', 'noise']);

/**
 * "decides whether this is a genuine pause or an artefact", "judges whether the event is real or noise" (stop 33): telling a
 * patient's event from an artefact of the recording is how a detection is made; it concludes nothing about the patient.
 */
export function artefactWhether(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 12; j++) {
    if (words[j].tag === 'punct' && words[j].w !== '-') return false;
    // (Not when the device then acts on it: "… or a compression artefact and suspends insulin delivery", "… before shocking".)
    if (ARTEFACTS.has(words[j].w) && words.slice(subordinate + 1, j).some((w) => w.w === 'or')) return !words.slice(j + 1).some((w) => w.tag === 'verb' || w.form === 'ing');
  }
  return false;
}
