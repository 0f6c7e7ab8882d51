/**
 * Surface rewrites for `npm run eval:robust` (stop 35): ways real descriptions differ from the project's own sets less in
 * what they say than in how it is spelled and punctuated. British or American spelling, a typographic apostrophe pasted
 * from a word processor, a contraction, an adverb between subject and verb, a fronted phrase or a discourse marker, a
 * product's name or "the algorithm" for "the software", "clinician" for "physician", a modifier before the physician
 * ("the treating radiologist"), "is designed to", the serial comma. None changes the Appendix S class of what a sentence
 * says, so none should change its reading. Each takes a sentence's text and gives the rewritten text, or undefined where
 * it does not apply; eval-robust.ts reads both versions and counts the readings that differ.
 */
import { readSentences } from '../src/core/prose';

/** A rewrite of one sentence that keeps its meaning, or undefined where it does not apply. */
export type SurfaceRewrite = (text: string) => string | undefined;

/** Pairs of British and American spellings, as word stems (the rest of the word is kept). */
const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['haem', 'hem'], ['anaem', 'anem'], ['ischaem', 'ischem'], ['oedem', 'edem'], ['oesophag', 'esophag'],
  ['oestr', 'estr'], ['foet', 'fet'], ['paediatr', 'pediatr'], ['orthopaed', 'orthoped'], ['gynaecol', 'gynecol'],
  ['anaesthe', 'anesthe'], ['leukaem', 'leukem'], ['tumour', 'tumor'], ['colour', 'color'], ['behaviour', 'behavior'],
  ['labelled', 'labeled'], ['labelling', 'labeling'], ['modelling', 'modeling'], ['signalled', 'signaled'], ['travelled', 'traveled'],
  ['judgement', 'judgment'], ['centre', 'center'], ['litre', 'liter'],
  ['prioritis', 'prioritiz'], ['categoris', 'categoriz'], ['characteris', 'characteriz'], ['recognis', 'recogniz'],
  ['summaris', 'summariz'], ['visualis', 'visualiz'], ['standardis', 'standardiz'], ['optimis', 'optimiz'], ['minimis', 'minimiz'],
  ['maximis', 'maximiz'], ['normalis', 'normaliz'], ['organis', 'organiz'], ['personalis', 'personaliz'], ['individualis', 'individualiz'],
  ['hospitalis', 'hospitaliz'], ['stabilis', 'stabiliz'], ['utilis', 'utiliz'], ['finalis', 'finaliz'], ['authoris', 'authoriz'],
  ['digitis', 'digitiz'], ['localis', 'localiz'], ['emphasis', 'emphasiz'], ['randomis', 'randomiz'], ['customis', 'customiz'],
  ['automatis', 'automatiz'], ['initialis', 'initializ'], ['synchronis', 'synchroniz'], ['contextualis', 'contextualiz'],
];

/**
 * Whole forms whose stems are not enough ("analysis" is both spellings). Not "programme": British English writes a computer
 * "program" too, and keeps "programme" for a scheme ("a screening programme"), so the two are different words there.
 */
const WHOLE_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['analyse', 'analyze'], ['analyses', 'analyzes'], ['analysed', 'analyzed'], ['analysing', 'analyzing'], ['analyser', 'analyzer'],
  ['dialyse', 'dialyze'], ['dialysed', 'dialyzed'],
];

function swapStems(text: string, from: 0 | 1): string | undefined {
  let out = text;
  for (const pair of WHOLE_SPELLINGS) {
    const a = pair[from];
    const b = pair[1 - from];
    out = out.replace(new RegExp(`\\b${a}\\b`, 'gi'), (m) => (m[0] === m[0].toUpperCase() ? b[0].toUpperCase() + b.slice(1) : b));
  }
  for (const pair of SPELLINGS) {
    const a = pair[from];
    const b = pair[1 - from];
    // A stem at a word's start; "emphasis" the noun stays (only "emphasise…" verb forms swap).
    out = out.replace(new RegExp(`\\b(${a})(?=[a-z])`, 'gi'), (m) => (m[0] === m[0].toUpperCase() ? b[0].toUpperCase() + b.slice(1) : b));
  }
  return out === text ? undefined : out;
}

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdoes not\b/g, "doesn't"], [/\bdo not\b/g, "don't"], [/\bis not\b/g, "isn't"], [/\bare not\b/g, "aren't"],
  [/\bcannot\b/g, "can't"], [/\bwill not\b/g, "won't"], [/\bwas not\b/g, "wasn't"], [/\bhas not\b/g, "hasn't"], [/\bshould not\b/g, "shouldn't"],
];

function replaceAll(text: string, table: ReadonlyArray<readonly [RegExp, string]>): string | undefined {
  let out = text;
  for (const [re, to] of table) out = out.replace(re, to);
  return out === text ? undefined : out;
}

/** A physician noun for another of the same standing. */
const PHYSICIAN_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bphysicians\b/g, 'clinicians'], [/\bPhysicians\b/g, 'Clinicians'], [/\bphysician\b/g, 'clinician'], [/\bPhysician\b/g, 'Clinician'],
  [/\bclinicians\b/g, 'doctors'], [/\bClinicians\b/g, 'Doctors'], [/\bclinician\b/g, 'doctor'], [/\bClinician\b/g, 'Doctor'],
  [/\bradiologists\b/g, 'neuroradiologists'], [/\bradiologist\b/g, 'neuroradiologist'],
  [/\bcardiologists\b/g, 'electrophysiologists'], [/\bcardiologist\b/g, 'electrophysiologist'],
];

/** "The software flags …" → "The software routinely flags …": an adverb between a subject and its first verb. */
function adverb(text: string): string | undefined {
  const detail = readSentences(text)[0];
  if (!detail) return undefined;
  const words = detail.words;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    const before = words[k - 1];
    if (w.tag !== 'verb' || w.form === 'ing') continue;
    if (before.tag !== 'noun' && before.tag !== 'name' && before.tag !== 'pron') return undefined;
    // A past form after a noun may be a participle that modifies it ("a gradient boosted model"): only after a pronoun.
    if (w.form === 'ed' && before.tag !== 'pron') return undefined;
    const at = offsetOf(text, words, k);
    if (at === undefined) return undefined;
    return `${text.slice(0, at)}routinely ${text.slice(at)}`;
  }
  return undefined;
}

/** Where word k starts in the sentence: the k-th word token, found again by its lower-case form. */
function offsetOf(text: string, words: readonly { w: string }[], k: number): number | undefined {
  const lower = text.toLowerCase();
  let from = 0;
  for (let i = 0; i <= k; i++) {
    const at = lower.indexOf(words[i].w, from);
    if (at < 0) return undefined;
    if (i === k) return at;
    from = at + words[i].w.length;
  }
  return undefined;
}

/** The software's common nouns as a subject that opens the sentence. */
const SOFTWARE_SUBJECT = /^(The|This|Our) (software|algorithm|system|tool|device|app|application|platform|model)\b/;

/**
 * "The software flags …" → "Corvita flags …": a product's name for the noun, after a sentence that names it mid-sentence
 * (as a description names its product before it opens a sentence with it) and reads as no class.
 */
function productName(text: string): string | undefined {
  return SOFTWARE_SUBJECT.test(text) ? `${NAMING_SENTENCE} ${text.replace(SOFTWARE_SUBJECT, 'Corvita')}` : undefined;
}
const NAMING_SENTENCE = 'This section is about Corvita.';

/** "The algorithm flags …" → "The algorithms flag …": a plural subject and its verb, when the verb follows the noun directly. */
function pluralSubject(text: string): string | undefined {
  const m = /^(The) (algorithm|tool|model|system|application|platform) ([a-z]+)\b/.exec(text);
  if (!m) return undefined;
  const detail = readSentences(text)[0];
  const verb = detail?.words[2];
  if (!verb || verb.tag !== 'verb' || verb.form !== 's') return undefined;
  const v = m[3];
  const bare = /(?:ss|sh|ch|x|z)es$/.test(v) ? v.slice(0, -2) : /[^aeiou]ies$/.test(v) ? `${v.slice(0, -3)}y` : v.slice(0, -1);
  return `The ${m[2]}s ${bare}${text.slice(m[0].length)}`;
}

/** "X, Y, and Z" ↔ "X, Y and Z": the serial comma, written in American and left out in British style. */
function serialCommaDropped(text: string): string | undefined {
  const out = text.replace(/(\w+, [\w -]+), (and|or) /g, '$1 $2 ');
  return out === text ? undefined : out;
}
function serialCommaAdded(text: string): string | undefined {
  const out = text.replace(/(\w+, [\w-]+(?: [\w-]+)?) (and|or) /g, '$1, $2 ');
  return out === text ? undefined : out;
}

/** "the radiologist" → "the treating radiologist": a modifier before a physician noun. */
function physicianModifier(modifier: string): SurfaceRewrite {
  return (text) => {
    const out = text.replace(/\bthe (radiologist|physician|clinician|cardiologist|pathologist|neurologist|doctor|dermatologist|ophthalmologist)(s?)\b/g, `the ${modifier} $1$2`);
    return out === text ? undefined : out;
  };
}

/** The rewrites by name, in the order eval:robust reports them. */
export const SURFACE_REWRITES: Readonly<Record<string, SurfaceRewrite>> = {
  'serial-comma-dropped': serialCommaDropped,
  'serial-comma-added': serialCommaAdded,
  'physician-modifier': physicianModifier('treating'),
  'physician-modifier-reading': physicianModifier('reading'),
  'physician-modifier-on-call': physicianModifier('on-call'),
  'physician-modifier-board-certified': physicianModifier('board-certified'),
  'product-name': productName,
  'plural-subject': pluralSubject,
  'spelling-american': (t) => swapStems(t, 0),
  'spelling-british': (t) => swapStems(t, 1),
  'typographic-apostrophe': (t) => (/'/.test(t) ? t.replace(/'/g, '\u2019') : undefined),
  'contraction': (t) => replaceAll(t, CONTRACTIONS),
  'physician-name': (t) => replaceAll(t, PHYSICIAN_NAMES),
  'adverb-before-verb': adverb,
  'non-breaking-space': (t) => (/ the /.test(t) ? t.replace(/ the /g, '\u00a0the\u00a0') : undefined),
  'en-dash': (t) => (/ - | -- /.test(t) ? t.replace(/ --? /g, ' \u2013 ') : undefined),
};
