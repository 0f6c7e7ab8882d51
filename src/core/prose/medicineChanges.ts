/**
 * Medicines the software names for a change (stop 39): "generates a report listing medicines that could be stopped",
 * "identifies the drugs that should be reduced", "flags prescriptions that may be tapered". Naming which of a patient's
 * medicines to stop, cut or switch is a management option for the prescriber to act on: the autonomous case (Level I), as
 * "recommends stopping the diuretic" is. The modal belongs to the option ("could be stopped"), so it hedges nothing.
 *
 * Only after a verb of listing or pointing out (the software's act) within a few words, and never when that verb is negated
 * ("does not list medicines that could be stopped") or the sentence is about what a person does ("the pharmacist lists …",
 * whose clause is no software's).
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import type { Clause } from './clauses';
import * as V from './vocabulary';

const MEDICINES: ReadonlySet<string> = new Set(['medicine', 'medicines', 'medication', 'medications', 'drug', 'drugs', 'prescriptions', 'treatments', 'therapies']);
/** Verbs (surface forms) of naming things for the reader. */
const NAMING: ReadonlySet<string> = new Set([
  'list', 'lists', 'listing', 'identify', 'identifies', 'identifying', 'flag', 'flags', 'flagging', 'highlight', 'highlights', 'highlighting',
  'name', 'names', 'naming', 'suggest', 'suggests', 'suggesting', 'propose', 'proposes', 'proposing', 'point', 'points', 'pointing',
]);
/** Participles of a change to a medicine. */
const CHANGED: ReadonlySet<string> = new Set([
  'stopped', 'reduced', 'deprescribed', 'discontinued', 'tapered', 'started', 'switched', 'withdrawn', 'changed', 'lowered', 'increased',
  'adjusted', 'halted', 'ceased', 'de-escalated', 'substituted', 'replaced',
]);
const MODALS: ReadonlySet<string> = new Set(['could', 'should', 'can', 'may', 'might']);

export function medicineChangeCue(words: readonly Word[], clauses: readonly Clause[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let m = 1; m < words.length; m++) {
    if (!MEDICINES.has(words[m].w)) continue;
    const rel = words[m + 1]?.w;
    if (rel !== 'that' && rel !== 'which') continue;
    let j = m + 2;
    if (MODALS.has(words[j]?.w ?? '')) j++;
    if (words[j]?.tag !== 'be' && words[j]?.w !== 'be') continue;
    if (!CHANGED.has(words[j + 1]?.w ?? '')) continue;
    // the naming verb before the medicines, past determiners and modifiers
    let v = m - 1;
    while (v > 0 && v >= m - 4 && (words[v].tag === 'det' || words[v].tag === 'adj' || words[v].tag === 'noun' || words[v].tag === 'num')) v--;
    if (!NAMING.has(words[v]?.w ?? '')) continue;
    if (words.slice(Math.max(0, v - 3), v).some((w) => w.tag === 'neg' || w.w === 'not' || w.w === 'never')) continue;
    // the software names them: the naming verb's clause is the software's
    // (a participle after the software's output describes it: "it generates a report, specific to that person, listing …")
    const clause = clauses.find((c) => c.from <= v && v < c.to);
    const participleOfOutput = words[v].w.endsWith('ing') && words[v - 1]?.w === ',' && clause?.agent !== 'physician' && clauses.some((c) => c.to <= v && c.agent === 'software');
    if (clause?.agent !== 'software' && !participleOfOutput) continue;
    out.push({ kind: 'autonomous', first: v, last: j + 1 });
    return;
  }
}
