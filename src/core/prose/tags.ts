/**
 * Stage 3: parts of speech. A small rule-based tagger over the tokens of one sentence: closed
 * word classes come from the vocabulary, known verbs are told from their homograph nouns by
 * their neighbours ("the flags" / "it flags"), participles before a noun are adjectives ("the
 * interpreting physician", "notified clinicians"). It only has to be good enough to find clauses,
 * their verbs and their subjects; it runs in one pass with a look-around of two words.
 */
import { CODE, NUM, PUNCT, WORD, type Tok } from './tokens';
import * as V from './vocabulary';
import { opensInstruction } from './instruction';

export type Tag =
  | 'det' | 'prep' | 'to' | 'modal' | 'be' | 'have' | 'do' | 'neg' | 'cc' | 'sub' | 'rel' | 'adv'
  | 'verb' | 'noun' | 'name' | 'adj' | 'num' | 'punct' | 'pron';

/** Object pronouns that only a verb takes right before them: ", read it and …". */
const OBJECT_PRONOUNS_AFTER_VERB: ReadonlySet<string> = new Set(['it', 'them']);
/** Short words inside a title: "Computing in Cardiology", "Screening for Life". */
const TITLE_LINKS: ReadonlySet<string> = new Set(['in', 'of', 'for', 'and', 'on', 'at']);
/** Adverbs of consequence between "and" and the next verb: "and so diagnoses", "and thereby flags". */
const CONSEQUENCE: ReadonlySet<string> = new Set(['so', 'thus', 'thereby', 'hence', 'therefore']);

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

export interface Word {
  /** Index into the paragraph's tokens. */
  tok: number;
  w: string;
  tag: Tag;
  /** For a verb (and for a participle used as an adjective or a gerund): its lemma and form. */
  lemma?: string;
  form?: VerbForm;
  /** Written with a capital (a name, or the first word of a sentence). */
  cap: boolean;
}

interface FormHit {
  lemma: string;
  form: VerbForm;
}

/** Verbs of where a duty sits, before "with": "rests with the clinician". */
const RESTING_WITH: ReadonlySet<string> = new Set(['rest', 'rests', 'lie', 'lies', 'sit', 'sits']);

/** Every verb the stages know, by inflected form. */
const VERB_INDEX = new Map<string, FormHit[]>();

/** Verbs with no cue of their own that still make a clause (so its subject and voice are found). */
const COMMON_VERBS = [
  'use', 'analyze', 'analyse', 'process', 'segment', 'register', 'intend', 'design', 'develop', 'train', 'amend',
  'validate', 'test', 'receive', 'acquire', 'obtain', 'import', 'store', 'transfer', 'run', 'operate',
  'work', 'require', 'need', 'allow', 'compare', 'combine', 'extract', 'apply', 'base', 'consider',
  'achieve', 'enrol', 'enroll', 'collect', 'record', 'integrate', 'connect', 'pair', 'install', 'host',
  'access', 'open', 'load', 'perform', 'conduct', 'evaluate', 'synthesize', 'learn', 'plan', 'start',
  'complete', 'enter', 'capture', 'reconstruct', 'fuse', 'track', 'monitor', 'observe', 'help', 'keep',
  'remain', 'appear', 'seem', 'result', 'lead', 'contain', 'comprise', 'consist', 'incorporate',
  'remove', 'replace', 'simplify', 'improve', 'reduce', 'save', 'take', 'exceed', 'fall', 'reach',
  'predict', 'exercise', 'implement', 'maintain', 'wear', 'gather', 'input', 'communicate', 'list',
  'describe', 'define', 'associate', 'relate', 'explain', 'summarize', 'summarise', 'handle', 'serve',
  'place', 'follow', 'expect', 'submit', 'approve', 'clear', 'authorize', 'label', 'market', 'sell',
  'bill', 'code', 'pay', 'cover', 'reimburse', 'request', 'ask', 'seek', 'notify', 'engage',
  'release', 'get', 'come', 'go', 'mean', 'put', 'plot', 'keep', 'compile', 'express', 'turn', 'hold',
  'carry', 'rely', 'depend', 'belong', 'lean', 'sit', 'travel', 'rest', 'urge',
  // "The physician retains full responsibility for …", "bears responsibility for …" (round 17a).
  'retain', 'bear',
  // "the program responds with instructions for …", "we do not claim that it predicts …" (stop 58)
  'respond', 'claim', 'settle',
  // "anaesthetists continue to titrate the drugs themselves", "nurses try to adjust …": the person who continues is who acts (stop 42)
  'continue', 'try', 'begin', 'prefer',
  // Everyday verbs of dossier prose, known so that "the device charges", "it picks out", "sizes up" read as verbs.
  'pick', 'size', 'bump', 'sort', 'group', 'charge', 'press', 'judge',
  // "an alert pops up on the screen" (stop 43)
  'pop',
  // "Dr Silva agreed with the recommendation", "the GP disagreed with the computer's conclusion" (stop 50)
  'agree', 'disagree', 'concur',
  // "the radiologist accepts or dismisses every mark" (stop 52)
  'dismiss',
  // "each radiograph passes through a network that flags …", "the drop becomes a number for …", "the change never waits
  // for a doctor" (stop 53)
  'pass', 'become', 'wait',
  // Verbs that take a need away ("eliminates the need for") or carry out an act ("undertakes the interpretation").
  'eliminate', 'obviate', 'avoid', 'bypass', 'dispense', 'spare', 'undertake', 'accomplish',
  // "cases get moved up", "jump to the front", "the user sees an alert", "sets the infusion rate", "writes the report"
  'move', 'jump', 'see', 'set', 'write', 'prepare', 'dictate', 'choose', 'watch', 'lay',
  // "the ventilator aims at a set volume", "targets a volume", "follows the patient's effort"
  'aim', 'target',
  // "the diagnosis stays with the physician", "belongs to the reader", "rests with the clinician"
  'stay', 'belong', 'rest',
  // "the doctor can then program the device"
  'program', 'reprogram',
  // "merges the features into one score", "condenses the trace into an index"
  'merge', 'condense', 'distil', 'distill', 'pool',
  // "radiologists can reorder their worklist", "the queue is rearranged"
  'reorder', 're-order', 'rearrange', 'arrange', 'reprioritize', 'reprioritise', 're-sort',
  // closed loops: "senses the breathing effort", "tunes the difficulty", "calibrates itself to each wearer", "deems it needed"
  'sense', 'tune', 'calibrate', 'deem',
  // "declares the test positive or negative", "assigns the protocol" (stop 36)
  'declare', 'assign',
  // "how far the ratio rises over baseline", "as the heart rate climbs"
  'rise', 'climb',
  // "routes the result through an overread", "is routed to the cardiologist"
  'route',
  // An output said to express something (round 18b): "the score reflects how likely …", "the index counts the regions
  // affected", "the grade represents …", "what it contributes is …".
  'reflect', 'represent', 'convey', 'mirror', 'count', 'contribute', 'range',
  // "networks build a model of the tree and compute …"
  'build',
  // "the measurements flow into a draft report" (not "feed": "an index that feeds the alarm logic" is processing)
  'flow',
  // "display, manipulate and enhance images" (stop 28)
  'manipulate', 'enhance',
  // "the device itself re-selects the AV delay"
  'select', 'reselect', 're-select',
  // the pace or the fit of a device's action (stop 56): "slows or speeds the firing stroke", "resizes itself" (not "narrow" or
  // "widen": "joint space narrowing", "QRS widening" are findings)
  'slow', 'speed', 'quicken', 'accelerate', 'decelerate', 'loosen', 'resize', 'reshape',
  // an order or a treatment coming to an end (stop 57): "the orders expire on their own", "without anyone having to remember"
  'expire', 'lapse', 'terminate', 'cease', 'remember', 'aspirate',
  // a worn or driven device working a strap (stop 59): "the unit itself tightens the cuff" (not "bend" or "flex": "your bend
  // and straighten angles", "the flex angle" are measures)
  'tighten',
];

function addVerb(lemma: string): void {
  const [base, s, past, ing, pp] = V.verbForms(lemma);
  const add = (word: string, form: VerbForm): void => {
    const list = VERB_INDEX.get(word);
    if (!list) VERB_INDEX.set(word, [{ lemma, form }]);
    else if (!list.some((h) => h.lemma === lemma && h.form === form)) list.push({ lemma, form });
  };
  add(base, 'base');
  add(s, 's');
  add(past, 'ed');
  add(pp, 'ed');
  add(ing, 'ing');
  // A final consonant doubled before -ed and -ing (stop 45): "controlled", "transmitted", "mapped", and the British "labelled",
  // "signalled" beside the American spellings the regular forms give.
  if (doublesFinalConsonant(base)) {
    const doubled = base + base.slice(-1);
    add(doubled + 'ed', 'ed');
    add(doubled + 'ing', 'ing');
  }
}

/** Marking verbs whose doubled forms are mostly labelling or study results ("labelled for use with …", "spotted 77 % of
 * cases", "oestrogen signalling"): left to the regular forms. */
const UNDOUBLED: ReadonlySet<string> = new Set(['label', 'spot', 'signal']);
/** Verbs of more than one syllable whose stress falls on the last one, which double the final consonant: "transmitted". */
const STRESSED_LAST: ReadonlySet<string> = new Set(['refer', 'prefer', 'transfer', 'infer', 'confer', 'defer', 'occur', 'recur', 'incur', 'submit', 'transmit', 'emit', 'omit', 'admit', 'permit', 'commit', 'remit', 'regret', 'equip', 'deter', 'upset']);

/** Whether a verb doubles its final consonant: one syllable ending consonant-vowel-consonant ("map", "tag"), a stressed last
 * syllable ("transmit"), or a final "l" after one vowel ("control", "label", "signal"). */
function doublesFinalConsonant(base: string): boolean {
  if (!/[^aeiou][aeiou][bdgklmnprt]$/.test(base) || base.includes('-') || UNDOUBLED.has(base)) return false;
  const syllables = base.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 || STRESSED_LAST.has(base) || base.endsWith('l');
}
for (const entry of V.ACT_CUES) for (const v of entry.verbs) addVerb(v);
for (const v of [...V.OUTPUT_VERBS, ...V.HELP_VERBS, ...V.REVIEW_VERBS, ...COMMON_VERBS]) addVerb(v);

export function verbHit(word: string): FormHit | undefined {
  const hits = VERB_INDEX.get(word);
  return hits?.[0];
}

/**
 * Where a phrasal link such as "stays with", "is left to" or "rests on" ends when it starts at k, past one or two adverbs
 * between its words ("stays firmly with", "rests entirely with"); -1 when the words at k are not the link.
 */
export function linkEnd(words: readonly Word[], k: number, link: readonly string[]): number {
  if (words[k]?.w !== link[0]) return -1;
  let at = k + 1;
  for (let part = 1; part < link.length; part++) {
    for (let skipped = 0; skipped < 2 && words[at]?.tag === 'adv' && isAdverb(words[at].w); skipped++) at++;
    if (words[at]?.w !== link[part]) return -1;
    at++;
  }
  return at;
}

/**
 * Whether word k stands right before a physician noun (its possessive too: "the on-call physician's task") and is none
 * itself: a modifier that names which physician ("treating", "reading", "on-call"), no act or person of its own.
 */
export function modifiesPhysician(words: readonly Word[], k: number): boolean {
  return V.PHYSICIAN_NOUNS.has((words[k + 1]?.w ?? '').replace(/'s?$/, '')) && !V.PHYSICIAN_NOUNS.has(words[k].w);
}

/** Tags that start a clause of their own, which no list item holds. */
const CLAUSE_TAGS: ReadonlySet<Tag> = new Set(['be', 'modal', 'have', 'do', 'sub', 'rel', 'neg']);

/**
 * Removes, in place, each comma that stands before the "and" or "or" of a list of three or more short items: a comma one to
 * four words after another comma, with no word between them that opens a clause. A comma before "and" that ends a clause
 * ("…, and the test returns a result") has no list comma before it and stays.
 */
function dropSerialCommas(words: Word[]): void {
  let lastComma = -1;
  let out = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word.w === ',') {
      const next = words[k + 1]?.w;
      const gap = k - lastComma - 1;
      let listItem = lastComma >= 0 && gap >= 1 && gap <= 4 && (next === 'and' || next === 'or');
      for (let j = lastComma + 1; listItem && j < k; j++) if (CLAUSE_TAGS.has(words[j].tag) || words[j].tag === 'punct') listItem = false;
      // ("…, for example chest pain, breathlessness or fatigue, and reports how likely …": a verb after "and" goes back to the
      // clause's subject, past an aside that ends on a list; unless the list is of such verbs: "captures, stores, and displays")
      const after = words[k + 2];
      if (listItem && after && (CLAUSE_TAGS.has(after.tag) || (verbHit(after.w)?.form === 's' && verbHit(words[lastComma + 1].w)?.form !== 's'))) listItem = false;
      lastComma = k;
      if (listItem) continue;
    } else if (word.tag === 'punct' && word.w !== '-' && word.w !== '/') lastComma = -1;
    words[out++] = word;
  }
  words.length = out;
}

/** Negative contractions and the auxiliary each stands for ("won't" is "will not"). */
const CONTRACTED: ReadonlyMap<string, string> = new Map([
  ["isn't", 'is'], ["aren't", 'are'], ["wasn't", 'was'], ["weren't", 'were'], ["doesn't", 'does'], ["don't", 'do'], ["didn't", 'did'],
  ["hasn't", 'has'], ["haven't", 'have'], ["hadn't", 'had'], ["can't", 'can'], ["couldn't", 'could'], ["shouldn't", 'should'],
  ["wouldn't", 'would'], ["won't", 'will'], ["mustn't", 'must'], ["mightn't", 'might'], ["needn't", 'need'], ["shan't", 'shall'],
]);

/** Words that cannot be a verb even when they look like one. */
/** Determiners that open the object of a main-verb "do": "did the scan", "does the read". */
const DETERMINERS_AFTER_DO: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every', 'all', 'his', 'her', 'their']);
/** Titles before a person's name. */
const TITLES_BEFORE_NAMES: ReadonlySet<string> = new Set([...V.DOCTOR_TITLES, ...V.COURTESY_TITLES]);
const NEVER_VERB = new Set(['base', 'set', 'need', 'use', 'work', 'record', 'plan', 'test', 'result', 'lead', 'input', 'label', 'code', 'access', 'order', 'change', 'control', 'rate', 'dose', 'stage', 'grade', 'rank', 'map', 'alarm', 'signal', 'point', 'flag', 'mark', 'highlight', 'alert', 'score', 'measure', 'estimate', 'output', 'report', 'display', 'return', 'review', 'check', 'read', 'view', 'guide', 'triage', 'tag', 'surface', 'list', 'post', 'sign', 'limit', 'pump', 'monitor', 'start', 'pair', 'host', 'market', 'bill', 'cover', 'request', 'place', 'plug', 'train', 'process', 'design', 'overlay', 'increase', 'decrease', 'call', 'size', 'sort', 'group', 'press', 'bump']);

// Read for every word: module-level names, so that tsx (tests, eval, benchmark) does not read them through their import getters.
const { ADVERBS, MACHINE_ADVERBS } = V;

/** An adverb: listed, or an -ly word that is not one of the -ly nouns and adjectives. */
export function isAdverb(w: string): boolean {
  return ADVERBS.has(w) || MACHINE_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && !V.LY_NOT_ADVERB.has(w));
}

const PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she', 'you', 'i', 'itself', 'themselves', 'them', 'us', 'one']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she', 'you', 'i', 'one']);

/** `closedTagOf` of the words seen (a dozen set lookups per word, most often in none of them). */
const CLOSED_TAGS = new Map<string, Tag | null>();

/** Reflexives that may stress a subject: "the nurses themselves", "the pump itself". */
const INTENSIVE_REFLEXIVES: ReadonlySet<string> = new Set(['themselves', 'itself', 'himself', 'herself', 'themself']);
/** A person or a device a reflexive may stress (words the stages know as nouns, so no verb is taken for one). */
function stressedSubject(w: string): boolean {
  return V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || V.SOFTWARE_NOUNS.has(w) || V.LAY_PEOPLE.has(w);
}

/** Verbs of coming or staying that a plural subject opening the sentence may take: "Alerts come in tiers" (stop 52). */
const PLURAL_SUBJECT_VERBS: ReadonlySet<string> = new Set(['come', 'go', 'arrive', 'stay', 'remain', 'sit']);

/** Closed-class tag of a word, or undefined for an open-class word. */
function closedTag(w: string): Tag | undefined {
  let tag = CLOSED_TAGS.get(w);
  if (tag === undefined) {
    tag = closedTagOf(w) ?? null;
    if (CLOSED_TAGS.size < 100_000) CLOSED_TAGS.set(w, tag); // bounded: any number of distinct words may come
  }
  return tag ?? undefined;
}

function closedTagOf(w: string): Tag | undefined {
  if (w === 'to') return 'to';
  if (V.NEGATORS.has(w) || w.endsWith("n't")) return w === 'no' || w === 'without' ? (w === 'no' ? 'det' : 'prep') : 'neg';
  if (V.MODALS.has(w)) return 'modal';
  if (V.BE_FORMS.has(w) && w !== 'get' && w !== 'gets' && w !== 'got') return 'be';
  if (V.HAVE_FORMS.has(w)) return 'have';
  if (V.DO_FORMS.has(w)) return 'do';
  if (V.COORDINATORS.has(w) && w !== 'then') return 'cc';
  if (w === 'which' || w === 'who' || w === 'whom' || w === 'whose') return 'rel';
  if (V.SUBORDINATORS.has(w) && w !== 'as' && w !== 'after' && w !== 'before' && w !== 'since') return 'sub';
  if (PRONOUNS.has(w)) return 'pron';
  if (V.DETERMINERS.has(w) && w !== 'further' && w !== 'one') return 'det';
  if (V.PREPOSITIONS.has(w) || w === 'as' || w === 'after' || w === 'before' || w === 'since') return 'prep';
  return undefined;
}

/** A word with every field set from the start (lemma and form later, for verbs), so that all
 * words share one shape and the later stages read them at monomorphic speed. */
function newWord(tok: number, w: string, tag: Tag, cap: boolean): Word {
  return { tok, w, tag, lemma: undefined, form: undefined, cap };
}

/** Tags the tokens [a, b) of one sentence. */
/** Prepositions that open a clause with "that": "in that it …", "except that the …". */
const THAT_CONJUNCTION_PREPS: ReadonlySet<string> = new Set(['in', 'except', 'save', 'but', 'so', 'such', 'now', 'given', 'provided', 'considering']);

/** Words that open a new clause, where a look-ahead for the current clause's verb stops. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'because', 'so', 'until', 'if', 'and', 'but', 'or', 'which', 'who', 'that', 'once', 'before', 'after']);

/** Whether a be, have or modal word, or a known -s or past verb form, comes from j before the clause ends. */
function finiteVerbAhead(words: readonly Word[], j: number): boolean {
  for (let i = j; i < words.length && i <= j + 10; i++) {
    const word = words[i];
    if (word.tag === 'punct' || CLAUSE_STOPS.has(word.w)) return false;
    if (word.tag === 'be' || word.tag === 'have' || word.tag === 'modal') return true;
    const form = verbHit(word.w)?.form;
    if ((form === 's' || form === 'ed') && !/s$/.test(words[i - 1]?.w ?? '')) return true;
  }
  return false;
}

/** "the final say", "the last word": what a person has when the decision is theirs. */
const LAST_WORD_HELD: ReadonlySet<string> = new Set(['final', 'last']);
const LAST_WORDS: ReadonlySet<string> = new Set(['say', 'word', 'call']);

/** Pronouns that can only be a verb's object ("her" may be a determiner). */
const OBJECT_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['him', 'me', 'us']);

/** Forms of "sign", which take "out" as a particle. */
const SIGN_FORMS: ReadonlySet<string> = new Set(['sign', 'signs', 'signed', 'signing']);
/** Letters and roman numerals that mark a list's items: "(a)", "B)", "(iii)". */
const ITEM_MARKERS = /^(?:[a-h]|i{1,3}|iv)$/;
/** Words an item's marker may follow when it has no opening bracket: the sentence's start, a comma, a colon, "or", "and". */
const BEFORE_BARE_MARKER: ReadonlySet<string> = new Set([',', ';', ':', 'or', 'and']);

/** Whether the word, already tagged, is a list item's marker ("(a)", "B)"): the tagger reads it as punctuation. */
export function isListMarker(word: Word | undefined): boolean {
  return word !== undefined && word.tag === 'punct' && ITEM_MARKERS.test(word.w);
}
function markerAt(words: readonly Word[], k: number): boolean {
  return isListMarker(words[k]);
}

/** Whether the word at k marks a list's item: "(a)" anywhere, "a)" at the start of an item. */
function listItemMarker(words: readonly Word[], k: number): boolean {
  if (!ITEM_MARKERS.test(words[k].w) || words[k + 1]?.w !== ')') return false;
  return k === 0 || words[k - 1].w === '(' || BEFORE_BARE_MARKER.has(words[k - 1].w);
}

/** Words that take "of this" as their subject: "none of this", "all of that". */
const QUANTIFIER_PRONOUNS: ReadonlySet<string> = new Set(['none', 'all', 'neither', 'each', 'any', 'some', 'most']);

export function tagSentence(toks: readonly Tok[], a: number, b: number, names?: ReadonlySet<string>): Word[] {
  const words: Word[] = [];
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.t === PUNCT && TRADEMARKS.has(t.w)) {
      // "NEUROShield™ takes…": a trademark sign marks the word before it as a name and is no punctuation.
      const last = words[words.length - 1];
      if (last && last.tag === 'noun') last.tag = 'name';
    } else if (t.t === PUNCT && t.w === '=' && words.length === 1 && OUTPUT_LABELS.has(words[0].w)) {
      // "Output = wound area in cm2" (stop 53): notes write the output's label and "=" where prose writes a colon. (Only
      // the output's: "Reference = a photo measured in ImageJ" is a study's field, read as a statistic, not as an output.)
      words.push(newWord(i, ':', 'punct', false));
    } else if (t.t === PUNCT) words.push(newWord(i, t.w, 'punct', false));
    else if (t.t === NUM) words.push(newWord(i, t.w, 'num', false));
    else if (t.t === CODE) words.push(newWord(i, t.w, 'name', true));
    else if (t.t === WORD) {
      // "isn't", "aren't", "doesn't", "can't": the auxiliary and "not" are two words, read as "is not" is (a passive, a modal
      // and a negation each keep their part), though they share one token.
      const auxiliary = CONTRACTED.get(t.w);
      // "the pump auto-adjusts the basal rate", "auto-calculates the score" (stop 46): "auto-" before a known verb is
      // "automatically" and the verb, two words sharing the token as a contraction's do
      const automatic = t.w.startsWith('auto-') && verbHit(t.w.slice(5)) !== undefined ? t.w.slice(5) : undefined;
      // ("the loop re-adjusts itself" (stop 53): or, when no verb is written solid, the verb after "re-": doing it again is doing
      // it; not a review, "advised to re-check", which a person repeats on their own reading)
      const redone = !t.w.startsWith('re-') || verbHit(t.w) !== undefined ? undefined : verbHit('re' + t.w.slice(3)) !== undefined ? 're' + t.w.slice(3) : verbHit(t.w.slice(3)) !== undefined && !REVIEW_LEMMAS.has(verbHit(t.w.slice(3))?.lemma ?? '') ? t.w.slice(3) : undefined;
      if (auxiliary) words.push(newWord(i, auxiliary, 'noun', t.cap), newWord(i, 'not', 'noun', false));
      else if (automatic) words.push(newWord(i, 'automatically', 'noun', false), newWord(i, automatic, 'noun', false));
      // "re-tunes the basal settings", "re-sets its parameters" (stop 48): the hyphen is spelling; the verb is the one written solid
      else if (redone) words.push(newWord(i, redone, 'noun', t.cap));
      else words.push(newWord(i, t.w, 'noun', t.cap));
    }
  }
  // First pass: closed classes.
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word.tag !== 'noun') continue;
    const closed = closedTag(word.w);
    if (closed) word.tag = closed;
    // "the doctor who did the scan will …", "the radiologist who does the read" (stop 50): "do" right after a relative pronoun,
    // before its object, is the relative clause's own verb, not an auxiliary
    if (closed === 'do' && (words[k - 1]?.w === 'who' || words[k - 1]?.w === 'that') && DETERMINERS_AFTER_DO.has(words[k + 1]?.w ?? '')) {
      word.tag = 'verb';
      word.lemma = 'do';
      word.form = word.w === 'did' ? 'ed' : word.w === 'does' ? 's' : 'base';
    }
    // "confirmed by a qualified physician prior to diagnosis": "prior to" is a preposition, which ends the agent's noun phrase (round 17a).
    if (word.w === 'prior' && words[k + 1]?.w === 'to') word.tag = 'prep';
    // "None of this waits for a clinician" (stop 53): "this" after "none of", "all of", before an -s verb, is the pronoun subject
    if ((word.w === 'this' || word.w === 'that') && words[k - 1]?.w === 'of' && QUANTIFIER_PRONOUNS.has(words[k - 2]?.w ?? '') && verbHit(words[k + 1]?.w ?? '')?.form === 's') word.tag = 'pron';
    // "checked the rhythm once more and told him …" (stop 53): "once more", "once again" say how often; they open no clause
    if (word.w === 'once' && (words[k + 1]?.w === 'more' || words[k + 1]?.w === 'again')) word.tag = 'adv';
    if ((word.w === 'more' || word.w === 'again') && words[k - 1]?.w === 'once') word.tag = 'adv';
    // "At 8 am the radiologist reviews …" (stop 52): "am" after a number is the time of day, no verb
    if (word.w === 'am' && words[k - 1]?.tag === 'num') word.tag = 'noun';
    // "Option A measures …", "Product A flags …" (stop 46): a capital letter naming one of the products compared is a name
    if (word.w === 'a' && word.cap && k > 0 && COMPARED_PRODUCTS.has(words[k - 1].w)) word.tag = 'name';
    // "the next exercises": "next" after a determiner qualifies the noun (stop 28).
    if (word.w === 'next' && words[k - 1]?.tag === 'det') word.tag = 'adj';
    // "the on-call physician", "a board-certified radiologist" (stop 35): a hyphenated word right before a physician noun
    // describes the physician.
    if (word.tag === 'noun' && word.w.includes('-') && modifiesPhysician(words, k)) word.tag = 'adj';
    // "Nurses themselves continue to adjust …", "the device itself stops …" (stop 43): a reflexive right after the person or
    // the device it stresses stands between the subject and its verb like an adverb.
    if (INTENSIVE_REFLEXIVES.has(word.w) && k > 0 && stressedSubject(words[k - 1].w)) word.tag = 'adv';
    // "(A) It computes …, (B) it cancels …", "a) segments the ventricle" (stop 55): a letter or a small roman numeral that marks
    // a list's item, between brackets or before a closing one at the start of an item, is punctuation, no word of the sentence
    if (listItemMarker(words, k)) word.tag = 'punct';
    // "the pathologist signs out the case", "signed out by the pathologist" (stop 55): "out" after "sign" is its particle, as
    // "off" is ("signs off the report"), never a noun
    if (word.w === 'out' && SIGN_FORMS.has(words[k - 1]?.w ?? '')) word.tag = 'adv';
    // "no longer routes the result through …": "no longer" negates the verb after it, as "not" does; it is no determiner.
    if (word.w === 'longer' && words[k - 1]?.w === 'no') {
      words[k - 1].tag = 'neg';
      word.tag = 'adv';
    }
  }
  // "segment, measure, and localise nodules", "vital signs, nursing assessments, and laboratory results": the serial comma of
  // American style says what "and" alone says in British style, so the last item is read as in "X, Y and Z" (stop 35).
  dropSerialCommas(words);
  // Second pass: open classes, left to right, looking at the neighbours already tagged.
  let verbSeen = false;
  // A bracketed aside does not end the clause around it: "predicts X (based on Y) and uses…".
  const beforeBracket: boolean[] = [];
  let modalSeen = false;
  const firstComma = words.findIndex((x) => x.w === ',');
  // Whether the sentence is still in its fronted phrase or clause, whose closing comma starts the main clause.
  // "Used by radiologists who read chest CT, the software marks …": so is an opening participle.
  let frontedOpen = words[0]?.tag === 'prep' || words[0]?.tag === 'sub' || frontedParticiple(words);
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word.tag === 'modal') modalSeen = true;
    if (word.tag === 'punct' || word.tag === 'cc' || word.tag === 'sub' || word.tag === 'rel') {
      // (a list item's marker starts an item, as a comma does, and its brackets hold no aside: "(a) segments …, (b) computes …")
      if (word.w === '(' && markerAt(words, k + 1)) {
        verbSeen = false;
        continue;
      }
      if (word.w === ')' && markerAt(words, k - 1)) continue;
      if (word.w === '(' || word.w === '[') beforeBracket.push(verbSeen);
      // A new clause starts at a subordinator, a relative or clause punctuation (not at a stray symbol).
      // A closing bracket that no bracket opened ("… insulin) based on …") is a slip, not a clause break.
      const strayClose = (word.w === ')' || word.w === ']') && beforeBracket.length === 0;
      if (word.tag === 'sub' || word.tag === 'rel' || (CLAUSE_PUNCT.has(word.w) && !strayClose)) verbSeen = false;
      // "Unlike tools that diagnose, AcmeEcho measures…": the first comma closes a fronted prepositional phrase; the main clause follows.
      // "While the EEG is recorded, the software flags seizures": so does the first comma after a fronted subordinate clause.
      // "In routine use, while the wearer is still, the algorithm checks …": a subordinate clause right after that comma is fronted too.
      // ("In real time it filters the signal, detects …" (stop 29): a pronoun and its verb before the comma began the main
      // clause already; the comma goes on with its verbs.)
      if (word.w === ',' && frontedOpen && verbSeen && words[0]?.tag === 'prep' && pronounVerbBefore(words, k)) frontedOpen = false;
      if (word.w === ',' && frontedOpen) {
        verbSeen = false;
        frontedOpen = words[k + 1]?.tag === 'sub';
      } else if (word.w === ',') frontedOpen = false;
      // "The technologist identifies the loop and the software measures it": a new subject may follow.
      // But "sinus rhythm or a fast rate with…" coordinates nouns: a verb must follow the new noun phrase.
      // ("Plasma is analysed, and the test returns a result": so after a comma that closes a clause with its verb.)
      if (word.tag === 'cc' && words[k + 1]?.tag === 'det' && (words[k - 1]?.tag === 'noun' || words[k - 1]?.tag === 'name' || (words[k - 1]?.w === ',' && verbSeen)) && verbAfterPhrase(words, k + 2)) verbSeen = false;
      // "…, and doctors interpret the readings" (stop 29): a plural person after the coordinator, then a bare verb and its object, is a new subject.
      if ((word.tag === 'cc' || word.w === ',') && personSubjectNext(words, k + 1)) verbSeen = false;
      // ("Enter the weight and the amounts, and Abacus works out the volume" (stop 54): past ", and", a product named as a
      // new subject before an -s verb starts a clause of its own)
      if (word.w === 'and' && words[k - 1]?.w === ',' && productSubjectNext(words, k + 1)) verbSeen = false;
      if ((word.w === ')' || word.w === ']') && beforeBracket.length) verbSeen = beforeBracket.pop() ?? false;
      continue;
    }
    if (word.w === 'that') {
      const prev = words[k - 1];
      // "uses that forecast to suspend …": after a verb, "that" before a lone noun and a preposition or "to" is a determiner.
      const after2 = words[k + 2];
      // ("lowers that pacing rate by itself", "sets that pause itself" (stop 54): past a two-word noun, or before "itself")
      const phraseEnd = (at: Word | undefined): boolean => at !== undefined && (at.tag === 'to' || at.tag === 'prep' || at.tag === 'punct' || INTENSIVE_REFLEXIVES.has(at.w));
      // (not a clause with a verb of its own: "suggest that passive monitoring of this kind could …", "reports that detection
      // accuracy for … has reached …"; nor a plural first, the subject of a relative clause: "sounds that clinicians use to …")
      if (prev?.tag === 'verb' && words[k + 1]?.tag === 'noun' && (phraseEnd(after2) || (after2?.tag === 'noun' && !/[^s]s$/.test(words[k + 1].w) && phraseEnd(words[k + 3]) && !finiteVerbAhead(words, k + 3)))) {
        word.tag = 'det';
        continue;
      }
      if (demonstrativeThat(words, k)) {
        word.tag = 'det';
        continue;
      }
      // "listens to that breath through the microphone", "based on that score" (stop 53): after a preposition, "that"
      // before a lone noun is a determiner too (not "in that", "except that", which open a clause).
      if ((prev?.tag === 'prep' || prev?.tag === 'to') && !THAT_CONJUNCTION_PREPS.has(prev.w) && words[k + 1]?.tag === 'noun' && (!after2 || ['prep', 'to', 'punct', 'cc', 'det', 'adv'].includes(after2.tag) || isAdverb(after2.w) || INTENSIVE_REFLEXIVES.has(after2.w))) {
        word.tag = 'det';
        continue;
      }
      // "an algorithm, delivered as software alone, that analyzes …": after a comma, "that" before a verb is a relative pronoun.
      const verbNext = prev?.w === ',' && verbHit(words[k + 1]?.w ?? '')?.form === 's' && (after2?.tag === 'det' || after2?.tag === 'noun' || after2?.tag === 'name');
      word.tag = prev && (prev.tag === 'noun' || prev.tag === 'name' || verbNext) ? 'rel' : 'sub';
      verbSeen = false;
      continue;
    }
    // "The unit has the rescuer press the button": a causative "have" before a person and a bare verb is the clause's verb.
    // ("the radiologist has the final say", "keeps … the last word" (stop 54): "have" before the last word is the main verb)
    if (word.tag === 'have' && words[k + 1]?.tag === 'det' && LAST_WORD_HELD.has(words[k + 2]?.w ?? '') && LAST_WORDS.has(words[k + 3]?.w ?? '')) {
      word.tag = 'verb';
      word.lemma = 'have';
      word.form = word.w === 'had' ? 'ed' : word.w === 'have' ? 'base' : 's';
      verbSeen = true;
      continue;
    }
    if (word.tag === 'have' && causativeHave(words, k)) {
      word.tag = 'verb';
      word.lemma = 'have';
      word.form = word.w === 'had' ? 'ed' : word.w === 'have' ? 'base' : 's';
      verbSeen = true;
      continue;
    }
    if (word.tag !== 'noun') {
      if (word.tag === 'modal' || word.tag === 'be' || word.tag === 'have' || word.tag === 'do') verbSeen = true;
      continue;
    }
    const w = word.w;
    const t = toks[word.tok];
    // "The tool (version 2.1) flags …": a short bracketed aside between a subject and an -s verb is transparent.
    const asideAt = w.endsWith('s') ? asideBefore(words, k) : -1;
    let prev = asideAt >= 0 ? words[asideAt - 1] : words[k - 1];
    let prev2 = asideAt >= 0 ? words[asideAt - 2] : words[k - 2];
    const next = words[k + 1];
    // "The measured angles end up in the report": "end up" after a noun phrase is the clause's verb.
    if ((w === 'end' || w === 'ends' || w === 'ended') && next?.w === 'up' && (prev?.tag === 'noun' || prev?.tag === 'name') && !verbSeen) {
      word.tag = 'verb';
      word.lemma = 'end';
      word.form = w === 'end' ? 'base' : w === 'ends' ? 's' : 'ed';
      next.tag = 'adv';
      verbSeen = true;
      continue;
    }
    // "Lay responders act on its verdict", "the clinic acts upon it": "act" before "on" or "upon" after its subject is the verb
    // (not "act as reporting software", which only names a role, so "act" stays unknown elsewhere).
    if ((w === 'act' || w === 'acts' || w === 'acted') && (next?.w === 'on' || next?.w === 'upon') && !verbSeen && prev !== undefined && ['noun', 'name', 'pron', 'modal', 'to', 'adv'].includes(prev.tag)) {
      word.tag = 'verb';
      word.lemma = 'act';
      word.form = w === 'act' ? 'base' : w === 'acts' ? 's' : 'ed';
      verbSeen = true;
      continue;
    }
    // "The interpretation it offers counts only when …": after a reduced object relative ("<noun> it <verb>"), whose object is
    // the noun before it, an -s word with no object after it is the main clause's verb, not the relative verb's object
    // (a known verb too, round 18b: "the score it gives counts only when …").
    if (reducedRelativeBefore(words, k) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && (next === undefined || isAdverb(next.w) || ['adv', 'sub', 'prep', 'punct', 'to'].includes(next.tag))) {
      const known = verbHit(w);
      word.tag = 'verb';
      word.lemma = known?.form === 's' ? known.lemma : w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    // "The Status Epilepticus Monitor diagnoses …", "Proportional Assist amplifies …": a capitalised word after a name, before
    // an -s word and its object, ends the product's name; the -s word is the verb.
    if (word.cap && k > 0 && prev?.tag === 'name' && prev.cap && next !== undefined && !next.cap && next.w.length > 3 && next.w.endsWith('s') && !next.w.endsWith('ss') && ['det', 'noun', 'num'].includes(words[k + 2]?.tag ?? '') && !verbSeen) {
      word.tag = 'name';
      continue;
    }
    // "Interpretation … and any change in treatment rest with the clinical team" (stop 29): "rest", "lie" or "sit" before
    // "with" after a noun, with no verb before, is the verb that says whose the duty is.
    // ("Management decisions rest on the cardiologist's assessment" (stop 33): so before "on" or "upon".)
    // ("the counselling and the decision stay with them" (stop 48): "stay" or "remain" after two nouns joined by "and")
    const afterCoordinated = (w === 'stay' || w === 'remain') && next?.w === 'with' && coordinatedNounsBefore(words, k);
    if (!verbSeen && (RESTING_WITH.has(w) || afterCoordinated) && (next?.w === 'with' || next?.w === 'on' || next?.w === 'upon') && (prev?.tag === 'noun' || prev?.tag === 'name')) {
      word.tag = 'verb';
      word.lemma = w.replace(/s$/, '');
      word.form = w.endsWith('s') ? 's' : 'base';
      verbSeen = true;
      continue;
    }
    // "A trained provider scans matching regions …" (stop 28): an -s word no verb list knows, right after a person who opens
    // the sentence, before its object and with no verb after, is the person's verb.
    // "an app that scans the child and calculates …", "a camera that photographs the wound" (stop 41): so is one right after
    // a relative pronoun on a noun, before a determiner and its object.
    if (!verbSeen && unknownVerbAfterRelative(words, k)) {
      word.tag = 'verb';
      word.lemma = w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    if (!verbSeen && unknownVerbAfterPerson(words, k)) {
      word.tag = 'verb';
      word.lemma = w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    let hit = verbHit(w);
    // "On standing views it also rates …", "In ambiguous cases they flag …": in a fronted prepositional phrase with no comma, an -s
    // word right before a subject pronoun and its verb ends the phrase as a plural noun; the pronoun is the main clause's subject (round 18a).
    if (hit?.form === 's' && frontedOpen && words[0]?.tag === 'prep' && !verbSeen && (prev?.tag === 'noun' || prev?.tag === 'adj') && pronounSubjectNext(words, k)) hit = undefined;
    // "Dr Ahmed read them", "Ms Reed reviewed …" (stop 50): a capitalised word right after a title is a name, never a verb
    if (hit && word.cap && TITLES_BEFORE_NAMES.has(prev?.w ?? '')) {
      word.tag = 'name';
      continue;
    }
    // "BedsidePEWS (Bedside Paediatric Early Warning System)": a capitalised word between capitalised words is part of a name.
    if (hit && word.cap && k > 0 && prev?.cap && next?.cap && prev.tag !== 'punct' && next.tag !== 'punct') hit = undefined;
    // "the PhysioNet/Computing in Cardiology Challenge", "the Screening for Life programme" (stop 37): a capitalised -ing word
    // inside a sentence, joined to a capitalised word by a short preposition or a slash, is part of a title.
    if (hit?.form === 'ing' && word.cap && k > 0 && prev !== undefined && prev.w !== ':' && prev.w !== '.' && prev.w !== '"' && ((TITLE_LINKS.has(next?.w ?? '') && words[k + 2]?.cap === true) || (prev.w === '/' && prev2?.cap === true))) hit = undefined;
    // After a form of "be" or "have", a word that can be a participle is one ("should be read", "has set").
    const afterAux = prev && (prev.tag === 'be' || prev.tag === 'have' || (prev.tag === 'adv' && prev2 && (prev2.tag === 'be' || prev2.tag === 'have')));
    if (hit && afterAux && hit.form !== 'ed' && hit.form !== 'ing') hit = VERB_INDEX.get(w)?.find((h) => h.form === 'ed') ?? hit;
    if (hit) {
      // "detects/flags": a slash joins two verbs.
      // "The Concussion Index (CI) estimates …": a short bracketed acronym after a name is read through, as if absent.
      const opened = prev?.w === ')' ? acronymOpen(words, k - 1) : -1;
      // "CardioTrace 3.1 measures …": a version number after a product name is read through too.
      const version = prev?.tag === 'num' && prev2?.tag === 'name' && hit.form === 's';
      const [left, left2] = opened > 0 ? [words[opened - 1], words[opened - 2]] : version ? [prev2, words[k - 3]] : [prev, prev2];
      let tag = prev?.w === '/' && prev2?.tag === 'verb' ? 'verb' : verbOrNot(hit.form, w, left, left2, next, verbSeen, k === 0);
      // "does not by itself settle treatment", "cannot on its own decide" (stop 58): a bare form after a do or a modal and a
      // phrase of acting alone is the verb they govern.
      if (tag !== 'verb' && hit.form === 'base' && auxiliaryBeforeAlone(words, k)) tag = 'verb';
      // "bounding boxes enclose …" (stop 46): after "bounding" the word is the box, never a verb
      if (tag === 'verb' && prev?.w === 'bounding') tag = 'noun';
      // "Radiologists still open each exam, read it and write the report" (stop 37): a bare verb after a comma in a list of
      // verbs, right before an object pronoun, is the next verb (a noun is not followed by "it" or "them").
      if (tag === 'noun' && hit.form === 'base' && verbSeen && prev?.w === ',' && OBJECT_PRONOUNS_AFTER_VERB.has(next?.w ?? '') && (words[k + 2]?.tag === 'cc' || words[k + 2]?.w === ',' || words[k + 2]?.tag === 'punct')) tag = 'verb';
      // "the tools segment, measure and localise nodules": a list of bare verbs right after a plural subject, before their object.
      if (tag === 'noun' && hit.form === 'base' && !verbSeen && (prev?.tag === 'noun' || prev?.tag === 'name') && /[^s]s$/.test(prev.w) && bareVerbList(words, k)) tag = 'verb';
      // "…, and anaesthetists continue to titrate the drugs" (stop 42): a bare verb that takes an infinitive, right after a plural
      // or a person and before "to" and a bare verb, is the verb of that subject (the infinitive's act is the subject's).
      if (tag === 'noun' && hit.form === 'base' && CATENATIVE.has(hit.lemma) && prev !== undefined && (prev.tag === 'noun' || prev.tag === 'name') && (/[^s]s$/.test(prev.w) || V.PHYSICIAN_NOUNS.has(prev.w) || V.OTHER_NOUNS.has(prev.w)) && next?.tag === 'to' && verbHit(words[k + 2]?.w ?? '')?.form === 'base') tag = 'verb';
      // "Each time a value is entered, the rules issue an instruction" (stop 42): a bare verb after a plural noun phrase that opens
      // its clause (after the sentence's start, a comma or a coordinator), right before its object's determiner, is its verb.
      // (not before a noun and its own verb: "the results screen the nurse uses is refreshed" names a screen)
      if (tag === 'noun' && hit.form === 'base' && !NEVER_VERB.has(w) && prev !== undefined && prev.tag === 'noun' && /[^su]s$/.test(prev.w) && next?.tag === 'det' && pluralPhraseOpensClause(words, k - 1) && !(words[k + 2] !== undefined && verbHit(words[k + 3]?.w ?? '')?.form === 's')) tag = 'verb';
      // "The networks look at each tracing and flag …" (stop 57): a bare verb of going over data after a plural subject that
      // opens its clause, before "at", "through" or "over", is that subject's verb.
      if (tag === 'noun' && hit.form === 'base' && SCANNING_VERBS.has(hit.lemma) && prev !== undefined && prev.tag === 'noun' && /[^su]s$/.test(prev.w) && SCANNED_THROUGH.has(next?.w ?? '') && pluralPhraseOpensClause(words, k - 1)) tag = 'verb';
      // ("the restraint orders expire on their own": a verb seldom a noun, after a plural subject that opens its clause)
      if (tag === 'noun' && hit.form === 'base' && INTRANSITIVE_BARE.has(hit.lemma) && prev !== undefined && prev.tag === 'noun' && /[^su]s$/.test(prev.w) && pluralPhraseOpensClause(words, k - 1)) tag = 'verb';
      // "The device recognised the short, removed the coil and delivered a shock" (stop 43): a past form after a comma, in a
      // list of past verbs (one before it, "and" and another after), before its object's determiner, is the next verb.
      if (tag === 'adj' && hit.form === 'ed' && verbSeen && prev?.w === ',' && (next?.tag === 'det' || OBJECT_PRONOUNS_AFTER_VERB.has(next?.w ?? '')) && lastVerbIsPast(words, k) && pastListGoesOn(words, k)) tag = 'verb';
      // "The system screened each admission and, for any patient over 65, placed a consult order" (stop 57): after "and" and
      // an aside between commas, a form like the verb before "and" (past after past, -s after -s), before its object, is the
      // next verb of the same subject.
      if (((tag === 'adj' && hit.form === 'ed') || (tag === 'noun' && hit.form === 's')) && verbSeen && prev?.w === ',' && (next?.tag === 'det' || OBJECT_PRONOUNS_AFTER_VERB.has(next?.w ?? '')) && afterAsideOfAnd(words, k, hit.form)) tag = 'verb';
      // "Studies with a flag move to the top of the worklist" (stop 43): a bare verb of motion right after a sentence's plural subject
      // and the phrase that qualifies it, before "to the", is that subject's verb.
      // ("Alerts come in three tiers", "Results go to the ward" (stop 52), "The risk scores stay on the main screen" (stop 53):
      // the plural that opens the sentence, past its determiner or nouns, then a bare verb of coming or staying before its
      // preposition)
      if (tag === 'noun' && hit.form === 'base' && !verbSeen && PLURAL_SUBJECT_VERBS.has(w) && (next?.tag === 'prep' || next?.tag === 'adv' || next?.w === 'up') && openingPluralBefore(words, k)) tag = 'verb';
      if (tag === 'noun' && hit.form === 'base' && !verbSeen && MOTION_TO.has(hit.lemma) && next?.tag === 'to' && words[k + 2]?.tag === 'det' && pluralSubjectWithPhrase(words, k - 1)) tag = 'verb';
      // "…, and changes in arterial pressure do not affect it" (stop 29): an -s word after the coordinator, then "in" or "of"
      // and a noun phrase that a finite verb follows, is the new clause's subject, not a verb coordinated with the last one.
      // (not a therapy changed: "and changes in insulin delivery are made automatically" keeps its act)
      if (tag === 'verb' && hit.form === 's' && prev?.tag === 'cc' && (next?.w === 'in' || next?.w === 'of') && finiteAfterPhrase(words, k + 2) && !words.slice(k + 2, k + 6).some((x) => CHANGED_THERAPIES.has(x.w))) tag = 'noun';
      // "does not grade the tear, classify its pattern or measure …" (stop 29): after a comma, before its object, the next
      // bare verb of a list opened by a bare verb after "not", a modal or "to".
      if (tag === 'noun' && hit.form === 'base' && prev?.w === ',' && (next?.tag === 'det' || next?.w === 'it' || next?.w === 'them') && bareVerbListBefore(words, k)) tag = 'verb';
      // "The model, a random forest trained on audio features, returns …" (stop 45): a past form right after the noun of an
      // appositive (a comma after a noun, then an article), before a preposition, is a participle qualifying it.
      if (tag === 'verb' && hit.form === 'ed' && !verbSeen && (prev?.tag === 'noun' || prev?.tag === 'name') && next?.tag === 'prep' && appositiveNounBefore(words, k)) tag = 'adj';
      // (and the -s word right after the appositive's closing comma is the subject's verb: "…, a network trained on 1,000
      // recordings from the hospital, detects atrial fibrillation")
      // (a past form too, before its object: "Dr. Chen, a cardiologist trained in Boston, reviewed all the tracings")
      if (((tag === 'noun' && hit.form === 's') || (tag === 'adj' && hit.form === 'ed' && (next?.tag === 'det' || next?.tag === 'num' || next?.tag === 'noun'))) && !verbSeen && prev?.w === ',' && appositiveClosedAt(words, k - 1)) tag = 'verb';
      // "Final assessment and diagnosis stay with the clinician": a bare verb after a compound subject that opens the sentence.
      if (tag === 'noun' && hit.form === 'base' && !verbSeen && !NEVER_VERB.has(w) && compoundSubjectBefore(words, k) && (next?.tag === 'det' || next?.tag === 'adv' || (next?.tag === 'prep' && next.w !== 'of'))) tag = 'verb';
      // "Always interpret the score …", "Before the first feed, confirm the position …" (stop 41): a bare verb that opens the
      // sentence or its main clause, right before its object, is an instruction's verb (instruction.ts).
      if (tag === 'noun' && hit.form === 'base' && !verbSeen && opensInstruction(words, k, firstComma)) tag = 'verb';
      // "helps radiologists order the studies": a bare verb after a help verb and the person helped is what the person does.
      // (Round 16b: also past the person's determiner and modifiers: "helps trained radiologists pick out …", "helps the reading physician find …".)
      if (tag === 'noun' && hit.form === 'base' && prev !== undefined && (V.PHYSICIAN_NOUNS.has(prev.w) || V.OTHER_NOUNS.has(prev.w)) && helpVerbBefore(words, k - 2) && (next?.tag === 'det' || next?.tag === 'noun' || next?.tag === 'adj' || next?.tag === 'name')) tag = 'verb';
      // "The generators are microprocessor-controlled, producing airway pressure …": an -ing word after a comma that follows
      // a clause (any finite verb earlier in the sentence, fronted or not) opens a participle clause.
      if (tag === 'adj' && hit.form === 'ing' && prev?.w === ',' && !NOMINAL_ING.has(w) && words.slice(0, k - 1).some((x) => (x.tag === 'verb' && x.form !== 'ing') || x.tag === 'be')) tag = 'verb';
      // "the system keeps recommending doses": an aspectual verb before an -ing form is the verb.
      if (tag === 'noun' && hit.form === 's' && ASPECTUAL.has(hit.lemma) && next !== undefined && verbHit(next.w)?.form === 'ing' && (prev?.tag === 'noun' || prev?.tag === 'name' || prev?.tag === 'pron')) tag = 'verb';
      // "checks how the intervals vary and …": a known verb after the subject of a subordinate clause, agreeing with it (round 18a).
      if (tag === 'noun' && !verbSeen && (hit.form === 'base' || hit.form === 's') && !NEVER_VERB.has(hit.lemma) && subordinateVerbForm(words, k, true) === hit.form) tag = 'verb';
      // "A classifier built with machine learning analyses the spectra": an -s verb after a participle phrase on the opening subject (round 18a).
      // (A word that is often a noun, "highlights", "flags", only before the start of its object.)
      if (tag === 'noun' && hit.form === 's' && (!NEVER_VERB.has(hit.lemma) || ['det', 'adj', 'noun', 'num'].includes(next?.tag ?? '')) && verbAfterParticiplePhrase(words, k)) {
        tag = 'verb';
        modifierPhraseBefore(words, k);
      }
      // "Neural networks running in the cloud pick out …": a bare verb after a plural subject and its "-ing" phrase (round 18a).
      if (tag === 'noun' && hit.form === 'base' && !verbSeen && !NEVER_VERB.has(hit.lemma) && pluralSubjectIngPhrase(words, k)) tag = 'verb';
      // "Clinicians who are alerted review the images": after a relative clause's participle, a bare verb before its object is the main verb.
      if (tag === 'noun' && (hit.form === 'base' || hit.form === 's') && prev?.tag === 'verb' && prev.form === 'ed' && next?.tag === 'det' && afterWho(words, k)) tag = 'verb';
      // "Whoever is notified looks at the full study", "whoever is paged keeps the duty of …": after "whoever" and its passive, the -s word is the main verb.
      if (tag === 'noun' && hit.form === 's' && prev?.tag === 'verb' && prev.form === 'ed' && prev2?.tag === 'be' && words[k - 3]?.w === 'whoever' && next !== undefined && (next.tag === 'det' || next.tag === 'prep' || next.tag === 'adv')) tag = 'verb';
      // "subject to review by …", "prior to review": "to" there is a preposition and what follows a noun.
      if (tag === 'verb' && prev?.tag === 'to' && prev2 !== undefined && NOUN_TO.has(prev2.w)) tag = 'noun';
      // "can detect, measure and diagnose": a verb of the same form after a comma or a coordinator that follows a verb.
      if (tag === 'noun' && (prev?.w === ',' || prev?.tag === 'cc') && prev2?.tag === 'verb' && prev2.form === hit.form && (hit.form === 'base' || hit.form === 's') && (!next || next.tag === 'punct' || next.tag === 'cc' || next.tag === 'det')) tag = 'verb';
      // "examines hundreds of features, such as pauses, and yields a score": an -s verb after ", and", before its object, coordinates
      // with an -s verb earlier in the sentence (round 18b).
      if (tag === 'noun' && hit.form === 's' && prev?.tag === 'cc' && prev.w === 'and' && prev2?.w === ',' && (next?.tag === 'det' || next?.tag === 'num') && words.slice(0, k - 2).some((x) => x.tag === 'verb' && x.form === 's')) tag = 'verb';
      // "It can recommend, and with the user's confirmation, control the delivery": a bare verb after a comma, governed by the modal before.
      if (tag === 'noun' && hit.form === 'base' && prev?.w === ',' && next?.tag === 'det' && modalSeen) tag = 'verb';
      // "should not rely on the index alone but interpret it …": a bare verb after a coordinator, governed by the modal before,
      // with its object right after (round 17a).
      if (tag === 'noun' && hit.form === 'base' && prev?.tag === 'cc' && modalSeen && !NEVER_VERB.has(w) && (next?.tag === 'det' || next?.w === 'it' || next?.w === 'them')) tag = 'verb';
      // A list item that starts with a reader's act: "- decides on recall".
      if (k === 0 && hit.form === 's' && next?.tag === 'prep' && REVIEW_LEMMAS.has(hit.lemma)) tag = 'verb';
      // "is identified, quantified and scored": participles coordinated with a passive one.
      if (tag === 'adj' && hit.form === 'ed' && (prev?.w === ',' || prev?.tag === 'cc') && coordinatedParticiple(words, k)) tag = 'verb';
      // "Key highlights of the study", "outcome measures of the trial": a plural noun before "of" (few verbs take "of" right after them).
      if (tag === 'verb' && hit.form === 's' && next?.w === 'of' && (prev?.tag === 'noun' || prev?.tag === 'adj') && !V.OF_VERBS.has(hit.lemma)) tag = 'noun';
      // "The output includes derived parameters": an -s verb before a participle that modifies a noun ("derived parameters") is the verb.
      if (tag === 'noun' && hit.form === 's' && prev?.tag === 'noun' && next !== undefined && verbHit(next.w)?.form === 'ed' && words[k + 2]?.tag === 'noun' && verbHit(words[k + 2].w) === undefined && !verbSeen) tag = 'verb';
      // "What the app delivers is a grade …": in a pseudo-cleft the -s word before "is" is the verb of the "what" clause, when it
      // gives or receives (round 18b; "what the tool finds is for …" keeps its reading).
      if (tag === 'noun' && hit.form === 's' && next?.tag === 'be' && !verbSeen && k <= 5 && words[0]?.w === 'what' && CLEFT_GIVING.has(hit.lemma) && words.slice(1, k).every((x) => x.tag === 'det' || x.tag === 'noun' || x.tag === 'name' || x.tag === 'pron' || x.tag === 'adj')) tag = 'verb';
      // "Whether the baseline moves is the audiologist's decision" (stop 57): in a subject clause that opens the sentence, an -s
      // form right before a singular "is" or "was" is the clause's verb (a plural subject would take "are").
      if (tag === 'noun' && hit.form === 's' && (next?.w === 'is' || next?.w === 'was') && !verbSeen && k <= 8 && SUBJECT_CLAUSE_OPENERS.has(words[0]?.w ?? '') && (prev?.tag === 'noun' || prev?.tag === 'name') && words.slice(1, k).every((x) => x.tag === 'det' || x.tag === 'noun' || x.tag === 'name' || x.tag === 'adj')) tag = 'verb';
      // "In the legacy build the software …": inside a sentence-opening prepositional phrase, a bare form right after
      // "the <modifier>" is that phrase's noun (round 18b).
      if (tag === 'verb' && hit.form === 'base' && frontedOpen && words[0]?.tag === 'prep' && prev?.tag === 'noun' && !/s$/.test(prev.w) && prev2?.tag === 'det' && !verbSeen) tag = 'noun';
      // "Step 3 (consultant ophthalmologist): review every flagged image …" (stop 50): a bare form that opens what follows a
      // label's colon, before its object, is an instruction's verb.
      if (tag === 'noun' && hit.form === 'base' && prev?.w === ':' && !verbSeen && k <= 10 && (!NEVER_VERB.has(w) || REVIEW_LEMMAS.has(hit.lemma)) && (next?.tag === 'det' || next?.w === 'it' || next?.w === 'them')) tag = 'verb';
      // "Warning: the device has not been evaluated …": a word alone before the colon that opens a sentence is its label.
      if (tag === 'verb' && k === 0 && next?.w === ':') tag = 'noun';
      // "Scores agreed with those of the predicate", "Estimates differed from the core laboratory by 3 points": a sentence that
      // opens on an -s word and a past form with no object after it opens on a plural subject and its verb.
      if (tag === 'verb' && k === 0 && hit.form === 's' && next !== undefined && (verbHit(next.w)?.form === 'ed' || /^[a-z]{3,}ed$/.test(next.w)) && pastWithoutObject(words[k + 2])) tag = 'noun';
      // "Alerts come in three tiers", "Results go to the ward" (stop 52): an -s word opening the sentence before a bare
      // verb of coming or staying and its preposition is a plural subject
      if (tag === 'verb' && k === 0 && hit.form === 's' && next !== undefined && verbHit(next.w)?.form === 'base' && PLURAL_SUBJECT_VERBS.has(verbHit(next.w)?.lemma ?? '') && (words[k + 2]?.tag === 'prep' || words[k + 2]?.tag === 'adv' || words[k + 2]?.w === 'up')) tag = 'noun';
      // "| Outcome measures |": a table cell or heading that ends on a plural after a noun, with no object and no stop, is a label.
      if (tag === 'verb' && hit.form === 's' && !next && prev?.tag === 'noun' && b < toks.length && toks[b].w === '|') tag = 'noun';
      // "Lung-CAD, a piece of CADe software, reviews …": an -s verb right after an appositive that follows the opening noun phrase.
      if (tag === 'noun' && hit.form === 's' && prev?.w === ',' && afterAppositive(words, k - 1) && (next?.tag === 'det' || next?.tag === 'noun' || next?.tag === 'name' || next?.tag === 'num')) tag = 'verb';
      // "Second Opinion 3D, which runs in the cloud, outlines …": so does one right after a relative aside on the opening name.
      if (tag === 'noun' && hit.form === 's' && prev?.w === ',' && afterRelativeAside(words, k - 1) && (next?.tag === 'det' || next?.tag === 'noun' || next?.tag === 'name' || next?.tag === 'num')) tag = 'verb';
      // "The AI both diagnoses cataract and decides on referral" (stop 31): "both" before an -s form opens two verbs, the
      // second after "and".
      if (tag === 'noun' && hit.form === 's' && !verbSeen && prev?.w === 'both' && (prev2?.tag === 'noun' || prev2?.tag === 'name' || prev2?.tag === 'pron')) tag = 'verb';
      if (tag === 'noun' && hit.form === 's' && prev?.w === 'and' && words.slice(Math.max(0, k - 10), k - 1).some((x, i, xs) => x.w === 'both' && xs[i + 1]?.tag === 'verb' && xs[i + 1].form === 's')) tag = 'verb';
      // "classifies the rhythm and so diagnoses atrial fibrillation" (stop 31): an -s form after "and so", "and thus" is the
      // next verb of the same subject.
      if (tag === 'noun' && hit.form === 's' && CONSEQUENCE.has(prev?.w ?? '') && (prev2?.w === 'and' || prev2?.w === ',') && words.slice(0, k - 2).some((x) => x.tag === 'verb' && x.form === 's')) tag = 'verb';
      // "to reduce missed and incorrect diagnoses", "lowers delayed diagnoses" (stop 33): an -s word after a verb and participle
      // modifiers of its object ("missed", "delayed") heads that object; it is no second verb.
      if (tag === 'verb' && hit.form === 's' && participleModifiedObject(words, k)) tag = 'noun';
      word.lemma = hit.lemma;
      word.form = hit.form;
      word.tag = tag;
      // A participle right after a noun modifies it ("the algorithm running on the pod"), and an
      // infinitive ("qualified to read") is not the clause's finite verb.
      if (tag === 'verb' && !(hit.form === 'ing' && prev && (prev.tag === 'noun' || prev.tag === 'name')) && prev?.tag !== 'to' && !(hit.form === 'ed' && next?.w === 'by' && (prev?.tag === 'noun' || prev?.tag === 'name'))) verbSeen = true;
      continue;
    }
    // ("the inspiratory time", "the reading time" (stop 45): "time" after its article or a modifier is a noun; it is an
    // adverb's part only in "real time", "at the same time" and the like)
    if (isAdverb(w) && !(w === 'time' && prev !== undefined && (prev.tag === 'det' || prev.tag === 'noun' || prev.tag === 'num') && prev.w !== 'real' && prev.w !== 'same' && prev.w !== 'each' && prev.w !== 'every')) {
      word.tag = 'adv';
      continue;
    }
    // "The algorithm routinely traces …", "The physician usually arrives at …": for a word no verb list knows, one or two
    // adverbs between a subject (a noun, a name or a pronoun) and it are transparent, as they are for a known verb
    // (verbOrNot): it is read as if it followed the subject.
    const adverbsAt = asideAt < 0 ? adverbsAfterSubject(words, k) : -1;
    if (adverbsAt >= 0) {
      prev = words[adverbsAt - 1];
      prev2 = words[adverbsAt - 2];
    }
    // Unknown -ed word after a form of "be" or "have": a participle ("is indicated", "was trained").
    if (w.length > 4 && w.endsWith('ed') && prev && (prev.tag === 'be' || prev.tag === 'have' || (prev.tag === 'adv' && prev2 && prev2.tag === 'be'))) {
      word.tag = 'verb';
      word.lemma = w;
      word.form = 'ed';
      verbSeen = true;
      continue;
    }
    // Unknown -s word right after a subject pronoun: a verb ("it senses motion").
    // ("it also rates …": past the adverbs after the pronoun; round 18a.)
    const pronounBefore = prev?.tag === 'adv' && k >= 2 && isAdverb(prev.w) ? (words[k - 2].tag === 'adv' ? words[k - 3] : words[k - 2]) : prev;
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('ous') && pronounBefore && pronounBefore.tag === 'pron' && SUBJECT_PRONOUNS.has(pronounBefore.w) && next && next.tag !== 'be' && next.tag !== 'modal') {
      word.tag = 'verb';
      word.lemma = w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    // Unknown -s word right after a name or pronoun subject and before a determiner: a verb ("EchoGo outputs the EF").
    // But before "such as" it is the plural its examples name: "displays quantitative EEG features such as the power spectrum".
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && prev && (prev.tag === 'name' || (prev.tag === 'pron' && SUBJECT_PRONOUNS.has(prev.w))) && next && (next.tag === 'det' || next.tag === 'num') && !(next.w === 'such' && words[k + 2]?.w === 'as')) {
      word.tag = 'verb';
      word.lemma = w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !verbSeen && prev && (V.PHYSICIAN_NOUNS.has(prev.w) || V.SOFTWARE_NOUNS.has(prev.w) || prev.tag === 'name') && next && (next.tag === 'det' || next.tag === 'num' || next.tag === 'adj')) {
      word.tag = 'verb';
      word.lemma = w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    // "the software senses motion and …": an unknown -s word after "the <software>" and before its object, when no verb follows that object.
    // ("Corvita rates bladder fullness …" (stop 35): so after a product's name that opens the sentence.)
    const softwareBefore = prev !== undefined && prev2 !== undefined && (prev2.tag === 'det' || prev2.tag === 'name') && V.SOFTWARE_NOUNS.has(prev.w) && !prev.w.endsWith('s');
    const nameOpens = prev?.tag === 'name' && prev === words[0];
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !verbSeen && (softwareBefore || nameOpens) && next && (next.tag === 'noun' || (nameOpens && next.tag === 'adj')) && verbHit(next.w) === undefined && !verbAfterObject(words, k + 1)) {
      word.tag = 'verb';
      word.lemma = w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    // "the targets that the anaesthetist sets for …": an unknown -s word after "the <person>" is the person's verb.
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !verbSeen && prev && prev2?.tag === 'det' && (V.PHYSICIAN_NOUNS.has(prev.w) || V.OTHER_NOUNS.has(prev.w)) && !prev.w.endsWith('s') && next && (next.tag === 'prep' || next.tag === 'punct' || next.tag === 'adv')) {
      word.tag = 'verb';
      word.lemma = w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    // "how the intervals vary and …", "when two visits exist, …", "while the wearer sleeps, …": in a clause a subordinator
    // opens, an unknown word right after its subject's noun, agreeing with it in number, before the clause goes on, is the
    // clause's verb (round 18a). Without it the clause has no verb and the verbs after it lose their subject.
    if (!verbSeen && !t.cap) {
      const form = subordinateVerbForm(words, k);
      if (form) {
        word.tag = 'verb';
        word.lemma = form === 's' ? w.slice(0, -1) : w;
        word.form = form;
        verbSeen = true;
        continue;
      }
    }
    // "Its model, trained on labelled images, arrives at …": so is an unknown -s word there (round 18a).
    if (w.length > 3 && /[^su]s$/.test(w) && !t.cap && verbAfterParticiplePhrase(words, k)) {
      modifierPhraseBefore(words, k);
      word.tag = 'verb';
      word.lemma = w.slice(0, -1);
      word.form = 's';
      verbSeen = true;
      continue;
    }
    // An unknown participle after a noun modifies it: "the tool branded as…", "values entered by the user".
    // (not a name after a title: "Dr Ahmed", stop 50)
    if (w.length > 4 && w.endsWith('ed') && prev && (prev.tag === 'noun' || prev.tag === 'name') && !(t.cap && TITLES_BEFORE_NAMES.has(prev.w))) {
      word.tag = 'adj';
      continue;
    }
    // A capital at a sentence start alone is no name, unless the paragraph writes the word with a capital elsewhere too (names.ts).
    if (t.cap || t.camel) word.tag = k === 0 && !t.camel && !names?.has(w) ? 'noun' : 'name';
    // "icobrain labels brain structures": a sentence that opens in lower case before a verb opens with a product name.
    // So does a main clause after a fronted phrase ("In routine use, icobrain labels …").
    else if ((k === 0 || (prev?.w === ',' && k - 1 === firstComma && (words[0]?.tag === 'prep' || words[0]?.tag === 'sub'))) && /^[a-z]/.test(t.w) && next !== undefined && verbHit(next.w)?.form === 's' && !V.PHYSICIAN_NOUNS.has(w) && !V.OTHER_NOUNS.has(w) && !V.STUDY_NOUNS.has(w)) word.tag = 'name';
  }
  getPassives(words);
  phrasalVerbs(words);
  outputLabel(words);
  return words;
}

/** Heads a buyer's guide names the products it compares by: "Option A", "Product B", "Vendor C". */
const COMPARED_PRODUCTS: ReadonlySet<string> = new Set(['option', 'product', 'vendor', 'system', 'device', 'tool', 'solution', 'platform', 'model', 'app', 'software', 'algorithm']);

/** Label heads that name what a form field lists as the software's output: "Device output:", "Outputs:". */
const OUTPUT_LABELS: ReadonlySet<string> = new Set(['output', 'outputs']);
const NOT_REPORTED_OUTPUTS: ReadonlySet<string> = new Set(['cardiac', 'urine', 'urinary', 'power', 'energy', 'light', 'audio', 'heat', 'stroke', 'fluid', 'renal', 'research', 'economic', 'laser', 'thermal', 'acoustic']);

/**
 * "Device output: fractional flow reserve per segment", "Outputs: ejection fraction, strain" (stop 46): a form's field
 * label that names the output, at the sentence's start, says what the device outputs; its head reads as the verb
 * ("Device outputs: …"), so what follows the colon is its object. Only a label of at most three words with no verb.
 */
function outputLabel(words: Word[]): void {
  for (let k = 0; k < words.length && k <= 3; k++) {
    const word = words[k];
    if (word.tag === 'verb' || word.tag === 'be' || word.tag === 'punct') return;
    if (!OUTPUT_LABELS.has(word.w) || words.slice(0, k).some((w) => !['det', 'noun', 'name', 'adj'].includes(w.tag))) continue;
    const colon = labelColon(words, k + 1);
    if (colon < 0) continue;
    // ("Cardiac output:", "Urine output:", "Power output:" name a quantity of the body or the machine, not what it reports)
    if (NOT_REPORTED_OUTPUTS.has(words[k - 1]?.w ?? '')) return;
    const after = words[colon + 1];
    if (after === undefined || !['det', 'noun', 'adj', 'num', 'name'].includes(after.tag)) return;
    word.tag = 'verb';
    word.lemma = 'output';
    word.form = k === 0 ? 'base' : 's';
    return;
  }
}

/** What may stand between an output label and its colon: "Output per study:", "Outputs, per segment and global:" (stop 59). */
const LABEL_QUALIFIER_OPENERS: ReadonlySet<string> = new Set(['per', 'for']);

/**
 * The index of the colon that closes a field label whose head ends before j: right at j, or after a short qualifier that
 * opens with "per" or "for" (after an optional comma) and holds no verb; -1 if there is none.
 */
export function labelColon(words: readonly Word[], j: number): number {
  if (words[j]?.w === ':') return j;
  const open = words[j]?.w === ',' ? j + 1 : j;
  if (!LABEL_QUALIFIER_OPENERS.has(words[open]?.w ?? '')) return -1;
  for (let i = open + 1; i < words.length && i <= open + 5; i++) {
    if (words[i].w === ':') return i;
    if (words[i].tag === 'verb' || words[i].tag === 'be' || (words[i].tag === 'punct' && words[i].w !== ',')) return -1;
  }
  return -1;
}

/**
 * "A case gets flagged", "studies get moved to the top": a form of "get" before a participle is the passive's
 * auxiliary, as "is" would be (round 15b). Only before a participle: "gets a notification" keeps its verb.
 */
function getPassives(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    if (!GET_FORMS.has(words[k].w) || words[k].w === 'getting') continue;
    let j = k + 1;
    while (words[j]?.tag === 'adv') j++;
    const participle = words[j];
    if (participle?.tag !== 'verb' || participle.form !== 'ed' || participle.lemma === 'get') continue;
    Object.assign(words[k], { tag: 'be', lemma: undefined, form: undefined });
  }
}

/** Whether a help verb stands at j, or before the determiner and up to two modifiers that end at j ("helps (the) trained …"). */
function helpVerbBefore(words: readonly Word[], j: number): boolean {
  for (let l = j; l >= 0 && l >= j - 3; l--) {
    const word = words[l];
    if (word.tag === 'verb') return V.HELP_VERBS.includes(word.lemma ?? '');
    if (word.tag !== 'adj' && word.tag !== 'det') return false;
  }
  return false;
}

/** Whether a known bare verb at k opens a list "V, V and V" (or "V and V") followed by the start of an object. */
function bareVerbList(words: readonly Word[], k: number): boolean {
  let j = k + 1;
  for (let n = 0; n < 5; n++) {
    const sep = words[j];
    if (!sep || (sep.w !== ',' && sep.w !== 'and' && sep.w !== 'or')) return false;
    const verb = words[j + 1];
    if (!verb || verb.tag !== 'noun' || verbHit(verb.w)?.form !== 'base') return false;
    const after = words[j + 2];
    if (sep.w !== ',' && after && (after.tag === 'det' || after.tag === 'noun' || after.tag === 'adj' || after.tag === 'name')) return true;
    j += 2;
  }
  return false;
}

/**
 * Whether the words before k are a noun phrase joined by "and" or "or" that opens the sentence, or
 * the main clause after a fronted phrase ("Final assessment and diagnosis", "In routine use, both indices and the alerts").
 */
function compoundSubjectBefore(words: readonly Word[], k: number): boolean {
  if (k < 3 || (words[k - 1].tag !== 'noun' && words[k - 1].tag !== 'name')) return false;
  let joined = false;
  let j = k - 1;
  for (; j >= 0 && words[j].w !== ','; j--) {
    const tag = words[j].tag;
    if (tag === 'cc' && (words[j].w === 'and' || words[j].w === 'or') && words[j - 1] !== undefined && words[j - 1].w !== ',') joined = true;
    else if (tag !== 'det' && tag !== 'adj' && tag !== 'noun' && tag !== 'name') return false;
  }
  // After a comma, only the comma that closes a fronted prepositional phrase or subordinate clause.
  if (j >= 0 && (words[0].tag !== 'prep' && words[0].tag !== 'sub' || words.findIndex((x) => x.w === ',') !== j)) return false;
  return joined;
}

/**
 * "is the responsibility of that professional.", "That user keeps the responsibility …": "that" before a lone singular
 * noun is a determiner when a preposition precedes it and the noun phrase ends there, or when it opens the sentence
 * and a singular verb follows the noun (a "that" clause would need a subject of its own: "That the tool flags …").
 */
function demonstrativeThat(words: readonly Word[], k: number): boolean {
  const prev = words[k - 1];
  const next = words[k + 1];
  // (A singular may end in -ss: "that process".)
  if (!next || next.tag !== 'noun' || (next.w.endsWith('s') && !next.w.endsWith('ss'))) return false;
  const after = words[k + 2];
  if (prev?.tag === 'prep' && prev.w !== 'in' && prev.w !== 'so') return !after || after.tag === 'punct' || after.tag === 'prep' || after.tag === 'to';
  // "When that response grows, …", "if that value is missing": after a subordinator, "that" before a singular noun and its verb is a determiner (round 18a).
  // ("while that neural signal is active": past a modifier or two of the noun.)
  if (prev?.tag === 'sub' && prev.w !== 'so') {
    let j = k + 2;
    while (j <= k + 3 && words[j] !== undefined && words[j].tag === 'noun' && !words[j].w.endsWith('s') && words[j + 1] !== undefined && words[j + 1].tag !== 'punct') j++;
    const verb = words[j];
    if (verb !== undefined && (verb.tag === 'be' || verb.tag === 'modal' || (/[^su]s$/.test(verb.w) && verbHit(verb.w)?.form !== 'base'))) return true;
  }
  return k === 0 && after !== undefined && (after.tag === 'modal' || verbHit(after.w)?.form === 's');
}

/** "has the user press", "had the rescuer push": "have", a determiner, a person and a bare verb (not "has the user's data"). */
function causativeHave(words: readonly Word[], k: number): boolean {
  if (words[k + 1]?.tag !== 'det') return false;
  const person = words[k + 2]?.w ?? '';
  if (!V.PHYSICIAN_NOUNS.has(person) && !V.OTHER_NOUNS.has(person) && !V.LAY_RESPONDERS.has(person)) return false;
  const next = words[k + 3];
  return next !== undefined && VERB_INDEX.get(next.w)?.some((h) => h.form === 'base') === true && words[k + 4]?.tag === 'det';
}

/** A form of "work", which the tagger reads as "calculate" before "out" ("works out the dose"): for the readings of "works out". */
export function isWorkForm(w: string): boolean {
  return /^work(s|ed|ing)?$/.test(w);
}

/** Owners of a way taken: "works its way out", "make their way up". */
const WAY_OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'my', 'our', 'your']);

/**
 * Phrasal verbs whose particle makes them an output act: "works out the dose" calculates it,
 * "turns insulin delivery up" increases it, "is set against percentiles" compares. The particle
 * may follow the verb or its short object (a few words, no clause break); bounded, so linear.
 */
const PHRASAL: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  work: { out: 'calculate' },
  figure: { out: 'calculate' },
  turn: { up: 'increase', down: 'decrease', off: 'stop', into: 'convert' },
  dial: { up: 'increase', down: 'decrease', back: 'reduce' },
  ramp: { up: 'increase', down: 'decrease' },
  shut: { off: 'stop' },
  cut: { back: 'reduce' },
  // ("sets off both airbags" (stop 47): setting a device off is triggering it)
  set: { against: 'compare', off: 'trigger' },
  // ("steps up the stimulation whenever …" (stop 47))
  step: { up: 'increase', down: 'decrease' },
  // ("strokebuzz just went off", "it went up to 0.18 on its own" (stop 47): an alarm that goes off sounds; a rate that goes
  // up is increased)
  // ("the physiologists go through every marked event" (stop 49): going through the output is reviewing it)
  go: { off: 'alarm', up: 'increase', down: 'decrease', through: 'review' },
  hold: { back: 'withhold' },
  // ("HepaGuide comes back with the new infusion rate" (stop 49): what comes back from the software is what it returns)
  come: { back: 'return' },
  pick: { out: 'identify', up: 'record' }, // "picks up the heart's rhythm" senses it
  // "watches for a sudden rise in heart rate": looking out for an event is detecting it.
  watch: { for: 'detect' },
  size: { up: 'measure' },
  // Moving a case up the list is triage: "pushed higher on the worklist", "moved up the queue".
  bump: { up: 'prioritize', higher: 'prioritize' },
  push: { up: 'prioritize', higher: 'prioritize' },
  draw: { attention: 'highlight' },
  move: { up: 'prioritize', higher: 'prioritize', forward: 'prioritize', ahead: 'prioritize' },
  place: { higher: 'prioritize' },
  jump: { front: 'prioritize', ahead: 'prioritize', up: 'prioritize' },
  sort: { into: 'classify' },
  // Folding inputs into one output is producing it: "merges the regional features into one score",
  // "combines vital signs, laboratory results and demographics into a single value".
  merge: { into: 'convert' },
  combine: { into: 'convert' },
  fuse: { into: 'convert' },
  integrate: { into: 'convert' },
  condense: { into: 'convert' },
  distil: { into: 'convert' },
  distill: { into: 'convert' },
  aggregate: { into: 'convert' },
  pool: { into: 'convert' },
  group: { into: 'classify' },
  // "makes ready a 150 J shock": readying the therapy is preparing it.
  make: { ready: 'prepare' },
  // "the robotic tool carries out the surgical plan": carrying out a plan executes it.
  carry: { out: 'execute' },
  // "processes raw EEG into one number", "summarises the child's condition in one number", "transforms the series into maps".
  process: { into: 'convert' },
  reduce: { into: 'convert' },
  transform: { into: 'convert' },
  translate: { into: 'convert' },
  summarize: { into: 'convert', in: 'convert' },
  summarise: { into: 'convert', in: 'convert' },
};
const PARTICLE_REACH = 4;
const GET_FORMS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'getting', 'gotten']);
/** "turns a CT perfusion series into maps": the object sits between verb and particle, so "into" may come later. */
const INTO_REACH = 12;

/** What a sensor takes in: "picks up the heart's rhythm", "picks up sounds" (but "picks up atrial fibrillation" finds a condition). */
const SENSED_SIGNALS: ReadonlySet<string> = new Set([
  'signal', 'signals', 'rhythm', 'rhythms', 'activity', 'ecg', 'ecgs', 'sound', 'sounds', 'motion', 'movement', 'movements',
  'vibration', 'vibrations', 'data', 'image', 'images', 'heartbeat', 'heartbeats', 'pulse', 'pulses', 'breathing', 'waveform',
  'waveforms', 'recording', 'recordings', 'voltage', 'voltages', 'light', 'temperature', 'changes', 'studies', 'study', 'files',
  'file', 'scans', 'scan', 'samples', 'sample', 'tracing', 'tracings', 'noise', 'pressure', 'flow', 'impedance', 'acceleration',
]);

/** Whether the noun phrase after the particle at j is a signal a sensor takes in (its head within five words); none counts as one. */
function signalAfter(words: readonly Word[], j: number): boolean {
  for (let h = j + 1; h < words.length && h <= j + 5; h++) {
    const word = words[h];
    if (SENSED_SIGNALS.has(word.w)) return true;
    if (word.tag === 'det' || word.tag === 'adj' || word.tag === 'num' || (word.tag === 'noun' && words[h + 1]?.tag === 'noun') || word.w.endsWith("'s")) continue;
    return word.tag !== 'noun' && word.tag !== 'name';
  }
  return true;
}

function phrasalVerbs(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    // "is set against": a participle after "be" that the tagger took for a noun.
    if (word.tag === 'noun' && words[k - 1]?.tag === 'be') {
      // "set", "cut", "shut": the participle is the base.
      if (PHRASAL[word.w]?.[words[k + 1]?.w ?? ''] !== undefined) Object.assign(word, { tag: 'verb', lemma: word.w, form: 'ed' });
    }
    if (word.tag !== 'verb' || !word.lemma) continue;
    const particles = PHRASAL[word.lemma];
    if (!particles) continue;
    // ("the screw works its way out", "makes its way up" (stop 54): "one's way" is a path taken, no object to work out)
    if (WAY_OWNERS.has(words[k + 1]?.w ?? '') && words[k + 2]?.w === 'way') continue;
    // "turns carbohydrates and a glucose value into a dose": a coordinated object may stand before "into" (but no other particle).
    let coordinated = false;
    for (let j = k + 1; j < words.length && j <= k + INTO_REACH; j++) {
      const next = words[j];
      const lemma = particles[next.w];
      if (lemma !== undefined && (j <= k + PARTICLE_REACH || next.w === 'into') && (!coordinated || next.w === 'into')) {
        // ("picks up falls", stop 44: right after the particle of a finite verb, an -s word is a plural noun, no second verb;
        // not after an infinitive or a gerund: "the first one to pick up presses 1")
        const after = words[j + 1];
        if (j === k + 1 && (word.form === 's' || word.form === 'ed') && after?.tag === 'verb' && after.form === 's') Object.assign(after, { tag: 'noun', lemma: undefined, form: undefined });
        word.lemma = lemma === 'record' && j === k + 1 && !signalAfter(words, j) ? 'detect' : lemma;
        // ("it bumped the O2 up within seconds", "moves the pressure up" (stop 47): moved up, a therapy is increased, not a case prioritised)
        if (lemma === 'prioritize' && (next.w === 'up' || next.w === 'higher') && words.slice(k + 1, j).some((w) => THERAPY_SET.has(w.w))) word.lemma = 'increase';
        break;
      }
      if (next.tag === 'cc' && !coordinated && (next.w === 'and' || next.w === 'or')) {
        coordinated = true;
        continue;
      }
      // "combines vital signs, laboratory results and demographics into …": commas inside a list of nouns.
      if (next.w === ',' && words[j - 1]?.tag === 'noun' && words[j + 1]?.tag === 'noun' && particles.into !== undefined) continue;
      if (next.tag === 'punct' || next.tag === 'verb' || next.tag === 'cc' || next.tag === 'sub' || next.tag === 'rel' || next.tag === 'be' || next.tag === 'modal') break;
    }
  }
}

/** The comma before the one at `close` (not the sentence's first word), or -1. */
function commaBefore(words: readonly Word[], close: number): number {
  for (let j = close - 1; j >= 1; j--) if (words[j].w === ',') return j;
  return -1;
}

/** Whether the comma at `close` ends ", which/who …" right after an opening name ("Second Opinion 3D, which runs in the cloud,"). */
function afterRelativeAside(words: readonly Word[], close: number): boolean {
  const open = commaBefore(words, close);
  if (open < 1 || open > 4 || close - open > 14 || (words[open + 1]?.w !== 'which' && words[open + 1]?.w !== 'who')) return false;
  for (let j = 0; j < open; j++) if (words[j].tag !== 'name' && words[j].tag !== 'num' && words[j].tag !== 'det' && !(words[j].tag === 'noun' && words[j].cap)) return false;
  return words.slice(0, open).some((w) => w.tag === 'name');
}

/**
 * Whether the comma at `close` ends an appositive ", a/an … ," or a prepositional aside ", for … ," that follows the sentence's opening noun
 * phrase ("Lung-CAD, a piece of CADe software, …"): nothing before the first comma but names, nouns and
 * determiners, and no finite verb inside the appositive.
 */
/** Words that open an appositive noun phrase after a name: "a", "an", "the", "our", "its", "their". */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'our', 'its', 'their']);

function afterAppositive(words: readonly Word[], close: number): boolean {
  const open = commaBefore(words, close);
  // (the opening noun phrase may follow a fronted prepositional phrase and its comma: "In practice, an optional module, for
  // adults only, measures …")
  const fronted = words[0]?.tag === 'prep' ? words.findIndex((w) => w.w === ',') : -1;
  const start = fronted >= 0 && fronted < open && fronted <= 6 ? fronted + 1 : 0;
  if (open < start + 1 || open > start + 4 || close - open > 14) return false;
  const article = words[open + 1]?.w;
  // (or a prepositional aside: "An optional module, for adults only, measures …"; stop 28)
  // (or a bare noun after a one-word name: "RayStation, software for radiation therapy, proposes …")
  const bareAfterName = open === start + 1 && words[start].cap && words[open + 1]?.tag === 'noun' && !words[open + 1].cap;
  // ("CAIADS, our colposcopic diagnostic system, analyses …" (stop 36): a possessive or "the" opens the appositive too)
  if (!APPOSITIVE_OPENERS.has(article ?? '') && words[open + 1]?.tag !== 'prep' && !bareAfterName) return false;
  for (let j = start; j < open; j++) if (words[j].tag !== 'noun' && words[j].tag !== 'name' && words[j].tag !== 'det' && words[j].tag !== 'adj') return false;
  for (let j = open + 1; j < close; j++) {
    const word = words[j];
    if (word.tag === 'be' || word.tag === 'modal' || word.tag === 'rel' || word.tag === 'sub' || (word.tag === 'verb' && word.form !== 'ing' && word.form !== 'ed')) return false;
  }
  return true;
}

/** An -s word no verb list knows after a singular person noun, followed by an object and no verb of its own. */
/** Particles of phrasal verbs a person's bare verb may stand before: "look at", "go through", "check on". */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['at', 'through', 'over', 'into', 'after', 'on', 'up']);

/** An -s word no verb list knows right after "that" or "which" on a noun, before a determiner and its noun: the relative clause's verb. */
function unknownVerbAfterRelative(words: readonly Word[], k: number): boolean {
  const w = words[k].w;
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || verbHit(w) !== undefined || closedTagOf(w) !== undefined) return false;
  const rel = words[k - 1];
  const antecedent = words[k - 2];
  if (!rel || rel.tag !== 'rel' || (rel.w !== 'that' && rel.w !== 'which') || !antecedent || (antecedent.tag !== 'noun' && antecedent.tag !== 'name')) return false;
  const next = words[k + 1];
  if (next === undefined || next.tag !== 'det' || next.w === 'no' || !['noun', 'adj', 'name'].includes(words[k + 2]?.tag ?? '')) return false;
  // Only where a known -s verb with its object follows after "and" or a comma, in a list of the clause's acts ("scans the
  // child and calculates its height"): alone, an unknown word of this shape is as often a verb whose object the stages
  // misread ("augments the workflow in the detection of …").
  for (let j = k + 3; j < words.length - 1; j++) {
    const word = words[j];
    if (word.tag === 'sub' || word.tag === 'rel' || word.w === '.' || word.w === ';' || word.w === ':') return false;
    if ((word.tag === 'cc' || word.w === ',') && verbHit(words[j + 1].w)?.form === 's' && (['det', 'noun', 'adj', 'num', 'name'].includes(words[j + 2]?.tag ?? '') || words[j + 2]?.w === 'them' || words[j + 2]?.w === 'it')) return true;
  }
  return false;
}

function unknownVerbAfterPerson(words: readonly Word[], k: number): boolean {
  const w = words[k].w;
  const person = words[k - 1];
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || verbHit(w) !== undefined || closedTagOf(w) !== undefined) return false;
  if (!person || person.tag !== 'noun' || person.w.endsWith('s') || !(V.PHYSICIAN_NOUNS.has(person.w) || V.OTHER_NOUNS.has(person.w))) return false;
  // (the person opens the sentence, past its determiner and modifiers only)
  for (let j = 0; j < k - 1; j++) if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].form !== 'ed') return false;
  // (and a known verb right after makes the -s word a plural noun: "the physician portals display …", "nurse workstations receive …")
  const next = words[k + 1];
  if (!next || !['det', 'noun', 'adj'].includes(next.tag) || (next.tag === 'noun' && verbHit(next.w) !== undefined && verbHit(next.w)?.form !== 'ing' && !NOMINAL_ING.has(next.w))) return false;
  for (let j = k + 1; j < words.length; j++) {
    const word = words[j];
    if (word.tag === 'punct' || word.tag === 'cc' || word.tag === 'sub' || word.tag === 'rel') break;
    if (word.tag === 'be' || word.tag === 'modal' || word.tag === 'have') return false;
    const hit = verbHit(word.w);
    // (a later known verb with its own object: "the physician notes section lists the findings", "the sponsor believes
    // the software measures EF", whose unknown word is no verb, or whose clause is another's)
    if (hit && hit.form !== 'ing' && j > k + 1 && words[j - 1].tag !== 'det' && words[j - 1].tag !== 'prep' && ['det', 'pron', 'noun', 'name', 'num'].includes(words[j + 1]?.tag ?? '')) return false;
  }
  return true;
}

/** The "(" of a short bracket of names or nouns closed at `close` ("(SIC)", "(BFI v2)"), right after a name or noun; or -1. */
function acronymOpen(words: readonly Word[], close: number): number {
  for (let j = close - 1; j >= 1 && j >= close - 4; j--) {
    const word = words[j];
    if (word.w === '(') return j < close - 1 && (words[j - 1].tag === 'name' || words[j - 1].tag === 'noun') ? j : -1;
    if (word.tag !== 'name' && word.tag !== 'noun' && word.tag !== 'num') return -1;
  }
  return -1;
}

/** A known verb form (not -ing) within a short noun phrase from k, before a preposition or punctuation: "the software measures". */
function verbAfterPhrase(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 4; j++) {
    const word = words[j];
    if (word.tag !== 'noun') return word.tag === 'be' || word.tag === 'modal' || word.tag === 'have' || word.tag === 'do';
    const hit = verbHit(word.w);
    if (hit && hit.form !== 'ing' && j > k) return true;
  }
  return false;
}

/** The "(" of a short verbless bracket that closes right before k, after a noun or a name; -1 if none. */
function asideBefore(words: readonly Word[], k: number): number {
  if (words[k - 1]?.w !== ')') return -1;
  for (let j = k - 2; j >= 1 && j >= k - 7; j--) {
    const word = words[j];
    if (word.w === '(') return words[j - 1].tag === 'noun' || words[j - 1].tag === 'name' || words[j - 1].tag === 'pron' ? j : -1;
    if (word.tag === 'verb' || word.tag === 'be' || word.tag === 'modal' || word.w === ')') return -1;
  }
  return -1;
}

/** A verb, "be" or a modal right after the short noun phrase from k: then that phrase is the subject ("the device settings page is …"). */
function verbAfterObject(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 4; j++) {
    const word = words[j];
    if (word.tag === 'be' || word.tag === 'modal' || word.tag === 'have' || word.tag === 'do') return true;
    if (word.tag !== 'noun' && word.tag !== 'adj') return false;
    const hit = verbHit(word.w);
    if (hit && hit.form !== 'ing' && j > k) return true;
  }
  return false;
}

/** An -ed verb after "be" within the few words before k, joined to k only by commas, coordinators and participles. */
/** The first word of a paired coordination: "either … or", "neither … nor". */
const EITHER: ReadonlySet<string> = new Set(['either', 'neither']);

function coordinatedParticiple(words: readonly Word[], k: number, depth = 0): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const word = words[j];
    if (word.tag === 'verb' && word.form === 'ed') return words[j - 1]?.tag === 'be' || (words[j - 1]?.tag === 'adv' && words[j - 2]?.tag === 'be') || (depth < 4 && coordinatedParticiple(words, j, depth + 1));
    // "is either fixed or adjusted automatically", "is either preset or adjusted": a first participle the lexicon lacks,
    // after "be either / neither".
    if (EITHER.has(words[j - 1]?.w ?? '') && words[j - 2]?.tag === 'be') return true;
    if (word.w !== ',' && word.tag !== 'cc' && word.tag !== 'adj') return false;
  }
  return false;
}

/** Whether a "who" opens the clause within the few words before k. */
function afterWho(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) if (words[j].w === 'who') return true;
  return false;
}

/**
 * "Used by radiologists who read chest CT, the software marks …", "Trained on 5,000 scans, it flags …": a sentence
 * that opens on a participle opens on a modifier of the subject that follows its first comma.
 */
function frontedParticiple(words: readonly Word[]): boolean {
  const first = words[0];
  if (!first || first.tag === 'pron' || first.tag === 'det') return false;
  const hit = verbHit(first.w);
  return hit !== undefined && (hit.form === 'ed' || hit.form === 'ing') && words[1]?.tag !== 'be' && words[1]?.tag !== 'modal';
}
/** Verbs that take an -ing form as their object: "keeps recommending", "stops sending". */
const ASPECTUAL: ReadonlySet<string> = new Set(['keep', 'start', 'stop', 'resume', 'continue']);
/** Whether the plural noun at `head` ends a noun phrase (a determiner, then adjectives and nouns) that opens its clause. */
function pluralPhraseOpensClause(words: readonly Word[], head: number): boolean {
  let j = head - 1;
  while (j >= 0 && j > head - 4 && (words[j].tag === 'adj' || words[j].tag === 'noun')) j--;
  if (words[j]?.tag !== 'det' || words[j].w === 'a' || words[j].w === 'an' || words[j].w === 'each' || words[j].w === 'every') return false;
  const before = words[j - 1];
  return before === undefined || before.w === ',' || before.tag === 'cc';
}

/** Whether the last verb before k is an active past form ("recognised", not "was recognised"), with no clause opened since. */
function lastVerbIsPast(words: readonly Word[], k: number): boolean {
  for (let j = k - 2; j >= 0; j--) {
    const t = words[j].tag;
    if (t === 'sub' || t === 'rel' || t === 'cc') return false;
    if (t === 'verb') return words[j].form === 'ed' && words[j - 1]?.tag !== 'be' && words[j - 1]?.tag !== 'have';
  }
  return false;
}
/** Words that open a clause which is the sentence's subject: "Whether the value moves is …". */
const SUBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['whether', 'if']);
/** Verbs of going over data that a plural subject may take before "at", "through" or "over" ("the networks look at"). */
const SCANNING_VERBS: ReadonlySet<string> = new Set(['look', 'search', 'sift', 'comb', 'go', 'read', 'run', 'scan', 'sort']);
const SCANNED_THROUGH: ReadonlySet<string> = new Set(['at', 'through', 'over']);
/** Bare verbs that are seldom nouns and take no object: "the orders expire", "the alerts lapse". */
const INTRANSITIVE_BARE: ReadonlySet<string> = new Set(['expire', 'lapse', 'cease', 'terminate']);
/**
 * Whether the comma before k closes an aside that opens right after "and" with a preposition or subordinator ("and, for any
 * patient over 65, placed …"), and the verb before that "and" has the same form as the word at k.
 */
function afterAsideOfAnd(words: readonly Word[], k: number, form: string): boolean {
  for (let j = k - 2; j >= 2 && j >= k - 16; j--) {
    if (words[j].w === '.' || words[j].w === ';' || words[j].tag === 'be') return false;
    if (words[j].w !== ',') continue;
    if (words[j - 1].w !== 'and' || (words[j + 1]?.tag !== 'prep' && words[j + 1]?.tag !== 'sub')) return false;
    for (let v = j - 2; v >= 0; v--) {
      const t = words[v].tag;
      if (t === 'sub' || t === 'rel' || t === 'cc' || t === 'punct') return false;
      if (t === 'verb') return words[v].form === form && words[v - 1]?.tag !== 'be' && words[v - 1]?.tag !== 'have';
    }
    return false;
  }
  return false;
}
/** Whether "and" and a past form follow within the list's reach after k: "…, removed the coil and delivered a shock". */
function pastListGoesOn(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 10; j++) {
    if (words[j].w === '.' || words[j].w === ';') return false;
    // (past one adverb: "and immediately delivered a shock")
    const v = words[j + 1] !== undefined && isAdverb(words[j + 1].w) ? j + 2 : j + 1;
    if (words[j].w === 'and' && verbHit(words[v]?.w ?? '')?.form === 'ed') return true;
  }
  return false;
}

/**
 * Whether the word before k is a plural that opens the sentence, after at most a determiner and two nouns ("The risk
 * scores"); not after an adjective of degree, which makes a comparison ("Higher scores go with a greater likelihood").
 */
function openingPluralBefore(words: readonly Word[], k: number): boolean {
  if (k < 1 || k > 4 || !/[^s]s$/.test(words[k - 1].w)) return false;
  return words.slice(0, k - 1).every((x) => (x.tag === 'det' || x.tag === 'noun' || x.tag === 'num') && !COMPARATIVES.has(x.w));
}
/** Adjectives of degree the tagger may leave nouns before a plural: "Higher scores", "Lower values". */
const COMPARATIVES: ReadonlySet<string> = new Set(['higher', 'lower', 'greater', 'larger', 'smaller', 'more', 'fewer', 'less', 'longer', 'shorter']);

/** Verbs of motion a case may do by itself on a list: "move", "go", "jump", "rise", "climb". */
const MOTION_TO: ReadonlySet<string> = new Set(['move', 'go', 'jump', 'rise', 'climb']);
/**
 * "Studies with a flag", "Patients on the list": the words up to end are a plural noun that opens the sentence and one
 * prepositional phrase after it.
 */
function pluralSubjectWithPhrase(words: readonly Word[], end: number): boolean {
  let j = end;
  while (j > 0 && j > end - 5 && (words[j].tag === 'noun' || words[j].tag === 'adj' || words[j].tag === 'det' || words[j].tag === 'num')) j--;
  if (words[j]?.tag !== 'prep' || j === end) return false;
  let h = j - 1;
  if (words[h]?.tag !== 'noun' || !/[^su]s$/.test(words[h].w)) return false;
  while (h > 0 && (words[h - 1].tag === 'adj' || words[h - 1].tag === 'noun' || words[h - 1].tag === 'det')) h--;
  return h === 0;
}

/**
 * Verbs that take an infinitive whose act is their subject's: "nurses continue to adjust", "clinicians need to confirm".
 * (Only verbs the tagger knows can be found here; "want", "tend" and "agree" were tried as known verbs and moved readings.)
 */
const CATENATIVE: ReadonlySet<string> = new Set(['continue', 'need', 'try', 'begin', 'start', 'choose', 'decide', 'plan', 'prefer', 'learn', 'seek']);

/** Words after which "to" is a preposition: "subject to review", "prior to approval". */
const NOUN_TO = new Set(['subject', 'prior', 'due', 'pending', 'open']);

const TRADEMARKS = new Set(['\u2122', '\u00ae', '\u00a9']);

const CLAUSE_PUNCT = new Set([';', ':', '(', ')', '[', ']', '\u2014', '\u2013', '-', '|', '.', '!', '?']);

const REVIEW_LEMMAS: ReadonlySet<string> = new Set(V.REVIEW_VERBS);

const NOMINAL_ING = new Set(['scoring', 'grading', 'processing', 'learning', 'imaging', 'monitoring', 'recording', 'screening', 'reading', 'training', 'testing', 'breathing', 'scanning', 'matching', 'modeling', 'modelling', 'computing', 'staging', 'pacing', 'dosing', 'prescribing', 'tracking', 'sensing', 'positioning', 'reporting', 'viewing', 'finding', 'labeling', 'labelling',
  // "a gradient boosting model" (stop 43): a kind of model, inside its compound
  'boosting']);

/** -ing words that are nouns in their own right: "a warning", "the finding", "each reading". */
const ING_NOUNS: ReadonlySet<string> = new Set(['warning', 'finding', 'reading', 'recording', 'setting', 'screening', 'rating', 'meeting', 'building', 'ending', 'opening', 'training', 'heating', 'cooling']);

/** Options an -ing word may qualify right after "be": "are dosing recommendations", "is dosing advice". */
const QUALIFIED_OPTIONS: ReadonlySet<string> = new Set(['recommendation', 'recommendations', 'advice', 'suggestion', 'suggestions', 'instructions', 'guidance', 'decisions', 'proposals']);

/** Verbs of where a thing lies, which the tagger may take for nouns after a plural: "decisions stay with", "calls rest with". */
const LYING_WITH: ReadonlySet<string> = new Set(['stay', 'rest', 'lie', 'remain', 'sit']);

/** Whether the words right before k are two noun phrases joined by "and", the second with its determiner: "the counselling and the decision". */
function coordinatedNounsBefore(words: readonly Word[], k: number): boolean {
  for (let j = k - 2; j >= 1 && j >= k - 4; j--) {
    // (each noun phrase with its determiner: not the end of a list inside a topic, "decisions on inotropes, fluids and bleeding")
    if (words[j].w === 'and') return words[j - 1].tag === 'noun' && words[j + 1]?.tag === 'det' && words.slice(j + 1, k).every((x) => x.tag === 'det' || x.tag === 'adj' || x.tag === 'noun');
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return false;
  }
  return false;
}

/** Modals an -ing noun may stand before as the subject: "a warning may appear", "the reading can drift". */
const MODAL_WORDS: ReadonlySet<string> = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'should', 'must', 'shall']);

/** Regulatory marks: "CE marking", "UKCA marking" name the mark, not a marking act (stop 38). */
const REGULATORY_MARKS: ReadonlySet<string> = new Set(['ce', 'ukca', 'ce-ivd']);

/** Verb forms that also qualify a quantity: "mean arterial pressure", "average heart rate", "total dose". */
const QUANTITY_ADJECTIVES: ReadonlySet<string> = new Set(['mean', 'average', 'total']);

/** Kinds of machine learning: "deep learning", "machine learning", "reinforcement learning". */
const LEARNING_KINDS: ReadonlySet<string> = new Set(['deep', 'machine', 'reinforcement', 'federated', 'transfer', 'supervised', 'unsupervised', 'self-supervised', 'statistical', 'ensemble']);

const GERUND_PREPS = new Set(['in', 'for', 'by', 'of', 'without', 'when', 'while', 'before', 'after', 'upon', 'on', 'from', 'through', 'including', 'via', 'with']);

/** Whether a known verb form stands as a verb here or as a noun / adjective. */
/** Whether the words right before k are participle modifiers ("missed and incorrect") of an object a verb right before them governs. */
function participleModifiedObject(words: readonly Word[], k: number): boolean {
  const prev = words[k - 1];
  if (!prev || prev.tag === 'cc' || prev.tag === 'punct' || V.SOFTWARE_NOUNS.has(prev.w) || V.PHYSICIAN_NOUNS.has(prev.w) || V.OTHER_NOUNS.has(prev.w)) return false;
  let participle = false;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const x = words[j];
    if (x.tag === 'verb') return participle && j < k - 1 && x.form !== 'ed' && x.form !== 'ing';
    if (x.tag !== 'noun' && x.tag !== 'adj' && x.tag !== 'cc' && x.tag !== 'det') return false;
    if (x.tag !== 'cc' && /^[a-z]{3,}ed$/.test(x.w) && !/s$/.test(x.w)) participle = true;
  }
  return false;
}

/**
 * Where a run of one or two adverbs starts when it stands right before word k and right after a subject's noun, name or
 * pronoun ("the software routinely …", "it then automatically …"); -1 otherwise. Negations are no adverbs here: "not"
 * keeps its own tag and reading.
 */
function adverbsAfterSubject(words: readonly Word[], k: number): number {
  let at = k;
  while (at > 0 && k - at < 2 && words[at - 1].tag === 'adv' && isAdverb(words[at - 1].w)) at--;
  if (at === k || at === 0) return -1;
  const subject = words[at - 1].tag;
  return subject === 'noun' || subject === 'name' || (subject === 'pron' && SUBJECT_PRONOUNS.has(words[at - 1].w)) ? at : -1;
}

/** Therapies a phrasal verb may move: the vocabulary's therapy nouns ("bumped the O2 up"), and a rate or support moved up. */
const THERAPY_SET: ReadonlySet<string> = new Set([...V.THERAPY_NOUNS, 'rate', 'support']);
/** Words of how often or how, after a handover's past verb: "alerted twice", "alarmed slow". */
const HOW_OFTEN: ReadonlySet<string> = new Set(['twice', 'once', 'again', 'slow', 'overnight', 'repeatedly']);
/** Whether "by itself", "by themselves" or "on its own" stands right before k, after a do, a modal or a negation. */
function auxiliaryBeforeAlone(words: readonly Word[], k: number): boolean {
  let j: number;
  if ((words[k - 1]?.w === 'itself' || words[k - 1]?.w === 'themselves') && words[k - 2]?.w === 'by') j = k - 3;
  else if (words[k - 1]?.w === 'own' && (words[k - 2]?.w === 'its' || words[k - 2]?.w === 'their') && words[k - 3]?.w === 'on') j = k - 4;
  else return false;
  const aux = words[j];
  return aux !== undefined && (aux.tag === 'neg' || aux.tag === 'do' || aux.tag === 'modal');
}

function verbOrNot(form: VerbForm, w: string, prev: Word | undefined, prev2: Word | undefined, next: Word | undefined, verbSeen: boolean, first: boolean): Tag {
  const pt = prev?.tag;
  const nt = next?.tag;
  if (form === 'ing') {
    // "A warning appears when …", "the finding is shown" (stop 43): an -ing noun after its article, right before a verb it takes.
    // ("turns the heating off when …": so before the particle "off")
    // (and "a warning" before a modal, stop 44: "A warning can pop up if …")
    if (pt === 'det' && ING_NOUNS.has(w) && next !== undefined && ((verbHit(next.w)?.form === 's' && !ING_NOUNS.has(next.w)) || next.w === 'off' || (w === 'warning' && MODAL_WORDS.has(next.w)))) return 'noun';
    if (pt === 'det' || pt === 'adj' || pt === 'num') return 'adj';
    // "the outputs are dosing recommendations" (stop 44): after "be", an -ing word right before an option noun qualifies it.
    if (pt === 'be' && next !== undefined && QUALIFIED_OPTIONS.has(next.w)) return 'adj';
    if (w === 'marking' && prev !== undefined && REGULATORY_MARKS.has(prev.w)) return 'noun';
    // "MQSA-qualified interpreting physicians", "the treating team": an -ing word right before a clinician describes the clinician.
    if (next && V.PHYSICIAN_NOUNS.has(next.w) && !V.AMBIGUOUS_HUMANS.has(next.w)) return 'adj';
    // "signal processing algorithms", "deep learning model": an -ing noun inside a compound.
    if (NOMINAL_ING.has(w) && (pt === 'noun' || pt === 'name') && (nt === 'noun' || nt === 'name') && next && next.w !== 'that' && verbHit(next.w) === undefined) return 'adj';
    // "physicians interpreting screening mammograms": an -ing word between a verb and its noun modifies the noun.
    // "reviews screening examinations": so is one right after any verb.
    if (NOMINAL_ING.has(w) && pt === 'verb' && (nt === 'noun' || nt === 'name') && next && verbHit(next.w) === undefined) return 'adj';
    // "Deep learning detects fractures", "machine learning flags …" (stop 36): a kind of learning named as the subject, before
    // a known -s verb, is the head of the noun phrase.
    if (w === 'learning' && LEARNING_KINDS.has(prev?.w ?? '') && next !== undefined && verbHit(next.w)?.form === 's') return 'noun';
    // "for AFib screening.", "deep learning,": an -ing noun that ends its noun phrase.
    if (NOMINAL_ING.has(w) && (pt === 'noun' || pt === 'name') && (!next || nt === 'punct' || nt === 'cc' || nt === 'prep' || next.w === 'that' || next.w === 'which')) return 'noun';
    if (pt === 'be') return 'verb';
    // "Mistakes in general-practice prescribing are rare" (stop 34): an -ing word after a preposition and a noun modifier,
    // then "be" or a modal, is the head of a noun phrase, not an act.
    if ((pt === 'noun' || pt === 'name') && prev2?.tag === 'prep' && (nt === 'be' || nt === 'modal')) return 'noun';
    // "on screening mammograms", "whose screening examinations", "during screening visits": an -ing noun before an exam names its kind.
    if (NOMINAL_ING.has(w) && next && V.EXAM_NOUNS.has(next.w)) return 'adj';
    if (pt === 'prep' && prev && GERUND_PREPS.has(prev.w)) return 'verb';
    if (pt === 'sub') return 'verb';
    if ((first || pt === 'punct') && (nt === 'noun' || nt === 'name') && next && verbHit(next.w) === undefined) return 'adj';
    return 'verb';
  }
  if (form === 'ed') {
    if (pt === 'be' || pt === 'have') return 'verb';
    // ("bed 5 alarmed twice overnight", "room 4 flagged a fall" (stop 47): a place named by its number, then a past verb,
    // as handover notes write it; not "the 5 flagged studies", a number before its noun)
    if (pt === 'num' && prev2?.tag === 'noun' && !verbSeen && (nt === 'det' || nt === 'adv' || nt === 'adj' || nt === 'punct' || HOW_OFTEN.has(next?.w ?? ''))) return 'verb';
    // "the oncologist, who made the final decision", "the module, which flagged the study" (stop 45): a past form right after
    // a subject relative pronoun is the relative clause's verb (not after "whose": "whose estimated risk").
    if (pt === 'rel' && prev?.w === 'who') return 'verb';
    // "get bumped up", "got flagged": a "get" passive.
    if (prev && GET_FORMS.has(prev.w)) return 'verb';
    if (pt === 'adv' && prev2 && (prev2.tag === 'be' || prev2.tag === 'have')) return 'verb';
    if (pt === 'det' || pt === 'adj' || pt === 'num' || pt === 'prep') return 'adj';
    if (next && next.w === 'by') return 'verb';
    // (not before a person's object pronoun: "and told him whether to shock", "and gave me a score" (stop 53))
    if ((first || pt === 'punct' || pt === 'cc') && (nt === 'noun' || nt === 'name') && !OBJECT_PERSON_PRONOUNS.has(next?.w ?? '')) return 'adj';
    if ((pt === 'noun' || pt === 'name' || pt === 'pron') && !verbSeen) return 'verb';
    if (pt === 'cc' && verbSeen) return 'verb';
    // "it routinely detected pathological cases", "the software automatically measured …": a past form after an adverb that
    // follows the clause's subject is its verb, even before a noun.
    if (pt === 'adv' && !verbSeen && prev2 !== undefined && ((prev2.tag === 'pron' && SUBJECT_PRONOUNS.has(prev2.w)) || prev2.tag === 'name' || (prev2.tag === 'noun' && V.SOFTWARE_NOUNS.has(prev2.w)))) return 'verb';
    if (pt === 'adv') return nt === 'noun' || nt === 'name' ? 'adj' : 'verb';
    return 'adj';
  }
  // base or -s form
  if (pt === 'to' || pt === 'modal' || pt === 'do') return 'verb';
  // "shows them on one screen", "in one view": after a preposition, "one" counts the noun that follows.
  if (prev?.w === 'one' && prev2?.tag === 'prep') return 'noun';
  if (pt === 'neg') return 'verb';
  if (pt === 'det' || pt === 'adj' || pt === 'num') return 'noun';
  if (pt === 'prep') return 'noun';
  // "…, that supports radiologists": "that" after a comma opens a relative clause whose -s word is its verb.
  if (form === 's' && pt === 'sub' && prev?.w === 'that' && (nt === 'noun' || nt === 'det' || nt === 'name' || nt === 'adj')) return 'verb';
  if (pt === 'adv' && prev2 && (prev2.tag === 'modal' || prev2.tag === 'to' || prev2.tag === 'do' || prev2.tag === 'pron' || prev2.tag === 'noun' || prev2.tag === 'name' || prev2.tag === 'neg' || prev2.tag === 'rel')) return 'verb';
  if (pt === 'adv' && !prev2) return form === 's' ? 'verb' : 'noun';
  if (form === 's') {
    // "Voice prompts walk the rescuer through …", "text messages remind the user": an -s word after the channel that carries it is a plural noun.
    // But a screen shows, displays or lists what follows: "the pump screen shows glucose readings" (round 18b).
    // (Nor before "whether": "the screen reports whether the child passes" (stop 38).)
    if (!verbSeen && (pt === 'noun' || pt === 'name') && V.MESSAGE_CHANNELS.has(prev?.w ?? '') && !(SCREEN_SHOWING.has(w) && nt !== 'verb') && next?.w !== 'whether') return 'noun';
    if (first && (nt === 'det' || nt === 'noun' || nt === 'name' || nt === 'adj' || nt === 'num')) return 'verb';
    // "the events it detects are written …": after "it" that follows a noun (an object relative clause), even before "be", the word is its verb.
    if (prev?.w === 'it' && (prev2?.tag === 'noun' || prev2?.tag === 'name' || prev2?.w === 'that' || prev2?.w === 'which')) return 'verb';
    // "Outcome measures include…", "Quality scores improved": a plural noun before its verb.
    // But a plural takes a verb without -s: in "the software places marks", "the tool quantifies changes" the first -s word is the verb.
    // And "the algorithm reviews screening examinations": an -ing noun after it modifies its object; it is not the verb.
    // (A capitalised word after it is a label or a name, no verb: "returns 'Signal Detected' or …"; stop 35.)
    // ("regulates mean arterial pressure", "reports average heart rate" (stop 36): a verb form that is also an adjective of
    // quantity before a noun is no verb.)
    // ("the algorithm makes dose adjustments", "generates alert messages" (stop 45): an -s form that is never a plural noun
    // stays the verb before a noun that is also a verb's base form)
    if (next && (nt === 'be' || nt === 'modal' || nt === 'have' || (next.lemma === undefined && !next.cap && verbHit(next.w) !== undefined && verbHit(next.w)?.form !== 's' && !NOMINAL_ING.has(next.w) && !QUANTITY_ADJECTIVES.has(next.w) && pt === 'noun' && !ONLY_VERB_S_FORMS.has(w)))) return 'noun';
    if (pt === 'punct' && prev && prev.w === ',' && !verbSeen && (nt === 'det' || nt === 'sub' || nt === 'name' || nt === 'adj' || nt === 'num')) return 'verb';
    if (pt === 'punct' && prev && prev.w !== ',' && prev.w !== '(' && !verbSeen && (nt === 'det' || nt === 'noun' || nt === 'name' || nt === 'adj' || nt === 'num')) return 'verb';
    if (pt === 'pron' && prev && SUBJECT_PRONOUNS.has(prev.w)) return 'verb'; // "it displays", "it flags"
    // "Whatever the software suggests, the radiologist reads the full study": "the <person> reads the …" is a verb after any earlier one.
    // ("the on-call radiologist reads the …", "the reading radiologist reads …": past a modifier after the determiner too)
    // ("…, and the surgeon or radiologist reviews every X-ray" (stop 54): or after the second of two people joined by "or")
    if (pt === 'noun' && prev && (prev2?.tag === 'det' || prev2?.tag === 'adj' || prev2?.w === 'or') && V.PHYSICIAN_NOUNS.has(prev.w) && nt === 'det') return 'verb';
    // "…, and this algorithm measures the QT interval" (stop 32): the software named with its determiner, then an -s word
    // and an object, is its verb even after an earlier verb.
    // ("the algorithm rates how hypernasal the speech sounds" (stop 48): or before an indirect question)
    if (pt === 'noun' && prev && prev2?.tag === 'det' && V.SOFTWARE_NOUNS.has(prev.w) && (nt === 'det' || nt === 'adj' || nt === 'num' || next?.w === 'how' || next?.w === 'whether')) return 'verb';
    if (pt === 'noun' || pt === 'name' || pt === 'pron' || pt === 'rel') return verbSeen && pt !== 'rel' && NEVER_VERB.has(w.slice(0, -1)) ? 'noun' : 'verb';
    if (pt === 'cc' && verbSeen) return 'verb';
    if (pt === 'punct' && prev && prev.w === ',' && verbSeen) return 'verb';
    if (pt === 'adv') return 'verb';
    return 'noun';
  }
  // base form: a verb after a plural subject or a pronoun ("clinicians review", "they flag").
  if (pt === 'pron' && prev && SUBJECT_PRONOUNS.has(prev.w)) return 'verb';
  if (pt === 'rel') return 'verb';
  // (or an object pronoun: "cloud analytics combine them into measurements"; stop 32)
  if ((pt === 'noun' || pt === 'name') && prev && prev.w.endsWith('s') && !verbSeen && (nt === 'det' || nt === 'noun' || nt === 'adj' || nt === 'name' || nt === 'adv' || next?.w === 'them' || next?.w === 'it')) return 'verb';
  // "Notifications fire when the rate falls", "Alarms sound until …": a sentence's opening plural and a bare verb before a
  // subordinator (round 18b).
  // "The measurements go into the report", "Scores flow to the chart": so is one before a preposition of direction.
  if (pt === 'noun' && prev && /[^s]s$/.test(prev.w) && !verbSeen && ((prev2 === undefined && nt === 'sub') || ((prev2 === undefined || prev2.tag === 'det') && next !== undefined && DIRECTIONS.has(next.w)))) return 'verb';
  // "Clinicians look at the notifications", "Radiologists go through the flagged studies" (stop 41): a plural person and a bare
  // verb before the particle of a phrasal verb.
  if (pt === 'noun' && prev && /[^s]s$/.test(prev.w) && (V.PHYSICIAN_NOUNS.has(prev.w) || V.OTHER_NOUNS.has(prev.w)) && !verbSeen && PHRASAL_PARTICLES.has(next?.w ?? '')) return 'verb';
  // ("The nurse in charge and the treating doctor look at the score" (stop 47): a bare verb and its particle after a singular
  // physician, with a modifier before it, is the verb of a coordinated subject)
  if (pt === 'noun' && prev && form === 'base' && V.PHYSICIAN_NOUNS.has(prev.w) && (prev2?.tag === 'adj' || prev2?.tag === 'det') && !verbSeen && PHRASAL_PARTICLES.has(next?.w ?? '')) return 'verb';
  // "Clinical staff decide whether …", "ward staff review the list" (stop 34): a collective of people takes a bare verb too.
  if (pt === 'noun' && prev && COLLECTIVE_PEOPLE.has(prev.w) && !verbSeen && (nt === 'sub' || nt === 'det' || nt === 'adj' || nt === 'noun' || next?.w === 'on' || next?.w === 'them' || next?.w === 'it')) return 'verb';
  // "Treatment decisions stay with the oncologist", "Final calls rest with the reader" (stop 44): a plural subject and a verb
  // of where something lies, before "with".
  if (pt === 'noun' && prev && /[^s]s$/.test(prev.w) && !verbSeen && LYING_WITH.has(w) && next?.w === 'with') return 'verb';
  // "Clinicians listen to the recording", "Patients need to…": a plural person before "to".
  if (pt === 'noun' && prev && (V.PHYSICIAN_NOUNS.has(prev.w) || V.OTHER_NOUNS.has(prev.w)) && prev.w.endsWith('s') && !verbSeen && nt === 'to') return 'verb';
  // (or an object pronoun: "analyse and quantify them"; stop 28)
  if (pt === 'cc' && verbSeen && (nt === 'det' || nt === 'noun' || nt === 'name' || nt === 'adj' || nt === 'adv' || nt === 'num' || next?.w === 'them' || next?.w === 'it')) return 'verb';
  // "enhance images and also analyse …": an adverb between the coordinator and the next bare verb.
  if (pt === 'adv' && prev2?.tag === 'cc' && verbSeen && (nt === 'det' || nt === 'noun' || nt === 'adj' || nt === 'cc' || next?.w === 'them' || next?.w === 'it')) return 'verb';
  if (first && (nt === 'det' || nt === 'adj')) return 'verb'; // a list item: "- measures the EF"
  // "lucencies in a fracture-like pattern trigger a notification": a noun is not followed by an article; before the first verb, this is the verb.
  if ((pt === 'noun' || pt === 'name') && !verbSeen && next && (next.w === 'a' || next.w === 'an' || next.w === 'the')) return 'verb';
  return 'noun';
}

/** Whether the noun before k heads an appositive: a noun or name, a comma, an article, then modifiers up to k. */
function appositiveNounBefore(words: readonly Word[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= 4 && (words[j].tag === 'noun' || words[j].tag === 'name' || words[j].tag === 'adj')) j--;
  return (words[j]?.w === 'a' || words[j]?.w === 'an') && words[j - 1]?.w === ',' && (words[j - 2]?.tag === 'noun' || words[j - 2]?.tag === 'name');
}

/** Whether the comma at c closes an appositive that follows the sentence's opening noun phrase: "The model, a network …, ". */
function appositiveClosedAt(words: readonly Word[], c: number): boolean {
  for (let j = c - 1; j >= 2 && j >= c - 16; j--) {
    const word = words[j];
    if (word.tag === 'be' || word.tag === 'modal' || word.tag === 'rel' || word.tag === 'sub' || (word.tag === 'verb' && word.form !== 'ed') || word.w === ';' || word.w === ':') return false;
    if (word.w !== ',') continue;
    // (", a network trained on …," or a participle's own aside: ", developed using data from 20,000 patients,")
    const opensAside = words[j + 1]?.w === 'a' || words[j + 1]?.w === 'an' || (words[j + 1]?.form === 'ed' && (words[j + 1].tag === 'adj' || words[j + 1].tag === 'verb') && (words[j + 2]?.tag === 'prep' || words[j + 2]?.tag === 'verb'));
    if (!opensAside || (words[j - 1]?.tag !== 'noun' && words[j - 1]?.tag !== 'name')) return false;
    // the noun before the appositive opens the sentence: no verb before it
    return !words.slice(0, j).some((w) => w.tag === 'verb' || w.tag === 'be' || w.tag === 'modal' || w.w === ',');
  }
  return false;
}

/** -s forms that are never plural nouns: "makes", "generates" (stop 45). */
const ONLY_VERB_S_FORMS: ReadonlySet<string> = new Set(
  ['make', 'generate', 'produce', 'provide', 'create', 'give', 'compute', 'calculate', 'derive', 'suggest', 'recommend', 'propose', 'deliver', 'adjust', 'set'].map((lemma) => V.verbForms(lemma)[1]),
);

/** Nouns of a group of people, which take a verb without -s: "staff decide", "personnel review". */
const COLLECTIVE_PEOPLE: ReadonlySet<string> = new Set(['staff', 'personnel']);

/** "doctors interpret the readings": a plural person at j, then a word a verb list knows in its base form, then an object. */
/** Whether a product (a name or a software noun) and an -s verb with its object or particle start at j: "Abacus works out the …". */
function productSubjectNext(words: readonly Word[], j: number): boolean {
  const subject = words[j];
  if (!subject || !(subject.tag === 'name' || subject.cap === true || V.SOFTWARE_NOUNS.has(subject.w))) return false;
  if (!VERB_INDEX.get(words[j + 1]?.w ?? '')?.some((h) => h.form === 's')) return false;
  const after = words[j + 2];
  return after !== undefined && (after.tag === 'det' || ((after.w === 'out' || after.w === 'up') && words[j + 3]?.tag === 'det'));
}

function personSubjectNext(words: readonly Word[], j: number): boolean {
  const person = words[j]?.w ?? '';
  if (!person.endsWith('s') || !(V.PHYSICIAN_NOUNS.has(person) || V.OTHER_NOUNS.has(person))) return false;
  const verb = words[j + 1];
  if (!verb || !VERB_INDEX.get(verb.w)?.some((h) => h.form === 'base')) return false;
  const after = words[j + 2]?.tag;
  return after === 'det' || after === 'noun' || after === 'adj' || after === 'name';
}

/** Therapies a device changes: "changes in insulin delivery", "changes of the infusion rate". */
const CHANGED_THERAPIES: ReadonlySet<string> = new Set(['insulin', 'delivery', 'dose', 'doses', 'dosing', 'infusion', 'therapy', 'treatment', 'stimulation', 'pacing', 'ventilation', 'oxygen', 'settings']);

/** A noun phrase from j, then "do"/"does", a modal or a form of "be" or "have" (a finite verb that needs a subject): "arterial pressure do not …". */
function finiteAfterPhrase(words: readonly Word[], j: number): boolean {
  for (let l = j; l < words.length && l <= j + 4; l++) {
    const t = words[l].tag;
    if (t === 'do' || t === 'modal' || t === 'be' || t === 'have') return l > j;
    if (t !== 'det' && t !== 'adj' && t !== 'noun' && t !== 'name' && t !== 'num') return false;
  }
  return false;
}

/** A bare verb after "not", a modal, "do" or "to" in the few words before k, with only its object between. */
function bareVerbListBefore(words: readonly Word[], k: number): boolean {
  for (let j = k - 2; j >= 1 && j >= k - 8; j--) {
    const word = words[j];
    if (word.tag === 'verb') return word.form === 'base' && ['neg', 'modal', 'do', 'to'].includes(words[j - 1].tag);
    if (word.tag !== 'det' && word.tag !== 'noun' && word.tag !== 'adj' && word.tag !== 'name' && word.w !== ',') return false;
  }
  return false;
}

/** Whether a subject pronoun and its finite verb stand in the few words before k: "In real time it filters the signal, …". */
function pronounVerbBefore(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j > 0 && j >= k - 10; j--) {
    // (not a subordinate or relative clause's own pronoun: "In each study where it finds a nodule, …")
    if (words[j].tag === 'punct' || words[j].tag === 'sub' || words[j].tag === 'rel') return false;
    if (words[j].tag === 'verb' && words[j].form === 's' && (SUBJECT_PRONOUNS.has(words[j - 1].w) || (words[j - 1].tag === 'adv' && SUBJECT_PRONOUNS.has(words[j - 2]?.w ?? '')))) {
      for (let i = 0; i < j; i++) if (words[i].tag === 'sub' || words[i].tag === 'rel') return false;
      return true;
    }
  }
  return false;
}

/** Verbs of giving or receiving a pseudo-cleft names its output by: "what the app delivers is …", "what the clinician sees is …". */
const CLEFT_GIVING: ReadonlySet<string> = new Set([...V.OUTPUT_VERBS, 'contribute', 'see', 'get', 'receive']);

/** Prepositions of direction after a verb of motion: "go into", "flow to". */
const DIRECTIONS: ReadonlySet<string> = new Set(['into', 'onto', 'to', 'through', 'back']);

/** What a screen does to what it shows: "the screen shows …", "the display lists …". */
const SCREEN_SHOWING: ReadonlySet<string> = new Set(['shows', 'displays', 'lists', 'presents']);

/** Whether the word after a past form shows it takes no object: a preposition, an "-ly" adverb, punctuation or the end. */
function pastWithoutObject(after: Word | undefined): boolean {
  if (after === undefined) return true;
  return after.tag === 'prep' || after.tag === 'to' || (after.tag === 'punct' && after.w !== '-' && after.w !== '/') || (after.w.length > 4 && after.w.endsWith('ly'));
}

/** "The interpretation it offers …": words k-3 … k-1 are a noun, "it" or "they", and that pronoun's -s or past verb. */
function reducedRelativeBefore(words: readonly Word[], k: number): boolean {
  const verb = words[k - 1];
  const pronoun = words[k - 2]?.w;
  const antecedent = words[k - 3];
  return verb?.tag === 'verb' && (verb.form === 's' || verb.form === 'ed') && (pronoun === 'it' || pronoun === 'they') && (antecedent?.tag === 'noun' || antecedent?.tag === 'name');
}

/** What may follow the verb after its subject: "… vary and", "… exist,", "… grows over time", "… wears the patch", "… exist it adds". */
const UNKNOWN_VERB_END: ReadonlySet<Tag> = new Set(['punct', 'cc', 'prep', 'sub', 'adv', 'to', 'pron', 'det', 'num']);
/** Subordinators whose clause has a subject and a finite verb ("as" and the time prepositions are tagged as prepositions). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['how', 'whether', 'when', 'whenever', 'while', 'whilst', 'where', 'if', 'unless', 'once', 'as', 'because', 'although', 'though', 'until', 'after', 'before']);
/** Endings of adjectives and abstract nouns, which are no verb: "the values are normal", "when the signal quality …". */
const NOT_VERB_ENDINGS = /(?:al|ic|ive|ous|ful|able|ible|ant|ent|ness|ment|tion|sion|ity|ory|ism|ics)$/;

/**
 * The verb form of an unknown word at k after "<subordinator> (det/adj/noun…) <noun>", when it agrees with that noun:
 * a bare word after a plural ("how the intervals vary"), an -s word after a singular ("while the wearer sleeps").
 */
function subordinateVerbForm(words: readonly Word[], k: number, known = false): VerbForm | undefined {
  const w = words[k].w;
  const subject = words[k - 1];
  const next = words[k + 1];
  if (next !== undefined && !UNKNOWN_VERB_END.has(next.tag)) return undefined;
  // ("whether the reading rises": an -ing noun after its determiner, which the tagger read as a modifier, is a subject too.)
  const nominalIng = subject?.tag === 'adj' && subject.form === 'ing' && words[k - 2]?.tag === 'det';
  if (w.length < 3 || !/^[a-z-]+$/.test(w) || (!known && w.length > 5 && NOT_VERB_ENDINGS.test(w)) || subject === undefined || (subject.tag !== 'noun' && !nominalIng)) return undefined;
  let j = k - 2;
  while (j >= 0 && j >= k - 5 && (words[j].tag === 'det' || words[j].tag === 'adj' || words[j].tag === 'noun' || words[j].tag === 'num')) j--;
  if (j < 0 || !CLAUSE_OPENERS.has(words[j].w) || (words[j].tag !== 'sub' && words[j].tag !== 'prep')) return undefined;
  const plural = /[^su]s$/.test(subject.w) && !subject.w.endsWith('is');
  const sForm = /[^su]s$/.test(w) && !w.endsWith('ous') && !w.endsWith('is');
  if (plural && !sForm) return 'base';
  if (!plural && sForm) return 's';
  return undefined;
}

/** "… views it also rates …": a subject pronoun at k + 1, then (past adverbs) a word that can be its -s verb. */
function pronounSubjectNext(words: readonly Word[], k: number): boolean {
  const pronoun = words[k + 1]?.w;
  if (pronoun !== 'it' && pronoun !== 'they') return false;
  let j = k + 2;
  while (words[j] !== undefined && isAdverb(words[j].w)) j++;
  const verb = words[j];
  if (verb === undefined) return false;
  const form = verbHit(verb.w)?.form;
  return pronoun === 'it' ? form === 's' || (/[^su]s$/.test(verb.w) && form === undefined) : form === 'base' || verb.tag === 'modal';
}

/** How many words a subject before a participle phrase may have (keeps the look-back bounded). */
const SUBJECT_REACH = 10;

/** Past participles that do not end in -ed: "built with", "made from", "taken by". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['built', 'made', 'taken', 'written', 'drawn', 'shown', 'given', 'known', 'grown', 'held', 'kept', 'fed', 'led', 'brought', 'taught', 'found', 'run', 'set', 'sold']);

function isParticiple(word: Word): boolean {
  return word.form === 'ed' || IRREGULAR_PARTICIPLES.has(word.w) || (word.form === undefined && /^[a-z]{3,}ed$/.test(word.w)) || verbHit(word.w)?.form === 'ed';
}

/**
 * "A classifier built with machine learning analyses …", "Its model, trained on labelled images, arrives at …": the sentence
 * opens on a noun phrase, then a participle and its short phrase (a preposition, nouns, at most a comma around it); the word
 * at k comes next, before its object or a preposition. No finite verb stands before k.
 */
function verbAfterParticiplePhrase(words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  if (next === undefined || !['det', 'noun', 'adj', 'num', 'prep', 'name'].includes(next.tag)) return false;
  // "… on labelled mammograms highlights …": the plural before a word that can be the verb is still the phrase's noun.
  if (next.tag === 'noun' && verbHit(next.w)?.form === 's') return false;
  let j = k - 1;
  if (words[j]?.w === ',') j--;
  // The participle's phrase: a preposition and its noun phrase ("with deep learning", "on suitable images").
  let sawPrep = false;
  // (A participle inside the phrase modifies its noun: "on labelled mammograms".)
  while (j > 0 && j >= k - 8 && !(isParticiple(words[j]) && words[j + 1]?.tag === 'prep')) {
    const tag = words[j].tag;
    if (tag === 'prep') sawPrep = true;
    else if (tag !== 'det' && tag !== 'adj' && tag !== 'noun' && tag !== 'name' && tag !== 'num' && !(tag === 'verb' && words[j].form === 'ing')) return false;
    j--;
  }
  if (j <= 0 || !isParticiple(words[j]) || !sawPrep || words[j + 1]?.tag !== 'prep') return false;
  // The subject before it: determiners, modifiers and nouns from the sentence's start, or up to a comma before the participle.
  let i = j - 1;
  if (words[i]?.w === ',') i--;
  if (i < 0 || (words[i].tag !== 'noun' && words[i].tag !== 'name')) return false;
  // (Bounded: a subject is a few words long; a longer run of nouns is no subject this rule reads, and a long one stays linear.)
  for (const stop = i - SUBJECT_REACH; i >= 0; i--) {
    if (i < stop) return false;
    if (['det', 'adj', 'noun', 'name', 'num'].includes(words[i].tag)) continue;
    // ("In routine use, a classifier built with … analyses …": or from the comma that closes a fronted phrase.)
    return words[i].w === ',' && words.findIndex((x) => x.w === ',') === i && (words[0].tag === 'prep' || words[0].tag === 'sub');
  }
  return true;
}

/** The participle phrase before the verb at k modifies the subject: its participle is an adjective, its -ing words nouns ("machine learning"). */
function modifierPhraseBefore(words: Word[], k: number): void {
  for (let j = k - 1; j >= 0 && j >= k - 9; j--) {
    const word = words[j];
    if (word.tag === 'verb' && word.form === 'ing') word.tag = 'noun';
    if (isParticiple(word) && words[j + 1]?.tag === 'prep') {
      word.tag = 'adj';
      word.form = 'ed';
      return;
    }
  }
}

/**
 * "Neural networks running in the cloud pick out …", "Two classifiers working on each frame mark …": from the sentence's
 * start, a noun phrase whose head is plural, an "-ing" verb right after it, a preposition and a short noun phrase end right
 * before k, and the word after k starts an object or is a particle.
 */
function pluralSubjectIngPhrase(words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  if (next === undefined || !['det', 'adj', 'noun', 'num', 'name'].includes(next.tag)) return false;
  let j = k - 1;
  while (j > 1 && j >= k - 5 && ['det', 'adj', 'noun', 'name', 'num'].includes(words[j].tag)) j--;
  if (words[j]?.tag !== 'prep' || j >= k - 1) return false;
  const ing = words[j - 1];
  const head = words[j - 2];
  if (ing?.tag !== 'verb' || ing.form !== 'ing' || head === undefined || head.tag !== 'noun' || !/[^su]s$/.test(head.w)) return false;
  if (j - 3 >= SUBJECT_REACH) return false;
  for (let i = j - 3; i >= 0; i--) if (!['det', 'adj', 'noun', 'name', 'num'].includes(words[i].tag)) return false;
  return true;
}
