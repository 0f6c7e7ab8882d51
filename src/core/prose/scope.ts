/**
 * Stage 5: what a clause asserts. Negation ("does not measure", "No score is calculated", "is not
 * intended to … or to provide"), contrast ("rather than", "unlike"), hedges ("may suggest"),
 * obligation ("must", "is responsible for") and conditions ("if the clinician does not view").
 * Negation runs from the negator to the end of the clause and on into a coordinated or relative
 * clause that names no subject of its own; a coordinated verb with its own auxiliary starts
 * afresh ("does not provide a conclusion and should be interpreted…").
 */
import type { Clause } from './clauses';
import { verbHit, type Word } from './tags';
import * as V from './vocabulary';

/** What a "yes or no" names when it is an answer, not a denial: "a yes or no answer", "a yes or no result". */
const YES_NO_ANSWERS: ReadonlySet<string> = new Set(['answer', 'answers', 'result', 'results', 'call', 'calls', 'verdict', 'output']);

export interface ClauseScope {
  /** negatedFrom[k - clause.from]: whether word k is under a negation or a contrast. */
  negated: boolean[];
  hedged: boolean;
  obliged: boolean;
  hypothetical: boolean;
  /** Whether the clause ends under a negation (for the clauses that continue it). */
  endsNegated: boolean;
}

/** Verbs of wanting what a relative clause in "would" then describes: "asked for an alert that would …". */
const WISHING: ReadonlySet<string> = new Set([
  'ask', 'asked', 'want', 'wanted', 'wish', 'wished', 'request', 'requested', 'prefer', 'preferred', 'hope', 'hoped', 'call', 'called',
  'demand', 'demanded', 'desire', 'desired', 'envisage', 'envisaged', 'envision', 'envisioned', 'imagine', 'imagined',
]);
/** Modals of a thing wished for: "a tool that would …", "one that could …", "an app that will …". */
const WISHED_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'will', 'might']);

/** Past forms of believing, and nouns of a first belief, whose complement is only believed: "I thought …", "my first reaction was that …". */
const BELIEVING: ReadonlySet<string> = new Set(['thought', 'assumed', 'believed', 'presumed', 'supposed', 'imagined', 'reckoned', 'guessed']);
const BELIEFS: ReadonlySet<string> = new Set(['reaction', 'impression', 'assumption', 'belief', 'thought', 'instinct', 'worry', 'fear']);
/**
 * Whether the clause is what someone believed: right after "I thought" or "we assumed" (with or without "that"), or the
 * "that" clause of "my first reaction was that". A pronoun or a person believes; "the study assumed" is a method.
 */
function beliefBefore(words: readonly Word[], clause: Clause): boolean {
  const start = words[clause.from]?.w === 'that' ? clause.from + 1 : clause.from;
  let j = start - 1;
  if (words[j]?.w === 'that') j--;
  if (BELIEVING.has(words[j]?.w ?? '') && believer(words, j - 1)) return true;
  if (words[j]?.tag === 'be' && words[j + 1]?.w === 'that') {
    // (past an aside: "My first reaction, honestly, was that …")
    let b = j - 1;
    while (b >= 0 && (words[b].w === ',' || words[b].tag === 'adv')) b--;
    if (BELIEFS.has(words[b]?.w ?? '')) return true;
  }
  // ("I thought the system had sent …": a complement with no "that" may share the believer's clause)
  for (let k = clause.from; k < clause.to - 2; k++) if (BELIEVING.has(words[k].w) && FIRST_PERSON.has(pastHad(words, k - 1)?.w ?? '') && (words[k + 1].tag === 'det' || words[k + 1].tag === 'pron')) return true;
  return false;
}

/** The believer in the first person, with "had" or "'d" read through: "I thought", "I'd assumed", "we had supposed" (stop 52). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', "i'd", "we'd"]);
/** The word at j, or the one before it when j is the "had" of a past perfect. */
function pastHad(words: readonly Word[], j: number): Word | undefined {
  return words[j]?.w === 'had' || words[j]?.w === "'d" ? words[j - 1] : words[j];
}
/** Whether the word at j (past a "had") is one who believes: a pronoun, "I", a physician. */
function believer(words: readonly Word[], j: number): boolean {
  const who = pastHad(words, j);
  return who?.tag === 'pron' || FIRST_PERSON.has(who?.w ?? '') || V.PHYSICIAN_NOUNS.has(who?.w ?? '');
}

/** Verbs of saying or showing whose "that" clause is what they report: "suggests that", "does not show that". */
const REPORTING: ReadonlySet<string> = new Set(['suggest', 'say', 'show', 'indicate', 'claim', 'mean', 'imply', 'state', 'prove', 'mention', 'demonstrate', 'establish', 'confirm', 'support']);
/** Whether the "that" opening the clause follows a verb of saying or showing right before it. */
function deniedReportBefore(words: readonly Word[], clause: Clause): boolean {
  const that = words[clause.from]?.w === 'that' ? clause.from : words[clause.from - 1]?.w === 'that' ? clause.from - 1 : -1;
  const verb = words[that - 1];
  if (verb === undefined) return false;
  // ("makes no claim that it diagnoses", "there is no suggestion that it measures" (stop 58): the denied noun of saying)
  if (REPORTING_NOUNS.has(verb.w)) return true;
  return verb.tag === 'verb' && REPORTING.has(verb.lemma ?? verb.w);
}
/** Nouns of saying or showing whose that-clause a denial before them leaves unsaid: "no claim that", "no evidence that". */
const REPORTING_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'suggestion', 'evidence', 'indication', 'implication', 'promise', 'statement']);

/** Modals that, with a perfect, say what did not happen: "should have", "would have", "ought to have" (not "must have", an inference). */
const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['should', 'would', 'could', 'might', 'ought']);
/** Whether the clause holds a modal, "have" and a past participle: "should have verified", "could have been checked". */
function counterfactualIn(words: readonly Word[], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to - 2; k++) {
    // (the clause's own verb group: not "helped radiologists find cancers they would otherwise have missed", whose
    // clause has its verb before the modal)
    if (!COUNTERFACTUAL_MODALS.has(words[k].w) || clause.verbs.some((v) => v < k)) continue;
    let j = k + 1;
    if (words[j]?.w === 'to') j++;
    while (j < clause.to && (words[j].tag === 'adv' || words[j].tag === 'neg')) j++;
    if (words[j]?.w !== 'have') continue;
    const next = words[j + 1];
    if (next !== undefined && (next.w === 'been' || (next.tag === 'verb' && next.form === 'ed') || (next.tag !== 'det' && verbHit(next.w)?.form === 'ed'))) return true;
  }
  return false;
}

/** The first word of a clause that passes the test. */
function firstOf(words: readonly Word[], clause: Clause, test: (w: Word) => boolean): Word | undefined {
  for (let k = clause.from; k < clause.to; k++) if (test(words[k])) return words[k];
  return undefined;
}

/** What makes a role a prospect, not a fact: "a possible role", "a future role". */
const PROSPECTIVE: ReadonlySet<string> = new Set(['possible', 'potential', 'future', 'promising', 'prospective', 'conceivable']);
const PLANS = new Set(['planned', 'upcoming', 'future', 'roadmap']);
const LATER: ReadonlySet<string> = new Set(['subsequent', 'later', 'next', 'coming', 'forthcoming']);
const RELEASES: ReadonlySet<string> = new Set(['version', 'versions', 'release', 'releases', 'update', 'updates', 'iteration', 'iterations', 'generation']);
const PLANNED_THINGS = new Set(['version', 'versions', 'release', 'releases', 'update', 'updates', 'feature', 'features', 'module', 'modules', 'software', 'model', 'models', 'algorithm', 'iteration', 'iterations', 'work', 'development', 'study', 'studies', 'trial', 'trials', 'capability', 'capabilities']);
/** "without waiting for a specialist read", "without needing a physician": the act happens; no negation. */
const WAITING = new Set(['waiting', 'needing', 'requiring', 'involving', 'relying']);
const AUXILIARY = new Set(['modal', 'be', 'have', 'do']);

/** Words of a fault condition: what the software does then is a fallback. */
// Read for every word: a module-level name, so that tsx (tests, eval, benchmark) does not read it through its import getters.
const { OBLIGATIONS } = V;

const FAULTS: ReadonlySet<string> = new Set(['lost', 'fail', 'fails', 'failed', 'failure', 'error', 'errors', 'malfunction', 'malfunctions', 'interrupted', 'unavailable', 'disconnected', 'dropped', 'missing', 'low', 'expired', 'depleted']);

/** Verbs that turn down the act after "to": "declines to prescribe", "refused to sign". */
const DECLINING: ReadonlySet<string> = new Set(['decline', 'declines', 'declined', 'refuse', 'refuses', 'refused']);

/** A list item after a comma whose bare verb the tagger read as a noun: ", locate the perforation or …". */
function mistaggedVerbItem(words: readonly Word[], clause: Clause): boolean {
  const first = words[clause.from];
  const next = words[clause.from + 1];
  // (not a time, place or linking word before a new clause of its own, stop 40 review: ", today the radiologist decides")
  return first !== undefined && first.tag === 'noun' && /^[a-z]+$/.test(first.w) && !first.w.endsWith('s') && !NEW_CLAUSE_WORDS.has(first.w) && next?.tag === 'det' && next.w !== 'that' && next.w !== 'this' &&
    !words.slice(clause.from + 2, clause.to).some((w) => (w.tag === 'verb' && w.form === 's') || w.tag === 'modal');
}
const NEW_CLAUSE_WORDS: ReadonlySet<string> = new Set(['today', 'tonight', 'overnight', 'here', 'there', 'rather', 'instead', 'now', 'then', 'tomorrow', 'yesterday', 'meanwhile']);

export function scopeOf(words: readonly Word[], clause: Clause, previous: ClauseScope | undefined): ClauseScope {
  const continues =
    // ("does not grade the tear, classify its pattern or measure its length" (stop 29): a bare verb right after the comma
    // is the list's next item, whatever subject the clause reader gave it.)
    // ("does not estimate the volume, locate the perforation or recommend surgery" (stop 40): nor when the tagger took that
    // bare verb for a noun, which a determiner right after it gives away)
    previous !== undefined && previous.endsNegated && (clause.subject < 0 || (clause.opener === ',' && ((words[clause.from]?.tag === 'verb' && words[clause.from].form === 'base') || mistaggedVerbItem(words, clause)))) &&
    (clause.opener === 'or' || clause.opener === 'nor' || clause.opener === ',' || clause.opener === 'that' || clause.opener === 'which' || clause.opener === 'and');
  // "should not be the only ground for diagnosing X, prescribing treatment or deciding whether …": an item of a negated
  // gerund list stays negated even when the tagger took its -ing word for an adjective and its object for a subject.
  const gerundItem = previous !== undefined && previous.endsNegated && !continues && clause.opener === ',' && gerundListBefore(words, clause);
  // "Nothing in the bid suggests that it stages the tumour", "The paper does not claim that it diagnoses" (stop 50): what a
  // denied verb of saying or showing would have said is not said.
  const deniedReport = previous !== undefined && previous.endsNegated && clause.opener === 'that' && deniedReportBefore(words, clause);
  // "My first reaction was that the computer had diagnosed a bleed", "I thought the system had sent a referral" (stop 50):
  // what someone believed is not what happened
  const believed = beliefBefore(words, clause);
  // "Unlike tools that diagnose": a relative clause on what a contrast names describes the other thing.
  let active = continues || gerundItem || deniedReport || contrastedAntecedent(words, clause);
  let negatedSince = -1;
  // "does not need a network connection to measure EF": the lemma of the verb the negation governs.
  let negatedVerb = '';
  let verbSinceNegation = false;
  let hedged = false;
  let obliged = false;
  const negated: boolean[] = [];
  // A negation inside brackets ends with them: "medical professionals (not including experts) in acquiring".
  let depth = 0;
  let negatedInside = -1;
  // "a high heart rate with no signs of AFib": "with no" describes a noun; it does not negate the clauses that follow.
  // ("where there is no abnormality, issues a final report", "where it finds no abnormality, issues …" (stop 47): nor does
  // "there is no" or a verb's "no" object, which say what is absent; nor "there is nothing abnormal" (stop 49))
  let describing = false;
  for (let k = clause.from; k < clause.to; k++) {
    const word = words[k];
    const w = word.w;
    if (w === '(') depth++;
    if (w === ')' && depth > 0) {
      depth--;
      if (negatedInside > depth) (active = false), (negatedInside = -1);
    }
    // "unlike ordinary aids it goes straight to the user" (stop 29): the contrast "unlike" opens covers its noun phrase;
    // a subject pronoun and its verb after it start the clause it stood before.
    if (active && words[negatedSince]?.w === 'unlike' && (w === 'it' || w === 'they') && words[k + 1]?.tag === 'verb' && k > negatedSince + 1) active = false;
    const wasActive = active;
    // "Whether or not the software measures EF…": "or not" after "whether" negates nothing.
    // "Every film, flagged or not, is read by …" (stop 30): "or not" that closes an aside is the other alternative, no denial.
    if (w === 'not' && words[k - 1]?.w === 'or' && (words[k - 2]?.w === 'whether' || words[k + 1] === undefined || words[k + 1].tag === 'punct')) {
      // no negation
    } else if (w === 'no' && words[k - 1]?.w === 'or' && words[k - 2]?.w === 'yes' && YES_NO_ANSWERS.has(words[k + 1]?.w ?? '')) {
      // "a yes or no answer" (stop 57): the other alternative, no denial
    } else if (w === 'not' && words[k - 1]?.w === 'or' && labelRepeated(words, k)) {
      // "classes each child as very low risk or not very low risk" (stop 58): a category and its opposite, no denial
    } else if ((word.tag === 'neg' || w === 'no' || w === 'nor' || w === 'neither') && !V.NEGATION_EXCEPTIONS_NEXT.has(words[k + 1]?.w ?? '')) {
      active = true;
    } else if (word.tag === 'verb' && V.ABSENCE_VERBS.has(word.lemma ?? '') && needFor(words, k + 1, clause.to)) {
      // "eliminates the need for physician interpretation": what is needed is taken away.
      active = true;
    } else if (w === 'to' && active && (negatedVerb === 'need' || negatedVerb === 'require') && words[k + 1]?.tag === 'verb' && purposeAfterObject(words, k, negatedSince)) {
      // "does not need a network connection to measure EF": the purpose is outside what is not needed.
      active = false;
    } else if (DECLINING.has(w) && words[k + 1]?.tag === 'to') {
      // "the optometrist may decline to prescribe" (stop 30): what is declined is not done.
      active = true;
    } else if (w === 'rather' && words[k + 1]?.w === 'than') active = true;
    else if (w === 'instead' && words[k + 1]?.w === 'of') active = true;
    else if (w === ',' && active && negatedSince > clause.from && !verbSinceNegation && words[negatedSince - 1]?.w === ',') active = false; // ", not the software," is an aside
    // "Instead of sampling blood, it follows the signals and sounds an alarm" (stop 36): a contrast that opens the clause covers
    // its own phrase; the comma after it starts what is asserted.
    else if (w === ',' && active && negatedSince === clause.from && (words[negatedSince].w === 'instead' || words[negatedSince].w === 'rather' || words[negatedSince].w === 'unlike') && !verbSinceNegationFinite(words, negatedSince, k)) active = false;
    // "larger than 6 mm", "greater than or equal to 30 %": a threshold after "than" is no contrast.
    else if (w === 'than' && (words[k + 1]?.tag === 'num' || words[k + 1]?.w === 'or')) {
      // no contrast
    } else if (w === 'unlike' || w === 'versus' || w === 'vs' || w === 'than' || w === 'replace' || w === 'replaces' || w === 'replacing' || w === 'substitute') active = true;
    else if (word.tag === 'cc' && (w === 'but' || (k + 1 < clause.to && AUXILIARY.has(words[k + 1].tag) && words[k + 1].w !== 'be'))) active = false;
    // "does not store images and measures EF": a finite verb after the coordinator is outside "does not".
    else if (word.tag === 'cc' && active && words[k + 1]?.tag === 'verb' && words[k + 1].form === 's' && words[negatedSince]?.tag === 'neg') active = false;
    // "reads a knee MRI with no manual step and flags a tear" (stop 36): "with no" covers its noun phrase; the next finite
    // verb of the list is asserted.
    else if (describing && active && (word.tag === 'cc' || w === ',') && words[k + 1]?.tag === 'verb' && words[k + 1].form === 's') active = false;
    // ("A slide with no parasites marked still needs a full read by a microscopist" (stop 50): the subject's finite verb after
    // the "with no" phrase is outside it)
    else if (describing && active && word.tag === 'verb' && word.form === 's' && k > negatedSince + 2 && words[negatedSince - 1]?.w === 'with') active = false;
    // "flags studies without making a diagnosis": "without" before a gerund negates what follows.
    else if (w === 'without' && words[k + 1]?.tag === 'verb' && words[k + 1].form === 'ing' && !WAITING.has(words[k + 1].w)) active = true;
    // "without a speech therapist having to judge it" (stop 56): nobody has to, so the duty after it is denied too.
    else if (w === 'without' && personHavingTo(words, k + 1)) active = true;
    if (active && !wasActive) (negatedSince = k), (verbSinceNegation = false), (negatedInside = depth > 0 ? depth - 1 : -1), (negatedVerb = ''), (describing = (w === 'no' || w === 'nothing') && (words[k - 1]?.w === 'with' || (words[k - 1]?.tag === 'be' && words[k - 2]?.w === 'there') || (words[k - 1]?.tag === 'verb' && words[k - 1].form === 's')));
    if (word.tag === 'verb' && active && !verbSinceNegation) negatedVerb = word.lemma ?? word.w;
    if (word.tag === 'verb') verbSinceNegation = true;
    if (word.tag === 'modal' && V.HEDGES.has(w)) hedged = true;
    if (OBLIGATIONS.has(w)) obliged = true;
    // "has to be examined", "have to confirm": "have to" obliges.
    if (word.tag === 'have' && words[k + 1]?.w === 'to' && k + 1 < clause.to) obliged = true;
    // "The findings are to be interpreted by …", "is to be confirmed": "be to be" + participle obliges.
    if (word.tag === 'be' && words[k + 1]?.w === 'to' && words[k + 2]?.w === 'be' && words[k + 3]?.tag === 'verb' && words[k + 3].form === 'ed') obliged = true;
    // "Clinicians are to weigh the index with …": "be to" before a verb obliges too.
    if (word.tag === 'be' && words[k + 1]?.w === 'to' && words[k + 2]?.tag === 'verb' && words[k + 2]?.form === 'base' && k + 2 < clause.to) obliged = true;
    negated.push(active);
  }
  // Conditions, and plans: "if the clinician does not view", "Should communication be lost", "a later version is planned".
  // "a future release", "planned features"; but "future hypotensive events" and "future fertility status" are no plan.
  let planned = false;
  for (let k = clause.from; k < clause.to; k++) if (PLANS.has(words[k].w) && (words[k].w === 'planned' || words[k].w === 'roadmap' || PLANNED_THINGS.has(words[k + 1]?.w ?? ''))) planned = true;
  // "Subsequent releases will calculate …", "the next version will flag …" (stop 33): a later release is a plan too.
  for (let k = clause.from; k < clause.to; k++) if (LATER.has(words[k].w) && RELEASES.has(words[k + 1]?.w ?? '')) planned = true;
  // "The authors see a possible role for the app in estimating caries indices" (stop 31): a role foreseen is a prospect.
  // ("There may be a role for the software in grading …", "could play a role in estimating …": a role under a hedge too.)
  for (let k = clause.from + 1; k < clause.to && !planned; k++) {
    if (words[k].w !== 'role' && words[k].w !== 'roles') continue;
    if (PROSPECTIVE.has(words[k - 1].w)) planned = true;
    else for (let j = clause.from; j < clause.to; j++) if (words[j].w === 'may' || words[j].w === 'might' || words[j].w === 'could') planned = true;
  }
  // "Should the rhythm revert, the unit disarms": the inversion is the condition; the clause after its comma is the main clause.
  // (Only a sentence that opens on one is scanned: the scan runs from the sentence's start for every clause.)
  const opensInverted = words[0]?.w === 'should' || words[0]?.w === 'were' || words[0]?.w === 'had';
  let firstComma = -1;
  for (let k = 0; opensInverted && k < clause.from && firstComma < 0; k++) if (words[k].w === ',') firstComma = k;
  // But a fault condition ("Should communication be lost, …") makes the main clause a fallback, not the normal output.
  let fault = false;
  for (let k = 0; k < firstComma; k++) if (FAULTS.has(words[k].w)) fault = true;
  const inverted = opensInverted && (firstComma < 0 || fault);
  // "Whether or not the software measures EF depends on image quality": a whether-clause that is the sentence's subject asks which cases; it sets no condition.
  // ("Deciding whether a mark is a polyp remains the radiologist's task" (stop 47): so does one after the gerund that opens the sentence)
  // ("Whether to escalate antibiotics is the prescriber's decision", "Where to cut or whether to redo it stays with the surgeon":
  // a "whether to" question followed by a finite verb is a subject, whatever the tagger made of the infinitive's verb)
  let whetherTo = false;
  for (let j = clause.from + 2; words[clause.from]?.tag === 'to' && j < clause.to && words[j].w !== ','; j++) if (words[j].tag === 'be' || (words[j].tag === 'verb' && words[j].form === 's')) whetherTo = true;
  const subjectQuestion = clause.opener === 'whether' && ((((clause.from === 1 || (clause.from === 2 && words[0].form === 'ing' && words[0].tag === 'verb')) && clause.verbs.length >= 2) && !hasComma(words, clause)) || whetherTo);
  // "Providers asked for an alert that would reach them in real time, and would come with advice" (stop 31): what is asked
  // for, and each "would" that goes on listing it, is wished, not done.
  let wished = false;
  if (clause.opener === 'that' || clause.opener === 'which') {
    let would = false;
    for (let k = clause.from; k < clause.to; k++) if (WISHED_MODALS.has(words[k].w)) would = true;
    if (would) for (let k = Math.max(0, clause.from - 8); k < clause.from - 1; k++) if (WISHING.has(words[k].w) || (words[k].tag === 'verb' && WISHING.has(words[k].lemma ?? ''))) wished = true;
  }
  const wishGoesOn = previous !== undefined && previous.hypothetical && clause.opener === ',' && firstOf(words, clause, (w) => w.tag !== 'cc')?.w === 'would';
  // "It sounds like the computer decides whether you have cancer" (stop 48): what a sentence only seems to say is not said.
  const seemEnd = seemingOpenerEnd(words);
  const seeming = seemEnd >= 0 && clause.from <= seemEnd + 1 && clause.to > seemEnd + 1;
  // "The surgeon should have verified the schedule", "a second reader would have caught it" (stop 50): a modal with a
  // perfect says what was owed or what might have been, and so that it was not done; it asserts no act.
  const counterfactual = counterfactualIn(words, clause);
  if (counterfactual) obliged = false;
  const hypothetical = (V.CONDITIONALS.has(clause.opener) && !subjectQuestion) || (clause.opener === 'when' && negated.some(Boolean)) || planned || inverted || wished || wishGoesOn || seeming || counterfactual || believed || imaginedOutcome(words, clause);
  return { negated, hedged, obliged, hypothetical, endsNegated: active && !describing };
}

/** Whether the word after "or not" at k repeats a word of the few before "or": "low risk or not low risk", "shockable or not shockable". */
function labelRepeated(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]?.w;
  if (next === undefined) return false;
  for (let j = k - 2; j >= 0 && j >= k - 5; j--) {
    if (words[j].w === next) return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb') return false;
  }
  return false;
}

/** Whether a finite verb (not a gerund) stands between the contrast word and k: "Instead of sampling blood," has none. */
function verbSinceNegationFinite(words: readonly Word[], from: number, k: number): boolean {
  for (let j = from + 1; j < k; j++) if ((words[j].tag === 'verb' && words[j].form !== 'ing') || words[j].tag === 'modal' || words[j].tag === 'be') return true;
  return false;
}

/** Whether a relative clause's antecedent follows a contrast word a few words back: "unlike tools that diagnose". */
function contrastedAntecedent(words: readonly Word[], clause: Clause): boolean {
  if (clause.opener !== 'that' && clause.opener !== 'which' && clause.opener !== 'who') return false;
  for (let j = clause.from - 2; j >= 0 && j >= clause.from - 6; j--) {
    const w = words[j].w;
    if (w === 'unlike' || w === 'than' || w === 'versus' || w === 'vs') return true;
    if (words[j].tag === 'punct' || words[j].tag === 'verb' || words[j].tag === 'be') return false;
  }
  return false;
}

/** "the need for", "any requirement for" within a few words from k. */
function needFor(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k; j < to && j <= k + 3; j++) {
    if (V.NEED_NOUNS.has(words[j].w)) return words[j + 1]?.w === 'for' || words[j + 1]?.w === 'of';
    if (words[j].tag !== 'det' && words[j].tag !== 'adj') return false;
  }
  return false;
}

/** A "to" after the object noun of the negated verb, where that object is a thing, not a person who would do the infinitive. */
function purposeAfterObject(words: readonly Word[], k: number, negatedSince: number): boolean {
  const object = words[k - 1];
  if (!object || (object.tag !== 'noun' && object.tag !== 'name')) return false;
  const w = object.w.replace(/'s?$/, '');
  if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || w === 'human' || w === 'person') return false;
  for (let j = k - 1; j > negatedSince; j--) {
    if (words[j].tag === 'verb') return true;
    if (words[j].tag !== 'noun' && words[j].tag !== 'adj' && words[j].tag !== 'det' && words[j].tag !== 'name') return false;
  }
  return false;
}

function hasComma(words: readonly Word[], clause: Clause): boolean {
  // (not the comma of a contrast after the clause's verb: "Whether the value moves is the audiologist's decision, not the
  // software's" (stop 57))
  for (let k = clause.from; k < clause.to; k++) if (words[k].w === ',' && !(words[k + 1]?.w === 'not' && clause.verbs.some((v) => v < k && words[v].tag === 'be'))) return true;
  return false;
}

/** Whether the clause opens on an -ing word that continues a list of gerunds after a preposition in the clause before ("for diagnosing X, prescribing Y"). */
function gerundListBefore(words: readonly Word[], clause: Clause): boolean {
  const first = words[clause.from];
  if (first === undefined || first.form !== 'ing' || first.lemma === undefined) return false;
  for (let j = clause.from - 2; j >= 1 && j >= clause.from - 12; j--) {
    const word = words[j];
    if (word.form === 'ing' && word.tag === 'verb' && words[j - 1]?.tag === 'prep') return true;
    if (word.tag === 'punct' && word.w !== ',') return false;
  }
  return false;
}

/** Verbs of seeming: "it sounds like", "it looks as if", "it seems as though". */
const SEEMING: ReadonlySet<string> = new Set(['sound', 'sounds', 'sounded', 'look', 'looks', 'looked', 'seem', 'seems', 'seemed']);
/** Subjects a seeming opener has: "it", "this", "that". */
const SEEMING_SUBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that']);

/**
 * Where a sentence-opening "It sounds like" / "It looks as if" / "It seems as though" ends (the index of its last word), or -1.
 * Only at the start (after "And" or "But" at most): "the image looks like a tumour" says nothing of the kind.
 */
function seemingOpenerEnd(words: readonly Word[]): number {
  const i = words[0]?.w === 'and' || words[0]?.w === 'but' ? 1 : 0;
  if (!SEEMING_SUBJECTS.has(words[i]?.w ?? '') || !SEEMING.has(words[i + 1]?.w ?? '')) return -1;
  if (words[i + 2]?.w === 'like') return i + 2;
  if (words[i + 2]?.w === 'as' && (words[i + 3]?.w === 'if' || words[i + 3]?.w === 'though')) return i + 3;
  return -1;
}

/** Whether words from j are a person and "having to" or "needing to": "a speech therapist having to", "anyone needing to". */
function personHavingTo(words: readonly Word[], j: number): boolean {
  let i = j;
  if (words[i]?.tag === 'det' || words[i]?.w === 'any') i++;
  for (let n = 0; n < 3 && (words[i]?.tag === 'adj' || words[i]?.tag === 'noun' || words[i]?.tag === 'name' || words[i]?.tag === 'pron'); n++) i++;
  return i > j && (words[i]?.w === 'having' || words[i]?.w === 'needing') && words[i + 1]?.tag === 'to';
}

/** Past forms that set an imagined condition: "If such a model reached clinics", "if it were used". */
const IMAGINED_PAST: ReadonlySet<string> = new Set(['were', 'was', 'did', 'had']);

/**
 * The main clause of an imagined case (stop 56): "If such a model reached clinics, a cardiologist would still have to weigh
 * it", "Should the tool ever be used in clinics, a dermatologist would have to confirm each result". A condition in the past
 * (or one opened by "Should") and "would", "could" or "might" after its comma say what would happen, not what does. A
 * present condition stays a workflow ("If the software flags a case, the radiologist must review it").
 */
function imaginedOutcome(words: readonly Word[], clause: Clause): boolean {
  const opener = words[0]?.w;
  if (opener !== 'if' && opener !== 'should') return false;
  let comma = -1;
  for (let k = 1; k < clause.from && comma < 0; k++) if (words[k].w === ',') comma = k;
  if (comma < 0) return false;
  let would = false;
  for (let k = clause.from; k < clause.to && !would; k++) if (words[k].w === 'would' || words[k].w === 'could' || words[k].w === 'might') would = true;
  if (!would) return false;
  // (only a condition about the tool coming into use: "if the pump sensed a low, it would stop" tells how a device behaved)
  let deployed = false;
  // ("Should the estimate be used, …" is a use imagined; "if the pump was used overnight" may tell what happened)
  for (let k = 1; k < comma && !deployed; k++) if (words[k].w === 'ever' || DEPLOYING.has(words[k].lemma ?? '') || DEPLOYING.has(words[k].w) || (opener === 'should' && words[k].lemma === 'use')) deployed = true;
  if (!deployed) return false;
  if (opener === 'should') return true;
  for (let k = 1; k < comma; k++) if ((words[k].tag === 'verb' && words[k].form === 'ed' && words[k - 1]?.tag !== 'be' && words[k - 1]?.tag !== 'have') || IMAGINED_PAST.has(words[k].w)) return true;
  return false;
}

/** Verbs (lemmas) of a tool coming into use: "reached clinics", "were adopted", "ever rolled out". */
// (not "use": "if the pump was used overnight, it would …" tells how a device behaved; "ever used" still counts)
const DEPLOYING: ReadonlySet<string> = new Set(['reach', 'deploy', 'adopt', 'implement', 'introduce', 'approve', 'clear', 'roll', 'launch', 'market', 'sell', 'release', 'install', 'license', 'licence']);
