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

/** Drops the reading of the rest of the cases; true when it did (the statistical reading then leaves the sentence alone too). */
export function readOfTheRest(words: readonly Word[], out: WordCue[]): boolean {
  if (!out.some((c) => c.kind === 'physician-interprets')) return false;
  const besideExclusion = out.some((c) => c.kind === 'autonomous' && isExclusionAct(words, c.first));
  // (A duty on the rest is still a reading: "All other images in the series must be reviewed before the report is signed".)
  // ("as before" ends the sentence: the usual way, no gate)
  const duty = words.some((w, j) => w.w === 'must' || w.w === 'should' || ((w.w === 'before' || w.w === 'until') && words[j + 1] !== undefined && words[j + 1].tag !== 'punct'));
  if (!besideExclusion && (duty || !opensOnTheRest(words))) return false;
  for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'physician-interprets') out.splice(i, 1);
  return !besideExclusion;
}
