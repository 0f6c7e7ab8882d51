/**
 * A reading that is a person's duty, said with a possessive duty noun (round 16b): "It remains the user's
 * responsibility to confirm that each measurement is valid", "it is the radiologist's job to review every contour".
 * The clause's subject is "it", so the `acts` stage lends the act to the software; the duty's owner is the reader.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs that link "it" to the duty: "it is", "it remains", "it stays" (forms of "be" carry no lemma). */
const LINKING: ReadonlySet<string> = new Set(['is', 'was', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
const DUTY_NOUNS: ReadonlySet<string> = new Set(['responsibility', 'duty', 'job', 'task', 'obligation']);
/** Review verbs that are no reading of the output here: a decision, accepting a term, a signature alone. */
const NOT_READING: ReadonlySet<string> = new Set(['decide', 'accept', 'sign', 'diagnose']);
const REVIEW_LEMMAS: ReadonlySet<string> = new Set(V.REVIEW_VERBS.filter((v) => !NOT_READING.has(v)));

/** The person a possessive at k names ("the physician's", "the user's"), if one of the physicians' words (users included). */
function physicianOwner(word: Word | undefined): boolean {
  if (word === undefined || !word.w.endsWith("'s")) return false;
  const owner = word.w.slice(0, -2);
  return V.PHYSICIAN_NOUNS.has(owner) && owner !== 'whoever';
}

/** "the <physician>'s responsibility to <review verb>": physician-interprets from the owner to the verb. */
export function dutyCues(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  // Cheap gate: the clause's subject is "it" or "this" and its first verb links it to what follows ("it is", "it remains").
  if (clause.subject < 0 || (words[clause.subject].w !== 'it' && words[clause.subject].w !== 'this')) return;
  let link = clause.subject + 1;
  while (link < clause.to && words[link].tag === 'adv') link++;
  if (link >= clause.to || !LINKING.has(words[link].lemma ?? words[link].w)) return;
  // The duty noun, within a few words after the link: "remains (solely) the user's responsibility".
  for (let k = link + 2; k < clause.to - 2 && k <= link + 5; k++) {
    if (!DUTY_NOUNS.has(words[k].w) || !physicianOwner(words[k - 1]) || words[k + 1].w !== 'to') continue;
    let v = k + 2;
    while (v < clause.to && words[v].tag === 'adv') v++;
    const verb = words[v];
    if (verb === undefined || v >= clause.to || !REVIEW_LEMMAS.has(verb.lemma ?? verb.w)) continue;
    if (scope.negated[k - clause.from] || scope.negated[v - clause.from]) continue;
    // "to verify the patient's identity": what is checked is not the output.
    let objectIsNotOutput = false;
    for (let j = v + 1; j < clause.to && j <= v + 4; j++) if (V.NOT_READ_OBJECTS.has(words[j].w)) objectIsNotOutput = true;
    if (objectIsNotOutput) continue;
    out.push({ kind: 'physician-interprets', first: k - 1, last: v });
  }
}

/** Decisions whose ground a sentence may name: "decisions about diagnosis and biopsy". */
const DECISION_HEADS: ReadonlySet<string> = new Set(['decision', 'decisions', 'diagnosis', 'diagnoses', 'management']);
/** What a physician's own judgment is called: "the dermatologist's clinical examination", "the physician's assessment". */
const OWN_JUDGMENTS: ReadonlySet<string> = new Set(['examination', 'exam', 'assessment', 'judgment', 'judgement', 'evaluation', 'review', 'interpretation', 'opinion']);

/**
 * "Decisions about diagnosis and biopsy should rest mainly on the dermatologist's clinical examination" (stop 33): a
 * decision said to rest on a physician's own examination or judgment keeps the physician reading (the mirror of
 * denied.ts's "the referral decision rests on the software output alone"). Only affirmed, not denied.
 */
export function decisionOnPhysicianCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.verbs.length === 0) return;
  const subjectAt = clause.from + words.slice(clause.from, clause.to).findIndex((w) => DECISION_HEADS.has(w.w));
  if (subjectAt < clause.from) return;
  for (const v of clause.verbs) {
    // ("rest on" only: "is based on the physician's judgement alone" says where the decision comes from, round 16c.)
    if (v <= subjectAt || (words[v].lemma ?? words[v].w) !== 'rest') continue;
    if (scope.negated[v - clause.from]) return;
    let on = v + 1;
    while (on < clause.to && (words[on].tag === 'adv' || words[on].w === 'primarily' || words[on].w === 'mainly')) on++;
    if (words[on]?.w !== 'on' && words[on]?.w !== 'upon') return;
    for (let j = on + 1; j < clause.to && j <= on + 5; j++) {
      if (OWN_JUDGMENTS.has(words[j].w) && words.slice(on + 1, j).some((x) => physicianOwner(x))) {
        out.push({ kind: 'physician-interprets', first: subjectAt, last: j });
        return;
      }
    }
    return;
  }
}
