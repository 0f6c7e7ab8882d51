// The keys each rule declares it reads (meta.reads: the key reference and hover list readers from
// them) are the keys it reads when it runs over the corpus, no more and no fewer.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { RULES, rulesReading } from '../../src/core/rules';
import { fieldAt } from '../../src/core/schema';
import { corpus, observedReads } from './reads';

describe('rule reads', () => {
  const observed = observedReads(corpus());
  for (const r of RULES) {
    test(`${r.meta.id} declares the keys it reads`, () => {
      assert.deepEqual([...(r.meta.reads ?? [])].sort(), [...observed.get(r.meta.id)!].sort());
    });
  }
  test('every key declared is a key of the format', () => {
    for (const r of RULES) for (const key of r.meta.reads ?? []) assert.ok(fieldAt(key), `${r.meta.id} reads ${key}`);
  });
  test('readers of a key, with or without list indices', () => {
    assert.deepEqual(rulesReading('sites[0].since').map((r) => r.meta.id), ['cat3-human-use']);
    assert.deepEqual(rulesReading('society.name').map((r) => r.meta.id), ['field-value', 'physician-work-missing', 'society-name-missing', 'society-notice-missing', 'society-notice-late', 'assistive-cpt-discouraged', 'augmentative-cat3-support']);
    assert.deepEqual(rulesReading('title'), []);
  });
});
