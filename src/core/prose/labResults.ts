/**
 * A test's own qualitative answer (stop 34): "the instrument returns a qualitative result", "the test gives one result,
 * positive or negative", "the system reports MTB detected or MTB not detected", "the unit shows whether the sample is
 * positive or negative". A test, analyser or classifier that issues its detected / not detected answer for the case has
 * drawn the conclusion itself: the labelled sets (the FDA-text dev set's guide: "outputs a conclusion … for action
 * without concurrent physician interpretation") call that autonomous wherever it is issued, not only on a home test.
 *
 * Not a score turned into an answer at a cut-off (a quantity flagged: "a score of 10 or more is reported as positive"),
 * not a result a named clinician or laboratory scientist checks or reads, and not a denied, hedged or passive one
 * ("a negative result does not rule out …", "results are reported as …").
 */
import type { Word } from './tags';
import * as V from './vocabulary';
import { loadsSample } from './answers';

/** People who check or read a sample's result before it counts. */
const RESULT_READERS: ReadonlySet<string> = new Set([...V.LAB_READERS, 'operator', 'operators', 'laboratorian', 'laboratorians', 'director', 'directors', 'microbiologist', 'microbiologists', 'consultant', 'consultants', 'virologist', 'virologists', 'biologist', 'biologists']);
/** Words that make the answer another product's, a study's reference or no clinical answer at all. */
const NOT_THIS_ANSWER: ReadonlySet<string> = new Set([
  'predicate', 'competitor', "competitor's", 'comparator', 'reference', 'manual', 'research', 'research-use-only',
  'quality', 'valid', 'adequate', 'inadequate', 'contact', 'barcode', 'scanner', 'growth',
]);
/** Verbs of a person checking or releasing the result, which make it a result read before it counts (lemmas). */
const RESULT_CHECKS: ReadonlySet<string> = new Set(['review', 'confirm', 'authorise', 'authorize', 'verify', 'check', 'approve', 'sign', 'validate', 'release', 'interpret']);

/** Words that make the answer a quantity read against a cut-off, not the test's own call. */
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['score', 'scores', 'index', 'threshold', 'thresholds', 'cutoff', 'cut-off', 'cutoffs', 'cut-offs', 'percentile', 'probability', 'likelihood', 'risk']);
/** Verbs whose object may be the test's answer (lemmas). */
const ISSUING: ReadonlySet<string> = new Set(['report', 'return', 'give', 'show', 'display', 'issue', 'provide', 'deliver', 'output', 'produce', 'generate', 'call', 'yield', 'tell', 'indicate',
  // "declares the test positive or negative" (stop 36)
  'declare']);
/** Opposite answers: "positive or negative", "detected or not detected". */
const OPPOSITES: Readonly<Record<string, string>> = { positive: 'negative', negative: 'positive', detected: 'detected' };

/** The last word of the test's answer after the issuing verb at k, or -1. */
function answerAfter(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j <= k + 10; j++) {
    const w = words[j];
    // ("whether the sample is positive or negative": the answer the test shows)
    if (w.w === '.' || w.w === ';' || (w.tag === 'verb' && w.w !== 'detected') || (w.tag === 'sub' && w.w !== 'whether')) return -1;
    // "a qualitative result", "qualitative results for each target"
    if (w.w === 'qualitative' && V.RESULT_NOUNS.has(words[j + 1]?.w ?? '')) return j + 1;
    const opposite = OPPOSITES[w.w];
    if (opposite === undefined) continue;
    // the opposite answer after "or" within a few words; "detected or not detected" needs its "not"
    // (quoted answers take more words: "'Signal Detected' or 'No Signal Detected'")
    for (let i = j + 1; i < words.length && i <= j + 9; i++) {
      if (words[i].w === '.' || words[i].w === ';') return -1;
      // (the answers in a list: "positive, negative or invalid")
      if (words[i].w !== opposite || !words.slice(j + 1, i).some((x) => x.w === 'or' || x.w === ',')) continue;
      // (or its "no": "Cancer Signal Detected or No Cancer Signal Detected", stop 35)
      if (opposite === 'detected' && words[i - 1].w !== 'not' && words[j - 1]?.w !== 'not' && !words.slice(j + 1, i).some((x) => x.w === 'no')) continue;
      // the answer's noun after it belongs to it ("a positive or negative result"); any other noun makes the pair a
      // quality of something else ("positive or negative feedback on the posture")
      const after = words[i + 1];
      if (after && V.RESULT_NOUNS.has(after.w)) return i + 1;
      if (after && (after.tag === 'noun' || after.tag === 'adj') && !/^(low|high|reduced|elevated)-/.test(after.w)) return -1;
      return i;
    }
  }
  return -1;
}

/**
 * The last word of a test's own qualitative answer given by the issuing verb at k, or -1. `agentIsPerson`: the verb's
 * subject is a person (who gives a result to someone, not a test issuing it).
 */
export function labAnswer(words: readonly Word[], k: number, agentIsPerson: boolean): number {
  const verb = words[k];
  if (agentIsPerson || verb.tag !== 'verb' || verb.form === 'ed' || verb.form === 'ing' || !ISSUING.has(verb.lemma ?? '')) return -1;
  if (words[k - 1]?.tag === 'be' || words[k - 1]?.tag === 'modal' || words[k - 2]?.tag === 'modal') return -1;
  const end = answerAfter(words, k);
  if (end < 0) return -1;
  // ("a positive or negative low-EF screening result": a quantity past a threshold is a flag on it)
  if (words.slice(k + 1, end + 4).some((w) => V.THRESHOLD_FINDINGS.has(w.w) || /^(low|high|reduced|elevated)-/.test(w.w))) return -1;
  if (words.some((w) => NOT_THIS_ANSWER.has(w.w) || (w.tag === 'verb' && RESULT_CHECKS.has(w.lemma ?? '')))) return -1;
  // (not one who only loads the sample: "the operator loads the cartridge and the system reports …" (stop 57))
  if (words.some((w, i) => ((V.PHYSICIAN_NOUNS.has(w.w) && w.w !== 'reader' && w.w !== 'user' && w.w !== 'users') || RESULT_READERS.has(w.w)) && !loadsSample(words, i)) || words.some((w) => QUANTITY_WORDS.has(w.w))) return -1;
  // (a denial or hedge up to the answer; what a later clause cannot do leaves it: "…; it cannot say which variant is present")
  const upTo = words.slice(0, end + 1);
  // ("… or No Signal Detected": a "no" inside the answer, after the issuing verb, is part of it)
  if (upTo.some((w, i) => ((V.DENY_OR_HEDGE.has(w.w) && w.w !== 'not' && !(w.w === 'no' && i > k + 1 && words[end].w === 'detected')) || w.w === 'never'))) return -1;
  // ("not" only as part of the answer: "MTB not detected")
  if (upTo.some((w, i) => w.w === 'not' && words[i + 1]?.w !== 'detected')) return -1;
  return end;
}
