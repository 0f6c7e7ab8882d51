/**
 * A therapy decision said to be the machine's own (stop 55): "when to stop is the machine's call, not mine", "the power
 * juggling is the generator's job", "the timing of each pulse is the device's decision". Spoken and informal registers give
 * the controller the decision with a possessive, as they give the physician theirs ("is the radiologist's call", read in
 * `acts`). Only a machine that gives a therapy owns it here, only a decision or a job, after a linking verb, and only
 * when the words before name a therapy act or setting; not under a negation ("is not the pump's call").
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Machines that give a therapy, as the owner: "the generator's", "the console's", "the machine's". */
const THERAPY_OWNERS: ReadonlySet<string> = new Set([
  ...V.SELF_SETTING_MACHINES, 'machine', 'machines', 'console', 'consoles', 'box', 'unit', 'device', 'system', 'loop', 'algorithm',
]);
/** What the machine owns: a decision or a job. */
const OWNED: ReadonlySet<string> = new Set([...V.OWNED_DECISIONS, 'job', 'task', 'business', 'work']);
/** Linking verbs before the owner. */
const LINKING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'stays', 'stay', "'s"]);
/** Words that name a therapy act or setting in the subject: "when to stop", "the power juggling", "the dose". */
const THERAPY_TOPICS: ReadonlySet<string> = new Set([
  'stop', 'stopping', 'start', 'starting', 'power', 'energy', 'wattage', 'dose', 'doses', 'dosing', 'rate', 'pressure', 'infusion', 'flow',
  'current', 'stimulation', 'timing', 'pacing', 'shock', 'shocks', 'delivery', 'heating', 'cooling', 'temperature', 'insulin',
]);

/** Whether the word is a possessive of a therapy machine: "machine's", "generator's". */
function machineOwner(word: Word | undefined): boolean {
  if (word === undefined || !/'s?$/.test(word.w)) return false;
  const owner = word.w.replace(/'s?$/, '');
  return owner !== word.w && THERAPY_OWNERS.has(owner);
}

export function machineCallCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  // ("When to stop is …": a wh-word before an infinitive asks what is decided; it sets no condition)
  const whInfinitive = V.SUBORDINATORS.has(clause.opener) && words[clause.from]?.tag === 'to';
  // (whoever the clause's subject is: the possessive names the machine as the owner, "I watch, but when to stop is the machine's call")
  if ((scope.hypothetical && !whInfinitive) || scope.hedged) return;
  for (let k = clause.from + 2; k < clause.to; k++) {
    if (!OWNED.has(words[k].w) || !machineOwner(words[k - 1])) continue;
    let link = k - 2;
    while (link >= clause.from && (words[link].tag === 'det' || words[link].tag === 'adj' || words[link].tag === 'adv')) link--;
    if (link < clause.from || !LINKING.has(words[link].w)) continue;
    // (a negation before the owner denies it: "is not the pump's call"; a contrast after it only names who does not own it:
    // "is the machine's call, not mine")
    if (words.slice(clause.from, k).some((w) => w.tag === 'neg')) continue;
    // The topic: a therapy act or setting among the words before the link, in this clause or the subject clause before it.
    let topic = false;
    for (let j = Math.max(0, link - 8); j < link && !topic; j++) topic = THERAPY_TOPICS.has(words[j].w) || THERAPY_TOPICS.has(words[j].lemma ?? '');
    if (!topic) continue;
    out.push({ kind: 'autonomous', first: link, last: k });
    return;
  }
}
