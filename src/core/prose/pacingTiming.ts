/**
 * A pacemaker retiming its own therapy (stop 54): "the pacemaker gradually shortens that gap", "the device slowly lowers
 * the rate it paces at", "the pacemaker sets the length of that pause itself". Patient leaflets and clinic letters name
 * the timing plainly ("the rate", "the gap", "the pause") where a manual says "the pacing rate" or "the AV delay", which
 * the vocabulary's therapy rules read. A device that moves the timing of the beats it gives, with nobody choosing each
 * change, manages the therapy on its own: Appendix S calls that autonomous.
 *
 * Only with a pacing device as the clause's subject (or "the device" in a sentence about pacing), a verb of moving or
 * setting the timing, and a timing word as the object's head (past "the length of"). Not in a passive, not denied,
 * hedged or hypothetical, and not with a person as the subject ("your clinic sets the rate").
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';

/** Devices that pace the heart. */
const PACING_DEVICES: ReadonlySet<string> = new Set(['pacemaker', 'pacemakers', 'pacer', 'pacers', 'icd', 'icds', 'crt-d', 'crt-p', 'defibrillator', 'defibrillators']);
/** Generic device nouns, which count only in a sentence about pacing. */
const GENERIC_DEVICES: ReadonlySet<string> = new Set(['device', 'devices', 'generator']);
/** Words that make a sentence about pacing. */
const PACING_WORDS: ReadonlySet<string> = new Set(['pace', 'paces', 'paced', 'pacing', 'pacemaker', 'pacemakers']);
/** Verbs of moving or setting the timing (lemmas). */
const RETIMING: ReadonlySet<string> = new Set(['lower', 'raise', 'shorten', 'lengthen', 'extend', 'trim', 'set', 'slow', 'quicken', 'adjust', 'change', 'increase', 'decrease', 'reduce']);
/** The timing a pacemaker gives, named plainly. */
const TIMING: ReadonlySet<string> = new Set(['rate', 'gap', 'pause', 'delay', 'interval', 'period', 'timing']);
/** Heads that stand for the timing through "of": "the length of that pause". */
const MEASURES_OF: ReadonlySet<string> = new Set(['length', 'duration']);

/** The index of the timing word heading the object after the verb at v, or -1. */
function timingObject(words: readonly Word[], v: number, to: number): number {
  let j = v + 1;
  for (let steps = 0; j < to && steps < 4; steps++, j++) {
    const word = words[j];
    if (TIMING.has(word.w)) return words[j + 1]?.tag === 'noun' ? -1 : j;
    if (MEASURES_OF.has(word.w) && words[j + 1]?.w === 'of') {
      j++;
      continue;
    }
    if (word.tag !== 'det' && word.tag !== 'adj' && word.tag !== 'adv') return -1;
  }
  return -1;
}

export function pacingTimingCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.passive || scope.hypothetical || scope.hedged || clause.agent !== 'software' || clause.subject < 0 || out.some((c) => c.kind === 'autonomous')) return;
  const subject = words[clause.subject].w;
  if (!PACING_DEVICES.has(subject) && !(GENERIC_DEVICES.has(subject) && words.some((w) => PACING_WORDS.has(w.w)))) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.tag !== 'verb' || verb.form === 'ing' || !RETIMING.has(verb.lemma ?? '') || scope.negated[v - clause.from]) continue;
    const object = timingObject(words, v, clause.to);
    if (object < 0) continue;
    out.push({ kind: 'autonomous', first: v, last: object });
    return;
  }
}
