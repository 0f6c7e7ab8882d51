/**
 * A dose told as an amount to give (round 17c): "tells the patient how much insulin to take", "shows the user how many
 * units to inject before the meal". The software telling a person how much of a therapy to give has chosen the dose,
 * as "tells the patient which basal dose to take" and "works out how much insulin to give" already read; a quantity
 * question about anything else ("how many carbohydrates the meal holds") stays a quantity.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
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

/** Whether a person and their verb follow the dose at j: "the new dose the nurse entered", "the dose you set". */
function personsDoseAfter(words: readonly Word[], j: number): boolean {
  let at = j + 1;
  if (words[at]?.w === 'that' || words[at]?.w === 'which') at++;
  while (words[at]?.tag === 'det' || words[at]?.tag === 'adj') at++;
  const person = words[at];
  if (person === undefined || !(person.tag === 'pron' || V.PHYSICIAN_NOUNS.has(person.w) || V.OTHER_NOUNS.has(person.w) || V.LAY_PEOPLE.has(person.w))) return false;
  // (a past form the tagger may call an adjective or a noun: "the nurse entered", "you programmed")
  const acted = (w: Word | undefined): boolean => w !== undefined && (w.tag === 'verb' || (w.tag !== 'det' && w.w.length > 4 && w.w.endsWith('ed')));
  return acted(words[at + 1]) || acted(words[at + 2]);
}

/** Verbs that put out a value. */
const PUTTING_OUT: ReadonlySet<string> = new Set(['produce', 'generate', 'calculate', 'compute', 'show', 'display', 'return', 'output', 'print', 'propose', 'suggest', 'issue', 'offer', 'provide']);
/** What makes a dose the one to give next, chosen now: "the next dose", "a new dose", "the revised dose". */
const CHOSEN_NOW: ReadonlySet<string> = new Set(['next', 'new', 'revised', 'updated', 'adjusted']);
const DOSES: ReadonlySet<string> = new Set(['dose', 'doses', 'dosage', 'dosages']);

/**
 * "produces the next weekly dose from the INR result", "shows the new dose of long-acting insulin" (stop 49): a dose to give
 * next, put out by the software, is a dose it chose, as "tells you the new dose" and "recommends the next dose" already read.
 * A dose with no such qualifier ("displays the dose delivered") is a record.
 */
export function nextDoseCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    // ("comes up with the next weekly dose" (stop 50): the phrasal verb puts the dose out as "produces" does)
    const comesUpWith = words[v].lemma === 'come' && words[v + 1]?.w === 'up' && words[v + 2]?.w === 'with';
    if (words[v].tag !== 'verb' || (!PUTTING_OUT.has(words[v].lemma ?? '') && !comesUpWith) || scope.negated[v - clause.from]) continue;
    let chosen = false;
    for (let j = comesUpWith ? v + 3 : v + 1; j < clause.to && j <= v + 5 + (comesUpWith ? 2 : 0); j++) {
      const w = words[j];
      if (CHOSEN_NOW.has(w.w)) chosen = true;
      else if (DOSES.has(w.w)) {
        // (not a dose a person chose: "shows the new dose the nurse entered", "the next dose you set")
        if (chosen && !personsDoseAfter(words, j)) {
          out.push({ kind: 'autonomous', first: v, last: j });
          return;
        }
        break;
      } else if (w.tag !== 'det' && w.tag !== 'adj' && w.tag !== 'noun') break;
    }
  }
}
