// Two rule families that a blind set of whole dossiers (test/prose/dossiers-blind4) showed missing, each with
// sentences written here: a payer obliged to pay once the code exists (payment-claim), and a US study that is
// only being talked about (cat3-us-trial). Close wordings that must stay silent sit beside each.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { clean, CLEAN_BODY, lint, span } from './helpers';

const withBody = (...lines: string[]): string => clean({}, [...CLEAN_BODY, '## Value', '', ...lines]);
const paymentClaims = (text: string): string[] =>
  lint(text)
    .filter((f) => f.ruleId === 'payment-claim')
    .map((f) => `${f.ruleId} ${span(f)}`);

describe('payment-claim: a payer obliged to pay once the code exists', () => {
  test('"payers will have to reimburse", "insurers must cover", "Medicare is required to pay" are claims', () => {
    const line = CLEAN_FRONTMATTER_LINES + CLEAN_BODY.length + 3;
    // The finding covers the payer through the paying verb, on the sentence's line (1-based columns).
    const at = (sentence: string, phrase: string): string => {
      const col = sentence.indexOf(phrase) + 1;
      return `payment-claim ${line}:${col}-${line}:${col + phrase.length}`;
    };
    for (const [sentence, phrase] of [
      ['Once the Category III code is out, payers will have to reimburse each reading.', 'payers will have to reimburse'],
      ['With a CPT code, insurers must cover the analysis.', 'insurers must cover'],
      ['After the code is granted, Medicare is required to pay for every study.', 'Medicare is required to pay'],
    ]) {
      assert.deepEqual(paymentClaims(withBody(sentence)), [at(sentence, phrase)], sentence);
    }
  });
  test('negated, hedged, or no payment at all: silent', () => {
    assert.deepEqual(paymentClaims(withBody('Even with a CPT code, payers will not have to reimburse the analysis.')), []);
    assert.deepEqual(paymentClaims(withBody('A CPT code does not mean that insurers must cover the test.')), []);
    assert.deepEqual(paymentClaims(withBody('With a Category III code, payers may be required to pay for a pilot only.')), []);
    assert.deepEqual(paymentClaims(withBody('Payers must decide on coverage; the code only describes the service.')), []);
    assert.deepEqual(paymentClaims(withBody('With a CPT code, insurers have to pay attention to the code descriptor.')), []);
    assert.deepEqual(paymentClaims(withBody('Payers will have to reimburse the analysis.')), [], 'no code named: not a claim about the code');
  });
});

describe('cat3-us-trial: a US study being discussed is no US trial', () => {
  const evidence = (...lines: string[]): string =>
    clean({}, [...CLEAN_BODY, '## Clinical evidence', '', ...lines]).replace(/trials:\n {2}- registry: NCT01234567\n {4}country: US\n {4}efficacy: [^\n]*\n/, '');
  test('efficacy from a Canadian study and a US study under discussion: the finding stays', () => {
    assert.ok(!evidence('x').includes('NCT01234567'), 'the helper removes the listed US trial');
    const f = lint(evidence('In 4,000 tests from two Canadian hospitals, agreement with the panel was 92% (kappa 0.86). A US study is being discussed with one of our sites.'));
    assert.deepEqual(f.filter((x) => x.ruleId === 'cat3-us-trial').map((x) => x.message.split(',')[0]), ['No US clinical trial is described']);
  });
  test('a US study that has run, with its efficacy: no finding', () => {
    const f = lint(evidence('A US study at three hospitals enrolled 900 patients; agreement with the panel was 92%.'));
    assert.deepEqual(f.filter((x) => x.ruleId === 'cat3-us-trial'), []);
  });
});

const CLEAN_FRONTMATTER_LINES = 22;
