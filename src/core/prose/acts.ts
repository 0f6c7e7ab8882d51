/**
 * Stage 6: output-centric cue patterns, every cue in a clause. A clause whose agent is the
 * software shows a class through an output act ("flags", "quantifies", "adjusts basal insulin
 * delivery") or an output noun ("provides a risk score", "intended for polyp detection", "a
 * computer-aided triage and notification software"); it helps a person through a help verb ("aids
 * endoscopists in detecting"). A clause whose agent is a physician shows that a physician
 * interprets ("must review", "is responsible for viewing", "reviewed … by the practitioner").
 * "Without physician review" says the software acts alone, unless the clause is itself negated
 * ("never releases a value without physician review"). Processing verbs name no output and are
 * not cues.
 */
import type { AiClass } from '../types';
import { offeredOptionHead, type Clause } from './clauses';
import type { ClauseScope } from './scope';
import { isWorkForm, linkEnd, modifiesPhysician, verbHit, type Word } from './tags';
import { reviewAtPeriodicVisits } from './periodic';
import { exclusionPlace } from './excluded';
import * as V from './vocabulary';
import { measuredAgainstBefore } from './readers';
import { artefactWhether, eventWhether, riskGradeWhether, transferWhether } from './whether';
import { auditOfUse, retrospectiveReview } from './oversight';
import { relayedFromEquipment } from './relayed';
import { aidedReading, intendedUseOnly } from './intention';
import { hedgedCondition } from './hedged';
import { measuredReading } from './measured';
import { consumerSetting, layAt, resultToLayPerson } from './layUse';
import { labAnswer } from './labResults';
import { dosingQuestion, howAfterRecipient } from './dosing';
import { namedQuantityValue } from './quantities';

export type CueKind = AiClass | 'physician-interprets';

/** A cue over words [first, last] of a sentence. */
export interface WordCue {
  kind: CueKind;
  first: number;
  last: number;
}

// Vocabulary read for every word: module-level names, so that tsx (tests, eval, benchmark) does not read each through its import getters.
const { CONCLUSION_NOUNS, REVIEW_NOUNS, ADVISED_THERAPY_NOUNS, CAUSATIVE_FORMS, STUDY_REFERENCE_WORDS, MACHINE_READING_NOUNS } = V;

/** Verbs of going over data that, with "through", read as processing rather than pointing out. */
const SIFTING: ReadonlySet<string> = new Set(['comb', 'scour', 'sift']);
/** Verbs of pointing out what the sifting found: "combs through every scan and flags the slices …". */
const SIFTED_FINDS: ReadonlySet<string> = new Set(['flag', 'mark', 'highlight', 'circle', 'outline', 'alert', 'notify', 'point', 'pick', 'tag']);
/** Whether "and" and an -s or past verb of pointing out follow the sifting verb at k within its sentence. */
function siftedThenActs(words: readonly Word[], k: number): boolean {
  for (let j = k + 2; j < words.length - 1 && j <= k + 14; j++) {
    if (words[j].w === '.' || words[j].w === ';') return false;
    if (words[j].w === 'and' && words[j + 1].tag === 'verb' && words[j + 1].form !== 'ing' && words[j + 1].form !== 'base') return SIFTED_FINDS.has(words[j + 1].lemma ?? '');
  }
  return false;
}
/** CATEGORY_PHRASES by first word, in list order (a phrase can only start at its first word). */
const CATEGORY_BY_FIRST = new Map<string, (typeof V.CATEGORY_PHRASES)[number][]>();
for (const phrase of V.CATEGORY_PHRASES) {
  const list = CATEGORY_BY_FIRST.get(phrase.words[0]);
  if (list) list.push(phrase);
  else CATEGORY_BY_FIRST.set(phrase.words[0], [phrase]);
}
const ACTS_BY_LEMMA = new Map<string, V.ActCue[]>();
for (const entry of V.ACT_CUES) {
  for (const verb of entry.verbs) {
    const list = ACTS_BY_LEMMA.get(verb);
    if (list) list.push(entry);
    else ACTS_BY_LEMMA.set(verb, [entry]);
  }
}
/** Lemmas with an autonomous act among their cues (tested for every verb: one lookup, no scan of the acts). */
const AUTONOMOUS_ACT_LEMMAS: ReadonlySet<string> = new Set([...ACTS_BY_LEMMA].filter(([, acts]) => acts.some((a) => a.cls === 'autonomous')).map(([lemma]) => lemma));
const OUTPUT_VERBS = new Set(V.OUTPUT_VERBS);
/** Verbs of passing an event on to people: "is reported to the care team", "are forwarded to the nurse". */
const RELAYING: ReadonlySet<string> = new Set(['report', 'send', 'forward', 'relay', 'escalate', 'pass']);
/** Who an event is passed to: the care team and the people at home. */
const EVENT_RECIPIENTS: ReadonlySet<string> = new Set(['team', 'teams', 'carer', 'carers', 'caregiver', 'caregivers', 'relatives', 'family', 'nurse', 'nurses', 'staff']);

/** The person an agentless passive at k passes something to ("is reported to the home-care team"), or -1. */
function relayedTo(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  if (words[j]?.w === 'on' || words[j]?.tag === 'adv') j++;
  if (words[j]?.w !== 'to') return -1;
  for (let i = j + 1; i < to && i <= j + 4; i++) {
    const w = words[i].w;
    // (not a physician: "every radiograph is sent to the radiologist" routes the work to its reader)
    if (EVENT_RECIPIENTS.has(w)) return words[i + 1]?.w === 'for' ? -1 : i;
    if (words[i].tag !== 'det' && words[i].tag !== 'adj' && words[i].tag !== 'noun' && words[i].tag !== 'name') return -1;
  }
  return -1;
}

/** Output verbs that, in an agentless passive, are a person's act: "while the prescription is still being written" (stop 36). */
const WRITTEN_BY_PEOPLE: ReadonlySet<string> = new Set(['write', 'draft']);
const HELP_VERBS = new Set(V.HELP_VERBS);
const GOAL_VERBS: ReadonlySet<string> = new Set(['aim', 'target']);
const RISK_WORDS: ReadonlySet<string> = new Set(['risk', 'risks']);
/** The word before "with" in the links by which an output is used with other findings ("together with", "in combination with"). */
const COMBINING_BEFORE_WITH: ReadonlySet<string> = new Set(V.ADJUNCT_LINKS.filter((link) => link[link.length - 1] === 'with' && link.length > 1).map((link) => link[link.length - 2]));
const SETTING_VERBS: ReadonlySet<string> = new Set(['control', 'adjust', 'mute', 'turn']);
const THERAPY = new Set(V.THERAPY_NOUNS);
/** A physician who makes, issues or signs the conclusion: "the physician issues the final diagnosis". */
const CONCLUDING = new Set(['make', 'issue', 'reach', 'render', 'give', 'establish', 'sign', 'assign', 'formulate', 'draw', 'write', 'prepare', 'dictate']);
/** Verbs by which a finding sets off an alert, and the alerts it sets off. */
const CAUSING = new Set(['trigger', 'prompt', 'raise', 'generate', 'produce', 'cause', 'fire', 'bring']);
const ALERT_NOUNS = new Set(['notification', 'notifications', 'alert', 'alerts', 'alarm', 'alarms', 'flag', 'flags', 'message', 'messages', 'warning', 'warnings', 'page', 'notice', 'notices']);
const RECEIVING = new Set(['receive', 'get', 'see', 'come']);
/**
 * Whether the verb at k receives what the software gives: "come" only as "comes with", "comes as", "comes out" or "out comes"
 * ("histories that come before the diagnosis", "alerts come in tiers" receive nothing, stop 58).
 */
function receivesAt(words: readonly Word[], k: number, lemma: string): boolean {
  if (!RECEIVING.has(lemma)) return false;
  return lemma !== 'come' || ['with', 'as', 'out'].includes(words[k + 1]?.w ?? '') || words[k - 1]?.w === 'out';
}
const WHO = new Set(['who', 'whom']);
/** Verbs by which a reader is told of a case: "is notified", "are alerted". */
const NOTIFYING: ReadonlySet<string> = new Set(['notify', 'alert', 'page', 'inform', 'warn']);

/** Marks the software places: the object of an output verb ("places marks on…", "draws a box around…"). */
const PLACED_MARKS = new Set(['word', 'message', 'messages', 'mark', 'marks', 'box', 'boxes', 'flag', 'flags', 'overlay', 'overlays', 'prompt', 'prompts', 'warning', 'warnings', 'notation', 'notations']);

/** Output verbs that move a result from one system to another: "exported to PACS", "sent to the paired phone". */
const SYSTEM_MOVING = new Set(['send', 'export', 'transmit', 'push', 'post', 'upload', 'forward', 'transfer']);
/** Verbs by which an alert travels to its reader. */
const MOTION = new Set(['go', 'travel', 'land', 'arrive', 'reach', 'pop']);
/** Hues in which a display marks what it found ("highlighted in yellow"); not black, white or grey, the colours of the image itself. */
const HUES = new Set(['red', 'green', 'yellow', 'blue', 'orange', 'purple', 'magenta', 'cyan', 'pink', 'violet']);
/** Verbs that, with a hue, depict a thing as marked: "is outlined in red", "is shown in yellow". */
const HUE_MARKING = new Set(['highlight', 'mark', 'outline', 'circle', 'shade', 'draw', 'show', 'display', 'colour', 'color', 'tint', 'paint', 'label', 'flag', 'depict', 'render', 'overlay', 'annotate', 'trace', 'encircle']);
/** Marks that may be the subject of a marking verb: "blue arrows point to …". */
const MARK_SUBJECTS = new Set(['line', 'lines', 'arrow', 'arrows', 'box', 'boxes', 'circle', 'circles', 'contour', 'contours', 'outline', 'outlines', 'marker', 'markers', 'mark', 'marks', 'dot', 'dots']);
/** "in (bright) yellow" within a few words after k: the index of the hue. */
function hueAfter(words: readonly Word[], k: number, to: number): number {
  for (let j = k + 1; j < to && j <= k + 3; j++) {
    if (words[j].w !== 'in') continue;
    for (let l = j + 1; l < to && l <= j + 2; l++) if (HUES.has(words[l].w)) return l;
    return -1;
  }
  return -1;
}
/** What a mark does to a finding: "arrows point to", "lines mark", "boxes enclose". */
const MARKS_DOING = new Set(['mark', 'outline', 'highlight', 'indicate', 'enclose', 'surround', 'encircle', 'show', 'point', 'circle', 'delineate', 'locate', 'pinpoint']);
/** A hue or a drawn-mark qualifier among the few words before the subject head at s: "red and blue lines", "bounding boxes". */
function markQualifierBefore(words: readonly Word[], s: number): boolean {
  for (let j = s - 1; j >= 0 && j >= s - 4; j--) {
    if (HUES.has(words[j].w) || V.OUTPUT_QUALIFIERS[words[j].w] === 'assistive') return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'prep') return false;
  }
  return false;
}
/** Passive participles of estimating: "how the patient is estimated to respond". */
const ESTIMATED: ReadonlySet<string> = new Set(['estimated', 'predicted', 'expected', 'projected', 'forecast']);
/** "how likely", "how probable": the degree of a likelihood. */
const LIKELIHOOD_ADJECTIVES: ReadonlySet<string> = new Set(['likely', 'unlikely', 'probable', 'improbable']);
/** Verbs that place a result against reference data: "checks … against", "sets … against", "plots … relative to". */
const NORM_PLACING: ReadonlySet<string> = new Set(['check', 'set', 'place', 'plot', 'rank', 'position', 'measure', 'score', 'grade', 'express', 'show', 'display', 'analyze', 'analyse', 'compare', 'benchmark', 'match']);
/** The links to the reference, and what names reference data from healthy or known people. */
const NORM_LINKS: ReadonlySet<string> = new Set(['against', 'relative', 'among', 'versus', 'vs']);
const NORM_WORDS: ReadonlySet<string> = new Set(['normal', 'normative', 'norms', 'reference', 'healthy', 'age-matched', 'sex-matched', 'percentile', 'percentiles', 'database', 'databases', 'controls']);
/**
 * "against fixed, predetermined normal ranges", "relative to scores from a reference database": the index of the reference word
 * after a link within a few words of the verb at k, or -1 ("checks the leads against the manual" names no reference data).
 */
function normsAfter(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j <= k + 10; j++) {
    const w = words[j].w;
    if (w === '.' || w === ';' || words[j].tag === 'sub') return -1;
    if (!NORM_LINKS.has(w)) continue;
    for (let l = j + 1; l < words.length && l <= j + 6; l++) {
      if (words[l].w === '.' || words[l].w === ';') return -1;
      if (NORM_WORDS.has(words[l].w)) return l;
    }
    return -1;
  }
  return -1;
}
/** Verbs of a quantity that changes: "how much the volume has shrunk". */
const QUANTITY_CHANGE = new Set(['changed', 'change', 'changes', 'grown', 'grew', 'shrunk', 'shrank', 'progressed', 'increased', 'decreased', 'risen', 'rose', 'fallen', 'fell']);
/**
 * The end of an indirect question about a quantity after the output verb at k (past a short recipient):
 * "how much …", "how many … per hour", "how <a quantity> has changed"; -1 when there is none.
 * "how many scans were usable" (a count) and "how to position the probe" (guidance) are not.
 */
function quantityQuestion(words: readonly Word[], k: number): number {
  const how = howAfterRecipient(words, k);
  if (how < 0) return -1;
  // "works out how much basal insulin to give": a therapy amount is a dose, which the act itself reads.
  for (let j = how + 1; j < words.length && j <= how + 4; j++) if (THERAPY.has(words[j].w)) return -1;
  // ("works out how much power to use" (stop 55): so is an energy device's amount to give)
  if (energyToGive(words, how - 1)) return -1;
  const next = words[how + 1]?.w;
  if (next === 'much') return how + 1;
  // "reports how likely it is that coronary disease is present": a likelihood asked after is a probability given
  // (not "how likely the clip is to be of diagnostic quality": feedback on the acquisition).
  if (next !== undefined && LIKELIHOOD_ADJECTIVES.has(next)) return qualityWhether(words, how) ? -1 : how + 1;
  for (let j = how + 2; j < words.length && j <= how + 9; j++) {
    const w = words[j];
    if (w.w === '.' || w.w === ';' || w.w === ',') return -1;
    if (next === 'many' && w.w === 'per') return j;
    // "shows how the patient is predicted to respond to fluids": a predicted response is an estimate.
    if (next !== 'many' && ESTIMATED.has(w.w) && words[j - 1]?.tag === 'be' && words[j + 1]?.w === 'to') return j;
    if (next !== 'many' && QUANTITY_CHANGE.has(w.w)) {
      for (let l = how + 1; l < j; l++) if (NOUN_CLASS.get(words[l].w) === 'augmentative') return j;
      return -1;
    }
  }
  return -1;
}
/** Verbs that change the order of a reading list. */
const REORDERING = new Set(['order', 'reorder', 're-order', 'rearrange', 'arrange', 're-sort', 'resort', 'reprioritize', 'reprioritise', 're-prioritize', 're-prioritise']);
/** Reading lists that are unambiguous on their own ("worklist", "queue"); a plain "list" needs "reading" before it. */
const WORKLISTS = new Set(['worklist', 'worklists', 'work-list', 'queue', 'queues']);
/** Verbs that choose among cases: "decide which studies to open first". */
const CHOOSING = new Set(['decide', 'choose', 'determine', 'know', 'select', 'pick', 'see', 'tell']);
const isWorklist = (words: readonly Word[], j: number): boolean => WORKLISTS.has(words[j]?.w ?? '') || ((words[j]?.w === 'list' || words[j]?.w === 'lists') && words[j - 1]?.w === 'reading');
/** The span of a reading order at the verb k: a reordered worklist (object or passive subject), or "which … to <verb> first" after a choosing verb. */
function readingOrder(words: readonly Word[], clause: Clause, k: number): [number, number] | undefined {
  const lemma = words[k].lemma ?? '';
  if (REORDERING.has(lemma)) {
    for (let j = k + 1; j < clause.to && j <= k + 8; j++) {
      if (isWorklist(words, j)) return [k, j];
      if (words[j].tag === 'verb' || words[j].tag === 'punct' || words[j].tag === 'sub') break;
    }
    if (clause.passive && clause.subject >= 0 && clause.subject < k && isWorklist(words, clause.subject)) return [clause.subject, k];
    return undefined;
  }
  // "decide which head CT studies to assess first": the clause opened by "which" holds "to <verb> … first".
  // ("decides which study the radiologist opens first", "which scan is read first" (stop 47): a finite reading verb or its
  // passive, with a case noun right after "which", orders the reading as well)
  if (clause.opener !== 'which' || !CHOOSING.has(words[clause.from - 2]?.lemma ?? '')) return undefined;
  if (words[k - 1]?.tag !== 'to' && !((V.STUDY_NOUNS.has(words[clause.from]?.w ?? '') || MARKED_CASES.has(words[clause.from]?.w ?? '')) && words[k].tag === 'verb' && (OPENING_CASES.has(words[k].lemma ?? '') || REVIEW_VERBS.has(words[k].lemma ?? '')))) return undefined;
  for (let j = k + 1; j < clause.to && j <= k + 3; j++) if (words[j].w === 'first') return [clause.from - 2, j];
  return undefined;
}
/** Kinds of telephone call, which are no decisions: "a phone call", "the emergency call". */
const TELEPHONE_CALLS: ReadonlySet<string> = new Set(['phone', 'telephone', 'emergency', 'video', 'conference', 'voice', 'automated', 'follow-up', 'welcome']);
/** The index of "call" or "calls" made as a decision after the verb "make" at k ("makes the final call"), or -1. */
function callsMade(words: readonly Word[], k: number): number {
  let j = k + 1;
  while (j < words.length && j <= k + 3 && (words[j].tag === 'det' || words[j].w === 'final' || words[j].w === 'actual' || words[j].w === 'real')) j++;
  if (words[j]?.w !== 'call' && words[j]?.w !== 'calls') return -1;
  if (TELEPHONE_CALLS.has(words[j - 1].w) || ['to', 'for', 'from', 'with'].includes(words[j + 1]?.w ?? '')) return -1;
  return j;
}
/** Verbs that lay something over live imaging (stop 56). */
const LAID_OVER: ReadonlySet<string> = new Set(['overlay', 'project', 'lay']);
/** What is laid over an image to read it against, no guide to a finding: "a reference grid", "a virtual scale". */
const RULERS: ReadonlySet<string> = new Set(['grid', 'grids', 'scale', 'scales', 'ruler', 'rulers', 'crosshair', 'crosshairs']);
/** What flows in the body, before "flow": "blood flow", "cerebral flow", "urine flow". */
const BODY_FLOWS: ReadonlySet<string> = new Set(['blood', 'cerebral', 'coronary', 'renal', 'urine', 'urinary', 'saliva', 'salivary', 'bile', 'lymph', 'lymphatic', 'menstrual', 'portal', 'placental', 'retinal', 'skin', 'tissue']);
/** Verbs of taking up a case from the list: "opens first", "picks up first". */
const OPENING_CASES: ReadonlySet<string> = new Set(['open', 'pick', 'see', 'look', 'report']);
/** Verbs by which a therapy changes: "delivery starts again", "stimulation stops". */
const SELF_CHANGING = new Set(['start', 'stop', 'resume', 'pause', 'increase', 'decrease', 'halt', 'suspend', 'restart',
  // "the delivered therapy changes automatically as breathing varies"
  'change', 'adapt', 'adjust', 'vary']);
/** "by itself", "on its own", "automatically" within a few words of the verb at k: the change needs nobody. */
export function onItsOwn(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = Math.max(clause.from, k - 4); j < clause.to && j <= k + 8; j++) {
    const w = words[j].w;
    if (V.MACHINE_ADVERBS.has(w)) return true;
    if ((w === 'itself' && words[j - 1]?.w === 'by') || (w === 'own' && words[j - 1]?.w === 'its' && words[j - 2]?.w === 'on')) return true;
    // "books the examination itself" (stop 30): an emphatic "itself" after the act's object (not "the device itself", its subject).
    if (w === 'itself' && j > k && words[j - 1]?.tag === 'noun' && !V.SOFTWARE_NOUNS.has(words[j - 1].w)) return true;
  }
  return false;
}

/** How a score achieved ranks: "scored best", "scored highest". */
const RANKED: ReadonlySet<string> = new Set(['best', 'highest', 'lowest', 'worst', 'better', 'worse', 'well', 'poorly', 'higher', 'lower']);
/** What may follow a score achieved: "scored 83 percent", "scored 65 points out of 100". */
const ACHIEVED_SCORE_UNITS: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'points', 'point', 'out']);
/** Words that round a figure: "about 68%", "roughly 0.9". */
const APPROXIMATIONS: ReadonlySet<string> = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'over', 'under', 'just', 'only', 'some', 'close']);
/** Whether "scored" at k is followed, within four words, by a study's figure of merit: "scored about 68% accuracy", "an AUC of". */
function achievedMerit(words: readonly Word[], k: number): boolean {
  let j = k + 1;
  while (APPROXIMATIONS.has(words[j]?.w ?? '') && j < k + 3) j++;
  for (let end = j + 4; j < end && j < words.length; j++) {
    if (V.STATISTIC_WORDS.has(words[j].w)) return true;
    if ((words[j].tag === 'punct' && words[j].w !== '%') || words[j].tag === 'verb' || words[j].tag === 'prep') return false;
  }
  return false;
}

/** How much or how well something is done, as a study asks it: "how many", "how well", "how often", "how accurately". */
const DEGREE_AFTER_HOW: ReadonlySet<string> = new Set(['many', 'much', 'well', 'often', 'accurately', 'reliably', 'quickly', 'fast', 'early', 'soon', 'far']);
/** Verbs (lemmas) by which a study sets out to learn something. */
const LEARNING_VERBS: ReadonlySet<string> = new Set(['measure', 'see', 'assess', 'evaluate', 'test', 'study', 'examine', 'establish', 'learn', 'compare', 'gauge', 'quantify', 'judge', 'understand', 'investigate', 'explore']);

/**
 * Whether the learning verb at a is a study's question, not a reader looking at the output: an infinitive not after a person
 * ("to see how well …", not "lets the physician see how much plaque …"), an -ing form, or a finite or modal verb whose subject
 * is a study or its people ("Investigators will assess how well …", "The study measured how many …").
 */
function studyAsks(words: readonly Word[], a: number): boolean {
  if (words[a - 1]?.tag === 'to') return !V.PHYSICIAN_NOUNS.has(words[a - 2]?.w ?? '') && !V.OTHER_NOUNS.has(words[a - 2]?.w ?? '') && words[a - 2]?.tag !== 'pron';
  if (words[a].form === 'ing') return true;
  const subject = words[a - 1]?.tag === 'modal' || words[a - 1]?.tag === 'adv' ? words[a - 2] : words[a - 1];
  return subject !== undefined && (V.STUDY_NOUNS.has(subject.w) || V.STUDY_ACTORS.has(subject.w) || subject.w === 'we');
}

/** Whether "how many …" or "how well …" right after the verb at k asks about the software's own work ("how many patients it finds"). */
function asksHowItWorks(words: readonly Word[], k: number): boolean {
  if (words[k + 1]?.w !== 'how' || !DEGREE_AFTER_HOW.has(words[k + 2]?.w ?? '')) return false;
  // (a study's question only: "The software quantifies how many lesions it detects" counts them itself)
  if (!studyAsks(words, k)) return false;
  for (let j = k + 3; j < words.length && j <= k + 10; j++) {
    const word = words[j];
    if (word.tag === 'punct') return false;
    if ((word.w === 'it' || V.SOFTWARE_NOUNS.has(word.w)) && (words[j + 1]?.tag === 'verb' || words[j + 1]?.tag === 'adv' || words[j + 1]?.tag === 'modal')) return true;
  }
  return false;
}

/** Words of a tool people work by hand: "a paper algorithm", "a treatment algorithm", "calculated by hand". */
const BY_HAND: ReadonlySet<string> = new Set(['paper', 'hand', 'manually', 'manual', 'treatment', 'dosing', 'titration', 'management', 'scoring', 'nomogram', 'protocol', 'chart']);
/** Whether the sentence names a tool clinicians work by hand (stop 41 review): then what clinicians built it "to" do stays theirs. */
function madeByHand(words: readonly Word[]): boolean {
  return words.some((w) => BY_HAND.has(w.w));
}

/** Verbs by which a maker brings the product about: what it is built "to" do is the product's act. */
// ("trained a network to recognise polyps" (stop 36): a model trained for an act does it; "was trained to detect" is TAUGHT)
const MAKING = new Set(['develop', 'design', 'build', 'create', 'engineer', 'train', 'teach']);
/** Nouns of a nudge whose infinitive is what the reader is nudged to do: "a nudge to refer", "a reminder to recheck". */
const NUDGE_NOUNS: ReadonlySet<string> = new Set(['nudge', 'nudges', 'reminder', 'reminders', 'reason', 'reasons', 'cue', 'invitation', 'encouragement']);

/** "We built this module to push …": a making verb, then the product as its object, before the infinitive at k. */
function builtToDo(words: readonly Word[], k: number): boolean {
  let product = false;
  for (let j = k - 2; j >= 0 && j >= k - 16; j--) {
    const word = words[j];
    if (V.SOFTWARE_NOUNS.has(word.w) || SELF_NOUNS.has(word.w) || word.tag === 'name') product = true;
    if (word.tag === 'verb') return product && MAKING.has(word.lemma ?? '') && word.form !== 'ing';
  }
  return false;
}

/** Weak review verbs that, said of a named physician and the software's output, read it: "weighs the estimate", "checks the contours". */
// ("the registrar went through the tracings" (stop 51): going through the data is looking at it)
const OVER_OUTPUT = new Set(['weigh', 'check', 'examine', 'inspect', 'assess', 'evaluate', 'consider', 'look', 'go']);
const LOOKING_OVER: ReadonlySet<string> = new Set(['at', 'through', 'over']);
/**
 * Whether the verb at k goes over what the software gives: "weighs the estimate", "checks the drawn lines", "looks through
 * the results". The result nouns (OUTPUT_OBJECTS) count only in the present, not now and then ("looks at the reports
 * monthly", oversight of a therapy), not as the results "of the satisfaction survey" or the trends "in admissions", and not
 * in "checks the readings are arriving" (stop 40 review).
 */
function goesOverOutput(words: readonly Word[], clause: Clause, k: number): boolean {
  const lemma = words[k].lemma ?? words[k].w;
  if (!OVER_OUTPUT.has(lemma) || (lemma === 'look' && !LOOKING_OVER.has(words[k + 1]?.w ?? '')) || (lemma === 'go' && words[k + 1]?.w !== 'through' && words[k + 1]?.w !== 'over')) return false;
  const obj = objectWith(words, k, clause.to, (w) => (NOUN_CLASS.has(w) && !V.AMOUNT_NOUNS.has(w)) || OUTPUT_OBJECTS.has(w) || LOOKED_OVER_DATA.has(w), 4);
  if (obj < 0) return false;
  // "The radiologist looked at the scan", "examines the film" (stop 48): a physician going over the data itself reads it, in
  // any tense; unless the look decides on letting the software's act stand ("looks at the ECG and either lets the activation
  // stand or cancels it" is the override Level II allows).
  if (LOOKED_OVER_DATA.has(words[obj].w)) return !words.some((w) => OVERRIDING.has(w.w));
  if (!OUTPUT_OBJECTS.has(words[obj].w)) return true;
  if (words[k].form === 'ed' || words.slice(k, clause.to).some((w) => V.PERIODIC_WORDS.has(w.w))) return false;
  const after = words[obj + 1];
  if (after?.tag === 'be' || after?.w === 'are' || after?.w === 'is') return false;
  if (after?.w !== 'of' && after?.w !== 'in') return true;
  // (past a determiner other than a possessive one: "of the patient's scan", "of your glucose tests")
  const det = words[obj + 2];
  const owner = det?.tag === 'det' && det.w !== 'your' && det.w !== 'each' ? words[obj + 3] : det;
  return OUTPUT_OWNERS.has(owner?.w ?? '');
}

/** The data a physician goes over itself: images, films, tracings, recordings. */
const LOOKED_OVER_DATA: ReadonlySet<string> = new Set([
  'scan', 'scans', 'image', 'images', 'film', 'films', 'clip', 'clips', 'slide', 'slides', 'tracing', 'tracings', 'radiograph', 'radiographs',
  'x-ray', 'x-rays', 'mammogram', 'mammograms', 'angiogram', 'angiograms', 'echocardiogram', 'ecg', 'ecgs', 'eeg', 'recording', 'recordings',
  // (stop 50) "looked at the full CTA on PACS", "looked at the pictures"
  'cta', 'ctas', 'mri', 'mris', 'picture', 'pictures', 'photo', 'photos', 'photograph', 'photographs', 'strip', 'strips', 'sonogram', 'sonograms',
  'maps', 'loops', 'trace', 'traces',
]);
/** Words of letting the software's act stand or stopping it (Level II oversight). */
const OVERRIDING: ReadonlySet<string> = new Set(['cancel', 'cancels', 'cancelled', 'override', 'overrides', 'overridden', 'overrule', 'overrules', 'veto', 'vetoes', 'stand', 'stands', 'abort', 'aborts']);

/** Care an act names only as the head of its phrase (see the act loop). */
const HEAD_ONLY_CARE: ReadonlySet<string> = new Set(['surgery', 'operation', 'management', 'injection', 'injections', 'referral', 'referrals']);
/** What an output noun is "of" or "in" that makes it no output: "the results of the survey", "trends in admissions". */
const OUTPUT_OWNERS: ReadonlySet<string> = new Set(['patient', "patient's", 'patients', "patients'", 'your', 'his', 'her', 'their', 'each', 'every', 'scan', 'scans', 'test', 'tests', 'study', 'studies', 'recording', 'recordings', 'analysis', 'device', 'algorithm', 'software', 'app', 'monitoring']);
/** What the software draws or gives that a physician goes over, beside the output nouns. */
const OUTPUT_OBJECTS = new Set(['figures', 'numbers', 'lines', 'contours', 'outlines', 'borders', 'segmentation', 'segmentations', 'output', 'outputs', 'labels', 'suggestions',
  // what a monitoring service gives the team (stop 40): "your care team checks the readings", "the nurses look through the
  // results", "the team views the alerts" (a patient's own state stays out: "checks the blood pressure")
  'results', 'readings', 'trends', 'levels', 'alerts', 'notifications', 'flags', 'reports']);
/** Verbs a software agent uses for looking through data for a finding: "checks CT angiograms for a suspected occlusion". */
// ("looks for interstitial lung findings" (stop 36): looking for a finding is searching too)
const SEARCHING = new Set(['check', 'examine', 'inspect', 'scan', 'review', 'analyze', 'analyse', 'interrogate', 'monitor', 'evaluate', 'assess', 'look']);
/** What a search "for" finds: "for a suspected occlusion", "for signs of", "for evidence of". */
/** Reviews that may name their reader after "from": "a second look from the pathologist", "a review from the radiologist". */
const FROM_REVIEWS: ReadonlySet<string> = new Set(['look', 'review', 'reviews', 'read', 'over-read', 'overread']);
/** Qualifiers that make "a look" a review: "a second look", "a closer look". */
const LOOK_QUALIFIERS: ReadonlySet<string> = new Set(['second', 'closer', 'further', 'final', 'careful', 'expert']);
/** Verbs by which evidence points to a condition: "patterns that suggest AF", "signs which indicate a bleed". */
const SUGGESTING: ReadonlySet<string> = new Set(['suggest', 'indicate', 'signal', 'point']);
const SOUGHT = new Set(['suspected', 'suspect', 'possible', 'potential', 'signs', 'sign', 'evidence', 'presence', 'features', 'findings', 'abnormalities', 'abnormality', 'patterns', 'indications', 'markers']);

/** Weak nouns that stay no output even as the object of an output verb: "displays glucose values", "makes predictions". */
const PREDICTION_NOUNS: ReadonlySet<string> = new Set(['prediction', 'predictions', 'forecast', 'forecasts']);

/** Events of a patient's course that a prediction of them forecasts: "a prediction of relapse", "of treatment response". */
const FORECAST_EVENTS: ReadonlySet<string> = new Set([
  'relapse', 'relapses', 'recurrence', 'response', 'responses', 'remission', 'mortality', 'death', 'deaths', 'survival', 'outcome',
  'outcomes', 'deterioration', 'readmission', 'readmissions', 'progression', 'complication', 'complications', 'exacerbation',
  'exacerbations', 'flare', 'flares', 'rupture', 'onset', 'recovery', 'success', 'failure',
]);
/** Words of a clause that tell what will happen, not what is there: "will need", "would develop", "goes on to". */
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'would', 'develop', 'develops', 'deteriorate', 'deteriorates', 'later', 'within', 'future', 'subsequently']);

/**
 * "a prediction of whether an adult will need ventilation", "a prediction that the patient will deteriorate": an outcome
 * forecast (a risk, as "predicts whether … will"). Not "a prediction of whether a fracture may be present": a detection's
 * yes or no, nor a prediction of where a finding lies.
 */
function predictedOutcome(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]?.w;
  // "a prediction of relapse", "a forecast of treatment response" (stop 59): an event of the patient's course named after "of"
  if (next === 'of' && !V.BINARY_QUALIFIERS.has(words[k - 1]?.w ?? '')) {
    for (let j = k + 2; j < words.length && j <= k + 5; j++) {
      if (FORECAST_EVENTS.has(words[j].w)) return true;
      if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
    }
  }
  const from = next === 'that' ? k + 2 : next === 'of' && ['whether', 'which', 'if'].includes(words[k + 2]?.w ?? '') ? k + 3 : -1;
  if (from < 0 || V.BINARY_QUALIFIERS.has(words[k - 1]?.w ?? '')) return false;
  for (let j = from; j < words.length && j <= from + 10; j++) {
    if (words[j].tag === 'punct') return false;
    if (FUTURE_WORDS.has(words[j].w)) return true;
  }
  return false;
}
const BARE_NOT_OUTPUT = new Set(['value', 'values', 'information', 'prediction', 'predictions', 'measure', 'measures', 'level', 'levels']);

/** Tags that end a noun phrase (for the qualifier of a weak output noun). */
const NP_END = new Set(['be', 'verb', 'modal', 'neg', 'cc', 'punct', 'prep', 'sub', 'rel', 'to']);

/** Heads that name the product itself (as the subject of an agentless passive it undergoes the act). */
const SELF_NOUNS = new Set(['it', 'software', 'device', 'system', 'algorithm', 'app', 'application', 'tool', 'product', 'module', 'platform', 'model', 'program', 'feature', 'solution']);
/** What a model is built as: "derived from" after one of these tells the design's origin. */
/** Who or what a model is developed on: "derived from 300 patients", "from a training cohort". */
const DEVELOPMENT_DATA: ReadonlySet<string> = new Set(['people', 'patients', 'participants', 'subjects', 'volunteers', 'cohort', 'cohorts', 'dataset', 'datasets', 'training']);
const DESIGN_NOUNS: ReadonlySet<string> = new Set([...SELF_NOUNS, 'equation', 'formula', 'network', 'networks', 'design', 'architecture', 'models', 'version', 'method', 'approach', 'framework', 'backbone', 'classifier', 'detector', 'cnn', 'algorithms']);

/** The noun a "derived from" is said of (a passive's subject or the noun the participle follows) names the model itself. */
function derivedDesign(words: readonly Word[], clause: Clause, k: number): boolean {
  // "The equation behind the score was derived from 80% of 468 people" (stop 33): a model fitted on a cohort was developed so.
  for (let j = k + 2; j < words.length && j <= k + 7; j++) {
    if (DEVELOPMENT_DATA.has(words[j].w)) return true;
    if (words[j].tag === 'verb' || (words[j].tag === 'punct' && words[j].w !== '%')) break;
  }
  const before = words[k - 1];
  if (before && (before.tag === 'noun' || before.tag === 'name')) return DESIGN_NOUNS.has(before.w);
  return clause.passive && clause.subject >= 0 && clause.subject < k && DESIGN_NOUNS.has(words[clause.subject].w);
}
/** What a procedure is when a physician judges it called for: "that biopsy is indicated". */
const CALLED_FOR: ReadonlySet<string> = new Set(['indicated', 'appropriate', 'warranted', 'justified', 'eligible', 'suitable', 'contraindicated']);

/** Words of a patient fit to take part: "which babies are eligible". */
const ELIGIBLE: ReadonlySet<string> = new Set(['eligible', 'ineligible', 'suitable', 'unsuitable']);

/** "confirms that biopsy is indicated": a that-clause, within a few words, saying the care is called for. */
function procedureCalledFor(words: readonly Word[], k: number): boolean {
  // ("decides which babies are eligible", "who is suitable" (stop 52): choosing the patients a device or study takes)
  if ((words[k + 1]?.w === 'which' || words[k + 1]?.w === 'who') && words.slice(k + 2, k + 6).some((w, i) => w.tag === 'be' && ELIGIBLE.has(words[k + 3 + i]?.w ?? ''))) return true;
  if (words[k + 1]?.w !== 'that') return false;
  for (let j = k + 2; j < words.length && j <= k + 7; j++) {
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return false;
    if (words[j].tag === 'be' && CALLED_FOR.has(words[j + 1]?.w ?? '')) return true;
  }
  return false;
}

/** "recalculates a low alarm limit": the object of the act at k is the limit or threshold an alarm or alert sounds at. */
function alarmSetting(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = k + 1; j < clause.to && j <= k + 6; j++) {
    const w = words[j].w;
    if (w === 'limit' || w === 'limits' || w === 'threshold' || w === 'thresholds') return words.slice(k + 1, j).some((x) => x.w === 'alarm' || x.w === 'alert');
    if (words[j].tag === 'prep' || words[j].tag === 'punct' || words[j].tag === 'verb') return false;
  }
  return false;
}

/** Words that make features an output: "quantitative features of the plaque". */
const FEATURES_GIVEN: ReadonlySet<string> = new Set(['quantitative', 'quantified', 'measured', 'reported', 'displayed']);

/** Whether what the machine act at k works out is "features" (a passive's subject or the object after it), unqualified as an output. */
function modelFeatures(words: readonly Word[], clause: Clause, k: number): boolean {
  let head = -1;
  if (clause.passive && clause.subject >= 0 && clause.subject < k) head = clause.subject;
  else for (let j = k + 1; j < clause.to && j <= k + 6; j++) {
    if (words[j].tag === 'noun' || words[j].tag === 'name') head = j;
    if (words[j].tag === 'prep' || words[j].tag === 'punct' || words[j].tag === 'verb') break;
  }
  if (head < 0 || (words[head].w !== 'features' && words[head].w !== 'feature')) return false;
  for (let j = Math.max(clause.from, head - 4); j < head; j++) if (FEATURES_GIVEN.has(words[j].w)) return false;
  // ("computes features of the plaque and reports them": a display or report of them makes them output.)
  return !words.some((w) => w.tag === 'verb' && OUTPUT_VERBS.has(w.lemma ?? '') && !V.MACHINE_ACTS.has(w.lemma ?? ''));
}

/** Reading verbs that, said of the product itself in an obliged passive, mean its output is read ("should be interpreted"). */
const STRONG_READING = new Set(['interpret', 'confirm', 'verify', 'overread', 'over-read']);
/** "stored for later review": a review after the fact does not gate the output. */
const HOW_MANY = new Set(['many', 'much', 'often', 'long']);
const LATER = new Set(['later', 'retrospective', 'subsequent', 'optional', 'periodic', 'occasional']);
const REGULATORY = new Set(['clear', 'approve', 'authorize', 'authorise', 'validate']);
/** Subjects that name no output of their own: "the information", "the data". */
const PLAIN_INFORMATION: ReadonlySet<string> = new Set(['information', 'data']);
const USEFULNESS = new Set(['useful', 'helpful', 'beneficial', 'valuable', 'informative']);
const SCAN_STOPS = new Set([...V.INPUT_MARKERS, 'with', 'against', 'versus', 'than', 'without']);
const REVIEW_VERBS = new Set(V.REVIEW_VERBS);
const NOUN_CLASS = new Map<string, AiClass>();
for (const cls of ['assistive', 'augmentative', 'autonomous'] as const) for (const n of V.OUTPUT_NOUNS[cls]) if (!NOUN_CLASS.has(n)) NOUN_CLASS.set(n, cls);
/** Verbs after which a noun is an input or a process, not an output. */
const NON_OUTPUT_VERBS = new Set([
  'use', 'analyze', 'analyse', 'process', 'segment', 'register', 'validate', 'train', 'test', 'develop',
  'evaluate', 'compare', 'receive', 'acquire', 'import', 'store', 'base', 'extract', 'record', 'collect',
  'combine', 'fuse', 'achieve', 'obtain', 'transfer', 'enter', 'capture', 'wear', 'gather', 'input',
  'exceed', 'fall', 'reach', 'reduce', 'improve', 'save', 'replace', 'describe', 'define', 'explain',
  'perform', 'conduct', 'monitor', 'observe', 'track',
  // "its outputs agreed closely with ground-truth measurements" (stop 50): the reference a result is set against
  'agree', 'disagree', 'concur',
]);
/** Verbs with which an output shows itself: "a detection box appears around the polyp". */
const SHOWING_VERBS = new Set(['appear', 'appears', 'appeared', 'pops', 'pop', 'comes', 'come', 'runs', 'ranges', 'range', 'accompanies', 'accompany', 'follows', 'updates', 'shows', 'show', 'lights', 'sounds',
  // "bounding boxes enclose each suspicious region"
  'enclose', 'encloses', 'surround', 'surrounds', 'encircle', 'encircles']);
/** Verbs of staying put, which show an output only where it stays: "the score stays on the main screen" (stop 53). */
const STAYING_VERBS = new Set(['stay', 'stays', 'remain', 'remains', 'sit', 'sits']);
/** Where an output stays in view. */
const DISPLAYS = new Set(['screen', 'screens', 'display', 'displays', 'monitor', 'dashboard', 'tablet', 'phone', 'watch', 'view']);

/** Whether the verb at v says its subject stays in view: "stay on the main screen", "remains on the display". */
function keptOnDisplay(words: readonly Word[], v: number): boolean {
  if (!STAYING_VERBS.has(words[v]?.w ?? '') || (words[v + 1]?.w !== 'on' && words[v + 1]?.w !== 'in')) return false;
  for (let j = v + 2; j < words.length && j <= v + 5; j++) {
    if (DISPLAYS.has(words[j].w)) return true;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return false;
  }
  return false;
}
const OPTIONAL_MARKERS = new Set(['option', 'optionally', 'discretion', 'optional', 'may', 'can', 'could', 'might', 'if', 'desired', 'wish']);
/** What the person is helped to do that shows no class of the software: "aid in the diagnosis". */
const HELP_NULL = new Set(['diagnosis', 'diagnose', 'diagnosing', 'assessment', 'assess', 'assessing', 'evaluation', 'evaluate', 'evaluating', 'management', 'manage', 'managing', 'decision', 'decisions', 'making', 'care', 'treatment', 'review', 'reviewing', 'interpretation', 'interpreting', 'reading', 'workflow', 'understanding', 'planning', 'implementing', 'maintaining']);
/** Units of the input that a network scores on the way to its output: "scores each slice". */
const INPUT_UNITS = new Set(['slice', 'slices', 'pixel', 'pixels', 'voxel', 'voxels', 'patch', 'patches', 'tile', 'tiles', 'token', 'tokens', 'lead', 'leads', 'channel', 'channels']);
/** A unit of the input: ECG leads ("derives Lead-III and the limb leads") are channels of the signal, not quantities. */
const isInputUnit = (w: string): boolean => INPUT_UNITS.has(w) || w.startsWith('lead-');
const SUPERLATIVES = new Set(['highest', 'greatest', 'lowest', 'strongest']);
/**
 * Words that make what follows the description of a condition, not an output: "flags patients
 * whose ECG carries signs linked to an ejection fraction below 40 %", "signs suggestive of".
 */
const CONDITION_MARKERS = new Set(['whose', 'linked', 'associated', 'suggestive', 'consistent', 'indicative', 'compatible', 'signs', 'sign', 'symptoms', 'features']);
const ACQUIRE_WORDS = new Set(['acquire', 'acquiring', 'acquisition', 'capture', 'capturing', 'obtain', 'obtaining', 'position', 'positioning', 'retake', 'retaking', 'recapture', 'reacquire', 'reposition']);

function isNegated(scope: ClauseScope, clause: Clause, k: number): boolean {
  return scope.negated[k - clause.from] ?? false;
}

/** The output class of the noun at k, when it is one (a weak noun needs a qualifier nearby). */
/** "the dose absorbed by the target tissues", "the radiation dose": a dose the patient received, measured, not one decided. */
function measuredDose(words: readonly Word[], at: number): boolean {
  const w = words[at].w;
  if (w !== 'dose' && w !== 'doses' && w !== 'dosage') return false;
  return V.MEASURED_DOSE_BEFORE.has(words[at - 1]?.w ?? '') || V.MEASURED_DOSE_AFTER.has(words[at + 1]?.w ?? '') || radiationDose(words, at);
}

/** Words that put a sentence in radiotherapy, where a dose worked out is a physical quantity (in gray), not a drug dose to give. */
const RADIATION_WORDS: ReadonlySet<string> = new Set(['beam', 'beams', 'brachytherapy', 'radiotherapy', 'radiosurgery', 'linac', 'isodose', 'dvh', 'gy', 'cgy', 'irradiation', 'photon', 'proton', 'imrt', 'vmat']);

/**
 * "recomputes the dose of each beam plan", "works out monitor units and doses for external beam plans" (stop 33): radiotherapy
 * words near the dose. Not a dose with a drug of its own ("the morphine dose", "the dose of antiemetic" during radiotherapy).
 */
function radiationDose(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  if (before && (before.tag === 'noun' || before.tag === 'name') && !RADIATION_WORDS.has(before.w)) return false;
  if (words[at + 1]?.w === 'of' && !RADIATION_WORDS.has(words[at + 2]?.w ?? '') && !RADIATION_WORDS.has(words[at + 3]?.w ?? '')) return false;
  for (let i = Math.max(0, at - 8); i < words.length && i <= at + 8; i++) {
    const w = words[i].w;
    if (RADIATION_WORDS.has(w) || (w === 'monitor' && words[i + 1]?.w === 'units') || (w === 'planning' && words[i + 1]?.w === 'system')) return true;
  }
  return words[at + 1]?.w === 'in' && (words[at + 2]?.w === 'three' || words[at + 2]?.w === '3d');
}

/** Words of a quantity moving: "whether blood pressure is rising", "whether the lesion has grown". */
const TRENDING: ReadonlySet<string> = new Set(['rising', 'falling', 'increasing', 'decreasing', 'changing', 'improving', 'worsening', 'trending', 'dropping', 'climbing', 'stable', 'grown', 'shrunk', 'changed', 'increased', 'decreased', 'risen', 'fallen']);

/** Whether a whether-clause asks how a quantity moves rather than whether a condition is present. */
function trendWhether(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 8; j++) {
    if (words[j].tag === 'punct') return false;
    if (TRENDING.has(words[j].w) && (words[j - 1]?.tag === 'be' || words[j - 1]?.tag === 'have')) return true;
  }
  return false;
}

/** States of being seen in the data: "whether an aneurysm is visible" (not "present": "whether a pneumothorax is present" is a diagnosis). */
const SEEN_STATES: ReadonlySet<string> = new Set(['visible', 'detectable', 'seen', 'evident', 'apparent', 'discernible']);
/** Data that show a sign: "whether the clip shows lung sliding", "whether the image contains a polyp". */
const SHOWING_DATA: ReadonlySet<string> = new Set(['clip', 'clips', 'image', 'images', 'scan', 'scans', 'study', 'frame', 'frames', 'recording', 'radiograph', 'x-ray', 'slide', 'view', 'video', 'photo', 'photograph', 'sweep', 'loop']);
/** Limits a value may cross: "whether the rate has gone too high", "whether it exceeds the threshold". */
const LIMIT_WORDS: ReadonlySet<string> = new Set(['threshold', 'thresholds', 'limit', 'limits', 'cutoff', 'cut-off', 'range']);

/**
 * Whether a whether-clause asks only if something shows in the data or a value crossed a limit (stop 32): "whether an
 * aneurysm of 3 mm or larger is visible", "whether a clip shows lung sliding", "whether the rate has gone too high or too
 * low", "whether the reading exceeds the threshold". That is a detection flag or an alarm, not a conclusion on the patient.
 */
function seenOrCrossedWhether(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 12; j++) {
    const word = words[j];
    if (word.tag === 'punct' && word.w !== '-') return false;
    if (SEEN_STATES.has(word.w) && words[j - 1]?.tag === 'be') return true;
    // (not "whether the clip shows a normal heart": a normal or abnormal verdict)
    if ((word.lemma === 'show' || word.lemma === 'contain') && word.form !== 'ed' && word.form !== 'ing' && SHOWING_DATA.has(words[j - 1]?.w ?? '') && !words.slice(j + 1, j + 4).some((x) => x.w === 'normal' || x.w === 'abnormal')) return true;
    if (word.w === 'too' && (words[j + 1]?.w === 'high' || words[j + 1]?.w === 'low')) return true;
    // ("whether the QT interval exceeds 500 ms", "whether saturation has dropped below 90 %": a figure is the limit)
    if ((word.lemma === 'exceed' || word.lemma === 'cross' || word.w === 'above' || word.w === 'below' || word.w === 'outside') && words.slice(j + 1, j + 5).some((x) => LIMIT_WORDS.has(x.w) || x.tag === 'num')) return true;
  }
  return false;
}

/** Whether a whether-clause asks where a person is: "whether the monitored person is on the mattress", "whether the patient is in bed". */
function presenceWhether(words: readonly Word[], subordinate: number): boolean {
  // (past an aside on the finding: "whether that slowness, which doctors call bradykinesia, seems to be present", stop 52)
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 14; j++) {
    // "reports whether a fracture appears to be present", "decides whether a bleed is visible" (stop 50): whether a finding is
    // there at all is a detection's question
    // (only a finding that appears to be there, or signs: whether a disease is present, "whether atrial fibrillation is
    // present", is the diagnosis itself)
    if (!FINDING_THERE.has(words[j].w) || !(words[j - 1]?.tag === 'be' || (words[j - 1]?.tag === 'adv' && words[j - 2]?.tag === 'be'))) continue;
    if (!(words[j + 1] === undefined || words[j + 1].tag === 'punct' || words[j + 1].tag === 'cc' || words[j + 1].tag === 'prep')) continue;
    const seeming = words[j - 1].w === 'be' && words[j - 2]?.w === 'to' && (words[j - 3]?.lemma === 'appear' || words[j - 3]?.lemma === 'seem' || words[j - 3]?.w === 'appears' || words[j - 3]?.w === 'seems');
    if (seeming || words.slice(subordinate + 1, j).some((w) => SIGNS.has(w.w))) return true;
  }
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 6; j++) {
    const word = words[j];
    if (word.tag === 'be') return (V.OTHER_NOUNS.has(words[j - 1]?.w ?? '') || words[j - 1]?.w === 'person') && PLACE_PREPOSITIONS.has(words[j + 1]?.w ?? '');
    if (word.tag === 'punct' || word.tag === 'verb') return false;
  }
  return false;
}
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'out', 'at', 'away', 'off', 'home', 'inside', 'outside']);
/** What a detector looks for that is no disease: "whether those signs are present". */
const SIGNS: ReadonlySet<string> = new Set(['sign', 'signs', 'feature', 'features', 'finding', 'findings', 'marker', 'markers', 'fragment', 'fragments', 'artefact', 'artifact']);
/** Words that say a finding is there: "is present", "appears to be present", "is visible". */
const FINDING_THERE: ReadonlySet<string> = new Set(['present', 'visible', 'detectable', 'apparent', 'absent']);

/** Verbs by which signs point to a condition. */
const SIGN_POINTING: ReadonlySet<string> = new Set(['suggest', 'indicate', 'signal', 'point']);

/** Whether the verb at k has a patient's signs for its subject: "symptoms that suggest …", "signs suggesting …", "symptoms may indicate …". */
function pointedBySigns(words: readonly Word[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && (words[j].tag === 'modal' || words[j].tag === 'adv')) j--;
  if (words[j]?.w === 'that' || words[j]?.w === 'which') j--;
  return V.PATIENT_SIGNS.has(words[j]?.w ?? '');
}

/** A regulatory class after "class": "class IIa", "Class II", "class 3". */
const REGULATORY_CLASS = /^(?:i{1,3}|iv|ii[ab]|[1-4][ab]?)$/;

/** Whether an error qualifier ("missed", "delayed") stands in the noun phrase before the noun at k. */
function erredQualifier(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const word = words[j];
    if (V.ERRED_QUALIFIERS.has(word.w)) return true;
    if (word.tag !== 'adj' && word.tag !== 'noun' && word.w !== 'or' && word.w !== 'and' && word.w !== ',' && word.form !== 'ed') return false;
  }
  return false;
}

/** Whether a qualifier that offers a conclusion for review ("advisory", "preliminary") stands in the noun phrase before k. */
function advisoryQualifier(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (V.ADVISORY_QUALIFIERS.has(words[j].w)) return true;
    if (words[j].tag !== 'adj' && words[j].tag !== 'noun') return false;
  }
  return false;
}

const CATEGORY_WORDS: ReadonlySet<string> = new Set(['category', 'categories', 'class', 'classes', 'tier', 'tiers', 'band', 'bands']);
/** Words that make a scheme of categories an order of work, not of findings: "one of three priority categories". */
const WORK_ORDER_WORDS: ReadonlySet<string> = new Set(['priority', 'urgency', 'triage', 'worklist', 'queue', 'risk', 'quality']);
/** Marks the software places, whose categories only label them; and content that is no patient's data. */
const SORTED_MARKS: ReadonlySet<string> = new Set(['roi', 'rois', 'region', 'regions', 'finding', 'findings', 'mark', 'marks', 'markers', 'box', 'boxes', 'flag', 'flags', 'alert', 'alerts', 'content', 'contents', 'articles', 'videos', 'messages', 'questions']);
/** Quantity nouns that a count and a colon name: "three values:", "two parameters:". */
const COUNTED_QUANTITIES: ReadonlySet<string> = new Set(['values', 'numbers', 'measures', 'parameters', 'metrics', 'indices', 'quantities', 'figures']);
const NUMBER_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);

/** "one of 12 categories", "into five classes": a number right before the category noun (past one qualifier). */
function countedScheme(words: readonly Word[], k: number): boolean {
  let j = k - 1;
  const counted = (word: Word | undefined): boolean => word !== undefined && (word.tag === 'num' || NUMBER_WORDS.has(word.w));
  if (!counted(words[j]) && (words[j]?.tag === 'adj' || (words[j]?.tag === 'noun' && !WORK_ORDER_WORDS.has(words[j].w)))) j--;
  if (WORK_ORDER_WORDS.has(words[k - 1]?.w ?? '')) return false;
  if (!counted(words[j])) return false;
  if (words[j - 1]?.w !== 'of' && words[j - 1]?.w !== 'into' && words[j - 1]?.w !== 'to') return false;
  // (a mark sorted into bins, "every suspicious ROI goes into one of eight categories", is a label on the mark; so is
  // content sorted for reading, "organises the educational content into five categories")
  for (let m = Math.max(0, k - 14); m < k; m++) if (SORTED_MARKS.has(words[m].w)) return false;
  return true;
}

function determinerBetween(words: readonly Word[], j: number, k: number): boolean {
  for (let l = j + 1; l < k; l++) if (words[l].tag === 'det') return true;
  return false;
}

/** Matters of the device or the sample in a whether-clause: "whether the sample was unreadable", "whether it was found on the network". */
const DEVICE_MATTERS: ReadonlySet<string> = new Set(['sample', 'samples', 'swab', 'network', 'connected', 'connection', 'unreadable', 'readable', 'invalid', 'paired', 'battery', 'charged', 'upload', 'uploaded', 'monitor', 'sensor', 'device', 'app', 'signal']);

/** Whether the whether-clause at `subordinate` is about the device or the sample, within its first words. */
function deviceMatterAfter(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 10; j++) {
    if (words[j].tag === 'punct' && words[j].w !== '-') return false;
    if (DEVICE_MATTERS.has(words[j].w)) return true;
  }
  return false;
}

/** "whether osteoarthritis is present", "whether a fracture is absent": a whether-clause that asks only for presence. */
function presenceVerdictAfter(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 8; j++) {
    if (words[j].tag === 'be' && (words[j + 1]?.w === 'present' || words[j + 1]?.w === 'absent')) return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return false;
  }
  return false;
}

/** A grade a verdict may be read off: "from the Kellgren-Lawrence grading", "using the stage". */
const GRADE_WORDS: ReadonlySet<string> = new Set(['grading', 'grade', 'grades', 'staging', 'stage']);

/**
 * The person of an infinitive whose object ends at `and` (the coordinator at j): "the doctors to investigate these
 * illnesses and …" — 'physician', 'other', or undefined when no person stands right before "to".
 */
function infinitivePersonBefore(words: readonly Word[], j: number): 'physician' | 'other' | 'helped' | undefined {
  for (let b = j - 1; b >= 2 && b >= j - 7; b--) {
    const word = words[b];
    if (word.tag === 'to') {
      // (the tagger may take the infinitive for a noun before its object: "to investigate these illnesses")
      if (words[b + 1]?.tag !== 'verb' && words[b + 2]?.tag !== 'det') return undefined;
      const head = words[b - 1].w;
      // ("helps cardiologists to read the tracing and reach a diagnosis": what the product helps a person do obliges nobody)
      // (a measuring verb there keeps its class: "allows the physician to measure EF and estimate volumes" names what it helps with)
      if (HELP_VERBS.has(words[b - 2]?.lemma ?? '') || HELP_VERBS.has(words[b - 3]?.lemma ?? '')) return 'helped';
      if (V.PHYSICIAN_NOUNS.has(head)) return V.AMBIGUOUS_HUMANS.has(head) ? 'other' : 'physician';
      return V.OTHER_NOUNS.has(head) ? 'other' : undefined;
    }
    if (word.tag === 'punct' || word.tag === 'sub' || word.tag === 'rel' || word.tag === 'cc') return undefined;
  }
  return undefined;
}

/** Likelihoods a superlative may select by. */
const LIKELIHOOD_NOUNS: ReadonlySet<string> = new Set(['likelihood', 'probability', 'risk', 'chance', 'suspicion']);

/** The kind of person who opens the sentence as its subject, before its first verb, or undefined. */
function openingPerson(words: readonly Word[], k: number): 'physician' | 'other' | undefined {
  for (let j = 0; j < k && j <= 6; j++) {
    const word = words[j];
    if (word.tag === 'verb' || word.tag === 'be' || word.tag === 'punct') return undefined;
    if (V.PHYSICIAN_NOUNS.has(word.w) && !V.AMBIGUOUS_HUMANS.has(word.w)) return 'physician';
    if (V.OTHER_NOUNS.has(word.w) || V.LAB_READERS.has(word.w) || V.AMBIGUOUS_HUMANS.has(word.w)) return 'other';
  }
  return undefined;
}

/** "…does not reverse the block; that remains …": the clause opens on "that" or "this", after a denied act in the sentence. */
function deniedActTakenUp(words: readonly Word[], clause: Clause): boolean {
  let opener = words[clause.from]?.w === ';' || words[clause.from]?.w === ',' ? clause.from + 1 : clause.from;
  if (clause.opener === 'that' || clause.opener === 'this') opener = clause.from;
  else if (words[opener]?.w !== 'that' && words[opener]?.w !== 'this') return false;
  // (a therapy act denied, not a reading: "does not diagnose; that remains the radiologist's decision" is the physician's reading)
  for (let j = 0; j < opener; j++) {
    if (words[j].tag !== 'neg' && words[j].w !== 'never') continue;
    // (the tagger may take the bare verb after "not" for a noun: "does not reverse the block")
    for (let v = j + 1; v < opener && v <= j + 3; v++) if (DENIED_CARE_ACTS.has(words[v].lemma ?? '') || DENIED_CARE_ACTS.has(words[v].w)) return true;
  }
  return false;
}
/** Acts of care a device may leave to the physician: "does not reverse the block", "does not stop the infusion". */
const DENIED_CARE_ACTS: ReadonlySet<string> = new Set(['reverse', 'give', 'administer', 'stop', 'start', 'deliver', 'adjust', 'change', 'treat', 'infuse', 'titrate', 'wean', 'extubate', 'prescribe', 'discontinue', 'increase', 'decrease']);

/** A subject and its finite verb from j, before any coordinator or punctuation: "that a cardiac arrest is under way" (not "that condition and …"). */
function finiteClauseAfter(words: readonly Word[], j: number): boolean {
  for (let l = j + 1; l < words.length && l <= j + 8; l++) {
    const t = words[l].tag;
    if (t === 'be' || t === 'modal' || t === 'have' || (t === 'verb' && (words[l].form === 's' || words[l].form === 'ed'))) return true;
    if (t === 'cc' || t === 'punct' || t === 'sub') return false;
  }
  return false;
}

/** Whom a device calls for help: "911", "an ambulance", "emergency services". */
const EMERGENCY_CALLED: ReadonlySet<string> = new Set(['911', '112', '999', 'ambulance', 'emergency']);

/** Verbs that state a conclusion in a that-clause: "determines that", "concludes that". */
const CONCLUDING_THAT: ReadonlySet<string> = new Set(['determine', 'establish']);

/** Statistics of a study that are called scores. */
const STUDY_SCORES: ReadonlySet<string> = new Set(['f1', 'f1-score', 'f-score', 'kappa', 'dice', 'brier', 'jaccard']);

/** Volumes an imaging system takes: "STIC volumes", "volumes were acquired", "acquires 3D volumes", "one volume per patient". */
function acquiredVolume(words: readonly Word[], k: number): boolean {
  const before = words[k - 1]?.w === ')' ? words[k - 2]?.w : words[k - 1]?.w;
  if (before === 'stic') return true;
  // (only image volumes, counted in the plural, taken: "463 volumes were acquired", "acquires 3D volumes"; not "the urine
  // volume recorded over 24 hours", a quantity)
  if (words[k].w !== 'volumes') return false;
  for (let j = Math.max(0, k - 3); j < words.length && j <= k + 2; j++) if (j !== k && ACQUIRING_FORMS.has(words[j].w)) return true;
  return false;
}
/** Forms of acquiring data around a volume. */
const ACQUIRING_FORMS: ReadonlySet<string> = new Set(['acquired', 'acquire', 'acquires', 'acquiring', 'recorded', 'captured', 'taken', 'scanned']);

/** Data a "result" may qualify: "result volumes", "result images", "result maps". */
/** Words that make a volume an amount of work: "reading volumes", "case volumes", "high patient volumes". */
const WORKLOAD_BEFORE: ReadonlySet<string> = new Set(['reading', 'case', 'caseload', 'call', 'referral', 'patient', 'examination', 'exam', 'procedure', 'procedural', 'screening', 'workload', 'study', 'reporting', 'test', 'testing', 'sample', 'specimen', 'scan']);
const RESULT_DATA: ReadonlySet<string> = new Set(['volume', 'volumes', 'image', 'images', 'map', 'maps', 'series', 'file', 'files', 'dataset', 'datasets', 'screen', 'screens', 'page', 'pages', 'table', 'tables', 'view', 'views']);

/** Nouns a product's name ends on: "the Volume Viewer application", "the Score Builder platform". */
const PRODUCT_HEADS: ReadonlySet<string> = new Set([...SELF_NOUNS, 'viewer', 'workstation', 'suite', 'package', 'server', 'toolkit', 'console']);

/** Whether the word at k is a capitalised part of a product's name: "the Volume Viewer application", "on the Risk Navigator platform". */
function productNamePart(words: readonly Word[], k: number): boolean {
  if (!words[k].cap || k === 0) return false;
  const next = words[k + 1];
  if (!next?.cap || NOUN_CLASS.has(next.w)) return false;
  for (let j = k + 2; j < words.length && j <= k + 3; j++) {
    if (PRODUCT_HEADS.has(words[j].w) && !words[j].cap) return true;
    if (!words[j].cap) return false;
  }
  return false;
}

export function outputClassAt(words: readonly Word[], k: number, lo: number, hi: number, asObject = false): AiClass | undefined {
  const word = words[k];
  if (word.tag !== 'noun' && word.tag !== 'name' && word.tag !== 'adj') return undefined;
  // "interpretive statements", "a computer interpretation": the machine's reading of a tracing, which a physician over-reads.
  // (so is one offered for over-reading: "an advisory diagnostic statement"; stop 28)
  if (MACHINE_READING_NOUNS.has(word.w)) return (V.MACHINE_READING_QUALIFIERS.has(words[k - 1]?.w ?? '') || advisoryQualifier(words, k)) ? 'augmentative' : undefined;
  const cls = NOUN_CLASS.get(word.w) ?? compoundClass(word.w) ?? estimatedQuantity(words, k) ?? offeredOption(words, k);
  if (!cls) return undefined;
  // "reports three values: the filtered QRS duration, …" (stop 54): counted quantities listed after a colon are named
  // (not settings chosen for them: "selects the settings for three parameters:")
  if (cls === 'augmentative' && COUNTED_QUANTITIES.has(word.w) && NUMBER_WORDS.has(words[k - 1]?.w ?? '') && words[k + 1]?.w === ':' && !words.slice(Math.max(0, k - 4), k).some((w) => w.w === 'settings' || w.w === 'setting')) return cls;
  // "an extension of the Volume Viewer application" (stop 29): a capitalised word in a product's name, before the product noun.
  // (a mark's name keeps its reading: an "Alarm Watch feature" shows alarms)
  if (cls !== 'assistive' && productNamePart(words, k)) return undefined;
  // "class activation maps" (stop 29): the class names the kind of map, where the model looked, not a class it gives.
  if ((word.w === 'class' || word.w === 'classes') && V.LOCATING_MAP_WORDS.has(words[k + 1]?.w ?? '')) return undefined;
  // "an outline of the procedure steps", "an outline of the treatment plan": a summary, not a mark drawn on an image.
  if ((word.w === 'outline' || word.w === 'outlines') && words[k + 1]?.w === 'of') return undefined;
  // "produces result volumes for cerebral blood flow", "result images" (stop 29): "result" naming the kind of data made is no verdict.
  if (cls === 'autonomous' && V.RESULT_NOUNS.has(word.w) && RESULT_DATA.has(words[k + 1]?.w ?? '')) return undefined;
  // "shows a count of findings" (stop 30): a tally of the software's own marks or of cases is no quantity of the patient.
  if ((word.w === 'count' || word.w === 'counts') && words[k + 1]?.w === 'of' && countOfMarks(words, k + 2)) return undefined;
  // "the output counts as a second reading" (stop 29): the verb "counts as", not counts given.
  // ("reports counts for red cells and casts" (stop 33): right after an output verb, "counts" is what it reports.)
  if (word.w === 'counts' && ['as', 'toward', 'towards', 'for'].includes(words[k + 1]?.w ?? '') && !outputVerbBefore(words, k)) return undefined;
  // "offers management options" (stop 39): Appendix S's own words for what a Level I program offers.
  if (word.w === 'options' && words[k - 1]?.w === 'management') return 'autonomous';
  // "gives instructions for insulin priming" (stop 39): instructions on handling the device are no care instructed.
  if ((word.w === 'instructions' || word.w === 'instruction') && V.instructionsForDevice(words, k)) return undefined;
  // "a treatment instruction video", "a medication instruction leaflet" (stop 42): a noun it modifies is the thing named.
  if (word.w === 'instruction' && words[k + 1]?.tag === 'noun') return undefined;
  // "CBCT volumes", "3D volumes": an image volume is data shown, not a quantity measured.
  if ((word.w === 'volume' || word.w === 'volumes') && V.IMAGE_VOLUME_BEFORE.has(words[k - 1]?.w ?? '') && words[k + 1]?.w !== 'of') return undefined;
  // "listed as a class IIa device", "a Class II medical device": a regulatory class, not a class the software gives.
  if ((word.w === 'class' || word.w === 'classes') && REGULATORY_CLASS.test(words[k + 1]?.w ?? '')) return undefined;
  // "missed or delayed fracture diagnosis is reported in 3 % of cases": an error of care is the topic, not an output.
  if (cls === 'autonomous' && erredQualifier(words, k)) return undefined;

  // "a heat map", "a saliency map": where the model looked, drawn over the image, points a finding out like a "heatmap".
  // (So is "a 3D map showing where arrhythmia sources lie" (stop 36): a map of where something is locates it; a map of a
  // quantity, "a perfusion map", stays a measure.)
  if (cls === 'augmentative' && (word.w === 'map' || word.w === 'maps') && (V.LOCATING_MAP_WORDS.has(words[k - 1]?.w ?? '') || mapOfWhere(words, k))) return 'assistive';
  // "shows suspicious areas", "contains red areas": a region pointed out, not an area measured
  // (but "gives each suspicious area a score": the area receives the output that follows it).
  if (cls === 'augmentative' && (word.w === 'area' || word.w === 'areas') && V.REGION_AREA_WORDS.has(words[k - 1]?.w ?? '') && words[k + 1]?.tag !== 'det' && words[k + 1]?.tag !== 'num') return 'assistive';
  // "reach that status", "was granted Breakthrough Device status": a standing the product attains, not a patient's status.
  if (word.w === 'status' && attainedStanding(words, k)) return undefined;
  // "an area under the curve of 0.91": a statistic of the model's accuracy, not an area it measures.
  // ("reached an ROC area of 0.86" (stop 33): so is an ROC area.)
  if ((word.w === 'area' || word.w === 'areas') && (words[k + 1]?.w === 'under' || ['roc', 'auroc', 'auc', 'curve'].includes(words[k - 1]?.w ?? ''))) return undefined;
  // "picks the pictures with the highest likelihood of cancer" (stop 29): a superlative selects what to show; it gives no figure.
  // ("with the highest estimated cancer probability" (stop 30): modifiers may stand between the superlative and the noun.)
  if (cls === 'augmentative' && LIKELIHOOD_NOUNS.has(word.w) && superlativeSelection(words, k)) return undefined;
  // "diagnoses such as depression" (stop 30): conditions listed as examples, data taken in, not a conclusion given.
  if ((word.w === 'diagnoses' || word.w === 'diagnosis') && (words[k + 1]?.w === 'such' || words[k + 1]?.w === 'like' || words[k + 1]?.w === 'including')) return undefined;
  // "attaches a score to each tile" (stop 30): a score on a unit of the input orders the units for the reader.
  if ((word.w === 'score' || word.w === 'scores') && (words[k + 1]?.w === 'to' || words[k + 1]?.w === 'for') && (words[k + 2]?.w === 'each' || words[k + 2]?.w === 'every') && isInputUnit(words[k + 3]?.w ?? '')) return undefined;
  // "gave an F1 score of 0.87", "a kappa score" (stop 29): a statistic of the study, not a score the software gives.
  if ((word.w === 'score' || word.w === 'scores') && STUDY_SCORES.has(words[k - 1]?.w ?? '')) return undefined;
  // "when it identifies a risk to the patient's health" (stop 29): a hazard to someone, not a risk given as a figure.
  if ((word.w === 'risk' || word.w === 'risks') && words[k + 1]?.w === 'to' && words[k - 1]?.tag === 'det') return undefined;
  // "gives the physician a chance to override" (stop 48): an opportunity, not a likelihood.
  if ((word.w === 'chance' || word.w === 'chances') && words[k + 1]?.w !== 'of' && words[k + 1]?.w !== 'that') return undefined;
  // "STIC volumes of the fetal heart", "463 volumes were acquired" (stop 29): image volumes taken, data, not a quantity.
  if ((word.w === 'volume' || word.w === 'volumes') && acquiredVolume(words, k)) return undefined;
  // "produce enormous reading volumes", "case volumes", "scan volumes" (stop 32): how much work there is, not a quantity of the patient.
  if ((word.w === 'volume' || word.w === 'volumes') && WORKLOAD_BEFORE.has(words[k - 1]?.w ?? '')) return undefined;
  // "an image-quality score": feedback on the acquisition, not a clinical quantity.
  if (cls === 'augmentative' && /(?:^|-)quality$/.test(words[k - 1]?.w ?? '')) return 'assistive';
  // "a yes-or-no classification", "a binary classification": a two-way answer flags a case; it grades nothing.
  if (cls === 'augmentative' && V.RESULT_NOUNS.has(word.w) && V.BINARY_QUALIFIERS.has(words[k - 1]?.w ?? '')) return 'assistive';
  // "generates a diagnostic report carrying a breast health score" (stop 36): a report that carries a score gives the score.
  if (cls === 'autonomous' && (word.w === 'report' || word.w === 'reports') && reportCarriesMeasure(words, k)) return 'augmentative';
  // "decision support", "decision making": the person's decision, supported.
  if (cls === 'autonomous' && V.SUPPORTED_AFTER.has(words[k + 1]?.w ?? '')) return undefined;
  // "a quantitative determination of the cell count", "a diagnostic subtype classification": a measurement, a category (round 17c).
  if (cls !== 'assistive') {
    const held = measuredReading(words, k);
    if (held) return held;
  }
  // "a preliminary diagnosis", "an advisory diagnostic result" (stop 28): a conclusion offered for a physician to over-read
  // is an analysis the physician weighs, not the software's own conclusion.
  if (!V.WEAK_OUTPUT_NOUNS.has(word.w)) return cls === 'autonomous' && advisoryQualifier(words, k) ? 'augmentative' : cls;
  for (let j = Math.max(lo, k - 3); j < Math.min(hi, k + (cls === 'autonomous' ? 7 : 5)); j++) {
    if (j === k) continue;
    // "gives diagnostic scanners the information": a qualifier before a determiner belongs to another noun phrase.
    if (j < k && determinerBetween(words, j, k)) continue;
    // "adjustments to the fresh gas flow": an autonomous noun's therapy may follow "to".
    // "gives a forecast of not fertile days": a category label after "of" may open with "not".
    const labelNot = words[j].w === 'not' && words[j - 1]?.w === 'of';
    // "advice on whether to walk", "a suggestion of what to do next" (stop 44): advice that names the choice to make is a
    // management option, as a therapy qualifier makes it.
    if (cls === 'autonomous' && j === k + 1 && ADVISED_CHOICE_NOUNS.has(word.w) && choiceToMake(words, j)) return 'autonomous';
    // "advice on the ventilator settings", "recommendations for pump settings" (stop 45): the settings of the machine that
    // gives the therapy, as what the advice is about.
    if (cls === 'autonomous' && j === k + 1 && ADVISED_CHOICE_NOUNS.has(word.w) && machineSettingsAfter(words, j)) return 'autonomous';
    // ("the dose recommended for this patient", stop 44: or right after it, with "for" or "by" next)
    if (cls === 'autonomous' && j === k + 1 && OFFERED_AMOUNTS.has(word.w) && offeredAfter(words, k)) return 'autonomous';
    if (j > k && NP_END.has(words[j].tag) && !labelNot && !(words[j].tag === 'prep' && (words[j].w === 'of' || words[j].w === 'for')) && !(cls === 'autonomous' && j === k + 1 && words[j].w === 'to')) break;
    const w = words[j].w;
    // ("sends the report to the record automatically" (stop 31): a report moved between systems by itself is transport, not
    // a conclusion; only a therapy or a report that reaches the patient is.)
    if (cls === 'autonomous' && V.MACHINE_ADVERBS.has(w) && !THERAPY.has(word.w) && movedToSystem(words, k)) continue;
    if (cls === 'autonomous' && (THERAPY.has(w) || V.MACHINE_ADVERBS.has(w))) return 'autonomous'; // "receives the shock automatically"
    // "pump adjustments are made by the computer", "ventilator adjustments" (stop 45): the machine that gives the therapy,
    // right before the adjustments made to it.
    if (cls === 'autonomous' && j === k - 1 && ADJUSTMENT_HEADS.has(word.w) && V.THERAPY_MACHINES.has(w)) return 'autonomous';
    // "shows a recommended bolus", "a suggested dose" (stop 43): a therapy offered by the participle right before it.
    // (an amount only: "receive the recommended treatment" is a guideline's, not an option the software gives; and not one
    // received: "participants received the recommended dose of the vaccine")
    if (cls === 'autonomous' && j === k - 1 && V.OFFERING_PARTICIPLES.has(w) && OFFERED_AMOUNTS.has(word.w) && !someoneElsesOption(words, j, k)) return 'autonomous';
    // "a suggested class", "the resulting metrics": a participle of giving, right before the noun phrase's head.
    if (cls === 'augmentative' && j < k && V.GIVEN_PARTICIPLES.has(w) && !V.QUANTITY_QUALIFIED_ONLY.has(word.w)) return cls;
    if (!Object.hasOwn(V.OUTPUT_QUALIFIERS, w)) continue;
    const q = V.OUTPUT_QUALIFIERS[w];
    // "adds redundancy features derived from the lead transformation" (stop 42): what a value is derived or computed from
    // is where it comes from, and features so made are a classifier's inputs; "derived values" alone are output.
    if (j > k && words[j + 1]?.w === 'from' && INPUT_NOUNS.has(word.w)) continue;
    if (q !== 'augmentative' && V.QUANTITY_QUALIFIED_ONLY.has(word.w)) continue;
    if (q === 'assistive' && cls !== 'assistive') continue;
    if (q !== 'assistive' && cls === 'assistive') continue;
    // "supplies diagnostic information" (stop 28): information toward a diagnosis is data, no conclusion drawn
    if (q === 'autonomous' && w === 'diagnostic' && PLAIN_INFORMATION.has(word.w)) return undefined;
    if (q === 'autonomous' && advisoryQualifier(words, k)) return 'augmentative';
    // "a prediction of treatment response", "a treatment response prediction" (stop 59): the care a prediction is about is
    // what it forecasts, an outcome, not an option handed over
    // (only with the outcome named: "a prediction of 'fertile' or 'not fertile'" is a day the user acts on)
    if (q === 'autonomous' && PREDICTION_NOUNS.has(word.w) && words.slice(Math.max(0, k - 3), k + 6).some((x) => FORECAST_EVENTS.has(x.w))) return 'augmentative';
    // "the final Ki-67 value" (stop 30): "final" makes a conclusion of a result or a report, but a final quantity stays a quantity.
    if (w === 'final' && cls === 'augmentative') return cls;
    return q;
  }
  // "assigns every recording to one of 12 categories" (stop 28): a counted scheme of categories is a classification.
  if (cls === 'augmentative' && CATEGORY_WORDS.has(word.w) && countedScheme(words, k)) return cls;
  // The object of an output verb: "produces traces and parameters" (but not "displays glucose values").
  if (asObject && cls === 'assistive' && PLACED_MARKS.has(word.w)) return cls;
  // "reports the 10-year risk of metastasis", "returns the risk of progression": a risk given is an estimate of something
  // named after "of", or one a figure qualifies; "presents a risk for disease", "a risk of harm", "the risks of the procedure"
  // name a hazard.
  if (asObject && RISK_WORDS.has(word.w) && !/\d/.test(words[k - 1]?.w ?? '') && (words[k + 1]?.w !== 'of' || words[k - 1]?.w === 'a' || words[k - 1]?.w === 'an' || word.w === 'risks')) return undefined;
  // "gives the FFRCT value", "reports the mean Hounsfield unit value": a value its quantity names is given (round 17b).
  if (asObject && cls === 'augmentative' && namedQuantityValue(words, k)) return cls;
  // "gives a prediction of whether an adult will need ventilation", "returns predictions that the patient will deteriorate"
  // (stop 33): a prediction of an outcome is a forecast, like the verb "predicts whether"; a prediction of where a finding lies is not.
  if (asObject && PREDICTION_NOUNS.has(word.w) && predictedOutcome(words, k)) return 'augmentative';
  // A bare "prediction" is what any model outputs, a detection as much as a number: only a qualifier says which.
  if (asObject && cls === 'augmentative' && !BARE_NOT_OUTPUT.has(word.w) && !V.QUANTITY_QUALIFIED_ONLY.has(word.w) && !V.INGESTED_DATA.has(words[k - 1]?.w ?? '')) return cls;
  return undefined;
}

/** Words by which a report holds its content: "a report carrying a score", "a report with the index". */
const REPORT_CARRYING: ReadonlySet<string> = new Set(['carrying', 'containing', 'with', 'including', 'showing', 'giving', 'listing']);
/** What a report may carry that is a measure, not a conclusion. */
const CARRIED_MEASURES: ReadonlySet<string> = new Set(['score', 'scores', 'index', 'indices', 'measurement', 'measurements', 'probability', 'probabilities', 'percentile', 'percentiles', 'volume', 'volumes', 'estimate', 'estimates']);

/** Whether the report at k carries a measure within a few words: "a diagnostic report carrying a breast health score". */
function reportCarriesMeasure(words: readonly Word[], k: number): boolean {
  if (!REPORT_CARRYING.has(words[k + 1]?.w ?? '')) return false;
  for (let j = k + 2; j < words.length && j <= k + 6; j++) {
    if (CARRIED_MEASURES.has(words[j].w)) return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'cc') return false;
  }
  return false;
}

/** Showing verbs after a map: "showing where", "that indicates where". */
const MAP_SHOWING: ReadonlySet<string> = new Set(['showing', 'shows', 'show', 'indicating', 'indicates', 'marking', 'marks', 'pinpointing']);

/** Whether the map at k is followed by "(that) shows where …". */
function mapOfWhere(words: readonly Word[], k: number): boolean {
  let j = k + 1;
  if (words[j]?.w === 'that' || words[j]?.w === 'which') j++;
  return MAP_SHOWING.has(words[j]?.w ?? '') && words[j + 1]?.w === 'where';
}

/** "a triage-and-notification product", "detection-or-measurement": the highest class of the strong output nouns a compound joins. */
function compoundClass(w: string): AiClass | undefined {
  if (!w.includes('-and-') && !w.includes('-or-')) return undefined;
  let best: AiClass | undefined;
  for (const part of w.split('-')) {
    const cls = NOUN_CLASS.get(part);
    if (!cls || V.WEAK_OUTPUT_NOUNS.has(part)) continue;
    if (!best || CLASS_RANK[cls] > CLASS_RANK[best]) best = cls;
  }
  return best;
}
const CLASS_RANK: Readonly<Record<AiClass, number>> = { assistive: 0, augmentative: 1, autonomous: 2 };

/** Whether the noun at k describes the condition a detection looks for ("signs linked to a low ejection fraction"), within a few words back. */
function describesCondition(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = k - 1; j >= clause.from && j >= k - 8; j--) {
    if (CONDITION_MARKERS.has(words[j].w)) return true;
    if (words[j].tag === 'punct' && words[j].w !== '-') return false;
  }
  return false;
}

/** Clauses whose subject is a state of the patient or the data: "when X appears likely", "whose X is low". */
const STATE_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'where', 'whose', 'once', 'while', 'until']);

/** Nouns of an analysis that runs on data. */
const ANALYSIS_RUN: ReadonlySet<string> = new Set(['analysis', 'analyses', 'processing', 'algorithms', 'algorithm', 'computation', 'computations']);

/** Whether the noun at k stands after an input marker ("based on sensor values") in the clause. */
function afterInputMarker(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = k - 1; j >= clause.from && j >= k - 6; j--) {
    const w = words[j].w;
    if (V.INPUT_MARKERS.has(w) || w === 'against' || w === 'versus' || w === 'than' || w === 'unlike') return true;
    // "runs AI analysis on the measurements" (stop 29): what an analysis is run on is its input.
    if (w === 'on' && ANALYSIS_RUN.has(words[j - 1]?.w ?? '')) return true;
    if (words[j].tag === 'verb' && !V.INPUT_MARKERS.has(w)) return NON_OUTPUT_VERBS.has(words[j].lemma ?? '');
  }
  return false;
}

function hasMachineAdverb(words: readonly Word[], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) if (V.MACHINE_ADVERBS.has(words[k].w)) return true;
  return false;
}

/** The nearest verb before k in the clause. */
function verbBefore(words: readonly Word[], clause: Clause, k: number): number {
  for (let j = k - 1; j >= clause.from; j--) if (words[j].tag === 'verb') return j;
  return -1;
}

const TAKEN = new Set<number>();

/** A vocabulary list as a set, made once per list (the lists are constants). */
const SETS = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(words: readonly string[]): ReadonlySet<string> {
  let set = SETS.get(words);
  if (!set) SETS.set(words, (set = new Set(words)));
  return set;
}

export function cuesOfClause(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical) return;
  const agent = clause.agent;
  const software = agent === 'software';
  // One set for every clause (cleared when used): a new one per clause was most of the analysis's sets.
  const taken = TAKEN;
  if (taken.size) taken.clear();
  const push = (kind: CueKind, first: number, last: number): void => {
    // A phrase runs forward: a reader that points back past its verb still yields words in order, never an empty phrase.
    if (last < first) [first, last] = [last, first];
    out.push({ kind, first, last });
    for (let j = first; j <= last; j++) taken.add(j);
  };

  let useful = scope.hedged && software;
  let helping = false;
  for (let k = clause.from; k < clause.to; k++) {
    if (USEFULNESS.has(words[k].w)) useful = true;
    if (HELP_VERBS.has(words[k].lemma ?? '') && words[k].tag === 'verb') helping = true;
  }
  // "The information may help to characterise early ischemic injury", "the information it provides may be useful in
  // characterising …": what plain information helps with is the reader's own act, as any labelling says of any output.
  if ((useful || helping) && clause.subject >= 0 && PLAIN_INFORMATION.has(words[clause.subject].w)) return;
  // "not for people whose insulin is delivered by a pump", "patients whose rhythm was already diagnosed": a clause on a
  // person's possessions says whom the device is for, not what it does.
  if (clause.opener === 'whose' && personBeforeWhose(words, clause)) return;
  // "We assessed how accurately the software diagnoses suspected tumours" (stop 31): how well it does the act is what a
  // study measured, not what the software outputs in care.
  // (Not when it is said to act by itself: "how accurately the pump doses insulin on its own" still says it doses.)
  if (clause.opener === 'how' && MEASURED_HOW.has(words[clause.from]?.w ?? '') && clause.from >= 2 && STUDIED_BY.has(words[clause.from - 2].lemma ?? words[clause.from - 2].w) && !hasMachineAdverb(words, clause) && !clause.verbs.some((v) => onItsOwn(words, clause, v))) return;

  // Product categories that name the class: "a computer-aided triage and notification device".
  if (software) {
    // In the subject the category only names the product ("The X computer-assisted detection device is limited to…").
    const firstVerb = clause.verbs.length ? clause.verbs[0] : clause.from;
    for (let k = clause.from; k < clause.to; k++) {
      const phrases = CATEGORY_BY_FIRST.get(words[k].w);
      if (!phrases) continue;
      if (isNegated(scope, clause, k)) continue;
      if (k < firstVerb && clause.subject > k) continue;
      for (const phrase of phrases) {
        const n = phrase.words.length;
        if (k + n > clause.to) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = words[k + j].w === phrase.words[j];
        if (ok) {
          push(phrase.cls, k, k + n - 1);
          break;
        }
      }
    }
  }

  // "The measured angles end up in the summary image", "Heart-rate figures are added to each report": an output carried into a record was made by the software.
  const carried = carriedOutput(words, clause);
  if (carried && !isNegated(scope, clause, carried.at)) push(carried.cls, carried.from, carried.to);

  for (let k = clause.from; k < clause.to; k++) {
    const word = words[k];
    const negated = isNegated(scope, clause, k);

    // "interpretation is left to the clinician", "remains the job of the specialist"
    if (!negated && !taken.has(k)) {
      const duty = dutyHeld(words, k, clause.to);
      if (duty >= 0) {
        push('physician-interprets', k, duty);
        k = duty;
        continue;
      }
    }
    // "Everything in between is up to the machine", "the dose is left to the pump" (stop 47): a decision handed to the device.
    if (!negated && !taken.has(k) && !scope.hedged) {
      const machine = dutyOfMachine(words, k, clause.to);
      if (machine >= 0) {
        push('autonomous', k, machine);
        k = machine;
        continue;
      }
    }
    // "opens the results only after finishing their own first read": the reader's own read comes first; the output only after it.
    // ("after" may open the clause itself: then it stands just before the clause's first word.)
    const timeWord = OWN_READ_TIME.has(word.w) ? k : k === clause.from && OWN_READ_TIME.has(words[k - 1]?.w ?? '') ? k - 1 : -1;
    if (!negated && !taken.has(k) && timeWord >= 0) {
      const read = ownReadAfter(words, timeWord, clause.to);
      if (read >= 0) {
        push('physician-interprets', k, read);
        k = read;
        continue;
      }
    }
    // "remains responsible for the final assessment", "keeps the responsibility for confirming", "remains the physician's decision",
    // "remains the one who makes the diagnostic decisions": the physician holds the judgement on the output.
    if (!negated && !taken.has(k)) {
      const held = judgementHeld(words, clause, scope, k);
      // "The system does not reverse the block; that remains the anaesthesiologist's decision" (stop 29): an act the software
      // does not do stays the physician's own care, no reading of its output.
      if (held && deniedActTakenUp(words, clause)) {
        k = held[1];
        continue;
      }
      if (held) {
        push('physician-interprets', held[0], held[1]);
        k = held[1];
        continue;
      }
    }
    // "without (the need for) a physician to review", "without physician review"; "with no physician in the loop", "with no clinician checking"
    const withNo = word.w === 'with' && words[k + 1]?.w === 'no';
    // "graded by the software instead of by human graders" (round 18c): the human reading is what the output stands in for.
    const substitute = (word.w === 'instead' && words[k + 1]?.w === 'of') || (word.w === 'in' && words[k + 1]?.w === 'place' && words[k + 2]?.w === 'of');
    const ofAt = word.w === 'in' ? k + 2 : k + 1;
    const insteadOf = substitute ? (words[ofAt + 1]?.w === 'by' ? ofAt + 1 : ofAt) : -1;
    if (word.w === 'without' || withNo || insteadOf >= 0) {
      const open = insteadOf >= 0 ? insteadOf : withNo ? k + 1 : k;
      let hit = withoutReview(words, open, clause.to);
      if (hit < 0) hit = withoutReviewBy(words, open, clause.to);
      if (insteadOf >= 0 && hit < 0) hit = readerNamedAfter(words, insteadOf, clause.to);
      // "without anyone checking it" denies a reading; "without anyone opening it" does not.
      if (hit >= 0 && words.slice(k, hit + 1).some((w) => ANYONE.has(w.w)) && !reviewIn(words, k, hit)) hit = -1;
      // "never stops the diuretic without paging the cardiologist" (stop 30): a person told, not a reading the output waits for.
      if (hit >= 0 && word.w === 'without' && NOTIFYING_GERUNDS.has(words[k + 1]?.w ?? '')) hit = -1;
      // "primary care hospitals without experienced radiologists" (stop 30): a setting that lacks readers, not an output left unread.
      if (hit >= 0 && word.w === 'without' && (V.CARE_SETTINGS.has(words[k - 1]?.w ?? '') || LACKING_PLACES.has(words[k - 1]?.w ?? '')) && !reviewIn(words, k, hit)) hit = -1;
      // "reads the images in place of the specialist": the clause's own verb is the reading the software stands in for.
      const readsInstead = insteadOf >= 0 && hit >= 0 && software && clause.verbs.some((v) => v < k && !scope.negated[v - clause.from] && (REVIEW_VERBS.has(words[v].lemma ?? '') || GRADING.has(words[v].lemma ?? '')));
      // "operated by nurses instead of physicians" says who works the device: a substitution must name a reading or a reader.
      if (insteadOf >= 0 && hit >= 0 && !readsInstead && !readingNamed(words, insteadOf, hit)) hit = -1;
      if ((withNo || insteadOf >= 0) && hit < 0) continue;
      // "grades the signs of degeneration without human intervention", "measures the angles without manual input" (stop 36):
      // after a measurement or a detection of its own, no hand in the work says how automated it is (the dev set's guide names
      // "fully automated" a trap), not that a conclusion goes out unread.
      if (hit >= 0 && OPERATION_NOUNS.has(words[hit].w) && (words[hit - 1]?.w === 'human' || words[hit - 1]?.w === 'manual') && out.some((c) => c.first >= clause.from && c.first < k && (c.kind === 'assistive' || c.kind === 'augmentative'))) {
        k = hit;
        continue;
      }
      // "Run without human intervention on 189 further slides, it detected …" (stop 37): a fronted participle that counts the
      // cases a test ran on says how the study was run, not that an output goes out unread.
      if (hit >= 0 && frontedTestRun(words, k)) {
        k = hit;
        continue;
      }
      // ("Results may be released without review in some sites": a bare review denied under a hedge says what may happen.)
      if (hit >= 0 && BARE_REVIEWS.has(words[hit].w) && scope.hedged) {
        k = hit;
        continue;
      }
      if (hit >= 0) {
        // (The contrast "instead of" opens covers its own words: only a negation before it denies the substitution.)
        const denied = insteadOf >= 0 ? k > clause.from && (scope.negated[k - 1 - clause.from] ?? false) : negated;
        const kind: CueKind = denied ? 'physician-interprets' : 'autonomous';
        // "Lay responders act on its verdict with no physician in the loop": a lay person acting on the output with no physician between is the autonomous case too.
        // "The screening outcome is produced without human interpretation": an agentless passive of an output is the software's too.
        // (A professional fitting skipped is read only of the settings: "the device is sold without a professional fitting" says how it is sold.)
        const fittingSkipped = PROFESSIONAL_FITTING.has(words[hit].w);
        // "They are sold and used without any hearing care professional taking part", "designed to be used by the wearer alone,
        // without a professional" (round 18c): how the product is sold or used, not an output that goes on unread.
        // (A reading named stays read: "used at home without a clinician reading the tracing".)
        if (kind === 'autonomous' && usedOrSoldBefore(words, clause, k) && !reviewIn(words, k, hit)) {
          k = hit;
          continue;
        }
        if (fittingSkipped ? kind === 'autonomous' && outputMadeUnread(words, clause, k, hit, scope.hedged) : kind === 'physician-interprets' || software || agent === 'other' || outputMadeUnread(words, clause, k, hit, scope.hedged)) push(kind, k, hit);
        k = hit;
      }
      continue;
    }
    // "for (further) review by the pathologist", "for clinician review"
    if (word.w === 'for' && !negated) {
      const hit = forPhysicianReview(words, k, clause.to);
      if (hit >= 0) {
        push('physician-interprets', k, hit);
        k = hit;
        continue;
      }
    }
    // "The surgeon stays responsible for identifying the aneurysm" (stop 53): finding it is the physician's own duty.
    if (!negated && !taken.has(k) && agent === 'physician' && clause.physicianNamed && ownedFinding(words, clause, k)) {
      push('physician-interprets', k - clause.subject <= 8 && clause.subject >= 0 && clause.subject < k ? clause.subject : k, k);
      continue;
    }
    // "The pathologist remains responsible for the final diagnosis": the physician owns the conclusion.
    // (and the final plan: "The surgeon is responsible for the final plan", stop 37)
    // ("remains responsible for the diagnosis", "keeps responsibility for the diagnosis", "stays accountable for each
    // treatment decision" (stop 40): a named physician's ownership of the conclusion, 'final' or not)
    // ("stays responsible for the assessment" (stop 45): the person's own judgement of the case, owned as a conclusion is)
    const owned = (CONCLUSION_NOUNS.has(word.w) || OWNED_PLANS.has(word.w) || OWNED_JUDGEMENTS.has(word.w)) && word.tag !== 'verb' && !taken.has(k) && !negated && agent === 'physician' && clause.physicianNamed && ownedConclusion(words, clause, k);
    if (owned) {
      // (the phrase names the owner: "clinician remains responsible for the diagnosis")
      push('physician-interprets', k - clause.subject <= 8 ? clause.subject : k, k);
      continue;
    }
    if ((CONCLUSION_NOUNS.has(word.w) || OWNED_PLANS.has(word.w)) && word.tag !== 'verb' && !taken.has(k) && !negated && agent === 'physician' && clause.physicianNamed && scope.obliged && words[k - 1]?.w === 'final') {
      push('physician-interprets', k, k);
      continue;
    }
    // "requires physician interpretation", "after cardiologist sign-off", "review by the physician"
    // (Not a measure of the reading: "cut the radiologists' reading workload", "reading time fell" (stop 30).)
    // ("the reading physician has to …" (stop 35): a participle that only names which physician is no reading in itself.)
    const describesPhysician = word.form === 'ing' && modifiesPhysician(words, k);
    // ("every flag gets a second look from the pathologist" (stop 54): a look, so qualified, is a review)
    const look = word.w === 'look' && LOOK_QUALIFIERS.has(words[k - 1]?.w ?? '') && (words[k + 1]?.w === 'from' || words[k + 1]?.w === 'by');
    if ((REVIEW_NOUNS.has(word.w) || look) && word.tag !== 'verb' && !describesPhysician && !taken.has(k) && !LATER.has(words[k - 1]?.w ?? '') && !READING_MEASURES.has(words[k + 1]?.w ?? '') && !reviewHelpedOrCompared(words, k) && !exclusionPlace(words, k)) {
      let span = physicianReview(words, k, clause);
      // "helps dentists read the images": what the product helps a person do obliges nobody.
      if (span && HELP_VERBS.has(words[span[0] - 1]?.lemma ?? '')) span = undefined;
      // "Ground truth was set by expert consensus review": the study's reference, not a reading in care.
      if (span && studyReading(words, clause, k)) span = undefined;
      // "The radiologist remains responsible for the final interpretation."
      if (!span && agent === 'physician' && clause.physicianNamed && (scope.obliged || words[k - 1]?.w === 'final')) span = [k, k];
      // "use the device as a concurrent reading aid", "as an aid to interpretation": the product's role, no duty to read.
      if (span && aidedReading(words, k)) span = undefined;
      // "Physician review is not required": the review the subject names is what is not needed.
      const notNeeded = negated || (k === clause.subject && requirementDenied(words, clause, k));
      if (span) {
        if (!notNeeded) push('physician-interprets', span[0], span[1]);
        else if (agent !== 'physician' && !replacementBefore(words, clause, k)) push('autonomous', span[0], span[1]);
        k = span[1];
        continue;
      }
    }
    // "No clinician is involved before the result is given", "no physician is needed": nobody between the output and its use.
    if (k === clause.from && !taken.has(k)) {
      const nobody = noPhysicianInvolved(words, clause);
      if (nobody >= 0) {
        push('autonomous', k, nobody);
        k = nobody;
        continue;
      }
    }
    // "independently of the physician"
    if ((word.w === 'independently' || word.w === 'independent') && words[k + 1]?.w === 'of' && !negated && software) {
      for (let j = k + 2; j < clause.to && j <= k + 4; j++) {
        if (V.PHYSICIAN_NOUNS.has(words[j].w) && !V.AMBIGUOUS_HUMANS.has(words[j].w)) {
          push('autonomous', k, j);
          k = j;
          break;
        }
      }
      continue;
    }
    if (word.tag !== 'verb' || taken.has(k)) continue;
    // Triage told from the reader's side: "helps radiologists reorder their worklist", "the queue can then be reordered",
    // "lets the team decide which scans to read first". Whoever reorders, the service is the order it supplies.
    if (!negated) {
      const order = readingOrder(words, clause, k);
      if (order) {
        push('assistive', order[0], order[1]);
        k = Math.max(k, order[1]);
        continue;
      }
    }
    // "are expected to apply professional judgment to what it provides": a person's judgment brought to the output is weighing it
    // (as "weigh" does, only under an obligation or a gate; a passive "results are to be used with judgment" is not read this way).
    const judging = !clause.passive && V.JUDGING_VERBS.has(word.lemma ?? word.w) && objectWith(words, k, clause.to, (w) => V.JUDGMENT_NOUNS.has(w), 4) >= 0;
    const lemma = judging ? 'weigh' : (word.lemma ?? word.w);
    const prev = words[k - 1];
    // "Dosing information is given in the drug's labeling", "details are found in the user manual": where a text is written down, no output.
    if (clause.passive && word.form === 'ed' && writtenIn(words, k)) continue;
    // "a convolutional design derived from GoogLeNet", "the network was derived from ResNet" (stop 33): a model derived from
    // another model tells where its design came from; no quantity is derived for the patient.
    if (lemma === 'derive' && word.form === 'ed' && words[k + 1]?.w === 'from' && derivedDesign(words, clause, k)) continue;
    // "68 features are computed from the signals and passed to a classifier", "it extracts 20 features per window" (stop 33):
    // features worked out for the model to read are its input, not a quantity given to anyone.
    // (Not features folded "into a single index": that gives the index.)
    if (V.MACHINE_ACTS.has(lemma) && lemma !== 'convert' && !words.slice(k + 1, clause.to).some((w) => w.w === 'into') && modelFeatures(words, clause, k)) continue;
    // "keeps recalculating a low alarm limit", "computes the alert threshold" (stop 33): the setting an alarm sounds at is part of
    // alerting, not a quantity of the patient given to anyone.
    if (V.MACHINE_ACTS.has(lemma.replace(/^re/, '')) && alarmSetting(words, clause, k)) continue;
    // A gerund after when/while/before has its own, unnamed agent ("useful when recommending management").
    // ("takes the uncertainty out of diagnosing dementia", "the guesswork out of dosing" (stop 48): the work made easier is the reader's.)
    const gerundAfterSub = word.form === 'ing' && prev !== undefined && (prev.w === 'when' || prev.w === 'while' || prev.w === 'before' || prev.w === 'after' || prev.w === 'upon' || (prev.w === 'of' && words[k - 2]?.w === 'out'));
    // An infinitive after "for <person> to" belongs to that person.
    let verbAgent = agent;
    let verbPhysician = clause.physicianNamed;
    // ("Clinicians phone the patient to confirm whether …" (stop 45): after a verb of reaching a person, the infinitive says
    // why the subject reached them; the person reached does not act)
    if (prev?.tag === 'to' && k >= 2 && !purposeAfterReaching(words, k - 2)) {
      const head = words[k - 2];
      if (V.PHYSICIAN_NOUNS.has(head.w)) (verbAgent = 'physician'), (verbPhysician = true);
      else if (V.OTHER_NOUNS.has(head.w)) verbAgent = 'other';
    }
    if (gerundAfterSub && verbAgent === 'software') verbAgent = 'none';
    // "Pharmacists … assemble rules …, choosing whether a high or a low result should set each rule off" (stop 29): a
    // participle after a comma is done by the person the sentence opens with.
    if (word.form === 'ing' && prev?.w === ',' && verbAgent === 'software') {
      const person = openingPerson(words, k);
      if (person) verbAgent = person;
    }
    // "within the range the medical team has prescribed" (stop 29): a contact relative clause's verb is its person's.
    if (verbAgent === 'software' && contactRelativePerson(words, k, clause.from)) (verbAgent = 'physician'), (verbPhysician = true);
    // "It is the radiologist who decides whether …" (stop 31): a relative clause's verb is named by the physician it follows.
    if (!verbPhysician && agent === 'physician' && (clause.opener === 'who' || clause.opener === 'that') && V.PHYSICIAN_NOUNS.has(words[clause.from - 2]?.w ?? '') && !V.AMBIGUOUS_HUMANS.has(words[clause.from - 2].w) && !V.MACHINE_PERSONS.has(words[clause.from - 3]?.w ?? '') && (lemma === 'decide' || lemma === 'determine') && decidesOnFinding(words, k)) verbPhysician = true;
    // "It is the radiologist who makes the diagnosis", "Pathologists are the ones who issue the diagnosis" (stop 49): a cleft
    // names the physician for a conclusion too.
    // (the clause's first verb only, and not "decides", read above with what it decides on)
    if (!verbPhysician && agent === 'physician' && (clause.opener === 'who' || clause.opener === 'that') && CONCLUDING.has(lemma) && clause.verbs[0] === k && physicianCleft(words, clause.from - 2)) verbPhysician = true;
    // "Whoever is alerted is required to consult the monitor": an obliged infinitive is the act of the person the clause is about.
    if (prev?.tag === 'to' && V.OBLIGATIONS.has(words[k - 2]?.w ?? '') && clause.subject >= 0 && clause.subject < k && V.PHYSICIAN_NOUNS.has(words[clause.subject].w)) {
      verbAgent = 'physician';
      verbPhysician = !V.AMBIGUOUS_HUMANS.has(words[clause.subject].w);
    }
    // "prompted the doctors to investigate these illnesses and start treatment" (stop 29): past the first infinitive's object.
    // (not with "automatically" after it: "asks the patient to confirm the dose and deliver the bolus automatically")
    if ((prev?.w === 'and' || prev?.w === 'or') && word.form === 'base' && !words.slice(k + 1, k + 6).some((w) => V.MACHINE_ADVERBS.has(w.w))) {
      const person = infinitivePersonBefore(words, k - 1);
      if (person === 'physician') (verbAgent = 'physician'), (verbPhysician = true);
      // (a helped person's conclusion is theirs: "helps cardiologists to read the tracing and reach a diagnosis")
      else if (person === 'other' || (person === 'helped' && ((ACTS_BY_LEMMA.get(lemma)?.some((a) => a.cls === 'autonomous') ?? false) || objectWith(words, k, Math.min(words.length, k + 4), (w) => NOUN_CLASS.get(w) === 'autonomous', 3) >= 0))) verbAgent = 'other';
    }
    // "for a physician to review and interpret": a coordinated infinitive shares the person of the first.
    const coordinatedTo = (prev?.w === 'and' || prev?.w === 'or') && words[k - 2]?.tag === 'verb' && words[k - 3]?.tag === 'to' && k >= 4;
    if (coordinatedTo) {
      const head = words[k - 4];
      if (V.PHYSICIAN_NOUNS.has(head.w)) (verbAgent = 'physician'), (verbPhysician = true);
      else if (V.OTHER_NOUNS.has(head.w)) verbAgent = 'other';
    }
    // "to help in diagnosing", "aids readers in detecting", "supports the physician in interpreting the image": the
    // helped person does the gerund; the help verb carries the cue, and the person is not obliged to anything.
    if (word.form === 'ing' && (prev?.w === 'in' || prev?.w === 'with') && (helpVerbBefore(words, k - 1, clause.from) || personBefore(words, k - 2, clause.from) || helpedInBefore(words, k - 1, clause.from))) continue;
    // "In prescribing software that embeds the database" (stop 30): a gerund before a product noun names the kind of product.
    // (the product noun heads its phrase: not "calculating monitor units")
    if (word.form === 'ing' && V.SOFTWARE_NOUNS.has(words[k + 1]?.w ?? '') && words[k + 2]?.tag !== 'noun' && (prev === undefined || prev.tag === 'prep' || prev.tag === 'det' || prev.tag === 'punct')) continue;
    // "measurements, which are used in diagnosing patients …", "the maps are useful for diagnosing …": what an output is
    // used in, or is useful for, is its reader's act (stop 30). Not "The software is used for detecting nodules", where the
    // product does it.
    if (word.form === 'ing' && (prev?.w === 'in' || prev?.w === 'for') && usedOrUsefulFor(words, clause, k - 1)) continue;
    // "the main clinical method for diagnosing bladder cancer" (stop 30): a means of care, whoever uses it.
    // (not a way the product offers: "offers a noninvasive way of finding sponges", "the primary means of calculating …")
    if (word.form === 'ing' && prev?.w === 'for' && MEANS_NOUNS.has(words[k - 2]?.w ?? '')) continue;
    // "experts able to interpret the radiographs", "audiologists … know how to interpret them" (stop 30): a person's ability.
    if (prev?.tag === 'to' && personAbleBefore(words, k - 1)) (verbAgent = 'other'), (verbPhysician = false);
    // "aids clinicians in identifying, diagnosing and managing …", "helps the physician measure and interpret …": a verb
    // coordinated with the helped person's act is that person's act too.
    // (A measuring or detecting verb there keeps its class, as "helps the radiologist detect and characterize nodules" names
    // what the software helps with; a conclusion or a reading does not make the software conclude.)
    if ((HELP_NULL.has(word.w) || AUTONOMOUS_ACT_LEMMAS.has(lemma)) && helpedListMember(words, k, 0)) continue;
    // "helps a trained physician reach a diagnosis": the helped person's bare verb is that person's conclusion, not the
    // software's (round 16b; the help verb carries the cue).
    if (word.form === 'base' && (OUTPUT_VERBS.has(lemma) || AUTONOMOUS_ACT_LEMMAS.has(lemma)) && helpedPersonBefore(words, k, clause.from)) continue;
    // "should not be the only ground for diagnosing …, prescribing treatment or deciding whether …": what an output is a
    // basis for is the reader's decision, not the software's act.
    if (word.form === 'ing' && basisFor(words, k)) continue;
    // "whatever is needed to interpret them", "the information required to interpret the results": what a reader needs, nobody's act.
    if (prev?.tag === 'to' && NEEDED.has(words[k - 2]?.w ?? '') && !needer(words, k - 3) && !personNeeds(words, k - 3) && !(clause.subject >= 0 && V.PHYSICIAN_NOUNS.has(words[clause.subject].w))) continue;
    // "During training, the algorithm learned to predict …", "networks trained to tell the cell classes apart": what a
    // model was taught tells how it was built, not what it outputs in care (that sentence comes separately).
    if (prev?.tag === 'to' && TAUGHT.has(words[k - 2]?.w ?? '')) continue;
    // "testing it in six clinics to measure how many missed patients it turns up" (stop 41): the study's measuring is no
    // output of the software, where the question is about the software's own work (not "measures how much fluid the patient
    // drinks"). What the question says the software does keeps its reading ("how accurately the pump doses insulin on its own"
    // still says it doses; stop 31).
    if (LEARNING_VERBS.has(lemma) && asksHowItWorks(words, k)) continue;
    // "makes it easier to diagnose": whoever is eased does the infinitive, not the software.
    if (prev?.tag === 'to' && V.EASE_WORDS.has(words[k - 2]?.w ?? '')) verbAgent = 'none';
    // "it's a nudge to refer or biopsy", "a reminder to recheck the dose" (stop 54): what a nudge is to is the reader's act.
    if (prev?.tag === 'to' && NUDGE_NOUNS.has(words[k - 2]?.w ?? '')) verbAgent = 'none';
    // "The maker designed this tool … to aid detection of nodules": the purpose is the product's own work.
    // ("A team at the university trained a model to predict …" (stop 41): whoever built it, a clinical team too.)
    if (prev?.tag === 'to' && (verbAgent === 'other' || verbAgent === 'none' || !madeByHand(words)) && builtToDo(words, k)) (verbAgent = 'software'), (verbPhysician = false);
    // "The software is cleared by FDA to detect AF": the regulator clears; the product detects.
    if (prev?.tag === 'to' && clause.passive && clause.subject >= 0 && REGULATORY.has(words[clause.verbs[0]]?.lemma ?? '') && SELF_NOUNS.has(words[clause.subject].w)) verbAgent = 'software';
    // "nodules measuring 6 to 30 mm": a participle of size after a noun describes the finding, it measures nothing.
    if (word.form === 'ing' && SIZE_VERBS.has(lemma) && (prev?.tag === 'noun' || prev?.tag === 'name') && sizeFollows(words, k + 1, clause.to)) continue;
    // "physicians interpreting mammograms" describes who reads; it obliges nobody.
    const describesReader = word.form === 'ing' && prev !== undefined && V.PHYSICIAN_NOUNS.has(prev.w);
    if (describesReader) (verbAgent = 'physician'), (verbPhysician = true);
    // "The measurements are used to establish a diagnosis": whoever uses them acts, not the software.
    if (prev?.tag === 'to' && clause.passive && clause.byAgent < 0 && clause.verbs.some((v) => words[v].lemma === 'use' && words[v].form === 'ed')) verbAgent = 'none';
    // "It is prescribed for…": an agentless passive says what is done to its subject, here the product.
    if (clause.passive && clause.byAgent < 0 && word.form === 'ed' && (prev?.tag === 'be' || prev?.tag === 'adv') && clause.subject >= 0 && SELF_NOUNS.has(words[clause.subject].w)) verbAgent = 'none';
    // "the dose prescribed by the provider": a participle with its own agent.
    if (word.form === 'ed' && words[k + 1]?.w === 'by' && !clause.passive) {
      const by = byHead(words, k + 2);
      if (by && V.PHYSICIAN_NOUNS.has(by.w)) (verbAgent = 'physician'), (verbPhysician = true);
      else if (by && V.OTHER_NOUNS.has(by.w)) verbAgent = 'other';
      else if (personAfter(words, k + 2)) verbAgent = 'other'; // "prescribed by the user's healthcare provider"
    }

    // "they are expected to apply professional judgement to the information": an obliged physician's own judgement reads the output.
    if (!negated && scope.obliged && verbAgent === 'physician' && V.JUDGING_VERBS.has(word.lemma ?? word.w)) {
      const at = objectWith(words, k, clause.to, (w) => V.JUDGMENT_NOUNS.has(w), 4);
      if (at >= 0) {
        push('physician-interprets', k, at);
        continue;
      }
    }
    // "Qualified clinicians are to use the results together with the history": an obliged physician who uses the output
    // together with other findings combines it with them, and so reads it.
    if (!negated && scope.obliged && verbAgent === 'physician' && verbPhysician && lemma === 'use') {
      const at = objectWith(words, k, clause.to, (w) => COMBINING_BEFORE_WITH.has(w), 6);
      const output = at >= 0 ? objectWith(words, k, at, (w) => NOUN_CLASS.has(w) || OUTPUT_OBJECTS.has(w) || w === 'it' || w === 'them', 5) : -1;
      if (at >= 0 && output >= 0 && words[at + 1]?.w === 'with') {
        push('physician-interprets', k, at + 1);
        continue;
      }
    }
    // "the user needs the advice of a licensed professional": what the output means is a professional's to say.
    if (!negated && NEEDING.has(lemma) && (verbAgent === 'physician' || verbAgent === 'other')) {
      const at = objectWith(words, k, clause.to, (w) => ADVICE.has(w), 3);
      const by = at >= 0 && words[at + 1]?.w === 'of' ? objectWith(words, at + 1, clause.to, (w) => V.PHYSICIAN_NOUNS.has(w) && !V.AMBIGUOUS_HUMANS.has(w), 6) : -1;
      if (by >= 0) {
        push('physician-interprets', k, by);
        continue;
      }
    }
    // "Assessment … must include inspection of the monitor tracing": a required reading of the data itself, which no software does.
    if (!negated && scope.obliged && INCLUDING.has(lemma) && !SELF_NOUNS.has(subjectOf(words, clause)) && !V.SOFTWARE_NOUNS.has(subjectOf(words, clause))) {
      const at = objectWith(words, k, clause.to, (w) => INSPECTION.has(w), 3);
      const data = at >= 0 && words[at + 1]?.w === 'of' ? objectWith(words, at + 1, clause.to, (w) => READ_DATA.has(w), 5) : -1;
      if (data >= 0) {
        push('physician-interprets', k, data);
        continue;
      }
    }
    // "Qualified clinicians are to use the results together with the history", "An interpreting provider treats the
    // result as one input toward the diagnosis": a named physician folds the output in with other evidence (not "may").
    // "the interpreting clinician, who integrates it into the echo reading": the relative pronoun names the physician before it.
    // Only between commas: "cardiologists who use the results …" without one only says which readers are meant.
    const antecedent = words[clause.from - 2]?.w === ',' ? words[clause.from - 3]?.w ?? '' : '';
    const whoPhysician = WHO.has(clause.opener) && V.PHYSICIAN_NOUNS.has(antecedent) && !V.AMBIGUOUS_HUMANS.has(antecedent);
    // "integrates it into …" was read as the phrasal "convert" (folding inputs into an output); said of a physician it is the plain verb.
    const plainLemma = lemma === 'convert' ? [...V.ADJUNCT_PLAIN_LINK_VERBS].find((v) => word.w.startsWith(v.replace(/e$/, ''))) ?? lemma : lemma;
    const whichReaderClause = WHO.has(clause.opener) && words[clause.from - 2]?.w !== ',';
    if (V.ADJUNCT_USE_VERBS.has(plainLemma) && verbAgent === 'physician' && (verbPhysician || whoPhysician) && !whichReaderClause && !ableBefore(words, clause, k) && !clause.passive && !negated && !describesReader && !optional(words, clause, k) && !actsOnConclusion(words, clause, k)) {
      const link = adjunctUse(words, k, clause.to, plainLemma);
      if (link >= 0) {
        const from = clause.subject >= 0 && clause.subject < k && k - clause.subject <= 4 ? clause.subject : k;
        push('physician-interprets', from, k);
        k = link;
        continue;
      }
    }
    // "Scores are reviewed under the supervision of trained physicians": the supervising physician is the passive's reviewer.
    const supervised = clause.passive && clause.byAgent < 0 && REVIEW_VERBS.has(lemma) && supervisedBy(words, k, clause.to);
    if (supervised) (verbAgent = 'physician'), (verbPhysician = true);
    // "Whoever is notified looks at the full study", "opens the uncompressed images", "must go back to the primary monitor":
    // a reader who goes to the complete or original data reads the case, not only the software's output.
    // ("Whoever is notified" is a passive subject; the -s verb right after its participle is the main act, the reader's.)
    const whoeverActs = clause.subject >= 0 && words[clause.subject].w === 'whoever' && whoeverMainVerb(words, clause.subject, k);
    if (!negated && ((verbAgent === 'physician' && !clause.passive && (verbPhysician || scope.obliged)) || whoeverActs) && !(WHO.has(clause.opener) && words[clause.from - 2]?.w !== ',') && !V.TIME_SUBORDINATORS.has(clause.opener) && !optional(words, clause, k)) {
      const source = sourceDataRead(words, k, clause.to, scope.obliged);
      if (source >= 0) {
        const from = clause.subject >= 0 && clause.subject < k && k - clause.subject <= 4 ? clause.subject : k;
        // The phrase names who reads and the act ("Whoever is notified looks"), as the other readings do.
        push('physician-interprets', from, GOING_TO.has(lemma) ? k + 1 : k);
        continue;
      }
    }
    // The physician's own reading of the output.
    // The thing to be read: an output, or any non-human subject of an obliged, agentless passive ("trends should be interpreted with…").
    // "The device does not conclude … and should be interpreted with other data": its output is read.
    const subjectIndex = clause.subject >= 0 ? clause.subject : clause.sharedSubject;
    const subjectWord = subjectIndex >= 0 ? words[subjectIndex].w : '';
    const outputSubject = subjectIndex >= 0 && !V.PHYSICIAN_NOUNS.has(subjectWord) && !V.OTHER_NOUNS.has(subjectWord) && (!SELF_NOUNS.has(subjectWord) || STRONG_READING.has(lemma));
    const readsOutput = outputSubject && (NOUN_CLASS.has(subjectWord) || subjectWord === 'output' || subjectWord === 'outputs' || !V.WEAK_REVIEW_VERBS.has(lemma));
    // "people who have already been diagnosed with AF by a doctor": a perfect or an earlier passive tells the patient's history.
    if (REVIEW_VERBS.has(lemma) && clause.passive && word.form === 'ed' && historyBefore(words, clause, k)) continue;
    // "Each case was read by two radiologists to establish ground truth", "The algorithm was validated by three cardiologists": study design, not care.
    if (REVIEW_VERBS.has(lemma) && studyReading(words, clause, k)) continue;
    // "must verify the patient's identity", "should read the instructions for use": what is checked is not the output or the data.
    if (REVIEW_VERBS.has(lemma) && !clause.passive && objectWith(words, k, clause.to, (w) => V.NOT_READ_OBJECTS.has(w), 4) >= 0) continue;
    // "decides a shock is needed", "decided it needed a shock" (stop 53): the software deciding, in a that-clause, that the
    // patient needs a therapy is the therapy decision itself, as "decides whether a shock is needed" is.
    if (lemma === 'decide' && verbAgent === 'software' && !negated && !scope.hedged && prev?.tag !== 'to') {
      const needed = therapyNeededAfter(words, k);
      if (needed >= 0) {
        push('autonomous', k, needed);
        k = needed;
        continue;
      }
    }
    // "confirms that biopsy is indicated", "checks that the treatment is appropriate" (stop 33): judging that a procedure is
    // called for selects the patient; it reads no output.
    if (REVIEW_VERBS.has(lemma) && !clause.passive && procedureCalledFor(words, k)) continue;
    // "a doctor should first confirm that the app suits them": checking that the device fits the patient is prescribing it, no reading.
    if (REVIEW_VERBS.has(lemma) && !clause.passive && (suitabilityChecked(words, k) || patientJudgedSuitable(words, k))) continue;
    // "must confirm sensor readings with a fingerstick meter": a reading checked against another meter is a measurement, no reading of an output.
    if (REVIEW_VERBS.has(lemma) && !clause.passive && objectWith(words, k, Math.min(words.length, k + 9), (w) => V.CHECKING_METERS.has(w), 8) >= 0 && words.slice(k + 1, k + 9).some((w) => w.w === 'with' || w.w === 'against' || w.w === 'using')) continue;
    // "should consult a physician": asking a person is no reading of the output.
    if (lemma === 'consult' && objectWith(words, k, clause.to, (w) => V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w), 4) >= 0) continue;
    if (REVIEW_VERBS.has(lemma) && auditOfUse(words, clause)) continue;
    // "The index is meant to be weighed against other data": an intended use with no reader named obliges no physician.
    if (REVIEW_VERBS.has(lemma) && intendedUseOnly(words, clause, k)) continue;
    // "as a concurrent reading aid", "as an adjunct to review of the slides" (the tagger's verbs): the product's role.
    if (REVIEW_VERBS.has(lemma) && aidedReading(words, k)) continue;
    // "reviews the weekly reports", "After the procedure, … reviews the record and signs it": oversight of what was already done.
    // (a person's review only: "the software decides the new weekly dose" is its own dose decision, no review of therapy
    // already given (stop 47))
    if (REVIEW_VERBS.has(lemma) && verbAgent !== 'software' && !negated && !clause.passive && retrospectiveReview(words, clause, k)) continue;
    // "The intensivist decides when a patient starts and stops closed-loop control", "decides whether to use the software"
    // (stop 48): a choice about using the device reads none of its output.
    if (lemma === 'decide' && verbAgent !== 'software' && deviceUseQuestion(words, k)) continue;
    if (REVIEW_VERBS.has(lemma) && (verbAgent === 'physician' || (clause.passive && clause.byAgent < 0 && scope.obliged && readsOutput && !V.INGESTED_DATA.has(subjectWord)))) {
      // (Not "only when a cardiologist has read the tracing", "only once …": a condition the output waits for, like "only after".)
      const concurrent = (clause.opener === 'while' || clause.opener === 'as' || clause.opener === 'when' || clause.opener === 'whenever') && !onlyGate(words, clause);
      // An infinitive ("used by a physician to review") or a description says how it is used; only an obligation binds.
      // "used by physicians who read prostate MRI": a restrictive relative clause in the present says which readers are meant,
      // unless a gate follows ("The reading physician, who interprets the study, …" between commas still tells what the physician does).
      // (A cleft states the act: "it is the radiologist who decides whether …" (stop 30).)
      const whichReaders = WHO.has(clause.opener) && words[clause.from - 2]?.w !== ',' && (word.form === 'base' || word.form === 's') && !gate(words, k, Math.min(words.length, k + 9)) && !cleftBefore(words, clause.from - 2);
      // ("Physicians continue to review every flagged study" (stop 42): an infinitive after "continue" is the act going on.)
      // ("Clinicians phone the patient to confirm whether …" (stop 45): the purpose of a physician's own act of reaching
      // someone is what that physician does next.)
      // ("Dr B (registrar) to review the trend on Friday" (stop 47): in a to-do line the named person's infinitive is the task.)
      const continued = prev?.tag === 'to' && (words[k - 2]?.lemma === 'continue' || (verbAgent === 'physician' && purposeAfterReaching(words, k - 2)) || toDoLine(words, clause, k));
      const described = describesReader || whichReaders || (((prev?.tag === 'to' && !continued) || coordinatedTo) && lemma !== 'diagnose' && lemma !== 'decide') || usedToRead(words, clause, k, coordinatedTo);
      // "The radiologist weighs the estimate", "checks the drawn lines": a named physician going over the software's output reads it, obliged or not.
      // ("looks at", "looks through" the results; not "looks for findings", a search)
      // (stop 40 review: in the present, not a study's "checked the readings against a reference"; not now and then ("looks at
      // the reports monthly"); not the results "of the satisfaction survey", the trends "in admissions", nor "checks the
      // readings are arriving")
      const overOutput = verbPhysician && !clause.passive && goesOverOutput(words, clause, k);
      // "The rhythm strips are analysed by the cardiologist": a named physician's by-phrase makes a weak verb a reading.
      // So does an object relative on an output: "the report that a cardiologist checks".
      const outputRelative = !clause.passive && (clause.opener === 'that' || clause.opener === 'which') && clause.subject > clause.from - 1 && clause.subject < k && outputAntecedent(words, clause.from);
      const byNamedPhysician = verbPhysician && V.READ_WHEN_BY_PHYSICIAN.has(lemma) && ((clause.passive && (clause.byAgent > k || supervised)) || outputRelative);
      // "The technologist confirms what the crops show before the result goes to the clinician" (stop 37): a review that
      // holds a result back until it is done is a reading, whoever qualified does it (not a user or operator, who may be lay).
      // (only over what the software gives or marks: "checks the cartridge before the result is displayed" and "confirms or
      // changes the infusion rate" read no output)
      const overItems = reviewedItemAfter(words, k, clause.to);
      const resultGate = !clause.passive && !negated && overItems && resultGateAfter(words, k);
      // "accepts or rejects each mark", "confirms or corrects the automated findings" (stop 37): a verdict on each item, one
      // way or the other, is a reading even with weak verbs.
      // (passive too, with the physician named in its by-phrase: "every mark is accepted or dismissed by the radiologist", stop 52)
      const verdictPair = (!clause.passive || (verbPhysician && clause.byAgent > k)) && !negated && (overItems || clause.passive) && reviewPairAt(words, k);
      // (the subject may be shared from the clause before: "A certified analyst goes through the recording, confirms or corrects …")
      const reviewer = clause.subject >= 0 ? clause.subject : clause.sharedSubject;
      // (the pair only in the reviewer's own clause: "a proposed class that the technologist accepts or changes" is the
      // technologist acting on the software's option, round 11b)
      const gatedReviewer = (resultGate || (verdictPair && clause.opener !== 'that' && clause.opener !== 'which')) && verbAgent === 'physician' && !verbPhysician && reviewer >= 0 && reviewer < k && GATED_REVIEWERS.has(words[reviewer].w);
      // ("A radiologist checks that it has not counted the valve before the report goes out" (stop 47): a named physician's
      // check that a result waits for, past the clause the check's "that" opens)
      const namedGate = verbPhysician && !clause.passive && !negated && words[k + 1]?.w === 'that' && resultGateAfter(words, k);
      const strongEnough = scope.obliged || (!described && (verbPhysician || clause.passive || gatedReviewer) && (!V.WEAK_REVIEW_VERBS.has(lemma) || gate(words, k, clause.to) || resultGate || verdictPair || onlyGate(words, clause) || overOutput || byNamedPhysician || namedGate));
      // (", and no radiologist reads it" (stop 48): past the coordinator that opens the clause)
      const opening = words[clause.from]?.tag === 'cc' ? clause.from + 1 : clause.from;
      if (negated && verbPhysician && ((!clause.passive && (words[opening]?.w === 'no' || words[opening]?.w === 'never')) || notAskedTo(words, clause, k))) {
        // "No ophthalmologist reviews the images": the software acts alone.
        // (from the need itself when a passive comes first: "is produced by … and needs no ophthalmologist to interpret it")
        let needAt = -1;
        for (let j = k - 1; clause.passive && needAt < 0 && j >= clause.from; j--) if (NEED_FORMS.has(words[j].w)) needAt = j;
        if (agent !== 'other') push('autonomous', needAt >= 0 ? needAt : clause.subject >= 0 ? Math.min(clause.subject, k) : k, k);
        continue;
      }
      // "must check the blood pressure": the patient's own state, not the output.
      // (but "interprets the blood pressure readings", "reads the glucose trend" (stop 37): the state's record is the output)
      const state = objectWith(words, k, clause.to, (w) => V.PATIENT_STATE_NOUNS.has(w), 4);
      // (nor "reviews each flagged patient", "each patient flagged by the software" (stop 38): a patient the software marked
      // is its output)
      if (state >= 0 && !STATE_RECORDS.has(words[state + 1]?.w ?? '') && !STATE_RECORDS.has(words[state + 2]?.w ?? '') && !(/^patients?$/.test(words[state].w) && (MARKED_PATIENT.has(words[state - 1]?.w ?? '') || MARKED_PATIENT.has(words[state + 1]?.w ?? '')))) continue;
      // "checks the alarm limits", "reviews the thresholds" (stop 44 review): the device's configuration, set before use, is no
      // output read (a head right after the verb's short object: not "reviews the results against the limits")
      const configured = objectWith(words, k, clause.to, (w) => CONFIGURATION_HEADS.has(w), 4);
      if (configured >= 0 && words[configured + 1]?.tag !== 'noun' && !words.slice(k + 1, configured).some((w) => w.tag === 'prep')) continue;
      // "reviews the downloaded data at quarterly visits": oversight of a therapy over months, not a reading of each output.
      if (!clause.passive && reviewAtPeriodicVisits(words, k, clause.to)) continue;
      // "reviews a monthly sample of images", "audits a random selection of results" (stop 46): a sample checked after the
      // fact audits the service; it reads no output before it has effect
      if (!clause.passive && sampleReviewed(words, k, clause.to)) continue;
      // "patients a clinician has judged to need ventilation", "judged that breathing needs support": the indication, not a reading.
      // "decides whether a repeat treatment is needed", "decides whether AdaptivCRT is programmed on", "judges it necessary":
      // the physician prescribes the therapy or calls for more of it, not a reading of an output (reading what the software
      // gave, "reviews the map and decides …", is said by its own verb).
      // (Unless the output is named as what the decision is made with: "With that information in hand, clinical staff decide
      // whether the patient should receive more fluid" weighs the output first, stop 34.)
      if ((judgesNeed(words, k) || prescribesTherapy(words, k)) && !outputInHand(words, k)) continue;
      // "the surgeon sees the infant and decides on a harness" (stop 28): a decision on care after the physician's own
      // examination of the patient is the physician's management, downstream of the output.
      if (lemma === 'decide' && decidesAfterSeeingPatient(words, k)) continue;
      // "The anaesthetist decides on reversal and on extubation" (stop 30): a decision on care names what the physician
      // does next, not a reading of the output (unless what is decided is a finding: "decides on the final diagnosis").
      if (lemma === 'decide' && !clause.passive && decidesOnCare(words, k, clause.to)) continue;
      // "The user still has to check her cervical mucus every day" (stop 29): a lay person observing their own body reads no output.
      if (clause.subject >= 0 && V.LAY_PEOPLE.has(words[clause.subject].w) && OWN_BODY_POSSESSIVES.has(words[k + 1]?.w ?? '') && !words.slice(k + 2, k + 6).some((w) => V.RESULT_NOUNS.has(w.w) || NOUN_CLASS.has(w.w) || OUTPUT_HOLDERS.has(w.w))) continue;
      // "working under a protocol approved by a physician" (stop 29): a standing order a physician signed oversees the use;
      // it reads no output.
      if (word.form === 'ed' && STANDING_ORDERS.has(words[k - 1]?.w ?? '')) continue;
      // Level I: a physician who weighs, approves or acts on the software's conclusion or management option does not read the data.
      // ("reads the conclusion and recommendation", "views the verdict": reading what the software concluded is acting on it;
      // over-reading, interpreting or examining stays a physician's reading.)
      // ("decides whether to confirm each suggestion": a choice about acting on the option is Level I too.)
      // (Not "decides whether to administer a bolus": giving a therapy the physician chose is the physician's own decision.)
      // ("decides whether to give the suggested doses" (stop 29): any act on what the software suggested is acting on its option.)
      const choosesOnOption = lemma === 'decide' && words[k + 1]?.w === 'whether' && words[k + 2]?.tag === 'to' && (ACTING_ON_OPTION.has(words[k + 3]?.lemma ?? words[k + 3]?.w ?? '') || words.slice(k + 4, k + 7).some((w, i) => OFFERED.has(w.w) && (words[k + 5 + i]?.tag === 'noun' || words[k + 5 + i]?.tag === 'name')));
      if (!negated && (!DATA_READING.has(lemma) || MERE_READING.has(lemma) || choosesOnOption) && actsOnConclusion(words, clause, k)) continue;
      // "two radiologists judged 93% of them correct", "the auditing radiologists judged none of the abnormalities significant"
      // (stop 35): a past reading whose object is counted reports a study's evaluation, not a reading in care.
      if (word.form === 'ed' && !clause.passive && countedObjectAfter(words, k)) continue;
      // "A panel of three radiologists reviewed the missed cancers and judged five of the six clearly visible", "Two
      // radiologists reviewed the false negatives" (stop 37): counted readers, or a count of what they judged, in the past: a
      // study's evaluation.
      if (word.form === 'ed' && !clause.passive && (countedReaders(words, clause) || partOfWhole(words, k))) continue;
      // "Its accuracy is measured against diagnoses made by two expert endoscopists, who adjudicate the cases" (stop 38): the
      // readers a statistic is measured against are the study's reference, not a reading in care.
      if (measuredAgainstBefore(words, k)) continue;
      if (!negated && !concurrent && !optional(words, clause, k) && strongEnough) {
        // The phrase names who reads: "cardiologist must review".
        const from = clause.subject >= 0 && clause.subject < k && k - clause.subject <= 4 && !clause.passive ? clause.subject : k;
        if (lemma !== 'diagnose' && lemma !== 'decide' || verbPhysician) push('physician-interprets', from, k);
      }
      continue;
    }
    // A lay user who draws a conclusion (after talking to a professional) is no physician interpreting the output.
    // ("the decision to extubate is taken by the consultant" (stop 51): a decision taken, in British usage, is one made)
    // ("Grading is carried out by the pathologist" (stop 55): a reading carried out by a physician is one performed)
    const carriedOut = (lemma === 'carry' || lemma === 'execute') && words[k + 1]?.w === 'out' && clause.passive;
    if ((CONCLUDING.has(lemma) || lemma === 'perform' || lemma === 'take' || carriedOut) && verbAgent === 'physician' && verbPhysician && !negated) {
      // "issues the final diagnosis"; passive: "Diagnoses are made by the physician", "Interpretation is performed by the cardiologist",
      // "Final judgement is always made by the neurologist" (stop 55).
      // (active "perform" only with a diagnostic act: "the psychiatrist performs the diagnostic evaluation" (stop 39), not
      // "performs the procedure")
      const obj = clause.passive && clause.byAgent > k ? subjectWith(words, clause, (w, j) => V.CONCLUSION_NOUNS.has(w) || w === 'interpretation' || w === 'reading' || V.JUDGMENT_NOUNS.has(w) || (PERFORMED_ASSESSMENTS.has(w) && CONCLUDING_ASSESSMENTS.has(words[j - 1]?.w ?? '') && assessmentInCare(words, clause, j))) : lemma === 'perform' ? performedDiagnosticAct(words, k, clause.to) : objectWith(words, k, clause.to, (w) => V.CONCLUSION_NOUNS.has(w));
      // (a telephone call is no conclusion: "the cardiologist makes a phone call", "makes the call to the ward" (stop 47))
      const telephoned = obj >= 0 && (words[obj].w === 'call' || words[obj].w === 'calls') && (TELEPHONE_CALLS.has(words[obj - 1]?.w ?? '') || words[obj + 1]?.w === 'to');
      if (lemma === 'take' && (obj < 0 || (words[obj].w !== 'decision' && words[obj].w !== 'decisions'))) continue;
      if (obj >= 0 && !telephoned) push('physician-interprets', Math.min(obj, k), clause.passive && clause.byAgent > k ? clause.byAgent : Math.max(obj, k));
      continue;
    }
    // "Our sensitivity estimate was computed against…", "53 of 54 seizures were detected": an agentless passive about a statistic or a count reports a study, not an output.
    if (verbAgent === 'software' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && clause.subject >= 0 && countedSubject(words, clause)) verbAgent = 'none';
    // "Whoever is notified looks at the full study", "clinicians who are alerted must open the images": a passive that only
    // says which reader is meant (like "the specialist who gets the message") shows no act of the software.
    if (NOTIFYING.has(lemma) && clause.passive && clause.byAgent < 0 && word.form === 'ed' && ((clause.subject >= 0 && words[clause.subject].w === 'whoever') || WHO.has(clause.opener))) continue;
    const objectNegated = ['no', 'none', 'nothing', 'neither'].includes(words[k + 1]?.w ?? '');
    // "Stroke team members receive a notification": the software sent it.
    // But "patients receiving insulin therapy" describes the population ("clinicians receiving the alert" still name the software's alert).
    const describesPopulation = word.form === 'ing' && prev !== undefined && (V.OTHER_NOUNS.has(prev.w) || V.PHYSICIAN_NOUNS.has(prev.w)) && objectWith(words, k, clause.to, (w) => ALERT_NOUNS.has(w), 4) < 0;
    if (RECEIVING.has(lemma) && describesPopulation) continue;
    // "women whose screening mammogram received a BI-RADS category of 1": what an earlier exam got says whom the device is for.
    if (RECEIVING.has(lemma) && word.form === 'ed' && clause.opener === 'whose') continue;
    // "the cancers diagnosed within three years after the screen", "interval cancers detected during follow-up" (stop 37): a
    // participle after a noun, timed by the clinical course, says what happened to the patients, not what the software did.
    // (not the software's own speed: "bleeds detected within seconds")
    // (the course named after the preposition: "within three years", "during follow-up", not "during the recording")
    if (word.form === 'ed' && (lemma === 'diagnose' || lemma === 'detect') && (prev?.tag === 'noun' || prev?.tag === 'name') && COURSE_TIMING.has(words[k + 1]?.w ?? '') && words.slice(k + 2, k + 10).some((w) => COURSE_WORDS.has(w.w))) continue;
    // "in a 78-year-old woman treated for pneumonia" (stop 58): a participle of care right after the patient says what was
    // done to them, by whoever treated them, not what the software did.
    if (word.form === 'ed' && (lemma === 'treat' || lemma === 'diagnose' || lemma === 'admit') && prev !== undefined && V.PATIENT_NOUNS.has(prev.w) && words[k + 1]?.w === 'for') continue;
    // "Its authors see potential value for screening" (stop 37): what a study's people see is their opinion, not an output.
    if (lemma === 'see' && clause.subject >= 0 && clause.subject < k && WRITERS.has(words[clause.subject].w)) continue;
    // But "the specialist who gets the message opens the study": a relative clause that only says which reader is meant shows no output.
    // Not "receives figures from the nurse": what a person hands over is that person's.
    if (receivesAt(words, k, lemma) && (verbAgent === 'physician' || verbAgent === 'other') && !WHO.has(clause.opener) && !givenByPerson(words, k, clause.to)) verbAgent = 'software';
    // "Each marked region gets a score", "Each label comes with a probability": a thing receives what the software gives.
    if (receivesAt(words, k, lemma) && verbAgent === 'none' && clause.subject >= 0 && !countedSubject(words, clause) && (!V.STUDY_NOUNS.has(words[clause.subject].w) || objectWith(words, k, clause.to, (w) => ALERT_NOUNS.has(w), 4) >= 0)) verbAgent = 'software';
    // "Suspected effusions are flagged for the reader": an agentless passive of a finding or an output; the software does it.
    if (verbAgent === 'none' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && (prev?.tag === 'be' || prev?.tag === 'adv' || k === clause.from || prev?.tag === 'cc') && clause.subject >= 0 && impliedSoftwareSubject(words[clause.subject].w) && !countedSubject(words, clause)) {
      const acts0 = ACTS_BY_LEMMA.get(lemma);
      if (acts0 && acts0[0].cls !== 'autonomous' && (!acts0[0].objects || acts0[0].objectAfter)) verbAgent = 'software';
    }
    // "Each eye is classified as normal, borderline or abnormal", "every patient is graded into one of three groups" (stop 39):
    // an agentless passive in the present that sorts each case is the device's sorting (a study's "each patient was
    // classified" is past).
    if (verbAgent === 'none' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && (words[k - 1]?.w === 'is' || words[k - 1]?.w === 'are') && EACH_SORTED.has(lemma) && (words[k + 1]?.w === 'as' || words[k + 1]?.w === 'into') && clause.subject >= 0 && (words[clause.subject - 1]?.w === 'each' || words[clause.subject - 1]?.w === 'every') && !clause.physicianNamed) verbAgent = 'software';
    // "Cases with detected findings are highlighted", "studies it suspects are flagged": an agentless passive that marks
    // cases qualified by a finding (or by what "it" suspects) is the software's marking; no physician is named.
    if (verbAgent === 'none' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && (prev?.tag === 'be' || prev?.tag === 'adv') && !clause.physicianNamed && clause.subject >= 0 && MARKED_CASES.has(words[clause.subject].w) && !countedSubject(words, clause) && caseQualifiedByFinding(words, clause, k)) {
      const acts0 = ACTS_BY_LEMMA.get(lemma);
      if (acts0 && acts0[0].cls === 'assistive' && !acts0[0].objects) verbAgent = 'software';
    }
    // "each image is analysed automatically to detect nodules": the purpose of a machine's agentless passive is the machine's.
    if (verbAgent === 'none' && prev?.tag === 'to' && clause.passive && clause.byAgent < 0 && !clause.physicianNamed && V.MACHINE_ADVERBS.has(words[k - 2]?.w ?? '') && words[k - 3]?.form === 'ed') verbAgent = 'software';
    // "A notification goes straight to the stroke specialist", "the flag travels to PACS": an alert on its way was sent by the software.
    if ((verbAgent === 'none' || verbAgent === 'software') && MOTION.has(lemma) && !clause.passive && clause.subject >= 0 && clause.subject < k && ALERT_NOUNS.has(words[clause.subject].w) && !negated) {
      push('assistive', clause.subject, k);
      continue;
    }
    // "Delivery starts again by itself": a therapy that changes on its own is changed by the device.
    if ((verbAgent === 'none' || verbAgent === 'software') && !clause.passive && clause.subject >= 0 && clause.subject < k && THERAPY.has(words[clause.subject].w) && SELF_CHANGING.has(lemma) && !negated && onItsOwn(words, clause, k)) {
      push('autonomous', clause.subject, k);
      continue;
    }
    // "Those cases get moved up the queue", "studies jump to the front of the list": cases are what triage moves; the software moves them.
    if (verbAgent === 'none' && lemma === 'prioritize' && clause.byAgent < 0 && clause.subject >= 0 && V.STUDY_NOUNS.has(words[clause.subject].w) && !countedSubject(words, clause)) verbAgent = 'software';
    // "A percentile against reference data is shown": an agentless passive whose subject is an output.
    if (verbAgent === 'none' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && OUTPUT_VERBS.has(lemma) && !WRITTEN_BY_PEOPLE.has(lemma) && clause.subject >= 0 && subjectOutputHead(words, clause, Math.max(clause.from, clause.subject - 9)) >= 0) verbAgent = 'software';
    // "Each lesion is assigned a malignancy score": an agentless passive that hands a finding an output names no other giver.
    if (verbAgent === 'none' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && OUTPUT_VERBS.has(lemma) && !WRITTEN_BY_PEOPLE.has(lemma) && (words[k + 1]?.w === 'a' || words[k + 1]?.w === 'an') && clause.subject >= 0 && impliedSoftwareSubject(words[clause.subject].w) && !countedSubject(words, clause)) verbAgent = 'software';
    // "Linear lucencies in a fracture-like pattern trigger a notification": a finding that sets off an alert names no other sender; the software sends it.
    if (verbAgent === 'none' && CAUSING.has(lemma) && !clause.passive && clause.subject >= 0 && impliedSoftwareSubject(words[clause.subject].w) && objectWith(words, k, clause.to, (w) => ALERT_NOUNS.has(w), 4) >= 0) verbAgent = 'software';
    // "the overlay carries the label …", "output images carrying circular marks": an output that carries a mark shows what was found.
    if (lemma === 'carry' && !negated && !objectNegated) {
      const carrier = word.form === 'ing' ? k - 1 : subjectIndex;
      if (carrier >= 0 && (OUTPUT_CARRIERS.has(words[carrier].w) || MARKED_OUTPUT_QUALIFIERS.has(words[carrier - 1]?.w ?? ''))) {
        const carried = carriedMark(words, k, clause.to);
        if (carried) {
          push(carried.cls, k, carried.at);
          continue;
        }
      }
    }
    // "An automated calibration tailors the pattern …", "an automatic analysis flags …": a process the machine runs acts for the software.
    if (verbAgent === 'none' && !clause.passive && word.form === 's' && clause.subject >= 0 && clause.subject < k && V.MACHINE_ADVERBS.has(words[clause.subject - 1]?.w ?? '') && !V.INGESTED_DATA.has(words[clause.subject].w) && !NOUN_CLASS.has(words[clause.subject].w)) verbAgent = 'software';
    // "Insulin delivery is suspended automatically when glucose falls": an agentless passive that changes a therapy by a machine adverb is the device's own act.
    if (verbAgent === 'none' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && !clause.physicianNamed && clause.subject >= 0 && THERAPY.has(words[clause.subject].w) && hasMachineAdverb(words, clause) && ACTS_BY_LEMMA.get(lemma)?.some((a) => a.cls === 'autonomous')) verbAgent = 'software';
    // "views that could not be verified are highlighted in yellow", "the septum is drawn in green": depicting a thing in a hue
    // marks it, and an agentless passive names no other marker.
    if (verbAgent === 'none' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && !clause.physicianNamed && !negated && HUE_MARKING.has(lemma)) {
      const hue = hueAfter(words, k, clause.to);
      if (hue >= 0) {
        push('assistive', k, hue);
        continue;
      }
    }
    // "Blue arrows point to each fracture", "red and blue lines mark the widest diameter": coloured marks that mark are the software's.
    // "bounding boxes enclose each suspicious region": so do drawn boxes.
    if ((verbAgent === 'none' || verbAgent === 'software') && !clause.passive && !negated && clause.subject >= 0 && clause.subject < k && MARK_SUBJECTS.has(words[clause.subject].w) && markQualifierBefore(words, clause.subject) && MARKS_DOING.has(lemma)) {
      push('assistive', clause.subject, k);
      continue;
    }
    // "checks each measurement against normal ranges", "each value is set against data from healthy subjects": a result placed
    // against norms is a comparison with reference data (an agentless passive needs a quantity as its subject).
    if (!negated && !objectNegated && NORM_PLACING.has(lemma) && (verbAgent === 'software' || (verbAgent === 'none' && clause.passive && clause.byAgent < 0 && word.form === 'ed' && clause.subject >= 0 && NOUN_CLASS.get(words[clause.subject].w) === 'augmentative'))) {
      const norm = normsAfter(words, k);
      if (norm >= 0) {
        push('augmentative', k, norm);
        k = norm;
        continue;
      }
    }
    // "These cases are pushed to the top of the clinical team's review list" (stop 29): an agentless passive that moves cases
    // up a reading list is the triage itself, whoever carries it out.
    if (verbAgent === 'none' && clause.passive && word.form === 'ed' && !clause.physicianNamed && clause.byAgent < 0 && !negated && MOVING.has(lemma) && clause.subject >= 0 && !V.OTHER_NOUNS.has(words[clause.subject].w) && !V.PHYSICIAN_NOUNS.has(words[clause.subject].w)) {
      const destination = headOfListAfter(words, k);
      if (destination) {
        push('assistive', k, destination[1]);
        k = destination[1];
        continue;
      }
    }
    // "Studies with a flag move to the top of the worklist", "flagged patients jump to the head of the queue" (stop 43): cases
    // that rise up a reading list by themselves have been triaged, whoever did it.
    if (verbAgent !== 'physician' && !clause.passive && !negated && RISING.has(lemma) && clause.subject >= 0 && (MARKED_CASES.has(words[clause.subject].w) || words[clause.subject].w === 'patients' || words[clause.subject].w === 'patient')) {
      const destination = headOfListAfter(words, k);
      if (destination) {
        push('assistive', k, destination[1]);
        k = destination[1];
        continue;
      }
    }
    // "the instrument returns a qualitative result", "reports MTB detected or not detected" (stop 34): a test's own answer
    // (its subject may be a test or an instrument the agent reading does not know as the product; its "not detected" is the answer).
    // "A dose not taken on time is reported to the home-care team", "abnormal readings are sent on to the nurse" (stop 36): an
    // event passed to the people who act on it, with no sender named, is the software's notification (not an output itself
    // handed over: "the result is reported to the physician" is read by its noun).
    if (clause.passive && clause.byAgent < 0 && word.form === 'ed' && RELAYING.has(lemma) && !negated && !scope.hypothetical && clause.subject >= 0 && (!NOUN_CLASS.has(words[clause.subject].w) || THERAPY.has(words[clause.subject].w)) && subjectOutputHead(words, clause, Math.max(clause.from, clause.subject - 9)) < 0) {
      const told = relayedTo(words, k, clause.to);
      if (told >= 0) {
        push('assistive', k, told);
        k = told;
        continue;
      }
    }
    // "while the prescription is still being written" (stop 36): a text written with nobody named is a person's, unless the
    // sentence says it writes itself ("the report is written automatically").
    if (clause.passive && clause.byAgent < 0 && WRITTEN_BY_PEOPLE.has(lemma) && !onItsOwn(words, clause, k)) continue;
    if (OUTPUT_VERBS.has(lemma) || lemma === 'call') {
      const answer = labAnswer(words, k, verbAgent === 'physician' || verbAgent === 'other');
      if (answer >= 0 && !isNegated(scope, clause, k) && !scope.hedged && !scope.hypothetical) {
        push('autonomous', k, answer);
        k = answer;
        continue;
      }
    }
    if (verbAgent !== 'software' || negated || objectNegated) continue;
    if (scope.hedged && (lemma === 'suggest' || lemma === 'indicate')) continue;
    // "serves to analyze, interpret and document lung sounds": in a list of handling verbs, "interpret" handles the data; it concludes nothing.
    // But "analyses and interprets the responses on its own": with "by itself" or "automatically" the interpreting is the device's own reading.
    if (lemma === 'interpret' && handlingList(words, k) && !onItsOwn(words, clause, k)) continue;

    // "pushes studies that may show a dissection to the top of the reading list": moving cases to the head of a list is triage, however long the object.
    if (MOVING.has(lemma)) {
      // The finding names the destination ("to the top of the reading list"), not the whole object on the way.
      const destination = headOfListAfter(words, k);
      if (destination) {
        push('assistive', destination[0], destination[1]);
        continue;
      }
    }
    // "checks CT angiograms for a suspected occlusion", "analyzes the ECG for signs of AF": searching the data for a finding detects it.
    if (SEARCHING.has(lemma) && !clause.passive) {
      const forAt = objectWith(words, k, clause.to, (w) => w === 'for', 8);
      // ("looks for interstitial lung findings" (stop 36): past up to two modifiers)
      if (forAt >= 0 && (SOUGHT.has(words[forAt + 1]?.w ?? '') || SOUGHT.has(words[forAt + 2]?.w ?? '') || (SOUGHT.has(words[forAt + 3]?.w ?? '') && words[forAt + 1]?.tag !== 'det' && words[forAt + 2]?.tag !== 'prep' && words[forAt + 2]?.tag !== 'verb'))) {
        push('assistive', k, k);
        continue;
      }
    }
    // "reports how much each volume has changed", "tells the user how many pauses occurred per hour": a quantity asked after "how" is the output.
    if (OUTPUT_VERBS.has(lemma) && !clause.passive) {
      // "tells the patient how much insulin to take": a dose told as an amount to give (round 17c).
      const dose = isNegated(scope, clause, k) || out.some((c) => c.kind === 'autonomous') ? -1 : dosingQuestion(words, k);
      if (dose >= 0) {
        push('autonomous', k, dose);
        k = dose;
        continue;
      }
      const question = quantityQuestion(words, k);
      if (question >= 0) {
        push('augmentative', k, question);
        continue;
      }
    }
    // "produces airway pressure as the patient requires", "keeps adapting as the person's insulin needs change",
    // "supplies pressure in proportion to the patient's effort": a therapy that follows the patient's need is set by the device.
    if (V.NEED_FOLLOWING.has(lemma) || V.THERAPY_SUPPLYING.has(lemma)) {
      const therapy = followedTherapy(words, k, clause.to, V.THERAPY_SUPPLYING.has(lemma));
      const need = therapy >= 0 && !(therapy > k && presetTherapy(words, k, therapy)) ? patientNeedAfter(words, therapy + 1, Math.min(words.length, therapy + 12)) : -1;
      if (need >= 0) {
        push('autonomous', k, Math.max(therapy, k));
        continue;
      }
    }
    // "proposes individual comfort settings", "tailors the pulse pattern to the tremor of the individual patient": fitting the
    // therapy's settings to one patient decides the therapy (not "the display settings", not settings someone else chose).
    if (V.PERSONALIZING.has(lemma)) {
      const fitted = personalSettings(words, k, clause.to);
      if (fitted >= 0) {
        push('autonomous', k, fitted);
        continue;
      }
    }
    // "adapts itself to patients of different sizes", "automatically tunes the difficulty so that each patient receives a
    // personalised course", "senses the breathing effort and changes its output", "at whatever PEEP it finds optimal":
    // a device that fits its own therapy to the patient closes the loop.
    {
      const adapted = selfAdapting(words, clause, k, lemma);
      if (adapted >= 0) {
        push('autonomous', Math.min(k, adapted), Math.max(k, adapted));
        k = Math.max(k, adapted);
        continue;
      }
    }
    // "advises the operator whether to deliver a shock", "indicates when giving fluid may help": advice on when or whether to
    // give a therapy is the device's therapy recommendation (Appendix S autonomous Level I).
    if (V.THERAPY_ADVISING.has(lemma)) {
      const advised = therapyAdvice(words, k);
      if (advised >= 0) {
        push('autonomous', k, advised);
        k = advised;
        continue;
      }
    }
    // "symptoms that suggest an abnormal rhythm": what the patient's signs point to names the indication, not an output.
    if (SIGN_POINTING.has(lemma) && pointedBySigns(words, k)) continue;
    // "tools that support diagnosing heart failure", "aids in diagnosing sepsis": a gerund a help verb takes is the helped
    // person's act (what the software does is the help).
    if (word.form === 'ing' && (HELP_VERBS.has(prev?.lemma ?? '') && prev?.tag === 'verb' || (prev?.w === 'in' && HELP_VERBS.has(words[k - 2]?.lemma ?? '')))) continue;
    // "biometric measuring devices", "a recording unit": a participle that names equipment, not an act.
    if (word.form === 'ing' && V.EQUIPMENT_HEADS.has(words[k + 1]?.w ?? '') && k > 0 && words[k - 1].tag !== 'be' && words[k - 1].w !== 'by') continue;
    // "counts as a positive finding", "counts toward the score": no tally.
    // (and a tally needs its object: not "step counts and wear time")
    if (lemma === 'count' && (V.COUNT_NOT_TALLY.has(words[k + 1]?.w ?? '') || !['det', 'pron', 'noun', 'adj', 'num', 'name'].includes(words[k + 1]?.tag ?? ''))) continue;
    // "records and counts the sponges, towels and other items" (stop 48): a tally of surgical supplies is an inventory, not the patient's.
    if (lemma === 'count' && objectWith(words, k, clause.to, (w) => SUPPLIES.has(w), 3) >= 0) continue;
    // "those it treats as non-serious" (stop 32): treating something as a kind is regarding it so, no therapy.
    // (not "treats ventricular fibrillation as well as ventricular tachycardia")
    if (lemma === 'treat' && words.slice(k + 1, k + 5).some((w, i) => w.w === 'as' && words[k + 2 + i]?.w !== 'well')) continue;
    // "Usability scored 65 out of 100", "the model scored 0.89 against 0.84" (stop 32): a score achieved in a study, not
    // one the software gives ("scores 30 epochs" still counts them).
    // (active only: "each study is scored 0.91 for malignancy by the software" is a score given; "scored best" too is achieved)
    if (lemma === 'score' && words[k - 1]?.tag !== 'be' && ((words[k + 1]?.tag === 'num' && !(words[k + 2]?.tag === 'noun' && !ACHIEVED_SCORE_UNITS.has(words[k + 2].w))) || RANKED.has(words[k + 1]?.w ?? ''))) continue;
    // ("it scored about 68% balanced accuracy", "the model scored an AUC of 0.91" (stop 58): a figure of merit achieved, past
    // an approximation or a determiner)
    if (lemma === 'score' && words[k - 1]?.tag !== 'be' && achievedMerit(words, k)) continue;
    // "algorithms interpret changes at the pressure points", "interprets the sensor's fluctuations" (stop 28): the software working on
    // the data it takes in, not a conclusion it draws (what it concludes is said by the output that follows).
    // (Not with "as" and what the changes mean: "interprets ST-segment changes as signs of ischaemia".)
    if (lemma === 'interpret' && word.form !== 'ed' && objectWith(words, k, Math.min(clause.to, k + 4), (w) => RAW_INTERPRETED.has(w), 3) >= 0 && !words.slice(k + 1, clause.to).some((w) => w.w === 'as')) continue;
    // "the screen shows a plain YES or NO result" (stop 29): a home test's verdict pair, read before the output's nouns.
    if ((OUTPUT_VERBS.has(lemma) || lemma === 'write') && word.form !== 'ed') {
      const verdict = layVerdict(words, k);
      if (verdict >= 0 && !isNegated(scope, clause, k)) {
        push('autonomous', k, verdict);
        k = verdict;
        continue;
      }
    }
    // "determines that a cardiac arrest is under way" (stop 29): a conclusion stated in a that-clause, by the software
    // (a quality judged so guides the acquisition).
    if (CONCLUDING_THAT.has(lemma) && words[k + 1]?.w === 'that' && finiteClauseAfter(words, k + 2) && verbAgent === 'software' && !negated && !scope.hedged && !scope.hypothetical && word.form !== 'ed' && prev?.tag !== 'to') {
      push(qualityWhether(words, k + 1) ? 'assistive' : 'autonomous', k, k + 1);
      k = k + 1;
      continue;
    }
    // "calls 911 itself", "calls emergency services" (stop 29): the device summoning help on its own finding.
    if (lemma === 'call' && verbAgent === 'software' && !negated && !scope.hedged && EMERGENCY_CALLED.has((words[k + 1]?.tag === 'det' ? words[k + 2] : words[k + 1])?.w ?? '')) {
      push('autonomous', k, words[k + 1]?.tag === 'det' ? k + 2 : k + 1);
      continue;
    }
    // "it is the pump making the calls", "the software makes the call on whether to shock" (stop 47): deciding, in everyday words
    // (not a telephone call: "makes a phone call to the carer", "makes the call to the ambulance")
    if (lemma === 'make' && verbAgent === 'software' && !negated && !scope.hedged) {
      const call = callsMade(words, k);
      if (call >= 0) {
        push('autonomous', k, call);
        k = call;
        continue;
      }
    }
    // "highlights the voxels it predicts to be part of an aneurysm" (stop 29): what a mark is predicted to be labels the mark.
    if (lemma === 'predict' && words[k + 1]?.w === 'to' && words[k + 2]?.w === 'be' && words[k - 1]?.w === 'it') continue;
    // "a reader test run to estimate the effect of computer-aided detection on clinicians" (stop 29): a study's aim, no output.
    if (STUDY_AIM_VERBS.has(lemma) && prev?.tag === 'to' && !(clause.subject >= 0 && clause.subject < k && (SELF_NOUNS.has(words[clause.subject].w) || V.SOFTWARE_NOUNS.has(words[clause.subject].w))) && words.slice(Math.max(0, k - 8), k).some((w) => STUDY_RUNS.has(w.w)) && objectWith(words, k, Math.min(words.length, k + 5), (w) => STUDY_EFFECTS.has(w), 3) >= 0) continue;
    // "works out whether rhonchi are present" (stop 29): a presence worked out is a detection; "works out where the scout
    // should begin" plans the acquisition. (The particle verb reads as "calculate".)
    if (lemma === 'calculate' && isWorkForm(word.w) && words[k + 1]?.w === 'out') {
      let q = k + 2;
      while (q < words.length && q <= k + 6 && (words[q].w === ',' || words[q].tag === 'adv' || words[q].w === 'then' || words[q].tag === 'verb' || words[q].tag === 'cc')) q++;
      // (where or when a scan is taken only: "works out where the tumour is" still locates and measures)
      if ((words[q]?.w === 'where' || words[q]?.w === 'when') && words.slice(q + 1, q + 5).some((w) => PLANNED_SCANS.has(w.w))) continue;
      // (a presence only: "whether a murmur is present and how loud it is" also measures)
      if (words[q]?.w === 'whether' && presenceVerdictAfter(words, q) && !negated && !words.slice(q + 1, q + 12).some((w) => w.w === 'how')) {
        push('assistive', k, q);
        k = q;
        continue;
      }
    }
    // "tags each image with the patient ID" (stop 49): tagging with a record's data is filing, not pointing a reader at a
    // finding ("tags the studies with a suspected bleed" still is).
    // (nor a noun the tagger took for a verb: "Passive tags let the system follow sponges")
    if (lemma === 'tag' && (taggedWithData(words, k, clause.to) || !taggerBefore(words, k))) continue;
    // "brings counting problems to light", "flags dosing errors" (stop 49): a gerund naming the kind of a fault is no act.
    if (word.form === 'ing' && FAULT_NOUNS.has(words[k + 1]?.w ?? '')) continue;
    // ("looks for patterns that suggest an irregular rhythm" (stop 54): what the sought patterns suggest is the evidence the
    // software weighs, not its conclusion)
    if (SUGGESTING.has(lemma) && (clause.opener === 'that' || clause.opener === 'which') && clause.verbs[0] === k && SOUGHT.has(words[clause.from - 2]?.w ?? '')) continue;
    // An act with a class of its own.
    const acts = ACTS_BY_LEMMA.get(lemma);
    const quantifying = acts?.[0].cls === 'augmentative';
    // "A Quality Meter estimates how diagnostic the clip is" (stop 28): a value about the acquisition guides the operator;
    // it is no clinical quantity (as "an image-quality score" is not).
    if (quantifying && acquisitionQuality(words, clause, k)) {
      push('assistive', k, k);
      continue;
    }
    // "works out the patient's position", "estimates how the patient is lying" (stop 28): where the body is guides a device or
    // the staff; it is no clinical quantity.
    if (quantifying && bodyPlacement(words, k, clause.to)) continue;
    // "helps nurses count breaths": the person helped counts by hand (helpedTo leaves the help verb unread too).
    if (lemma === 'count' && prev !== undefined && (V.PHYSICIAN_NOUNS.has(prev.w) || V.OTHER_NOUNS.has(prev.w)) && HELP_VERBS.has(words[k - 2]?.lemma ?? '')) continue;
    let matched = false;
    if (acts) {
      for (const act of acts) {
        if (lemma === 'indicate' && clause.passive) break; // "is indicated for use": an indication
        // "the algorithm's results were compared with that reference" (stop 29): the study's comparison, not a value set against norms.
        if (lemma === 'compare' && clause.passive && word.form === 'ed' && clause.subject >= 0 && (studyReading(words, clause, k) || (STUDIED_OUTPUTS.has(words[clause.subject].w) && studyReferenceAfter(words, k)))) break;
        const agentlessPassive = clause.passive && clause.byAgent < 0 && word.form === 'ed';
        // "routes them onward to be graded" (stop 31): what the data are sent on for is the receiver's act.
        if (word.form === 'ed' && words[k - 1]?.w === 'be' && words[k - 2]?.w === 'to' && words.slice(Math.max(0, k - 7), k - 2).some((w) => w.tag === 'verb' && ROUTING.has(w.lemma ?? '')) && words[k + 1]?.w !== 'by') break;
        if (act.cls === 'autonomous' && agentlessPassive && !hasMachineAdverb(words, clause)) continue; // "before treatment is decided"
        if (act.cls === 'autonomous' && manualAct(words, clause)) continue;
        // "diagnoses such as depression" (stop 30): the plural noun in a list of inputs, not the verb.
        if (word.w === 'diagnoses' && NOUN_AFTER_DIAGNOSES.has(words[k + 1]?.w ?? '')) continue;
        // "a cloud algorithm interprets the resulting signal", "interprets the incoming data" (stop 30): raw data worked on is
        // processing; "interprets the rhythm", "interprets electrocardiograms" stay conclusions.
        if (lemma === 'interpret' && rawSignalObject(words, k, clause.to)) continue;
        // "stimulates a nerve, then records the muscle's response" (stop 30): a stimulus given to measure the response is the
        // measurement's, not a therapy.
        if (lemma === 'stimulate' && words.slice(k + 1).some((w, i) => (w.lemma === 'record' || w.lemma === 'measure' || w.lemma === 'analyse' || w.lemma === 'analyze') && words.slice(k + 2 + i, k + 8 + i).some((x) => x.w === 'response' || x.w === 'responses'))) continue;
        if (act.cls === 'autonomous' && V.ON_ITS_OWN_ONLY.has(lemma) && !onItsOwn(words, clause, k)) continue;
        // "The decision to start bone treatment rests with the GP" (stop 48): the act a decision is about, when the sentence
        // gives that decision to a physician, is the physician's to take, not the software's.
        if (prev?.tag === 'to' && V.OWNED_DECISIONS.has(words[k - 2]?.w ?? '') && decisionGivenToPhysician(words, k)) continue;
        // "292 patients treated with Stim Assist", "women treated using the app" (stop 31): a participle on the people who got
        // the care names a study's arm, not an act of the software's.
        if (lemma === 'treat' && word.form === 'ed' && prev?.tag === 'noun' && !V.SOFTWARE_NOUNS.has(prev.w) && (V.OTHER_NOUNS.has(prev.w) || prev.w.endsWith('s')) && ARM_LINKS.has(words[k + 1]?.w ?? '')) continue;
        // "treats obstructive sleep apnea in adults at home or in hospital": the condition, then who and where, is the indication.
        if (act.cls === 'autonomous' && V.INDICATION_VERBS.has(lemma) && !onItsOwn(words, clause, k) && indicationStatement(words, k)) continue;
        // "built to treat cardiac arrest", "meant for treating sleep apnea": a purpose names the indication.
        if (act.cls === 'autonomous' && V.INDICATION_VERBS.has(lemma) && (prev?.tag === 'to' || (word.form === 'ing' && (prev?.w === 'for' || prev?.w === 'of'))) && !onItsOwn(words, clause, k)) continue;
        // "charges and shocks automatically", "shocks whenever VF is detected": an act with no object that needs a trigger.
        if (!act.objects && act.triggered && !onItsOwn(words, clause, k) && !conditionInSentence(words) && !timedToPatient(words, k)) continue;
        if (act.objects) {
          const objs = setOf(act.objects);
          // "decides whether…": the clause cut at "whether", which is the object.
          let subordinate = objs.has('whether') || objs.has('when') ? objectWith(words, k, Math.min(words.length, k + 8), (w) => (w === 'whether' || w === 'when' || w === 'how' || w === 'where') && objs.has(w)) : -1;
          if (subordinate >= 0 && HOW_MANY.has(words[subordinate + 1]?.w ?? '')) subordinate = -1;
          // "the results will inform whether the treating neurologist proceeds to PET" (stop 46): a question whose subject is a
          // named physician is the physician's to settle, no conclusion of the software
          if (subordinate >= 0 && subordinate >= clause.to - 1 && act.cls === 'autonomous' && physicianSettles(words, subordinate)) {
            matched = true;
            break;
          }
          if (subordinate >= 0 && subordinate >= clause.to - 1 && act.cls === 'autonomous' && transferWhether(words, subordinate) && !alertWhether(words, subordinate)) {
            // "tell the user whether each reading was received and sent": the device's own feedback on its data, no finding.
            matched = true;
            break;
          }
          if (subordinate >= 0 && subordinate >= clause.to - 1) {
            // "tells the clinic whether low EF is likely": a likelihood passed on is a flag, not a conclusion.
            // "tells the user whether any findings were detected": a detection flag passed on, not a conclusion.
            // "a classification suggesting whether amyloidosis is present": an output that suggests is a hedged flag, not a conclusion.
            const outputSuggests = lemma === 'suggest' && word.form === 'ing' && (prev?.tag === 'noun' || prev?.tag === 'name');
            // "determines whether the wearer may be having a seizure": any conclusion verb's hedged whether-clause is a flag (round 17c).
            // (Told to a lay person, a detection is the verdict itself: "the app tells the woman whether each infection was found".)
            // (Not hedged, not with a clinician anywhere in the sentence, and about a finding: not "whether the sample was unreadable"
            // or "whether the monitor was found on the network".)
            const toldLay = act.verbs.includes('tell') && !scope.hedged && !words.some((w) => V.PHYSICIAN_NOUNS.has(w.w)) && !deviceMatterAfter(words, subordinate) && words.slice(k + 1, subordinate).some((_, i) => layAt(words, k + 1 + i, false));
            const flagOnly = act.cls === 'autonomous' && ((act.verbs.includes('tell') && !toldLay && (hedgedAfter(words, subordinate) || detectionAfter(words, subordinate) || findingDetectedAfter(words, subordinate))) || outputSuggests || hedgedCondition(words, subordinate));
            // "determines whether the image quality is sufficient": checking the data's quality guides acquisition; it concludes nothing about the patient.
            // "decides whether to notify the radiologist": choosing whether to alert is the notification itself.
            // "tells the caregiver whether the monitored person is on the mattress": where a person is, an alert's matter, not a diagnosis.
            // "shows whether blood pressure is rising": a quantity's trend is a measurement's reading, not a conclusion.
            // "judges from the Kellgren-Lawrence grading whether osteoarthritis is present" (stop 29): a verdict read off a grade
            // the software gave is the grade's reading (augmentative), not a further conclusion.
            // (Only a presence verdict, told to nobody lay: "decides from the stage whether the patient needs surgery" stays a decision.)
            const fromGrade = act.cls === 'autonomous' && !flagOnly && !toldLay && presenceVerdictAfter(words, subordinate) && words.slice(k + 1, subordinate).some((w, i) => (w.w === 'from' || w.w === 'using') && words.slice(k + 2 + i, subordinate).some((g) => GRADE_WORDS.has(g.w)));
            const trend = act.cls === 'autonomous' && !flagOnly && (fromGrade || trendWhether(words, subordinate) || riskGradeWhether(words, subordinate));
            // "shows a number expressing how likely it is that …": a likelihood given is a quantity, not guidance on how to act.
            // (Not how likely a clip is to be of diagnostic quality: feedback on the acquisition.)
            if (act.cls === 'assistive' && words[subordinate].w === 'how' && (words[subordinate + 1]?.w === 'much' || LIKELIHOOD_ADJECTIVES.has(words[subordinate + 1]?.w ?? '')) && !qualityWhether(words, subordinate)) {
              push('augmentative', k, subordinate + 1);
              matched = true;
              break;
            }
            push(flagOnly || (act.cls === 'autonomous' && (qualityWhether(words, subordinate) || alertWhether(words, subordinate) || presenceWhether(words, subordinate) || seenOrCrossedWhether(words, subordinate) || artefactWhether(words, subordinate) || eventWhether(words, subordinate))) ? 'assistive' : trend ? 'augmentative' : act.cls, k, subordinate);
            matched = true;
            break;
          }
          // "tells the rescuer that a shock is needed": what the person is told may sit in the "that" clause after the cut.
          const toldThat = act.throughInfinitive === true && words[clause.to]?.w === 'that';
          // "tells the patient which basal dose to take": the therapy sits in the indirect question after the cut.
          const toldWhich = act.throughInfinitive === true && (words[clause.to]?.w === 'which' || words[clause.to]?.w === 'what');
          // "decides which vaccines a patient should have", "tells her on which days she is fertile" (stop 38): the object in
          // an indirect question right after the verb (act.questionObject)
          const question = act.questionObject;
          // ("suggests when to take the next tablet", "decides how much insulin to give" (stop 45): a question of when or how much
          // to act, with its infinitive, names the choice too)
          const choiceWhich = question !== undefined && clause.to <= k + (question === 'told' ? 4 : 2) && (words[clause.to]?.w === 'which' || words[clause.to]?.w === 'what' || (question === 'choice' && infinitiveQuestionAt(words, clause.to))) && words.slice(k + 1, clause.to).every((w) => w.tag === 'adv' || (question === 'told' && (w.tag === 'pron' || w.tag === 'det' || w.tag === 'prep' || V.LAY_PEOPLE.has(w.w))));
          const objectTo = toldThat || toldWhich || choiceWhich ? Math.min(words.length, clause.to + 6) : clause.to;
          let obj = clause.passive && word.form === 'ed' && !act.objectAfter ? subjectWith(words, clause, (w) => objs.has(w)) : objectWith(words, k, objectTo, (w) => objs.has(w) || (toldThat && w === 'that'), choiceWhich ? Math.max(act.reach ?? 7, clause.to - k + 6) : act.reach ?? (act.objectAfter ? 10 : 7), act.throughInfinitive);
          // ("suggests when to take the next tablet": the object of the question's infinitive)
          if (obj < 0 && choiceWhich && infinitiveQuestionAt(words, clause.to)) {
            const infinitive = words.findIndex((w, i) => i > clause.to && i <= clause.to + 5 && w.tag === 'to');
            if (infinitive > 0 && words[infinitive + 1]?.tag === 'verb') obj = objectWith(words, infinitive + 1, Math.min(words.length, infinitive + 7), (w) => objs.has(w), 5);
          }
          // (the question's own verb must not be someone's act: "shows her which days she marked as fertile" is her marking)
          // (an infinitive's verb is the act advised, no one's act: "suggests when to take the next tablet")
          if (choiceWhich && obj > clause.to && words.slice(clause.to + 1, obj).some((w, i) => w.tag === 'verb' && words[clause.to + i]?.tag !== 'to')) continue;
          // a medicine named for its testing is no choice of treatment (stop 38): "determines which antibiotics the isolate is
          // resistant to", "determines antibiotic susceptibility", "selects antibiotic orders that do not match the culture"
          // (a recommendation stays one: "recommends the narrowest antibiotic to which the isolate is likely to be susceptible")
          if (obj >= 0 && V.CHOSEN_MEDICINES.has(words[obj].w) && (words[obj + 1]?.tag === 'noun' || (!RECOMMENDING.has(lemma) && words.some((w) => V.SUSCEPTIBILITY_WORDS.has(w.w))))) continue;
          if (obj >= 0 && words[obj].w === 'that') {
            const told = objectWith(words, obj, objectTo, (w) => objs.has(w), 6);
            if (told < 0) continue;
            push(act.cls, k, told);
            matched = true;
            break;
          }
          // "the dose it recommends": in an object relative clause the antecedent is the object.
          if (obj < 0 && clause.relObject !== undefined && clause.relObject < k && objs.has(words[clause.relObject].w)) obj = clause.relObject;
          // "if a shock is needed, delivers it automatically" (stop 30): a pronoun object stands for the therapy the condition
          // before it named.
          if (obj < 0 && act.cls === 'autonomous' && (words[k + 1]?.w === 'it' || words[k + 1]?.w === 'them') && therapyOfCondition(words, k, objs)) obj = k + 1;
          if (obj < 0) continue;
          // ("adjusts the pump settings", "resets the pump rate": the phrase runs to what of the machine is changed)
          if (V.THERAPY_MACHINES.has(words[obj].w) && words[obj + 1]?.tag === 'noun') obj++;
          // ("checks each ECG for swapped leads": what is looked for, not "for each patient", "for 30 seconds", "for use")
          // (nor raw data searched as a step of processing, stop 45: "checks wrist pulse data for irregular rhythm", which the
          // dev set reads as processing; nor anatomy looked for before segmenting it: "checks the images for the heart")
          if (act.soughtFor && (!soughtAfter(words, obj) || words.slice(k + 1, obj).some((w) => V.RAW_DATA.has(w.w)))) continue;
          if (act.namedAs && words[obj + 1]?.w !== 'as') continue;
          if (act.namedRhythm && !rhythmNamed(words, obj + 2)) continue;
          if (act.chamberTimed && !chamberTimingBefore(words, obj)) continue;
          // feeding, heating or cooling is a therapy only where the sentence names the patient's body or the feeding route
          // (stop 44 review): not "the building system controls the heating", "stops feeding results to the laboratory system"
          if (act.cls === 'autonomous' && V.BODY_BOUND_THERAPY.has(words[obj].w) && !words.some((w) => V.BODY_CONTEXT.has(w.w))) continue;
          // a programme's content named as a modifier is no therapy given (stop 44 review): "delivers coaching videos to the app"
          if (act.cls === 'autonomous' && V.PROGRAMME_CONTENT.has(words[obj].w) && words[obj + 1]?.tag === 'noun' && !V.SESSION_WORDS.has(words[obj + 1].w)) continue;
          // (nor one people give through the software: "delivers coaching sessions via chat with a certified health coach")
          if (act.cls === 'autonomous' && V.PROGRAMME_CONTENT.has(words[obj].w) && givenByPeople(words, obj, clause.to)) continue;
          // a notice about the therapy is not the therapy (stop 44): "sets a reminder for each dose", "schedules an alert before
          // the next infusion" (the notice is the head of the object right after the verb)
          if (act.cls === 'autonomous' && obj > k + 1 && noticeAbout(words, k, obj, clause.to)) continue;
          if (act.objectFollowedBy && !followedByVerb(words, obj, act.objectFollowedBy)) continue;
          if (act.machineSubject && (clause.subject < 0 || !V.SELF_SETTING_MACHINES.has(words[clause.subject].w) || V.NOT_THERAPY_SETTINGS.has(words[obj - 1]?.w ?? ''))) continue;
          // care named only as the head of its phrase (stop 40 review): "recommends surgery", not "recommends surgery scheduling
          // slots", "an operation mode", "advises management to review staffing", "self-care management"
          // (a referral goes "to" a clinic: "a referral to the eye clinic" is still the referral (stop 47))
          if (HEAD_ONLY_CARE.has(words[obj].w) && (words[obj + 1]?.tag === 'noun' || (words[obj + 1]?.tag === 'verb' && words[obj + 1].form === 'ing') || (words[obj + 1]?.w === 'to' && !words[obj].w.startsWith('referral')) || words[obj - 1]?.w === 'self-care')) continue;
          // a mode of the app, the display or the recording, or a backup of data or power, is no therapy (stop 38: "switches
          // automatically to dark mode", "to continuous monitoring mode", "to a backup server")
          if (act.cls === 'autonomous' && (((words[obj].w === 'mode' || words[obj].w === 'modes') && V.NOT_THERAPY_MODES.has(words[obj - 1]?.w ?? '')) || ((words[obj].w === 'backup' || words[obj].w === 'back-up') && V.NOT_THERAPY_BACKUPS.has(words[obj + 1]?.w ?? '')))) continue;
          // an imaging machine's current or beam is acquisition, not therapy: "adjusts the tube current to the patient's size",
          // "steers the ultrasound beam toward the heart"
          if (act.cls === 'autonomous' && (words[obj].w === 'current' || words[obj].w === 'beam' || words[obj].w === 'beams') && V.IMAGING_SOURCES.has(words[obj - 1]?.w ?? '')) continue;
          // "delivers scheduled vagus nerve stimulation": a therapy someone else set, which the device only carries out.
          if (act.cls === 'autonomous' && obj > k && presetTherapy(words, k, obj)) continue;
          // "stops delivery when the reservoir is empty", "suspends delivery if an occlusion is detected in the tubing": a
          // safety stop on a fault of the device itself decides nothing about the patient.
          if (act.cls === 'autonomous' && STOPPING.has(lemma) && deviceFaultCondition(words)) continue;
          // "The pump delivers insulin through a subcutaneous infusion set", "delivers a shock of up to 200 J through adhesive
          // pads": the path the therapy takes describes the hardware; only a condition or "by itself" makes it a decision.
          if (act.cls === 'autonomous' && obj > k && throughConduit(words, obj, clause.to) && !onItsOwn(words, clause, k) && !conditionInSentence(words)) continue;
          // "cuts the current off when the user releases the footswitch", "switches the heating off when the lid is opened",
          // "turns the current off when the session time has elapsed" (stop 43 review): a stop a person or a timer sets off is no
          // decision of the device.
          if (act.cls === 'autonomous' && stopsWhatItGives(words, k, lemma) && operatedStop(words, k)) continue;
          // "how the risk would change with treatment", "the rate varies with the dose" (stop 43): a verb with no object, whose
          // "with" names what goes along with the change, changes no therapy (but "starts with a bolus" begins the therapy with it).
          if (act.cls === 'autonomous' && obj > k + 1 && words[k + 1]?.w === 'with' && lemma !== 'start' && lemma !== 'initiate') continue;
          // "how stroke volume changes after each bolus": a therapy after a preposition of time only dates the change.
          if (act.cls === 'autonomous' && obj > k && afterTimePreposition(words, k, obj)) continue;
          // "paces the atrium for a limited period", "inflates intra-aortic balloons": with nothing that sets it off, the hardware's work.
          if (act.triggered && !onItsOwn(words, clause, k) && !conditionInSentence(words) && !timedToPatient(words, k)) continue;
          // "basal cell carcinoma": a therapy word that names anatomy here.
          if (V.ANATOMY_AFTER_THERAPY.has(words[obj + 1]?.w ?? '')) continue;
          // "determines relative blood oxygen saturation": a therapy word that names a quantity read from the patient.
          if (act.cls === 'autonomous' && V.QUANTITY_AFTER_THERAPY.has(words[obj + 1]?.w ?? '')) continue;
          if (V.ADJECTIVE_THERAPY.has(words[obj].w) && (words[obj + 1]?.tag === 'noun' || words[obj + 1]?.tag === 'adj')) continue;
          // "raise local blood flow", "improves cerebral flow" (stop 56): the body's own flow is an effect of care, no therapy given.
          if (act.cls === 'autonomous' && words[obj].w === 'flow' && BODY_FLOWS.has(words[obj - 1]?.w ?? '')) continue;
          // "reduces the time to treatment", "cuts delays in therapy": an outcome of care, not a therapy the software changes.
          if (act.cls === 'autonomous' && outcomeOfCare(words, k, obj)) continue;
          // "start patients on treatment sooner", "start treatment in time" (stop 32): care begun earlier is a benefit claimed
          // for the people who give it, not a therapy the software starts.
          if (act.cls === 'autonomous' && obj > k && soonerCare(words, obj)) continue;
          // "tells the patient to take the dose the physician prescribed": the physician chose it.
          if (act.throughInfinitive && personAfterWithin(words, obj + 1, Math.min(words.length, obj + 6))) continue;
          // "prompts the nurse to review the dose": a person told to check the therapy, not to give it.
          if (act.throughInfinitive && toldToReview(words, k, obj)) continue;
          if (words[obj].w === 'how' && HOW_MANY.has(words[obj + 1]?.w ?? '')) continue; // "shows how many scans were usable": a count
          // "turned into disturbance values, which are then assessed across windows": an intermediate quantity.
          if (act.cls === 'augmentative' && consumedLater(words, Math.max(k, obj))) {
            matched = true;
            break;
          }
          // "overlays the measured diameter on the live ultrasound" (stop 56): a quantity laid over live imaging keeps its own
          // class; only a guide laid over it is guidance.
          // (nor a ruler: "overlays a reference grid on the live video", "projects a virtual scale onto the live image")
          if (act.cls === 'assistive' && LAID_OVER.has(lemma) && words.slice(k + 1, obj).some((w, i) => RULERS.has(w.w) || (NOUN_CLASS.get(w.w) === 'augmentative' && (!V.WEAK_OUTPUT_NOUNS.has(w.w) || ESTIMATING_PARTICIPLES.has(words[k + i]?.w ?? ''))))) continue;
          // "tells the user about her fertility status": what the object is about may shift the class.
          const shifted = act.objectsShift?.find((shift) => {
            const at = objectWith(words, obj, clause.to, (w) => shift.words.includes(w), 8);
            return at >= 0 && !(shift.cls === 'autonomous' && measuredDose(words, at));
          });
          // ("shows the fertile days": the phrase ends on the noun the qualifier names.)
          const objectEnd = words[obj].w === 'fertile' && words[obj + 1]?.tag === 'noun' ? obj + 1 : obj;
          push(shifted?.cls ?? act.cls, Math.min(k, obj), Math.max(k, objectEnd));
          matched = true;
          break;
        }
        if (lemma === 'measure' || lemma === 'detect' || lemma === 'monitor') {
          const raw = objectWith(words, k, Math.min(clause.to, k + 4), (w) => V.INGESTED_DATA.has(w));
          if (raw >= 0 && lemma === 'measure' && !vitalRateOutput(words, raw, clause.to) && !propertyHeaded(words, raw, clause.to)) {
            matched = true;
            break;
          }
        }
        // "calculates and displays EEG data": working on the raw data gives no quantity of its own.
        if (act.cls === 'augmentative' && CALCULATING.has(lemma) && rawDataObject(words, k, clause.to)) {
          matched = true;
          break;
        }
        // "the SpO2 signal that the watch derives from PPG", "derives a respiration waveform from the ECG": a signal worked
        // out on the way to the output is no quantity the software reports.
        if (act.cls === 'augmentative' && derivedSignal(words, clause, k)) {
          matched = true;
          break;
        }
        // "segments of poor signal quality are identified and discarded", "identified as arising from noise": spotting
        // artefact in the recording is housekeeping of the input, not a finding.
        if (act.cls === 'assistive' && artefactTarget(words, clause, k)) {
          matched = true;
          break;
        }
        // "computes a confidence score internally", "estimates a probability, which is not shown to the user": a quantity kept
        // inside the device is no output.
        if (act.cls === 'augmentative' && keptInternal(words, clause)) {
          matched = true;
          break;
        }
        // "concludes each analysis by writing …", "treats each slice independently", "treats missing values as normal": finishing
        // a run or handling the data is no conclusion and no therapy.
        if (act.cls === 'autonomous' && handlingNotConcluding(words, k, clause.to, lemma)) {
          matched = true;
          break;
        }
        // "guide the operator through the rescue", "guides the user through set-up": leading a person through the steps
        // of using the device is its interface, not a finding (guiding image acquisition still is).
        if (act.cls === 'assistive' && lemma === 'guide' && guidedThroughUse(words, k, clause.to)) {
          matched = true;
          break;
        }
        let cls = act.cls;
        // "scores each slice", "classifies every pixel": a unit of the input, scored on the way to the output.
        if (cls === 'augmentative' && objectWith(words, k, Math.min(clause.to, k + 5), isInputUnit) >= 0) {
          matched = true;
          break;
        }
        // ("combs through every scan and flags the slices …" (stop 54): the act joined to the combing names what it finds)
        if (cls === 'assistive' && SIFTING.has(lemma) && words[k + 1]?.w === 'through' && siftedThenActs(words, k)) {
          matched = true;
          break;
        }
        // "combs through the recording": going through all the data is processing toward an output, unless it hunts "for" something.
        if (cls === 'assistive' && SIFTING.has(lemma) && words[k + 1]?.w === 'through' && objectWith(words, k, clause.to, (w) => w === 'for') < 0) cls = 'augmentative';
        // "works out how much insulin to give": the quantity asked after "how much" is the object, past the clause cut at "how".
        const howMuch = words[k + 1]?.w === 'how' || words[k + 2]?.w === 'how';
        // "identifies patients scheduled for surgery who are at high risk of death" (stop 31): the people's relative clause
        // says what they are found to be.
        const objectEnd = howMuch ? Math.min(words.length, k + 8) : clause.to;
        // ("works out how much power to use", "calculates how much energy to deliver" (stop 55): an energy device's dose, asked
        // as an amount to give, is chosen as an insulin dose is; not "calculates the power in each band")
        if (howMuch && cls === 'augmentative' && energyToGive(words, k)) cls = 'autonomous';
        const peopleAtRisk = atRiskAfter(words, clause.to) !== undefined && words.slice(k + 1, clause.to).some((w) => (V.OTHER_NOUNS.has(w.w) || PEOPLE_AT_RISK.has(w.w)) && w.w !== 'we' && w.w !== 'they');
        for (const shift of act.objectsShift ?? []) {
          if (peopleAtRisk && shift.words.includes('risk')) {
            cls = shift.cls;
            break;
          }
          const set = setOf(shift.words);
          const at = objectWith(words, k, objectEnd, (w) => set.has(w));
          // "marks the location with the highest likelihood": a superlative selects where to point; it outputs no likelihood.
          // ("identifies a risk to the patient's health" (stop 29): a hazard to someone, no figure.)
          if (at >= 0 && !SUPERLATIVES.has(words[at - 1]?.w ?? '') && !(shift.cls === 'autonomous' && measuredDose(words, at)) && !(words[at + 1]?.w === 'to' && words[at - 1]?.tag === 'det')) {
            cls = shift.cls;
            break;
          }
        }
        if (cls === 'augmentative' && consumedLater(words, k)) {
          matched = true;
          break;
        }
        push(cls, k, k);
        matched = true;
        break;
      }
    }
    if (matched) continue;

    // "Interpretation is performed entirely by the software": the passive of the same act, the product as its agent.
    if (V.PERFORMING_VERBS.has(lemma) && clause.passive && clause.byAgent > k && clause.subject >= 0 && clause.subject < k && PERFORMED_CONCLUSIONS.has(words[clause.subject].w) && (SELF_NOUNS.has(words[clause.byAgent].w) || V.SOFTWARE_NOUNS.has(words[clause.byAgent].w) || words[clause.byAgent].tag === 'name')) {
      push('autonomous', clause.subject, clause.byAgent);
      continue;
    }
    // "performs the interpretation", "conducts triage": the act the noun names is the software's.
    if (V.PERFORMING_VERBS.has(lemma)) {
      const obj = objectWith(words, k, clause.to, (w) => PERFORMED_CONCLUSIONS.has(w) || (NOUN_CLASS.has(w) && !V.WEAK_OUTPUT_NOUNS.has(w)), 4);
      if (obj >= 0 && !isNegated(scope, clause, obj)) push(PERFORMED_CONCLUSIONS.has(words[obj].w) ? 'autonomous' : NOUN_CLASS.get(words[obj].w) ?? 'assistive', k, obj);
      continue;
    }
    // "makes diagnosis easier": a causative "make" names an effect, not an output.
    if (lemma === 'make' && objectWith(words, k, clause.to, (w) => V.EASE_WORDS.has(w), 5) >= 0) continue;
    // "makes screening reports and the resulting advice uniform": an adjective after a longer object is the effect, too.
    if (lemma === 'make' && causedState(words, k, clause.to)) continue;

    // An output verb: the class is the output noun's.
    // "reports the result straight to the user", "returns the classification to the patient": a conclusion no clinician reads first.
    if (OUTPUT_VERBS.has(lemma)) {
      // "prints its result, either PASS or REFER", "shows a pass/fail result": a screening verdict no clinician reads first.
      const verdict = screeningVerdict(words, k);
      if (verdict >= 0 && !isNegated(scope, clause, k)) {
        push('autonomous', k, verdict);
        k = verdict;
        continue;
      }
      const lay = resultToLayPerson(words, clause, k, out.some((c) => c.kind === 'autonomous'));
      if (lay >= 0) {
        push('autonomous', k, lay);
        k = lay;
        continue;
      }
    }
    if (OUTPUT_VERBS.has(lemma) || (receivesAt(words, k, lemma) && verbAgent === 'software')) {
      // "informs treatment decisions": what is informed is someone's decision; only "informs the clinician of …" hands over an output.
      if (lemma === 'inform' && !personAfter(words, k + 1)) continue;
      // "Diagnosis with the scope has been put at about 87% accuracy" (stop 38): a figure "put at" a value is an estimate of
      // performance, not an output put anywhere.
      if (lemma === 'put' && words[k + 1]?.w === 'at') continue;
      // ("one more tool to put on the comparison sheet" (stop 54): an infinitive after a noun, with no object of its own, puts
      // that noun somewhere; it places no output)
      if (lemma === 'put' && words[k + 1]?.tag === 'prep' && prev?.tag === 'to' && words[k - 2]?.tag === 'noun') continue;
      // "draws on routine encounter data, such as diagnosis codes": drawing on something is using it as input.
      // (but "the score is drawn from the texture of the image" is a score derived)
      if (lemma === 'draw' && (words[k + 1]?.w === 'on' || words[k + 1]?.w === 'upon' || (words[k + 1]?.w === 'from' && word.form !== 'ed'))) continue;
      const hi = Math.min(clause.to, k + 12);
      const ownPassive = clause.passive && clause.subject >= 0 && word.form === 'ed' && prev !== undefined && (prev.tag === 'be' || prev.tag === 'adv');
      // "before any clinical decision is made", "until a diagnosis is reached": the moment of someone's conclusion, not an output.
      if (ownPassive && clause.byAgent < 0 && MOMENT_OPENERS.has(clause.opener) && V.CONCLUSION_NOUNS.has(words[clause.subject].w)) continue;
      // "the dementia diagnosis itself is made in clinic" (stop 48): a conclusion reached at a place of care is the people's there.
      // ("the diagnosis itself": the subject may be the reflexive after its noun)
      const concluded = !ownPassive ? '' : words[clause.subject].w === 'itself' ? words[clause.subject - 1]?.w ?? '' : words[clause.subject].w;
      if (ownPassive && clause.byAgent < 0 && V.CONCLUSION_NOUNS.has(concluded) && madeAtCareSetting(words, k, clause.to)) continue;
      let lo = ownPassive ? Math.max(clause.from, clause.subject - 4) : k + 1;
      const end = ownPassive ? clause.subject + 1 : hi;
      if (useful) continue;
      // "The maps are exported as DICOM", "readings and the classification are sent to the paired phone": an output moved
      // between systems, named by no sender, is integration; an alert sent is the act itself, and so is a result sent to a person.
      if (ownPassive && clause.byAgent < 0 && SYSTEM_MOVING.has(lemma) && !ALERT_NOUNS.has(words[clause.subject].w) && !toPerson(words, k + 1, clause.to)) continue;
      // "A percentile against reference data is shown": the output heads a long subject.
      if (ownPassive) {
        const head = subjectOutputHead(words, clause, Math.max(clause.from, clause.subject - 9));
        if (head >= 0 && head < lo) lo = head;
      }
      // A passive can also name its output after "into" or "as": "synthesized … into a single score".
      const forward = ownPassive ? intoAfter(words, k, hi) : -1;
      const ranges: Array<[number, number]> = forward >= 0 ? [[lo, end], [forward, hi]] : [[lo, end]];
      let found = false;
      for (const [from, until] of ranges) {
        if (found) break;
        for (let j = from; j < until; j++) {
          if (j === k) continue;
          if (taken.has(j)) break;
          const cls = outputClassAt(words, j, lo, hi, true);
          const owner = words[j - 1]?.w ?? '';
          if (cls && (owner.endsWith("'s") || owner.endsWith("s'")) && V.PHYSICIAN_NOUNS.has(owner.replace(/'s?$/, ''))) break; // "the physician's diagnosis"
          // "displays the insulin dose prescribed by the provider": the output is the provider's.
          if (cls && words[j + 1]?.form === 'ed' && words[j + 2]?.w === 'by' && personAfter(words, j + 3)) break;
          // "displays the parameters received from the bedside monitors": values another device measured are input.
          if (cls === 'augmentative' && relayedFromEquipment(words, j, lemma)) break;
          if (cls && !isNegated(scope, clause, j)) {
            if (cls === 'augmentative' && consumedLater(words, j)) break;
            // "The final report is generated": a passive's qualified subject starts at its qualifier.
            const from = j < k && V.WEAK_OUTPUT_NOUNS.has(words[j].w) && Object.hasOwn(V.OUTPUT_QUALIFIERS, words[j - 1]?.w ?? '') ? j - 1 : j;
            push(cls, Math.min(k, from), Math.max(k, j));
            found = true;
            break;
          }
          if (words[j].tag === 'verb' && (words[j].form === 's' || words[j].form === 'base') && words[j - 1]?.tag !== 'to') break;
          // "provides the clinician with a risk score": the person is the recipient; the output follows "with".
          if (words[j].w === 'with' && j > k + 1 && (V.PHYSICIAN_NOUNS.has(words[j - 1].w) || V.OTHER_NOUNS.has(words[j - 1].w))) continue;
          // "shows it to the wearer together with the rhythm classification": past the recipient, a second output follows "together with".
          if (words[j].w === 'with' && (words[j - 1]?.w === 'together' || words[j - 1]?.w === 'along')) continue;
          // "Each detected cell comes with a suggested class": what a thing comes with is what it was given
          // (not in a relative clause, which only describes its antecedent: "the preview that comes with a flag").
          if (words[j].w === 'with' && j === k + 1 && lemma === 'come' && !V.RELATIVES.has(clause.opener)) continue;
          if (words[j].w === 'to' && personAfter(words, j + 1)) continue;
          if (SCAN_STOPS.has(words[j].w) || words[j].tag === 'to') break;
        }
      }
      // "overlays the identified structures on the scan": showing what was found points it out.
      if (!found && SHOWING_FOUND.has(lemma)) {
        for (let j = k + 1; j < clause.to && j <= k + 4; j++) {
          if (FOUND_PARTICIPLES.has(words[j].w) && (words[j + 1]?.tag === 'noun' || words[j + 1]?.tag === 'name') && !isNegated(scope, clause, j)) {
            push('assistive', k, j + 1);
            found = true;
            break;
          }
          if (words[j].tag !== 'det' && words[j].tag !== 'num') break;
        }
      }
      // "reporting them as a WheezeRate", "returns each count as an index": an output named after "as" by a quantity word.
      if (!found) {
        const named = namedQuantity(words, k, clause.to);
        if (named >= 0 && !isNegated(scope, clause, named)) {
          push('augmentative', k, named);
          found = true;
        }
      }
      // "outputs a numerical respiratory rate", "reports heart rate and its variability" (stop 39): a vital rate the software
      // gives is a figure it measured (not a rate sent on as data: "sends heart rate data to the station").
      // (not a rate taken from elsewhere or set by someone: "shows the pulse rate reported by the oximeter", "the target heart
      // rate set by the physiotherapist", "heart rate zones")
      if (!found && !ownPassive && verbAgent === 'software' && OUTPUT_VERBS.has(lemma)) {
        for (let j = k + 1; j < hi && j <= k + 4; j++) {
          if (V.VITAL_RATE_QUALIFIERS.has(words[j].w) && vitalRateOutput(words, j, clause.to) && !isNegated(scope, clause, j) && !rateFromElsewhere(words, j)) {
            push('augmentative', k, words[j + 1]?.w === 'rate' ? j + 1 : j);
            found = true;
            break;
          }
          if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
        }
      }
      // "the alerts it generates", "every score that it computes": in an object relative clause the antecedent is the output.
      const object = clause.relObject;
      if (!found && object !== undefined && object < k && !clause.passive && OUTPUT_VERBS.has(lemma)) {
        const cls = outputClassAt(words, object, Math.max(0, object - 3), object + 1, true);
        if (cls && cls !== 'autonomous') push(cls, object, k);
      }
      continue;
    }

    // A help verb: what the person is helped to do.
    if (HELP_VERBS.has(lemma)) {
      const hit = helpedTo(words, k, clause.to);
      if (hit) push(hit.cls, k, hit.at);
    }
  }

  // "displays \"shock advised\"", "with a shock recommended", "no shock is advised unless…": an advice to give the
  // therapy that names no adviser is the device's decision (a "no shock" advice is a decision too).
  if (agent !== 'physician' && agent !== 'other') {
    for (let k = clause.from; k < clause.to; k++) {
      if (!ADVISED_THERAPY_NOUNS.has(words[k].w) || taken.has(k) || out.some((c) => c.first <= k && k <= c.last)) continue;
      const at = words[k + 1]?.tag === 'be' ? k + 2 : k + 1;
      if (!V.ADVISING_PARTICIPLES.has(words[at]?.w ?? '') || words[at + 1]?.w === 'by') continue;
      if (isNegated(scope, clause, k) && words[k - 1]?.w !== 'no') continue;
      push('autonomous', k, at);
    }
  }

  // "has the user press the flashing button to deliver it", "makes the rescuer push the shock button": a person the device
  // has press the button that gives the therapy carries out the device's decision (like "advises the operator to press …").
  if (agent !== 'physician' && agent !== 'other') {
    for (let k = clause.from; k < clause.to; k++) {
      if (!CAUSATIVE_FORMS.has(words[k].w) || taken.has(k) || isNegated(scope, clause, k)) continue;
      const pressed = causedPress(words, k);
      if (pressed >= 0) push('autonomous', k, pressed);
    }
  }

  // Output nouns in the clause's predicate: "intended for polyp detection", "a triage and notification software".
  if (!software || useful) return;
  // "computes a confidence score internally": a quantity kept inside the device is no output.
  const internal = keptInternal(words, clause);
  for (let k = clause.from; k < clause.to; k++) {
    if (taken.has(k) || isNegated(scope, clause, k)) continue;
    const word = words[k];
    let cls = outputClassAt(words, k, clause.from, clause.to);
    // "A warning appears when the two disagree", "a flag appears next to cases with …" (stop 43): an alert word that shows
    // itself is an alert, though alone "warning" is as often a label's section (shownAlertWord, documentPlaceAfter), and "a
    // message appears when the upload is complete" is the interface talking.
    // (after a modal too, stop 44: "An alert may appear when …", "a warning can pop up if …")
    const shownVerb = clause.verbs.find((v) => words[v].tag === 'verb') ?? clause.verbs[0];
    if (!cls && k === clause.subject && shownAlertWord(words, k) && SHOWING_VERBS.has(words[shownVerb]?.w ?? '') && words[shownVerb].w !== 'follows' && !documentPlaceAfter(words, clause)) cls = 'assistive';
    // "The result is a therapy recommendation", "the output is a recommended bolus" (stop 43): a conclusion or an option is
    // only given where the clause says the output is it.
    if (!cls || (cls === 'autonomous' && !outputIsIt(words, clause, k))) continue;
    if (internal && cls === 'augmentative') continue;
    const v = verbBefore(words, clause, k);
    if (v < 0 && !clause.verbs.some((x) => x < k)) {
      // In the subject: an output that the clause is about ("Volume measurements use the biplane method").
      const main = words[clause.verbs[0]];
      if (k !== clause.subject || clause.byAgent >= 0 || !(SHOWING_VERBS.has(main?.w ?? '') || keptOnDisplay(words, clause.verbs[0]))) continue;
      // "A notification will not appear for every episode": what the subject does not do shows no output.
      if (isNegated(scope, clause, clause.verbs[0])) continue;
    }
    // "is considered to be quantitative information": a passive "consider" classifies, it does not review.
    // "by assessing the likelihood that …": the software assessing a quantity estimates it; it reviews nothing.
    // "analyses the echo loops to evaluate the ejection fraction": so does the software evaluating a measured quantity, unless it helps someone else do it.
    const estimating = v >= 0 && (words[v].lemma === 'assess' || words[v].lemma === 'evaluate') && ((words[v - 1]?.tag !== 'to' && words[v].form === 'ing' && words[v - 1]?.w === 'by') || (cls === 'augmentative' && words[v].form !== 'ed' && words[v].form !== 'ing' && !V.AMOUNT_NOUNS.has(word.w) && !helpedBefore(words, clause.from, v)));
    const reviewing = v >= 0 && REVIEW_VERBS.has(words[v].lemma ?? '') && !(words[v].lemma === 'consider' && words[v].form === 'ed') && !estimating;
    if (v >= 0 && (taken.has(v) || HELP_VERBS.has(words[v].lemma ?? '') || reviewing)) continue;
    // "learned to predict measurements": the object of what the model was taught is no output either.
    if (v >= 0 && words[v - 1]?.tag === 'to' && TAUGHT.has(words[v - 2]?.w ?? '')) continue;
    // "aims at a set volume", "targets a tidal volume": the goal the machine works towards, not an output it gives.
    if (v >= 0 && GOAL_VERBS.has(words[v].lemma ?? '')) continue;
    // "buttons control the volume", "adjusts the brightness": a setting someone turns, not an output.
    if (v >= 0 && SETTING_VERBS.has(words[v].lemma ?? '')) continue;
    if (!estimating && afterInputMarker(words, clause, k)) continue;
    if (word.tag === 'adj') continue;
    if (describesCondition(words, clause, k)) continue;
    // "issues an alert when a low ejection fraction appears likely", "patients whose ejection fraction is low":
    // the subject of a time or relative clause is the state it describes, not an output.
    if (STATE_OPENERS.has(clause.opener) && clause.verbs.length && k < clause.verbs[0]) continue;
    push(cls, k, k);
  }
}

/** Quantities of the body a value can be given for: "an estimated haemoglobin concentration", "the calculated blood loss". */
const ESTIMABLE_QUANTITIES: ReadonlySet<string> = new Set([...V.MEASURED_PROPERTIES, 'concentrations', 'loss', 'clearance', 'weight', 'age', 'mass', 'load', 'content', 'capacity', 'volumes', 'pressures']);
/** What a gas concentration is of: "the delivered gas", "the inspired air". */
const GASES: ReadonlySet<string> = new Set(['gas', 'gases', 'air', 'mixture', 'oxygen']);
/** Participles that make a quantity a value given: "estimated", "calculated", "predicted" (the augmentative qualifiers). */
const ESTIMATING_PARTICIPLES: ReadonlySet<string> = new Set(['estimated', 'calculated', 'computed', 'predicted', 'derived', 'measured', 'quantified']);
/** "an estimated haemoglobin concentration", "the predicted fetal weight" (stop 43): a quantity the software gives a value for. */
function estimatedQuantity(words: readonly Word[], k: number): AiClass | undefined {
  if (!ESTIMABLE_QUANTITIES.has(words[k].w)) return undefined;
  // (not a value brought from elsewhere, "the measured weight from the scale", nor one of a gas, "of the delivered gas")
  if (words[k + 1]?.w === 'from' || (words[k + 1]?.w === 'of' && words.slice(k + 2, k + 6).some((w) => GASES.has(w.w)))) return undefined;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    // (nor the patient's own value as kept in a record: "shows the patient's estimated weight")
    if (ESTIMATING_PARTICIPLES.has(words[j].w)) return /'s?$/.test(words[j - 1]?.w ?? '') ? undefined : 'augmentative';
    if (words[j].tag !== 'noun' && words[j].tag !== 'adj' && words[j].tag !== 'name') return undefined;
  }
  return undefined;
}
/**
 * "shows a recommended bolus", "a suggested 2-unit correction bolus" (stop 43): a bolus the device offers. A bolus alone is
 * no output noun: "a test bolus can be injected", "logs each bolus". So is a plan of care or a regimen (stop 44): "returns
 * the recommended care plan", "the regimen proposed for the patient"; a plan alone is anyone's ("the study plan").
 * The participle may also follow the noun when "for" or "by" comes next: "the care plan recommended for this patient".
 */
function offeredOption(words: readonly Word[], k: number): AiClass | undefined {
  const w = words[k].w;
  // ("a suggestion of what to do next": a suggestion is no output noun unless it names the choice, stop 44)
  if ((w === 'suggestion' || w === 'suggestions') && choiceToMake(words, k + 1)) return 'autonomous';
  // ("offers a treatment suggestion", "diagnostic suggestions" (stop 57): a suggestion qualified as care, like a recommendation)
  if ((w === 'suggestion' || w === 'suggestions') && V.OUTPUT_QUALIFIERS[words[k - 1]?.w ?? ''] === 'autonomous') return 'autonomous';
  if (!offeredOptionHead(words, k)) return undefined;
  if (offeredAfter(words, k)) return 'autonomous';
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (V.OFFERING_PARTICIPLES.has(words[j].w)) return someoneElsesOption(words, j, k) ? undefined : 'autonomous';
    if (words[j].tag !== 'noun' && words[j].tag !== 'adj' && words[j].tag !== 'num') return undefined;
  }
  return undefined;
}
/**
 * "the dose recommended for this patient", "the regimen suggested by the model" (stop 44): an offering participle right after
 * the noun, with "for" or "by" after it; not one a reference or a person recommends ("the dose recommended by the label",
 * "the plan proposed by the oncologist"), nor one already taken.
 */
function offeredAfter(words: readonly Word[], k: number): boolean {
  if (!V.OFFERING_PARTICIPLES.has(words[k + 1]?.w ?? '')) return false;
  const prep = words[k + 2]?.w;
  if (prep !== 'for' && prep !== 'by') return false;
  if (prep === 'by') {
    for (let j = k + 3; j < words.length && j <= k + 7; j++) {
      const n = words[j].w.replace(/'s?$/, '');
      if (DOSE_REFERENCES.has(n) || V.PHYSICIAN_NOUNS.has(n) || V.AMBIGUOUS_HUMANS.has(n) || PERSON_RECOMMENDERS.has(n)) return false;
      if (words[j].tag === 'punct' || words[j].tag === 'verb') break;
    }
  }
  return !someoneElsesOption(words, k, k);
}
/** Advice nouns that a named choice makes an option: "advice on whether to", "suggestions of what to do". */
const ADVISED_CHOICE_NOUNS: ReadonlySet<string> = new Set(['advice', 'recommendation', 'recommendations']);
/** Whether "for" at j names something looked for: "for swapped leads", "for a penicillin allergy" (not "for the patient", "for 30 s"). */
function soughtAfter(words: readonly Word[], j: number): boolean {
  let at = words[j + 1]?.tag === 'det' && !V.SOUGHT_NOT.has(words[j + 1].w) ? j + 2 : j + 1;
  while (at < j + 4 && words[at]?.tag === 'adj') at++;
  const sought = words[at];
  if (sought === undefined || sought.tag === 'num' || sought.tag === 'punct' || V.SOUGHT_NOT.has(sought.w) || V.PHYSICIAN_NOUNS.has(sought.w) || V.OTHER_NOUNS.has(sought.w)) return false;
  // the phrase's head too: "for a duration of 30 s", "for motion artifact", "for missing allergy documentation" (stop 45 review)
  let head = at;
  while (words[head + 1] !== undefined && (words[head + 1].tag === 'noun' || words[head + 1].tag === 'name' || words[head + 1].tag === 'adj')) head++;
  return !V.SOUGHT_NOT.has(words[head].w) && !words.slice(at, head + 1).some((w) => w.w === 'missing');
}
/** "on the ventilator settings", "for pump settings": the settings of a therapy machine, right after the preposition at j. */
function machineSettingsAfter(words: readonly Word[], j: number): boolean {
  if (!ADVICE_TOPICS.has(words[j]?.w ?? '')) return false;
  const at = words[j + 1]?.tag === 'det' ? j + 2 : j + 1;
  return V.THERAPY_MACHINES.has(words[at]?.w ?? '') && V.THERAPY_SETTINGS.has(words[at + 1]?.w ?? '');
}
const ADVICE_TOPICS: ReadonlySet<string> = new Set(['on', 'about', 'for', 'regarding']);
/** "on whether to", "about when to", "of what to", "as to how much to": the choice the advice names, from the preposition at j. */
function choiceToMake(words: readonly Word[], j: number): boolean {
  if (!['on', 'about', 'of', 'regarding', 'for'].includes(words[j].w) && !(words[j].w === 'as' && words[j + 1]?.w === 'to')) return false;
  let at = words[j].w === 'as' ? j + 2 : j + 1;
  const question = words[at]?.w ?? '';
  if (!['whether', 'what', 'when', 'how', 'which'].includes(question)) return false;
  at++;
  // ("how to use the menu" is operating help: "how" only with an amount, "how much", "how often")
  if (words[at]?.w === 'much' || words[at]?.w === 'many' || words[at]?.w === 'long' || words[at]?.w === 'often') at++;
  else if (question === 'how') return false;
  // ("which antibiotic to start", "how much insulin to inject": the thing chosen may come before "to")
  for (let n = 0; n < 2 && (words[at]?.tag === 'noun' || words[at]?.tag === 'adj'); n++) at++;
  return words[at]?.w === 'to';
}
/** Groups and bodies that recommend a dose or a plan: "recommended by the panel", "by the American Diabetes Association". */
// (professions are physician nouns: "by the pharmacist", "by the dietitian")
const PERSON_RECOMMENDERS: ReadonlySet<string> = new Set(['panel', 'committee', 'society', 'board', 'authors',
  // bodies that publish doses and regimens: "recommended by the American Diabetes Association", "by NICE"
  'association', 'college', 'academy', 'institute', 'agency', 'organisation', 'organization', 'who', 'fda', 'cdc', 'ada', 'aha', 'nice', 'esc', 'acc', 'idsa', 'ema']);
/** Verbs (lemmas, with "shut off" read as "stop") by which a device stops what it gives; "switch", "turn", "shut", "cut" only with "off". */
const STOPPING_VERBS: ReadonlySet<string> = new Set(['stop', 'pause', 'halt', 'suspend', 'interrupt', 'abort', 'cancel']);
function stopsWhatItGives(words: readonly Word[], k: number, lemma: string): boolean {
  return STOPPING_VERBS.has(lemma) || (V.STOPPING_OFF_VERBS.has(lemma) && words.slice(k + 1, k + 5).some((w) => w.w === 'off'));
}
/** What a person works, or a timer: "the footswitch", "the stop button", "the lid", "the session time". */
const OPERATED_TRIGGERS: ReadonlySet<string> = new Set([...V.PERSON_CONTROLS, 'pedals', 'buttons', 'lid', 'door', 'cover', 'programmer', 'remote', 'timer', 'elapsed', 'elapses', 'expires', 'session', 'schedule', 'scheduled', 'programmed',
  // a person working a control, named by the act (stop 44): "when the user presses stop", "if the nurse taps cancel"
  'press', 'presses', 'pressed', 'tap', 'taps', 'tapped', 'push', 'pushes', 'pushed']);
/**
 * Whether the condition after the stop at k is a control a person works or a timer: the condition word, then the control
 * within a few words. (A person alone is not enough: "stops stimulation whenever the user stands up" is what it senses.)
 */
function operatedStop(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length; j++) {
    if (words[j].w === '.' || words[j].w === ';') return false;
    if (!CONDITION_WORDS.has(words[j].w) && words[j].w !== 'at' && words[j].w !== 'after') continue;
    for (let l = j + 1; l < words.length && l <= j + 7; l++) {
      const w = words[l].w.replace(/'s?$/, '');
      if (OPERATED_TRIGGERS.has(w) || (w === 'end' && words[l + 1]?.w === 'of')) return true;
      if (words[l].w === ',' || words[l].w === '.') break;
    }
    return false;
  }
  return false;
}
/** Where a dose is written down for everyone: "from the product label", "in the monograph", "the guideline's". */
const DOSE_REFERENCES: ReadonlySet<string> = new Set(['label', 'labels', 'labelling', 'labeling', 'monograph', 'monographs', 'smpc', 'guideline', 'guidelines', 'protocol', 'protocols', 'insert', 'formulary', 'manufacturer', 'literature', 'reference', 'handbook', 'compendium', 'set', 'sets', 'pharmacopoeia']);
/** Who takes or was given an option: "the dose they received", "the bolus the patient was prescribed". */
const OPTION_TAKEN: ReadonlySet<string> = new Set(['received', 'took', 'taken', 'prescribed', 'administered', 'injected']);
/**
 * "the recommended dose from the product label", "the guideline's recommended dose", "the recommended bolus that the patient
 * received" (stop 43 review): an option a reference gives, or one already taken, is not the software's own; nor one received
 * ("participants received the recommended dose"). from is where the option's noun phrase starts (its participle), or -1.
 */
export function someoneElsesOption(words: readonly Word[], from: number, k: number): boolean {
  if (from >= 0 && (RECEIVING.has(words[from - 1]?.lemma ?? '') || RECEIVING.has(words[from - 2]?.lemma ?? ''))) return true;
  // ("The label lists the recommended dose", stop 44: a reference as the subject, before the sentence's first verb; not one in a
  // fronted phrase the comma closes: "In line with the guideline, the software shows the recommended regimen")
  let reference = false;
  for (let j = 0; j < k; j++) {
    if (words[j].tag === 'verb') break;
    if (words[j].w === ',') reference = false;
    // (documents as V.DOCUMENT_NOUNS names them; not a calculator, a chart or a table, which may be the software's own)
    else if (DOSE_REFERENCES.has(words[j].w) || V.DOCUMENT_NOUNS.has(words[j].w)) reference = true;
  }
  if (reference) return true;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (/'s?$/.test(words[j].w) && DOSE_REFERENCES.has(words[j].w.replace(/'s?$/, ''))) return true;
  for (let j = k + 1; j < words.length && j <= k + 8; j++) {
    const w = words[j].w;
    if (w === '.' || w === ';') return false;
    // ("the recommended dose to be taken at bedtime" is still to come)
    if (OPTION_TAKEN.has(w) && words[j - 1]?.w !== 'be') return true;
    if ((w === 'from' || w === 'in' || w === 'per') && words.slice(j + 1, j + 5).some((x) => DOSE_REFERENCES.has(x.w))) return true;
  }
  return false;
}
/** Energy a device gives, asked as an amount: "how much power", "how much energy", "how much current". */
const ENERGY_AMOUNTS: ReadonlySet<string> = new Set(['power', 'energy', 'current', 'wattage', 'heat']);
/** Verbs of giving it, after "to": "to use", "to deliver". */
const ENERGY_GIVING: ReadonlySet<string> = new Set(['use', 'give', 'deliver', 'apply', 'put']);
/** Whether "how much <energy> to <give>" follows the verb at k (past a particle: "works out how much …"). */
function energyToGive(words: readonly Word[], k: number): boolean {
  const how = words[k + 1]?.w === 'how' ? k + 1 : k + 2;
  if (words[how]?.w !== 'how' || words[how + 1]?.w !== 'much' || !ENERGY_AMOUNTS.has(words[how + 2]?.w ?? '')) return false;
  return words[how + 3]?.tag === 'to' && ENERGY_GIVING.has(words[how + 4]?.lemma ?? words[how + 4]?.w ?? '');
}
/** "when to take", "how much insulin to give", "how many units to inject": a question of when or how much to act, at j. */
function infinitiveQuestionAt(words: readonly Word[], j: number): boolean {
  if (words[j]?.w === 'when') return words[j + 1]?.tag === 'to';
  if (words[j]?.w !== 'how' || (words[j + 1]?.w !== 'much' && words[j + 1]?.w !== 'many')) return false;
  for (let t = j + 2; t <= j + 5; t++) if (words[t]?.tag === 'to') return true;
  return false;
}
/** Whether the noun at j is the object of a verb of reaching a person, right before it: "phones the patient", "visits the resident". */
function purposeAfterReaching(words: readonly Word[], j: number): boolean {
  let v = j - 1;
  while (v > 0 && (words[v].tag === 'det' || words[v].tag === 'adj')) v--;
  return words[v]?.tag === 'verb' && V.REACHING_PEOPLE.has(words[v].lemma ?? '');
}
/** Heads of a change to a therapy: "pump adjustments". */
const ADJUSTMENT_HEADS: ReadonlySet<string> = new Set(['adjustment', 'adjustments']);
/** Amounts of a therapy such a participle may offer: "a suggested dose", "the proposed adjustments". */
const OFFERED_AMOUNTS: ReadonlySet<string> = new Set(['dose', 'doses', 'bolus', 'boluses', 'adjustment', 'adjustments']);
/** "a warning", "a warning message", or "a flag" set by cases: "a flag appears next to cases with a suspected bleed". */
function shownAlertWord(words: readonly Word[], k: number): boolean {
  const w = words[k].w;
  if (w === 'warning' || w === 'warnings') return true;
  if (w === 'message' || w === 'messages') return ['warning', 'alert', 'alarm'].includes(words[k - 1]?.w ?? '');
  if (w === 'flag' || w === 'flags') return words.slice(k + 1, k + 9).some((x) => MARKED_CASES.has(x.w) || x.w === 'patients' || x.w === 'patient');
  return false;
}
/** Where a label or a manual prints a warning: "a warning appears in the instructions for use". */
const DOCUMENT_PLACES: ReadonlySet<string> = new Set(['label', 'labels', 'labelling', 'labeling', 'manual', 'manuals', 'instructions', 'ifu', 'leaflet', 'insert', 'section', 'document', 'documentation', 'guide', 'booklet',
  'packaging', 'package', 'carton', 'pouch', 'letter', 'summary', 'register', 'type', 'print', 'notice', 'website', 'brochure', 'start-up', 'startup', 'login']);
function documentPlaceAfter(words: readonly Word[], clause: Clause): boolean {
  for (let j = clause.verbs[0] + 1; j < clause.to; j++) if (DOCUMENT_PLACES.has(words[j].w)) return true;
  return false;
}
/** Subjects that name what the software gives: "the output", "the results". */
const GIVEN_SUBJECTS: ReadonlySet<string> = new Set(['output', 'outputs', 'result', 'results']);
/** Whether the noun at k is what the clause's output subject is: "the result is a therapy recommendation" (be, then its noun phrase). */
function outputIsIt(words: readonly Word[], clause: Clause, k: number): boolean {
  if (clause.subject < 0 || !GIVEN_SUBJECTS.has(words[clause.subject].w) || clause.verbs.length !== 1) return false;
  const be = clause.verbs[0];
  // (the head of the noun phrase only: "an insulin dose recommendation" is one option)
  if (words[be].tag !== 'be' || be > k || words[k + 1]?.tag === 'noun' || someoneElsesOption(words, -1, k)) return false;
  for (let j = be + 1; j < k; j++) if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'num') return false;
  return true;
}

/**
 * Review verbs that read the data itself (images, tracing, signal): with these the physician
 * interprets, whatever the object. The others (weigh, approve, accept, confirm, review, check …)
 * said of a conclusion or a management option describe Appendix S autonomous Level I.
 */
export const DATA_READING: ReadonlySet<string> = new Set(['read', 'interpret', 'overread', 'over-read', 'view', 'examine', 'inspect', 'look', 'open', 'listen', 're-read', 'reread', 're-examine', 'reexamine', 'diagnose', 'decide', 'judge']);
/** Reading verbs that take in what is put before the reader, without working it over: "reads the conclusion". */
const MERE_READING: ReadonlySet<string> = new Set(['read', 'view', 'look', 'open']);
/** What a Level I device offers: a conclusion or a management option. */
export const CONCLUSION_OR_OPTION: ReadonlySet<string> = new Set([
  'recommendation', 'recommendations', 'suggestion', 'suggestions', 'option', 'options', 'diagnosis', 'diagnoses',
  'conclusion', 'conclusions', 'determination', 'verdict', 'dose', 'doses', 'dosing', 'bolus', 'boluses',
  'adjustment', 'adjustments', 'prescription', 'plan', 'plans', 'decision', 'decisions', 'advice', 'regimen', 'regimens',
  // "confirms, edits or rejects the proposal" (stop 45): the software's proposal, acted on
  'proposal', 'proposals',
  // "the GP signed the referral" (stop 48): a referral the software wrote, signed or sent on
  'referral', 'referrals',
  // "a licensed doctor signs off every formula", "approves each order" (stop 56): a remedy or an order the software drew up
  'formula', 'formulas', 'order', 'orders', 'prescriptions',
]);
/** Words before "rate" that make it a therapy rate the software set: "the new rate", "the infusion rate", "the basal rate". */
const CHANGED_RATE_QUALIFIERS: ReadonlySet<string> = new Set(['new', 'changed', 'infusion', 'basal', 'pump', 'drip']);
/** Participles that make any noun a management option: "the suggested rate", "the proposed settings". */
const OFFERED = new Set(['recommended', 'suggested', 'proposed', 'advised', 'calculated', 'computed']);

/** "a proposed measurement", "the suggested contours": an offering participle before a finding or a quantity (no therapy). */
function proposedReading(words: readonly Word[], j: number): boolean {
  const next = words[j + 1]?.w ?? '';
  const head = words[j + 1]?.tag === 'adj' && !PROPOSED_READINGS.has(next) ? j + 2 : j + 1;
  const w = words[head]?.w ?? '';
  const cls = NOUN_CLASS.get(w);
  return ((cls !== undefined && cls !== 'autonomous' && w !== 'class' && w !== 'classes' && w !== 'classification') || OUTPUT_OBJECTS.has(w) || PROPOSED_READINGS.has(w)) && !THERAPY.has(w);
}
/** Singular findings and drawings a reader goes over ("each proposed contour", "every suggested finding"). */
// ("each suggested event", "the proposed episodes" (stop 33): events found in a recording are findings to confirm, not options.)
const PROPOSED_READINGS: ReadonlySet<string> = new Set(['finding', 'contour', 'outline', 'border', 'boundary', 'segmentation', 'label', 'lesion', 'region',
  'findings', 'lesions', 'regions', 'event', 'events', 'episode', 'episodes', 'candidate', 'candidates', 'abnormality', 'abnormalities', 'detection', 'detections']);

/** "weighs each recommendation", "must approve the suggested dose", "each dose must be approved by": a conclusion or an option is what the physician acts on. */
function actsOnConclusion(words: readonly Word[], clause: Clause, k: number): boolean {
  // "reviews each proposed measurement": a proposed finding or quantity is an output to read, not a management option.
  // ("confirm the new rate on the pump", "signed the referral" (stop 48): a therapy rate the software changed, and a referral it
  // wrote, are its management options too; not "the heart rate", a measurement)
  const changedRate = (j: number): boolean => (words[j].w === 'rate' || words[j].w === 'rates') && CHANGED_RATE_QUALIFIERS.has(words[j - 1]?.w ?? '');
  const isOption = (j: number): boolean => CONCLUSION_OR_OPTION.has(words[j].w) || changedRate(j) || (OFFERED.has(words[j].w) && !proposedReading(words, j));
  if (clause.passive && clause.byAgent > k) return subjectWith(words, clause, (w) => CONCLUSION_OR_OPTION.has(w) || OFFERED.has(w)) >= 0;
  // ("decides whether to confirm each suggestion": the whether-clause, cut off as a clause of its own, holds the option.)
  const to = words[k + 1]?.w === 'whether' ? words.length : clause.to;
  for (let j = k + 1; j < to && j <= k + 6; j++) {
    if (isOption(j)) {
      // "reviews the physician's diagnosis": the conclusion is the physician's own.
      const owner = words[j - 1]?.w ?? '';
      return !((owner.endsWith("'s") || owner.endsWith("s'")) && V.PHYSICIAN_NOUNS.has(owner.replace(/'s?$/, '')));
    }
    // "reviews the proposed doses, approves or modifies them": a pronoun object points back to the option just named.
    if ((words[j].w === 'them' || words[j].w === 'it') && (words[j - 1]?.tag === 'verb' || listedChange(words[j - 1]?.w ?? ''))) {
      for (let b = k - 1; b >= 0 && b >= k - 8; b--) if (isOption(b)) return true;
      return false;
    }
    // "approves or modifies the proposed doses", "must accept, change or reject each recommendation": past the other
    // verbs of a list joined to this one.
    if ((words[j].tag === 'cc' || words[j].w === ',') && (words[j + 1]?.tag === 'verb' || ACTING_ON_OPTION.has(words[j + 1]?.lemma ?? '') || listedChange(words[j + 1]?.w ?? ''))) {
      j++;
      continue;
    }
    // "decides whether to confirm each suggestion": the choice is about acting on the option named after it.
    if (j === k + 1 && words[j].w === 'whether' && words[j + 1]?.tag === 'to' && (words[j + 2]?.tag === 'verb' || ACTING_ON_OPTION.has(words[j + 2]?.w ?? ''))) {
      j += 2;
      continue;
    }
    // ("a clinician signs off each dose" (stop 49): past the verb's particle)
    if (j === k + 1 && (words[j].w === 'off' || words[j].w === 'through')) continue;
    const t = words[j].tag;
    // ("weigh such factors together with the recommendations": the option the factors are weighed with, stop 30)
    if (t !== 'det' && t !== 'adj' && t !== 'noun' && t !== 'name' && t !== 'num' && words[j].w !== 'on' && !WEIGHED_WITH.has(words[j].w)) return false;
  }
  return false;
}

/** The word after "into" (or "as") that follows a passive output verb within a few words, or -1. */
function intoAfter(words: readonly Word[], k: number, hi: number): number {
  for (let j = k + 1; j < hi && j <= k + 8; j++) {
    // "are returned as colour maps", "is reported as a percentage": what the result takes the form of.
    if (words[j].w === 'into' || (words[j].w === 'as' && j === k + 1)) return j + 1;
    // "Each lesion is assigned a malignancy score": a passive with an indefinite object right after it gives that object.
    if (j === k + 1 && (words[j].w === 'a' || words[j].w === 'an')) return j;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'sub') return -1;
  }
  return -1;
}

/** The first strong output noun of a passive's subject noun phrase (after a determiner at its start), or -1. */
function subjectOutputHead(words: readonly Word[], clause: Clause, from: number): number {
  for (let j = from; j < clause.subject; j++) {
    const word = words[j];
    if (word.tag === 'punct' && word.w !== '-') return -1;
    if (word.tag === 'verb' || word.tag === 'be' || word.tag === 'modal') return -1;
    if (NOUN_CLASS.has(word.w) && !V.WEAK_OUTPUT_NOUNS.has(word.w) && (j === clause.from || words[j - 1].tag === 'det' || words[j - 1].tag === 'adj')) return j;
  }
  return -1;
}

/** Nouns of a conclusion the software may carry out: "performs the interpretation". */
const PERFORMED_CONCLUSIONS: ReadonlySet<string> = new Set(['interpretation', 'interpretations', 'diagnosis', 'diagnoses']);

/** "review is not required", "is not needed": the clause denies that its subject is needed (a negator, then an obligation word, after k). */
function requirementDenied(words: readonly Word[], clause: Clause, k: number): boolean {
  let negator = false;
  for (let j = k + 1; j < clause.to && j <= k + 5; j++) {
    const word = words[j];
    if (word.tag === 'neg') negator = true;
    else if (negator && V.OBLIGATIONS.has(word.w)) return true;
    else if (word.tag !== 'be' && word.tag !== 'modal' && word.tag !== 'adv' && word.tag !== 'have') return false;
  }
  return false;
}

const NEED_FORMS: ReadonlySet<string> = new Set(['need', 'needs', 'require', 'requires']);

/** "the clinician is not asked to approve", "does not need to review": no one has to read it. */
function notAskedTo(words: readonly Word[], clause: Clause, k: number): boolean {
  if (words[k - 1]?.tag !== 'to') return false;
  let at = k - 2;
  // "does not need a cardiologist to interpret": the person needed sits between the verb and "to".
  if (V.PHYSICIAN_NOUNS.has(words[at]?.w ?? '')) {
    at--;
    // "needs no ophthalmologist to interpret it" (stop 28): "no" before the person denies the need itself
    if (words[at]?.w === 'no' && NEED_FORMS.has(words[at - 1]?.w ?? '')) return true;
    while (at > clause.from && (words[at].tag === 'det' || words[at].tag === 'adj')) at--;
    if (words[at]?.w !== 'need' && words[at]?.w !== 'require') return false;
  }
  const ask = words[at];
  if (!ask || !['asked', 'required', 'needed', 'need', 'require', 'expected', 'obliged'].includes(ask.w)) return false;
  for (let j = at - 1; j >= clause.from && j >= at - 3; j--) if (words[j].tag === 'neg') return true;
  return false;
}

/** "53 of 54 seizures were detected", "our sensitivity estimate was computed": a count or a statistic in the subject makes the sentence a statistic. */
function countedSubject(words: readonly Word[], clause: Clause): boolean {
  for (let j = Math.max(clause.from, clause.subject - 4); j <= clause.subject; j++) if (words[j].tag === 'num' || V.STATISTIC_WORDS.has(words[j].w) || workflowTime(words, j)) return true;
  return false;
}

/** What a time of the work is named by: "read time", "report turnaround", "wait times" (not "transit time", a perfusion quantity). */
const WORKFLOW_STEPS: ReadonlySet<string> = new Set(['wait', 'waiting', 'read', 'reading', 'report', 'reporting', 'processing', 'dictation', 'queue', 'response', 'door-to-needle', 'door-to-groin', 'notification']);

/** "Wait time, read time and report turnaround were measured" (stop 33): how long the work took is a study's figure, no output. */
function workflowTime(words: readonly Word[], j: number): boolean {
  const w = words[j].w;
  if (w === 'turnaround' || w === 'turnarounds') return true;
  return (w === 'time' || w === 'times') && WORKFLOW_STEPS.has(words[j - 1]?.w ?? '');
}

/** A physician named in words [from, to). */
/** A preset qualifier ("scheduled", "prescribed") between the act at k and its therapy object. */
/** "… through a subcutaneous infusion set", "… via the pads": the therapy's physical path within a few words after it. */
function throughConduit(words: readonly Word[], obj: number, to: number): boolean {
  for (let j = obj + 1; j < to && j <= obj + 8; j++) {
    const w = words[j].w;
    if (w === 'through' || w === 'via') {
      for (let c = j + 1; c < to && c <= j + 5; c++) if (V.THERAPY_CONDUITS.has(words[c].w)) return true;
      return false;
    }
    if (words[j].tag === 'verb' || words[j].tag === 'sub' || words[j].tag === 'rel' || (words[j].tag === 'punct' && w !== '-')) return false;
  }
  return false;
}

/** What a device reads from the patient: a condition on it makes a stop the device's decision ("once the glucose value drops"). */
const MEASURED_STATE: ReadonlySet<string> = new Set(['glucose', 'rhythm', 'heart', 'rate', 'level', 'levels', 'value', 'values', 'saturation', 'oxygen', 'reading', 'readings', 'threshold']);
/** Verbs that stop or hold a therapy. */
const STOPPING: ReadonlySet<string> = new Set(['stop', 'suspend', 'halt', 'pause', 'disarm', 'cease', 'interrupt', 'abort']);
/** Whether the sentence's condition is about the device (its reservoir, tubing, battery, button), not about the patient. */
function deviceFaultCondition(words: readonly Word[]): boolean {
  let fault = false;
  for (let c = 0; c < words.length; c++) {
    if (!CONDITION_WORDS.has(words[c].w)) continue;
    for (let j = c + 1; j < words.length && words[j].w !== ',' && words[j].w !== ';'; j++) {
      if (V.PATIENT_STATE_NOUNS.has(words[j].w) || V.OTHER_NOUNS.has(words[j].w) || MEASURED_STATE.has(words[j].w)) return false;
      if (V.DEVICE_FAULT_NOUNS.has(words[j].w)) fault = true;
    }
  }
  return fault;
}

/** Words that put a therapy under a condition the device meets: "When a shock is indicated, …", "… whenever glucose rises". */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'once', 'while', 'unless', 'until', 'where']);
/** Whether the sentence sets a condition anywhere: then the therapy is the device's answer to it, a decision. */
function conditionInSentence(words: readonly Word[]): boolean {
  return words.some((w, j) => CONDITION_WORDS.has(w.w) || (j === 0 && w.w === 'should'));
}

/**
 * A device fitting its own therapy to the patient, four ways; the far end of the phrase, or -1:
 * - reflexively to the patient: "adapts itself to patients of different sizes", "calibrates itself to each wearer";
 * - by itself, so that the patient gets an individual course: "automatically tunes the difficulty so that each patient
 *   receives a personalised course of treatment";
 * - its own output after sensing the patient: "senses the breathing effort … and changes its output";
 * - at a level it judges: "delivers the pressure support at whatever PEEP it finds optimal" (from the therapy word back).
 */
function selfAdapting(words: readonly Word[], clause: Clause, k: number, lemma: string): number {
  if (V.SELF_FITTING.has(lemma)) {
    const reflexive = words[k + 1]?.w === 'itself' || words[k + 1]?.w === 'themselves';
    if (reflexive && words[k + 2]?.w === 'to') {
      for (let j = k + 3; j < words.length && j <= k + 6; j++) {
        if (V.OTHER_NOUNS.has(words[j].w.replace(/'s?$/, '')) || words[j].w === 'each' || V.INDIVIDUAL_QUALIFIERS.has(words[j].w)) return j;
        if (words[j].tag === 'punct' || words[j].tag === 'verb') break;
      }
    }
    if (onItsOwn(words, clause, k)) {
      for (let j = k + 1; j < words.length && j <= k + 14; j++) {
        if (words[j].w === '.' || words[j].w === ';') break;
        if (V.INDIVIDUAL_QUALIFIERS.has(words[j].w) && (V.OTHER_NOUNS.has(words[j + 1]?.w ?? '') || patientBefore(words, k, j))) return j;
      }
    }
    // (Not "changes its output format": a noun after it makes the output a qualifier.)
    if (words[k + 1]?.w === 'its' && V.OWN_OUTPUT_NOUNS.has(words[k + 2]?.w ?? '') && words[k + 3]?.tag !== 'noun' && sensedPatientBefore(words, k)) return k + 2;
    // "adapts the exercises to each patient's performance": the course of therapy fitted to how the patient does.
    const fitted = courseToPatient(words, k);
    if (fitted >= 0) return fitted;
  }
  // "… at whatever PEEP it finds optimal": the device's own judgement of the level.
  if (V.LEVEL_JUDGING.has(lemma) && words[k - 1]?.w === 'it' && V.FITTING_LEVELS.has(words[k + 1]?.w ?? '')) {
    for (let j = k - 2; j >= clause.from - 4 && j >= 0 && j >= k - 8; j--) if (THERAPY.has(words[j].w)) return j;
  }
  return -1;
}

/** "adapts the exercises to each patient's performance": the patient-course word after "to <patient>'s", or -1 (not a display or report). */
function courseToPatient(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j <= k + 5; j++) {
    if (V.NOT_THERAPY_SETTINGS.has(words[j].w)) return -1;
    if (words[j].w !== 'to') continue;
    for (let i = j + 1; i < words.length && i <= j + 3; i++) {
      if (!/^(patient|person|child|user|wearer)('s|s')?$/.test(words[i].w) && words[i].w !== 'their' && words[i].w !== 'his' && words[i].w !== 'her') continue;
      if (V.PATIENT_COURSE.has(words[i + 1]?.w ?? '') && (words[i].w.endsWith("'s") || words[i].w.endsWith("s'") || words[i].tag === 'det' || words[i].w === 'their' || words[i].w === 'his' || words[i].w === 'her')) return i + 1;
    }
    return -1;
  }
  return -1;
}

/** Whether a heart rhythm is named within a few words from j: "as sinus rhythm or atrial fibrillation" (not "as normal or abnormal"). */
function rhythmNamed(words: readonly Word[], j: number): boolean {
  for (let i = j; i < words.length && i <= j + 5; i++) if (V.RHYTHM_WORDS.has(words[i].w) || words[i].w === 'sinus') return true;
  return false;
}

/** Participles that say a person takes part: "no clinician is involved", "no physician is needed". */
const INVOLVED: ReadonlySet<string> = new Set(['involved', 'needed', 'required', 'necessary']);

/** "No clinician is involved before …": a clause opening "no <physician> is involved/needed"; the participle, or -1. */
function noPhysicianInvolved(words: readonly Word[], clause: Clause): number {
  // ("otherwise no physician step is needed" (stop 59): a linking adverb may lead)
  const k = LINKING_ADVERBS.has(words[clause.from].w) && words[clause.from + 1]?.w === 'no' ? clause.from + 1 : clause.from;
  if (words[k].w !== 'no') return -1;
  let j = k + 1;
  while (j < clause.to && j <= k + 3 && !V.PHYSICIAN_NOUNS.has(words[j].w)) {
    if (words[j].tag !== 'adj' && words[j].tag !== 'noun') return -1;
    j++;
  }
  if (!V.PHYSICIAN_NOUNS.has(words[j]?.w ?? '') || V.AMBIGUOUS_HUMANS.has(words[j].w)) return -1;
  // ("no physician step is needed", "no clinician review is required" (stop 59): the physician's part named as a noun)
  if (PHYSICIAN_PARTS.has(words[j + 1]?.w ?? '')) j++;
  if (words[j + 1]?.tag !== 'be' || !INVOLVED.has(words[j + 2]?.w ?? '')) return -1;
  // Only between an output and its use ("before the result is given") or the treatment it sets going ("for the infusion to
  // happen", "before the dose is given"), not for setting the device up ("no professional is needed for setup").
  for (let i = j + 3; i < words.length; i++) {
    const w = words[i].w;
    if (V.RESULT_NOUNS.has(w) || w === 'output' || w === 'outputs' || V.THERAPY_EVENTS.has(w) || GIVEN_ORDERS.has(w)) return j + 2;
  }
  return -1;
}

/** Adverbs that may lead "no physician is needed": "otherwise", "then", "so". */
const LINKING_ADVERBS: ReadonlySet<string> = new Set(['otherwise', 'then', 'so', 'thereafter']);
/** The physician's part named as a noun after the physician: "no physician step", "no clinician review". */
const PHYSICIAN_PARTS: ReadonlySet<string> = new Set(['step', 'steps', 'action', 'input', 'involvement', 'review', 'sign-off', 'approval', 'signature', 'intervention', 'oversight']);
/** Orders and doses whose going ahead needs nobody: "for the order to go ahead", "before the dose is given". */
const GIVEN_ORDERS: ReadonlySet<string> = new Set(['order', 'orders', 'dose', 'doses', 'prescription', 'prescriptions']);

/** A therapy's settings as the subject of a passive: "the fitting is applied to the earbuds". */
const FITTINGS: ReadonlySet<string> = new Set(['fitting', 'fittings', 'settings', 'program', 'programs']);

/** Subjects that are the output itself, for an active clause that goes on unread. */
const UNREAD_OUTPUTS: ReadonlySet<string> = new Set([
  ...V.RESULT_NOUNS, 'outcomes', 'verdicts', 'answers', 'output', 'outputs',
  // the therapy the output changes: "treatment changes take effect without a clinician approving them"
  'changes', 'adjustments', 'dose', 'doses',
]);

/**
 * Whether the clause is a passive whose subject is a result or a conclusion, with no agent but the reviewer the "without"
 * phrase at [k, hit] denies: "the screening outcome is produced", "each classification is generated without review by a cardiologist".
 */
/** Verbs of a verdict on a case, passive: "declared normal", "closed", "cleared", "signed off", "reported". */
const CASE_VERDICTS: ReadonlySet<string> = new Set(['declared', 'closed', 'cleared', 'reported', 'finalised', 'finalized', 'signed', 'classified', 'graded', 'discharged', 'dismissed', 'ruled', 'labelled', 'labeled', 'called', 'deemed', 'judged']);

/**
 * Whether a verdict verb and its "by <the software>" stand between `from` and k: "declared normal by the software",
 * "closed by the algorithm", "cleared by MammoClear" (the verdict word at most two words before "by"; not a doctor's name).
 */
function softwareVerdictBefore(words: readonly Word[], from: number, k: number): boolean {
  for (let j = from; j < k - 1; j++) {
    if (words[j].w !== 'by') continue;
    if (!CASE_VERDICTS.has(words[j - 1]?.w ?? '') && !CASE_VERDICTS.has(words[j - 2]?.w ?? '')) continue;
    if (words[j + 1]?.w === 'dr' || words[j + 1]?.w === 'dr.' || words[j + 1]?.w === 'doctor') continue;
    let a = j + 1;
    while (a < k && words[a].tag === 'det') a++;
    const w = words[a]?.w ?? '';
    if (a < k && (V.SOFTWARE_NOUNS.has(w) || SELF_NOUNS.has(w) || (words[a].tag === 'name' && !V.PHYSICIAN_NOUNS.has(w)))) return true;
  }
  return false;
}

/** Passive verbs that close a case: "are closed", "are archived", "are signed out". */
const CLOSING: ReadonlySet<string> = new Set(['closed', 'archived', 'finalised', 'finalized', 'discharged', 'dismissed', 'cleared', 'completed', 'released', 'returned', 'reported', 'filed', 'signed']);
/** Words that make closing a case no clinical verdict. */
const NOT_A_CLINICAL_CLOSE: ReadonlySet<string> = new Set(['duplicate', 'duplicates', 'phantom', 'upload', 'uploading', 'header', 'headers', 'research', 'if', 'unless', 'opted', 'test', 'qa', 'calibration']);
/** Words that say the software found a case normal: "normal exams", "negative studies", "cleared cases". */
const FOUND_NORMAL: ReadonlySet<string> = new Set(['normal', 'negative', 'cleared', 'unremarkable']);

/**
 * Whether the passive clause closes a case the software ruled out or found normal before k: "Exams it rules out are
 * closed without …", "Normal studies are archived without …" (the subject a case; a closing verb; the software's
 * verdict named in the sentence before the verb).
 */
function closedCase(words: readonly Word[], clause: Clause, k: number): boolean {
  if (!clause.verbs.some((v) => v < k && CLOSING.has(words[v].w))) return false;
  // (not a closing for housekeeping, a test object, research, or on a condition: "rules out as duplicates", "from the daily
  // phantom test", "cleared for upload", "only if the patient has opted out")
  if (words.some((w) => NOT_A_CLINICAL_CLOSE.has(w.w))) return false;
  for (let j = 0; j < k; j++) {
    if (!V.READ_CASES.has(words[j].w)) continue;
    // "normal exams", "the negative studies", "normal chest x-rays"
    if (FOUND_NORMAL.has(words[j - 1]?.w ?? '') || (FOUND_NORMAL.has(words[j - 2]?.w ?? '') && words[j - 1].tag === 'noun')) return true;
    // "exams it rules out", "studies that the algorithm rules out", "cases the software clears"
    for (let r = j + 1; r < k && r <= j + 5; r++) {
      const ruling = (words[r].lemma === 'rule' && words[r + 1]?.w === 'out') || words[r].lemma === 'clear';
      if (ruling && words[r].form !== 'ing' && words.slice(j + 1, r).some((w) => w.w === 'it' || V.SOFTWARE_NOUNS.has(w.w))) return true;
    }
  }
  return false;
}

/** People who set a device by hand: "set by the technologist", "the nurse programs". */
const HUMAN_SETTERS: ReadonlySet<string> = new Set(['technologist', 'technologists', 'nurse', 'nurses', 'operator', 'operators', 'technician', 'technicians', 'herself', 'himself', 'themselves']);

/** Whether a person (or a hedge) stands before k: the rate is theirs to set ("set by the technologist", "the nurse may change"). */
function humanSetterBefore(words: readonly Word[], k: number): boolean {
  return words.slice(0, k).some((w) => V.PHYSICIAN_NOUNS.has(w.w) || V.OTHER_NOUNS.has(w.w) || HUMAN_SETTERS.has(w.w) || V.HEDGES.has(w.w));
}

/** Words that make a rate or a setting the therapy's: "the new infusion rate", "the pacing rate", "the new settings". */
const THERAPY_RATE_QUALIFIERS: ReadonlySet<string> = new Set(['new', 'infusion', 'pacing', 'basal', 'dosing', 'delivery', 'pump', 'flow', 'titrated', 'adjusted', 'updated', 'stimulation']);

/** Whether the word at j is a therapy's rate or setting: "the new rate", "the updated settings" (not "the heart rate"). */
function therapyRate(words: readonly Word[], j: number): boolean {
  const w = words[j].w;
  if (w !== 'rate' && w !== 'rates' && w !== 'setting' && w !== 'settings') return false;
  return THERAPY_RATE_QUALIFIERS.has(words[j - 1]?.w ?? '') || (words[j - 1]?.tag === 'adj' && THERAPY_RATE_QUALIFIERS.has(words[j - 2]?.w ?? ''));
}

function outputMadeUnread(words: readonly Word[], clause: Clause, k: number, hit: number, hedged: boolean): boolean {
  // "Most low-risk outcomes reach the user without a dermatologist looking at them" (round 18c): an active clause whose
  // subject is the result goes on unread too (not when hedged: "outcomes may reach the user without …").
  if (!clause.passive && !hedged && clause.subject >= 0 && clause.subject < k && (UNREAD_OUTPUTS.has(words[clause.subject].w) || therapyRate(words, clause.subject))) return true;
  // "The new rate is sent to the pump and takes effect at once, without waiting for a nurse or physician to approve it" (stop 29).
  if (!hedged && clause.subject >= 0 && clause.subject < k && therapyRate(words, clause.subject) && !humanSetterBefore(words, k)) return true;
  // (", without waiting for …" after a comma has no subject of its own: the rate named before it in the sentence.)
  // (not when a person set it, or a hedge: "the rate is set by the technologist, without waiting …", "the nurse may change …")
  if (!hedged && clause.subject < 0 && clause.opener === ',' && !humanSetterBefore(words, clause.from)) {
    for (let j = clause.from - 1; j >= 0 && j >= clause.from - 20; j--) if (therapyRate(words, j)) return true;
  }
  // "Exams … are declared normal by the software and closed without a radiologist reading them" (stop 29): what the software
  // did to the case, then nobody read it.
  // (Only a verdict on the case: "reconstructed by the software without a radiologist reviewing each slice" is processing.)
  if (clause.passive && !hedged && softwareVerdictBefore(words, clause.from, k) && !words.slice(0, k).some((w) => V.PHYSICIAN_NOUNS.has(w.w))) return true;
  // "Exams it rules out are closed without a radiologist's interpretation", "normal studies are archived without a
  // radiologist's review" (stop 34): cases the software ruled out or found normal, closed unread.
  if (clause.passive && !hedged && closedCase(words, clause, k) && !words.slice(0, k).some((w) => V.PHYSICIAN_NOUNS.has(w.w))) return true;
  if (!clause.passive || clause.subject < 0 || (clause.byAgent >= 0 && (clause.byAgent < k || clause.byAgent > hit))) return false;
  const w = words[clause.subject].w;
  // ("the fitting the wearer arrives at is applied without any professional fitting session": settings the device made;
  // the passive's subject is the noun before the contact relative clause "the wearer arrives at".)
  const contactHead = words[clause.subject - 1]?.tag === 'det' && words[clause.subject - 2]?.tag === 'noun' ? words[clause.subject - 2].w : '';
  if (PROFESSIONAL_FITTING.has(words[hit].w)) return FITTINGS.has(w) || FITTINGS.has(contactHead);
  return V.RESULT_NOUNS.has(w) || w === 'output' || w === 'outputs' || NOUN_CLASS.get(w) === 'autonomous';
}

/** Whether a patient (or "each") is named between the verb at k and j: "so that each patient receives a personalized …". */
function patientBefore(words: readonly Word[], k: number, j: number): boolean {
  for (let i = k + 1; i < j; i++) if (V.OTHER_NOUNS.has(words[i].w.replace(/'s?$/, '')) && words[i].w !== 'they') return true;
  return false;
}

/** Whether the sentence has the device sense the patient before k: "senses the patient's breathing effort … and changes". */
function sensedPatientBefore(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 16; j--) {
    if (!V.PATIENT_SENSING.has(words[j].lemma ?? '')) continue;
    for (let i = j + 1; i < k && i <= j + 4; i++) if (/^patient('s|s')?$/.test(words[i].w) || V.NEED_NOUNS_OF_PATIENT.has(words[i].w)) return true;
  }
  return false;
}

/**
 * Whether the treating verb at k names an indication: a population or a place of care follows ("in adults", "in adult
 * patients", "at home or in hospital") and no means does ("by giving the heart a shock", "by delivering …").
 */
function indicationStatement(words: readonly Word[], k: number): boolean {
  let population = false;
  for (let j = k + 1; j < words.length && j <= k + 16; j++) {
    const w = words[j].w;
    if (w === 'by' && words[j + 1]?.form === 'ing') return false;
    if ((w === 'in' || w === 'at' || w === 'for') && !population) {
      for (let i = j + 1; i < words.length && i <= j + 3; i++) {
        const x = words[i].w;
        if (x === 'adult' || x === 'home' || x === 'pediatric' || x === 'paediatric' || (V.OTHER_NOUNS.has(x) && x !== 'they' && x !== 'we') || V.CARE_SETTINGS.has(x)) population = true;
      }
    }
  }
  return population;
}

/** The therapy word after "whether/when <giving>" in an advice ("whether to deliver a shock", "when giving fluid"), or -1. */
function therapyAdvice(words: readonly Word[], k: number): number {
  let j = k + 1;
  // Past the person advised: "advises the operator whether …".
  while (j < words.length && j <= k + 4 && words[j].w !== 'whether' && words[j].w !== 'when') {
    if (words[j].tag !== 'det' && words[j].tag !== 'noun' && words[j].tag !== 'adj') return -1;
    j++;
  }
  if (words[j]?.w !== 'whether' && words[j]?.w !== 'when') return -1;
  let give = words[j + 1]?.tag === 'to' ? j + 2 : j + 1;
  if (!V.THERAPY_GIVING.includes(words[give]?.lemma ?? '') || (words[give].form !== 'base' && words[give].form !== 'ing')) return -1;
  for (give++; give < words.length && give <= j + 7; give++) {
    const w = words[give].w;
    if (THERAPY.has(w) || V.ADVISED_THERAPY_EXTRA.has(w)) return give;
    if (words[give].tag !== 'det' && words[give].tag !== 'adj' && words[give].tag !== 'noun' && words[give].tag !== 'num') return -1;
  }
  return -1;
}

/** The last word of a "pass … or refer/fail" verdict within a few words after the output verb at k, or -1. */
function screeningVerdict(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j <= k + 8; j++) {
    if (words[j].tag === 'verb' || words[j].w === '.' || words[j].w === ';') return -1;
    if (words[j].w !== 'pass') continue;
    for (let i = j + 1; i < words.length && i <= j + 4; i++) {
      if (V.VERDICT_SECOND.has(words[i].w) && (words[i - 1].w === 'or' || words[i - 1].w === '/' || words[i - 2]?.w === 'or')) return i;
      if (words[i].tag === 'verb') return -1;
    }
    return -1;
  }
  return -1;
}

/** "the result spelled out in words", "writes the result out in words": the index of "words", or -1. */
function wordedResult(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j <= k + 4; j++) {
    if (!V.RESULT_NOUNS.has(words[j].w)) continue;
    for (let l = j + 1; l < words.length && l <= j + 4; l++) if (words[l].w === 'in' && words[l + 1]?.w === 'words') return l + 1;
    return -1;
  }
  return -1;
}


/** Whether a result noun names the pair from j to i: "a YES or NO result", "the result: positive or negative", "result as positive or negative". */
function resultAround(words: readonly Word[], j: number, i: number): boolean {
  if (V.RESULT_NOUNS.has(words[i + 1]?.w ?? '')) return true;
  for (let b = j - 1; b >= 0 && b >= j - 4; b--) if (V.RESULT_NOUNS.has(words[b].w)) return true;
  return false;
}

/** Verdict pairs a home test shows its user; the first needs a consumer setting in the sentence ("a plain YES or NO result"). */
const CONSUMER_VERDICTS: ReadonlyMap<string, string> = new Map([['yes', 'no'], ['positive', 'negative']]);
/** A verdict pair that is a lay verdict wherever it is shown: no clinician's report says "Pregnant or Not Pregnant". */
const LAY_VERDICTS: ReadonlyMap<string, string> = new Map([['pregnant', 'pregnant']]);

/**
 * "the screen shows a plain YES or NO result", "writes the result in words: Pregnant, Not Pregnant or Error": an output
 * verb whose result is a verdict pair a lay person reads off (stop 29). Yes/no and positive/negative only in a consumer
 * setting (an analyser in a laboratory shows positive or negative to its staff); no clinician may be named in the sentence.
 */
function layVerdict(words: readonly Word[], k: number): number {
  // The verdict near the verb first (a few words); the checks over the whole sentence only when there is one.
  const worded = wordedResult(words, k);
  const pair = verdictPairAfter(words, k);
  if (worded < 0 && pair === undefined) return -1;
  // (a home test's "digital reader" is a device, not a person reading; a laboratory scientist who checks it first is a reader)
  if (words.some((word) => (V.PHYSICIAN_NOUNS.has(word.w) && word.w !== 'reader') || V.LAB_READERS.has(word.w))) return -1;
  const consumer = consumerSetting(words);
  // "writes the result out in words", "shows the result spelled out in words" (stop 29): a worded verdict is a home test's.
  if (worded >= 0 && (consumer || words.some((w) => V.LAY_PEOPLE.has(w.w)))) return worded;
  return pair !== undefined && (consumer || !pair.consumerOnly) ? pair.end : -1;
}

/** The second answer of a verdict pair after the verb at k, and whether the pair needs a consumer setting, or undefined. */
function verdictPairAfter(words: readonly Word[], k: number): { end: number; consumerOnly: boolean } | undefined {
  for (let j = k + 1; j < words.length && j <= k + 12; j++) {
    if (words[j].w === '.' || words[j].w === ';' || (words[j].tag === 'verb' && words[j].w !== 'means')) return undefined;
    const lay = LAY_VERDICTS.get(words[j].w);
    const second = lay ?? CONSUMER_VERDICTS.get(words[j].w);
    if (second === undefined) continue;
    for (let i = j + 1; i < words.length && i <= j + 8; i++) {
      // (the second of "Pregnant or Not Pregnant" is denied; a yes/no or positive/negative pair is a result's: "a plain YES or NO result")
      if (words[i].w === second && i > j + 1 && (second === 'pregnant' ? words[i - 1].w === 'not' && !words.slice(j, i).some((w) => w.tag === 'be' || w.tag === 'rel' || w.w === 'who') : resultAround(words, j, i))) return { end: i, consumerOnly: lay === undefined };
      if (words[i].w === '.' || words[i].w === ';') return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Participles by which a finding is said to be detected: "whether a wheeze was detected", "whether blood is found". */
const DETECTED_PARTICIPLES: ReadonlySet<string> = new Set(['detected', 'found', 'identified', 'seen', 'spotted', 'observed', 'picked']);

/**
 * "reports whether or not a wheeze was detected in the recording": a passive detection of a finding after "whether" is a
 * detection flag, not a conclusion; a heart rhythm ("whether a shockable rhythm was detected") stays a rhythm status.
 */
function findingDetectedAfter(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 9; j++) {
    const word = words[j];
    if (V.RHYTHM_WORDS.has(word.w)) return false;
    if (word.tag === 'punct' && word.w !== '-') return false;
    if (DETECTED_PARTICIPLES.has(word.w) && words[j - 1]?.tag === 'be') return true;
  }
  return false;
}

/** Prepositions of time: "after each bolus", "during therapy", "following the dose". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'following', 'since', 'between', 'throughout']);

/** Whether the object at obj of the verb at k sits in a phrase of time: "changes after each bolus", "varies during therapy". */
function afterTimePreposition(words: readonly Word[], k: number, obj: number): boolean {
  for (let j = obj - 1; j > k; j--) {
    if (TIME_PREPOSITIONS.has(words[j].w)) return true;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'num') return false;
  }
  return false;
}

/** How far from the act a timing phrase may stand (bounded, so a long run of therapy verbs stays linear). */
const TIMING_REACH = 24;

/** Whether a phrase near the act at k times the therapy to the patient: "in step with the ECG", "on demand", "synchronised to the R wave". */
function timedToPatient(words: readonly Word[], k: number): boolean {
  for (let j = Math.max(0, k - TIMING_REACH); j < words.length && j <= k + TIMING_REACH; j++) {
    if (V.PATIENT_TIMING.some((phrase) => phrase.every((w, i) => words[j + i]?.w === w))) return true;
  }
  return false;
}

/** Words that open what a therapy is worked out from. */
const INPUT_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'using', 'based']);

function presetTherapy(words: readonly Word[], k: number, obj: number): boolean {
  for (let j = k + 1; j < obj; j++) if (V.PRESET_THERAPY.has(words[j].w)) return true;
  // "delivers basal insulin at rates the user selects", "gives the dose set by the physician": a person chose the amount.
  for (let j = obj + 1; j < words.length && j <= obj + 8; j++) {
    const w = words[j];
    if (w.tag === 'punct' || (w.tag === 'cc' && words[j + 1]?.tag === 'verb')) break;
    // "the mealtime dose from the carbohydrates the user enters": past "from", "using", "based on", a person chose the input (round 17c).
    if (INPUT_PREPOSITIONS.has(w.w)) break;
    const person = V.PHYSICIAN_NOUNS.has(w.w) || V.OTHER_NOUNS.has(w.w);
    if (person && V.CHOOSING.has(words[j + 1]?.lemma ?? words[j + 1]?.w ?? '')) return true;
    if (V.CHOOSING.has(w.lemma ?? '') && w.form === 'ed' && words[j + 1]?.w === 'by' && personAfter(words, j + 2)) return true;
  }
  return false;
}

/** "to start a stimulation by hand", "can be stopped manually": a person does the act, not the device. */
function manualAct(words: readonly Word[], clause: Clause): boolean {
  for (let j = clause.from; j < clause.to; j++) if (words[j].w === 'manually' || (words[j].w === 'by' && words[j + 1]?.w === 'hand')) return true;
  return false;
}

/** One of `lemmas` as a verb within three words after the object at `obj`: "the button that delivers it". */
function followedByVerb(words: readonly Word[], obj: number, lemmas: readonly string[]): boolean {
  for (let j = obj + 1; j < words.length && j <= obj + 3; j++) {
    if (words[j].tag === 'verb' && lemmas.includes(words[j].lemma ?? '')) return true;
    // (a participle right after the object, which the tagger may call an adjective: "the energy delivered to the tissue", stop 46)
    if (j === obj + 1 && words[j].tag === 'adj' && lemmas.includes(verbHit(words[j].w)?.lemma ?? '')) return true;
  }
  return false;
}

/** Heads of a part of the outputs taken for checking: "a random sample of", "a selection of". */
const SAMPLES: ReadonlySet<string> = new Set(['sample', 'samples', 'selection', 'subset', 'proportion', 'percentage', 'fraction', 'audit']);
/** Whether the object of the review verb at k is a sample of the outputs: "reviews a monthly sample of images" (not "a blood sample"). */
function sampleReviewed(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j <= k + 4; j++) {
    if (SAMPLES.has(words[j].w) && (words[j + 1]?.w === 'of' || words[j].w === 'audit')) return true;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'num') return false;
  }
  return false;
}

/** Whether the question opened at `at` ("whether", "when") has a named physician as its subject: "whether the treating neurologist proceeds". */
function physicianSettles(words: readonly Word[], at: number): boolean {
  for (let j = at + 1; j < words.length && j <= at + 4; j++) {
    const word = words[j];
    if (V.PHYSICIAN_NOUNS.has(word.w) && !V.AMBIGUOUS_HUMANS.has(word.w)) {
      // (the physician acting, not acted on: "whether the physician should be alerted" is the software's alert)
      let v = j + 1;
      while (words[v]?.tag === 'adv' || words[v]?.tag === 'modal') v++;
      return words[v]?.tag === 'verb';
    }
    if (word.tag !== 'det' && word.tag !== 'adj' && word.tag !== 'noun' && !(word.tag === 'verb' && word.form === 'ing')) return false;
  }
  return false;
}

/**
 * The therapy settings a personalising verb at k fits to one patient, or -1: settings qualified as the patient's own
 * ("individual comfort settings", "personalized parameters") or fitted "to" a patient ("tailors the pattern to the
 * tremor frequency of the individual patient", "to the wearer's audiogram").
 */
function personalSettings(words: readonly Word[], k: number, to: number): number {
  const obj = objectWith(words, k, to, (w) => V.THERAPY_SETTINGS.has(w), 5);
  if (obj < 0 || V.NOT_THERAPY_SETTINGS.has(words[obj - 1]?.w ?? '')) return -1;
  if (V.INDIVIDUAL_QUALIFIERS.has(words[obj - 1]?.w ?? '') || V.INDIVIDUAL_QUALIFIERS.has(words[obj - 2]?.w ?? '')) return obj;
  if (words[obj + 1]?.w !== 'to' && words[obj + 1]?.w !== 'for') return -1;
  for (let j = obj + 2; j < words.length && j <= obj + 9; j++) {
    const w = words[j].w.replace(/'s?$/, '');
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return -1;
    if (V.OTHER_NOUNS.has(w) && w !== 'manufacturer' && w !== 'company' && w !== 'sponsor' && w !== 'fda' && w !== 'agency' && w !== 'developer' && w !== 'developers') return j;
  }
  return -1;
}

/**
 * The therapy a verb at k gives or adapts, or -1: the object of a supplying verb ("produces airway pressure"); for a
 * verb of following, a therapy object ("adjusts the flow") or none at all ("keeps adapting as …", "adapts to …").
 */
function followedTherapy(words: readonly Word[], k: number, to: number, supplying: boolean): number {
  const obj = objectWith(words, k, to, (w) => THERAPY.has(w), supplying ? 6 : 4);
  if (supplying || obj >= 0) return obj;
  let j = k + 1;
  while (words[j]?.tag === 'adv') j++;
  const next = words[j]?.w ?? '';
  return next === 'as' || next === 'to' || next === 'in' || next === 'according' ? k : -1;
}

/**
 * From `from` (before `to`): a phrase that ties the therapy to the patient's changing need, its end or -1:
 * "as the patient requires", "as the person's insulin needs change", "in proportion to the patient's effort",
 * "to match the wearer's demand". Not "as prescribed", nor a need that is not the patient's.
 */
function patientNeedAfter(words: readonly Word[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const w = words[j].w;
    const isPerson = (x: string): boolean => V.OTHER_NOUNS.has(x.replace(/'s?$/, '')) || V.LAY_RESPONDERS.has(x.replace(/'s?$/, '')) || x === 'their' || x === 'his' || x === 'her';
    if (w === 'as' || V.NEED_LINKS.has(w)) {
      for (let p = j + 1; p < to && p <= j + 3; p++) {
        if (!isPerson(words[p].w)) continue;
        // "as the patient requires", "as the patient needs"
        if (w === 'as' && !words[p].w.endsWith("'s") && V.NEEDING.has(words[p + 1]?.lemma ?? words[p + 1]?.w ?? '')) return p + 1;
        // "as the person's insulin needs change", "in proportion to the patient's effort"
        for (let q = p + 1; q < to && q <= p + 3; q++) if (V.NEED_NOUNS_OF_PATIENT.has(words[q].w)) return q;
      }
    }
    if (words[j].tag === 'punct' && w !== ',') return -1;
  }
  return -1;
}

/** After a causative at k ("has", "makes", "gets … to"): the therapy button a named person is made to press, or -1. */
function causedPress(words: readonly Word[], k: number): number {
  let j = k + 1;
  while (j < words.length && j <= k + 3 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
  const person = words[j]?.w ?? '';
  if (!V.PHYSICIAN_NOUNS.has(person) && !V.OTHER_NOUNS.has(person) && !V.LAY_RESPONDERS.has(person)) return -1;
  j++;
  if (words[j]?.tag === 'to') j++;
  if (!V.PRESSING.has(words[j]?.lemma ?? '')) return -1;
  for (let b = j + 1; b < words.length && b <= j + 4; b++) {
    if (!V.BUTTONS.has(words[b].w)) continue;
    // "the shock button", or "the flashing button to deliver it", "the button that delivers therapy".
    if (V.ADVISED_THERAPY_NOUNS.has(words[b - 1].w) || THERAPY.has(words[b - 1].w) || followedByVerb(words, b, V.THERAPY_GIVING)) return b;
    return -1;
  }
  return -1;
}

/** An infinitive of reviewing between a telling verb and its therapy object: "tells the nurse to check the dose". */
function toldToReview(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (words[j - 1].tag === 'to' && REVIEW_VERBS.has(words[j].lemma ?? '')) return true;
  return false;
}

function personAfterWithin(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (V.PHYSICIAN_NOUNS.has(words[j].w.replace(/'s?$/, '')) && !V.AMBIGUOUS_HUMANS.has(words[j].w)) return true;
  return false;
}

/**
 * The head of a "by" phrase that starts at k, past its determiner and modifiers ("by a trained physician", "by the
 * treating cardiologist"): the first person named within four words, or else the word after the determiner.
 */
function byHead(words: readonly Word[], k: number): Word | undefined {
  const from = words[k]?.tag === 'det' ? k + 1 : k;
  for (let j = from; j < words.length && j <= k + 3; j++) {
    const w = words[j].w;
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w)) return words[j];
    if (words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
  }
  return words[from];
}

/**
 * Whether the verb at k is the main act of a "whoever" subject and its passive: "Whoever is notified looks at …",
 * "whoever is alerted must still open …" (round 16b: a modal and adverbs may stand between the participle and the verb).
 */
function whoeverMainVerb(words: readonly Word[], subject: number, k: number): boolean {
  let j = subject + 1;
  if (words[j]?.tag !== 'be') return false;
  j++;
  while (j < k && words[j].tag === 'adv') j++;
  if (words[j]?.form !== 'ed') return false;
  j++;
  const modal = words[j]?.tag === 'modal';
  if (modal) j++;
  while (j < k && words[j].tag === 'adv') j++;
  return j === k && words[k].form === (modal ? 'base' : 's');
}

/** A physician or another person named at k (after an optional determiner or possessive). */
function personAfter(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j <= k + 3; j++) {
    const w = words[j].w.replace(/'s?$/, '');
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w)) return true;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return false;
  }
  return false;
}

/** A likelihood word in the few words after "whether": "whether low EF is likely". */
function hedgedAfter(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 8; j++) {
    const w = words[j].w;
    if (w === 'likely' || w === 'probable' || w === 'possible' || w === 'suspected' || w === 'may' || w === 'might' || w === 'could') return true;
    if (words[j].tag === 'punct' && w !== '-') return false;
  }
  return false;
}

/**
 * "turned into breathing values, which are then assessed over 30-day windows", "computes a
 * score that feeds the alert": the quantity after k is worked on further, so it is an
 * intermediate step toward another output, not an output itself. Looks from k to the end of its
 * noun phrase, then for ", which/that (are) (then) <processing verb>".
 */
function consumedLater(words: readonly Word[], k: number): boolean {
  let j = k + 1;
  while (j < words.length && j <= k + 8 && words[j].tag !== 'punct' && words[j].tag !== 'rel' && words[j].tag !== 'verb' && words[j].tag !== 'be' && words[j].tag !== 'modal') j++;
  if (words[j]?.w === ',') j++;
  if (words[j]?.tag !== 'rel' || (words[j].w !== 'which' && words[j].w !== 'that')) return false;
  j++;
  const auxEnd = j + 3;
  while (j < words.length && j < auxEnd && (words[j].tag === 'be' || words[j].tag === 'adv')) j++;
  const verb = words[j];
  if (verb === undefined) return false;
  // Right after "which (are)", a word is the verb even when the tagger does not know it ("that feeds the alarm").
  const w = verb.w;
  if (![verb.lemma ?? w, w, w.replace(/e?s$/, ''), w.replace(/e?d$/, '')].some((stem) => V.CONSUMING_VERBS.has(stem))) return false;
  // "which is used by clinicians to plan treatment": a person works with it, so it is an output.
  for (let m = j + 1; m < words.length && m <= j + 10; m++) {
    if (words[m].tag === 'punct' && words[m].w !== '-' && words[m].w !== ',') break;
    const person = words[m].w.replace(/'s?$/, '');
    if (V.PHYSICIAN_NOUNS.has(person) || V.OTHER_NOUNS.has(person)) return false;
  }
  return true;
}

/**
 * "whether any findings were detected", "whether anything was found": the subordinate clause
 * reports that something unnamed was detected, a flag for a reader. A named condition ("whether
 * it has detected a shockable rhythm") stays a conclusion.
 */
function detectionAfter(words: readonly Word[], k: number): boolean {
  let any = false;
  for (let j = k + 1; j < words.length && j <= k + 6; j++) {
    const word = words[j];
    if (word.tag === 'punct' && word.w !== '-') return false;
    if (V.DETECTION_CONTENT.has(word.w)) return true;
    // "whether any fractures were detected": "any" before a detection leaves what was found open.
    if (word.w === 'any') any = true;
    if (any && word.tag === 'verb' && ACTS_BY_LEMMA.get(word.lemma ?? '')?.[0].cls === 'assistive') return true;
  }
  return false;
}

const STUDY_REACH = 20;
/**
 * A reading that belongs to a study, not to care: the sentence names the study's reference
 * ("ground truth", "reference standard", "consensus", "test set", "reader study"), or the
 * product itself is what a passive says was validated or evaluated by people.
 */
function studyReading(words: readonly Word[], clause: Clause, k: number): boolean {
  // Around the reading word only, so that a run-on text costs a bounded look per verb.
  for (let j = Math.max(0, k - STUDY_REACH); j < words.length && j <= k + STUDY_REACH; j++) {
    const w = words[j].w;
    if (STUDY_REFERENCE_WORDS.has(w)) return true;
    const next = words[j + 1]?.w ?? '';
    if ((w === 'reference' && next === 'standard') || ((w === 'test' || w === 'training' || w === 'validation') && next === 'set') || (w === 'reader' && next === 'study')) return true;
  }
  if (frontedStudy(words)) return true;
  if (!clause.passive || clause.subject < 0 || !SELF_NOUNS.has(words[clause.subject].w)) return false;
  return clause.verbs.slice(0, 4).some((v) => V.DEVELOPMENT_VERBS.has(words[v].lemma ?? ''));
}

/**
 * "the range the medical team has prescribed", "the targets the physician set": a noun, then a determiner, a clinician
 * and the verb (past "has" or an adverb), with no relative word: the clinician is the verb's subject.
 */
function contactRelativePerson(words: readonly Word[], k: number, from: number): boolean {
  let j = k - 1;
  while (j > from && (words[j].tag === 'have' || words[j].tag === 'adv' || words[j].tag === 'modal')) j--;
  const person = words[j]?.w ?? '';
  // (a team or staff prescribes; a user or an operator named this way is not read so)
  if (!V.PHYSICIAN_NOUNS.has(person) || (V.AMBIGUOUS_HUMANS.has(person) && person !== 'team' && person !== 'staff')) return false;
  let d = j - 1;
  while (d > from && (words[d].tag === 'adj' || words[d].tag === 'noun') && d >= j - 2) d--;
  // (not a fronted time: "Within forty minutes the cartridge reader returns …", stop 34)
  return words[d]?.tag === 'det' && (words[d - 1]?.tag === 'noun' || words[d - 1]?.tag === 'name') && !SPANS_OF_TIME.has(words[d - 1].w);
}

/** Spans of time a fronted phrase ends on: "Within forty minutes", "After two hours". */
const SPANS_OF_TIME: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'time', 'run', 'visit']);

/** A study's reference: "that reference", "the expert reference", "the ground truth" (not norms: "age-matched reference values"). */
function studyReferenceAfter(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 5; j++) {
    if (NORM_WORDS.has(words[j].w) && words[j].w !== 'reference') return false;
    if ((words[j].w === 'reference' && !NORM_WORDS.has(words[j + 1]?.w ?? '') && words[j + 1]?.w !== 'values' && words[j + 1]?.w !== 'ranges' && words[j + 1]?.w !== 'range') || words[j].w === 'truth' || words[j].w === 'consensus') return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return false;
  }
  return false;
}

/** What a study compares with its reference: "the algorithm's results", "its outputs", "performance". */
const STUDIED_OUTPUTS: ReadonlySet<string> = new Set(['results', 'result', 'outputs', 'output', 'performance', 'predictions', 'calls', 'classifications', 'findings', 'readings']);

/** Study words that, in a fronted phrase, set the whole sentence in a study: "In the WILLEM multicentre study, …". */
const FRONTED_STUDY_WORDS: ReadonlySet<string> = new Set(['study', 'trial', 'evaluation', 'validation', 'studies', 'trials']);

/** "In the multicentre study the model's diagnoses are compared …, and every tracing is reviewed by …" (stop 28). */
function frontedStudy(words: readonly Word[]): boolean {
  // (not "For each study, …" or "In every study, …": an imaging study, one of many the software reads)
  if (words[0]?.tag !== 'prep' || (words[0].w !== 'in' && words[0].w !== 'during' && words[0].w !== 'throughout')) return false;
  // The study word heads the preposition's object ("In the pivotal study, …"; not "In line with the study", "During the
  // trial period and afterwards").
  for (let j = 1; j < words.length && j <= 6; j++) {
    const word = words[j];
    if (word.w === 'each' || word.w === 'every' || word.w === 'any') return false;
    if (FRONTED_STUDY_WORDS.has(word.w)) return words[j + 1]?.tag !== 'noun' && words[j + 1]?.tag !== 'cc' && words[j + 1]?.tag !== 'prep';
    if (word.tag !== 'det' && word.tag !== 'adj' && word.tag !== 'noun' && word.tag !== 'name' && word.tag !== 'num') return false;
  }
  return false;
}

/** "have been diagnosed", "were previously diagnosed": a passive that tells what happened before the software's work. */
function historyBefore(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = k - 1; j >= clause.from && j >= k - 4; j--) {
    const w = words[j].w;
    if (w === 'already' || w === 'previously' || w === 'earlier' || w === 'once' || w === 'ever' || w === 'never') return true;
    if (w === 'been' && words[j - 1]?.tag === 'have') return true;
    if (words[j].tag !== 'be' && words[j].tag !== 'adv' && words[j].tag !== 'have') return false;
  }
  return false;
}

/** Whether the sentence calls the work an internal or intermediate step: "As an internal step, …", "an intermediate stage". */
export function internalStep(words: readonly Word[]): [number, number] | undefined {
  for (let j = 0; j < words.length - 1; j++) {
    if ((words[j].w !== 'internal' && words[j].w !== 'intermediate') || (words[j + 1].w !== 'step' && words[j + 1].w !== 'stage')) continue;
    // The stretch of the sentence it speaks for: up to a semicolon or colon ("…is an intermediate step; the software reports the volume").
    let from = j;
    while (from > 0 && words[from - 1].w !== ';' && words[from - 1].w !== ':') from--;
    let to = j + 2;
    while (to < words.length && words[to].w !== ';' && words[to].w !== ':') to++;
    return [from, to];
  }
  return undefined;
}

/** Words that make a therapy's start a benefit of timing: "sooner", "earlier", "in time". */
const SOONER: ReadonlySet<string> = new Set(['sooner', 'earlier', 'faster', 'quicker', 'promptly']);
/** Whether the therapy at obj is started sooner (within a few words after it): "start effective treatment sooner", "start treatment in time". */
function soonerCare(words: readonly Word[], obj: number): boolean {
  for (let j = obj + 1; j < words.length && j <= obj + 4; j++) {
    // (not a comparison with the person it replaces: "starts treatment sooner than a clinician would")
    if (SOONER.has(words[j].w)) return words[j + 1]?.w !== 'than';
    if ((words[j].w === 'in' && words[j + 1]?.w === 'time' && words[j + 2]?.w !== 'with' && words[j + 2]?.w !== 'to') || (words[j].w === 'without' && words[j + 1]?.w === 'delay')) return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return false;
  }
  return false;
}

/** "the time to treatment", "delays before intervention", "door-to-needle time": words between the verb and the therapy noun that make it a measure of care. */
function outcomeOfCare(words: readonly Word[], k: number, obj: number): boolean {
  for (let j = k + 1; j < obj; j++) if (V.CARE_OUTCOME_HEADS.has(words[j].w)) return true;
  // (not a pacing device's timing between chambers: "the AV delay"; nor a brachytherapy source's "dwell time", which is the dose)
  return V.CARE_OUTCOME_HEADS.has(words[obj + 1]?.w ?? '') && !V.CHAMBER_TIMING.has(words[obj].w) && !chamberTimingBefore(words, obj + 1) && words[obj].w !== 'dwell';
}

const DUTY_FIRST = new Map<string, Array<readonly string[]>>();
for (const link of V.DUTY_LINKS) {
  const list = DUTY_FIRST.get(link[0]);
  if (list) list.push(link);
  else DUTY_FIRST.set(link[0], [link]);
}
/** Tools named after a duty: "decision support", "a diagnosis aid". */
const TOOLS_NAMED_FOR_TOPIC: ReadonlySet<string> = new Set(['support', 'aid', 'aids', 'tool', 'tools', 'system', 'systems', 'software', 'making']);
/** Pronouns that may stand for physicians named before them. */
const PHYSICIANS_PRONOUNS: ReadonlySet<string> = new Set(['them', 'him', 'her']);
/** Humans who hold a clinical duty (lay users do not: "left to the user" on a patient app is not a physician's reading). */
const LAY_USERS = new Set(['user', 'users', 'operator', 'operators']);

/**
 * "interpretation is left to the clinician", "reading … remains the job of the specialist": a duty
 * link at k, a reading or deciding topic in the sentence before it, and a physician after it; the
 * last word, or -1. Bounded look-back and look-ahead keep it linear.
 */
/** How far back the duty's topic may sit: "Confirming whether a polyp is present, and what kind it is, is up to …". */
const DUTY_TOPIC_REACH = 16;
/** How much longer an opening whether-clause may be than a topic's reach (the question and its subject). */
const WHETHER_EXTRA_REACH = 8;
function dutyHeld(words: readonly Word[], k: number, to: number): number {
  const links = DUTY_FIRST.get(words[k].w);
  if (!links) return -1;
  // ("INRight does not handle bridging or loading doses; those decisions stay with the prescriber" (stop 49): the decisions
  // the sentence has just said the software does not make are the rest of the work, no reading of its output)
  if (restOfWorkDecisions(words, k)) return -1;
  for (const link of links) {
    // ("rests entirely with the clinician": adverbs inside the link are read through)
    const end = linkEnd(words, k, link);
    if (end < 0 || end > to) continue;
    // ("Whether a marked area really is a lesion … is left to the endoscopist" (stop 37): a question opening the sentence is a call to make.)
    // (not whom the device suits: "Whether the patient is eligible for the device is left to …")
    let topic = words[0]?.w === 'whether' && k <= DUTY_TOPIC_REACH + WHETHER_EXTRA_REACH && !words.slice(1, k).some((w) => SUITING.has(w.w) || w.w === 'eligibility') && words.slice(1, k).some((w) => NOUN_CLASS.has(w.w) || V.FINDING_WORDS_OF_CALL.has(w.w));
    // (a plain "is for" needs the decision itself, not a tool named after it: "decision support is for clinicians")
    const plainBe = link[0] === 'is' || link[0] === 'are' || link[0] === 'was' || link[0] === 'were';
    // (stop 40 review: nor a thing named after the topic, "the diagnosis screen is for physicians", "the decision threshold
    // is for the cardiologist to set", nor "the decision to use the device")
    const namesAThing = (j: number): boolean => TOOLS_NAMED_FOR_TOPIC.has(words[j + 1]?.w ?? '') || words[j + 1]?.tag === 'noun' || words[j + 1]?.w === 'to';
    for (let j = Math.max(0, k - DUTY_TOPIC_REACH); j < k && !topic; j++) topic = (V.DUTY_TOPICS.has(words[j].w) && !(plainBe && namesAThing(j))) || (words[j].form === 'ing' && REVIEW_VERBS.has(words[j].lemma ?? ''));
    // "How to act on a large gap is up to the clinician", "Where to cut stays with the surgeon" (stop 47): a question of what
    // to do, opening the sentence, is a decision; so is a judging gerund that opens it ("Choosing the dose stays with …",
    // "Staging itself stays with the nurse"), though not with a plain "is for" ("Choosing a probe is for …" says who uses it).
    if (!topic && !plainBe) topic = openingQuestionOfCare(words, k) || (words[0] !== undefined && JUDGING_GERUNDS.has(words[0].w));
    for (let j = end; j < to && j <= end + 4; j++) {
      const w = words[j].w.replace(/'s?$/, '');
      // "It is the responsibility of the pathologist to verify the interpretation": the topic may follow as an infinitive.
      // ("stayed with Dr K throughout" (stop 47): a doctor named by title and name or initial)
      const titled = (w === 'dr' || w === 'prof') && words[j + 1] !== undefined && words[j + 1].cap === true;
      if ((V.PHYSICIAN_NOUNS.has(w) || titled) && !LAY_USERS.has(w) && (topic || readingAfter(words, j + 1, to))) return titled ? j + 1 : j;
      // ("helps clinicians plan the delivery; the counselling and the decision stay with them" (stop 48): a pronoun for the
      // physicians named earlier in the sentence)
      if (topic && PHYSICIANS_PRONOUNS.has(w) && words.slice(0, k).some((x) => V.PHYSICIAN_NOUNS.has(x.w) && !LAY_USERS.has(x.w) && !V.AMBIGUOUS_HUMANS.has(x.w))) return j;
      if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'name') break;
    }
  }
  return -1;
}

/** Words that point back at what was just named: "those decisions", "such choices". */
const DECISIONS_POINTED_BACK: ReadonlySet<string> = new Set(['those', 'these', 'such']);
/** Whether "those decisions" (or "these", "such") stands before the link at k, after a denial earlier in the sentence. */
function restOfWorkDecisions(words: readonly Word[], k: number): boolean {
  for (let j = Math.max(1, k - 4); j < k; j++) {
    if (!DECISIONS_POINTED_BACK.has(words[j].w) || !(V.OWNED_DECISIONS.has(words[j + 1]?.w ?? '') || words[j + 1]?.w === 'choices')) continue;
    // (the denial is of what the software covers, not of a reading: "does not diagnose; those decisions stay with …" still reads)
    for (let n = 0; n < j; n++) {
      if (words[n].tag !== 'neg' && words[n].w !== "n't") continue;
      for (let v = n + 1; v < j && v <= n + 3; v++) if (words[v].tag === 'verb' && OUT_OF_SCOPE_VERBS.has(words[v].lemma ?? '')) return true;
    }
    return false;
  }
  return false;
}
/** Verbs that say what a device covers: "does not handle bridging", "does not cover loading doses". */
const OUT_OF_SCOPE_VERBS: ReadonlySet<string> = new Set(['handle', 'cover', 'support', 'manage', 'address', 'deal', 'include']);

/** Whether the passive verb at k is followed by where it is done, a place of care: "is made in clinic", "at the memory clinic". */
function madeAtCareSetting(words: readonly Word[], k: number, to: number): boolean {
  const at = words[k + 1]?.w;
  if (at !== 'in' && at !== 'at' && at !== 'on') return false;
  for (let j = k + 2; j < to && j <= k + 5; j++) {
    if (V.CARE_SETTINGS.has(words[j].w)) return true;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return false;
  }
  return false;
}

/** Verbs of putting a device to use or out of it. */
const DEVICE_USE_VERBS: ReadonlySet<string> = new Set(['use', 'start', 'stop', 'switch', 'turn', 'run', 'enable', 'disable', 'activate', 'deactivate', 'begin', 'end', 'apply']);
/** What is put to use: the device, its loop or its control. */
const DEVICE_USED: ReadonlySet<string> = new Set([...V.SOFTWARE_NOUNS, 'closed-loop', 'loop', 'control', 'mode', 'it']);
/** Whether the question after the decision at k is about using the device: "when … starts and stops closed-loop control". */
function deviceUseQuestion(words: readonly Word[], k: number): boolean {
  const opener = words[k + 1]?.w;
  if (opener !== 'whether' && opener !== 'when' && opener !== 'if') return false;
  for (let j = k + 2; j < words.length && j <= k + 8; j++) {
    if (words[j].tag === 'punct') return false;
    if (words[j].tag === 'verb' && DEVICE_USE_VERBS.has(words[j].lemma ?? '')) {
      for (let o = j + 1; o < words.length && o <= j + 5; o++) {
        if (words[o].tag === 'punct') return false;
        if (DEVICE_USED.has(words[o].w)) return true;
      }
      return false;
    }
  }
  return false;
}

/** Surgical supplies an operating-room tally counts. */
const SUPPLIES: ReadonlySet<string> = new Set(['sponge', 'sponges', 'swab', 'swabs', 'towel', 'towels', 'gauze', 'gauzes', 'instrument', 'instruments', 'needles', 'sharps']);

/** Whether a duty link after k gives the decision to a physician: "… rests with the GP", "… is up to the surgeon". */
function decisionGivenToPhysician(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 8; j++) {
    if (words[j].tag === 'punct') return false;
    if (dutyHeld(words, j, words.length) >= 0) return true;
  }
  return false;
}

/**
 * "Dr B (registrar) to review the trend", "nurse in charge to pass the Hb trend on" (stop 47): a handover's to-do line, a person
 * named at the start of the sentence (or after a label's colon) with no verb before the infinitive at k.
 */
function toDoLine(words: readonly Word[], clause: Clause, k: number): boolean {
  if (clause.subject < 0 || clause.subject >= k - 1 || (clause.from > 0 && words[clause.from - 1]?.w !== ':')) return false;
  const before = words[k - 2];
  if (before.tag !== 'noun' && before.tag !== 'name' && before.w !== ')') return false;
  for (let j = clause.from; j < k - 1; j++) if (words[j].tag === 'verb' || words[j].tag === 'be' || words[j].tag === 'modal' || words[j].tag === 'have') return false;
  // (no finite verb of its own after it: "Radiologists to read the scans were recruited" is a study's sentence)
  for (let j = k + 1; j < clause.to; j++) if (words[j].tag === 'be' || words[j].tag === 'modal') return false;
  return true;
}

/** Gerunds of judging the case that may open a duty's topic: "Choosing the dose", "Identifying the nerve", "Staging". */
const JUDGING_GERUNDS: ReadonlySet<string> = new Set(['choosing', 'selecting', 'picking', 'identifying', 'recognising', 'recognizing', 'staging', 'grading', 'classifying', 'determining', 'judging', 'weighing', 'titrating', 'prescribing', 'dosing']);
/** A gerund of reading or judging the case: a duty topic ("Deciding"), a review verb's -ing form ("Reading") or a judging one ("Staging"). */
function judgingGerund(word: Word | undefined): boolean {
  return word !== undefined && word.form === 'ing' && (V.DUTY_TOPICS.has(word.w) || REVIEW_VERBS.has(word.lemma ?? '') || JUDGING_GERUNDS.has(word.w));
}
/** Words that open a question of what to do: "How to act …", "Where to cut …", "What to do …", "How much opioid to give …". */
// (not "whether": "Whether to go on or stop is left to the surgeon" is the older whether-rule's, which wants a finding in question)
const CARE_QUESTIONS: ReadonlySet<string> = new Set(['how', 'where', 'what', 'when', 'which']);
/** Whether the sentence opens on a question of what to do (a wh-word, then "to" and a verb within a few words) before k. */
function openingQuestionOfCare(words: readonly Word[], k: number): boolean {
  if (!CARE_QUESTIONS.has(words[0]?.w ?? '')) return false;
  // ("What, if anything, to do about a big gap …": past an aside between commas)
  let j = 1;
  if (words[1]?.w === ',') {
    j = 2;
    while (j < k && j <= 5 && words[j].w !== ',') j++;
    j++;
  }
  for (const from = j; j < k && j <= from + 4; j++) {
    if (words[j].tag === 'to' && (words[j + 1]?.tag === 'verb' || words[j + 1]?.tag === 'do')) return true;
    if (words[j].tag === 'verb' || words[j].tag === 'be' || words[j].tag === 'punct') return false;
  }
  return false;
}

/** Machines a decision may be left to, in everyday words: "up to the machine", "left to the pump". */
const DECIDING_MACHINES: ReadonlySet<string> = new Set(['machine', 'pump', 'device', 'software', 'algorithm', 'app', 'system', 'controller', 'computer', 'ai', 'generator', 'ventilator', 'stimulator', 'implant']);
/** Topics a device may be left to settle: a decision, a dose or therapy, or "everything" between limits. */
const MACHINE_TOPICS: ReadonlySet<string> = new Set([...V.THERAPY_NOUNS, 'decision', 'decisions', 'call', 'calls', 'diagnosis', 'everything']);
/**
 * The index of the machine a duty link at k hands the decision to ("is up to the machine", "is left to the pump"), with a
 * topic before it in the sentence; or -1. Not "is for the app" (a plain "is for" says who uses a thing).
 */
function dutyOfMachine(words: readonly Word[], k: number, to: number): number {
  const links = DUTY_FIRST.get(words[k].w);
  if (!links) return -1;
  for (const link of links) {
    if (link[0] === 'is' || link[0] === 'are') continue;
    const end = linkEnd(words, k, link);
    if (end < 0 || end > to) continue;
    let j = end;
    while (j < to && j <= end + 3 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
    if (!DECIDING_MACHINES.has(words[j]?.w ?? '') || words[j + 1]?.tag === 'noun') continue;
    for (let t = Math.max(0, k - DUTY_TOPIC_REACH); t < k; t++) if (MACHINE_TOPICS.has(words[t].w)) return j;
  }
  return -1;
}

/** Qualifiers of the data as acquired, which a reader goes back to: "the full study", "the uncompressed images", "the primary monitor". */
const SOURCE_QUALIFIERS: ReadonlySet<string> = new Set(['full', 'complete', 'entire', 'whole', 'original', 'uncompressed', 'primary', 'native', 'source', 'diagnostic-quality']);
/** What a reader opens: the study, its images or the recording itself. */
const SOURCE_DATA: ReadonlySet<string> = new Set(['study', 'studies', 'image', 'images', 'exam', 'exams', 'examination', 'examinations', 'scan', 'scans', 'series', 'recording', 'recordings', 'tracing', 'tracings', 'video', 'videos', 'slide', 'slides', 'monitor', 'data', 'dataset', 'radiograph', 'radiographs', 'mammogram', 'mammograms', 'ecg', 'eeg']);
/** Verbs by which a reader goes to the data: a review verb, or "go back to", "return to", "turn to", "refer to". */
const GOING_TO: ReadonlySet<string> = new Set(['go', 'return', 'turn', 'refer']);

/** The index of the data noun when the verb at k reads (or goes back to) the full or original data, or -1. */
function sourceDataRead(words: readonly Word[], k: number, to: number, obliged: boolean): number {
  const lemma = words[k].lemma ?? '';
  let from = k + 1;
  if (GOING_TO.has(lemma)) {
    if (words[from]?.w === 'back') from++;
    if (words[from]?.w !== 'to') return -1;
    from++;
  } else if (!REVIEW_VERBS.has(lemma) || lemma === 'decide' || lemma === 'diagnose') return -1;
  if ((lemma === 'look' || lemma === 'listen') && (words[from]?.w === 'at' || words[from]?.w === 'to' || words[from]?.w === 'through' || words[from]?.w === 'over')) from++;
  for (let j = from; j < to && j <= from + 5; j++) {
    const t = words[j].tag;
    // ("must open the full-resolution images", "the full-quality study": a reader obliged to go to the data in full quality reads it.)
    if (SOURCE_QUALIFIERS.has(words[j].w) || (obliged && words[j].w.startsWith('full-'))) {
      for (let l = j + 1; l < to && l <= j + 3; l++) {
        if (SOURCE_DATA.has(words[l].w)) return l;
        if (words[l].tag !== 'noun' && words[l].tag !== 'adj' && words[l].w !== ',' && words[l].tag !== 'cc') break;
      }
      return -1;
    }
    if (t !== 'det' && t !== 'adj' && t !== 'noun' && t !== 'adv' && words[j].w !== ',') return -1;
  }
  return -1;
}

/** Words that order the output after the reader's own read: "after finishing their own read", "until completing their initial review". */
const OWN_READ_TIME: ReadonlySet<string> = new Set(['after', 'until', 'once']);
const FINISHING: ReadonlySet<string> = new Set(['finishing', 'completing', 'concluding', 'making', 'forming', 'doing', 'performing']);
const PERSONAL: ReadonlySet<string> = new Set(['their', 'his', 'her']);
const OWN_READ_NOUNS: ReadonlySet<string> = new Set(['read', 'reading', 'review', 'interpretation', 'assessment', 'evaluation', 'impression']);
/**
 * "after finishing their own first read", "after completing their initial review": the index of the read, when a named
 * physician earlier in the sentence does it, or -1 ("after finishing the upload" is no read; a patient's read is no physician's).
 */
function ownReadAfter(words: readonly Word[], k: number, to: number): number {
  if (!FINISHING.has(words[k + 1]?.w ?? '') || !PERSONAL.has(words[k + 2]?.w ?? '')) return -1;
  let j = k + 3;
  while (j < Math.max(to, words.length) && j <= k + 6 && !OWN_READ_NOUNS.has(words[j].w)) {
    if (words[j].w !== 'own' && words[j].w !== 'first' && words[j].w !== 'initial' && words[j].w !== 'independent' && words[j].w !== 'primary' && words[j].w !== 'unaided') return -1;
    j++;
  }
  if (!OWN_READ_NOUNS.has(words[j]?.w ?? '')) return -1;
  for (let l = 0; l < k; l++) if (V.PHYSICIAN_NOUNS.has(words[l].w) && !V.AMBIGUOUS_HUMANS.has(words[l].w)) return j;
  return -1;
}

/** A physician's own judgement named as a noun: "the final assessment", "their own evaluation". */
const OWN_JUDGEMENT_NOUNS: ReadonlySet<string> = new Set(['assessment', 'assessments', 'evaluation', 'evaluations', 'judgement', 'judgment', 'opinion', 'review', 'read']);
/** Verbs by which a person holds a duty: "keeps the responsibility for …", "retains the duty of …". */
const HOLDING: ReadonlySet<string> = new Set(['keep', 'retain', 'hold', 'bear', 'carry', 'assume', 'maintain', 'have']);
/** Duties a person holds: "the responsibility for", "the duty of" (the decisions that are someone's are V.OWNED_DECISIONS). */
const DUTY_NOUNS: ReadonlySet<string> = new Set(['responsibility', 'duty', 'job', 'task', 'obligation']);
/** A plan the physician owns in the end: "responsible for the final plan". */
const OWNED_PLANS: ReadonlySet<string> = new Set(['plan', 'plans']);
/** Openers that concede what follows rather than assert it. */
const CONCEDING: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whilst', 'even']);
/** A person's own judgement of the case, owned after "responsible for": "the assessment", "the clinical evaluation". */
const OWNED_JUDGEMENTS: ReadonlySet<string> = new Set(['assessment', 'assessments', 'evaluation', 'evaluations', 'judgement', 'judgment']);
/** Words of owning a duty, before "for" or "of" and the thing owned: "responsible for", "in charge of". */
const OWNERSHIP: ReadonlySet<string> = new Set(['responsible', 'accountable', 'responsibility', 'accountability', 'charge', 'answerable']);
/** What may stand between the owning word's "for" and the conclusion: "for the final diagnosis", "for each treatment decision". */
const OWNED_MODIFIERS: ReadonlySet<string> = new Set(['the', 'a', 'any', 'each', 'every', 'all', 'their', 'his', 'her', 'its', 'final', 'ultimate', 'overall', 'clinical', 'treatment', 'management', 'medical', 'definitive']);

/** Finding a lesion, owned as a duty: "responsible for identifying the aneurysm", "for recognising the nerve". */
const OWNED_FINDING: ReadonlySet<string> = new Set(['identify', 'recognise', 'recognize', 'detect', 'spot', 'locate', 'find']);

/**
 * Whether the -ing verb at k is a finding the clause's physician owns: "the surgeon stays responsible for identifying the
 * aneurysm" (stop 53), as "remains responsible for reviewing" is a reading owned (not conceded, nor a past trial arm).
 */
function ownedFinding(words: readonly Word[], clause: Clause, k: number): boolean {
  if (words[k].form !== 'ing' || !OWNED_FINDING.has(words[k].lemma ?? '') || words[k - 1]?.w !== 'for') return false;
  const owning = words[k - 2]?.tag === 'adv' ? words[k - 3] : words[k - 2];
  if (!owning || !OWNERSHIP.has(owning.w)) return false;
  return !concededOrPast(words, clause, k);
}

/** Whether what the clause says up to k is conceded ("although the physician is responsible …") or a past trial arm ("were responsible"). */
function concededOrPast(words: readonly Word[], clause: Clause, k: number): boolean {
  return CONCEDING.has(clause.opener) || words.slice(clause.from, k).some((w) => w.w === 'was' || w.w === 'were' || CONCEDING.has(w.w));
}

/** Whether the conclusion noun at k is what the clause's physician owns: "remains responsible for the diagnosis" (stop 40). */
function ownedConclusion(words: readonly Word[], clause: Clause, k: number): boolean {
  // (stop 40 review: not "the decision to use the software", "the decision support configuration", "the report to the
  // ethics committee", "the plan of training staff"; not conceded ("although the physician is legally responsible …"),
  // nor a past trial arm ("physicians were responsible for the diagnosis in the control arm"))
  const next = words[k + 1];
  if (next && (next.w === 'to' || next.w === 'of' || next.tag === 'noun' || next.tag === 'name')) return false;
  if (concededOrPast(words, clause, k)) return false;
  let j = k - 1;
  while (j > clause.from && k - j <= 3 && OWNED_MODIFIERS.has(words[j].w)) j--;
  if (words[j]?.w !== 'for' && words[j]?.w !== 'of') return false;
  // the owner is the clause's subject, before the owning word: not "the software takes charge of the decision"
  return OWNERSHIP.has(words[j - 1]?.w ?? '') && clause.subject >= 0 && clause.subject < j - 1;
}
/** Roles of the one who reads or decides: "remains the reader", "stays the decision-maker". */
const READER_ROLES: ReadonlySet<string> = new Set(['reader', 'interpreter', 'decision-maker', 'arbiter', 'judge']);
/** Linking verbs before what a subject is or stays: "remains the one who …", "is the radiologist's call". */
const STAYING: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'is', 'are', 'was', 'were']);

/**
 * The span of a judgement a physician holds, at the word k, or undefined:
 * "(must) remain responsible for the final assessment" (an obliged, named physician's final or own assessment);
 * "keeps the responsibility for confirming the measurements" (a person holding a duty of reading);
 * "remains the interpreting physician's decision" (a decision owned by a named physician);
 * "remains the one who makes the diagnostic decisions" (a person who stays the one concluding).
 */
function judgementHeld(words: readonly Word[], clause: Clause, scope: ClauseScope, k: number): [number, number] | undefined {
  const w = words[k].w;
  const subject = clause.subject >= 0 ? words[clause.subject].w : '';
  if (OWN_JUDGEMENT_NOUNS.has(w) && words[k].tag !== 'verb' && clause.agent === 'physician' && clause.physicianNamed && scope.obliged) {
    const before = words[k - 1]?.w;
    if (before === 'final' || before === 'own') return [k - 1, k];
  }
  if (HOLDING.has(words[k].lemma ?? '') && words[k].tag === 'verb' && V.PHYSICIAN_NOUNS.has(subject) && clause.subject < k) {
    const duty = objectWith(words, k, clause.to, (x) => DUTY_NOUNS.has(x), 3);
    const link = duty >= 0 ? words[duty + 1]?.w : undefined;
    if (link === 'for' || link === 'of' || link === 'to') {
      const topic = words[duty + 2]?.tag === 'adv' ? duty + 3 : duty + 2;
      const topicWord = words[topic];
      if (topicWord && (V.DUTY_TOPICS.has(topicWord.w) || REVIEW_VERBS.has(topicWord.lemma ?? '')) && objectWith(words, topic, Math.max(clause.to, words.length), (x) => V.NOT_READ_OBJECTS.has(x), 4) < 0) return [k, topic];
    }
  }
  // "… remains the interpreting physician's decision": a possessive physician right before an owned decision, after a linking verb.
  if (V.OWNED_DECISIONS.has(w) || DUTY_NOUNS.has(w)) {
    const owner = words[k - 1]?.w ?? '';
    const person = owner.replace(/'s?$/, '');
    if (owner !== person && V.PHYSICIAN_NOUNS.has(person) && !V.AMBIGUOUS_HUMANS.has(person)) {
      let link = k - 2;
      // ("remains the anaesthetist's or intensivist's call" (stop 47): past another owner coordinated before this one)
      if ((words[link]?.w === 'or' || words[link]?.w === 'and') && /'s?$/.test(words[link - 1]?.w ?? '')) link -= 2;
      // ("is still the endoscopist's job" (stop 48): past an adverb after the link too)
      while (link >= clause.from && (words[link].tag === 'adj' || words[link].tag === 'det' || words[link].tag === 'adv' || words[link].tag === 'noun' && words[link].w.endsWith('ing'))) link--;
      if (link >= clause.from && STAYING.has(words[link].w) && (V.OWNED_DECISIONS.has(w) || topicBefore(words, clause, link))) return [link, k];
    }
  }
  // "The physician remains the reader of the radiograph", "the cardiologist stays the one interpreter" (stop 37): a named
  // physician who remains the reader is the one who reads (not "is the reader", which may only say who uses it).
  // (so does one named before a comma aside, stop 38: "supports the radiologist, who remains the final reader")
  const asideHead = clause.opener === 'who' && words[clause.from - 2]?.w === ',' && V.PHYSICIAN_NOUNS.has(words[clause.from - 3]?.w ?? '') && !V.AMBIGUOUS_HUMANS.has(words[clause.from - 3].w) ? clause.from - 3 : -1;
  const stayer = clause.subject >= 0 && clause.subject < k && clause.physicianNamed ? clause.subject : asideHead;
  if ((w === 'remains' || w === 'remain' || w === 'stays' || w === 'stay') && stayer >= 0 && !scope.negated[k - clause.from]) {
    let role = k + 1;
    while (words[role] && (words[role].tag === 'det' || words[role].tag === 'adj' || words[role].w === 'final' || words[role].w === 'sole' || words[role].w === 'ultimate')) role++;
    if (READER_ROLES.has(words[role]?.w ?? '')) return [stayer, role];
  }
  // "… remain decisions for the attending clinicians" (stop 33): the owner named after "for" instead of by a possessive;
  // "the diagnosis remains a matter for the dermatologist" (stop 34): so is a conclusion that remains "a matter" for them.
  const matterOfConclusion = w === 'matter' && (V.CONCLUSION_NOUNS.has(subject) || V.OWNED_DECISIONS.has(subject));
  if ((V.OWNED_DECISIONS.has(w) || matterOfConclusion) && words[k + 1]?.w === 'for') {
    let person = k + 2;
    while (words[person] && (words[person].tag === 'det' || words[person].tag === 'adj' || (words[person].tag !== 'punct' && V.PHYSICIAN_NOUNS.has(words[person + 1]?.w ?? '') && !V.PHYSICIAN_NOUNS.has(words[person].w)))) person++;
    const named = words[person]?.w ?? '';
    let link = k - 1;
    while (link >= clause.from && (words[link].tag === 'adj' || words[link].tag === 'det')) link--;
    if (V.PHYSICIAN_NOUNS.has(named) && !V.AMBIGUOUS_HUMANS.has(named) && link >= clause.from && STAYING.has(words[link].w)) return [link, person];
  }
  // "The diagnosis itself remains the pathologist's to make", "the final call stays the cardiologist's" (stop 34): the conclusion
  // is the subject and the physician its owner after the linking verb.
  let concluded = k - 1;
  while (concluded > clause.from && (words[concluded].w === 'itself' || words[concluded].tag === 'adv')) concluded--;
  const conclusion = words[concluded]?.w ?? '';
  // ("The decision to operate is the surgeon's.", "The final characterisation of each lesion is the radiologist's." (stop 47):
  // with a plain "is", the conclusion heads the subject (past its infinitive or "of" phrase) and the owner ends the clause)
  // ("Decisions on surgery are the surgeon's", "The call on a fracture remains the reader's" (stop 48): a plural copula, and
  // "remains" after a conclusion with its topic phrase, read the same way)
  const plainIs = words[k].w === 'is' || words[k].w === 'was' || words[k].w === 'are' || words[k].w === 'were';
  const heldConclusion = plainIs || STAYING.has(w) ? conclusionHeadBefore(words, clause.from, k) || (!plainIs && concluded >= clause.from && (V.CONCLUSION_NOUNS.has(conclusion) || V.OWNED_DECISIONS.has(conclusion))) : false;
  if (STAYING.has(w) && heldConclusion) {
    let owner = k + 1;
    while (words[owner] && (words[owner].tag === 'det' || words[owner].tag === 'adj' || words[owner].tag === 'adv')) owner++;
    const person = (words[owner]?.w ?? '').replace(/'s?$/, '');
    const ends = !plainIs || owner + 1 >= words.length || words[owner + 1].tag === 'punct';
    if (owner < words.length && person !== words[owner].w && V.PHYSICIAN_NOUNS.has(person) && !V.AMBIGUOUS_HUMANS.has(person) && ends) return [k, owner];
  }
  // "The clinical user remains the one who makes the diagnostic decisions."
  if (clause.opener === 'who' && words[clause.from - 2]?.w === 'one' && words[clause.from - 3]?.w === 'the' && STAYING.has(words[clause.from - 4]?.w ?? '') && CONCLUDING.has(words[k].lemma ?? '') && words[k].tag === 'verb') {
    const head = clause.from - 5;
    const person = head >= 0 ? words[head].w : '';
    const obj = objectWith(words, k, clause.to, (x) => V.CONCLUSION_NOUNS.has(x), 8);
    if (V.PHYSICIAN_NOUNS.has(person) && !LAY_ONLY.has(words[head - 1]?.w ?? '') && obj >= 0) return [clause.from - 4, obj];
  }
  return undefined;
}
/** Conclusions that may head a subject a physician owns: the conclusion nouns, and the naming of what a lesion is. */
const HEADED_CONCLUSIONS: ReadonlySet<string> = new Set([...V.CONCLUSION_NOUNS, ...V.OWNED_DECISIONS, 'characterisation', 'characterization', 'staging', 'grading', 'verdict']);
/** Whether the subject in [from, at) is headed by a conclusion: "the decision to operate", "the final characterisation of each lesion". */
function conclusionHeadBefore(words: readonly Word[], from: number, at: number): boolean {
  let j = from;
  while (j < at && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].w === 'final' || words[j].w === 'ultimate')) j++;
  if (j >= at || !HEADED_CONCLUSIONS.has(words[j].w)) return false;
  // what follows the head up to the verb is its infinitive or its "of" phrase, no clause of its own
  const next = words[j + 1];
  if (j + 1 === at) return true;
  // (the infinitive's verb may be one the tagger took for a noun: "the decision to biopsy")
  if (next?.tag === 'to') return j + 3 === at && (words[j + 2]?.tag === 'verb' || words[j + 2]?.tag === 'noun');
  return CONCLUSION_TOPIC_LINKS.has(next?.w ?? '') && !words.slice(j + 2, at).some((x) => x.tag === 'verb' || x.tag === 'be' || x.tag === 'punct');
}
/** Prepositions that give a conclusion its topic: "the characterisation of each lesion", "the call on a fracture", "decisions about surgery". */
const CONCLUSION_TOPIC_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'about', 'regarding']);
/** Qualifiers that make an ambiguous person a lay one: "the lay user remains the one who …". */
const LAY_ONLY: ReadonlySet<string> = new Set(['lay', 'home', 'untrained']);
/** A reading topic among the words of the clause before `at`: "Whether a finding is confirmed … remains the physician's job". */
function topicBefore(words: readonly Word[], clause: Clause, at: number): boolean {
  for (let j = clause.from; j < at; j++) if (V.DUTY_TOPICS.has(words[j].w) || REVIEW_VERBS.has(words[j].lemma ?? '')) return true;
  // ("Deciding whether a marked spot is a polyp remains the radiologist's task" (stop 47): the question's clause hangs on a
  // gerund that opens the sentence, which is the topic; so is a question that opens it, "Whether the mark is a polyp remains …")
  const opensOnQuestion = words[0]?.w === 'whether' || (words[1]?.w === 'whether' && judgingGerund(words[0]));
  return opensOnQuestion && at > 2 && !words.slice(1, clause.from).some((w) => w.w === ';' || w.w === ':' || w.w === '.');
}

/** "… to verify the interpretation", "… to review every flagged region": an infinitive of reading at j, whose object is not the patient's identity or the manual. */
function readingAfter(words: readonly Word[], j: number, to: number): boolean {
  if (words[j]?.w !== 'to') return false;
  const verb = words[j + 1]?.tag === 'adv' ? j + 2 : j + 1;
  if (!REVIEW_VERBS.has(words[verb]?.lemma ?? '')) return false;
  return objectWith(words, verb, Math.max(to, words.length), (w) => V.NOT_READ_OBJECTS.has(w), 4) < 0;
}

/** "reports counts for …": an output verb right before k, not a noun the tagger took for one ("the tool's output counts as …"). */
function outputVerbBefore(words: readonly Word[], k: number): boolean {
  const prev = words[k - 1];
  if (prev?.tag !== 'verb') return false;
  const before = words[k - 2];
  return !(before && (before.tag === 'det' || before.w.endsWith("'s") || before.w.endsWith("s'")));
}

/** Subjects that deny what their verb says: "Nothing replaces …", "No algorithm substitutes for …". */
const DENYING_SUBJECTS: ReadonlySet<string> = new Set(['nothing', 'no', 'neither', 'none', 'never']);

/** "not intended as a replacement for the dentist's review": the negated contrast leaves the review in place. */
function replacementBefore(words: readonly Word[], clause: Clause, k: number): boolean {
  // ("does not replace arthroscopy, the physical examination or the radiologist's own review": a list may stand between; stop 29)
  for (let j = k - 1; j >= clause.from && j >= k - 14; j--) {
    const w = words[j].w;
    if (w === ';' || w === '.') return false;
    if (w === 'replacement' || w === 'replace' || w === 'substitute' || w === 'substitution' || w === 'replacing') return true;
    // ("Nothing in the tool replaces the radiologist's read" (stop 33): a finite form only under a denying subject; "the
    // software replaces the physician's interpretation" takes the read away.)
    if ((w === 'replaces' || w === 'substitutes') && words.slice(clause.from, j).some((x) => DENYING_SUBJECTS.has(x.w))) return true;
  }
  return false;
}

/** Verbs that carry a finished output into a record: "are added to the report", "are written into the record". */
const CARRYING: ReadonlySet<string> = new Set(['add', 'write', 'compile', 'place', 'insert', 'export', 'send', 'return', 'attach', 'embed', 'append', 'push']);
/** Of those, the verbs that put an output into a record rather than move it elsewhere. */
const RECORDING: ReadonlySet<string> = new Set(['add', 'write', 'compile', 'insert', 'attach', 'embed', 'append']);
/** Numbers that, written into a record, are the software's results without a qualifier ("heart-rate figures are added"; not "acquisition parameters"). */
const RECORDED_NUMBERS: ReadonlySet<string> = new Set(['figures', 'estimates']);
/** Verbs besides "go" that carry an output into a record: "the measurements flow into the report". */
const FLOWING: ReadonlySet<string> = new Set(['flow']);
/** Where a carried output goes: "to", "into", "in", "onto", "back". */
const DESTINATION_WORDS: ReadonlySet<string> = new Set(['to', 'into', 'in', 'on', 'onto', 'back']);

/**
 * An output noun in a clause's subject whose predicate carries it somewhere: "end up in", "go back to",
 * an agentless passive "are added to". No person may stand in the subject ("measurements the sonographer takes").
 */
function carriedOutput(words: readonly Word[], clause: Clause): { cls: AiClass; from: number; to: number; at: number } | undefined {
  // Only a main clause, or one after a comma or a coordinator: a subordinate or relative clause describes.
  if (clause.byAgent >= 0 || (clause.opener !== '' && clause.opener !== ',' && !V.COORDINATORS.has(clause.opener))) return undefined;
  let verb = -1;
  let last = -1;
  for (let j = clause.from; j < clause.to; j++) {
    const w = words[j];
    if (w.w === 'end' && words[j + 1]?.w === 'up' && DESTINATION_WORDS.has(words[j + 2]?.w ?? '')) {
      (verb = j), (last = j + 1);
      break;
    }
    // (Round 18b: "flow into" carries it too.)
    if ((w.lemma === 'go' || w.w === 'go' || w.w === 'goes' || (w.tag === 'verb' && FLOWING.has(w.lemma ?? ''))) && DESTINATION_WORDS.has(words[j + 1]?.w ?? '') && words[j + 1]?.w !== 'in' && words[j + 1]?.w !== 'on') {
      (verb = j), (last = j);
      break;
    }
    if (w.tag === 'verb' && w.form === 'ed' && clause.passive && (words[j - 1]?.tag === 'be' || words[j - 1]?.tag === 'adv') && CARRYING.has(w.lemma ?? '') && DESTINATION_WORDS.has(words[j + 1]?.w ?? '')) {
      (verb = j), (last = j);
      break;
    }
    // Past a modal, a subordinator, a relative or a finite verb, the subject is over.
    if (w.tag === 'modal' || w.tag === 'sub' || w.tag === 'rel' || (w.tag === 'verb' && w.form !== 'ed')) return undefined;
  }
  if (verb < 0) return undefined;
  // "The maps are exported as DICOM to PACS", "readings are sent to the paired phone": an output moved between systems is
  // integration, said of any result; moved to a person ("sent back to the pathologist") it is the product's act.
  if (CARRYING.has(words[verb].lemma ?? '') && !RECORDING.has(words[verb].lemma ?? '') && !toPerson(words, last + 1, clause.to)) return undefined;
  for (let j = clause.from; j < verb; j++) if (V.PHYSICIAN_NOUNS.has(words[j].w) || V.OTHER_NOUNS.has(words[j].w) || words[j].tag === 'pron') return undefined;
  // Written into a record ("are added to each report"), a weak output noun needs no qualifier: the record holds what the software gave.
  const recorded = RECORDING.has(words[verb].lemma ?? '');
  const asObject = (j: number): boolean => recorded && RECORDED_NUMBERS.has(words[j].w);
  for (let j = clause.from; j < verb; j++) {
    if (words[j].tag === 'be') break;
    const cls = outputClassAt(words, j, clause.from, verb, asObject(j));
    if (!cls || cls === 'autonomous') continue;
    const from = Object.hasOwn(V.OUTPUT_QUALIFIERS, words[j - 1]?.w ?? '') && j - 1 >= clause.from ? j - 1 : j;
    return { cls, from, to: last, at: j };
  }
  return undefined;
}

/** Whether a person (a physician, a user) is named within the few words after a moving verb: "sent back to the reading pathologist". */
function toPerson(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 5); j++) {
    const w = words[j].w;
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w)) return true;
  }
  return false;
}

/** Outputs that carry marks: "the overlay carries the label …". */
const OUTPUT_CARRIERS: ReadonlySet<string> = new Set(['output', 'outputs', 'overlay', 'overlays', 'report', 'reports', 'result', 'results', 'series']);
/** Words before a noun that make it an output: "output images", "annotated copies". */
const MARKED_OUTPUT_QUALIFIERS: ReadonlySet<string> = new Set(['output', 'annotated', 'secondary', 'marked']);

/** Nouns that name a model's inputs when something is derived from a signal: "features derived from the beats". */
const INPUT_NOUNS: ReadonlySet<string> = new Set(['features', 'feature']);
/** Marks an output carries: "carries the label", "bearing circular marks". */
const CARRIED_MARKS: ReadonlySet<string> = new Set(['label', 'labels', 'mark', 'marks', 'marker', 'markers', 'box', 'boxes', 'flag', 'flags', 'arrow', 'arrows', 'outline', 'outlines', 'contour', 'contours', 'annotation', 'annotations', 'heatmap', 'heatmaps']);
/** Verbs that show a thing: with a found thing as object they point it out. */
const SHOWING_FOUND: ReadonlySet<string> = new Set(['overlay', 'superimpose', 'display', 'show', 'present', 'mark', 'place']);
/** Participles that say a thing was found: "the identified structures", "the detected nodules". */
const FOUND_PARTICIPLES: ReadonlySet<string> = new Set(['identified', 'detected', 'localized', 'localised', 'suspected']);

/** The mark (or another output) a carrying verb at k carries, within its object noun phrase. */
function carriedMark(words: readonly Word[], k: number, to: number): { cls: AiClass; at: number } | undefined {
  for (let j = k + 1; j < to && j <= k + 6; j++) {
    if (CARRIED_MARKS.has(words[j].w)) return { cls: 'assistive', at: j };
    const cls = outputClassAt(words, j, k + 1, to, true);
    if (cls && cls !== 'autonomous') return { cls, at: j };
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'be' || words[j].tag === 'sub' || words[j].tag === 'rel') return undefined;
  }
  return undefined;
}

/** A help verb or a person in [from, to): "helps clinicians evaluate …" is the person's evaluation. */
function helpedBefore(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (HELP_VERBS.has(words[j].lemma ?? '') || V.PHYSICIAN_NOUNS.has(words[j].w) || V.OTHER_NOUNS.has(words[j].w)) return true;
  return false;
}

/** "receives figures from the nurse": a person named after "from" in the object gave it. */
function givenByPerson(words: readonly Word[], k: number, to: number): boolean {
  const from = objectWith(words, k, to, (w) => w === 'from', 6);
  return from >= 0 && personAfter(words, from + 1);
}

/** Verbs that take their meaning from their object: "take measurements", "obtain quantifications". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['take', 'make', 'obtain', 'perform', 'get']);

/** Verbs that move a case: "pushes … to the top of the list". */
const MOVING: ReadonlySet<string> = new Set(['push', 'move', 'bump', 'place', 'put', 'bring', 'send', 'raise', 'lift']);
/** Verbs by which a case rises up a list of itself: "move", "go", "jump", "rise", "climb". */
const RISING: ReadonlySet<string> = new Set(['move', 'go', 'jump', 'rise', 'climb', 'come']);
/** The head of a list: "to the top of", "to the front of". */
const LIST_HEADS: ReadonlySet<string> = new Set(['top', 'front', 'head']);
/** Lists of cases awaiting reading. */
const READING_LISTS: ReadonlySet<string> = new Set(['list', 'worklist', 'queue', 'pile', 'stack', 'work-list']);
const LIST_REACH = 16;
/** Lists of people or purchases, not of cases to read: "the waiting list", "the transplant list". */
const PEOPLES_LISTS: ReadonlySet<string> = new Set(['waiting', 'procurement', 'transplant', 'wait', 'surgical', 'operating']);

/** "… to the top of the reading list" after the verb at k, within the sentence: its first and last word. */
function headOfListAfter(words: readonly Word[], k: number): [number, number] | undefined {
  for (let j = k + 1; j < words.length && j <= k + LIST_REACH; j++) {
    if (words[j].w === '.' || words[j].w === ';') return undefined;
    if (words[j].w !== 'to' || words[j + 1]?.w !== 'the' || !LIST_HEADS.has(words[j + 2]?.w ?? '') || words[j + 3]?.w !== 'of') continue;
    for (let l = j + 4; l < words.length && l <= j + 7; l++) {
      // (not a waiting list or a procurement queue: lists of people or purchases)
      if (READING_LISTS.has(words[l].w) && !PEOPLES_LISTS.has(words[l - 1].w)) return [j, l];
      if (words[l].tag === 'punct') return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Cases, studies or images that an agentless passive may mark: "cases with detected findings are highlighted". */
const MARKED_CASES: ReadonlySet<string> = new Set(['cases', 'case', 'studies', 'study', 'images', 'image', 'scans', 'scan', 'exams', 'exam', 'slides', 'slide', 'biopsies', 'biopsy', 'specimens', 'specimen', 'samples', 'sample', 'records', 'record']);
/** Words that qualify a case by a finding: "with suspected bleeds", "positive studies". */
const FINDING_QUALIFIERS: ReadonlySet<string> = new Set(['detected', 'suspected', 'suspect', 'suspicious', 'positive', 'abnormal', 'finding', 'findings']);

/** The passive's subject noun phrase (clause start up to the verb at k) names a finding, or an object relative clause whose subject is "it". */
function caseQualifiedByFinding(words: readonly Word[], clause: Clause, k: number): boolean {
  // "Cases that the radiologist selects are highlighted": a physician in the sentence before the verb may be the one who marks.
  for (let j = 0; j < k; j++) if (V.PHYSICIAN_NOUNS.has(words[j].w)) return false;
  // (the two stop-47 readings below only in the present: "samples were flagged as contaminated in 3 % of runs" is a study's count)
  const be = words[k - 1]?.tag === 'adv' ? words[k - 2] : words[k - 1];
  const present = be?.w === 'is' || be?.w === 'are';
  for (let j = clause.from; j < k; j++) {
    if (FINDING_QUALIFIERS.has(words[j].w)) return true;
    if (j === clause.subject + 1 && words[j].w === 'it') return true;
    // "A sample above the cut-off is flagged" (stop 47): a case over the software's threshold
    if (present && (words[j].w === 'above' || words[j].w === 'over' || words[j].w === 'below') && CUT_OFFS.has(words[j + 2]?.w ?? '')) return true;
  }
  if (!present) return false;
  // "When a child crosses one of those limits, the case is flagged" (stop 57): a fronted condition of passing a limit
  if (clause.opener === ',' && CONDITIONS.has(words[0]?.w ?? '') && words.slice(1, clause.from).some((w) => CROSSING.has(w.lemma ?? w.w) || CUT_OFFS.has(w.w) || CUT_OFFS.has(w.w.replace(/s$/, '')))) return true;
  // "Studies are flagged as suspicious", "a sample is flagged as probably contaminated": the finding named after "as"
  for (let j = k + 1; j < clause.to && j <= k + 4; j++) {
    if (words[j].w !== 'as') continue;
    const named = words[j + 1]?.tag === 'adv' ? j + 2 : j + 1;
    return FINDING_QUALIFIERS.has(words[named]?.w ?? '') || V.THRESHOLD_FINDINGS.has(words[named]?.w ?? '') || AS_FLAGGED.has(words[named]?.w ?? '');
  }
  return false;
}
/** Subordinators of a fronted condition, and verbs of passing a limit: "when a value crosses the limit". */
const CONDITIONS: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'once']);
const CROSSING: ReadonlySet<string> = new Set(['cross', 'exceed', 'pass', 'breach', 'surpass']);
/** Thresholds a case may be over: "above the cut-off", "over the threshold". */
const CUT_OFFS: ReadonlySet<string> = new Set(['cut-off', 'cutoff', 'threshold', 'limit']);
/** States a case is flagged as: "flagged as contaminated", "as urgent", "as at risk". */
const AS_FLAGGED: ReadonlySet<string> = new Set(['contaminated', 'urgent', 'critical', 'likely', 'probable', 'possible', 'at', 'high-risk', 'malignant', 'concerning']);

/** A passive subject that the software acts on when no agent is named: a finding or an output, not a person, a study or raw data. */
function impliedSoftwareSubject(w: string): boolean {
  return w !== '' && !V.PHYSICIAN_NOUNS.has(w) && !V.OTHER_NOUNS.has(w) && !V.STUDY_NOUNS.has(w) && !V.INGESTED_DATA.has(w) && !SELF_NOUNS.has(w) && !V.SOFTWARE_NOUNS.has(w);
}

/** What a user gives to run the software: operating it, not reading its output. */
const OPERATION_NOUNS: ReadonlySet<string> = new Set(['input', 'inputs', 'interaction', 'intervention', 'action', 'setup', 'configuration']);

/** Whether a reading, a reader or a human is named in [from, to]: "instead of by human graders", "in place of a radiologist reading it". */
function readingNamed(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const w = words[j].w;
    if (HUMAN_READERS.has(w) || w === 'human' || w === 'reader' || w === 'readers' || V.REVIEW_NOUNS.has(w) || REVIEW_VERBS.has(words[j].lemma ?? '') || words[j].form === 'ing') return true;
  }
  return false;
}

/** "instead of by human graders at a reading centre": the reader named right after (past determiners and adjectives), or -1. */
function readerNamedAfter(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  while (j < to && j <= k + 3 && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].w === 'human')) j++;
  return j < to && (HUMAN_READERS.has(words[j].w) || V.PHYSICIAN_NOUNS.has(words[j].w)) ? j : -1;
}

/** Whether a review is named in [from, to]: a review noun or a reviewing verb. */
function reviewIn(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (V.REVIEW_NOUNS.has(words[j].w) || REVIEW_VERBS.has(words[j].lemma ?? '')) return true;
  return false;
}

/** Verbs of selling or using the product (lemmas; "sold" may be tagged a noun). */
const USING: ReadonlySet<string> = new Set(['use', 'sell', 'buy', 'purchase', 'wear', 'market', 'dispense', 'operate', 'obtain', 'sold']);

/** Whether the clause's last verb before k (the "without") is one of using or selling the product. */
function usedOrSoldBefore(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = k - 1; j >= clause.from; j--) {
    const word = words[j];
    if (word.w === 'sold') return true;
    if (word.tag === 'verb') return USING.has(word.lemma ?? '');
  }
  return false;
}

/** A professional's act on a therapy's settings, said as a noun: "without a professional fitting". */
const PROFESSIONAL_FITTING: ReadonlySet<string> = new Set(['fitting', 'programming']);

/** People named by the reading they do ("instead of by human graders"), not in the physician nouns. */
const HUMAN_READERS: ReadonlySet<string> = new Set(['grader', 'graders', 'rater', 'raters', 'scorer', 'scorers', 'anyone', 'anybody', 'someone', 'somebody', 'microscopist', 'microscopists']);
/** Verbs of grading or scoring what a reader would read: "grades the photographs in place of an ophthalmologist". */
const GRADING: ReadonlySet<string> = new Set(['grade', 'score', 'interpret', 'read', 'classify', 'screen']);
/** Pronouns for any person, which deny a reading only with a reviewing act named. */
const ANYONE: ReadonlySet<string> = new Set(['anyone', 'anybody', 'someone', 'somebody']);

/** "without (the need for) a clinician to interpret", "without physician review": the last word, or -1. */
/** Whether the sentence names a physician (not a user or staff): then "without review" or "no person" may be theirs to come. */
function namedPhysician(words: readonly Word[]): boolean {
  return words.some((w) => V.PHYSICIAN_NOUNS.has(w.w) && !V.AMBIGUOUS_HUMANS.has(w.w));
}

/** Reviews that, denied with no person named, still deny the reading: "without review", "without manual verification". */
const BARE_REVIEWS: ReadonlySet<string> = new Set(['review', 'verification', 'validation', 'confirmation', 'over-read', 'overread', 'sign-off', 'oversight']);

/** What a person may have or lack: "without specialist training", "without expert knowledge". */
const SKILL_NOUNS: ReadonlySet<string> = new Set(['training', 'experience', 'expertise', 'knowledge', 'qualification', 'qualifications', 'skills', 'skill', 'certification', 'background']);

function withoutReview(words: readonly Word[], k: number, to: number): number {
  let person = false;
  // "released automatically without review", "without any manual verification" (stop 29): the review itself, no person named.
  if (words[k].w === 'without') {
    let j = k + 1;
    while (j < to && (WITHOUT_MODIFIERS.has(words[j].w) || words[j].w === 'a' || words[j].w === 'any')) j++;
    // (not when a physician signs or reads it later in the sentence: "… sent without review and signed by the radiologist")
    if (j < to && BARE_REVIEWS.has(words[j].w) && (j + 1 >= to || words[j + 1].tag === 'punct' || words[j + 1].tag === 'cc' || (words[j + 1].tag === 'prep' && words[j + 1].w !== 'by' && words[j + 1].w !== 'of')) && !namedPhysician(words)) return j;
  }
  for (let j = k + 1; j < to && j <= k + 8; j++) {
    // "without a doctor's review": the possessive names the person too.
    const w = words[j].w.replace(/'s$|s'$/, '');
    // ("with no person reviewing it": any person, when a reading follows; stop 29)
    if (V.PHYSICIAN_NOUNS.has(w) || HUMAN_READERS.has(w) || w === 'human' || w === 'manual' || w === 'expert' || w === 'specialist' || ((w === 'person' || w === 'persons') && !namedPhysician(words))) {
      person = true;
      if (j + 1 >= to) return j;
      continue;
    }
    // "runs without user input", "without operator interaction": how the software is operated, not who reads its output.
    if (person && OPERATION_NOUNS.has(w) && V.AMBIGUOUS_HUMANS.has(words[j - 1]?.w ?? '')) return -1;
    if (person && (V.REVIEW_NOUNS.has(w) || (words[j].lemma !== undefined && REVIEW_VERBS.has(words[j].lemma ?? '')))) return j;
    if (person && w === 'to') continue;
    // "clinicians without specialist training" (stop 29): a skill the person lacks, not a reading skipped.
    if (person && SKILL_NOUNS.has(w)) return -1;
    if (person && words[j].form === 'ing') return j; // "without a specialist first grading the photographs"
    // "without any professional fitting session" (round 18c): a professional fitting the therapy is the reading a hearing aid skips.
    if (person && PROFESSIONAL_FITTING.has(w)) return j;
    if (w === 'waiting' || w === 'wait') continue;
    // "with no physician in the loop"
    if (person && w === 'loop') return j;
    // "with no ophthalmologist involved", "without a cardiologist needed"
    if (person && INVOLVED.has(w)) return j;
    if (person && w === 'in' && words[j + 2]?.w === 'loop') continue;
    // "with no clinician in between" (round 17c): nobody stands between the output and its use.
    if (person && w === 'in' && words[j + 1]?.w === 'between') return j + 1;
    if (person && (words[j].tag === 'punct' || words[j].tag === 'cc' || words[j].tag === 'sub')) return j - 1;
    if (['the', 'a', 'an', 'any', 'need', 'for', 'requiring', 'requirement', 'of', 'qualified', 'trained', 'further', 'additional', 'prior', 'concurrent'].includes(w)) continue;
    // "without an eye care professional reading": modifiers before the person.
    if (!person && words[j].tag === 'noun' && (V.PHYSICIAN_NOUNS.has(words[j + 1]?.w ?? '') || V.PHYSICIAN_NOUNS.has(words[j + 2]?.w ?? ''))) continue;
    // "without a health-care professional looking at the images" (stop 44): a modifier the tagger calls an adjective, only
    // where a reading follows the person (not "ordered online without a health-care professional")
    if (!person && words[j].tag === 'adj' && V.PHYSICIAN_NOUNS.has(words[j + 1]?.w ?? '')) {
      const after = words[j + 2];
      if (after === undefined || !(V.REVIEW_NOUNS.has(after.w) || REVIEW_VERBS.has(after.lemma ?? '') || after.w === 'looking')) return -1;
      continue;
    }
    // ("with no radiologist ever opening the image" (stop 48): "ever" and "even" are adverbs the tagger leaves as nouns)
    if (person && (words[j].tag === 'adv' || w === 'ever' || w === 'even')) continue;
    return -1;
  }
  return -1;
}

/**
 * "without prior review by a physician", "with no over-read by a cardiologist": the review named before
 * its reviewer, whom "by" brings in; the reviewer's word, or -1.
 */
function withoutReviewBy(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  while (j < to && j <= k + 4 && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].tag === 'adv' || WITHOUT_MODIFIERS.has(words[j].w))) j++;
  if (!V.REVIEW_NOUNS.has(words[j]?.w ?? '') || words[j + 1]?.w !== 'by') return -1;
  for (let i = j + 2; i < to && i <= j + 5; i++) {
    const w = words[i].w;
    if (V.PHYSICIAN_NOUNS.has(w) && !V.AMBIGUOUS_HUMANS.has(w)) return i;
    if (words[i].tag !== 'det' && words[i].tag !== 'adj' && words[i].tag !== 'noun') return -1;
  }
  return -1;
}
/** Words between "without" and the review it denies: "without prior review", "without any further review". */
const WITHOUT_MODIFIERS: ReadonlySet<string> = new Set(['prior', 'previous', 'any', 'further', 'additional', 'concurrent', 'first', 'manual', 'human']);

/** A review noun that names a physician: "physician review", "review by the cardiologist"; [first, last]. */
function physicianReview(words: readonly Word[], k: number, clause: Clause): [number, number] | undefined {
  const named = (w: string): boolean => V.PHYSICIAN_NOUNS.has(w) && !V.AMBIGUOUS_HUMANS.has(w);
  for (let j = k - 1; j >= clause.from && j >= k - 2; j--) {
    const w = words[j].w;
    if (named(w) || named(w.replace(/'s?$/, ''))) return [j, k];
    if (words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
  }
  // ("a second review from the pathologist" (stop 54): from whom the review comes)
  // (only a look or a review: "input from a clinician" may be optional or denied, "with input from the endoscopist", and a
  // needed "confirmation from a dermatologist" is read whole by judged.ts)
  if (words[k + 1]?.w === 'by' || (words[k + 1]?.w === 'from' && FROM_REVIEWS.has(words[k].w))) {
    for (let j = k + 2; j < clause.to && j <= k + 5; j++) if (named(words[j].w)) return [k, j];
  }
  return undefined;
}

/** "ready for a physician to review", "made for the physician to check": how the output is meant to be used, after an adjective or a participle. */
function describesUse(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  return before !== undefined && (before.tag === 'adj' || before.w === 'ready' || before.w === 'available' || (before.tag === 'verb' && before.form === 'ed'));
}

/** Verbs of keeping the device's record: what they pass on for review is a log, not the output. */
const RECORD_KEEPING: ReadonlySet<string> = new Set(['collect', 'store', 'transfer', 'upload', 'download', 'log', 'record', 'save', 'archive', 'transmit', 'sync']);

/** Whether a record-keeping verb comes earlier in the sentence, before "for" at k. */
function recordKeepingBefore(words: readonly Word[], k: number): boolean {
  // The lemma, or the bare word when a list of verbs was tagged as nouns ("collects, stores and transfers").
  for (let j = k - 1; j >= 0 && j >= k - 20; j--) if (RECORD_KEEPING.has(words[j].lemma ?? words[j].w.replace(/s$/, ''))) return true;
  return false;
}

/** "for (further) review by the pathologist", "for clinician review": the last word, or -1. */
function forPhysicianReview(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  while (j < to && (words[j].tag === 'det' || words[j].w === 'further' || words[j].w === 'final' || words[j].w === 'manual')) j++;
  if (j < to && (words[j].w === 'later' || words[j].w === 'retrospective' || words[j].w === 'optional' || words[j].w === 'subsequent')) return -1;
  if (j < to && V.PHYSICIAN_NOUNS.has(words[j].w) && !V.AMBIGUOUS_HUMANS.has(words[j].w) && j + 1 < to && V.REVIEW_NOUNS.has(words[j + 1].w)) return j + 1;
  // "information for a trained professional to interpret": the reading is left to the physician.
  let p = j;
  while (p < to && p <= j + 2 && (words[p].tag === 'adj' || words[p].w === 'trained' || words[p].w === 'qualified' || words[p].w === 'licensed')) p++;
  // But data the device collects, stores or sends on "for a clinician to review" is its record of use: an audit.
  if (p < to && V.PHYSICIAN_NOUNS.has(words[p].w) && !V.AMBIGUOUS_HUMANS.has(words[p].w) && words[p + 1]?.w === 'to' && REVIEW_VERBS.has(words[p + 2]?.lemma ?? '') && p + 2 < to && !recordKeepingBefore(words, k) && !describesUse(words, k)) return p + 2;
  if (j < to && V.REVIEW_NOUNS.has(words[j].w) && words[j].w !== 'input') {
    let m = j + 1;
    if (m < to && (words[m].w === 'and' || words[m].w === 'or') && m + 1 < to && V.REVIEW_NOUNS.has(words[m + 1].w)) m += 2;
    if (m < to && words[m].w === 'by') {
      for (let n = m + 1; n < to && n <= m + 4; n++) {
        if (V.PHYSICIAN_NOUNS.has(words[n].w) && !V.AMBIGUOUS_HUMANS.has(words[n].w)) return n;
      }
    }
  }
  return -1;
}

/**
 * "measures heart rate and the main ECG intervals": a vital rate the software measures is a figure it reports, unless raw
 * data ride along ("measures heart rate and motion data") or the rate only feeds a purpose ("… to detect seizures").
 */
function vitalRateOutput(words: readonly Word[], at: number, to: number): boolean {
  // "pulse rate": the qualifier may itself be a raw-data word
  const raw = V.VITAL_RATE_QUALIFIERS.has(words[at].w) && words[at + 1]?.w === 'rate' ? at + 1 : at;
  if (words[raw].w !== 'rate' || !V.VITAL_RATE_QUALIFIERS.has(words[raw - 1]?.w ?? '')) return false;
  for (let j = raw + 1; j < to; j++) {
    if (words[j].tag === 'to' || V.INGESTED_DATA.has(words[j].w) && words[j].w !== 'rate') return false;
  }
  return true;
}

/** What a vital rate given may be instead of a measurement: "heart rate zones", "pulse rate limits". */
const RATE_SETTINGS: ReadonlySet<string> = new Set(['zone', 'zones', 'limit', 'limits', 'alarm', 'alarms', 'threshold', 'thresholds', 'target', 'targets', 'goal', 'goals']);

/**
 * Whether the vital rate at j (its qualifier) came from elsewhere, is a setting or goes into something else: "the pulse
 * rate reported by the oximeter", "heart rate trends entered by the nurse", "the heart rate from the connected monitor",
 * "the target heart rate", "combines heart rate … into one display".
 */
function rateFromElsewhere(words: readonly Word[], j: number): boolean {
  if (RATE_SETTINGS.has(words[j - 1]?.w ?? '')) return true;
  // "combines heart rate, respiratory rate and oxygen saturation into one display": rates gathered into something else are its inputs
  for (let i = j + 1; i < words.length && i <= j + 10 && words[i].tag !== 'verb'; i++) if (words[i].w === 'into') return true;
  for (let i = j + 1; i < words.length && i <= j + 4; i++) {
    if (RATE_SETTINGS.has(words[i].w) || words[i].w === 'from') return true;
    if (words[i].form === 'ed' && words[i + 1]?.w === 'by') return true;
  }
  return false;
}

/** "measures pulse wave velocity" (stop 28): a raw-data word that only qualifies a measured property heading the compound. */
function propertyHeaded(words: readonly Word[], raw: number, to: number): boolean {
  for (let j = raw + 1; j < to && j <= raw + 3 && (words[j].tag === 'noun' || words[j].tag === 'adj'); j++) {
    if (V.MEASURED_PROPERTIES.has(words[j].w) && words[j + 1]?.tag !== 'noun') return true;
  }
  return false;
}

/** The noun a relative pronoun before `from` hangs on is an output: "the report that …", "a summary, which …". */
function outputAntecedent(words: readonly Word[], from: number): boolean {
  let j = from - 2;
  if (words[j]?.w === ',') j--;
  const w = words[j]?.w ?? '';
  return V.ADJUNCT_OBJECTS.has(w) || OUTPUT_OBJECTS.has(w) || (NOUN_CLASS.has(w) && NOUN_CLASS.get(w) !== 'autonomous') || w === 'summary';
}

/** "under the supervision of trained physicians", "under physician supervision" after the verb at k: a named physician oversees. */
function supervisedBy(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j <= k + 4; j++) {
    if (words[j].w !== 'under') continue;
    let ofSupervision = false;
    for (let i = j + 1; i < to && i <= j + 7; i++) {
      const w = words[i].w.replace(/'s?$/, '');
      if (w === 'of' && V.SUPERVISION_NOUNS.has(words[i - 1]?.w ?? '')) ofSupervision = true;
      if (V.PHYSICIAN_NOUNS.has(w) && !V.AMBIGUOUS_HUMANS.has(w) && (ofSupervision || V.SUPERVISION_NOUNS.has(words[i + 1]?.w ?? ''))) return true;
      if (words[i].tag === 'verb' || words[i].tag === 'punct') return false;
    }
    return false;
  }
  return false;
}

/** "Clinicians are able to weigh …", "are free to combine …": an ability or a freedom obliges nobody. */
function ableBefore(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = clause.from; j < k; j++) if (words[j].w === 'able' || words[j].w === 'free') return true;
  return false;
}

/**
 * "uses the results together with the history", "treats the result as one input toward the diagnosis",
 * "integrates it into the echo reading", "combining the report with the history": the output as the object of
 * the verb at k, then a link to other evidence or to the physician's own reading. The link's last word, or -1.
 */
function adjunctUse(words: readonly Word[], k: number, to: number, lemma: string): number {
  const object = objectWith(words, k, to, (w) => V.ADJUNCT_OBJECTS.has(w) || OUTPUT_OBJECTS.has(w) || (NOUN_CLASS.has(w) && NOUN_CLASS.get(w) !== 'autonomous'), 4);
  if (object < 0) return -1;
  for (let j = object + 1; j < to && j <= object + 4; j++) {
    for (const link of V.ADJUNCT_LINKS) {
      if (j + link.length > to) continue;
      let ok = true;
      for (let i = 0; i < link.length && ok; i++) ok = words[j + i].w === link[i];
      if (ok) return j + link.length - 1;
    }
    if (V.ADJUNCT_PLAIN_LINK_VERBS.has(lemma)) {
      if (words[j].w === 'with') return j;
      if (words[j].w === 'into') return objectWith(words, j, to, (w) => V.ADJUNCT_INTO.has(w), 5);
    }
    if (words[j].tag === 'verb' || words[j].tag === 'punct') return -1;
  }
  return -1;
}

/** A word of the object within a few words after the verb (before a clause break or another verb). */
function objectWith(words: readonly Word[], k: number, to: number, test: (w: string) => boolean, reach = 7, throughInfinitive = false): number {
  for (let j = k + 1; j < to && j <= k + reach; j++) {
    const word = words[j];
    if (test(word.w)) return j;
    if (throughInfinitive && word.tag === 'verb' && words[j - 1]?.tag === 'to') continue;
    // "to raise, lower or suspend basal insulin": verbs coordinated with this one share its object.
    if (word.tag === 'verb' && word.form !== 'ed' && word.form !== 'ing' && !(words[j - 1]?.w === ',' || words[j - 1]?.tag === 'cc')) return -1;
    if (word.tag === 'punct' && word.w !== '-' && word.w !== '/' && word.w !== ',') return -1;
  }
  return -1;
}

/** Whether a "make" at k ends its object on a state word ("makes the reports and the advice uniform"), past a noun. */
function causedState(words: readonly Word[], k: number, to: number): boolean {
  const at = objectWith(words, k, to, (w) => V.CAUSED_STATES.has(w), 12);
  return at > k + 1 && (words[at - 1].tag === 'noun' || words[at - 1].tag === 'name');
}

/** Quantity words that name an output given "as" one; a coined name ending in one ("WheezeRate") names it too. */
const QUANTITY_NAMES: readonly string[] = ['rate', 'score', 'index', 'count', 'level', 'ratio', 'percentage'];

/** The quantity an output verb names its object as ("reporting them as a WheezeRate"), or -1. */
function namedQuantity(words: readonly Word[], k: number, to: number): number {
  for (let j = k + 1; j < to && j <= k + 4; j++) {
    if (words[j].w !== 'as') continue;
    const at = words[j + 1]?.tag === 'det' ? j + 2 : j + 1;
    const word = words[at];
    if (!word || at >= to || words[at + 1]?.tag === 'noun') return -1;
    const w = word.w;
    if (QUANTITY_NAMES.includes(w)) return at;
    return word.tag === 'name' && QUANTITY_NAMES.some((q) => w.endsWith(q) && w.length > q.length + 2) ? at : -1;
  }
  return -1;
}

/** A reader who needs a professional's word: "needs the advice of a licensed professional". */
const NEEDING: ReadonlySet<string> = new Set(['need', 'require', 'seek', 'obtain']);
const ADVICE: ReadonlySet<string> = new Set(['advice', 'opinion', 'guidance', 'help', 'counsel']);
/** A required reading of the data itself: "must include inspection of the tracing". */
const INCLUDING: ReadonlySet<string> = new Set(['include', 'involve', 'require', 'comprise']);
const INSPECTION: ReadonlySet<string> = new Set(['inspection', 'examination', 'review', 'reading', 'interpretation', 'visual', 're-examination', 'reinspection']);
const READ_DATA: ReadonlySet<string> = new Set(['tracing', 'tracings', 'trace', 'traces', 'images', 'image', 'recording', 'recordings', 'waveform', 'waveforms', 'ecg', 'eeg', 'signal', 'signals', 'scan', 'scans', 'study', 'slides', 'slide', 'video']);

/** The head word of a clause's subject (its own, or the one it shares), or "". */
function subjectOf(words: readonly Word[], clause: Clause): string {
  const at = clause.subject >= 0 ? clause.subject : clause.sharedSubject;
  return at >= 0 ? words[at].w : '';
}

/** Adjectives of need before an infinitive: "whatever is needed to interpret them". */
const NEEDED: ReadonlySet<string> = new Set(['needed', 'required', 'necessary', 'sufficient', 'enough']);

/** Whether the word before "(is) needed to" names the product itself: "the software is required to interpret" still acts. */
function needer(words: readonly Word[], at: number): boolean {
  const head = words[at]?.tag === 'be' ? words[at - 1] : words[at];
  return head !== undefined && (SELF_NOUNS.has(head.w) || head.w === 'it');
}

/** Whether the word before "(is) needed to" names a person, who is then obliged: "the user is required to review the EEG". */
function personNeeds(words: readonly Word[], at: number): boolean {
  const head = words[at]?.tag === 'be' ? words[at - 1] : words[at];
  return head !== undefined && (V.PHYSICIAN_NOUNS.has(head.w) || V.OTHER_NOUNS.has(head.w) || head.tag === 'pron');
}

/** Verbs that handle data without concluding anything: "acquire, analyze, interpret and document". */
const HANDLING: ReadonlySet<string> = new Set(['analyze', 'analyse', 'acquire', 'record', 'store', 'document', 'display', 'archive', 'print', 'process', 'view', 'transmit', 'visualize', 'visualise']);

/** Whether the verb at k stands in a comma or "and" list next to a data-handling verb. */
function handlingList(words: readonly Word[], k: number): boolean {
  const linked = (j: number): boolean => words[j]?.w === ',' || words[j]?.tag === 'cc';
  const handles = (j: number): boolean => HANDLING.has(words[j]?.lemma ?? words[j]?.w ?? '');
  return (linked(k - 1) && handles(k - 2)) || (linked(k + 1) && handles(k + 2)) || (words[k + 1]?.w === ',' && words[k + 2]?.tag === 'cc' && handles(k + 3));
}

/** Subordinators that name the moment of an act: "before any decision is made". */
const MOMENT_OPENERS: ReadonlySet<string> = new Set(['before', 'until', 'after', 'once', 'when', 'whenever']);

/** Verbs that work a number out: said of the raw data, they only process it. */
const CALCULATING: ReadonlySet<string> = new Set(['calculate', 'compute']);

/** Raw data, which the software works on: calculating it gives no quantity of its own. */
const RAW_DATA: ReadonlySet<string> = new Set(['data', 'signal', 'signals', 'recording', 'recordings', 'waveform', 'waveforms', 'images', 'video', 'videos']);

/** Participles that say the data came from elsewhere: "EEG data recorded by the host device". */
const CAPTURED: ReadonlySet<string> = new Set(['record', 'acquire', 'collect', 'capture', 'obtain', 'gather', 'import']);

/** Whether the object of the verb at k (past verbs coordinated with it) is raw data recorded elsewhere: "calculates and displays EEG data recorded by the host". */
function rawDataObject(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j <= k + 6; j++) {
    const word = words[j];
    if (RAW_DATA.has(word.w)) return CAPTURED.has(words[j + 1]?.lemma ?? words[j + 1]?.w ?? '') && words[j + 1]?.form === 'ed';
    if (word.tag === 'verb' && (words[j - 1]?.tag === 'cc' || words[j - 1]?.w === ',')) continue;
    if (word.tag === 'cc' || word.tag === 'det' || word.tag === 'noun' || word.tag === 'name' || word.tag === 'adj') continue;
    return false;
  }
  return false;
}

/** For a passive: a word of the subject (up to four words before its head) that passes the test. */
function subjectWith(words: readonly Word[], clause: Clause, test: (w: string, j: number) => boolean): number {
  if (clause.subject < 0) return -1;
  for (let j = clause.subject; j >= clause.from && j >= clause.subject - 4; j--) if (test(words[j].w, j)) return j;
  return -1;
}

/** An optional review: "can be viewed", "at the discretion of", "has the option of". */
function optional(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = clause.from; j < clause.to; j++) {
    const w = words[j].w;
    // "review the score and, at their discretion, may change it": past a coordinator, the option is the next act's.
    if (j > k && words[j].tag === 'cc' && words[j + 1]?.w === ',') break;
    if (w === 'may' || w === 'can' || w === 'could' || w === 'might') {
      if (j < k) return true;
    } else if (OPTIONAL_MARKERS.has(w) && w !== 'if') return true;
  }
  return false;
}

/** What the software makes of the patient's state: "the blood pressure readings", "the glucose trend", "the heart rate pattern". */
const STATE_RECORDS: ReadonlySet<string> = new Set(['readings', 'reading', 'pattern', 'patterns', 'trend', 'trends', 'values', 'value', 'data', 'curve', 'curves',
  'profile', 'profiles', 'report', 'reports', 'trace', 'traces', 'tracing', 'tracings', 'recording', 'recordings', 'measurements', 'chart', 'charts', 'graph', 'graphs', 'estimate', 'estimates']);

/** Whether the clause's physician subject is counted: "Two radiologists", "a panel of three radiologists". */
function countedReaders(words: readonly Word[], clause: Clause): boolean {
  if (clause.subject < 0) return false;
  for (let j = Math.max(clause.from, clause.subject - 4); j < clause.subject; j++) if (words[j].tag === 'num' || NUMBER_WORDS.has(words[j].w)) return true;
  return false;
}

/** "five of the six", "4 of 9" after k in the sentence: a count of what was judged. */
function partOfWhole(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length - 2; j++) {
    const counted = words[j].tag === 'num' || NUMBER_WORDS.has(words[j].w);
    if (!counted || words[j + 1].w !== 'of') continue;
    const whole = words[j + 2].w === 'the' ? words[j + 3] : words[j + 2];
    if (whole && (whole.tag === 'num' || NUMBER_WORDS.has(whole.w))) return true;
  }
  return false;
}

/** Participles that open a test's conditions: "Run on 189 slides, …", "Tested without human input on 500 scans, …". */
// (not "deployed", "used" or "operated", which describe use in care: "Deployed at 12 sites without oversight, …")
const TEST_RUNS: ReadonlySet<string> = new Set(['run', 'tested', 'applied', 'evaluated', 'validated', 'assessed', 'trialled', 'trialed']);
/** What a test runs on, counted: "on 150 slides", "in 2,000 cases". */
const TEST_CASES: ReadonlySet<string> = new Set(['slides', 'cases', 'scans', 'images', 'patients', 'recordings', 'samples', 'studies', 'exams', 'examinations', 'records', 'radiographs', 'films', 'specimens', 'subjects', 'participants']);

/** Whether the word at k sits in a fronted participle phrase that counts the cases a test ran on, before its comma. */
function frontedTestRun(words: readonly Word[], k: number): boolean {
  if (!TEST_RUNS.has(words[0]?.w ?? '')) return false;
  let counted = false;
  for (let j = 1; j < words.length && j <= 16; j++) {
    if (words[j].tag === 'num' && words.slice(j + 1, j + 4).some((w) => TEST_CASES.has(w.w))) counted = true;
    if (words[j].w === ',') return j > k && counted;
    if (words[j].tag === 'verb' || words[j].w === '.' || words[j].w === ';') return false;
  }
  return false;
}

/** A study's writers, whose view of the product is theirs: "its authors see potential value". */
const WRITERS: ReadonlySet<string> = new Set(['author', 'authors', 'investigator', 'investigators', 'researcher', 'researchers']);

/** Words that time a participle by the patients' course: "diagnosed within three years", "detected during follow-up". */
const COURSE_TIMING: ReadonlySet<string> = new Set(['within', 'during', 'after', 'before', 'over', 'since', 'later', 'subsequently']);
/** What names the patients' course after such a preposition: "three years", "follow-up", "the next screen". */
const COURSE_WORDS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'follow-up', 'followup', 'interval', 'screen', 'screens', 'screening', 'round', 'rounds', 'visit', 'visits',
  // events of the patient's course (stop 58): "UTIs diagnosed within seven days of a discharge"
  'discharge', 'admission', 'surgery', 'operation', 'birth', 'delivery']);

/** Verbs that settle an item one way: "accepts", "confirms", "approves". */
const SETTLING: ReadonlySet<string> = new Set(['accept', 'confirm', 'approve', 'verify', 'validate']);
/** What a reviewer goes over that the software gave or marked, beside the output nouns. */
const REVIEWED_ITEMS: ReadonlySet<string> = new Set(['slide', 'slides', 'tile', 'tiles', 'crop', 'crops', 'image', 'images', 'study', 'studies', 'film', 'films', 'exam', 'exams',
  'passages', 'citations', 'candidates', 'candidate', 'label', 'labels', 'mark', 'marks', 'flag', 'flags', 'result', 'results', 'count', 'counts', 'call', 'calls',
  'finding', 'findings', 'detection', 'detections', 'beat', 'beats', 'episode', 'episodes', 'event', 'events', 'case', 'cases', 'variant', 'variants', 'genes']);

/** Participles that make any item the software's: "every marked segment", "the chosen vertebrae", "the automated findings". */
const SOFTWARE_MARKED: ReadonlySet<string> = new Set(['marked', 'flagged', 'highlighted', 'detected', 'chosen', 'proposed', 'suggested', 'automated', 'automatic', 'generated', 'selected']);

/** Whether the review verb at k goes over an output or a marked item ("confirms what the tiles show", "each flagged slide"). */
function reviewedItemAfter(words: readonly Word[], k: number, to: number): boolean {
  // (past the other verb of a pair: "accepts or rejects each mark")
  let from = k;
  if ((words[k + 1]?.w === 'or' || words[k + 1]?.w === 'and') && words[k + 2]?.tag === 'verb') from = k + 2;
  if (words[from + 1]?.w === 'what' || words[from + 1]?.w === 'whether') return true;
  // (or the data itself: "look at radiographs themselves before a radiologist's report is available")
  if ((words[from + 1]?.w === 'at' || words[from + 1]?.w === 'over' || words[from + 1]?.w === 'through') && words[from].lemma === 'look') from++;
  // (or anything the software is said to have marked or chosen: "every marked segment", "the chosen end vertebrae")
  return objectWith(words, from, to, (w) => NOUN_CLASS.has(w) || OUTPUT_OBJECTS.has(w) || REVIEWED_ITEMS.has(w) || SOURCE_DATA.has(w) || SOFTWARE_MARKED.has(w), 8) >= 0;
}

/** Verbs of going over an item before settling it: "check and edit", "review and correct". */
const GOING_OVER: ReadonlySet<string> = new Set(['check', 'review']);
/** Verbs that settle it the other way: "rejects", "corrects", "edits". */
const UNSETTLING: ReadonlySet<string> = new Set(['reject', 'correct', 'edit', 'modify', 'override', 'overrule', 'amend', 'dismiss', 'discard', 'delete', 'refute', 'change']);

/**
 * Whether the review verb at k is one of a pair that settles each item either way: "accepts or rejects", "confirms or
 * corrects", "confirm or reject", "check and edit" (stop 37). The pair's objects are read one by one.
 */
function reviewPairAt(words: readonly Word[], k: number): boolean {
  const lemmaAt = (j: number): string => (words[j]?.tag === 'verb' ? words[j].lemma ?? words[j].w : '');
  const pair = (a: string, b: string): boolean => ((SETTLING.has(a) || GOING_OVER.has(a)) && UNSETTLING.has(b)) || (UNSETTLING.has(a) && SETTLING.has(b));
  const joined = (j: number): boolean => words[j]?.w === 'or' || words[j]?.w === 'and' || words[j]?.w === '/';
  return (joined(k + 1) && pair(lemmaAt(k), lemmaAt(k + 2))) || (joined(k - 1) && pair(lemmaAt(k - 2), lemmaAt(k)));
}

/** Qualified staff whose review, with a gate on the result, is a reading (not "user" or "operator", who may be lay people). */
const LAY_OR_UNNAMED: ReadonlySet<string> = new Set(['whoever', 'user', 'users', 'operator', 'operators', 'individuals', 'worker', 'workers']);
const GATED_REVIEWERS: ReadonlySet<string> = new Set([...V.AMBIGUOUS_HUMANS].filter((w) => !LAY_OR_UNNAMED.has(w)));
/** What a gate holds back: the result and its kin ("before the counts are released", "before any classification is reported"). */
const GATED_RESULTS: ReadonlySet<string> = new Set([...V.RESULT_NOUNS, 'report', 'reports', 'count', 'counts', 'value', 'values', 'finding', 'findings', 'call', 'calls', 'diagnosis', 'output', 'outputs', 'deciding']);

/**
 * Whether a gate on the result follows the review verb at k, in its own clause or the next one: "checks every flagged
 * slide before the result goes out", "reads the passages … before any classification is reported", "before deciding
 * whether to recut" (stop 37). Only "before", "until" and "prior to", with a result named within a few words after it.
 */
function resultGateAfter(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 12; j++) {
    const w = words[j].w;
    if (w === ';' || w === '.' || w === ':') return false;
    if (w !== 'before' && w !== 'until' && !(w === 'prior' && words[j + 1]?.w === 'to')) continue;
    // ("before the numbers go into the report" (stop 47): the result may be named after its verb)
    for (let r = j + 1; r < words.length && r <= j + 7; r++) if (GATED_RESULTS.has(words[r].w) || GATED_NUMBERS.has(words[r].w)) return true;
    return false;
  }
  return false;
}
/** Figures a gate may hold back, besides the results: "before the numbers go into the report". */
const GATED_NUMBERS: ReadonlySet<string> = new Set(['numbers', 'figures', 'measurements', 'values']);

/** A review that gates the output: "before signing", "prior to release", "the final report". */
function gate(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j <= k + 8; j++) {
    const w = words[j].w;
    if (w === 'before' || w === 'prior' || w === 'until' || w === 'final' || w === 'pending') return true;
  }
  return false;
}

/** Words that say a device or therapy fits the patient: "confirm that the app suits them", "check that it is appropriate for the child". */
/** Words of fitting: the device to the patient ("that the app suits them"), the patient to a treatment ("suitable candidates"). */
const SUITING: ReadonlySet<string> = new Set(['suit', 'suits', 'suitable', 'suited', 'appropriate', 'eligible', 'fit', 'fits', 'unsuitable', 'ineligible', 'candidates', 'candidate']);

/** Whether the review verb at k checks, in a "that" clause right after it, that something suits the patient. */
function suitabilityChecked(words: readonly Word[], k: number): boolean {
  if (words[k + 1]?.w !== 'that') return false;
  // What fits is the device itself ("that the app suits them"), not an output ("that the dose is appropriate" is its review).
  let subject = k + 2;
  while (words[subject]?.tag === 'det' || words[subject]?.tag === 'adj') subject++;
  if (!SELF_NOUNS.has(words[subject]?.w ?? '') && words[subject]?.tag !== 'name') return false;
  for (let j = subject + 1; j < words.length && j <= k + 7; j++) {
    if (SUITING.has(words[j].w)) return true;
    if (words[j].tag === 'punct') return false;
  }
  return false;
}

/** "the sensed AV delay", "the atrioventricular (AV) and interventricular (VV) delays": a chamber's timing word before the delay at obj. */
function chamberTimingBefore(words: readonly Word[], obj: number): boolean {
  for (let j = obj - 1; j >= 0 && j >= obj - 4; j--) if (V.CHAMBER_TIMING.has(words[j].w)) return true;
  // ("shortens the atrial pacing interval", stop 44: the interval a pacemaker paces at, named by pacing right before it)
  return (words[obj].w === 'interval' || words[obj].w === 'intervals') && (PACING_TIMING.has(words[obj - 1]?.w ?? '') || PACING_TIMING.has(words[obj - 2]?.w ?? ''));
}
/** What names a pacemaker's own interval: "the pacing interval", "the escape interval". */
const PACING_TIMING: ReadonlySet<string> = new Set(['pacing', 'escape', 'paced']);

/** A device's configuration, which a person sets or checks before use: "the alarm limits", "the thresholds", "the settings". */
const CONFIGURATION_HEADS: ReadonlySet<string> = new Set(['limits', 'limit', 'thresholds', 'threshold', 'settings', 'configuration', 'setup', 'set-up']);
/** Whether people give the programme's content through the software: "with a certified health coach", "by licensed counsellors". */
function givenByPeople(words: readonly Word[], obj: number, to: number): boolean {
  for (let j = obj + 1; j < to; j++) {
    if (words[j].w !== 'with' && words[j].w !== 'by') continue;
    // (a coach is no physician noun: "the app coaches", "coach mode"; the other professions are)
    for (let n = j + 1; n < to && n <= j + 4; n++) if (words[n].w === 'coach' || words[n].w === 'coaches' || V.PHYSICIAN_NOUNS.has(words[n].w)) return true;
  }
  return false;
}
/** Notices that may stand before the therapy they are about: "a reminder for each dose", "an alarm before the next bolus". */
const NOTICE_HEADS: ReadonlySet<string> = new Set(['reminder', 'reminders', 'alarm', 'alarms', 'alert', 'alerts', 'notification', 'notifications', 'timer', 'timers', 'message', 'messages', 'prompt', 'prompts']);
/**
 * Whether the object right after the verb at k is a notice and the therapy at obj only what it is about: "sets a reminder for
 * each dose", "cancels the meal bolus reminder"; not a notice that carries the therapy ("a message with the recommended dose").
 */
function noticeAbout(words: readonly Word[], k: number, obj: number, to: number): boolean {
  let head = -1;
  for (let j = k + 1; j < to; j++) {
    const t = words[j].tag;
    if (t === 'noun' || t === 'name') head = j;
    else if (t !== 'det' && t !== 'adj' && t !== 'num' && t !== 'adv') break;
  }
  if (head < 0 || !NOTICE_HEADS.has(words[head].w)) return false;
  for (let j = head + 1; j < obj; j++) if (REPORT_CARRYING.has(words[j].w)) return false;
  return true;
}
/** Where a body is: "the patient's position", "the wearer's location". */
const PLACEMENT_WORDS: ReadonlySet<string> = new Set(['position', 'positions', 'location', 'locations', 'posture', 'postures', 'pose', 'orientation', 'whereabouts']);
const LYING_WORDS: ReadonlySet<string> = new Set(['lying', 'positioned', 'sitting', 'standing', 'placed', 'located']);

/** The object of the act at k is where the patient's body is, by a noun or by "how the patient is lying". */
function bodyPlacement(words: readonly Word[], k: number, to: number): boolean {
  let j = k + 1;
  if (words[j]?.w === 'out') j++;
  if (words[j]?.w === 'how' || words[j]?.w === 'where') {
    for (let l = j + 1; l < to && l <= j + 5; l++) if (LYING_WORDS.has(words[l].w) || (words[j].w === 'where' && words[l].tag === 'be')) return true;
    return false;
  }
  // "derives the start and end of the surview", "the scan range" (stop 29): where a scan begins and ends plans the acquisition.
  if (scanRangeAt(words, j, to)) return true;
  // (whose position: a person's, "the patient's position", "the position of the wearer"; not "the fetal head position",
  // "the catheter tip position", "the nodule location")
  for (let l = j; l < to && l <= j + 3; l++) {
    if (PLACEMENT_WORDS.has(words[l].w)) {
      if (words[l + 1]?.w === 'of') return personWord(words[l + 2]) || personWord(words[l + 3]);
      return personWord(words[l - 1]);
    }
    if (!['det', 'adj', 'noun'].includes(words[l].tag)) return false;
  }
  return false;
}

/** Scans whose extent is planned: the scout, the surview, the scan. */
const PLANNED_SCANS: ReadonlySet<string> = new Set(['scan', 'scans', 'scout', 'surview', 'topogram', 'localizer', 'localiser', 'acquisition']);

/** "the start and end of the surview", "the scan range", "the beginning of the scout": the extent of a scan, from j. */
function scanRangeAt(words: readonly Word[], j: number, to: number): boolean {
  for (let l = j; l < to && l <= j + 8; l++) {
    const w = words[l].w;
    if ((w === 'range' || w === 'extent' || w === 'length') && PLANNED_SCANS.has(words[l - 1]?.w ?? '')) return true;
    if (PLANNED_SCANS.has(w)) return ['range', 'extent', 'limits', 'boundaries'].includes(words[l + 1]?.w ?? '') || words.slice(j, l).some((x) => x.w === 'start' || x.w === 'end' || x.w === 'beginning' || x.w === 'limits' || x.w === 'boundaries');
    // (the scan in the object only: "the dose-length product over the scan range" measures a dose)
    if (words[l].tag === 'punct' || words[l].tag === 'verb' || (words[l].tag === 'prep' && words[l].w !== 'of')) return false;
  }
  return false;
}

/** A person, possessive or not: "patient's", "the wearer". */
function personWord(word: Word | undefined): boolean {
  const bare = word?.w.replace(/'s?$/, '') ?? '';
  return V.OTHER_NOUNS.has(bare) && !V.STUDY_ACTORS.has(bare);
}

const QUALITY_GAUGES: ReadonlySet<string> = new Set(['meter', 'gauge', 'index', 'indicator', 'score', 'bar', 'module']);
const ACQUISITION_GRADES: ReadonlySet<string> = new Set(['diagnostic', 'usable', 'good', 'adequate', 'clear', 'interpretable', 'complete']);

/** What an operator acquires: a value about how good one is guides the acquisition. */
const ACQUIRED_ITEMS: ReadonlySet<string> = new Set(['clip', 'clips', 'image', 'images', 'view', 'views', 'frame', 'frames', 'loop', 'loops', 'recording', 'scan', 'acquisition', 'photograph', 'photo']);

/** The act at k is about acquisition quality: its subject is a quality meter or index, or it says "how good the clip is". */
function acquisitionQuality(words: readonly Word[], clause: Clause, k: number): boolean {
  // (the subject is a quality meter, gauge or index: "A Quality Meter estimates …"; not "a high-quality network")
  if (clause.subject >= 0 && clause.subject < k) {
    const head = words[clause.subject].w;
    if (head === 'quality' || (QUALITY_GAUGES.has(head) && /(?:^|-)quality$/.test(words[clause.subject - 1]?.w ?? ''))) return true;
  }
  // ("how diagnostic the clip is", "how usable the loop is")
  if (words[k + 1]?.w !== 'how' || !ACQUISITION_GRADES.has(words[k + 2]?.w ?? '')) return false;
  for (let j = k + 3; j < clause.to && j <= k + 6; j++) if (ACQUIRED_ITEMS.has(words[j].w)) return true;
  return false;
}

/** Raw inputs the software may "interpret" on the way to an output. */
// (Not a signal or a recording named: "interprets the ECG signal" is an interpretation of the tracing.)
const RAW_INTERPRETED: ReadonlySet<string> = new Set(['changes', 'variations', 'movements', 'pressures', 'fluctuations', 'inputs']);

/** "judges them suitable candidates for radiation therapy" (stop 28): selecting the patient for a treatment, no reading. */
function patientJudgedSuitable(words: readonly Word[], k: number): boolean {
  // ("decides which patients it suits" (stop 29): choosing whom to use it on)
  if (words[k + 1]?.w === 'which' && V.LAY_RECIPIENTS.has(words[k + 2]?.w ?? '')) return words.slice(k + 3, k + 7).some((w) => SUITING.has(w.w));
  let at = k + 1;
  while (words[at]?.tag === 'det' || words[at]?.tag === 'adj') at++;
  const who = words[at]?.w ?? '';
  if (who !== 'them' && who !== 'him' && who !== 'her' && !V.LAY_RECIPIENTS.has(who)) return false;
  for (let j = at + 1; j < words.length && j <= at + 3; j++) if (SUITING.has(words[j].w)) return true;
  return false;
}

/** Whether the word before the clause's "whose" names people ("people whose …", "children whose …"). */
function personBeforeWhose(words: readonly Word[], clause: Clause): boolean {
  for (let j = clause.from; j >= 1 && j >= clause.from - 2; j--) if (words[j].w === 'whose') return V.OTHER_NOUNS.has(words[j - 1].w);
  return false;
}

/** Verbs of attaining a standing: "reach", "achieve", "gain", "be granted". */
const ATTAINING: ReadonlySet<string> = new Set(['reach', 'achieve', 'attain', 'gain', 'earn', 'obtain', 'grant', 'award', 'secure', 'receive', 'hold']);

/** Whether the noun at k follows a verb of attaining, past its determiner and modifiers ("reach that status", "received Breakthrough Device status"). */
function attainedStanding(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const word = words[j];
    if (ATTAINING.has(word.lemma ?? '') || ATTAINING.has(word.w)) return true;
    if (word.tag !== 'det' && word.tag !== 'adj' && word.tag !== 'noun' && word.tag !== 'name' && word.tag !== 'be') return false;
  }
  return false;
}

/** A help verb at most three words before `at` ("help in", "aids readers in"), not before `from`. */
function helpVerbBefore(words: readonly Word[], at: number, from: number): boolean {
  for (let j = at - 1; j >= from && j >= at - 3; j--) if (HELP_VERBS.has(words[j].lemma ?? '')) return true;
  return false;
}

/** "helps (a trained) physician <verb at k>": a person right before k, after a help verb and the person's determiner and modifiers. */
function helpedPersonBefore(words: readonly Word[], k: number, from: number): boolean {
  const person = words[k - 1];
  if (person === undefined || (!V.PHYSICIAN_NOUNS.has(person.w) && !V.OTHER_NOUNS.has(person.w))) return false;
  for (let j = k - 2; j >= from && j >= k - 5; j--) {
    if (HELP_VERBS.has(words[j].lemma ?? '') && words[j].tag === 'verb') return true;
    if (words[j].tag !== 'adj' && words[j].tag !== 'det') return false;
  }
  return false;
}

/**
 * Whether the verb at k follows, in a list joined by commas and "and"/"or", a first verb that a helped person
 * does: "aids clinicians in identifying, diagnosing and managing", "helps the physician measure and interpret".
 */
function helpedListMember(words: readonly Word[], k: number, from: number): boolean {
  const joins = (j: number): boolean => words[j]?.w === ',' || words[j]?.w === 'and' || words[j]?.w === 'or';
  let first = k;
  // (Bounded: a list of helped acts is short, and a run of thousands of verbs stays linear.)
  for (let j = k - 1; j > from && j >= k - 40; j--) {
    if (joins(j)) continue;
    // (A bare verb after a noun may be tagged a noun: "the physician measure and interpret"; its lemma still says it is a verb.)
    const sameForm = words[j].form === words[k].form || (words[k].form === 'ing' && words[j].form === undefined && words[j].w.endsWith('ing'));
    if ((words[j].tag === 'verb' || words[j].lemma !== undefined || words[j].w.endsWith('ing')) && sameForm && joins(j + 1)) {
      first = j;
      continue;
    }
    break;
  }
  if (first === k) return false;
  const before = words[first - 1];
  // "in identifying, diagnosing …", "with measuring, interpreting …" after a help verb or a person.
  if (words[k].form === 'ing') return (before?.w === 'in' || before?.w === 'with') && (helpVerbBefore(words, first - 1, from) || personBefore(words, first - 2, from));
  // "helps the physician (to) measure and interpret": a bare or "to" infinitive after the helped person.
  if (words[k].form !== 'base') return false;
  const person = before?.tag === 'to' ? first - 2 : first - 1;
  return personBefore(words, person, from) && helpVerbBefore(words, person + 1 - (words[person - 1]?.tag === 'det' ? 1 : 0), from);
}

/** Nouns of what a decision rests on: "the only ground for diagnosing", "the sole basis for deciding". */
const BASIS_NOUNS: ReadonlySet<string> = new Set(['ground', 'grounds', 'basis', 'foundation', 'reason', 'justification']);

/** Whether the gerund at k stands, alone or in a list of gerunds, after "<basis noun> for": "the sole basis for diagnosing or deciding". */
function basisFor(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 20; j--) {
    if (words[j].w === 'for') return BASIS_NOUNS.has(words[j - 1].w);
    const tag = words[j].tag;
    if (tag === 'be' || tag === 'modal' || tag === 'sub' || tag === 'rel' || (tag === 'verb' && words[j].form !== 'ing')) return false;
  }
  return false;
}

/** "aids in the diagnosis of X and in deciding on treatment": a second "in" coordinated with a helped "in" before it. */
function helpedInBefore(words: readonly Word[], at: number, from: number): boolean {
  const joiner = words[at - 1]?.w;
  if (joiner !== 'and' && joiner !== 'or' && joiner !== ',') return false;
  for (let j = at - 2; j >= from && j >= at - 14; j--) if (words[j].w === 'in' && helpVerbBefore(words, j, from)) return true;
  return false;
}

/** Verbs whose participle after a noun gives that noun's size: "lesions measuring over 5 mm". */
const SIZE_VERBS = new Set(['measure', 'span', 'exceed', 'reach']);
/** Words that may stand between a size verb and its number: "measuring at least 4 mm", "up to 30 mm". */
const SIZE_LEAD = new Set(['at', 'least', 'most', 'over', 'under', 'above', 'below', 'between', 'up', 'to', 'less', 'more', 'greater', 'smaller', 'larger', 'than', 'about', 'approximately', 'from', 'or', '≥', '≤', '>', '<']);

/** Whether a number (a size) follows within a few words from k: "measuring 6 to 30 mm". */
function sizeFollows(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k; j < to && j <= k + 4; j++) {
    if (words[j].tag === 'num') return true;
    if (!SIZE_LEAD.has(words[j].w)) return false;
  }
  return false;
}

/** Whether a person is named right before k ("the physician", "trained readers"), past determiners and adjectives. */
function personBefore(words: readonly Word[], k: number, from: number): boolean {
  for (let j = k; j >= from && j >= k - 3; j--) {
    const w = words[j].w.replace(/'s?$/, '');
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w)) return true;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj') return false;
  }
  return false;
}

/** "aids endoscopists in detecting", "assist radiologists in the characterization of": the class and where. */
function helpedTo(words: readonly Word[], k: number, to: number): { cls: AiClass; at: number } | undefined {
  for (let j = k + 1; j < to && j <= k + 14; j++) {
    const word = words[j];
    const w = word.w;
    if (HELP_NULL.has(w)) continue;
    // Skip a bracketed aside: "assist medical professionals (not including experts) in acquiring".
    if (w === '(') {
      let close = -1;
      for (let c = j + 1; c < to && c <= j + 8 && close < 0; c++) if (words[c].w === ')') close = c;
      if (close > j) {
        j = close;
        continue;
      }
    }
    if (ACQUIRE_WORDS.has(w)) return { cls: 'assistive', at: j };
    // "helps the treating clinician …", "supports the reading radiologist" (stop 35): a participle that describes the person
    // helped is no act they are helped toward.
    if (word.tag === 'adj' && word.form !== undefined && modifiesPhysician(words, j)) continue;
    if (word.tag === 'verb' || (word.lemma !== undefined && (word.form === 'ing' || word.form === 'base'))) {
      // "helps nurses count breaths" (stop 28): a tally the person helped keeps by hand names no output (the loop over
      // verbs leaves "count" itself unread there too).
      if (word.lemma === 'count') return undefined;
      const acts = ACTS_BY_LEMMA.get(word.lemma ?? '');
      // "help clinicians interpret the images": the reader interprets; help toward a reading names no quantity (assistive).
      if (acts && !acts[0].objects) return { cls: acts[0].cls === 'autonomous' ? (HELPED_READING.has(word.lemma ?? '') ? 'assistive' : 'augmentative') : acts[0].cls, at: j };
      // "helps physicians take measurements", "lets users obtain quantifications": a light verb's output noun is what the help yields.
      if (LIGHT_VERBS.has(word.lemma ?? '')) {
        for (let o = j + 1; o < to && o <= j + 3; o++) {
          const cls = NOUN_CLASS.get(words[o].w);
          if (cls && cls !== 'autonomous' && !V.WEAK_OUTPUT_NOUNS.has(words[o].w)) return { cls, at: o };
          if (words[o].tag !== 'det' && words[o].tag !== 'adj' && words[o].tag !== 'num') break;
        }
      }
      if (!['in', 'with', 'to'].includes(w)) return undefined;
    }
    const cls = NOUN_CLASS.get(w);
    if (cls && !V.WEAK_OUTPUT_NOUNS.has(w) && cls !== 'autonomous') return { cls, at: j };
    if (word.tag === 'punct' && w !== ',' && w !== '/' && w !== '-') return undefined;
  }
  return undefined;
}

/** A reader's own act that help only supports: "help qualified clinicians interpret the displayed images". */
const HELPED_READING: ReadonlySet<string> = new Set(['interpret']);

/** Signals and traces: what a device derives from its sensors before it analyses them. */
const SIGNAL_NOUNS: ReadonlySet<string> = new Set(['signal', 'signals', 'lead', 'leads', 'waveform', 'waveforms', 'trace', 'traces', 'tracing', 'tracings', 'channel', 'channels', 'curve', 'curves']);

/** Whether the act at k derives a signal: its object's head, or the antecedent of its object relative clause, is a signal noun. */
function derivedSignal(words: readonly Word[], clause: Clause, k: number): boolean {
  if (!DERIVING.has(words[k].lemma ?? '')) return false;
  if (clause.relObject !== undefined && clause.relObject < k && SIGNAL_NOUNS.has(words[clause.relObject].w)) return true;
  // "that the watch derives": an object relative clause whose antecedent the clause parser left unnamed.
  if (V.RELATIVES.has(clause.opener) && clause.subject > clause.from - 1 && clause.subject < k && SIGNAL_NOUNS.has(words[clause.from - 2]?.w ?? '')) return true;
  let head = -1;
  for (let j = k + 1; j < clause.to && j <= k + 5; j++) {
    const word = words[j];
    if (word.tag === 'noun' || word.tag === 'name') head = j;
    else if (word.tag !== 'det' && word.tag !== 'adj' && word.tag !== 'num') break;
  }
  return head >= 0 && SIGNAL_NOUNS.has(words[head].w);
}
const DERIVING: ReadonlySet<string> = new Set(['derive', 'compute', 'calculate', 'extract', 'reconstruct']);

/** Artefact and noise in a recording: what a device sets aside, not what it finds in the patient. */
const ARTEFACT_NOUNS: ReadonlySet<string> = new Set(['noise', 'artefact', 'artefacts', 'artifact', 'artifacts', 'interference']);

/** Whether the detection at k is about artefact: in its object (active) or anywhere in its passive clause before the verb or in an "as …" after it. */
function artefactTarget(words: readonly Word[], clause: Clause, k: number): boolean {
  const artefact = (j: number): boolean => ARTEFACT_NOUNS.has(words[j].w) || (words[j].w === 'quality' && words[j - 1]?.w === 'signal');
  if (clause.passive && words[k].form === 'ed') {
    for (let j = clause.from; j < k; j++) if (artefact(j)) return true;
    if (words[k + 1]?.w !== 'as') return false;
  }
  for (let j = k + 1; j < clause.to && j <= k + 6; j++) {
    if (artefact(j)) return true;
    if (words[j].tag === 'punct' || words[j].w === 'despite' || words[j].w === 'presence' || words[j].w === 'without') return false;
  }
  return false;
}

/** Whether "guide" at k leads a person "through" steps that are not the acquisition of the data: "guide the operator through the rescue". */
function guidedThroughUse(words: readonly Word[], k: number, to: number): boolean {
  let person = false;
  for (let j = k + 1; j < to && j <= k + 5; j++) {
    const w = words[j].w;
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || LAY_USERS.has(w) || w === 'rescuer' || w === 'rescuers') person = true;
    else if (w === 'through' && person) {
      for (let n = j + 1; n < to && n <= j + 4; n++) if (ACQUIRE_WORDS.has(words[n].w)) return false;
      return true;
    } else if (words[j].tag !== 'det' && words[j].tag !== 'adj') return false;
  }
  return false;
}

/**
 * "the ECG, which clinicians then use to evaluate and diagnose arrhythmias", "sounds that clinicians use to diagnose",
 * "Clinicians use the results to decide whether …": what clinicians use the data for describes the use (an obligation still binds).
 */
function usedToRead(words: readonly Word[], clause: Clause, k: number, coordinatedTo: boolean): boolean {
  // "Healthcare professionals use the results to decide whether …": so does a clause whose subject is the clinicians, when
  // they decide what to do next (using the data "to diagnose" is reading it: "The physician uses the measurements to diagnose").
  const readers = words[k].lemma === 'decide' && clause.subject >= 0 && clause.subject < k && V.PHYSICIAN_NOUNS.has(words[clause.subject].w);
  if (clause.opener !== 'which' && clause.opener !== 'that' && !readers) return false;
  if (words[k - 1]?.tag !== 'to' && !coordinatedTo) return false;
  const to = coordinatedTo ? k - 3 : k - 1;
  return clause.verbs.some((v) => v < to && words[v].lemma === 'use' && words[v].form !== 'ed');
}

/** Past forms of being taught, before an infinitive: "learned to predict", "was trained to detect". */
const TAUGHT: ReadonlySet<string> = new Set(['learned', 'learnt', 'trained', 'taught', 'retrained']);

/** "only when the cardiologist has read it", "valid only once a pathologist …": the clause's opener follows "only". */
function onlyGate(words: readonly Word[], clause: Clause): boolean {
  return words[clause.from - 1]?.w === clause.opener && words[clause.from - 2]?.w === 'only';
}

/** Words of the data's own quality in a whether-clause: "whether the image quality is sufficient", "whether the recording is long enough". */
const QUALITY_WORDS: ReadonlySet<string> = new Set(['quality', 'sufficient', 'adequate', 'usable', 'acceptable', 'interpretable', 'readable', 'analysable', 'analyzable', 'enough',
  // the acquisition itself went right: "whether the recording was successful", "whether the sensor is properly attached"
  'successful', 'successfully', 'properly', 'correctly', 'attached', 'connected', 'placed', 'positioned', 'covers', 'cover',
  // "whether a sweep is fit to be read" (stop 36)
  'fit',
  // "whether colonies have grown": growth on a plate is found, not concluded on (stop 36)
  'grown', 'growth']);
/** What a whether-clause can be about when it checks the data: the image, the signal, the recording. */
const CHECKED_DATA: ReadonlySet<string> = new Set(['image', 'images', 'picture', 'pictures', 'photo', 'photos', 'film', 'films', 'radiograph', 'radiographs', 'view', 'views', 'signal', 'signals', 'recording', 'recordings', 'scan', 'scans', 'tracing', 'clip', 'clips', 'photograph', 'photographs', 'frame', 'frames', 'quality', 'data', 'sample', 'samples', 'specimen', 'slide', 'slides', 'measurement', 'reading',
  'sensor', 'sensors', 'electrode', 'electrodes', 'probe', 'pads', 'lead', 'leads', 'acquisition', 'series', 'transducer', 'cuff',
  // ultrasound captured as video: "whether a sweep is fit to be read", "whether the cine loop is usable" (stop 36)
  'sweep', 'sweeps', 'video', 'videos', 'loop', 'loops', 'cine',
  // a culture plate read for growth: "whether colonies have grown" (stop 36)
  'colony', 'colonies', 'plate', 'plates', 'culture', 'cultures']);

/** Whether the whether-clause at `subordinate` asks after the data's quality rather than the patient's state. */
function qualityWhether(words: readonly Word[], subordinate: number): boolean {
  let data = false;
  let quality = false;
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 10; j++) {
    const w = words[j].w;
    if (words[j].tag === 'punct') break;
    if (CHECKED_DATA.has(w)) data = true;
    if (QUALITY_WORDS.has(w)) quality = true;
  }
  return data && quality;
}

/** Runs and passes a device finishes: "concludes each analysis". */
const RUNS: ReadonlySet<string> = new Set(['analysis', 'analyses', 'session', 'sessions', 'scan', 'run', 'runs', 'procedure', 'test', 'exam', 'examination', 'recording', 'processing', 'cycle', 'pass', 'computation', 'calculation']);
/** Verbs that pass data on to someone else: "routes them onward to be graded". */
const ROUTING: ReadonlySet<string> = new Set(['route', 'send', 'forward', 'pass', 'transmit', 'upload', 'queue', 'refer', 'submit', 'hand']);

/** Whether the output at k is the object of a verb that moves it between systems ("sends", "exports") and no patient is named after it. */
function movedToSystem(words: readonly Word[], k: number): boolean {
  let moved = false;
  for (let j = Math.max(0, k - 4); j < k; j++) if (SYSTEM_MOVING.has(words[j].lemma ?? '') && words[j].tag === 'verb') moved = true;
  if (!moved) return false;
  for (let j = k + 1; j < words.length && j <= k + 8; j++) {
    const w = words[j].w.replace(/'s?$/, '');
    // ("to the patient's phone", "to the user's smartphone": a person's own device is the person)
    if ((V.OTHER_NOUNS.has(w) && w !== 'we') || PERSONAL_DEVICES.has(w) || ((w === 'user' || w === 'wearer') && words[j].w.endsWith("'s"))) return false;
  }
  return true;
}

/** A person's own devices, where a report sent reaches the person: "sends the report to the wearer's phone". */
const PERSONAL_DEVICES: ReadonlySet<string> = new Set(['phone', 'smartphone', 'mobile', 'inbox', 'email', 'e-mail']);

/** "decides whether the nodule is malignant": a whether-clause on a finding, not on a workflow step ("whether to use the software", "whether the study is sent for analysis"). */
function decidesOnFinding(words: readonly Word[], k: number): boolean {
  if (words[k + 1]?.w !== 'whether' || words[k + 2]?.tag === 'to') return false;
  const rest = words.slice(k + 2, k + 10);
  return !rest.some((w) => (w.tag === 'verb' && w.form === 'ed') || V.SOFTWARE_NOUNS.has(w.w.replace(/'s?$/, '')) || w.w === 'ai' || w.w === 'output' || w.w === 'outputs');
}

/** The end of a relative clause "who are at (high) risk" right after `at`, if there is one. */
function atRiskAfter(words: readonly Word[], at: number): number | undefined {
  if (words[at]?.w !== 'who' && words[at]?.w !== 'that') return undefined;
  let j = at + 1;
  if (words[j]?.tag !== 'be') return undefined;
  j++;
  if (words[j]?.w === 'most' || words[j]?.w === 'more') j++;
  if (words[j]?.w !== 'at') return undefined;
  for (let r = j + 1; r < words.length && r <= j + 3; r++) {
    if (words[r].w !== 'risk') continue;
    // ("at risk of missing their appointment", "of losing coverage": a risk to the visit or the cover, no clinical estimate)
    if (words[r + 1]?.w === 'of' && NON_CLINICAL_RISKS.has(words[r + 2]?.w ?? '')) return undefined;
    return r + 1;
  }
  return undefined;
}

/** Gerunds after "at risk of" that name no clinical outcome. */
const NON_CLINICAL_RISKS: ReadonlySet<string> = new Set(['missing', 'losing', 'being', 'dropping', 'defaulting', 'leaving', 'skipping', 'not', 'cancelling', 'canceling']);
/** People a model may find at risk, besides the other-noun list: "inpatients who are at increased risk of falls". */
const PEOPLE_AT_RISK: ReadonlySet<string> = new Set(['inpatients', 'outpatients', 'residents', 'infants', 'neonates', 'newborns', 'mothers', 'members', 'veterans', 'users', 'cases']);

/** How well an act is done, as a study measures it: "how accurately", "how reliably". */
const MEASURED_HOW: ReadonlySet<string> = new Set(['accurately', 'well', 'reliably', 'precisely', 'correctly', 'consistently', 'sensitively', 'robustly']);
/** The word before such a "how": a study's verb or a noun on it ("assessed how accurately", "data on how well"). */
const STUDIED_BY: ReadonlySet<string> = new Set(['assess', 'evaluate', 'test', 'examine', 'investigate', 'study', 'measure', 'compare', 'check', 'validate', 'quantify', 'determine', 'establish', 'explore', 'analyse', 'analyze', 'on', 'of', 'about', 'into']);

/** Words after "treated" that name what a study arm was treated with: "patients treated with the app", "according to its plan" (not "by the pump"). */
const ARM_LINKS: ReadonlySet<string> = new Set(['with', 'using', 'according', 'under', 'via', 'through']);

/** What "treat" handles when it is no therapy: units and values of the input. */
const HANDLED_DATA: ReadonlySet<string> = new Set(['value', 'values', 'missing', 'input', 'inputs', 'outlier', 'outliers', 'artefact', 'artefacts', 'artifact', 'artifacts']);

/** "concludes each analysis", "treats each slice independently", "treats missing values as normal": the verb handles a run or the data. */
function handlingNotConcluding(words: readonly Word[], k: number, to: number, lemma: string): boolean {
  if (lemma === 'conclude') return objectWith(words, k, to, (w) => RUNS.has(w), 3) >= 0;
  // "diagnoses lead failure", "diagnoses sensor faults": the device checks itself.
  if (lemma === 'diagnose') {
    const fault = objectWith(words, k, to, (w) => DEVICE_FAULTS.has(w), 3);
    // Not "heart failure", "refractive errors": the fault must be a part's.
    return fault >= 0 && DEVICE_PARTS.has(words[fault - 1]?.w ?? '');
  }
  // "interprets the DICOM header", "interprets the cartridge type": reading technical data, not the patient's.
  if (lemma === 'interpret') return objectWith(words, k, to, (w) => TECHNICAL_DATA.has(w), 4) >= 0;
  if (lemma !== 'treat') return false;
  if (objectWith(words, k, to, (w) => INPUT_UNITS.has(w) || HANDLED_DATA.has(w), 3) >= 0) return true;
  // "treats X as Y" (not "as well as"): it handles X like Y.
  const as = objectWith(words, k, to, (w) => w === 'as', 5);
  return as > k + 1 && words[as + 1]?.w !== 'well' && words[as - 1]?.w !== 'such';
}

/** Faults of the device itself: "diagnoses lead failure". */
const DEVICE_FAULTS: ReadonlySet<string> = new Set(['failure', 'failures', 'fault', 'faults', 'error', 'errors', 'malfunction', 'malfunctions']);
const DEVICE_PARTS: ReadonlySet<string> = new Set(['lead', 'leads', 'sensor', 'sensors', 'battery', 'electrode', 'electrodes', 'pump', 'device', 'system', 'hardware', 'software', 'component', 'components', 'communication', 'connection', 'catheter', 'probe', 'cable', 'circuit', 'memory', 'transmitter', 'motor', 'tubing', 'equipment']);
/** Technical data a device reads: "interprets the DICOM header". */
const TECHNICAL_DATA: ReadonlySet<string> = new Set(['header', 'headers', 'barcode', 'barcodes', 'metadata', 'cartridge', 'command', 'commands', 'file', 'files', 'protocol', 'protocols', 'tag', 'tags', 'dicom', 'configuration', 'settings']);

/** "whether to notify the radiologist", "whether a notification is sent": the whether-clause asks about alerting. */
function alertWhether(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 6; j++) {
    const word = words[j];
    if (word.tag === 'punct') return false;
    if (ALERT_NOUNS.has(word.w) || NOTIFYING.has(word.lemma ?? '')) return true;
  }
  return gatesAlert(words, subordinate);
}

/**
 * "combines the readings to decide whether the patient really is standing before it raises an alert" (stop 41): a question
 * settled before an alert goes out is the alert's condition, how the alert is made; it concludes nothing for care. Not
 * where the question is about a therapy ("whether a shock is needed before it alerts the team").
 */
function gatesAlert(words: readonly Word[], subordinate: number): boolean {
  // (stop 41 review: only a state of the body the device senses, "standing", "breathing", "out of bed"; a disease, a rhythm,
  // a need for care or a transfer decided before an alert stays a conclusion)
  let sensed = false;
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 16; j++) {
    const word = words[j];
    if (word.w === '.' || word.w === ';' || word.w === ':' || V.THERAPY_NOUNS.includes(word.w)) return false;
    if (SENSED_STATES.has(word.w)) sensed = true;
    if (word.w !== 'before') continue;
    // (right after "before": "before it raises an alert", "before sounding the alarm"; no other act on the way)
    for (let l = j + 1; l < words.length && l <= j + 4; l++) {
      if (ALERT_NOUNS.has(words[l].w) || NOTIFYING.has(words[l].lemma ?? '')) return sensed;
      if (words[l].tag === 'cc' || words[l].w === ',') return false;
    }
    return false;
  }
  return false;
}

/** States of the body or the bed a device senses before it alerts: "whether the resident is standing", "has left the bed". */
const SENSED_STATES: ReadonlySet<string> = new Set([
  'standing', 'walking', 'sitting', 'lying', 'breathing', 'moving', 'left', 'fallen', 'asleep', 'awake', 'up', 'still', 'present',
  'absent', 'connected', 'attached', 'detached', 'worn', 'wet', 'dislodged', 'displaced', 'occupied', 'empty',
]);

/** "internally", or a relative right after saying it is not shown: "a score, which is not shown to the user". */
function keptInternal(words: readonly Word[], clause: Clause): boolean {
  for (let j = clause.from; j < clause.to; j++) if (words[j].w === 'internally') return true;
  // The clause after: ", which is not shown / displayed / reported / output".
  const rel = clause.to < words.length && words[clause.to - 1]?.w === ',' ? clause.to : words[clause.to]?.w === ',' ? clause.to + 1 : clause.to;
  if (words[rel]?.w !== 'which' && words[rel]?.w !== 'that') return false;
  const notAt = objectWith(words, rel, Math.min(words.length, rel + 5), (w) => w === 'not' || w === 'never', 4);
  return notAt >= 0 && NOT_SHOWN.has(words[notAt + 1]?.lemma ?? words[notAt + 1]?.w ?? '');
}
const NOT_SHOWN: ReadonlySet<string> = new Set(['show', 'display', 'report', 'output', 'present', 'shown', 'displayed', 'reported', 'presented', 'visible', 'exposed', 'available']);

/** How far after "judged to / judged that" the need verb may come ("judged that the patient's breathing needs …"). */
const NEED_REACH = 6;

/**
 * "whom the physician has judged to need an infusion", "have judged that breathing needs assistance": a judging verb
 * followed by "to" or "that" and, before any stop, a need verb says who the therapy is for, not a reading of the output.
 * (Not "judges whether the flagged rhythm requires treatment" nor "judges each alert": those go over the output.)
 */
function judgesNeed(words: readonly Word[], k: number): boolean {
  if (!V.NEED_JUDGING_VERBS.has(words[k].lemma ?? '')) return false;
  const link = words[k + 1]?.w;
  if (link !== 'to' && link !== 'that') return false;
  for (let j = k + 2; j < Math.min(words.length, k + 2 + NEED_REACH); j++) {
    if (words[j].tag === 'punct') return false;
    if (V.NEED_VERBS.has(words[j].lemma ?? '') && (link === 'that' ? words[j].form === 's' || words[j].form === 'base' : j === k + 2)) return true;
  }
  return false;
}

/** Verbs of a physician's own encounter with the patient: "sees the infant", "reviews the patient for bleeding". */
// (Not "reviews" or "assesses": those are said of outputs too, "reviews the patient summary".)
const ENCOUNTER_VERBS: ReadonlySet<string> = new Set(['see', 'examine', 'visit', 'meet']);
/** Who a physician sees in person. */
const SEEN_PERSONS: ReadonlySet<string> = new Set(['patient', 'patients', 'infant', 'infants', 'child', 'children', 'baby', 'babies', 'person', 'woman', 'man', 'mother', 'newborn', 'resident']);

/** "sees the patient and decides on imaging", "reviews the patient for bleeding and decides how to resume": the decision k after an encounter. */
function decidesAfterSeeingPatient(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const word = words[j];
    if (word.tag === 'punct' && word.w !== ',') return false;
    if (word.tag !== 'verb' || !ENCOUNTER_VERBS.has(word.lemma ?? '')) continue;
    // (the person heads the noun phrase: not "the patient summary")
    const at = words[j + 1]?.tag === 'det' ? j + 2 : j + 1;
    return SEEN_PERSONS.has(words[at]?.w ?? '') && words[at + 1]?.tag !== 'noun';
  }
  return false;
}

/** Nouns of what the software gave, as a decision is said to be made with it. */
const HANDED_OUTPUTS: ReadonlySet<string> = new Set(['information', 'result', 'results', 'output', 'outputs', 'score', 'scores', 'reading', 'readings', 'estimate', 'estimates', 'prediction', 'predictions', 'assessment', 'measurement', 'measurements', 'value', 'values', 'index']);
/** Words that point back to an output named before: "that information", "this result", "its score". */
const POINTING_BACK: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'its', 'their', 'the']);

/**
 * Whether the sentence names, before the decision at k, the output it is made with: "With that information in hand, …",
 * "Based on the result, …", "Using its score, …" (stop 34).
 */
function outputInHand(words: readonly Word[], k: number): boolean {
  for (let j = 0; j < k - 1; j++) {
    const opener = words[j].w === 'with' || words[j].w === 'using' || (words[j].w === 'on' && words[j - 1]?.w === 'based') || words[j].w === 'given';
    // (not another source's: "the results of the biopsy", "the readings from his own stethoscope", "information from the family")
    if (opener && POINTING_BACK.has(words[j + 1]?.w ?? '') && HANDED_OUTPUTS.has(words[j + 2]?.w ?? '') && words[j + 3]?.w !== 'of' && words[j + 3]?.w !== 'from') return true;
  }
  return false;
}

/** What is decided about a finding: "decides on the presence of atrial fibrillation", "on the type of arrhythmia". */
const FINDING_ASPECTS: ReadonlySet<string> = new Set(['presence', 'absence', 'type', 'cause', 'nature', 'significance', 'extent', 'severity', 'stage', 'origin']);

/** "decides on reversal", "decides about further treatment": "on"/"about" and a noun phrase that names no finding or output. */
function decidesOnCare(words: readonly Word[], k: number, to: number): boolean {
  const at = words[k + 1]?.tag === 'adv' ? k + 2 : k + 1;
  if (words[at]?.w !== 'on' && words[at]?.w !== 'about') return false;
  // Not a decision joined to a reading ("reviews the tracing and decides on treatment": what was read is acted on), nor
  // one written into the report ("decides on the referral in the signed report").
  let before = k - 1;
  while (before >= 0 && (words[before].tag === 'adv' || words[before].tag === 'modal')) before--;
  if (before >= 0 && (words[before].tag === 'cc' || words[before].w === ',')) return false;
  for (let j = at + 1; j < to; j++) if (V.CONCLUSION_NOUNS.has(words[j].w)) return false;
  let head = -1;
  for (let j = at + 1; j < to && j <= at + 5; j++) {
    const word = words[j];
    if (V.CONCLUSION_NOUNS.has(word.w) || FINDING_ASPECTS.has(word.w) || (NOUN_CLASS.has(word.w) && !THERAPY.has(word.w)) || OUTPUT_OBJECTS.has(word.w) || word.w === 'it' || word.w === 'them' || word.w === 'whether') return false;
    if (word.tag === 'noun' || word.tag === 'name') head = j;
    else if (word.tag !== 'det' && word.tag !== 'adj' && word.tag !== 'num') break;
  }
  return head >= 0;
}

/** Words that open an indirect question, read elsewhere: "decides which patients need treatment first". */
const WH_QUESTION_WORDS: ReadonlySet<string> = new Set(['which', 'what', 'who', 'when', 'where', 'how']);

/** Verbs by which a patient's case calls for a therapy: "it needed a shock", "the rhythm requires defibrillation". */
const CALLING_FOR_THERAPY: ReadonlySet<string> = new Set(['need', 'require', 'warrant']);

/**
 * The that-clause (its "that" may be left out) after the deciding verb at k, when it says a therapy is needed: "a shock is
 * needed", "it needed a shock", "the rhythm was one that required defibrillation". The last word of the need, or -1.
 */
function therapyNeededAfter(words: readonly Word[], k: number): number {
  const from = words[k + 1]?.w === 'that' ? k + 2 : k + 1;
  // (a whether-clause or an object is another reading: "decides whether a shock is needed", "decides the dose")
  if (words[from]?.w === 'whether' || words[from]?.tag === 'to' || WH_QUESTION_WORDS.has(words[from]?.w ?? '')) return -1;
  for (let j = from; j < words.length && j <= from + 8; j++) {
    const word = words[j];
    if ((word.tag === 'punct' && word.w !== ',') || word.tag === 'cc') return -1;
    if (THERAPY.has(word.w) && words[j + 1]?.tag === 'be' && NEEDED_WORDS.has(words[j + 2]?.w ?? '')) return j + 2;
    // (a past form the tagger left an adjective counts: "it was one that needed a shock")
    if (CALLING_FOR_THERAPY.has(word.lemma ?? '') && (word.tag === 'verb' || word.tag === 'adj')) {
      const object = words[j + 1]?.tag === 'det' ? j + 2 : j + 1;
      if (THERAPY.has(words[object]?.w ?? '')) return object;
    }
  }
  return -1;
}

const DECIDING_NEED: ReadonlySet<string> = new Set(['decide', 'determine']);
const NEEDED_WORDS: ReadonlySet<string> = new Set(['needed', 'necessary', 'required', 'indicated', 'warranted']);
/** Words that switch a therapy or a feature on: "is programmed on", "is enabled", "to turn it on". */
const SWITCHED_ON: ReadonlySet<string> = new Set(['enabled', 'activated', 'programmed', 'enable', 'activate', 'program', 'programme', 'prescribed', 'prescribe']);

/**
 * A physician prescribing the therapy or calling for more of it, at the verb k: "decides whether further treatment is
 * needed", "decides whether AdaptivCRT is programmed on" (a whether-clause that needs or switches on), "judges it
 * necessary" (what is judged needed is the therapy, "it" or a therapy noun; not "judges the measurements adequate").
 */
function prescribesTherapy(words: readonly Word[], k: number): boolean {
  const lemma = words[k].lemma ?? '';
  if (DECIDING_NEED.has(lemma) && words[k + 1]?.w === 'whether') {
    for (let j = k + 2; j < words.length && j <= k + 10; j++) {
      const word = words[j];
      if (word.tag === 'punct' && word.w !== ',') return false;
      if (NEEDED_WORDS.has(word.w) && (words[j - 1]?.tag === 'be' || words[j - 1]?.tag === 'adv')) return true;
      if (SWITCHED_ON.has(word.w) || (word.w === 'on' && (words[j - 1]?.w === 'switched' || words[j - 1]?.w === 'turned'))) return true;
    }
    return false;
  }
  if (!V.NEED_JUDGING_VERBS.has(lemma)) return false;
  const object = words[k + 1]?.tag === 'det' ? words[k + 2] : words[k + 1];
  if (!object || !(object.w === 'it' || object.w === 'them' || THERAPY.has(object.w))) return false;
  for (let j = k + 2; j < words.length && j <= k + 4; j++) {
    if (NEEDED_WORDS.has(words[j].w) || words[j].w === 'appropriate') return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'sub') return false;
  }
  return false;
}

/** What a study estimates: "the effect of", "the impact on". */
const STUDY_AIM_VERBS: ReadonlySet<string> = new Set(['estimate', 'measure', 'assess', 'quantify', 'evaluate', 'calculate']);
const STUDY_EFFECTS: ReadonlySet<string> = new Set(['effect', 'effects', 'impact', 'influence', 'benefit', 'benefits']);
/** The study a purpose belongs to: "a reader test run to estimate …", "a trial designed to measure …". */
const STUDY_RUNS: ReadonlySet<string> = new Set(['test', 'study', 'trial', 'evaluation', 'experiment', 'analysis']);
/** Where an output sits: "her results in the app", "her device readings". */
const OUTPUT_HOLDERS: ReadonlySet<string> = new Set(['app', 'device', 'screen', 'readings', 'reading', 'report', 'alert', 'alerts', 'data']);
/** Possessives of a lay person's own body: "her cervical mucus", "his blood pressure". */
const OWN_BODY_POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'their', 'own']);

/** Standing orders a physician signs for others to work under. */
const STANDING_ORDERS: ReadonlySet<string> = new Set(['protocol', 'protocols', 'guideline', 'guidelines', 'policy', 'policies', 'pathway', 'procedure', 'procedures']);

/** Openers of a condition that may name the therapy a later pronoun stands for. */
const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'once']);

/** Whether a condition opened within ten words before the verb at k names one of `objects`: "if a shock is needed, (the device) delivers it". */
function therapyOfCondition(words: readonly Word[], k: number, objects: ReadonlySet<string>): boolean {
  let opener = -1;
  for (let b = k - 1; b >= 0 && b >= k - 10; b--) if (CONDITION_OPENERS.has(words[b].w)) opener = b;
  if (opener < 0) return false;
  for (let j = opener + 1; j < k && j <= opener + 4; j++) if (objects.has(words[j].w)) return true;
  return false;
}

/** Marks and cases a tally may count: "a count of findings", "the count of flagged studies". */
const TALLIED_MARKS: ReadonlySet<string> = new Set(['findings', 'finding', 'detections', 'alerts', 'alarms', 'flags', 'marks', 'cases', 'studies', 'images', 'exams', 'examinations', 'patients', 'reports', 'files', 'frames']);

/** Whether the noun phrase at j (past determiners and modifiers) is a tally of marks or cases. */
function countOfMarks(words: readonly Word[], j: number): boolean {
  for (let i = j; i < words.length && i <= j + 3; i++) {
    if (TALLIED_MARKS.has(words[i].w)) return true;
    if (words[i].tag !== 'det' && words[i].tag !== 'adj' && words[i].tag !== 'num' && words[i].tag !== 'noun' && words[i].form !== 'ed') return false;
  }
  return false;
}

/** "with the highest likelihood", "by the highest estimated cancer probability": a superlative that selects, before k. */
function superlativeSelection(words: readonly Word[], k: number): boolean {
  for (let s = k - 1; s >= 1 && s >= k - 3; s--) {
    if (!SUPERLATIVES.has(words[s].w)) {
      if (words[s].tag !== 'adj' && words[s].tag !== 'noun' && words[s].form !== 'ed') return false;
      continue;
    }
    return words[s - 1]?.w === 'the' && (words[s - 2]?.w === 'with' || words[s - 2]?.w === 'by');
  }
  return false;
}

/** Verbs that make a review noun their object as something helped, not a duty: "improve physician reading". */
const HELPING_A_READING: ReadonlySet<string> = new Set(['improve', 'improves', 'aid', 'aids', 'support', 'supports', 'speed', 'speeds', 'streamline', 'streamlines', 'assist', 'assists', 'ease', 'eases', 'enhance', 'enhances', 'accelerate', 'accelerates']);
/** Verbs (lemmas) of sorting each case into a class. */
const EACH_SORTED: ReadonlySet<string> = new Set(['classify', 'grade', 'categorize', 'categorise', 'sort', 'class', 'stratify', 'label']);

/** Acts a physician performs that conclude on the patient: "the diagnostic evaluation", "the interpretation". */
const PERFORMED_ASSESSMENTS: ReadonlySet<string> = new Set(['evaluation', 'assessment', 'work-up', 'workup', 'examination', 'exam']);

/**
 * What makes an assessment a conclusion on the patient when a physician is said to make it: "the diagnostic evaluation",
 * "the individual assessment is always made by a doctor" (stop 41), "the final assessment".
 */
const CONCLUDING_ASSESSMENTS: ReadonlySet<string> = new Set(['diagnostic', 'individual', 'final', 'clinical', 'overall', 'definitive']);

/** What an assessment may be of that is no output's reading: "of eligibility", "of fitness to drive". */
const NOT_OF_OUTPUT: ReadonlySet<string> = new Set(['eligibility', 'fitness', 'suitability', 'capacity', 'consent']);

/**
 * Whether an assessment (at j) made by a physician is the reading in care (stop 41 review): in the present ("is made", not a
 * study's "was made"), with no condition ("only if the patient asks") and not of eligibility or fitness.
 */
function assessmentInCare(words: readonly Word[], clause: Clause, j: number): boolean {
  if (words[j].w === 'assessment' && words[j - 1]?.w === 'diagnostic') return true;
  if (words.slice(clause.from, clause.to).some((w) => w.w === 'was' || w.w === 'were') || words.some((w) => w.w === 'if' || w.w === 'unless')) return false;
  return !(words[j + 1]?.w === 'of' && NOT_OF_OUTPUT.has(words[j + 2]?.w ?? ''));
}

/** "performs the diagnostic evaluation", "performs the final interpretation": the act's noun after "perform" at k, or -1. */
function performedDiagnosticAct(words: readonly Word[], k: number, to: number): number {
  for (let j = k + 1; j < to && j <= k + 4; j++) {
    const w = words[j].w;
    if (V.CONCLUSION_NOUNS.has(w) || w === 'interpretation') return j;
    // (not one done before the device is used: "performs a diagnostic evaluation to rule out other causes before using it")
    if (PERFORMED_ASSESSMENTS.has(w) && words[j - 1]?.w === 'diagnostic') {
      for (let i = j + 1; i < words.length && i <= j + 10 && words[i].tag !== 'punct'; i++) if (words[i].w === 'before' || words[i].w === 'prior') return -1;
      return j;
    }
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return -1;
  }
  return -1;
}

/** Words of comparison before a review noun: "closer to an expert over-read", "comparable to radiologist review". */
// (and a match to it: "does not yet match review by clinical physiologists", stop 39)
const COMPARED_TO: ReadonlySet<string> = new Set(['closer', 'close', 'comparable', 'similar', 'equivalent', 'equal', 'superior', 'inferior', 'than', 'match', 'matches', 'matched', 'matching', 'rival', 'rivals', 'equals', 'equalled', 'equaled']);

/** Whether the review noun at k is helped or compared, not required: "aim to improve physician reading", "closer to an expert over-read". */
function reviewHelpedOrCompared(words: readonly Word[], k: number): boolean {
  // (a duty said of it after all: "speeds radiologist review, which remains mandatory")
  if (words.slice(k + 1, k + 8).some((w) => w.w === 'mandatory' || w.w === 'required' || w.w === 'must' || w.w === 'obligatory')) return false;
  for (let b = k - 1; b >= 0 && b >= k - 4; b--) {
    const w = words[b].w;
    if (HELPING_A_READING.has(w) || COMPARED_TO.has(w)) return true;
    if (words[b].tag !== 'det' && words[b].tag !== 'adj' && words[b].tag !== 'noun' && w !== 'to' && !w.endsWith("'s")) return false;
  }
  return false;
}

/** Raw data a program works on: "interprets the resulting signal", "the incoming data" (not "the EEG signal", a study's trace). */
const RAW_SIGNALS: ReadonlySet<string> = new Set(['signal', 'signals', 'data', 'readings']);
const RAW_QUALIFIERS: ReadonlySet<string> = new Set(['resulting', 'incoming', 'raw']);

/** Whether the object of the verb at k is raw data, qualified as such: "interprets the resulting vectorcardiography signal". */
function rawSignalObject(words: readonly Word[], k: number, to: number): boolean {
  const at = objectWith(words, k, to, (w) => RAW_SIGNALS.has(w), 5);
  return at >= 0 && words.slice(k + 1, at).some((w) => RAW_QUALIFIERS.has(w.w));
}

/** Words after "diagnoses" that make it the plural noun: "diagnoses such as", "diagnoses of", "diagnoses like". */
const NOUN_AFTER_DIAGNOSES: ReadonlySet<string> = new Set(['such', 'of', 'like', 'including', 'made', 'recorded', 'coded', 'listed']);

/** Places that may lack readers: "hospitals without radiologists", "regions without ophthalmologists". */
const LACKING_PLACES: ReadonlySet<string> = new Set(['hospitals', 'hospital', 'clinics', 'clinic', 'areas', 'regions', 'settings', 'sites', 'centres', 'centers', 'countries', 'communities', 'facilities', 'practices', 'villages']);

/** Gerunds of telling a person: "without paging the cardiologist". */
const NOTIFYING_GERUNDS: ReadonlySet<string> = new Set(['paging', 'notifying', 'alerting', 'calling', 'informing', 'telling', 'messaging', 'contacting', 'warning']);
/** Means of care a gerund may follow: "the main method for diagnosing …", "a standard way of measuring …". */
const MEANS_NOUNS: ReadonlySet<string> = new Set(['method', 'methods', 'approach', 'approaches', 'technique', 'techniques', 'standard', 'modality', 'modalities']);
/** Verbs of knowing before "how to": "know how to interpret". */
const KNOWING: ReadonlySet<string> = new Set(['know', 'knows', 'learn', 'learns', 'understand', 'understands']);
/** Words of a person's ability before "to": "experts able to interpret", "know how to interpret". */
const ABLE: ReadonlySet<string> = new Set(['able', 'qualified', 'trained', 'competent', 'skilled', 'how']);

/** Whether "to" at t follows a person's ability: "experts able to", "(audiologists) know how to". */
function personAbleBefore(words: readonly Word[], t: number): boolean {
  if (!ABLE.has(words[t - 1]?.w ?? '')) return false;
  // ("how" only after knowing: "know how to interpret them", not "tells nurses how to titrate insulin")
  if (words[t - 1].w === 'how' && !KNOWING.has(words[t - 2]?.w ?? '')) return false;
  // (a machine named anywhere before is the one able: "The software, validated against radiologists, is able to …"; its outputs
  // are no actor: "trust the results and know how to interpret them")
  let person = false;
  for (let b = t - 2; b >= 0 && b >= t - 10; b--) {
    const w = words[b].w;
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || w === 'experts' || w === 'expert') person = true;
    if (V.SOFTWARE_NOUNS.has(w) && !V.RESULT_NOUNS.has(w) && !OUTPUT_HOLDERS.has(w) && w !== 'output' && w !== 'outputs') return false;
  }
  return person;
}

/**
 * Whether the word at j, just before a relative clause, names a physician by a cleft: "it is the radiologist (who …)",
 * "the pathologists are the ones (who …)".
 */
function physicianCleft(words: readonly Word[], j: number): boolean {
  const w = words[j]?.w ?? '';
  if (V.PHYSICIAN_NOUNS.has(w)) return !V.AMBIGUOUS_HUMANS.has(w) && !V.MACHINE_PERSONS.has(words[j - 1]?.w ?? '') && cleftBefore(words, j);
  if (w !== 'ones' || words[j - 1]?.w !== 'the' || words[j - 2]?.tag !== 'be') return false;
  const named = words[j - 3]?.w ?? '';
  return (V.PHYSICIAN_NOUNS.has(named) && !V.AMBIGUOUS_HUMANS.has(named)) || named === 'they';
}

/** Words after "tags … with" that name a finding, not a record's data: "with a suspected bleed". */
const SUSPECTED: ReadonlySet<string> = new Set(['suspected', 'possible', 'suspicious', 'probable', 'likely', 'potential']);

/** Faults a gerund before them only qualifies: "counting problems", "dosing errors". */
const FAULT_NOUNS: ReadonlySet<string> = new Set(['problem', 'problems', 'error', 'errors', 'mistake', 'mistakes', 'discrepancy', 'discrepancies', 'issue', 'issues', 'failure', 'failures']);

/** Whether the word before "tag" at k (past adverbs) can be its doer: a product, a pronoun, a name, or a verb it is coordinated with. */
function taggerBefore(words: readonly Word[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && words[b].tag === 'adv') b--;
  const before = words[b];
  if (before === undefined) return false;
  return V.SOFTWARE_NOUNS.has(before.w) || before.tag === 'pron' || before.tag === 'name' || before.tag === 'rel' || before.tag === 'cc' || before.w === ',';
}

/** Whether "tag" at k is followed, in its clause, by "with" and no suspected finding: "tags each image with the patient ID". */
function taggedWithData(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j <= k + 6; j++) {
    if (words[j].w !== 'with') continue;
    let at = j + 1;
    while (words[at]?.tag === 'det') at++;
    return !SUSPECTED.has(words[at]?.w ?? '');
  }
  return false;
}

/** Whether the person at j is named by a cleft: "it is the radiologist (who …)". */
function cleftBefore(words: readonly Word[], j: number): boolean {
  let b = j - 1;
  while (b >= 0 && (words[b].tag === 'det' || words[b].tag === 'adj' || words[b].tag === 'adv')) b--;
  return words[b]?.tag === 'be' && words[b - 1]?.w === 'it';
}

/** Heads that make a review noun a measure of the reading: "reading workload", "review time". */
const READING_MEASURES: ReadonlySet<string> = new Set(['workload', 'workloads', 'time', 'times', 'burden', 'volume', 'volumes', 'load', 'speed', 'efficiency', 'hours', 'minutes']);

/** Relative pronouns whose antecedent stands before the clause. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'that']);
/** Marks only software puts on a patient: "each flagged patient", "the alerted patients" (not "identified" or "listed", which
 * a clinic does too: "reviews identified patients at the monthly clinic"). */
const MARKED_PATIENT: ReadonlySet<string> = new Set(['flagged', 'alerted', 'highlighted', 'prioritized', 'prioritised']);

/** Verbs of putting an option forward. */
const RECOMMENDING: ReadonlySet<string> = new Set(['recommend', 'suggest', 'propose']);


/**
 * Whether "in"/"for" at `at` follows "used" or a word of usefulness ("are used in", "is useful for", "are of value in") and
 * what is used is not the product: the clause's subject, or a relative pronoun's antecedent, is no product noun.
 */
function usedOrUsefulFor(words: readonly Word[], clause: Clause, at: number): boolean {
  const before = words[at - 1];
  if (!before || !(before.w === 'used' || USEFULNESS.has(before.w) || before.w === 'value')) return false;
  let subject = clause.subject >= 0 ? words[clause.subject] : undefined;
  if (subject && RELATIVE_PRONOUNS.has(subject.w)) {
    // "strain values, which are used in …": the antecedent is the noun before the clause (past a comma).
    let b = clause.subject - 1;
    while (b >= 0 && words[b].tag === 'punct') b--;
    subject = words[b];
  }
  return subject === undefined || !SELF_NOUNS.has(subject.w);
}

/** Words that bring in what else is weighed: "together with the recommendations", "alongside the suggested dose". */
const WEIGHED_WITH: ReadonlySet<string> = new Set(['together', 'with', 'alongside', 'against']);

/** Verbs of changing an option the tagger may take for nouns in a list ("accept, change or reject"). */
const LIST_CHANGE_VERBS: ReadonlySet<string> = new Set(['change', 'edit', 'amend', 'adjust', 'alter', 'modify', 'override', 'reject', 'decline', 'refuse', 'correct']);
/** Whether a word is a form of a verb of changing or turning down an option, whatever its tag: "signs or declines it" (stop 59). */
function listedChange(w: string): boolean {
  return LIST_CHANGE_VERBS.has(w) || LIST_CHANGE_VERBS.has(w.replace(/s$/, '')) || LIST_CHANGE_VERBS.has(w.replace(/d$/, '')) || LIST_CHANGE_VERBS.has(w.replace(/ed$/, ''));
}
/** Verbs of taking up or turning down what the software offers: "whether to confirm each suggestion". */
const ACTING_ON_OPTION: ReadonlySet<string> = new Set(['confirm', 'accept', 'approve', 'follow', 'adopt', 'apply', 'reject', 'override', 'modify', 'overrule']);

/** How far after "in" the document noun may come ("in the current labeling of the agent", "in the operator's manual"). */
const DOCUMENT_REACH = 4;

/** Whether the participle at k is followed by "in" and a document ("is found in the labeling"), before any punctuation. */
function writtenIn(words: readonly Word[], k: number): boolean {
  const at = words[k + 1]?.tag === 'adv' ? k + 2 : k + 1;
  if (words[at]?.w !== 'in') return false;
  for (let j = at + 1; j < Math.min(words.length, at + 1 + DOCUMENT_REACH); j++) {
    if (words[j].tag === 'punct') return false;
    if (V.DOCUMENT_NOUNS.has(words[j].w)) return true;
  }
  return false;
}

/** Quantifiers that count what a study's readers judged: "none of", "all of", "most of". */
const COUNTING_OF: ReadonlySet<string> = new Set(['none', 'all', 'most', 'many', 'few', 'some', 'half']);

/** Whether the object right after the verb at k is counted: a number or a share ("93% of them", "none of the cases", "12 of 14"). */
function countedObjectAfter(words: readonly Word[], k: number): boolean {
  const first = words[k + 1];
  if (!first) return false;
  if (first.tag === 'num') return true;
  // ("nearly all of them", "almost half of the flagged studies")
  const at = (first.w === 'nearly' || first.w === 'almost') ? k + 2 : k + 1;
  return COUNTING_OF.has(words[at]?.w ?? '') && words[at + 1]?.w === 'of';
}
