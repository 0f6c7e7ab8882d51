/**
 * Rhythm verdicts a defibrillator gives on its own (round 16c). A rhythm the device calls shockable, or a
 * rhythm it confirms, is its conclusion that the therapy is due, not a finding for someone to read:
 *
 * - detecting or warning of a shockable rhythm: "warns the rescuer as soon as a shockable rhythm shows up",
 *   "detects shockable rhythms" (read first as a detection or a notification, then raised);
 * - confirming a named rhythm: "the advisory function serves to confirm ventricular fibrillation".
 *
 * Both are gated cheaply: the first looks only past the few detection cues a sentence has, the second
 * only at a clause's verbs.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of finding or telling that, with a shockable rhythm, give the device's verdict. */
const NOTICING: ReadonlySet<string> = new Set(['detect', 'identify', 'recognize', 'recognise', 'find', 'spot', 'warn', 'alert', 'notify', 'signal', 'flag']);
/** The words that make a rhythm one the device calls for a shock ("non-shockable" is one token, a verdict of no shock, left as it reads). */
const SHOCK_VERDICTS: ReadonlySet<string> = new Set(['shockable']);
/** How far past the verb the rhythm may be named: "warns the responder as soon as a possibly shockable rhythm". */
const VERDICT_REACH = 12;
/** Verbs before "to confirm" that hand the confirming to the person they name, or make it an aid. */
const NOT_OWN_CONFIRMING: ReadonlySet<string> = new Set([...V.HELP_VERBS, 'allow', 'let', 'enable', 'permit', 'ask', 'prompt', 'remind']);

/** Raises a software detection or warning cue to autonomous when it names a shockable rhythm. */
export function shockableVerdicts(words: readonly Word[], cues: WordCue[]): void {
  for (const cue of cues) {
    if (cue.kind !== 'assistive' || !NOTICING.has(words[cue.first].lemma ?? '')) continue;
    for (let j = cue.last + 1; j < words.length && j <= cue.last + VERDICT_REACH; j++) {
      const w = words[j].w;
      if (w === '.' || w === ';' || w === ':') break;
      if (SHOCK_VERDICTS.has(w)) {
        cue.kind = 'autonomous';
        cue.last = j;
        break;
      }
    }
  }
}

/** "The advisory function serves to confirm ventricular fibrillation": the software confirming a named rhythm. */
export function confirmedRhythmCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || scope.hypothetical || scope.hedged) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.lemma !== 'confirm' || verb.form === 'ed' || scope.negated[v - clause.from]) continue;
    // "serves to confirm", "is used to confirm": the verb before "to" is the software's; "helps the physician to confirm" is not.
    const before = words[v - 1];
    if (before?.tag === 'to' && (words[v - 2]?.tag !== 'verb' || NOT_OWN_CONFIRMING.has(words[v - 2].lemma ?? ''))) continue;
    if (before !== undefined && before.tag !== 'to' && before.tag !== 'adv' && v - 1 !== clause.subject) continue;
    for (let j = v + 1; j < clause.to && j <= v + 5; j++) {
      if (words[j].tag === 'verb' || words[j].tag === 'prep' || words[j].tag === 'punct') break;
      if (V.RHYTHM_WORDS.has(words[j].w) && words[j].w !== 'rhythm' && words[j].w !== 'rhythms') {
        out.push({ kind: 'autonomous', first: v, last: j });
        return;
      }
    }
  }
}

/** The order of a reader's work: deciding it is triage, not a decision on the patient. */
const WORK_ORDER: ReadonlySet<string> = new Set(['order', 'sequence', 'queue', 'worklist', 'ranking', 'rank', 'position']);

/**
 * "Which of the modes is active is decided by the algorithm", "the next dose is decided by the controller": a decision
 * the software is the passive's agent of. (The physician's mirror, "must be decided by a qualified physician", is read
 * elsewhere.) Not an order of work: "the reading order is decided by the algorithm" is triage.
 */
export function decidedBySoftwareCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (!clause.passive || scope.hypothetical || scope.hedged) return;
  if (clause.subject >= 0 && (V.ORDERING_NOUNS.has(words[clause.subject].w) || WORK_ORDER.has(words[clause.subject].w))) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.lemma !== 'decide' || verb.form !== 'ed' || scope.negated[v - clause.from]) continue;
    // ("How much energy goes in at each site is decided by the controller" (stop 55): past a subject clause with its own verb,
    // whose words the clause analysis does not reach the by-phrase across, the machine right after "by")
    const by = clause.byAgent >= 0 && clause.agent === 'software' ? clause.byAgent : machineAfterBy(words, v);
    if (by < v || by > v + 5) continue;
    out.push({ kind: 'autonomous', first: v, last: by });
    return;
  }
}

/** The software or machine named right after "decided by" ("by the controller"), or -1. */
function machineAfterBy(words: readonly Word[], v: number): number {
  if (words[v + 1]?.w !== 'by') return -1;
  let j = v + 2;
  while (j < words.length && j <= v + 4 && (words[j].tag === 'det' || words[j].tag === 'adj')) j++;
  return V.SOFTWARE_NOUNS.has(words[j]?.w ?? '') && words[j + 1]?.tag !== 'noun' ? j : -1;
}

/** A screening's disposition said as one word: "a Pass", "a Refer result", "a rescreen" (the pair "pass or refer" is read in `acts.ts`). */
const DISPOSITIONS: ReadonlySet<string> = new Set(['pass', 'refer', 'referral', 'rescreen', 'fail']);
/** Verbs that hand a disposition to what was screened. */
const ASSIGNING: ReadonlySet<string> = new Set(['assign', 'give', 'issue', 'award', 'return', 'record', 'print', 'display', 'show']);
/** Verbs of the screened one receiving it. */
const RECEIVING: ReadonlySet<string> = new Set(['receive', 'get', 'obtain']);
/** What a screening is of: the ear, the eye, the newborn. */
const SCREENED: ReadonlySet<string> = new Set(['ear', 'ears', 'eye', 'eyes', 'baby', 'babies', 'infant', 'infants', 'newborn', 'newborns', 'child', 'children', 'patient', 'patients', 'participant', 'participants']);
const RESULT_AFTER: ReadonlySet<string> = new Set(['result', 'results', 'outcome', 'outcomes', 'verdict']);

/** The disposition word within a few words after the verb at v (past determiners and quotes), or -1. */
function dispositionAfter(words: readonly Word[], v: number): number {
  let j = v + 1;
  const skip = (): void => {
    while (j < words.length && j <= v + 6 && (words[j].tag === 'det' || words[j].w === '"' || words[j].w === "'" || words[j].w === '“')) j++;
  };
  skip();
  // "gives the infant a Refer result": the screened one first.
  if (SCREENED.has(words[j]?.w ?? '')) j++, skip();
  return DISPOSITIONS.has(words[j]?.w ?? '') && words[j].tag !== 'verb' ? j : -1;
}

/**
 * "assigns a Pass to that ear", "the ear receives a Refer result" (round 18c): a screening's disposition handed to what
 * was screened is the software's verdict, as the older pair "gives a pass or refer result" is. Only with the disposition
 * named as a result ("a Refer result") or handed to the screened one ("to that ear", "the newborn receives …"); "a first
 * pass over the data", "passes the images to the reader" are not.
 */
export function dispositionCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged || clause.agent === 'physician' || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const lemma = words[v].lemma ?? '';
    if (scope.negated[v - clause.from] || words[v].form === 'ed') continue;
    const assigning = ASSIGNING.has(lemma) && clause.agent === 'software';
    const receiving = RECEIVING.has(lemma) && clause.subject >= 0 && clause.subject < v && SCREENED.has(words[clause.subject].w);
    if (!assigning && !receiving) continue;
    const d = dispositionAfter(words, v);
    if (d < 0) continue;
    if (RESULT_AFTER.has(words[d + 1]?.w ?? '')) {
      out.push({ kind: 'autonomous', first: receiving ? clause.subject : v, last: d + 1 });
      return;
    }
    if (receiving) {
      out.push({ kind: 'autonomous', first: clause.subject, last: d });
      return;
    }
    // "assigns a Pass to that ear"
    if (words[d + 1]?.w === 'to') {
      for (let j = d + 2; j < words.length && j <= d + 5; j++) {
        if (SCREENED.has(words[j].w)) {
          out.push({ kind: 'autonomous', first: v, last: j });
          return;
        }
        if (words[j].tag === 'punct' || words[j].tag === 'verb') break;
      }
    }
  }
}

/** Sorting verbs whose answer, when it is a diagnostic verdict, is the software's conclusion (lemmas). */
const SORTING: ReadonlySet<string> = new Set(['classify', 'label', 'categorize', 'categorise', 'sort', 'grade', 'call']);
/** Words of a diagnostic verdict and their opposites: "as normal or abnormal", "as positive or negative for tuberculosis". */
const SORTED_VERDICTS: readonly string[] = ['normal', 'abnormal', 'positive', 'negative'];
const DIAGNOSTIC_VERDICTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  SORTED_VERDICTS.map((verdict) => [verdict, V.VERDICT_OPPOSITES[verdict].filter((opposite) => SORTED_VERDICTS.includes(opposite))]),
);

/** A cut-off a value is sorted against: the answer is then a flag on a quantity. */
const THRESHOLDS: ReadonlySet<string> = V.CUT_OFF_WORDS;
/** Words that make the sort a suggestion, not a verdict: "only as a preliminary suggestion". */
const UNSURE: ReadonlySet<string> = V.UNSURE_WORDS;

/** Whether a diagnostic verdict and its opposite are named right after j ("as normal or abnormal", "as either positive or negative", "as normal, as showing papilledema, or …"). */
function verdictAnswersAfter(words: readonly Word[], j: number): number {
  let a = j;
  while (words[a]?.w === 'either' || words[a]?.tag === 'det') a++;
  const opposite = DIAGNOSTIC_VERDICTS[words[a]?.w ?? ''];
  if (opposite === undefined) return -1;
  // the opposite, or another answer after "or", within the list that follows
  for (let i = a + 1; i < words.length && i <= a + 10; i++) {
    if (opposite.includes(words[i].w) && words.slice(a + 1, i).some((w) => w.w === 'or')) return i;
    // "as normal, as showing papilledema, or as having another abnormality": a list of verdicts, each after "as"
    // (not a scale: "as normal, mild, moderate or severe" grades)
    if (words[i].w === 'or' && words[a + 1]?.w === ',' && words[a + 2]?.w === 'as') return i;
    if (words[i].w === '.' || words[i].w === ';' || words[i].w === ':') return -1;
  }
  return -1;
}

/**
 * "classifies the smear as positive or negative", "labels each recording automatically as normal or abnormal" (stop 32):
 * a case the software itself sorts into a diagnostic verdict and its opposite is its conclusion on that case, which
 * Appendix S calls autonomous; a physician who must read it caps the class elsewhere. Read before the two-valued flags,
 * which would take the pair for a detection flag. Not "as suspicious or not" (triage), not with a physician named in the
 * sentence (who sorts, or reads the sort), and only for the software's own sorting cue.
 */
export function classifiedVerdicts(words: readonly Word[], cues: WordCue[]): void {
  for (const cue of cues) {
    if (cue.kind !== 'augmentative' && cue.kind !== 'assistive') continue;
    const v = SORTING.has(words[cue.first]?.lemma ?? '') ? cue.first : SORTING.has(words[cue.last]?.lemma ?? '') ? cue.last : -1;
    if (v < 0 || words[v].tag !== 'verb' || words[v].form === 'ing') continue;
    let as = -1;
    for (let j = v + 1; j < words.length && j <= v + 8; j++) {
      if (words[j].w === 'as' || words[j].w === 'into') {
        as = j;
        break;
      }
      if (words[j].tag === 'verb' || (words[j].tag === 'punct' && words[j].w !== ',' && words[j].w !== '-')) break;
    }
    const end = as < 0 ? -1 : verdictAnswersAfter(words, as + 1);
    if (end < 0) continue;
    // "as positive or negative for a reduced ejection fraction": a threshold on a quantity flags a finding (round 17b).
    if (words[end + 1]?.w === 'for' && words.slice(end + 2, end + 5).some((w) => V.THRESHOLD_FINDINGS.has(w.w))) continue;
    if (words.slice(end + 1).some((w) => THRESHOLDS.has(w.w))) continue;
    if (words.some((w) => V.PHYSICIAN_NOUNS.has(w.w) && w.w !== 'reader')) return;
    // (not hedged or denied anywhere: "may classify", "is not intended to do so", "only as a preliminary suggestion";
    // nor sorted against a threshold: "as positive or negative against the 99th percentile threshold")
    if (words.some((w) => V.DENY_OR_HEDGE.has(w.w) || w.w === 'not' || w.w === 'never' || UNSURE.has(w.w))) return;
    if (words.slice(Math.max(0, v - 3), v).some((w) => w.tag === 'modal')) return;
    cue.kind = 'autonomous';
    cue.first = Math.min(cue.first, v);
    cue.last = Math.max(cue.last, end);
    // the same words read again as a flag or an answer are this verdict
    for (let i = cues.length - 1; i >= 0; i--) if (cues[i] !== cue && cues[i].kind !== 'autonomous' && cues[i].first >= v && cues[i].last <= end) cues.splice(i, 1);
    return;
  }
}
