/**
 * `npm run eval:model`: does a statistical sentence model (src/core/prose/model.ts), trained on the
 * project's own labelled sets only, help the rule-based "what the prose suggests" as a backoff?
 *
 * Leave-one-set-out cross-validation over the own sets (test/prose/labelled.json, holdout*.json):
 * the model is trained on every own set but one and read on the one left out; figures are pooled
 * over all held-out sets. The shared dev set (../shared/realworld-dev) is read as a test set only,
 * with the model trained on all own sets. The rules were tuned on many of the own sets, so their
 * in-tree figures are optimistic; the never-opened sets are also pooled on their own.
 *
 * Aggregations of the service-level suggested class:
 *   (a) rules only (today);
 *   (b) rules, and the model's sentence votes only where the rules suggest nothing;
 *   (c) rules' phrases plus one model vote per sentence in which no rule phrase fired;
 *   (d) model votes only;
 *   (e) the rules' kinds sentence by sentence, a sentence's replaced by the model's vote where its p > --override (0.9) and the rules read otherwise.
 *   (f) with --forward: the passage model alone (src/core/prose/passage.ts: whole passages labelled with their service's class, trained on the same sets);
 *   (g) with --forward: (b), replaced by the passage model's class where it reads another at p ≥ --passage (0.9; shipped: 0.8) or (b) names none;
 *       never a class below the one the rules' phrases suggest, unless --passage-both-ways (shipped since stop 40), with
 *       --passage-lower-max N only where N phrases or fewer name the rules' class; --passage-over-sentences P: where no phrase names
 *       a class, over the sentence model's reading from p ≥ P (shipped since stop 52: 0.6; default: as --passage).
 * With --forward, --passage-alarm P adds a finding where the passage reads as a contradicting class at p ≥ P (shipped: 0.8), and
 * --passage-veto P drops the other findings where it reads as the declared class at p ≥ P (measured, not shipped).
 * --corroborate P [--corroborate-passage V] [--corroborate-hold H] (with --forward): counts the rules' phrase findings (not statistical ones) as warnings only where the
 * forward-trained sentence model gives the phrase's class p ≥ P in its sentence, or the passage does not read as the declared class at
 * p ≥ V; prints false alarms and detections with a warning before and after (measured in stop 25, not shipped: with SHOW_DEMOTED=1 in the
 * environment it lists each phrase it would demote; about half were right, among them the plainest autonomous sentences).
 * --dump FILE (with --forward): one JSON line per service (its true class, the rules' suggestion, (b) and (g), the phrases per kind
 * as the rules count them, the sentence model's votes, the passage model's probability of each class), to study other ways of
 * combining them (stop 41: a small logistic combiner over these, trained leave-one-batch-out on Q-AA, was no better than (g)).
 * The passage model trains as shipped: each passage, and each passage with one sentence left out (stop 43); --passage-no-augment
 * trains on whole passages only, as before stop 43. --passage-lambda L and --passage-min-count N vary its training (measured:
 * none beat the shipped L2 0.001, features in two passages or more).
 * Each is counted right / wrong (a class other than the true one) / silent. False alarms and wrong
 * declarations detected are counted for the rules' classification-cue findings, and for the same
 * findings plus a model finding on any sentence whose contradicting label has p > --alarm (0.9).
 *
 * Options: --kind nb|logreg, --features words,lemmas,scope,structure (feature families), --min-count N, --lambda L, --iterations N, --vote P (a sentence votes when its label's p ≥ P,
 * whoever acts; by default it votes as the shipped backoff does: src/core/prose/backoff.ts `sentenceVote`),
 * --agent-vote P (as the shipped backoff votes, at p ≥ P), --alarm P, --alarm-stage (model findings as the shipped statistical stage reads them, src/core/prose/statistical.ts, at --alarm), --override P, --misses (list the services (b) or (c) change), --rules-cache FILE (reuse the rules' readings),
 * --rules-root DIR (measure the rules of another checkout, e.g. an older commit in a detached worktree),
 * --forward A,B (train on every own set but A, B, … and read only those), --train-fraction F (with --forward: train on that share of
 * each set's services, for a learning curve).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as engine from '../src/core/engine';
import * as assess from '../src/core/assess';
import * as prose from '../src/core/prose';
import * as suggest from '../src/core/prose/suggest';
import { PLAIN_FEATURES, scoreFeatures, scoreSentence, sentenceFeatures, type FeatureOptions, type ModelLabel, type ProseModelWeights } from '../src/core/prose/model';
import { sentenceVote } from '../src/core/prose/backoff';
import { statisticalReading } from '../src/core/prose/statistical';
import { parseDossier, type ProseBlock } from '../src/core/dossier';
import type { CueKind } from '../src/core/prose/acts';
import type { SentenceDetail } from '../src/core/prose';
import type { AiClass } from '../src/core/types';
import { DEFAULT_OPTIONS, PASSAGE_OPTIONS, LABELS, goldLabel, ownSetFiles, readServices, textFeatures, train, type Service, type TrainOptions } from './prose-model-train';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const CLASSES: readonly AiClass[] = ['assistive', 'augmentative', 'autonomous'];
const CONTRADICTS: Record<AiClass, readonly CueKind[]> = {
  assistive: ['augmentative', 'autonomous'],
  augmentative: ['autonomous'],
  autonomous: ['physician-interprets'],
};
const TODAY = '2026-11-23';
/** Sets never opened by anyone tuning the rules (test/prose/README.md). */
const NEVER_OPENED = new Set(['holdout14', 'holdout16', 'holdout17', 'holdout28', 'holdout29']);

function dossierFor(service: Service, declared: AiClass): string {
  const level = declared === 'autonomous' ? ['autonomy_level: II'] : [];
  return ['---', 'cpt_dossier: 1', `title: ${service.id}`, `classification: ${declared}`, ...level, 'taxonomy: 2027', 'target_category: III', '---', '', '# Service', '', '## Software output', '', service.passage, ''].join('\n');
}

/** What the rules say about one service: computed once, whatever the model. */
interface RuleReading {
  service: Service;
  set: string;
  suggested?: AiClass;
  cues: Array<{ kind: CueKind; start: number; end: number }>;
  /** The passage's prose as the parse stage gives it to the backoff (paragraphs, list items, table rows). */
  blocks: ProseBlock[];
  falseAlarm: boolean;
  /** Per wrong declared class in scope: whether the rules' findings point the right way. */
  wrong: Array<{ declared: AiClass; detected: boolean }>;
  /** Per labelled sentence: the rules' reading (highest cue). */
  labelled: Array<{ gold: ModelLabel; rules: ModelLabel }>;
  /** The rules' phrase findings (not statistical ones), per declared class: the labelled sentence each sits in and the class it suggests. */
  phraseFindings?: Array<{ declared: AiClass; sentence: number; suggests: CueKind }>;
}

const rank = (c: ModelLabel): number => (c === 'none' ? 0 : c === 'physician-interprets' ? 1 : c === 'assistive' ? 2 : c === 'augmentative' ? 3 : 4);

/** The rule-based analysis measured: this tree's, or an older commit's checked out elsewhere (--rules-root). */
interface Rules {
  lintText: typeof engine.lintText;
  assessText: typeof assess.assessText;
  findCues: typeof prose.findCues;
  analyseSentence: typeof prose.analyseSentence;
  suggestClass: typeof suggest.suggestClass;
}

async function rulesAt(dir: string | undefined): Promise<Rules> {
  if (!dir) return { ...engine, ...assess, ...prose, ...suggest };
  const at = (file: string): string => pathToFileURL(join(resolve(dir), 'src', 'core', file)).href;
  const [e, a, p, s] = await Promise.all([import(at('engine.ts')), import(at('assess.ts')), import(at('prose/index.ts')), import(at('prose/suggest.ts'))]);
  return { lintText: (e as typeof engine).lintText, assessText: (a as typeof assess).assessText, findCues: (p as typeof prose).findCues, analyseSentence: (p as typeof prose).analyseSentence, suggestClass: (s as typeof suggest).suggestClass };
}

function readWithRules({ lintText, assessText, findCues, analyseSentence }: Rules, service: Service, set: string): RuleReading {
  const cueFindings = (declared: AiClass) =>
    lintText(dossierFor(service, declared), { fileName: 'eval.dossier.md', today: TODAY }).findings.filter((f) => f.ruleId === 'classification-cue');
  // The rules' own suggestion: the assessment's, unless the shipped backoff made it.
  const classification = assessText(dossierFor(service, service.trueClass), { fileName: 'eval.dossier.md', today: TODAY }).classification;
  const suggested = classification.statistical ? undefined : classification.suggested;
  const cues = findCues(service.passage).map((c) => ({ kind: c.kind, start: c.start, end: c.end }));
  const blocks = parseDossier(dossierFor(service, service.trueClass), { fileName: 'eval.dossier.md' }).prose.flat();
  const wrong: RuleReading['wrong'] = [];
  for (const declared of CLASSES) {
    if (declared === service.trueClass) continue;
    if (!service.sentences.some((s) => s.cue !== null && CONTRADICTS[declared].includes(s.cue))) continue;
    wrong.push({ declared, detected: cueFindings(declared).some((f) => f.data?.suggests !== undefined && CONTRADICTS[declared].includes(f.data.suggests)) });
  }
  const labelled = service.sentences.map((s) => {
    let rules: ModelLabel = 'none';
    for (const k of analyseSentence(s.text).kinds) if (rank(k) > rank(rules)) rules = k;
    return { gold: goldLabel(s), rules };
  });
  // Where each phrase finding sits: the labelled sentence (they cover the passage in order) holding its first character.
  const phraseFindings: NonNullable<RuleReading['phraseFindings']> = [];
  const starts: number[] = [];
  let from = 0;
  for (const s of service.sentences) {
    const at = service.passage.indexOf(s.text, from);
    starts.push(at);
    from = at < 0 ? from : at + s.text.length;
  }
  for (const declared of [service.trueClass, ...wrong.map((w) => w.declared)]) {
    const text = dossierFor(service, declared);
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
    const passageAt = text.indexOf(service.passage);
    for (const f of cueFindings(declared)) {
      if (f.data?.statistical || f.data?.suggests === undefined) continue;
      const offset = lineStarts[f.range.start.line] + f.range.start.column - passageAt;
      let sentence = 0;
      for (let k = 0; k < starts.length; k++) if (starts[k] >= 0 && starts[k] <= offset) sentence = k;
      phraseFindings.push({ declared, sentence, suggests: f.data.suggests });
    }
  }
  return { service, set, suggested, cues, blocks, falseAlarm: cueFindings(service.trueClass).length > 0, wrong, labelled, phraseFindings };
}

interface Tally {
  services: number;
  right: Record<string, number>;
  wrongClass: Record<string, number>;
  silent: Record<string, number>;
  confusion: { model: Record<string, { tp: number; fp: number; fn: number }>; rules: Record<string, { tp: number; fp: number; fn: number }> };
  falseAlarms: { rules: number; withModel: number; withPassage: number };
  wrongPairs: number;
  wrongDetected: { rules: number; withModel: number; withPassage: number };
  /** --corroborate P: services / wrong declarations with a phrase warning at all, and with one the sentence model backs (p of its class ≥ P). */
  warnings: { falseAlarms: number; corroboratedFalseAlarms: number; detected: number; corroboratedDetected: number; demotedRight: number; demotedWrong: number };
  /** Labelled sentences where the model at p > --override disagrees with the rules: who is right. */
  disagreements: { model: number; rules: number; neither: number };
  changes: string[];
}

const AGGREGATIONS = ['a rules', 'b rules, model if silent', 'c rules + model votes', 'd model only', 'e rules, model overrides', 'f passage model only', 'g b, passage overrides'] as const;

function emptyTally(): Tally {
  const byAgg = (): Record<string, number> => Object.fromEntries(AGGREGATIONS.map((a) => [a, 0]));
  const byLabel = (): Record<string, { tp: number; fp: number; fn: number }> => Object.fromEntries(LABELS.filter((l) => l !== 'none').map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  return { services: 0, right: byAgg(), wrongClass: byAgg(), silent: byAgg(), confusion: { model: byLabel(), rules: byLabel() }, falseAlarms: { rules: 0, withModel: 0, withPassage: 0 }, wrongPairs: 0, wrongDetected: { rules: 0, withModel: 0, withPassage: 0 }, warnings: { falseAlarms: 0, corroboratedFalseAlarms: 0, detected: 0, corroboratedDetected: 0, demotedRight: 0, demotedWrong: 0 }, disagreements: { model: 0, rules: 0, neither: 0 }, changes: [] };
}

function count(confusion: Record<string, { tp: number; fp: number; fn: number }>, gold: ModelLabel, got: ModelLabel): void {
  if (gold === got) {
    if (gold !== 'none') confusion[gold].tp++;
    return;
  }
  if (got !== 'none') confusion[got].fp++;
  if (gold !== 'none') confusion[gold].fn++;
}

/** --vote P: the model's label at p ≥ P, whoever acts (without it, the shipped `sentenceVote`, which asks the agent stage). */
function plainVote(model: ProseModelWeights, sentence: SentenceDetail, vote: number): CueKind | undefined {
  const m = scoreSentence(model, sentence);
  return m.label !== 'none' && m.p >= vote ? m.label : undefined;
}

/** The sentences of a service's prose as the backoff reads them (read once: they do not depend on the model). */
const DETAILS = new Map<RuleReading, Array<{ detail: SentenceDetail; ruleCue: boolean }>>();
function sentencesOf(r: RuleReading): Array<{ detail: SentenceDetail; ruleCue: boolean }> {
  let out = DETAILS.get(r);
  if (!out) {
    out = r.blocks.flatMap((b) => prose.readSentences(b.text, b.lead)).map((detail) => ({ detail, ruleCue: detail.kinds.some((k) => k !== 'physician-interprets') }));
    DETAILS.set(r, out);
  }
  return out;
}

/** --agent-vote P: as the shipped backoff votes (the agent stage asked), at p ≥ P instead of its own threshold (set by main). */
let agentVote = 0;
/** --alarm-stage: a model finding is what the shipped statistical stage reads (src/core/prose/statistical.ts, at --alarm), whatever this tree's rules read in the sentence. */
let alarmStage = false;

/** The passage model (trained on whole passages labelled with their service's class), set by main in --forward runs. */
let passageModel: ProseModelWeights | undefined;
/** --passage P: the passage model overrides (b) where it reads another class at p ≥ P. */
let passageOverride = 0.9;
let passageAlarmAt = 2;
let bothWays = false;
let lowerMax: number | undefined;
/** --passage-over-sentences P: where no phrase names a class, the passage overrides the sentence model's reading from p ≥ P (shipped since stop 52: 0.6). */
let passageOverSentences = 2;
let passageVetoAt = 2;
/** --corroborate P: a phrase finding stays a warning only where the sentence model gives its class p ≥ P in its sentence (measured). */
let corroborateAt: number | undefined;
let corroboratePassageAt = 0;
let corroborateHoldAt = 2;

/** --dump FILE (with --forward): one JSON line per service with what each aggregation weighs, to study other ways of combining them. */
let dumpRows: Array<Record<string, unknown>> | undefined;

/** The passage model's probability of each of its labels for a whole passage. */
function passageProbabilities(model: ProseModelWeights, text: string): Record<string, number> {
  const scores = model.bias.slice();
  for (const f of new Set(textFeatures(text, model.reading ?? PLAIN_FEATURES))) {
    const w = Object.hasOwn(model.features, f) ? model.features[f] : undefined;
    if (w) for (let j = 0; j < scores.length; j++) scores[j] += w[j];
  }
  const top = Math.max(...scores);
  const total = scores.reduce((sum, x) => sum + Math.exp(x - top), 0);
  return Object.fromEntries(model.labels.map((label, j) => [label, Math.round((Math.exp(scores[j] - top) / total) * 1e4) / 1e4]));
}

/** The model's softmax probability of one label for a sentence. */
function probabilityOf(model: ProseModelWeights, sentence: SentenceDetail, label: ModelLabel): number {
  const k = model.labels.indexOf(label);
  const features = new Set(sentenceFeatures(sentence, model.reading ?? PLAIN_FEATURES));
  const scores = model.bias.slice();
  for (const f of features) {
    const w = Object.hasOwn(model.features, f) ? model.features[f] : undefined;
    if (w) for (let j = 0; j < scores.length; j++) scores[j] += w[j];
  }
  const top = Math.max(...scores);
  let total = 0;
  for (const x of scores) total += Math.exp(x - top);
  return Math.exp(scores[k] - top) / total;
}

function measure({ suggestClass }: Rules, model: ProseModelWeights, readings: readonly RuleReading[], tally: Tally, vote: number | undefined, alarm: number, override: number): void {
  for (const r of readings) {
    tally.services++;
    const svc = r.service;
    for (let i = 0; i < svc.sentences.length; i++) {
      const m = scoreFeatures(model, textFeatures(svc.sentences[i].text, model.reading ?? PLAIN_FEATURES));
      count(tally.confusion.model, r.labelled[i].gold, m.label);
      count(tally.confusion.rules, r.labelled[i].gold, r.labelled[i].rules);
      if (m.p > override && m.label !== r.labelled[i].rules) {
        if (m.label === r.labelled[i].gold) tally.disagreements.model++;
        else if (r.labelled[i].rules === r.labelled[i].gold) tally.disagreements.rules++;
        else tally.disagreements.neither++;
      }
    }
    const read = sentencesOf(r).map((s) => ({ ...s, m: scoreSentence(model, s.detail), vote: vote === undefined ? sentenceVote(model, s.detail) : agentVote > 0 ? sentenceVote(model, s.detail, vote) : plainVote(model, s.detail, vote) }));
    const votes = read.flatMap((s) => (s.vote ? [{ kind: s.vote }] : []));
    const silentVotes = read.flatMap((s) => (s.vote && !s.ruleCue ? [{ kind: s.vote }] : []));
    // Model votes alone go through this tree's aggregation (what would ship); the rules' phrases through the rules'.
    const modelOnly = suggest.suggestClass(votes).suggested;
    // (e) each sentence's rule kinds (once per sentence), replaced by the model's vote where it is confident (p > --override) and the rules read otherwise.
    const overridden = read.flatMap((s) => {
      const kinds = [...new Set(s.detail.kinds)];
      const confidentVote = s.vote && s.m.p > override && !kinds.includes(s.vote) ? s.vote : undefined;
      return (confidentVote ? [confidentVote] : kinds).map((kind) => ({ kind }));
    });
    const passage = passageModel ? scoreFeatures(passageModel, textFeatures(svc.passage, passageModel.reading ?? PLAIN_FEATURES)) : undefined;
    const passageClass = passage && passage.label !== 'none' && passage.label !== 'physician-interprets' ? passage.label : undefined;
    const b = r.suggested ?? modelOnly;
    const results: Record<(typeof AGGREGATIONS)[number], AiClass | undefined> = {
      'f passage model only': passageClass,
      // The passage never lowers a class the rules' phrases name (unless --passage-both-ways): a named output is not argued away.
      // (--passage-lower-max N: lowering only where the phrases' class rests on N phrases or fewer)
      'g b, passage overrides': b === undefined || (passage && passageClass && passage.p >= (r.suggested ? passageOverride : passageOverSentences) && ((bothWays && (lowerMax === undefined || r.cues.filter((c) => c.kind === r.suggested).length <= lowerMax)) || !r.suggested || CLASSES.indexOf(passageClass) >= CLASSES.indexOf(r.suggested))) ? passageClass ?? b : b,
      'a rules': r.suggested,
      'b rules, model if silent': r.suggested ?? modelOnly,
      'c rules + model votes': suggestClass([...r.cues, ...silentVotes], svc.passage).suggested,
      'd model only': modelOnly,
      'e rules, model overrides': suggest.suggestClass(overridden).suggested,
    };
    if (dumpRows) {
      // (counted as the rules' aggregation counts them: a kind once per sentence)
      const counts = suggestClass(r.cues, svc.passage).counts;
      const votesBy: Record<string, number> = {};
      for (const v of votes) votesBy[v.kind] = (votesBy[v.kind] ?? 0) + 1;
      dumpRows.push({ set: r.set, id: svc.id, trueClass: svc.trueClass, rules: r.suggested ?? null, b: b ?? null, g: results['g b, passage overrides'] ?? null, phrases: counts, votes: votesBy, passage: passageModel ? passageProbabilities(passageModel, svc.passage) : null, sentences: svc.sentences.length });
    }
    for (const a of AGGREGATIONS) {
      const got = results[a];
      if (got === undefined) tally.silent[a]++;
      else if (got === svc.trueClass) tally.right[a]++;
      else tally.wrongClass[a]++;
    }
    for (const a of ['b rules, model if silent', 'c rules + model votes'] as const) {
      if (results[a] !== r.suggested) tally.changes.push(`[${r.set}/${svc.id}] true ${svc.trueClass}: rules ${r.suggested ?? 'nothing'} → ${a[0]} ${results[a] ?? 'nothing'}`);
    }
    const confident = (declared: AiClass): boolean =>
      alarmStage ? read.some((s) => { const st = statisticalReading({ ...s.detail, kinds: [] }, model, alarm); return st !== undefined && (CONTRADICTS[declared] as readonly string[]).includes(st.kind); }) :
      read.some((s) => s.m.p > alarm && (CONTRADICTS[declared] as readonly string[]).includes(s.m.label));
    if (r.falseAlarm) tally.falseAlarms.rules++;
    if (r.falseAlarm || confident(svc.trueClass)) tally.falseAlarms.withModel++;
    // --passage-alarm P: a finding where the whole passage reads as a contradicting class at p ≥ P.
    const passageAlarm = Number(passageAlarmAt);
    const passageSays = (declared: AiClass): boolean => passage !== undefined && passageClass !== undefined && passage.p >= passageAlarm && (CONTRADICTS[declared] as readonly string[]).includes(passageClass) && passageClass !== declared;
    // --passage-veto P: the rules' and the sentence model's findings are dropped where the whole passage reads as the declared class at p ≥ P.
    const vetoed = (declared: AiClass): boolean => passage !== undefined && passageClass === declared && passage.p >= passageVetoAt;
    if (((r.falseAlarm || confident(svc.trueClass)) && !vetoed(svc.trueClass)) || passageSays(svc.trueClass)) tally.falseAlarms.withPassage++;
    if (corroborateAt !== undefined && r.phraseFindings) {
      // --corroborate-passage V: a finding is also backed unless the whole passage reads as the declared class at p ≥ V.
      const passageDeclares = (declared: AiClass): boolean => passage !== undefined && passageClass === declared && passage.p >= corroboratePassageAt;
      const backed = (f: { declared: AiClass; sentence: number; suggests: CueKind }): boolean => {
        // --corroborate-hold H: as shipped (src/core/prose/passage.ts PASSAGE_HOLDS), no warning where the passage reads as the declared class at p ≥ H.
        if (passage !== undefined && passageClass === f.declared && passage.p >= corroborateHoldAt) return false;
        if (!passageDeclares(f.declared)) return true;
        const details = prose.readSentences(svc.sentences[f.sentence].text);
        return details.some((d) => probabilityOf(model, d, f.suggests) >= (corroborateAt ?? 0));
      };
      const on = (declared: AiClass) => r.phraseFindings!.filter((f) => f.declared === declared);
      const falseOnes = on(svc.trueClass);
      if (falseOnes.length) tally.warnings.falseAlarms++;
      if (falseOnes.some(backed)) tally.warnings.corroboratedFalseAlarms++;
      for (const f of falseOnes) if (!backed(f)) {
        tally.warnings.demotedRight++;
        if (process.env.SHOW_DEMOTED) console.log(`DEMOTED-RIGHT [${svc.id}] ${f.declared}→${f.suggests}: ${svc.sentences[f.sentence].text}`);
      }
      for (const w of r.wrong) {
        const right = on(w.declared).filter((f) => CONTRADICTS[w.declared].includes(f.suggests));
        if (right.length) tally.warnings.detected++;
        if (right.some(backed)) tally.warnings.corroboratedDetected++;
        for (const f of right) if (!backed(f)) {
          tally.warnings.demotedWrong++;
          if (process.env.SHOW_DEMOTED) console.log(`DEMOTED-WRONG [${svc.id}] ${f.declared}→${f.suggests}: ${svc.sentences[f.sentence].text}`);
        }
      }
    }
    for (const w of r.wrong) {
      tally.wrongPairs++;
      if (w.detected) tally.wrongDetected.rules++;
      if (w.detected || confident(w.declared)) tally.wrongDetected.withModel++;
      if (((w.detected || confident(w.declared)) && !vetoed(w.declared)) || passageSays(w.declared)) tally.wrongDetected.withPassage++;
    }
  }
}

/** --features words,lemmas,scope,structure: the feature families the model reads (default: the shipped model's). */
function readingOption(list: string | undefined): FeatureOptions {
  if (list === undefined) return DEFAULT_OPTIONS.reading;
  const on = new Set(list.split(','));
  return { words: on.has('words'), lemmas: on.has('lemmas'), scope: on.has('scope'), structure: on.has('structure') };
}

function pct(n: number, d: number): string {
  return `${n}/${d} = ${d ? ((100 * n) / d).toFixed(1) : '0.0'} %`;
}

function print(name: string, t: Tally, showChanges: boolean): void {
  console.log(`\n== ${name}: ${t.services} services`);
  console.log('aggregation                  suggested right        wrong class  silent');
  for (const a of AGGREGATIONS) console.log(`${a.padEnd(28)} ${pct(t.right[a], t.services).padEnd(22)} ${String(t.wrongClass[a]).padStart(11)} ${String(t.silent[a]).padStart(7)}`);
  console.log('sentence label          model P / R      rules P / R');
  for (const l of Object.keys(t.confusion.model)) {
    const pr = (c: { tp: number; fp: number; fn: number }): string => `${(c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1).toFixed(2)} / ${(c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1).toFixed(2)}`;
    console.log(`${l.padEnd(22)}  ${pr(t.confusion.model[l]).padEnd(16)} ${pr(t.confusion.rules[l])}`);
  }
  console.log(`false alarms on true-class declarations: rules ${pct(t.falseAlarms.rules, t.services)}; rules + model findings ${pct(t.falseAlarms.withModel, t.services)}`);
  console.log(`wrong declarations detected:             rules ${pct(t.wrongDetected.rules, t.wrongPairs)}; rules + model findings ${pct(t.wrongDetected.withModel, t.wrongPairs)}`);
  console.log(`with passage findings (--passage-alarm):  false alarms ${pct(t.falseAlarms.withPassage, t.services)}; detected ${pct(t.wrongDetected.withPassage, t.wrongPairs)}`);
  if (corroborateAt !== undefined) {
    const w = t.warnings;
    console.log(`phrase warnings (--corroborate ${corroborateAt}): false alarms ${pct(w.falseAlarms, t.services)} → backed ${pct(w.corroboratedFalseAlarms, t.services)}; detected with a warning ${pct(w.detected, t.wrongPairs)} → backed ${pct(w.corroboratedDetected, t.wrongPairs)}; findings demoted: on true declarations ${w.demotedRight}, on wrong ones ${w.demotedWrong}`);
  }
  const d = t.disagreements;
  console.log(`labelled sentences where a confident model disagrees with the rules: model right ${d.model}, rules right ${d.rules}, neither ${d.neither}`);
  if (showChanges) for (const c of t.changes) console.log('  ' + c);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const options: TrainOptions = { kind: (option('--kind') as TrainOptions['kind'] | undefined) ?? DEFAULT_OPTIONS.kind, minCount: Number(option('--min-count') ?? DEFAULT_OPTIONS.minCount), lambda: Number(option('--lambda') ?? DEFAULT_OPTIONS.lambda), iterations: Number(option('--iterations') ?? DEFAULT_OPTIONS.iterations), reading: readingOption(option('--features')) };
  const agentOption = option('--agent-vote');
  if (agentOption !== undefined) agentVote = Number(agentOption);
  alarmStage = args.includes('--alarm-stage');
  const voteOption = option('--vote') ?? agentOption;
  const vote = voteOption === undefined ? undefined : Number(voteOption);
  const alarm = Number(option('--alarm') ?? 0.9);
  const override = Number(option('--override') ?? 0.9);
  const showChanges = args.includes('--misses');
  console.log(`model: ${options.kind} over ${Object.entries(options.reading).filter(([, on]) => on).map(([f]) => f).join('+')}${options.kind === 'logreg' ? ` (L2 ${options.lambda}, ${options.iterations} steps)` : ''}, features seen in ≥ ${options.minCount} sentences; a sentence votes ${vote === undefined ? 'as the shipped backoff does (p ≥ 0.5, a class vote only where no physician or third party acts)' : `at p ≥ ${vote}, ${agentVote > 0 ? 'a class vote only where no physician or third party acts' : 'whoever acts'}`}; model findings at p > ${alarm}`);

  const rules = await rulesAt(option('--rules-root'));
  // --forward A,B: train once on every own set but A, B, … and read those (a newer round's blind sets, with --rules-root the code that had not seen them).
  const forward = option('--forward')?.split(',');
  const sets = ownSetFiles(root).map(({ name, file }) => ({ name, services: readServices(file) }));
  // The rules' readings do not depend on the model; --rules-cache FILE keeps them between runs that vary only the model.
  const cache = option('--rules-cache');
  const cached = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as Record<string, RuleReading[]>) : undefined;
  const readings = new Map(sets.filter((s) => !forward || forward.includes(s.name)).map((s) => [s.name, cached?.[s.name] ?? s.services.map((svc) => readWithRules(rules, svc, s.name))]));
  const devFile = [resolve(root, '..', 'shared'), resolve(root, '..', '..', 'shared')].map((d) => join(d, 'realworld-dev', 'services.json')).find((f) => existsSync(f));
  const devReadings = devFile && !forward ? (cached?.dev ?? readServices(devFile).map((svc) => readWithRules(rules, svc, 'dev'))) : undefined;
  if (cache && !cached) writeFileSync(cache, JSON.stringify({ ...Object.fromEntries(readings), ...(devReadings ? { dev: devReadings } : {}) }));
  // (c) adds votes to the rules' phrases through the same aggregation: it must give back (a) when the model adds nothing.
  const disagree = [...readings.values(), devReadings ?? []].flat().filter((r) => rules.suggestClass(r.cues, r.service.passage).suggested !== r.suggested);
  if (disagree.length) console.log(`note: ${disagree.length} services whose passage alone suggests another class than the dossier (${disagree.map((r) => r.service.id).join(', ')})`);
  if (forward) {
    // --train-fraction F keeps every service whose position falls in the first F of each run of 20: a learning curve.
    const fraction = Number(option('--train-fraction') ?? 1);
    const kept = (index: number): boolean => (index % 20) < Math.round(fraction * 20);
    const trainingServices = sets.filter((s) => !forward.includes(s.name)).flatMap((s) => s.services.filter((_, i) => kept(i)));
    const model = train(trainingServices.flatMap((svc) => svc.sentences), options);
    // As shipped (stop 43): each passage also trains with one of its sentences left out (more passages, of more lengths);
    // --passage-no-augment trains on whole passages only.
    const augment = !args.includes('--passage-no-augment');
    const variants = (svc: Service): string[] => [svc.passage, ...(augment ? svc.sentences.map((_, k) => svc.sentences.filter((__, j) => j !== k).map((x) => x.text).join(' ')) : [])];
    passageModel = train(trainingServices.flatMap((svc) => variants(svc).map((text) => ({ text, agent: 'software', cue: svc.trueClass, negated: false }))), { ...options, minCount: Number(option('--passage-min-count') ?? 2), lambda: Number(option('--passage-lambda') ?? options.lambda), rate: Number(option('--passage-rate') ?? PASSAGE_OPTIONS.rate ?? 0.5), keepFrom: Number(option('--passage-keep-from') ?? PASSAGE_OPTIONS.keepFrom ?? 0.06) });
    passageOverride = Number(option('--passage') ?? 0.9);
    passageAlarmAt = Number(option('--passage-alarm') ?? 2);
    bothWays = args.includes('--passage-both-ways');
    lowerMax = option('--passage-lower-max') === undefined ? undefined : Number(option('--passage-lower-max'));
    passageOverSentences = Number(option('--passage-over-sentences') ?? option('--passage') ?? 0.9);
    passageVetoAt = Number(option('--passage-veto') ?? 2);
    corroboratePassageAt = Number(option('--corroborate-passage') ?? 0);
    corroborateHoldAt = Number(option('--corroborate-hold') ?? 2);
    corroborateAt = option('--corroborate') === undefined ? undefined : Number(option('--corroborate'));
    const tally = emptyTally();
    const dump = option('--dump');
    if (dump) dumpRows = [];
    for (const name of forward) measure(rules, model, readings.get(name) ?? [], tally, vote, alarm, override);
    if (dump && dumpRows) writeFileSync(dump, dumpRows.map((row) => JSON.stringify(row)).join('\n') + '\n');
    print(`forward: ${forward.join(', ')}, model trained on the other own sets`, tally, showChanges);
    return;
  }
  const pooled = emptyTally();
  const blind = emptyTally();
  for (const held of sets) {
    const training = sets.filter((s) => s !== held).flatMap((s) => s.services.flatMap((svc) => svc.sentences));
    const model = train(training, options);
    const readingsHeld = readings.get(held.name) ?? [];
    measure(rules, model, readingsHeld, pooled, vote, alarm, override);
    if (NEVER_OPENED.has(held.name)) measure(rules, model, readingsHeld, blind, vote, alarm, override);
  }
  print(`leave-one-set-out, pooled over ${sets.length} own sets`, pooled, showChanges);
  print(`leave-one-set-out, the never-opened sets only (${[...NEVER_OPENED].join(', ')})`, blind, false);

  if (!devReadings) {
    console.log('\n== dev set: not found beside the repository; skipped');
    return;
  }
  const full = train(sets.flatMap((s) => s.services.flatMap((svc) => svc.sentences)), options);
  const dev = emptyTally();
  measure(rules, full, devReadings, dev, vote, alarm, override);
  print('dev set (../shared/realworld-dev; test only), model trained on all own sets', dev, showChanges);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
