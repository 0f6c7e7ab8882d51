/**
 * Medicines the software names for a change (stop 39): "generates a report listing medicines that could be stopped",
 * "identifies the drugs that should be reduced", "produces a list of medicines that may be tapered". Naming which of a
 * patient's medicines to stop, cut or switch is a management option for the prescriber to act on: the autonomous case
 * (Level I), as "recommends stopping the diuretic" is. The modal is what makes it an option ("could be stopped"); without
 * it the change is history ("lists medicines that were stopped at discharge").
 *
 * Only after a verb of listing or pointing out (or of giving "a list of") whose clause is the software's, and never when
 * that verb is negated ("does not list medicines that could be stopped") or a person lists them.
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import type { Clause } from './clauses';

const MEDICINES: ReadonlySet<string> = new Set(['medicine', 'medicines', 'medication', 'medications', 'drug', 'drugs', 'prescriptions', 'treatments', 'therapies', 'doses']);
/** Verbs (surface forms) of naming things for the reader. */
const NAMING: ReadonlySet<string> = new Set([
  'list', 'lists', 'listing', 'identify', 'identifies', 'identifying', 'flag', 'flags', 'flagging', 'highlight', 'highlights', 'highlighting',
  'name', 'names', 'naming', 'suggest', 'suggests', 'suggesting', 'propose', 'proposes', 'proposing',
]);
/** Nouns of a list, and the verbs (lemmas) that give one: "produces a list of medicines …". */
const LISTS: ReadonlySet<string> = new Set(['list', 'lists', 'set', 'shortlist']);
const GIVING_A_LIST: ReadonlySet<string> = new Set(['produce', 'generate', 'give', 'provide', 'create', 'return', 'output', 'display', 'show', 'compile']);
/** Participles of a change to a medicine. */
const CHANGED: ReadonlySet<string> = new Set([
  'stopped', 'reduced', 'deprescribed', 'discontinued', 'tapered', 'started', 'switched', 'withdrawn', 'changed', 'lowered', 'increased',
  'adjusted', 'halted', 'ceased', 'de-escalated', 'substituted', 'replaced',
]);
const MODALS: ReadonlySet<string> = new Set(['could', 'should', 'can', 'may', 'might']);

/** The naming verb before the medicines at m (past their modifiers, or past "a list of"), or -1. */
function namingVerb(words: readonly Word[], m: number): number {
  let v = m - 1;
  while (v > 0 && v >= m - 4 && (words[v].tag === 'det' || words[v].tag === 'adj' || words[v].tag === 'noun' || words[v].tag === 'num')) v--;
  if (NAMING.has(words[v]?.w ?? '')) return v;
  if (words[v]?.w !== 'of' || !LISTS.has(words[v - 1]?.w ?? '')) return -1;
  let u = v - 2;
  while (u > 0 && u >= v - 5 && (words[u].tag === 'det' || words[u].tag === 'adj')) u--;
  return words[u]?.tag === 'verb' && (GIVING_A_LIST.has(words[u].lemma ?? '') || NAMING.has(words[u].w)) ? u : -1;
}

export function medicineChangeCue(words: readonly Word[], clauses: readonly Clause[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let m = 1; m < words.length; m++) {
    if (!MEDICINES.has(words[m].w)) continue;
    const rel = words[m + 1]?.w;
    if ((rel !== 'that' && rel !== 'which') || !MODALS.has(words[m + 2]?.w ?? '') || words[m + 3]?.w !== 'be' || !CHANGED.has(words[m + 4]?.w ?? '')) continue;
    const v = namingVerb(words, m);
    if (v < 0) continue;
    if (words.slice(Math.max(0, v - 3), v).some((w) => w.tag === 'neg' || w.w === 'not' || w.w === 'never')) continue;
    // the software names them: the naming verb's clause is the software's
    // (a participle after the software's output describes it: "it generates a report, specific to that person, listing …")
    const clause = clauses.find((c) => c.from <= v && v < c.to);
    const participleOfOutput = words[v].w.endsWith('ing') && words[v - 1]?.w === ',' && clause?.agent !== 'physician' && clauses.some((c) => c.to <= v && c.agent === 'software');
    if (clause?.agent !== 'software' && !participleOfOutput) continue;
    out.push({ kind: 'autonomous', first: v, last: m + 4 });
    return;
  }
}
