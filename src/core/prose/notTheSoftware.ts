/**
 * A physician set against the software (stop 51): "The podiatrist, not the camera, sets the review interval", "It is the
 * doctor reading your scan, not the program, who tells you what was seen". Naming the software only to say it is not the
 * one who acts says the physician acts on the output, whatever the verb: the sentence exists to say who decides.
 *
 * Only a physician noun, then ", not the <software noun>," (or "rather than the …"), then a verb or "who" and a verb; not a
 * lay person ("the patient, not the app, decides when to take the tablet"), nor the software set against the physician
 * ("the software, not the nurse, sets the rate", which the acts already read).
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Words that may stand between "not" and the software's noun: "not the camera", "not the AI model itself". */
function softwareAfter(words: readonly Word[], from: number): number {
  let j = from;
  while (j < words.length && j <= from + 3 && (words[j].tag === 'det' || words[j].tag === 'adj' || (words[j].tag === 'noun' && !V.SOFTWARE_NOUNS.has(words[j].w)) || words[j].tag === 'name')) j++;
  return V.SOFTWARE_NOUNS.has(words[j]?.w ?? '') ? j : -1;
}

export function notTheSoftwareCue(words: readonly Word[], out: WordCue[]): void {
  for (let person = 0; person < words.length - 4; person++) {
    if (!V.PHYSICIAN_NOUNS.has(words[person].w) || V.AMBIGUOUS_HUMANS.has(words[person].w)) continue;
    // The physician's phrase may run on a few words ("the doctor reading your scan"), up to the comma.
    let comma = person + 1;
    while (comma < words.length && comma <= person + 5 && words[comma].w !== ',') comma++;
    if (words[comma]?.w !== ',') continue;
    let j = comma + 1;
    if (words[j]?.w === 'not') j++;
    else if (words[j]?.w === 'rather' && words[j + 1]?.w === 'than') j += 2;
    else continue;
    const machine = softwareAfter(words, j);
    if (machine < 0) continue;
    // ("…, not the program itself,")
    let k = machine + 1;
    if (words[k]?.w === 'itself') k++;
    if (words[k]?.w !== ',') continue;
    k++;
    if (words[k]?.w === 'who' || words[k]?.w === 'that') k++;
    while (k < words.length && words[k].tag === 'adv') k++;
    if (words[k]?.tag === 'modal') k++;
    while (k < words.length && words[k].tag === 'adv') k++;
    // (a verb the tagger takes for a plural after the comma: "…, not the app, decides on a biopsy")
    const pluralVerb = words[k]?.tag === 'noun' && /[^s]s$/.test(words[k].w) && (words[k + 1]?.tag === 'prep' || words[k + 1]?.tag === 'det' || words[k + 1]?.tag === 'adv');
    if (words[k]?.tag !== 'verb' && words[k]?.tag !== 'be' && words[k]?.tag !== 'have' && !pluralVerb) continue;
    out.push({ kind: 'physician-interprets', first: person, last: k });
    return;
  }
}
