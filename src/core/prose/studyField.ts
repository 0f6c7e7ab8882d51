/**
 * A study's field label (stop 52): "Secondary outcomes: pain scores, opioid use and length of stay", "Comparator: two
 * readers measuring the same films by hand", "Eligibility: adults with a first seizure". Trial protocol synopses and
 * abstracts name the study's parts this way. What follows such a label says what the study measures about patients, who
 * it compares the software with, or who takes part; it is not what the software outputs, so no class phrase is read in it.
 *
 * Only labels of the study's own parts. Labels that may describe the software ("Intervention:", "How it works:",
 * "Objective:", "Results:") are read as usual: authors use them for the product's work as often as for the study's.
 */
import type { Word } from './tags';

/** Heads of the labels: the study's outcomes, comparison, participants and design. */
const STUDY_PARTS: ReadonlySet<string> = new Set([
  'outcome', 'outcomes', 'endpoint', 'endpoints', 'end-point', 'end-points', 'comparator', 'comparators', 'eligibility', 'inclusion',
  'exclusion', 'population', 'participants', 'blinding', 'masking', 'randomisation', 'randomization', 'design', 'size', 'measures',
]);
/** Words a label may have before its head: "Secondary outcome measures", "Sample size", "Study design", "Inclusion criteria". */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  'primary', 'secondary', 'main', 'key', 'exploratory', 'safety', 'efficacy', 'other', 'outcome', 'study', 'trial', 'sample',
  'criteria', 'and', '&', '/',
]);
/** The longest label read. */
const LONGEST_LABEL = 4;

/** Whether the sentence opens on a study's field label and its colon (after a section number such as "3." or "4.2"). */
export function opensOnStudyField(words: readonly Word[]): boolean {
  let from = 0;
  while (from < words.length && (words[from].tag === 'num' || words[from].w === '.')) from++;
  const colon = words.findIndex((w, j) => j >= from && w.w === ':');
  if (colon <= from || colon - from > LONGEST_LABEL) return false;
  const label = words.slice(from, colon).map((w) => w.w);
  return label.some((w) => STUDY_PARTS.has(w)) && label.every((w) => STUDY_PARTS.has(w) || LABEL_WORDS.has(w));
}
