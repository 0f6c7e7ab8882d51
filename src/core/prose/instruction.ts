/**
 * Instructions to the reader: "Interpret the result together with the patient's history", "Check the reading and
 * adjust the dose", "If the alarm sounds, go to the patient". An instruction's verb is what the reader is told to do,
 * not what the software does: instructions for use, nursing bulletins and leaflets speak to the person holding the
 * device, and before stop 41 such a sentence lent its verb to the software ("adjust the dose" read as autonomous).
 *
 * Who the reader is the sentence alone rarely says. A clinical judgement named beside the act ("alongside your clinical
 * assessment", "in conjunction with other clinical findings", "the patient's history") makes the reader a clinician, whose
 * reading of the output is then a physician's; otherwise the reader is someone who acts and reads nothing for the service.
 */
import type { Word } from './tags';
import type { AgentKind } from './vocabulary';

/** Words an instruction may open with before its verb: "Always check …", "Then confirm …", "Do not …", "Please …". */
const INSTRUCTION_OPENERS: ReadonlySet<string> = new Set([
  'always', 'never', 'please', 'then', 'now', 'first', 'next', 'finally', 'also', 'only', 'still', 'immediately', 'promptly', 'carefully',
  'routinely', 'again', 'do', 'not',
]);

/** What a verb's object may start with right after an instruction's verb. */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'us', 'me']);

/** Instructions to read or weigh the output, which may take a bare plural object ("Review images before …"). */
const READING_INSTRUCTIONS: ReadonlySet<string> = new Set(['interpret', 'review', 'confirm', 'verify', 'consider', 'weigh', 'correlate', 'check', 'compare', 'use', 'read']);

/** Words before k that may open an instruction: openers only, from the start of the sentence or of the main clause after a fronted phrase. */
function openedByInstructionWords(words: readonly Word[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (!INSTRUCTION_OPENERS.has(words[j].w)) return false;
  return true;
}

/**
 * Whether the bare verb at k opens an instruction: it starts the sentence (past opening adverbs) or the main clause
 * after a fronted phrase's comma ("Before the first feed, confirm …"), and its object starts right after it. The tagger
 * may have taken such a verb for a noun (tags.ts calls this before it decides).
 */
export function opensInstruction(words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  if (next === undefined) return false;
  // "Interpret results in conjunction with …": a reading instruction may take a bare plural object.
  const bareObject = READING_INSTRUCTIONS.has(words[k].w) && /[^s]s$/.test(next.w) && next.tag !== 'punct';
  if (!(next.tag === 'det' || OBJECT_STARTS.has(next.w) || bareObject)) return false;
  if (openedByInstructionWords(words, 0, k)) return true;
  // After the comma that closes a fronted phrase or clause: "Before feeding, confirm the position".
  const comma = words.findIndex((w) => w.w === ',');
  return comma > 0 && comma < k && (words[0].tag === 'prep' || words[0].tag === 'sub') && openedByInstructionWords(words, comma + 1, k);
}

/**
 * Whether the clause [from, to) whose verb group starts at groupStart and whose first verb is firstVerb is an
 * instruction: no subject, a bare verb (not a form of "be", "have" or a modal) opening it past opening adverbs, and
 * an object, an adverb or a preposition's phrase after it ("Interpret results in conjunction with …").
 */
export function isInstruction(words: readonly Word[], from: number, groupStart: number, firstVerb: number): boolean {
  const verb = words[firstVerb];
  if (verb.tag !== 'verb' || verb.form !== 'base') return false;
  if (!openedByInstructionWords(words, from, firstVerb) || groupStart < from) return false;
  const next = words[firstVerb + 1];
  return next !== undefined && (next.tag === 'det' || next.tag === 'noun' || next.tag === 'adj' || next.tag === 'name' || OBJECT_STARTS.has(next.w));
}

/** Clinical judgements the output is to be read with: "clinical assessment", "clinical findings", "the clinical picture". */
const JUDGEMENTS: ReadonlySet<string> = new Set([
  'assessment', 'assessments', 'judgement', 'judgment', 'findings', 'picture', 'examination', 'context', 'information', 'signs', 'presentation',
  'evaluation', 'history', 'status',
]);
/** What a clinician weighs that is the patient's: "the patient's history", "the infant's clinical condition". */
const PATIENT_HOLDERS: ReadonlySet<string> = new Set(["patient's", "patients'", "infant's", "child's", "baby's", "resident's"]);

/** Whether the sentence names a clinical judgement the reader brings: the reader is then a clinician. */
function namesClinicalJudgement(words: readonly Word[]): boolean {
  // ("clinical and laboratory findings": past one coordinated qualifier)
  const clinicalBefore = (k: number): boolean => words[k - 1]?.w === 'clinical' || words[k - 2]?.w === 'clinical' || (words[k - 3]?.w === 'clinical' && words[k - 2]?.tag === 'cc');
  return words.some((w, k) => JUDGEMENTS.has(w.w) && (clinicalBefore(k) || PATIENT_HOLDERS.has(words[k - 1]?.w ?? '')));
}

/** Who an instruction addresses, as the clause's agent, and whether it names a clinician (see the header). */
export function instructionReader(words: readonly Word[]): { agent: AgentKind; physicianNamed: boolean } {
  return namesClinicalJudgement(words) ? { agent: 'physician', physicianNamed: true } : { agent: 'other', physicianNamed: false };
}
