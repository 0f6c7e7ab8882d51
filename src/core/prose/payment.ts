/**
 * Payment claims: a CPT code said to guarantee coverage, reimbursement or payment. Read on the
 * same tokens and sentences as the classification cues.
 */
import { BREAK, PUNCT, WORD, tokenize, type Tok } from './tokens';
import { sentences } from './sentences';
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

/** Claims that a CPT code guarantees coverage, reimbursement or payment, sorted by position. */
export function findPaymentClaims(prose: string): PaymentClaim[] {
  const out: PaymentClaim[] = [];
  if (!prose) return out;
  const toks = tokenize(prose);
  for (const [a, b] of sentences(toks)) {
    let s = a;
    for (let i = a; i <= b; i++) {
      if (i === b || (toks[i].t === PUNCT && (toks[i].w === ';' || toks[i].w === ':'))) {
        if (i > s) claimsIn(prose, toks, s, i, out);
        s = i + 1;
      }
    }
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

// Read for every token: a module-level name, so that tsx (tests, eval, benchmark) does not read it through its import getters.
const { CODE_WORDS } = V;

function claimsIn(prose: string, toks: Tok[], a: number, b: number, out: PaymentClaim[]): void {
  let hasCode = false;
  for (let i = a; i < b; i++) {
    if (CODE_WORDS.has(toks[i].w) && toks[i].t === WORD) {
      hasCode = true;
      break;
    }
  }
  if (!hasCode) return;
  payerObligations(prose, toks, a, b, out);
  const w = (i: number): string => (i >= a && i < b ? toks[i].w : '');
  const isWordAt = (i: number): boolean => i >= a && i < b && toks[i].t !== PUNCT && toks[i].t !== BREAK;
  for (let i = a; i < b; i++) {
    const word = w(i);
    let gEnd = -1;
    const particle = V.RESULT_VERBS[word];
    if (particle !== undefined) {
      if (w(i + 1) === particle) gEnd = i + 2;
    } else if (V.GUARANTEE_WORDS.has(word)) {
      gEnd = i + 1;
    } else if (GUARANTEE_FORMS.has(word)) {
      // "a secure payment portal" is an adjective.
      if (word === 'secure' && (V.DETERMINERS.has(w(i - 1)) || !isWordAt(i - 1))) continue;
      gEnd = i + 1;
    }
    if (gEnd < 0) continue;
    // The payment word: after the guarantee ("ensures coverage"), else before it ("payment is assured").
    let p = -1;
    let forward = true;
    if (!V.GUARANTEE_AFTER_ONLY.has(word)) {
      const reach = V.GUARANTEE_BEFORE_ONLY.has(word) ? 1 : 8;
      for (let k = gEnd; k < b && k < gEnd + reach; k++) {
        const kw = w(k);
        if (CLAIM_STOP.has(kw) || kw === '.') break;
        if (V.PAYMENT_WORDS.has(kw)) {
          p = k;
          break;
        }
      }
    }
    if (p < 0 && !V.GUARANTEE_BEFORE_ONLY.has(word)) {
      forward = false;
      // "reimbursement for the digital review will be ensured": the payment noun may carry a short complement.
      for (let k = i - 1; k >= a && k >= i - 8; k--) {
        const kw = w(k);
        if (CLAIM_STOP.has(kw) || kw === ',') break;
        if (V.PAYMENT_WORDS.has(kw)) {
          p = k;
          break;
        }
      }
    }
    if (p < 0) continue;
    // Negated or hedged?
    let negated = false;
    const from = forward ? gEnd : p + 1;
    const to = forward ? p : i;
    for (let k = from; k < to; k++) if (isNegatorWord(w(k))) negated = true;
    for (let k = (forward ? i : p) - 1, n = 0; k >= a && n < 6; k--, n++) {
      const kw = w(k);
      if (NEGATION_STOP.has(kw)) break;
      if (isNegatorWord(kw) && !((kw === 'not' || kw === 'no') && V.NEGATION_EXCEPTIONS_NEXT.has(w(k + 1)))) negated = true;
      if (n < 3 && V.PAYMENT_HEDGES.has(kw)) negated = true;
    }
    if (!forward) {
      for (let k = p + 1; k < i; k++) if (V.PAYMENT_HEDGES.has(w(k))) negated = true;
    }
    if (negated) continue;
    const start = forward ? toks[i].s : toks[p].s;
    const end = forward ? toks[p].e : toks[gEnd - 1].e;
    out.push({ start, end, phrase: prose.slice(start, end) });
    i = forward ? p : gEnd - 1;
  }
}

/**
 * A payer obliged to pay once the code exists: "payers will have to reimburse", "insurers must cover it",
 * "Medicare is required to pay". The payer is named before the obligation, the paying verb follows it
 * within two words; a negation or hedge in between ("will not have to", "may be required") withdraws it.
 */
function payerObligations(prose: string, toks: Tok[], a: number, b: number, out: PaymentClaim[]): void {
  let payer = -1;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.t === PUNCT && t.w === ',') continue;
    if (CLAIM_STOP.has(t.w)) payer = -1;
    if (V.PAYER_NOUNS.has(t.w)) payer = i;
    if (payer < 0 || i - payer > 6) continue;
    // "must" / "required" / "obliged" / "bound", or "have to" / "has to".
    const obliged = V.OBLIGATION_WORDS.has(t.w) || ((t.w === 'have' || t.w === 'has') && toks[i + 1]?.w === 'to' && i + 1 < b);
    if (!obliged) continue;
    let verb = -1;
    for (let k = i + 1; k < b && k <= i + 3; k++) {
      if (V.PAYING_VERBS.has(toks[k].w)) {
        verb = k;
        break;
      }
    }
    // "pay attention", "pay heed" are no payment.
    if (verb < 0 || toks[verb + 1]?.w === 'attention' || toks[verb + 1]?.w === 'heed') continue;
    let withdrawn = false;
    for (let k = payer + 1; k < verb; k++) if (isNegatorWord(toks[k].w) || V.PAYMENT_HEDGES.has(toks[k].w)) withdrawn = true;
    // "A code does not mean that insurers must cover it": a negation shortly before the payer, in the same clause.
    for (let k = payer - 1, n = 0; k >= a && n < 6; k--, n++) {
      if (NEGATION_STOP.has(toks[k].w)) break;
      if (isNegatorWord(toks[k].w)) withdrawn = true;
    }
    if (withdrawn) continue;
    if (out.some((c) => c.start <= toks[verb].s && c.end >= toks[payer].e)) continue;
    out.push({ start: toks[payer].s, end: toks[verb].e, phrase: prose.slice(toks[payer].s, toks[verb].e) });
    payer = -1;
    i = verb;
  }
}
