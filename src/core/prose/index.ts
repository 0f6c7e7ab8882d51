/**
 * The prose analysis: what a dossier's text says the software does, in Appendix S terms.
 *
 * Stages, one file each: `tokens` (words) → `sentences` → `tags` (parts of speech) → `clauses`
 * (clauses and who acts in each) → `scope` (negation, contrast, hedges, obligation, conditions)
 * → `acts` (output-centric cue patterns, every cue in a clause). The vocabulary is data in
 * `vocabulary`. Payment claims (`payment`) read the same tokens and sentences.
 */
import { BREAK, WORD, tokenize, type Tok } from './tokens';
import { sentences } from './sentences';
import { namesInParagraph } from './names';
import { tagSentence, type Word } from './tags';
import { clausesOf, agentOfHead, type AgentKind, type Clause, type Context } from './clauses';
import { scopeOf, type ClauseScope } from './scope';
import { cuesOfClause, internalStep, type CueKind, type WordCue } from './acts';
import { frontedPhrase, sentenceAgent } from './agent';
import { readerCuesOfClause, passedToReaderCue } from './readers';
import { deniedReadCuesOfClause } from './denied';
import { closedAnswerCue } from './answers';
import { classifiedVerdicts, confirmedRhythmCue, decidedBySoftwareCue, dispositionCue, shockableVerdicts } from './verdicts';
import { verblessAgent } from './verbless';
import { headlineCopula } from './headline';
import { asideToReadPast } from './asides';
import { frontedReviewCues } from './fronted';
import { purposeCues } from './purpose';
import { decisionOnPhysicianCue, dutyCues } from './duty';
import { careLevelCue } from './careLevel';
import { riskGroupCue } from './riskGroups';
import { selfTherapyCue } from './selfTherapy';
import { sentToPumpCue } from './sentToPump';
import { ownSensingCue } from './ownSensing';
import { arrivedAtCue } from './arrivedAt';
import { waitsForNobodyCue } from './waitsForNobody';
import { pacingTimingCue } from './pacingTiming';
import { machineCallCue } from './machineCall';
import { caseTaggedCue } from './caseTagged';
import { selfActingChangeCue, therapyChangedAloneCue } from './selfActing';
import { toldWhatToDoCue } from './toldWhatToDo';
import { declaredVerdictCue, toldVerdictCue } from './toldVerdict';
import { selfEndingOrderCue } from './selfEndingOrder';
import { optionHandedOverCue } from './optionHandedOver';
import { dropDeniedObjects } from './deniedObject';
import { physicianDoesCue } from './physicianDoes';
import { notTheSoftwareCue } from './notTheSoftware';
import { unlessStoppedCue } from './unlessStopped';
import { physicianVerdictCue } from './agreement';
import { nextDoseCue } from './dosing';
import { instrumentMotionCue } from './instrumentMotion';
import { selfStoppingCue } from './selfStopping';
import { choiceInsteadOfPersonCue, closedUnreadCue, excludedFromReadingCue, replacedReaderCue, unreadClosingCue, unreadOpeningCue, unreviewedVerdictCue } from './excluded';
import { readOfTheRest } from './remainder';
import { practiceBeforeProduct, practiceWithoutProduct } from './background';
import { opensOnStudyField } from './studyField';
import { judgedOutputCues } from './judged';
import { purposeOfKeepingOn } from './keptOn';
import { auditOfUse } from './oversight';
import { setpointCue } from './setpoint';
import { fittedSettingsCue, fittingByUserCue } from './fitted';
import { nobodyReadsCue, unreviewedOutputCue, reportedAloneCue } from './unread';
import { movedResultCue } from './layUse';
import { controlLoopCue, selfStartingTherapyCue } from './loops';
import { aloneReadingCue } from './alone';
import { medicineChangeCue } from './medicineChanges';
import { barredFromPatientCue } from './blocked';
import { triggeredTherapyCue } from './triggered';
import { autoReferredCue, carePathCue, layAdviceCue, layLearnsCue, toldWhichConditionCue } from './told';
import { twoValuedAnswerCues, twoValuedFlags } from './flags';
import { quantitativeActCues } from './quantities';
import { statedValueCue } from './statedValues';
import { statisticalReading, type StatisticalMark } from './statistical';
import { namedOutputCues, ownQuantityCue } from './named';
import { dropSensedOnly } from './sensed';
import { questionClauses } from './question';
import { dropOfferedAlternatives } from './alternatives';
import * as V from './vocabulary';

export type { CueKind } from './acts';
export type { StatisticalMark } from './statistical';
export type { AgentKind, Context } from './clauses';
export { findPaymentClaims, type PaymentClaim } from './payment';

/** A phrase that signals a class. Offsets index the prose given; `end` is exclusive. */
export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  phrase: string;
  /** Set when no phrase named the class: the sentence model read the whole sentence so (statistical.ts). */
  statistical?: StatisticalMark;
}

export interface SentenceReading {
  /** The cue kinds the sentence shows, in order. */
  kinds: CueKind[];
  /** Who performs the sentence's main action. */
  agent: AgentKind;
}

interface SentenceResult {
  cues: WordCue[];
  words: Word[];
  agent: AgentKind;
  /** Set when asked for (`readSentences`): per word, whether a negation or contrast covers it and who acts in its clause. */
  negated?: boolean[];
  actors?: AgentKind[];
  setAside?: boolean[];
  /** Whether a clause audits the device's use after the fact ("each use should be reviewed after the event"). */
  audited?: boolean;
  /** Whether every clause is hypothetical or future ("A future release will also estimate …"). */
  hypothetical?: boolean;
}

/** Words that open an inverted condition: "Should the rhythm revert, …". */
const INVERSIONS: ReadonlySet<string> = new Set(['should', 'were', 'had']);

function readSentence(toks: readonly Tok[], a: number, b: number, context: Context, detail = false): SentenceResult {
  let words = tagSentence(toks, a, b, context.names);
  // "Deciding what to take out, he added, is still the endoscopist's job", "Dr Iyer, the endocrinologist, reviews …": read past
  // a reporting aside or an apposition on the subject; "Stroke risk, worked out at admission.": read a headline fragment with
  // its copula put back in the comma's place. Either way the sentence is tagged again from a copy of its own tokens (and the
  // one after it, which a table cell's bar may be), never of the paragraph's, so the work stays linear; each word then gets
  // its own token's index in the paragraph back, so every range still points at the text.
  const asides = asideToReadPast(words);
  let copula = asides === undefined ? headlineCopula(words) : -1;
  if (asides !== undefined || copula >= 0) {
    // (per token of the sentence's own copy, its offset in the sentence: the words set aside are dropped from both)
    let kept = Array.from({ length: b - a + 1 }, (_, j) => j);
    if (asides !== undefined) {
      const dropped = new Set<number>();
      for (const [from, to] of asides) {
        const end = to < words.length ? words[to].tok - a : b - a;
        for (let t = words[from].tok - a; t < end; t++) dropped.add(t);
      }
      kept = kept.filter((t) => !dropped.has(t));
    }
    let local = kept.map((t) => toks[a + t]);
    const length = kept.length - 1;
    if (asides !== undefined) {
      words = tagSentence(local, 0, length, context.names);
      copula = headlineCopula(words);
    }
    if (copula >= 0) {
      // (the words' indices are the paragraph's until the sentence has been tagged from its own copy)
      const at = asides === undefined ? words[copula].tok - a : words[copula].tok;
      local = local.slice();
      local[at] = { ...local[at], w: 'is', t: WORD };
      words = tagSentence(local, 0, length, context.names);
    }
    for (const word of words) word.tok = a + kept[word.tok];
  }
  const clauses = clausesOf(words, context);
  const cues: WordCue[] = [];
  const negated: boolean[] | undefined = detail ? new Array<boolean>(words.length).fill(false) : undefined;
  const actors: AgentKind[] | undefined = detail ? new Array<AgentKind>(words.length).fill('none') : undefined;
  const setAside: boolean[] | undefined = detail ? new Array<boolean>(words.length).fill(false) : undefined;
  let audited = false;
  let hypothetical = clauses.length > 0;
  let previous: ClauseScope | undefined;
  let previousClause: Clause | undefined;
  for (const clause of clauses) {
    const scope = scopeOf(words, clause, previous);
    if (negated && actors) {
      for (let k = clause.from; k < clause.to; k++) {
        negated[k] = scope.negated[k - clause.from] ?? false;
        actors[k] = clause.agent;
      }
    }
    if (auditOfUse(words, clause)) audited = true;
    if (!scope.hypothetical) hypothetical = false;
    // "should stay attached so that the rhythm can be detected": why the device is kept on, no output.
    if (purposeOfKeepingOn(words, clause, previousClause, previous)) {
      if (setAside) for (let k = clause.from; k < clause.to; k++) setAside[k] = true;
    } else {
      const start = cues.length;
      cuesOfClause(words, clause, scope, cues);
      readerCuesOfClause(words, clause, scope, cues);
      deniedReadCuesOfClause(words, clause, scope, cues);
      confirmedRhythmCue(words, clause, scope, cues);
      decidedBySoftwareCue(words, clause, scope, cues);
      purposeCues(words, clause, scope, cues);
      dutyCues(words, clause, scope, cues);
      decisionOnPhysicianCue(words, clause, scope, cues);
      setpointCue(words, clause, scope, cues);
      fittedSettingsCue(words, clause, scope, cues);
      fittingByUserCue(words, clause, scope, cues);
      nobodyReadsCue(words, clause, scope, cues);
      reportedAloneCue(words, clause, scope, cues);
      nextDoseCue(words, clause, scope, cues);
      unreviewedOutputCue(words, clause, scope, cues);
      excludedFromReadingCue(words, clause, scope, cues);
      movedResultCue(words, clause, scope, cues);
      controlLoopCue(words, clause, scope, cues);
      dispositionCue(words, clause, scope, cues);
      layLearnsCue(words, clause, scope, cues);
      autoReferredCue(words, clause, scope, cues);
      toldWhichConditionCue(words, clause, scope, cues);
      // "the app tells us she is back in remission", "informs the user that the mole is benign" (stop 59)
      toldVerdictCue(words, clause, scope, cues);
      // "declares the study normal", "pronounced the rash ringworm" (stop 59)
      declaredVerdictCue(words, clause, scope, cues);
      layAdviceCue(words, clause, scope, cues);
      // "tells the wearer to go down", "recommends which antibiotics to start" (stop 57)
      toldWhatToDoCue(words, clause, scope, cues);
      // "returns recommendations on treatment", "came back with a reduced dose", "shows whether imaging is needed" (stop 58)
      optionHandedOverCue(words, clause, scope, cues);
      selfTherapyCue(words, clause, scope, cues);
      // "calculates the new heparin rate and sends it to the smart pump" (stop 51)
      sentToPumpCue(words, clause, scope, cues);
      // "resets the sensing thresholds beat by beat" (stop 52)
      ownSensingCue(words, clause, scope, cues);
      // "arrives at the most likely diagnosis" (stop 52)
      arrivedAtCue(words, clause, scope, cues);
      // "none of these changes waits for a nurse", "with nobody approving each click" (stop 53)
      waitsForNobodyCue(words, clause, scope, cues);
      // "the pacemaker gradually shortens that gap", "sets the length of that pause itself" (stop 54)
      pacingTimingCue(words, clause, scope, cues);
      // "when to stop is the machine's call, not mine", "the power juggling is the generator's job" (stop 55)
      machineCallCue(words, clause, scope, cues);
      // "a clip with enough positive frames gets a possible-PDA banner", "flagged studies are moved to the top of the worklist" (stop 55)
      caseTaggedCue(words, clause, scope, cues);
      selfActingChangeCue(words, clause, scope, cues);
      therapyChangedAloneCue(words, clause, scope, cues);
      selfStoppingCue(words, clause, scope, cues);
      // "the catheter orders expire on their own after 48 hours" (stop 57)
      selfEndingOrderCue(words, clause, scope, cues);
      quantitativeActCues(words, clause, scope, cues);
      twoValuedAnswerCues(words, clause, scope, cues);
      riskGroupCue(words, clause, scope, cues);
      statedValueCue(words, clause, scope, cues);
      judgedOutputCues(words, clause, scope, cues);
      namedOutputCues(words, clause, scope, cues);
      physicianVerdictCue(words, clause, scope, cues);
      // "the patch sensor measures skin impedance": hardware that only senses is acquisition (round 18b); the
      // statistical reading does not read the clause as an act either.
      if (dropSensedOnly(words, clause, cues, start) && setAside) for (let k = clause.from; k < clause.to; k++) setAside[k] = true;
    }
    previous = scope;
    previousClause = clause;
  }
  // "classifies the smear as positive or negative": a diagnostic verdict the software sorts a case into (stop 32).
  classifiedVerdicts(words, cues);
  // "returns one of two results: negative or indeterminate", "decides whether it is positive or negative" (stop 37)
  closedAnswerCue(words, cues);
  // "classifies each symptom as present or absent": a two-valued answer flags a case (round 17b).
  twoValuedFlags(words, clauses, cues);
  shockableVerdicts(words, cues);
  carePathCue(words, cues);
  careLevelCue(words, clauses, cues);
  selfStartingTherapyCue(words, cues);
  triggeredTherapyCue(words, cues);
  aloneReadingCue(words, cues);
  medicineChangeCue(words, clauses, cues);
  barredFromPatientCue(words, clauses, cues);
  instrumentMotionCue(words, cues);
  replacedReaderCue(words, cues);
  unreadOpeningCue(words, cues);
  unreadClosingCue(words, cues);
  unreviewedVerdictCue(words, cues);
  closedUnreadCue(words, cues);
  choiceInsteadOfPersonCue(words, cues);
  ownQuantityCue(words, cues);
  passedToReaderCue(words, cues);
  // "It does not decide where to cut; the endoscopist still does" (stop 49)
  physicianDoesCue(words, cues);
  // "The podiatrist, not the camera, sets the review interval" (stop 51)
  notTheSoftwareCue(words, cues);
  // "The new dose takes effect unless a clinician rejects it" (stop 51)
  unlessStoppedCue(words, cues);
  // "As an internal step, it computes synchronization likelihood" (stop 32): quantities said to be an intermediate step are no output.
  const internal = internalStep(words);
  if (internal) for (let i = cues.length - 1; i >= 0; i--) if (cues[i].kind === 'augmentative' && cues[i].first >= internal[0] && cues[i].last < internal[1]) cues.splice(i, 1);
  if (readOfTheRest(words, cues) && setAside) setAside.fill(true);
  if (practiceBeforeProduct(words, cues) && setAside) setAside.fill(true);
  // "Secondary outcomes: pain scores and length of stay" (stop 52): a study's field, not the software's output.
  if (opensOnStudyField(words)) {
    cues.length = 0;
    if (setAside) setAside.fill(true);
  }
  practiceWithoutProduct(words, cues);
  frontedReviewCues(words, clauses, cues);
  // "If the rhythm is shockable, the device charges…": a fronted condition is not the main clause; the clause after its comma is.
  let main = clauses[0];
  if (main && (V.SUBORDINATORS.has(main.opener) || (main.from === 0 && INVERSIONS.has(words[0]?.w ?? '')))) {
    // (Past an aside that opens on a preposition: "When the response grows, for instance as the patient coughs, it turns …"; round 18a.)
    const after = clauses.find((c) => c.opener === ',' && c.subject >= 0 && !prepositionalAside(words, c)) ?? clauses.find((c) => c.opener === ',' && c.subject >= 0);
    if (after) main = after;
  }
  // "In routine use, while the wearer is still, the algorithm checks …": past every fronted clause.
  if (main && main.from > 0 && V.SUBORDINATORS.has(main.opener) && words.slice(0, main.from - 1).every((w) => w.tag !== 'verb' && w.tag !== 'be')) {
    const after = clauses.find((c) => c.from > main.from && c.opener === ',' && c.subject >= 0);
    if (after) main = after;
  }
  // "The tool, which runs in the cloud, is used by clinicians …": a relative clause on the subject is no main clause.
  if (main && (main.opener === 'which' || main.opener === 'that') && words[main.from - 2]?.w === ',') {
    const after = clauses.find((c) => c.from > main.from && c.opener === ',');
    if (after) main = after;
  }
  // "Clinicians who are paged remain responsible …": the main clause is the one after the relative clause.
  if (main && main.opener === 'who') main = clauses.find((c) => c.opener === 'who-main') ?? main;
  // "Using data entered by the user, the meter works out …", "From radiographs taken upright, X generates …": a fronted phrase is no main clause.
  if (main && frontedPhrase(words, main)) main = clauses.find((c) => c.from > main.from && c.opener === ',' && c.subject >= 0) ?? main;
  let agent: AgentKind = main ? main.agent : 'none';
  // (A product name, written with a capital, is the software: "BedsidePEWS (…) is used together with …".)
  if (main && main.passive && main.byAgent < 0 && main.subject >= 0 && agentOfHead(words[main.subject].w, context, words[main.subject].tag === 'name') === 'none') agent = 'none';
  // A sentence whose verb the tagger does not know has no clause: its agent is read with the verb the word order points to.
  if (clauses.length === 0) agent = verblessAgent(words, context);
  // "Can it tell me whether I have asthma?": a question claims nothing (its answer, in the next sentences, does).
  const asking = questionClauses(words, clauses);
  if (asking.length) {
    const asks = (k: number): boolean => asking.some((c) => k >= c.from && k < c.to);
    for (let i = cues.length - 1; i >= 0; i--) if (asks(cues[i].first)) cues.splice(i, 1);
    if (asking.length === clauses.length) hypothetical = true;
  }
  // "(A) It diagnoses …, (B) it measures …, or (C) it flags …" (stop 55): options offered as alternatives assert none of them.
  if (dropOfferedAlternatives(words, cues)) hypothetical = true;
  // "gives families no treatment advice" (stop 58): an output "no" denies is not handed over
  dropDeniedObjects(words, cues);
  const merged = mergeCues(cues);
  return { cues: merged, words, agent: readerAgent(merged, sentenceAgent(words, main, agent)), ...(negated && actors && setAside ? { negated, actors, setAside, audited, hypothetical } : {}) };
}

/** "for instance as the patient coughs": a clause after a comma whose subject is the object of the preposition that opens it. */
function prepositionalAside(words: readonly Word[], clause: Clause): boolean {
  if (words[clause.from]?.tag !== 'prep' || clause.subject <= clause.from) return false;
  for (let k = clause.from + 1; k < clause.subject; k++) if (words[k].tag !== 'det' && words[k].tag !== 'adj' && words[k].tag !== 'noun') return false;
  return true;
}

/**
 * "Results come back to the app, where the clinician must look them over", "The report is meant for the
 * interpreting clinician, who integrates it into the reading": when the sentence's only class-relevant acts
 * are a physician's readings, the physician performs its main act, whoever its grammatical subject is
 * (the labelling guide's "main, class-relevant action"; round 16d).
 */
function readerAgent(cues: readonly WordCue[], agent: AgentKind): AgentKind {
  if (agent === 'physician' || cues.length === 0) return agent;
  return cues.every((cue) => cue.kind === 'physician-interprets') ? 'physician' : agent;
}

/** One cue per act: cues of one kind that touch or overlap become one. */
function mergeCues(cues: WordCue[]): WordCue[] {
  cues.sort((x, y) => x.first - y.first || x.last - y.last);
  const out: WordCue[] = [];
  for (const cue of cues) {
    const last = out[out.length - 1];
    if (last && last.kind === cue.kind && cue.first <= last.last) last.last = Math.max(last.last, cue.last);
    else out.push({ ...cue });
  }
  return out;
}

/** Tags a lead-in may end with after its subject: "The radiologist is expected to:", "What the cardiologist does:", "Clinicians are responsible for:". */
const LEAD_TAIL: ReadonlySet<string> = new Set(['punct', 'adv', 'verb', 'be', 'have', 'do', 'modal', 'to', 'neg', 'prep', 'adj']);

/**
 * The agent a lead-in line names when it ends with ":" ("The reading cardiologist:"), if any. Its subject is
 * the last noun before the colon, past a verb group the list completes ("The radiologist is expected to:",
 * "For every flagged case, the radiologist must:", "What the cardiologist does:"; round 16d) and past a
 * compound's own head ("Physician work:", "The physician's role:"). A patient or lay user named so lends
 * `other` ("The patient:"), so the items that follow are theirs, not the software's.
 */
export function leadInAgent(prose: string): AgentKind | undefined {
  const trimmed = prose.trimEnd();
  if (!trimmed.endsWith(':')) return undefined;
  const toks = tokenize(trimmed);
  const spans = sentences(toks);
  const lastSentence = spans[spans.length - 1];
  if (!lastSentence) return undefined;
  const words = tagSentence(toks, lastSentence[0], lastSentence[1]);
  // The lead-in's subject: the last noun before the colon ("For each study, the reading cardiologist:").
  let head = -1;
  for (let k = words.length - 1; k >= 0 && head < 0; k--) {
    const word = words[k];
    // "CardioNova outputs:": an -s word right after a name is its verb, not the head.
    const verbAfterName = word.tag === 'noun' && k === words.length - 2 && k > 0 && words[k - 1].tag === 'name' && word.w.endsWith('s');
    if ((word.tag === 'noun' || word.tag === 'name' || word.tag === 'pron') && !verbAfterName) head = k;
    else if (!verbAfterName && !LEAD_TAIL.has(word.tag)) break;
  }
  if (head < 0) return undefined;
  // "Physician work:", "The physician's role:": a person before the compound's head or owning it names who acts.
  for (let k = head; k >= 0 && k >= head - 2; k--) {
    const agent = leadAgentOfWord(words[k], k === head);
    if (agent) return agent;
    if (words[k - 1]?.tag !== 'noun' && words[k - 1]?.tag !== 'name') break;
  }
  // (A subject that names nobody lends nothing: "Results are sent to:".)
  return undefined;
}

/** The agent one lead-in word names: a physician, a patient or lay user, or the software (only as the head itself). */
function leadAgentOfWord(word: Word, isHead: boolean): AgentKind | undefined {
  const w = word.w.replace(/'s?$/, '');
  if (V.PHYSICIAN_NOUNS.has(w)) return 'physician';
  if (V.OTHER_NOUNS.has(w) && w !== 'we' && w !== 'they') return 'other';
  if (isHead && (V.SOFTWARE_NOUNS.has(w) || word.tag === 'name' || w === 'it')) return 'software';
  return undefined;
}

const KIND_ORDER: Readonly<Record<CueKind, number>> = { assistive: 0, augmentative: 1, autonomous: 2, 'physician-interprets': 3 };

/**
 * Classification cues in one paragraph, list item or table row, sorted by position. `lead` is
 * the agent named by a list's lead-in, for items that name none. With `statistical`, a sentence
 * the sentence model reads confidently as a class the rules did not read in it is a cue too
 * (the whole sentence, marked `statistical`).
 */
export function findCues(prose: string, lead?: AgentKind, options: { statistical?: boolean } = {}): Cue[] {
  const out: Cue[] = [];
  const statistical = options.statistical === true;
  eachSentence(prose, lead, statistical, (toks, result) => {
    for (const cue of result.cues) {
      const start = toks[result.words[cue.first].tok].s;
      const end = toks[result.words[cue.last].tok].e;
      out.push({ kind: cue.kind, start, end, phrase: prose.slice(start, end) });
    }
    if (!statistical) return;
    const detail = detailOf(result);
    const reading = detail && statisticalReading(detail);
    if (!reading) return;
    // The sentence's words, without its closing punctuation.
    let last = result.words.length - 1;
    while (last > 0 && result.words[last].tag === 'punct') last--;
    const start = toks[result.words[0].tok].s;
    const end = toks[result.words[last].tok].e;
    out.push({ kind: reading.kind, start, end, phrase: prose.slice(start, end), statistical: { p: reading.p, words: reading.words } });
  });
  out.sort((x, y) => x.start - y.start || x.end - y.end || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  return out;
}

/** A sentence's reading with its words' scope and actors (read with `detail`), unless it holds no word. */
function detailOf(result: SentenceResult): SentenceDetail | undefined {
  if (!result.words.some((w) => w.tag !== 'punct')) return undefined;
  return { words: result.words, negated: result.negated ?? [], actors: result.actors ?? [], setAside: result.setAside ?? [], audited: result.audited ?? false, hypothetical: result.hypothetical ?? false, agent: result.agent, kinds: result.cues.map((c) => c.kind) };
}

/** One sentence of a paragraph as the pipeline reads it in context: for the statistical reading (`model.ts`), which reads the same words. */
export interface SentenceDetail {
  words: readonly Word[];
  /** Per word: under a negation or a contrast. */
  negated: readonly boolean[];
  /** Per word: who acts in its clause ('none' outside every clause). */
  actors: readonly AgentKind[];
  /** Per word: in a clause the rules read as no act at all (why a device is kept on). */
  setAside: readonly boolean[];
  /** Whether a clause audits the device's use after the fact: no reading of an output, whatever its words weigh. */
  audited: boolean;
  /** Whether the sentence only says what may or will happen: every clause hypothetical (the rules read no act in it). */
  hypothetical: boolean;
  /** Who performs the sentence's main act. */
  agent: AgentKind;
  /** The cue kinds the rules read in it, in order. */
  kinds: CueKind[];
}

/** The sentences of one paragraph, list item or table row (as `findCues` reads them), with their words' scope and actors. */
export function readSentences(prose: string, lead?: AgentKind): SentenceDetail[] {
  const out: SentenceDetail[] = [];
  eachSentence(prose, lead, true, (_toks, result) => {
    const detail = detailOf(result);
    if (detail) out.push(detail);
  });
  return out;
}

/** Reads every sentence of a paragraph in order, with the context one sentence lends the next (pronouns, a list's lead-in, table cells). */
function eachSentence(prose: string, lead: AgentKind | undefined, detail: boolean, visit: (toks: readonly Tok[], result: SentenceResult) => void): void {
  if (!prose) return;
  const toks = tokenize(prose);
  const spans = sentences(toks);
  const context: Context = { lead, names: namesInParagraph(toks, spans) };
  let carry: AgentKind | undefined;
  for (let i = 0; i < spans.length; i++) {
    const [a, b] = spans[i];
    const cellBefore = a > 0 && toks[a - 1].w === '|';
    // A table row whose act comes first and whose last cell names who does it: "| Interpret the radiograph | Radiologist |".
    const next = spans[i + 1];
    const cellAfter = b < toks.length && toks[b].w === '|' && next !== undefined && next[0] === b + 1 ? cellAgent(tagSentence(toks, next[0], next[1])) : undefined;
    const lend = cellBefore && carry ? carry : cellAfter;
    const sentenceContext: Context = lend ? { ...context, lead: lend } : context;
    const result = readSentence(toks, a, b, sentenceContext, detail);
    if (sentenceContext !== context && sentenceContext.last) context.last = sentenceContext.last;
    visit(toks, result);
    // A table cell that only names who acts ("| Physician |") lends its agent to the next cell.
    carry = b < toks.length && toks[b].w === '|' ? cellAgent(result.words) : undefined;
    if (b < toks.length && toks[b].t === BREAK) context.lead = undefined;
  }
}

function cellAgent(words: readonly Word[]): AgentKind | undefined {
  if (words.length === 0 || words.length > 4 || words.some((w) => w.tag === 'verb')) return undefined;
  for (const word of words) {
    if (V.PHYSICIAN_NOUNS.has(word.w)) return 'physician';
    if (V.SOFTWARE_NOUNS.has(word.w)) return 'software';
  }
  return undefined;
}

/** Reads one sentence on its own (for evaluation and tests): its cue kinds and its agent. */
export function analyseSentence(text: string): SentenceReading {
  const toks = tokenize(text);
  const spans = sentences(toks);
  const context: Context = { names: namesInParagraph(toks, spans) };
  const kinds: CueKind[] = [];
  let agent: AgentKind | undefined;
  for (const [a, b] of spans) {
    const result = readSentence(toks, a, b, context);
    agent ??= result.agent;
    for (const cue of result.cues) kinds.push(cue.kind);
  }
  return { kinds, agent: agent ?? 'none' };
}
