/**
 * The statistical backoff of "what the prose suggests": when no rule phrase names a class, the
 * sentence model (model.ts) reads the body's sentences and each sentence it labels with p ≥ 0.5
 * votes (a class vote only where the agent stage finds no physician or third party acting); the votes go through the same aggregation as rule phrases (`suggestClass`). The result is
 * marked `statistical` and its reason says so: the class users see is never silently a model's.
 *
 * Measured by leave-one-set-out cross-validation (`npm run eval:model`, test/prose/README.md "A
 * statistical backoff, measured"): it adds right suggestions where the rules say nothing and
 * leaves every `classification-cue` finding to the rules.
 */
import type { Dossier } from '../dossier';
import { scoreSentence, splitSentences, type ProseModelWeights } from './model';
import { suggestClass, type ProseSuggestion } from './suggest';
import type { CueKind } from './acts';
import { analyseSentence } from './index';
import weights from './model-weights.json';

const MODEL = weights as ProseModelWeights;
/** A sentence votes for its label from this probability on (the measured setting). */
const VOTE = 0.5;
/** The backoff reads at most this much of the body (a dossier's prose is far shorter): its worst case stays near 15 ms per refresh of the lens. */
const MAX_PROSE = 20_000;

/** One suggestion per parsed dossier: the code lens and the status bar both ask on every refresh of the same version. */
const SUGGESTED = new WeakMap<Dossier, ProseSuggestion>();

/** The rules' suggestion for a dossier, with the model's reading where the rules name no class. */
export function suggestForDossier(dossier: Dossier): ProseSuggestion {
  let suggestion = SUGGESTED.get(dossier);
  if (!suggestion) {
    const rules = suggestClass(dossier.cues, dossier.text);
    suggestion =
      rules.suggested || dossier.bodySkipped || dossier.frontmatter.kind === 'unclosed'
        ? rules
        : statisticalBackoff(rules, bodyProse(dossier.text.slice(dossier.frontmatter.bodyStart, dossier.frontmatter.bodyStart + MAX_PROSE)));
    SUGGESTED.set(dossier, suggestion);
  }
  return suggestion;
}

/** `rules` unchanged when it names a class or the model finds no sentence of a class; else the model's class, marked. */
export function statisticalBackoff(rules: ProseSuggestion, prose: string): ProseSuggestion {
  if (rules.suggested) return rules;
  const votes: { kind: CueKind }[] = [];
  for (const sentence of splitSentences(prose)) {
    const kind = sentenceVote(MODEL, sentence);
    if (kind) votes.push({ kind });
  }
  const model = suggestClass(votes);
  if (!model.suggested) return rules;
  const n = votes.filter((v) => v.kind === model.suggested).length;
  const reading = `the wording of ${n} sentence${n === 1 ? '' : 's'} reads most like ${model.suggested} work (a statistical reading, not a rule)`;
  return { ...rules, suggested: model.suggested, statistical: true, reason: `no phrase names a class; ${reading}` };
}

/**
 * The label a sentence votes for, if any: the model's when its probability is at least `VOTE`. The
 * model does not know who acts, the agent stage does: a class vote needs a sentence whose actor is
 * the software or unnamed ("The radiologist moves urgent studies up the worklist" is no assistive
 * output, nor is what a predicate device does).
 */
export function sentenceVote(model: ProseModelWeights, sentence: string): CueKind | undefined {
  const reading = scoreSentence(model, sentence);
  if (reading.label === 'none' || reading.p < VOTE) return undefined;
  if (reading.label !== 'physician-interprets') {
    const agent = analyseSentence(sentence).agent;
    if (agent === 'physician' || agent === 'other') return undefined;
  }
  return reading.label;
}

/** The body's prose, one paragraph per line: no headings, code, HTML comments, table rules or list markers. */
export function bodyProse(body: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let fence: string | undefined;
  let comment = false;
  const flush = (): void => {
    if (paragraph.length) out.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (fence !== undefined) {
      if (line.startsWith(fence)) fence = undefined;
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const opening = /^(`{3,}|~{3,})/.exec(line);
    if (opening) {
      flush();
      fence = opening[1];
      continue;
    }
    if (line.startsWith('<!--')) {
      flush();
      comment = !line.includes('-->');
      continue;
    }
    if (!line || line.startsWith('#') || /^\|?[\s:|-]+\|?$/.test(line)) {
      flush();
      continue;
    }
    const text = line.replace(/^(?:>\s*)*(?:[-*+]|\d+[.)])\s+/, '').replace(/^>\s*/, '');
    if (line.includes('|')) {
      // A table row: each cell stands alone.
      flush();
      out.push(...text.split('|').map((cell) => cell.trim()).filter(Boolean));
      continue;
    }
    // A list item starts a paragraph of its own.
    if (text !== line) flush();
    paragraph.push(text);
  }
  flush();
  return out.join('\n');
}
