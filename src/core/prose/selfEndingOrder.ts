/**
 * An order or a medicine that ends with nobody ending it (stop 57): "the catheter orders expire on their own after 48
 * hours", "the telemetry order discontinues itself at 48 hours", "the prophylactic antibiotic then stopped on schedule
 * without anyone having to discontinue it", "the record system cancels the order automatically". Stopping a treatment or
 * a standing order is a decision about care; when the system makes it and no clinician acts, Appendix S reads it as
 * autonomous, even though a clinician may renew the order.
 *
 * An order needs only a marker that no hand was needed ("automatically", "by itself", "itself", "without anyone"). A
 * medicine or therapy as the subject needs the strong marker ("on its own", "without anyone"), because "the infusion
 * stops automatically when the bag is empty" is a fault of the device (`selfStopping.ts` reads machines). Never with a
 * person who ends it, denied, hedged or hypothetical.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';
import { chosenAlone, noHandNeeded } from './selfActing';

/** Verbs of an order or a treatment coming to an end (lemmas). */
// (not "drop" or "fall": "her blood pressure dropped by itself" is the patient)
const ENDING: ReadonlySet<string> = new Set(['expire', 'discontinue', 'cancel', 'lapse', 'end', 'stop', 'terminate', 'close', 'cease']);
/** Standing orders of care. */
const ORDER_NOUNS: ReadonlySet<string> = new Set(['order', 'orders', 'prescription', 'prescriptions']);
/** What about the order makes it no care: an order of results or of a worklist ("the order of the studies changes"). */
const NOT_CARE_ORDER: ReadonlySet<string> = new Set(['worklist', 'list', 'queue', 'studies', 'cases', 'results', 'priority', 'in']);

/** Whether words[from, to) hold a standing order of care (not "in order", not the order of a list). */
function orderIn(words: readonly Word[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (!ORDER_NOUNS.has(words[j].w) || words[j].tag === 'verb') continue;
    if (NOT_CARE_ORDER.has(words[j - 1]?.w ?? '') || words[j + 1]?.w === 'of' || words[j + 1]?.w === 'to') continue;
    return j;
  }
  return -1;
}

/** Whether words[from, to) name a medicine or therapy. */
function medicineIn(words: readonly Word[], from: number, to: number): number {
  // (not the patient's own state: "blood pressure", "heart rate")
  for (let j = from; j < to; j++) if (V.namesTreatment(words[j].w) && words[j - 1]?.w !== 'blood' && words[j - 1]?.w !== 'heart') return j;
  return -1;
}

export function selfEndingOrderCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged || clause.byAgent >= 0 || clause.agent === 'physician' || clause.agent === 'other' || out.some((c) => c.kind === 'autonomous')) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    if (verb.tag !== 'verb' || verb.form === 'ing' || !ENDING.has(verb.lemma ?? '') || scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    let end = clause.to;
    while (end < words.length && words[end].tag !== 'punct' && words[end].tag !== 'verb' && end < clause.to + 8) end++;
    const reflexive = words[v + 1]?.w === 'itself' || words[v + 1]?.w === 'themselves';
    const strong = reflexive ? v + 1 : chosenAlone(words, v + 1, end);
    const marker = strong >= 0 ? strong : noHandNeeded(words, Math.max(clause.from, v - 2), Math.min(end, v + 8));
    if (marker < 0) continue;
    // the order as the subject ("the order discontinues itself"), or as what the software ends ("cancels the order automatically")
    const before = orderIn(words, clause.from, v);
    const objectOrder = clause.agent === 'software' && !clause.passive ? orderIn(words, v + 1, Math.min(end, v + 6)) : -1;
    const medicine = strong >= 0 && !clause.passive ? medicineIn(words, Math.max(clause.from, v - 4), v) : -1;
    const first = before >= 0 ? before : objectOrder >= 0 ? v : medicine;
    if (first < 0) continue;
    out.push({ kind: 'autonomous', first: Math.min(first, v), last: Math.max(v, marker, objectOrder) });
    return;
  }
}
