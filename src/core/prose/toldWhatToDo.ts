/**
 * The software telling someone what to do for the patient (stop 57): "tells the wearer to go down", "tells you how much
 * vitamin D to give as a loading dose", "recommends where the patient should be cared for and which antibiotics to start",
 * "a plan telling you when to seek bright light and when to sleep", "produces advice on how the patient should be
 * treated". Appendix S calls a management option the software draws up itself
 * autonomous (Level I when a clinician still acts on it), whoever carries it out.
 *
 * What is told must be an act of care: giving, taking or stopping a treatment, eating, sleeping, going down, being
 * admitted. Telling someone to look, check or read is a prompt, and telling a user when to take a reading or how to wear
 * the sensor is about the device; both keep their own readings. Bare "how" ("how to inject") teaches a technique, and a
 * bare "when" ("when to take the tablets") is often a reminder of a schedule someone else chose: "when" counts only in a
 * plan the software draws up. Never denied, hedged or hypothetical, and only with the software as the subject.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of telling someone what to do (lemmas). */
const DIRECTING: ReadonlySet<string> = new Set(['tell', 'advise', 'instruct', 'direct']);
/** Verbs of putting forward a choice of care (lemmas): they take a question ("recommends which antibiotics to start"). */
const PROPOSING: ReadonlySet<string> = new Set(['recommend', 'suggest', 'advise', 'propose']);
/** Acts of care a person may be told to do (lemmas; not "rest" or "go to": "rest at home", "go to the ED" are the care-level readings'). */
const CARE_ACTS: ReadonlySet<string> = new Set([
  'give', 'take', 'administer', 'inject', 'dose', 'wear', 'eat', 'drink', 'sleep', 'avoid', 'descend', 'seek', 'start',
  'stop', 'admit', 'treat', 'increase', 'decrease', 'reduce', 'raise', 'lower', 'swallow', 'apply', 'go', 'send', 'skip', 'change',
]);
/** Participles of care done to the patient: "where the patient should be cared for", "how it should be treated". */
const CARE_PARTICIPLES: ReadonlySet<string> = new Set(['cared', 'treated', 'managed', 'admitted', 'given', 'dosed', 'transferred', 'referred', 'monitored']);
/** What a care verb may take that makes it about the device or a measurement, not care: "take a reading", "wear the sensor". */
const NOT_CARE_OBJECTS: ReadonlySet<string> = new Set([
  ...V.DEVICE_HANDLING, 'reading', 'readings', 'measurement', 'measurements', 'photo', 'photos', 'picture', 'pictures', 'sample',
  'samples', 'test', 'tests', 'recording', 'recordings', 'breath', 'look', 'note', 'notes', 'screenshot', 'survey', 'questionnaire',
  'break', 'battery', 'strap', 'band', 'watch', 'patch', 'headset', 'cuff',
]);
/** Where "go" is an act of care: "go down", "go home" ("go to the emergency department" is the care-level readings'). */
const GOING_WHERE: ReadonlySet<string> = new Set(['down', 'home', 'lower']);
/** Nouns a plan the software draws up goes by: "a day-by-day plan telling you when to …". */
const PLAN_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'schedule', 'schedules', 'programme', 'program', 'regimen', 'protocol']);
/** Verbs of handing advice over (lemmas). */
const PRODUCING: ReadonlySet<string> = new Set(['produce', 'give', 'offer', 'provide', 'generate', 'issue', 'return', 'output']);
/** Words that open what a person is told: "when to sleep", "how much to give". */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'where', 'when', 'how', 'whether']);
/** How-questions about an amount or a length: "how much", "how many", "how often", "how long". */
const HOW_AMOUNTS: ReadonlySet<string> = new Set(['much', 'many', 'often', 'long', 'far']);

/** What "seek" takes when it sends the patient on: "seek medical advice", "seek care", "seek a doctor". */
const SOUGHT_CARE: ReadonlySet<string> = new Set(['advice', 'care', 'help', 'attention', 'treatment', 'doctor', 'physician', 'clinician', 'review', 'assessment', 'evaluation', 'consultation']);

/** Whether a therapy or a medicine is named in words[from, to): "start antibiotics", "stop the infusion". */
function medicineWithin(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to && j < words.length; j++) {
    if (V.namesTreatment(words[j].w)) return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return false;
  }
  return false;
}

/** Whether the verb at k (an infinitive's verb) names an act of care, judged by what follows it. */
function careActAt(words: readonly Word[], k: number): boolean {
  const verb = words[k];
  if (verb === undefined) return false;
  const lemma = verb.lemma ?? verb.w;
  if (!CARE_ACTS.has(lemma)) return false;
  const next = words[k + 1]?.w ?? '';
  if (lemma === 'go') return GOING_WHERE.has(next);
  // ("stop climbing", "stop the infusion", "start antibiotics"; not "stop the scan", "where to start" reading)
  if ((lemma === 'stop' || lemma === 'start') && !(words[k + 1]?.form === 'ing' || medicineWithin(words, k + 1, k + 4))) return false;
  // ("seek bright light"; seeking advice or care is sending the patient on, which the care-level readings weigh)
  if (lemma === 'seek' && SOUGHT_CARE.has(words[k + 1]?.w === 'medical' || words[k + 1]?.tag === 'det' ? words[k + 2]?.w ?? '' : next)) return false;
  for (let j = k + 1; j < words.length && j <= k + 4; j++) {
    if (NOT_CARE_OBJECTS.has(words[j].w)) return false;
    if (words[j].tag === 'punct' || words[j].tag === 'cc' || words[j].tag === 'prep') break;
  }
  return true;
}

/** The index of the verb after "to" within a few words from `from` (a question's "to"), or -1: "how much cholecalciferol to give". */
function infinitiveAfter(words: readonly Word[], from: number, reach: number): number {
  for (let j = from; j < words.length && j <= from + reach; j++) {
    if (words[j].tag === 'to') return j + 1;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'be') return -1;
  }
  return -1;
}

/** The end of a wh-question of care that starts at q, or -1: "where the patient should be cared for", "which antibiotics to start". */
function questionOfCare(words: readonly Word[], q: number, allowWhen: boolean): number {
  const w = words[q]?.w ?? '';
  let from = q + 1;
  // (a bare "how" only before a subject and "should": "how the patient should be treated", not "how to inject")
  let bareHow = false;
  if (w === 'how') {
    bareHow = !HOW_AMOUNTS.has(words[q + 1]?.w ?? '');
    if (!bareHow) from = q + 2;
  } else if (w === 'when') {
    if (!allowWhen) return -1;
  } else if (w !== 'what' && w !== 'which' && w !== 'where' && w !== 'whether') return -1;
  const verb = bareHow ? -1 : infinitiveAfter(words, from, 4);
  if (verb >= 0) return careActAt(words, verb) ? verb : -1;
  if (bareHow && words[from]?.tag === 'to') return -1;
  // "where the patient should be cared for", "how it should be monitored and treated"
  for (let j = from; j < words.length && j <= from + 5; j++) {
    if (words[j].tag === 'punct') return -1;
    if (words[j].tag === 'modal' || words[j].w === 'is' || words[j].w === 'are') {
      let p = j + 1;
      if (words[p]?.w === 'be') p++;
      for (let e = p; e < words.length && e <= p + 3; e++) if (CARE_PARTICIPLES.has(words[e].w)) return e;
      return -1;
    }
  }
  return -1;
}

/** Pronouns that name the person a verb addresses: "tells you", "gives them" ("her" only when no noun follows, see below). */
const ADDRESSED_PRONOUNS: ReadonlySet<string> = new Set(['you', 'me', 'us', 'them', 'him']);

/**
 * The index of the person the verb at v addresses, named right after it: "tells you …", "gives the triage nurse …", "shows
 * all the parents …" (past up to two determiners and two qualifiers), or -1. "Her" is the person only when no noun follows
 * ("gives her a dose", not "tells her doctor"). Shared by the told-what-to-do and the option-handed-over readings.
 */
export function addresseeAfter(words: readonly Word[], v: number): number {
  const first = words[v + 1];
  if (first !== undefined && (ADDRESSED_PRONOUNS.has(first.w) || (first.w === 'her' && words[v + 2]?.tag !== 'noun' && words[v + 2]?.tag !== 'adj'))) return v + 1;
  let j = v + 1;
  while (j <= v + 2 && words[j]?.tag === 'det') j++;
  for (let n = 0; n < 3 && j < words.length; n++, j++) {
    const w = words[j].w;
    if (V.PHYSICIAN_NOUNS.has(w) || V.LAY_PEOPLE.has(w) || V.LAY_RESPONDERS.has(w) || V.KIN.has(w) || w === 'staff') return j;
    if (words[j].tag !== 'noun' && words[j].tag !== 'adj') break;
  }
  return -1;
}

/** The person told, at most a few words after v; or v itself when nobody is named. */
function pastPersonTold(words: readonly Word[], v: number): number {
  const addressed = addresseeAfter(words, v);
  if (addressed >= 0) return addressed;
  let j = v + 1;
  while (j < words.length && j <= v + 3 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
  // anyone else told, by what follows: "tells the shift worker when to sleep", "tells the hiker to descend"
  let last = j;
  while (words[last + 1]?.tag === 'noun' && last < j + 2) last++;
  if (words[j]?.tag === 'noun' && (words[last + 1]?.tag === 'to' || QUESTION_WORDS.has(words[last + 1]?.w ?? ''))) return last;
  return v;
}

export function toldWhatToDoCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    const lemma = verb.lemma ?? '';
    if (verb.tag !== 'verb' || scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    let last = -1;
    if (DIRECTING.has(lemma) || PROPOSING.has(lemma)) {
      // (an -ing form only after a plan the software draws up: "a plan telling you when to sleep")
      const planTells = verb.form === 'ing' && PLAN_NOUNS.has(words[v - 1]?.w ?? '');
      if (verb.form === 'ing' && !planTells) continue;
      const person = pastPersonTold(words, v);
      const next = person + 1;
      if (DIRECTING.has(lemma) && person > v && words[next]?.tag === 'to' && careActAt(words, next + 1)) last = next + 1;
      else if (person > v || PROPOSING.has(lemma)) last = questionOfCare(words, next, planTells);
    } else if (PRODUCING.has(lemma) && verb.form !== 'ing') {
      // "produces advice on how the patient should be monitored and treated"
      for (let j = v + 1; j < clause.to && j <= v + 5; j++) {
        if (V.ADVICE_NOUNS.has(words[j].w) && (words[j + 1]?.w === 'on' || words[j + 1]?.w === 'about')) {
          last = questionOfCare(words, j + 2, false);
          break;
        }
        if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
      }
    }
    if (last < 0) continue;
    // the cue replaces the weaker readings of the same words ("tells the user when" as guidance)
    for (let i = out.length - 1; i >= 0; i--) if (out[i].first >= v && out[i].first <= last) out.splice(i, 1);
    out.push({ kind: 'autonomous', first: v, last });
    return;
  }
}
