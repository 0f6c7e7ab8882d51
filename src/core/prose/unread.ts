/**
 * Nobody reads the output before it takes effect (round 17c): "Nobody reviews the dose before the pump delivers it",
 * "No one checks the new rate before it takes effect". The same fact the sets write as "No clinician reviews … before
 * the pump carries them out" (read elsewhere, through the physician's negated review), said with a pronoun that names
 * no one: the output is acted on unread, the autonomous case.
 *
 * Only as a plain statement followed by the moment the output takes effect ("before …", "until …"): an obligation
 * denied ("No one has to approve each pressure change") or a disclaimer ("Nobody should diagnose from the app alone")
 * says what is not required or not advised, not that nobody reads.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';
import { chosenAlone } from './selfActing';

/** Words after "no" that name no one at all: "no one", "no human", "no person". */
const NO_ONE: ReadonlySet<string> = new Set(['one', 'human', 'humans', 'person', 'people', 'expert', 'experts', 'staff', 'professional', 'professionals', 'reader', 'readers']);
const REVIEWING: ReadonlySet<string> = new Set([...V.REVIEW_VERBS, 'see', 'touch', 'sanction']);
/** Words that open the moment the output takes effect. */
const EFFECT_OPENERS: ReadonlySet<string> = new Set(['before', 'until']);

/** The index of the last word of the "nobody" subject at the clause's start, or -1. */
function nobodySubject(words: readonly Word[], from: number): number {
  const w = words[from]?.w;
  if (w === 'nobody' || w === 'no-one') return from;
  if (w === 'no' && NO_ONE.has(words[from + 1]?.w ?? '')) return from + 1;
  return -1;
}

/** Verbs that say a review happens: "no overread is performed", "no human review takes place" (round 18c). */
const HAPPENING: ReadonlySet<string> = new Set(['perform', 'do', 'carry', 'conduct', 'take', 'happen', 'occur']);
/** Qualifiers of a review noun after "no": "no human review", "no physician over-read". */
const REVIEW_QUALIFIERS: ReadonlySet<string> = new Set(['human', 'manual', 'expert', 'clinical', 'further', 'additional', 'separate', 'second']);

/** "No overread is performed before …", "No human review takes place before …": the review noun's index, or -1. */
function noReviewSubject(words: readonly Word[], clause: Clause): number {
  if (words[clause.from]?.w !== 'no') return -1;
  let j = clause.from + 1;
  while (j < clause.to && j <= clause.from + 3 && (REVIEW_QUALIFIERS.has(words[j].w) || V.PHYSICIAN_NOUNS.has(words[j].w))) j++;
  if (!V.REVIEW_NOUNS.has(words[j]?.w ?? '') || words[j].w === 'input' || words[j].w === 'intervention') return -1;
  // The review happens: "is performed", "takes place", "occurs".
  const verb = clause.verbs.find((v) => v > j);
  if (verb === undefined || !HAPPENING.has(words[verb].lemma ?? '')) return -1;
  if (words[verb].lemma === 'take' && words[verb + 1]?.w !== 'place') return -1;
  return j;
}

/** Outputs whose review a passive denies: "the results are not reviewed by a clinician". */
const OUTPUTS: ReadonlySet<string> = new Set([...V.RESULT_NOUNS, 'outcomes', 'verdicts', 'answers', 'output', 'outputs', 'report', 'reports', 'classifications', 'diagnoses', 'diagnosis']);

/**
 * "The results are not reviewed by a clinician before release", "None of the results is checked by a physician" (round
 * 18c): the passive of the older "No clinician reviews the result before …"; the output's review by a named physician is
 * denied. Only with an output as the subject; "the images are not reviewed by …" may only say when.
 */
export function unreviewedOutputCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (!clause.passive || clause.byAgent < 0 || clause.subject < 0 || scope.hypothetical || scope.hedged || scope.obliged) return;
  if (out.some((c) => c.kind === 'autonomous')) return;
  if (!OUTPUTS.has(words[clause.subject].w) || !V.PHYSICIAN_NOUNS.has(words[clause.byAgent].w) || V.AMBIGUOUS_HUMANS.has(words[clause.byAgent].w)) return;
  const none = words[clause.from]?.w === 'none' && words[clause.from + 1]?.w === 'of';
  for (const v of clause.verbs) {
    if (v > clause.byAgent || words[v].form !== 'ed' || !REVIEWING.has(words[v].lemma ?? '')) continue;
    const denied = none || words.slice(clause.subject + 1, v).some((w) => w.w === 'not' || w.w === 'never' || w.w === "n't");
    if (!denied) continue;
    // ("… until the cardiologist has time": a wait, not a denial; "not only reviewed" affirms it.)
    if (words.slice(v + 1, clause.to + 2).some((w) => w.w === 'until') || words[v - 1]?.w === 'only') return;
    out.push({ kind: 'autonomous', first: none ? clause.from : clause.subject, last: clause.byAgent });
    return;
  }
}

export function nobodyReadsCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.obliged || scope.hedged || scope.hypothetical || out.some((c) => c.kind === 'autonomous')) return; // one cue per act (the sentence already says it)
  const noReview = noReviewSubject(words, clause);
  if (noReview >= 0) {
    for (let j = noReview + 1; j < words.length; j++) {
      if (words[j].tag === 'punct' && words[j].w !== ',' && words[j].w !== '-') return;
      if (EFFECT_OPENERS.has(words[j].w)) {
        out.push({ kind: 'autonomous', first: clause.from, last: noReview });
        return;
      }
    }
    return;
  }
  const subject = nobodySubject(words, clause.from);
  if (subject < 0) return;
  // ("Nobody in the team signs off …", "no one on the ward checks …" (stop 47): past a short place or group phrase)
  let at = subject + 1;
  if (words[at]?.w === 'in' || words[at]?.w === 'on' || words[at]?.w === 'at' || words[at]?.w === 'from') {
    at++;
    while (at < clause.to && at <= subject + 5 && (words[at].tag === 'det' || words[at].tag === 'adj' || words[at].tag === 'noun' || words[at].tag === 'name')) at++;
  }
  const verb = words[at];
  if (verb === undefined || verb.tag !== 'verb' || (verb.form !== 's' && verb.form !== 'base') || !REVIEWING.has(verb.lemma ?? '')) return;
  for (let j = at + 1; j < words.length; j++) {
    if (words[j].tag === 'punct' && words[j].w !== ',' && words[j].w !== '-') break;
    if (EFFECT_OPENERS.has(words[j].w)) {
      out.push({ kind: 'autonomous', first: clause.from, last: at });
      return;
    }
  }
  // ("The letter goes out the same afternoon; nobody in the team signs off each one" (stop 47): in the present, with each
  // output named as not read in turn, the plain statement says it too)
  let obj = words[at + 1]?.w === 'off' ? at + 2 : at + 1;
  while (obj < clause.to && obj <= at + 4 && words[obj].tag === 'det' && !EACH.has(words[obj].w)) obj++;
  // (not a bare output: "Nobody reviews the report" may say no more than that nobody reads it, round 17c)
  if (verb.form === 's' && EACH.has(words[obj]?.w ?? '')) out.push({ kind: 'autonomous', first: clause.from, last: at });
}
/** Words that name each output in turn: "signs off each one", "checks every dose". */
const EACH: ReadonlySet<string> = new Set(['each', 'every', 'any']);

/** Verbs of putting out a report. */
const REPORTING: ReadonlySet<string> = new Set(['write', 'issue', 'file', 'sign', 'produce', 'generate', 'send', 'release', 'finalise', 'finalize', 'compose', 'draft', 'dictate']);
const REPORT_NOUNS: ReadonlySet<string> = new Set(['report', 'reports',
  // "grades the photographs and issues the result itself" (stop 51): a result or verdict issued alone (only with ISSUING:
  // "sends the results itself" may be a transmission)
  'result', 'results', 'verdict', 'verdicts']);
const ISSUED_ONLY: ReadonlySet<string> = new Set(['result', 'results', 'verdict', 'verdicts']);
const ISSUING: ReadonlySet<string> = new Set(['issue', 'release', 'sign', 'finalise', 'finalize', 'file']);

/**
 * "reads a chest CT and writes the report itself", "issues the report on its own" (stop 49): the software puts out the report
 * by itself, the reading a radiologist would otherwise write. Only with the marker of acting alone right after the report.
 */
export function reportedAloneCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    if (words[v].tag !== 'verb' || !REPORTING.has(words[v].lemma ?? '') || scope.negated[v - clause.from]) continue;
    let obj = v + 1;
    while (obj < clause.to && obj <= v + 4 && !REPORT_NOUNS.has(words[obj].w) && (words[obj].tag === 'det' || words[obj].tag === 'adj' || words[obj].tag === 'noun')) obj++;
    if (!REPORT_NOUNS.has(words[obj]?.w ?? '') || (ISSUED_ONLY.has(words[obj].w) && !ISSUING.has(words[v].lemma ?? ''))) continue;
    // (a reflexive right after the report, or selfActing.ts's markers of acting alone just after it)
    const next = words[obj + 1]?.w;
    const alone = next === 'itself' || next === 'themselves' ? obj + 1 : chosenAlone(words, obj + 1, Math.min(words.length, obj + 2));
    if (alone < 0) continue;
    out.push({ kind: 'autonomous', first: v, last: alone });
    return;
  }
}
