/**
 * A design intention is no duty (round 16a): "The index is meant to be weighed against other clinical data",
 * "Its output is meant to be combined with the rest of the patient's information and professional judgment"
 * say how the output is designed to be used; with nobody named to weigh it, they oblige no physician to read
 * it (the labelling guide's "intended to be used in conjunction with other patient information"). A named
 * reader ("meant to be weighed by the physician") or a duty ("must be weighed") still is one.
 *
 * The same holds for the product's role named by a reading noun: "a concurrent reading aid", "an aid to
 * interpretation", "an adjunct to review" say what the product helps with, not that a physician must read.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import * as V from './vocabulary';

/** Words of intention that the scope stage counts as obligation. */
const INTENTION: ReadonlySet<string> = new Set(['meant', 'intended', 'designed']);

/** Whether the agentless passive weak review verb at `k` is obliged only by an intention ("is meant to be weighed"). */
export function intendedUseOnly(words: readonly Word[], clause: Clause, k: number): boolean {
  if (!clause.passive || clause.byAgent >= 0 || !V.WEAK_REVIEW_VERBS.has(words[k].lemma ?? '')) return false;
  let intended = false;
  for (let j = clause.from; j < k; j++) {
    const w = words[j].w;
    if (INTENTION.has(w)) intended = true;
    else if (V.OBLIGATIONS.has(w)) return false;
  }
  // "meant to be weighed": the intention word, "to", "be", the participle.
  return intended && words[k - 1]?.tag === 'be' && words[k - 2]?.tag === 'to';
}

/** Nouns of help that a reading noun can name the use of: "reading aid", "aid to interpretation". */
const AID_NOUNS: ReadonlySet<string> = new Set(['aid', 'aids', 'tool', 'tools', 'adjunct', 'assistant', 'assistance']);

/** Whether the review noun at `k` names the reading the product aids ("reading aid", "an aid to interpretation", "adjunct to review"). */
export function aidedReading(words: readonly Word[], k: number): boolean {
  if (AID_NOUNS.has(words[k + 1]?.w ?? '')) return true;
  const before = words[k - 1]?.w;
  return (before === 'to' || before === 'in' || before === 'for') && AID_NOUNS.has(words[k - 2]?.w ?? '');
}
