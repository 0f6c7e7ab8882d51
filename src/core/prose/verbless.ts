/**
 * A sentence in which the tagger found no verb at all ("The patient then injects the dose", "Sleep
 * labs upload their recordings", "Clinicians can browse the segmentation") has no clause, so nobody
 * acts in it. Every sentence has a verb: where none is known, the one the word order points to is
 * taken as the verb, so the clause and its subject, and so the sentence's agent, are found. Only
 * the agent: a verb no cue list knows makes no cue, and the cues keep the tagger's reading.
 */
import type { Word } from './tags';
import { agentOfHead, clausesOf, headOf, type AgentKind, type Context } from './clauses';
import { namesStudy } from './agent';

/** Tags that end a subject noun phrase right before its verb. */
const SUBJECT_END: ReadonlySet<string> = new Set(['noun', 'name', 'adv']);
/** Tags that can follow a verb: its object, a complement, a preposition or an adverb. */
const AFTER_VERB: ReadonlySet<string> = new Set(['det', 'pron', 'adv', 'prep', 'num', 'to', 'noun', 'name', 'adj']);

function isVerbal(word: Word): boolean {
  return word.tag === 'verb' || word.tag === 'be';
}

/** A third-person "-s" form: "injects", "logs", "arrives" (not "class", "status", "analysis"). */
function sForm(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith("'s");
}

function makeVerb(word: Word, form: 'base' | 's'): void {
  word.tag = 'verb';
  word.form = form;
  word.lemma = form === 's' ? word.w.replace(/(?<=[sxz]|ch|sh)es$/, '').replace(/ies$/, 'y').replace(/s$/, '') : word.w;
}

/** The agent of a sentence without a known verb, read from a copy of its words with the verb guessed; 'none' when no subject shows. */
export function verblessAgent(words: readonly Word[], context: Context): AgentKind {
  if (namesStudy(words)) return 'none';
  const copy = words.map((word) => ({ ...word }));
  guessVerb(copy);
  const clause = clausesOf(copy, { ...context }).find((c) => c.subject >= 0);
  return clause ? clause.agent : fragmentAgent(copy, context);
}

/** Words in a fragment short enough to be a label ("Prescription only.", "Home or hospital use."). */
const SHORT_FRAGMENT = 4;

/**
 * A sentence in which no verb shows even by word order: its first noun phrase names who it is about
 * ("Patients with stable fixation use it at home", "Six electrodes sit inside the band"); a fragment
 * that names nobody ("Adults only.", "Home or hospital use.") states the device's indication or
 * setting, which the labelling guide gives to the software (round 16d).
 */
function fragmentAgent(words: readonly Word[], context: Context): AgentKind {
  // "Adults only.", "Children excluded.": a fragment this short is a label of the indication, whoever it names.
  if (words.filter((w) => w.tag !== 'punct').length <= SHORT_FRAGMENT) return 'software';
  // Past a fronted adverbial: "In routine use, people with diabetes use it at home".
  const comma = words[0]?.tag === 'prep' ? words.findIndex((w) => w.w === ',') : -1;
  const head = headOf(words, comma + 1, words.length);
  const agent = head >= 0 ? agentOfHead(words[head].w, context, words[head].tag === 'name') : 'none';
  return agent === 'none' ? 'software' : agent;
}

/** Tags the verb of a sentence that has none: after a modal or "does not", or where the subject ends. */
function guessVerb(words: Word[]): void {
  if (words.some(isVerbal)) return;
  // "can browse", "cannot catch", "should not act", "does not point": the word after the auxiliary.
  for (let k = 0; k < words.length; k++) {
    const t = words[k].tag;
    if (t !== 'modal' && t !== 'do' && !(t === 'neg' && words[k].w === 'cannot')) continue;
    let j = k + 1;
    while (j < words.length && (words[j].tag === 'neg' || words[j].tag === 'adv')) j++;
    if (words[j]?.tag === 'noun') {
      makeVerb(words[j], 'base');
      return;
    }
  }
  // "The patient then injects the dose", "Sleep labs upload their recordings": the first word after the
  // subject that has a verb's shape, followed by what a verb takes.
  for (let k = 1; k < words.length - 1; k++) {
    const word = words[k];
    const prev = words[k - 1];
    const next = words[k + 1];
    if (word.tag !== 'noun' || !SUBJECT_END.has(prev.tag) || !AFTER_VERB.has(next.tag)) continue;
    // "injects", "logs": an -s form after a singular noun or an adverb (a plural before it makes it a compound: "glucose readings").
    if (sForm(word.w) && (prev.tag === 'adv' || !sForm(prev.w))) {
      makeVerb(word, 's');
      return;
    }
    // "labs upload their …": a bare form after a plural, before an object or a preposition.
    if (!sForm(word.w) && prev.tag !== 'adv' && sForm(prev.w) && (next.tag === 'det' || next.tag === 'pron' || next.tag === 'prep')) {
      makeVerb(word, 'base');
      return;
    }
  }
}
