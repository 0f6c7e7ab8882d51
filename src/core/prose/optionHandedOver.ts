/**
 * The software handing over a management option as its output (stop 58): "returns recommendations on treatment", "writes
 * your personal prevention plan", "came back with a reduced anticoagulant dose", "proposes which operation to perform",
 * "shows whether imaging is needed", "works out whether treatment is indicated", "advises that a CT can be avoided", "its
 * answer was that no X-ray is needed". Appendix S reads a management option the software draws up as autonomous (Level I
 * when a clinician still acts on it), whatever verb hands it over; earlier readings knew it only with some verbs.
 *
 * What is handed over must be an option of care:
 * - advice, guidance or recommendations on a treatment, a diagnosis or care (not on the device: "guidance on positioning
 *   the probe");
 * - a plan of care, prevention or medication (not a bare plan);
 * - a dose that is chosen for the patient: "a starting dose", "an individual dose", "a dose for each drug" (not "the
 *   radiation dose", not a dose someone else gave or a label lists);
 * - which treatment or test to give or order;
 * - whether a test or a treatment is needed, indicated or can be avoided (not "whether the sensor needs calibrating").
 * Only with the software as the active subject; never denied, hedged or hypothetical.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import { someoneElsesOption, type WordCue } from './acts';
import { addresseeAfter } from './toldWhatToDo';
import * as V from './vocabulary';

/** Verbs that hand over what the software made (lemmas). "come" and "respond" only as "comes back with", "responds with". */
const HANDING: ReadonlySet<string> = new Set([
  'return', 'provide', 'give', 'generate', 'produce', 'output', 'offer', 'issue', 'display', 'show', 'deliver', 'write', 'propose',
  'suggest', 'send', 'present', 'report', 'print', 'list', 'yield', 'create', 'compile', 'draft', 'come', 'respond',
  // only with "into": "turns those scores into a treatment recommendation"
  'turn', 'convert', 'translate',
]);
/** Verbs that hand over only what they make something into. */
const MAKING_INTO: ReadonlySet<string> = new Set(['turn', 'convert', 'translate']);
/** Verbs that work a question out, which hand over an option only as "whether … is needed" ("works out whether treatment is indicated"). */
const DECIDING: ReadonlySet<string> = new Set(['work', 'calculate', 'compute', 'determine', 'decide', 'indicate', 'establish']);
/** Verbs that state a conclusion in a that-clause: "advises that a CT can be avoided". */
const STATING: ReadonlySet<string> = new Set(['advise', 'recommend', 'suggest', 'conclude', 'say', 'state', 'indicate', 'tell', 'answer', 'report']);
/** Nouns of what the software answered, as a subject: "its answer was that …". */
const ANSWER_SUBJECTS: ReadonlySet<string> = new Set(['answer', 'output', 'result', 'verdict', 'recommendation', 'advice', 'conclusion', 'response']);

/** What advice may be about that makes it a management option (with the treatments and medicines of `V.namesTreatment`). */
const CARE_TOPICS: ReadonlySet<string> = new Set(['management', 'care', 'diagnosis', 'diagnoses', 'prescribing', 'follow-up', 'admission', 'discharge', 'surgery', 'operation']);
/** Kinds of plan that are care, beyond `V.CARE_PLAN_KINDS`: "a personal prevention plan", "a medication plan". */
const MORE_PLAN_KINDS: ReadonlySet<string> = new Set(['prevention', 'preventive', 'preventative', 'self-management', 'discharge', 'diet', 'dietary', 'meal', 'medication', 'medicines']);
/** Heads of a dose. */
const DOSE_HEADS: ReadonlySet<string> = new Set(['dose', 'doses', 'dosage', 'dosages']);
/** Words that make a dose one chosen for the patient: "a starting dose", "a reduced dose", "an individualised dose". */
const CHOSEN_AMOUNT: ReadonlySet<string> = new Set([
  'starting', 'initial', 'loading', 'maintenance', 'individual', 'individualised', 'individualized', 'personalised', 'personalized',
  // (not "next" or "new": dosing.ts reads "the next dose" with its own guards, and "the new dose the pharmacist entered" is a record)
  'adjusted', 'reduced', 'tailored', 'optimal', 'optimised', 'optimized', 'weight-based', 'renally',
]);
/** Words that make a dose one measured or received, not chosen: "the radiation dose", "the dose delivered". */
const MEASURED_DOSE: ReadonlySet<string> = new Set([
  'radiation', 'effective', 'absorbed', 'skin', 'cumulative', 'ctdi', 'dlp', 'received', 'delivered', 'administered', 'taken', 'entered',
  'prescribed', 'typed', 'x-ray', 'ct', 'scan', 'patient-specific',
]);
/** Acts of care a question may ask which of to do: "which operation to perform", "what antibiotic to start". */
const CHOSEN_ACTS: ReadonlySet<string> = new Set(['give', 'use', 'perform', 'start', 'order', 'prescribe', 'choose', 'administer', 'offer', 'try', 'refer', 'admit', 'treat', 'operate', 'take', 'stop']);
/** Words of a need: "is needed", "is indicated". */
const NEEDED: ReadonlySet<string> = new Set(['needed', 'indicated', 'required', 'necessary', 'warranted', 'recommended', 'advised', 'unnecessary', 'appropriate']);
/** Words of leaving a test or treatment out: "can be avoided". */
const LEFT_OUT: ReadonlySet<string> = new Set(['avoided', 'omitted', 'skipped', 'deferred', 'withheld', 'spared', 'forgone']);
/** Tests and care a need may be about (with the treatments and medicines of `V.namesTreatment`). */
const NEEDED_CARE: ReadonlySet<string> = new Set([
  'imaging', 'ct', 'mri', 'x-ray', 'x-rays', 'xray', 'radiograph', 'radiographs', 'radiography', 'ultrasound', 'test', 'tests', 'testing',
  'investigation', 'investigations', 'biopsy', 'surgery', 'admission', 'scan', 'scans', 'colonoscopy', 'endoscopy', 'puncture',
  'work-up', 'workup', 'series', 'transfusion', 'isolation', 'prophylaxis',
]);
/** What a person may need that is no treatment or test: "needs help", "needs time". */
const NOT_CARE_NEEDS: ReadonlySet<string> = new Set(['help', 'support', 'time', 'rest', 'reassurance', 'advice', 'information', 'attention', 'review', 'assessment', 'reading', 'readings', 'measurement']);
/** What makes a need the device's, not the patient's: "whether the sensor needs calibration", "whether a software update is needed". */
const DEVICE_NEEDS: ReadonlySet<string> = new Set([...[...V.DEVICE_HANDLING].filter((w) => !NEEDED_CARE.has(w)), 'calibration', 'maintenance', 'service', 'servicing', 'replacement', 'battery', 'upgrade', 'licence', 'license', 'restart', 'reboot', 'repeat']);

const NOUN_LIKE = (w: Word | undefined): boolean => w !== undefined && (w.tag === 'noun' || w.tag === 'name' || w.tag === 'adj' || w.tag === 'num' || w.tag === 'det' || (w.tag === 'verb' && (w.form === 'ed' || w.form === 'ing') && w.w !== 'being'));

/** Where the thing handed over starts after the verb at v, past "back with", "with", "out", "… into" and a person it goes to; -1 when the verb does not hand over. */
function objectStart(words: readonly Word[], v: number, lemma: string): number {
  let s = v + 1;
  // (the tagger reads "came back" as "return" and "works out" as "calculate": the particle stays a word of its own)
  if (words[s]?.w === 'back' && words[s + 1]?.w === 'with') s += 2;
  else if (lemma === 'come') return -1;
  else if (lemma === 'respond') {
    if (words[s]?.w !== 'with') return -1;
    s++;
  } else if (words[s]?.w === 'out' && (lemma === 'work' || lemma === 'calculate')) s++;
  else if (lemma === 'work') return -1;
  else if (MAKING_INTO.has(lemma)) {
    for (let j = s; j < words.length && j <= v + 12; j++) {
      if (words[j].w === 'into') return j + 1;
      if (words[j].tag === 'punct' || words[j].tag === 'verb') return -1;
    }
    return -1;
  }
  // the person it goes to: "shows you which …", "gives the triage nurse a starting dose", "tells the practitioner whether …"
  // (a pronoun always; a noun only when the object or the question follows it, as in "gives the nurse a dose")
  const person = addresseeAfter(words, s - 1);
  if (person < 0) return s;
  if (words[person].tag !== 'noun') return person + 1;
  const next = words[person + 1];
  return next?.tag === 'det' || next?.w === 'whether' || next?.w === 'which' || next?.w === 'what' ? person + 1 : s;
}

/** Whether words from `from` on (a few) name a care topic before the phrase ends. */
function careTopicWithin(words: readonly Word[], from: number, reach: number): boolean {
  for (let j = from; j < words.length && j <= from + reach; j++) {
    const w = words[j].w;
    if (V.DEVICE_HANDLING.has(w)) return false;
    if (V.namesTreatment(w) || CARE_TOPICS.has(w)) return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'be' || words[j].tag === 'modal') return false;
  }
  return false;
}

/** The end of a need of care from `from` ("no radiography is needed", "abdominal CT can be avoided", "treatment is indicated"), or -1. */
function careNeedFrom(words: readonly Word[], from: number): number {
  let care = false;
  for (let j = from; j < words.length && j <= from + 8; j++) {
    const w = words[j].w;
    if (DEVICE_NEEDS.has(w)) return -1;
    if (NEEDED_CARE.has(w) || V.namesTreatment(w)) care = true;
    if (words[j].tag === 'punct' && w !== '-') return -1;
    // "my patient needs acetylcysteine", "the child requires antibiotics": a person who needs a treatment or a test
    if ((words[j].w === 'needs' || words[j].w === 'requires') && (V.LAY_PEOPLE.has(words[j - 1]?.w ?? '') || V.PATIENT_NOUNS.has(words[j - 1]?.w ?? ''))) {
      // (a medicine by its name too: "needs acetylcysteine"; not "needs help", "needs to rest")
      let c = j + 1;
      if (words[c]?.tag === 'det') c++;
      const w2 = words[c];
      return w2 !== undefined && (w2.tag === 'noun' || w2.tag === 'name') && !NOT_CARE_NEEDS.has(w2.w) && !DEVICE_NEEDS.has(w2.w) ? c : -1;
    }
    if (!care) continue;
    let p: number;
    if (words[j].tag === 'be') p = j + 1;
    else if (words[j].tag === 'modal' && words[j + 1]?.w === 'be') p = j + 2;
    else continue;
    if (words[p]?.w === 'not' || words[p]?.w === 'still' || words[p]?.w === 'also') p++;
    if (NEEDED.has(words[p]?.w ?? '') || LEFT_OUT.has(words[p]?.w ?? '')) return p;
    return -1;
  }
  return -1;
}

/** The end of a question of which care to give from q ("which operation to perform", "whether to admit"), or of whether care is needed; or -1. */
function chosenCareQuestion(words: readonly Word[], q: number): number {
  const w = words[q]?.w ?? '';
  if (w === 'whether') {
    if (words[q + 1]?.tag === 'to') return CHOSEN_ACTS.has(words[q + 2]?.lemma ?? '') ? q + 2 : -1;
    return careNeedFrom(words, q + 1);
  }
  if (w !== 'which' && w !== 'what') return -1;
  // ("which of three types of surgery to perform": the thing chosen, with "of", before "to")
  for (let j = q + 1; j < words.length && j <= q + 9; j++) {
    if (words[j].tag === 'to') return CHOSEN_ACTS.has(words[j + 1]?.lemma ?? '') && !DEVICE_NEEDS.has(words[j + 2]?.w ?? '') ? j + 1 : -1;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'be' || words[j].tag === 'modal') return -1;
  }
  return -1;
}

/** The end of the option handed over as a noun phrase from s ("recommendations on treatment", "a prevention plan", "a starting dose"), or -1. */
function optionPhrase(words: readonly Word[], s: number): number {
  let head = -1;
  for (let j = s; j < words.length && j <= s + 6 && NOUN_LIKE(words[j]); j++) if (words[j].tag !== 'det') head = j;
  if (head < 0) return -1;
  const h = words[head].w;
  const inPhrase = words.slice(s, head);
  if (V.ADVICE_NOUNS.has(h)) {
    // (not about the device or an errand: "an instruction for insulin pen priming", "instructions for the planning workflow")
    if (V.instructionsForDevice(words, head)) return -1;
    // "the therapy guidance", "dosing advice": a treatment named before the head
    if (inPhrase.some((x) => V.namesTreatment(x.w) || CARE_TOPICS.has(x.w))) return head;
    const prep = words[head + 1]?.w ?? '';
    if ((prep === 'on' || prep === 'about' || prep === 'regarding' || prep === 'for') && careTopicWithin(words, head + 2, 5)) return head + 2;
    return -1;
  }
  if (h === 'plan' || h === 'plans') return inPhrase.some((x) => V.CARE_PLAN_KINDS.has(x.w) || MORE_PLAN_KINDS.has(x.w)) ? head : -1;
  if (DOSE_HEADS.has(h)) {
    // (not a dose a label or a guideline gives, nor one already taken: "the label lists the recommended starting dose")
    if (someoneElsesOption(words, s, head)) return -1;
    if (inPhrase.some((x) => MEASURED_DOSE.has(x.w)) || MEASURED_DOSE.has(words[head + 1]?.w ?? '')) return -1;
    if (inPhrase.some((x) => CHOSEN_AMOUNT.has(x.w))) return head;
    // "a dose for each direct oral anticoagulant", "a dose of acetylcysteine for this patient"
    if (words[head + 1]?.w === 'for' && (words[head + 2]?.w === 'each' || words[head + 2]?.w === 'every' || words[head + 3]?.w === 'patient')) return head + 2;
    return -1;
  }
  return -1;
}

/** Whether the object from s is advice, guidance or instructions (not recommendations) and a clinician named after the verb at v receives it. */
function adviceToClinician(words: readonly Word[], v: number, s: number): boolean {
  for (let j = s; j < words.length && j <= s + 4; j++) {
    if (!V.ADVICE_NOUNS.has(words[j].w)) continue;
    return words[j].w !== 'recommendation' && words[j].w !== 'recommendations' && words.slice(v + 1, j).some((w) => V.PHYSICIAN_NOUNS.has(w.w) && !V.LAY_PEOPLE.has(w.w));
  }
  return false;
}

/** Whether a person or a pronoun other than "it" stands right before the verb at v as its own subject: "as they produce". */
function ownSubjectBefore(words: readonly Word[], v: number): boolean {
  const before = words[v - 1];
  if (before === undefined) return false;
  if (before.tag === 'pron') return before.w !== 'it' && before.w !== 'itself';
  return V.PHYSICIAN_NOUNS.has(before.w) || V.LAY_PEOPLE.has(before.w);
}

/** Whether the clause's subject, before the verb at v, is a result or a measure rather than the software. */
function resultAsSubject(words: readonly Word[], clause: Clause, v: number): boolean {
  if (clause.subject < 0 || clause.subject > v) return false;
  const w = words[clause.subject].w;
  return ANSWER_SUBJECTS.has(w) || w === 'results' || w === 'score' || w === 'scores' || w === 'index' || w === 'value' || w === 'level' || w === 'reading';
}

export function optionHandedOverCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    const lemma = verb.lemma ?? '';
    if (scope.negated[v - clause.from]) continue;
    let last = -1;
    // "its answer was that no X-ray is needed"
    let first = v;
    if (verb.tag === 'be' && clause.subject >= 0 && clause.subject < v && ANSWER_SUBJECTS.has(words[clause.subject].w) && words[v + 1]?.w === 'that') {
      last = careNeedFrom(words, v + 2);
      first = clause.subject;
    } else if (verb.tag !== 'verb' || verb.form === 'ing' || words[v - 1]?.tag === 'to') continue;
    // ("supports the planners as they produce treatment plans": a person's own verb inside the software's clause)
    else if (ownSubjectBefore(words, v)) continue;
    else {
      const s = HANDING.has(lemma) || DECIDING.has(lemma) || STATING.has(lemma) ? objectStart(words, v, lemma) : -1;
      if (s < 0) continue;
      if (STATING.has(lemma) && words[s]?.w === 'that') last = careNeedFrom(words, s + 1);
      // ("it told me my patient needs acetylcysteine": the that-less clause after the person told)
      else if (STATING.has(lemma) && s > v + 1 && words[s]?.w !== 'whether') last = careNeedFrom(words, s);
      // (not a result that shows whether a test is needed: "the result shows whether a DXA scan is needed" reads a measure's meaning)
      else if ((HANDING.has(lemma) || DECIDING.has(lemma)) && !resultAsSubject(words, clause, v)) last = chosenCareQuestion(words, s);
      // (advice handed to a clinician is theirs to weigh, as stop 39 read it: "sends the clinician advice on dosing")
      if (last < 0 && HANDING.has(lemma) && !adviceToClinician(words, v, s)) last = optionPhrase(words, s);
    }
    if (last < 0) continue;
    // the cue replaces the weaker readings of the same words ("works out" as a calculation, "displays guidance" as a prompt)
    for (let i = out.length - 1; i >= 0; i--) if (out[i].first >= first && out[i].first <= last) out.splice(i, 1);
    out.push({ kind: 'autonomous', first, last });
    return;
  }
}
