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
import { AMBIGUOUS_HUMANS, LAY_PEOPLE, MACHINE_ADVERBS, PHYSICIAN_NOUNS, SOFTWARE_NOUNS, type AgentKind } from './vocabulary';

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
 * after a fronted phrase's comma (`firstComma`, the sentence's first; "Before the first feed, confirm …"), and its object
 * starts right after it. The tagger
 * may have taken such a verb for a noun (tags.ts calls this before it decides).
 */
export function opensInstruction(words: readonly Word[], k: number, firstComma: number): boolean {
  const next = words[k + 1];
  if (next === undefined) return false;
  // "Interpret results in conjunction with …": a reading instruction may take a bare plural object.
  // (not a compound noun before its own verb: "Check results are shown in green")
  const bareObject = READING_INSTRUCTIONS.has(words[k].w) && /[^s]s$/.test(next.w) && next.tag !== 'punct' && !words.slice(k + 2).some((w) => w.tag === 'be' || w.tag === 'modal');
  if (!(next.tag === 'det' || OBJECT_STARTS.has(next.w) || bareObject)) return false;
  if (openedByInstructionWords(words, 0, k)) return true;
  // After the comma that closes a fronted phrase or clause: "Before feeding, confirm the position" (the tagger finds that
  // comma once per sentence).
  const comma = firstComma;
  return comma > 0 && comma < k && (words[0].tag === 'prep' || words[0].tag === 'sub') && openedByInstructionWords(words, comma + 1, k);
}

/**
 * Whether the clause [from, to) whose verb group starts at groupStart and whose first verb is firstVerb is an
 * instruction: no subject, a bare verb (not a form of "be", "have" or a modal) opening it past opening adverbs, and
 * an object, an adverb or a preposition's phrase after it ("Interpret results in conjunction with …").
 */
export function isInstruction(words: readonly Word[], from: number, to: number, groupStart: number, firstVerb: number): boolean {
  const verb = words[firstVerb];
  if (verb.tag !== 'verb' || verb.form !== 'base') return false;
  // ("Step 3 (operating surgeon): compare the values …" (stop 50): past a label and its colon, which hold no verb)
  let start = from;
  for (let j = from; j < firstVerb; j++) if (words[j].w === ':') start = j + 1;
  if (!openedByInstructionWords(words, start, firstVerb) || groupStart < from) return false;
  const next = words[firstVerb + 1];
  if (next === undefined || !(next.tag === 'det' || next.tag === 'noun' || next.tag === 'adj' || next.tag === 'name' || OBJECT_STARTS.has(next.w))) return false;
  // (stop 41 review) A product page's claim in the imperative is the product's act: "Detect the earliest signs of sepsis
  // with SepsisWatch", "Measure the ejection fraction in seconds", "Triage your worklist automatically with AI".
  if (claimsForProduct(words)) return false;
  // And an act the software does inside the instruction stays the software's: "Review the dose the app calculates",
  // "Promptly review any case the software marks as urgent".
  for (let j = firstVerb + 1; j < to - 1; j++) if ((SOFTWARE_NOUNS.has(words[j].w) || words[j].w === 'it') && (words[j + 1].tag === 'verb' || (words[j + 1].tag === 'adv' && words[j + 2]?.tag === 'verb'))) return false;
  return true;
}

/** Words of a product's speed or automation claim: "in seconds", "hours early", "instantly". */
const CLAIM_WORDS: ReadonlySet<string> = new Set(['seconds', 'instantly', 'faster', 'earlier', 'early', 'earliest', 'quicker', 'effortlessly', 'ai-powered', 'ai-driven', 'ai-based']);

/** Whether the sentence speaks for a product: it names the product or AI as the means ("with SepsisWatch", "with AI"), or claims speed or automation. */
function claimsForProduct(words: readonly Word[]): boolean {
  return words.some((w, k) => CLAIM_WORDS.has(w.w) || MACHINE_ADVERBS.has(w.w) || w.w === 'ai' || (words[k - 1]?.w === 'with' && (w.tag === 'name' || (w.cap && k > 1) || SOFTWARE_NOUNS.has(w.w))));
}

/** Clinical judgements the output is to be read with: "clinical assessment", "clinical findings", "the clinical picture". */
const JUDGEMENTS: ReadonlySet<string> = new Set([
  'assessment', 'assessments', 'judgement', 'judgment', 'findings', 'picture', 'examination', 'context', 'information', 'signs', 'presentation',
  'evaluation', 'history', 'status', 'data', 'condition', 'factors', 'symptoms',
]);
/** What a clinician weighs that is the patient's: "the patient's history", "the infant's clinical condition". */
const PATIENT_HOLDERS: ReadonlySet<string> = new Set(["patient's", "patients'", "infant's", "child's", "baby's", "resident's"]);

/** Whether the sentence names a clinical judgement the reader brings: the reader is then a clinician. */
function namesClinicalJudgement(words: readonly Word[]): boolean {
  // ("clinical and laboratory findings": past one coordinated qualifier)
  const clinicalBefore = (k: number): boolean => words[k - 1]?.w === 'clinical' || words[k - 2]?.w === 'clinical' || (words[k - 3]?.w === 'clinical' && words[k - 2]?.tag === 'cc');
  // ("the patient's medical history", "the patient's vital signs": past one qualifier)
  const patientBefore = (k: number): boolean => PATIENT_HOLDERS.has(words[k - 1]?.w ?? '') || PATIENT_HOLDERS.has(words[k - 2]?.w ?? '');
  return words.some((w, k) => JUDGEMENTS.has(w.w) && (clinicalBefore(k) || patientBefore(k)));
}

/** What the software gives that an instruction may tell a clinician to read: "the score", "the flagged cases", "results". */
const READ_OUTPUTS: ReadonlySet<string> = new Set([
  'result', 'results', 'score', 'scores', 'value', 'values', 'estimate', 'estimates', 'reading', 'readings', 'index', 'output', 'outputs',
  'finding', 'findings', 'flag', 'flags', 'alert', 'alerts', 'alarm', 'alarms', 'report', 'reports', 'measurement', 'measurements',
  'probability', 'risk', 'level', 'levels', 'classification', 'category', 'prediction', 'predictions', 'recommendation', 'recommendations',
  'suggestion', 'suggestions', 'image', 'images', 'study', 'studies', 'case', 'cases', 'trend', 'trends', 'ratio', 'number', 'marks', 'contours',
]);
/** Qualifiers that make what is read the software's: "the flagged case", "each detected nodule", "the AI findings". */
const OUTPUT_QUALIFIERS: ReadonlySet<string> = new Set(['flagged', 'detected', 'marked', 'suggested', 'highlighted', 'automated', 'proposed', 'predicted', 'reported', 'calculated', 'measured', 'estimated']);
/** Instructions to read the output that say by themselves that a clinician reads: "review each flagged case", "confirm every detected nodule". */
const CONFIRMING: ReadonlySet<string> = new Set(['review', 'confirm', 'verify', 'interpret', 'correlate', 'check', 'read', 'over-read', 'overread']);

/**
 * The object of the instruction's verb at k, as far as it tells what is read: an output (READ_OUTPUTS) and whether a
 * qualifier makes it the software's. The patient or their state ("the patient's clinical status") is no output.
 */
function readObject(words: readonly Word[], k: number): { output: boolean; qualified: boolean } {
  let qualified = false;
  for (let j = k + 1; j < words.length && j <= k + 5; j++) {
    const w = words[j];
    if (PATIENT_HOLDERS.has(w.w) || w.w === 'patient' || w.w === 'patients') return { output: false, qualified: false };
    if (OUTPUT_QUALIFIERS.has(w.w)) qualified = true;
    if (READ_OUTPUTS.has(w.w)) return { output: true, qualified };
    if (w.tag !== 'det' && w.tag !== 'adj' && w.tag !== 'noun' && w.tag !== 'name' && w.form !== 'ed' && w.tag !== 'num') return { output: false, qualified: false };
  }
  return { output: false, qualified: false };
}

/**
 * Who an instruction whose verb is at k addresses, as the clause's agent, and whether it names a clinician (see the
 * header): a clinician where the output is to be read with a clinical judgement, or where what is read is the software's
 * flagged or detected output ("Review each flagged case …"); otherwise a reader who acts and reads nothing for the service.
 */
export function instructionReader(words: readonly Word[], k: number): { agent: AgentKind; physicianNamed: boolean } {
  // "Step 3 (consultant ophthalmologist): review every flagged image …" (stop 50): a label that names a physician says
  // whose step the instruction is, as a table's header cell does
  if (labelNamesPhysician(words, k)) return { agent: 'physician', physicianNamed: true };
  const object = readObject(words, k);
  const clinician = object.output && (namesClinicalJudgement(words) || (object.qualified && CONFIRMING.has(words[k].lemma ?? words[k].w)));
  return clinician ? { agent: 'physician', physicianNamed: true } : { agent: 'other', physicianNamed: false };
}

/** Whether a label before a colon right before the verb at k names a physician: "Step 3 (operating surgeon): compare …". */
function labelNamesPhysician(words: readonly Word[], k: number): boolean {
  let colon = k - 1;
  while (colon >= 0 && words[colon].tag === 'adv') colon--;
  if (words[colon]?.w !== ':' || colon > 8) return false;
  for (let j = 0; j < colon; j++) if (PHYSICIAN_NOUNS.has(words[j].w) && !AMBIGUOUS_HUMANS.has(words[j].w) && !LAY_PEOPLE.has(words[j].w)) return true;
  return false;
}
