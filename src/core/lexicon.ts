/**
 * Vocabulary of the sentence analysis in `cues.ts`: which words signal each Appendix S class,
 * who counts as a human or as the software, what negates, what a payment claim is made of.
 *
 * Pure data (plus a tiny verb-form helper). Refine wording here, with a test in
 * `test/unit/cues.test.ts`; the algorithm in `cues.ts` does not need to change. Every word is
 * lowercase; a typographic apostrophe in the prose is read as `'`. Edition-specific wording of
 * the Appendix S definitions does not belong here.
 */
import type { AiClass } from './types';
import type { CueKind } from './cues';

// ---------------------------------------------------------------------------------------------
// Verb forms

/** The forms of a verb: base, third person -s, past, -ing, past participle. */
export type VerbForms = readonly [base: string, s: string, past: string, ing: string, pp: string];

const IRREGULAR: Readonly<Record<string, VerbForms>> = {
  make: ['make', 'makes', 'made', 'making', 'made'],
  draw: ['draw', 'draws', 'drew', 'drawing', 'drawn'],
  give: ['give', 'gives', 'gave', 'giving', 'given'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  begin: ['begin', 'begins', 'began', 'beginning', 'begun'],
  output: ['output', 'outputs', 'output', 'outputting', 'output'],
  flag: ['flag', 'flags', 'flagged', 'flagging', 'flagged'],
  overread: ['overread', 'overreads', 'overread', 'overreading', 'overread'],
  'over-read': ['over-read', 'over-reads', 'over-read', 'over-reading', 'over-read'],
  take: ['take', 'takes', 'took', 'taking', 'taken'],
  do: ['do', 'does', 'did', 'doing', 'done'],
};

/** Regular English inflection, enough for the verbs listed in this file. */
export function verbForms(base: string): VerbForms {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  let s: string;
  let past: string;
  let ing: string;
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    s = stem + 'ies';
    past = stem + 'ied';
    ing = base + 'ing';
  } else if (base.endsWith('e')) {
    s = base + 's';
    past = base + 'd';
    ing = base.slice(0, -1) + 'ing';
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    s = base + 'es';
    past = base + 'ed';
    ing = base + 'ing';
  } else {
    s = base + 's';
    past = base + 'ed';
    ing = base + 'ing';
  }
  return [base, s, past, ing, past];
}

// ---------------------------------------------------------------------------------------------
// Cue verbs

/**
 * How strongly a verb with a physician as its subject says the physician interprets the output:
 * `strong` always ("the physician interprets the result"); `obligation` only with a must /
 * required / before ("the result must be reviewed by a cardiologist before it is released").
 */
export type Strength = 'strong' | 'obligation';

export interface VerbCue {
  /** Base forms of the verbs (inflected by `verbForms`). */
  verbs: readonly string[];
  /** With the software (or no named subject) as agent: the class it signals. */
  software?: AiClass;
  /** With a physician as agent: a `physician-interprets` cue of this strength. */
  physician?: Strength;
  /**
   * When set, the verb counts only with one of these words as its object head, at most a few
   * words later ("initiates anticoagulation therapy"); the cue phrase then runs to the object.
   * The same table gives the passive reading ("therapy is initiated").
   */
  objects?: readonly string[];
  /** When set, one of these words must stand right before the object ("the final report"). */
  modifiers?: readonly string[];
}

/** Verbs whose base or -s form is also a common noun ("outcome measures", "red flags"). */
export const HOMOGRAPHS: ReadonlySet<string> = new Set([
  'measure', 'estimate', 'score', 'segment', 'flag', 'highlight', 'mark', 'outline', 'alert',
  'triage', 'diagnose', 'order', 'issue', 'review', 'report', 'sign', 'output', 'return', 'offer',
  'yield', 'start', 'draw', 'analyse', 'check', 'change', 'trigger', 'author', 'overread',
  'over-read', 'take',
]);

const AUTONOMOUS_NOUNS = ['diagnosis', 'diagnoses', 'conclusion', 'conclusions', 'interpretation', 'interpretations'];
const REPORT_NOUNS = ['report', 'reports'];
const TREATMENT_NOUNS = [
  'treatment', 'treatments', 'therapy', 'therapies', 'management', 'intervention', 'interventions',
  'medication', 'medications', 'dosing', 'referral', 'referrals', 'escalation', 'care',
];
const ORDERABLE_NOUNS = [
  'test', 'tests', 'testing', 'study', 'studies', 'scan', 'scans', 'imaging', 'lab', 'labs',
  'laboratory', 'echocardiogram', 'echocardiograms', 'ecg', 'ekg', 'ct', 'mri', 'biopsy', 'workup',
  'work-up', 'follow-up', 'referral', 'consult', 'consultation', 'exam', 'examination',
];
const MEASUREMENT_NOUNS = [
  'measurement', 'measurements', 'estimate', 'estimates', 'score', 'scores', 'quantification',
];

/** Ordered: entries with `objects` are tried before plain ones for the same verb. */
export const VERB_CUES: readonly VerbCue[] = [
  // Autonomous: the software issues a conclusion (or a physician does: physician-interprets).
  {
    verbs: [
      'make', 'issue', 'render', 'provide', 'generate', 'produce', 'reach', 'draw', 'deliver', 'output',
      'return', 'give', 'offer', 'formulate', 'establish', 'create',
    ],
    objects: AUTONOMOUS_NOUNS,
    software: 'autonomous',
    physician: 'strong',
  },
  { verbs: ['make', 'reach', 'render', 'take'], objects: ['decision', 'decisions', 'determination', 'determinations'], software: 'autonomous' },
  {
    verbs: ['issue', 'generate', 'produce', 'output', 'write', 'finalize', 'finalise', 'sign', 'render', 'create', 'deliver'],
    objects: ['report', 'reports', 'read', 'interpretation'],
    modifiers: ['final', 'signed', 'definitive'],
    software: 'autonomous',
    physician: 'strong',
  },
  {
    verbs: ['issue', 'sign', 'write', 'dictate', 'finalize', 'finalise', 'generate', 'produce', 'create', 'author'],
    objects: REPORT_NOUNS,
    physician: 'strong',
  },
  { verbs: ['sign'], objects: ['off'], physician: 'strong' },
  {
    verbs: ['perform', 'do', 'complete', 'conduct', 'carry'],
    objects: ['interpretation', 'interpretations', 'diagnosis', 'overread', 'over-read', 'overreads'],
    software: 'autonomous',
    physician: 'strong',
  },
  {
    verbs: ['initiate', 'start', 'begin', 'trigger', 'administer', 'prescribe', 'titrate', 'adjust', 'change'],
    objects: TREATMENT_NOUNS,
    software: 'autonomous',
  },
  { verbs: ['order'], objects: ORDERABLE_NOUNS, software: 'autonomous' },
  // Level I-III autonomy: the software proposes or sets management in motion itself.
  { verbs: ['recommend', 'propose', 'suggest', 'select'], objects: [...TREATMENT_NOUNS, 'options'], software: 'autonomous' },
  { verbs: ['schedule', 'book', 'place', 'send'], objects: ['referral', 'referrals', 'order', 'orders', 'follow-up', 'appointment', 'appointments'], software: 'autonomous' },
  // Augmentative: the software yields a quantity.
  {
    verbs: ['generate', 'produce', 'output', 'provide', 'return', 'yield', 'deliver', 'report'],
    objects: MEASUREMENT_NOUNS,
    software: 'augmentative',
  },
  // Plain verbs.
  {
    verbs: ['detect', 'flag', 'highlight', 'identify', 'triage', 'prioritize', 'prioritise', 'alert', 'mark', 'outline', 'notify', 'localize', 'localise'],
    software: 'assistive',
  },
  {
    verbs: ['measure', 'quantify', 'calculate', 'compute', 'estimate', 'segment', 'score', 'analyze', 'analyse'],
    software: 'augmentative',
  },
  { verbs: ['diagnose', 'interpret', 'conclude'], software: 'autonomous', physician: 'strong' },
  { verbs: ['decide'], software: 'autonomous' },
  { verbs: ['confirm', 'approve', 'overread', 'over-read'], physician: 'strong' },
  { verbs: ['review', 'verify', 'validate'], physician: 'obligation' },
];

/** Right after a verb's object, these make it a statement about ease, not an act ("makes diagnosis easier"). */
export const OBJECT_NOT_BEFORE: ReadonlySet<string> = new Set([
  'easier', 'faster', 'simpler', 'quicker', 'more', 'less', 'possible', 'feasible', 'efficient',
  'harder', 'difficult', 'accurate', 'reliable', 'workflow', 'workflows', 'support', 'aid', 'aids',
  'tool', 'tools', 'process', 'pathway', 'pathways', 'codes', 'code',
]);

/** Adjectives that may stand before the noun of a passive cue ("no definitive diagnosis is made"). */
export const NOUN_MODIFIERS_BEFORE_PASSIVE: ReadonlySet<string> = new Set([
  'final', 'definitive', 'formal', 'clinical', 'primary', 'preliminary', 'complete', 'differential',
  'automated', 'automatic', 'signed', 'diagnostic', 'medical', 'specific', 'full', 'written',
]);

// ---------------------------------------------------------------------------------------------
// Fixed phrases

/**
 * A fixed phrase. `pattern` is space-separated slots: a slot is `word`, `w1|w2|w3`, `@SET` (a
 * list in `PHRASE_SETS`), combinations of those (`@HUMAN|staff`), and `?` at the end makes it
 * optional. `subject`: the phrase is a cue only when the software (or nobody named) is the
 * subject of its clause. `clauseNegation`: any negation earlier in the clause negates it
 * ("it never operates without physician review"), since the phrase carries its own "without".
 * `notAfter`: words that, right before the phrase, cancel it ("manual quantification").
 */
export interface PhraseCue {
  pattern: string;
  kind: CueKind;
  subject: boolean;
  clauseNegation?: boolean;
  notAfter?: readonly string[];
  /** An adverb cue ("independently"): not a cue in a passive ("was independently validated"). */
  adverb?: boolean;
  /** Only at the end of a clause ("… without a physician." but not "without physicians having to …"). */
  endOfClause?: boolean;
}

export const PHRASE_SETS: Readonly<Record<string, readonly string[]>> = {
  /** A physician or other human whose review the software could do without. */
  HUMAN_AGENT: [
    'physician', 'physicians', "physician's", "physicians'", 'clinician', 'clinicians', "clinician's",
    'cardiologist', 'cardiologists', "cardiologist's", 'radiologist', 'radiologists', "radiologist's",
    'doctor', 'doctors', "doctor's", 'human', 'humans', 'expert', 'experts', 'specialist',
    'specialists', 'echocardiographer', 'echocardiographers', 'reader', 'readers', 'provider',
    'providers', 'manual', 'concurrent-physician',
  ],
  /** The people a physician-interprets cue needs (not "manual", "provider"). */
  PHYSICIAN_AGENT: [
    'physician', 'physicians', "physician's", "physicians'", 'clinician', 'clinicians', "clinician's",
    'cardiologist', 'cardiologists', "cardiologist's", 'radiologist', 'radiologists', "radiologist's",
    'doctor', 'doctors', "doctor's", 'human', 'expert', 'experts', 'specialist', 'specialists',
    "specialist's", 'echocardiographer', 'echocardiographers', "echocardiographer's", 'reader',
    'readers', "reader's", 'md',
  ],
  OVERSIGHT: [
    'review', 'reviews', 'oversight', 'involvement', 'input', 'interpretation', 'intervention',
    'supervision', 'confirmation', 'sign-off', 'signoff', 'approval', 'interaction', 'verification',
    'over-read', 'overread', 'validation', 'judgment', 'judgement', 'participation', 'action',
  ],
  PHYSICIAN_ACT: [
    'review', 'interpretation', 'confirmation', 'sign-off', 'signoff', 'approval', 'verification',
    'over-read', 'overread', 'oversight', 'attestation', 'read',
  ],
  REQUIRE: [
    'require', 'requires', 'required', 'requiring', 'need', 'needs', 'needed', 'needing', 'pending',
    'await', 'awaits', 'awaiting', 'after', 'following', 'until', 'upon', 'undergo', 'undergoes',
    'mandate', 'mandates', 'mandatory', 'demands', 'demand', 'necessitates', 'necessitate',
  ],
  REQUIRED: ['required', 'mandatory', 'necessary', 'needed', 'essential', 'obligatory', 'compulsory'],
  BE: ['is', 'are', 'was', 'were', 'be', 'remains', 'remain', 'will'],
  DET: ['a', 'an', 'the', 'any', 'its', 'their', 'this', 'each'],
  LIGHT_DET: ['any', 'concurrent', 'direct', 'prior', 'further', 'additional', 'real-time', 'the', 'a', 'an', 'routine', 'mandatory', 'ongoing', 'immediate'],
  PHYS_ADJ: [
    'formal', 'final', 'independent', 'concurrent', 'qualified', 'board-certified', 'trained',
    'reading', 'interpreting', 'licensed', 'treating', 'attending', 'expert', 'human',
  ],
  REMOVE: ['eliminate', 'eliminates', 'eliminating', 'remove', 'removes', 'removing', 'obviate', 'obviates', 'obviating'],
  DO_NOT: ["doesn't", "don't", "didn't", "won't", "wouldn't", 'cannot', "can't"],
  DO: ['does', 'do', 'did', 'will', 'would', 'shall', 'can', 'may'],
  AUTOMATED: [
    'automated', 'automatic', 'fully-automated', 'fully-automatic', 'semi-automated',
    'semiautomated', 'ai-based', 'ai-derived', 'ai-generated', 'software-derived',
    'software-generated', 'machine-generated', 'computer-generated', 'algorithm-derived',
    'algorithmic', 'autonomous', 'automatically-generated',
  ],
};

export const PHRASE_CUES: readonly PhraseCue[] = [
  // Autonomous: the software works without a physician.
  { pattern: 'without @LIGHT_DET? @HUMAN_AGENT @OVERSIGHT', kind: 'autonomous', subject: true, clauseNegation: true },
  { pattern: 'without @LIGHT_DET? @HUMAN_AGENT present|involved|intervening|in-the-loop', kind: 'autonomous', subject: true, clauseNegation: true },
  { pattern: 'without a|an|any|the? human|physician|clinician|doctor in the loop', kind: 'autonomous', subject: true, clauseNegation: true },
  { pattern: 'without @LIGHT_DET? @HUMAN_AGENT', kind: 'autonomous', subject: true, clauseNegation: true, endOfClause: true },
  { pattern: 'no @LIGHT_DET? @HUMAN_AGENT @OVERSIGHT', kind: 'autonomous', subject: true, clauseNegation: true },
  { pattern: 'no need for @LIGHT_DET? @HUMAN_AGENT? @OVERSIGHT', kind: 'autonomous', subject: true, clauseNegation: true },
  { pattern: 'without the|any? need for @LIGHT_DET? @HUMAN_AGENT? @OVERSIGHT', kind: 'autonomous', subject: true, clauseNegation: true },
  { pattern: '@REMOVE the|any? need for @LIGHT_DET? @HUMAN_AGENT? @OVERSIGHT', kind: 'autonomous', subject: true },
  { pattern: 'replace|replaces|replacing @DET? @HUMAN_AGENT @OVERSIGHT?', kind: 'autonomous', subject: true },
  { pattern: 'independent|independently of|from @DET? @HUMAN_AGENT @OVERSIGHT?', kind: 'autonomous', subject: true, clauseNegation: true },
  { pattern: '@DO not require|need|involve @LIGHT_DET? @HUMAN_AGENT @OVERSIGHT', kind: 'autonomous', subject: true },
  { pattern: '@DO_NOT require|need|involve @LIGHT_DET? @HUMAN_AGENT @OVERSIGHT', kind: 'autonomous', subject: true },
  { pattern: 'independently|autonomously', kind: 'autonomous', subject: true, clauseNegation: true, adverb: true },
  { pattern: 'fully|completely autonomous|independent', kind: 'autonomous', subject: true, clauseNegation: true },
  { pattern: '@AUTOMATED diagnosis|diagnoses|interpretation|interpretations|conclusion|conclusions', kind: 'autonomous', subject: false },
  { pattern: '@AUTOMATED diagnostic conclusion|conclusions|interpretation|decision|decisions', kind: 'autonomous', subject: false },
  // Augmentative.
  { pattern: 'derived parameter|parameters', kind: 'augmentative', subject: false },
  { pattern: '@AUTOMATED measurement|measurements|quantification|quantitation|measures', kind: 'augmentative', subject: false },
  { pattern: 'quantification|quantitation', kind: 'augmentative', subject: true, notAfter: ['manual', 'visual', 'human', 'physician', "physician's", 'sonographer', "sonographer's", 'no', 'of', 'for', 'with', 'in', 'to', 'enables', 'supports', 'facilitates', 'aids'] },
  // Assistive.
  { pattern: '@AUTOMATED detection|triage|prioritization|prioritisation|flagging|alerts|alerting|highlighting', kind: 'assistive', subject: false },
  // Physician-interprets: a physician must interpret / confirm before the output has effect.
  { pattern: '@REQUIRE @DET? @PHYS_ADJ? @PHYSICIAN_AGENT @PHYSICIAN_ACT', kind: 'physician-interprets', subject: false },
  { pattern: 'subject to @DET? @PHYS_ADJ? @PHYSICIAN_AGENT @PHYSICIAN_ACT', kind: 'physician-interprets', subject: false },
  { pattern: '@REQUIRE @DET? @PHYS_ADJ? @PHYSICIAN_ACT by @DET? @PHYS_ADJ? @PHYSICIAN_AGENT', kind: 'physician-interprets', subject: false },
  { pattern: 'subject to @DET? @PHYS_ADJ? @PHYSICIAN_ACT by @DET? @PHYS_ADJ? @PHYSICIAN_AGENT', kind: 'physician-interprets', subject: false },
  { pattern: '@PHYS_ADJ? @PHYSICIAN_AGENT @PHYSICIAN_ACT @BE @REQUIRED', kind: 'physician-interprets', subject: false },
  { pattern: '@PHYS_ADJ? @PHYSICIAN_AGENT @PHYSICIAN_ACT @BE be @REQUIRED', kind: 'physician-interprets', subject: false },
];

// ---------------------------------------------------------------------------------------------
// Who does it

export type SubjectClass = 'software' | 'human' | 'other';

export interface SubjectInfo {
  cls: SubjectClass;
  /** A physician (or reader, expert): the agent a physician-interprets cue needs. */
  physician: boolean;
  /** A pronoun ("it", "we"): the cue phrase never starts at it. */
  pronoun: boolean;
}

const PHYSICIANS = [
  'physician', 'clinician', 'cardiologist', 'radiologist', 'echocardiographer', 'doctor', 'reader',
  'expert', 'human', 'specialist', 'pathologist', 'ophthalmologist', 'dermatologist', 'neurologist',
  'interpreter', 'md', 'practitioner', 'professional', 'electrophysiologist', 'intensivist',
  'internist', 'surgeon', 'hospitalist', 'overreader', 'over-reader',
];
const OTHER_HUMANS = [
  'sonographer', 'nurse', 'technologist', 'technician', 'tech', 'operator', 'user', 'team',
  'patient', 'investigator', 'researcher', 'author', 'person', 'scientist', 'annotator',
  'caregiver', 'assistant', 'coordinator', 'member', 'adjudicator', 'colleague',
];
const HUMAN_IRREGULAR = ['staff', 'people', 'personnel', 'we', 'i', 'you', 'he', 'she', 'who', 'whom', 'everyone', 'someone', 'nobody'];
const SOFTWARE = [
  'software', 'algorithm', 'tool', 'model', 'ai', 'system', 'device', 'application', 'app',
  'product', 'platform', 'module', 'engine', 'network', 'classifier', 'program', 'solution',
  'service', 'technology', 'feature', 'pipeline', 'samd', 'machine', 'computer', 'cnn', 'llm',
  'output', 'overlay', 'heatmap', 'function', 'component', 'package', 'plugin', 'plug-in',
  'add-on', 'agent', 'version', 'release', 'interface', 'dashboard', 'viewer', 'workstation',
  'widget', 'gui', 'ui',
];
const OTHER_SUBJECTS = [
  'study', 'studies', 'trial', 'trials', 'paper', 'papers', 'literature', 'publication',
  'publications', 'guideline', 'guidelines', 'society', 'societies', 'panel', 'fda', 'ama',
  'ase', 'hrs', 'cms', 'payer', 'payers', 'competitor', 'competitors', 'registry', 'analysis',
  'analyses', 'protocol', 'protocols', 'committee', 'committees', 'irb', 'sponsor', 'sponsors',
  'manufacturer', 'manufacturers', 'vendor', 'vendors', 'hospital', 'hospitals', 'site', 'sites',
  'method', 'methods', 'standard', 'standards', 'company', 'code', 'codes', 'cpt', 'descriptor',
  'descriptors', 'dossier', 'submission', 'section', 'document', 'table', 'figure', 'appendix',
  'vignette', 'taxonomy', 'definition', 'rationale', 'evaluation', 'validation', 'cohort',
];

function plural(word: string): string {
  return word.endsWith('s') || word.endsWith('x') ? word + 'es' : word.endsWith('y') && !/[aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word + 's';
}

function subjectTable(): Map<string, SubjectInfo> {
  const map = new Map<string, SubjectInfo>();
  const add = (words: readonly string[], info: SubjectInfo, withPlural: boolean): void => {
    for (const w of words) {
      map.set(w, info);
      if (withPlural) map.set(plural(w), info);
    }
  };
  add(PHYSICIANS, { cls: 'human', physician: true, pronoun: false }, true);
  add(OTHER_HUMANS, { cls: 'human', physician: false, pronoun: false }, true);
  add(HUMAN_IRREGULAR, { cls: 'human', physician: false, pronoun: true }, false);
  map.set('staff', { cls: 'human', physician: false, pronoun: false });
  map.set('people', { cls: 'human', physician: false, pronoun: false });
  map.set('personnel', { cls: 'human', physician: false, pronoun: false });
  add(SOFTWARE, { cls: 'software', physician: false, pronoun: false }, true);
  add(['it', "it's", 'itself'], { cls: 'software', physician: false, pronoun: true }, false);
  add(OTHER_SUBJECTS, { cls: 'other', physician: false, pronoun: false }, false);
  return map;
}

/** Subject words: who is doing the work of a clause. */
export const SUBJECTS: ReadonlyMap<string, SubjectInfo> = subjectTable();

/** Word endings of instrument nouns that name the software ("estimator", "segmenter", "analyzer"). */
export const SOFTWARE_SUFFIXES: readonly string[] = ['izer', 'yzer', 'iser', 'yser', 'ator', 'ector', 'ifier', 'enter', 'ometer'];

/** After a human word, these make it a modifier, not the subject ("user interface", "physician work"). */
export const HUMAN_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'interface', 'interfaces', 'oversight', 'input', 'involvement', 'interpretation', 'confirmation',
  'study', 'studies', 'consensus', 'factors', 'feedback', 'workload', 'time', 'judgment',
  'judgement', 'burden', 'variability', 'agreement', 'performance', 'training', 'sign-off',
  'signoff', 'approval', 'supervision', 'intervention', 'error', 'errors', 'workflow', 'workflows',
  'decision', 'decisions', 'preference', 'satisfaction', 'documentation', 'assessment',
  'assessments', 'measurement', 'measurements', 'panel', 'group', 'groups', 'survey', 'education',
  'guidance', 'guide', 'manual', 'manuals', 'work', 'effort', 'role', 'roles', 'adoption',
  'level', 'labeling', 'labelling', 'label', 'labels', 'society', 'societies', 'specialty', 'fee',
  'fees', 'payment', 'payments', 'reimbursement', 'readable', 'verification', 'validation',
  'visit', 'visits', 'encounter', 'encounters', 'population', 'populations', 'data', 'outcomes',
  'outcome', 'safety', 'annotations', 'annotation', 'ground', 'reference', 'task', 'tasks',
  'skill', 'skills', 'override', 'oversight',
]);

// ---------------------------------------------------------------------------------------------
// Function words

export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'each', 'every', 'any', 'some', 'all', 'both',
  'either', 'another', 'such', 'much', 'many', 'several', 'few', 'other', 'its', 'their', 'our',
  'his', 'her', 'your', 'my', 'whose', 'one', 'two', 'three', 'four', 'five', 'first', 'second',
  'third', 'same', 'more', 'most', 'less', 'fewer', 'multiple', 'various', 'further', 'additional',
  'new', 'key', 'primary', 'secondary', 'own',
]);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'about', 'among', 'between',
  'via', 'through', 'across', 'within', 'per', 'during', 'under', 'over', 'against', 'toward',
  'towards', 'upon', 'like', 'including', 'regarding', 'despite', 'beyond', 'throughout', 'amongst',
  'alongside', 'behind', 'near', 'inside', 'outside',
]);

export const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must']);
export const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "it's", "that's", "'s", 'becomes', 'become', 'became', 'remains', 'remain']);
export const GET_FORMS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
export const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having']);

/** Adverbs not ending in -ly that may stand between a subject and its verb. */
export const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'then', 'further', 'still', 'only', 'first', 'now', 'just', 'even', 'already', 'thereby',
  'thus', 'therefore', 'next', 'itself', 'themselves', 'always', 'often', 'again', 'instantly',
  'automatically', 'hence', 'subsequently', 'additionally', 'moreover', 'furthermore', 'likewise',
  'similarly', 'simultaneously', 'jointly', 'together', 'alone', 'too', 'once', 'later', 'soon',
  'typically', 'usually', 'generally', 'routinely', 'currently', 'initially', 'finally',
]);

/** Words ending in -ly that are not adverbs. */
export const LY_NOT_ADVERB: ReadonlySet<string> = new Set([
  'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'hourly', 'early', 'family', 'elderly',
  'friendly', 'user-friendly', 'apply', 'supply', 'reply', 'rely', 'comply', 'multiply', 'fly',
  'ally', 'anomaly', 'italy', 'assembly', 'only', 'likely', 'costly', 'timely',
  'orderly', 'holy', 'belly', 'jelly', 'rally', 'tally', 'homely', 'lonely', 'lovely', 'ugly',
  'silly', 'hilly', 'poly', 'butterfly', 'monopoly', 'bully', 'fully', 'deadly',
]);

/** A homograph right before one of these is a noun ("outcome measures were…", "scores improved"). */
export const NOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'are', 'is', 'were', 'was', 'include', 'includes', 'included', 'showed', 'show', 'shows',
  'demonstrated', 'demonstrate', 'demonstrates', 'correlated', 'correlate', 'correlates',
  'agreed', 'improved', 'improve', 'differed', 'differ', 'ranged', 'range', 'varied', 'vary',
  'matched', 'match', 'had', 'have', 'has', 'will', 'would', 'can', 'could', 'may', 'might',
  'should', 'must', 'obtained', 'reported', 'derived', 'generated', 'produced', 'computed',
  'calculated', 'measured', 'estimated', 'remain', 'remained', 'did', 'do', 'does', 'appear',
  'appears', 'appeared', 'indicate', 'indicates', 'indicated', 'suggest', 'suggests', 'suggested',
  'exceeded', 'exceed', 'exceeds', 'increased', 'decreased', 'declined', 'rose', 'fell',
  'became', 'become', 'seem', 'seemed', 'seems', 'according', 'used', 'such', 'like',
]);

/** Noun modifiers that may start a sentence ("Outcome measures", "Quality scores"). */
export const NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  'outcome', 'outcomes', 'safety', 'quality', 'risk', 'performance', 'accuracy', 'efficacy',
  'endpoint', 'primary', 'secondary', 'composite', 'clinical', 'diagnostic', 'severity', 'calcium',
  'agatston', 'st', 'wall', 'myocardial', 'process', 'control', 'preventive', 'security',
  'privacy', 'mitigation', 'protective', 'additional', 'other', 'key', 'point', 'interim',
  'baseline', 'final', 'summary', 'patient', 'reader', 'expert', 'manual', 'human', 'physician',
  'these', 'those', 'such', 'all', 'some', 'several', 'both', 'z', 'lv', 'rv', 'ef',
]);

export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'and/or', '&']);
/** Clause openers that end any negation before them. */
export const CONTRASTIVE_CONNECTORS: ReadonlySet<string> = new Set([
  'but', 'yet', 'however', 'instead', 'although', 'though', 'whereas', 'while', 'except',
  'conversely', 'nevertheless', 'nonetheless', 'so',
]);
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'before', 'after', 'when', 'whenever', 'if', 'unless', 'until', 'once', 'because', 'since',
  'although', 'though', 'while', 'whereas', 'where', 'wherever', 'whether', 'so', 'as', 'how',
  'what', 'why',
]);
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that', 'whose']);

/** Words after which a named person or product is only compared, not the subject ("unlike the physician"). */
export const CONTRAST_MARKERS: ReadonlySet<string> = new Set(['unlike', 'versus', 'vs', 'than', 'compared', 'contrast', 'opposed', 'besides', 'except', 'replace', 'replaces', 'replacing', 'mimic', 'mimics', 'emulate', 'emulates']);

/** Contrast markers that also put the rest of their phrase aside ("unlike tools that diagnose, …"). */
export const CONTRAST_CLAUSE: ReadonlySet<string> = new Set(['unlike', 'versus', 'vs', 'than', 'compared', 'contrast', 'opposed']);

// ---------------------------------------------------------------------------------------------
// Negation

export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'neither', 'nor', 'without', 'cannot', 'none', 'nothing', 'unable',
  'nobody', 'nowhere', 'lacks', 'lack',
]);
/** Two-word negators: first word → second word. */
export const NEGATOR_PAIRS: Readonly<Record<string, string>> = { rather: 'than', instead: 'of' };
/** "not only", "not limited to", "no later than": these do not negate. */
export const NEGATION_EXCEPTIONS_NEXT: ReadonlySet<string> = new Set([
  'only', 'just', 'merely', 'limited', 'least', 'matter', 'later', 'sooner', 'doubt', 'less',
  'more', 'exception', 'surprise', 'wonder', 'solely', 'simply', 'restricted',
]);
/** Words that do not use up a negation on their way to the verb ("is not intended to interpret"). */
export const NEGATION_TRANSPARENT: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'can', 'could',
  'may', 'might', 'will', 'would', 'shall', 'should', 'must', 'has', 'have', 'had', 'intended',
  'designed', 'meant', 'used', 'able', 'going', 'to', 'itself', 'by', 'alone', 'any', 'way', 'in',
  'a', 'an', 'the', 'claim', 'claims', 'purport', 'purports', 'attempt', 'attempts', 'try',
  'tries', 'seek', 'seeks', 'aim', 'aims', 'yet', 'ever', 'also', 'and', 'or', 'currently',
  'directly', 'on', 'its', 'own', 'of', 'for', 'use', 'expected', 'supposed',
  'allowed', 'permitted', 'indicated', 'cleared', 'labeled', 'labelled', 'built', 'trained',
  'validated', 'configured', 'programmed', 'one', 'isolation', 'at', 'all', 'point', 'time',
  'otherwise', 'automatically', 'once', 'again', 'further',
]);

/** Before a physician's verb, these make it optional (autonomous Levels II–III): not a cue. */
export const OPTIONAL_MARKERS: ReadonlySet<string> = new Set([
  'can', 'may', 'could', 'might', 'optionally', 'able', 'option', 'choose', 'chooses', 'opt',
  'opts', 'free', 'whether', 'override', 'overrides', 'contest', 'contests', 'reject',
  'rejects', 'dismiss', 'dismisses', 'voluntarily', 'wish', 'wishes', 'prefer', 'prefers',
]);
/** Before a physician's review verb, these make it mandatory: a physician-interprets cue. */
export const OBLIGATION_MARKERS: ReadonlySet<string> = new Set([
  'must', 'shall', 'required', 'requires', 'require', 'obligated', 'mandatory', 'always',
  'necessarily', 'expected',
]);
/** "has to", "needs to": the first word when "to" follows. */
export const OBLIGATION_BEFORE_TO: ReadonlySet<string> = new Set(['has', 'have', 'need', 'needs', 'ought', 'is', 'are']);
/** After a physician's review verb, these make it a gate: "reviews the result before release". */
export const GATE_AFTER: ReadonlySet<string> = new Set(['before', 'prior', 'until', 'pending', 'ahead']);

/** Words after which a "." does not end the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e', 'g', 'i', 'eg', 'ie', 'etc', 'vs', 'dr', 'mr', 'ms', 'mrs', 'prof', 'fig', 'figs', 'no',
  'approx', 'al', 'cf', 'incl', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'ref', 'refs', 'vol', 'pp',
  'p', 'sec', 'approx', 'est', 'resp', 'min', 'max', 'u.s', 'u', 's', 'corp', 'dept', 'ver', 'v',
]);

// ---------------------------------------------------------------------------------------------
// Payment claims

/** Verbs (base forms) that turn a code into a promise: "the code guarantees coverage". */
export const GUARANTEE_VERBS: readonly string[] = ['guarantee', 'ensure', 'assure', 'secure', 'entitle', 'warrant', 'insure'];
/** Nouns and adjectives of guarantee: "guaranteed reimbursement", "a guarantee of payment". */
export const GUARANTEE_WORDS: ReadonlySet<string> = new Set([
  'guarantee', 'guarantees', 'guaranteed', 'guaranteeing', 'assured', 'ensured', 'secured',
  'entitled', 'entitlement', 'certain', 'automatic', 'automatically', 'assurance', 'guaranty',
]);
/** "results in payment", "leads to reimbursement": the verb and its particle. */
export const RESULT_VERBS: Readonly<Record<string, string>> = {
  result: 'in', results: 'in', resulted: 'in', resulting: 'in',
  lead: 'to', leads: 'to', led: 'to', leading: 'to',
  translate: 'into', translates: 'into',
};
export const PAYMENT_WORDS: ReadonlySet<string> = new Set([
  'coverage', 'covered', 'reimbursement', 'reimbursements', 'reimbursed', 'reimbursable',
  'payment', 'payments', 'paid', 'pay', 'payable', 'reimburse', 'reimburses', 'payout', 'payouts',
]);
/** A code is involved: "CPT code", "the code", "once coded", "Category III". */
export const CODE_WORDS: ReadonlySet<string> = new Set(['code', 'codes', 'coded', 'coding', 'cpt', 'cpt®', 'codification', 'category']);
/** Before a guarantee word, these make it a hope, not a claim ("may help secure payment"). */
export const PAYMENT_HEDGES: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'help', 'helps', 'helped', 'helping', 'aim', 'aims', 'seek', 'seeks',
  'hope', 'hopes', 'try', 'tries', 'attempt', 'attempts', 'intended', 'intend', 'intends',
  'possibly', 'potentially', 'eventually', 'hopefully', 'not', 'necessarily',
]);
/** Guarantee words that count only right before the payment word ("automatically reimbursed"). */
export const GUARANTEE_BEFORE_ONLY: ReadonlySet<string> = new Set(['automatic', 'automatically']);
/** Guarantee words that count only after the payment word ("payment is certain"). */
export const GUARANTEE_AFTER_ONLY: ReadonlySet<string> = new Set(['certain']);
