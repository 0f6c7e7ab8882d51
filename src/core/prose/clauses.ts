/**
 * Stage 4: clauses and who acts in them. A sentence is cut at ; : brackets dashes commas,
 * subordinators and relative pronouns; each piece with a verb is a clause. Its agent is, in
 * order: the subject before its first verb; the "by …" agent of a passive (found across a
 * coordinated list of participles); for a clause without a subject, the previous clause's subject
 * when it coordinates, the antecedent of a relative pronoun, a list's lead-in, or the sentence's
 * main subject; "it" and "they" point back to the paragraph's last subject.
 */
import { labelColon, type Word } from './tags';
import { serviceHandsOutput } from './service';
import { nameDoesOutputAct, personOrBody, thingDoesOutputAct } from './inanimate';
import * as V from './vocabulary';
import { instructionReader, isInstruction } from './instruction';

export type AgentKind = V.AgentKind;

export interface Clause {
  /** Indexes into the sentence's words, [from, to). */
  from: number;
  to: number;
  /** The word that opened the clause: a subordinator, relative, coordinator, "," or "". */
  opener: string;
  /** Index of the subject's head word, -1 when the clause names none. */
  subject: number;
  agent: AgentKind;
  /** A physician (not a lay user) when agent is "physician". */
  physicianNamed: boolean;
  /** Indexes of the clause's verbs. */
  verbs: number[];
  passive: boolean;
  /** The index of the head of the "by …" agent of a passive, or -1. */
  byAgent: number;
  /** For a coordinated clause without a subject of its own, the subject it shares (-1 otherwise). */
  sharedSubject: number;
  /** For an object relative clause ("the events it detects", "alerts that it sends"), the noun it is about: the object of its verb. */
  relObject?: number;
}

/** State that lives across the sentences of one paragraph (and from a lead-in to its list). */
export interface Context {
  /** The last subject named, for "it" and "they". */
  last?: AgentKind;
  /** Words the paragraph capitalises inside its sentences (names.ts): a name when one opens a sentence too. */
  names?: ReadonlySet<string>;
  /** The agent a list's lead-in names ("The reading cardiologist:"). */
  lead?: AgentKind;
}

// An output only when qualified ("a quantitative assessment") names no software as a bare head: "their own assessment, which means …".
const OUTPUT_NOUN_SET: ReadonlySet<string> = new Set([...V.OUTPUT_NOUNS.assistive, ...V.OUTPUT_NOUNS.augmentative, ...V.OUTPUT_NOUNS.autonomous].filter((w) => !V.QUANTITY_QUALIFIED_ONLY.has(w) || V.SOFTWARE_NOUNS.has(w)));

/** Who a subject's head word names. Unknown common nouns name nobody who acts; names are the product. */
export function agentOfHead(w: string, context: Context, cap = false): AgentKind {
  if (w === 'it' || w === 'itself' || w === 'this' || w === 'these') return context.last === 'physician' ? 'software' : context.last ?? 'software';
  if (w === 'they' || w === 'them') return context.last ?? 'software';
  if (V.PHYSICIAN_NOUNS.has(w)) return 'physician';
  if (V.OTHER_NOUNS.has(w)) return 'other';
  if (V.STUDY_NOUNS.has(w) || V.INGESTED_DATA.has(w)) return 'none';
  if (V.SOFTWARE_NOUNS.has(w) || OUTPUT_NOUN_SET.has(w) || cap || instrumentNoun(w)) return 'software';
  return 'none';
}

/** Lengths and sizes that end like an instrument: "parameter", "diameter", "millimeter". */
const MEASURE_WORDS = /(?:para|peri|dia|milli|centi|kilo|micro|nano)met(?:er|re)s?$/;

/** "the audiometer", "an oximeter", "the otoscope" (stop 33): a measuring or viewing instrument is the device that acts. */
function instrumentNoun(w: string): boolean {
  return /^[a-z-]{3,}(?:meter|meters|scope|scopes)$/.test(w) && !MEASURE_WORDS.test(w) && !MOTION_SENSORS.test(w);
}

/** Sensors inside a wearable, whose signals are data taken in ("accelerometer signals"), not a device that gives an output; and words that only end like one ("kaleidoscope"). */
const MOTION_SENSORS = /^(?:accelero|magneto|gyro|inclino|kaleido|horo|peri)(?:meter|scope)s?$/;

/** The words that name the device a 510(k) compares with: "the predicate device", "its predicate's algorithm". */
const PREDICATE_WORDS: ReadonlySet<string> = new Set(['predicate', 'predicates', "predicate's", 'predicate-device']);
function namesPredicate(words: readonly Word[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (PREDICATE_WORDS.has(words[k].w)) return true;
  return false;
}

/** "Each screening programme chooses its threshold": a programme of care or of a public body is people deciding, not software. */
const PROGRAMMES: ReadonlySet<string> = new Set(['program', 'programs', 'programme', 'programmes']);
const PROGRAMMES_OF_PEOPLE: ReadonlySet<string> = new Set([
  'screening', 'national', 'regional', 'pilot', 'training', 'exercise', 'education', 'educational', 'research', 'vaccination',
  'rehabilitation', 'wellness', 'health', 'outreach', 'care', 'prevention', 'public', 'surveillance', 'residency', 'fellowship',
]);

/** Qualifiers that make any noun the computer's: "a computerized protocol", "a computer-based guideline". */
const COMPUTER_RUN: ReadonlySet<string> = new Set(['computerized', 'computerised', 'computer-based', 'software-based', 'computer-driven', 'software-driven']);
/** Written procedures a computer can run: "the computerized protocol", "a computerised guideline". */
const COMPUTER_RUN_HEADS: ReadonlySet<string> = new Set(['protocol', 'protocols', 'guideline', 'guidelines', 'pathway', 'pathways', 'rule', 'rules', 'ruleset', 'checklist', 'checklists', 'scheme', 'chart', 'charts', 'instructions']);

/** A bolus, a regimen or a plan of care with an offering participle before it, or right after it with "by" or "for". */
export function offeredOptionHead(words: readonly Word[], k: number): boolean {
  const w = words[k].w;
  if (!V.OFFERED_OPTION_HEADS.has(w) || ((w === 'plan' || w === 'plans') && !V.CARE_PLAN_KINDS.has(words[k - 1]?.w ?? ''))) return false;
  if (V.OFFERING_PARTICIPLES.has(words[k + 1]?.w ?? '') && (words[k + 2]?.w === 'by' || words[k + 2]?.w === 'for')) return true;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (V.OFFERING_PARTICIPLES.has(words[j].w)) return true;
    if (words[j].tag !== 'noun' && words[j].tag !== 'adj' && words[j].tag !== 'num') return false;
  }
  return false;
}

function agentOfWord(words: readonly Word[], k: number, context: Context): AgentKind {
  const word = words[k];
  if (PROGRAMMES.has(word.w) && PROGRAMMES_OF_PEOPLE.has(words[k - 1]?.w ?? '')) return 'other';
  // "the computerized protocol directs ventilation" (stop 37): a written procedure the computer runs is the product
  if (COMPUTER_RUN_HEADS.has(word.w) && COMPUTER_RUN.has(words[k - 1]?.w ?? '')) return 'software';
  // "the first loop sets the tidal volume", "the feedback loop adjusts the rate" (stop 45): a control loop is the controller
  // (not "the loop of Henle", "loop diuretics": only with a word that makes it a control loop)
  if ((word.w === 'loop' || word.w === 'loops') && CONTROL_LOOPS.has(words[k - 1]?.w ?? '')) return 'software';
  // "A suggested bolus is shown on the screen", "The care plan proposed by the engine is added …" (stop 44): an option a
  // participle offers is the software's output, as "the recommended dose" is
  if (offeredOptionHead(words, k)) return 'software';
  // "Dr Patel must confirm …" (stop 45 review): a name after a doctor's title is a physician
  if (word.tag === 'name' && (doctorTitle(words, k - 1) || (words[k - 1]?.w === '.' && doctorTitle(words, k - 2)))) return 'physician';
  // ("Dr Ana Iyer reviews …" (stop 48): a first name between the title and the surname)
  if (word.tag === 'name' && words[k - 1]?.tag === 'name' && words[k - 1].cap && doctorTitle(words, k - 2)) return 'physician';
  if (doctorTitle(words, k)) return 'physician';
  // "Mr Achebe recorded …", "decided by Ms Reyes, the consultant, after …" (stop 50): a person named with a courtesy title
  // is a person, never the product; a physician when an apposition right after the name says so
  const titled = courtesyTitledName(words, k);
  if (titled >= 0) return physicianApposition(words, titled) ? 'physician' : 'other';
  // "The lead investigator, a nephrologist trained in Toronto, adjudicated …": the appositive right after the subject names
  // what the subject is
  const named = appositivePerson(words, k);
  if (named !== undefined) return named;
  // "You hold the phone level …", "You still have to read the film yourself" (stop 46): "you" is whoever the text speaks
  // to, a patient or user as a rule, never the software; a clinician only when what "you" do is reading the case
  // ("I'm still writing the class myself", "you've to read it" (stop 49): a contracted pronoun is the pronoun)
  const pronoun = CONTRACTED_PRONOUNS.get(word.w) ?? word.w;
  if (pronoun === 'you') return readsACase(words, k) ? 'physician' : 'other';
  // ("I still read every radiograph myself", "we sign off every study": the writer reading a case is a clinician)
  if ((pronoun === 'i' || pronoun === 'we') && readsACase(words, k)) return 'physician';
  // ("DR OKAFOR: I watch the screen …", "Dr Lee: We look at the numbers and decide …" (stop 55): in a transcript or an
  // interview, the speaker a doctor's title names is who "I" and "we" are in the turn it opens)
  if ((pronoun === 'i' || pronoun === 'we') && doctorSpeaking(words, k)) return 'physician';
  // ("so I read the curves and make that call myself", "I weigh that number with how the bone looked" (stop 55): the writer
  // or speaker who concludes on the case, or weighs the output, is the clinician; "we" may be the maker and stays as it is)
  if (pronoun === 'i' && concludesOrWeighs(words, k)) return 'physician';
  // ("I use the app every day": the writer, never the product, though the word is capitalised)
  if (pronoun === 'i') return 'other';
  return agentOfHead(pronoun, context, word.cap || word.tag === 'name');
}

/** Pronouns written with a verb's contraction, read as the pronoun itself. */
const CONTRACTED_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ["i'm", 'i'], ["i've", 'i'], ["i'll", 'i'], ["i'd", 'i'], ["we're", 'we'], ["we've", 'we'], ["we'll", 'we'], ["we'd", 'we'],
  ["you're", 'you'], ["you've", 'you'], ["you'll", 'you'], ["you'd", 'you'],
]);

/** Conclusions the writer may make: "make that call", "make the diagnosis". */
const WRITERS_CONCLUSIONS: ReadonlySet<string> = new Set(['call', 'diagnosis', 'decision', 'judgement', 'judgment', 'choice']);
/** Outputs the writer may weigh: "weigh that number", "weigh the score". */
const WEIGHED_OUTPUTS: ReadonlySet<string> = new Set(['number', 'numbers', 'value', 'values', 'score', 'scores', 'result', 'results', 'reading', 'readings', 'figure', 'figures', 'output', 'estimate']);

/** Whether "I" at k makes a conclusion ("make that call myself") or weighs an output ("weigh that number with …") in its next words. */
function concludesOrWeighs(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 4; j++) {
    const word = words[j];
    if (word.tag === 'punct' || word.tag === 'cc') return false;
    if (word.tag !== 'verb') continue;
    const lemma = word.lemma ?? word.w;
    const wanted = lemma === 'make' ? WRITERS_CONCLUSIONS : lemma === 'weigh' ? WEIGHED_OUTPUTS : undefined;
    if (!wanted) return false;
    for (let n = j + 1; n < words.length && n <= j + 4; n++) {
      // (not a telephone call: "make the call to the ward")
      if (wanted.has(words[n].w)) return words[n + 1]?.w !== 'to';
      if (words[n].tag !== 'det' && words[n].tag !== 'adj') return false;
    }
    return false;
  }
  return false;
}

/** Verbs of reading a case that only a clinician does to it: "read the film", "interpret the tracing". */
const READING_A_CASE: ReadonlySet<string> = new Set(['read', 'interpret', 'reread', 're-read']);
/** Whether the pronoun at k ("you", "I", "we") reads, interprets or signs off a case within its next words: "you still have
 * to read the film yourself", "I sign off every study". */
function readsACase(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 5; j++) {
    const word = words[j];
    if (word.tag === 'punct' || word.tag === 'cc') return false;
    const signOff = (word.lemma ?? word.w) === 'sign' && words[j + 1]?.w === 'off';
    if (word.tag !== 'verb' || (!READING_A_CASE.has(word.lemma ?? word.w) && !signOff)) continue;
    for (let n = j + (signOff ? 2 : 1); n < words.length && n <= j + 5; n++) {
      if (V.READ_CASES.has(words[n].w)) return true;
      if (!['det', 'adj', 'noun', 'num'].includes(words[n].tag)) return false;
    }
    return false;
  }
  return false;
}

/**
 * When the word at k is a courtesy title before a name, or a name after one ("Mr Osei", "Ms. Ana Reyes"), the index of the
 * name's last word; otherwise -1.
 */
function courtesyTitledName(words: readonly Word[], k: number): number {
  let first = -1;
  if (V.COURTESY_TITLES.has(words[k].w)) first = words[k + 1]?.w === '.' ? k + 2 : k + 1;
  else if (words[k].tag === 'name') {
    let j = k - 1;
    while (j >= 0 && j >= k - 2 && words[j].tag === 'name' && words[j].cap && !V.COURTESY_TITLES.has(words[j].w)) j--;
    if (words[j]?.w === '.') j--;
    if (V.COURTESY_TITLES.has(words[j]?.w ?? '')) first = k;
  }
  if (first < 0 || words[first]?.tag !== 'name' || !words[first].cap) return -1;
  let last = first;
  while (words[last + 1]?.tag === 'name' && words[last + 1].cap) last++;
  return last;
}
/** Whether an apposition right after the name at k names a physician: "Mr Osei, the operating surgeon, …", "Ms Reyes, consultant." */
function physicianApposition(words: readonly Word[], k: number): boolean {
  if (words[k + 1]?.w !== ',') return false;
  for (let j = k + 2; j < words.length && j <= k + 6; j++) {
    const word = words[j];
    if (word.tag === 'punct' || word.w === 'who') return j > k + 2 && V.PHYSICIAN_NOUNS.has(words[j - 1].w) && !V.AMBIGUOUS_HUMANS.has(words[j - 1].w);
    if (word.tag !== 'det' && word.tag !== 'adj' && word.tag !== 'noun' && word.tag !== 'name') return false;
  }
  return false;
}
/** Whether the sentence opens on a doctor's title, a name and a colon before k: a turn of speech by a doctor ("DR LEE: …"). */
function doctorSpeaking(words: readonly Word[], k: number): boolean {
  if (!doctorTitle(words, 0)) return false;
  for (let j = 1; j < k && j <= 4; j++) {
    if (words[j].w === ':') return true;
    if (words[j].tag !== 'name' && words[j].w !== '.' && !words[j].cap) return false;
  }
  return false;
}
/** Whether the word at j is a title before a name: "Dr. Chen", "Dr Patel" (not "DR screening", "InferRead DR Chest", "our DR module"). */
function doctorTitle(words: readonly Word[], j: number): boolean {
  const word = words[j];
  if (word === undefined || !V.DOCTOR_TITLES.has(word.w) || words[j - 1]?.tag === 'name') return false;
  // ("Dr A (fellow) to decide …" (stop 47): handover notes name a doctor by an initial)
  const initial = (w: Word | undefined): boolean => w !== undefined && w.cap === true && /^[a-z]$/.test(w.w);
  return words[j + 1]?.w === '.' ? words[j + 2]?.cap === true : (words[j + 1]?.tag === 'name' && words[j + 1].cap) || initial(words[j + 1]);
}
/** The agent an appositive right after the subject at k names: ", a cardiologist …" (a physician), ", a nurse …" (none of the two). */
function appositivePerson(words: readonly Word[], k: number): AgentKind | undefined {
  if (words[k + 1]?.w !== ',' || (words[k + 2]?.w !== 'a' && words[k + 2]?.w !== 'an')) return undefined;
  for (let j = k + 3; j <= k + 5 && j < words.length; j++) {
    const word = words[j];
    if (word.tag !== 'noun' && word.tag !== 'adj' && word.tag !== 'name') return undefined;
    if (words[j + 1]?.tag === 'noun' || words[j + 1]?.tag === 'name') continue;
    if (V.PHYSICIAN_NOUNS.has(word.w) && !V.AMBIGUOUS_HUMANS.has(word.w)) return 'physician';
    return undefined;
  }
  return undefined;
}
/** Words that make a loop a control loop: "the inner loop", "a feedback loop", "the second loop". */
const CONTROL_LOOPS: ReadonlySet<string> = new Set(['control', 'feedback', 'closed', 'inner', 'outer', 'first', 'second', 'third', 'primary', 'secondary', 'regulation', 'regulating', 'pid', 'servo']);

/** Whether a verb stands in [from, to). */
function verbBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k].tag === 'verb') return true;
  return false;
}

function isNominal(word: Word): boolean {
  return word.tag === 'noun' || word.tag === 'name' || word.tag === 'pron' || word.tag === 'num';
}

/** Where the subject starts after a fronted prepositional phrase without a comma: at the last determiner right after a noun. */
function subjectAfterUncommaedPhrase(words: readonly Word[], from: number, to: number): number {
  let start = from;
  for (let j = from + 2; j < to; j++) if (words[j].tag === 'det' && (words[j - 1].tag === 'noun' || words[j - 1].tag === 'name')) start = j;
  return start;
}

/** Head of the noun phrase in [from, to): the last nominal before a preposition, "which", or a verb. */
export function headOf(words: readonly Word[], from: number, to: number): number {
  let head = -1;
  for (let k = from; k < to; k++) {
    const word = words[k];
    // A subordinator ends the phrase too: "suspended by the controller when glucose falls" is done by the controller.
    if (word.tag === 'prep' || word.tag === 'to' || word.tag === 'rel' || word.tag === 'sub' || word.tag === 'verb' || word.tag === 'be' || word.tag === 'modal') {
      if (head >= 0) break;
      if (word.tag !== 'prep') break;
      continue;
    }
    if (word.tag === 'punct' && word.w !== '-' && word.w !== '/') {
      if (head >= 0) break;
      continue;
    }
    // "decided by the algorithm every five minutes": "every" or "each" after the head opens a time phrase, not more of the noun.
    if (head >= 0 && (word.w === 'every' || word.w === 'each')) break;
    if (isNominal(word) && !(word.w.endsWith("'s") || word.w.endsWith("s'"))) head = k;
  }
  return head;
}

const PRESENTING = new Set(['present', 'notify', 'alert', 'show', 'give', 'provide', 'send', 'warn', 'inform', 'display', 'offer']);

/** Words that name a part of the group after "of" (not "none" or "neither", which deny). */
const PART_OF: ReadonlySet<string> = new Set(['one', 'each', 'any', 'some', 'all', 'many', 'most', 'several', 'either', 'both', 'few',
  // a collection is its members: "A set of algorithms computes …", "A panel of radiologists reviews …" (stop 31)
  'set', 'suite', 'pair', 'series', 'combination', 'ensemble', 'family', 'group', 'cascade', 'chain', 'collection', 'panel', 'team',
  // "A member of the clinic team reviews …" (stop 33): a member acts for the group named after "of"
  'member', 'members',
  // "A bank of fuzzy controllers sets the infusion" (stop 51): a bank or an array of them is its members
  'bank', 'array']);

/** Groups that are clinicians only when their task is: "the care team", not "the IT team". */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['team', 'teams', 'staff', 'personnel',
  // "the clinical scientist decides which variant is reported" (stop 37), not "data scientists"
  'scientist', 'scientists',
  // "presented to the clinical users, who review it" (stop 37; see CLINICAL_USERS)
  'user', 'users']);
/** What an instrument called a reader reads: "cartridge reader", "plate reader", "strip reader". */
const READ_MEDIA: ReadonlySet<string> = new Set(['cartridge', 'strip', 'plate', 'cassette', 'chip', 'dipstick', 'microplate', 'cuvette', 'lateral-flow', 'fluorescence', 'colorimetric']);

/** Words that make a group of people clinicians: "clinical staff", "the medical team", "nursing staff" (stop 34). */
const CLINICAL_GROUPS: ReadonlySet<string> = new Set(['clinical', 'medical', 'nursing', 'clinic', 'ward', 'icu', 'stroke', 'cardiology', 'radiology', 'surgical', 'care', 'heart', 'multidisciplinary', 'theatre', 'department',
  // the laboratory's own (stop 37): "the laboratory scientist", "the histology team", "a variant scientist"
  'laboratory', 'lab', 'histology', 'pathology', 'cytology', 'microbiology', 'haematology', 'hematology', 'variant', 'biomedical', 'healthcare', 'genomic', 'genetic', 'molecular',
  // a team named by the condition or the care it looks after (stop 40): "the heart failure team", "your diabetes team", "the
  // transplant team" (and the pairs in CLINICAL_PAIRS: "the rapid response team")
  'transplant', 'diabetes', 'diabetic', 'respiratory', 'breathing', 'renal', 'kidney', 'dialysis', 'cardiac', 'pulmonary',
  'maternity', 'obstetric', 'midwifery', 'antenatal', 'perinatal', 'neonatal', 'trauma', 'emergency', 'resuscitation', 'sepsis',
  'palliative', 'treating', 'outreach', 'endoscopy', 'interventional', 'anaesthetic', 'anesthesia', 'anaesthesia',
  'perioperative', 'infection', 'rehabilitation',
  // a team named by its surgical or medical field (stop 54): "the thoracic team", "the fetal medicine team", "the vascular team"
  'thoracic', 'cardiothoracic', 'fetal', 'foetal', 'vascular', 'orthopaedic', 'orthopedic', 'neurosurgical', 'paediatric', 'pediatric',
  'colorectal', 'hepatobiliary', 'spinal', 'breast', 'burns', 'plastics', 'medicine', 'surgery',
  // clinical specialties named by their field (not any "-ology": "the ecology team", "the biotechnology team")
  'oncology', 'neurology', 'nephrology', 'urology', 'dermatology', 'gastroenterology', 'rheumatology', 'endocrinology',
  'audiology', 'pulmonology', 'ophthalmology', 'gynaecology', 'gynecology', 'hepatology', 'neonatology', 'otolaryngology',
  'anesthesiology', 'anaesthesiology', 'haematology-oncology', 'hematology-oncology']);
/** Two words that make a group clinical only together: "the heart failure team", "the rapid response team", "the mental health team". */
const CLINICAL_PAIRS: ReadonlySet<string> = new Set(['heart failure', 'rapid response', 'mental health', 'community health', 'home health', 'critical care', 'primary care', 'antimicrobial stewardship']);
function clinicalModifier(words: readonly Word[], j: number): boolean {
  return CLINICAL_GROUPS.has(words[j]?.w ?? '') || CLINICAL_PAIRS.has(`${words[j - 1]?.w ?? ''} ${words[j]?.w ?? ''}`);
}

/** Words that make users clinicians: "the clinical users", "medical users". */
const CLINICAL_USERS: ReadonlySet<string> = new Set(['clinical', 'medical']);

/** Whether the group at j is named clinical: "clinical staff decide …" names clinicians as plainly as "clinicians decide". */
function clinicalGroup(words: readonly Word[], j: number): boolean {
  // ("healthcare users" may be patients: users are clinicians only as "clinical" or "medical" users)
  if (words[j].w === 'user' || words[j].w === 'users') return CLINICAL_USERS.has(words[j - 1]?.w ?? '');
  return GROUP_NOUNS.has(words[j].w) && clinicalModifier(words, j - 1);
}
/** Tasks that make a group non-clinical. */
const NON_CLINICAL: ReadonlySet<string> = new Set(['it', 'administrative', 'admin', 'billing', 'engineering', 'technical', 'support', 'sales', 'marketing', 'software', 'development', 'data', 'finance', 'legal', 'office', 'front-desk', 'reception', 'security', 'maintenance', 'helpdesk', 'help-desk', 'coding']);

/** Determiners that negate the noun list they open ("no volume, score or index"). */
const NEGATING_DETERMINERS: ReadonlySet<string> = new Set(['no', 'neither']);

const HARD_BREAKS = new Set([';', ':', '(', ')', '[', ']', '\u2014', '\u2013', '|']);

/** Whether a named physician (not an ambiguous human) ends the noun phrase before the comma at c: "the clinician, who …". */
function physicianBeforeComma(words: readonly Word[], c: number): boolean {
  const ante = words[c - 1];
  if (ante === undefined || (ante.tag !== 'noun' && ante.tag !== 'name') || !V.PHYSICIAN_NOUNS.has(ante.w) || (V.AMBIGUOUS_HUMANS.has(ante.w) && !clinicalGroup(words, c - 1)) || V.MACHINE_PERSONS.has(words[c - 2]?.w ?? '')) return false;
  // (not after an option offered to that physician: "recommends a diagnosis to the physician, who decides" acts on the
  // software's option, Level I)
  return !words.slice(0, c).some((w) => OFFERING.has(w.lemma ?? w.w) || OFFERS.has(w.w));
}
/** Verbs and nouns of an option offered to the physician. */
const OFFERING: ReadonlySet<string> = new Set(['recommend', 'suggest', 'propose', 'advise']);
const OFFERS: ReadonlySet<string> = new Set(['recommendation', 'recommendations', 'suggestion', 'suggestions', 'option', 'options', 'advice', 'proposal', 'proposals']);

/** Verbs whose object a colon may open: "outputs:", "provides:", "reports:", "includes:". */
const COLON_OBJECT_VERBS: ReadonlySet<string> = new Set([...V.OUTPUT_VERBS, 'include', 'comprise']);
/** Whether the colon at k follows an output verb directly and a noun phrase follows it: "outputs: a risk score". */
function colonAfterOutputVerb(words: readonly Word[], k: number): boolean {
  const verb = words[labelledOutputBefore(words, k) ?? k - 1];
  const next = words[k + 1];
  return verb.tag === 'verb' && (verb.form === 's' || verb.form === 'base') && COLON_OBJECT_VERBS.has(verb.lemma ?? '') && next !== undefined && ['det', 'noun', 'adj', 'num', 'name'].includes(next.tag);
}

/** Where a qualified output label opens the sentence before the colon at k: "Output per study:", "Outputs, per segment:" (stop 59; tags.ts made the label a verb). */
function labelledOutputBefore(words: readonly Word[], k: number): number | undefined {
  for (let j = 0; j <= 3 && j < k - 1; j++) if (words[j].tag === 'verb' && words[j].lemma === 'output' && labelColon(words, j + 1) === k) return j;
  return undefined;
}

/** Cuts a tagged sentence into clauses and finds who acts in each. */
/** "a qualified medical professional or trained ECG technician": a named physician coordinated before the subject's head. */
/** "The nurse in charge and the treating doctor look at …" (stop 47): a named physician coordinated after the subject's head, before the verb. */
function physicianAfterAnd(words: readonly Word[], subject: number, verb: number): boolean {
  let coordinated = false;
  for (let j = subject + 1; j < verb && j <= subject + 8; j++) {
    if (words[j].w === 'and') coordinated = true;
    else if (coordinated && V.PHYSICIAN_NOUNS.has(words[j].w) && !V.AMBIGUOUS_HUMANS.has(words[j].w)) return true;
    else if (words[j].tag === 'verb' || words[j].tag === 'punct' || words[j].tag === 'rel' || words[j].tag === 'be' || words[j].tag === 'modal') return false;
  }
  return false;
}
function coordinatedPhysician(words: readonly Word[], subject: number, from: number): boolean {
  let coordinated = false;
  for (let j = subject - 1; j >= from && j >= subject - 8; j--) {
    const word = words[j];
    if (word.tag === 'cc') coordinated = true;
    else if (coordinated && V.PHYSICIAN_NOUNS.has(word.w) && !V.AMBIGUOUS_HUMANS.has(word.w)) return true;
    else if (word.tag === 'verb' || word.tag === 'prep' || word.tag === 'punct' || word.tag === 'rel' || word.tag === 'be' || word.tag === 'modal') return false;
  }
  return false;
}

export function clausesOf(words: readonly Word[], context: Context): Clause[] {
  // Pieces: cut at punctuation, subordinators and relatives.
  const pieces: Piece[] = [];
  let from = 0;
  let opener = '';
  const inline = shortBrackets(words);
  // "The software outputs: a risk score from 0 to 100" (stop 46): a colon right after an output verb opens its object;
  // ("a 0–1 probability": an en dash between two numbers is a range, no break)
  for (let k = 1; k < words.length - 1; k++) {
    if ((words[k].w === ':' && colonAfterOutputVerb(words, k)) || (words[k].w === '\u2013' && words[k - 1].tag === 'num' && words[k + 1].tag === 'num')) inline.add(k);
  }
  let open = 0;
  for (let k = 0; k <= words.length; k++) {
    const word = words[k];
    if (word?.w === '(' || word?.w === '[') open++;
    // A closing bracket that no bracket opened ("… insulin) based on …") is a slip, not a clause break.
    const strayClose = (word?.w === ')' || word?.w === ']') && open-- <= 0;
    if (strayClose) open = 0;
    const cut =
      k === words.length || (!inline.has(k) && !strayClose && (word.tag === 'punct' && ((HARD_BREAKS.has(word.w) && !(word.w === '.' && doctorTitle(words, k - 1))) || (word.w === ',' && !verbList(words, k) && !nounList(words, from, k)) || (word.w === '-' && !SUSPENDED.has(words[k + 1]?.w ?? '')))) || word.tag === 'sub' || word.tag === 'rel' ||
      (word.tag === 'cc' && k + 1 < words.length && words[k + 1].tag === 'pron' && ['it', 'they', 'we', 'he', 'she'].includes(words[k + 1].w)) ||
      // ("… the targets which the physiatrist has given and then it decides a new dose" (stop 45): so past an adverb)
      (word.tag === 'cc' && words[k + 1]?.tag === 'adv' && words[k + 2]?.tag === 'pron' && ['it', 'they', 'we', 'he', 'she'].includes(words[k + 2].w) && words[k + 3]?.tag === 'verb') ||
      // "Nurses enter each value and the software recalculates the rate": a second clause with its own subject.
      (word.tag === 'cc' && words[k + 1]?.tag === 'det' && hasVerb(words, from, k) && opensClause(words, k + 1)) ||
      // "releases oxygen only while the patient breathes in and adjusts delivery …": after a time clause about the patient,
      // "and" before an -s verb returns to the clause the time clause hangs on.
      (word.tag === 'cc' && word.w === 'and' && words[k + 1]?.tag === 'verb' && words[k + 1].form === 's' && V.TIME_SUBORDINATORS.has(opener) && personTimeClause(words, from, k)) ||
      // "checks that the pads are connected and analyses the rhythm …": an -s verb after "and" cannot share the plural
      // subject of the "that" clause before it; it returns to the clause that "that" hangs on.
      (word.tag === 'cc' && word.w === 'and' && words[k + 1]?.tag === 'verb' && words[k + 1].form === 's' && opener === 'that' && pluralClause(words, from, k)) ||
      // "suggests where the calipers should go and computes …": so does one after an embedded question ("where", "whether",
      // "how", "what") whose verb an -s verb cannot share a subject with (a modal's bare verb or a plural one) (round 16b).
      // (or whose -s verb takes "it" back as its object, "decides which value goes into the report and interprets it": the
      // question's subject is what "it" names, so the verb is the main subject's; stop 28)
      (word.tag === 'cc' && word.w === 'and' && words[k + 1]?.tag === 'verb' && words[k + 1].form === 's' && EMBEDDED_QUESTIONS.has(opener) && (pluralClause(words, from, k) || modalIn(words, from, k) || words[k + 2]?.w === 'it' || words[k + 2]?.w === 'them')) ||
      // "senses how thick the tissue is and slows the stroke" (stop 56): so does one after an embedded question that ends on its
      // copula, which has no object to share.
      (word.tag === 'cc' && word.w === 'and' && words[k + 1]?.tag === 'verb' && words[k + 1].form === 's' && EMBEDDED_QUESTIONS.has(opener) && words[k - 1]?.tag === 'be') ||
      // "decides which index goes into the report and writes the final report" (stop 36): after a choice between things
      // ("decides which", "chooses which"), an -s verb after "and" is the chooser's next act, not the thing chosen.
      (word.tag === 'cc' && word.w === 'and' && words[k + 1]?.tag === 'verb' && words[k + 1].form === 's' && opener === 'which' && CHOOSING_QUESTIONS.has(words[from - 2]?.lemma ?? '') && words[from - 2]?.tag === 'verb' && words[from - 2].form === 's') ||
      // "checks how the intervals vary and reports …", "when the values settle and flags …": so does one after any subordinate
      // clause whose subject is plural (round 18a).
      (word.tag === 'cc' && word.w === 'and' && words[k + 1]?.tag === 'verb' && words[k + 1].form === 's' && V.SUBORDINATORS.has(opener) && pluralSubject(words, from, k)) ||
      // "whether the reading rises and sends an alert", "when glucose falls and resumes delivery": so does an output act with its
      // object after a subordinate clause that ends on its own verb (an intransitive one, which took no object).
      // (or on a passive: "checks whether a test has been ordered and displays a message on the form"; stop 36)
      (word.tag === 'cc' && word.w === 'and' && V.SUBORDINATORS.has(opener) && words[k - 1]?.tag === 'verb' && (words[k - 1].form !== 'ed' || words[k - 2]?.tag === 'be') && outputActWithObject(words, k + 1)) ||
      // "when two visits exist it adds a table": a subject pronoun right after the verb that ends a subordinate clause opens the main one.
      subjectAfterSubordinate(words, k, opener) ||
      // "before it is released", "after the physician signs": a preposition that opens a clause
      (word.tag === 'prep' && CLAUSE_PREPS.has(word.w) && opensClause(words, k + 1)) ||
      // "as soon as the sensor is pressed", "as long as the strap is worn" (stop 59): the three words open a time clause
      (word.w === 'as' && (words[k + 1]?.w === 'soon' || words[k + 1]?.w === 'long') && words[k + 2]?.w === 'as' && opensClause(words, k + 3)) ||
      // "to help the reader when scoring a night, by assessing the likelihood …": the means is the main subject's act, not the reader's.
      (word.w === 'by' && words[k + 1]?.tag === 'verb' && words[k + 1]?.form === 'ing' && (opener === 'when' || opener === 'while')));
    if (!cut) continue;
    if (k > from) {
      const last = pieces[pieces.length - 1];
      // A verbless piece after a comma continues the one before it ("about her past, current and future status").
      if (last && opener === ',' && !hasVerb(words, from, k) && hasVerb(words, last.from, last.to)) last.to = k;
      // A verbless piece after a bracketed aside continues the clause before it ("outputs the segmentation (…) and quantification").
      else if (last && opener === ')' && !hasVerb(words, from, k) && last.opener === '(' && pieces.length >= 2 && hasVerb(words, pieces[pieces.length - 2].from, pieces[pieces.length - 2].to)) pieces[pieces.length - 2].to = k;
      // A verbless piece continues into the next after a comma ("No measurement, clot burden or index is produced").
      // But a fronted condition stays apart even when its verb went untagged ("If enough irregular episodes accumulate, the app shows…").
      // So does one that opens with "no" after a fronted phrase ("In routine use, no volume, score or index is produced").
      // A bracketed aside ("(minimum, maximum, mean)") is no subject: the clause after it stays apart.
      // (So does the subject right after a fronted phrase, past its aside: "In practice, the Auto-Trak option, for adults and
      // children, adjusts …"; stop 35.)
      else if (last && opener === ',' && !hasVerb(words, last.from, last.to) && (last.opener !== ',' || NEGATING_DETERMINERS.has(words[last.from]?.w ?? '') || subjectAfterFronted(words, pieces)) && last.opener !== '(' && last.opener !== '[' && words[last.from]?.tag !== 'prep' && !V.SUBORDINATORS.has(last.opener)) last.to = k;
      else pieces.push({ from, to: k, opener, antecedent: undefined, relObject: undefined });
    }
    // (The pronoun that opens the main clause is its subject: it stays in the clause, as after a comma.)
    const keep = k < words.length && subjectAfterSubordinate(words, k, opener);
    opener = k >= words.length ? '' : keep ? ',' : word.w;
    from = keep ? k : k + 1;
  }

  splitWhoClauses(words, pieces);
  splitObjectRelatives(words, pieces);
  const clauses: Clause[] = [];
  let mainAgent: AgentKind | undefined = context.lead;
  let mainPhysician = context.lead === 'physician';
  let pendingSubject = -1;
  let previous: Clause | undefined;
  /** The last clause not opened by a subordinator or a relative pronoun. */
  let lastMain: Clause | undefined;
  for (const piece of pieces) {
    const verbs: number[] = [];
    for (let k = piece.from; k < piece.to; k++) if (words[k].tag === 'verb' || (words[k].tag === 'be' && !hasVerbAfter(words, k, piece.to))) verbs.push(k);
    if (verbs.length === 0) {
      // A fragment: it may name the subject of the clause that follows ("The radiologist, not the software, makes…").
      const first = words[piece.from];
      if (first && first.tag !== 'prep' && first.tag !== 'neg' && first.w !== 'not' && piece.opener !== ',' && !(piece.opener === '(' && (pendingSubject >= 0 || previous !== undefined))) {
        const head = versionedName(words, headOf(words, piece.from, piece.to));
        if (head >= 0) pendingSubject = head;
      } else if (first && first.tag !== 'prep' && first.tag !== 'neg' && first.w !== 'not' && pendingSubject < 0 && previous === undefined) {
        const head = versionedName(words, headOf(words, piece.from, piece.to));
        if (head >= 0) pendingSubject = head;
      }
      continue;
    }
    // An infinitive before the finite verb belongs to a modifier ("Radiologists qualified to read X interpret…").
    let firstVerb = verbs[0];
    if (words[firstVerb - 1]?.tag === 'to' && firstVerb - 2 >= piece.from && words[firstVerb - 2].tag === 'adj') {
      const finite = verbs.find((v) => v > firstVerb && words[v - 1]?.tag !== 'to' && words[v].form !== 'ing');
      if (finite !== undefined) firstVerb = finite;
    }
    // The verb group starts at the first auxiliary before the first verb.
    let groupStart = firstVerb;
    while (groupStart > piece.from && ['be', 'have', 'do', 'modal', 'neg', 'adv', 'to'].includes(words[groupStart - 1].tag)) groupStart--;
    // The subject stands right before its verb: after the last comma ("For each study, it quantifies…").
    let subjectFrom = piece.from;
    for (let j = groupStart - 1; j > piece.from; j--) if (words[j].w === ',') (subjectFrom = j + 1), (j = piece.from);
    // A fronted phrase with no comma ends where a determiner follows its noun: "At the end of the run the analyser reads …",
    // "In most patients the software flags …" (stop 38).
    if (words[subjectFrom]?.tag === 'prep') subjectFrom = subjectAfterUncommaedPhrase(words, subjectFrom, groupStart);
    let subject = words[groupStart]?.tag === 'to' ? toDoSubject(words, subjectFrom, groupStart, context) : headOf(words, subjectFrom, groupStart);
    // "Radiologists who are notified … must review the images": the main verb after a relative clause is its antecedent's.
    if (piece.opener === WHO_MAIN && previous) subject = previous.subject;
    // "The events it detects are written onto the record": after an object relative clause, the main verb is its antecedent's.
    if (piece.opener === REL_MAIN && piece.antecedent !== undefined) subject = piece.antecedent;
    if (subject < 0 && subjectFrom > piece.from && words[groupStart]?.tag !== 'to') subject = headOf(words, piece.from, groupStart);
    // "53 of 54 seizures were detected": a count's head is the thing counted.
    // ("One of the trust's consultant radiologists makes …", "Each of our pathologists …": a part's head is the group's.)
    if (subject >= 0 && (words[subject].tag === 'num' || PART_OF.has(words[subject].w)) && words[subject + 1]?.w === 'of') subject = headOf(words, subject + 2, groupStart);
    // "Persyst 13 can raise …", "EchoGo Core 2.1 outputs …": a number right after a product name is its version; the name is the subject.
    if (subject > subjectFrom) subject = versionedName(words, subject);
    if (subject > subjectFrom) subject = versionTokenName(words, subject);
    if (subject >= 0 && words[subject].tag === 'num') subject = -1;
    // "segments the hippocampus, the amygdala and reports a volume for each": an -s verb right after "and" coordinates with an
    // earlier verb; the noun before the "and" ends that verb's object list, it is no subject (round 18b).
    if (subject >= 0 && piece.opener === ',' && previous !== undefined && subject < groupStart - 1 && groupStart === firstVerb && words[groupStart - 1].tag === 'cc' && words[firstVerb].form === 's') subject = -1;
    if (subject < 0 && groupStart > piece.from && ['this', 'these'].includes(words[piece.from].w)) subject = piece.from;
    let agent: AgentKind;
    let physicianNamed = false;
    let shared = -1;
    let holderAntecedent = false;
    if (subject >= 0) {
      agent = sentencePronounAgent(words, subject, words[firstVerb]?.lemma) ?? agentOfWord(words, subject, context);
      // "it is the pathologist who examines the tiles, …, and decides" (stop 30): a cleft's "it" is the person it names.
      const clefted = cleftPerson(words, subject);
      if (clefted >= 0) agent = agentOfWord(words, clefted, context);
      // "One of the AI radiologists", "the virtual cardiologist" (stop 31): a physician noun the software names itself by.
      const named = clefted >= 0 ? clefted : subject;
      if (agent === 'physician' && V.MACHINE_PERSONS.has(words[named - 1]?.w ?? '')) agent = 'software';
      // "the cartridge reader returns …", "a strip reader" (stop 34): a reader named by what it reads is an instrument.
      if (agent === 'physician' && (words[named].w === 'reader' || words[named].w === 'readers') && READ_MEDIA.has(words[named - 1]?.w ?? '')) agent = 'software';
      // "The IT team", "a member of the billing team", "administrative staff" (stop 33): a group with a non-clinical task reads nothing.
      if (agent === 'physician' && GROUP_NOUNS.has(words[named].w) && NON_CLINICAL.has(words[named - 1]?.w ?? '')) agent = 'other';
      // "Its purpose is to flag …", "The device's role is to notify …": the owner of the purpose does the infinitive.
      const owner = agent === 'none' ? purposeOwner(words, subject, piece.from) : -1;
      if (owner >= 0) agent = words[owner].w === 'its' ? agentOfHead('it', context) : agentOfHead(words[owner].w.replace(/'s?$/, ''), context, words[owner].cap);
      // "interpretive software whose purpose is to interpret ECGs": the antecedent of "whose" owns the purpose.
      const whose = agent === 'none' && owner < 0 ? whosePurposeOwner(words, piece.opener, subject, piece.from) : -1;
      if (whose >= 0) agent = agentOfWord(words, whose, context);
      // "Its calcium scoring segments …", "The system's classifiers sort …": a part the software owns acts for it.
      // But "Its indications are to support diagnosis", "its functions serve to characterise …" state a purpose, which only purpose nouns lend (above).
      // And the part's head must stand right before its verb group, or the head itself is in doubt ("Its calcium scoring automatically segments").
      // Only in the active voice: "Its use is indicated …" says what is done with the device, not what its part does.
      if (agent === 'none' && !statesPurpose(words, firstVerb) && !isPassive(words, verbs) && headBeforeVerb(words, subject, groupStart) && ownedBySoftware(words, subject, piece.from, context)) agent = 'software';
      // "The mat computes the index", "a probe in the oesophagus quantifies aortic flow": a thing no list names that computes
      // or quantifies is a part of the device (round 16b); people, studies and the data taken in are named by their lists.
      if (agent === 'none' && words[subject].tag === 'noun' && machineActs(words, verbs) && !isPassive(words, verbs) && !V.STUDY_NOUNS.has(words[subject].w) && !V.INGESTED_DATA.has(words[subject].w) && !V.CONDITION_HOLDERS.has(words[subject].w) && !V.STUDY_ACTORS.has(words[subject].w) && !personOrBody(words[subject].w)) agent = 'software';
      // "A rule base classifies the situation", "the engine grades the findings": any other thing that does an output act is the
      // service's software (round 18a; inanimate.ts decides by the noun's and the verb's word class).
      if (agent === 'none' && !isPassive(words, verbs) && thingDoesOutputAct(words, subject, verbs)) agent = 'software';
      // "No ophthalmologist or grader looks at the images" (stop 47): a head no list names, coordinated with a named physician,
      // is one of the readers.
      // (only a noun of one who does something, "grader", "assessor": not "experts and health authorities", "physician orders and discharge")
      if (agent === 'none' && coordinatedPhysician(words, subject, piece.from) && !personOrBody(words[subject].w) && words[subject].tag === 'noun' && /(?:er|or)s?$/.test(words[subject].w)) agent = 'physician';
      // "bed 5 alerted slow twice overnight", "the drip alarmed at 0300" (stop 47): a bed, room or line that alerts is the
      // monitor fitted to it
      if (agent === 'none' && MONITORED_PLACES.has(words[subject].w) && ALERTING.has(words[firstVerb].lemma ?? '') && !isPassive(words, verbs)) agent = 'software';
      // "A detected fall sets off both airbags", "a sensed arrhythmia triggers the shock" (stop 47): an event the device has
      // detected, as the subject of an active verb, stands for the device acting on it.
      if (agent === 'none' && SENSED_BY_DEVICE.has(words[subject - 1]?.w ?? '') && !isPassive(words, verbs) && words[firstVerb].tag === 'verb' && words[firstVerb].form === 's') agent = 'software';
      physicianNamed = agent === 'physician' && (!V.AMBIGUOUS_HUMANS.has(words[subject].w) || coordinatedPhysician(words, subject, piece.from) || clinicalGroup(words, subject) || physicianAfterAnd(words, subject, groupStart));
      // "Key highlights of the pivotal study are listed": what a trial found, not what the software outputs.
      if (agent === 'software' && ofTrial(words, subject, groupStart)) agent = 'none';
      // "The predicate device measures lesion volume": a 510(k) summary's comparison names another device's acts.
      if (agent === 'software' && namesPredicate(words, subjectFrom, subject + 1)) agent = 'other';
      // "We send the treating cardiologist an alert": the service's software hands over the output.
      if (agent === 'other' && serviceHandsOutput(words, subject, firstVerb, piece.to)) agent = 'software';
    } else if (piece.opener === ':' && previous === undefined && context.lead === undefined && isInstruction(words, piece.from, piece.to, groupStart, firstVerb)) {
      // "Step 3 (consultant ophthalmologist): review every flagged image …" (stop 50): after a label, an instruction; the
      // label names whose step it is, not a subject
      ({ agent, physicianNamed } = instructionReader(words, firstVerb));
    } else if (pendingSubject >= 0) {
      subject = pendingSubject;
      agent = agentOfWord(words, subject, context);
      physicianNamed = agent === 'physician' && !V.AMBIGUOUS_HUMANS.has(words[subject].w);
    } else if (context.lead === undefined && lastMain === undefined && (piece.opener === '' || (piece.opener === ',' && (previous === undefined || isSubordinate(previous)))) && isInstruction(words, piece.from, piece.to, groupStart, firstVerb)) {
      // "Interpret the result with …", "If the alarm sounds, go to the patient" (stop 41): an instruction's verb is the
      // reader's act (instruction.ts), not the software's.
      ({ agent, physicianNamed } = instructionReader(words, firstVerb));
    } else if (piece.opener === 'who' || piece.opener === 'whom') {
      // "people who …" are no physicians; "the cardiologist who …" is.
      const ante = piece.from >= 2 ? words[piece.from - 2] : undefined;
      agent = ante !== undefined && V.OTHER_NOUNS.has(ante.w) ? 'other' : ante !== undefined && V.MACHINE_PERSONS.has(words[piece.from - 3]?.w ?? '') ? 'software' : 'physician';
      // "Before making any decision, the clinician who receives the alert must open …": after a fronted clause the
      // antecedent shares a piece with it, so no fragment lent it as the subject; it is the subject, as it is without the fronted clause.
      if (piece.opener === 'who' && ante !== undefined && previous !== undefined && V.PHYSICIAN_NOUNS.has(ante.w) && (ante.tag === 'noun' || ante.tag === 'name') && afterFrontedComma(words, previous.from, piece.from - 2)) {
        subject = piece.from - 2;
        physicianNamed = !V.AMBIGUOUS_HUMANS.has(ante.w);
      } else if (piece.opener === 'who' && contrastedCleftPhysician(words, piece.from - 1) >= 0) {
        // "it's the cardiologist, not the program, who decides" (stop 48): a cleft that sets the physician against the software
        // names the one who does it, as "The cardiologist decides" would (the aside hides the cleft from the plain reading).
        agent = 'physician';
        physicianNamed = true;
      } else if (piece.opener === 'who' && words[piece.from - 2]?.w === ',' && physicianBeforeComma(words, piece.from - 2)) {
        // "It supports the clinician, who remains responsible for every final decision" (stop 37): an aside between commas
        // on a named physician says what that physician does, as the sentence "The clinician remains responsible …" would.
        physicianNamed = true;
      }
    } else if ((piece.opener === 'which' || piece.opener === 'that') && piece.from >= 2) {
      let ante = headOf(words, Math.max(0, piece.from - 5), piece.from - 1);
      // "a trial verifying a system that detects …" (stop 31): past a verb in the window, the noun right before the pronoun.
      // (", which …" after a bracketed aside (stop 36): "a detector built on the YOLO ("you only look once") network, which
      // draws boxes": the noun before the comma when the window finds no head.)
      // ("Our hospital uses EchoMetrix, which measures …" (stop 48): past the comma whatever the window found, so the verb
      // between its head and the noun before the comma makes that noun the antecedent)
      const before = piece.from - 2 - (words[piece.from - 2]?.w === ',' && piece.from >= 3 && isNominal(words[piece.from - 3]) ? 1 : 0);
      if (isNominal(words[before]) && ante !== before && (ante < 0 || verbBetween(words, ante + 1, before))) ante = before;
      // ("a study of software that picks out abnormal airways", "the accuracy of the algorithm that flags …" (stop 54): the
      // product named after "of" is what the relative clause describes, not the study or the figure before it)
      if (ante !== before && V.SOFTWARE_NOUNS.has(words[before]?.w ?? '') && (words[before - 1]?.w === 'of' || (words[before - 1]?.tag === 'det' && words[before - 2]?.w === 'of'))) ante = before;
      // "a machine learning tool from Mayo Clinic that detects …" (stop 36): past the maker a tool is said to come from, the tool.
      const maker = madeBy(words, before);
      if (maker >= 0) ante = maker;
      agent = ante >= 0 ? agentOfWord(words, ante, context) : previous?.agent ?? 'software';
      // "use the software as an additional aid that highlights suspected fractures" (stop 36): the role the product plays
      // names the product.
      if (agent === 'none' && ante >= 0 && PRODUCT_ROLES.has(words[ante].w) && words.slice(Math.max(0, ante - 6), ante).some((w) => w.w === 'as')) agent = 'software';
      // "Nurses use a tablet that photographs the ulcer, measures its area and stages it" (stop 41 review): a thing no list
      // names that does an output act is the service's device, whoever holds it (inanimate.ts), not the main clause's person.
      // (its act with an object: not "falls, which rank among the …", "standards that grade by z-score")
      if (agent === 'none' && ante >= 0 && ['det', 'adj', 'noun', 'name', 'num'].includes(words[firstVerb + 1]?.tag ?? '') && (thingDoesOutputAct(words, ante, verbs) || nameDoesOutputAct(words, ante, verbs))) agent = 'software';
      if (agent === 'none') agent = previous?.agent ?? 'software';
      // ("the AI cardiologist that decides …": the software's name for itself)
      if (agent === 'physician' && ante >= 0 && V.MACHINE_PERSONS.has(words[ante - 1]?.w ?? '')) agent = 'software';
      // "records potentials through the same leads that deliver stimulation": the hardware a therapy passes through does nothing of its own.
      if (ante >= 0 && V.THERAPY_CONDUITS.has(words[ante].w) && words[ante].w !== 'set') agent = 'none';
      // "Predicate device: a cleared software that quantifies …": the antecedent is the other device.
      if (agent === 'software' && namesPredicate(words, 0, piece.from - 1)) agent = 'other';
      if (ante >= 0 && V.CONDITION_HOLDERS.has(words[ante].w)) holderAntecedent = true;
      // "used in clinics that treat adults": a place of care right before the pronoun.
      if ((V.CARE_SETTINGS.has(words[piece.from - 2]?.w ?? '') && maker < 0) || (ante >= 0 && V.CARE_SETTINGS.has(words[ante].w))) holderAntecedent = true;
    } else if (((words[piece.from]?.w === 'by' && words[piece.from + 1]?.form === 'ing') || (piece.opener === 'by' && words[piece.from]?.form === 'ing')) && mainAgent !== undefined) {
      // ", by making adjustments": the means of the sentence's main act, done by its main subject.
      agent = mainAgent;
      physicianNamed = mainPhysician;
    } else if (previous && (piece.opener === ',' || piece.opener === 'and' || piece.opener === 'or' || piece.opener === '' )) {
      // "The reader looks at each mark, judges whether it is real, and chooses whether to resect": a finite verb
      // after a subordinate clause coordinates with the clause that clause hangs on, not with its inner subject.
      // ("A review found that the index varied widely, and concluded it was not reliable" (stop 42): a verb of finding or
      // concluding after a that-clause is the reporter's too, in any tense: an index concludes nothing.)
      const reportsAgain = previous.opener === 'that' && CONCLUDING_AFTER.has(words[firstVerb].lemma ?? '') && lastMain !== undefined && lastMain.verbs.some((v) => REPORTING.has(words[v].lemma ?? ''));
      const host = lastMain && lastMain !== previous && isSubordinate(previous) && (words[firstVerb].form === 's' || reportsAgain) && groupStart === piece.from + (words[piece.from].tag === 'cc' ? 1 : 0) ? lastMain : previous;
      agent = host.agent;
      physicianNamed = host.physicianNamed;
      shared = host.subject >= 0 ? host.subject : host.sharedSubject;
    } else {
      agent = mainAgent ?? context.last ?? 'software';
      physicianNamed = mainPhysician;
    }
    pendingSubject = -1;
    // A gerund as subject ("Increasing the detection rate is…") names an activity, not an agent.
    // "Flagging a case as suspected has no diagnostic purpose": so does one before a finite "be", "have" or modal.
    // But ", producing airway pressure as the patient requires" right after a clause is a participle clause: its subject's act.
    const participleClause = piece.opener === ',' && previous !== undefined && previous.to === piece.from - 1;
    // ("Deciding whether the run is usable is not the software's job" (stop 47): so does one whose object is a question,
    // with the sentence's main verb after the question's)
    // (unless the sentence says whose job it is: "Deciding whether to treat is the software's job")
    if (firstVerb === piece.from && words[firstVerb].form === 'ing' && !participleClause && (verbs.length > 1 || finiteAfter(words, firstVerb + 1, piece.to) || (piece.opener === '' && questionThenMainVerb(words, piece.to) && !softwaresJob(words, piece.to, context)))) agent = 'none';
    // "The user is required to review…", "Staff are expected to weigh…": the subject does the infinitive.
    const obligedSubject = words[firstVerb].form === 'ed' && OBLIGING.has(words[firstVerb].lemma ?? '') && words[firstVerb + 1]?.tag === 'to' && words[firstVerb + 2]?.tag !== 'be';
    // "… is identified, quantified and scored": a bare participle continues the passive before it.
    const continuesPassive = previous !== undefined && previous.passive && (subject < 0 || subject === previous.subject) && words[firstVerb].form === 'ed' && groupStart === piece.from && (piece.opener === ',' || piece.opener === 'and' || piece.opener === 'or');
    if (continuesPassive && previous) subject = previous.subject;
    const passive = continuesPassive || (!obligedSubject && isPassive(words, verbs));
    let byAgent = passive ? byAgentPastManner(words, firstVerb) : -1;
    // "ranked by priority", "sorted by severity": a "by" phrase that names nobody who acts gives the order, not the agent.
    if (byAgent >= 0 && agentOfWord(words, byAgent, context) === 'none' && V.ORDERING_NOUNS.has(words[byAgent].w)) byAgent = -1;
    // "lesions that raise concern for melanoma": an active relative clause on a lesion or a sample describes it; nobody acts.
    if (holderAntecedent && !passive) agent = 'none';
    // relObject always set (undefined when none): one shape for every clause.
    const clause: Clause = { from: piece.from, to: piece.to, opener: piece.opener, subject, agent, physicianNamed, verbs, passive, byAgent, sharedSubject: shared, relObject: piece.relObject };
    if (passive) {
      if (byAgent >= 0) {
        clause.agent = agentOfWord(words, byAgent, context);
        // "made by the patient together with the urologist", "… in consultation with the treating oncologist" (stop 35): a
        // physician who shares the act with a lay agent makes it a physician's act.
        if (clause.agent === 'other') {
          const partner = physicianPartner(words, byAgent, piece.to);
          if (partner >= 0) (byAgent = partner), (clause.byAgent = partner), (clause.agent = 'physician');
        }
        clause.physicianNamed = clause.agent === 'physician' && !V.AMBIGUOUS_HUMANS.has(words[byAgent].w);
      } else if ((agent === 'physician' || agent === 'other') && PRESENTING.has(words[firstVerb].lemma ?? '') && piece.opener !== 'who') {
        // "The user is presented with notifications": the software presents.
        clause.agent = 'software';
      } else if (agent === 'physician' || agent === 'other') {
        // "Patients are diagnosed": nobody named does it.
        clause.agent = 'none';
      } else if (subject < 0 && !['', ',', 'and', 'or', 'which', 'that', 'who'].includes(piece.opener)) {
        clause.agent = 'none';
      } else if (piece.opener === 'where' && POINTING_BACK.has(words[piece.from - 3]?.w ?? '') && words[piece.from - 2]?.tag === 'be' && subject >= 0 && V.CONCLUSION_NOUNS.has(words[subject].w)) {
        // "… goes on to echocardiography, which is where the diagnosis is made" (stop 47): what "is where" points to is another
        // test or place; a conclusion reached there without an agent is reached in it, not by the software (a measurement
        // there may still be the software's: "the portal, which is where the score is calculated").
        clause.agent = 'none';
      }
    }
    clauses.push(clause);
    if (mainAgent === undefined || (clause.opener === '' && subject >= 0)) {
      mainAgent = clause.agent;
      mainPhysician = clause.physicianNamed;
    }
    previous = clause;
    if (!isSubordinate(clause)) lastMain = clause;
  }
  if (clauses.length && clauses[0].subject >= 0 && clauses[0].agent !== 'none') context.last = clauses[0].agent;
  return clauses;
}

/** Roles a product is used as: "as an aid that …", "as an adjunct that …". */
const PRODUCT_ROLES: ReadonlySet<string> = new Set(['aid', 'adjunct', 'supplement', 'assistant', 'companion', 'second']);

/** Makers a tool is said to come from: "a tool from Mayo Clinic", "software by Siemens", "an algorithm developed at Oxford". */
const MAKER_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'by', 'at']);

/**
 * The software noun before "from", "by" or "at" and a named maker or place that ends at ante ("tool from Mayo Clinic"), or -1:
 * a relative clause after the maker describes the tool.
 */
function madeBy(words: readonly Word[], ante: number): number {
  if (words[ante]?.tag !== 'name') return -1;
  for (let j = ante - 1; j >= 0 && j >= ante - 5; j--) {
    if (MAKER_PREPOSITIONS.has(words[j].w)) {
      let head = j - 1;
      // "developed by", "built at": a participle between the tool and its maker.
      if (words[head]?.tag === 'verb' && words[head].form === 'ed') head--;
      return head >= 0 && V.SOFTWARE_NOUNS.has(words[head].w) ? head : -1;
    }
    if (words[j].tag !== 'name' && words[j].tag !== 'noun' && words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].w !== 'of' && words[j].w !== "'s") return -1;
  }
  return -1;
}

/** A version number right after a product name stands for the name: "Persyst 13", "CardioTrace 3.1". */
function versionedName(words: readonly Word[], head: number): number {
  return head > 0 && words[head].tag === 'num' && words[head - 1].tag === 'name' ? head - 1 : head;
}

/** A version written as a word ("v1.0", "v2", "1.2.0"): the capitalised name before it is the subject ("BDCA v1.0 marks …"). */
const VERSION_TOKEN = /^(v|ver)?\d+(\.\d+)*[a-z]?$/;
function versionTokenName(words: readonly Word[], head: number): number {
  const before = words[head - 1];
  return head > 0 && words[head].tag === 'noun' && VERSION_TOKEN.test(words[head].w) && before !== undefined && before.cap && (before.tag === 'noun' || before.tag === 'name') ? head - 1 : head;
}

/** How far back "they" looks for the plural it stands for. */
const PRONOUN_REACH = 16;
/**
 * "supports radiologists when they interpret prostate MRI": "they" stands for the nearest plural
 * before it in the same sentence that names someone or the software; undefined when there is none.
 */
/** Outputs, which are decided on and never decide: "the results … when they decide". */
const WHAT_IS_DECIDED_ON: ReadonlySet<string> = new Set(['results', 'outputs', 'reports', 'scores', 'findings', 'values', 'readings', 'measurements', 'alerts', 'notifications', 'recommendations', 'suggestions']);
/** Verbs only people do: deciding, choosing, weighing up. */
const HUMAN_ONLY_VERBS: ReadonlySet<string> = new Set(['decide', 'choose', 'weigh', 'agree', 'prefer', 'wish', 'want', 'believe', 'feel']);

function sentencePronounAgent(words: readonly Word[], k: number, verb?: string): AgentKind | undefined {
  const w = words[k].w;
  if (w !== 'they' && w !== 'them') return undefined;
  // "Physicians review the results when they decide on referral": only people decide; results named on the way are passed over.
  const human = verb !== undefined && HUMAN_ONLY_VERBS.has(verb);
  for (let j = k - 1; j >= 0 && j >= k - PRONOUN_REACH; j--) {
    const near = words[j].w;
    if (words[j].tag !== 'noun' || !near.endsWith('s')) continue;
    if (V.PHYSICIAN_NOUNS.has(near)) return 'physician';
    if (V.OTHER_NOUNS.has(near)) return 'other';
    if (V.SOFTWARE_NOUNS.has(near) && !(human && WHAT_IS_DECIDED_ON.has(near))) return 'software';
  }
  // "practitioners in research and clinical settings, who weigh its output … when they reach a conclusion": past a long
  // relative clause, "they" is still the people the "who" is about.
  for (let j = k - 1; j > 0 && j >= k - PRONOUN_REACH; j--) {
    if (words[j].w !== 'who') continue;
    for (let l = j - 1; l >= 0 && l >= j - 8; l--) {
      if (words[l].tag !== 'noun' || !words[l].w.endsWith('s')) continue;
      if (V.PHYSICIAN_NOUNS.has(words[l].w)) return 'physician';
      if (V.OTHER_NOUNS.has(words[l].w)) return 'other';
    }
    break;
  }
  // "Physicians are responsible for reviewing the results …, when they decide on referral": past the reach, only the
  // people the sentence opens with.
  for (let j = 0; j < k && j <= 3; j++) {
    if (words[j].tag !== 'noun' || !words[j].w.endsWith('s')) continue;
    if (V.PHYSICIAN_NOUNS.has(words[j].w)) return 'physician';
    if (V.OTHER_NOUNS.has(words[j].w)) return 'other';
  }
  return undefined;
}

/** A finite "be", "have" or modal within the few words from k: the gerund before it is a subject. */
function finiteAfter(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k; j < to && j < k + 8; j++) {
    const t = words[j].tag;
    if (t === 'be' || t === 'have' || t === 'modal') return true;
    if (t === 'verb' || t === 'rel' || t === 'sub') return false;
  }
  return false;
}

/**
 * "Deciding whether the run is usable is …", "Choosing which dose to give remains …": whether the embedded question at k
 * is followed, before any comma, by a second finite verb (the sentence's own, whose subject is the gerund before the
 * question); one is enough after a question's infinitive ("whether to treat remains …").
 */
function questionThenMainVerb(words: readonly Word[], k: number): boolean {
  if (!EMBEDDED_QUESTIONS.has(words[k]?.w ?? '') && words[k]?.w !== 'if') return false;
  let finite = 0;
  let infinitive = false;
  for (let j = k + 1; j < words.length && j <= k + 16; j++) {
    const word = words[j];
    if (word.w === ',' || word.w === ';' || word.w === ':') break;
    if (word.tag === 'verb' && words[j - 1]?.tag === 'to') infinitive = true;
    else if (word.tag === 'be' || word.tag === 'modal' || (word.tag === 'verb' && (word.form === 's' || word.form === 'ed') && words[j - 1]?.tag !== 'be' && words[j - 1]?.tag !== 'have' && words[j - 1]?.tag !== 'modal')) finite++;
  }
  return finite >= (infinitive ? 1 : 2);
}

/** Places and lines a monitor is fitted to, which handover notes say alert: "bed 5 alerted", "the drip alarmed". */
const MONITORED_PLACES: ReadonlySet<string> = new Set(['bed', 'beds', 'room', 'rooms', 'cot', 'cots', 'drip', 'drips', 'line', 'lines', 'patch', 'patches', 'bay', 'cubicle', 'incubator']);
/** Verbs of alerting (lemmas). */
const ALERTING: ReadonlySet<string> = new Set(['alert', 'alarm', 'ping', 'buzz', 'beep', 'flag', 'trigger']);
/** Participles that say the device found the event they qualify: "a detected fall", "the sensed rhythm". */
const SENSED_BY_DEVICE: ReadonlySet<string> = new Set(['detected', 'sensed']);

/** Whether the sentence from k names, not denied, the job as the software's: "is the software's job", "is the device's task". */
function softwaresJob(words: readonly Word[], k: number, context: Context): boolean {
  for (let j = k; j < words.length - 1; j++) {
    if (words[j].tag === 'neg') return false;
    const owner = words[j].w.replace(/'s?$/, '');
    if (owner !== words[j].w && PURPOSE_NOUNS.has(words[j + 1].w)) return agentOfHead(owner, context) === 'software';
  }
  return false;
}

/** Pronouns that point back to a test or place named before: ", which is where …", "that is where …". */
const POINTING_BACK: ReadonlySet<string> = new Set(['which', 'that', 'this']);

/** Persons before a bare infinitive in a to-do line: "Dr A to decide …", "nurse in charge to pass the trend on". */
function toDoSubject(words: readonly Word[], from: number, to: number, context: Context): number {
  // (only a verbless line that names a person: "a tool to detect fractures" and "the ability to detect …" keep no subject)
  if (verbBetween(words, from, to)) return -1;
  const head = headOf(words, from, to);
  if (head < 0) return -1;
  const agent = agentOfWord(words, head, context);
  return agent === 'physician' || agent === 'other' ? head : -1;
}

/** Nouns that name what something is for: "its purpose", "the tool's role". */
const PURPOSE_NOUNS: ReadonlySet<string> = new Set(['purpose', 'role', 'function', 'goal', 'aim', 'job', 'task', 'intent', 'objective', 'mission']);

/** The possessor of a purpose noun heading the subject ("its", "the device's"), or -1. */
function purposeOwner(words: readonly Word[], subject: number, from: number): number {
  if (!PURPOSE_NOUNS.has(words[subject].w)) return -1;
  for (let j = subject - 1; j >= from && j >= subject - 3; j--) {
    const w = words[j].w;
    if (w === 'its' || w.endsWith("'s") || w.endsWith("s'")) return j;
    if (words[j].tag !== 'adj' && words[j].tag !== 'adv' && w !== 'sole' && w !== 'only' && w !== 'main' && w !== 'primary') return -1;
  }
  return -1;
}

/** Whether a plural verb form ("are", "were", "have") stands in [from, to): the clause's subject is plural. */
/** Words that open an embedded question after a verb: "suggests where …", "checks whether …". */
const EMBEDDED_QUESTIONS: ReadonlySet<string> = new Set(['where', 'whether', 'how', 'what', 'which']);

/** Whether a clause's verbs include an act only a machine does on data: "computes", "quantifies", "works out" (round 16b). */
function machineActs(words: readonly Word[], verbs: readonly number[]): boolean {
  for (const v of verbs) {
    // Not an infinitive ("the trial's purpose was to measure …") nor a size ("the patch measures 12 cm by 5 cm").
    if (words[v].tag !== 'verb' || words[v].form === 'ing' || words[v - 1]?.tag === 'to' || words[v + 1]?.tag === 'num') continue;
    if (V.MACHINE_ACTS.has(words[v].lemma ?? '')) return true;
  }
  return false;
}

/** The subject of the clause [from, to) is a plural noun, or "they" / "we": an -s verb after it cannot share it. */
function pluralSubject(words: readonly Word[], from: number, to: number): boolean {
  let end = from;
  while (end < to && words[end].tag !== 'verb' && words[end].tag !== 'be' && words[end].tag !== 'modal' && words[end].tag !== 'have') end++;
  if (end >= to) return false;
  const head = headOf(words, from, end);
  if (head < 0) return false;
  const w = words[head].w;
  return w === 'they' || w === 'we' || (words[head].tag === 'noun' && /[^su]s$/.test(w) && !w.endsWith('is'));
}

/** Every verb an output is made with: the cue patterns' verbs and the verbs of handing an output over. */
const OUTPUT_ACT_VERBS: ReadonlySet<string> = new Set([...V.ACT_CUES.flatMap((cue) => cue.verbs), ...V.OUTPUT_VERBS]);

/** An -s verb of an output act at k, with the start of its object after it ("sends an alert", "resumes delivery", "flags it"). */
function outputActWithObject(words: readonly Word[], k: number): boolean {
  const verb = words[k];
  const next = words[k + 1];
  return verb?.tag === 'verb' && verb.form === 's' && OUTPUT_ACT_VERBS.has(verb.lemma ?? '') && next !== undefined && ['det', 'adj', 'noun', 'pron', 'num', 'name'].includes(next.tag);
}

/** Pronouns that open a main clause as its subject. */
const MAIN_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);
/** Determiners that open a main clause's subject after a subordinate clause with no comma: "… the monitor gives a shock". */
const MAIN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'this', 'our', 'their']);
/** Verbs whose object may be followed by what is said, with no "that": "tells the user the app diagnoses …". */
const SAYING: ReadonlySet<string> = new Set(['tell', 'say', 'show', 'state', 'claim', 'inform', 'assure', 'remind', 'warn', 'teach', 'promise', 'know', 'think', 'believe', 'mean', 'suggest', 'explain']);

/** "when two visits exist it adds …": a subject (a pronoun, or a determiner and its noun) between the verb or object that ends a subordinate clause and a finite verb of its own. */
function subjectAfterSubordinate(words: readonly Word[], k: number, opener: string): boolean {
  const word = words[k];
  if (word === undefined || !V.SUBORDINATORS.has(opener)) return false;
  const before = words[k - 1];
  // "if it finds a fast rhythm the monitor gives a shock" (stop 42): with no comma, a determiner, its noun and a finite verb
  // with an object after the subordinate clause's own object open the main clause, as a pronoun does. (Not an object
  // relative clause: "a rhythm the monitor classifies as shockable" has no object after its verb.)
  // (also after a clause that ends on its own verb or on what it is: "When a study arrives the algorithm triages it", "If the
  // rhythm is shockable the device delivers a shock")
  const endsOnVerb = before?.tag === 'verb' && (before.form === 's' || before.form === 'base') && words[k - 2]?.tag !== 'to';
  const endsOnState = (before?.tag === 'adj' || before?.tag === 'noun') && words[k - 2]?.tag === 'be';
  if (MAIN_DETERMINERS.has(word.w) && (before?.tag === 'noun' || endsOnVerb || endsOnState)) {
    let head = k + 1;
    while (head < k + 4 && (words[head]?.tag === 'adj' || words[head]?.tag === 'noun') && (words[head + 1]?.tag === 'adj' || words[head + 1]?.tag === 'noun')) head++;
    const verb = words[head + 1];
    const after = words[head + 2];
    // (its object, or a preposition and its noun phrase: "the monitor runs through its treatment sequence"; not "as")
    const objectAfter = ['det', 'num', 'noun', 'adj'].includes(after?.tag ?? '') || (after?.tag === 'prep' && after.w !== 'as' && ['det', 'noun'].includes(words[head + 3]?.tag ?? ''));
    if (words[head]?.tag !== 'noun' || verb?.tag !== 'verb' || verb.form !== 's' || !objectAfter) return false;
  } else {
    if (!MAIN_PRONOUNS.has(word.w)) return false;
    const after = words[k + 1];
    if (after?.tag !== 'verb' || !(after.form === 's' || (word.w === 'they' && after.form === 'base'))) return false;
  }
  // "when two visits exist it adds …": right after the clause's intransitive verb.
  if (before?.tag === 'verb') return before.form !== 'ing' && before.form !== 'ed';
  if (MAIN_DETERMINERS.has(word.w) && endsOnState) return true;
  // "after the nurse enters the glucose value it calculates …": after the object that ends a clause with a finite verb of its own
  // (a pronoun right after a verb or a preposition would be their object: "when the nurse enters it").
  if (before?.tag !== 'noun' && before?.tag !== 'name') return false;
  for (let j = k - 2; j >= 0 && j >= k - 10; j--) {
    const t = words[j];
    // ("When the manual tells the user the app diagnoses sleep apnoea, …": after a verb of saying, the clause is what is said.)
    if (t.tag === 'verb' && MAIN_DETERMINERS.has(word.w) && SAYING.has(t.lemma ?? '')) return false;
    if (t.tag === 'verb' && (t.form === 's' || t.form === 'base' || t.form === 'ed') && words[j - 1]?.tag !== 'to') return true;
    if (t.tag === 'sub' || t.tag === 'rel' || t.tag === 'punct' || t.tag === 'cc') return false;
  }
  return false;
}

/** Whether a modal stands in [from, to): its verb is bare, so no -s verb after "and" shares its subject. */
function modalIn(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (words[j].tag === 'modal') return true;
  return false;
}

function pluralClause(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (words[j].w === 'are' || words[j].w === 'were' || words[j].w === 'have') return true;
  return false;
}

/** Forms of "be" a cleft opens with after "it" ("it is", "it was"; "it's" is one word). */
const CLEFT_BE: ReadonlySet<string> = new Set(['is', 'was']);

/**
 * The physician a cleft sets against something else before "who" at `who`, or -1: "it's the cardiologist, not the program,
 * who …", "it is the radiologist, not the algorithm, who …".
 */
function contrastedCleftPhysician(words: readonly Word[], who: number): number {
  let end = who - 1;
  if (words[end]?.w !== ',') return -1;
  let open = end - 1;
  while (open > 0 && open >= end - 5 && words[open].w !== ',') open--;
  if (words[open]?.w !== ',' || words[open + 1]?.w !== 'not') return -1;
  end = open - 1;
  const head = words[end];
  if (head === undefined || !V.PHYSICIAN_NOUNS.has(head.w) || V.AMBIGUOUS_HUMANS.has(head.w)) return -1;
  let j = end - 1;
  while (j >= 0 && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].tag === 'adv')) j--;
  const be = words[j];
  if (be === undefined) return -1;
  const opens = be.w === "it's" || (CLEFT_BE.has(be.w) && words[j - 1]?.w === 'it');
  return opens ? end : -1;
}

/** "software whose purpose is to …": the antecedent of "whose" when the clause's subject is a purpose noun right after it, or -1. */
function whosePurposeOwner(words: readonly Word[], opener: string, subject: number, from: number): number {
  if (opener !== 'whose' || !PURPOSE_NOUNS.has(words[subject].w)) return -1;
  for (let j = subject - 1; j >= from; j--) if (words[j].tag !== 'adj' && words[j].w !== 'sole' && words[j].w !== 'only' && words[j].w !== 'main') return -1;
  const at = words[from - 2]?.w === ',' ? from - 3 : from - 2;
  const antecedent = words[at];
  // A sentence's first word is capitalised whatever it is: "Clinics whose purpose is …" names no product.
  if (at === 0 && antecedent?.tag !== 'name' && !V.SOFTWARE_NOUNS.has(antecedent?.w ?? '')) return -1;
  return antecedent !== undefined && (antecedent.tag === 'noun' || antecedent.tag === 'name') ? at : -1;
}

/** Verbs that link a subject to its purpose: "is to support", "serves to characterise", "aims to reduce". */
const PURPOSE_LINKS: ReadonlySet<string> = new Set(['serve', 'aim']);
function statesPurpose(words: readonly Word[], verb: number): boolean {
  return words[verb + 1]?.tag === 'to' && (words[verb].tag === 'be' || PURPOSE_LINKS.has(words[verb].lemma ?? ''));
}

/** The subject's head is the last word before its verb group: "Its control keeps …" (but not "Its calcium scoring segments …"). */
function headBeforeVerb(words: readonly Word[], subject: number, groupStart: number): boolean {
  for (let j = subject + 1; j < groupStart; j++) if (words[j].tag !== 'adv') return false;
  return true;
}

/** Statistics a subject may name ("its sensitivity"): owned by the software, yet no act of it. */
function isStatistic(w: string): boolean {
  return V.STUDY_NOUNS.has(w) && !V.SOFTWARE_NOUNS.has(w) && !V.INGESTED_DATA.has(w);
}

/** What an assessor writes about a product: "NICE's briefing concludes …", "the agency's guidance says …" (stop 36). */
const ASSESSORS_DOCUMENTS: ReadonlySet<string> = new Set(['briefing', 'briefings', 'guidance', 'appraisal', 'appraisals', 'bulletin', 'statement', 'guideline', 'guidelines', 'policy']);

/**
 * A subject whose head names nobody but whose possessor is the software: "its", or "X's" where X
 * is the software or a product name ("Its control keeps adapting", "the device's classifiers sort
 * …"). Only adjectives and nouns stand between the possessor and the head.
 */
function ownedBySoftware(words: readonly Word[], subject: number, from: number, context: Context): boolean {
  if (isStatistic(words[subject].w) || V.PHYSICIAN_NOUNS.has(words[subject].w) || V.OTHER_NOUNS.has(words[subject].w) || ASSESSORS_DOCUMENTS.has(words[subject].w)) return false;
  for (let j = subject - 1; j >= from && j >= subject - 4; j--) {
    const word = words[j];
    if (word.w === 'its') return agentOfHead('it', context) === 'software';
    if (word.w.endsWith("'s") && j < subject) return agentOfHead(word.w.slice(0, -2), context, word.cap || word.tag === 'name') === 'software';
    if (word.tag !== 'adj' && word.tag !== 'noun' && word.tag !== 'name' && !(word.tag === 'punct' && word.w === '-')) return false;
  }
  return false;
}

/** Verbs of choosing that an embedded "which" question follows: "decides which index goes into the report". */
const CHOOSING_QUESTIONS: ReadonlySet<string> = new Set(['decide', 'choose', 'determine', 'select', 'pick']);

/** Verbs of a study or an author reporting what was found: "found that …", "concluded that …", "noted that …". */
/** (Verbs the tagger knows: "noted", "argued" and "claimed" are not among them, so they cannot be found here.) */
const REPORTING: ReadonlySet<string> = new Set(['find', 'conclude', 'report', 'show', 'observe', 'suggest', 'state', 'recommend', 'warn', 'confirm']);
/** Of those, the ones only an author does after a finding ("…, and concluded it was not reliable"); a device warns, shows,
 * reports and suggests too ("found that the device detected arrhythmias, and warned the patient"). */
const CONCLUDING_AFTER: ReadonlySet<string> = new Set(['conclude', 'state']);

function isSubordinate(clause: Clause): boolean {
  return V.SUBORDINATORS.has(clause.opener) || V.RELATIVES.has(clause.opener);
}

/** A subject head followed by "of" and a trial within a few words ("results of the pivotal study"), before the verb group. */
function ofTrial(words: readonly Word[], subject: number, groupStart: number): boolean {
  if (words[subject + 1]?.w !== 'of') return false;
  for (let j = subject + 2; j < groupStart && j <= subject + 5; j++) {
    if (V.TRIAL_NOUNS.has(words[j].w)) return true;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'name') return false;
  }
  return false;
}

/** A stretch of the sentence between cuts, and the word that opened it. */
interface Piece {
  from: number;
  to: number;
  opener: string;
  /** For the main clause after an object relative clause: its subject, the relative clause's antecedent. */
  antecedent?: number;
  /** For an object relative clause: its antecedent, the object of its verb. */
  relObject?: number;
}

/** The opener of the main clause that follows an object relative clause ("the events it detects | are written …"). */
export const REL_MAIN = 'rel-main';
/** The pronoun subject of an object relative clause about the software: "the events it detects" ("the patients they treat" may be the clinicians'). */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['it']);

/**
 * Object relative clauses with a pronoun subject, with or without "that"/"which": "Major events
 * that it identifies are ranked …", "the events it detects are written …", "Among the deviations
 * it flags are …". The relative clause keeps its pronoun subject and gets its antecedent as the
 * object of its verb; where a second verb group starts (no comma or coordinator between), the
 * main clause begins, whose subject is the antecedent. Bounded look-ahead, so linear in the piece.
 */
function splitObjectRelatives(words: readonly Word[], pieces: Piece[]): void {
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    let r = -1;
    let antecedent = -1;
    if ((piece.opener === 'that' || piece.opener === 'which') && RELATIVE_SUBJECTS.has(words[piece.from]?.w ?? '') && words[piece.from + 1]?.tag === 'verb' && piece.from >= 2) {
      r = piece.from;
      antecedent = headOf(words, Math.max(0, piece.from - 7), piece.from - 1);
    } else {
      for (let j = piece.from + 1; j < piece.to - 1 && j <= piece.from + 12; j++) {
        const before = words[j - 1];
        if (RELATIVE_SUBJECTS.has(words[j].w) && (before.tag === 'noun' || before.tag === 'name') && !before.w.endsWith("'s") && words[j + 1].tag === 'verb' && words[j + 1].form !== 'ing') {
          r = j;
          antecedent = j - 1;
          break;
        }
      }
    }
    if (r < 0 || antecedent < 0) continue;
    // With "that"/"which" the clause is relative anyway; without, only a main verb after it shows that it was ("For each image it detects polyps" is no relative).
    if (r === piece.from) piece.relObject = antecedent;
    // The main verb group: a "be", modal or finite verb after the relative clause's verb, not joined to it by a comma or coordinator.
    for (let m = r + 2; m < piece.to && m <= r + 8; m++) {
      const word = words[m];
      if (word.tag === 'cc' || word.tag === 'punct' || word.tag === 'sub' || word.tag === 'rel') break;
      const finite = word.tag === 'be' || word.tag === 'modal' || (word.tag === 'verb' && (word.form === 's' || word.form === 'base') && words[m - 1]?.tag !== 'to');
      if (!finite) continue;
      pieces.splice(p + 1, 0, { from: m, to: piece.to, opener: REL_MAIN, antecedent, relObject: undefined });
      piece.to = m;
      piece.relObject = antecedent;
      p++;
      break;
    }
  }
}

/** Whether the noun phrase that ends at `head` opens right after a comma that closes a fronted phrase or clause ("…, the clinician"). */
function afterFrontedComma(words: readonly Word[], from: number, head: number): boolean {
  let j = head - 1;
  while (j > from && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].tag === 'noun')) j--;
  return j > from && words[j].w === ',';
}

/** The opener of the main clause that follows a "who" relative clause inside one piece. */
const WHO_MAIN = 'who-main';
/** Verb forms that can start a finite verb group. */
const FINITE_START = new Set(['modal', 'have', 'do']);

/**
 * "Clinicians who are alerted review the images", "Radiologists who are notified of a bleed must
 * review them": the relative clause ends where a second verb group starts that no coordinator,
 * comma or "to" joins to it; what follows is the antecedent's main clause. Linear in the piece.
 */
function splitWhoClauses(words: readonly Word[], pieces: Piece[]): void {
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    if (piece.opener !== 'who' || p === 0) continue;
    let seenVerb = false;
    let gap = false;
    for (let j = piece.from; j < piece.to; j++) {
      const word = words[j];
      const verbal = word.tag === 'verb' || word.tag === 'be' || FINITE_START.has(word.tag);
      if (!verbal) {
        if (seenVerb && word.tag !== 'adv' && word.tag !== 'neg') gap = true;
        if (word.tag === 'cc' || word.w === ',') break;
        continue;
      }
      // "who are paged remain responsible": right after a passive participle, a finite verb or a "be" starts the main clause.
      const afterParticiple = words[j - 1]?.tag === 'verb' && words[j - 1]?.form === 'ed' && words[j - 2]?.tag === 'be';
      const finite = FINITE_START.has(word.tag) || (word.tag === 'verb' && (word.form === 's' || word.form === 'base')) || (afterParticiple && word.tag === 'be');
      if (seenVerb && (gap || afterParticiple) && finite && words[j - 1]?.tag !== 'to') {
        pieces.splice(p + 1, 0, { from: j, to: piece.to, opener: WHO_MAIN });
        piece.to = j;
        break;
      }
      seenVerb = true;
    }
  }
}

/** "age- and sex-matched": a hyphen before a coordinator suspends a compound; it is no dash. */
const SUSPENDED = new Set(['and', 'or', 'to']);

const OBLIGING = new Set([
  'require', 'expect', 'ask', 'oblige', 'train', 'instruct', 'advise', 'mean', 'need',
  // "The tool is designed to flag …", "AcmeEF is built to measure …": the subject does the infinitive, as it would in "flags".
  'design', 'build', 'engineer', 'intend',
]);

/** "to raise, lower or suspend basal insulin": a comma inside a list of verbs of one form. */
/**
 * "analyzes limb, pelvis, rib and spine radiographs": a comma between nouns, after the piece's
 * verb, in a list that an "and" or "or" closes within a few words, joins objects, not clauses.
 */
function nounList(words: readonly Word[], from: number, k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  if (!before || !after || before.tag !== 'noun' || (after.tag !== 'noun' && after.tag !== 'name')) return false;
  if (!hasVerb(words, from, k)) return false;
  for (let j = k + 2; j < words.length && j <= k + 6; j++) {
    const t = words[j].tag;
    if (t === 'cc') return true;
    if (t !== 'noun' && t !== 'name' && t !== 'adj' && words[j].w !== ',') return false;
  }
  return false;
}

function verbList(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  return before !== undefined && after !== undefined && before.tag === 'verb' && after.lemma !== undefined && after.form === before.form && (after.form === 'base' || after.form === 's');
}

/** Whether the pieces so far are a verbless fronted prepositional phrase and, after its comma, a noun phrase (the subject). */
function subjectAfterFronted(words: readonly Word[], pieces: readonly { from: number; to: number; opener: string }[]): boolean {
  if (pieces.length !== 2) return false;
  const [fronted, subject] = pieces;
  return fronted.opener === '' && words[fronted.from]?.tag === 'prep' && !hasVerb(words, fronted.from, fronted.to) && (words[subject.from]?.tag === 'det' || words[subject.from]?.tag === 'name');
}

/** After a lay agent at k: "together with", "along with" or "in consultation with" and a physician noun within a few words, or -1. */
function physicianPartner(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  if ((words[j]?.w === 'together' || words[j]?.w === 'along') && words[j + 1]?.w === 'with') j += 2;
  else if (words[j]?.w === 'in' && words[j + 1]?.w === 'consultation' && words[j + 2]?.w === 'with') j += 3;
  else return -1;
  for (let end = Math.min(to, j + 4); j < end; j++) {
    if (V.PHYSICIAN_NOUNS.has(words[j].w) && !V.AMBIGUOUS_HUMANS.has(words[j].w)) return j;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'pron') return -1;
  }
  return -1;
}

/** Brackets around a short verbless aside ("(ECG)", "(HPI)", "(e.g. EF)"): they do not cut the clause. */
function shortBrackets(words: readonly Word[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    if (words[k].w !== '(') continue;
    for (let j = k + 1; j < words.length && j <= k + 6; j++) {
      const t = words[j];
      if (t.w === ')') {
        out.add(k);
        out.add(j);
        break;
      }
      if (t.tag === 'verb' || t.tag === 'be' || t.tag === 'modal' || t.w === '(') break;
    }
  }
  return out;
}

const CLAUSE_PREPS = new Set(['before', 'after', 'since', 'until', 'once']);

/** A subject and its verb within a few words from k. */
function opensClause(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 5; j++) {
    const t = words[j].tag;
    if (t === 'verb' || t === 'be' || t === 'modal' || t === 'have') return j > k;
    if (t === 'punct' || t === 'prep' || t === 'sub' || t === 'rel' || t === 'cc') return false;
  }
  return false;
}

/** A time clause whose subject is a patient or lay person and whose one verb comes right after it ("the patient breathes in"). */
function personTimeClause(words: readonly Word[], from: number, to: number): boolean {
  let verbs = 0;
  let person = -1;
  for (let j = from; j < to; j++) {
    if (words[j].tag === 'verb' || words[j].tag === 'be') verbs++;
    else if (verbs === 0 && V.OTHER_NOUNS.has(words[j].w)) person = j;
  }
  return verbs === 1 && person >= 0 && (words[person + 1]?.tag === 'verb' || words[person + 1]?.tag === 'adv');
}

function hasVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = words[k].tag;
    if (t === 'verb' || t === 'be' || t === 'modal' || t === 'have' || t === 'do') return true;
  }
  return false;
}

function hasVerbAfter(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j < k + 4; j++) {
    const t = words[j].tag;
    if (t === 'verb') return true;
    if (t !== 'adv' && t !== 'neg') return false;
  }
  return false;
}

/** A form of "be" followed (adverbs and negators aside) by an -ed participle. */
const GET_PASSIVE: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'getting', 'gotten']);

function isPassive(words: readonly Word[], verbs: readonly number[]): boolean {
  // The voice of the clause is that of its first verb group ("must review … before it is acted on" is active).
  for (const v of verbs) {
    const word = words[v];
    if (word.form !== 'ed') continue;
    for (let j = v - 1; j >= 0 && j >= v - 4; j--) {
      const t = words[j].tag;
      if (t === 'be' || GET_PASSIVE.has(words[j].w)) return true; // "is flagged", "get bumped up"
      // "is either fixed or adjusted", "is either preset or adjusted": past the participle paired before this one.
      if (t === 'cc' && (words[j - 1]?.w.endsWith('ed') || words[j - 2]?.w === 'either' || words[j - 2]?.w === 'neither')) {
        j--;
        continue;
      }
      if (words[j].w === 'either' || words[j].w === 'neither') continue;
      if (t !== 'adv' && t !== 'neg') break;
    }
  }
  return false;
}

/** "it is the radiologist who …", "it is the nurse that …": the person a cleft names after "it is", or -1. */
function cleftPerson(words: readonly Word[], subject: number): number {
  if (words[subject]?.w !== 'it' || words[subject + 1]?.tag !== 'be') return -1;
  let j = subject + 2;
  while (words[j]?.tag === 'det' || words[j]?.tag === 'adj' || words[j]?.tag === 'adv') j++;
  const w = words[j]?.w ?? '';
  if (!V.PHYSICIAN_NOUNS.has(w) && !V.OTHER_NOUNS.has(w)) return -1;
  return words[j + 1]?.w === 'who' || words[j + 1]?.w === 'that' ? j : -1;
}

/** Words after "by" that give the manner of a passive, not its agent: "by hand", "by eye". */
const MANNER_AFTER_BY: ReadonlySet<string> = new Set(['hand', 'eye']);

/** "measured by hand by the clinician": past a manner "by", the agent's "by" that follows; the manner itself (nobody named) otherwise. */
function byAgentPastManner(words: readonly Word[], verb: number): number {
  const head = byAgentAfter(words, verb);
  if (head < 0 || !MANNER_AFTER_BY.has(words[head].w) || words[head - 1]?.w !== 'by' || words[head + 1]?.w !== 'by') return head;
  const agent = byAgentAfter(words, head);
  return agent >= 0 ? agent : head;
}

/** Words that pick members out of a group named after "of": "one of our optometrists". */
const PARTITIVES: ReadonlySet<string> = new Set(['one', 'each', 'any', 'some', 'several', 'two', 'three', 'either', 'both', 'all', 'many', 'none']);

/** The head after "by" that follows a passive participle, across a coordinated list of participles. */
function byAgentAfter(words: readonly Word[], verb: number): number {
  for (let k = verb + 1; k < words.length && k < verb + 14; k++) {
    const word = words[k];
    if (word.w === 'by') {
      const next = words[k + 1];
      if (words[k - 1]?.w === 'use') return -1; // "for use by physicians": who uses it, not who acts
      if (next && next.tag === 'verb' && next.form === 'ing') return -1; // "by making": the means
      // "by one of our optometrists", "by two of the radiologists" (stop 30): the group named after "of" acts.
      const start = PARTITIVES.has(words[k + 1]?.w ?? '') && words[k + 2]?.w === 'of' ? k + 3 : k + 1;
      const head = headOf(words, start, Math.min(words.length, start + 7));
      return head;
    }
    if (word.tag === 'sub' || word.tag === 'rel' || (word.tag === 'punct' && HARD_BREAKS.has(word.w))) return -1;
    if (word.tag === 'prep' && word.w !== 'by' && k > verb + 1 && words[k - 1].tag !== 'verb') return -1;
  }
  return -1;
}
