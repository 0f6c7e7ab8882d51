// payment-claim: three wordings of a claim that dossiers-blind6 held and the field missed (read after the set was
// measured): a cost recovered, a payment "locked in" with its payers between, and "makes sure … will be honoured".
// Sentences written here; close wordings that must stay silent beside each.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findPaymentClaims } from '../../src/core/prose';

const claims = (text: string): string[] => findPaymentClaims(text).map((c) => c.phrase);

describe('payment-claim: claims in new words', () => {
  test('a cost the code makes come back is a payment', () => {
    assert.deepEqual(claims('Once the Category III code is issued, it guarantees that clinics will recoup the cost of each study from the insurer.'), ['guarantees that clinics will recoup the cost']);
    assert.deepEqual(claims('The CPT code ensures practices recover their costs for the reading.'), ['ensures practices recover their costs']);
    // A cost that is only named, or a patient who recovers, is no payment.
    assert.deepEqual(claims('The CPT code guarantees that the cost of each study is reported to the registry.'), []);
    assert.deepEqual(claims('With the Category III code in use, we are certain patients recover faster.'), []);
  });

  test('a payment "locked in", with its payers between', () => {
    assert.deepEqual(claims('With a Category I code in place, reimbursement from Medicare and from all private plans is locked in for every test.'), ['reimbursement from Medicare and from all private plans is locked']);
    // The fee schedule is a list of rates, not a payment.
    assert.deepEqual(claims('The Category I code is locked in the fee schedule draft.'), []);
    assert.deepEqual(claims('With a Category I code in place, reimbursement is not locked in for any test.'), []);
  });

  test('"makes sure" a claim "will be honoured"', () => {
    assert.deepEqual(claims('A Category III code makes sure every claim for the service will be honored by the payers.'), ['sure every claim for the service will be honored']);
    // An instruction, a denial and a doubt are no claims.
    assert.deepEqual(claims('Make sure the CPT code appears on the claim form before payment is requested.'), []);
    assert.deepEqual(claims('The code will not make sure that claims are honoured.'), []);
    assert.deepEqual(claims('We are not sure whether the code leads to payment.'), []);
  });
});
