/**
 * "A clinician must judge the output", read as a field rather than phrases (round 17a). Real descriptions say
 * it in ever new words; what stays is a co-occurrence in one clause:
 *
 * - a human role who acts (the clause's subject, the "by" agent of a passive, the physician a relative clause is
 *   about, or the owner of the "own judgement / own reading" the output is weighed with);
 * - a judging act on the output (weigh, interpret, read, consider, combine, apply, use, score by hand …);
 * - a link to the rest of the evidence (together with, jointly with, alongside, in light of …) that names the
 *   history, other findings, tests or the person's own judgement, or a manual act ("scored by hand");
 * - a duty or norm (must, should, is to, is expected to), or the person's own judgement named, or a plain
 *   statement about a named physician.
 *
 * The same field said with nouns: a judgement owned by a role and required ("requires a clinician's judgement",
 * "clinical correlation is required", "diagnostic responsibility rests with …", "… remains a task for the
 * pathologist"), a reading that is someone's job ("reading it in context is their job"), a final impression a
 * role forms, a responsibility retained for a reading, an own review relied on, and a cleft ("It is the
 * physician who interprets …").
 *
 * The negation and hypothetical scope of the `scope` stage apply, an option ("may", "can", "helps … weigh")
 * obliges nobody, and the Level I policy holds: a person who weighs the software's recommendation, dose or
 * diagnosis acts on its conclusion and reads no data, so that is no cue here.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

// Module-level names for what is read for every word, so that tsx (tests, eval) does not read them through its import getters.
const { AMBIGUOUS_HUMANS, GIVEN_THERAPY_WORDS, HAVE_FORMS, OBLIGATIONS, PERIODIC_WORDS, PHYSICIAN_NOUNS, THERAPY_SETTINGS } = V;
/** The help verbs as a set ("helps clinicians weigh"). */
const HELP_VERBS: ReadonlySet<string> = new Set(V.HELP_VERBS);

/** Acts of judging the output that a link to other evidence makes a reading ("weighs it together with …"). */
const JUDGING_ACTS: ReadonlySet<string> = new Set([
  'weigh', 'interpret', 'read', 'consider', 'combine', 'integrate', 'correlate', 'apply', 'use', 'review', 'assess',
  'evaluate', 'take', 'view', 'balance', 'set', 'judge', 'confirm', 'verify', 'compare',
]);
/** Acts that a manual adverb makes the person's own reading of the data ("must be scored by hand by the physician"). */
const MANUAL_ACTS: ReadonlySet<string> = new Set([
  'score', 'mark', 'measure', 'classify', 'count', 'label', 'annotate', 'grade', 'trace', 'outline', 'segment',
  'review', 'read', 'identify', 'stage', 'check', 'verify', 'confirm', 'interpret', 'examine',
]);
/** Links to the rest of the evidence, as word sequences (the bare "with" and "against" need evidence right after). */
const LINKS: ReadonlyArray<readonly string[]> = [
  ['together', 'with'], ['jointly', 'with'], ['along', 'with'], ['alongside'], ['in', 'conjunction', 'with'],
  ['in', 'combination', 'with'], ['in', 'light', 'of'], ['in', 'the', 'light', 'of'], ['in', 'the', 'context', 'of'],
  ['in', 'context'], ['in', 'combination'], ['side', 'by', 'side', 'with'], ['against'], ['with'], ['to'],
];
/** The rest of the evidence a judged output is weighed with: history, other findings, the person's own judgement. */
const EVIDENCE: ReadonlySet<string> = new Set([
  'history', 'histories', 'symptoms', 'symptom', 'signs', 'judgement', 'judgment', 'judgements', 'judgments',
  'findings', 'tests', 'test', 'investigations', 'information', 'data', 'examination', 'examinations', 'exam',
  'picture', 'context', 'knowledge', 'experience', 'expertise', 'background', 'work-up', 'workup', 'presentation',
  'observation', 'observations', 'evidence', 'factors', 'assessment', 'reading', 'evaluation', 'tracings',
  'waveforms', 'recording', 'recordings', 'images', 'studies', 'record', 'records', 'course', 'status',
]);
/** Evidence words that only name the person's own judgement (the weaker half of the field: "apply judgement to it"). */
const JUDGEMENT_ONLY: ReadonlySet<string> = new Set(['judgement', 'judgment', 'judgements', 'judgments', 'expertise', 'experience', 'knowledge']);
/** "manually", "by hand": the person does the act on the data. */
const MANUAL: ReadonlySet<string> = new Set(['manually', 'hand']);
/** The software's conclusion or management option: weighing it is Level I, no reading of the data. */
const LEVEL_ONE: ReadonlySet<string> = new Set([
  'recommendation', 'recommendations', 'suggestion', 'suggestions', 'option', 'options', 'diagnosis', 'diagnoses',
  'conclusion', 'conclusions', 'determination', 'verdict', 'dose', 'doses', 'dosing', 'bolus', 'boluses',
  'adjustment', 'adjustments', 'prescription', 'plan', 'plans', 'decision', 'decisions', 'therapy', 'treatment',
  'settings', 'setting', 'order', 'orders', 'recommended', 'suggested', 'proposed',
]);
/** What a person weighs or reads that is not the software's output: the patient, the instructions, the device itself. */
const NOT_OUTPUT: ReadonlySet<string> = new Set([
  ...V.NOT_READ_OBJECTS, ...V.PATIENT_STATE_NOUNS, 'patient', 'patients', 'risks', 'benefits', 'pros', 'cons',
  'device', 'aid', 'aids', 'needs', 'fitting', 'preferences', 'labeling', 'labelling', 'manual', 'instructions',
]);
/** An option or a permission obliges nobody: "may", "can", "are able to", "are free to", "at their discretion". */
const OPTIONAL: ReadonlySet<string> = new Set(['may', 'can', 'could', 'might', 'able', 'allowed', 'free', 'permitted', 'discretion', 'optionally', 'option']);
/** Purposes and designs that only say how the output is meant to be used ("is meant to be used with …"). */
const INTENDED: ReadonlySet<string> = new Set(['meant', 'intended', 'designed', 'indicated', 'built', 'made']);
/** Roles too vague to be a reader here. */
const NO_ROLE: ReadonlySet<string> = new Set(['whoever', 'he', 'she']);
/** Duty nouns a possessive names the holder of: "reading it in context is their job". */
const DUTY_NOUNS: ReadonlySet<string> = new Set(['job', 'task', 'responsibility', 'duty', 'role', 'call', 'prerogative']);
const PRONOUN_OWNERS: ReadonlySet<string> = new Set(['their', 'his', 'her']);
/** Adjectives that make a decision or a judgement a clinician's: "a clinical judgement", "a medical decision". */
const CLINICAL_OWNERS: ReadonlySet<string> = new Set(['clinical', 'medical', 'clinician', 'physician']);
/** Gerunds of choosing that a possessive decision noun hands to a person: "deciding whether to treat is the surgeon's decision". */
const DECIDING_ACTS: ReadonlySet<string> = new Set(['decide', 'choose', 'determine', 'select']);

function role(word: Word | undefined): boolean {
  return word !== undefined && PHYSICIAN_NOUNS.has(word.w) && !NO_ROLE.has(word.w);
}

/** The role a "by" at j names past its determiner and modifiers ("by the reviewing neurologist"); -1 if none. */
function roleAfterBy(words: readonly Word[], j: number): number {
  if (words[j]?.w !== 'by') return -1;
  for (let r = j + 1; r < words.length && r <= j + 4; r++) {
    if (role(words[r])) return r;
    if (words[r].tag !== 'det' && words[r].tag !== 'adj' && words[r].tag !== 'noun') return -1;
  }
  return -1;
}

/** A physician's or a person's possessive: "the reader's", "their". */
function ownerAt(word: Word | undefined): boolean {
  if (word === undefined) return false;
  if (PRONOUN_OWNERS.has(word.w)) return true;
  return (word.w.endsWith("'s") || word.w.endsWith("s'")) && role({ ...word, w: word.w.replace(/'s?$/, '') });
}

/** The words a link can start with, to skip the others at once. */
const LINK_FIRST: ReadonlySet<string> = new Set(LINKS.map((link) => link[0]));

/** The index after the link that starts at j, or -1. */
function linkAt(words: readonly Word[], j: number): number {
  if (!LINK_FIRST.has(words[j].w)) return -1;
  for (const link of LINKS) {
    let ok = true;
    for (let i = 0; i < link.length && ok; i++) ok = words[j + i]?.w === link[i];
    if (ok) return j + link.length;
  }
  return -1;
}

interface Evidence {
  /** Index of the link's first word. */
  link: number;
  /** Index of the last evidence word. */
  last: number;
  /** Whether an evidence word other than the person's own judgement is named. */
  other: boolean;
  /** Whether "own" or a person's possessive qualifies the evidence ("their own reading", "the reader's judgement"). */
  owned: boolean;
}

/**
 * The link and the evidence after the judging act at k: within a dozen words, up to the sentence's end or a
 * subordinator that starts another act ("before …"). A bare "with", "against" or "to" needs the evidence within
 * four words ("with their own reading", "against the history"); the fuller links within ten.
 */
function evidenceAfter(words: readonly Word[], k: number): Evidence | undefined {
  for (let j = k + 1; j < words.length && j <= k + 12; j++) {
    const word = words[j];
    if (word.tag === 'punct' && word.w !== ',') return undefined;
    if (word.tag === 'sub' || (word.tag === 'verb' && word.form !== 'ing' && word.form !== 'ed')) return undefined;
    const after = linkAt(words, j);
    if (after < 0) continue;
    const bare = after === j + 1 && (word.w === 'with' || word.w === 'against' || word.w === 'to');
    // "used by a physician to review the images": an infinitive is a purpose, no link to other evidence.
    if (word.w === 'to' && (words[j + 1]?.tag === 'verb' || (word.tag === 'to' && words[j + 1]?.tag !== 'det' && words[j + 1]?.tag !== 'noun'))) continue;
    const reach = bare ? 4 : 10;
    let found: Evidence | undefined;
    for (let e = after; e < words.length && e < after + reach; e++) {
      const w = words[e];
      if (w.tag === 'punct' && w.w !== ',') break;
      if (w.tag === 'sub') break;
      if (w.w === 'own' || ownerAt(w)) found = { link: j, last: found?.last ?? e, other: found?.other ?? false, owned: true };
      if (EVIDENCE.has(w.w)) {
        const other = !JUDGEMENT_ONLY.has(w.w);
        found = { link: j, last: e, other: (found?.other ?? false) || other, owned: found?.owned ?? false };
      }
    }
    if (found && found.last > j) return found;
    if (bare) continue;
    return undefined;
  }
  return undefined;
}

/** "apply their own professional judgement to …", "exercise the reader's judgment": the person's judgement is the object. */
function judgementApplied(words: readonly Word[], k: number): Evidence | undefined {
  const lemma = words[k].lemma ?? words[k].w;
  if (lemma !== 'apply' && lemma !== 'use' && lemma !== 'exercise' && lemma !== 'bring') return undefined;
  let owned = false;
  for (let j = k + 1; j < words.length && j <= k + 5; j++) {
    const w = words[j];
    if (w.w === 'own' || ownerAt(w)) owned = true;
    if (JUDGEMENT_ONLY.has(w.w)) return owned ? { link: j, last: j, other: false, owned } : undefined;
    if (w.tag !== 'det' && w.tag !== 'adj' && w.tag !== 'noun') return undefined;
  }
  return undefined;
}

/** Whether an option ("may", "can") or a help verb ("helps clinicians weigh") stands before k in the clause. */
function optionBefore(words: readonly Word[], clause: Clause, k: number): boolean {
  for (let j = clause.from; j < k; j++) {
    const word = words[j];
    if (OPTIONAL.has(word.w)) return true;
    if (word.tag === 'verb' && HELP_VERBS.has(word.lemma ?? '')) return true;
  }
  return false;
}

/** Whether the object words between the act at k and `to` name a Level I option or no output at all. */
function objectRuledOut(words: readonly Word[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j <= k + 6; j++) {
    const w = words[j].w;
    if (LEVEL_ONE.has(w) || NOT_OUTPUT.has(w)) {
      // "the physician's diagnosis" is the physician's own conclusion, not an option of the software.
      const owner = words[j - 1]?.w ?? '';
      if (LEVEL_ONE.has(w) && (owner.endsWith("'s") || owner.endsWith("s'"))) continue;
      return true;
    }
  }
  return false;
}

/** The physician a relative clause is about: ", who" after a noun phrase that holds one within eight words. */
function relativeAntecedent(words: readonly Word[], clause: Clause): number {
  if (clause.opener !== 'who') return -1;
  const comma = words[clause.from - 2]?.w === ',';
  for (let j = clause.from - (comma ? 3 : 2); j >= 0 && j >= clause.from - 10; j--) {
    const word = words[j];
    if (role(word)) return j;
    if (word.tag === 'be' || word.tag === 'modal' || (word.tag === 'verb' && word.form !== 'ing' && word.form !== 'ed') || (word.tag === 'punct' && word.w !== ',')) return -1;
  }
  return -1;
}

/** Whether an obligation is said inside [from, k): "must", "should", "is to", "are expected to". */
function obligationBefore(words: readonly Word[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) {
    const w = words[j].w;
    if (OBLIGATIONS.has(w) && w !== 'need' && w !== 'needs' && w !== 'needed') return true;
    if (words[j].tag === 'be' && words[j + 1]?.tag === 'to' && j + 2 <= k) return true;
  }
  return false;
}

/** A named role earlier in the sentence than k, as a subject (not after a preposition). */
function roleEarlier(words: readonly Word[], k: number): number {
  for (let j = 0; j < k; j++) if (role(words[j]) && words[j - 1]?.tag !== 'prep' && !AMBIGUOUS_HUMANS.has(words[j].w)) return j;
  return -1;
}

/** "weighs the result together with the history", "are to apply the output jointly with their own judgement". */
function weighedWithEvidence(words: readonly Word[], clause: Clause, scope: ClauseScope, k: number, out: WordCue[]): boolean {
  const word = words[k];
  const lemma = word.lemma ?? word.w;
  if (!JUDGING_ACTS.has(lemma) || word.form === 'ing') return false;
  const evidence = evidenceAfter(words, k) ?? judgementApplied(words, k);
  if (!evidence) return false;
  // "apply/use/exercise … judgement" weighs the output only when a judgement is what is applied, with the output after "to" / "with".
  if ((lemma === 'apply' || lemma === 'use' || lemma === 'take' || lemma === 'set') && !evidence.owned && !evidence.other) return false;
  if (objectRuledOut(words, k, evidence.link)) return false;
  const passive = word.form === 'ed' && (words[k - 1]?.tag === 'be' || words[k - 2]?.tag === 'be');
  let from = -1;
  let normed = scope.obliged || obligationBefore(words, clause.from, k);
  if (passive) {
    // "is to be interpreted by the clinician alongside …": the passive's "by" agent.
    // (Past the link and its evidence: "is reviewed in the light of the biopsy findings by the treating urologist".)
    for (let j = k + 1; j < clause.to && j <= k + 14 && from < 0; j++) from = roleAfterBy(words, j);
    if (from < 0 && words[k + 1]?.w === 'by') return false;
    // "Physicians receive them as advice, to be weighed with their own reading": the owner of the own reading, named before.
    if (from < 0 && evidence.owned && words[k - 1]?.w === 'be' && words[k - 2]?.tag === 'to') {
      from = roleEarlier(words, k);
      normed = true;
    }
    if (from < 0) return false;
    // A named physician's plain passive statement with other evidence is a norm, as the active one is.
    if (!normed && !AMBIGUOUS_HUMANS.has(words[from].w) && evidence.other && words[k - 1]?.tag === 'be' && words[k - 1].w !== 'be') normed = true;
    // What is weighed is the passive's subject: not a recommendation or a dose.
    if (clause.subject >= 0 && (LEVEL_ONE.has(words[clause.subject].w) || NOT_OUTPUT.has(words[clause.subject].w))) return false;
    // "is meant to be interpreted by …" says how it is meant to be used, unless a named physician reads it.
    for (let j = clause.from; j < k; j++) if (INTENDED.has(words[j].w) && AMBIGUOUS_HUMANS.has(words[from].w)) return false;
  } else {
    const antecedent = relativeAntecedent(words, clause);
    if (antecedent >= 0) {
      const restrictive = words[clause.from - 2]?.w !== ',';
      // "Clinicians who treat lung disease should weigh …": the tagger's relative clause runs on into the main clause's verb.
      if (restrictive && !obligationBefore(words, clause.from + 1, k)) return false;
      // ", who combine them with the history, symptoms and their judgement": a non-restrictive clause says what the reader does,
      // but only with evidence beyond the reader's judgement ("who apply their professional judgement to it" describes the users).
      if (!restrictive && !evidence.other) return false;
      from = antecedent;
      normed = true;
    } else if (clause.subject >= 0 && clause.subject < k && role(words[clause.subject])) {
      from = clause.subject;
      // A named physician's plain statement is a norm ("The radiologist weighs the estimate together with …"); a lay user's needs a duty.
      if (!normed && !AMBIGUOUS_HUMANS.has(words[from].w) && (word.form === 's' || word.form === 'base') && (evidence.other || evidence.owned)) normed = true;
    } else if (clause.sharedSubject >= 0 && role(words[clause.sharedSubject])) {
      from = clause.sharedSubject;
    } else if (role(words[k - 1]) && !AMBIGUOUS_HUMANS.has(words[k - 1].w) && (word.form === 's' || word.form === 'base') && (evidence.other || evidence.owned)) {
      // "one factor a clinician considers, along with the exam": a named physician right before the verb is its subject.
      from = k - 1;
      normed = true;
    }
    if (from < 0) return false;
  }
  if (!normed) return false;
  if (optionBefore(words, clause, k)) return false;
  // "… before changing the insulin settings", "… at the weekly visit": configuring a therapy or overseeing it, no reading
  // (a therapy decision after the reading, "before deciding on treatment", keeps it).
  if (aboutTherapy(words, clause, true, k)) return false;
  // The phrase names who judges and the act ("clinicians should weigh"), or only the act when the person stands far before it.
  out.push({ kind: 'physician-interprets', first: k - from <= 4 ? Math.min(from, k) : k, last: Math.max(k, evidence.link) });
  return true;
}

/** "must be scored manually by the physician", "the clinician has to mark each event by hand". */
function manualAct(words: readonly Word[], clause: Clause, scope: ClauseScope, k: number, out: WordCue[]): boolean {
  const word = words[k];
  if (!MANUAL_ACTS.has(word.lemma ?? word.w) || word.form === 'ing') return false;
  let manual = -1;
  for (let j = k + 1; j < clause.to && j <= k + 6; j++) if (MANUAL.has(words[j].w) && (words[j].w === 'manually' || words[j - 1]?.w === 'by')) manual = j;
  if (manual < 0) return false;
  if (!(scope.obliged || obligationBefore(words, clause.from, k)) || optionBefore(words, clause, k)) return false;
  let who = -1;
  if (clause.passive) {
    for (let j = k + 1; j < clause.to && j <= manual + 4 && who < 0; j++) if (j !== manual - 1) who = roleAfterBy(words, j);
  } else if (clause.subject >= 0 && clause.subject < k && role(words[clause.subject])) who = clause.subject;
  if (who < 0) return false;
  out.push({ kind: 'physician-interprets', first: Math.min(who, k), last: Math.max(who, manual) });
  return true;
}

/** "reading it in context is their job", "weighing each score remains the cardiologist's responsibility". */
function gerundDuty(words: readonly Word[], clause: Clause, k: number, out: WordCue[]): boolean {
  const word = words[k];
  const deciding = DECIDING_ACTS.has(word.lemma ?? word.w);
  if (word.form !== 'ing' || (!JUDGING_ACTS.has(word.lemma ?? word.w) && !deciding)) return false;
  // The gerund opens its clause (after "and" or a comma) or the sentence.
  if (k !== clause.from && !(k === clause.from + 1 && words[clause.from].tag === 'cc') && k !== 0) return false;
  // (A gerund of choosing runs on past its whether-clause: "deciding whether to biopsy a marked area remains …".)
  const to = deciding && words[k + 1]?.w === 'whether' ? words.length : clause.to;
  for (let j = k + 1; j < to && j <= k + 8; j++) {
    const link = words[j];
    if (link.tag === 'punct' && to !== clause.to) return false;
    if (link.tag !== 'be' && link.lemma !== 'remain' && link.lemma !== 'stay') continue;
    const owner = words[j + 1]?.tag === 'det' && !PRONOUN_OWNERS.has(words[j + 1].w) ? j + 2 : j + 1;
    // "interpreting the map is a clinical judgement" (stop 51): a clinical decision or judgement is a clinician's own
    const clinical = CLINICAL_OWNERS.has(words[owner]?.w ?? '') && V.OWNED_DECISIONS.has(words[owner + 1]?.w ?? '');
    if (!clinical && (!ownerAt(words[owner]) || !(DUTY_NOUNS.has(words[owner + 1]?.w ?? '') || (deciding && V.OWNED_DECISIONS.has(words[owner + 1]?.w ?? ''))))) return false;
    // A pronoun owner points back to a physician named earlier in the sentence.
    if (PRONOUN_OWNERS.has(words[owner].w) && roleEarlier(words, k) < 0) return false;
    if (objectRuledOut(words, k, j)) return false;
    // "Deciding whether to biopsy … remains the urologist's decision": the gerund is the person's act, so no act of the software's starts there.
    for (let c = out.length - 1; c >= 0; c--) if (out[c].first === k && out[c].kind !== 'physician-interprets') out.splice(c, 1);
    out.push({ kind: 'physician-interprets', first: k, last: owner + 1 });
    return true;
  }
  return false;
}

/** Nouns of a person's judgement of the output: "a clinician's judgement", "the advice of a professional", "confirmation from a pathologist". */
const JUDGEMENT_NOUNS: ReadonlySet<string> = new Set([
  'judgement', 'judgment', 'judgements', 'judgments', 'advice', 'expertise', 'confirmation', 'verification', 'say',
  'interpretation', 'over-read', 'overread', 'review', 'responsibility', 'correlation', 'assessment', 'evaluation',
  'reading', 'read', 'classification', 'classifications', 'grading', 'staging', 'scoring',
]);
/** Verbs that hand a duty to the role after them: "rests with", "lies with", "stays with", "falls to", "is left to". */
const DUTY_LINK_VERBS: ReadonlySet<string> = new Set([
  'rest', 'rests', 'lie', 'lies', 'stay', 'stays', 'remain', 'remains', 'fall', 'falls', 'left', 'belong', 'belongs',
]);
/** What makes a responsibility one of reading the output: "diagnostic responsibility", "interpretive responsibility". */
const RESPONSIBILITY_TOPICS: ReadonlySet<string> = new Set(['diagnostic', 'interpretive', 'interpretative', 'clinical', 'final', 'reading']);

/** Whether the words from j on hand the duty to the role at `owner`: "rests with the clinician", "is left to the reader". */
function heldBy(words: readonly Word[], j: number, owner: number): boolean {
  if (j >= words.length) return false;
  const verb = words[j].tag === 'be' ? j + 1 : j;
  if (!DUTY_LINK_VERBS.has(words[verb]?.lemma ?? words[verb]?.w ?? '')) return false;
  const prep = words[verb + 1]?.w;
  return (prep === 'with' || prep === 'to') && owner > verb + 1;
}

/** Qualifiers that make a judgement a clinician's by themselves: "clinical judgement", "professional judgment". */
const HUMAN_QUALIFIERS: ReadonlySet<string> = new Set(['professional', 'clinical', 'medical', 'expert', 'physician', 'clinician', 'specialist', 'human']);
/** Of the nouns above, those a qualifier alone ties to a person ("clinical review" may be a study's). */
const QUALIFIED_ALONE: ReadonlySet<string> = new Set(['judgement', 'judgment', 'judgements', 'judgments', 'advice', 'expertise', 'correlation']);
/** Words that say the judgement is needed: "is required", "remains essential", "requires", "is subject to". */
const NEEDED_WORDS: ReadonlySet<string> = new Set(['required', 'needed', 'necessary', 'essential', 'mandatory', 'indispensable', 'requisite']);
const REQUIRING: ReadonlySet<string> = new Set(['require', 'need', 'demand', 'call', 'depend', 'rest', 'hinge']);
/** Verbs of a stand-in: "does not replace the physician's judgement" denies the software the judgement; it obliges nobody. */
const REPLACING: ReadonlySet<string> = new Set(['replace', 'substitute', 'supplant', 'supersede', 'override', 'stand', 'take']);
/** "makes the final judgement", "has the final say": the person who holds the last word. */
const FINAL_HOLDING: ReadonlySet<string> = new Set(['make', 'have', 'give', 'keep', 'retain', 'hold', 'form', 'reach', 'render', 'issue']);
/** What a person holds as the last word on the output (no decision: a final decision on a dose is Level I). */
const FINAL_NOUNS: ReadonlySet<string> = new Set(['judgement', 'judgment', 'say', 'word', 'interpretation', 'impression', 'read', 'reading', 'call', 'assessment']);

/** The physician a "who" clause is about (restrictive or not): "a physician who makes the final interpretation". */
function finalAntecedent(words: readonly Word[], clause: Clause): number {
  if (clause.opener !== 'who') return -1;
  const at = words[clause.from - 2]?.w === ',' ? clause.from - 3 : clause.from - 2;
  return role(words[at]) ? at : -1;
}

/** The role a judgement noun at n belongs to: its owner before it, a qualifier, or "of/by/from <role>" after; -1 if none. */
function judgementOwner(words: readonly Word[], clause: Clause, n: number): number {
  for (let j = n - 1; j >= clause.from && j >= n - 3; j--) {
    const word = words[j];
    if (ownerAt(word) && !PRONOUN_OWNERS.has(word.w)) return j;
    if (PRONOUN_OWNERS.has(word.w)) return roleEarlier(words, n) >= 0 ? j : -1;
    if (word.tag !== 'adj' && word.tag !== 'noun' && word.tag !== 'adv') break;
  }
  const prep = words[n + 1]?.w;
  // "responsibility for reading rests with the clinician": only a qualified or topical responsibility is a reading's.
  if (words[n].w === 'responsibility' && !RESPONSIBILITY_TOPICS.has(words[n - 1]?.w ?? '')) return -1;
  const linked = heldBy(words, n + 1, n + 8) ? (words[n + 1].tag === 'be' ? n + 4 : n + 3) : -1;
  if (prep === 'of' || prep === 'by' || prep === 'from' || linked > 0) {
    const start = linked > 0 ? linked : n + 2;
    for (let j = start; j < clause.to && j <= start + 4; j++) {
      if (role(words[j])) return j;
      if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
    }
  }
  // "clinical judgement", "professional advice", "clinical correlation" (round 16c keeps "still needs clinical interpretation" silent).
  if (HUMAN_QUALIFIERS.has(words[n - 1]?.w ?? '') && QUALIFIED_ALONE.has(words[n].w)) return n - 1;
  return -1;
}

/** "… remains a task for the pathologist", "… is the job of the reader": a linking verb, a duty noun, then the role. */
function dutyFor(words: readonly Word[], clause: Clause, n: number): number {
  for (let j = n + 1; j < clause.to && j <= n + 6; j++) {
    if (words[j].tag !== 'be' && words[j].lemma !== 'remain' && words[j].w !== 'remains' && words[j].w !== 'stays') continue;
    const duty = words[j + 1]?.tag === 'det' ? j + 2 : j + 1;
    if (!DUTY_NOUNS.has(words[duty]?.w ?? '')) return -1;
    const prep = words[duty + 1]?.w;
    if (prep !== 'for' && prep !== 'of') return -1;
    for (let r = duty + 2; r < clause.to && r <= duty + 5; r++) {
      if (role(words[r])) return r;
      if (words[r].tag !== 'det' && words[r].tag !== 'adj' && words[r].tag !== 'noun') return -1;
    }
    return -1;
  }
  return -1;
}

/** "Interpretation of the results requires a physician": a requiring verb after the noun, then the role within a few words. */
function requiredRole(words: readonly Word[], clause: Clause, n: number): number {
  for (let j = n + 1; j < clause.to && j <= n + 5; j++) {
    if (words[j].tag !== 'verb' || !REQUIRING.has(words[j].lemma ?? '')) continue;
    for (let r = j + 1; r < clause.to && r <= j + 3; r++) {
      if (role(words[r])) return r;
      if (words[r].tag !== 'det' && words[r].tag !== 'adj' && words[r].tag !== 'noun') return -1;
    }
    return -1;
  }
  return -1;
}

/** Verbs that keep a person where the output is weighed: "remains in the loop", "stays in the loop", "is kept in the loop". */
const STAYING_IN: ReadonlySet<string> = new Set(['remain', 'stay', 'keep', 'be']);

/** "a clinician must always remain in the loop", "the reader stays in the loop": the person weighs every output. */
function personInTheLoop(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): boolean {
  if (clause.subject < 0 || !role(words[clause.subject]) || V.AMBIGUOUS_HUMANS.has(words[clause.subject].w)) return false;
  for (let k = clause.subject + 1; k < clause.to - 3 && k <= clause.subject + 5; k++) {
    const word = words[k];
    if (!STAYING_IN.has(word.lemma ?? (word.tag === 'be' ? 'be' : word.w)) && !(word.tag === 'be' && words[k + 1]?.w === 'kept')) continue;
    const at = words[k + 1]?.w === 'kept' ? k + 2 : k + 1;
    if (words[at]?.w !== 'in' || words[at + 1]?.w !== 'the' || words[at + 2]?.w !== 'loop' || scope.negated[k - clause.from]) return false;
    out.push({ kind: 'physician-interprets', first: clause.subject, last: at + 2 });
    return true;
  }
  return false;
}

/** "requires a clinician's judgement", "professional judgement is required to interpret it", "is subject to the judgement of the physician", "has the final say". */
function requiredJudgement(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  for (let n = clause.from; n < clause.to; n++) {
    if (!(JUDGEMENT_NOUNS.has(words[n].w) || (FINAL_NOUNS.has(words[n].w) && (words[n - 1]?.w === 'final' || (words[n - 1]?.w === 'last' && (words[n].w === 'word' || words[n].w === 'say'))))) || words[n].tag === 'verb' || scope.negated[n - clause.from]) continue;
    // "the ophthalmologist makes the final judgement": the subject who holds it owns it.
    const holder = clause.subject >= 0 && clause.subject < n && role(words[clause.subject]) ? clause.subject : finalAntecedent(words, clause);
    const finalHeld = (words[n - 1]?.w === 'final' || words[n - 1]?.w === 'last') && FINAL_NOUNS.has(words[n].w) && holder >= 0;
    let owner = finalHeld ? holder : judgementOwner(words, clause, n);
    // "Interpretation of the results requires a physician trained in …": the role the judgement requires.
    let needed = owner < 0;
    if (owner < 0) owner = requiredRole(words, clause, n);
    // "Assessment of each flagged region remains a task for the pathologist": a duty noun handed to the role.
    if (owner < 0) owner = dutyFor(words, clause, n);
    if (owner < 0) continue;
    let first = Math.min(owner, n);
    let last = Math.max(owner, n);
    for (let j = clause.from; j < clause.to; j++) {
      const word = words[j];
      if ((word.tag === 'verb' && REPLACING.has(word.lemma ?? word.w)) || (word.tag !== 'verb' && (LEVEL_ONE.has(word.w) || NOT_OUTPUT.has(word.w) || THERAPY_SETTINGS.has(word.w)))) return;
      // "is required", "remains essential" after the noun; "requires", "depends on", "is subject to" before it.
      // (Not "is not required": a requirement denied is the software acting alone, which other stages read.)
      if (j > n && NEEDED_WORDS.has(word.w) && j - Math.max(owner, n) <= 4 && !scope.negated[j - clause.from]) (needed = true), (last = Math.max(last, j));
      // "Diagnostic responsibility rests with the treating clinician": a duty link hands it to the role after it.
      if (j === n + 1 && heldBy(words, j, owner)) needed = true;
      if (j < n && n - j <= 6 && word.tag === 'verb' && REQUIRING.has(word.lemma ?? '') && !scope.negated[j - clause.from]) (needed = true), (first = Math.min(first, j));
      if (j < n && n - j <= 4 && word.w === 'subject' && words[j + 1]?.w === 'to') (needed = true), (first = Math.min(first, j));
    }
    // "the ophthalmologist makes the final judgement", "the reader has the final say".
    if (!needed && finalHeld) {
      for (let j = Math.max(holder + 1, clause.from); j < n - 1; j++) if (FINAL_HOLDING.has(words[j].lemma ?? words[j].w) || HAVE_FORMS.has(words[j].w)) (needed = true), (first = holder);
    }
    if (!needed || optionBefore(words, clause, n) || aboutTherapy(words, clause)) continue;
    out.push({ kind: 'physician-interprets', first, last });
    return;
  }
}

/** Verbs of configuring a therapy in advance ("when setting the targets"): a physician who does so reads no output. */
/** What such a person configures ("the insulin settings", "the alarm limits"), named so that "ECG patterns" is not one. */
const SETTINGS: ReadonlySet<string> = new Set(['settings', 'setting', 'limits', 'targets', 'parameters']);
const CONFIGURING: ReadonlySet<string> = new Set(['set', 'program', 'programme', 'configure', 'adjust', 'titrate', 'prescribe', 'select', 'choose', 'enter', 'specify']);

/**
 * Whether the clause is about a therapy, its settings or a periodic summary of it rather than an output to read:
 * "relies on their own assessment when setting the basal rates", "review of the weekly summaries requires a physician".
 */
function aboutTherapy(words: readonly Word[], clause: Clause, settingsOnly = false, except = -1): boolean {
  // To the sentence's end: "… when setting the basal rates" is a clause of its own.
  for (let j = clause.from; j < words.length; j++) {
    const word = words[j];
    // (The judging verb itself: "sets each index against the history" judges; it configures nothing.)
    if (j === except) continue;
    if (word.tag === 'verb' ? CONFIGURING.has(word.lemma ?? word.w) : SETTINGS.has(word.w) || PERIODIC_WORDS.has(word.w)) return true;
    if (!settingsOnly && word.tag !== 'verb' && (LEVEL_ONE.has(word.w) || THERAPY_SETTINGS.has(word.w) || GIVEN_THERAPY_WORDS.has(word.w))) return true;
  }
  return false;
}

/** Reading verbs a cleft or an own reading names: no decision, approval or acceptance (Level I). */
const CLEFT_READING: ReadonlySet<string> = new Set(['interpret', 'read', 'review', 'confirm', 'verify', 'diagnose', 'examine', 'judge', 'weigh', 'assess', 'evaluate', 'overread', 'over-read']);
/** What a person relies on that is their own reading: "relies on their own review of the EEG". */
const OWN_READINGS: ReadonlySet<string> = new Set(['review', 'reading', 'read', 'interpretation', 'assessment', 'examination', 'judgement', 'judgment', 'evaluation', 'expertise', 'analysis']);
const RELYING: ReadonlySet<string> = new Set(['rely', 'draw', 'depend', 'base']);

/** "It is the physician who interprets the tracing": a cleft puts the reading on the role. */
function cleftReader(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): boolean {
  if (clause.opener !== 'who' && clause.opener !== 'that') return false;
  const antecedent = clause.from - 2;
  if (!role(words[antecedent])) return false;
  const be = words[antecedent - 1]?.tag === 'det' ? antecedent - 2 : antecedent - 1;
  // ("it's the clinician who decides" (stop 54): the contracted "it's" is one word)
  if (words[be]?.tag !== 'be' || (words[be - 1]?.w !== 'it' && words[be - 1]?.w !== 'this' && words[be]?.w !== "it's")) return false;
  for (let k = clause.from; k < clause.to && k <= clause.from + 2; k++) {
    const word = words[k];
    if (word.tag !== 'verb') continue;
    // "It is the radiologist who decides, not the software" (stop 54): deciding with nothing after it is the decision itself
    if (word.lemma === 'decide' && (words[k + 1] === undefined || words[k + 1].w === ',' || words[k + 1].w === '.' || words[k + 1].w === ';') && !scope.negated[k - clause.from]) {
      out.push({ kind: 'physician-interprets', first: antecedent, last: k });
      return true;
    }
    if (!CLEFT_READING.has(word.lemma ?? word.w) || scope.negated[k - clause.from] || objectRuledOut(words, k, Math.min(clause.to, k + 6)) || aboutTherapy(words, clause)) return false;
    out.push({ kind: 'physician-interprets', first: antecedent, last: k });
    return true;
  }
  return false;
}

/** "The neurologist relies on their own review of the EEG": the named physician's own reading comes first. */
function ownReadingRelied(words: readonly Word[], clause: Clause, scope: ClauseScope, k: number, out: WordCue[]): boolean {
  const word = words[k];
  if (!RELYING.has(word.lemma ?? word.w) || words[k + 1]?.w !== 'on') return false;
  if (clause.subject < 0 || clause.subject >= k || !role(words[clause.subject]) || AMBIGUOUS_HUMANS.has(words[clause.subject].w)) return false;
  if (!PRONOUN_OWNERS.has(words[k + 2]?.w ?? '') || words[k + 3]?.w !== 'own') return false;
  let noun = k + 4;
  while (noun < clause.to && noun <= k + 6 && !OWN_READINGS.has(words[noun].w) && (words[noun].tag === 'adj' || words[noun].tag === 'noun')) noun++;
  if (!OWN_READINGS.has(words[noun]?.w ?? '') || optionBefore(words, clause, k) || scope.negated[noun - clause.from] || aboutTherapy(words, clause)) return false;
  // "their own assessment of the patient's symptoms": the patient, not the output.
  if (objectRuledOut(words, noun, Math.min(clause.to, noun + 6))) return false;
  out.push({ kind: 'physician-interprets', first: clause.subject, last: noun });
  return true;
}

/** Verbs by which a person holds a responsibility: "retains", "bears", "keeps", "takes", "assumes". */
const HOLDING: ReadonlySet<string> = new Set(['retain', 'bear', 'keep', 'hold', 'take', 'assume', 'carry', 'have', 'accept', 'own']);
const RESPONSIBILITY: ReadonlySet<string> = new Set(['responsibility', 'accountability']);
/** What the responsibility is for when it is a reading: a judgement noun, a diagnosis, or a judging gerund. */
function readingTopic(word: Word | undefined): boolean {
  if (word === undefined) return false;
  if (JUDGEMENT_NOUNS.has(word.w) || FINAL_NOUNS.has(word.w) || word.w === 'diagnosis' || word.w === 'diagnoses') return true;
  const lemma = word.lemma ?? '';
  return word.form === 'ing' && (CLEFT_READING.has(lemma) || MANUAL_ACTS.has(lemma) || JUDGING_ACTS.has(lemma));
}

/** "The physician retains full responsibility for the interpretation", "bears responsibility for checking each value". */
function responsibilityHeld(words: readonly Word[], clause: Clause, scope: ClauseScope, k: number, out: WordCue[]): boolean {
  const word = words[k];
  if (!HOLDING.has(word.lemma ?? word.w) || clause.subject < 0 || clause.subject >= k || !role(words[clause.subject])) return false;
  let noun = k + 1;
  while (noun < clause.to && noun <= k + 4 && !RESPONSIBILITY.has(words[noun].w) && (words[noun].tag === 'det' || words[noun].tag === 'adj' || words[noun].tag === 'noun' || words[noun].tag === 'adv')) noun++;
  if (!RESPONSIBILITY.has(words[noun]?.w ?? '') || words[noun + 1]?.w !== 'for') return false;
  let topic = -1;
  for (let j = noun + 2; j < clause.to && j <= noun + 5 && topic < 0; j++) {
    if (readingTopic(words[j])) topic = j;
    else if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
  }
  if (topic < 0 || scope.negated[noun - clause.from] || optionBefore(words, clause, k) || aboutTherapy(words, clause)) return false;
  if (objectRuledOut(words, topic, Math.min(clause.to, topic + 6))) return false;
  out.push({ kind: 'physician-interprets', first: clause.subject, last: topic });
  return true;
}

/** The sentence last asked about, and whether it names a role or a clinician's qualifier (every reading here needs one). */
let lastWords: readonly Word[] | undefined;
let lastNamesRole = false;

function namesRole(words: readonly Word[]): boolean {
  if (words === lastWords) return lastNamesRole;
  lastWords = words;
  lastNamesRole = words.some((word) => HUMAN_QUALIFIERS.has(word.w) || role(word) || (word.w.endsWith("'s") && ownerAt(word)));
  return lastNamesRole;
}

/** The judged-output cues of one clause (physician-interprets only). */
export function judgedOutputCues(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  // Cheap gate, once per sentence: no role and no clinician's qualifier, no reading of this kind.
  if (scope.hypothetical || !namesRole(words)) return;
  // A reading another stage already found in this clause is not said twice.
  if (out.some((cue) => cue.kind === 'physician-interprets' && cue.first < clause.to && cue.last >= clause.from)) return;
  for (let k = clause.from; k < clause.to; k++) {
    const word = words[k];
    if (word.tag !== 'verb' || scope.negated[k - clause.from]) continue;
    if (weighedWithEvidence(words, clause, scope, k, out) || manualAct(words, clause, scope, k, out) || gerundDuty(words, clause, k, out) || ownReadingRelied(words, clause, scope, k, out) || responsibilityHeld(words, clause, scope, k, out)) return;
  }
  if (cleftReader(words, clause, scope, out) || personInTheLoop(words, clause, scope, out) || readingDoneBy(words, clause, scope, out)) return;
  requiredJudgement(words, clause, scope, out);
}

/** Participles of carrying out an act named by a noun: "is done by", "is performed by", "is carried out by". */
const CARRIED_OUT: ReadonlySet<string> = new Set(['done', 'performed', 'carried', 'made', 'undertaken', 'conducted', 'provided']);
/** The reading itself, named as a noun. */
const READING_NOUNS: ReadonlySet<string> = new Set(['interpretation', 'interpretations', 'reading', 'readings', 'review', 'diagnosis', 'over-read', 'overread']);

/**
 * "All interpretation of the index and of the EEG is done by the physician" (stop 28): the reading, named as the subject,
 * carried out by a physician in a by-phrase.
 */
function readingDoneBy(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): boolean {
  if (clause.subject < 0 || !READING_NOUNS.has(words[clause.subject].w)) return false;
  for (let k = clause.subject + 1; k < clause.to - 1; k++) {
    if (!CARRIED_OUT.has(words[k].w) || (words[k - 1]?.tag !== 'be' && words[k - 1]?.tag !== 'adv')) continue;
    if (scope.negated[k - clause.from]) return false;
    let by = words[k + 1]?.w === 'out' ? k + 2 : k + 1;
    if (words[by]?.w !== 'by') return false;
    by++;
    while (words[by]?.tag === 'det' || words[by]?.tag === 'adj') by++;
    if (!role(words[by])) return false;
    out.push({ kind: 'physician-interprets', first: clause.subject, last: by });
    return true;
  }
  return false;
}
