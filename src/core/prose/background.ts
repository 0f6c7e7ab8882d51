/**
 * Care as it is done without the product (stop 31): "At present, the condition is diagnosed by experienced
 * ophthalmologists using indirect ophthalmoscopy", "Traditionally, the cardiologist measures the fraction by hand". A
 * sentence that opens on the practice before the product and names no software says how physicians work today; it is
 * no reading of the software's output, so no `physician-interprets` cue.
 *
 * Only with an opening that dates the practice ("traditionally", "at present", "until now", "in current practice"), and
 * only when the sentence names no product, software or pronoun for it: "At present, the radiologist confirms each flag
 * the software raises" keeps its reading.
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** One-word openings that date a practice. */
const DATING_WORDS: ReadonlySet<string> = new Set(['traditionally', 'conventionally', 'historically', 'classically', 'customarily']);
/** Two- and three-word openings: "at present", "until now", "to date", "in current practice". */
const DATING_PHRASES: readonly (readonly string[])[] = [
  ['at', 'present'],
  ['until', 'now'],
  ['until', 'recently'],
  ['to', 'date'],
  ['in', 'current', 'practice'],
  ['in', 'standard', 'practice'],
];
// (Not "in clinical practice" or "in routine practice", which is how a dossier describes the product in use.)

/** Words for what the product gives: with one in the sentence, the practice is the product's workflow ("confirms every marked nodule"). */
const PRODUCT_OUTPUTS: ReadonlySet<string> = new Set([
  'flagged', 'marked', 'highlighted', 'detected', 'annotated', 'prioritised', 'prioritized', 'triaged', 'outlined', 'suggested', 'proposed', 'recommended',
  ...V.OUTPUT_NOUNS.assistive.filter((w) => !V.WEAK_OUTPUT_NOUNS.has(w)),
  'detection', 'detections', 'flag', 'flags', 'alert', 'alerts', 'mark', 'marks', 'suggestion', 'suggestions', 'recommendation', 'recommendations',
]);

function opensOnPractice(words: readonly Word[]): boolean {
  if (DATING_WORDS.has(words[0]?.w ?? '')) return true;
  return DATING_PHRASES.some((phrase) => phrase.every((w, i) => words[i]?.w === w));
}

/** Drops the physician's readings of a sentence on care before the product; true when it did. */
export function practiceBeforeProduct(words: readonly Word[], out: WordCue[]): boolean {
  if (!out.some((c) => c.kind === 'physician-interprets') || !opensOnPractice(words)) return false;
  // (The product named anywhere, by a noun, a name or a pronoun, makes it the product's workflow.)
  // (A name that something is done to in a passive is the condition, not the product: "At present, ROP is diagnosed by …".)
  if (words.some((w, i) => V.SOFTWARE_NOUNS.has(w.w) || PRODUCT_OUTPUTS.has(w.w) || (w.tag === 'name' && !passiveSubject(words, i)) || w.w === 'it' || w.w === 'its' || w.w === 'ai')) return false;
  for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'physician-interprets') out.splice(i, 1);
  return true;
}

/** Whether the word at i is the subject of a passive right after it: "ROP is diagnosed", "AF is usually confirmed". */
function passiveSubject(words: readonly Word[], i: number): boolean {
  let j = i + 1;
  if (words[j]?.tag !== 'be') return false;
  j++;
  while (words[j]?.tag === 'adv') j++;
  return words[j]?.tag === 'verb' && words[j].form === 'ed';
}


/** Whether "without" the product stands in the sentence: "Without the tool, …", "without our software". */
function withoutProduct(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (words[i].w !== 'without') continue;
    for (let j = i + 1; j < words.length && j <= i + 3; j++) if (V.SOFTWARE_NOUNS.has(words[j].w) || words[j].w === 'it' || words[j].w === 'ai' || words[j].tag === 'name') return true;
  }
  return false;
}

/**
 * Care the product spares (stop 32): "where radiologists would otherwise review every chest X-ray by hand", "Without the
 * tool, pathologists would have to examine every slide". What a physician would do without the product is no reading of
 * its output. Only a physician's reading with "would" before its verb, and "otherwise" or "without" the product in the
 * sentence: "The radiologist would then review the flagged cases" keeps its reading.
 */
export function practiceWithoutProduct(words: readonly Word[], out: WordCue[]): void {
  if (!out.some((c) => c.kind === 'physician-interprets')) return;
  if (!words.some((w) => w.w === 'otherwise') && !withoutProduct(words)) return;
  for (let i = out.length - 1; i >= 0; i--) {
    const cue = out[i];
    if (cue.kind !== 'physician-interprets') continue;
    if (words.slice(Math.max(0, cue.first - 3), cue.last + 1).some((w) => w.w === 'would')) out.splice(i, 1);
  }
}
