/**
 * Who performs a sentence's main act, where the main clause's own agent says too little. The
 * clause agents (clauses.ts) drive the cues; these rules only name the sentence's actor, as the
 * labelling guide does: the software behind an agentless passive of its work, the software behind
 * an output a person receives, the physician a duty is left to.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { AgentKind } from './clauses';
import * as V from './vocabulary';

/** A statistic or study word as a subject ("sensitivity was calculated"): nobody's act in use. */
function isStatistic(w: string): boolean {
  return (V.STUDY_NOUNS.has(w) || V.STATISTIC_WORDS.has(w)) && !V.SOFTWARE_NOUNS.has(w) && !V.INGESTED_DATA.has(w) && !WORKED_ITEMS.has(w) && !V.OUTPUT_NOUNS.assistive.includes(w);
}
/** Study words that also name what the software works on in use: "cases are moved up", "samples are analysed". */
const WORKED_ITEMS: ReadonlySet<string> = new Set(['exams', 'samples', 'sample']);

/** "For each study, …": a study counted one by one is an exam the software reads, not a trial. */
const EACH: ReadonlySet<string> = new Set(['each', 'every']);

/** A sentence about a study or its testing ("In the reader study, …", "Use in children has not been tested"): it reports the evaluation, where nobody uses the device. */
export function namesStudy(words: readonly Word[]): boolean {
  return words.some((w, k) => (V.TRIAL_NOUNS.has(w.w) && !EACH.has(words[k - 1]?.w ?? '')) || w.w === 'testing');
}

/** Passives that state the scope of use, not work done: "children are excluded", "a T1 series is required". */
const SCOPE_PASSIVES: ReadonlySet<string> = new Set(['exclude', 'require', 'support']);

/**
 * "Ectopic beats are detected and counted", "A report is generated": an agentless passive about
 * things (not people, not a statistic, not a study) describes the software's work. A modal or
 * "to be" passive ("should be interpreted", "are to be used") is an instruction to someone, and a
 * sentence about a study or its testing describes the evaluation: both keep no agent.
 */
function agentlessPassiveOfWork(words: readonly Word[], main: Clause): boolean {
  if (!main.passive || main.byAgent >= 0 || main.subject < 0) return false;
  const head = words[main.subject].w;
  if (isStatistic(head) || V.PHYSICIAN_NOUNS.has(head) || V.OTHER_NOUNS.has(head)) return false;
  if (namesStudy(words)) return false;
  const verb = main.verbs[0] ?? main.subject;
  if (SCOPE_PASSIVES.has(words[verb].lemma ?? '') || SCOPE_PASSIVES.has(words[verb].w.replace(/d$/, ''))) return false;
  for (let j = verb - 1; j > main.subject && j >= verb - 4; j--) if (words[j].tag === 'modal' || words[j].tag === 'to') return false;
  return true;
}

/** Verbs by which a person takes in what is sent to them. */
const RECEIVING: ReadonlySet<string> = new Set(['receive', 'get']);
/** What a person receives from the software: a message, an alert, a notification (an analysis or a report the person then weighs is theirs to read). */
const MESSAGES: ReadonlySet<string> = new Set([
  'message', 'messages', 'notification', 'notifications', 'alert', 'alerts', 'alarm', 'alarms', 'warning', 'warnings',
  'notice', 'notices', 'prompt', 'prompts', 'reminder', 'reminders', 'page', 'pages', 'text', 'texts', 'email', 'e-mail',
]);

/**
 * "The user receives a notification", "Specialists get a message for each flagged case": the
 * person only takes in what the software sends; the software is the one that acts.
 */
function receivesOutput(words: readonly Word[], main: Clause): boolean {
  if (main.passive || main.subject < 0 || main.opener === 'who' || (main.agent !== 'physician' && main.agent !== 'other')) return false;
  const verb = main.verbs[0];
  // The person's own verb, right after them ("Clinicians who receive a notification remain responsible" is about their duty).
  if (verb === undefined || !RECEIVING.has(words[verb].lemma ?? '') || verb > main.subject + 2) return false;
  for (let k = verb + 1; k < main.to && k <= verb + 8; k++) {
    const w = words[k].w;
    if (MESSAGES.has(w)) return true;
    if (words[k].tag === 'verb' || words[k].tag === 'prep' || words[k].tag === 'punct') return false;
  }
  return false;
}

/**
 * "Convolutional networks outline …", "Two classifiers sort …": the plural of a word that names the
 * software names it too ("clients" and "assistants" may be people). Only the sentence's agent: the
 * clause keeps its reading, so no cue changes.
 */
function softwarePlural(w: string): boolean {
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && V.SOFTWARE_NOUNS.has(w.slice(0, -1)) && !PEOPLE_PLURALS.has(w);
}
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['clients', 'assistants', 'readers']);

/** The sentence's agent, given its main clause and the agent that clause has. */
export function sentenceAgent(words: readonly Word[], main: Clause | undefined, agent: AgentKind): AgentKind {
  if (!main) return agent;
  if (agent === 'none' && !main.passive && main.subject >= 0 && softwarePlural(words[main.subject].w)) return 'software';
  if (agent === 'none' && agentlessPassiveOfWork(words, main)) return 'software';
  if (receivesOutput(words, main)) return 'software';
  return agent;
}
