/**
 * A verdict that reaches a lay person, or moves the patient along the care path, with nobody reading it between (round
 * 18c). The older forms (`layUse.ts`) read the software handing a result to the patient; these read the same fact from
 * the other end:
 *
 * - the lay person as the one who learns it: "the patient learns at once whether a referral is needed", "the wearer
 *   finds out whether the rhythm is normal", "the parent is told whether the hearing screen was passed";
 * - an indicator as the teller: "a coloured light tells the wearer whether to seek care", "the watch face shows the
 *   consumer whether …" (an indicator is the software's voice);
 * - the result as what moves the patient: "a benign call discharges the patient from the pathway", "a negative result
 *   releases the patient from further follow-up".
 *
 * "The user" is lay only in a consumer setting (a watch, a phone, the home, over the counter), as in `layUse.ts`; a
 * clinician learning the same thing is reading the output. Never under a negation, a hedge, an obligation or a condition.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';
import { transferWhether } from './whether';
import { consumerSetting } from './layUse';

/** Lay people a verdict reaches. */
const LAY: ReadonlySet<string> = new Set([...V.LAY_RECIPIENTS, 'persons', 'individuals', 'families', 'family', 'customer', 'customers', 'mother', 'mothers']);
const USERS: ReadonlySet<string> = new Set(['user', 'users']);
/** Verbs of learning a verdict (lemmas); "find" only with "out". */
const LEARNING: ReadonlySet<string> = new Set(['learn', 'find', 'know', 'hear', 'discover', 'see', 'tell', 'inform']);
/** Verbs of a lay person getting a result (lemmas): "the wearer receives a positive or negative result". */
const GETTING: ReadonlySet<string> = new Set(['receive', 'get', 'obtain', 'view']);
/** Results a lay person gets (not a reading: "the patient sees the glucose reading" is a measurement). */
const GOT_RESULTS: ReadonlySet<string> = new Set(['result', 'results', 'classification', 'classifications', 'verdict', 'verdicts', 'outcome', 'outcomes', 'answer', 'answers', 'diagnosis']);

/** The result noun a getting verb at v takes, past its modifiers ("a positive or negative screening result"), or -1. */
function resultGot(words: readonly Word[], v: number, to: number): number {
  for (let j = v + 1; j < to && j <= v + 8; j++) {
    if (GOT_RESULTS.has(words[j].w)) return j;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'cc' && words[j].w !== '-') return -1;
  }
  return -1;
}

/** Indicators that speak for the software. */
const INDICATORS: ReadonlySet<string> = new Set(['light', 'lights', 'lamp', 'led', 'leds', 'indicator', 'indicators', 'icon', 'icons', 'colour', 'color', 'tone', 'face', 'badge']);
/** Verbs of an indicator telling. */
const TELLING: ReadonlySet<string> = new Set(['tell', 'show', 'inform', 'signal', 'indicate']);
/** Result words that move the patient on. */
const VERDICT_SUBJECTS: ReadonlySet<string> = new Set([...V.RESULT_NOUNS, 'call', 'calls', 'outcomes', 'verdicts', 'answers', 'results']);
/** Verbs (any form the tagger gives) of moving the patient along or out of care. */
const MOVING_ON: ReadonlySet<string> = new Set([
  'discharge', 'discharges', 'discharged', 'release', 'releases', 'released', 'exempt', 'exempts', 'spare', 'spares', 'spared',
  'route', 'routes', 'routed', 'return', 'returns', 'returned', 'remove', 'removes', 'removed',
]);
/** The care path the patient is moved along or out of. */
const CARE_PATH: ReadonlySet<string> = new Set([
  'pathway', 'pathways', 'follow-up', 'followup', 'surveillance', 'screening', 'programme', 'program', 'clinic', 'referral', 'recall',
  'care', 'waitlist', 'waiting', 'list', 'specialist', 'service', 'routine',
]);


/** Whether the word at j names a lay person (a user only in a consumer setting). */
function layPerson(words: readonly Word[], j: number): boolean {
  const w = words[j]?.w ?? '';
  if (words[j + 1]?.tag === 'noun' && !CARE_PATH.has(words[j + 1].w)) return false; // "the patient portal"
  return LAY.has(w) || (USERS.has(w) && consumerSetting(words));
}

/** "whether" (or "if") within a few words after v, past "out", adverbs and a short phrase of time ("at once", "within a minute"). */
function whetherAfter(words: readonly Word[], v: number, to: number): number {
  for (let j = v + 1; j < words.length && j <= v + 6; j++) {
    if (words[j].w === 'whether') return j;
    // ("at once" may close the clause early: only "once" may stand between as a subordinator.)
    if (words[j].tag === 'sub' && words[j].w !== 'once') return -1;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'be' || (j >= to && words[j].tag !== 'sub' && words[j].tag !== 'prep' && words[j].tag !== 'adv')) return -1;
  }
  return -1;
}

/** The lay person learns the verdict: "the patient learns at once whether …", "the parent is told whether …". */
export function layLearnsCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged || scope.obliged || clause.subject < 0 || out.some((c) => c.kind === 'autonomous')) return;
  const subject = clause.subject;
  const learner = layPerson(words, subject);
  const indicator = INDICATORS.has(words[subject].w);
  if (!learner && !indicator) return;
  for (const v of clause.verbs) {
    if (v < subject || scope.negated[v - clause.from] || v > subject + 4) continue;
    const lemma = words[v].lemma ?? '';
    if (learner && GETTING.has(lemma) && words[v].form !== 'ed' && clause.opener !== 'who') {
      // "the wearer receives a positive or negative result on the phone" (not "a user who receives a result should …").
      const r = resultGot(words, v, clause.to);
      if (r >= 0) {
        out.push({ kind: 'autonomous', first: subject, last: r });
        return;
      }
    } else if (learner) {
      if (!LEARNING.has(lemma)) continue;
      // "tell" and "inform" only as the passive ("is told whether"): "the patient tells the nurse whether …" is the patient's account.
      if ((lemma === 'tell' || lemma === 'inform') && words[v].form !== 'ed') continue;
      if (lemma === 'find' && words[v + 1]?.w !== 'out') continue;
      const w = whetherAfter(words, v, clause.to);
      if (w >= 0 && !transferWhether(words, w)) {
        out.push({ kind: 'autonomous', first: subject, last: w });
        return;
      }
    } else if (TELLING.has(lemma) && words[v].form !== 'ed') {
      // "a coloured light tells the wearer whether …": the indicator speaks to a lay person.
      // (A light or a tone speaks to the person holding the device: there "the user" is lay too.)
      const j = layPersonTold(words, v, clause.to + 1);
      if (j < 0) continue;
      if (words[j + 1]?.w === 'whether' && !transferWhether(words, j + 1)) {
        out.push({ kind: 'autonomous', first: subject, last: j + 1 });
        return;
      }
    }
  }
}

/**
 * The result moves the patient along or out of care: "a benign call discharges the patient from the pathway". Read over
 * the sentence's words (the tagger often takes the verb for a noun here, so no clause holds it).
 */
export function carePathCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let k = 0; k < words.length; k++) {
    if (!VERDICT_SUBJECTS.has(words[k].w)) continue;
    // The verb right after the result (past an adverb): "a benign call (then) discharges …".
    let v = k + 1;
    if (words[v]?.tag === 'adv') v++;
    if (!MOVING_ON.has(words[v]?.w ?? '')) continue;
    for (let b = Math.max(0, k - 4); b < v; b++) if (V.DENY_OR_HEDGE.has(words[b].w)) return;
    let p = v + 1;
    while (p < words.length && p <= v + 3 && (words[p].tag === 'det' || words[p].tag === 'adj')) p++;
    if (!layPerson(words, p)) continue;
    const link = words[p + 1]?.w;
    if (link !== 'from' && link !== 'to' && link !== 'into' && link !== 'back' && link !== 'out') continue;
    for (let j = p + 2; j < words.length && j <= p + 6; j++) {
      if (CARE_PATH.has(words[j].w)) {
        out.push({ kind: 'autonomous', first: k, last: j });
        return;
      }
      if (words[j].tag === 'punct' || words[j].tag === 'verb') break;
    }
  }
}

/** Words that say the machine did it: "automatically", "by itself". */
const AUTOMATICALLY: ReadonlySet<string> = new Set(['automatically', 'autonomously']);
/** Who or what is referred: the patient or the screen. */
const REFERRED: ReadonlySet<string> = new Set([...LAY, 'screen', 'screens', 'case', 'cases', 'participant', 'participants', 'child', 'children']);

/**
 * "Positive screens are referred to an eye specialist automatically", "the patient is referred automatically when the
 * result is positive": the referral is the software's decision on the patient. Only the passive of "refer" with "automatically"
 * in its clause; "the patient is referred for an eye exam" names no one who decides.
 */
export function autoReferredCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (!clause.passive || scope.hypothetical || scope.hedged || scope.obliged || clause.subject < 0 || out.some((c) => c.kind === 'autonomous')) return;
  if (!REFERRED.has(words[clause.subject].w)) return;
  for (const v of clause.verbs) {
    if (words[v].lemma !== 'refer' || words[v].form !== 'ed' || scope.negated[v - clause.from]) continue;
    for (let j = Math.max(clause.from, v - 2); j < clause.to && j <= v + 8; j++) {
      if (AUTOMATICALLY.has(words[j].w)) {
        out.push({ kind: 'autonomous', first: Math.min(v, j), last: Math.max(v, j) });
        return;
      }
      if (words[j].tag === 'punct' || (j > v && words[j].tag === 'sub')) break;
    }
  }
}

/** The lay person (or "the user") the telling verb at v speaks to, past a determiner or an adjective, before `to`; or -1. */
function layPersonTold(words: readonly Word[], v: number, to: number): number {
  let j = v + 1;
  while (j < to && j <= v + 3 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
  return layPerson(words, j) || USERS.has(words[j]?.w ?? '') ? j : -1;
}

/** Conditions a verdict names: "which of three conditions", "which disease is present". */
const NAMED_CONDITIONS: ReadonlySet<string> = new Set(['condition', 'conditions', 'disease', 'diseases', 'disorder', 'disorders', 'diagnosis', 'diagnoses', 'infection', 'infections', 'rhythm', 'rhythms', 'problem', 'problems']);

/**
 * "The software tells the user which of three conditions the echo points to" (stop 36): the software naming, for a lay
 * person, which condition is present is its own conclusion, like "tells the user whether". Only a lay person or "the
 * user" told (a clinician told which condition is the product's suggestion for the reading), and never under a
 * negation, a hedge, an obligation or a condition.
 */
export function toldWhichConditionCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || scope.hypothetical || scope.hedged || scope.obliged || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (!TELLING.has(verb.lemma ?? '') || verb.form === 'ed' || verb.form === 'ing' || scope.negated[v - clause.from]) continue;
    const j = layPersonTold(words, v, words.length);
    if (j < 0 || words[j + 1]?.w !== 'which') continue;
    for (let c = j + 2; c < words.length && c <= j + 6; c++) {
      if (NAMED_CONDITIONS.has(words[c].w)) {
        out.push({ kind: 'autonomous', first: v, last: c });
        return;
      }
      if (words[c].tag === 'punct' || words[c].tag === 'verb') break;
    }
  }
}

/** Verbs of handing advice over (lemmas). */
const ADVISING: ReadonlySet<string> = new Set(['give', 'send', 'offer', 'provide', 'deliver', 'issue']);

/**
 * "The algorithm sends the patient advice matched to its severity", "offers the user guidance on what to do next", "gives
 * advice to the patient" (stop 39): advice on what to do that reaches a lay person straight from the software is its own
 * management of the patient, with no clinician choosing it. Only the software as the sender, a lay person as the receiver
 * (a user only in a consumer setting, as elsewhere), and never under a negation, a hedge, an obligation or a condition.
 */
export function layAdviceCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged || scope.obliged || out.some((c) => c.kind === 'autonomous')) return;
  // a clinician named anywhere may stand between ("only after the clinician has approved it", "must be confirmed by their physician")
  if (words.some((w) => V.PHYSICIAN_NOUNS.has(w.w.replace(/'s?$/, '')) && !V.AMBIGUOUS_HUMANS.has(w.w))) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (!ADVISING.has(verb.lemma ?? '') || verb.form === 'ed' || verb.form === 'ing' || scope.negated[v - clause.from]) continue;
    // "sends the patient advice …": the lay person first, then the advice ("patient advice" may read as one noun)
    let person = v + 1;
    while (person < clause.to && person <= v + 3 && (words[person].tag === 'det' || words[person].tag === 'adj')) person++;
    if (!layReceiver(words, person)) person = -1;
    if (person >= 0) {
      const advice = adviceAt(words, person + 1, clause.to);
      if (advice >= 0) {
        out.push({ kind: 'autonomous', first: v, last: advice });
        return;
      }
      continue;
    }
    // "gives advice to the patient", "offers tailored guidance to users at home"
    const advice = adviceAt(words, v + 1, clause.to);
    if (advice < 0 || (words[advice + 1]?.w !== 'to' && words[advice + 1]?.w !== 'for')) continue;
    let j = advice + 2;
    while (j < clause.to && j <= advice + 4 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
    if (layReceiver(words, j)) {
      out.push({ kind: 'autonomous', first: v, last: j });
      return;
    }
  }
}

/** Whether the word at j names a lay receiver: a patient or a carer, or a user in a consumer setting. */
function layReceiver(words: readonly Word[], j: number): boolean {
  const w = words[j]?.w ?? '';
  return LAY.has(w) || (USERS.has(w) && consumerSetting(words));
}

/** An advice noun at `from`, past determiners, adjectives and noun modifiers ("tailored self-management advice"); or -1. */
function adviceAt(words: readonly Word[], from: number, to: number): number {
  for (let j = from; j < to && j <= from + 4; j++) {
    if (V.ADVICE_NOUNS.has(words[j].w)) return V.instructionsForDevice(words, j) ? -1 : j;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return -1;
  }
  return -1;
}
