/**
 * Who acts when a thing no list names does an output act (round 18a): "A rule base classifies the situation and
 * applies the next step", "the engine grades the findings", "an artery-tracing step outlines the vessels". In a
 * service's description, a thing that detects, classifies, measures, decides or reports is a part of the service's
 * software, whatever the writer calls it; the lists of software nouns cannot know every name. What decides is the
 * subject's word class (a common noun that names no person, body part, input, study, place or document) and the
 * verb's (an act that turns data into an output). Hardware that only senses a physical signal is an input: it stays
 * nobody's act, as the labelling guide reads it.
 */
import { verbHit, type Word } from './tags';
import * as V from './vocabulary';

/**
 * Acts that turn data into an output: finding, sorting, measuring, dosing, presenting. Not acts a finding, a body or a light
 * does too ("indicates", "shows", "raises", "circles"), nor the conclusions that name a class on their own ("diagnoses",
 * "interprets", "decides"): on a thing no list names, those are left to the lists, where a wrong agent costs a false alarm.
 */
const OUTPUT_ACTS: ReadonlySet<string> = new Set([
  // finding and pointing out
  'detect', 'flag', 'highlight', 'annotate', 'triage', 'prioritize', 'prioritise', 'notify', 'alert', 'alarm', 'localize',
  'localise', 'outline', 'identify', 'pinpoint', 'label', 'locate', 'recognize', 'recognise', 'delineate', 'segment',
  // sorting and judging
  'classify', 'categorize', 'categorise', 'sort', 'rank', 'stratify', 'grade', 'score', 'stage', 'characterize', 'characterise',
  // measuring
  'measure', 'quantify', 'quantitate', 'calculate', 'compute', 'estimate', 'derive', 'count', 'tally', 'enumerate',
  'recalculate', 'recompute', 'forecast',
  // treating and dosing
  'titrate', 'adjust', 'dose', 'administer', 'dispense', 'regulate', 'tailor', 'customize', 'customise', 'personalize',
  'personalise', 'apply', 'recommend', 'prescribe',
  // presenting
  'generate', 'produce', 'output', 'display', 'report', 'present', 'issue', 'render', 'compile', 'plot', 'summarize',
  'summarise', 'print', 'transmit', 'export', 'populate', 'overlay', 'superimpose', 'assign',
]);

/** Every verb of an output act the cue patterns know: a subject spelled like one ("points", "marks", "labels") is an output item. */
// (not the searching acts (stop 45): "a safety check compares …" names a check the device runs)
const ACT_VERBS: ReadonlySet<string> = new Set(V.ACT_CUES.filter((cue) => !cue.soughtFor).flatMap((cue) => cue.verbs));

/** Body parts and what the body holds: "the heart generates", "the retina displays …" describe the patient. */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'body', 'tongue', 'tongues', 'heart', 'hearts', 'brain', 'brains', 'lung', 'lungs', 'eye', 'eyes', 'retina', 'retinas', 'skin', 'muscle', 'muscles',
  'blood', 'liver', 'kidney', 'kidneys', 'nerve', 'nerves', 'cell', 'cells', 'organ', 'organs', 'bone', 'bones', 'vessel',
  'vessels', 'artery', 'arteries', 'spine', 'joint', 'joints', 'airway', 'airways', 'colon', 'breast', 'breasts', 'ear', 'ears',
]);

/** Hardware that only senses a physical signal (an input), and documents and their parts ("Table 2 summarises …"). */
const NOT_ACTORS: ReadonlySet<string> = new Set([
  'electrode', 'electrodes', 'probe', 'probes', 'cuff', 'cuffs', 'light', 'lights', 'camera', 'cameras', 'lens', 'lenses',
  'transducer', 'transducers', 'coil', 'coils', 'antenna', 'antennas', 'microphone', 'microphones', 'accelerometer',
  'accelerometers', 'diode', 'diodes', 'led', 'leds', 'laser', 'lasers', 'lead', 'leads', 'strap', 'straps', 'cable', 'cables',
  'table', 'tables', 'figure', 'figures', 'section', 'sections', 'appendix', 'chapter', 'paragraph', 'literature',
  'evidence', 'research', 'guideline', 'guidelines', 'experience', 'submission', 'protocol', 'protocols', 'predicate',
  // the billing the dossier is about: "The code identifies the service for claims"
  'code', 'codes', 'claim', 'claims', 'descriptor', 'descriptors', 'modifier', 'modifiers', 'payer', 'payers', 'policy', 'policies',
  // people named by a role that has no person's ending: "The clients display …", "Members grade …"
  'client', 'clients', 'customer', 'customers', 'member', 'members', 'owner', 'owners', 'resident', 'residents', 'student', 'students',
  'volunteer', 'volunteers', 'assistant', 'assistants', 'panel', 'committee', 'board',
]);

/** Modifiers that make the subject a person's work: "A manual calibration tailors …", "a human grader scores …". */
const BY_HAND: ReadonlySet<string> = new Set(['manual', 'human']);

/** Endings of nouns that name people ("pharmacist", "clinician", "trainee"): a person's act is no output of the software. */
const PERSON_ENDING = /(?:ists?|ians?|ees?)$/;

/** A person by the noun's ending ("physicist", "technician") or a body part: no machine, whatever it computes. */
export function personOrBody(w: string): boolean {
  return PERSON_ENDING.test(w) || BODY_NOUNS.has(w);
}

/** Whether a subject head no list names is a thing of the service, by its word class. */
function unlistedThing(w: string): boolean {
  return !(
    V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || V.STUDY_NOUNS.has(w) || V.INGESTED_DATA.has(w) || V.CONDITION_HOLDERS.has(w) ||
    V.STUDY_ACTORS.has(w) || V.CARE_SETTINGS.has(w) || V.DOCUMENT_NOUNS.has(w) || V.TRIAL_NOUNS.has(w) || BODY_NOUNS.has(w) ||
    NOT_ACTORS.has(w) || PERSON_ENDING.test(w)
  );
}

/**
 * Whether the subject at `subject`, a common noun, does an output act in the active voice among `verbs`:
 * then it is the service's software. The caller has checked the voice; an infinitive, an -ing or a past form is no act here.
 */
export function thingDoesOutputAct(words: readonly Word[], subject: number, verbs: readonly number[]): boolean {
  const head = words[subject];
  if (head.tag !== 'noun' || !unlistedThing(head.w)) return false;
  // "These points identify key positions", "the marks outline …": a noun that is itself an output act's word names an output item.
  const asVerb = verbHit(head.w);
  if (asVerb !== undefined && ACT_VERBS.has(asVerb.lemma)) return false;
  for (let j = subject - 1; j >= 0 && j >= subject - 3 && words[j].tag !== 'det'; j--) if (BY_HAND.has(words[j].w)) return false;
  return outputActAmong(words, verbs);
}

/**
 * "Our hospital uses EchoMetrix, which measures the ejection fraction" (stop 48): a name no list knows, taken up by "which"
 * or "that" (never a person's pronoun), whose clause does an output act, is the product.
 */
export function nameDoesOutputAct(words: readonly Word[], antecedent: number, verbs: readonly number[]): boolean {
  return words[antecedent]?.tag === 'name' && outputActAmong(words, verbs);
}

/** Whether one of the verbs is an output act in its own present form ("measures", "flag"), not a size or an infinitive. */
function outputActAmong(words: readonly Word[], verbs: readonly number[]): boolean {
  for (const v of verbs) {
    const verb = words[v];
    // (Not a size either: "the bed mat measures 90 cm by 30 cm".)
    if (verb.tag !== 'verb' || (verb.form !== 's' && verb.form !== 'base') || words[v - 1]?.tag === 'to' || words[v + 1]?.tag === 'num') continue;
    // The verb's own word, not a phrasal reading of it ("the tongue moves forward" is no prioritising).
    if (OUTPUT_ACTS.has(verb.lemma ?? '') && V.verbForms(verb.lemma ?? '').includes(verb.w)) return true;
  }
  return false;
}
