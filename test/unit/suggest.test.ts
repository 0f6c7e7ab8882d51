import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { proseVerdict, suggestClass } from '../../src/core/prose/suggest';
import type { CueKind } from '../../src/core/prose';

/** Cues of the given kinds, in the given order (as the analysis would list them). */
function cues(spec: Partial<Record<CueKind, number>>, order: CueKind[] = ['assistive', 'augmentative', 'autonomous', 'physician-interprets']): { kind: CueKind }[] {
  return order.flatMap((kind) => Array.from({ length: spec[kind] ?? 0 }, () => ({ kind })));
}

const pick = (spec: Partial<Record<CueKind, number>>): [string | undefined, string] => {
  const s = suggestClass(cues(spec));
  return [s.suggested, s.reason];
};

describe('what the prose suggests', () => {
  test('no cues: nothing suggested, every count zero', () => {
    assert.deepEqual(suggestClass([]), {
      counts: { assistive: 0, augmentative: 0, autonomous: 0, 'physician-interprets': 0 },
      reason: 'no phrase in the prose points to a class',
    });
  });

  test('physician phrases alone say who interprets, not what the software outputs', () => {
    assert.deepEqual(pick({ 'physician-interprets': 2 }), [undefined, '2 phrases say a physician interprets; none says what the software outputs']);
    assert.deepEqual(pick({ 'physician-interprets': 1 }), [undefined, '1 phrase says a physician interprets; none says what the software outputs']);
  });

  test('one class: that class', () => {
    assert.deepEqual(pick({ assistive: 1 }), ['assistive', '1 phrase suggests assistive work']);
    assert.deepEqual(pick({ augmentative: 3 }), ['augmentative', '3 phrases suggest augmentative work']);
    assert.deepEqual(pick({ autonomous: 1 }), ['autonomous', '1 phrase suggests autonomous work']);
  });

  test('the higher class wins with two phrases, however many lower ones', () => {
    assert.deepEqual(pick({ assistive: 12, augmentative: 2 }), ['augmentative', '2 phrases suggest augmentative work']);
    assert.deepEqual(pick({ assistive: 3, augmentative: 5, autonomous: 2 }), ['autonomous', '2 phrases suggest autonomous work']);
  });

  test('one higher phrase wins unless lower ones outnumber it by 3 or more', () => {
    assert.deepEqual(pick({ assistive: 3, augmentative: 1 }), ['augmentative', '1 phrase suggests augmentative work']);
    assert.deepEqual(pick({ assistive: 4, augmentative: 1 }), ['assistive', '4 phrases suggest assistive work; 1 augmentative phrase outweighed by lower-class ones']);
    assert.deepEqual(pick({ augmentative: 5, autonomous: 1 }), ['augmentative', '5 phrases suggest augmentative work; 1 autonomous phrase outweighed by lower-class ones']);
    assert.deepEqual(pick({ assistive: 2, augmentative: 1, autonomous: 1 }), ['autonomous', '1 phrase suggests autonomous work']);
  });

  test('a higher phrase also supports the classes below it (the classes are nested)', () => {
    // 1 autonomous loses to 6 lower phrases, but with the 1 augmentative phrase it makes two for "at least augmentative".
    assert.deepEqual(pick({ assistive: 6, augmentative: 1, autonomous: 1 }), ['augmentative', '1 phrase suggests augmentative work; 1 autonomous phrase outweighed by lower-class ones']);
    assert.deepEqual(pick({ assistive: 5, autonomous: 1 }), ['assistive', '5 phrases suggest assistive work; 1 autonomous phrase outweighed by lower-class ones']);
  });

  test('a physician who interprets caps the suggestion at augmentative', () => {
    assert.deepEqual(pick({ autonomous: 1, 'physician-interprets': 1 }), ['augmentative', '1 phrase suggests autonomous work, but 1 says a physician interprets: augmentative at most']);
    assert.deepEqual(pick({ autonomous: 2, 'physician-interprets': 1 }), ['augmentative', '2 phrases suggest autonomous work, but 1 says a physician interprets: augmentative at most']);
    assert.deepEqual(pick({ augmentative: 3, autonomous: 4, 'physician-interprets': 2 }), ['augmentative', '3 phrases suggest augmentative work; 4 autonomous phrases capped, as 2 say a physician interprets']);
  });

  test('…unless the autonomous phrases are more than twice as many', () => {
    assert.deepEqual(pick({ autonomous: 3, 'physician-interprets': 1 }), ['autonomous', '3 phrases suggest autonomous work, outweighing 1 that says a physician interprets']);
    assert.deepEqual(pick({ augmentative: 1, autonomous: 5, 'physician-interprets': 2 }), ['autonomous', '5 phrases suggest autonomous work, outweighing 2 that say a physician interprets']);
  });

  test('below autonomous, a physician who interprets fits the class and is only noted', () => {
    assert.deepEqual(pick({ augmentative: 4, 'physician-interprets': 1 }), ['augmentative', '4 phrases suggest augmentative work; a physician interprets']);
    assert.deepEqual(pick({ assistive: 2, 'physician-interprets': 3 }), ['assistive', '2 phrases suggest assistive work; a physician interprets']);
  });

  test('counts are per kind and the order of the phrases never matters (ties are decided by class, not position)', () => {
    const spec = { assistive: 1, augmentative: 1, autonomous: 1, 'physician-interprets': 1 };
    const forward = suggestClass(cues(spec));
    const backward = suggestClass(cues(spec, ['physician-interprets', 'autonomous', 'augmentative', 'assistive']));
    assert.deepEqual(forward, backward);
    assert.deepEqual(forward.counts, { assistive: 1, augmentative: 1, autonomous: 1, 'physician-interprets': 1 });
    assert.equal(forward.suggested, 'augmentative');
    // Equal numbers of two classes: the higher one.
    assert.deepEqual(pick({ assistive: 2, augmentative: 2 }), ['augmentative', '2 phrases suggest augmentative work']);
  });

  test('against the declared class, in the code lens\'s words', () => {
    const v = (declared: 'assistive' | 'augmentative' | 'autonomous', spec: Partial<Record<CueKind, number>>): string => proseVerdict(declared, suggestClass(cues(spec)));
    assert.equal(v('augmentative', {}), 'no class wording in the prose');
    assert.equal(v('augmentative', { augmentative: 2, assistive: 1 }), 'prose agrees');
    assert.equal(v('augmentative', { augmentative: 5, autonomous: 1 }), 'prose mostly agrees');
    assert.equal(v('assistive', { assistive: 3, augmentative: 1, autonomous: 1 }), 'prose suggests augmentative');
    assert.equal(v('autonomous', { autonomous: 1, 'physician-interprets': 1 }), 'prose suggests augmentative');
    assert.equal(v('autonomous', { 'physician-interprets': 2 }), 'prose: a physician interprets');
    assert.equal(v('assistive', { assistive: 2, 'physician-interprets': 1 }), 'prose agrees');
  });
});
