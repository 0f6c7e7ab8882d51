// Round 17p: payment-claim read as a field (a code, a link of certainty or cause, a payment word), measured on a
// labelled set of its own (test/prose/payment-claims.json) and shown on sentences written here, whose wording is in
// neither that set nor the earlier tests. Close wordings that must stay silent sit beside each claim.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findPaymentClaims } from '../../src/core/prose';
import { clean, CLEAN_BODY, lint, span } from './helpers';

interface Labelled {
  text: string;
  claim: boolean;
  half: 'tune' | 'check' | 'probe';
}
const SET = (JSON.parse(readFileSync(new URL('../prose/payment-claims.json', import.meta.url), 'utf8')) as { sentences: Labelled[] }).sentences;

function measure(sentences: readonly Labelled[]): { precision: number; recall: number; wrong: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const s of sentences) {
    const found = findPaymentClaims(s.text).length > 0;
    if (found && s.claim) tp++;
    else if (found) {
      fp++;
      wrong.push(`extra: ${s.text}`);
    } else if (s.claim) {
      fn++;
      wrong.push(`missed: ${s.text}`);
    }
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), wrong };
}

describe('payment-claim on the labelled set (test/prose/payment-claims.json)', () => {
  test('precision and recall floors: tune and check halves, check half alone, probes', () => {
    // Half claims, half close non-claims; the check half was split off before the engine read the set.
    const halves = SET.filter((s) => s.half !== 'probe');
    const claims = halves.filter((s) => s.claim).length;
    assert.ok(halves.length >= 120 && Math.abs(claims - (halves.length - claims)) <= 4, `${claims} claims of ${halves.length}`);
    assert.ok(SET.filter((s) => s.half === 'check').length >= 60);
    const floors: ReadonlyArray<readonly [string, readonly Labelled[], number, number]> = [
      ['tune and check', halves, 0.95, 0.9],
      ['check half', SET.filter((s) => s.half === 'check'), 0.95, 0.85],
      ['probes', SET.filter((s) => s.half === 'probe'), 0.95, 0.75],
    ];
    for (const [name, sentences, precision, recall] of floors) {
      const m = measure(sentences);
      assert.ok(m.precision >= precision && m.recall >= recall, `${name}: P ${m.precision.toFixed(2)} R ${m.recall.toFixed(2)}\n${m.wrong.join('\n')}`);
    }
  });
});

const CLEAN_FRONTMATTER_LINES = 22;
const LINE = CLEAN_FRONTMATTER_LINES + CLEAN_BODY.length + 3;
const withBody = (...lines: string[]): string => clean({}, [...CLEAN_BODY, '## Value', '', ...lines]);
const paymentClaims = (text: string): string[] =>
  lint(text)
    .filter((f) => f.ruleId === 'payment-claim')
    .map((f) => `${f.ruleId} ${span(f)}`);
/** The finding on the sentence's line, over the phrase (1-based columns). */
const at = (sentence: string, phrase: string): string => {
  const col = sentence.indexOf(phrase) + 1;
  return `payment-claim ${LINE}:${col}-${LINE}:${col + phrase.length}`;
};
const claimsAt = (pairs: ReadonlyArray<readonly [string, string]>): void => {
  for (const [sentence, phrase] of pairs) assert.deepEqual(paymentClaims(withBody(sentence)), [at(sentence, phrase)], sentence);
};
const silent = (sentences: readonly string[]): void => {
  for (const sentence of sentences) assert.deepEqual(paymentClaims(withBody(sentence)), [], sentence);
};

describe('payment-claim: a code that brings payment about', () => {
  test('a cause with payment as its object is a claim; a path to payment is not', () => {
    claimsAt([
      ['From its first day, the Category I code unlocks payment by regional health plans.', 'unlocks payment'],
      ['Our Category III code triggers reimbursement for every overnight recording.', 'triggers reimbursement'],
      ['The dedicated code opens up Medicaid coverage for the home test.', 'opens up Medicaid coverage'],
      ['A dedicated code means clinics get paid for each review.', 'means clinics get paid'],
    ]);
    silent([
      'The Category I code paves the way for payment discussions with regional plans.',
      'The code opens a pathway to reimbursement decisions by each plan.',
      'Our Category III code gives sleep labs a chance to request reimbursement.',
      'Securing the code for overnight recordings is a first step toward payment.',
    ]);
  });
  test('a payable predicate, or payment that follows, is a claim; an easier payment is not', () => {
    claimsAt([
      ['The new code makes the follow-up visit reimbursable.', 'makes the follow-up visit reimbursable'],
      ['Once the code is in the manual, reimbursement follows.', 'reimbursement follows'],
    ]);
    silent(['The new code makes reimbursement of the follow-up visit simpler to document.']);
  });
  test('a payment in a certain future, or a payer that pays, is a claim; a condition or a hedge is not', () => {
    claimsAt([
      ['With the code published, each tele-review will be reimbursed.', 'will be reimbursed'],
      ['Once the code is live, Medicaid pays for every screening.', 'Medicaid pays'],
    ]);
    silent([
      'Whether each tele-review will be reimbursed is for the payers to decide, not the code.',
      'Once the code is live, Medicaid may pay for some screenings.',
      'The code may unlock payment by regional plans in time.',
      'Obtaining a code does not trigger reimbursement.',
    ]);
  });
});

describe('payment-claim: questions and claims that are not the dossier’s', () => {
  test('a claim relayed without a denial is repeated; denied, asked or called an error it is not', () => {
    claimsAt([['Our consultants say the code unlocks payment from every plan.', 'unlocks payment']]);
    silent([
      'Some consultants say the new code unlocks payment, but that is not so.',
      'Could the code trigger reimbursement for overnight recordings?',
      'It is a myth that a Category III code brings in revenue.',
    ]);
    assert.deepEqual(paymentClaims(withBody('Some consultants say the new code unlocks payment. It does not.')), []);
  });
  test('the message names the phrase and what a code does', () => {
    const sentence = 'Our Category III code triggers reimbursement for every overnight recording.';
    const finding = lint(withBody(sentence)).find((f) => f.ruleId === 'payment-claim');
    assert.ok(finding);
    assert.equal(
      finding.message,
      '"triggers reimbursement" promises payment from a code, but a CPT code does not guarantee coverage, reimbursement or payment (AMA CPT disclaimer). Say instead that the code identifies the service so it can be reported; payment is the payers\' decision.',
    );
  });
});
