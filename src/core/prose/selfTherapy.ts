/**
 * A therapy the software itself gives a patient (stop 28): a digital therapeutic or an exercise app that delivers the
 * treatment with no clinician in each session. "The app delivers an interactive CBT intervention", "provides cognitive
 * behavioural therapy", "takes the patient through a series of lessons", "adapts the exercise programme to the pain
 * reported". ("Treats <a condition> in adults" stays the indication, as for any therapy device.) Appendix S calls software that initiates or manages a therapy on its own
 * autonomous. Not when a clinician is the subject, when the sentence denies it, when a purpose only hopes for it, when
 * the object is only about therapy ("provides information about treatment", "treatment recommendations"), or when the
 * therapy is radiation, which a treatment machine gives on a plan a physician approved.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of giving a therapy: "delivers", "provides", "offers". */
const GIVING: ReadonlySet<string> = new Set(['deliver', 'provide', 'offer', 'administer', 'give']);
/** Verbs the therapy rules of the vocabulary do not read with "therapy" (they read "delivers therapy", with its conduit). */
const OFFERING: ReadonlySet<string> = new Set(['provide', 'offer']);
/** The therapy a program gives, as the head of the object. */
const THERAPY_HEADS: ReadonlySet<string> = new Set([
  'therapy', 'therapies', 'treatment', 'treatments', 'cbt', 'cbt-i', 'psychotherapy', 'intervention', 'interventions',
  'exercises', 'rehabilitation', 'physiotherapy',
]);
/** Heads that name any therapy, a drug's or a device's as much as a program's: given only with "provides" or "offers" here. */
const ANY_THERAPY: ReadonlySet<string> = new Set(['therapy', 'therapies', 'treatment', 'treatments']);
/** Heads that stand for a set of therapy, read through "of": "a course of therapy", "a programme of exercises". */
const CONTAINERS: ReadonlySet<string> = new Set(['course', 'courses', 'programme', 'program', 'series', 'set', 'sequence', 'package']);
/** Heads of a programme that need a therapy word before them: "the exercise programme", "a training plan". */
// (sessions, lessons, modules and training are a therapy's only so qualified: not "onboarding modules", "training for new users")
const PLAN_HEADS: ReadonlySet<string> = new Set(['programme', 'program', 'plan', 'plans', 'regimen', 'schedule', 'routine', 'sessions', 'session', 'exercises', 'exercise', 'lessons', 'modules', 'training', 'content',
  // (stop 46) "takes the patient through cognitive behavioural techniques"
  'techniques']);
/** Qualifiers that make a programme or plan one patient's own, which only a therapy is: "her personal 12-week programme" (stop 46). */
const OWN_QUALIFIERS: ReadonlySet<string> = new Set(['personal', 'personalised', 'personalized', 'individual', 'individualised', 'individualized', 'tailored']);
const OWN_HEADS: ReadonlySet<string> = new Set(['programme', 'program', 'plan', 'regimen']);
const THERAPY_QUALIFIERS: ReadonlySet<string> = new Set([
  'exercise', 'exercises', 'training', 'therapy', 'treatment', 'rehabilitation', 'rehab', 'home-exercise', 'workout', 'physiotherapy',
  'breathing', 'relaxation', 'exposure', 'cbt', 'cognitive', 'behavioural', 'behavioral', 'mindfulness', 'therapeutic', 'sleep',
  'coping', 'meditation', 'gait', 'balance', 'strengthening', 'stretching',
  // a plan of care or of dosing the software writes (stop 44): "generates a nursing care plan", "builds a dosing schedule"
  'care', 'management', 'dosing', 'titration',
]);
/** Verbs of fitting the programme to the patient: "adapts the exercise plan", "selects the next exercises". */
const FITTING: ReadonlySet<string> = new Set(['adapt', 'adjust', 'tailor', 'personalise', 'personalize', 'select', 'choose', 'pick', 'progress', 'modify',
  // setting or building the programme (stop 44): "sets the next exercises", "creates a home exercise plan for each user"
  'set', 'create', 'build', 'compose', 'assemble', 'design', 'generate']);
/** What of a programme is fitted, read through "of": "adapts the difficulty of the exercises", "the pace of the lessons". */
const FITTED_ASPECTS: ReadonlySet<string> = new Set(['difficulty', 'intensity', 'level', 'pace', 'length', 'duration', 'number', 'order', 'content', 'timing']);
/** Verbs of changing an aspect of the programme, only with the aspect named: "increases the difficulty of the exercises". */
const CHANGING_ASPECT: ReadonlySet<string> = new Set(['change', 'increase', 'decrease', 'raise', 'lower', 'reduce', 'extend', 'shorten', 'lengthen', 'vary', 'alter', 'reset']);
/** An aspect that is a programme's alone, so it stands for the programme with no "of": "resets the difficulty itself" (stop 46). */
const PROGRAMME_ASPECTS: ReadonlySet<string> = new Set(['difficulty']);
/** Verbs of carrying a therapy out, read only where "itself" says the software does it: "runs the treatment itself" (stop 46). */
const RUNNING: ReadonlySet<string> = new Set(['run', 'conduct']);
/** What a program makes harder or easier, longer or shorter. */
const SESSION_HEADS: ReadonlySet<string> = new Set(['session', 'sessions', 'exercise', 'exercises', 'programme', 'program', 'workout', 'lesson', 'lessons']);
const COMPARATIVES: ReadonlySet<string> = new Set(['longer', 'shorter', 'easier', 'harder', 'faster', 'slower', 'simpler', 'tougher', 'gentler']);
/** Verbs of leading a person through sessions: "takes the patient through …", "guides users through …". */
const LEADING: ReadonlySet<string> = new Set(['take', 'guide', 'walk', 'lead', 'coach', 'step']);
/** Who is led through a therapy: lay people only (an operator guided through a scan is acquisition). */
const LED: ReadonlySet<string> = V.LAY_PEOPLE;
/** Subjects that are the programme itself, which the clause reader may not call software: "the programme adapts …". */
const PROGRAMME_SUBJECTS: ReadonlySet<string> = new Set(['programme', 'program', 'therapeutic', 'therapeutics', 'course', 'treatment', 'intervention']);

const NOUNISH: ReadonlySet<string> = new Set(['det', 'adj', 'noun', 'name', 'num']);

/** The head of the noun phrase from `from` (reading through "of" after a container), its qualifiers, or undefined. */
function objectHead(words: readonly Word[], from: number, to: number): { head: number; first: number } | undefined {
  let j = from;
  while (j < to && (words[j].tag === 'adv' || words[j].w === 'it' || words[j].w === 'them') && !NOUNISH.has(words[j].tag)) j++;
  const first = j;
  let head = -1;
  // (the tagger may take "exercises" or "sessions" after a noun for a verb: "a course of exposure exercises")
  const therapyWord = (word: Word): boolean => THERAPY_HEADS.has(word.w) || PLAN_HEADS.has(word.w);
  // ("exercises step by step", "lessons day by day": the phrase of manner after the head is no part of it)
  // ("plus" joins a second object: "eight weekly sessions plus a booster")
  while (j < to && !COMPARATIVES.has(words[j].w) && words[j].w !== 'plus' && !(words[j + 1]?.w === 'by' && words[j + 2]?.w === words[j].w) && (NOUNISH.has(words[j].tag) || therapyWord(words[j]) || (head < 0 && words[j].tag === 'verb' && words[j].form === 'ing' && NOUNISH.has(words[j + 1]?.tag ?? '')) || words[j].w === '-')) {
    if (words[j].tag === 'noun' || words[j].tag === 'name' || therapyWord(words[j])) head = j;
    j++;
  }
  if (head < 0) return undefined;
  if (CONTAINERS.has(words[head].w) && words[head + 1]?.w === 'of') return objectHead(words, head + 2, to) ?? { head, first };
  return { head, first };
}

/** Words that make the therapy radiation, which a treatment machine gives on a plan a physician approved. */
const RADIATION: ReadonlySet<string> = new Set(['radiation', 'radiotherapy', 'radiosurgery', 'igrt', 'sbrt', 'srs', 'proton', 'x-ray', 'beam', 'stereotactic', 'image-guided', 'brachytherapy', 'imrt', 'vmat']);

function radiationTherapy(words: readonly Word[], first: number, head: number): boolean {
  for (let j = first; j <= head; j++) if (RADIATION.has(words[j].w)) return true;
  return false;
}

/** Qualifiers that make content a therapy's: "the therapeutic content", "the CBT content". */
const CONTENT_QUALIFIERS: ReadonlySet<string> = new Set(['therapeutic', 'therapy', 'treatment', 'cbt', 'psychotherapeutic', 'rehabilitation', 'exercise']);

function therapeuticContent(words: readonly Word[], first: number, head: number): boolean {
  for (let j = first; j < head; j++) if (CONTENT_QUALIFIERS.has(words[j].w)) return true;
  return false;
}

function qualified(words: readonly Word[], first: number, head: number): boolean {
  for (let j = first; j < head; j++) if (THERAPY_QUALIFIERS.has(words[j].w) || (OWN_HEADS.has(words[head].w) && OWN_QUALIFIERS.has(words[j].w))) return true;
  return false;
}

/**
 * Whether "itself" says the software gives the therapy with nobody else: right after the subject ("the programme itself
 * delivers eight weekly sessions") or within three words after the object ("runs the treatment itself"). Then any therapy
 * or session given counts, unqualified.
 */
function byItself(words: readonly Word[], clause: Clause, v: number, objectEnd: number): boolean {
  if (words[v - 1]?.w === 'itself' && (words[v - 2]?.tag === 'noun' || words[v - 2]?.tag === 'name')) return true;
  for (let j = objectEnd + 1; j < clause.to && j <= objectEnd + 3; j++) {
    if (words[j].w === 'itself') return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return false;
  }
  return false;
}

/**
 * A verb the subject itself performs: a finite form, or an -ing form of manner ("by taking the user through …"); not a
 * purpose ("to treat"), a participle ("experienced in treating"), or a past form.
 */
function finiteOrManner(words: readonly Word[], v: number): boolean {
  const verb = words[v];
  const before = words[v - 1];
  if (verb.form === 'ing') return before?.w === 'by';
  if (verb.form === 'ed') return false;
  return before?.tag !== 'to';
}

function softwareActs(words: readonly Word[], clause: Clause): boolean {
  if (clause.agent === 'software') return true;
  return clause.agent === 'none' && clause.subject >= 0 && PROGRAMME_SUBJECTS.has(words[clause.subject].w);
}

/** Whom a plan is for when it is no patient's: "for new staff", "for the nursing team", "for each site". */
const STAFF_WORDS: ReadonlySet<string> = new Set(['staff', 'employees', 'employee', 'trainees', 'students', 'team', 'teams', 'site', 'sites', 'clinicians', 'nurses', 'physicians', 'doctors', 'managers', 'organisation', 'organization', 'hospital']);
function forStaff(words: readonly Word[], head: number, to: number): boolean {
  for (let j = head + 1; j < to && j <= head + 3; j++) {
    if (words[j].w !== 'for') continue;
    for (let n = j + 1; n < to && n <= j + 4; n++) if (STAFF_WORDS.has(words[n].w)) return true;
    return false;
  }
  return false;
}

export function selfTherapyCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.passive || scope.hypothetical || !softwareActs(words, clause) || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    const lemma = verb.lemma ?? '';
    if (verb.tag !== 'verb' || scope.negated[v - clause.from] || !finiteOrManner(words, v)) continue;
    let last = -1;
    // ("puts together a personal exercise programme", stop 44)
    const puttingTogether = lemma === 'put' && words[v + 1]?.w === 'together';
    // ("increases the difficulty of the exercises", "changes the order of the lessons": a changing verb with an aspect named)
    const changing = CHANGING_ASPECT.has(lemma);
    if (RUNNING.has(lemma)) {
      const object = objectHead(words, v + 1, clause.to);
      const head = object && words[object.head].w;
      if (object && head && (THERAPY_HEADS.has(head) || PLAN_HEADS.has(head)) && !radiationTherapy(words, object.first, object.head) && byItself(words, clause, v, object.head)) last = object.head;
    } else if (GIVING.has(lemma) || FITTING.has(lemma) || puttingTogether || changing) {
      let object = objectHead(words, v + 1 + (puttingTogether ? 1 : 0), clause.to);
      const aspect = object !== undefined && FITTED_ASPECTS.has(words[object.head].w);
      if (changing && !aspect && !GIVING.has(lemma) && !FITTING.has(lemma)) continue;
      // ("adapts the difficulty of the exercises": the aspect fitted stands for the programme)
      if (object && aspect && !GIVING.has(lemma) && words[object.head + 1]?.w === 'of') object = objectHead(words, object.head + 2, clause.to);
      if (!object || radiationTherapy(words, object.first, object.head)) continue;
      const head = words[object.head].w;
      // (only said to be the software's own doing: "the game engine adjusts the difficulty so that …" may be anyone's setting)
      if (aspect && !GIVING.has(lemma) && PROGRAMME_ASPECTS.has(head) && byItself(words, clause, v, object.head)) {
        out.push({ kind: 'autonomous', first: v, last: object.head });
        return;
      }
      // ("the programme itself delivers eight weekly sessions": given by itself, any therapy or session counts)
      if (GIVING.has(lemma) && (THERAPY_HEADS.has(head) || PLAN_HEADS.has(head)) && byItself(words, clause, v, object.head)) last = object.head;
      // ("content" only as therapeutic or therapy content: not "the training content for new staff")
      const plan = PLAN_HEADS.has(head) && qualified(words, object.first, object.head) && (head !== 'content' || therapeuticContent(words, object.first, object.head));
      if (GIVING.has(lemma) && ((THERAPY_HEADS.has(head) && (OFFERING.has(lemma) || !ANY_THERAPY.has(head))) || plan)) last = object.head;
      // fitting the programme, not giving it: only a plan or exercises fitted ("adapts the exercise plan", "selects the exercises")
      if ((FITTING.has(lemma) || puttingTogether || changing) && (plan || head === 'exercises')) last = object.head;
    } else if (lemma === 'make') {
      // "makes the session longer, shorter, easier or harder": the program changing the therapy under way
      const object = objectHead(words, v + 1, clause.to);
      if (!object || !SESSION_HEADS.has(words[object.head].w)) continue;
      const degree = words[object.head + 1];
      if (degree && (COMPARATIVES.has(degree.w) || degree.w === 'more' || degree.w === 'less')) last = object.head + 1;
    } else if (LEADING.has(lemma)) {
      // "takes the patient through a series of lessons"
      let j = v + 1;
      while (j < clause.to && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
      if (!LED.has(words[j]?.w ?? '') || words[j + 1]?.w !== 'through') continue;
      const object = objectHead(words, j + 2, clause.to);
      if (!object) continue;
      const head = words[object.head].w;
      if (THERAPY_HEADS.has(head) || (PLAN_HEADS.has(head) && qualified(words, object.first, object.head))) last = object.head;
    }
    if (last < 0) continue;
    // (a plan for the staff is no therapy: "builds a training plan for new staff", stop 44 review)
    if (forStaff(words, last, clause.to)) continue;
    out.push({ kind: 'autonomous', first: v, last: Math.max(v, last) });
    return;
  }
}
