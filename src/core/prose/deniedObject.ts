/**
 * An output denied by "no" before it (stop 58): "gives families no treatment advice", "offers parents no dosing
 * recommendations", "issues no report". The negation scope marks the object as denied, but a reading that starts at the
 * verb, which is not under the negation, would still count the act. A verb of handing over an output whose object opens
 * with "no" hands over nothing.
 *
 * Only verbs of giving an output (`V.OUTPUT_VERBS`), with at most a person it goes to between the verb and "no"; "requires
 * no review" or "needs no reader" (a need taken away) and "with no clinician" keep their own readings.
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

const OUTPUT_VERB_SET: ReadonlySet<string> = new Set(V.OUTPUT_VERBS);
/** Pronouns for the person an output goes to: "gives you no …", "offers them no …". */
const RECIPIENT_PRONOUNS: ReadonlySet<string> = new Set(['you', 'me', 'us', 'them', 'him', 'her']);

/** Whether the output after the verb at v is denied by "no", past a person it goes to ("gives families no advice"). */
function deniedAfter(words: readonly Word[], v: number, last: number): boolean {
  let j = v + 1;
  if (RECIPIENT_PRONOUNS.has(words[j]?.w ?? '')) j++;
  else {
    // ("the parents", "anxious families": a determiner and a modifier or two before the person)
    const from = words[j]?.tag === 'det' && words[j].w !== 'no' ? j + 1 : j;
    let p = from;
    while (p < from + 3 && words[p] !== undefined && words[p].w !== 'no' && (words[p].tag === 'noun' || words[p].tag === 'adj')) p++;
    if (p > j && (V.LAY_PEOPLE.has(words[p - 1].w) || V.PHYSICIAN_NOUNS.has(words[p - 1].w) || /s$/.test(words[p - 1].w))) j = p;
  }
  return words[j]?.w === 'no' && j <= last;
}

/** Drops the readings of a class whose verb hands over an output that "no" denies. */
export function dropDeniedObjects(words: readonly Word[], cues: WordCue[]): void {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    if (cue.kind === 'physician-interprets') continue;
    const verb = words[cue.first];
    if (verb === undefined || verb.tag !== 'verb' || !OUTPUT_VERB_SET.has(verb.lemma ?? '')) continue;
    if (deniedAfter(words, cue.first, cue.last)) cues.splice(i, 1);
  }
}
