/**
 * Who performs a sentence's main act, where the main clause's own agent says too little. The
 * clause agents (clauses.ts) drive the cues; these rules only name the sentence's actor, as the
 * labelling guide does: the software behind an agentless passive of its work, the software behind
 * an output a person receives, the physician a duty is left to.
 */
import { linkEnd, type Word } from './tags';
import type { Clause } from './clauses';
import type { AgentKind } from './clauses';
import * as V from './vocabulary';

/** A statistic or study word as a subject ("sensitivity was calculated"): nobody's act in use. */
function isStatistic(w: string): boolean {
  return (V.STUDY_NOUNS.has(w) || V.STATISTIC_WORDS.has(w)) && !V.SOFTWARE_NOUNS.has(w) && !V.INGESTED_DATA.has(w) && !WORKED_ITEMS.has(w) && !V.OUTPUT_NOUNS.assistive.includes(w);
}
/** Study words that also name what the software works on in use: "cases are moved up", "samples are analysed". */
const WORKED_ITEMS: ReadonlySet<string> = new Set(['exams', 'samples', 'sample']);

/** "For each study, …", "every flagged study": a study counted one by one is an exam the software reads, not a trial. */
const EACH: ReadonlySet<string> = new Set(['each', 'every']);

/** A sentence about a study or its testing ("In the reader study, …", "Use in children has not been tested"): it reports the evaluation, where nobody uses the device. */
export function namesStudy(words: readonly Word[]): boolean {
  return words.some((w, k) => (V.TRIAL_NOUNS.has(w.w) && !EACH.has(words[k - 1]?.w ?? '') && !EACH.has(words[k - 2]?.w ?? '')) || w.w === 'testing');
}

/** Passives that state the scope of use, not work done: "children are excluded", "a T1 series is required". */
const SCOPE_PASSIVES: ReadonlySet<string> = new Set(['exclude', 'require', 'support']);

/**
 * "Ectopic beats are detected and counted", "A report is generated": an agentless passive about
 * things (not people, not a statistic, not a study) describes the software's work, or how the
 * software is to be used ("may be used alongside …"; reading it is the physician's, see
 * obligedReading). A sentence about a study or its testing describes the evaluation: no agent.
 */
function agentlessPassiveOfWork(words: readonly Word[], main: Clause): boolean {
  if (!main.passive || main.byAgent >= 0 || main.subject < 0) return false;
  const head = words[main.subject].w;
  if (isStatistic(head) || V.PHYSICIAN_NOUNS.has(head) || V.OTHER_NOUNS.has(head)) return false;
  if (namesStudy(words)) return false;
  // The participle ("are to be reviewed": "are" counts among the clause's verbs too).
  const verb = main.verbs.find((v) => words[v].form === 'ed') ?? main.verbs[0] ?? main.subject;
  if (SCOPE_PASSIVES.has(words[verb].lemma ?? '') || SCOPE_PASSIVES.has(words[verb].w.replace(/d$/, ''))) return false;
  return true;
}

/** Passives that say whom the device serves: "patients may be monitored with it", "adults are covered by the indication". */
const INDICATION_PASSIVES: ReadonlySet<string> = new Set(['monitor', 'ventilate', 'cover', 'include', 'indicate', 'intend']);
/** What a by-phrase of such a passive may name: "covered by the indication", "included in the labelling". */
const INDICATION_NOUNS: ReadonlySet<string> = new Set(['indication', 'indications', 'labeling', 'labelling', 'label']);
/** The device's use as a subject: "Use in children is excluded", "Use with other scanners is not recommended". */
const USE_NOUNS: ReadonlySet<string> = new Set(['use', 'usage']);
/** Passives that state what is advised or allowed for that use. */
const USE_SCOPE: ReadonlySet<string> = new Set([...SCOPE_PASSIVES, 'recommend', 'intend', 'indicate', 'permit', 'allow', 'contraindicate']);

/**
 * "Neonatal and adult patients may be monitored with it in the ward", "Only adult patients are covered by
 * the indication", "Use in critical care monitoring is excluded": a passive that says whom the device serves,
 * or what its use is limited to, states its indication, which the labelling guide gives to the software
 * (round 16d). Patients diagnosed or treated by someone unnamed stay nobody's act.
 */
function indicationPassive(words: readonly Word[], main: Clause): boolean {
  if (!main.passive || main.subject < 0) return false;
  const head = words[main.subject].w;
  const verb = main.verbs.find((v) => words[v].form === 'ed');
  if (verb === undefined) return false;
  const lemma = words[verb].lemma ?? words[verb].w.replace(/d$/, '');
  if (main.byAgent >= 0) return V.OTHER_NOUNS.has(head) && INDICATION_NOUNS.has(words[main.byAgent].w);
  if (USE_NOUNS.has(head)) return USE_SCOPE.has(lemma);
  return V.OTHER_NOUNS.has(head) && INDICATION_PASSIVES.has(lemma) && !namesStudy(words);
}

/** Verbs by which a person takes in what is sent to them. */
const RECEIVING: ReadonlySet<string> = new Set(['receive', 'get']);
/** What a person receives from the software: a message, an alert, a notification (an analysis or a report the person then weighs is theirs to read). */
const MESSAGES: ReadonlySet<string> = new Set([
  'message', 'messages', 'notification', 'notifications', 'alert', 'alerts', 'alarm', 'alarms', 'warning', 'warnings',
  'notice', 'notices', 'prompt', 'prompts', 'reminder', 'reminders', 'page', 'pages', 'text', 'texts', 'email', 'e-mail',
  // "The radiologist gets a pop-up with a preview" (round 16d)
  'pop-up', 'pop-ups', 'popup', 'popups', 'banner', 'banners',
]);

/**
 * "The user receives a notification", "Specialists get a message for each flagged case": the
 * person only takes in what the software sends; the software is the one that acts. So does a thing
 * that receives an output: "Each plate receives one of three results", "Each region gets a score".
 */
function receivesOutput(words: readonly Word[], main: Clause): boolean {
  const person = main.agent === 'physician' || main.agent === 'other';
  if (main.passive || main.subject < 0 || main.opener === 'who' || (!person && main.agent !== 'none')) return false;
  const verb = main.verbs[0];
  // The person's own verb, right after them ("Clinicians who receive a notification remain responsible" is about their duty).
  if (verb === undefined || !RECEIVING.has(words[verb].lemma ?? '') || verb > main.subject + 2) return false;
  for (let k = verb + 1; k < main.to && k <= verb + 8; k++) {
    const w = words[k].w;
    if (MESSAGES.has(w) || (!person && isOutputNoun(w))) return true;
    // "receives one of three results"
    if (w === 'of' && (words[k - 1]?.tag === 'num' || words[k - 1]?.w === 'one')) continue;
    // "receives audio, visual and haptic alerts": a list of qualifiers runs on to the noun.
    if (words[k].tag === 'verb' || words[k].tag === 'prep' || (words[k].tag === 'punct' && w !== ',')) return false;
  }
  return false;
}

/** A noun that names an output of any class ("score", "result", "label"), but not the items the software reads ("images", "cases"). */
function isOutputNoun(w: string): boolean {
  if (['images', 'image', 'cases', 'case', 'studies', 'regions', 'frames'].includes(w)) return false;
  return V.OUTPUT_NOUNS.assistive.includes(w) || V.OUTPUT_NOUNS.augmentative.includes(w) || V.OUTPUT_NOUNS.autonomous.includes(w) || V.RESULT_NOUNS.has(w) || w === 'label' || w === 'labels';
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

/** Physician-reading verbs an obliged passive leaves to someone: "should be interpreted", "must be weighed". */
const READING_VERBS: ReadonlySet<string> = new Set(['review', 'interpret', 'read', 'weigh', 'evaluate', 'assess', 'confirm', 'verify', 'examine', 'correlate', 'over-read', 'overread']);

/**
 * "Results must be weighed together with the tracing", "The findings are to be interpreted
 * according to …": reading the output, with a modal or "to be" and no agent named, is the
 * physician's duty (who else reads and weighs a result).
 */
function obligedReading(words: readonly Word[], main: Clause): boolean {
  if (!main.passive || main.byAgent >= 0 || main.subject < 0) return false;
  const verb = main.verbs.find((v) => words[v].form === 'ed');
  if (verb === undefined || !READING_VERBS.has(words[verb].lemma ?? '')) return false;
  // "should not be read as proof …" warns against a reading; it hands no reading to anyone.
  for (let j = verb - 1; j > main.subject && j >= verb - 5; j--) if (words[j].tag === 'neg') return false;
  for (let j = verb - 1; j > main.subject && j >= verb - 5; j--) if (words[j].tag === 'modal' || words[j].tag === 'to') return true;
  return false;
}

/** "Whoever is notified looks at the full study": the one the software notifies is the reading clinician. */
const WHOEVER: ReadonlySet<string> = new Set(['whoever', 'whomever']);

/** The duty links by their first word, in the vocabulary's order: a word that opens none costs one lookup. */
const DUTY_LINKS_BY_FIRST = new Map<string, Array<readonly string[]>>();
for (const link of V.DUTY_LINKS) {
  const list = DUTY_LINKS_BY_FIRST.get(link[0]);
  if (list) list.push(link);
  else DUTY_LINKS_BY_FIRST.set(link[0], [link]);
}

/**
 * "The diagnostic decision rests with the radiologists", "Reading the series remains the job of the
 * specialist", "interpretation is left to the clinician": a duty handed to a physician (the links are
 * the vocabulary's DUTY_LINKS) makes the physician the one who acts.
 */
function dutyOfPhysician(words: readonly Word[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const links = DUTY_LINKS_BY_FIRST.get(words[k].w);
    if (!links) continue;
    for (const link of links) {
      // ("stays firmly with the pathologist": adverbs inside the link are read through)
      const end = linkEnd(words, k, link);
      if (end < 0) continue;
      // "does not replace the role of the dentist": a negated link hands nothing over.
      if (words.slice(Math.max(0, k - 4), k).some((w) => w.tag === 'neg')) continue;
      for (let j = end; j < words.length && j <= end + 4; j++) {
        if (V.PHYSICIAN_NOUNS.has(words[j].w) && !V.AMBIGUOUS_HUMANS.has(words[j].w)) return true;
        if (words[j].tag === 'verb' || words[j].tag === 'punct' || words[j].tag === 'rel') break;
      }
    }
  }
  return false;
}

/**
 * "Using data entered by the user, …", "Drawing on the trend the monitor keeps, …", "From radiographs taken
 * upright, …": a sentence's first clause (after verbless adverbials only) whose verbs are all participles with no auxiliary before them (no
 * finite verb) is a fronted phrase; the clause after its comma is the main one (round 16d).
 */
export function frontedPhrase(words: readonly Word[], clause: Clause): boolean {
  if (clause.verbs.length === 0 || (clause.from > 0 && words[clause.from - 1].w !== ',')) return false;
  // ("In routine use, for a nodule seen on both exams, it reports …": past verbless adverbials before it.)
  for (let j = 0; j < clause.from; j++) if (words[j].tag === 'verb' || words[j].tag === 'be') return false;
  const first = words[clause.from];
  // ("Using data entered by the user, …": an opening participle the tagger read as a modifier of the noun after it.)
  const participle = (first.tag === 'verb' || (first.tag === 'adj' && clause.from === 0)) && (first.form === 'ing' || first.form === 'ed');
  if (!(first.tag === 'prep' || participle)) return false;
  for (const v of clause.verbs) {
    const form = words[v].form;
    // "Drawing on the trend the monitor keeps in memory, …": a finite verb of a reduced relative inside the phrase (round 18a).
    // (Only after an opening participle: "For each eye the result states …" is a fronted phrase and the main clause, with no comma.)
    if (participle && words[v].tag === 'verb' && form === 's' && reducedRelativeVerb(words, clause.from, v)) continue;
    if (words[v].tag !== 'verb' || (form !== 'ing' && form !== 'ed')) return false;
    const before = words[v - 1]?.tag;
    if (before === 'be' || before === 'have' || before === 'modal' || before === 'to' || before === 'do') return false;
  }
  return true;
}

/** "the trend the monitor keeps": the verb at v follows a determiner-led noun phrase that follows a noun, inside [from, v). */
function reducedRelativeVerb(words: readonly Word[], from: number, v: number): boolean {
  let j = v - 1;
  while (j > from && (words[j].tag === 'noun' || words[j].tag === 'adj')) j--;
  return j > from && j < v - 1 && words[j].tag === 'det' && words[j - 1].tag === 'noun';
}

/** The sentence's agent, given its main clause and the agent that clause has. */
export function sentenceAgent(words: readonly Word[], main: Clause | undefined, agent: AgentKind): AgentKind {
  if (!main) return agent !== 'physician' && dutyOfPhysician(words) ? 'physician' : agent;
  if (main.subject >= 0 && WHOEVER.has(words[main.subject].w)) return 'physician';
  if (agent !== 'physician' && obligedReading(words, main)) return 'physician';
  if (agent === 'none' && !main.passive && main.subject >= 0 && softwarePlural(words[main.subject].w)) return 'software';
  if (agent === 'none' && agentlessPassiveOfWork(words, main)) return 'software';
  if (agent === 'none' && indicationPassive(words, main)) return 'software';
  if (receivesOutput(words, main)) return 'software';
  if (agent !== 'physician' && dutyOfPhysician(words)) return 'physician';
  return agent;
}
