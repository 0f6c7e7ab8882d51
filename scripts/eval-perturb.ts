/**
 * `npm run eval:perturb`: does a sentence's reading survive a rewording that keeps its meaning?
 *
 * Real descriptions differ from the project's own sets less in what they say than in how it is
 * spelled and punctuated: British or American spelling, a typographic apostrophe pasted from a
 * word processor, a contraction, an adverb between subject and verb, a fronted phrase, "the
 * algorithm" for "the software", "clinician" for "physician". None of these changes the Appendix S
 * class of what a sentence says, so none should change its reading. Each labelled sentence is
 * rewritten by each perturbation below that applies to it, and read again (`analyseSentence`, as
 * `npm run eval:prose` reads sentences); a reading that changes is an instability, whichever
 * reading was right.
 *
 * This looks for holes in the vocabulary and the grammar without reading any unseen text: a fix it
 * leads to is a class (a spelling, a synonym, a position), never a sentence.
 *
 * The shared dev set (../shared/realworld-dev) is read for counts only; its sentences are never
 * printed. `--list` prints the in-tree sentences whose reading changed (original → rewritten).
 * `--only NAME` runs one perturbation. `--json` prints the counts as JSON. `--set FILE` (repeatable) counts those sets
 * only and prints none of their sentences (a set kept unread, test/prose/unread/, is measured so).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseSentence, readSentences } from '../src/core/prose';
import { ownSetFiles, readServices, type Service } from './prose-model-train';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

type Perturbation = (text: string) => string | undefined;

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
const EXPANSIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdoesn't\b/g, 'does not'], [/\bdon't\b/g, 'do not'], [/\bisn't\b/g, 'is not'], [/\baren't\b/g, 'are not'], [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'], [/\bwasn't\b/g, 'was not'], [/\bhasn't\b/g, 'has not'], [/\bshouldn't\b/g, 'should not'],
];

function replaceAll(text: string, table: ReadonlyArray<readonly [RegExp, string]>): string | undefined {
  let out = text;
  for (const [re, to] of table) out = out.replace(re, to);
  return out === text ? undefined : out;
}

/** The same noun for the software, in its other common names. */
const SOFTWARE_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bthe software\b/g, 'the algorithm'], [/\bThe software\b/g, 'The algorithm'],
  [/\bthe algorithm\b/g, 'the software'], [/\bThe algorithm\b/g, 'The software'],
  [/\bthe system\b/g, 'the tool'], [/\bThe system\b/g, 'The tool'],
  [/\bthe device\b/g, 'the system'], [/\bThe device\b/g, 'The system'],
];

/** A physician noun for another of the same standing. */
const PHYSICIAN_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bphysicians\b/g, 'clinicians'], [/\bPhysicians\b/g, 'Clinicians'], [/\bphysician\b/g, 'clinician'], [/\bPhysician\b/g, 'Clinician'],
  [/\bclinicians\b/g, 'doctors'], [/\bClinicians\b/g, 'Doctors'], [/\bclinician\b/g, 'doctor'], [/\bClinician\b/g, 'Doctor'],
  [/\bradiologists\b/g, 'neuroradiologists'], [/\bradiologist\b/g, 'neuroradiologist'],
  [/\bcardiologists\b/g, 'electrophysiologists'], [/\bcardiologist\b/g, 'electrophysiologist'],
];

/** Words that open a sentence on its subject and may follow a fronted phrase in lower case (not names; not a fronted phrase already). */
const FUNCTION_STARTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'each', 'every', 'our', 'its', 'it', 'this', 'these', 'those', 'we', 'they', 'all', 'results', 'findings',
  'images', 'studies', 'patients',
]);

function fronted(text: string): string | undefined {
  const first = /^([A-Za-z]+)/.exec(text)?.[1];
  if (!first || !FUNCTION_STARTS.has(first.toLowerCase())) return undefined;
  return `In routine use, ${first.toLowerCase()}${text.slice(first.length)}`;
}

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

/** "The software flags …" → "Our software flags …": a dossier author's voice. */
function ourSoftware(text: string): string | undefined {
  const m = SOFTWARE_SUBJECT.exec(text);
  return m && m[1] !== 'Our' ? text.replace(SOFTWARE_SUBJECT, `Our ${m[2]}`) : undefined;
}

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

/** "In addition, the software …": a discourse marker before a sentence that opens on its subject. */
function discourseMarker(text: string): string | undefined {
  const first = /^([A-Za-z]+)/.exec(text)?.[1];
  if (!first || !FUNCTION_STARTS.has(first.toLowerCase())) return undefined;
  return `In addition, ${first.toLowerCase()}${text.slice(first.length)}`;
}

/** "the radiologist" → "the treating radiologist": a modifier before a physician noun. */
function physicianModifier(modifier: string): Perturbation {
  return (text) => {
    const out = text.replace(/\bthe (radiologist|physician|clinician|cardiologist|pathologist|neurologist|doctor|dermatologist|ophthalmologist)(s?)\b/g, `the ${modifier} $1$2`);
    return out === text ? undefined : out;
  };
}

/** "The software flags …" → "The software is designed to flag …": the intended use, as labelling states it. */
function designedTo(text: string): string | undefined {
  const m = /^(The|This|Our) (software|algorithm|system|tool|device|app|application|platform|model) ([a-z]+)\b/.exec(text);
  if (!m) return undefined;
  const verb = readSentences(text)[0]?.words[2];
  if (!verb || verb.tag !== 'verb' || verb.form !== 's') return undefined;
  const v = m[3];
  const bare = /(?:ss|sh|ch|x|z)es$/.test(v) ? v.slice(0, -2) : /[^aeiou]ies$/.test(v) ? `${v.slice(0, -3)}y` : v.slice(0, -1);
  return `${m[1]} ${m[2]} is designed to ${bare}${text.slice(m[0].length)}`;
}

const PERTURBATIONS: Readonly<Record<string, Perturbation>> = {
  'serial-comma-dropped': serialCommaDropped,
  'serial-comma-added': serialCommaAdded,
  'discourse-marker': discourseMarker,
  'physician-modifier': physicianModifier('treating'),
  'physician-modifier-reading': physicianModifier('reading'),
  'physician-modifier-on-call': physicianModifier('on-call'),
  'physician-modifier-board-certified': physicianModifier('board-certified'),
  'designed-to': designedTo,
  'product-name': productName,
  'our-software': ourSoftware,
  'plural-subject': pluralSubject,
  'spelling-american': (t) => swapStems(t, 0),
  'spelling-british': (t) => swapStems(t, 1),
  'typographic-apostrophe': (t) => (/'/.test(t) ? t.replace(/'/g, '\u2019') : undefined),
  'contraction': (t) => replaceAll(t, CONTRACTIONS),
  'expansion': (t) => replaceAll(t, EXPANSIONS),
  'software-name': (t) => replaceAll(t, SOFTWARE_NAMES),
  'physician-name': (t) => replaceAll(t, PHYSICIAN_NAMES),
  'fronted-phrase': fronted,
  'adverb-before-verb': adverb,
  'non-breaking-space': (t) => (/ the /.test(t) ? t.replace(/ the /g, '\u00a0the\u00a0') : undefined),
  'en-dash': (t) => (/ - | -- /.test(t) ? t.replace(/ --? /g, ' \u2013 ') : undefined),
};

function readingOf(text: string): string {
  return [...new Set(analyseSentence(text).kinds)].sort().join('+') || 'none';
}

interface Count {
  applied: number;
  changed: number;
  /** Changed from the gold label to another reading. */
  broke: number;
  /** Changed from another reading to the gold label. */
  mended: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const asJson = args.includes('--json');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const names = Object.keys(PERTURBATIONS).filter((n) => !only || n === only);
  if (only && names.length === 0) {
    console.error(`unknown perturbation '${only}'; known: ${Object.keys(PERTURBATIONS).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const devFile = join(root, '..', 'shared', 'realworld-dev', 'services.json');
  const groups: Array<{ name: string; services: Service[]; printable: boolean }> = [];
  // --set FILE (repeatable): those sets only, counted, never printed (a set kept unread stays unread).
  const onlySets = args.flatMap((a, i) => (a === '--set' && args[i + 1] ? [args[i + 1]] : []));
  if (onlySets.length) groups.push({ name: onlySets.join(' + '), services: onlySets.flatMap((file) => readServices(resolve(file))), printable: false });
  else {
    if (existsSync(devFile)) groups.push({ name: 'dev', services: JSON.parse(readFileSync(devFile, 'utf8')) as Service[], printable: false });
    groups.push({ name: 'tree', services: ownSetFiles(root).flatMap((set) => readServices(set.file)), printable: true });
  }

  const result: Record<string, Record<string, Count>> = {};
  for (const group of groups) {
    const counts: Record<string, Count> = {};
    for (const name of names) counts[name] = { applied: 0, changed: 0, broke: 0, mended: 0 };
    for (const service of group.services) {
      for (const sentence of service.sentences) {
        const gold = sentence.cue ?? 'none';
        const before = readingOf(sentence.text);
        for (const name of names) {
          const rewritten = PERTURBATIONS[name](sentence.text);
          if (rewritten === undefined) continue;
          const count = counts[name];
          count.applied++;
          const after = readingOf(rewritten);
          if (after === before) continue;
          count.changed++;
          if (before.split('+').includes(gold) && !after.split('+').includes(gold)) count.broke++;
          if (!before.split('+').includes(gold) && after.split('+').includes(gold)) count.mended++;
          if (list && group.printable) console.log(`[${name}] ${service.id} gold=${gold} ${before} → ${after}\n    ${sentence.text}\n    ${rewritten}`);
        }
      }
    }
    result[group.name] = counts;
  }
  if (asJson) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  for (const [group, counts] of Object.entries(result)) {
    console.log(`\n== ${group}`);
    console.log(`${'perturbation'.padEnd(24)} ${'applied'.padStart(8)} ${'changed'.padStart(8)} ${'broke'.padStart(6)} ${'mended'.padStart(7)}`);
    let applied = 0;
    let changed = 0;
    for (const [name, c] of Object.entries(counts)) {
      applied += c.applied;
      changed += c.changed;
      console.log(`${name.padEnd(24)} ${String(c.applied).padStart(8)} ${String(c.changed).padStart(8)} ${String(c.broke).padStart(6)} ${String(c.mended).padStart(7)}`);
    }
    console.log(`${'all'.padEnd(24)} ${String(applied).padStart(8)} ${String(changed).padStart(8)}  (${((100 * changed) / Math.max(applied, 1)).toFixed(2)} % of rewritten sentences read differently)`);
  }
}

main();
