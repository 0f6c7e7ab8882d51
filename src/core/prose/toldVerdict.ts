/**
 * A verdict told to a lay person in a clause of its own (stop 59): "the app tells us she is back in remission", "the watch
 * told me I was in atrial fibrillation", "informs the user that the mole is benign", "tells parents their child has
 * jaundice". As with "tells the user whether …" (`told.ts`), the software states its own conclusion about the patient to
 * someone who does not read the data, with nobody between: what Appendix S calls autonomous.
 *
 * The told clause must name the patient (a pronoun, a lay person, a relative, a lesion) and say what they are or have: a
 * condition after "has" ("has jaundice", "has relapsed"), a state after "is" ("is in remission", "is benign"). What the
 * device is or has ("the sensor is ready", "you have two readings left", "you have to calibrate"), a measurement ("your
 * glucose is high", "you are in range") and a clinician told stay unread here. Never under a negation, a hedge, an
 * obligation or a condition; in the past only as a personal account ("told me", "told us", "told my mum"), since "the app
 * told participants they had been randomised" reports a study.
 *
 * The same verdict may be stated of the case without anyone told (`declaredVerdictCue`): "declares the study normal",
 * "declared her in remission".
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';
import { addresseeAfter } from './toldWhatToDo';

/** Verbs of telling someone a conclusion (lemmas). */
const TELLING_VERDICT: ReadonlySet<string> = new Set(['tell', 'inform', 'reassure']);
/** Pronouns a told clause may open with for the patient ("it" is left out: "tells you it is charging"). */
const PATIENT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'they', 'we']);
/** Lesions and body parts a verdict may be about: "the mole is benign", "her rash is ringworm". */
const LESIONS: ReadonlySet<string> = new Set(['mole', 'moles', 'rash', 'lesion', 'lesions', 'spot', 'spots', 'lump', 'lumps', 'wound', 'ulcer', 'skin', 'heart', 'rhythm', 'eye', 'eyes', 'ear', 'ears', 'lungs', 'kidneys']);
/** States a verdict gives after "is": "is benign", "was normal", "is back in remission" (with "in", below). */
const VERDICT_STATES: ReadonlySet<string> = new Set(['benign', 'malignant', 'harmless', 'cancerous', 'normal', 'abnormal', 'healthy', 'unhealthy', 'ill', 'sick', 'infected', 'pregnant', 'diabetic', 'anaemic', 'anemic', 'positive', 'negative', 'clear', 'well']);
/** What "in" names that is no condition: a measure within its range, a place, a time. */
const NOT_IN_CONDITION: ReadonlySet<string> = new Set(['range', 'target', 'zone', 'the', 'a', 'an', 'time', 'bed', 'hospital', 'charge', 'control', 'sync']);
/** Conditions a verdict gives as a participle after "has": "has relapsed". */
const CONDITION_PARTICIPLES: ReadonlySet<string> = new Set(['relapsed', 'recovered', 'healed', 'ovulated', 'miscarried']);
/** What a person "has" that is the device's or a count, not a condition. */
const NOT_CONDITIONS: ReadonlySet<string> = new Set([
  'reading', 'readings', 'message', 'messages', 'notification', 'notifications', 'battery', 'sensor', 'app', 'account', 'appointment',
  'appointments', 'test', 'tests', 'result', 'results', 'data', 'access', 'time', 'days', 'hours', 'minutes', 'points', 'steps',
  'goal', 'goals', 'option', 'options', 'choice', 'question', 'questions', 'been', 'left',
]);

/** The index of the lay person told by the verb at v, or -1; and whether the account is the writer's own ("me", "my mum"). */
function personTold(words: readonly Word[], v: number): { at: number; own: boolean } {
  const at = addresseeAfter(words, v);
  const w = words[at]?.w ?? '';
  // (a clinician, a responder or staff told is reading the output, not a lay person learning a verdict)
  if (at < 0 || V.PHYSICIAN_NOUNS.has(w) || V.LAY_RESPONDERS.has(w) || w === 'staff') return { at: -1, own: false };
  const own = w === 'me' || w === 'us' || words[v + 1]?.w === 'my' || words[v + 1]?.w === 'our';
  return { at, own };
}

/** The index of the last word of a verdict about the patient in the clause told from `from`, or -1. */
function verdictTold(words: readonly Word[], from: number): number {
  let s = words[from]?.w === 'that' ? from + 1 : from;
  // the patient: a pronoun, or a person, a relative or a lesion past a determiner or two ("her mole", "the baby")
  if (!PATIENT_PRONOUNS.has(words[s]?.w ?? '')) {
    while (s <= from + 3 && (words[s]?.tag === 'det' || words[s]?.tag === 'adj')) s++;
    const w = words[s]?.w ?? '';
    if (!(V.PATIENT_NOUNS.has(w) || V.KIN.has(w) || LESIONS.has(w))) return -1;
  }
  let v = s + 1;
  while (words[v]?.tag === 'adv' && v <= s + 3) v++;
  const verb = words[v]?.w ?? '';
  if (verb === 'has' || verb === 'have' || verb === 'had') {
    let j = v + 1;
    if (CONDITION_PARTICIPLES.has(words[j]?.w ?? '')) return j;
    while (j <= v + 4 && (words[j]?.tag === 'det' || words[j]?.tag === 'adj')) j++;
    const w = words[j]?.w ?? '';
    if (words[j]?.tag !== 'noun' || NOT_CONDITIONS.has(w) || words[j + 1]?.tag === 'to') return -1;
    return j;
  }
  if (words[v]?.tag !== 'be') return -1;
  let j = v + 1;
  while (words[j]?.tag === 'adv' && j <= v + 3) j++;
  if (VERDICT_STATES.has(words[j]?.w ?? '')) return j;
  if (words[j]?.w === 'in' && !NOT_IN_CONDITION.has(words[j + 1]?.w ?? '') && (words[j + 1]?.tag === 'noun' || words[j + 1]?.tag === 'name' || words[j + 1]?.tag === 'adj')) return j + 1;
  return -1;
}

export function toldVerdictCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged || scope.obliged || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (!TELLING_VERDICT.has(verb.lemma ?? '') || verb.form === 'ing' || scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    const told = personTold(words, v);
    if (told.at < 0 || (verb.form === 'ed' && !told.own)) continue;
    const last = verdictTold(words, told.at + 1);
    if (last < 0) continue;
    out.push({ kind: 'autonomous', first: v, last });
    return;
  }
}

/** Verbs that state a verdict on what follows them (lemmas). */
const DECLARING: ReadonlySet<string> = new Set(['declare', 'pronounce', 'call']);

/**
 * "The software declares the study normal", "the app declared her in remission", "calls the test negative" (stop 59): the
 * software states its verdict on the case, an object and then its state (a state word, or "in" and a condition). Only a
 * state counts after the object, so "calls the nurse", "calls the service" and "declares the sensor ready" are no verdicts.
 */
export function declaredVerdictCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged || scope.obliged || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    const lemma = verb.lemma ?? '';
    if (!DECLARING.has(lemma) || verb.form === 'ing' || scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    // the object: a pronoun, or a determiner and a noun or two ("each study", "the rash")
    let j = v + 1;
    const pronoun = words[j]?.w === 'her' || words[j]?.w === 'him' || words[j]?.w === 'them' || words[j]?.w === 'it';
    if (pronoun) j++;
    else {
      if (words[j]?.tag !== 'det') continue;
      j++;
      while (j <= v + 4 && words[j]?.tag === 'adj') j++;
      if (words[j]?.tag !== 'noun' || NOT_CONDITIONS.has(words[j].w)) continue;
      while (words[j + 1]?.tag === 'noun' && j <= v + 5 && !VERDICT_STATES.has(words[j + 1].w)) j++;
      j++;
    }
    const state = words[j];
    if (state === undefined) continue;
    let last = -1;
    if (VERDICT_STATES.has(state.w)) last = j;
    else if (state.w === 'in' && !NOT_IN_CONDITION.has(words[j + 1]?.w ?? '') && (words[j + 1]?.tag === 'noun' || words[j + 1]?.tag === 'name')) last = j + 1;
    if (last < 0) continue;
    out.push({ kind: 'autonomous', first: v, last });
    return;
  }
}
