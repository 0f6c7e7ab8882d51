/**
 * A dossier author writes "we" for the service as well as for the company: "We send the treating
 * cardiologist an alert", "we return a structured report to the ordering physician". When "we" hands a
 * physician a message or an output, the service's software does it (round 16d); "we" that validates,
 * hosts, offers or sells the product stays the company (`other`).
 */
import type { Word } from './tags';
import * as V from './vocabulary';

/** Verbs by which the service hands over an output: "send", "return", "deliver", "issue", "email", "forward", "push". */
const HANDING: ReadonlySet<string> = new Set(['send', 'return', 'deliver', 'issue', 'email', 'forward', 'push', 'provide', 'give']);
/** Verbs that are the message themselves, to a physician: "we notify the radiologist", "we alert the stroke team". */
const MESSAGING: ReadonlySet<string> = new Set(['notify', 'alert', 'page', 'warn']);
/** Messages and outputs the service hands over. */
const HANDED: ReadonlySet<string> = new Set([
  'alert', 'alerts', 'notification', 'notifications', 'message', 'messages', 'report', 'reports', 'result', 'results',
  'score', 'scores', 'summary', 'summaries', 'flag', 'flags', 'warning', 'warnings', 'pop-up', 'pop-ups', 'page', 'pages',
]);
/** How far after the verb the output or the physician may stand. */
const REACH = 7;

/** Whether the clause whose subject is "we" and whose first verb is at `verb` hands a physician an output, within [verb, to). */
export function serviceHandsOutput(words: readonly Word[], subject: number, verb: number, to: number): boolean {
  if (words[subject]?.w !== 'we' || words[verb]?.tag !== 'verb') return false;
  const lemma = words[verb].lemma ?? '';
  const handing = HANDING.has(lemma);
  if (!handing && !MESSAGING.has(lemma)) return false;
  let output = false;
  let physician = false;
  for (let k = verb + 1; k < to && k <= verb + REACH; k++) {
    const w = words[k].w;
    // "we send a summary of the study to the FDA": the evaluation, or a regulator, is no care.
    if (V.TRIAL_NOUNS.has(w) || V.STUDY_NOUNS.has(w) || V.OTHER_NOUNS.has(w)) return false;
    if (HANDED.has(w)) output = true;
    if (V.PHYSICIAN_NOUNS.has(w) && !V.AMBIGUOUS_HUMANS.has(w)) physician = true;
    if (words[k].tag === 'verb' || words[k].tag === 'sub' || words[k].tag === 'rel') break;
  }
  return handing ? output : physician;
}
