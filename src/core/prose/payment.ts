/**
 * Payment claims: a sentence that says a CPT code brings payment, as a certainty. Read as a field of three
 * word families on the same tokens and sentences as the classification cues (round 17p):
 * - a code: "CPT code", "Category III", "the code", "code assignment" (anywhere in the clause);
 * - a link of certainty or cause: a guarantee ("guarantees", "ensures", "is assured", "automatically"), a cause
 *   whose object is the payment ("unlocks", "triggers", "opens up", "brings", "means", "leads to", "results in"),
 *   a payable predicate ("makes … payable", "becomes a covered benefit"), a payment that follows, or a payer
 *   who will, must or does pay ("insurers will cover", "Medicare pays for", "each read will be reimbursed");
 * - a payment: payment, reimbursement, coverage, revenue, fee, paid, reimbursable …
 * The link is withdrawn by a negation or hedge in its clause ("does not unlock", "may lead to"), a condition or
 * a question ("whether the code brings payment", "Will the code lead to payment?"), someone else's claim ("some
 * vendors claim that …", "a misconception that …"), a path between link and payment ("opens the door to
 * coverage", "paves the way"), or the code as the link's object ("securing a code").
 */
import { BREAK, PUNCT, WORD, tokenize, type Tok } from './tokens';
import { sentences } from './sentences';
import { isAdverb } from './tags';
import * as V from './vocabulary';

export interface PaymentClaim {
  start: number;
  end: number;
  phrase: string;
}

function isNegatorWord(w: string): boolean {
  return V.NEGATORS.has(w) || w.endsWith("n't");
}

const GUARANTEE_FORMS = new Set<string>();
for (const verb of V.GUARANTEE_VERBS) for (const f of V.verbForms(verb)) GUARANTEE_FORMS.add(f);
const CLAIM_STOP = new Set(['but', 'however', 'yet', 'although', 'though', 'whereas', 'while', 'unless', 'except']);
/** A negation further back than these belongs to another clause. */
const NEGATION_STOP = new Set([...CLAIM_STOP, 'and', 'so', 'because', 'since', 'therefore', 'thus']);
/** How far back from the link a negation, hedge or reporting verb still governs it. */
const SCOPE_BACK = 12;
/** How far after the link its payment object may come ("brings our product into the reimbursement stream"). */
const REACH = 8;

/** Claims that a CPT code guarantees or brings coverage, reimbursement or payment, sorted by position. */
export function findPaymentClaims(prose: string): PaymentClaim[] {
  const out: PaymentClaim[] = [];
  if (!prose) return out;
  const toks = tokenize(prose);
  const ranges = sentences(toks);
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r];
    // "Will the new code lead to payment?": a question asserts nothing.
    if (toks[b - 1]?.t === PUNCT && toks[b - 1].w === '?') continue;
    // Someone else's claim is denied in the rest of its sentence or at the start of the next ("It does not.").
    const next = ranges[r + 1];
    const denied = (from: number): boolean => deniedAfter(toks, from, b) || (next !== undefined && deniedAfter(toks, next[0], Math.min(next[1], next[0] + DENIAL_REACH)));
    // A code named before a colon carries over it ("… ends the problem for good: every study gets paid"); not over a semicolon.
    let s = a;
    // "A Category I code is the key step. Once it is listed, each study will be reimbursed …" (stop 29): the code the
    // sentence before names, taken up by "it" and a verb of listing.
    const previous = ranges[r - 1];
    let code = previous !== undefined && namesCode(toks, previous[0], previous[1]) && codeTakenUp(toks, a, b);
    const found = out.length;
    for (let i = a; i <= b; i++) {
      const semicolon = i === b || (toks[i].t === PUNCT && toks[i].w === ';');
      if (semicolon || (toks[i].t === PUNCT && toks[i].w === ':')) {
        code ||= namesCode(toks, s, i);
        if (i > s && code) claimsIn(prose, { toks, a: s, b: i, denied, first: out.length }, out);
        s = i + 1;
        if (semicolon) code = false;
      }
    }
    // "will secure reimbursement …, so that departments are paid" is one promise, one finding: a later claim in the
    // sentence stands on its own when the code is named again before it ("…, and the code guarantees payment") or
    // when it is coordinated with the one before ("secures payment and ensures coverage").
    if (out.length > found + 1) {
      const mine = out.splice(found).sort((x, y) => x.start - y.start);
      out.push(mine[0]);
      for (let k = 1; k < mine.length; k++) {
        const between = prose.slice(mine[k - 1].end, mine[k].start);
        if (namesCodeIn(between) || COORDINATION.test(between)) out.push(mine[k]);
      }
    }
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

// Read for every token: module-level names, so that tsx (tests, eval, benchmark) does not read them through its import getters.
const { CODE_WORDS, PAYMENT_WORDS, PAYMENT_CAUSE_VERBS, PAYMENT_PREDICATE_VERBS, PAYER_NOUNS } = V;

/** A segment of a sentence (between `;` and `:`) with word access bounded to it. */
interface Span {
  toks: Tok[];
  a: number;
  b: number;
  /** Whether the text from a token on (to the end of the sentence, and the next sentence's opening) denies a claim. */
  denied: (from: number) => boolean;
  /** The first claim of this segment in the output (claims of earlier segments cannot overlap). */
  first: number;
  /** Whether a payer is named in the segment, once read. */
  payer?: boolean;
}

/** How far into the next sentence a denial of someone else's claim is looked for ("It does not.", "That is a myth."). */
const DENIAL_REACH = 6;

function deniedAfter(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (V.PAYMENT_DENIALS.has(toks[k].w) || toks[k].w.endsWith("n't")) return true;
  return false;
}

function w(sp: Span, i: number): string {
  return i >= sp.a && i < sp.b ? sp.toks[i].w : '';
}

function isWordAt(sp: Span, i: number): boolean {
  return i >= sp.a && i < sp.b && sp.toks[i].t !== PUNCT && sp.toks[i].t !== BREAK;
}

/**
 * Whether what comes before token `from` in its clause withdraws a link there: a negation ("does not, by itself,
 * guarantee"), a hedge ("may help secure", "we hope the code will eventually"), someone else's claim ("vendors
 * claim that"), or a condition or question with no comma between ("whether the code brings payment").
 */
function withdrawnBefore(sp: Span, from: number, last: number): boolean {
  let comma = false;
  for (let k = from - 1, n = 0; k >= sp.a && n < SCOPE_BACK; k--, n++) {
    const kw = w(sp, k);
    if (NEGATION_STOP.has(kw)) return false;
    if (kw === ',') comma = true;
    if (isNegatorWord(kw) && !((kw === 'not' || kw === 'no') && V.NEGATION_EXCEPTIONS_NEXT.has(w(sp, k + 1)))) return true;
    if (V.PAYMENT_HEDGES.has(kw) || V.PAYMENT_ERRORS.has(kw)) return true;
    if (V.PAYMENT_SAYING.has(kw) && !V.DETERMINERS.has(w(sp, k - 1)) && sp.denied(last + 1)) return true;
    if (!comma && V.PAYMENT_CONDITIONS.has(kw)) return true;
  }
  return false;
}

/** Whether a word between two positions withdraws the link: a negation, a hedge, or a path to payment. */
function withdrawnBetween(sp: Span, from: number, to: number, paths: boolean): boolean {
  for (let k = from; k < to; k++) {
    const kw = w(sp, k);
    if (isNegatorWord(kw) || V.PAYMENT_HEDGES.has(kw)) return true;
    if (paths && (V.PAYMENT_PATHS.has(kw) || (CODE_WORDS.has(kw) && sp.toks[k].t === WORD))) return true;
  }
  return false;
}

/** The kind of link at token i, and the token after it (past a particle). */
interface Link {
  end: number;
  /** Where the payment word may stand: after the link, before it ("payment is assured"), or either. */
  forward: boolean;
  backward: boolean;
  reach: number;
  /** How far before the link the payment word may stand. */
  backReach: number;
  /** Only a payable predicate counts: "makes the analysis a payable service". */
  predicate: boolean;
  /** A path noun between link and payment withdraws it (not for guarantees: "guarantees a path" is rare, "entitles … to payment" common). */
  paths: boolean;
}

function linkAt(sp: Span, i: number): Link | undefined {
  const word = w(sp, i);
  const particle = V.RESULT_VERBS[word];
  if (particle !== undefined) {
    // "leads to", "translates directly into", "leads straight to".
    for (let k = i + 1; k <= i + 2; k++) if (w(sp, k) === particle) return { end: k + 1, forward: true, backward: false, reach: REACH, backReach: REACH, predicate: false, paths: true };
    return undefined;
  }
  if (V.GUARANTEE_WORDS.has(word) || GUARANTEE_FORMS.has(word) || (word === 'sure' && V.SURE_AFTER.has(w(sp, i - 1)))) {
    // "a secure payment portal" is an adjective.
    if (V.PAYMENT_ADJECTIVE_LOOKALIKES.has(word) && (V.DETERMINERS.has(w(sp, i - 1)) || !isWordAt(sp, i - 1))) return undefined;
    const before = V.GUARANTEE_BEFORE_ONLY.has(word);
    // "automatically reimbursed", and "coverage comes automatically": right before the payment word, or just after it.
    // After the payment, its payers may come between: "payment from Medicare and from every plan is locked in".
    return { end: i + 1, forward: !V.GUARANTEE_AFTER_ONLY.has(word), backward: true, reach: before ? 1 : REACH, backReach: before ? 3 : REACH + 2, predicate: false, paths: false };
  }
  if (PAYMENT_CAUSE_VERBS.has(word)) {
    // "an open question", "the means of", "a trigger": nouns and adjectives after a determiner.
    if (V.DETERMINERS.has(w(sp, i - 1))) return undefined;
    // "opens up", "brings in", "locks in".
    const next = w(sp, i + 1);
    const end = next === 'up' || next === 'in' ? i + 2 : i + 1;
    return { end, forward: true, backward: false, reach: REACH, backReach: REACH, predicate: false, paths: true };
  }
  if (PAYMENT_PREDICATE_VERBS.has(word)) return { end: i + 1, forward: true, backward: false, reach: 5, backReach: 0, predicate: true, paths: true };
  if (V.PAYMENT_FOLLOWS.has(word)) return { end: i + 1, forward: false, backward: true, reach: REACH, backReach: REACH, predicate: false, paths: true };
  return undefined;
}

const FEE_LISTS: ReadonlySet<string> = new Set(['schedule', 'schedules', 'table', 'tables']);

/** "recoup the cost", "recover their costs": a cost that comes back is a payment. */
function recoveredCost(sp: Span, k: number): boolean {
  if (!V.RECOVERED_COSTS.has(w(sp, k))) return false;
  const before = V.DETERMINERS.has(w(sp, k - 1)) || w(sp, k - 1) === 'their' || w(sp, k - 1) === 'its' ? k - 2 : k - 1;
  return V.RECOVERING_VERBS.has(w(sp, before));
}

/** Verbs by which a code comes to exist: "once it is listed", "when it is issued". */
const LISTING: ReadonlySet<string> = new Set(['listed', 'issued', 'granted', 'assigned', 'published', 'approved', 'established', 'live', 'effective', 'awarded']);

/** "once it is listed", "when it has been issued": "it" and a listing verb within the sentence's first words. */
function codeTakenUp(toks: readonly Tok[], a: number, b: number): boolean {
  for (let i = a; i < b && i <= a + 6; i++) {
    if (toks[i].w !== 'it') continue;
    for (let k = i + 1; k < b && k <= i + 3; k++) if (LISTING.has(toks[k].w)) return true;
  }
  return false;
}

function namesCode(toks: readonly Tok[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (CODE_WORDS.has(toks[i].w) && toks[i].t === WORD) return true;
  return false;
}

/** Nothing between two claims but "and" or "or": two promises made side by side. */
const COORDINATION = /^\s*,?\s*(?:and|or|and\s+also)\s*$/i;

/** Whether a stretch of prose names a code ("the code", "CPT"). */
function namesCodeIn(text: string): boolean {
  for (const word of text.toLowerCase().split(/[^a-z0-9-]+/)) if (CODE_WORDS.has(word)) return true;
  return false;
}

function claimsIn(prose: string, sp: Span, out: PaymentClaim[]): void {
  const { toks, a, b } = sp;
  for (let i = a; i < b; i++) {
    const link = linkAt(sp, i);
    if (!link) continue;
    const payments = link.predicate ? V.PAYABLE_WORDS : PAYMENT_WORDS;
    // The payment word: after the link ("ensures coverage"), else before it ("payment is assured").
    let p = -1;
    let forward = true;
    if (link.forward) {
      for (let k = link.end; k < b && k < link.end + link.reach; k++) {
        const kw = w(sp, k);
        if (CLAIM_STOP.has(kw) || kw === '.') break;
        // "the fee schedule" is a list of rates, not a payment.
        if ((payments.has(kw) && !(kw === 'fee' && FEE_LISTS.has(w(sp, k + 1)))) || recoveredCost(sp, k)) {
          p = k;
          break;
        }
      }
    }
    if (p < 0 && link.backward) {
      forward = false;
      // "reimbursement for the digital review will be ensured": the payment noun may carry a short complement.
      for (let k = i - 1; k >= a && k >= i - link.backReach; k--) {
        const kw = w(sp, k);
        if (CLAIM_STOP.has(kw) || kw === ',') break;
        if (PAYMENT_WORDS.has(kw)) {
          p = k;
          break;
        }
      }
    }
    if (p < 0) continue;
    // "Payment data are automatically sent": after the payment word, only a verb of arrival before "automatically".
    if (!forward && V.GUARANTEE_BEFORE_ONLY.has(w(sp, i)) && !between(sp, p + 1, i, V.PAYMENT_ARRIVALS)) continue;
    // "does not unlock", "may lead to", "opens the door to coverage", "securing a code": withdrawn.
    if (forward ? withdrawnBetween(sp, link.end, p, link.paths) : withdrawnBetween(sp, p + 1, i, false)) continue;
    if (withdrawnBefore(sp, forward ? i : p, forward ? p : link.end - 1)) continue;
    const start = forward ? toks[i].s : toks[p].s;
    const end = forward ? toks[p].e : toks[link.end - 1].e;
    if (!overlaps(sp, out, start, end)) out.push({ start, end, phrase: prose.slice(start, end) });
    i = forward ? p : link.end - 1;
  }
  // After the links, so that "guarantees that Medicare will pay" is one claim from its guarantee.
  payersPaying(prose, sp, out);
  paymentCountedOn(prose, sp, out);
  recoveredFromPayer(prose, sp, out);
  noPayerCanRefuse(prose, sp, out);
  paidBackOrSettled(prose, sp, out);
}

/** Who may settle a bill in full: a payer or a health plan. */
const SETTLERS: ReadonlySet<string> = new Set([...PAYER_NOUNS, 'plan', 'plans']);

/**
 * "hospitals will have every day paid back to them", "each session is settled in full by whichever plan covers the infant"
 * (stop 30): a payment had in a certain future, or a bill a payer settles in full (not "settled in full by the court").
 */
function paidBackOrSettled(prose: string, sp: Span, out: PaymentClaim[]): void {
  const { toks, a, b } = sp;
  for (let i = a; i < b; i++) {
    const t = toks[i].w;
    // "will have <something> paid (back)"
    if (V.CERTAIN_FUTURE.has(t) && w(sp, i + 1) === 'have') {
      for (let k = i + 2; k < b && k <= i + 7; k++) {
        if (!V.PAID_PASSIVES.has(w(sp, k))) continue;
        // ("paid for by their own budgets": the provider pays)
        if (w(sp, k + 1) === 'for' && w(sp, k + 2) === 'by') break;
        if (withdrawnBetween(sp, i + 1, k, false) || withdrawnBefore(sp, i, k)) break;
        claim(prose, sp, i, w(sp, k + 1) === 'back' ? k + 1 : k, out);
        i = k;
        break;
      }
      continue;
    }
    // "is settled in full by whichever plan covers it"
    if (t === 'settled' && (w(sp, i - 1) === 'is' || w(sp, i - 1) === 'are' || V.CERTAIN_FUTURE.has(w(sp, i - 2))) && w(sp, i + 1) === 'in' && w(sp, i + 2) === 'full' && w(sp, i + 3) === 'by') {
      let payer = -1;
      for (let k = i + 4; k < b && k <= i + 7 && payer < 0; k++) if (SETTLERS.has(w(sp, k))) payer = k;
      if (payer < 0 || withdrawnBefore(sp, i - 1, i)) continue;
      claim(prose, sp, i - 1, payer, out);
      i = payer;
    }
  }
}

/** Verbs of getting costs back: "will recover in full from the payer". */
const RECOVERING: ReadonlySet<string> = new Set(['recover', 'recoup', 'claw', 'reclaim']);

/**
 * "a billable item that the hospital will recover in full from the payer" (stop 30): costs got back from a payer in a
 * certain future are a payment promised (not "may recover", "will try to recover").
 */
function recoveredFromPayer(prose: string, sp: Span, out: PaymentClaim[]): void {
  const { toks, a, b } = sp;
  for (let i = a + 1; i < b; i++) {
    if (!RECOVERING.has(toks[i].w)) continue;
    let f = i - 1;
    while (f > a && isAdverb(w(sp, f))) f--;
    if (!V.CERTAIN_FUTURE.has(w(sp, f))) continue;
    let payer = -1;
    for (let k = i + 1; k < b && k <= i + 6 && payer < 0; k++) if (w(sp, k) === 'from' && PAYER_NOUNS.has(w(sp, k + 1) === 'the' || w(sp, k + 1) === 'each' || w(sp, k + 1) === 'every' ? w(sp, k + 2) : w(sp, k + 1))) payer = PAYER_NOUNS.has(w(sp, k + 1)) ? k + 1 : k + 2;
    // ("will recover nothing from the payer": the object denied)
    if (payer < 0 || withdrawnBetween(sp, f + 1, payer, false) || w(sp, i + 1) === 'nothing' || withdrawnBefore(sp, f, i)) continue;
    claim(prose, sp, f, payer, out);
    i = payer;
  }
}

/** Ways of saying a payer is able to refuse: "in a position to say no", "able to refuse". */
const POSITIONED: ReadonlySet<string> = new Set(['position', 'able']);

/**
 * "no insurer will be in a position to say no", "no payer will be able to refuse it" (stop 30): every payer denied the
 * refusal, which promises the payment.
 */
function noPayerCanRefuse(prose: string, sp: Span, out: PaymentClaim[]): void {
  const { toks, a, b } = sp;
  for (let i = a; i < b - 1; i++) {
    if (toks[i].w !== 'no' || !PAYER_NOUNS.has(w(sp, i + 1))) continue;
    for (let k = i + 2; k < b && k <= i + 9; k++) {
      if (!POSITIONED.has(w(sp, k))) continue;
      const to = w(sp, k + 1) === 'to' ? k + 1 : -1;
      if (to < 0) break;
      const refusal = REFUSING.has(w(sp, to + 1)) ? to + 1 : w(sp, to + 1) === 'say' && w(sp, to + 2) === 'no' ? to + 2 : w(sp, to + 1) === 'turn' && w(sp, to + 2) === 'down' ? to + 2 : -1;
      // (not a refusal of something else: "refuse to look at the evidence")
      if (refusal < 0 || w(sp, refusal + 1) === 'to' || withdrawnBefore(sp, i, refusal)) break;
      claim(prose, sp, i, refusal, out);
      i = refusal;
      break;
    }
  }
}

/** Nouns a payment word may qualify: "payment codes", "reimbursement rules". */
const QUALIFIED_BY_PAYMENT: ReadonlySet<string> = new Set(['code', 'codes', 'rules', 'rule', 'policy', 'policies', 'system', 'systems', 'schedule', 'schedules', 'data', 'process', 'model', 'models', 'form', 'forms']);

/** Being paid said as compensation: "can count on being compensated" (stop 30). */
const COMPENSATED: ReadonlySet<string> = new Set(['compensated', 'compensation', 'remunerated', 'remuneration']);

/** Verbs of counting on something: "can count on", "can bank on", "can rely on". */
const COUNTING_ON: ReadonlySet<string> = new Set(['count', 'bank', 'rely', 'depend']);

/**
 * "Hospitals can count on full payment once the code is live", "clinics can bank on a fixed fee" (stop 29): a payment
 * the provider may count on is promised (the "can" is an assurance here, not a hedge; a negation before withdraws it).
 */
function paymentCountedOn(prose: string, sp: Span, out: PaymentClaim[]): void {
  const { toks, a, b } = sp;
  for (let i = a + 1; i < b; i++) {
    if (!COUNTING_ON.has(toks[i].w) || w(sp, i + 1) !== 'on') continue;
    const assured = w(sp, i - 1) === 'can' || w(sp, i - 1) === 'will' || w(sp, i - 1) === 'may' ? i - 1 : i;
    if (w(sp, assured - 1) === 'not' || w(sp, i - 1) === 'not' || w(sp, i - 1) === 'cannot') continue;
    let p = -1;
    // (the payment itself, not a word it qualifies: "rely on the payment codes listed in the appendix")
    for (let k = i + 2; k < b && k <= i + 5 && p < 0; k++) if ((PAYMENT_WORDS.has(w(sp, k)) || COMPENSATED.has(w(sp, k))) && !QUALIFIED_BY_PAYMENT.has(w(sp, k + 1))) p = k;
    if (p < 0 || withdrawnBefore(sp, assured, p)) continue;
    claim(prose, sp, assured, p, out);
    i = p;
  }
}

/**
 * A payer said to pay once the code exists: obliged ("payers will have to reimburse", "insurers must cover it",
 * "Medicare is required to pay"), in a certain future ("insurers will cover the test") or the present ("Medicare
 * pays for the analysis"); and a payment in a certain future with no payer named ("each read will be reimbursed",
 * "hospitals will get paid"). A negation or hedge in between ("will not have to", "may be required") or before
 * ("does not mean that insurers must cover", "if Medicare will pay") withdraws it.
 */
function payersPaying(prose: string, sp: Span, out: PaymentClaim[]): void {
  const { toks, a, b } = sp;
  let payer = -1;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.t === PUNCT && t.w === ',') continue;
    if (CLAIM_STOP.has(t.w)) payer = -1;
    // ("every health plan": a plan is a payer only as a health or insurance plan, not a treatment plan; stop 28)
    if (PAYER_NOUNS.has(t.w) || (CODE_WORDS.has(t.w) && t.t === WORD) || ((t.w === 'plan' || t.w === 'plans') && PLAN_PAYERS.has(w(sp, i - 1)))) payer = i;
    // "will be reimbursed", "will get paid", "shall be covered by Medicare", and in the present "each study is
    // reimbursed at the standard rate": no payer needed before.
    const future = V.CERTAIN_FUTURE.has(t.w);
    if (future || t.w === 'is' || t.w === 'are') {
      let k = i + 1;
      while (k < b && isAdverb(w(sp, k))) k++;
      // "will receive payment", "will collect a fee for each read": the payment within three words.
      if (future && V.RECEIVING_VERBS.has(w(sp, k))) {
        let p = -1;
        for (let j = k + 1; j < b && j <= k + 3 && p < 0; j++) if (PAYMENT_WORDS.has(w(sp, j))) p = j;
        if (p >= 0 && !withdrawnBetween(sp, i + 1, p, true) && !withdrawnBefore(sp, i, p)) {
          claim(prose, sp, i, p, out);
          i = p;
          continue;
        }
      }
      // After "will": "be", "get" or "become", then the payment; after "is": the payment.
      if (future) k = w(sp, k) === 'be' || w(sp, k) === 'get' || w(sp, k) === 'become' ? k + 1 : -1;
      const paid = k < 0 ? '' : w(sp, k);
      // "will be covered in section 4": "covered" is a payment only with a payer in the clause.
      // ("Most IVF is paid out of pocket" (stop 30): the patient pays, no payer promised.)
      const outOfPocket = (w(sp, k + 1) === 'out' && w(sp, k + 3) === 'pocket') || w(sp, k + 1) === 'privately' || (w(sp, k + 1) === 'by' && (w(sp, k + 2) === 'patients' || w(sp, k + 3) === 'patients' || w(sp, k + 2) === 'the' && w(sp, k + 3) === 'patient'));
      const payment = !outOfPocket && (future ? V.PAYABLE_WORDS.has(paid) && (paid !== 'covered' || hasPayer(sp)) : V.PAID_PASSIVES.has(paid));
      if (payment && !withdrawnBetween(sp, i + 1, k, false) && !withdrawnBefore(sp, i, k)) {
        claim(prose, sp, i, k, out);
        i = k;
        continue;
      }
    }
    if (payer < 0 || i - payer > 6 || i === payer) continue;
    let verb = -1;
    // A code pays only in a certain future ("the code will pay the reader"); "the code must cover all steps" describes.
    const byCode = CODE_WORDS.has(toks[payer].w);
    // "insurers will have no choice but to pay": an obligation said with a denied alternative (its "no" withdraws nothing).
    const noChoice = (t.w === 'have' || t.w === 'has') && w(sp, i + 1) === 'no' && NO_CHOICE.has(w(sp, i + 2)) && w(sp, i + 3) === 'but' && w(sp, i + 4) === 'to';
    // "carriers have no grounds to decline it" (stop 28): a refusal denied to the payer is an obligation to pay.
    // ("no grounds left to turn down" (stop 30): "left" may stand before "to", and "turn down" refuses too.)
    const groundsTo = w(sp, i + 3) === 'left' ? i + 4 : i + 3;
    const refusalAt = REFUSING.has(w(sp, groundsTo + 1)) ? groundsTo + 1 : w(sp, groundsTo + 1) === 'turn' && w(sp, groundsTo + 2) === 'down' ? groundsTo + 2 : -1;
    const noGrounds = !byCode && (t.w === 'have' || t.w === 'has') && w(sp, i + 1) === 'no' && NO_GROUNDS.has(w(sp, i + 2)) && w(sp, groundsTo) === 'to' && refusalAt >= 0;
    // "a fee that insurers can no longer turn down", "payers cannot refuse it" (stop 29): a refusal the payer is unable to make.
    const unableAt = !byCode ? unableToRefuse(sp, i) : -1;
    if (noGrounds) verb = refusalAt;
    else if (unableAt >= 0) verb = unableAt;
    else if (noChoice || V.OBLIGATION_WORDS.has(t.w) || ((t.w === 'have' || t.w === 'has') && w(sp, i + 1) === 'to') || V.CERTAIN_FUTURE.has(t.w)) {
      if (byCode && !V.CERTAIN_FUTURE.has(t.w)) continue;
      // "must" / "required" / "obliged" / "bound", "have to" / "has to", "will": the paying verb within three words,
      // or its -ing form after "start", "begin" ("will start paying").
      const from = noChoice ? i + 4 : i;
      for (let k = from + 1; k < b && k <= from + 3; k++) {
        const kw = toks[k].w;
        // ("obliged to settle": settling a bill is paying it, once an obligation binds the payer)
        if ((V.PAYING_VERBS.has(kw) && !(byCode && kw === 'cover')) || (kw === 'settle' && !byCode && settlesBill(sp, k)) || (V.PAYING_GERUNDS.has(kw) && V.PAYING_ASPECT.has(w(sp, k - 1)))) {
          verb = k;
          break;
        }
      }
    } else if (!byCode && between(sp, payer + 1, i, V.ADVERBS) && (V.PAYING_VERBS_PRESENT.has(t.w) || (V.PAYER_PLURALS.has(toks[payer].w) && V.PAYING_VERBS.has(t.w)))) {
      // "Medicare pays for the analysis", "insurers cover the screening".
      verb = i;
    }
    // "pay attention", "pay heed" are no payment.
    if (verb < 0 || w(sp, verb + 1) === 'attention' || w(sp, verb + 1) === 'heed') continue;
    // (Past a denied alternative only the words before it can withdraw the claim.)
    const withdrawnTo = noChoice || noGrounds || unableAt >= 0 ? i : verb;
    if (withdrawnBetween(sp, payer + 1, withdrawnTo, false) || withdrawnBefore(sp, payer, withdrawnTo)) continue;
    claim(prose, sp, payer, verb, out);
    payer = -1;
    i = verb;
  }
}

/** What makes a plan a payer: "health plans", "insurance plan", "Medicare Advantage plans". */
const PLAN_PAYERS: ReadonlySet<string> = new Set(['health', 'insurance', 'benefit', 'benefits', 'medicare', 'medicaid', 'advantage', 'commercial', 'employer', 'vision', 'dental', 'drug']);

/** What a payer settles when it pays: a bill, a claim, or nothing named ("obliged to settle at the published rate"). */
const BILLS: ReadonlySet<string> = new Set(['bill', 'bills', 'claim', 'claims', 'invoice', 'invoices', 'charge', 'charges', 'fee', 'fees', 'it', 'them', 'account', 'accounts']);
/** Words after "settle" that start no object: "settle at the rate", "settle in full", "settle promptly". */
const SETTLE_NO_OBJECT: ReadonlySet<string> = new Set(['at', 'in', 'within', 'without', 'promptly', 'quickly', 'fully', 'for', '.', ',', ';']);

/** "settle the claim", "settle at the published rate": settling a bill (not "settle the question", "settle disputes", "settle on"). */
function settlesBill(sp: Span, k: number): boolean {
  const after = w(sp, k + 1);
  if (after === '' || SETTLE_NO_OBJECT.has(after) || BILLS.has(after)) return true;
  for (let j = k + 1; j < sp.b && j <= k + 4; j++) if (BILLS.has(w(sp, j))) return true;
  return false;
}

/** "no grounds to decline", "no reason to refuse", "no basis to deny": the payer's refusal, denied. */
const NO_GROUNDS: ReadonlySet<string> = new Set(['grounds', 'ground', 'reason', 'basis', 'right', 'way']);
const REFUSING: ReadonlySet<string> = new Set(['decline', 'refuse', 'deny', 'reject', 'withhold', 'dispute']);

/** "can no longer turn down", "cannot refuse", "can't deny", "are unable to decline" at i: the refusing verb's last token, or -1. */
function unableToRefuse(sp: Span, i: number): number {
  let k = -1;
  const at = w(sp, i);
  if (at === 'cannot' || at === "can't") k = i + 1;
  else if (at === 'can' && w(sp, i + 1) === 'not') k = i + 2;
  else if (at === 'can' && w(sp, i + 1) === 'no' && w(sp, i + 2) === 'longer') k = i + 3;
  else if ((at === 'are' || at === 'is' || at === 'will') && w(sp, i + 1) === 'unable' && w(sp, i + 2) === 'to') k = i + 3;
  if (k < 0) return -1;
  if (REFUSING.has(w(sp, k))) return k;
  if (w(sp, k) === 'turn' && w(sp, k + 1) === 'down') return k + 1;
  return -1;
}

/** "no choice but to", "no option but to", "no alternative but to". */
const NO_CHOICE: ReadonlySet<string> = new Set(['choice', 'option', 'alternative']);

function between(sp: Span, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (!words.has(w(sp, k))) return false;
  return true;
}

function hasPayer(sp: Span): boolean {
  if (sp.payer === undefined) {
    sp.payer = false;
    for (let k = sp.a; k < sp.b && !sp.payer; k++) if (PAYER_NOUNS.has(sp.toks[k].w)) sp.payer = true;
  }
  return sp.payer;
}

function overlaps(sp: Span, out: readonly PaymentClaim[], start: number, end: number): boolean {
  for (let k = sp.first; k < out.length; k++) if (out[k].start < end && out[k].end > start) return true;
  return false;
}

function claim(prose: string, sp: Span, first: number, last: number, out: PaymentClaim[]): void {
  const start = sp.toks[first].s;
  const end = sp.toks[last].e;
  if (overlaps(sp, out, start, end)) return;
  out.push({ start, end, phrase: prose.slice(start, end) });
}
