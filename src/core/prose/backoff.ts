/**
 * The statistical backoff of "what the prose suggests": when no rule phrase names a class, the
 * sentence model (model.ts) reads the body's sentences (the parse stage's paragraphs, read by the pipeline's own stages) and each sentence it labels with p ≥ 0.5
 * votes (a class vote only where the agent stage finds no physician or third party acting); the votes go through the same aggregation as rule phrases (`suggestClass`). The result is
 * marked `statistical` and its reason says so: the class users see is never silently a model's.
 *
 * Measured by leave-one-set-out cross-validation (`npm run eval:model`, test/prose/README.md "A
 * statistical backoff, measured"): it adds right suggestions where the rules say nothing and
 * leaves every `classification-cue` finding to the rules.
 */
import { ruleCues, type Dossier, type ProseBlock } from '../dossier';
import { sentenceVote, type ProseModelWeights } from './model';
import { suggestClass, type ProseSuggestion } from './suggest';
import { AI_CLASSES } from '../types';
import type { CueKind } from './acts';
import { readSentences } from './index';
import { PASSAGE_OVER_SENTENCES, PASSAGE_SUGGESTS, readPassage, type PassageReading } from './passage';
import weights from './model-weights.json';

const MODEL = weights as ProseModelWeights;
/** The backoff reads at most this much of the body's prose (a dossier's prose is far shorter): its worst case stays bounded per refresh of the lens. */
const MAX_PROSE = 20_000;

/** One suggestion per parsed dossier: the code lens and the status bar both ask on every refresh of the same version. */
const SUGGESTED = new WeakMap<Dossier, ProseSuggestion>();

/**
 * The rules' suggestion for a dossier, with the sentence model's reading where the rules name no class, and the
 * passage reading (passage.ts) where the prose as a whole reads as another class at p ≥ PASSAGE_SUGGESTS (0.8), or at p ≥
 * PASSAGE_OVER_SENTENCES (0.6) over the sentence model's reading, or where nothing else names one.
 */
export function suggestForDossier(dossier: Dossier): ProseSuggestion {
  let suggestion = SUGGESTED.get(dossier);
  if (!suggestion) {
    const rules = suggestClass(ruleCues(dossier), dossier.text);
    const unread = dossier.bodySkipped || dossier.frontmatter.kind === 'unclosed';
    suggestion = rules.suggested || unread ? rules : statisticalBackoff(rules, dossier.prose.flat());
    if (!unread) suggestion = withPassage(suggestion, readPassage(dossier));
    SUGGESTED.set(dossier, suggestion);
  }
  return suggestion;
}

/**
 * Below the class the phrases name, the passage wins only over this many phrases of it (stop 40): a passage sure of a
 * lower class outweighs one phrase worded beyond it, not several that say the same (measured forward on ten batches,
 * Q-Z: lowering over one phrase added 13 right of 599, over any number 14; before stop 40, on fewer batches and other
 * rules, lowering over any number added nothing).
 */
const LOWERED_OVER_AT_MOST = 1;

/**
 * `suggestion` unless the passage reads as another class with p ≥ `PASSAGE_SUGGESTS` (with p ≥ `PASSAGE_OVER_SENTENCES` where
 * the suggestion is the sentence model's, no phrase's; or where the suggestion names none):
 * then the passage's class, marked statistical, its reason saying what the phrases said. A class below the one the
 * phrases name only where a single phrase names it.
 */
export function withPassage(suggestion: ProseSuggestion, passage: PassageReading | undefined): ProseSuggestion {
  const enough = suggestion.statistical ? PASSAGE_OVER_SENTENCES : PASSAGE_SUGGESTS;
  if (!passage || passage.kind === suggestion.suggested || (suggestion.suggested && passage.p < enough)) return suggestion;
  if (suggestion.suggested && !suggestion.statistical && AI_CLASSES.indexOf(passage.kind) < AI_CLASSES.indexOf(suggestion.suggested) && suggestion.counts[suggestion.suggested] > LOWERED_OVER_AT_MOST) return suggestion;
  const sure = `${Math.round(passage.p * 100)} % sure`;
  const alone = suggestion.statistical ? `sentence by sentence it reads as ${suggestion.suggested}` : suggestion.suggested ? `its phrases alone: ${suggestion.reason}` : suggestion.reason;
  const reason = `the prose as a whole reads most like ${passage.kind} work (a statistical reading of its ${passage.sentences} sentences, ${sure}, not a rule); ${alone}`;
  return { ...suggestion, suggested: passage.kind, statistical: true, passage, reason };
}

/**
 * `rules` unchanged when it names a class or the model finds no sentence of a class; else the model's class, marked.
 * `prose`: the body's paragraphs, list items and table rows as the parse stage read them (each with the lead-in agent it was read with).
 */
export function statisticalBackoff(rules: ProseSuggestion, prose: readonly ProseBlock[]): ProseSuggestion {
  if (rules.suggested) return rules;
  const votes: { kind: CueKind }[] = [];
  let read = 0;
  for (const block of prose) {
    if (read >= MAX_PROSE) break;
    const text = block.text.length > MAX_PROSE - read ? block.text.slice(0, MAX_PROSE - read) : block.text;
    read += text.length;
    for (const sentence of readSentences(text, block.lead)) {
      const kind = sentenceVote(MODEL, sentence);
      if (kind) votes.push({ kind });
    }
  }
  const model = suggestClass(votes);
  if (!model.suggested) return rules;
  const n = votes.filter((v) => v.kind === model.suggested).length;
  const reading = `the wording of ${n} sentence${n === 1 ? '' : 's'} reads most like ${model.suggested} work (a statistical reading, not a rule)`;
  return { ...rules, suggested: model.suggested, statistical: true, reason: `no phrase names a class; ${reading}` };
}

export { sentenceVote };
