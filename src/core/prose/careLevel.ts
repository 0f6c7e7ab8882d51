/**
 * Where and how urgently a person should seek care, given by the software (stop 27): "guidance to the appropriate level
 * of care", "one of five care-level recommendations", "sends patients to primary care or the emergency department".
 * A symptom checker or virtual triage that tells the patient this draws the conclusion itself and offers the management
 * option (Appendix S: autonomous), with no physician between. Not when a person is helped to choose ("helps nurses pick
 * the level of care"), when a physician is the one who sends, or when the sentence denies or hedges it.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs by which the software sends the person on: "points patients to", "directs users to", "recommends the level of care". */
const GUIDING: ReadonlySet<string> = new Set(['point', 'direct', 'guide', 'send', 'route', 'steer', 'signpost', 'navigate', 'recommend', 'advise', 'triage', 'determine', 'assign']);
/** Nouns of the advice itself: "guidance to the appropriate level of care", "care-level recommendations". */
const GUIDANCE: ReadonlySet<string> = new Set(['guidance', 'recommendation', 'recommendations', 'advice', 'disposition', 'dispositions', 'signposting']);
/** Places of care a person is sent to: "to primary care, urgent care or the emergency department". */
const CARE_PLACES: ReadonlySet<string> = new Set([
  'emergency', 'a&e', 'urgent', 'primary', 'self-care', 'telemedicine', 'telehealth', 'gp', 'pharmacy', 'pharmacist', 'hospital',
  'out-of-hours', 'ambulance',
]);
/** A service of care named by the choice made: "whichever service fits best", "the right clinician". */
const CHOSEN_SERVICE: ReadonlySet<string> = new Set(['service', 'services', 'clinician', 'provider', 'appointment', 'clinic', 'team', 'professional']);
const CHOOSING_DETERMINERS: ReadonlySet<string> = new Set(['whichever']);

/** Lay people sent on: the software's own recipients. */
const SENT: ReadonlySet<string> = V.LAY_PEOPLE;
/** Words that deny, hedge or make conditional what follows them in the sentence. */
const DENYING: ReadonlySet<string> = new Set(['not', 'never', "n't", 'no', 'nor', 'without', 'if', 'unless', 'might', 'could', 'would']);

/** The last index of a care-level phrase starting at k ("level of care", "care level", "care-level", "level-of-care"), or -1. */
function careLevelAt(words: readonly Word[], k: number): number {
  const w = words[k].w;
  if ((w === 'level' || w === 'levels') && words[k + 1]?.w === 'of' && words[k + 2]?.w === 'care') return k + 2;
  if (w === 'care' && (words[k + 1]?.w === 'level' || words[k + 1]?.w === 'levels')) return k + 1;
  if (w === 'care-level' || w === 'care-levels' || w === 'level-of-care') return k;
  // "the most appropriate next step" (stop 28): the step a lay person is sent to, with the person named before it
  if (w === 'next' && (words[k + 1]?.w === 'step' || words[k + 1]?.w === 'steps') && layBefore(words, k)) return k + 1;
  // "the most suitable care pathway, from self-help and pharmacy to an urgent appointment" (stop 29): a pathway is a care
  // level when a lay person is named before it or a range of care follows it.
  // (not hedged, and not confirmed by a clinician after: "may recommend a care pathway …, which the nurse then confirms")
  // (a management pathway too, stop 38: "a colour-coded management pathway (green, yellow or red), ranging from routine care
  // to empiric antibiotics")
  if ((w === 'care' || w === 'management') && (words[k + 1]?.w === 'pathway' || words[k + 1]?.w === 'pathways') && (layBefore(words, k) || rangeOfCareAfter(words, k + 2)) && !pathwayHedgedOrConfirmed(words, k)) return k + 1;
  return -1;
}

/** A lay person sent on, within eight words before k: "steers the user to the most suitable next step". */
function layBefore(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    if (SENT.has(words[j].w)) return true;
    if (words[j].tag === 'punct' && words[j].w !== ',') return false;
  }
  return false;
}

/** Verbs by which a clinician takes up a recommended pathway. */
const CONFIRMING: ReadonlySet<string> = new Set(['confirm', 'approve', 'review', 'check', 'accept', 'decide', 'agree']);

function pathwayHedgedOrConfirmed(words: readonly Word[], k: number): boolean {
  for (let j = Math.max(0, k - 6); j < k; j++) if (words[j].w === 'may' || words[j].w === 'might' || words[j].w === 'can' || words[j].w === 'could') return true;
  for (let j = k + 2; j < words.length; j++) if (V.PHYSICIAN_NOUNS.has(words[j].w) && words.slice(j + 1, j + 4).some((w) => CONFIRMING.has(w.lemma ?? ''))) return true;
  return false;
}

/** ", from self-care to the emergency department": a range of care right after k. */
function rangeOfCareAfter(words: readonly Word[], k: number): boolean {
  // (past a bracketed list of its bands, and "ranging": "(green, yellow or red), ranging from …"; stop 38)
  if (words[k]?.w === '(') {
    const close = words.findIndex((w, j) => j > k && w.w === ')');
    if (close < 0 || close > k + 8) return false;
    k = close + 1;
  }
  if (words[k]?.w === ',') k++;
  if (words[k]?.w === 'ranging' || words[k]?.w === 'running') k++;
  if (words[k]?.w !== 'from') return false;
  // (a range with a middle step may run longer: "from routine care, through a blood culture …, to antibiotics")
  const through = words.slice(k + 1, k + 8).some((w) => w.w === 'through' || w.w === 'via');
  for (let j = k + 1; j < words.length && j <= k + (through ? 18 : 6); j++) if (words[j].w === 'to') return true;
  return false;
}

/** What a lay person is told about seeking care: "how urgently help is needed", "whom to contact", "where to seek care". */
function seekingCareAt(words: readonly Word[], k: number): number {
  const w = words[k].w;
  const next = words[k + 1]?.w ?? '';
  let end = -1;
  if (w === 'how' && (next === 'urgently' || next === 'soon' || next === 'quickly')) end = k + 1;
  // "how much care is needed" (stop 34)
  else if (w === 'how' && next === 'much' && words[k + 2]?.w === 'care') return k + 2;
  else if ((w === 'whom' || w === 'who') && words[k + 1]?.tag === 'to' && (words[k + 2]?.w === 'contact' || words[k + 2]?.w === 'see' || words[k + 2]?.w === 'call')) end = k + 2;
  else if (w === 'where' && words[k + 1]?.tag === 'to' && (words[k + 2]?.w === 'seek' || words[k + 2]?.w === 'go' || words[k + 2]?.w === 'get')) end = k + 2;
  // "which clinical department to attend", "which specialist to see" (stop 34): the place of care chosen for the person
  // (its noun is the care named: no other care word needed after it)
  else if (w === 'which') {
    for (let j = k + 1; j < words.length && j <= k + 3; j++) {
      if (CARE_CHOICES.has(words[j].w) && words[j + 1]?.tag === 'to' && ATTENDING.has(words[j + 2]?.w ?? '')) return j + 2;
      if (words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
    }
  }
  // (about care: "how urgently help is needed", "whom to contact, a GP or a pharmacist"; not "how soon the sensor change is
  // due", "who to contact for technical support")
  return end >= 0 && careNear(words, end) ? end : -1;
}

/** Places and people of care a person is told to choose among: "which department to attend", "which specialist to see". */
const CARE_CHOICES: ReadonlySet<string> = new Set(['department', 'clinic', 'specialist', 'specialty', 'speciality', 'service', 'doctor', 'physician', 'hospital']);
/** Verbs of going to care: "to attend", "to see", "to visit". */
const ATTENDING: ReadonlySet<string> = new Set(['attend', 'visit', 'see', 'consult', 'contact', 'go', 'call']);

/** Verbs of seeking care after an advice noun: "a recommendation to seek help", "advice to see a GP". */
const ATTENDING_OR_SEEKING: ReadonlySet<string> = new Set(['seek', 'see', 'visit', 'attend', 'contact', 'consult', 'call', 'go', 'get', 'book']);
/** Verbs of sending advice (lemmas). */
const SENDING: ReadonlySet<string> = new Set(['send', 'give', 'receive', 'get', 'show', 'offer']);

/** Whether the advice noun at k is sent to (or received by) a lay person: "people … were sent recommendations", "sends users a recommendation". */
function adviceSentToLay(words: readonly Word[], k: number): boolean {
  let verb = -1;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (words[j].tag === 'verb' && SENDING.has(words[j].lemma ?? '')) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return false;
  // (sent by the software: no clinician, pharmacist or team named anywhere in the sentence, nor a sender after "by")
  if (words.slice(0, k).some((w) => V.PHYSICIAN_NOUNS.has(w.w) && !SENT.has(w.w)) || words.some((w) => w.w === 'by')) return false;
  return words.slice(0, k).some((w) => SENT.has(w.w) || w.w === 'people' || w.w === 'residents');
}

/** Documents that advise, not the software: "The leaflet advises the user to …". */
const DOCUMENTS: ReadonlySet<string> = new Set(['leaflet', 'manual', 'label', 'labelling', 'labeling', 'instructions', 'guide', 'brochure', 'website', 'poster', 'booklet', 'ifu', 'insert', 'handout']);
/** Errands that are no care: "to go to a pharmacy to buy test strips", "to contact the clinic to reschedule". */
const ERRANDS: ReadonlySet<string> = new Set(['buy', 'purchase', 'order', 'collect', 'pick', 'replace', 'reschedule', 'rebook', 'cancel', 'return', 'pay', 'renew', 'refill', 'register', 'update']);
/** Words of a study or of staffing, where "care needed" or a recommendation sent is not a person's disposition. */
const NOT_A_DISPOSITION: ReadonlySet<string> = new Set(['arm', 'arms', 'trial', 'randomised', 'randomized', 'ward', 'wards', 'roster', 'rosters', 'staffing', 'bed', 'beds', 'managers', 'costs', 'vaccination', 'vaccine', 'replacement']);

/** Whether the sentence's advice is a document's, an errand, or a study's or a ward's matter, not a person's disposition. */
function notADisposition(words: readonly Word[]): boolean {
  return words.some((w, j) => (DOCUMENTS.has(w.w) && w.tag === 'noun') || NOT_A_DISPOSITION.has(w.w) || (w.w === 'support' && (words[j + 1]?.w === 'team' || words[j + 1]?.w === 'desk')) || (ERRANDS.has(w.w) && words[j - 1]?.tag === 'to'));
}

/** Words that make what follows about care. */
const CARE_WORDS: ReadonlySet<string> = new Set([
  'help', 'care', 'appointment', 'appointments', 'visit', 'doctor', 'gp', 'physician', 'clinician', 'nurse', 'pharmacist',
  'hospital', 'emergency', 'ambulance', 'treatment', 'attention', 'seen', 'medical', '111', '999', '911', 'clinic', 'surgery',
  'advice',
]);

/** A care word within eight words after k. */
function careNear(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 8; j++) if (CARE_WORDS.has(words[j].w) || CARE_PLACES.has(words[j].w)) return true;
  return false;
}
/** Verbs that tell a person what to do about care: "tells the user how urgently …", "advises seeking care". */
const TELLING: ReadonlySet<string> = new Set(['tell', 'advise', 'inform', 'show', 'recommend', 'instruct']);
/** Gerunds of seeking care a person is advised to do: "advises getting an appointment", "recommends seeking urgent care". */
const SEEKING: ReadonlySet<string> = new Set(['seeking', 'getting', 'booking', 'calling', 'contacting', 'attending', 'visiting', 'making']);

/** Users of a symptom checker, who are lay: helping them is the software's own advice. */
const LAY_USERS: ReadonlySet<string> = new Set(['user', 'users']);

/**
 * Whether a professional chooses, not the software: a physician named before `to` ("the physician directs patients to …"),
 * or a help verb whose helped one is staff ("helps nurses choose the level of care"; not "helps patients understand …").
 */
function personDecides(words: readonly Word[], to: number): boolean {
  for (let j = 0; j < to; j++) {
    const word = words[j];
    if (V.PHYSICIAN_NOUNS.has(word.w) && !V.AMBIGUOUS_HUMANS.has(word.w)) return true;
    if (word.tag !== 'verb' || !V.HELP_VERBS.includes(word.lemma ?? '')) continue;
    for (let h = j + 1; h < words.length && h <= j + 3; h++) if (V.PHYSICIAN_NOUNS.has(words[h].w) && !LAY_USERS.has(words[h].w)) return true;
  }
  return false;
}

/** A denial, hedge or condition within six words before `to` ("does not recommend a level of care"). */
function denied(words: readonly Word[], to: number): boolean {
  // (back to a contrast: "makes no diagnosis but tells the user …" denies only the diagnosis)
  for (let j = to - 1; j >= 0 && j >= to - 6; j--) {
    if (words[j].w === 'but' || words[j].w === 'yet' || words[j].w === 'instead' || words[j].w === ';' || words[j].w === ':') return false;
    if (DENYING.has(words[j].w)) return true;
  }
  return false;
}

/** The clause that holds word k. */
function clauseOf(clauses: readonly Clause[], k: number): Clause | undefined {
  return clauses.find((c) => c.from <= k && k < c.to);
}

function softwareClause(clauses: readonly Clause[], k: number): boolean {
  const clause = clauseOf(clauses, k);
  return clause !== undefined && clause.agent === 'software';
}

/** Verbs by which the software decides the urgency itself: "decides how urgently the patient needs an appointment". */
const DECIDING: ReadonlySet<string> = new Set(['decide', 'establish', 'assess', 'determine', 'judge']);

/** A deciding verb of the software's right before k, with a lay person in the words after `end`, or -1. */
function deciderBefore(words: readonly Word[], clauses: readonly Clause[], k: number, end: number): number {
  const j = k - 1;
  const word = words[j];
  if (!word || word.tag !== 'verb' || !DECIDING.has(word.lemma ?? '') || word.form === 'ed' || !softwareClause(clauses, j)) return -1;
  // ("assesses how much care is needed": the care named is the person's; stop 34)
  if (words[end].w === 'care') return j;
  for (let h = end + 1; h < words.length && h <= end + 3; h++) if (SENT.has(words[h].w)) return j;
  return -1;
}

/** A telling verb in the software's clause with a lay person right after it, within six words before k, or -1. */
function tellerBefore(words: readonly Word[], clauses: readonly Clause[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const word = words[j];
    if (word.tag === 'verb' && TELLING.has(word.lemma ?? '') && word.form !== 'ed') {
      let h = j + 1;
      while (words[h]?.tag === 'det') h++;
      return SENT.has(words[h]?.w ?? '') && h < k && softwareClause(clauses, j) ? j : -1;
    }
    if (word.tag === 'punct' && word.w !== ',') return -1;
  }
  return -1;
}

export function careLevelCue(words: readonly Word[], clauses: readonly Clause[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  // (stop 34's wider readings, after the reviewer's sentences: a leaflet that advises, an errand, a trial arm, a ward's staffing)
  if (notADisposition(words)) return;
  for (let k = 0; k < words.length; k++) {
    const end = careLevelAt(words, k);
    if (end >= 0) {
      // The guiding verb or the advice noun within eight words before the phrase (or "care-level recommendations" right after it).
      let from = -1;
      if (GUIDANCE.has(words[end + 1]?.w ?? '')) from = k;
      for (let j = k - 1; from < 0 && j >= 0 && j >= k - 8; j--) {
        const word = words[j];
        // (The tagger may take "point" for a noun; a person sent "to" after it makes it the verb: "point them to …".)
        const sending = word.tag === 'verb' || (SENT.has(words[j + 1]?.w ?? '') && words[j + 2]?.w === 'to');
        // ("determines the level of care" only by the software: "the nurse determines the level of care" is the nurse's own call)
        const deciding = word.lemma === 'determine' || word.lemma === 'assign';
        if (GUIDANCE.has(word.w) || (sending && GUIDING.has(word.lemma ?? word.w) && (!deciding || softwareClause(clauses, j)))) from = j;
        else if (word.tag === 'punct' && word.w !== ',') break;
      }
      if (from < 0 || personDecides(words, from) || denied(words, from)) continue;
      out.push({ kind: 'autonomous', first: from, last: GUIDANCE.has(words[end + 1]?.w ?? '') ? end + 1 : end });
      return;
    }
    // "tells the user how urgently help is needed and whom to contact" (stop 28): the software telling a lay person about seeking care;
    // "decides how urgently the patient needs an appointment": the software deciding it for them.
    const seeking = seekingCareAt(words, k);
    if (seeking >= 0) {
      const chooser = words[k].w === 'which' && words[k - 1]?.tag === 'verb' && TELLING.has(words[k - 1].lemma ?? '') && words[k - 1].form !== 'ed' && softwareClause(clauses, k - 1) ? k - 1 : -1;
      const teller = chooser >= 0 ? chooser : tellerBefore(words, clauses, k);
      const from = teller >= 0 ? teller : deciderBefore(words, clauses, k, seeking);
      if (from >= 0 && !personDecides(words, from) && !denied(words, from)) {
        out.push({ kind: 'autonomous', first: from, last: seeking });
        return;
      }
    }
    // "were sent recommendations to seek psychological help", "sends users a recommendation to see a GP" (stop 34): the advice
    // noun, then seeking care, with a lay person before it and no clinician who sends it.
    if (GUIDANCE.has(words[k].w) && words[k + 1]?.tag === 'to' && ATTENDING_OR_SEEKING.has(words[k + 2]?.w ?? '') && careNear(words, k + 2) && adviceSentToLay(words, k)) {
      if (!personDecides(words, k) && !denied(words, k)) {
        out.push({ kind: 'autonomous', first: k, last: k + 2 });
        return;
      }
    }
    // "advises getting a doctor's appointment within 12 hours": advice to seek care, in the software's clause.
    if (words[k].tag === 'verb' && (words[k].lemma === 'advise' || words[k].lemma === 'recommend') && SEEKING.has(words[k + 1]?.w ?? '') && softwareClause(clauses, k)) {
      for (let j = k + 2; j < words.length && j <= k + 6; j++) {
        // (what is sought is care: "getting a doctor's appointment", "calling an ambulance")
        if (CARE_WORDS.has(words[j].w)) {
          if (personDecides(words, k) || denied(words, k)) break;
          out.push({ kind: 'autonomous', first: k, last: j });
          return;
        }
        if (words[j].tag === 'punct' || words[j].tag === 'sub') break;
      }
    }
    // "sends patients to telemedicine, primary care or emergency care": the software's clause, a lay person, then a place of care.
    // "sends them to whichever service fits best" (stop 28): or the service the software chose for them.
    const verb = words[k];
    if (verb.tag !== 'verb' || !GUIDING.has(verb.lemma ?? '') || verb.form === 'ed') continue;
    const clause = clauseOf(clauses, k);
    if (!clause || clause.agent === 'physician' || clause.agent === 'other') continue;
    // (the person may take a determiner: "advises the user to go to an emergency department", stop 34)
    let sent = k + 1;
    while (words[sent]?.tag === 'det') sent++;
    if (!SENT.has(words[sent]?.w ?? '') || words[sent + 1]?.w !== 'to') continue;
    // (a list of options may run on past commas: "to care for themselves, to see a professional, or to go to an emergency department")
    for (let j = sent + 2; j < words.length && j <= sent + 24; j++) {
      // (a service only as the software's choice: "whichever service fits"; not "the support team")
      if (CARE_PLACES.has(words[j].w) || (CHOSEN_SERVICE.has(words[j].w) && CHOOSING_DETERMINERS.has(words[k + 3]?.w ?? ''))) {
        if (personDecides(words, k) || denied(words, k)) return;
        out.push({ kind: 'autonomous', first: k, last: j });
        return;
      }
      if (words[j].tag === 'punct' && words[j].w !== ',') break;
    }
  }
}
