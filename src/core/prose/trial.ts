/**
 * What a `Clinical evidence` paragraph says about a US trial: whether it affirms one that has run
 * or is running ("enrolled 800 adults at four US hospitals"), not one that is negated ("no US study
 * has started") or only planned ("a US trial is planned for 2027"), and whether it outlines
 * efficacy (an outcome measure with a figure). Read on the same tokens and sentences as the cues.
 */
import { NUM, PUNCT, WORD, tokenize, type Tok } from './tokens';
import { sentences } from './sentences';
import * as V from './vocabulary';

export interface TrialReading {
  /** A sentence affirms a US trial or study that has run or is running. */
  usTrial: boolean;
  /** A sentence outlines efficacy: an outcome measure together with a figure. */
  efficacy: boolean;
  /** A sentence says a US trial has not run: planned, to come, or not started ("no US study has started"). */
  usTrialYetToRun: boolean;
}

const STUDY_WORDS = new Set(['trial', 'trials', 'arm', 'arms', 'study', 'studies', 'registry', 'cohort', 'evaluation', 'validation', 'investigation']);
const US_WORDS = new Set(['us', 'u.s', 'usa', 'american', 'us-based']);
/** Words that put the trial in the future or make it only an intention. */
const FUTURE_WORDS = new Set([
  'will', 'shall', 'planned', 'plan', 'plans', 'planning', 'upcoming', 'future', 'intend', 'intends', 'intended',
  'proposed', 'propose', 'proposes', 'anticipated', 'anticipate', 'expected', 'expect', 'scheduled', 'pending',
  'would', 'could', 'may', 'might', 'designing', 'prepare', 'preparing', 'considering', 'envisaged', 'yet', 'awaiting',
  // Talks about a study are no study: "a US study is being discussed with one of our sites".
  'discussed', 'discussing', 'exploring', 'contemplated', 'contemplating',
]);
const EFFICACY_WORDS = new Set([
  'sensitivity', 'specificity', 'auc', 'auroc', 'accuracy', 'agreement', 'icc', 'kappa', 'correlation', 'bias',
  'ppv', 'npv', 'reduced', 'reduction', 'improved', 'improvement', 'outcome', 'outcomes', 'endpoint', 'endpoints',
  'efficacy', 'effectiveness', 'mortality', 'readmission', 'readmissions', 'time', 'yield', 'detection', 'concordance',
  'error', 'difference', 'superior', 'noninferior', 'non-inferior', 'hazard', 'odds', 'ratio', 'rate', 'rates',
]);

/** Studies not in people: animals, cadavers, phantoms, the bench. A US study of these is no clinical trial (stop 32). */
const NOT_IN_PEOPLE = new Set([
  'animal', 'animals', 'porcine', 'pig', 'pigs', 'piglet', 'piglets', 'swine', 'canine', 'dog', 'dogs', 'ovine', 'sheep', 'murine', 'mouse', 'mice',
  'rat', 'rats', 'rabbit', 'rabbits', 'primate', 'primates', 'cadaver', 'cadavers', 'cadaveric', 'phantom', 'phantoms', 'bench', 'benchtop',
  'bench-top', 'vitro', 'in-vitro', 'preclinical', 'pre-clinical',
]);
/** People a clinical study enrols: with them named, the sentence is about people whatever else it names. */
const PEOPLE = new Set([
  'patient', 'patients', 'participant', 'participants', 'adult', 'adults', 'child', 'children', 'people', 'persons', 'women', 'men',
  'volunteers', 'humans', 'human', 'infants', 'neonates', 'newborns', 'outpatients', 'inpatients',
]);

function isUs(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (t.t !== WORD) return false;
  if (US_WORDS.has(t.w)) return t.w !== 'us' || t.cap || toks[i + 1]?.w === '.'; // "US", not the pronoun "us"
  if (t.w === 'united' && toks[i + 1]?.w === 'states') return true;
  // (A ClinicalTrials.gov number says where the trial is registered, not where it ran: "a Canadian study (NCT06877340)".)
  return /-us$/.test(t.w);
}

/** What one sentence says about a study: read once, used by both readings below. */
interface SentenceFacts {
  us: boolean;
  study: boolean;
  negated: boolean;
  future: boolean;
  /** An outcome measure ("sensitivity", "agreement") is named. */
  measure: boolean;
  /** A number or a percent sign. */
  figure: boolean;
  words: number;
  /** Animals, cadavers, phantoms or the bench are named, and no people: "a US study in 14 pigs". */
  notInPeople: boolean;
}

function readSentence(toks: readonly Tok[], a: number, b: number): SentenceFacts {
  const facts: SentenceFacts = { us: false, study: false, negated: false, future: false, measure: false, figure: false, words: 0, notInPeople: false };
  let people = false;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.t === NUM) {
      facts.figure = true;
      continue;
    }
    if (t.t === PUNCT) {
      if (t.w === '%') facts.figure = true;
      continue;
    }
    if (t.t === WORD) facts.words++;
    const w = t.w;
    if (isUs(toks, i)) facts.us = true;
    if (/^nct\d{8}$/.test(w) || STUDY_WORDS.has(w) || /-us$/.test(w)) facts.study = true;
    if ((V.NEGATORS.has(w) || w.endsWith("n't")) && !V.NEGATION_EXCEPTIONS_NEXT.has(toks[i + 1]?.w ?? '')) facts.negated = true;
    if (FUTURE_WORDS.has(w) || (w === 'to' && (toks[i + 1]?.w === 'begin' || toks[i + 1]?.w === 'start' || toks[i + 1]?.w === 'be'))) facts.future = true;
    if (EFFICACY_WORDS.has(w)) facts.measure = true;
    if (NOT_IN_PEOPLE.has(w)) facts.notInPeople = true;
    if (PEOPLE.has(w)) people = true;
  }
  if (people) facts.notInPeople = false;
  return facts;
}

/** Reads one paragraph of the `Clinical evidence` section. */
export function readTrialEvidence(prose: string): TrialReading {
  const reading: TrialReading = { usTrial: false, efficacy: false, usTrialYetToRun: false };
  if (!prose) return reading;
  const toks = tokenize(prose);
  for (const [a, b] of sentences(toks)) {
    const f = readSentence(toks, a, b);
    // (a US study in animals, cadavers or phantoms is no clinical trial, and its figures outline no efficacy in people)
    if (f.us && f.study && !f.negated && !f.future && !f.notInPeople) reading.usTrial = true;
    if (f.us && f.study && (f.negated || f.future)) reading.usTrialYetToRun = true;
    if (f.measure && f.figure && !f.negated && !f.future && !f.notInPeople) reading.efficacy = true;
  }
  return reading;
}

/** Whether a text says something (a sentence with words) and every sentence that does holds `holds`. */
function everySentence(text: string, holds: (f: SentenceFacts) => boolean): boolean {
  const toks = tokenize(text);
  let sentencesRead = 0;
  for (const [a, b] of sentences(toks)) {
    const f = readSentence(toks, a, b);
    if (f.words === 0) continue;
    sentencesRead++;
    if (!holds(f)) return false;
  }
  return sentencesRead > 0;
}

/**
 * Whether an efficacy outline only announces a study to come ("Planned reader study; enrolment to
 * begin in 2027", "Results pending"): every sentence is future or negated, so it outlines no result.
 */
export function outlinesOnlyAPlan(text: string): boolean {
  // "ICC 0.90 at the interim analysis; final results expected in 2027": a figure for a measure is a result.
  // "Nurses with no scanning experience obtained usable views in 91 %": a figure outside a plan is a result too.
  // (a result in animals, cadavers or phantoms outlines no efficacy in people: "Reduced leak rate by 40 % in 12 pigs")
  return everySentence(text, (f) => f.notInPeople || !((f.measure && f.figure && !f.negated) || (f.figure && !f.future) || (!f.future && !f.negated)));
}

/** Whether every sentence of a text that says anything is about animals, cadavers, phantoms or the bench, with no people named. */
export function studiesNotInPeople(text: string): boolean {
  return everySentence(text, (f) => f.notInPeople);
}
