/**
 * A closed answer the software gives (stop 37): one verdict out of a pair the sentence lists, said as a result rather
 * than with a sorting verb ("classifies … as normal or abnormal" is `verdicts.ts`):
 *
 * - a result noun before or after the pair: "returns one of two results: negative or indeterminate", "shows the day's
 *   result: fertile or not fertile", "gives a pass or refer result", "returns one recommendation: refer, or do not refer";
 * - a question the software settles: "decides whether it is positive, negative or void";
 * - the verdict as a passive: "each nodule is called benign or suspicious", "presentation is called cephalic or
 *   non-cephalic".
 *
 * A verdict on the case, issued by the software, is its conclusion, which Appendix S reads as autonomous. Not with a
 * physician named in the sentence (who then gives or reads it), not denied or hedged, not a sorting on a threshold
 * ("positive or negative against the cut-off" flags a quantity), and not "present or absent" (a detection's flag).
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Nouns that name what is given as a result: "one of two results:", "a pass or refer result". */
// (not "call": a triage tool's "positive or negative call" with its confidence is the labellers' triage flag)
const RESULT_FRAMES: ReadonlySet<string> = new Set(['result', 'results', 'label', 'labels', 'answer', 'answers', 'outcome', 'outcomes', 'recommendation', 'verdict', 'classification', 'status']);
/** Verbs that settle a question the pair answers: "decides whether it is positive or negative". */
const QUESTION_SETTLING: ReadonlySet<string> = new Set(['decide', 'determine', 'report', 'indicate', 'tell', 'state', 'establish']);
/** Active verbs of calling a case one thing or the other (lemmas). */
const CALLING: ReadonlySet<string> = new Set(['call', 'deem', 'declare', 'judge', 'pronounce']);
/** Passives that give the verdict: "is called benign or suspicious". */
const CALLED: ReadonlySet<string> = new Set(['called', 'classed', 'labelled', 'labeled', 'declared', 'deemed', 'judged',
  // the verdict put on the display: "the ear is shown as Pass or Refer", "each sample is reported as positive or negative"
  'shown', 'displayed', 'reported', 'returned', 'given']);
/** Verbs by which the software gives the answer (lemmas): "returns one of two results", "shows the day's result". */
const GIVING: ReadonlySet<string> = new Set(['return', 'give', 'show', 'display', 'output', 'report', 'issue', 'produce', 'yield', 'provide', 'generate', 'write', 'present', 'assign',
  'decide', 'determine', 'indicate', 'tell', 'state', 'call', 'deem', 'declare', 'judge', 'pronounce', 'label', 'classify', 'print']);
/** Words that make the pair someone else's answer anywhere in the sentence: training data, an imported result. */
const NOT_GIVEN: ReadonlySet<string> = new Set(['ground', 'truth', 'ground-truth', 'trained', 'training', 'known', 'imports', 'imported', 'import', 'histopathology', 'annotated']);
/** Words of a reference the pair is compared with, when they stand next to it: "compared with the reference label: normal or abnormal". */
const REFERENCE_NEAR: ReadonlySet<string> = new Set(['reference', 'compared']);
/** People who need not be readers: "the user" of a consumer app. */
const NOT_READERS: ReadonlySet<string> = new Set(['user', 'users']);
/** Words that make the pair a cut-off on a quantity, or a suggestion. */
// (and an equivocal band between the two: "Positive, Negative or Equivocal" grades the case, a category)
const NOT_A_VERDICT: ReadonlySet<string> = new Set([...V.CUT_OFF_WORDS, ...V.UNSURE_WORDS, 'equivocal', 'borderline', 'inconclusive']);

/** The index of the verdict's opposite after "or" from a (within a few words), or -1; "refer, or do not refer" too. */
function oppositeAfter(words: readonly Word[], a: number): number {
  const word = words[a].w;
  const opposites = V.VERDICT_OPPOSITES[word];
  if (!opposites) return -1;
  let or = -1;
  for (let j = a + 1; j < words.length && j <= a + 6; j++) {
    const w = words[j].w;
    if (w === 'or') {
      or = j;
      continue;
    }
    if (w === '.' || w === ';') return -1;
    // ("positive, negative or void": a list whose "or" comes after the opposite)
    if (opposites.includes(w) && (or >= 0 || words.slice(j + 1, j + 4).some((x) => x.w === 'or'))) return j;
    if (or < 0) {
      if (w !== ',') return -1;
      continue;
    }
    // "fertile or not fertile", "refer, or do not refer"
    if (w === 'not' && words[j + 1]?.w === word) return j + 1;
    if (w !== 'do' && w !== 'does' && w !== 'not' && w !== ',' && w !== '"' && w !== "'" && words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return -1;
  }
  return -1;
}

/** Whether a frame that makes the pair a given answer stands before `a` or right after `end`. */
function framed(words: readonly Word[], a: number, end: number): boolean {
  if (RESULT_FRAMES.has(words[end + 1]?.w ?? '')) return true;
  for (let j = a - 1; j >= 0 && j >= a - 4; j--) {
    const w = words[j].w;
    // (a frame noun, not the verb "labels the case …")
    if (RESULT_FRAMES.has(w) && words[j + 1]?.tag !== 'det') return true;
    // (the tagger may take "decide" after "and" for a noun: it is the verb all the same)
    if (w === 'whether' && j >= 1 && QUESTION_SETTLING.has(words[j - 1].lemma ?? words[j - 1].w) && (words[j - 1].tag === 'verb' || words[j - 1].form === 'base')) return true;
    if (CALLED.has(w) && words[j - 1]?.tag === 'be') return true;
    // "calls each nodule either benign or suspicious": an active verb of calling, past its object
    if (words[j].tag === 'verb' && CALLING.has(words[j].lemma ?? '')) return true;
    if (w !== ':' && w !== ',' && w !== 'either' && w !== 'it' && w !== 'is' && w !== 'as' && w !== '"' && w !== "'" && words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return false;
  }
  return false;
}

/** Whether a verb of giving stands before a (within its stretch), with the product as the nearest doer before it. */
function givenBySoftware(words: readonly Word[], a: number): boolean {
  for (let v = a - 1; v >= 0 && v >= a - 12; v--) {
    const word = words[v];
    if (word.w === '.' || word.w === ';') return false;
    // (the tagger may take "decide" after "and" for a noun)
    if (!GIVING.has(word.lemma ?? word.w) || (word.tag !== 'verb' && word.form !== 'base')) continue;
    for (let b = v - 1; b >= 0 && b >= v - 10; b--) {
      const doer = words[b];
      if (V.SOFTWARE_NOUNS.has(doer.w) || doer.w === 'it' || doer.w === 'ai' || doer.tag === 'name') return true;
      if (V.PHYSICIAN_NOUNS.has(doer.w) || V.OTHER_NOUNS.has(doer.w)) return false;
    }
    return false;
  }
  return false;
}

/** Records a reference label is drawn from: "based on the radiology reports", "using the final histology" (not the device's
 * own readings or review: "based on the overnight oximetry readings" is its input). */
const REFERENCE_SOURCES: ReadonlySet<string> = new Set([...V.STUDY_REFERENCE_WORDS, 'report', 'reports', 'histology', 'histopathology', 'pathology', 'biopsy', 'biopsies', 'follow-up', 'records', 'notes', 'diagnoses', 'committee']);
/** Openers of the basis: "based on", "according to", "using", "following". */
function basisAt(words: readonly Word[], j: number): number {
  const w = words[j].w;
  if ((w === 'based' && words[j + 1]?.w === 'on') || (w === 'according' && words[j + 1]?.w === 'to')) return j + 2;
  if ((w === 'using' || w === 'following') && j === 0) return j + 1;
  return -1;
}

/** Whether the sentence says its verdict rests on such records: a basis opener with one within five words. */
function referenceBasis(words: readonly Word[]): boolean {
  return words.some((_, j) => {
    const from = basisAt(words, j);
    return from >= 0 && words.slice(from, from + 5).some((x) => REFERENCE_SOURCES.has(x.w));
  });
}

/** Verbs of putting the sample into the machine (lemmas): "loads the cartridge", "adds the specimen", "inserts the swab". */
const LOADING: ReadonlySet<string> = new Set(['load', 'insert', 'add', 'place', 'put', 'pipette', 'drop', 'collect', 'swab']);
/** What is loaded: a sample or its carrier. */
const SAMPLES: ReadonlySet<string> = new Set(['cartridge', 'cartridges', 'specimen', 'specimens', 'sample', 'samples', 'swab', 'swabs', 'tube', 'tubes', 'cassette', 'cassettes', 'chip', 'chips', 'plate', 'plates', 'strip', 'strips']);
/** Whether the person at i is the subject of loading a sample and nothing else: "the operator loads the cartridge". */
export function loadsSample(words: readonly Word[], i: number): boolean {
  const verb = words[i + 1];
  if (verb === undefined || verb.tag !== 'verb' || !LOADING.has(verb.lemma ?? '')) return false;
  for (let j = i + 2; j < words.length && j <= i + 5; j++) if (SAMPLES.has(words[j].w)) return true;
  return false;
}

export function closedAnswerCue(words: readonly Word[], cues: WordCue[]): void {
  if (cues.some((c) => c.kind === 'autonomous')) return;
  for (let a = 1; a < words.length - 2; a++) {
    if (!V.VERDICT_OPPOSITES[words[a].w]) continue;
    const end = oppositeAfter(words, a);
    if (end < 0 || !framed(words, a, end)) continue;
    // a person who gives or reads the verdict, a denial or hedge, or a cut-off on a quantity: no verdict of the software's
    // (any reader, a laboratory scientist too: "… which a scientist checks before release" is no verdict of the software's)
    // (not one who only loads the sample: "The operator loads the cartridge and the system displays MRSA DETECTED or …" (stop 57))
    if (words.some((w, i) => ((V.PHYSICIAN_NOUNS.has(w.w) && !NOT_READERS.has(w.w)) || V.LAB_READERS.has(w.w)) && !loadsSample(words, i)) || words.some((w) => NOT_A_VERDICT.has(w.w))) return;
    // an imported or training answer anywhere in the sentence; a reference only next to the pair (stop 38: "compares the
    // signals with its reference database and returns a normal or abnormal result" gives the verdict itself)
    if (words.some((w) => NOT_GIVEN.has(w.w)) || words.slice(Math.max(0, a - 4), end + 4).some((w) => REFERENCE_NEAR.has(w.w))) return;
    if (words.slice(0, a).some((w) => V.DENY_OR_HEDGE.has(w.w) || w.w === 'not' || w.w === 'never' || w.w === 'if' || w.tag === 'modal')) return;
    // the product gives it: a software noun, a name or "it" before the pair (a passive verdict may name nobody)
    const passive = words.slice(Math.max(0, a - 3), a).some((w) => CALLED.has(w.w));
    // a passive verdict drawn from people's records is a reference label (stop 38): "Based on those reports, each study was
    // labelled as positive or negative"
    if (passive && referenceBasis(words)) return;
    if (!passive && !givenBySoftware(words, a)) return;
    // the same words read as a lesser cue become this verdict
    for (let i = cues.length - 1; i >= 0; i--) if (cues[i].first >= a - 6 && cues[i].last <= end + 1) cues.splice(i, 1);
    cues.push({ kind: 'autonomous', first: a, last: end });
    return;
  }
}
