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
const READING_PLACES: ReadonlySet<string> = new Set(['worklist', 'worklists', 'queue', 'queues', 'review', 'reading', 'interpretation', 'reads',
  // screening's reading by the radiologists: "removed from screen-reading" (stop 37)
  'screen-reading', 'double-reading']);
/** Verbs of sending a case on to be read: "are not sent for reading". */
const SENDING: ReadonlySet<string> = new Set(['send', 'pass', 'forward', 'route', 'refer', 'queue']);
/** Qualifiers of the reading nobody needs: "no human reading", "no further review". */
const NO_READING_QUALIFIERS: ReadonlySet<string> = new Set(['human', 'manual', 'expert', 'further', 'physician', 'radiologist', 'pathologist', 'clinician']);
/** Verdicts that make a case one the software closed: "the model calls benign", "classed as normal". */
const VERDICTS: ReadonlySet<string> = new Set(['normal', 'negative', 'benign', 'cancer-free', 'low-risk', 'clear', 'unremarkable', 'non-referable', 'healthy', 'disease-free']);
/** Verbs of closing a case: "closed without review", "archived without being read". */
const CLOSING: ReadonlySet<string> = new Set(['closed', 'archived', 'released', 'filed', 'discharged', 'finalised', 'finalized', 'signed']);

/** Whether the sentence, before k, names a verdict of the software's on the cases (no person's): "the model calls benign". */
function verdictBefore(words: readonly Word[], k: number): boolean {
  // (a verdict, not a kind of thing: "marked normal priority")
  // (or a score under the software's threshold: "exams below the chosen threshold are removed from reading", stop 37)
  return words.slice(0, k).some((w, i) => (VERDICTS.has(w.w) && words[i + 1]?.tag !== 'noun') || belowThreshold(words, i)) && !words.slice(0, k).some((w) => V.PHYSICIAN_NOUNS.has(w.w) && !V.AMBIGUOUS_HUMANS.has(w.w));
}

/** Words of a score's cut-off. */
const THRESHOLDS: ReadonlySet<string> = new Set(['threshold', 'thresholds', 'cut-off', 'cutoff', 'cut-point', 'cutpoint', 'cut-offs', 'cutoffs']);
/** "below the (chosen) threshold", "under a cut-off": at i. */
function belowThreshold(words: readonly Word[], i: number): boolean {
  if (words[i].w !== 'below' && words[i].w !== 'under') return false;
  // (not the data's own quality: "images under the quality threshold are removed from the worklist")
  for (let j = i + 1; j < words.length && j <= i + 4; j++) {
    if (words[j].w === 'quality' || words[j].w === 'noise' || words[j].w === 'signal') return false;
    if (THRESHOLDS.has(words[j].w)) return true;
  }
  return false;
}

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
  const near = [clause.subject - 1, clause.subject, v + 1, v + 2, v + 3].filter((i) => i >= 0 && i < words.length);
  return near.some((i) => NOT_CASES.has(words[i].w));
}

/** A study's past ("were excluded from reader review in the validation study"): a past passive, which describes the design. */
function studyPast(words: readonly Word[], clause: Clause, k: number): boolean {
  return words.slice(Math.max(clause.from, k - 3), k).some((w) => w.w === 'was' || w.w === 'were');
}

/** A person's reading the act waits for: "only after a radiologist confirms they are normal". */
function waitsForReader(words: readonly Word[], from: number): boolean {
  for (let j = from; j < words.length && j <= from + 10; j++) if (personAt(words[j]) && words.slice(Math.max(from, j - 4), j).some((w) => w.w === 'after' || w.w === 'once' || w.w === 'until' || w.w === 'when')) return true;
  return false;
}

/** "… removed from the worklist and read by a second radiologist": a reader's look named after the act, a few words on. */
function readAfter(words: readonly Word[], from: number): boolean {
  for (let j = from; j < words.length - 1 && j <= from + 8; j++) if (LOOKED_AT.has(words[j].w) && words[j + 1].w === 'by' && words.slice(j + 2, j + 5).some((w) => readerAt(w))) return true;
  return false;
}

/** Readers a product may take the place of: "the second reader", "a radiologist". */
function readerAt(word: Word | undefined): boolean {
  return word !== undefined && (word.w === 'reader' || word.w === 'readers' || (V.PHYSICIAN_NOUNS.has(word.w) && !V.AMBIGUOUS_HUMANS.has(word.w)));
}

/** Words of a study's design: "only in the simulation arm of the study". */
const STUDY_ARMS: ReadonlySet<string> = new Set(['simulation', 'simulated', 'retrospective', 'retrospectively']);

/** Words that pick one reader of several: "the second reader", "the first of the two readers". */
const READER_ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'human', 'one', 'of', 'two', 'other']);

/** Forms of "stand in for". */
const STANDING: ReadonlySet<string> = new Set(['stand', 'stands', 'stood', 'standing']);

/** "replaces the second reader", "takes the place of the second radiologist", "stands in for", "in place of": the reader's index, or -1. */
function replacedReader(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  if (words[k].w.startsWith('take') || words[k].w === 'took') {
    if (words[k + 1]?.w !== 'the' || words[k + 2]?.w !== 'place' || words[k + 3]?.w !== 'of') return -1;
    j = k + 4;
  } else if (STANDING.has(words[k].w) && words[k + 1]?.w === 'in' && words[k + 2]?.w === 'for') {
    // "stands in for the second reader"
    j = k + 3;
  } else if (words[k].w === 'in' && words[k + 1]?.w === 'place' && words[k + 2]?.w === 'of') {
    // "produces the first read in place of a radiologist"
    j = k + 3;
  } else if ((words[k].lemma ?? words[k].w) !== 'replace') return -1;
  // (an ordinal picks one of the readers: "the first of the two readers", "one of the two radiologists", stop 37)
  for (let i = j; i < to && i <= j + 5; i++) {
    if (readerAt(words[i])) return words[i + 1]?.tag === 'noun' ? -1 : i;
    if (words[i].tag !== 'det' && words[i].tag !== 'adj' && words[i].tag !== 'num' && !READER_ORDINALS.has(words[i].w)) return -1;
  }
  return -1;
}

/**
 * Whether the review noun at k is the place a case is taken out of ("excluded from pathologist review", "removed from
 * radiologist review"): this stage reads it, and the review is no duty (nor a denied one) to the other stages.
 */
export function exclusionPlace(words: readonly Word[], k: number): boolean {
  for (let b = k - 1; b >= 1 && b >= k - 4; b--) {
    if (words[b].w === 'from' || words[b].w === 'off') {
      for (let v = b - 1; v >= 0 && v >= b - 6; v--) if (TAKING_OUT.has(lemmaOf(words[v]))) return true;
      return false;
    }
  }
  return false;
}

/** Whether the word at k opens one of this stage's readings (for the stage that drops the reading of the remaining cases). */
export function isExclusionAct(words: readonly Word[], k: number): boolean {
  const word = words[k];
  if (!word) return false;
  const lemma = lemmaOf(word);
  return TAKING_OUT.has(lemma) || SENDING.has(lemma) || lemma === 'need' || lemma === 'require' || lemma === 'replace' || word.w.startsWith('take') || word.w === 'took' || STANDING.has(word.w) || word.w === 'in';
}

export function excludedFromReadingCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged) return;
  // A person who takes a case out acts on their own list.
  if (clause.subject >= 0 && personAt(words[clause.subject])) return;
  for (let k = clause.from; k < clause.to; k++) {
    const word = words[k];
    const lemma = lemmaOf(word);
    const negated = scope.negated[k - clause.from] ?? false;
    // "removed from the radiologist's worklist", "taken off the worklist", "filtered out of the queue"
    // (the tagger may read the participle as an adjective: "and taken off the worklist")
    if ((word.tag === 'verb' || (word.tag === 'adj' && word.form === 'ed')) && TAKING_OUT.has(lemma) && !negated) {
      let j = k + 1;
      while (j < clause.to && j <= k + 6 && words[j].w !== 'from' && words[j].w !== 'off' && words[j].w !== 'of') j++;
      if (j >= clause.to || j > k + 6) continue;
      // "takes no images off the reading worklist": the triage boilerplate, with its object denied.
      if (words.slice(k + 1, j).some((w) => w.w === 'no' || w.w === 'none' || w.w === 'nothing' || w.w === 'never')) continue;
      const place = readingPlaceAfter(words, j + 1, clause.to);
      if (place < 0 || notACase(words, clause, k) || studyPast(words, clause, k) || !verdictBefore(words, k) || waitsForReader(words, place + 1) || readAfter(words, place + 1)) continue;
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
      if (clause.subject < 0 || personAt(words[clause.subject]) || notACase(words, clause, k) || !verdictBefore(words, k)) continue;
      out.push({ kind: 'autonomous', first: k, last: k + 2 });
      return;
    }
    // "closed without review", "archived without being read": a case the software called normal, closed unread.
    if (CLOSING.has(word.w) && words[k + 1]?.w === 'without' && !negated && !(k > clause.from && scope.negated[k - 1 - clause.from]) && verdictBefore(words, k) && !studyPast(words, clause, k)) {
      let r = k + 2;
      if (words[r]?.w === 'being') r++;
      while (words[r]?.tag === 'det' || words[r]?.tag === 'adj') r++;
      const w = words[r]?.w ?? '';
      // ("archived without being read again": read before; "… only after a radiologist has signed them off")
      if ((READING_PLACES.has(w) || w === 'read' || w === 'reviewed' || w === 'interpreted') && words[r + 1]?.w !== 'again' && !waitsForReader(words, r + 1)) {
        out.push({ kind: 'autonomous', first: k, last: r });
        return;
      }
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

/**
 * The product taking a reader's place, read over the sentence's words (the tagger often takes "stands" for a noun, and a
 * participle after a comma has no subject of its own): "the AI stands in for the second reader", "producing the first
 * read in place of a radiologist", "replaces the second radiologist". Not when denied or hedged just before ("is not
 * meant to replace the radiologist", "may stand in for"), nor when a person is the one who stands in.
 */
export function replacedReaderCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let k = 1; k < words.length; k++) {
    const reader = replacedReader(words, k, words.length);
    if (reader < 0) continue;
    const before = words.slice(Math.max(0, k - 5), k);
    // (and a contrast: "acts as an assistant rather than replacing the dentist", "instead of replacing")
    if (before.some((w) => V.DENY_OR_HEDGE.has(w.w) || w.w === 'rather' || w.w === 'than' || w.w === 'instead' || w.w === 'without')) continue;
    // (a denial anywhere before it: "has never at any point suggested that its algorithm stands in for …"; a study's arm)
    // ("Nothing in the tool replaces the radiologist's read" (stop 33): a subject that is nothing denies it too.)
    if (words.slice(0, k).some((w) => w.w === 'never' || w.w === 'not' || w.w === "n't" || w.w === 'no' || w.w === 'nothing' || w.w === 'neither')) continue;
    if (words.some((w) => STUDY_ARMS.has(w.w))) continue;
    // The doer: the nearest person or machine noun before the act.
    let doer: Word | undefined;
    // ("reader" names the role taken, either's: "the AI serves as the first reader, producing …")
    for (let b = k - 1; b >= 0 && !doer; b--) if (words[b].w !== 'reader' && words[b].w !== 'readers' && (personAt(words[b]) || V.SOFTWARE_NOUNS.has(words[b].w) || words[b].w === 'ai')) doer = words[b];
    if (!doer || personAt(doer)) continue;
    out.push({ kind: 'autonomous', first: k, last: reader });
    return;
  }
}

/** Verbs of a conclusion or its release, after the opening with no reader. */
const CONCLUDING: ReadonlySet<string> = new Set(['decide', 'determine', 'diagnose', 'report', 'issue', 'release', 'classify', 'conclude', 'grade', 'close', 'label', 'declare', 'clear', 'sign']);

/** Gerunds of a reader going over the data: "without an ophthalmologist looking at the images". */
const READING_GERUNDS: ReadonlySet<string> = new Set(['looking', 'reading', 'reviewing', 'seeing', 'checking', 'interpreting', 'examining', 'viewing']);

/** The reader of "without a radiologist reading …" from j (past determiners and adjectives), when a reading gerund follows it; else -1. */
export function readerReadingAt(words: readonly Word[], j: number, anyone: boolean): number {
  while (words[j]?.tag === 'det' || words[j]?.tag === 'adj') j++;
  if (!words[j] || !(V.PHYSICIAN_NOUNS.has(words[j].w) || (anyone && words[j].w === 'anyone'))) return -1;
  return READING_GERUNDS.has(words[j + 1]?.w ?? '') ? j : -1;
}

/**
 * A sentence that opens on no reader ("Without an ophthalmologist looking at the images, ROPGuard decides …", stop 30):
 * the software's act after the comma takes effect unread. Only when a product, not a person, acts after the comma.
 */
export function unreadOpeningCue(words: readonly Word[], out: WordCue[]): void {
  if (words[0]?.w !== 'without' || out.some((c) => c.kind === 'autonomous')) return;
  const reader = readerReadingAt(words, 1, true);
  if (reader < 0) return;
  const gerund = reader + 1;
  let comma = gerund + 1;
  while (comma < words.length && words[comma].w !== ',' && comma <= gerund + 6) comma++;
  if (words[comma]?.w !== ',') return;
  // The actor after the comma: a product (or a capitalised name), not a person.
  let s = comma + 1;
  while (words[s]?.tag === 'det' || words[s]?.tag === 'adj') s++;
  const actor = words[s];
  if (!actor || personAt(actor) || !(V.SOFTWARE_NOUNS.has(actor.w) || actor.tag === 'name' || actor.cap === true)) return;
  // (only a conclusion or its release: "flags the case for review" or "measures the ratio" keeps its own class)
  if (words[s + 1]?.tag !== 'verb' || !CONCLUDING.has(words[s + 1].lemma ?? words[s + 1].w)) return;
  out.push({ kind: 'autonomous', first: 0, last: gerund });
}

/**
 * The same after the act (stop 32): "Our model reports the chest X-rays that have no findings on its own, without a
 * radiologist reading them", "issues the result, without a clinician reviewing it". A conclusion the software releases,
 * then nobody reads. Only when the nearest doer before the verb is the product, with no person, denial or hedge before it.
 */
export function unreadClosingCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let w = 2; w < words.length - 2; w++) {
    if (words[w].w !== 'without') continue;
    const j = readerReadingAt(words, w + 1, false);
    if (j < 0) continue;
    // the concluding verb before "without", within its stretch of the sentence
    for (let k = w - 1; k >= 0 && k >= w - 16; k--) {
      const word = words[k];
      if (word.w === ';' || word.w === ':' || personAt(word)) return;
      if (word.tag !== 'verb' || word.form === 'ing' || word.form === 'ed' || !CONCLUDING.has(word.lemma ?? word.w)) continue;
      // (a denial or hedge anywhere, "but not without a radiologist reading them"; a person before the act, or one after
      // the unread phrase who confirms it: "…, which the radiologist later confirms")
      if (words.slice(0, k).some((x) => V.DENY_OR_HEDGE.has(x.w) || x.w === 'not' || x.w === 'never' || personAt(x))) return;
      if (words[w - 1]?.w === 'not' || words[w - 1]?.w === 'never' || words.some((x) => x.w === 'preliminary' || V.HEDGES.has(x.w))) return;
      if (words.slice(j + 2).some((x) => personAt(x))) return;
      let doer: Word | undefined;
      for (let b = k - 1; b >= 0 && !doer; b--) if (V.SOFTWARE_NOUNS.has(words[b].w) || words[b].w === 'ai' || words[b].tag === 'name') doer = words[b];
      if (!doer) return;
      out.push({ kind: 'autonomous', first: k, last: j + 1 });
      return;
    }
  }
}

/** Verbs by which the software gives a case its verdict: "the software classifies as negative", "calls normal". */
const VERDICT_GIVING: ReadonlySet<string> = new Set(['classify', 'call', 'label', 'grade', 'mark', 'deem', 'judge', 'rate', 'report', 'categorize', 'categorise', 'class', 'flag']);
/** Participles of a reader's look: "are not reviewed by a cytologist", "never read by a radiologist". */
const LOOKED_AT: ReadonlySet<string> = new Set(['reviewed', 'read', 'seen', 'checked', 'examined', 'viewed', 'looked', 'overread', 'over-read', 're-read', 'reread', 'screened']);

/**
 * "Smears that the software classifies as negative are not reviewed by a cytologist", "Studies the software calls normal
 * are never read by a radiologist" (stop 32): the software's verdict on a case, and no physician looks at those cases. The
 * verdict takes effect unread, which Appendix S calls autonomous. Only with the product as the one giving the verdict,
 * a normal verdict word, and the denial on the reader's look (not "are not closed until a radiologist has read them").
 */
export function unreviewedVerdictCue(words: readonly Word[], out: WordCue[]): void {
  // (the reader's look first: most sentences have none, and then the verdict verbs are not looked for)
  if (out.some((c) => c.kind === 'autonomous') || !words.some((w) => LOOKED_AT.has(w.w))) return;
  for (let k = 1; k < words.length - 4; k++) {
    const lemma = words[k].lemma ?? words[k].w.replace(/e?s$/, '');
    if (!VERDICT_GIVING.has(lemma) || words[k].form === 'ing') continue;
    // the product just before the verb ("the software classifies", "the AI calls"), no person
    const doer = words[k - 1];
    if (!doer || !(V.SOFTWARE_NOUNS.has(doer.w) || doer.w === 'ai' || doer.w === 'it' || doer.tag === 'name')) continue;
    let verdict = -1;
    for (let j = k + 1; j < words.length && j <= k + 3; j++) if (VERDICTS.has(words[j].w)) verdict = j;
    if (verdict < 0) continue;
    for (let j = verdict + 1; j < words.length && j <= verdict + 6; j++) {
      if (words[j].w !== 'not' && words[j].w !== 'never') continue;
      let p = j + 1;
      while (words[p]?.tag === 'adv' || words[p]?.tag === 'be') p++;
      if (!LOOKED_AT.has(words[p]?.w ?? '') || words[p + 1]?.w !== 'by') break;
      let r = p + 2;
      while (words[r]?.tag === 'det' || words[r]?.tag === 'adj') r++;
      if (!words[r] || !V.PHYSICIAN_NOUNS.has(words[r].w)) break;
      out.push({ kind: 'autonomous', first: k, last: p });
      return;
    }
  }
}

/** Participles of a choice: "the one chosen by the software", "settings adjusted by the software". */
const CHOSEN: ReadonlySet<string> = new Set(['chosen', 'selected', 'picked', 'decided', 'determined', 'set', 'adjusted']);
/** What a care decision chooses. */
const CARE_CHOICES: ReadonlySet<string> = new Set([
  'dose', 'doses', 'dosage', 'dosing', 'embryo', 'embryos', 'spermatozoon', 'spermatozoa', 'sperm', 'oocyte', 'oocytes', 'egg', 'eggs', 'drug', 'drugs',
  'medication', 'medications', 'insulin', 'therapy', 'treatment', 'regimen', 'implant', 'lens', 'stimulation', 'settings', 'setting', 'rate', 'infusion',
]);
/** Words that put a person's review or choice after the software's: "then reviewed", "who then chooses", "can override them". */
const OVERSIGHT_AFTER: ReadonlySet<string> = new Set(['reviewed', 'approved', 'approve', 'confirmed', 'confirm', 'override', 'overrides', 'overridden', 'chooses', 'decides', 'checked', 'accepted', 'accept', 'verified']);

/**
 * A choice the software makes in a clinician's stead (stop 31): "the spermatozoon injected is the one chosen by the software
 * rather than one picked by the embryologist", "the dose given is the one set by the algorithm instead of by the
 * physician". The software, not the person it is set against, makes the care decision. Not when denied before it ("is
 * not chosen by the software"), nor when a person does the choosing first ("chosen by the embryologist rather than by the
 * software").
 */
export function choiceInsteadOfPersonCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  for (let k = 1; k < words.length - 3; k++) {
    if (!CHOSEN.has(words[k].w) || words[k + 1].w !== 'by') continue;
    // Only a care decision ("the dose", "the embryo", "the ventilator settings"), not a display or a worklist order; and not
    // when a person reviews, approves or overrides it afterwards ("…, but must be approved by the oncologist").
    if (!words.some((w) => CARE_CHOICES.has(w.w)) || words.some((w) => OVERSIGHT_AFTER.has(w.w))) return;
    let j = k + 2;
    while (words[j]?.tag === 'det' || words[j]?.tag === 'adj') j++;
    const chooser = words[j];
    if (!chooser || personAt(chooser) || !(V.SOFTWARE_NOUNS.has(chooser.w) || chooser.w === 'ai' || chooser.tag === 'name')) continue;
    if (words.slice(Math.max(0, k - 4), k).some((w) => V.DENY_OR_HEDGE.has(w.w))) continue;
    // The person set against it, after "rather than", "instead of" or ", not".
    const contrast = words.findIndex((w, i) => i > j && i <= j + 3 && (w.w === 'rather' || w.w === 'instead' || w.w === 'not'));
    if (contrast < 0) continue;
    if (!words.slice(contrast + 1, contrast + 8).some((w) => personAt(w))) continue;
    out.push({ kind: 'autonomous', first: k, last: j });
    return;
  }
}


/** Passive verbs by which a case leaves with its verdict: "reported as normal", "signed out as negative", "returned as clear". */
const LEAVING_AS: ReadonlySet<string> = new Set(['reported', 'issued', 'returned', 'released', 'closed', 'filed', 'signed', 'discharged', 'finalised', 'finalized', 'cleared']);
/** Cases a product can close: studies, exams, images, slides, smears, patients' tests. */
const CASES: ReadonlySet<string> = new Set(['exam', 'exams', 'examination', 'examinations', 'study', 'studies', 'scan', 'scans', 'image', 'images', 'mammogram', 'mammograms',
  'radiograph', 'radiographs', 'case', 'cases', 'slide', 'slides', 'smear', 'smears', 'sample', 'samples', 'test', 'tests', 'screen', 'screens', 'those', 'ones', 'they', 'x-rays', 'films']);
/** Forms of "reach" and its kin, for a case that never gets to a reader. */
const REACHING: ReadonlySet<string> = new Set(['reach', 'reaches', 'reached', 'get', 'gets', 'go', 'goes']);

/** Whether a person, a denial or a hedge comes before k (then the case's fate is not the software's). */
function personOrDenialBefore(words: readonly Word[], k: number): boolean {
  return words.slice(0, k).some((w) => (V.PHYSICIAN_NOUNS.has(w.w) && !V.AMBIGUOUS_HUMANS.has(w.w)) || V.DENY_OR_HEDGE.has(w.w) || w.w === 'not' || w.w === "n't" || w.w === 'if' || V.HEDGES.has(w.w));
}

/**
 * Cases the software closes with a verdict nobody reads (stop 37): "studies below the threshold are reported as normal
 * automatically", "exams unlikely to hold cancer are reported as normal and never reach a radiologist", "low-scoring
 * exams never reach a radiologist". The verdict takes effect unread, which Appendix S reads as autonomous. The verdict
 * must go out by itself (a machine adverb, or no reader to reach); a person before it, a denial or a hedge keeps it no
 * cue ("cases reported as normal by the radiologists", "normal exams are not reported automatically").
 */
export function closedUnreadCue(words: readonly Word[], out: WordCue[]): void {
  // (not a study's arm, nor a failure: "only in the simulation arm", "during a network outage")
  if (out.some((c) => c.kind === 'autonomous') || words.some((w) => STUDY_ARMS.has(w.w) || FAILURES.has(w.w))) return;
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k].w;
    // "… are reported as normal automatically" (a case, passive, a verdict, a machine adverb or "never reach" after it)
    if (LEAVING_AS.has(w) && (words[k - 1]?.tag === 'be' || (words[k - 1]?.tag === 'adv' && words[k - 2]?.tag === 'be'))) {
      let as = k + 1;
      if (words[as]?.w === 'out') as++;
      if (words[as]?.w !== 'as' || !VERDICTS.has(words[as + 1]?.w ?? '')) continue;
      if (personOrDenialBefore(words, k)) return;
      // ("reported as normal by the radiologist": a person's verdict)
      if (words[as + 2]?.w === 'by') continue;
      const around = words.slice(Math.max(0, k - 2), Math.min(words.length, as + 5));
      const bySelf = around.some((x) => V.MACHINE_ADVERBS.has(x.w)) || neverReachesReader(words, as + 2) >= 0;
      if (!bySelf) continue;
      out.push({ kind: 'autonomous', first: k, last: as + 1 });
      return;
    }
    // "… and never reach a radiologist", "low-scoring exams never reach a reader"
    if (w === 'never' && REACHING.has(words[k + 1]?.w ?? '')) {
      const reader = neverReachesReader(words, k);
      if (reader < 0 || personOrDenialBefore(words, k)) continue;
      // the subject's head is a case, not a patient or an alert ("alerts on these studies never reach …" is about alerts)
      if (!CASES.has(words[subjectHeadBefore(words, k)]?.w ?? '')) continue;
      out.push({ kind: 'autonomous', first: k, last: reader });
      return;
    }
  }
}

/** Words of something going wrong, not of the design: "during a network outage", "if the interface fails". */
const FAILURES: ReadonlySet<string> = new Set(['outage', 'outages', 'failure', 'failures', 'fails', 'fail', 'offline', 'downtime', 'error', 'errors']);

/** The head of the noun phrase that ends right before k, past a prepositional phrase on it ("alerts on these studies"). */
function subjectHeadBefore(words: readonly Word[], k: number): number {
  let j = k - 1;
  while (j >= 0 && words[j].tag === 'adv') j--;
  const head = j;
  while (j >= 0 && (words[j].tag === 'noun' || words[j].tag === 'adj' || words[j].tag === 'det' || words[j].tag === 'num' || words[j].tag === 'name')) j--;
  // "alerts on these studies": the head is before the preposition
  if (j >= 1 && words[j].tag === 'prep' && (words[j - 1].tag === 'noun' || words[j - 1].tag === 'name')) return j - 1;
  return head;
}

/** The reader of "never reach(es) a radiologist" from the "never" at k (or within a few words after it), or -1. */
function neverReachesReader(words: readonly Word[], from: number): number {
  for (let k = from; k < words.length && k <= from + 3; k++) {
    if (words[k].w !== 'never' || !REACHING.has(words[k + 1]?.w ?? '')) continue;
    let r = k + 2;
    if (words[r]?.w === 'to') r++;
    while (words[r]?.tag === 'det' || words[r]?.tag === 'adj') r++;
    return readerAt(words[r]) ? r : -1;
  }
  return -1;
}
