/**
 * Two-valued flags (round 17b): an answer with two values, one the opposite of the other, flags a case; it
 * measures nothing. "classifies each symptom as present or absent", "worded as a high or a low probability of
 * a reduced ejection fraction", "sorts each slide as suspicious or not" are detection
 * (assistive), however the sentence names the answer (a classification, a probability, a result). A scale with
 * more values, or a quantity that comes out positive or negative ("an index that comes out positive or
 * negative"), keeps its augmentative reading.
 */
import type { WordCue } from './acts';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { Word } from './tags';
import * as V from './vocabulary';

/** Whether y is x's opposite: a listed pair, or x with a negating prefix ("stable" / "unstable", "suspicious" / "non-suspicious"). */
function oppositeWords(x: string, y: string): boolean {
  if (V.FLAG_OPPOSITES[x]?.includes(y) === true || V.FLAG_OPPOSITES[y]?.includes(x) === true) return true;
  return x.length > 2 && V.NEGATING_PREFIXES.some((p) => y === p + x || x === p + y);
}

/** Whether words[a] and words[b] are the two opposite answers of one flag ("present" / "absent", "high" / "not high"). */
function opposites(words: readonly Word[], a: number, b: number): boolean {
  return oppositeWords(words[a]?.w ?? '', words[b]?.w ?? '');
}

/** Skips a determiner: "a high or a low probability". */
function pastDet(words: readonly Word[], j: number): number {
  return words[j]?.tag === 'det' ? j + 1 : j;
}

/**
 * The position of the second answer when a flag's two answers start at j: "present or absent", "a high or a low",
 * "either positive or negative", "suspicious or not"; -1 otherwise.
 */
function flagPairAt(words: readonly Word[], j: number): number {
  let a = words[j]?.w === 'either' ? j + 1 : j;
  a = pastDet(words, a);
  if (words[a + 1]?.w !== 'or') return -1;
  const b = pastDet(words, a + 2);
  // "suspicious or not", "present or not": the flag and its negation.
  if (words[b]?.w === 'not' && V.FLAG_OPPOSITES[words[a]?.w ?? ''] !== undefined) return b;
  return opposites(words, a, b) ? b : -1;
}

/**
 * A finding and its own negation (stop 50): "fractured or not fractured", "critically misplaced or not critically
 * misplaced", "fractured and non-fractured". Whether such a pair starts at j.
 */
function negatedPairAt(words: readonly Word[], j: number): boolean {
  for (let link = j + 1; link < words.length && link <= j + 3; link++) {
    if (words[link].w !== 'or' && words[link].w !== 'and') continue;
    const first = words.slice(j, link).map((w) => w.w);
    if (first.some((w) => w === ',' || w === 'not')) return false;
    let at = link + 1;
    if (words[at]?.w === 'not') at++;
    else if (!/^non-/.test(words[at]?.w ?? '')) return false;
    const second = words.slice(at, at + first.length).map((w) => w.w.replace(/^non-/, ''));
    return second.join(' ') === first.join(' ');
  }
  return false;
}
/** Nouns of the two groups a case is sorted into: "into two groups", "one of two classes". */
const GROUPS: ReadonlySet<string> = new Set(['groups', 'classes', 'categories', 'bins', 'buckets']);

/** "as showing intussusception or not", "as containing a polyp or not" (stop 29): a finding and its negation, a few words on. */
function findingOrNot(words: readonly Word[], j: number): boolean {
  for (let k = j + 1; k < words.length && k <= j + 5; k++) {
    if (words[k].w === 'or' && words[k + 1]?.w === 'not') return true;
    if (words[k].tag === 'punct' || words[k].tag === 'verb' && words[k].form !== 'ing') return false;
  }
  return false;
}

/** The other group of a two-way sort, when it is the normal one: "into tumour or normal tissue". */
const NORMAL_GROUPS: ReadonlySet<string> = new Set(['normal', 'healthy']);

/**
 * Whether the groups after "into" at j are two, one the absence of the other: "positive and negative", "tumour or normal
 * tissue", "those that look like FAI and those that look normal" (not a list: "…, hypopnoea, snoring or normal breathing").
 */
function intoTwoGroups(words: readonly Word[], j: number): boolean {
  const a = words[j]?.w === 'those' ? j : pastDet(words, j);
  const reach = words[a]?.w === 'those' ? 9 : 6;
  for (let link = a + 1; link < words.length && link <= a + reach; link++) {
    const w = words[link].w;
    if (w === ',' || w === ';' || w === '.' || words[link].tag === 'verb' && words[a].w !== 'those') return false;
    if (w !== 'or' && w !== 'and') continue;
    if (words[a].w === 'those') return words[link + 1]?.w === 'those';
    // "pain or no pain"
    if (words[link + 1]?.w === 'no') return words[link + 2]?.w === words[a].w;
    const b = pastDet(words, link + 1);
    if (link === a + 1 && opposites(words, a, b)) return true;
    // (the second group ends the list: no third after it)
    return NORMAL_GROUPS.has(words[b]?.w ?? '') && !words.slice(b + 1, b + 4).some((x) => x.w === 'or' || x.w === ',');
  }
  return false;
}

/** Whether the augmentative cue's output is worded as a two-valued flag within its clause [from, to). */
function worded(words: readonly Word[], cue: WordCue, from: number, to: number): boolean {
  const head = words[cue.last];
  const verbHead = head?.tag === 'verb' && V.FLAG_SORTING_VERBS.has(head.lemma ?? '');
  const nounHead = V.FLAG_ANSWER_NOUNS.has(head?.w ?? '');
  if (!verbHead && !nounHead) return false;
  // "a high or a low probability": the two answers right before the noun.
  if (nounHead) {
    for (let j = Math.max(from, cue.last - 6); j < cue.last; j++) {
      const b = flagPairAt(words, j);
      if (b >= 0 && b < cue.last && words.slice(b + 1, cue.last).every((w) => w.tag === 'noun' || w.tag === 'adj')) return true;
    }
  }
  // "classifies each symptom as present or absent", "is worded as a high or a low probability": after "as".
  for (let j = cue.last + 1; j < to && j <= cue.last + 8; j++) {
    if (words[j].w === 'as' && (flagPairAt(words, j + 1) >= 0 || findingOrNot(words, j + 1))) return true;
    // "sorts single films into fractured and not fractured", "sorts the tube's position into two groups" (stop 50)
    if ((words[j].w === 'as' || words[j].w === 'into') && (negatedPairAt(words, j + 1) || (words[j + 1]?.w === 'two' && GROUPS.has(words[j + 2]?.w ?? '')))) return true;
    // "sorts each film into pes planus or not", "into positive and negative", "into tumour or normal tissue", "into those
    // that look like FAI and those that look normal" (stop 54): sorted into a finding and its absence, two groups
    if (words[j].w === 'into' && verbHead && (findingOrNot(words, j) || intoTwoGroups(words, j + 1))) return true;
    if (words[j].tag === 'verb' || (words[j].tag === 'punct' && words[j].w !== '-')) break;
  }
  return false;
}

/**
 * Re-reads the sentence's augmentative cues worded as a two-valued flag as assistive, and with them the
 * sentence's other cues that only name that answer again ("and a new classification is produced every 15
 * minutes").
 */
export function twoValuedFlags(words: readonly Word[], clauses: ReadonlyArray<{ from: number; to: number }>, cues: WordCue[]): void {
  const flags: WordCue[] = [];
  for (const cue of cues) {
    if (cue.kind !== 'augmentative') continue;
    const clause = clauses.find((c) => c.from <= cue.first && cue.last < c.to);
    if (clause && worded(words, cue, clause.from, clause.to)) {
      cue.kind = 'assistive';
      flags.push(cue);
    }
  }
  // "sorts each episode as present or absent, and a fresh classification is issued": a flag worded anywhere in the sentence.
  const wordedAs = words.some((w, j) => w.w === 'as' && flagPairAt(words, j + 1) >= 0);
  if (flags.length === 0 && !wordedAs) return;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    if (cue.kind !== 'augmentative') continue;
    // "a high or a low probability of reduced ejection fraction": the quantity after "of" is the condition flagged.
    if (flags.some((f) => words[f.last + 1]?.w === 'of' && cue.first > f.last + 1 && cue.last <= f.last + 7)) cues.splice(i, 1);
    // "and a new classification is produced every 15 minutes": the flag's answer named again.
    else if (words.slice(cue.first, cue.last + 1).some((w) => V.FLAG_RESTATED_NOUNS.has(w.w))) cue.kind = 'assistive';
  }
}

/** Whether a word is a two-valued answer written as one compound: "yes-or-no", "stable-or-unstable", "positive/negative". */
function polarCompound(w: string): boolean {
  const parts = w.includes('-or-') ? w.split('-or-') : w.split('/');
  return parts.length === 2 && oppositeWords(parts[0], parts[1]);
}

/**
 * A two-valued answer the software gives, written as one compound (round 17b): "gives a yes-or-no per case",
 * "refreshes its stable-or-unstable output", "a positive/negative flag". It flags a case: assistive. Only where
 * no other cue reads the clause already, in a clause whose agent is the software, after its verb, not negated.
 */
export function twoValuedAnswerCues(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || scope.hypothetical || clause.verbs.length === 0) return;
  if (out.some((c) => c.first < clause.to && c.last >= clause.from)) return;
  const verb = clause.verbs[0];
  for (let k = verb + 1; k < clause.to && k <= verb + 5; k++) {
    if (scope.negated[k - clause.from]) return;
    if (polarCompound(words[k].w)) {
      out.push({ kind: 'assistive', first: verb, last: k });
      return;
    }
    // "a suspicious/non-suspicious label": the slash split into its own word.
    if (words[k + 1]?.w === '/' && oppositeWords(words[k].w, words[k + 2]?.w ?? '')) {
      out.push({ kind: 'assistive', first: verb, last: k + 2 });
      return;
    }
  }
}
