/**
 * The vocabulary of the prose analysis, as data: which acts and outputs signal each Appendix S
 * class, who counts as a physician or as the software, what negates, hedges or obliges, and what
 * a payment claim is made of. Every word is lowercase; a typographic apostrophe reads as `'`.
 *
 * Appendix S classifies by what the software OUTPUTS and the role of that output in care, so the
 * cue words are output acts ("flags", "measures", "adjusts insulin delivery") and output nouns
 * ("a notification", "a risk score", "a diagnosis"); processing verbs ("analyzes", "segments",
 * "uses deep learning") are deliberately absent. Refine wording here with a labelled sentence in
 * `test/prose/labelled.json`; the stages do not need to change.
 */
import type { AiClass } from '../types';

// ---------------------------------------------------------------------------------------------
// Verb forms

/** The forms of a verb: base, third person -s, past, -ing, past participle. */
export type VerbForms = readonly [base: string, s: string, past: string, ing: string, pp: string];

const IRREGULAR: Readonly<Record<string, VerbForms>> = {
  make: ['make', 'makes', 'made', 'making', 'made'],
  give: ['give', 'gives', 'gave', 'giving', 'given'],
  output: ['output', 'outputs', 'output', 'outputting', 'output'],
  flag: ['flag', 'flags', 'flagged', 'flagging', 'flagged'],
  tag: ['tag', 'tags', 'tagged', 'tagging', 'tagged'],
  drop: ['drop', 'drops', 'dropped', 'dropping', 'dropped'],
  overread: ['overread', 'overreads', 'overread', 'overreading', 'overread'],
  'over-read': ['over-read', 'over-reads', 'over-read', 'over-reading', 'over-read'],
  read: ['read', 'reads', 'read', 'reading', 'read'],
  // reading again (stop 51): "every flagged study is re-read by the attending"
  reread: ['reread', 'rereads', 'reread', 'rereading', 'reread'],
  're-read': ['re-read', 're-reads', 're-read', 're-reading', 're-read'],
  send: ['send', 'sends', 'sent', 'sending', 'sent'],
  show: ['show', 'shows', 'showed', 'showing', 'shown'],
  set: ['set', 'sets', 'set', 'setting', 'set'],
  stop: ['stop', 'stops', 'stopped', 'stopping', 'stopped'],
  plan: ['plan', 'plans', 'planned', 'planning', 'planned'],
  sign: ['sign', 'signs', 'signed', 'signing', 'signed'],
  take: ['take', 'takes', 'took', 'taking', 'taken'],
  begin: ['begin', 'begins', 'began', 'beginning', 'begun'],
  refer: ['refer', 'refers', 'referred', 'referring', 'referred'],
  titrate: ['titrate', 'titrates', 'titrated', 'titrating', 'titrated'],
  run: ['run', 'runs', 'ran', 'running', 'run'],
  get: ['get', 'gets', 'got', 'getting', 'gotten'],
  come: ['come', 'comes', 'came', 'coming', 'come'],
  go: ['go', 'goes', 'went', 'going', 'gone'],
  mean: ['mean', 'means', 'meant', 'meaning', 'meant'],
  put: ['put', 'puts', 'put', 'putting', 'put'],
  plot: ['plot', 'plots', 'plotted', 'plotting', 'plotted'],
  keep: ['keep', 'keeps', 'kept', 'keeping', 'kept'],
  tell: ['tell', 'tells', 'told', 'telling', 'told'],
  find: ['find', 'finds', 'found', 'finding', 'found'],
  draw: ['draw', 'draws', 'drew', 'drawing', 'drawn'],
  choose: ['choose', 'chooses', 'chose', 'choosing', 'chosen'],
  build: ['build', 'builds', 'built', 'building', 'built'],
  hold: ['hold', 'holds', 'held', 'holding', 'held'],
  lead: ['lead', 'leads', 'led', 'leading', 'led'],
  rest: ['rest', 'rests', 'rested', 'resting', 'rested'],
  see: ['see', 'sees', 'saw', 'seeing', 'seen'],
  lay: ['lay', 'lays', 'laid', 'laying', 'laid'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  // "it threw a wander alert at 0340" (stop 47): an alert thrown is raised
  throw: ['throw', 'throws', 'threw', 'throwing', 'thrown'],
};

/** Regular English inflection, enough for the verbs listed in this file. */
export function verbForms(base: string): VerbForms {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    return [base, stem + 'ies', stem + 'ied', base + 'ing', stem + 'ied'];
  }
  if (base.endsWith('ee')) return [base, base + 's', base + 'd', base + 'ing', base + 'd'];
  if (base.endsWith('e')) return [base, base + 's', base + 'd', base.slice(0, -1) + 'ing', base + 'd'];
  if (/(?:s|sh|ch|x|z)$/.test(base)) return [base, base + 'es', base + 'ed', base + 'ing', base + 'ed'];
  return [base, base + 's', base + 'ed', base + 'ing', base + 'ed'];
}

// ---------------------------------------------------------------------------------------------
// Output acts (verbs) by class

/** An act the software may perform, and the class of work it shows. */
export interface ActCue {
  verbs: readonly string[];
  cls: AiClass;
  /** The act counts only with one of these as its object head within a few words. */
  objects?: readonly string[];
  /** With one of these as object, the act shows another class ("identifies patients at risk", "computes the insulin dose"). */
  objectsShift?: ReadonlyArray<{ words: readonly string[]; cls: AiClass }>;
  /** The object words follow the verb even in a passive ("each volume is compared with reference percentiles"). */
  objectAfter?: boolean;
  /** The object may sit in an infinitive after the person told ("tells the rescuer to deliver a shock"). */
  throughInfinitive?: boolean;
  /**
   * The object may sit in an indirect question right after the verb (stop 38): 'choice' past adverbs only ("decides
   * automatically which vaccines a patient should have"), 'told' past the person told too ("tells her on which days she is
   * fertile"). The question's own verb must not be someone's act ("shows her which days she marked as fertile").
   */
  questionObject?: 'choice' | 'told';
  /** The object counts only when one of these verbs follows it within three words ("the button that delivers it", "the button to give it"). */
  objectFollowedBy?: readonly string[];
  /** The object counts only when "as" follows it and names what it is found to be ("classifies the rhythm as shockable"). */
  namedAs?: boolean;
  /** How many words after the verb the object may sit (7 unless said). */
  reach?: number;
  /**
   * The act is a decision only when the sentence says what sets it off: a condition ("whenever the rate
   * falls"), timing to the patient ("in step with the ECG", "on demand") or "by itself". Otherwise it
   * describes what the hardware does ("paces the atrium", "inflates intra-aortic balloons").
   */
  triggered?: boolean;
  /** The object is "for" and what it names is looked for ("checks each ECG for swapped leads"; acts.ts soughtAfter). */
  soughtFor?: boolean;
  /** With namedAs: what follows "as" must name a heart rhythm or call the tracing normal or abnormal ("classifies the ECG as sinus rhythm"). */
  namedRhythm?: boolean;
  /** The object counts only with a heart chamber's timing word within four words before it ("the sensed AV delay"). */
  chamberTimed?: boolean;
  /** The act counts only when the clause's subject is a machine that gives a therapy ("the ventilator adjusts the settings"). */
  machineSubject?: boolean;
}

/** Words of the timing a pacing device keeps between heart chambers: "the AV delay", "the interventricular (VV) delay". */
export const CHAMBER_TIMING: ReadonlySet<string> = new Set(['av', 'vv', 'atrioventricular', 'interventricular', 'a-v', 'v-v']);

/** Participles that offer a therapy or a plan: "a recommended bolus", "the suggested dose", "a proposed adjustment". */
export const OFFERING_PARTICIPLES: ReadonlySet<string> = new Set(['recommended', 'suggested', 'proposed', 'advised']);
/** What kind of plan is one of care: "a care plan", "the treatment plan", "a dosing plan". */
export const CARE_PLAN_KINDS: ReadonlySet<string> = new Set(['care', 'treatment', 'management', 'therapy', 'therapeutic', 'dosing', 'feeding', 'nutrition', 'exercise', 'rehabilitation', 'titration']);
/** Options that are the software's output only when a participle offers them: "a suggested bolus", "the regimen proposed for …". */
export const OFFERED_OPTION_HEADS: ReadonlySet<string> = new Set(['bolus', 'boluses', 'regimen', 'regimens', 'plan', 'plans']);

/** What therapy an autonomous act changes: "adjusts basal insulin delivery", "delivers a shock". */
export const THERAPY_NOUNS: readonly string[] = [
  'insulin', 'bolus', 'boluses', 'basal', 'dose', 'doses', 'dosing', 'dosage', 'dosages', 'delivery',
  // a dialysis machine's fluid removal and an oxygen blender's fraction (stop 30): "lowers the UF rate whenever pressure falls"
  'ultrafiltration', 'uf', 'fio2',
  // drugs a device gives by name (stop 30): "injects the naloxone on its own"
  'naloxone', 'epinephrine', 'adrenaline', 'glucagon', 'phenylephrine', 'norepinephrine', 'noradrenaline', 'ephedrine', 'nitroprusside',
  'remifentanil', 'rocuronium', 'dextrose', 'antidote',
  'infusion', 'infusions', 'drug', 'drugs', 'medication', 'medications', 'sedation', 'propofol',
  'stimulation', 'shock', 'shocks', 'defibrillation', 'pacing', 'therapy', 'therapies', 'treatment',
  'treatments', 'flow', 'gas', 'oxygen', 'ventilation', 'anesthetic', 'anaesthetic', 'regimen',
  'regimens', 'titration', 'heparin', 'anticoagulation', 'vasopressor', 'vasopressors', 'fluids',
  'intervention', 'interventions', 'referral', 'referrals', 'correction', 'titrations', 'pressure',
  'amplitude',
  // what a ventilator gives each breath: "adapts the mandatory breaths", "alters the tidal volume"
  'breath', 'breaths', 'tidal', 'inspiratory', 'peep',
  // what a stimulator gives: "raises or lowers the current on its own" (but "the current settings", see ADJECTIVE_THERAPY)
  'current',
  // what a cardiac therapy device gives: chest compressions, balloon counterpulsation, cardioversion, antitachycardia pacing
  'compressions', 'counterpulsation', 'cardioversion', 'antitachycardia',
  // medicines by their form (stop 36): "advises an extra water pill", "tells the patient to take a second tablet"
  'pill', 'pills', 'tablet', 'tablets', 'diuretic', 'diuretics',
  // prevention given as a treatment (stop 39): "recommends pharmacologic or mechanical prophylaxis for the prescriber to order"
  'prophylaxis', 'thromboprophylaxis',
  // a feeding pump's therapy (stop 44): "halts the feeding when the tube moves", "adjusts the enteral nutrition" (not "feed": a data feed)
  'feeding', 'feedings', 'nutrition',
  // a warming or cooling therapy (stop 44): "turns the heating off once the skin reaches 38 °C", "lowers the cooling"
  'heating', 'warming', 'cooling', 'heater',
  // where and how long a brachytherapy source stays (stop 47): "decides the dwell time at every source position"
  'dwell',
  // oxygen as clinicians write it (stop 47): "bumped the O2 up within seconds"
  'o2',
];
/** Verbs of reaching a person by phone or mail: "rings, texts or emails the chosen relatives". */
export const MESSAGING_PEOPLE: readonly string[] = ['text', 'email', 'e-mail', 'ring', 'phone', 'message', 'page'];
/** The same, and reaching them in person: "calls the patient", "visits the resident", "contacts the carer". */
export const REACHING_PEOPLE: ReadonlySet<string> = new Set([...MESSAGING_PEOPLE, 'call', 'telephone', 'visit', 'contact']);
/** Machines that give a therapy, whose adjustments change the therapy: "pump adjustments", "ventilator adjustments" (stop 45). */
export const THERAPY_MACHINES: ReadonlySet<string> = new Set(['pump', 'pumps', 'ventilator', 'ventilators', 'stimulator', 'stimulators', 'pacemaker', 'pacemakers']);
/** Machines that give a therapy and may change their own settings, as a clause's subject (stop 46). */
export const SELF_SETTING_MACHINES: ReadonlySet<string> = new Set([...THERAPY_MACHINES, 'aid', 'aids', 'controller', 'controllers', 'generator', 'generators', 'implant', 'implants', 'icd', 'cpap', 'apap']);
/** Of the therapy nouns, those that are a therapy only where the sentence names the body or the feeding route (BODY_CONTEXT). */
export const BODY_BOUND_THERAPY: ReadonlySet<string> = new Set(['feeding', 'feedings', 'nutrition', 'heating', 'warming', 'cooling', 'heater']);
/** Words that put feeding, heating or cooling on a patient: "the skin probe", "the enteral feed", "the infant's temperature". */
export const BODY_CONTEXT: ReadonlySet<string> = new Set(['patient', 'patients', "patient's", 'infant', 'infants', "infant's", 'baby', 'babies', "baby's", 'neonate', 'neonates', 'newborn', 'newborns',
  'skin', 'core', 'body', 'tissue', 'tumour', 'tumor', 'enteral', 'parenteral', 'tube', 'gastric', 'nasogastric', 'jejunal', 'wearer', "wearer's", 'rectal', 'oesophageal', 'esophageal', 'bladder']);
/** What a digital therapeutic gives as its therapy (vocabulary "deliver"), which as a modifier names something else: "coaching videos". */
export const PROGRAMME_CONTENT: ReadonlySet<string> = new Set(['psychoeducation', 'psychotherapy', 'counselling', 'counseling', 'coaching']);
/** What such a modifier may still qualify as the therapy itself: "coaching sessions", "counselling modules". */
export const SESSION_WORDS: ReadonlySet<string> = new Set(['session', 'sessions', 'lesson', 'lessons', 'module', 'modules', 'programme', 'programmes', 'program', 'programs', 'course', 'courses', 'conversation', 'conversations']);

/**
 * What a worn device tunes on the wearer (stop 38): a prosthetic knee's damping or stiffness, a hearing aid's amplification.
 * Only with a verb of changing ("changes the damping of its actuators", "raises the amplification for soft speech"): a
 * tissue's stiffness or a joint's torque determined or measured is a quantity.
 */
export const WORN_DEVICE_SETTINGS: readonly string[] = ['damping', 'stiffness', 'torque', 'amplification'];
/** Medicines a decision tool chooses for a patient (stop 38; not when named for their testing, see SUSCEPTIBILITY_WORDS). */
const CHOSEN_MEDICINES_LIST: readonly string[] = ['antibiotic', 'antibiotics', 'antimicrobial', 'antimicrobials', 'vaccine', 'vaccines', 'vaccination', 'vaccinations',
  'immunization', 'immunizations', 'immunisation', 'immunisations'];
export const CHOSEN_MEDICINES: ReadonlySet<string> = new Set(CHOSEN_MEDICINES_LIST);
/** Whether a word names a treatment the software may give or stop: a therapy noun or a chosen medicine ("insulin", "antibiotics"). */
const TREATMENT_WORDS: ReadonlySet<string> = new Set([...THERAPY_NOUNS, ...CHOSEN_MEDICINES_LIST]);
export function namesTreatment(w: string): boolean {
  return TREATMENT_WORDS.has(w);
}
/** Words of a laboratory's testing of a medicine: "which antibiotics the isolate is resistant to". */
export const SUSCEPTIBILITY_WORDS: ReadonlySet<string> = new Set(['resistant', 'resistance', 'susceptible', 'susceptibility', 'susceptibilities', 'sensitivities', 'isolate', 'isolates', 'culture', 'cultures', 'mic']);
/** Modes of an app, a display or a recording, not of a therapy: "switches to dark mode", "to continuous monitoring mode". */
export const NOT_THERAPY_MODES: ReadonlySet<string> = new Set(['dark', 'night', 'light', 'monitoring', 'recording', 'standby', 'sleep', 'power-saving', 'demo', 'demonstration', 'test', 'review', 'display', 'battery', 'airplane', 'flight', 'offline', 'read-only', 'privacy', 'silent', 'training', 'service', 'maintenance', 'telemetry', 'holter', 'acquisition', 'imaging', 'scan', 'scanning', 'viewing']);
/** What makes a current or a beam an imaging machine's: "the tube current", "the ultrasound beam". */
export const IMAGING_SOURCES: ReadonlySet<string> = new Set(['tube', 'ultrasound', 'ultrasonic', 'imaging', 'x-ray', 'scanning', 'scanner', 'acquisition', 'infrared', 'aiming', 'guide', 'guiding']);
/** What a backup of data or power is: "switches to a backup server". */
export const NOT_THERAPY_BACKUPS: ReadonlySet<string> = new Set(['server', 'servers', 'battery', 'batteries', 'power', 'sensor', 'sensors', 'copy', 'copies', 'file', 'files', 'system', 'systems', 'link', 'network', 'connection', 'storage', 'database', 'channel']);
/** Control loops and processors named as the subject: "a feedback loop changes the dialysate temperature automatically". */
export const CONTROL_LOOPS: ReadonlySet<string> = new Set(['loop', 'loops', 'processor', 'processors']);

/** Therapy words that are adjectives before another noun: "adjusts the current settings" changes settings, not a current. */
export const ADJECTIVE_THERAPY: ReadonlySet<string> = new Set(['current']);

/** After a therapy word, these make it anatomy: "basal cell carcinoma", "basal ganglia". */
export const ANATOMY_AFTER_THERAPY: ReadonlySet<string> = new Set(['cell', 'cells', 'ganglia', 'layer', 'membrane']);

/** After a therapy word, these make it a quantity read from the patient: "oxygen saturation", "pressure readings". */
/**
 * "works out the dose absorbed by the target tissues", "estimates the radiation dose to each organ": a dose the patient's
 * tissues received is a quantity measured, not a therapy decided. Words before the dose, and right after it, that say so.
 */
export const MEASURED_DOSE_BEFORE: ReadonlySet<string> = new Set(['radiation', 'absorbed', 'effective', 'equivalent', 'organ', 'tissue', 'skin', 'cumulative', 'exposure', 'x-ray', 'ionizing', 'ionising']);
export const MEASURED_DOSE_AFTER: ReadonlySet<string> = new Set(['absorbed', 'received', 'deposited', 'distribution', 'distributions']);
/** Words before "volume(s)" that make it an image volume: "CBCT volumes", "3D volumes", "MR volumes". */
export const IMAGE_VOLUME_BEFORE: ReadonlySet<string> = new Set(['cbct', 'ct', 'mri', 'mr', '3d', '4d', 'image', 'imaging', 'dicom', 'tomographic', 'pet', 'spect', 'ultrasound', 'echo', 'cone-beam']);
/** A patient's signs, which may "suggest" or "point to" a condition: "symptoms that suggest an arrhythmia" names the indication. */
export const PATIENT_SIGNS: ReadonlySet<string> = new Set(['symptom', 'symptoms', 'sign', 'signs', 'complaint', 'complaints', 'history', 'presentation', 'presentations']);
/** Nouns of equipment a participle may name: "biometric measuring devices", "a recording system" (no act of the software). */
export const EQUIPMENT_HEADS: ReadonlySet<string> = new Set(['device', 'devices', 'instrument', 'instruments', 'equipment', 'tool', 'tools', 'apparatus', 'unit', 'units', 'hardware', 'accessory', 'accessories', 'peripheral', 'peripherals', 'kit', 'kits', 'station', 'stations']);
/** Words that make a diagnosis or a finding a subject of error statistics: "missed or delayed fracture diagnosis". */
export const ERRED_QUALIFIERS: ReadonlySet<string> = new Set(['missed', 'delayed', 'incorrect', 'wrong', 'erroneous', 'late', 'inaccurate', 'mistaken', 'overlooked']);
export const QUANTITY_AFTER_THERAPY: ReadonlySet<string> = new Set(['saturation', 'saturations', 'desaturation', 'desaturations', 'consumption', 'uptake', 'readings', 'reading', 'measurement', 'measurements',
  // "applies upper dose limits" (stop 30): a limit checked against, not a dose given; "submits the order log": a record of it
  'limit', 'limits', 'range', 'ranges', 'check', 'checks', 'error', 'errors', 'warning', 'warnings', 'log', 'logs', 'history', 'record', 'records', 'form', 'forms',
  // "determines the action potential duration" (stop 56): a quantity of the heart's cells, no action taken
  'potential', 'potentials']);

/** Words that make a physician's reading part of a study's reference, not of care: "to establish ground truth". */
export const STUDY_REFERENCE_WORDS: ReadonlySet<string> = new Set(['truth', 'truthing', 'consensus', 'multi-reader', 'adjudication', 'adjudicated']);
/** Things a person checks that are neither the software's output nor the patient's data: "verify the patient's identity". */
export const NOT_READ_OBJECTS: ReadonlySet<string> = new Set([
  'identity', 'instructions', 'manual', 'labeling', 'labelling', 'ifu', 'settings', 'battery', 'batteries',
  'connection', 'connectivity', 'placement', 'electrodes', 'electrode', 'pads', 'consent', 'eligibility', 'suitability',
  // whether the treatment suits the patient: "reviews the indication with the patient" (stop 33)
  'indication', 'indications', 'candidacy',
  'expiry', 'expiration', 'packaging', 'version', 'license', 'licence', 'password', 'credentials',
  // An audit of how the device was used: "review the device log after each rescue".
  'log', 'logs', 'usage', 'incident', 'incidents', 'maintenance', 'deployment', 'deployments',
]);
/** Decisions that are someone's, said with a possessive: "the radiologist's decision", "remains the surgeon's call". */
export const OWNED_DECISIONS: ReadonlySet<string> = new Set(['decision', 'decisions', 'call', 'choice', 'judgement', 'judgment', 'prerogative']);
/** Instruments a reading is checked against: "confirm sensor glucose with a fingerstick meter". */
export const CHECKING_METERS: ReadonlySet<string> = new Set(['meter', 'meters', 'fingerstick', 'finger-stick', 'fingerprick', 'finger-prick', 'glucometer', 'glucometers', 'thermometer', 'cuff', 'strip', 'strips']);
/** Periodic summaries a physician goes over after the acts they sum up took effect: "reviews the weekly reports". */
export const PERIODIC_WORDS: ReadonlySet<string> = new Set(['weekly', 'monthly', 'quarterly', 'yearly', 'annual', 'periodic']);
/** What names therapy already given or changed, in what a physician reviews afterwards: "the infusion record", "the dose changes". */
export const GIVEN_THERAPY_WORDS: ReadonlySet<string> = new Set([
  'dose', 'doses', 'dosing', 'insulin', 'bolus', 'boluses', 'infusion', 'sedation', 'stimulation', 'pacing', 'shock', 'shocks',
  'therapy', 'treatment', 'titration', 'adjustment', 'adjustments', 'change', 'changes', 'plan', 'regimen', 'beam',
  'delivered', 'given', 'administered', 'applied',
]);
/** Therapies and procedures after which a physician's review audits what was done: "After the procedure, … reviews the record". */
export const THERAPY_EVENTS: ReadonlySet<string> = new Set(['procedure', 'procedures', 'treatment', 'treatments', 'therapy', 'session', 'sessions', 'infusion', 'surgery', 'operation', 'intervention', 'sedation', 'rescue']);
/** Participles that say data came from elsewhere: "parameters received from the bedside monitors". */
export const RELAYED_PARTICIPLES: ReadonlySet<string> = new Set(['received', 'taken', 'collected', 'gathered', 'imported', 'streamed', 'transferred', 'pulled', 'fed', 'relayed', 'forwarded', 'retrieved']);
/** Other equipment data can come from: "from supported bedside devices", "from its oximetry modules". */
export const SOURCE_EQUIPMENT: ReadonlySet<string> = new Set([
  'device', 'devices', 'monitor', 'monitors', 'module', 'modules', 'instrument', 'instruments', 'system', 'systems',
  'equipment', 'ventilator', 'ventilators', 'pump', 'pumps', 'oximeter', 'oximeters', 'workstation', 'workstations',
  'analyzer', 'analyzers', 'analyser', 'analysers', 'machine', 'machines', 'emr', 'ehr', 'his', 'lis',
]);
/** Subjects of a passive review that audit the device's use, not its output: "each use of the device should be reviewed afterwards". */
export const AUDITED_SUBJECTS: ReadonlySet<string> = new Set(['use', 'uses', 'usage', 'log', 'logs', 'incident', 'incidents', 'deployment', 'deployments', 'rescue', 'rescues']);
/** What people do to the product itself while it is built or tested: "the algorithm was validated by cardiologists". */
export const DEVELOPMENT_VERBS: ReadonlySet<string> = new Set(['validate', 'evaluate', 'test', 'train', 'develop', 'benchmark']);

/** After an autonomous output noun, these make it the person's act that the software supports: "decision support", "diagnosis aid". */
export const SUPPORTED_AFTER: ReadonlySet<string> = new Set(['support', 'aid', 'aids', 'making', 'maker', 'makers', 'tool', 'tools', 'assistance']);

/** Measures of care that a therapy noun may follow or precede: "reduces the time to treatment", "treatment delays". */
export const CARE_OUTCOME_HEADS: ReadonlySet<string> = new Set(['time', 'times', 'delay', 'delays', 'wait', 'waits', 'waiting', 'turnaround', 'door-to-needle', 'door-to-groin', 'door-to-puncture', 'latency', 'costs', 'cost', 'burden', 'errors']);

export const ACT_CUES: readonly ActCue[] = [
  // Naming the heart rhythm is a conclusion (a rhythm status): "classifies the rhythm as shockable", "labels the rhythm as atrial fibrillation".
  // Only with the conclusion named after "as": "classifies rhythm" alone, as Holter analysis does for a reader, is augmentative.
  { verbs: ['classify', 'label', 'categorize', 'categorise'], cls: 'autonomous', objects: ['rhythm', 'rhythms'], reach: 3, namedAs: true },
  // So is naming the tracing as a rhythm: "classifies the ECG as sinus rhythm, atrial fibrillation or inconclusive".
  { verbs: ['classify', 'label', 'categorize', 'categorise'], cls: 'autonomous', objects: ['ecg', 'ecgs', 'electrocardiogram', 'electrocardiograms', 'recording', 'recordings', 'tracing', 'tracings', 'strip', 'strips'], reach: 3, namedAs: true, namedRhythm: true },
  // Assistive: detect and point out, alert, triage, guide.
  {
    verbs: [
      'detect', 'flag', 'highlight', 'mark', 'annotate', 'triage', 'prioritize', 'prioritise', 'notify',
      'alert', 'alarm', 'localize', 'localise', 'outline', 'circle', 'identify', 'surface', 'pinpoint',
      'guide', 'find', 'screen', 'label', 'point', 'indicate', 'warn', 'signal', 'locate', 'spot',
      // everyday wording of the same acts: "pings the neurosurgeon", "combs the scan for signs of"
      'ping', 'comb', 'scour', 'search', 'hunt',
      // "at 85 it chimes" (stop 47), "the badge beeps" (stop 56): an alert heard (not "buzzes" or "vibrates", which in the
      // sets as often rouse the patient or cue a step as alert them)
      'chime', 'beep',
      // colouring what it found: "paints the nerves in colour", "colour-codes the structures", "shades the region"
      'paint', 'colour-code', 'color-code', 'shade', 'tint', 'colourize', 'colorize',
      // "recognizes vital-sign changes of clinical relevance and issues alerts"
      'recognize', 'recognise',
      // drawing a finding's boundary, like outlining it: "delineates the lesion on each slice"
      'delineate',
      // drawing a box round it (stop 46): "boxes areas of active bleeding on the video"
      'box',
      // (stop 49) "tags the films that may show a pneumothorax"
      'tag',
    ],
    cls: 'assistive',
    objectsShift: [{ words: ['risk', 'risks', 'likelihood', 'probability'], cls: 'augmentative' }],
  },
  // Reaching a person by phone or mail (stop 34): "rings, texts or emails the chosen relatives"; only a person reached
  // (not "emails a monthly invoice", "emails the user a password-reset link").
  {
    verbs: [...MESSAGING_PEOPLE],
    cls: 'assistive',
    objects: [
      'relative', 'relatives', 'carer', 'carers', 'caregiver', 'caregivers', 'family', 'families', 'staff', 'nurse', 'nurses', 'clinician', 'clinicians',
      'physician', 'physicians', 'doctor', 'doctors', 'neurologist', 'neurologists', 'cardiologist', 'cardiologists', 'radiologist', 'radiologists',
      'surgeon', 'surgeons', 'specialist', 'specialists', 'consultant', 'registrar', 'resident', 'intensivist', 'team', 'contacts', 'contact',
      'responder', 'responders', 'warden', 'wardens',
      // (stop 57) "emails the discharging attending", "pages the on-call pharmacist"
      'attending', 'attendings', 'pharmacist', 'pharmacists', 'gp', 'gps', 'oncologist', 'oncologists', 'intensivists', 'registrars', 'residents', 'consultants',
    ],
    reach: 6,
  },
  // Telling cases apart (stop 31): "distinguishes images that may contain cancer" points cases out; "distinguishes benign
  // from malignant nodules" characterises them.
  { verbs: ['distinguish', 'differentiate', 'discriminate'], cls: 'assistive', objectsShift: [{ words: ['benign', 'malignant', 'type', 'types', 'subtype', 'subtypes', 'grade', 'grades', 'stage', 'stages', 'severity'], cls: 'augmentative' }] },
  // Surrounding a finding with a mark: "surrounds each polyp with a box", "encloses the lesion in a contour".
  // "each suspected deposit is enclosed in a bounding box": the passive keeps the mark after the verb.
  { verbs: ['surround', 'enclose', 'encircle'], cls: 'assistive', objects: ['box', 'boxes', 'bounding', 'circle', 'circles', 'contour', 'contours', 'outline', 'outlines', 'rectangle', 'rectangles', 'frame', 'frames', 'border', 'marker', 'markers'], objectAfter: true, reach: 8 },
  // Moving a study up: "raises the priority of studies that appear to show an aneurysm", "boosts their priority".
  { verbs: ['raise', 'increase', 'boost', 'elevate', 'bump'], cls: 'assistive', objects: ['priority', 'priorities', 'rank', 'ranking'], reach: 3 },
  // Setting a flag on a case or a patient flags it: "sets generic flags, such as a mean glucose above target" (stop 43).
  { verbs: ['set', 'attach', 'apply'], cls: 'assistive', objects: ['flag', 'flags'], reach: 3 },
  // Searching a record for what may be wrong with it (stop 45): "checks each resting ECG for swapped limb leads", "examines
  // every slide for parasites" ("for" names what is looked for; not a duration, a person or each case: see SOUGHT_NOT).
  // (not "scan": "CT scans done for other reasons" is too often read as a verb)
  { verbs: ['check', 'inspect', 'examine'], cls: 'assistive', objects: ['for'], soughtFor: true, reach: 5 },
  // "the model looks for orbital fractures" (stop 46): looking for a finding, with "for" right after the verb
  { verbs: ['look'], cls: 'assistive', objects: ['for'], soughtFor: true, reach: 2 },
  // Capturing the clip or image itself is acquisition guidance ("captures the clip automatically"); only when the sentence
  // says what sets it off or that it does so itself (stop 46: "the camera captures fundus images" only acquires them).
  { verbs: ['capture'], cls: 'assistive', objects: ['clip', 'clips', 'image', 'images', 'frame', 'frames', 'loop', 'loops', 'view', 'views', 'photograph', 'photographs', 'recording'], triggered: true },
  // Sorting the work itself, not the patient's condition, is triage: "sorts examinations into categories", "ranks incoming studies".
  { verbs: ['classify', 'sort', 'rank', 'group', 'categorize', 'categorise', 'stratify'], cls: 'assistive', objects: ['study', 'studies', 'exam', 'exams', 'examination', 'examinations', 'case', 'cases', 'scan', 'scans', 'slide', 'slides', 'series', 'biopsies', 'specimens'], reach: 3 },
  // Telling which view or plane an image shows supports the acquisition and names no finding: "classifies the echocardiographic view".
  { verbs: ['classify', 'sort', 'group', 'categorize', 'categorise'], cls: 'assistive', objects: ['view', 'views', 'plane', 'planes', 'projection', 'projections'], reach: 3 },
  // Ordering findings for review by priority or urgency is triage: "sorts the events into review priority classes", "ranked by priority".
  { verbs: ['classify', 'sort', 'rank', 'group', 'categorize', 'categorise', 'stratify', 'order'], cls: 'assistive', objects: ['priority', 'priorities', 'urgency'], objectAfter: true, reach: 8 },
  // Augmentative: quantify, characterise, score, estimate, compare against reference data.
  {
    verbs: [
      'measure', 'quantify', 'quantitate', 'calculate', 'compute', 'estimate', 'score', 'grade',
      'characterize', 'characterise', 'classify', 'stratify', 'predict', 'forecast', 'rank', 'stage',
      'recalculate', 'recompute', 'categorize', 'categorise', 'auto-score',
      // "derives the ejection fraction" works a quantity out like "computes" it
      'derive',
      // everyday wording of quantifying: "gauges the host response", "tallies the apneas"
      'gauge', 'tally', 'enumerate',
      // "detects B-lines and counts them per zone" (stop 28; not "counts as", "counts toward", see COUNT_NOT_TALLY)
      'count',
    ],
    cls: 'augmentative',
    objectsShift: [
      // A dose the software works out is a therapy decision; grading image quality guides acquisition.
      // (so is a prescription or a regimen worked out (stop 43): "calculates the parenteral nutrition prescription")
      { words: ['dose', 'doses', 'bolus', 'boluses', 'micro-boluses', 'insulin', 'dosing', 'infusion', 'dosage', 'prescription', 'regimen'], cls: 'autonomous' },
      { words: ['quality'], cls: 'assistive' },
      // Sorting into suspicious / not suspicious only points a reader at a case: "classifies each slide as suspicious".
      { words: ['suspicious', 'unsuspicious', 'non-suspicious'], cls: 'assistive' },
      // Grading a study by how soon it must be read is triage too: "grades each study as urgent or routine".
      { words: ['urgent', 'non-urgent', 'emergent', 'routine'], cls: 'assistive' },
    ],
  },
  // Autonomous: change or deliver therapy itself.
  {
    verbs: [
      'adjust', 'increase', 'decrease', 'suspend', 'stop', 'modify', 'titrate', 'resume', 'pause', 'halt',
      'change', 'limit', 'reduce', 'raise', 'lower', 'control', 'start', 'initiate', 'trigger', 'dose',
      'discontinue', 'withhold', 'regulate', 'steer', 'update',
      // a defibrillator that drops a shock it was about to give (stop 44): "aborts the shock if the rhythm converts"
      'abort', 'cancel',
      // "the controller fine-tunes the infusion rate" (stop 32)
      'fine-tune', 'retune',
      // closed-loop wording: "adapts the mandatory breaths", "alters the pressure it delivers"
      'adapt', 'alter', 'vary',
      // "sets the infusion rate": setting the therapy itself
      'set',
      // "adds pressure support on its own" (only said of the device acting by itself: see ON_ITS_OWN_ONLY)
      'add',
      // proportional assist: "amplifies the inspiratory effort" (not "amplifies sound")
      'amplify',
      // "its control algorithm directs insulin delivery" (stop 36)
      'direct',
      // "resets the infusion rate every minute", "manipulated the heparin infusion according to the clotting time" (stop 45)
      // ("uses the prediction to modulate insulin delivery", stop 45 review)
      'reset', 'manipulate', 'modulate',
      // an everyday word for lowering it (stop 49): "automatically drops the dose after a hypo"; and taking it away step by
      // step: "weans the oxygen by itself as the baby improves"
      'drop', 'wean',
    ],
    cls: 'autonomous',
    objects: [...THERAPY_NOUNS, ...WORN_DEVICE_SETTINGS],
  },
  // Issuing the therapy itself (stop 36): "issues a zero temporary basal", "issues a correction bolus" (not "issues
  // reminders about doses": the therapy must be the act's own object).
  // ("pushed three automatic correction boluses" (stop 50))
  { verbs: ['issue', 'push'], cls: 'autonomous', objects: ['basal', 'bolus', 'boluses', 'micro-bolus', 'micro-boluses', 'shock', 'shocks'], reach: 4 },
  // A therapy machine changing its own settings (stop 46): "the ventilator adjusts the settings as the lungs recover", "the
  // hearing aid changes its parameters" (not "the display settings", nor a person or a generic device adjusting them)
  { verbs: ['adjust', 'reset', 'change', 'alter', 'modify', 'tune', 'fine-tune', 'optimise', 'optimize', 'update'], cls: 'autonomous', objects: ['settings', 'parameters'], reach: 3, machineSubject: true },
  // The pump a controller drives (stop 45): "resets the pump rate by itself", "lowers the pump speed when pressure rises"
  // (not "sets up the pump": a person's or an installer's act; the pump must be the object right after its article).
  { verbs: ['adjust', 'reset', 'change', 'raise', 'lower', 'increase', 'decrease', 'alter', 'modify', 'vary', 'regulate', 'control', 'manipulate', 'fine-tune', 'titrate'], cls: 'autonomous', objects: ['pump', 'pumps'], reach: 3 },
  // A device that stops the injection it watches, when something sets it off or by itself (stop 42): "when contrast leaks
  // into the tissue, the patch stops the injector by itself" (not "the nurse stops the injection": the act is the subject's).
  { verbs: ['stop', 'halt', 'pause', 'interrupt', 'abort'], cls: 'autonomous', objects: ['injector', 'injectors', 'injection', 'injections'], reach: 4, triggered: true },
  // Delivering a drug is not a decision; delivering a shock, a bolus or a dose the software chose is.
  {
    verbs: ['deliver', 'administer', 'apply', 'supply',
      // "uses these data to generate the stimulation that activates the muscles"
      'generate',
      // "picks the moment in the gait cycle and fires the stimulation" (stop 30)
      'fire'],
    cls: 'autonomous',
    objects: ['breath', 'breaths', 'shock', 'shocks', 'bolus', 'boluses', 'dose', 'doses', 'correction', 'defibrillation', 'pacing', 'stimulation', 'therapy', 'therapies', 'treatment', 'treatments', 'insulin', 'cardioversion',
      // a defibrillator's shock named by what it is: "delivers a biphasic waveform of 200 J", "delivers the energy"
      'energy', 'waveform', 'joules',
      // a mechanical CPR device or a balloon pump gives the therapy itself: "delivers chest compressions at a fixed rate"
      'compressions', 'counterpulsation',
      // a digital therapeutic gives its therapy itself (stop 44): "the chatbot delivers psychoeducation", "delivers coaching sessions"
      'psychoeducation', 'psychotherapy', 'counselling', 'counseling', 'coaching'],
  },
  // A device that paces a heart chamber, or inflates the balloon of a pump, gives the therapy itself: "paces the ventricle
  // whenever the intrinsic rate falls too low", "inflates and deflates the balloon in step with the ECG".
  { verbs: ['pace'], cls: 'autonomous', objects: ['heart', 'ventricle', 'ventricles', 'atrium', 'atria', 'chamber', 'chambers'], reach: 4, triggered: true },
  // "paces only when the intrinsic rate drops below 60 bpm": pacing with no chamber named, on a condition.
  { verbs: ['pace'], cls: 'autonomous', triggered: true },
  { verbs: ['inflate', 'deflate'], cls: 'autonomous', objects: ['balloon', 'balloons'], reach: 4, triggered: true },
  // A robot that works on the patient's tissue acts itself: "the system itself dissects the follicular units", "the robotic
  // tool mills the femur" (not "extracts features", not "cuts the reading time").
  { verbs: ['dissect', 'resect', 'excise', 'incise', 'drill', 'mill', 'harvest', 'suture', 'ream'], cls: 'autonomous', objects: ['tissue', 'tissues', 'bone', 'bones', 'unit', 'units', 'graft', 'grafts', 'follicle', 'follicles', 'follicular', 'femur', 'tibia', 'lesion', 'lesions', 'tumor', 'tumour', 'tumors', 'tumours', 'cavity', 'canal', 'hole', 'holes', 'them', 'it', 'wound', 'incision', 'skin', 'vessel', 'vessels'], reach: 5 },
  // "its robotic tool carries out the presurgical plan": executing the surgical plan on the patient.
  { verbs: ['execute'], cls: 'autonomous', objects: ['plan', 'plans', 'resection', 'resections', 'cut', 'cuts', 'trajectory', 'trajectories'], reach: 5 },
  // Giving a dose or a shock itself: "automatically gives correction boluses" (not "gives feedback on treatment").
  // (stop 49: "gives pacing", "gives stimulation straight away")
  { verbs: ['give'], cls: 'autonomous', objects: ['bolus', 'boluses', 'micro-bolus', 'micro-boluses', 'shock', 'shocks', 'insulin', 'correction', 'dose', 'doses', 'defibrillation', 'stimulation', 'pacing'], reach: 4 },
  // A defibrillator that defibrillates: "defibrillates the patient", "charges and cardioverts automatically" (with no patient,
  // only by itself or on a condition). ("shock" is left out as a verb: "delivers shock energy" would read as one.)
  { verbs: ['defibrillate', 'cardiovert'], cls: 'autonomous', objects: ['patient', 'patients', 'heart', 'victim', 'person'], reach: 3 },
  { verbs: ['defibrillate', 'cardiovert'], cls: 'autonomous', triggered: true },
  // A defibrillator that readies the shock it found needed: "when a shock is indicated, the unit makes ready a 150 J shock",
  // "prepares the shock if the rhythm is shockable" (not "prepares the pads", not with nothing that sets it off).
  { verbs: ['prepare', 'arm'], cls: 'autonomous', objects: ['shock', 'shocks', 'defibrillation', 'cardioversion'], reach: 10, triggered: true },
  // A ventilator that supports or assists each breath gives the therapy itself: "supports each breath with a pressure".
  { verbs: ['support', 'assist'], cls: 'autonomous', objects: ['breath', 'breaths'], reach: 3 },
  // Changing how the machine ventilates: "switches the patient back to spontaneous mode", "moves to backup ventilation".
  { verbs: ['switch', 'move', 'return', 'revert', 'transition'], cls: 'autonomous', objects: ['spontaneous', 'mandatory', 'backup', 'back-up'], objectAfter: true, reach: 6 },
  // Changing the ventilation mode itself: "switches automatically from pressure control to pressure support when the patient breathes".
  { verbs: ['switch', 'change', 'transition'], cls: 'autonomous', objects: ['support', 'mode', 'modes', 'ventilation', 'control'], objectAfter: true, reach: 8, triggered: true },
  // A radiotherapy system that gates or steers its own beam decides when and where the dose goes, when something sets
  // it off: "switches the beam off by itself whenever the breathing signal leaves the window", "cuts the beam automatically
  // when the patient moves" (not "the operator can switch the beam off", not "shapes the beam").
  { verbs: ['switch', 'turn', 'cut', 'disable', 'interrupt', 'gate', 'stop', 'halt', 'pause', 'suspend', 'hold', 'shut', 'steer', 'redirect', 'reposition', 'aim', 'realign', 'move', 'shift'], cls: 'autonomous', objects: ['beam', 'beams', 'irradiation', 'radiation'], reach: 4, triggered: true },
  // (stop 32: "moves the laser beam to the eye's new position on its own")
  // A stimulator or laser that switches its therapy itself (stop 31): "turns the stimulation pulses on and off by itself",
  // "switches stimulation off whenever beta power falls" (not "the clinician can turn the stimulation off").
  // ("shuts the current off once a transducer reaches 41 °C" (stop 43): the current or energy a therapy gives, cut on what is sensed)
  // ("cut insulin to zero when the sensor read low" (stop 48): the insulin itself, cut on what is sensed)
  { verbs: ['switch', 'turn', 'shut', 'cut'], cls: 'autonomous', objects: ['stimulation', 'stimulator', 'therapy', 'pacing', 'infusion', 'pump', 'current', 'energy', 'heating', 'cooling', 'laser', 'insulin'], reach: 4, triggered: true },
  // ("switches on the electrodes that help that movement as each step begins" (stop 48): a stimulator's electrodes switched on,
  // or activated, when what it senses calls for it, are its stimulation)
  { verbs: ['switch', 'turn', 'activate', 'energise', 'energize'], cls: 'autonomous', objects: ['electrode', 'electrodes'], reach: 4, triggered: true },
  // An energy device that sets the energy it gives the tissue itself (stop 46): "adjusts the energy delivered to the tissue",
  // "modulates the power applied at the blade" (not "adjusts the transmit power", which only acquires an image)
  { verbs: ['adjust', 'modulate', 'regulate', 'vary', 'titrate', 'tune', 'lower', 'raise', 'reduce', 'increase', 'limit'], cls: 'autonomous', objects: ['energy', 'power', 'current'], objectFollowedBy: ['deliver', 'apply'], reach: 4 },
  // A stimulator that fires its own pulse when what it senses calls for it (stop 37): "fires the stimulator automatically at
  // the chosen phase", "immediately fires an ultrasound burst", "issues each pulse itself" (not "the operator fires a pulse").
  // (not "issues a trigger to start image acquisition": a trigger alone may start a scanner)
  { verbs: ['fire', 'issue', 'trigger'], cls: 'autonomous', objects: ['stimulator', 'stimulators', 'pulse', 'pulses', 'burst', 'bursts', 'stimulus', 'stimuli', 'impulse', 'impulses'], reach: 4, triggered: true },
  // A wearable that protects the wearer itself (stop 38): "fires cold-gas airbags over both hips", "inflates its airbag".
  { verbs: ['fire', 'inflate', 'trigger'], cls: 'autonomous', objects: ['airbag', 'airbags'], reach: 4 },
  // A treatment laser that fires itself: "fires the complete laser sequence on its own" (not "the surgeon fires the laser").
  { verbs: ['fire', 'deliver', 'apply'], cls: 'autonomous', objects: ['laser', 'shots'], reach: 4, triggered: true },
  // So does one that delivers the radiation only while what it tracks allows: "delivers radiation only while the target stays
  // inside the window", "fires the beam each time the marker returns" (round 16c; not "the linac delivers radiation" alone).
  { verbs: ['deliver', 'fire', 'apply', 'resume', 'restart'], cls: 'autonomous', objects: ['beam', 'beams', 'irradiation', 'radiation'], reach: 4, triggered: true },
  // A device that releases a dose or a pulse of gas on what it senses gives the therapy itself: "releases a bolus of oxygen
  // as soon as it senses an inhalation", "dispenses the dose automatically once glucose is high" (not "releases a bolus"
  // with nothing that sets it off, not "releases the results"; "releases oxygen only while the wearer breathes in" stays a
  // pulse-dose description, as round 11a read it).
  { verbs: ['release', 'dispense', 'emit', 'puff'], cls: 'autonomous', objects: ['bolus', 'boluses', 'pulse', 'pulses', 'puff', 'puffs', 'dose', 'doses', 'insulin', 'shock', 'shocks', 'drug', 'medication',
    // a drug named, or its role (stop 51): "when breathing slows, the implant releases the naloxone"
    'naloxone', 'antidote', 'glucagon', 'epinephrine', 'adrenaline', 'drugs', 'medications'], reach: 4, triggered: true },
  // Temperature management that warms or cools by itself toward a target: "automatically warms or cools the water until
  // the patient reaches the set temperature", "regulates the patient's temperature on its own" (not "the nurse warms the
  // blanket", not "the warmer heats the blanket" with nothing that sets it off).
  { verbs: ['warm', 'cool', 'heat', 'rewarm', 'chill'], cls: 'autonomous', objects: ['temperature', 'water', 'blanket', 'blankets', 'pad', 'pads', 'patient', 'patients', 'body', 'fluid', 'fluids'], reach: 5, triggered: true },
  { verbs: ['raise', 'lower', 'adjust', 'control', 'regulate', 'change', 'vary'], cls: 'autonomous', objects: ['temperature'], reach: 6, triggered: true },
  // Summoning emergency help itself (stop 29): "calls 911 itself", "dials the emergency number" (not "the caregiver calls 911").
  // ("calls 911" is read in acts.ts: the lemma "call" also asks for things, "calls for clinical judgment")
  { verbs: ['dial', 'summon', 'phone'], cls: 'autonomous', objects: ['911', '112', '999', 'ambulance', 'emergency'], reach: 3 },
  // Mobilising the interventional team on its own finding (stop 29): "activates the catheterization laboratory directly"
  // (not "notifies the stroke team", a notification a physician acts on).
  // (the catheterization laboratory only: not "the laboratory order form", "the lab results panel")
  { verbs: ['activate', 'mobilise', 'mobilize', 'summon'], cls: 'autonomous', objects: ['cath-lab', 'catheterisation', 'catheterization', 'cath'], reach: 4 },
  // Augmentative: setting a value against reference data ("compares each volume with age-matched percentiles").
  {
    verbs: ['compare', 'benchmark'],
    cls: 'augmentative',
    objects: ['percentile', 'percentiles', 'normative', 'norms', 'reference', 'cohort', 'population', 'age-matched', 'sex-matched', 'healthy', 'literature', 'published'],
    objectAfter: true,
  },
  // Turning the inputs into a dose is working the dose out: "turns carbohydrates and a glucose value into a mealtime dose".
  { verbs: ['convert'], cls: 'autonomous', objects: ['dose', 'doses', 'bolus', 'boluses'], objectAfter: true },
  // Augmentative: turning the data into numbers ("turns the tracings into numbers").
  // (and "converts the current into glucose readings": readings of a quantity; stop 29)
  { verbs: ['convert'], cls: 'augmentative', objects: ['number', 'numbers', 'value', 'values', 'measurement', 'measurements', 'figures', 'metrics', 'readings'], objectAfter: true, reach: 14 },
  // "turns the movement record into estimates of sleep time", "into a score".
  { verbs: ['convert'], cls: 'augmentative', objects: ['estimate', 'estimates', 'score', 'scores', 'index', 'indices'], objectAfter: true, reach: 14 },
  // A pacing device timing its own therapy (stop 28): "sets the sensed AV delay at 70% of the interval", "re-selects the
  // atrioventricular and interventricular delays" (the timing between chambers that a clinic would otherwise program).
  { verbs: ['set', 'select', 'reselect', 're-select', 'choose', 'adjust', 'optimize', 'optimise', 'shorten', 'lengthen', 'update', 'adapt', 'extend', 'prolong'], cls: 'autonomous', objects: ['delay', 'delays', 'interval', 'intervals', 'offset', 'offsets'], reach: 10, chamberTimed: true },
  // Fitting the therapy to the patient: "configures amplification for the audiogram", "tailors the stimulation".
  { verbs: ['configure', 'tailor', 'personalize', 'personalise', 'customize', 'customise'], cls: 'autonomous', objects: [...THERAPY_NOUNS, 'amplification'], reach: 4 },
  // Autonomous: telling whether a condition is present is a conclusion.
  { verbs: ['tell', 'inform', 'state', 'report', 'answer', 'judge'], cls: 'autonomous', objects: ['whether'] },
  // Telling the rescuer or patient to give the therapy the software chose: "tells the rescuer to press the shock button".
  // ("tells the nurse the new infusion rate", "texts the patient the new weekly dose" (stop 47): the therapy named as what the
  // person is told, by any channel)
  { verbs: ['tell', 'instruct', 'direct', 'advise', 'prompt', 'text', 'message'], cls: 'autonomous', objects: ['shock', 'shocks', 'defibrillation', 'treatment', 'therapy', 'bolus', 'dose', 'doses', 'cardioversion', 'cpr', 'compressions', 'infusion', 'dosage', 'regimen'], throughInfinitive: true },
  // Advising a medicine to take (stop 36): "may advise an extra water pill", "advises the patient to take a second tablet"
  // (only advice: "prompts the user to log medications" and "reminds her to take the tablets" give no therapy of their own).
  { verbs: ['advise', 'recommend'], cls: 'autonomous', objects: ['pill', 'pills', 'tablet', 'tablets', 'diuretic', 'diuretics', 'puff', 'puffs'], throughInfinitive: true, reach: 9 },
  // Telling a person to press the button that gives the therapy: "advises the operator to press the button that delivers it".
  { verbs: ['tell', 'instruct', 'direct', 'advise', 'prompt'], cls: 'autonomous', objects: ['button', 'buttons'], throughInfinitive: true, objectFollowedBy: ['deliver', 'give', 'administer', 'release', 'fire'] },
  // A device that stimulates a nerve or muscle delivers the therapy: "stimulates the hypoglossal nerve with each breath".
  { verbs: ['stimulate'], cls: 'autonomous', objects: ['nerve', 'nerves', 'muscle', 'muscles', 'cortex', 'spinal', 'cord'], reach: 4 },
  // Putting forward a quantity is giving it: "proposes an estimate of the platelet count", "determines stenosis values".
  { verbs: ['propose', 'suggest', 'offer', 'determine', 'establish'], cls: 'augmentative', objects: ['estimate', 'estimates', 'value', 'values', 'measurement', 'measurements', 'diameter', 'diameters', 'volume', 'volumes', 'percentage', 'percentages', 'count', 'counts', 'ratio', 'ratios', 'thickness', 'area', 'areas',
    // a level read from the patient: "determines relative oxygen saturation", "establishes the lactate concentration"
    'saturation', 'saturations', 'concentration', 'concentrations',
    // an index or a grade worked out (stop 31): "determines the apnea-hypopnea index", "determines the severity of the stenosis"
    'index', 'indices', 'indexes', 'score', 'scores', 'severity', 'dimensions',
    // a finding characterised (stop 36): "proposes the likely tumour type", "suggests the subtype"
    'type', 'types', 'subtype', 'subtypes'] },
  // Steering a reader's eye is pointing a finding out: "directs the reader's attention to regions that may hold a nodule", "brings the case to the radiologist's attention".
  { verbs: ['direct', 'bring', 'attract'], cls: 'assistive', objects: ['attention'], reach: 8 },
  // "brings up an immediate alert" (stop 36): an alert put on screen.
  // The person sent the alert as the passive's subject (stop 46): "care partners can be sent text-message notifications when …"
  { verbs: ['send'], cls: 'assistive', objects: ['alert', 'alerts', 'warning', 'warnings', 'notification', 'notifications', 'alarm', 'alarms'], objectAfter: true, reach: 4 },
  { verbs: ['bring'], cls: 'assistive', objects: ['alert', 'alerts', 'warning', 'warnings', 'notification', 'notifications', 'alarm', 'alarms', 'prompt', 'prompts'], reach: 4 },
  // Reminding readers to give cases priority is triage: "reminds radiologists to give priority to the suspected cases", "to prioritise them".
  { verbs: ['remind'], cls: 'assistive', objects: ['priority', 'prioritize', 'prioritise'], reach: 9, throughInfinitive: true },
  // Recommending that a person look at the images is a notification, not a decision: "recommends a review of the flagged images".
  { verbs: ['recommend', 'suggest', 'request'], cls: 'assistive', objects: ['review', 'reviewing', 'viewing', 'attention'], reach: 2 },
  // Telling people about a problem is a notification: "tells clinicians about developing problems"
  // (not "informs": "informs the user about her fertility status" reports a status, read by its noun).
  { verbs: ['tell'], cls: 'assistive', objects: ['about'], reach: 4, objectsShift: [{ words: ['status', 'diagnosis', 'fertility', 'whether'], cls: 'autonomous' }] },
  // A drug given by the device on its own or on a condition: "injects the naloxone on its own" (stop 30).
  { verbs: ['inject', 'administer', 'give', 'deliver', 'infuse'], cls: 'autonomous', objects: ['heparin', 'naloxone', 'epinephrine', 'adrenaline', 'glucagon', 'phenylephrine', 'norepinephrine', 'noradrenaline', 'ephedrine', 'nitroprusside', 'remifentanil', 'rocuronium', 'dextrose', 'antidote', 'drug', 'drugs', 'medication', 'medications'], reach: 4, triggered: true },
  // Ordering care by itself: "books the ophthalmology examination itself", "raises the IHC request automatically" (stop 30;
  // only by itself or on a condition, as "triggered" says).
  // A referral the software writes out is a care decision, as "refers the patient" is (stop 47): "generates a referral to the
  // eye clinic", "positive results generate a clinic referral" (the referral as the head: not "referral information")
  { verbs: ['generate', 'create', 'issue', 'produce', 'make', 'send', 'raise', 'write', 'draft', 'queue'], cls: 'autonomous', objects: ['referral', 'referrals'], reach: 4 },
  // ("orders the confirmatory test on its own" (stop 47): a laboratory rule engine's own orders)
  // ("the model places the order itself", "wrote the vaccine order itself at discharge" (stop 55))
  { verbs: ['book', 'raise', 'submit', 'order', 'place', 'write', 'enter'], cls: 'autonomous', objects: ['examination', 'examinations', 'appointment', 'appointments', 'request', 'requests', 'order', 'orders', 'test', 'tests', 'visit', 'visits', 'referral', 'referrals'], reach: 5, triggered: true },
  // Laying a guide over live imaging is guidance (stop 56): "overlays the expected ablation zone on the live ultrasound",
  // "lays that map over the live fluoroscopy" (the class of a quantity laid over it is read from its noun first).
  { verbs: ['overlay', 'project', 'lay'], cls: 'assistive', objects: ['fluoroscopy', 'fluoroscopic', 'ultrasound', 'video', 'endoscopy', 'endoscopic', 'laparoscopy', 'laparoscopic', 'live', 'feed'], reach: 10 },
  // Telling the user how or when to act is guidance: assistive.
  { verbs: ['tell', 'show', 'instruct'], cls: 'assistive', objects: ['how', 'when', 'where'] },
  // Autonomous: a conclusion for action.
  { verbs: ['diagnose', 'prescribe', 'treat', 'interpret', 'conclude', 'triage-out', 'disarm'], cls: 'autonomous' },
  {
    // ("pre-selects the prophylaxis the guideline recommends" (stop 57): an order set choosing before the prescriber does)
    verbs: ['recommend', 'suggest', 'propose', 'select', 'determine', 'decide', 'order', 'schedule', 'refer', 'pick', 'choose', 'preselect', 'pre-select'],
    cls: 'autonomous',
    questionObject: 'choice',
    objects: [
      ...THERAPY_NOUNS, 'whether', 'presence', 'absence', 'diagnosis', 'diagnoses', 'changes', 'change',
      'adjustment', 'adjustments', 'fertility', 'status', 'follow-up', 'biopsy', 'rhythm',
      // "recommends a course of action" (stop 30): a management option (Level I)
      'course',
      // which scan the patient gets (stop 36): "decides which MRI protocol the study follows", "selects the protocol"
      'protocol', 'protocols',
      // a medicine chosen for the patient (stop 38): "recommends the narrowest antibiotic likely to work", "decides which
      // vaccines are due"
      ...CHOSEN_MEDICINES_LIST,
      // an operation chosen for the patient (stop 40): "recommends surgery"
      'surgery', 'operation',
      // a feed made up for the patient (stop 43): "proposes the composition of the parenteral nutrition"
      'nutrition',
      // the next step of care and a prescription (stop 56): "proposes the next action for each woman", "recommends the herbal
      // formula it judges best", "suggests a gastroscopy"
      // (not "management": "they decide on the management of labour" is the clinicians')
      'action', 'actions', 'formula', 'formulas', 'prescription', 'prescriptions', 'colposcopy', 'gastroscopy',
      'endoscopy', 'colonoscopy', 'laparotomy',
    ],
  },
  // "the doctor set the floor and ceiling, and the machine decides everything in between" (stop 48): all that is left to decide
  { verbs: ['decide'], cls: 'autonomous', objects: ['everything'], reach: 2 },
  // Advising the care itself (stop 40): "advises either surgery or continued follow-up" (not "advises the nurse whether to
  // review", which names no care).
  { verbs: ['advise'], cls: 'autonomous', objects: ['surgery', 'operation', 'management', 'treatment', 'treatments', 'therapy'], reach: 4 },
  // Assigning the scan protocol is deciding it (stop 36; not "assigns each patient a risk status", a category).
  { verbs: ['assign'], cls: 'autonomous', objects: ['protocol', 'protocols'], reach: 4 },
  // A fertility status given to the user: "shows the fertile days", "determines the fertile window" (stop 33; as "gives a
  // fertility status" reads through the qualifier). The status itself is the conclusion the user acts on.
  { verbs: ['show', 'display', 'determine', 'identify', 'indicate', 'mark', 'tell', 'give', 'highlight'], cls: 'autonomous', objects: ['fertile'], reach: 3, questionObject: 'told' },
];

/** Causatives that have a person do the act after them: "has the user press", "makes the rescuer push", "gets the bystander to press". */
export const CAUSATIVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having', 'makes', 'make', 'made', 'making', 'gets', 'get', 'got', 'getting', 'lets', 'let', 'letting']);
/** People at a rescue or a home device who are not named elsewhere as persons. */
export const LAY_RESPONDERS: ReadonlySet<string> = new Set(['rescuer', 'rescuers', 'responder', 'responders', 'bystander', 'bystanders', 'lay']);
/** Pressing a control; the buttons pressed; the verbs that say the button gives the therapy. */
export const PRESSING: ReadonlySet<string> = new Set(['press', 'push', 'hit', 'tap', 'activate', 'depress']);
export const BUTTONS: ReadonlySet<string> = new Set(['button', 'buttons', 'key', 'switch']);
export const THERAPY_GIVING: readonly string[] = ['deliver', 'give', 'administer', 'release', 'fire', 'discharge', 'apply'];

/** Closed-loop therapy told by what it follows: verbs of following, the words that tie it to the patient, and the patient's need. */
export const NEED_FOLLOWING: ReadonlySet<string> = new Set(['adapt', 'adjust', 'follow', 'track', 'match', 'scale', 'vary', 'change']);
export const THERAPY_SUPPLYING: ReadonlySet<string> = new Set(['produce', 'provide', 'generate', 'supply', 'deliver', 'give', 'administer', 'release', 'apply']);
export const NEED_LINKS: ReadonlySet<string> = new Set(['proportion', 'according', 'match', 'matching', 'follows', 'follow', 'following', 'tracks', 'tracking', 'to']);
export const NEEDING: ReadonlySet<string> = new Set(['require', 'requires', 'need', 'needs', 'demand', 'demands']);
export const NEED_NOUNS_OF_PATIENT: ReadonlySet<string> = new Set(['need', 'needs', 'requirement', 'requirements', 'demand', 'demands', 'effort', 'efforts', 'drive']);

/** Fitting a therapy to one patient: the verbs, the settings fitted, the words that make them the patient's own, and settings that are no therapy. */
export const PERSONALIZING: ReadonlySet<string> = new Set([
  'tailor', 'personalize', 'personalise', 'customize', 'customise', 'individualize', 'individualise', 'fit', 'configure',
  'propose', 'recommend', 'suggest', 'optimize', 'optimise', 'calibrate',
]);
export const THERAPY_SETTINGS: ReadonlySet<string> = new Set(['settings', 'setting', 'pattern', 'patterns', 'parameters', 'fitting', 'program', 'programme', 'profile']);
export const INDIVIDUAL_QUALIFIERS: ReadonlySet<string> = new Set([
  'individual', 'individualized', 'individualised', 'personalized', 'personalised', 'patient-specific', 'user-specific', 'custom', 'tailored',
]);
export const NOT_THERAPY_SETTINGS: ReadonlySet<string> = new Set(['display', 'screen', 'alarm', 'alert', 'notification', 'privacy', 'report', 'language', 'sharing', 'export', 'acquisition', 'imaging', 'scan', 'scanner', 'detection', 'camera']);

/** Choosing a therapy's amount: "at rates the user selects", "the dose set by the physician". */
export const CHOOSING: ReadonlySet<string> = new Set(['select', 'selects', 'set', 'sets', 'choose', 'chooses', 'program', 'programs', 'programme', 'prescribe', 'prescribes', 'enter', 'enters', 'specify', 'specifies', 'pick', 'picks']);

/** Subordinators of time: "while the patient breathes in", "once the wearer sleeps". */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'when', 'whenever', 'as', 'once']);

/** Qualifiers that say someone else set the therapy the device gives: "delivers scheduled stimulation", "the prescribed dose". */
export const PRESET_THERAPY: ReadonlySet<string> = new Set(['scheduled', 'programmed', 'prescribed', 'preset', 'pre-set', 'preprogrammed', 'pre-programmed']);

/** The hardware a therapy passes through: "through a subcutaneous infusion set", "via adhesive pads". */
export const THERAPY_CONDUITS: ReadonlySet<string> = new Set([
  'set', 'sets', 'cannula', 'cannulas', 'catheter', 'catheters', 'tubing', 'tube', 'tubes', 'needle', 'needles', 'pad', 'pads',
  'electrode', 'electrodes', 'lead', 'leads', 'mask', 'masks', 'circuit', 'circuits', 'patch', 'patches', 'port', 'ports', 'nozzle', 'paddles',
]);

/** Parts and states of a device whose fault stops a therapy for safety: "when the reservoir is empty", "if an occlusion is detected". */
export const DEVICE_FAULT_NOUNS: ReadonlySet<string> = new Set([
  'reservoir', 'cartridge', 'occlusion', 'occlusions', 'tubing', 'battery', 'batteries', 'button', 'memory', 'power', 'leak', 'leaks',
  'disconnection', 'fault', 'faults', 'malfunction', 'error', 'errors', 'circuit', 'cannula', 'connection',
]);

/** Phrases that time a therapy to the patient's own signal: "in step with the ECG", "on demand", "synchronised to the R wave". */
export const PATIENT_TIMING: ReadonlyArray<readonly string[]> = [
  ['in', 'step', 'with'], ['in', 'time', 'with'], ['in', 'synchrony', 'with'], ['in', 'sync', 'with'], ['on', 'demand'], ['as', 'needed'], ['as', 'required'],
  ['synchronized', 'with'], ['synchronised', 'with'], ['synchronized', 'to'], ['synchronised', 'to'], ['timed', 'to'], ['triggered', 'by'],
  // an act set off by an event it senses: "as soon as it senses an inhalation", "each time it detects a breath"
  ['as', 'soon', 'as'], ['each', 'time'], ['every', 'time'],
];

/** Words of a heart rhythm, whose status is a conclusion even when "detected": "whether a shockable rhythm was detected". */
export const RHYTHM_WORDS: ReadonlySet<string> = new Set([
  'rhythm', 'rhythms', 'arrhythmia', 'arrhythmias', 'fibrillation', 'flutter', 'tachycardia', 'bradycardia', 'shockable', 'asystole', 'af', 'afib',
]);

/** A device fitting its own therapy to the patient: the verbs, what of its own it changes, how it senses, and the level it judges. */
export const SELF_FITTING: ReadonlySet<string> = new Set(['adapt', 'adjust', 'tune', 'calibrate', 'tailor', 'change', 'alter', 'modify', 'vary', 'fit']);
export const OWN_OUTPUT_NOUNS: ReadonlySet<string> = new Set(['output', 'delivery', 'support', 'level', 'rate', 'intensity']);
export const PATIENT_SENSING: ReadonlySet<string> = new Set(['sense', 'detect', 'measure', 'monitor', 'track']);
export const LEVEL_JUDGING: ReadonlySet<string> = new Set(['find', 'deem', 'judge', 'consider']);
/** What of the patient a therapy is fitted to: "adapts the exercises to each patient's performance". */
export const PATIENT_COURSE: ReadonlySet<string> = new Set(['performance', 'progress', 'response', 'responses', 'needs', 'tolerance', 'condition']);
export const FITTING_LEVELS: ReadonlySet<string> = new Set(['optimal', 'optimum', 'appropriate', 'best', 'necessary', 'needed', 'adequate', 'suitable', 'right']);

/** Verbs of advising when or whether to give a therapy ("advises the operator whether to deliver a shock", "indicates when giving fluid may help"). */
export const THERAPY_ADVISING: ReadonlySet<string> = new Set(['advise', 'indicate', 'suggest', 'recommend', 'tell', 'signal', 'show', 'prompt']);
/** Therapies advised that are not therapy words elsewhere ("when giving fluid"). */
export const ADVISED_THERAPY_EXTRA: ReadonlySet<string> = new Set(['fluid', 'fluids', 'volume', 'antibiotics', 'vasopressors']);

/** Therapies a device advises by name ("shock advised"), and the participles of that advice. */
export const ADVISED_THERAPY_NOUNS: ReadonlySet<string> = new Set(['shock', 'shocks', 'defibrillation', 'cardioversion']);
export const ADVISING_PARTICIPLES: ReadonlySet<string> = new Set(['advised', 'recommended']);

/**
 * Autonomous verbs that, as a purpose ("to treat", "for treating"), name the indication unless the
 * device is said to act by itself: "provides positive airway pressure to treat sleep apnea", "built
 * to treat cardiac arrest" (but "treats the arrhythmia automatically").
 */
export const INDICATION_VERBS: ReadonlySet<string> = new Set(['treat']);

/** Therapy verbs that change the therapy only when the device is said to act by itself: "adds pressure support on its own" (but "adds a pressure mode"). */
export const ON_ITS_OWN_ONLY: ReadonlySet<string> = new Set(['add']);

/**
 * Verbs whose object is the output: "provides a risk score", "returns the fertility status".
 * The class is that of the output noun.
 */
export const OUTPUT_VERBS: readonly string[] = [
  'provide', 'output', 'generate', 'produce', 'display', 'return', 'report', 'give', 'yield', 'create',
  'deliver', 'present', 'show', 'send', 'issue', 'offer', 'make', 'render', 'include', 'contain',
  'compute', 'calculate', 'derive', 'inform', 'communicate', 'export', 'raise', 'initiate', 'trigger',
  'emit', 'sound', 'surface', 'supply', 'assign', 'reach', 'draw', 'establish', 'formulate', 'list',
  'overlay', 'superimpose', 'annotate', 'mark', 'populate', 'post', 'push', 'transmit', 'tell', 'state', 'place',
  'compile', 'plot', 'put', 'synthesize', 'synthesise', 'convert', 'aggregate', 'summarize', 'summarise',
  // "results are expressed as a percentage of normal"
  'express',
  // "prints its result", "prints a summary report"
  'print',
  // "threw a wander alert at 0340" (stop 47): handover notes' word for raising an alert (the output noun still decides)
  'throw',
  // "writes a diagnostic report straight from the scan" (stop 36; the report's own qualifier still decides)
  'write', 'draft',
  // "declares the test positive" (stop 36; labResults reads the answer)
  'declare',
];

/** The two answers of a screening verdict, "PASS" or "REFER": the second word after "pass … or". */
export const VERDICT_SECOND: ReadonlySet<string> = new Set(['refer', 'fail', 'referral']);

/** Verbs that take "of" right after them ("warns of hypotension", "consists of"): before "of", other -s forms are plural nouns. */
export const OF_VERBS: ReadonlySet<string> = new Set(['warn', 'notify', 'alert', 'inform', 'consist', 'approve', 'think', 'speak', 'remind', 'dispose', 'tell']);

/** Words after the object of "make" that make it causative, not an output: "makes diagnosis easier". */
export const EASE_WORDS: ReadonlySet<string> = new Set([
  'easier', 'faster', 'quicker', 'simpler', 'earlier', 'possible', 'feasible', 'easy', 'simple', 'quick',
  'efficient', 'practical', 'accessible', 'available', 'safer', 'cheaper', 'more', 'less',
]);

/** States a "make" brings its object into ("makes reports uniform"): the effect of a standard or scheme, not an output it makes. */
export const CAUSED_STATES: ReadonlySet<string> = new Set([
  ...EASE_WORDS, 'uniform', 'consistent', 'comparable', 'standardized', 'standardised', 'reproducible', 'interchangeable', 'clearer', 'visible',
]);

/** Verbs that take away what follows "the need for": "eliminates the need for physician interpretation". */
export const ABSENCE_VERBS: ReadonlySet<string> = new Set(['eliminate', 'obviate', 'remove', 'avoid', 'bypass', 'dispense', 'spare', 'end']);
/** Nouns after which "for" names what is needed: "the need for", "any requirement for". */
export const NEED_NOUNS: ReadonlySet<string> = new Set(['need', 'needs', 'requirement', 'requirements', 'necessity']);

/** The patient's own state, which a physician checks in person: checking it is not reading the output. */
export const PATIENT_STATE_NOUNS: ReadonlySet<string> = new Set([
  'patient', 'patients', 'pressure', 'pulse', 'temperature', 'weight', 'vitals', 'airway', 'breathing',
  'symptoms', 'wound', 'wounds', 'site', 'skin',
]);

/** What "for" after a searching verb names when it is no finding looked for: "for each patient", "for 30 seconds", "for use". */
export const SOUGHT_NOT: ReadonlySet<string> = new Set(['patterns', 'pattern', 'features', 'trends', 'correlations', 'ways', 'opportunities', 'sensor', 'sensors', 'device', 'devices', 'network', 'each', 'every', 'all', 'up', 'at', 'use', 'patients', 'patient', 'users', 'user', 'clinicians', 'physicians', 'him', 'her', 'them', 'you', 'review', 'completeness', 'compatibility', 'updates', 'consistency', 'accuracy', 'errors', 'quality', 'other', 'reasons', 'signal', 'artefacts', 'artifacts', 'noise', 'plausibility', 'duration', 'period', 'documentation', 'criteria', 'artifact', 'artefact', 'data', 'acceptability',
  // anatomy looked for before it is segmented: "checks the images for the heart and the chest cavity"
  'heart', 'chest', 'lung', 'lungs', 'cavity', 'organ', 'organs', 'liver', 'kidney', 'kidneys', 'brain', 'anatomy', 'structures', 'landmarks', 'spine', 'bone', 'bones']);
/** Raw data a program searches as a step of its processing: "checks the pulse data for …", "inspects the signals for …". */
export const RAW_DATA: ReadonlySet<string> = new Set(['data', 'signal', 'signals', 'values', 'samples', 'stream', 'streams']);
/** Verbs by which the software carries out an act named by a noun: "performs the interpretation", "carries out triage". */
export const PERFORMING_VERBS: ReadonlySet<string> = new Set(['perform', 'conduct', 'undertake', 'accomplish']);

/** Verbs by which the software works a quantity further toward another output: "values, which are then assessed". */
export const CONSUMING_VERBS: ReadonlySet<string> = new Set([
  'assess', 'analyse', 'analyze', 'evaluate', 'use', 'feed', 'combine', 'aggregate', 'pool', 'average',
  'accumulate', 'sum', 'process', 'pass', 'screen', 'threshold', 'smooth', 'filter', 'check',
]);

/** What a software hands over as its answer: "reports the result straight to the user". */
/** Qualifiers of a two-way answer: "a yes-or-no classification", "a binary classification". */
export const BINARY_QUALIFIERS: ReadonlySet<string> = new Set(['binary', 'yes-or-no', 'yes-no', 'dichotomous', 'two-way', 'positive-or-negative']);
export const RESULT_NOUNS: ReadonlySet<string> = new Set(['result', 'results', 'classification', 'classifications', 'reading', 'readings', 'verdict', 'outcome', 'answer']);
/** Words that say nobody stands between the output and its receiver. */
export const DIRECTLY: ReadonlySet<string> = new Set(['straight', 'directly', 'immediately']);
/** Lay people who receive an output themselves (a patient app's user is lay only when the output goes to them directly). */
/** Words of a consumer setting, where "the user" is a lay person (a watch, a phone, the home, an over-the-counter test). */
export const CONSUMER_SETTINGS: ReadonlySet<string> = new Set([
  'watch', 'smartwatch', 'phone', 'smartphone', 'over-the-counter', 'otc', 'home', 'consumer', 'consumers', 'self-test',
  'self-testing', 'earbuds', 'headphones', 'wristband', 'wearable',
]);
export const LAY_RECIPIENTS: ReadonlySet<string> = new Set(['patient', 'patients', 'wearer', 'wearers', 'consumer', 'consumers', 'person', 'individual', 'caregiver', 'caregivers', 'parent', 'parents', 'woman', 'women']);
/** Lay people a patient-facing program sends on or leads through a therapy: the recipients, users, and the pronouns for them. */
export const LAY_PEOPLE: ReadonlySet<string> = new Set([...LAY_RECIPIENTS, 'user', 'users', 'them', 'people', 'caller', 'callers', 'participants', 'him', 'her', 'client', 'clients']);
/** Patients named by who they are (stop 58): "a man treated for …", "without anyone examining the child", "the baby needs …". */
export const PATIENT_NOUNS: ReadonlySet<string> = new Set([...LAY_RECIPIENTS, 'man', 'men', 'adult', 'adults', 'child', 'children', 'boy', 'girl', 'toddler', 'toddlers', 'baby', 'babies',
  'infant', 'infants', 'newborn', 'newborns', 'neonate', 'neonates', 'resident', 'residents']);
/** Relatives a patient or a diarist names as the one told or advised (stop 59): "told my mum", "tells the family". */
export const KIN: ReadonlySet<string> = new Set(['mum', 'mom', 'mother', 'dad', 'father', 'son', 'daughter', 'husband', 'wife', 'partner', 'family', 'families', 'grandmother', 'grandfather', 'sister', 'brother', 'kids']);
/** Nouns of advice handed to someone: "advice on dosing", "treatment recommendations", "instructions for self-treatment". */
export const ADVICE_NOUNS: ReadonlySet<string> = new Set(['advice', 'guidance', 'recommendation', 'recommendations', 'instruction', 'instructions', 'suggestion', 'suggestions']);

/** Nouns by which "tells whether …" reports a detection, not a conclusion: "whether any findings were detected". */
export const DETECTION_CONTENT: ReadonlySet<string> = new Set(['finding', 'findings', 'detection', 'detections', 'abnormality', 'abnormalities', 'anything']);

/** Channels that carry a device's messages: before an -s word they make it a plural noun ("voice prompts", "text messages"). */
export const MESSAGE_CHANNELS: ReadonlySet<string> = new Set(['voice', 'text', 'audio', 'audible', 'spoken', 'verbal', 'visual', 'on-screen', 'screen', 'acoustic']);

/** Verbs through which the software helps a person do something: "aids endoscopists in detecting". */
export const HELP_VERBS: readonly string[] = ['aid', 'assist', 'help', 'support', 'enable', 'allow', 'facilitate', 'guide', 'ask', 'prompt', 'instruct'];

// ---------------------------------------------------------------------------------------------
// Output nouns by class

export const OUTPUT_NOUNS: Readonly<Record<AiClass, readonly string[]>> = {
  assistive: [
    'detection', 'detections', 'triage', 'notification', 'notifications', 'notice', 'notices', 'prioritization',
    'prioritisation', 'flag', 'flags', 'flagging', 'alert', 'alerts', 'alarm', 'alarms', 'marker',
    'markers', 'mark', 'marks', 'annotation', 'annotations', 'highlight', 'highlights', 'highlighting',
    'guidance', 'cade', 'worklist', 'bounding', 'box', 'boxes', 'heatmap', 'heatmaps', 'overlay', 'overlays',
    'localization', 'identification', 'warning', 'warnings', 'prompt', 'prompts', 'cue', 'cues',
    'reminder', 'reminders', 'images', 'image', 'cases', 'case', 'studies', 'regions', 'findings', 'frames',
    'lesions', 'exams', 'message', 'messages', 'word',
    // a mark set beside a case: "a notation is placed beside each case with a suspected finding"
    'notation', 'notations',
    // an alert heard (stop 56): "gives a beep when the gap has grown too long"
    'beep', 'beeps',
    // "draws an outline around any area it judges suspicious" (stop 29): a mark drawn on the image
    'outline', 'outlines',
  ],
  augmentative: [
    // tiers of a scheme (stop 36; weak, only counted or qualified): "one of four risk tiers", "one of three bands"
    'tier', 'tiers', 'band', 'bands',
    'measurement', 'measurements', 'quantification', 'quantifications', 'volume', 'volumes', 'index',
    'indices', 'indexes', 'indicies', 'score', 'scores', 'probability', 'probabilities', 'likelihood',
    'estimate', 'estimates', 'estimation', 'metric', 'metrics', 'parameter', 'parameters', 'map',
    'maps', 'characterization', 'characterisation', 'classification', 'stratification', 'grading',
    'grade', 'grades', 'percentile', 'percentiles', 'distance', 'distances', 'length', 'lengths', 'angle',
    'angles', 'width', 'depth', 't-score', 't-scores', 'z-score', 'z-scores',
    'cadx', 'quantities', 'quantity', 'value', 'values', 'ratio', 'fraction', 'thickness', 'area',
    'areas', 'diameter', 'diameters', 'size', 'burden', 'density', 'volumetric', 'comparison',
    'comparative', 'traces', 'prediction', 'predictions', 'forecast', 'category', 'categories',
    'information', 'measure', 'measures',
    // output only with a quantitative qualifier: "provides quantitative analysis of plaque", "volumetric outputs"
    'analysis', 'analyses', 'output', 'outputs',
    // how much of something: "reports the degree of stenosis", "expressed as a percentage of normal"
    'percentage', 'percentages', 'degree', 'severity', 'extent',
    // numbers given as a result: "heart-rate figures are added to the report", "receives figures for sleep latency"
    'figures',
    // "reports cell counts", "quantitative counts of every formed element" (stop 29; the verb "counts" is read as a tally)
    'counts',
    // "produces a differential count", "summarises their frequency" (stop 30; weak: a qualifier or an output verb makes them output)
    'count', 'frequency', 'frequencies',
    // a class the software gives a finding: "each cell comes with a suggested class"
    'class', 'classes',
    // a risk given as a figure: "reports the 10-year risk of metastasis", "returns the risk of progression" (an object of an
    // output verb, or qualified; not "lists the risks of the procedure"); "a suspicion level"
    'risk', 'risks', 'level', 'levels',
    // the same as a chance (stop 48): "returns the predicted chance of a stuck shoulder" (not "a chance to override")
    'chance', 'chances', 'odds',
    // one number given as the result (stop 48; weak): "a risk figure for the team to weigh" (not "Figure 2")
    'figure',
    // "displays quantitative EEG features" (only with a quantitative qualifier)
    'features',
    // "gives a fully quantitative assessment of skeletal disease" (only with a quantitative qualifier)
    'assessment', 'assessments',
    // "receive a risk rating for the lesion" (round 18b; weak: "a user rating of the app" is none)
    'rating', 'ratings',
    // "reports the calculated dimensions of the segments" (stop 31; weak: only with a qualifier)
    'dimension', 'dimensions',
  ],
  autonomous: [
    'diagnosis', 'diagnoses', 'conclusion', 'conclusions', 'decision', 'decisions', 'status',
    'recommendation', 'recommendations', 'result', 'results', 'verdict', 'determination',
    'prescription', 'adjustment', 'adjustments', 'order', 'orders', 'dose', 'doses', 'therapy',
    'treatment', 'stimulation', 'shock', 'report', 'reports',
    // "issues treatment advice", "gives self-care advice" (stop 36; only with a therapy qualifier, like a recommendation)
    'advice',
    // "issues explicit instructions for tidal volume and PEEP" (stop 39; only with a therapy named, like advice)
    'instructions', 'instruction',
    // "provides treatment options for the oncologist" (stop 39; Appendix S's management options, only qualified)
    'options',
  ],
};

/**
 * Nouns of the augmentative list that are output only with a qualifying word near them:
 * "a value" is not an output, "a risk score" or "derived values" is.
 */
export const WEAK_OUTPUT_NOUNS: ReadonlySet<string> = new Set([
  'value', 'values', 'map', 'maps', 'ratio', 'fraction', 'thickness', 'area', 'areas', 'diameter',
  'diameters', 'size', 'burden', 'density', 'category', 'categories', 'traces', 'quantity', 'quantities',
  'index', 'indices', 'indexes', 'classification', 'comparison', 'prediction', 'predictions', 'forecast',
  'distance', 'distances', 'length', 'lengths', 'angle', 'angles', 'width', 'depth', 'box',
  'parameter', 'parameters', 'metric', 'metrics', 'estimate', 'estimates',
  // "quantitative measures of blood flow" (but "outcome measures", "safety measures")
  'measure', 'measures',
  // autonomous nouns that need a therapy, diagnostic or screening qualifier
  'result', 'results', 'status', 'decision', 'decisions', 'recommendation', 'recommendations', 'advice', 'instructions', 'instruction', 'options',
  'tier', 'tiers', 'band', 'bands',
  'adjustment', 'adjustments', 'order', 'orders', 'dose', 'doses', 'therapy', 'treatment', 'stimulation',
  // a report is a conclusion only when it is the final one: "issues the final report"
  'report', 'reports',
  // "reports the 10-year risk" (but "poses a low risk", "the risk of bleeding is small")
  'risk', 'risks', 'chance', 'chances', 'odds', 'figure',
  // "quantitative EEG features" (but "the features of the app")
  'features',
  // "a quantitative assessment" (but "the clinical assessment", "their own assessment")
  'assessment', 'assessments',
  'shock', 'information', 'analysis', 'analyses', 'output', 'outputs', 'percentage', 'percentages', 'degree', 'severity', 'extent', 'images', 'image', 'cases', 'case', 'studies', 'regions', 'findings', 'frames',
  'lesions', 'exams', 'figures', 'class', 'classes', 'risk', 'level', 'levels',
  // assistive nouns that are common words
  'mark', 'marks', 'cue', 'cues', 'prompt', 'prompts', 'boxes', 'notice', 'notices', 'overlay', 'overlays',
  'worklist', 'flag', 'flags', 'warning', 'warnings', 'identification', 'message', 'messages', 'word',
  // "the usual notation of the field" is a format; "a notation beside each case with a suspected bleed" marks it
  'notation', 'notations',
  'rating', 'ratings',
  'count', 'frequency', 'frequencies',
  'dimension', 'dimensions',
]);

/**
 * What advice or instructions about the device itself, or about errands around care, name: "instructions for pairing the
 * sensor", "instructions for use", "guidance on positioning the probe", "advice on billing".
 */
export const DEVICE_HANDLING: ReadonlySet<string> = new Set([
  'use', 'using', 'pair', 'pairing', 'setup', 'set', 'install', 'installing', 'charge', 'charging', 'operate', 'operating', 'wear',
  'wearing', 'clean', 'cleaning', 'app', 'device', 'sensor', 'software', 'update', 'updating', 'login', 'account', 'prime', 'priming',
  'calibrate', 'calibrating', 'calibration', 'fill', 'filling', 'storage', 'disposal', 'assembly', 'workflow',
  // taking the picture or the recording, not care: "guidance on positioning the probe", "how to take a good-quality photo"
  'apply', 'applying', 'position', 'positioning', 'photo', 'photos', 'photograph', 'picture', 'probe', 'electrode', 'electrodes',
  'view', 'acquire', 'acquisition', 'imaging', 'scan',
  // errands around care: "advice on billing", "recommendations for nearby pharmacies", "instructions for fasting before the scan"
  'billing', 'pharmacy', 'pharmacies', 'appointment', 'appointments', 'fasting', 'preparation', 'prep', 'cpr',
]);

/** Whether the advice or instructions at k are about handling the device or an errand, not about care (stop 39). */
export function instructionsForDevice(words: readonly { w: string }[], k: number): boolean {
  return words.slice(k + 1, k + 9).some((w) => DEVICE_HANDLING.has(w.w));
}

/** Words that make an "area" a region shown, not a size measured: "suspicious areas", "red areas" (but "atrial areas", "total area"). */
export const REGION_AREA_WORDS: ReadonlySet<string> = new Set(['suspicious', 'suspect', 'suspected', 'abnormal', 'red', 'dark', 'bright', 'bleeding']);

/** Words before "map" that make it a picture of where a finding is, not a quantity: "heat map", "saliency map". */
export const LOCATING_MAP_WORDS: ReadonlySet<string> = new Set(['heat', 'saliency', 'attention', 'activation', 'probability-location', 'attribution', 'grad-cam']);

/** How much of something: an output when the software gives it ("reports the degree of stenosis"), but a physician who assesses the severity reads the patient, not an output. */
export const AMOUNT_NOUNS: ReadonlySet<string> = new Set(['percentage', 'percentages', 'degree', 'severity', 'extent', 'risk', 'risks']);

/** Weak output nouns that only an augmentative qualifier makes an output ("quantitative analysis"; not "the final output", not a bare "analysis"). */
export const QUANTITY_QUALIFIED_ONLY: ReadonlySet<string> = new Set(['analysis', 'analyses', 'output', 'outputs', 'features',
  'assessment', 'assessments']);

/**
 * A machine's reading of a tracing: "interpretive statements", "a computer interpretation", "the automated interpretation".
 * Only with one of these qualifiers right before it is the noun the software's output (augmentative: a physician over-reads
 * it); bare, an interpretation is the physician's.
 */
export const MACHINE_READING_NOUNS: ReadonlySet<string> = new Set(['statement', 'statements', 'interpretation', 'interpretations']);
export const MACHINE_READING_QUALIFIERS: ReadonlySet<string> = new Set([
  'interpretive', 'computer', 'computer-generated', 'computerised', 'computerized', 'computer-derived', 'automated', 'automatic',
  'machine', 'machine-generated', 'algorithmic', 'software-generated', 'ai-generated',
]);

/** What "count" takes when it does not tally: "counts as a finding", "counts toward the total", "counts on the reader". */
export const COUNT_NOT_TALLY: ReadonlySet<string> = new Set(['as', 'on', 'upon', 'toward', 'towards', 'against', 'for', 'among', 'only', 'most', 'little', 'much',
  // a countdown before an act (stop 38): "the watch counts down and then calls for help"
  'down']);

/** Qualifiers that offer a conclusion for a physician to over-read: "an advisory diagnostic result", "a preliminary diagnosis". */
export const ADVISORY_QUALIFIERS: ReadonlySet<string> = new Set(['advisory', 'preliminary', 'provisional', 'draft', 'tentative', 'differential']);

/** Qualifiers that make a weak output noun an output, and the class they then show. */
export const OUTPUT_QUALIFIERS: Readonly<Record<string, AiClass>> = {
  risk: 'augmentative', derived: 'augmentative', quantitative: 'augmentative', volumetric: 'augmentative',
  parametric: 'augmentative', ejection: 'augmentative', calcium: 'augmentative', agatston: 'augmentative',
  numerical: 'augmentative', numeric: 'augmentative', quantified: 'augmentative', measured: 'augmentative',
  annotated: 'assistive', marked: 'assistive', highlighted: 'assistive', flagged: 'assistive', boxed: 'assistive',
  correction: 'autonomous', bolus: 'autonomous', basal: 'autonomous',
  computed: 'augmentative', calculated: 'augmentative', estimated: 'augmentative', predicted: 'augmentative',
  severity: 'augmentative', stratification: 'augmentative', reference: 'augmentative',
  normative: 'augmentative', comparative: 'augmentative', strain: 'augmentative', perfusion: 'augmentative',
  bmd: 'augmentative', density: 'augmentative', radiomic: 'augmentative', morphological: 'augmentative',
  fertility: 'autonomous', fertile: 'autonomous', diagnostic: 'autonomous', screening: 'autonomous', therapy: 'autonomous',
  treatment: 'autonomous', dosing: 'autonomous', dose: 'autonomous', insulin: 'autonomous',
  rhythm: 'autonomous', final: 'autonomous', clinical: 'autonomous', triage: 'assistive',
  // "medication recommendations", "self-care advice" (stop 36): what the patient is told to take or do
  medication: 'autonomous', 'self-care': 'autonomous',
  green: 'assistive', bounding: 'assistive', colored: 'assistive', coloured: 'assistive',
  visual: 'assistive', suspected: 'assistive', case: 'assistive', prioritized: 'assistive',
  notification: 'assistive', alert: 'assistive', detection: 'assistive', 'case-level': 'assistive',
  'colour-coded': 'augmentative', 'color-coded': 'augmentative',
  // how sure the software is of a finding: "a suspicion level", "a certainty value", "a confidence level"
  suspicion: 'augmentative', confidence: 'augmentative', certainty: 'augmentative', malignancy: 'augmentative',
  // a measure said to be free of the reader's judgement: "objective measures of attention", "a repeatable value" (round 18b)
  objective: 'augmentative', repeatable: 'augmentative', reproducible: 'augmentative',
  // an order by likelihood: "ranked gene-level predictions" (stop 37)
  ranked: 'augmentative',
};

/**
 * Participles that say the software gave the thing, whatever it is: they make a weak augmentative noun
 * an output ("a suggested class", "the resulting metrics", "the generated values"), and leave others to their own qualifiers.
 */
export const GIVEN_PARTICIPLES: ReadonlySet<string> = new Set(['suggested', 'proposed', 'assigned', 'resulting', 'generated']);

/** Product-category names that say the class outright ("a computer-aided triage and notification device"). */
export const CATEGORY_PHRASES: ReadonlyArray<{ words: readonly string[]; cls: AiClass }> = [
  { words: ['computer', 'aided', 'detection'], cls: 'assistive' },
  { words: ['computer', 'assisted', 'detection'], cls: 'assistive' },
  { words: ['computer-aided', 'detection'], cls: 'assistive' },
  { words: ['computer-assisted', 'detection'], cls: 'assistive' },
  { words: ['computer', 'aided', 'triage'], cls: 'assistive' },
  { words: ['computer', 'assisted', 'triage'], cls: 'assistive' },
  { words: ['computer-aided', 'triage'], cls: 'assistive' },
  { words: ['computer-assisted', 'triage'], cls: 'assistive' },
  { words: ['computer', 'aided', 'diagnosis'], cls: 'augmentative' },
  { words: ['computer-aided', 'diagnosis'], cls: 'augmentative' },
  { words: ['computer', 'assisted', 'diagnosis'], cls: 'augmentative' },
  { words: ['computer-assisted', 'diagnosis'], cls: 'augmentative' },
  { words: ['cade'], cls: 'assistive' },
  { words: ['cadt'], cls: 'assistive' },
  { words: ['cadx'], cls: 'augmentative' },
  { words: ['autonomous', 'screening'], cls: 'autonomous' },
  { words: ['autonomous', 'diagnostic'], cls: 'autonomous' },
  { words: ['autonomous', 'ai'], cls: 'autonomous' },
  { words: ['autonomous', 'detection'], cls: 'autonomous' },
  // A self-fitting strategy fits the hearing aid from the user's input without an audiologist (21 CFR 874.3325);
  // "self-fitting devices" alone only names the product type.
  { words: ['self-fitting', 'strategy'], cls: 'autonomous' },
  { words: ['self-fitting', 'algorithm'], cls: 'autonomous' },
  { words: ['self-fitting', 'method'], cls: 'autonomous' },
  { words: ['self-fitting', 'procedure'], cls: 'autonomous' },
  // a program named as a predictor (stop 39): "is a severity-of-illness and outcome prediction system" (past the verb only,
  // like every phrase here: "existing prediction models raise false alarms" names no product's output)
  { words: ['prediction', 'system'], cls: 'augmentative' },
  { words: ['prediction', 'tool'], cls: 'augmentative' },
  { words: ['prediction', 'software'], cls: 'augmentative' },
];

/** Nouns of the physician's own work that the software is said to do without: "without physician review". */
export const REVIEW_NOUNS: ReadonlySet<string> = new Set([
  'review', 'reviews', 'interpretation', 'interpretations', 'oversight', 'input', 'involvement',
  'confirmation', 'over-read', 'overread', 'read', 'reading', 'intervention', 'approval',
  'sign-off', 'signoff', 'verification', 'adjudication',
]);

// ---------------------------------------------------------------------------------------------
// The physician's acts

/** Acts that, done by a physician before the output has effect, make the service not autonomous. */
export const REVIEW_VERBS: readonly string[] = [
  // "Pathologists proofread the automated cell analysis" (stop 30)
  'proofread',
  'review', 'interpret', 'confirm', 'verify', 'read', 'overread', 'over-read', 'view', 'accept',
  'approve', 'sign', 'examine', 'check', 'validate', 'adjudicate', 'reject', 'edit', 'correct',
  'inspect', 'assess', 'evaluate', 'diagnose', 'decide', 'finalize', 'finalise', 'overrule', 'override',
  'modify', 'delete', 'look', 'open', 'listen', 'weigh', 'consider', 'combine', 'correlate', 'integrate',
  're-examine', 're-read', 're-review', 'reexamine', 'reread', 'judge',
  // "Consultant neuroradiologists then reassess each alerted study" (stop 32; not "study", which the tagger would then
  // take for a verb in "closes normal studies")
  'reassess', 're-assess',
  // "Echo consultant re-measured the LVOT diameter" (stop 50): measuring again what the software measured checks it
  're-measure', 'remeasure',
  // "is required to consult the primary monitor before acting" (but not a person: "consult a physician")
  'consult',
  // "those recordings are analysed by the prescribing physician" (weak: said of the software it is processing)
  'analyse', 'analyze',
];
/** Judging a patient's need for a therapy ("has judged that breathing needs support", "a clinician judges to require it") sets the indication; it reads no output. */
export const NEED_JUDGING_VERBS: ReadonlySet<string> = new Set(['judge', 'consider']);
export const NEED_VERBS: ReadonlySet<string> = new Set(['need', 'require', 'warrant']);
/** Bringing one's judgment to the output: "are expected to apply professional judgment", "must exercise their clinical judgement". */
export const JUDGING_VERBS: ReadonlySet<string> = new Set(['apply', 'exercise', 'use', 'bring']);
export const JUDGMENT_NOUNS: ReadonlySet<string> = new Set(['judgment', 'judgement', 'judgments', 'judgements']);
/** Of those, the ones that count only with an obligation ("must", "is responsible for"). */
export const WEAK_REVIEW_VERBS: ReadonlySet<string> = new Set(['view', 'assess', 'evaluate', 'examine', 'look', 'edit', 'correct', 'modify', 'delete', 'reject', 'override', 'overrule', 'check', 'inspect', 'open', 'listen', 'weigh', 'consider', 'accept', 'combine', 'correlate', 'integrate', 'consult', 'analyse', 'analyze']);
/** Of the weak ones, those a named physician in a passive's by-phrase makes a reading: "the tracings are analysed by the cardiologist". */
// ("the strip was looked at by the registrar" (stop 49))
export const READ_WHEN_BY_PHYSICIAN: ReadonlySet<string> = new Set(['analyse', 'analyze', 'examine', 'inspect', 'assess', 'evaluate', 'check', 'look']);
/** "under the supervision of trained physicians", "under physician supervision": who oversees a passive review. */
export const SUPERVISION_NOUNS: ReadonlySet<string> = new Set(['supervision', 'oversight', 'direction']);

/**
 * A named physician who folds the output in with other evidence interprets it: "uses the results together
 * with the history", "treats the result as one input toward the diagnosis", "integrates it into the echo
 * reading". The verbs; "combine" and "integrate" take a plain "with" / "into", the others need a fuller link.
 */
export const ADJUNCT_USE_VERBS: ReadonlySet<string> = new Set(['use', 'treat', 'take', 'combine', 'integrate', 'incorporate', 'fold', 'merge', 'weigh', 'consider']);
export const ADJUNCT_PLAIN_LINK_VERBS: ReadonlySet<string> = new Set(['combine', 'integrate', 'incorporate', 'fold', 'merge']);
/** What of the software's the physician folds in (beside the output nouns); pronouns point back to it. */
export const ADJUNCT_OBJECTS: ReadonlySet<string> = new Set([
  'result', 'results', 'report', 'reports', 'output', 'outputs', 'estimate', 'estimates', 'score', 'scores',
  'measurements', 'values', 'value', 'figures', 'findings', 'interpretation', 'interpretations', 'statements',
  'analysis', 'analyses', 'it', 'them', 'these', 'this',
]);
/** Links after the object that name the other evidence or the physician's own reading: each entry's words in order. */
export const ADJUNCT_LINKS: ReadonlyArray<readonly string[]> = [
  ['together', 'with'], ['in', 'combination', 'with'], ['in', 'conjunction', 'with'], ['alongside'],
  ['along', 'with'], ['in', 'the', 'context', 'of'], ['in', 'light', 'of'],
  ['as', 'one', 'input'], ['as', 'an', 'input'], ['as', 'one', 'part'], ['as', 'one', 'piece'], ['as', 'one', 'factor'],
  ['as', 'a', 'factor'], ['as', 'one', 'element'], ['as', 'supporting'], ['as', 'adjunctive'], ['as', 'an', 'adjunct'],
  // (stop 49) "weighs it against the anatomy and the symptoms"
  ['against'],
];
/** What a plain "into" reaches for "integrates it into the echo reading": the physician's own reading or decision. */
export const ADJUNCT_INTO: ReadonlySet<string> = new Set([
  'reading', 'read', 'interpretation', 'assessment', 'evaluation', 'diagnosis', 'decision', 'decisions', 'judgment',
  'judgement', 'workup', 'work-up', 'report', 'conclusion', 'impression',
]);

/**
 * A duty named by a noun or a phrasal link, then the person who holds it: "interpretation is left
 * to the clinician", "remains the job of the specialist", "the decision rests with the team".
 * Each entry is the link's words; the person follows within a few words.
 */
export const DUTY_LINKS: ReadonlyArray<readonly string[]> = [
  ['left', 'to'], ['up', 'to'], ['falls', 'to'], ['fall', 'to'], ['rests', 'with'], ['rest', 'with'],
  ['lies', 'with'], ['lie', 'with'], ['stays', 'with'], ['stay', 'with'], ['remains', 'with'],
  ['remain', 'with'], ['job', 'of'], ['task', 'of'], ['responsibility', 'of'], ['duty', 'of'],
  ['role', 'of'], ['province', 'of'], ['prerogative', 'of'], ['hands', 'of'], ['reserved', 'for'],
  // "The diagnostic decision belongs to the specialists who read the studies."
  ['belongs', 'to'], ['belong', 'to'],
  // "decisions about your diagnosis are always for the qualified doctor" (stop 40; a topic must come before: not "the app is
  // for doctors")
  ['are', 'for'], ['is', 'for'],
  // the same in a report of what happened (stop 47): "the responsibility for reaching the diagnosis stayed with Dr K",
  // "whether to stop and look again was for the endoscopist"
  ['stayed', 'with'], ['remained', 'with'], ['rested', 'with'], ['lay', 'with'], ['was', 'for'], ['were', 'for'],
  // where the conclusion comes from (stop 48): "the diagnosis comes from the doctor and the tests, not from the program"
  ['comes', 'from'], ['come', 'from'], ['came', 'from'],
  // "the decision to start bone treatment sits with the GP" (stop 48)
  ['sits', 'with'], ['sit', 'with'], ['sat', 'with'],
  // "the reading of the curves remains the work of the dentist" (stop 55)
  ['work', 'of'], ['business', 'of'],
];
/** What the duty is about: reading, deciding or acting on the output (in the words before the link). */
export const DUTY_TOPICS: ReadonlySet<string> = new Set([
  'interpretation', 'interpreting', 'reading', 'review', 'reviewing', 'decision', 'decisions', 'deciding',
  'diagnosis', 'diagnosing', 'call', 'judgment', 'judgement', 'confirmation', 'confirming', 'acting',
  'management', 'verdict', 'sign-off', 'sign', 'conclusion', 'read', 'assessment', 'assessing',
  // "Reporting stays with the pathologist", "the final evaluation remains with the doctor" (stop 35)
  'reporting', 'evaluation', 'evaluating',
  // "the choice of regimen stays with the specialist" (stop 55; not "choosing a probe is for the sonographer", a chore)
  'choice',
]);
/** Subjects that make a sentence a statistic when they qualify its head: "our sensitivity estimate was computed". */
export const STATISTIC_WORDS: ReadonlySet<string> = new Set([
  'sensitivity', 'specificity', 'accuracy', 'auc', 'ppv', 'npv', 'kappa', 'icc', 'agreement',
  'concordance', 'precision', 'recall', 'performance', 'confidence', 'interval', 'p-value', 'f1',
]);
/** "makes the final diagnosis", "makes the decision": the physician concludes. */
export const CONCLUSION_NOUNS: ReadonlySet<string> = new Set(['diagnosis', 'diagnoses', 'decision', 'decisions', 'conclusion', 'conclusions', 'determination', 'call', 'interpretation', 'report', 'category', 'grade', 'classification']);

// ---------------------------------------------------------------------------------------------
// Who acts

export type AgentKind = 'software' | 'physician' | 'other' | 'none';

/** Heads that name the software or its output. */
export const SOFTWARE_NOUNS: ReadonlySet<string> = new Set([
  'software', 'device', 'devices', 'system', 'systems', 'algorithm', 'algorithms', 'app', 'apps',
  'application', 'applications', 'tool', 'tools', 'feature', 'features', 'platform', 'model', 'models',
  'program', 'module', 'modules', 'product', 'solution', 'engine', 'network', 'classifier', 'ai',
  // "Deep learning networks compute the score" (round 15b)
  'networks',
  // plurals of the machines above: "both classifiers flag nodules", "insulin pumps adjust the basal rate" (round 15b; not "monitors", which in a monitor's own description shows what other parts report)
  'pumps', 'classifiers', 'calculators', 'controllers', 'defibrillators', 'platforms', 'engines',
  // the hand-held unit of a closed loop: "the handset proposes a meal bolus" (stop 30)
  'handset', 'handsets',
  'output', 'outputs', 'result', 'results', 'report', 'reports', 'score', 'index', 'technology',
  'function', 'functionality', 'component', 'components', 'station', 'sensor', 'sensors', 'watch',
  'suite', 'service', 'pipeline', 'version', 'analysis', 'information', 'notification', 'notifications',
  'alert', 'alerts', 'alarm', 'display', 'interface', 'controller', 'monitor', 'pump', 'cap',
  'method', 'mode', 'assistant', 'reader', 'viewer', 'workstation', 'mobile', 'layer', 'plug-in',
  'plugin', 'server', 'cloud', 'dashboard', 'calculator', 'ecg', 'flags', 'markers', 'measurements',
  'pop-up', 'popup', 'banner', 'badge', 'icon', 'meter', 'worksheet', 'overlay', 'box', 'label', 'labels',
  'unit', 'defibrillator', 'aed', 'detector', 'detectors',
  // a camera system that watches the patient and alerts or grades (stop 46): "the room camera alerts staff", "the screening
  // camera gives a result"
  'camera', 'cameras',
  // the part of a device that computes and acts (stop 47): "the optimiser decides the dwell times", "its microcontroller steps up
  // the stimulation"
  'optimiser', 'optimizer', 'optimisers', 'optimizers', 'microcontroller', 'microcontrollers', 'microprocessor', 'microprocessors',
  // ("a processor configured to flag the image", "the processor converts that signal" (stop 55): patents and device descriptions
  // name the computing part so)
  'processor', 'processors',
  // worn devices that act on the wearer (stop 38): "the hearing aid raises the amplification", "the prosthesis locks"
  'aid', 'aids', 'prosthesis', 'prostheses', 'exoskeleton', 'exoskeletons', 'orthosis', 'orthoses', 'belt', 'belts',
  // "the client overlays …": the program on the user's computer (singular; "clients" may be customers)
  'client',
  // machines that carry the software and act on the patient: "the ventilator adjusts the pressure"
  'ventilator', 'ventilators',
  // "the generator stimulates the nerve", "the flow generator raises the pressure"
  'generator', 'generators', 'stimulator', 'stimulators',
  // cardiac therapy machines: "the pacemaker raises the pacing rate", "the compressor delivers compressions", "the console inflates the balloon"
  'pacemaker', 'pacemakers', 'icd', 'icds', 'cardioverter', 'cardioverters', 'compressor', 'compressors', 'console', 'consoles',
  // "a support vector machine combines the levels", "the machine cycles the cuff" (stop 43)
  'machine', 'machines',
  // "The package then estimates a score", "tools that measure vessels" in a software package
  'package', 'packages',
  // "the toolkit returns recommendations on treatment", "the website prints a prevention plan" (stop 58; not "portal": "a portal in which to check their diagnoses")
  'toolkit', 'toolkits', 'website', 'websites',
  // the device's own parts that act: "circuitry that supplies the therapy", "the blower raises the pressure", "the concentrator releases oxygen"
  'circuitry', 'circuit', 'circuits', 'electronics', 'firmware', 'blower', 'blowers', 'concentrator', 'concentrators', 'implant',
  // screening instruments and stations: "the hearing screener prints PASS or REFER", "the kiosk prints a result sheet"
  'screener', 'screeners', 'analyser', 'analyzer', 'analysers', 'analyzers', 'kiosk', 'kiosks',
  // radiotherapy machines and the heat exchangers of temperature management: "the linac holds the beam", "the warmer cools the water"
  'linac', 'linacs', 'accelerator', 'accelerators', 'warmer', 'warmers', 'exchanger', 'exchangers',
  // dose-giving devices: "the conserver releases a pulse of oxygen", "the smart pen dispenses the dose"
  'conserver', 'conservers', 'pen', 'pens',
  // surgical robots: "the robot mills the femur"
  'robot', 'robots',
  // surgical and limb devices that change how they act on the patient (stop 56): "the stapler slows the firing by itself",
  // "the tourniquet inflates to the prescribed pressure"
  'stapler', 'staplers', 'tourniquet', 'tourniquets',
  // "the neurostimulator delivers a burst", "the digital therapeutic adapts the exercises"
  'neurostimulator', 'neurostimulators', 'therapeutic', 'therapeutics',
  // worn devices: "the wearable stops the stimulation when the user stands" (round 16c; not "patch": "the sensor patch measures 12 cm")
  'wearable', 'wearables',
  // "the bracelet warns when the hand moves toward the hair" (stop 56)
  'bracelet', 'bracelets', 'wristband', 'wristbands',
  // worn devices that treat or stimulate (stop 42): "the vest gives a shock by itself", "the headband applies the stimulation"
  'vest', 'vests', 'headband', 'headbands', 'headset', 'headsets',
  // a computerised protocol's logic (stop 42): "the ruleset flags …" (not "rules": the Ottawa ankle rules, reporting rules)
  'ruleset', 'rulesets', 'rule-set',
  // stop 32: a wristband that classifies the rhythm, an eye tracker that interrupts the laser, the laser that stops itself
  'wristband', 'wristbands', 'tracker', 'trackers', 'laser', 'lasers',
  // "cloud analytics combine the readings into measurements" (stop 32)
  'analytics',
  // conversational programs (stop 39): "the chatbot delivers behavioural interventions", "the bot replies with advice"
  'chatbot', 'chatbots', 'chat-bot', 'chat-bots', 'bot', 'bots', 'avatar', 'avatars',
  // "a computer changes the pulsed dose rate according to the uterine activity" (stop 32)
  'computer', 'computers',
  // software sold as a part of another: "each add-on estimates the likelihood of …"
  'add-on', 'add-ons', 'plug-ins', 'plugins',
  // a software library built into another maker's device: "the library detects QRS complexes"
  'library',
  // the surfaces and documents the software presents its output on: "the summary shows the index", "a histogram places the
  // score among known cases", "the pump screen shows the trend" (round 16d)
  'summary', 'summaries', 'overview', 'overviews', 'printout', 'printouts', 'readout', 'readouts', 'histogram', 'histograms',
  'heat-map', 'heat-maps', 'screen', 'screens', 'gauge', 'gauges', 'indicator', 'indicators', 'screenshot', 'screenshots',
]);

/**
 * Things in or from the patient that hold a condition: an active relative clause on them describes
 * the population or the specimen, not an act ("lesions that raise concern for melanoma").
 */
export const CONDITION_HOLDERS: ReadonlySet<string> = new Set([
  'lesion', 'lesions', 'nodule', 'nodules', 'tumor', 'tumors', 'tumour', 'tumours', 'mass', 'masses',
  'mole', 'moles', 'growth', 'growths', 'sample', 'samples', 'specimen', 'specimens', 'plate', 'plates',
  'slide', 'slides', 'tissue', 'tissues', 'swab', 'swabs', 'colony', 'colonies', 'wound', 'wounds',
]);

/** What a list is ordered by: "ranked by priority" names the order, not who ranks. */
export const ORDERING_NOUNS: ReadonlySet<string> = new Set(['priority', 'urgency', 'severity', 'acuity', 'likelihood', 'probability', 'score', 'time', 'date', 'type', 'category', 'confidence', 'size']);

/** Places of care: an active relative clause on them describes the place, not an act ("emergency departments that treat children"). */
export const CARE_SETTINGS: ReadonlySet<string> = new Set([
  'department', 'departments', 'ward', 'wards', 'hospital', 'hospitals', 'clinic', 'clinics', 'center', 'centers',
  'centre', 'centres', 'facility', 'facilities', 'practice', 'practices', 'setting', 'settings', 'institution',
  'institutions', 'icu', 'icus', 'site', 'sites', 'office', 'offices', 'pharmacy', 'pharmacies', 'laboratory', 'laboratories',
]);

/** Titles before a physician's name: "Dr. Chen", "Prof Lee". */
export const DOCTOR_TITLES: ReadonlySet<string> = new Set(['dr', 'prof', 'professor']);
/** Courtesy titles before a person's name: "Mr Osei", "Ms. Reyes" (a surgeon in British usage, a patient, anyone). */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Heads that name a physician or other professional who interprets. */
/**
 * Specialists named by their field's suffix: "-ologist" (microbiologist, neonatologist, sonologist), "-iatrist"
 * and "-iatrician" (physiatrist, pediatrician), "-odontist" (periodontist): whoever bears such a title reads as a
 * physician, so the list below need not know every specialty (round 16d); and "-scopist", whoever performs a scope
 * examination (colposcopist, hysteroscopist, bronchoscopist; stop 38; a microscopist too, who reads slides before a result is
 * released as the laboratory scientists below do). Not the study's epidemiologist,
 * nor a laboratory scientist ("-biologist"), whose reading of plates or cultures is no physician's work.
 */
// (stop 50: a surgeon by field, "the on-call neurosurgeon", "orthosurgeons")
const SPECIALIST_SUFFIX = /^[a-z-]{3,}(?:ologists?|iatrists?|iatricians?|odontists?|scopists?|surgeons?)$/;
const NOT_SPECIALISTS: ReadonlySet<string> = new Set(['epidemiologist', 'epidemiologists', 'methodologist', 'methodologists']);

/** The physician nouns listed, and any word with a specialist's suffix. */
class PhysicianNouns extends Set<string> {
  override has(w: string): boolean {
    return super.has(w) || (w.length > 8 && SPECIALIST_SUFFIX.test(w) && !NOT_SPECIALISTS.has(w) && !/biologists?$/.test(w));
  }
}

export const PHYSICIAN_NOUNS: ReadonlySet<string> = new PhysicianNouns([
  'physician', 'physicians', 'clinician', 'clinicians', 'radiologist', 'radiologists', 'cardiologist',
  'cardiologists', 'pathologist', 'pathologists', 'ophthalmologist', 'ophthalmologists', 'neurologist',
  'neurologists', 'dermatologist', 'dermatologists', 'endoscopist', 'endoscopists', 'gastroenterologist',
  'gastroenterologists', 'dentist', 'dentists', 'cytologist', 'cytologists', 'cytotechnologist',
  'cytotechnologists', 'doctor', 'doctors', 'surgeon', 'surgeons', 'oncologist', 'oncologists',
  'echocardiographer', 'echocardiographers', 'reader', 'readers', 'specialist', 'specialists',
  'provider', 'providers', 'practitioner', 'practitioners', 'professional', 'professionals', 'expert',
  // a general practitioner (stop 28): "the GP decides how urgently …"
  'gp', 'gps',
  'experts', 'interpreter', 'intensivist', 'intensivists', 'anesthesiologist', 'anesthesiologists',
  'anaesthetist', 'anaesthetists', 'electrophysiologist', 'electrophysiologists', 'hospitalist',
  // (stop 46) "hospitalists review the deterioration score", "the surgical registrar must repeat the scan"
  'hospitalists', 'interpreters', 'attendings', 'registrar', 'registrars',
  // (stop 47) a senior hospital doctor in British usage, and the team that decides a case together: "that decision stays with the
  // stroke consultant", "chosen by the radiologist and the lung MDT"
  'consultant', 'consultants', 'mdt', 'mdts',
  // (stop 50) British training grades as notes write them: "reg agreed it was a skin fold", "the FY1 went through the score"
  'reg', 'regs', 'sho', 'shos', 'fy1', 'fy2', 'spr', 'sprs',
  // a registered nurse, by the abbreviation handover notes use: "staging stays with the RN"
  'rn', 'rns',
  'team', 'staff', 'nurse', 'nurses', 'md', 'mds', 'psychiatrist', 'psychiatrists', 'urologist',
  'urologists', 'pulmonologist', 'pulmonologists', 'sonographer', 'sonographers', 'technologist',
  'technologists', 'hcp', 'hcps', 'optometrist', 'optometrists', 'neuroradiologist', 'neuroradiologists',
  'epileptologist', 'epileptologists', 'user', 'users', 'operator', 'operators', 'reviewer', 'reviewers',
  'he', 'she', 'personnel',
  // "whoever is alerted must consult the primary monitor"
  'whoever',
  // "the report that a trained ECG technician reviews": technicians read tracings as technologists read images
  'technician', 'technicians',
  // laboratory readers: "a hematologist verifies each cell class", "qualified individuals must examine the images"
  'hematologist', 'hematologists', 'haematologist', 'haematologists', 'individuals',
  // specialists without a suffix above, and the one who performs an exam ("the examiner interprets the images") (round 16d)
  'obstetrician', 'obstetricians', 'obstetrician-gynecologist', 'obstetrician-gynecologists', 'ob-gyn', 'ob-gyns', 'interventionalist',
  'interventionalists', 'internist', 'internists', 'anesthetist', 'anesthetists', 'examiner', 'examiners',
  // "trained health workers examine the marked cells": screening programmes' readers who are not physicians
  'worker', 'workers',
  // other qualified health professionals who read or act on an output (stop 32): "the pharmacist reviews the dose",
  // "the midwife interprets the trace", "the corpsman reading the clip decides"
  'pharmacist', 'pharmacists', 'midwife', 'midwives', 'physiotherapist', 'physiotherapists',
  // a therapist of any kind (stop 44): "therapists build the exercise programme", "the respiratory therapist sets the flow"
  'therapist', 'therapists',
  'paramedic', 'paramedics', 'corpsman', 'corpsmen', 'counselor', 'counselors', 'counsellor', 'counsellors', 'dietitian', 'dietitians',
  'phlebotomist', 'phlebotomists',
  // "prescribers should weigh the report against the clinical picture" (stop 40)
  'prescriber', 'prescribers',
  // laboratory and genomic scientists who sign out a result (stop 37): "the clinical scientist decides which variant is
  // reported", "the laboratory scientist reviews the cells before the counts are released"
  'scientist', 'scientists',
  // "a certified analyst goes through the recording and confirms or corrects the automated findings" (stop 37)
  'analyst', 'analysts',
  // professions by their initials (stop 56): "your OT still interprets the result", "our ENT reads every scan", "the SLP
  // judges each word" (not "PT", which is also a patient and a clotting time)
  'ot', 'ots', 'ent', 'ents', 'slp', 'slps',
]);
/** Of those, the ones that are not necessarily a physician (patient-facing tools have lay users). */
export const AMBIGUOUS_HUMANS: ReadonlySet<string> = new Set(['whoever', 'user', 'users', 'operator', 'operators', 'team', 'staff', 'personnel', 'nurse', 'nurses', 'rn', 'rns', 'sonographer', 'sonographers', 'technologist', 'technologists', 'technician', 'technicians',
  'individuals', 'worker', 'workers', 'scientist', 'scientists', 'analyst', 'analysts']);

/** Findings a question left to a physician can be about: "whether a marked spot really is a polyp". */
export const FINDING_WORDS_OF_CALL: ReadonlySet<string> = new Set(['lesion', 'lesions', 'polyp', 'polyps', 'finding', 'findings', 'abnormality', 'abnormalities', 'cancer', 'cancers',
  'tumour', 'tumours', 'tumor', 'tumors', 'nodule', 'nodules', 'fracture', 'fractures', 'bleed', 'bleeds', 'malignant', 'benign', 'normal', 'abnormal', 'disease', 'present', 'real', 'really', 'true', 'genuine']);

/** Heads that name someone else: patients, lay users, the manufacturer, regulators. */
/** Words that make a physician noun the software's name for itself: "an AI cardiologist", "a virtual radiologist" (stop 31). */
export const MACHINE_PERSONS: ReadonlySet<string> = new Set(['ai', 'virtual', 'digital', 'robot', 'robotic', 'automated', 'artificial', 'electronic', 'machine', 'computer', 'algorithmic']);

export const OTHER_NOUNS: ReadonlySet<string> = new Set([
  'patient', 'patients', 'person', 'persons', 'people', 'caregiver', 'caregivers', 'parent', 'parents',
  'woman', 'women', 'man', 'men', 'child', 'children', 'adult', 'adults', 'subject', 'subjects',
  'participant', 'participants', 'manufacturer', 'company', 'sponsor', 'fda', 'we', 'agency', 'individual',
  'individuals', 'wearer', 'consumer', 'consumers', 'family', 'they', 'developer', 'developers',
  // lay people at a rescue: "lay responders act on its verdict", "the rescuer should apply the pads"
  'responder', 'responders', 'rescuer', 'rescuers', 'bystander', 'bystanders',
  // people who comment on the product, not its users (stop 46): "critics warn that …", "legal flagged the clause"
  'critics', 'critic', 'sceptics', 'skeptics', 'commentators', 'legal', 'lawyers', 'regulators', 'journalists', 'insurers', 'payers', 'auditors', 'investors',
]);

/** Exams and programmes an -ing word before them names the kind of ("screening mammograms", "screening visits"): the word modifies the noun, it is no act. */
export const EXAM_NOUNS: ReadonlySet<string> = new Set([
  'mammogram', 'mammograms', 'mammography', 'colonoscopy', 'colonoscopies', 'exam', 'exams', 'examination', 'examinations',
  'visit', 'visits', 'programme', 'programmes', 'program', 'programs', 'appointment', 'appointments', 'episode', 'episodes',
]);

/** Documents a passive may say a text is in: "is found in the labeling", "are given in the user manual". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['labeling', 'labelling', 'manual', 'manuals', 'instructions', 'insert', 'leaflet', 'ifu', 'handbook', 'guide']);

/** Trials whose findings a subject may name: "results of the pivotal study", "highlights of the trial". */
export const TRIAL_NOUNS: ReadonlySet<string> = new Set(['study', 'studies', 'trial', 'trials', 'validation', 'evaluation', 'investigation', 'investigations']);

/** Subjects that make a sentence about a study or its statistics: "sensitivity was calculated". */
export const STUDY_NOUNS: ReadonlySet<string> = new Set([
  'sensitivity', 'specificity', 'accuracy', 'auc', 'ppv', 'npv', 'agreement', 'performance', 'study',
  'studies', 'trial', 'trials', 'ground', 'truth', 'reference', 'standard', 'kappa', 'icc', 'correlation',
  'bias', 'error', 'errors', 'dataset', 'datasets', 'data', 'set', 'cohort', 'cases', 'case', 'images',
  'image', 'scans', 'exams', 'recordings', 'samples', 'sample', 'analysis', 'validation', 'testing',
  'evaluation', 'precision', 'recall', 'rate', 'rates', 'time', 'concordance', 'reproducibility',
]);

// ---------------------------------------------------------------------------------------------
// Function words

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'each', 'every', 'any', 'some', 'all', 'its', 'their',
  'our', 'his', 'her', 'your', 'my', 'both', 'either', 'neither', 'another', 'other', 'such', 'several',
  'many', 'few', 'more', 'most', 'further', 'additional', 'one', 'two', 'three', 'no',
]);
/** Verbs that stop what a device gives only with "off": "switches the current off", "shuts off the laser". */
export const STOPPING_OFF_VERBS: ReadonlySet<string> = new Set(['switch', 'turn', 'shut', 'cut']);
/** Controls a person works: "when the user lifts the foot pedal", "when the button is released". */
export const PERSON_CONTROLS: ReadonlySet<string> = new Set(['pedal', 'button', 'trigger', 'footswitch', 'switch', 'handpiece', 'key']);
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'into', 'onto', 'over', 'under', 'within',
  'through', 'via', 'per', 'during', 'between', 'among', 'against', 'about', 'across', 'along', 'upon',
  'toward', 'towards', 'beyond', 'than', 'like', 'unlike', 'including', 'regarding', 'concerning',
  'throughout', 'alongside', 'besides', 'despite', 'around', 'behind', 'below', 'above', 'inside',
]);
export const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must', 'cannot']);
/** Modals that only hedge: "may suggest", "might indicate". */
/** Words that deny or hedge an act said in the few words before it (read over words, where no clause scope is at hand). */
export const DENY_OR_HEDGE: ReadonlySet<string> = new Set(['not', 'never', "n't", 'no', 'cannot', 'unable', 'may', 'might', 'can', 'could', 'should', 'must', 'if', 'unless', 'would']);
export const HEDGES: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would']);
/** Words that oblige: the act is required of its agent. */
export const OBLIGATIONS: ReadonlySet<string> = new Set(['meant', 'must', 'should', 'shall', 'required', 'responsible', 'need', 'needs', 'needed', 'obliged', 'expected', 'mandatory', 'necessary', 'requires', 'require', 'ought',
  // "clinicians are urged to interpret the index with care", "readers are advised to confirm …" (stop 33)
  'urged', 'advised', 'instructed']);
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "it's", "'s", 'remains', 'remain', 'becomes', 'become', 'get', 'gets', 'got']);
export const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having']);
export const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'and/or', '&', 'but', 'then']);
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'if', 'when', 'whenever', 'while', 'whilst', 'because', 'although', 'though', 'whereas', 'unless',
  'until', 'once', 'since', 'where', 'after', 'before', 'so', 'as', 'whether', 'how',
]);
/**
 * Subordinators whose clause is only a condition or a future: its acts are hypothetical. Not "whenever": like "when", it
 * tells what happens each time in normal use ("whenever it detects an arrhythmia, the device stores the episode").
 */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'until']);
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that']);
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'cannot', 'neither', 'nor', 'none', 'nothing', 'nobody', 'nowhere', 'unable', 'lacks', 'lack', 'without', "can't", "won't", "doesn't", "don't", "isn't", "aren't", "didn't", "wasn't", "shouldn't", "mustn't", "couldn't"]);
/** "not only", "no longer needs": not a negation of what follows. */
export const NEGATION_EXCEPTIONS_NEXT: ReadonlySet<string> = new Set([
  'only', 'just', 'merely', 'limited', 'least', 'matter', 'later', 'sooner', 'doubt', 'less',
  'more', 'exception', 'surprise', 'wonder', 'simply', 'restricted',
]);
/** Words that make what follows a comparison or a contrast, not a claim: "unlike tools that diagnose". */
export const CONTRAST_MARKERS: ReadonlySet<string> = new Set(['unlike', 'versus', 'vs', 'than', 'instead', 'rather', 'replace', 'replaces', 'replacing', 'substitute']);
/** Adverbs: words we skip between an auxiliary and its verb. */
export const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'then', 'only', 'further', 'additionally', 'always', 'often', 'still', 'thereby', 'thus',
  'therefore', 'again', 'subsequently', 'first', 'next', 'now', 'already', 'simultaneously', 'not',
  'each', 'both', 'either', 'independently', 'immediately', 'in', 'real', 'time', 'instead',
  'together', 'alone', 'directly', 'back',
  // "it just marks where the bleeding is" (stop 46)
  'just',
  // the particle of "shuts the current off", "kicks off" (stop 43), which no noun phrase may take as its head
  'off',
  // linking adverbs between subject and verb: "a second module likewise marks spikes"
  'likewise', 'similarly', 'moreover', 'furthermore', 'equally', 'meanwhile', 'otherwise', 'hence', 'accordingly', 'consequently',
]);
/** -ly words that are not adverbs. */
export const LY_NOT_ADVERB: ReadonlySet<string> = new Set(['early', 'only', 'family', 'supply', 'apply', 'reply', 'rely', 'july', 'italy', 'anomaly', 'assembly', 'weekly', 'daily', 'monthly', 'yearly', 'hourly', 'friendly']);
/** Adverbs that say the machine acts alone: "EF is measured automatically". */
export const MACHINE_ADVERBS: ReadonlySet<string> = new Set(['automatically', 'algorithmically', 'computationally', 'autonomously', 'automatic', 'automated', 'fully-automated']);
/** Phrases after which the noun is an input, not an output: "based on sensor glucose values". */
export const INPUT_MARKERS: ReadonlySet<string> = new Set(['based', 'using', 'uses', 'from', 'input', 'inputs', 'reads', 'receives', 'receive', 'takes', 'accepts', 'imports', 'acquires', 'entered', 'analyzes', 'analyses', 'analyzing', 'analysing', 'processes', 'processing', 'ingests']);
/** Raw inputs the software ingests: measuring them ("measures heart rate and motion") is not an output. */
/** Qualifiers that make a measured "rate" a vital figure the software reports: "heart rate", "respiratory rate". */
export const VITAL_RATE_QUALIFIERS: ReadonlySet<string> = new Set(['heart', 'pulse', 'respiratory', 'respiration', 'breathing']);
/**
 * Acts on data that only a machine does in a device's description: their subject, when no list names it (not a person,
 * a study or the data taken in), is a part of the device: "the mat computes the index", "the probe quantifies flow" (round 16b).
 */
export const MACHINE_ACTS: ReadonlySet<string> = new Set(['compute', 'calculate', 'quantify', 'derive', 'measure', 'estimate', 'convert']);
/** Subjects of those acts that are people or places of a study, not parts of the device: "the investigators computed …", "the core lab measured …". */
export const STUDY_ACTORS: ReadonlySet<string> = new Set([
  'investigator', 'investigators', 'researcher', 'researchers', 'author', 'authors', 'statistician', 'statisticians',
  'analyst', 'analysts', 'scientist', 'scientists', 'engineer', 'engineers', 'lab', 'labs', 'laboratory', 'laboratories',
  'site', 'sites', 'centre', 'centres', 'center', 'centers', 'sponsor', 'sponsors', 'manufacturer', 'company', 'we',
]);

export const INGESTED_DATA: ReadonlySet<string> = new Set(['data', 'signal', 'signals', 'images', 'image', 'rate', 'motion', 'activity', 'recordings', 'readings', 'waveform', 'waveforms', 'video', 'pulse', 'movement', 'temperature', 'radiographs', 'scans', 'glucose']);

/** Words after which a "." does not end the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e', 'g', 'i', 'eg', 'ie', 'etc', 'vs', 'dr', 'mr', 'ms', 'mrs', 'prof', 'fig', 'figs', 'no',
  'approx', 'al', 'cf', 'incl', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'ref', 'refs', 'vol', 'pp',
  'p', 'sec', 'est', 'resp', 'min', 'max', 'u.s', 'u', 's', 'corp', 'dept', 'ver', 'v',
]);
/** Abbreviations that stand before a number ("No. 5", "Fig. 2", "pp. 10-12"): only there does their "." not end the sentence
 * (a patient leaflet's answer "No. Your doctor decides." is two sentences). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'fig', 'figs', 'ref', 'refs', 'vol', 'pp', 'p']);

// ---------------------------------------------------------------------------------------------
// Payment claims (round 17p: read as a field: a code, a link of certainty or cause, a payment)

/** Verbs (base forms) that turn a code into a promise: "the code guarantees coverage". */
export const GUARANTEE_VERBS: readonly string[] = ['guarantee', 'ensure', 'assure', 'secure', 'entitle', 'warrant', 'insure', 'promise'];
/** Nouns and adjectives of guarantee: "guaranteed reimbursement", "a guarantee of payment". */
export const GUARANTEE_WORDS: ReadonlySet<string> = new Set([
  'guarantee', 'guarantees', 'guaranteed', 'guaranteeing', 'assured', 'ensured', 'secured',
  'entitled', 'entitlement', 'certain', 'automatic', 'automatically', 'assurance', 'guaranty',
  // "payment … is locked in"
  'locked',
]);
/** "makes sure", "is sure": a guarantee only after these ("make sure the code is on the claim" is an instruction). */
export const SURE_AFTER: ReadonlySet<string> = new Set(['makes', 'made', 'making', 'is', 'are', 'be']);
/** "will recoup the cost of every scan": a cost recovered is a payment. */
export const RECOVERING_VERBS: ReadonlySet<string> = new Set(['recover', 'recovers', 'recovered', 'recoup', 'recoups', 'recouped', 'recouping', 'recovering']);
export const RECOVERED_COSTS: ReadonlySet<string> = new Set(['cost', 'costs', 'outlay', 'outlays', 'expense', 'expenses']);
/**
 * Verbs whose object is what the code brings about: "unlocks reimbursement", "triggers coverage", "opens up
 * Medicare payment", "brings in billing revenue", "means the hospital gets paid". Said of a code with a payment
 * word as their object, they state payment as a consequence, as a guarantee does. "Enables", "supports",
 * "facilitates", "allows" are not here: they say the code makes payment possible, which is true.
 */
export const PAYMENT_CAUSE_VERBS: ReadonlySet<string> = new Set([
  'unlock', 'unlocks', 'unlocked', 'unlocking', 'trigger', 'triggers', 'triggered', 'triggering',
  'open', 'opens', 'opened', 'opening', 'bring', 'brings', 'brought', 'bringing',
  'deliver', 'delivers', 'delivered', 'delivering', 'yield', 'yields', 'yielded', 'yielding',
  'produce', 'produces', 'produced', 'producing', 'generate', 'generates', 'generated', 'generating',
  'establish', 'establishes', 'established', 'establishing', 'create', 'creates', 'created', 'creating',
  'qualify', 'qualifies', 'qualified', 'qualifying', 'carry', 'carries', 'carried', 'carrying',
  'give', 'gives', 'gave', 'giving', 'mean', 'means', 'meant', 'obligate', 'obligates', 'obligated', 'obligating',
  'oblige', 'obliges', 'convert', 'converts', 'converted', 'converting', 'turn', 'turns', 'turned', 'turning',
  'earn', 'earns', 'earned', 'earning', 'lock', 'locks', 'locked', 'locking', 'confer', 'confers', 'conferred',
  'activate', 'activates', 'activated', 'activating', 'initiate', 'initiates', 'initiated', 'start', 'starts', 'started',
  // "will compel insurers to pay"
  'compel', 'compels', 'compelled', 'force', 'forces', 'forced',
]);
/** "results in payment", "leads to reimbursement", "translates directly into revenue": the verb and its particle. */
export const RESULT_VERBS: Readonly<Record<string, string>> = {
  result: 'in', results: 'in', resulted: 'in', resulting: 'in',
  lead: 'to', leads: 'to', led: 'to', leading: 'to',
  translate: 'into', translates: 'into', translated: 'into', translating: 'into',
  // "sets up a reimbursement stream"
  set: 'up', sets: 'up', setting: 'up',
};
/** Verbs that count only with a payable predicate: "makes the analysis a payable service", "becomes a covered benefit". */
export const PAYMENT_PREDICATE_VERBS: ReadonlySet<string> = new Set([
  'make', 'makes', 'made', 'making', 'become', 'becomes', 'became', 'becoming', 'render', 'renders', 'rendered',
  // "gets our customers reimbursed", "every study gets paid"
  'get', 'gets', 'got', 'getting',
]);
/** The predicates of those verbs: "Medicare reimbursement easier" is no payable service. */
export const PAYABLE_WORDS: ReadonlySet<string> = new Set(['payable', 'reimbursable', 'covered', 'paid', 'reimbursed', 'honoured', 'honored']);
/** Verbs whose subject is the payment that comes after the code: "payment follows automatically". */
export const PAYMENT_FOLLOWS: ReadonlySet<string> = new Set(['follow', 'follows', 'followed', 'ensue', 'ensues']);
export const PAYMENT_WORDS: ReadonlySet<string> = new Set([
  'coverage', 'covered', 'reimbursement', 'reimbursements', 'reimbursed', 'reimbursable',
  'payment', 'payments', 'paid', 'pay', 'pays', 'paying', 'payable', 'reimburse', 'reimburses', 'reimbursing', 'payout', 'payouts',
  'revenue', 'revenues', 'fee', 'fees', 'income', 'money',
  // "every claim will be honoured"
  'honoured', 'honored',
]);
/** A code is involved: "CPT code", "the code", "once coded", "Category III". */
export const CODE_WORDS: ReadonlySet<string> = new Set(['code', 'codes', 'coded', 'coding', 'cpt', 'cpt®', 'codification', 'category']);
/** Before a guarantee word, these make it a hope, not a claim ("may help secure payment"). */
export const PAYMENT_HEDGES: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'can', 'would', 'help', 'helps', 'helped', 'helping', 'aim', 'aims', 'seek', 'seeks',
  'hope', 'hopes', 'try', 'tries', 'attempt', 'attempts', 'intended', 'intend', 'intends',
  'possibly', 'potentially', 'eventually', 'hopefully', 'not', 'necessarily', 'likely', 'perhaps', 'expect',
  'expects', 'expected', 'anticipate', 'anticipates', 'anticipated', 'ideally', 'someday', 'ultimately',
  // how often: "rarely results in payment", "usually leads to coverage" is no certainty
  'rarely', 'seldom', 'sometimes', 'occasionally', 'usually', 'generally', 'typically', 'often', 'frequently',
]);
/**
 * Before the link, these make the claim an error being denied: "It is a misconception that a code guarantees payment",
 * "It would be wrong to say …", "Contrary to what some sites say, …".
 */
export const PAYMENT_ERRORS: ReadonlySet<string> = new Set([
  'misconception', 'myth', 'misunderstanding', 'wrong', 'wrongly', 'false', 'falsely', 'mistakenly', 'mistaken',
  'incorrect', 'incorrectly', 'contrary', 'untrue', 'fallacy', 'erroneously',
]);
/**
 * Before the link, these make the claim someone else's ("Some vendors claim that a code guarantees payment"). It is
 * withdrawn when the text denies it after ("…, but it does not.", "It does not."); relayed without a denial, the
 * dossier repeats it. Counted only as verbs (not after a determiner: "the claim is filed").
 */
export const PAYMENT_SAYING: ReadonlySet<string> = new Set([
  'claim', 'claims', 'claimed', 'say', 'says', 'said', 'believe', 'believes', 'believed', 'assume', 'assumes',
  'assumed', 'think', 'thinks', 'argue', 'argues', 'suggest', 'suggests', 'promote', 'promotes', 'advertise', 'advertises',
]);
/** After someone else's claim, these deny it: "…, but it does not.", "That is not true.", "This is a myth." */
export const PAYMENT_DENIALS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'untrue', 'false', 'wrong', 'myth', 'incorrect', 'mistaken']);
/** Before the link with no comma between, these make it a condition or a question: "whether the code brings payment". */
export const PAYMENT_CONDITIONS: ReadonlySet<string> = new Set(['if', 'whether', 'unless', 'how']);
/**
 * Between the link and the payment word, these make it a path to payment, not payment: "opens the door to coverage",
 * "paves the way", "a fresh chance to seek reimbursement", "a pathway for reimbursement". "Paves the way" is read
 * as hedged: it names a route whose end the payers still decide, as the rule's own fix text says.
 */
export const PAYMENT_PATHS: ReadonlySet<string> = new Set([
  'path', 'paths', 'pathway', 'pathways', 'way', 'ways', 'door', 'doors', 'road', 'route', 'step', 'steps', 'milestone',
  'chance', 'chances', 'opportunity', 'opportunities', 'discussion', 'discussions', 'conversation', 'conversations',
  'request', 'requests', 'application', 'applications', 'decision', 'decisions', 'policy', 'policies', 'strategy',
  'possibility', 'possibilities', 'prospect', 'prospects', 'basis', 'foundation', 'seek', 'pursue', 'apply',
  'negotiate', 'discuss', 'ask', 'consideration', 'eligibility', 'eligible', 'potential', 'access', 'toward', 'towards',
  'process', 'easier', 'simpler', 'faster', 'likelier', 'likely',
]);
/** Words that make "secure", "open" an adjective after a determiner: "a secure payment portal", "an open payment question". */
export const PAYMENT_ADJECTIVE_LOOKALIKES: ReadonlySet<string> = new Set(['secure', 'open']);
/** Who pays: "payers will have to reimburse" obliges them (a claim as much as "guarantees payment"). */
export const PAYER_NOUNS: ReadonlySet<string> = new Set([
  'payer', 'payers', 'payor', 'payors', 'insurer', 'insurers', 'insurance', 'insurances', 'medicare', 'medicaid', 'cms', 'carrier', 'carriers',
]);
/** Words that put an obligation on the payer: "must", "will have to", "are required / obliged / bound to". */
export const OBLIGATION_WORDS: ReadonlySet<string> = new Set(['must', 'required', 'obliged', 'obligated', 'bound', 'compelled', 'forced']);
/** Modals of a certain future: "insurers will cover the test", "each read will be reimbursed". */
export const CERTAIN_FUTURE: ReadonlySet<string> = new Set(['will', 'shall']);
/** What a payer is obliged to do: pay, reimburse, cover (as verbs). */
export const PAYING_VERBS: ReadonlySet<string> = new Set(['pay', 'reimburse', 'cover', 'fund']);
/** A payer's paying verb in the present: "Medicare pays for the analysis", "Medicare reimburses each scan". */
export const PAYING_VERBS_PRESENT: ReadonlySet<string> = new Set(['pays', 'reimburses', 'covers', 'funds']);
/** Payers in the plural take the base form: "insurers cover the screening". */
export const PAYER_PLURALS: ReadonlySet<string> = new Set(['payers', 'payors', 'insurers', 'carriers', 'insurances']);
/** The paying verb after "will start", "will begin": "Medicare will start paying for the test". */
export const PAYING_GERUNDS: ReadonlySet<string> = new Set(['paying', 'reimbursing', 'covering', 'funding']);
/** Aspect verbs between the modal and the paying verb. */
export const PAYING_ASPECT: ReadonlySet<string> = new Set(['start', 'begin', 'continue']);
/** Present passives and predicates of payment: "each study is reimbursed at the standard rate", "the platform is now fully reimbursable" (with a code in the sentence). */
export const PAID_PASSIVES: ReadonlySet<string> = new Set(['paid', 'reimbursed', 'reimbursable', 'payable']);
/** What someone will receive in a certain future: "every hospital will receive payment", "the practice will collect a fee". */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(['receive', 'get', 'earn', 'collect', 'obtain', 'gain', 'draw']);
/** Guarantee words that count only right before the payment word ("automatically reimbursed"). */
export const GUARANTEE_BEFORE_ONLY: ReadonlySet<string> = new Set(['automatic', 'automatically']);
/** Between a payment word and "automatically" after it: "coverage comes automatically", "payment is automatic". */
export const PAYMENT_ARRIVALS: ReadonlySet<string> = new Set(['is', 'are', 'will', 'be', 'comes', 'come', 'follows', 'follow', 'kicks', 'in', 'starts', 'start', 'begins', 'flows', 'arrives']);
/** Guarantee words that count only after the payment word ("payment is certain"). */
export const GUARANTEE_AFTER_ONLY: ReadonlySet<string> = new Set(['certain']);

// ---------------------------------------------------------------------------------------------
// Round 17b: values named by their quantity, and two-valued flags

/** Statistics that name a value the software works out: "the mean attenuation value", "the peak value". */
export const VALUE_STATISTICS: ReadonlySet<string> = new Set([
  'mean', 'median', 'average', 'peak', 'maximum', 'minimum', 'maximal', 'minimal', 'max', 'min', 'total', 'cumulative', 'absolute', 'relative',
]);
/** Units that name a value: "the Hounsfield unit value", "values in mmHg". */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'unit', 'units', 'hounsfield', 'hu', 'mmhg', 'ml', 'mm', 'cm', 'kpa', 'bpm', 'ms', 'percent', 'suv', 'db',
]);
/** Measured properties of tissue, flow or function, named before "value": "a stiffness value", "attenuation values". */
export const MEASURED_PROPERTIES: ReadonlySet<string> = new Set([
  'attenuation', 'stiffness', 'elasticity', 'velocity', 'velocities', 'pressure', 'flow', 'perfusion', 'density', 'strain',
  'thickness', 'volume', 'diameter', 'area', 'length', 'fraction', 'ratio', 'uptake', 'diffusion', 'elastography', 'shear',
  'reserve', 'resistance', 'compliance', 'gradient', 'concentration', 'fat',
]);
/** Sources whose values another product measured: "CGM values", "lab values", "pump values". */
export const RELAYED_SOURCES: ReadonlySet<string> = new Set(['cgm', 'lab', 'laboratory', 'meter', 'sensor', 'pump', 'ehr', 'emr', 'threshold', 'default', 'reference', 'target', 'input', 'entered', 'user']);
/**
 * Diagnostic verdicts, each with the answers that can stand against it in a closed answer ("negative or indeterminate",
 * "pass or refer", "fertile or not fertile"): answers.ts reads them all; verdicts.ts sorts cases only into the first four.
 */
export const VERDICT_OPPOSITES: Readonly<Record<string, readonly string[]>> = {
  normal: ['abnormal'], abnormal: ['normal'],
  positive: ['negative', 'void', 'indeterminate', 'invalid'], negative: ['positive', 'indeterminate', 'void', 'invalid'],
  pass: ['refer', 'fail'], refer: ['pass'], fail: ['pass'],
  benign: ['malignant', 'suspicious'], malignant: ['benign'], suspicious: ['benign'],
  epileptic: ['normal', 'non-epileptic'], fertile: ['infertile', 'non-fertile'], cephalic: ['non-cephalic'],
  reactive: ['non-reactive'], referable: ['non-referable'], 'non-referable': ['referable'],
};

/** A cut-off a value is sorted against: a verdict then flags a quantity ("positive or negative against the cut-off"). */
export const CUT_OFF_WORDS: ReadonlySet<string> = new Set(['threshold', 'thresholds', 'cutoff', 'cut-off', 'percentile', 'limit', 'limits']);
/** Words that make a verdict a suggestion: "only as a preliminary suggestion". */
export const UNSURE_WORDS: ReadonlySet<string> = new Set(['preliminary', 'suggestion', 'suggestions', 'provisional', 'tentative', 'tentatively']);

/** The two answers of a flag, each with its opposites: "present or absent", "a high or a low probability". */
export const FLAG_OPPOSITES: Readonly<Record<string, readonly string[]>> = {
  present: ['absent'], positive: ['negative'], high: ['low'], yes: ['no'], likely: ['unlikely'],
  detected: ['undetected'], suspicious: ['unsuspicious', 'non-suspicious'], elevated: ['normal'], raised: ['normal'],
  reduced: ['normal', 'preserved'], increased: ['normal'], suggestive: ['inconclusive'],
};
/** Sorting verbs whose answer may be a flag: "classifies each symptom as present or absent". */
export const FLAG_SORTING_VERBS: ReadonlySet<string> = new Set([
  'classify', 'categorize', 'categorise', 'grade', 'stratify', 'label', 'rate', 'score', 'characterize', 'characterise', 'predict', 'estimate', 'assess',
  // "sorts single films into fractured and not fractured" (stop 50)
  'sort',
]);
/** Answer nouns a flag may be worded as: "a high or a low probability", "a positive or negative classification". */
export const FLAG_ANSWER_NOUNS: ReadonlySet<string> = new Set([
  'probability', 'probabilities', 'likelihood', 'risk', 'risks', 'suspicion', 'classification', 'classifications', 'class', 'classes',
  'category', 'categories', 'level', 'levels', 'prediction', 'predictions', 'result', 'results', 'estimate', 'estimates',
]);
/** Nouns that name a flag's answer again later in the sentence: "and a new classification is produced". */
export const FLAG_RESTATED_NOUNS: ReadonlySet<string> = new Set(['classification', 'classifications', 'prediction', 'predictions', 'result', 'results', 'output', 'outputs']);
/** Adverbs that make the software's analysis give a quantity: "analyses them quantitatively". */
export const QUANTITY_ADVERBS: ReadonlySet<string> = new Set(['quantitatively', 'semi-quantitatively', 'semiquantitatively', 'volumetrically', 'numerically']);
/** The software's analysing verbs an adverb of quantity qualifies: "analyses", "assesses", "characterises", "evaluates". */
export const ANALYSING_VERBS: ReadonlySet<string> = new Set([
  'analyse', 'analyze', 'assess', 'evaluate', 'examine', 'characterise', 'characterize', 'describe', 'study', 'process', 'map',
  'measure', 'determine', 'estimate', 'grade', 'investigate', 'track', 'monitor',
]);
/** Equipment that measures a value another product then shows: "values from the cuff", "from the pulse oximeter". */
export const MEASURING_EQUIPMENT: ReadonlySet<string> = new Set([
  'cuff', 'cuffs', 'oximeter', 'oximeters', 'sensor', 'sensors', 'meter', 'meters', 'cgm', 'cgms', 'watch', 'watches', 'scale', 'scales',
  'thermometer', 'thermometers', 'wearable', 'wearables', 'band', 'patch', 'probe', 'electrode', 'electrodes', 'glucometer', 'spirometer',
]);
/**
 * Prefixes that make a word its own opposite: "stable" / "unstable", "suspicious" / "non-suspicious". ("Normal" /
 * "abnormal" is left out: calling a tracing or a film normal can be the conclusion itself, which other stages read.)
 */
export const NEGATING_PREFIXES: readonly string[] = ['un', 'non-', 'non', 'in', 'im', 'not-'];

/** Words of a quantity past a threshold: "positive for a reduced ejection fraction", "a low-EF result" (verdicts.ts, labResults.ts). */
export const THRESHOLD_FINDINGS: ReadonlySet<string> = new Set(['reduced', 'low', 'lower', 'high', 'higher', 'elevated', 'raised', 'increased', 'decreased', 'impaired', 'prolonged']);
/** People who check a sample's result in a laboratory before it is shown (acts.ts, labResults.ts). */
export const LAB_READERS: ReadonlySet<string> = new Set(['scientist', 'scientists', 'technologist', 'technologists', 'technician', 'technicians', 'pharmacist', 'pharmacists',
  // the laboratory's own specialists (stop 58): "with no microbiologist reviewing it first", "no biochemist looking at it"
  'microbiologist', 'microbiologists', 'biochemist', 'biochemists', 'virologist', 'virologists']);
/** The cases a reading service reads, closes or leaves, one or many: "an exam", "studies", "smears" (acts.ts, remainder.ts). */
export const READ_CASES: ReadonlySet<string> = new Set([
  'exam', 'exams', 'examination', 'examinations', 'study', 'studies', 'scan', 'scans', 'case', 'cases', 'image', 'images', 'slide', 'slides',
  'smear', 'smears', 'film', 'films', 'mammogram', 'mammograms', 'radiograph', 'radiographs', 'x-ray', 'x-rays', 'recording', 'recordings',
  'tracing', 'tracings', 'sample', 'samples', 'specimen', 'specimens', 'photograph', 'photographs', 'episode', 'episodes',
  // ("I read the curves and …" (stop 55))
  'curve', 'curves', 'waveform', 'waveforms', 'trace', 'traces',
]);

/** Words of a fertility status, which is itself the conclusion whatever grade or figure names it ("whether the chance of
 * pregnancy is high", "the predicted ovulation day"). */
export const FERTILITY_WORDS: ReadonlySet<string> = new Set(['pregnancy', 'pregnant', 'fertile', 'fertility', 'conception', 'ovulation', 'period', 'menstruation']);
