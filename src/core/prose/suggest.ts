/**
 * What the prose suggests: the one aggregation of a dossier's classification cues into a class.
 * The assessment, the code lens and the status bar all call `suggestClass`, so they cannot
 * disagree.
 *
 * Policy (Appendix S classes are nested: augmentative software also detects, autonomous software
 * also quantifies, so a phrase of a higher class is also evidence that the work reaches every
 * lower class):
 *
 * 1. Count the cues per kind. Only the counts matter, never the order of the phrases. Given the
 *    prose, phrases of one kind in one sentence count once ("detects, segments and outlines the
 *    lesions" is one statement, as it is one `classification-cue` finding), so a long list in one
 *    sentence cannot outvote the other sentences.
 * 2. Support of a class = the phrases of that class or a higher one. Going from autonomous down,
 *    the first class with enough support wins. Enough support is two phrases or more, or one
 *    phrase that lower-class phrases do not outnumber by 3 or more (1 against 4 loses; 1 against
 *    3 wins). A single phrase is the typical misreading of a sentence; two independent phrases
 *    rarely are, and a short passage whose one higher-class phrase stands against one or two
 *    lower ones is usually a higher-class service describing its lesser outputs too.
 * 3. A physician who must interpret the output (`physician-interprets` phrases) caps the
 *    suggestion at augmentative, unless the autonomous phrases are more than twice as many as
 *    those physician phrases ("clearly outweigh"): then the physician phrases describe oversight
 *    of an autonomous service (a Level I conclusion a physician acts on) rather than
 *    interpretation.
 * 4. No class phrase at all: nothing is suggested (physician phrases alone say who interprets,
 *    not what the software outputs).
 *
 * Ties cannot depend on order: at equal support the higher class wins, because its work includes
 * the lower class's.
 */
import type { CueKind } from './acts';
import type { AiClass } from '../types';
import type { PassageReading } from './passage';

export interface ProseSuggestion {
  /** The class the prose suggests; absent when no phrase names software work of a class. */
  suggested?: AiClass;
  /** Phrases of each kind found in the prose. */
  counts: Record<CueKind, number>;
  /** A short phrase for people: why this class (lens tooltip, reports). */
  reason: string;
  /** Set when `suggested` is a model's reading, not the phrases' (backoff.ts): the sentence model's where no phrase names a class, or the passage reading's. */
  statistical?: boolean;
  /** Set when `suggested` is the passage reading's (passage.ts). */
  passage?: PassageReading;
}

/** Highest first: the order in which classes are tried. */
const HIGHEST_FIRST: readonly AiClass[] = ['autonomous', 'augmentative', 'assistive'];
/** A lone phrase loses when the lower-class phrases number this many more. */
const OUTVOTED_BY = 3;
/** This many phrases of a class (or above) are always enough. */
const ALWAYS_ENOUGH = 2;

export function emptyCueCounts(): Record<CueKind, number> {
  return { assistive: 0, augmentative: 0, autonomous: 0, 'physician-interprets': 0 };
}

export function suggestClass(cues: readonly { kind: CueKind; start?: number; end?: number }[], text?: string): ProseSuggestion {
  const counts = emptyCueCounts();
  const lastEnd: Partial<Record<CueKind, number>> = {};
  for (const cue of cues) {
    if (text !== undefined && cue.start !== undefined && cue.end !== undefined) {
      const before = lastEnd[cue.kind];
      lastEnd[cue.kind] = cue.end;
      if (before !== undefined && before <= cue.start && sameSentence(text, before, cue.start)) continue;
    }
    counts[cue.kind]++;
  }
  const physician = counts['physician-interprets'];
  const classPhrases = counts.assistive + counts.augmentative + counts.autonomous;
  if (classPhrases === 0) {
    return { counts, reason: physician ? `${phrases(physician)} ${physician === 1 ? 'says' : 'say'} a physician interprets; none says what the software outputs` : 'no phrase in the prose points to a class' };
  }

  let winner: AiClass = 'assistive';
  const outweighed: AiClass[] = [];
  for (const cls of HIGHEST_FIRST) {
    const rank = HIGHEST_FIRST.indexOf(cls);
    const atOrAbove = HIGHEST_FIRST.slice(0, rank + 1).reduce((n, c) => n + counts[c], 0);
    const below = HIGHEST_FIRST.slice(rank + 1).reduce((n, c) => n + counts[c], 0);
    if (atOrAbove >= ALWAYS_ENOUGH || (atOrAbove >= 1 && below - atOrAbove < OUTVOTED_BY)) {
      winner = cls;
      break;
    }
    if (counts[cls] > 0) outweighed.push(cls);
  }

  const notes: string[] = [];
  if (outweighed.length) {
    notes.push(outweighed.map((c) => `${counts[c]} ${c} phrase${counts[c] === 1 ? '' : 's'}`).join(' and ') + ` outweighed by lower-class ones`);
  }
  if (winner === 'autonomous' && physician > 0) {
    if (counts.autonomous <= 2 * physician) {
      const auto = counts.autonomous;
      const says = `${physician} ${physician === 1 ? 'says' : 'say'} a physician interprets`;
      const reason = counts.augmentative
        ? `${phrases(counts.augmentative)} ${counts.augmentative === 1 ? 'suggests' : 'suggest'} augmentative work; ${auto} autonomous phrase${auto === 1 ? '' : 's'} capped, as ${says}`
        : `${phrases(auto)} ${auto === 1 ? 'suggests' : 'suggest'} autonomous work, but ${says}: augmentative at most`;
      return { suggested: 'augmentative', counts, reason };
    }
    return { suggested: 'autonomous', counts, reason: `${phrases(counts.autonomous)} suggest autonomous work, outweighing ${physician} that ${physician === 1 ? 'says' : 'say'} a physician interprets` };
  }
  if (physician > 0) notes.push('a physician interprets');
  const n = counts[winner];
  return { suggested: winner, counts, reason: [`${phrases(n)} ${n === 1 ? 'suggests' : 'suggest'} ${winner} work`, ...notes].join('; ') };
}

/** Cue kinds that contradict each declared class (what `classification-cue` reports). */
export const CONTRADICTING_KINDS: Readonly<Record<AiClass, readonly CueKind[]>> = {
  assistive: ['augmentative', 'autonomous'],
  augmentative: ['autonomous'],
  autonomous: ['physician-interprets'],
};

/**
 * The suggestion against the declared class, in a few words (the code lens): "prose agrees",
 * "prose mostly agrees" (agrees, though some phrases contradict the class), "prose suggests
 * autonomous", "prose: a physician interprets" (only physician phrases), or "no class wording
 * in the prose".
 */
export function proseVerdict(declared: AiClass, s: ProseSuggestion): string {
  if (s.passage && s.suggested) return s.suggested === declared ? 'prose as a whole reads like it' : `prose as a whole reads like ${s.suggested}`;
  if (s.statistical && s.suggested) return s.suggested === declared ? 'prose wording reads like it (no class phrase)' : `prose wording reads like ${s.suggested} (no class phrase)`;
  const total = s.counts.assistive + s.counts.augmentative + s.counts.autonomous + s.counts['physician-interprets'];
  if (total === 0) return 'no class wording in the prose';
  if (s.suggested === declared) return CONTRADICTING_KINDS[declared].some((k) => s.counts[k] > 0) ? 'prose mostly agrees' : 'prose agrees';
  return s.suggested ? `prose suggests ${s.suggested}` : 'prose: a physician interprets';
}

/** Whether nothing between two phrases ends a sentence or a line (the rule `classification-cue` uses to merge findings). */
function sameSentence(text: string, from: number, to: number): boolean {
  return !/[.!?\n]/.test(text.slice(from, to));
}

function phrases(n: number): string {
  return `${n} phrase${n === 1 ? '' : 's'}`;
}
