/**
 * The cases the software does not close, read as before (stop 30): "All other examinations are interpreted by
 * radiologists in the usual way", "the remaining slides stay with the pathologist", or, in the sentence that takes the
 * normal cases out of the reading, "… are not sent for reading, while uncertain examinations go to a radiologist". The
 * physician reads what the software left, which is how an autonomous triage-out service works; it is no reading of the
 * software's output, so no `physician-interprets` cue.
 *
 * Only for the rest of the cases ("other", "remaining", "the rest of"), or beside the software's own exclusion in the same
 * sentence: "flagged studies are read by the radiologist" keeps its reading.
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import { isExclusionAct } from './excluded';
import * as V from './vocabulary';

/** Cases a reader may be left with. */
const CASES: ReadonlySet<string> = new Set([
  'examinations', 'exams', 'studies', 'slides', 'cases', 'images', 'scans', 'films', 'radiographs', 'mammograms', 'recordings',
  'tracings', 'samples', 'specimens', 'photographs', 'episodes', 'patients',
]);
/** Words that make the cases the rest: "all other examinations", "the remaining slides". */
const REST: ReadonlySet<string> = new Set(['other', 'remaining', 'rest']);

/** Whether the sentence opens on the rest of the cases: "All other examinations …", "The rest of the slides …". */
function opensOnTheRest(words: readonly Word[]): boolean {
  let rest = false;
  for (let j = 0; j < words.length && j <= 6; j++) {
    const w = words[j].w;
    if (REST.has(w)) rest = true;
    else if (CASES.has(w)) return rest;
    else if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && w !== 'of' && w !== 'all') return false;
  }
  return false;
}

/** Verbs by which the software takes a case out of the reading: "rule out", "clear", "exclude". */
const CLOSING_OUT: ReadonlySet<string> = new Set(['rule', 'clear', 'exclude', 'dismiss']);
/** Words that deny the software's closing: "does not rule it out", "cannot clear". */
const NOT_CLOSED: ReadonlySet<string> = new Set(['not', "n't", 'cannot', 'never']);

/**
 * Whether the sentence opens on the cases the software did not close (stop 34): "If the algorithm does not rule an exam out,
 * …", "When the software cannot clear a study, …", "Exams it does not rule out are …". The denied closing stands before the
 * reading, within the sentence's first dozen words.
 */
function opensOnTheUnclosed(words: readonly Word[]): boolean {
  const first = words[0]?.w ?? '';
  const condition = first === 'if' || first === 'when' || first === 'where' || first === 'whenever' || first === 'for' || CASES.has(first);
  if (!condition) return false;
  // (every case read anyway, or flagged ones read first, is a reading of the output: "or even if it does", "the flagged image")
  if (words.some((w) => w.w === 'even' || w.w === 'every' || w.w === 'flagged' || w.w === 'marked' || w.w === 'markings' || w.w === 'marks')) return false;
  let software = false;
  for (let j = 1; j < words.length && j <= 12; j++) {
    if (words[j].w === ';' || words[j].w === '.') return false;
    if (V.SOFTWARE_NOUNS.has(words[j].w) || words[j].w === 'it') software = true;
    if (!NOT_CLOSED.has(words[j].w)) continue;
    // (the software's closing denied, not a clinician's: "If the referring clinician does not rule out infection")
    if (!software) return false;
    for (let v = j + 1; v < words.length && v <= j + 3; v++) {
      const lemma = words[v].lemma ?? words[v].w;
      if (!CLOSING_OUT.has(lemma)) continue;
      // what is not closed is a case ("an exam", "the study", "it"), not a finding ("a pneumothorax"); "rule … out" may
      // hold the case between its words ("does not rule an exam out")
      const object = words.slice(v + 1, v + 5).find((w) => w.tag !== 'det' && w.w !== 'out' && w.tag !== 'adj');
      const caseObject = first === 'for' || CASES.has(first) || (object !== undefined && (V.READ_CASES.has(object.w) || object.w === 'it' || object.w === 'them'));
      if (!caseObject) return false;
      if (lemma === 'rule') return words.slice(v + 1, v + 5).some((w) => w.w === 'out');
      return true;
    }
  }
  return false;
}


/** Phrases of the usual reading: "in the usual way", "as usual", "as before", "as normal". */
function readAsUsual(words: readonly Word[]): boolean {
  return words.some((w, j) => (w.w === 'usual' && (words[j - 1]?.w === 'as' || words[j + 1]?.w === 'way')) || (w.w === 'as' && (words[j + 1]?.w === 'before' || words[j + 1]?.w === 'normal') && words[j + 2]?.tag === 'punct'));
}

/** "Otherwise, a radiologist reads the exam in the usual way" (stop 34): the other branch, read as it always was. */
function otherwiseAsUsual(words: readonly Word[]): boolean {
  return words[0]?.w === 'otherwise' && readAsUsual(words) && !words.some((w) => w.w === 'flagged' || w.w === 'marked' || w.w === 'first');
}

/** Drops the reading of the rest of the cases; true when it did (the statistical reading then leaves the sentence alone too). */
export function readOfTheRest(words: readonly Word[], out: WordCue[]): boolean {
  if (!out.some((c) => c.kind === 'physician-interprets')) return false;
  const besideExclusion = out.some((c) => c.kind === 'autonomous' && isExclusionAct(words, c.first));
  // (A duty on the rest is still a reading: "All other images in the series must be reviewed before the report is signed".)
  // ("as before" ends the sentence: the usual way, no gate)
  const duty = words.some((w, j) => w.w === 'must' || w.w === 'should' || ((w.w === 'before' || w.w === 'until') && words[j + 1] !== undefined && words[j + 1].tag !== 'punct'));
  if (!besideExclusion && (duty || (!opensOnTheRest(words) && !opensOnTheUnclosed(words) && !otherwiseAsUsual(words)))) return false;
  for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'physician-interprets') out.splice(i, 1);
  return !besideExclusion;
}
