/**
 * The software keeps something from reaching the patient (stop 39): "the system stops incompatible units from being
 * issued", "logic that prevents a mismatched unit from being released". Barring a unit, a dose or an order from going
 * ahead is the software deciding about the patient's care with nobody choosing it: the autonomous case.
 *
 * Only in a clause whose agent is the software, and never under a negation or a hedge ("cannot stop every unit from being
 * issued", "may keep the dose from being delivered").
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs (lemmas) of barring. */
const BARRING: ReadonlySet<string> = new Set(['stop', 'prevent', 'block', 'keep', 'bar', 'prohibit']);
/** What is barred from happening to the patient (participles after "from being"). */
const REACHING_PATIENT: ReadonlySet<string> = new Set([
  'issued', 'released', 'dispensed', 'given', 'administered', 'assigned', 'transfused', 'delivered', 'infused', 'injected', 'allocated',
]);

export function barredFromPatientCue(words: readonly Word[], clauses: readonly Clause[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let f = 2; f + 2 < words.length; f++) {
    if (words[f].w !== 'from' || words[f + 1].w !== 'being' || !REACHING_PATIENT.has(words[f + 2].w)) continue;
    // the barring verb a few words before, past its object
    let v = -1;
    for (let j = f - 1; j >= 0 && j >= f - 7; j--) {
      if (words[j].tag === 'verb' && BARRING.has(words[j].lemma ?? '')) {
        v = j;
        break;
      }
      if (words[j].tag === 'punct') break;
    }
    if (v < 0) continue;
    const clause = clauses.find((c) => c.from <= v && v < c.to);
    if (clause?.agent !== 'software') continue;
    if (words.slice(Math.max(clause.from, v - 4), v).some((w) => w.tag === 'neg' || V.DENY_OR_HEDGE.has(w.w))) continue;
    out.push({ kind: 'autonomous', first: v, last: f + 2 });
    return;
  }
}
