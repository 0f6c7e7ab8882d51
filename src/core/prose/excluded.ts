/**
 * Cases the software takes out of the physicians' reading (stop 30): "studies scored below the threshold are removed from
 * the radiologist's worklist", "slides the system calls benign are excluded from pathologist review", "normal
 * examinations are not sent for reading", "most slides then need no human reading", "takes the place of the second
 * reader". What the software calls normal is then never read (or its read stands for a physician's), which Appendix S
 * reads as the software acting on its own conclusion.
 *
 * Not when the sentence denies it ("does not remove cases from the reading queue", the triage boilerplate), when a
 * person takes the case out ("the radiologist removes duplicates from the list"), or when what leaves the list is no
 * case (duplicate images, artefacts).
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of taking a case out (lemmas): "excluded from", "removed from", "taken off", "filtered out of". */
const TAKING_OUT: ReadonlySet<string> = new Set(['exclude', 'remove', 'withdraw', 'drop', 'take', 'filter', 'divert', 'spare', 'withhold']);
/** Where a case waits to be read: "the worklist", "the reading queue", "pathologist review". */
const READING_PLACES: ReadonlySet<string> = new Set(['worklist', 'worklists', 'queue', 'queues', 'review', 'reading', 'interpretation', 'reads']);
/** Verbs of sending a case on to be read: "are not sent for reading". */
const SENDING: ReadonlySet<string> = new Set(['send', 'pass', 'forward', 'route', 'refer', 'queue']);
/** Qualifiers of the reading nobody needs: "no human reading", "no further review". */
const NO_READING_QUALIFIERS: ReadonlySet<string> = new Set(['human', 'manual', 'expert', 'further', 'physician', 'radiologist', 'pathologist', 'clinician']);
/** Cases that are not patients' studies: "removes duplicate images from the worklist". */
const NOT_CASES: ReadonlySet<string> = new Set(['duplicate', 'duplicates', 'artefact', 'artefacts', 'artifact', 'artifacts', 'noise', 'blank', 'test']);

/** The word's lemma, with the tagger's misses on "-ed" forms undone ("excluded" → "exclude", "filtered" → "filter"). */
function lemmaOf(word: Word): string {
  const lemma = word.lemma ?? word.w;
  if (!lemma.endsWith('ed')) return lemma;
  const stem = lemma.slice(0, -2);
  return TAKING_OUT.has(stem + 'e') ? stem + 'e' : TAKING_OUT.has(stem) ? stem : SENDING.has(stem) ? stem : lemma;
}

function personAt(word: Word | undefined): boolean {
  return word !== undefined && (V.PHYSICIAN_NOUNS.has(word.w) || V.OTHER_NOUNS.has(word.w));
}

/** The reading place after "from"/"off"/"out of"/"for" at j, within a few words (past determiners, possessives, a reader), or -1. */
function readingPlaceAfter(words: readonly Word[], j: number, to: number): number {
  for (let i = j; i < to && i <= j + 4; i++) {
    const w = words[i].w;
    if (READING_PLACES.has(w)) return i;
    if (words[i].tag === 'det' || words[i].tag === 'adj' || words[i].tag === 'noun' || w.endsWith("'s") || w.endsWith("s'")) continue;
    return -1;
  }
  return -1;
}

/** Whether the clause's subject, or the object right after the verb at v, names something that is not a case. */
function notACase(words: readonly Word[], clause: Clause, v: number): boolean {
  const near = [clause.subject, v + 1, v + 2, v + 3].filter((i) => i >= 0 && i < words.length);
  return near.some((i) => NOT_CASES.has(words[i].w));
}

/** Readers a product may take the place of: "the second reader", "a radiologist". */
function readerAt(word: Word | undefined): boolean {
  return word !== undefined && (word.w === 'reader' || word.w === 'readers' || (V.PHYSICIAN_NOUNS.has(word.w) && !V.AMBIGUOUS_HUMANS.has(word.w)));
}

/** "replaces the second reader", "takes the place of the second radiologist": the reader's index, or -1. */
function replacedReader(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  if (words[k].w.startsWith('take') || words[k].w === 'took') {
    if (words[k + 1]?.w !== 'the' || words[k + 2]?.w !== 'place' || words[k + 3]?.w !== 'of') return -1;
    j = k + 4;
  } else if ((words[k].lemma ?? words[k].w) !== 'replace') return -1;
  for (let i = j; i < to && i <= j + 3; i++) {
    if (readerAt(words[i])) return words[i + 1]?.tag === 'noun' ? -1 : i;
    if (words[i].tag !== 'det' && words[i].tag !== 'adj' && words[i].tag !== 'num' && words[i].w !== 'second' && words[i].w !== 'human') return -1;
  }
  return -1;
}

/** Whether the word at k opens one of this stage's readings (for the stage that drops the reading of the remaining cases). */
export function isExclusionAct(words: readonly Word[], k: number): boolean {
  const word = words[k];
  if (!word) return false;
  const lemma = lemmaOf(word);
  return TAKING_OUT.has(lemma) || SENDING.has(lemma) || lemma === 'need' || lemma === 'require' || lemma === 'replace' || word.w.startsWith('take') || word.w === 'took';
}

export function excludedFromReadingCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged) return;
  // A person who takes a case out acts on their own list.
  if (clause.subject >= 0 && personAt(words[clause.subject])) return;
  for (let k = clause.from; k < clause.to; k++) {
    const word = words[k];
    const lemma = lemmaOf(word);
    const negated = scope.negated[k - clause.from] ?? false;
    // "takes the place of the second reader", "replaces the second radiologist" (a product subject, said outright)
    // (The scope stage reads "replaces" itself as a contrast, so the denial must come before the verb.)
    const deniedBefore = k > clause.from && (scope.negated[k - 1 - clause.from] ?? false);
    if (!deniedBefore && (word.tag === 'verb' || word.tag === 'noun') && clause.subject >= 0 && clause.subject < k && !personAt(words[clause.subject])) {
      const reader = replacedReader(words, k, clause.to);
      if (reader >= 0) {
        out.push({ kind: 'autonomous', first: k, last: reader });
        return;
      }
    }
    // "removed from the radiologist's worklist", "taken off the worklist", "filtered out of the queue"
    // (the tagger may read the participle as an adjective: "and taken off the worklist")
    if ((word.tag === 'verb' || (word.tag === 'adj' && word.form === 'ed')) && TAKING_OUT.has(lemma) && !negated) {
      let j = k + 1;
      while (j < clause.to && j <= k + 6 && words[j].w !== 'from' && words[j].w !== 'off' && words[j].w !== 'of') j++;
      if (j >= clause.to || j > k + 6) continue;
      // "takes no images off the reading worklist": the triage boilerplate, with its object denied.
      if (words.slice(k + 1, j).some((w) => w.w === 'no' || w.w === 'none' || w.w === 'nothing' || w.w === 'never')) continue;
      const place = readingPlaceAfter(words, j + 1, clause.to);
      if (place < 0 || notACase(words, clause, k)) continue;
      // ("take" only as "taken off the worklist", "taken out of review")
      if (lemma === 'take' && words[j].w === 'from') continue;
      // ("the radiologist reads them" ends the place: "the reading queue")
      const last = READING_PLACES.has(words[place + 1]?.w ?? '') ? place + 1 : place;
      // The reader named in the place is whose reading is skipped, not one who reads: "excluded from pathologist review".
      for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'physician-interprets' && out[i].last >= k && out[i].first <= last) out.splice(i, 1);
      out.push({ kind: 'autonomous', first: k, last });
      return;
    }
    // "are not sent for reading": a case that is never passed on to be read.
    const passiveForm = word.form === 'ed' && words.slice(Math.max(clause.from, k - 3), k).some((w) => w.tag === 'be');
    if ((word.tag === 'verb' || word.tag === 'adj') && SENDING.has(lemma) && negated && passiveForm && words[k + 1]?.w === 'for' && readingPlaceAfter(words, k + 2, clause.to) === k + 2) {
      if (clause.subject < 0 || personAt(words[clause.subject]) || notACase(words, clause, k)) continue;
      out.push({ kind: 'autonomous', first: k, last: k + 2 });
      return;
    }
    // "need no human reading", "require no further review"
    if ((lemma === 'need' || lemma === 'require') && words[k + 1]?.w === 'no') {
      const at = NO_READING_QUALIFIERS.has(words[k + 2]?.w ?? '') ? k + 3 : -1;
      if (at < 0 || !READING_PLACES.has(words[at]?.w ?? '')) continue;
      if (clause.subject >= 0 && personAt(words[clause.subject])) continue;
      out.push({ kind: 'autonomous', first: k, last: at });
      return;
    }
  }
}
