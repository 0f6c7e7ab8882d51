/**
 * A direct question (stop 42): "Can it tell me whether I have sleep apnoea?", "What is a rhythm notification?". FAQ pages,
 * teaching files and patient leaflets ask what a reader wonders; the answer, in the sentences after, says what the
 * software does. The question itself claims nothing, so neither the rules nor the sentence model read it.
 */
import type { Word } from './tags';

/** Whether the sentence ends with a question mark (past closing quotes and brackets). */
export function isDirectQuestion(words: readonly Word[]): boolean {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k].w;
    if (w === '?') return true;
    if (w !== '"' && w !== '\u201d' && w !== "'" && w !== '\u2019' && w !== ')' && w !== ']') return false;
  }
  return false;
}
