// The scan for unreadable blocks (too deep, too many marks, past the work budget) reuses what the
// last version's scan found, so a keystroke costs the changed part, not the document: whatever
// the edits, the result must be the one a scan of the whole text finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findUnreadableBlocks, scanUnreadable, type UnreadableMemo } from '../../src/core/text';

const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 150;

/** Lines that move the scan's state: headings, fences, deep lists and quotes, marks, blanks. */
const LINES = [
  '## Heading',
  '# Title',
  '',
  '',
  'The software measures the *ejection* fraction.',
  '```',
  '~~~~',
  '- ```',
  '- item',
  '  - nested',
  '- '.repeat(40) + 'deep',
  '> '.repeat(35) + 'quoted',
  '  '.repeat(70) + 'indented',
  '['.repeat(700),
  '*a'.repeat(400),
  '<div>',
  'Text after a blank line.',
  '\r',
  '1. first',
  // Quotes with lazy continuation lines, `>` alone, deeper quotes and headings right after text
  // (the lazy-line, block and heading budgets of issue #15's hostile inputs).
  '> quoted text',
  '> > deeper quote',
  '>',
  'a lazy line',
  '### Right after text',
];

/** Mostly sections of plain prose (so that most edits leave the rest of the scan as it was). */
const PLAIN = ['## Heading', '', 'The software measures the value.', '', 'Text after a blank line.'];
const line = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...LINES) }, { weight: 3, arbitrary: fc.constantFrom(...PLAIN) });
const body = fc.array(line, { minLength: 0, maxLength: 120 }).map((ls) => ls.join('\n'));
/** An edit: replace [at, at + remove) by some lines or characters. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 80 }),
  insert: fc.oneof(
    fc.constantFrom('a', '\n', '\n\n', '#', '## ', '```\n', '- ', '> ', '[', '*', '\r\n', ' '),
    fc.array(line, { maxLength: 4 }).map((ls) => ls.join('\n') + '\n'),
  ),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

for (const budget of [undefined, 4000]) {
  test(`an incremental scan finds what a full scan finds, edit after edit${budget ? ` (work budget ${budget})` : ''}`, () => {
    fc.assert(
      fc.property(body, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        let text = start;
        let memo: UnreadableMemo | undefined = scanUnreadable(text, 0, budget).memo;
        for (const e of edits) {
          text = apply(text, e);
          const next = scanUnreadable(text, 0, budget, memo);
          assert.deepEqual(next.found, findUnreadableBlocks(text, 0, budget), JSON.stringify(text));
          memo = next.memo;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
}

test('typing in the middle of a long body with many skipped blocks: the same blocks, moved', () => {
  const sections = Array.from({ length: 400 }, (_, i) => `## Section ${i}\n\nThe software measures the value ${i}.\n\n${'- '.repeat(40)}deep ${i}\n`);
  const text = sections.join('\n');
  let memo = scanUnreadable(text, 0).memo;
  let edited = text;
  for (const typed of ['x', 'y', '\n', '```', '\n\n## New']) {
    const at = edited.indexOf('value 200');
    edited = edited.slice(0, at) + typed + edited.slice(at);
    const next = scanUnreadable(edited, 0, undefined, memo);
    assert.deepEqual(next.found, findUnreadableBlocks(edited, 0));
    memo = next.memo;
  }
  assert.equal(findUnreadableBlocks(edited, 0).length, 200); // the fence typed in section 200 is never closed: no block after it
});
