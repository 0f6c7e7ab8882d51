/**
 * Options offered as alternatives (stop 55): "(A) It diagnoses …, (B) it measures …, (C) it flags …, or (D) it adjusts …".
 * A multiple-choice question, a survey item or a "which of these is it" passage lists what the software might do, joined
 * by "or", and asserts none of it: the answer, said elsewhere, does. A list whose items are joined by "and" ("(a) segments
 * the ventricle, (b) computes the EF and (c) flags low values") states every item and is read as it stands.
 */
import { isListMarker, type Word } from './tags';
import type { WordCue } from './acts';

/**
 * Where the alternatives start: the first item's marker, when the sentence lists two items or more and "or" comes right
 * before the last one ("…, or (D) …"); -1 otherwise.
 */
export function alternativesStart(words: readonly Word[]): number {
  const markers: number[] = [];
  for (let k = 0; k < words.length; k++) if (isListMarker(words[k]) && words[k + 1]?.w === ')') markers.push(k);
  if (markers.length < 2) return -1;
  let before = markers[markers.length - 1] - 1;
  while (before >= 0 && (words[before].w === '(' || words[before].w === ',')) before--;
  return words[before]?.w === 'or' ? markers[0] : -1;
}

/** Drops the cues that stand in offered alternatives; whether the whole sentence is the alternatives. */
export function dropOfferedAlternatives(words: readonly Word[], cues: WordCue[]): boolean {
  const start = alternativesStart(words);
  if (start < 0) return false;
  for (let i = cues.length - 1; i >= 0; i--) if (cues[i].first >= start) cues.splice(i, 1);
  return start <= 1;
}
