/**
 * A dose told as an amount to give (round 17c): "tells the patient how much insulin to take", "shows the user how many
 * units to inject before the meal". The software telling a person how much of a therapy to give has chosen the dose,
 * as "tells the patient which basal dose to take" and "works out how much insulin to give" already read; a quantity
 * question about anything else ("how many carbohydrates the meal holds") stays a quantity.
 */
import type { Word } from './tags';
import * as V from './vocabulary';

/** Verbs of giving oneself or another a therapy, after "to". */
const GIVING: ReadonlySet<string> = new Set(['give', 'take', 'inject', 'deliver', 'administer', 'dose', 'bolus', 'infuse', 'use', 'apply', 'dial']);
/** Verbs that tell a person something. */
const TELLING: ReadonlySet<string> = new Set(['tell', 'show', 'display', 'inform', 'advise', 'instruct', 'indicate', 'present', 'give', 'let']);
const THERAPY: ReadonlySet<string> = new Set([...V.THERAPY_NOUNS, 'units', 'unit']);

/** The "how" that opens an indirect question after the verb at k, past a short recipient ("tells the patient how"); -1 when none. */
export function howAfterRecipient(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j <= k + 4; j++) {
    if (words[j].w === 'how') return j;
    if (words[j].tag !== 'det' && words[j].tag !== 'noun' && words[j].tag !== 'pron') return -1;
  }
  return -1;
}

/** For an output verb at k: the last word of "(person) how much/many <therapy> to <give>", or -1. */
export function dosingQuestion(words: readonly Word[], k: number): number {
  // Only verbs of telling: "works out how much insulin to give" is read by the act of working it out.
  if (!TELLING.has(words[k].lemma ?? '')) return -1;
  const how = howAfterRecipient(words, k);
  const amount = words[how + 1]?.w;
  if (how < 0 || (amount !== 'much' && amount !== 'many')) return -1;
  let therapy = false;
  for (let j = how + 2; j < words.length && j <= how + 7; j++) {
    const w = words[j];
    if (w.tag === 'punct') return -1;
    if (THERAPY.has(w.w)) therapy = true;
    if (w.tag === 'to' && therapy && GIVING.has(words[j + 1]?.lemma ?? words[j + 1]?.w ?? '')) return j + 1;
  }
  return -1;
}
