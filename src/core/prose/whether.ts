/**
 * Whether-clauses that ask no clinical question. "tells the user whether each reading was received and sent" is the
 * device reporting on its own data, whoever hears it: no finding, no conclusion (acts.ts, told.ts).
 */
import type { Word } from './tags';
import * as V from './vocabulary';

/** Participles of data moved or kept by the device: "whether each reading was received and sent". */
const TRANSFERRED: ReadonlySet<string> = new Set(['received', 'sent', 'transmitted', 'uploaded', 'downloaded', 'stored', 'saved', 'synced', 'synchronized', 'synchronised', 'paired', 'charged', 'delivered', 'forwarded']);

/** Whether the whether-clause at `subordinate` asks only if data reached its destination (not a therapy: "whether the dose was delivered"). */
export function transferWhether(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 10; j++) {
    const word = words[j];
    if (word.tag === 'punct') return false;
    if (word.tag === 'be' && TRANSFERRED.has(words[j + 1]?.w ?? '')) {
      for (let l = subordinate + 1; l < j; l++) if (V.THERAPY_NOUNS.includes(words[l].w)) return false;
      return true;
    }
  }
  return false;
}

/** What a signal holds besides the patient's own events: noise and artefacts of motion or contact. */
const ARTEFACTS: ReadonlySet<string> = new Set(['artefact', 'artefacts', 'artifact', 'artifacts', 'noise']);

/**
 * "decides whether this is a genuine pause or an artefact", "judges whether the event is real or noise" (stop 33): telling a
 * patient's event from an artefact of the recording is how a detection is made; it concludes nothing about the patient.
 */
export function artefactWhether(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 12; j++) {
    if (words[j].tag === 'punct' && words[j].w !== '-') return false;
    // (Not when the device then acts on it: "… or a compression artefact and suspends insulin delivery", "… before shocking".)
    if (ARTEFACTS.has(words[j].w) && words.slice(subordinate + 1, j).some((w) => w.w === 'or')) return !words.slice(j + 1).some((w) => w.tag === 'verb' || w.form === 'ing');
  }
  return false;
}

/** A fall a wearable watches for (stop 38): the wearer "has fallen" or "fell", or took "a (hard) fall". */
const FALLEN: ReadonlySet<string> = new Set(['fallen', 'fell']);
const A_FALL: ReadonlySet<string> = new Set(['fall', 'tumble']);

/**
 * "decides whether you have taken a hard fall", "determines whether the wearer has fallen" (stop 38): telling that the
 * wearer fell is how a fall detector detects (what follows, an alert or a call, is read by its own verb). Not a fall in a
 * value ("whether the fall in blood pressure requires a dose change"), and not when the clause goes on to act.
 */
export function eventWhether(words: readonly Word[], subordinate: number): boolean {
  for (let j = subordinate + 1; j < words.length && j <= subordinate + 8; j++) {
    if (words[j].tag === 'punct' && words[j].w !== '-') return false;
    // (not a value's fall, "the fall in blood pressure", "will fall below 65 mmHg", nor a risk of falls)
    if (FALLEN.has(words[j].w) && words[j - 1]?.tag !== 'modal') return !VALUE_FALL_AFTER.has(words[j + 1]?.w ?? '');
    if (A_FALL.has(words[j].w) && (words[j - 1]?.tag === 'det' || words[j - 1]?.tag === 'adj' || words[j - 1]?.w === 'hard')) return !VALUE_FALL_AFTER.has(words[j + 1]?.w ?? '');
  }
  return false;
}

/** Words after which a fall is a value's: "a fall in pressure", "fell below 65". */
const VALUE_FALL_AFTER: ReadonlySet<string> = new Set(['in', 'of', 'below', 'under', 'to', 'by', 'from']);

/** Nouns of a graded risk: "whether the risk is high, medium or low". */
const GRADED_RISK: ReadonlySet<string> = new Set(['risk', 'probability', 'likelihood', 'score', 'level', 'category', 'grade']);
/** Grades a risk is put in. */
const RISK_GRADES: ReadonlySet<string> = new Set(['high', 'medium', 'low', 'moderate', 'intermediate', 'elevated', 'increased', 'raised', 'higher', 'lower']);

/**
 * "states whether the risk is high, medium or low" (stop 34): a risk put in a grade is a risk category (augmentative),
 * not a conclusion about the patient.
 */
export function riskGradeWhether(words: readonly Word[], subordinate: number): boolean {
  let j = subordinate + 1;
  while (words[j] && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].tag === 'noun') && !GRADED_RISK.has(words[j].w) && j <= subordinate + 4) j++;
  if (!GRADED_RISK.has(words[j]?.w ?? '')) return false;
  // ("the risk of a fall is high": past the risk's "of" phrase)
  let be = j + 1;
  if (words[be]?.w === 'of') for (be++; be <= j + 5 && words[be] && words[be].tag !== 'be' && words[be].tag !== 'punct'; be++);
  if (words[be]?.tag !== 'be') return false;
  const grade = RISK_GRADES.has(words[be + 1]?.w ?? '') ? be + 1 : words[be + 1]?.tag === 'adv' && RISK_GRADES.has(words[be + 2]?.w ?? '') ? be + 2 : -1;
  // (only a grade the sentence ends on: "whether the risk is high and, if so, suspends insulin", "low enough to discharge",
  // "whether the chance of pregnancy is high" go on to an act or a status, which keep their readings)
  return grade >= 0 && !words.slice(grade + 1).some((w) => w.tag === 'verb' || w.tag === 'to' || w.tag === 'sub' || w.w === 'enough' || w.w === 'so' || w.w === 'whether' || V.FERTILITY_WORDS.has(w.w)) && !words.slice(subordinate, be).some((w) => V.FERTILITY_WORDS.has(w.w));
}

