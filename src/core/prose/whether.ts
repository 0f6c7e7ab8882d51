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
