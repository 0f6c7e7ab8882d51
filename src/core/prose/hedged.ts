/**
 * Conclusions the software gives only as a possibility (round 17c). "determines whether the wearer may be having a
 * seizure", "decides whether a bleed is likely": a whether-clause that hedges its condition ("may", "might", "could",
 * "likely", "possible", "suspected") puts a case in front of a reader, as a flag does; it concludes nothing about the
 * patient. Appendix S's autonomous output is a conclusion, not a suspicion.
 *
 * Not when the hedged clause is about the therapy itself: "decides whether a shock may be needed" is the device's
 * therapy decision, whatever modal it carries.
 */
import type { Word } from './tags';
import * as V from './vocabulary';

/** Words that make a condition a possibility, not a finding. */
const HEDGES: ReadonlySet<string> = new Set(['likely', 'probable', 'possible', 'possibly', 'suspected', 'may', 'might', 'could', 'potential', 'potentially']);
const THERAPY: ReadonlySet<string> = new Set([...V.THERAPY_NOUNS, 'cpr', 'compressions']);
/** How far into the whether-clause the hedge and the therapy are looked for. */
const REACH = 8;

/** Whether the whether-clause opening at k hedges a condition of the patient (and names no therapy). */
export function hedgedCondition(words: readonly Word[], k: number): boolean {
  let hedged = false;
  for (let j = k + 1; j < words.length && j <= k + REACH; j++) {
    const w = words[j].w;
    if (words[j].tag === 'punct' && w !== '-') break;
    if (THERAPY.has(w)) return false;
    if (HEDGES.has(w)) hedged = true;
  }
  return hedged;
}
