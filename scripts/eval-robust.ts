/**
 * `npm run eval:robust`: metamorphic test of the prose analysis. The labelled sentences of the
 * TUNING sets only (test/prose/labelled.json, holdout.json, holdout2, 3, 7, 8 and 9; never the
 * blind sets nor the shared dev set) are reworded at run time by meaning-preserving
 * transformations; nothing generated is stored. Each transformation applies only where its
 * pattern is recognised, and only where it keeps the sentence's labels (cue, agent, negation).
 *
 * Per transformation it prints: the sentences it applied to, the variants made, the % of variants
 * whose reading (cue classes + agent role) equals the original's reading ("stable"), the % whose
 * highest cue equals the label ("right"; "orig" is the same figure for the original sentences),
 * and the variants that GAIN a software cue the label does not have (false alarms) or LOSE the
 * labelled cue (misses). `--misses` lists the unstable variants; `--json` prints the figures.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseSentence, type SentenceReading } from '../src/core/prose';
import * as V from '../src/core/prose/vocabulary';
import { SURFACE_REWRITES } from './surface-rewrites';
import { ownSetFiles, readServices } from './prose-model-train';

type CueLabel = 'assistive' | 'augmentative' | 'autonomous' | 'physician-interprets' | null;

interface LabelledSentence {
  text: string;
  agent: 'software' | 'physician' | 'other' | 'none';
  cue: CueLabel;
  negated: boolean;
  hypothetical?: boolean;
}

interface Service {
  id: string;
  sentences: LabelledSentence[];
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const TUNING_SETS = ['labelled', 'holdout', 'holdout2', 'holdout3', 'holdout7', 'holdout8', 'holdout9'];

// ---------------------------------------------------------------------------------------------
// Word forms

/** Verbs the lexicon knows (cue verbs, output verbs, review verbs): only these are moved or reinflected. */
const KNOWN_VERBS: ReadonlySet<string> = new Set([...V.ACT_CUES.flatMap((c) => c.verbs), ...V.OUTPUT_VERBS, ...V.REVIEW_VERBS, ...V.HELP_VERBS]);

const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  find: 'found', give: 'given', show: 'shown', make: 'made', draw: 'drawn', put: 'put', set: 'set', send: 'sent',
  tell: 'told', choose: 'chosen', read: 'read', build: 'built', hold: 'held', keep: 'kept', take: 'taken', write: 'written',
};
const DOUBLED: ReadonlySet<string> = new Set(['flag', 'stop', 'spot', 'plan', 'map', 'pin', 'tag', 'drop', 'trim', 'ping', 'plot', 'submit', 'transmit', 'emit', 'output', 'input']);

/** "flags" → "flag", "identifies" → "identify", "pushes" → "push"; undefined when not a known 3rd-person verb. */
function baseOf(form: string): string | undefined {
  const candidates = [form.replace(/ies$/, 'y'), form.replace(/es$/, ''), form.replace(/s$/, '')];
  for (const c of candidates) if (c !== form && KNOWN_VERBS.has(c)) return c;
  return undefined;
}

function thirdPerson(base: string): string {
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
  return base + 's';
}

function participle(base: string): string {
  if (IRREGULAR_PARTICIPLES[base]) return IRREGULAR_PARTICIPLES[base];
  if (base === 'output' || base === 'input') return base;
  if (DOUBLED.has(base)) return base + base.slice(-1) + 'ed';
  if (/e$/.test(base)) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

function gerund(base: string): string {
  if (DOUBLED.has(base)) return base + base.slice(-1) + 'ing';
  if (/[^e]e$/.test(base)) return base.slice(0, -1) + 'ing';
  return base + 'ing';
}

/** Words that open a sentence in capitals only because they open it. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'this', 'these', 'those', 'a', 'an', 'it', 'our', 'its', 'each', 'every', 'all', 'their', 'when', 'if', 'after',
  'before', 'for', 'in', 'once', 'using', 'with', 'at', 'on', 'by', 'any', 'no', 'from', 'during', 'while', 'as', 'results',
]);

/** Words the sets write in lower case inside a sentence: a capital on them at the start is only the sentence's. */
const COMMON_WORDS = new Set<string>();

function lowerFirst(text: string): string {
  const first = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  const common = SENTENCE_OPENERS.has(first.toLowerCase()) || (/^[A-Z][a-z]+$/.test(first) && COMMON_WORDS.has(first.toLowerCase()));
  return common ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The sentence's software subject and its verb

interface SubjectVerb {
  subject: string;
  /** Adverbs between subject and verb ("automatically"), with their trailing space. */
  adverb: string;
  verb: string;
  base: string;
  /** Everything after the verb, without the leading space. */
  rest: string;
}

const SOFTWARE_HEADS = 'software|device|algorithm|system|tool|app|application|module|platform|program|model|product|feature|solution|detector|monitor|ventilator|controller|pump|analyzer|analyser';
const NAME_STOP: ReadonlySet<string> = new Set([...SENTENCE_OPENERS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
const SUBJECT = new RegExp(
  `^((?:The|This|Our|Each)\\s+(?:[A-Za-z0-9-]+\\s+){0,3}?(?:${SOFTWARE_HEADS})|It|[A-Z][A-Za-z0-9]*(?:[- ][A-Z0-9][A-Za-z0-9.]*){0,2})\\s+((?:automatically\\s+|also\\s+|then\\s+)?)([a-z]+)\\b\\s*(.*)$`,
  's',
);

/** Finite verbs a software subject may take besides the lexicon's: "is", "does not", "can", "uses", "runs". */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'does', 'has', 'can', 'cannot', 'may', 'will', 'should', 'must', 'might', 'could', 'would', 'never', 'only']);

/**
 * "The software automatically flags …": a software subject at the start, then a finite verb.
 * `anyVerb` also takes auxiliaries and unknown -s verbs (enough to swap the subject); otherwise the
 * verb must be a lexicon verb in the 3rd person, so that it can be reinflected.
 */
function subjectVerb(s: LabelledSentence, anyVerb = false): SubjectVerb | undefined {
  const m = SUBJECT.exec(s.text);
  if (!m) return undefined;
  const [, subject, adverb, verb, rest] = m;
  const determined = /^(The|This|Our|Each)\s/.test(subject) || subject === 'It';
  // A product name: not a sentence opener, and not a common word ("Delivery starts …"): an inner capital, a digit, or two words.
  if (!determined && (s.agent !== 'software' || NAME_STOP.has(subject.split(/[\s-]/)[0]) || !/[A-Z0-9]/.test(subject.slice(1)))) return undefined;
  // "It" may point at something other than the product; the label says whether it is the software.
  if (subject === 'It' && s.agent !== 'software') return undefined;
  const base = baseOf(verb);
  if (base) return { subject, adverb, verb, base, rest };
  if (anyVerb && (AUXILIARIES.has(verb) || (/[^s]s$/.test(verb) && s.agent === 'software'))) return { subject, adverb, verb, base: verb, rest };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Transformations. Each returns the variants of one sentence, or [] where it does not apply.

type Transform = (s: LabelledSentence) => string[];

/** Subjects that name the same product: a noun, a pronoun, a product name, the maker's "our". */
const SUBJECT_SWAPS = ['The software', 'The device', 'The algorithm', 'The tool', 'It', 'Corvexa', 'Our software'];

const subjectSwap: Transform = (s) => {
  const sv = subjectVerb(s, true);
  if (!sv) return [];
  return SUBJECT_SWAPS.filter((x) => x !== sv.subject).map((x) => `${x} ${sv.adverb}${sv.verb} ${sv.rest}`);
};

/** Where the object noun phrase of "X flags the object …" ends. */
const NP_END: ReadonlySet<string> = new Set(
  [...V.PREPOSITIONS, ...V.COORDINATORS, ...V.RELATIVES, ...V.SUBORDINATORS, 'to', 'using', 'based', 'as'].filter((w) => w !== 'of'),
);

/** "X computes the score for …" ↔ "the score is computed by X for …" (the agent stays named). */
const passive: Transform = (s) => {
  const sv = subjectVerb(s);
  if (!sv || s.negated) return [];
  const words = sv.rest.split(' ');
  let k = 0;
  const np: string[] = [];
  if (V.DETERMINERS.has(words[0]?.toLowerCase() ?? '') && words[0] !== 'no') np.push(words[k++]);
  let head = '';
  while (k < words.length && np.length < 8) {
    const raw = words[k];
    const w = raw.replace(/[.,;:]$/, '');
    const lower = w.toLowerCase();
    if (!/^[A-Za-z0-9-]+$/.test(w) || NP_END.has(lower) || /ly$/.test(lower) || V.MODALS.has(lower) || V.BE_FORMS.has(lower)) break;
    if (lower === 'of') {
      // "the severity of the stenosis": the head stays before "of".
      np.push(raw);
      k++;
      continue;
    }
    np.push(w);
    if (!np.includes('of')) head = lower;
    k++;
    if (raw !== w) break;
  }
  // "flags A and B": moving only A would split the coordinated object.
  if (V.COORDINATORS.has((words[k] ?? '').toLowerCase()) || /,$/.test(words[k - 1] ?? '')) return [];
  const content = np.filter((w) => !V.DETERMINERS.has(w.toLowerCase()) && w !== 'of');
  if (content.length === 0 || np[np.length - 1] === 'of' || !head) return [];
  const plural = /[^su]s$/.test(head) && !/(sis|ss|us)$/.test(head);
  const after = words.slice(k).join(' ');
  const by = lowerFirst(sv.subject);
  const tail = after ? (/^[.,;:]/.test(after) ? after : ` ${after}`) : '.';
  const gap = /[.,;:]$/.test(words[k - 1] ?? '') ? words[k - 1].slice(-1) : '';
  return [`${upperFirst(np.join(' '))} ${plural ? 'are' : 'is'} ${sv.adverb}${participle(sv.base)} by ${by}${gap}${gap && after ? ' ' : ''}${gap ? after : tail}`.replace(/\s+/g, ' ').trim()];
};

/** "…, to support triage." ↔ "To support triage, …". */
const purposeFront: Transform = (s) => {
  const trailing = /^(.*[^,]), (to [a-z]+ [^,;:()]+?)([.!]?)$/s.exec(s.text);
  if (trailing && trailing[1].length > 10) return [`${upperFirst(trailing[2])}, ${lowerFirst(trailing[1])}${trailing[3] || '.'}`];
  const fronted = /^To ([a-z]+ [^,;:()]+), (.+?)([.!]?)$/s.exec(s.text);
  if (fronted && fronted[2].length > 10) return [`${upperFirst(fronted[2])}, to ${fronted[1]}${fronted[3] || '.'}`];
  return [];
};

/** A harmless fronted adverbial: "In routine use, the software flags …". */
const frontedAdverbial: Transform = (s) => {
  if (/^(If|When|Unless|Whenever|Should|Were|Had)\b/.test(s.text)) return [];
  return ['In routine use, ', 'For each study, ', 'Within the clinical workflow, '].map((x) => x + lowerFirst(s.text));
};

/** "flags" → "is designed to flag" / "can flag" (capability, not a hypothesis). */
const modality: Transform = (s) => {
  const sv = subjectVerb(s);
  if (!sv || s.hypothetical) return [];
  const adverb = sv.adverb;
  return [`${sv.subject} is designed to ${adverb}${sv.base} ${sv.rest}`, `${sv.subject} can ${adverb}${sv.base} ${sv.rest}`];
};

/** Synonyms among the lexicon's own verbs; each group keeps the class. */
const THESAURUS: ReadonlyArray<readonly string[]> = [
  ['flag', 'identify', 'highlight', 'mark'],
  ['compute', 'calculate', 'derive', 'quantify'],
  ['review', 'examine', 'check'],
];

/** Words after which each form of a verb is one (not a noun such as "places marks", "a case-level flag"). */
const BEFORE_BASE: ReadonlySet<string> = new Set([...V.MODALS, 'to', 'and', 'or', 'not', 'let', 'lets', 'help', 'helps', 'then']);
const BEFORE_THIRD: ReadonlySet<string> = new Set(['it', 'also', 'then', 'automatically', 'and', 'or', 'which', 'that', 'who', 'first', 'further', 'still']);
const BEFORE_PARTICIPLE: ReadonlySet<string> = new Set([...V.BE_FORMS, 'also', 'and', 'or', 'then', 'automatically', 'been']);
const BEFORE_GERUND: ReadonlySet<string> = new Set(['for', 'by', 'in', 'of', 'without', 'before', 'after', 'while', 'when', 'and', 'or']);

/** Whether the form at tokens[i] stands as a verb, judged by the word before it. */
function standsAsVerb(kind: 'base' | 's' | 'ed' | 'ing', previous: string, previousRaw: string): boolean {
  if (kind === 'base') return BEFORE_BASE.has(previous);
  if (kind === 's') return BEFORE_THIRD.has(previous) || V.SOFTWARE_NOUNS.has(previous) || V.PHYSICIAN_NOUNS.has(previous) || /^[A-Z][A-Za-z]*[A-Z0-9]/.test(previousRaw);
  if (kind === 'ed') return BEFORE_PARTICIPLE.has(previous);
  return BEFORE_GERUND.has(previous);
}

const verbSynonym: Transform = (s) => {
  const out: string[] = [];
  const tokens = s.text.split(/(\s+)/);
  for (let i = 0; i < tokens.length && out.length === 0; i += 2) {
    const lower = tokens[i].toLowerCase().replace(/[.,;:]$/, '');
    const punct = tokens[i].slice(lower.length);
    const previousRaw = i >= 2 ? tokens[i - 2].replace(/[.,;:]$/, '') : '';
    const previous = previousRaw.toLowerCase();
    if (i >= 2 && /[.,;:]$/.test(tokens[i - 2])) continue;
    // "diagnoses X" ↔ "determines the presence of X"
    if (lower === 'diagnoses' && standsAsVerb('s', previous, previousRaw)) {
      out.push([...tokens.slice(0, i), 'determines the presence of' + punct, ...tokens.slice(i + 1)].join(''));
      continue;
    }
    for (const group of THESAURUS) {
      for (const base of group) {
        const kinds = [
          { kind: 's' as const, form: thirdPerson(base), make: thirdPerson },
          { kind: 'ed' as const, form: participle(base), make: participle },
          { kind: 'ing' as const, form: gerund(base), make: gerund },
          { kind: 'base' as const, form: base, make: (b: string) => b },
        ];
        const hit = kinds.find((f) => f.form === lower);
        if (!hit || !standsAsVerb(hit.kind, previous, previousRaw)) continue;
        for (const other of group) if (other !== base) out.push([...tokens.slice(0, i), hit.make(other) + punct, ...tokens.slice(i + 1)].join(''));
      }
    }
  }
  return out;
};

/** "X (version 2.1) flags …", "X, which runs in the cloud, flags …". */
const parenthetical: Transform = (s) => {
  const sv = subjectVerb(s, true);
  if (!sv) return [];
  return [' (version 2.1)', ', which runs in the cloud,'].map((x) => `${sv.subject}${x} ${sv.adverb}${sv.verb} ${sv.rest}`);
};

/** "X flags A and computes B." → "X flags A. It computes B." */
const splitList: Transform = (s) => {
  const sv = subjectVerb(s);
  if (!sv) return [];
  const m = /^(.*?),? and ((?:automatically |also |then )?)([a-z]+) (.+)$/s.exec(sv.rest);
  if (!m) return [];
  const [, first, adverb, verb, second] = m;
  if (!baseOf(verb) || first.split(' ').length < 2) return [];
  return [`${sv.subject} ${sv.adverb}${sv.verb} ${first.replace(/[,;]$/, '')}. It ${adverb}${verb} ${second}`];
};

/**
 * The surface rewrites (surface-rewrites.ts, stop 35) as transformations. "product-name" puts a sentence naming the product
 * before the rewritten one, so only its cue classes are compared (the first sentence's agent is the naming one's).
 */
const SURFACE: ReadonlyArray<{ name: string; run: Transform; kindsOnly?: boolean }> = Object.entries(SURFACE_REWRITES).map(([name, rewrite]) => ({
  name,
  run: (s: LabelledSentence) => {
    const variant = rewrite(s.text);
    return variant === undefined ? [] : [variant];
  },
  kindsOnly: name === 'product-name',
}));

const TRANSFORMS: ReadonlyArray<{ name: string; run: Transform; kindsOnly?: boolean }> = [
  { name: 'subject swap', run: subjectSwap },
  { name: 'active -> passive', run: passive },
  { name: 'purpose clause moved', run: purposeFront },
  { name: 'fronted adverbial', run: frontedAdverbial },
  { name: 'designed to / can', run: modality },
  { name: 'verb synonym', run: verbSynonym },
  { name: 'parenthetical', run: parenthetical },
  { name: 'list split', run: splitList },
  ...SURFACE,
];

// ---------------------------------------------------------------------------------------------
// Scoring

const RANK: Readonly<Record<string, number>> = { 'physician-interprets': 1, assistive: 2, augmentative: 3, autonomous: 4 };
const SOFTWARE_CLASSES: ReadonlySet<string> = new Set(['assistive', 'augmentative', 'autonomous']);

function top(reading: SentenceReading): CueLabel {
  let best: CueLabel = null;
  for (const k of reading.kinds) if (best === null || RANK[k] > RANK[best]) best = k;
  return best;
}

function kindsOf(reading: SentenceReading): string {
  return [...new Set(reading.kinds)].sort().join('+') || 'null';
}

function signature(reading: SentenceReading): string {
  return `${kindsOf(reading)} / ${reading.agent}`;
}

interface Row {
  name: string;
  sentences: number;
  variants: number;
  stable: number;
  right: number;
  originalRight: number;
  gainedFalseAlarm: number;
  lostCue: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  // Which sentences: the tuning sets (the default, which the floors are for); `--sets all`, every in-tree set; `--dev`, the
  // shared dev set; `--set FILE` (repeatable), those files. Sentences outside the tuning sets are counted, never printed.
  const onlySets = args.flatMap((a, i) => (a === '--set' && args[i + 1] ? [resolve(args[i + 1])] : []));
  const devFile = join(root, '..', 'shared', 'realworld-dev', 'services.json');
  const files = onlySets.length ? onlySets : args.includes('--dev') ? [devFile] : args.includes('--sets') && args[args.indexOf('--sets') + 1] === 'all' ? ownSetFiles(root).map((set) => set.file) : TUNING_SETS.map((set) => join(root, 'test', 'prose', `${set}.json`));
  const printable = !onlySets.length && !args.includes('--dev');
  const labelled: LabelledSentence[] = [];
  for (const file of files) {
    const services = readServices(file) as Service[];
    for (const svc of services) labelled.push(...svc.sentences);
  }
  for (const s of labelled) for (const m of s.text.slice(1).matchAll(/\b[a-z]+\b/g)) COMMON_WORDS.add(m[0]);
  const rows: Row[] = [];
  const misses: string[] = [];
  for (const t of TRANSFORMS) {
    if (only && t.name !== only) continue;
    const row: Row = { name: t.name, sentences: 0, variants: 0, stable: 0, right: 0, originalRight: 0, gainedFalseAlarm: 0, lostCue: 0 };
    for (const s of labelled) {
      const variants = t.run(s).filter((v) => v !== s.text);
      if (variants.length === 0) continue;
      const original = analyseSentence(s.text);
      row.sentences++;
      const originalRight = top(original) === s.cue;
      for (const v of variants) {
        const reading = analyseSentence(v);
        row.variants++;
        if (originalRight) row.originalRight++;
        const same = t.kindsOnly ? kindsOf(reading) === kindsOf(original) : signature(reading) === signature(original);
        if (same) row.stable++;
        if (top(reading) === s.cue) row.right++;
        // A software class the original reading did not show, above what the label says.
        const gained = reading.kinds.some((k) => SOFTWARE_CLASSES.has(k) && !original.kinds.includes(k) && RANK[k] > (s.cue === null ? 0 : RANK[s.cue]));
        const lost = s.cue !== null && original.kinds.includes(s.cue) && !reading.kinds.includes(s.cue);
        if (gained) row.gainedFalseAlarm++;
        if (lost) row.lostCue++;
        if (!same && showMisses && printable) misses.push(`[${t.name}] ${gained ? 'GAIN ' : lost ? 'LOSS ' : ''}label=${s.cue}/${s.agent} orig=${signature(original)} got=${signature(reading)}\n    ${s.text}\n    ${v}`);
      }
    }
    rows.push(row);
  }
  const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
  if (args.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const which = onlySets.length ? onlySets.join(', ') : args.includes('--dev') ? 'the shared dev set' : files.length === TUNING_SETS.length ? `the tuning sets (${TUNING_SETS.join(', ')})` : `every in-tree set (${files.length} files)`;
  console.log(`eval:robust: ${labelled.length} labelled sentences of ${which}\n`);
  console.log('| transformation | sentences | variants | stable | right (orig) | gained false alarm | lost cue |');
  console.log('|---|---|---|---|---|---|---|');
  const total: Row = { name: 'all', sentences: 0, variants: 0, stable: 0, right: 0, originalRight: 0, gainedFalseAlarm: 0, lostCue: 0 };
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.sentences} | ${r.variants} | ${pct(r.stable, r.variants)} | ${pct(r.right, r.variants)} (${pct(r.originalRight, r.variants)}) | ${r.gainedFalseAlarm} | ${r.lostCue} |`);
    for (const k of ['sentences', 'variants', 'stable', 'right', 'originalRight', 'gainedFalseAlarm', 'lostCue'] as const) total[k] += r[k];
  }
  console.log(`| **all** | ${total.sentences} | ${total.variants} | ${pct(total.stable, total.variants)} | ${pct(total.right, total.variants)} (${pct(total.originalRight, total.variants)}) | ${total.gainedFalseAlarm} | ${total.lostCue} |`);
  if (showMisses) for (const m of misses) console.log(m);
  const floorsFile = args.includes('--floors') ? args[args.indexOf('--floors') + 1] : undefined;
  if (floorsFile) {
    const failures = belowRobustFloors(total, JSON.parse(readFileSync(floorsFile, 'utf8')) as RobustFloors);
    for (const f of failures) console.log(`below floor: ${f}`);
    console.log(failures.length ? `eval:robust floors: ${failures.length} below` : 'eval:robust floors: all met');
    if (failures.length) process.exitCode = 1;
  }
}

/** Minimums for the pooled row, so that CI fails when a change makes the reading depend on wording. */
interface RobustFloors {
  minStableRate?: number;
  maxGainedFalseAlarms?: number;
  maxLostCues?: number;
}

function belowRobustFloors(total: Row, floors: RobustFloors): string[] {
  const out: string[] = [];
  const stableRate = total.variants ? total.stable / total.variants : 0;
  if (floors.minStableRate !== undefined && stableRate < floors.minStableRate) out.push(`stable ${(100 * stableRate).toFixed(1)} % < ${(100 * floors.minStableRate).toFixed(1)} %`);
  if (floors.maxGainedFalseAlarms !== undefined && total.gainedFalseAlarm > floors.maxGainedFalseAlarms) out.push(`rewordings that gained a false alarm ${total.gainedFalseAlarm} > ${floors.maxGainedFalseAlarms}`);
  if (floors.maxLostCues !== undefined && total.lostCue > floors.maxLostCues) out.push(`rewordings that lost a cue ${total.lostCue} > ${floors.maxLostCues}`);
  return out;
}

main();
