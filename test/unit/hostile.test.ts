// Hostile and broken dossiers (GitHub issue #6): each is answered with the findings that say what
// is wrong, never a crash or an exception, every range inside the file, the same findings from the
// chunked and the whole-document parse, and the CLI exits 0 or 1 with valid JSON on every one.
// Times are not asserted here: `node --import tsx test/bench/hostile.ts` prints them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintText, DossierLinter, INTERNAL_ERROR } from '../../src/core/engine';
import { LineIndex, stripBom, findUnreadableBlocks, blankBlocks } from '../../src/core/text';
import { findDeepNesting } from '../../src/core/parse/yamlFacts';
import { RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/rule';
import type { Finding } from '../../src/core/types';
import { applyFixes } from '../../src/core/fix';
import { loadConfigSync } from '../../src/core/configLoader';
import { defaultConfig } from '../../src/core/config';
import { findPolicy } from '../../src/core/policy';
import { ConfigResolver, clearConfigCache, type ConfigFs } from '../../src/node/loadConfig';
import { expandPaths } from '../../src/node/findFiles';
import { run, type Io } from '../../src/cli/commands';
import { hostileCases, FRONT, OUTPUT, join, TODAY, type HostileCase } from '../bench/hostile';
import { cuePhrases } from './helpers';
import * as library from '../../src/lib/index';

const ROOT = path.resolve(__dirname, '..', '..');
const CASES = new Map(hostileCases().map((c) => [c.name, c]));
/** Only timed by the bench: correct, but seconds of remark work that prove nothing more here. */
const BENCH_ONLY = new Set(['100,000 headings', '20,000 enable switches and 20,000 findings']);

function hostile(name: string): HostileCase {
  const c = CASES.get(name);
  assert.ok(c, `no hostile case named ${name}`);
  return c;
}

function lint(text: string, fileName = 'hostile.dossier.md'): Finding[] {
  return lintText(text, { fileName, today: TODAY }).findings;
}

/** "LINE rule-id" (1-based), in the engine's order. */
function lineIds(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
}

/** Rule id → how many findings. */
function counts(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}

function assertInside(text: string, findings: readonly Finding[]): void {
  const lines = new LineIndex(stripBom(text));
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.lineCount, `${f.ruleId}: line ${p.line} outside the file`);
      assert.ok(p.column >= 0 && p.column <= lines.lineText(p.line).length, `${f.ruleId}: column ${p.column} beyond line ${p.line}`);
    }
    const { start, end } = f.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.column <= end.column), `${f.ruleId}: start after end`);
  }
}

const SKIPPED = /more than the Markdown parser can read in reasonable time, so (it was|they were) skipped and classification-cue and payment-claim did not check/;

/**
 * Lints a case and checks what every case shares: no exception, every range inside the file, no
 * rule or parser failure (a part skipped for its nesting or marks is reported, not a failure), and
 * the chunked parse equal to the whole-document parse (`whole: false` for a body of one line,
 * where both are the same parse).
 */
function check(name: string, { whole = true } = {}): Finding[] {
  const { text } = hostile(name);
  const findings = lint(text);
  assertInside(text, findings);
  assert.deepEqual(findings.filter((x) => x.ruleId === INTERNAL_ERROR && !SKIPPED.test(x.message)), [], 'no rule or parser failed');
  if (whole) assert.deepEqual(lintText(text, { fileName: 'hostile.dossier.md', today: TODAY, wholeDocument: true }).findings, findings, 'chunked equals whole document');
  return findings;
}
const NOT_READ_YAML = /^The frontmatter is not valid YAML: it nests lists or mappings more than 64 levels deep here, far deeper than a dossier needs \(3 at most\), so it was not read/;

describe('hostile input: YAML', () => {
  test('billion laughs under unknown keys: one unknown-field per key, nothing expanded', () => {
    const f = check('alias bomb (unknown keys)');
    assert.deepEqual(lineIds(f), Array.from({ length: 10 }, (_, i) => `${22 + i} unknown-field`));
    assert.match(f[0].message, /^Unknown key `lol0`/);
  });

  test('billion laughs under known keys: field-value at each alias, not at its anchor', () => {
    const f = check('alias bomb (under known keys)');
    // codes: the 9 entries of the anchored list (line 13); sites, trials, title: their alias (lines 14-16).
    assert.deepEqual(lineIds(f), [...Array(9).fill('13 field-value'), '14 field-value', '15 cat3-us-trial', '15 field-value', '16 field-value']);
    assert.match(f.find((x) => x.range.start.line === 13)!.message, /^`sites\[\]` must be a mapping of name, state, since/);
    assert.match(f.find((x) => x.range.start.line === 15)!.message, /^`title` must be a single value/);
  });

  test('flow [[[[… 5,000 deep: frontmatter-syntax says it nests too deeply, at a fixed place', () => {
    const f = check('YAML flow [[[[… 5,000 deep');
    assert.deepEqual(lineIds(f), ['4 frontmatter-syntax']);
    assert.match(f[0].message, NOT_READ_YAML);
    // `codes:` is one level, so the 64th bracket is the 65th level.
    assert.equal(f[0].range.start.column, 'codes: '.length + 63);
  });

  test('flow {a: {a: … 5,000 deep and unclosed', () => {
    const f = check('YAML flow {a: {a: … 5,000 deep, unclosed');
    assert.deepEqual(lineIds(f), ['4 frontmatter-syntax']);
    assert.match(f[0].message, NOT_READ_YAML);
  });

  test('block "- - - …" 5,000 deep', () => {
    const f = check('YAML block "- - - …" 5,000 deep');
    assert.deepEqual(lineIds(f), ['5 frontmatter-syntax']);
    assert.match(f[0].message, NOT_READ_YAML);
  });

  test('block mapping indented 5,000 deep (12 MB): size-limit, and the frontmatter still read', () => {
    const f = check('YAML block mapping 5,000 deep (indented, 12 MB)');
    assert.deepEqual(lineIds(f), ['1 size-limit', '68 frontmatter-syntax']);
    assert.match(f[1].message, NOT_READ_YAML);
  });

  test('the nesting limit leaves real frontmatter alone', () => {
    assert.equal(findDeepNesting(`codes: ${'['.repeat(60)}${']'.repeat(60)}`), undefined);
    assert.equal(findDeepNesting('physician_work: |\n' + Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 2)}text [[[[ {{{{`).join('\n')), undefined);
    assert.equal(findDeepNesting(`title: "${'['.repeat(100)}" # ${'{'.repeat(100)}`), undefined);
    assert.equal(findDeepNesting(`title: '${'['.repeat(100)}'`), undefined);
    for (const line of FRONT.slice(1, -1)) assert.equal(findDeepNesting(line), undefined);
    assert.equal(findDeepNesting(FRONT.slice(1, -1).join('\n')), undefined);
  });

  test('100,000 unknown keys: one unknown-field each (duplicate keys are found in linear time)', () => {
    const f = check('100,000 unknown keys in the frontmatter', { whole: false });
    assert.deepEqual(counts(f), { 'cat3-fda-engagement': 1, 'cat3-human-use': 1, 'cat3-us-trial': 1, 'physician-work-missing': 1, 'unknown-field': 100000 });
    assert.match(f.find((x) => x.ruleId === 'unknown-field')!.message, /^Unknown key `clasification_0`.*Did you mean `classification`\?/);
  });

  test('100,000 codes: code-format on each bad one', () => {
    const f = check('100,000 codes in the frontmatter', { whole: false });
    assert.deepEqual(counts(f), { 'cat3-fda-engagement': 1, 'cat3-human-use': 1, 'cat3-us-trial': 1, 'physician-work-missing': 1, 'code-format': 50000 });
  });

  test('a key written twice in a long frontmatter is still found, on the second one', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `  k${i}: x`);
    const text = join('---', 'cpt_dossier: 1', 'classification: augmentative', 'fda:', ...keys, '  k17: again', ...keys.slice(0, 1).map((k) => k.replace('k0', 'k20000')), '---', ...OUTPUT);
    const f = lint(text);
    assert.deepEqual(lineIds(f), [`${5 + 20000} frontmatter-syntax`]);
    assert.match(f[0].message, /^The frontmatter is not valid YAML: the key `k17` is written twice in the same block: keep one/);
    assert.equal(f[0].range.start.column, 2);
  });

  test('tabs in YAML indentation', () => {
    const f = check('tabs in YAML indentation');
    assert.deepEqual(lineIds(f), ['8 frontmatter-syntax']);
    assert.match(f[0].message, /^The frontmatter is not valid YAML: tabs are not allowed as indentation/);
  });

  test('random bytes inside the frontmatter', () => {
    const f = check('random bytes inside the frontmatter');
    assert.deepEqual(counts(f), { 'output-undescribed': 1, 'frontmatter-syntax': 1 });
  });

  test('a YAML error on the \\n of a CRLF is placed at the end of that line, not past it (found by fuzz.test.ts)', () => {
    const text = "---\r\ncpt_dossier:\r\n  -\r\n    cpt_dossier:\r\n      cpt_dossier:\r\n        cpt_dossier:\r\n          - '\r\n          - 1\r\n        cpt_dossier: 1\r\n      cpt_dossier: 1\r\n  -\r\n    - 1\r\ncpt_dossier:\r\n  cpt_dossier:\r\n    cpt_dossier:\r\n      - {cpt_dossier: {cpt_dossier: ['it''s']}}\r\n  cpt_dossier:\r\n    cpt_dossier:\r\n      - 1\r\n---\r\n";
    const f = lint(text);
    assertInside(text, f);
    assert.deepEqual(lineIds(f), ['1 output-undescribed', '7 frontmatter-syntax']);
    assert.deepEqual(f[1].range, { start: { line: 6, column: 13 }, end: { line: 6, column: 13 } }); // was 13-14: past the line's 13 characters
    const lines = new LineIndex('ab\r\ncd');
    assert.deepEqual(lines.positionAt(3), { line: 0, column: 2 });
  });
});

describe('hostile input: Markdown nesting and marks', () => {
  for (const name of ['Markdown >>>>… 5,000 deep', 'Markdown nested lists 5,000 deep (one line)', 'Markdown > - > - … 5,000 deep']) {
    test(`${name}: that line is skipped and reported`, () => {
      const f = check(name);
      assert.deepEqual(lineIds(f), ['27 unreadable-block']);
      assert.equal(f[0].severity, 'warning');
      assert.match(f[0].message, /^Line 27 nests lists or block quotes more than 32 levels deep \(the limit is 32; a dossier needs a few\)/);
      assert.match(f[0].message, SKIPPED);
    });
  }

  test('nested lists 2,000 deep (indented): the first 32 levels are read, the rest reported as one block', () => {
    const f = check('Markdown nested lists 2,000 deep (indented)');
    assert.deepEqual(lineIds(f), ['59 unreadable-block']);
    assert.match(f[0].message, /^Lines 59–2026 nest lists or block quotes 1,999 levels deep/);
  });

  test('nested lists 5,000 deep (indented, 25 MB): size-limit, frontmatter rules still run', () => {
    assert.deepEqual(lineIds(check('Markdown nested lists 5,000 deep (indented, 25 MB)')), ['1 size-limit']);
  });

  for (const [name, count] of [
    ['Markdown [[[[…]]]] 50,000 deep', '100,000'],
    ['Markdown [a]([a]([a](… 50,000 times', '100,000'],
    ['Markdown a*a*a*… 50,000 times', '50,000'],
    ['Markdown !?. 100,000 times', '100,000'],
  ] as const) {
    test(`${name}: the paragraph is skipped and reported`, () => {
      const f = check(name);
      assert.deepEqual(lineIds(f), ['27 unreadable-block']);
      assert.match(f[0].message, new RegExp(`^Line 27 holds ${count} emphasis, link, image or code marks \\(\\*, _, \\[, \\], !, \`\\) in one paragraph \\(the limit is 4,000\\)`));
      assert.match(f[0].message, SKIPPED);
    });
  }

  // Each opener that never closes makes the parser read to the paragraph's end: 18,000 `<!--` on one
  // 128 KB line took 48 s, a 64 KB heading of `a*` over 100 s, 88 backtick runs before 500 KB of words 16 s.
  const UNCLOSED = /^Line 27 holds ([\d,]+) HTML comments, declarations or processing instructions \(<!--, <!, <\?\) or backtick runs that are never closed in one paragraph: the Markdown parser reads from each one to the end of the paragraph, .*so it was skipped and classification-cue and payment-claim did not check it\. Close them/;
  for (const [name, count] of [
    ['Markdown <!-- a <!-- a … 20,000 unclosed comments on one line', '20,000'],
    ['Markdown <? a <!A a … 20,000 unclosed instructions and declarations on one line', '20,000'],
    ['Markdown 88 backtick runs of distinct lengths, then 500 KB of words', '88'],
    ['Markdown heading of 20,000 unclosed comments', '20,000'],
  ] as const) {
    test(`${name}: that paragraph is skipped and reported, the next one read`, () => {
      const f = check(name);
      assert.deepEqual(lineIds(f), ['27 unreadable-block', '29 payment-claim']);
      assert.equal(UNCLOSED.exec(f[0].message)?.[1], count, f[0].message);
    });
  }

  test('a section whose only paragraph is skipped for its marks is reported as unreadable, not as empty (stop 34)', () => {
    const flooded = lint(join(...FRONT, '## Software output', '', 'a*'.repeat(5000)));
    assert.deepEqual(lineIds(flooded), ['25 unreadable-block']);
    // the same heading with nothing under it is still empty
    const empty = lint(join(...FRONT, '## Software output', ''));
    assert.deepEqual(empty.map((x) => `${x.ruleId} ${/section is empty/.test(x.message)}`), ['output-undescribed true']);
  });

  test('a heading is read as a paragraph for its marks: 50,000 a* in one heading are skipped', () => {
    const f = check('Markdown heading of 50,000 a* marks');
    assert.deepEqual(lineIds(f), ['27 unreadable-block', '29 payment-claim']);
    assert.match(f[0].message, /^Line 27 holds 50,000 emphasis, link, image or code marks/);
  });

  test('openers that close, or a few that do not, are read: comments, code spans, a stray backtick', () => {
    const closed = Array.from({ length: 2000 }, (_, i) => `The software measures <!-- note ${i} --> the EF, \`code ${i}\` and <?pi ${i}?> <!DOCTYPE x> more.`).join(' ');
    const stray = 'A stray ` and <!-- and <? and <!X in a paragraph of prose. ' + 'The software measures the ejection fraction. '.repeat(200);
    const text = join(...FRONT, ...OUTPUT, closed, '', stray, '', '# A heading with <!-- an unclosed comment and ` a backtick', '', 'A CPT code guarantees payment.');
    assert.deepEqual(findUnreadableBlocks(text, 0), []);
    assert.deepEqual(lineIds(lint(text)), ['33 payment-claim']);
  });

  test('50,000 [ over 50,000 lines of one paragraph', () => {
    const f = check('Markdown [[[[ 50,000 over 50,000 lines');
    assert.deepEqual(lineIds(f), ['27 unreadable-block']);
    assert.match(f[0].message, /^Lines 27–50026 hold 50,000 /);
  });

  test('what is around a skipped part is still read: sections, cues and claims', () => {
    const text = join(...FRONT, '## Software output', '', '- '.repeat(100) + 'x', '', 'The software diagnoses heart failure.', '', '## Notes', '', 'A CPT code guarantees payment.');
    const f = lint(text);
    assertInside(text, f);
    assert.deepEqual(lineIds(f), ['25 unreadable-block', '27 classification-cue', '31 payment-claim']);
  });

  test('the limits leave real dossiers alone: fenced JSON, long lists of links, a big table', () => {
    const json = ['```json', ...Array.from({ length: 3000 }, () => '  {"a": [1, [2, [3]]], "b": "*x*_y_"},'), '```'];
    const links = Array.from({ length: 3000 }, (_, i) => `- [Site ${i}](https://example.org/${i}) **open** since *2026*`);
    const table = ['| site | state |', '|---|---|', ...Array.from({ length: 500 }, (_, i) => `| **Site ${i}** | *OH* |`)];
    const deep = Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- level ${i}`);
    const text = join(...FRONT, ...OUTPUT, ...json, '', ...links, '', ...table, '', ...deep, '', '> > > > > > quoted');
    assert.deepEqual(findUnreadableBlocks(text, 0), []);
    assert.deepEqual(lint(text), []);
  });

  test('a skipped part keeps its offsets and line ends', () => {
    const text = 'a\r\n' + '- '.repeat(60) + 'x\r\n' + '- '.repeat(60) + 'y\rz\n';
    const blocks = findUnreadableBlocks(text, 0);
    assert.deepEqual(blocks.map((b) => [b.start, b.end, b.reason]), [[3, 3 + 121 + 2 + 121, 'nesting']]);
    const blanked = blankBlocks(text, blocks);
    assert.equal(blanked.length, text.length);
    assert.deepEqual(new LineIndex(blanked).lineStarts, new LineIndex(text).lineStarts);
    assert.match(blanked, /^a\r\n<!-- +\r\n +-->\rz\n$/);
  });

  test('the dossier keeps the text as written when a part was skipped', () => {
    const text = join(...FRONT, ...OUTPUT, '- '.repeat(60) + 'x');
    const { dossier } = lintText(text, { fileName: 'a.dossier.md', today: TODAY });
    assert.equal(dossier.text, text);
    assert.equal(dossier.lines.lineText(26), '- '.repeat(60) + 'x');
  });

  test('the incremental linter agrees with a fresh lint while a deep list is typed', () => {
    const linter = new DossierLinter();
    for (let i = 0; i < 70; i += 3) {
      const text = join(...FRONT, ...OUTPUT, '- '.repeat(i) + 'The software diagnoses it.', '', 'A CPT code guarantees payment.');
      assert.deepEqual(linter.lint(text, { fileName: 'a.dossier.md', today: TODAY }).findings, lint(text, 'a.dossier.md'));
    }
  });
});

describe('hostile input: volume (issue #10): the parser is given a bounded amount of work', () => {
  const ALL_SKIPPED = /^The body holds more Markdown than the parser can read in reasonable time .*, so the rest of it, lines (\d+)–(\d+), was skipped/;
  const lintBody = (body: string[]): { text: string; f: Finding[] } => {
    const text = [...FRONT, ...OUTPUT].concat(body, '', 'A CPT code guarantees payment.').join('\n') + '\n';
    const f = lint(text);
    assertInside(text, f);
    return { text, f };
  };

  test('300,000 one-character paragraphs: what fits the budget is read, the rest reported once', () => {
    const { text, f } = lintBody(Array.from({ length: 300000 }, () => 'a\n'));
    assert.deepEqual(f.map((x) => x.ruleId), ['unreadable-block'], 'no payment-claim: the last line is past the budget');
    const m = ALL_SKIPPED.exec(f[0].message);
    assert.ok(m, f[0].message);
    assert.equal(Number(m[2]), new LineIndex(text).lineCount);
    assert.equal(f[0].range.start.line + 1, Number(m[1]));
    assert.ok(Number(m[1]) > 27 + 50000, `only ${m[1]} lines read`);
    assert.deepEqual(lintText(text, { fileName: 'a.dossier.md', today: TODAY, wholeDocument: true }).findings, f);
  });

  test('100,000 headings on consecutive lines: what fits the budget is read, the rest reported once', () => {
    const { text, f } = lintBody(Array.from({ length: 100000 }, (_, i) => `## H${i}`));
    assert.deepEqual(f.map((x) => x.ruleId), ['unreadable-block'], 'no payment-claim: the last line is past the budget');
    const m = ALL_SKIPPED.exec(f[0].message);
    assert.ok(m, f[0].message);
    assert.equal(Number(m[2]), new LineIndex(text).lineCount);
    assert.ok(Number(m[1]) > 27 + 30000 && Number(m[1]) < 27 + 60000, `${m[1]}: about 45,000 headings read`);
    const few = join(...FRONT, ...OUTPUT, ...Array.from({ length: 3000 }, (_, i) => `### Site ${i}\nOpen since 2026.`));
    assert.deepEqual(findUnreadableBlocks(few, 0), []);
  });

  test('a list of 30,000 items without a break: its first 12,000 items are read, the rest reported once', () => {
    const { text, f } = lintBody(Array.from({ length: 30000 }, (_, i) => `${i + 1}. Site ${i}`));
    assert.deepEqual(lineIds(f), [`${27 + 12000} unreadable-block`]);
    const m = ALL_SKIPPED.exec(f[0].message);
    assert.ok(m, f[0].message);
    assert.equal(Number(m[2]), new LineIndex(text).lineCount);
  });

  // micromark walks back over the paragraph for each lazy line: 32,000 lines took 13 s, 64,000 a minute.
  for (const [opener, lazy] of [
    ['> The software measures the ejection fraction.', 'and the text goes on without the quote mark'],
    ['- The software measures the ejection fraction.', 'and the text goes on without the indentation'],
    ['> > The software measures the ejection fraction.', '> and the text goes on one quote less deep'],
  ] as const) {
    test(`"${opener.slice(0, 4)}…" then 40,000 lazy lines: the paragraph is skipped from its first line, once`, () => {
      const { text, f } = lintBody([opener, ...Array.from({ length: 40000 }, () => lazy)]);
      assert.deepEqual(lineIds(f), ['27 unreadable-block']);
      const m = ALL_SKIPPED.exec(f[0].message);
      assert.ok(m, f[0].message);
      assert.deepEqual([Number(m[1]), Number(m[2])], [27, new LineIndex(text).lineCount]);
    });
  }

  test('a quoted paragraph is one paragraph however many `>` lines it has: 5,999 marks over 2,000 lines are skipped', () => {
    const { f } = lintBody(['> The software *measures* the fraction.', ...Array.from({ length: 1999 }, () => '> a* b_ [c')]);
    assert.deepEqual(lineIds(f), ['27 unreadable-block', '2028 payment-claim']);
    assert.match(f[0].message, /^Lines 27–2026 hold 5,999 emphasis, link, image or code marks \(\*, _, \[, \], !, `\) in one paragraph \(the limit is 4,000\)/);
  });

  test('quotes and list items with lazy lines as dossiers write them are read whole', () => {
    const quote = ['> The software *measures* the ejection fraction', ...Array.from({ length: 300 }, (_, i) => (i % 2 ? '> and [flags](x) a _low_ value' : 'and reports it to the reader'))];
    const list = Array.from({ length: 500 }, (_, i) => `- item ${i} with *marks*\nand a lazy line`);
    const text = join(...FRONT, ...OUTPUT, ...quote, '', ...list, '', '>', '> > nested', 'lazy');
    assert.deepEqual(findUnreadableBlocks(text, 0), []);
  });

  // hostile16: a million blank lines took 7 s and 1.8 GB (they were not counted at all); 40
  // paragraphs of 50,000 one-letter lines 40 s (a line was charged a tenth of its cost).
  test('1,000,000 blank lines: the first 60,000 lines of the chunk are read, the rest reported once', () => {
    const { text } = hostile('1,000,000 blank lines');
    const f = lint(text);
    assertInside(text, f);
    // The chunk starts at the sentence on line 25; its 60,001st line is the first skipped.
    assert.deepEqual(lineIds(f), [`${25 + 60000} unreadable-block`]);
    assert.match(f[0].message, ALL_SKIPPED);
  });

  test('40 paragraphs of 50,000 one-letter lines: what fits the budget is read, the rest reported once', () => {
    const { text } = hostile('40 paragraphs of 50,000 one-letter lines');
    const f = lint(text);
    const m = ALL_SKIPPED.exec(f[0]?.message ?? '');
    assert.deepEqual(f.map((x) => x.ruleId), ['unreadable-block'], 'no payment-claim: the last line is past the budget');
    assert.ok(m && Number(m[1]) > 27 + 3 * 50000 && Number(m[1]) < 27 + 15 * 50000, `${m?.[1]}: a few of the 40 paragraphs read`);
  });

  test('a paragraph of 20,000 lines ending in two spaces: skipped and reported, the next one read', () => {
    const f = check('a paragraph of 20,000 lines ending in two spaces');
    assert.deepEqual(lineIds(f), ['27 unreadable-block', '20028 payment-claim']);
    assert.match(f[0].message, /^Lines 27–20026 hold 19,999 lines ending in spaces or a tab in one paragraph: the Markdown parser goes over the whole paragraph again for each one/);
    // A paragraph of a few hundred such lines (a poem, an address block) is read.
    const text = join(...FRONT, ...OUTPUT, ...Array(300).fill('The software measures it.  '), '', 'A CPT code guarantees payment.');
    assert.deepEqual(lineIds(lint(text)), ['328 payment-claim']);
  });

  test('40,000 setext headings in a row: each is a block, 12,000 are read, the rest reported once', () => {
    const f = check('40,000 setext headings in a row');
    assert.deepEqual(f.map((x) => x.ruleId), ['unreadable-block']);
    assert.match(f[0].message, ALL_SKIPPED);
    assert.ok(f[0].range.start.line > 27 + 2 * 5000 && f[0].range.start.line < 27 + 2 * 13000, `${f[0].range.start.line}`);
  });

  test('a fenced code block of 70,000 lines: its first 60,000 lines are read, the rest reported', () => {
    const { f } = lintBody(['```'].concat(Array.from({ length: 70000 }, (_, i) => `line ${i}`), '```'));
    assert.deepEqual(lineIds(f), [`${27 + 60000} unreadable-block`]);
    assert.match(f[0].message, ALL_SKIPPED);
  });

  test('an HTML block whose "blank" lines are no-break spaces, 70,000 lines: the same', () => {
    const { f } = lintBody(['<div>'].concat(Array.from({ length: 35000 }, (_, i) => `## Heading ${i}\n\u00a0`)));
    assert.deepEqual(lineIds(f), [`${27 + 60000} unreadable-block`]);
  });

  test('a frontmatter of 300,000 list items is not read: frontmatter-syntax, at its start', () => {
    const text = join(...FRONT.slice(0, -1), `codes: [&a 0932T${', *a'.repeat(300000)}]`, '---', ...OUTPUT);
    const f = lint(text);
    assert.deepEqual(lineIds(f), ['2 frontmatter-syntax']);
    assert.match(f[0].message, /holds about 300,0\d\d entries \(lines and list items\), far more than a dossier needs \(a few dozen\), so it was not read; the limit is 150,000/);
  });
});

// hostile17: inputs none of the earlier rounds tried.
describe('hostile input: headings, escapes and references (fourth round)', () => {
  const ALL_SKIPPED = /^The body holds more Markdown than the parser can read in reasonable time .*, so the rest of it, lines (\d+)–(\d+), was skipped/;

  // Each heading's trailing spaces, colons and full stops were dropped by /[\s:.]+$/, tried from
  // every character of the run: a heading of 60,000 spaces then a letter took seconds, 260,000 a minute.
  test('a heading of 100,000 spaces is still read as the section it names; its run of " :" ends the name', () => {
    // No output-undescribed: the first heading is the Software output section.
    assert.deepEqual(lineIds(check('heading of 200,000 spaces and " :" pairs')), ['29 payment-claim']);
  });

  // The fix that fills an empty key looked for the value with /^(key\s*:[ \t]*)(.*?)([ \t]+#.*)?$/:
  // tried from each blank of the line, and no match at all on a line holding U+2028 (`.` stops
  // there), which made classification-missing and autonomy-level fail with an internal-error.
  test('an empty key whose comment holds U+2028 or 200,000 spaces: the finding and its fixes, which replace the comment', () => {
    for (const [name, comment] of [
      ['U+2028', '#x\u2028y'],
      ['U+2029 (autonomy_level)', '#\u2029'],
    ] as const) {
      const autonomy = name.includes('autonomy');
      const text = join(...FRONT.map((l) => l.replace(/^classification: .*/, autonomy ? `classification: autonomous\nautonomy_level: ${comment}` : `classification: ${comment}`)), ...OUTPUT);
      const f = lint(text);
      assert.deepEqual(lineIds(f), [autonomy ? '4 autonomy-level' : '4 classification-missing'], name);
      const line = autonomy ? 5 : 4;
      const start = autonomy ? 'autonomy_level: '.length : 'classification: '.length;
      assert.deepEqual(f[0].fixes?.[0].edits[0].range, { start: { line: line - 1, column: start }, end: { line: line - 1, column: start + comment.length } }, name);
    }
    const f = check('empty classification with a comment of 200,000 spaces');
    assert.deepEqual(lineIds(f), ['4 classification-missing']);
    assert.deepEqual(f[0].fixes?.map((x) => x.edits[0].newText), ['assistive', 'augmentative', 'autonomous']);
    assert.deepEqual(f[0].fixes?.[0].edits[0].range, { start: { line: 3, column: 16 }, end: { line: 3, column: 16 + 200003 } });
  });

  // An escape or a character reference costs the parser about ten microseconds (2 MB of `\.`:
  // 10 s and 2.2 GB); they were charged as a character of prose.
  test('1 MB of backslash escapes: charged to the work budget, the paragraph and the rest reported as skipped', () => {
    const { text } = hostile('1 MB of backslash escapes on one line');
    const f = check('1 MB of backslash escapes on one line', { whole: false });
    assert.deepEqual(lineIds(f), ['27 unreadable-block']);
    const m = ALL_SKIPPED.exec(f[0].message);
    assert.ok(m, f[0].message);
    assert.deepEqual([Number(m[1]), Number(m[2])], [27, new LineIndex(text).lineCount]);
  });

  test('100,000 lines of character references: what fits the budget is read, the rest reported once', () => {
    const { text } = hostile('100,000 lines of character references');
    const f = check('100,000 lines of character references');
    assert.deepEqual(f.map((x) => x.ruleId), ['unreadable-block']);
    const m = ALL_SKIPPED.exec(f[0].message);
    assert.ok(m, f[0].message);
    assert.equal(Number(m[2]), new LineIndex(text).lineCount);
  });

  test('escapes and references as dossiers write them are read: 3,000 lines of them, then a claim', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `Site ${i} \\(Smith &amp; Jones\\) &#8212; 2026\\* note`);
    const text = join(...FRONT, ...OUTPUT, ...lines, '', 'A CPT code guarantees payment.');
    assert.deepEqual(findUnreadableBlocks(text, 0), []);
    assert.deepEqual(lineIds(lint(text)), ['3028 payment-claim']);
  });
});

// hostile18: inputs none of the earlier rounds tried.
describe('hostile input: nested images, many findings on one span, many fixes (fifth round)', () => {
  const IMAGES = /^Line (\d+) holds ([\d,]+) images that hold another image \(`!\[!\[a\]\(b\)\]\(c\)`\) in one paragraph: the Markdown parser goes over the images inside again for each image around them, more than it can do in reasonable time, so it was skipped and classification-cue and payment-claim did not check it\. Write the images one after another, not inside one another\.$/;

  // An image that closes moves every parser event since its `![`: images nested 1,000 deep took
  // 0.9 s a paragraph, and 128 KiB of such paragraphs 17 s (each under the marks limit).
  test('images nested 1,000 deep: that paragraph is skipped and reported, the claim after it read', () => {
    const nested = '!['.repeat(1000) + 'a' + '](b)'.repeat(1000);
    const text = join(...FRONT, ...OUTPUT, nested, '', 'A CPT code guarantees payment.');
    const f = lint(text);
    assertInside(text, f);
    assert.deepEqual(lineIds(f), ['27 unreadable-block', '29 payment-claim']);
    const m = IMAGES.exec(f[0].message);
    assert.ok(m, f[0].message);
    assert.deepEqual([m[1], m[2]], ['27', '999']);
  });

  test('images as dossiers write them are read: 2,000 in a row, a badge in a link, a few nested', () => {
    const text = join(...FRONT, ...OUTPUT, '![a](b.png) '.repeat(2000), '', '[![badge](b.svg)](https://example.com) ' + '!['.repeat(20) + 'x' + '](y)'.repeat(20), '', 'A CPT code guarantees payment.');
    assert.deepEqual(findUnreadableBlocks(text, 0), []);
    assert.deepEqual(lineIds(lint(text)), ['31 payment-claim']);
  });

  // Each unknown id is a finding on the comment's span; the duplicate check compared every finding
  // of one span and rule with the others (76,000 ids: 92 s), and 200,000 overflowed the stack
  // (the findings after the rules' were appended with push(...)).
  test('one disable-file comment naming 200,000 unknown rule ids: one directive-unknown-rule each, no crash', () => {
    const ids = Array.from({ length: 200000 }, (_, i) => `r-${i}`);
    const text = join(...FRONT, ...OUTPUT, `<!-- cpt-dossier-disable-file ${ids.join(' ')} payment-claim -->`, '', 'A CPT code guarantees payment.');
    const f = lint(text);
    assert.deepEqual(counts(f), { 'directive-unknown-rule': 200000 });
    assert.equal(f[0].range.start.line + 1, 27);
    assert.equal(f[0].message, '`r-0` is not a rule of CPT Dossier, so this cpt-dossier-disable-file comment does not suppress it. A reason goes after ` -- `.');
    assert.equal(new Set(f.map((x) => x.message)).size, 200000, 'each id once');
  });

  test('the same finding many times on one span is still reported once', () => {
    const text = join(...FRONT, ...OUTPUT, `<!-- cpt-dossier-disable-file ${'r-1 '.repeat(50000)}-->`);
    assert.deepEqual(lineIds(lint(text)), ['27 directive-unknown-rule']);
  });

  // `lint --fix` and the library's applyFixes compared each fix with every edit taken before it and
  // rebuilt the text once per edit: 20,000 lower-case codes took 12 s.
  test('40,000 safe fixes (lower-case codes) are all applied, in linear time (loose: 8 times the fixes, at most 30 times the time)', () => {
    const make = (n: number): string => join(...FRONT.slice(0, -1), 'codes:', ...Array.from({ length: n }, () => '  - 0932t'), '---', ...OUTPUT);
    const cpu = (text: string, findings: Finding[]): number => {
      const t = process.cpuUsage();
      applyFixes(text, findings);
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    const smallText = make(5000);
    const largeText = make(40000);
    const smallFindings = lint(smallText);
    const largeFindings = lint(largeText);
    const { text: out, applied } = applyFixes(largeText, largeFindings);
    assert.equal(applied.length, 40000);
    assert.equal(out, largeText.replaceAll('0932t', '0932T'));
    // Alternating runs, the best of three per size: one run's CPU time includes whatever collection the GC
    // threads chose to do then. A doubling is too small a step to tell linear from quadratic on a busy
    // machine (CI once measured 27 → 88 ms). Eight times the fixes measures 15 to 25 times the time here
    // (the larger arrays cost the collector more); quadratic work would be 64 or more.
    let small = Infinity;
    let large = Infinity;
    for (let k = 0; k < 3; k++) {
      small = Math.min(small, cpu(smallText, smallFindings));
      large = Math.min(large, cpu(largeText, largeFindings));
    }
    assert.ok(large <= 30 * Math.max(small, 5), `5,000 → 40,000 fixes: ${small.toFixed(0)} → ${large.toFixed(0)} ms`);
  });

  test('fixes whose edits overlap: the first is applied, the other left for the next pass', () => {
    const text = 'abcdef\n';
    const at = (start: number, end: number, newText: string): Finding => ({
      ruleId: 'field-value',
      severity: 'error',
      message: newText,
      range: { start: { line: 0, column: start }, end: { line: 0, column: end } },
      fixes: [{ title: newText, safe: true, edits: [{ range: { start: { line: 0, column: start }, end: { line: 0, column: end } }, newText }] }],
    });
    const { text: out, applied } = applyFixes(text, [at(3, 5, 'X'), at(0, 1, 'Y'), at(4, 6, 'Z'), at(1, 1, 'I'), at(3, 3, 'J'), at(6, 6, 'K')]);
    assert.deepEqual(applied.map((a) => a.finding.message), ['X', 'Y', 'I', 'K']);
    assert.equal(out, 'YIbcXfK\n');
  });
});

describe('hostile input: size', () => {
  test('3.5 MiB of frontmatter: 70,000 sites in a flow list are not read (over 500 MB), frontmatter-syntax at its start', () => {
    const sites = Array.from({ length: 70000 }, (_, i) => `{name: Site ${i}, state: TX, since: 2020-01-01}`);
    const text = join('---', 'cpt_dossier: 1', 'classification: assistive', `sites: [${sites.join(', ')}]`, '---', ...OUTPUT);
    const f = lint(text);
    assert.deepEqual(lineIds(f), ['2 frontmatter-syntax']);
    assert.match(f[0].message, /holds about 210,0\d\d entries \(lines and list items\), far more than a dossier needs \(a few dozen\), so it was not read; the limit is 150,000/);
  });

  test('5 MiB: size-limit (info) and the frontmatter rules still run', () => {
    const f = check('5 MiB file (taxonomy 2022)');
    assert.deepEqual(lineIds(f), ['1 size-limit', '5 taxonomy-edition']);
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, /^This file \(5,244,062 characters\) is larger than the size limit, so only its frontmatter was checked/);
  });

  test('2 MB single line of prose: one sentence, one cue finding, and the claim at its end', () => {
    const f = check('2 MB single line in the body', { whole: false });
    assert.deepEqual(lineIds(f), ['27 classification-cue', '27 payment-claim']);
  });

  test('2 MB single line without spaces; 2 MB frontmatter value: nothing wrong', () => {
    assert.deepEqual(check('2 MB single line without spaces'), []);
    assert.deepEqual(check('2 MB single-line frontmatter value'), []);
  });

  test('2 MB file on one line with no line end', () => {
    assert.deepEqual(lineIds(check('2 MB file on one line (no line end at all)')), ['1 frontmatter-missing', '1 output-undescribed']);
  });

  test('50,000 suppression comments', () => {
    assert.deepEqual(check('50,000 suppression comments'), []);
  });
});

describe('hostile input: bytes that are not text', () => {
  test('NUL bytes after a valid dossier: still read', () => {
    assert.deepEqual(lineIds(check('NUL bytes after a valid dossier')), ['28 classification-cue']);
  });

  test('random bytes', () => {
    assert.deepEqual(lineIds(check('256 KiB of random bytes')), ['1 frontmatter-missing', '1 output-undescribed']);
  });

  test('invalid UTF-8 (decoded to U+FFFD) in a value and the body', () => {
    const f = check('invalid UTF-8 in a value, a key value and the body');
    assert.deepEqual(lineIds(f), ['3 cat3-fda-engagement', '3 cat3-human-use', '3 cat3-us-trial', '3 field-value']);
    assert.match(f[3].message, /^`classification` must be one of assistive, augmentative, autonomous .*; found `augmen\ufffd+tative`/);
  });

  test('a UTF-16 file read as UTF-8: no frontmatter found', () => {
    assert.deepEqual(lineIds(check('a UTF-16 LE file read as UTF-8')), ['1 frontmatter-missing', '1 output-undescribed']);
  });

  test('lone surrogates', () => {
    assert.deepEqual(lineIds(check('lone surrogates in the text')), ['25 classification-cue']);
  });
});

describe('hostile input: degenerate files', () => {
  test('empty file and a lone BOM: frontmatter-missing', () => {
    for (const name of ['empty file', 'only a BOM']) {
      const f = check(name);
      assert.deepEqual(lineIds(f), ['1 frontmatter-missing', '1 output-undescribed']);
      assert.deepEqual(f[0].range, { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } });
    }
  });

  test('--- with nothing after it (with and without a line end): unclosed frontmatter', () => {
    for (const name of ['--- with nothing after it', '--- and a line end']) {
      const f = check(name);
      assert.deepEqual(lineIds(f), ['1 frontmatter-syntax']);
      assert.match(f[0].message, /^The frontmatter is not valid YAML: the frontmatter opened with --- on line 1 is never closed: add a line with --- after the last key/);
    }
  });

  test('unclosed frontmatter', () => {
    const f = check('unclosed frontmatter');
    assert.deepEqual(lineIds(f), ['1 frontmatter-syntax']);
    assert.match(f[0].message, /never closed/);
  });

  test('unclosed code fence and unclosed HTML comment: the rest is code or comment, as CommonMark reads it', () => {
    assert.deepEqual(check('unclosed code fence'), []);
    assert.deepEqual(check('unclosed HTML comment'), []);
  });

  test('CR-only line ends: lines counted as the editor counts them', () => {
    assert.deepEqual(lineIds(check('CR-only line ends')), ['5 taxonomy-edition', '27 payment-claim']);
  });

  test('not a dossier: nothing, whatever it holds', () => {
    for (const c of hostileCases()) {
      if (BENCH_ONLY.has(c.name) || c.text.length > 1_000_000) continue;
      const text = c.text.replace(/cpt_dossier/g, 'cpt_dossiers');
      assert.deepEqual(lint(text, 'README.md'), [], c.name);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The CLI, built from the current sources into a temporary folder (so this file never races the
// CLI tests over dist/), on every case written to disk as its bytes.

const JSON_FIELDS = ['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];

describe('the CLI on every hostile case', () => {
  let tmp = '';
  let cli = '';
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-hostile-'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    esbuild.buildSync({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent', legalComments: 'none', entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' }, outdir: path.join(tmp, 'bin'), absWorkingDir: ROOT });
    cli = path.join(tmp, 'bin', 'cli.js');
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const run = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, ...args], { cwd: tmp });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  test('reads a UTF-16 file with a byte order mark as VS Code does', async () => {
    const text = join('---', 'cpt_dossier: 1', 'classification: augmentative', '---', '## Software output', '', 'It measures EF. A CPT code guarantees payment.');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const expected = lint(text).map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
    for (const [name, bytes] of [['utf16le.dossier.md', le], ['utf16be.dossier.md', be]] as const) {
      fs.writeFileSync(path.join(tmp, name), bytes);
      const r = await run(['lint', '--format', 'json', '--today', TODAY, name]);
      const printed = (JSON.parse(r.stdout) as { line: number; ruleId: string }[]).map((f) => `${f.line} ${f.ruleId}`);
      assert.deepEqual(printed, expected, name);
    }
  });

  test('exits 0 or 1 with a JSON array of findings, the same as the engine', async () => {
    const cases = hostileCases().filter((c) => !BENCH_ONLY.has(c.name));
    const files = cases.map((c, i) => {
      const file = path.join(tmp, `case-${String(i).padStart(2, '0')}.dossier.md`);
      fs.writeFileSync(file, c.bytes ?? Buffer.from(c.text, 'utf8'));
      return file;
    });
    const problems: string[] = [];
    const queue = cases.map((c, i) => ({ c, file: files[i] }));
    const worker = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { c, file } = job;
        const r = await run(['lint', '--format', 'json', '--today', TODAY, file]);
        if (r.code !== 0 && r.code !== 1) {
          problems.push(`${c.name}: exit ${r.code}: ${r.stderr.slice(0, 300)}`);
          continue;
        }
        let out: Record<string, unknown>[];
        try {
          out = JSON.parse(r.stdout) as Record<string, unknown>[];
        } catch (e) {
          problems.push(`${c.name}: stdout is not JSON (${String(e)}): ${r.stdout.slice(0, 200)}`);
          continue;
        }
        if (!Array.isArray(out)) {
          problems.push(`${c.name}: not an array`);
          continue;
        }
        for (const f of out) {
          const missing = JSON_FIELDS.filter((k) => !(k in f));
          if (missing.length) problems.push(`${c.name}: a finding lacks ${missing.join(', ')}`);
        }
        const hasError = out.some((f) => f.severity === 'error');
        if (r.code !== (hasError ? 1 : 0)) problems.push(`${c.name}: exit ${r.code} with${hasError ? '' : 'out'} an error finding`);
        // Bytes that are not UTF-8 text may be decoded differently by the CLI; compare the rest.
        if (!c.bytes) {
          const engine = lint(c.text, path.basename(file)).map((f) => `${f.range.start.line + 1}:${f.range.start.column + 1} ${f.ruleId}`);
          const printed = out.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
          if (JSON.stringify(printed) !== JSON.stringify(engine)) problems.push(`${c.name}: the CLI printed ${printed.slice(0, 5).join(', ')}…, the engine found ${engine.slice(0, 5).join(', ')}…`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(2, Math.min(6, os.availableParallelism())) }, worker));
    assert.deepEqual(problems, []);
  });
});

// ---------------------------------------------------------------------------------------------
// One failing rule never hides the others' findings (the engine catches, reports internal-error
// and logs through onInternalError), whatever the rule throws or reports.

describe('a failing rule', () => {
  /** Replaces rules' checks for the duration of `f`. */
  function withRules(replace: Record<string, (original: Rule['check']) => Rule['check']>, f: () => void): void {
    const saved = RULES.map((r) => [r, r.check] as const);
    try {
      for (const r of RULES) if (replace[r.meta.id]) r.check = replace[r.meta.id](r.check);
      f();
    } finally {
      for (const [r, check] of saved) r.check = check;
    }
  }
  // taxonomy 2022 with a 2027 deadline, a bad class value, a claim in the body: three rules report.
  const text = join(...FRONT.map((l) => l.replace('taxonomy: 2027', 'taxonomy: 2022').replace('classification: augmentative', 'classification: semi')), ...OUTPUT, 'A CPT code guarantees payment.');
  const expected = ['4 field-value', '5 taxonomy-edition', '27 payment-claim'];

  test('the text has three findings when no rule fails', () => {
    assert.deepEqual(lineIds(lint(text)), expected);
  });

  const throwers: [string, () => never][] = [
    ['an Error', () => { throw new Error('boom'); }],
    ['a RangeError (stack overflow)', () => { const f = (n: number): number => f(n + 1) + 1; f(0); throw new Error('unreachable'); }],
    ['a string', () => { throw 'plain string'; }],
    ['undefined', () => { throw undefined; }],
    ['an object without a prototype', () => { throw Object.create(null); }],
    ['an object whose toString throws', () => { throw { toString() { throw new Error('nested'); } }; }],
    ['an Error whose message getter throws', () => { const e = new Error('x'); Object.defineProperty(e, 'message', { get() { throw new Error('getter'); } }); throw e; }],
  ];
  for (const [what, thrower] of throwers) {
    test(`a rule that throws ${what}: internal-error on line 1, the others still report`, () => {
      const logged: string[] = [];
      withRules({ 'cat3-us-trial': () => thrower, 'frontmatter-missing': () => thrower }, () => {
        const linter = new DossierLinter(false);
        linter.onInternalError = (m) => void logged.push(m);
        const f = linter.lint(text, { fileName: 'a.dossier.md', today: TODAY }).findings;
        assertInside(text, f);
        assert.deepEqual(lineIds(f), ['1 internal-error', '1 internal-error', ...expected]);
        assert.match(f[0].message, /^Rule (cat3-us-trial|frontmatter-missing) failed on this file and was skipped: .+\. Please report it\.$/);
      });
      assert.equal(logged.length, 2);
    });
  }

  test('every rule throwing: one internal-error each, and the lint still returns', () => {
    withRules(Object.fromEntries(RULES.map((r) => [r.meta.id, () => () => { throw new Error(`x-${r.meta.id}`); }])), () => {
      const f = lint(text);
      assert.equal(f.length, RULES.length);
      assert.ok(f.every((x) => x.ruleId === INTERNAL_ERROR && x.range.start.line === 0));
    });
  });

  test('a logger that throws does not stop the lint', () => {
    withRules({ 'cat3-us-trial': () => () => { throw new Error('boom'); } }, () => {
      const linter = new DossierLinter(false);
      linter.onInternalError = () => {
        throw new Error('the output channel is gone');
      };
      assert.deepEqual(lineIds(linter.lint(text, { fileName: 'a.dossier.md', today: TODAY }).findings), ['1 internal-error', ...expected]);
    });
  });

  test('a rule that reports first and throws after: its findings so far are kept', () => {
    withRules({ 'taxonomy-edition': (original) => (ctx) => { original(ctx); throw new Error('late'); } }, () => {
      assert.deepEqual(lineIds(lint(text)), ['1 internal-error', ...expected]);
    });
  });

  test('a rule that reports impossible spans: clamped into the file', () => {
    const spans = [
      { start: -5, end: -1 },
      { start: 1e12, end: 1e12 + 5 },
      { start: 10, end: 3 },
      { start: NaN, end: NaN },
      { start: 2.5, end: Infinity },
    ];
    withRules({ 'deadline-passed': () => (ctx) => spans.forEach((s, i) => ctx.report(s, `odd span ${i}`)) }, () => {
      const f = lint(text).filter((x) => x.message.startsWith('odd span'));
      assert.equal(f.length, spans.length);
      assertInside(text, f);
      for (const x of f) for (const p of [x.range.start, x.range.end]) assert.ok(Number.isInteger(p.line) && Number.isInteger(p.column), JSON.stringify(x.range));
    });
  });
});

describe('hostile input: configuration files (sixth round)', () => {
  const policy = (id: string, noticeLeadDays: number): string => JSON.stringify({ id, name: `${id} society`, aliases: ['Rhythm Society'], noticeLeadDays, stance: {} });
  const load = (files: Record<string, string>): { config: ReturnType<typeof loadConfigSync>; reads: string[] } => {
    const reads: string[] = [];
    const config = loadConfigSync('/ws/.cpt-dossier.json', {
      resolve: (from, rel) => path.posix.join(path.posix.dirname(from), rel),
      folderOf: (f) => path.posix.dirname(f),
      read: ({ file }) => (reads.push(file), file in files ? { text: files[file] } : { error: 'no such file' }),
    });
    return { config, reads };
  };
  const BUILT_IN = defaultConfig().policies.length;

  test('a policy file named 70,000 times (a 1 MB configuration) is read and checked once, as one policy (27 s of CPU before)', () => {
    const { config, reads } = load({ '/ws/.cpt-dossier.json': JSON.stringify({ policies: Array(70000).fill('hrs.json') }), '/ws/hrs.json': policy('HRS', 90) });
    assert.deepEqual(reads, ['/ws/.cpt-dossier.json', '/ws/hrs.json']);
    assert.deepEqual(config.problems, []);
    assert.equal(config.policies.length, BUILT_IN + 1);
    assert.equal(findPolicy(config.policies, 'hrs')?.noticeLeadDays, 90);
  });

  test('a broken or missing policy file named 1,000 times: its problem is said once', () => {
    const { config } = load({ '/ws/.cpt-dossier.json': JSON.stringify({ policies: [...Array(1000).fill('bad.json'), ...Array(1000).fill('gone.json')] }), '/ws/bad.json': '{ "id": "X" }' });
    assert.deepEqual(config.problems, [
      '/ws/bad.json: "name" must be a non-empty string',
      '/ws/bad.json: "noticeLeadDays" must be a whole number of days between 0 and 3650',
      '/ws/bad.json: "stance" must be an object with assistive / augmentative / autonomous entries',
      '/ws/gone.json: cannot be read (no such file); it is listed in "policies" of /ws/.cpt-dossier.json',
    ]);
  });

  test('200 presets naming the same policy: read once, one policy; a later place still wins over an earlier one', () => {
    const files: Record<string, string> = { '/ws/.cpt-dossier.json': JSON.stringify({ extends: Array.from({ length: 200 }, (_, i) => `p${i}.json`) }), '/ws/hrs.json': policy('HRS', 90), '/ws/other.json': policy('HRS2', 30) };
    for (let i = 0; i < 200; i++) files[`/ws/p${i}.json`] = JSON.stringify({ policies: ['hrs.json'] });
    const { config, reads } = load(files);
    assert.equal(reads.length, 202);
    assert.equal(config.policies.length, BUILT_IN + 1);
    // Both policies answer to "Rhythm Society": the one listed last is the one that applies, as before.
    for (const [list, days] of [[['hrs.json', 'other.json', 'hrs.json'], 90], [['other.json', 'hrs.json', 'other.json'], 30]] as const) {
      const { config: c } = load({ ...files, '/ws/.cpt-dossier.json': JSON.stringify({ extends: ['p0.json'], policies: list }) });
      assert.equal(findPolicy(c.policies, 'Rhythm Society')?.noticeLeadDays, days, list.join(', '));
      assert.equal(c.policies.length, BUILT_IN + 2);
    }
  });

  test('1,000 nested folders, a dossier in each: each folder is looked at once for .git and the configuration (96 s of CPU before)', () => {
    // A fake file system: /r/a/a/…/a, 1,000 deep; `.cpt-dossier.json` at /r (above the folder pointed at) and 3 levels down.
    const DEPTH = 1000;
    const folders = Array.from({ length: DEPTH }, (_, i) => `/r${'/a'.repeat(i + 1)}`);
    const configs = new Set(['/r/.cpt-dossier.json', '/r/a/a/a/.cpt-dossier.json']);
    const asked = new Map<string, number>();
    const ask = (p: string): void => void asked.set(p, (asked.get(p) ?? 0) + 1);
    const fsys: ConfigFs = {
      readFile: () => '{}',
      stamp: (p) => (ask(p), configs.has(p) ? 'f:1:2' : undefined),
      exists: (p) => (ask(p), false),
      realPath: (p) => p,
    };
    const outside = new ConfigResolver(undefined, fsys, { pointedAt: ['/r/a'] });
    const found = folders.map((f) => outside.configPathFor(`${f}/x.dossier.md`));
    assert.deepEqual(found.slice(0, 4), [undefined, undefined, '/r/a/a/a/.cpt-dossier.json', '/r/a/a/a/.cpt-dossier.json']);
    assert.equal(found[DEPTH - 1], '/r/a/a/a/.cpt-dossier.json');
    assert.deepEqual([...asked].filter(([, n]) => n > 1), [], 'no path asked twice');
    // In a repository (.git at /r): every file finds the nearest one, still each folder once.
    asked.clear();
    fsys.exists = (p) => (ask(p), p === '/r/.git');
    configs.delete('/r/a/a/a/.cpt-dossier.json');
    const inRepo = new ConfigResolver(undefined, fsys, { pointedAt: ['/r/a'] });
    assert.deepEqual(new Set(folders.map((f) => inRepo.configPathFor(`${f}/x.dossier.md`))), new Set(['/r/.cpt-dossier.json']));
    assert.deepEqual([...asked].filter(([, n]) => n > 1), [], 'no path asked twice');
    assert.ok(!asked.has('/.git'), 'the search stops at the repository root');
  });

  test('300 nested folders, a dossier in each: the search finds each once and resolves links folder by folder, not per file', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-deep-'));
    try {
      let dir = tmp;
      for (let i = 0; i < 300; i++) {
        dir = path.join(dir, 'a');
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'x.dossier.md'), '---\ncpt_dossier: 1\n---\n');
      }
      // A link to one of them, under another name: linted once, under its first name.
      fs.symlinkSync(path.join(tmp, 'a', 'a', 'x.dossier.md'), path.join(tmp, 'a', 'b.dossier.md'));
      const calls: string[] = [];
      const { lstatSync, realpathSync } = fs;
      const realFs = nodeFs as { lstatSync: typeof fs.lstatSync; realpathSync: typeof fs.realpathSync }; // the module object itself, which findFiles.ts calls through
      realFs.lstatSync = ((p: fs.PathLike, o?: fs.StatSyncOptions) => (calls.push(`lstat ${String(p)}`), lstatSync(p, o))) as typeof fs.lstatSync;
      realFs.realpathSync = Object.assign((p: fs.PathLike, o?: fs.EncodingOption) => (calls.push(`realpath ${String(p)}`), realpathSync(p, o)), { native: realpathSync.native }) as typeof fs.realpathSync;
      let files: string[];
      try {
        files = expandPaths([tmp], tmp).files;
      } finally {
        realFs.lstatSync = lstatSync;
        realFs.realpathSync = realpathSync;
      }
      assert.equal(files.length, 300);
      assert.ok(!files.includes(path.join(tmp, 'a', 'b.dossier.md')) || !files.includes(path.join(tmp, 'a', 'a', 'x.dossier.md')), 'the linked file once');
      assert.deepEqual(calls.filter((c) => c.startsWith('realpath')), [`realpath ${path.join(tmp, 'a', 'b.dossier.md')}`], 'only the link is resolved by realpath');
      assert.deepEqual(calls.filter((c, i) => calls.indexOf(c) !== i), [], 'no path looked at twice');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('a configuration naming 1,000 missing presets, 100 dossiers: each preset looked at once per run, not once per dossier', () => {
    const files: Record<string, string> = { '/w/.cpt-dossier.json': JSON.stringify({ extends: Array.from({ length: 1000 }, (_, i) => `e${i}.json`) }) };
    const stamped = new Map<string, number>();
    const fsys: ConfigFs = {
      readFile: (p) => {
        if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return files[p];
      },
      stamp: (p) => (stamped.set(p, (stamped.get(p) ?? 0) + 1), p in files ? 'f:1:2' : undefined),
      exists: (p) => p === '/w/.git',
      realPath: (p) => p,
    };
    clearConfigCache();
    const resolver = new ConfigResolver(undefined, fsys);
    const problems = new Set(Array.from({ length: 100 }, (_, i) => resolver.configFor(`/w/d${i}.dossier.md`).config.problems.length));
    clearConfigCache();
    assert.deepEqual([...problems], [1000], 'each dossier gets the 1,000 problems');
    assert.equal(stamped.get('/w/e999.json'), 1);
    assert.equal(stamped.get('/w/.cpt-dossier.json'), 2); // found, then read
  });
});

// ---------------------------------------------------------------------------------------------
// hostile21 (eighth round): inline HTML, configurations nested deep, names of megabytes, empty arguments.

describe('hostile input: inline HTML and autolinks are charged to the work budget (eighth round)', () => {
  const ALL_SKIPPED = /^The body holds more Markdown than the parser can read in reasonable time .*, so the rest of it, lines (\d+)–(\d+), was skipped/;

  // A tag or an autolink costs the parser some 15-45 µs; they were charged as characters of prose
  // (2.9 MB of `<span>x</span>`: 5.5 s and 1.7 GB; 12,000 lines of tags in one paragraph: 2-5 s).
  for (const name of ['2.9 MB of inline HTML tags on one line', 'a paragraph of 12,000 lines of inline tags', '120,000 autolinks on one line']) {
    test(`${name}: the paragraph and the rest reported as skipped`, () => {
      const { text } = hostile(name);
      const f = check(name, { whole: false });
      assert.deepEqual(lineIds(f), ['27 unreadable-block']);
      const m = ALL_SKIPPED.exec(f[0].message);
      assert.ok(m, f[0].message);
      assert.deepEqual([Number(m[1]), Number(m[2])], [27, new LineIndex(text).lineCount]);
    });
  }

  test('the tags of an HTML block are not charged (lines of HTML to the parser), nor a few tags a paragraph', () => {
    // An HTML table of 30,000 rows holds 120,000 tags, as many as the 2.9 MB line skipped above.
    assert.deepEqual(lineIds(check('an HTML table of 30,000 rows (an HTML block: read whole)', { whole: false })), ['30030 payment-claim']);
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `Site ${i} <sup>a</sup> reads <b>the</b> trace <br> (<a href="https://example.org/${i}">link</a>, <https://example.org>).\n`);
    const text = join(...FRONT, ...OUTPUT, ...paragraphs, '<b>Note</b> the software measures it.', '', 'A CPT code guarantees payment.');
    assert.deepEqual(findUnreadableBlocks(text, 0), []);
    assert.deepEqual(lineIds(lint(text)), ['4029 payment-claim']);
    // The same tags, 120,000 of them in one paragraph (not an HTML block: it starts with a word), are charged.
    assert.equal(findUnreadableBlocks(join(...FRONT, ...OUTPUT, 'Rows:', ...Array.from({ length: 30000 }, (_, i) => `<tr><td>${i}</td><td>The software measures it.</td></tr>`)), 0).length, 1);
  });
});

describe('hostile input: configuration files nested deep, names of megabytes (eighth round)', () => {
  const load = (files: Record<string, string>, main = '/ws/.cpt-dossier.json'): ReturnType<typeof loadConfigSync> =>
    loadConfigSync(main, {
      resolve: (from, rel) => path.posix.join(path.posix.dirname(from), rel),
      folderOf: (f) => path.posix.dirname(f),
      read: ({ file }) => (file in files ? { text: files[file] } : { error: 'no such file' }),
    });
  const DEEP = (what: string, at: string): string => `${what}:${at}: not valid ${what.endsWith('.json') ? 'JSON' : 'YAML'} (it nests lists or mappings more than 64 levels deep here, far deeper than a configuration needs)`;

  // jsonc-parser and yaml recurse once per level: 500,000 `[` overflowed the stack (the CLI printed
  // an internal error and a stack trace; in YAML, 1.2 s and 400 MB before "maximum call stack size exceeded").
  test('JSON nested 500,000 deep, closed or not, in a configuration, a preset or a policy: refused at the 65th level', () => {
    for (const text of [`{"rules": ${'['.repeat(500000)}${']'.repeat(500000)}}`, `{"rules": ${'['.repeat(500000)}`, `{"rules": ${'{"a": '.repeat(200000)}1${'}'.repeat(200000)}}`]) {
      assert.deepEqual(load({ '/ws/.cpt-dossier.json': text }).problems, [DEEP('/ws/.cpt-dossier.json', `1:${text.startsWith('{"rules": {') ? 11 + 6 * 63 : 11 + 63}`)]);
    }
    const deep = `{"rules": ${'['.repeat(100000)}${']'.repeat(100000)}}`;
    assert.deepEqual(load({ '/ws/.cpt-dossier.json': JSON.stringify({ extends: 'p.json', policies: ['q.json'] }), '/ws/p.json': deep, '/ws/q.json': deep }).problems, [DEEP('/ws/p.json', '1:74'), DEEP('/ws/q.json', '1:74')]);
    // Brackets inside strings and comments are no levels; 64 levels are read.
    const fine = `// [[[[\n{"ignores": ["a${'{'.repeat(200)}"], /* {{{{ */ "x": ${'['.repeat(63)}${']'.repeat(63)}}`;
    const problems = load({ '/ws/.cpt-dossier.json': fine }).problems;
    assert.deepEqual(problems.filter((p) => /levels deep/.test(p)), []);
    assert.ok(problems.includes('/ws/.cpt-dossier.json: "x" is not a CPT Dossier setting (known: rules, policies, maxFileSize, root, extends, ignores)'), problems.join('\n'));
  });

  test('YAML nested 300,000 deep (flow or block): refused at the 65th level', () => {
    assert.deepEqual(load({ '/ws/.cpt-dossier.yaml': `rules: ${'['.repeat(300000)}${']'.repeat(300000)}\n` }, '/ws/.cpt-dossier.yaml').problems, [DEEP('/ws/.cpt-dossier.yaml', '1:71')]);
    const block = ['rules:', ...Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`)].join('\n');
    assert.deepEqual(load({ '/ws/.cpt-dossier.yaml': block }, '/ws/.cpt-dossier.yaml').problems, [DEEP('/ws/.cpt-dossier.yaml', '65:65')]);
  });

  test('a key, rule id or path of a megabyte is quoted by its start and end, not whole', () => {
    const key = 'k'.repeat(900000);
    const rule = 'r'.repeat(500000);
    const preset = `${'p'.repeat(500000)}.json`;
    const problems = load({ '/ws/.cpt-dossier.json': JSON.stringify({ [key]: 1, rules: { [rule]: 'off' }, extends: preset }) }).problems;
    const short = (s: string): string => `${s.slice(0, 60)}…${s.slice(-39)}`;
    assert.deepEqual(problems, [
      `${short(`/ws/${preset}`)}: cannot be read (no such file)`,
      `/ws/.cpt-dossier.json: rules.${short(rule)} is not a rule of CPT Dossier`,
      `/ws/.cpt-dossier.json: "${short(key)}" is not a CPT Dossier setting (known: rules, policies, maxFileSize, root, extends, ignores)`,
    ]);
  });
});

describe('hostile input: an invisible character in a configuration key (eighth round)', () => {
  test('a rule id or setting with a zero-width space is quoted with the character written out', () => {
    const config = loadConfigSync('/ws/.cpt-dossier.json', {
      resolve: (from, rel) => path.posix.join(path.posix.dirname(from), rel),
      folderOf: (f) => path.posix.dirname(f),
      read: () => ({ text: JSON.stringify({ rules: { 'pay\u200bment-claim': 'off' }, 'ign\u00adores': [] }) }),
    });
    assert.deepEqual(config.problems, [
      '/ws/.cpt-dossier.json: rules.pay<U+200B>ment-claim is not a rule of CPT Dossier (did you mean payment-claim?)',
      '/ws/.cpt-dossier.json: "ign<U+00AD>ores" is not a CPT Dossier setting (did you mean "ignores"?)',
    ]);
  });
});

describe('hostile input: empty and negative arguments of the CLI (eighth round)', () => {
  let tmp = '';
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-hostile21-'));
    fs.writeFileSync(path.join(tmp, 'a.dossier.md'), join('---', 'cpt_dossier: 1', '---'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const cli = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    let stdout = '';
    let stderr = '';
    const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), cwd: tmp };
    const code = await run(args, io);
    return { code, stdout, stderr };
  };

  // `lint ""` (a shell variable left unset) resolved to the working folder: every dossier under it
  // was read and linted, though none was named.
  test('an empty PATH or FILE is refused, not read as the working folder', async () => {
    assert.deepEqual(await cli(['lint', '']), { code: 2, stdout: '', stderr: "cpt-dossier: PATH is empty (''): name a file, a folder or a glob (. for the working folder)\n" });
    assert.deepEqual(await cli(['lint', 'a.dossier.md', ' ']), { code: 2, stdout: '', stderr: "cpt-dossier: PATH 2 is empty (' '): name a file, a folder or a glob (. for the working folder)\n" });
    assert.deepEqual(await cli(['assess', '']), { code: 2, stdout: '', stderr: "cpt-dossier: FILE is empty (''): name a dossier file\n" });
    assert.equal((await cli(['lint', '.'])).code, 1, 'the working folder, named, is linted');
  });

  test('an empty --config is refused, not read as the working folder', async () => {
    for (const args of [['lint', '--config', '', 'a.dossier.md'], ['lint', '--config=', 'a.dossier.md'], ['assess', '--config', '', 'a.dossier.md']]) {
      assert.deepEqual(await cli(args), { code: 2, stdout: '', stderr: "cpt-dossier: --config must name a configuration file, not ''\n" }, args.join(' '));
    }
  });

  test('a negative number after an option is its value, said wrong by the option, not "needs a value"', async () => {
    assert.deepEqual(await cli(['lint', '--jobs', '-1', 'a.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: --jobs must be a whole number of threads, 1 or more, not '-1'\n" });
    assert.deepEqual(await cli(['lint', '--max-file-size', '-5', 'a.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: --max-file-size must be a whole number of characters, 1 or more, not '-5'\n" });
    assert.deepEqual(await cli(['lint', '--', '--jobs', '-1']), { code: 2, stdout: '', stderr: 'cpt-dossier: no such file or folder: --jobs\ncpt-dossier: no such file or folder: -1\n' });
  });

  // `lint '*a*a*a*a*a*a*a*a*a*a*a*a*c.md'` took over a minute in a folder holding one name of 40 `a`
  // (the matcher backtracks once per * on every name); the configuration's `ignores` refused such globs already.
  test('a glob argument with more than three * between two slashes is refused before any folder is searched', async () => {
    fs.writeFileSync(path.join(tmp, `${'a'.repeat(28)}.md`), '');
    const glob = '*a*a*a*a*a*a*a*a*a*a*a*a*c.md';
    assert.deepEqual(await cli(['lint', glob]), { code: 2, stdout: '', stderr: `cpt-dossier: the glob ${glob} has more than three * between two slashes, which makes matching slow on long file names; use at most three\n` });
    // Three are matched: the empty Markdown file is found, and counted as no dossier.
    assert.deepEqual(await cli(['lint', '*a*a*.md']), { code: 0, stdout: 'Nothing checked: the file given is not a dossier (a dossier is named *.dossier.md or has cpt_dossier in its frontmatter)\n', stderr: '' }, 'three are matched');
  });

  // A link `root -> /` in a cloned repository made `lint "repo/**/*.md"` walk the whole file system
  // (20 s) and lint, with their own configurations, dossiers the user never pointed at.
  test('a glob follows symbolic links to folders inside the folder it starts from, not out of it', { skip: process.platform === 'win32' ? 'symbolic links' : false }, async () => {
    const bad = join('---', 'cpt_dossier: 1', '---');
    fs.mkdirSync(path.join(tmp, 'repo', 'docs'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'outside'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'repo', 'docs', 'a.dossier.md'), bad);
    fs.writeFileSync(path.join(tmp, 'outside', 'secret.dossier.md'), bad);
    fs.symlinkSync(path.join(tmp, 'outside'), path.join(tmp, 'repo', 'ext'));
    fs.symlinkSync('..', path.join(tmp, 'repo', 'up'));
    fs.symlinkSync('/', path.join(tmp, 'repo', 'root'));
    fs.symlinkSync('docs', path.join(tmp, 'repo', 'alias')); // inside: followed, the file linted once
    fs.symlinkSync(path.join('docs', 'a.dossier.md'), path.join(tmp, 'repo', 'b.dossier.md')); // a link to a file
    const files = async (glob: string): Promise<string[]> => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, glob]);
      return [...new Set((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file))];
    };
    assert.deepEqual(await files('repo/**/*.md'), [path.join('repo', 'alias', 'a.dossier.md')]);
    assert.deepEqual(await files('repo/ext/*.md'), [path.join('repo', 'ext', 'secret.dossier.md')], 'a link named in the glob is followed');
  });

  test('a file whose name is too long for the file system: said in words, the name not repeated', async () => {
    const long = 'n'.repeat(5000);
    const preset = `${long}.json`;
    fs.writeFileSync(path.join(tmp, '.cpt-dossier.json'), JSON.stringify({ extends: preset }));
    try {
      clearConfigCache();
      const r = await cli(['lint', 'a.dossier.md']);
      // Named by the start and end of its path, the working folder left out as in every message.
      const shown = `${path.join(tmp, preset).slice(0, 60)}…${preset.slice(-39)}`.replace(`${tmp}${path.sep}`, '');
      assert.deepEqual(r, { code: 2, stdout: '', stderr: `cpt-dossier: invalid configuration: ${shown}: cannot be read (its name is too long for the file system)\n` });
    } finally {
      fs.rmSync(path.join(tmp, '.cpt-dossier.json'));
      clearConfigCache();
    }
  });
});

describe('hostile input: invisible characters pasted inside words (eighth round)', () => {
  const INVISIBLES = ['\u200b', '\u00ad', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '\ufeff', '\u034f', '\u061c', '\u180e'];
  // Sentences written for this test: each names a class in words the cue stage reads.
  const SENTENCES = [
    'The software diagnoses atrial fibrillation without physician review.',
    'The algorithm flags suspicious regions for the radiologist to review.',
    'It measures the ejection fraction and reports the value to the cardiologist.',
    'The device decides on its own whether to deliver the shock.',
    'The tool prioritises the worklist so that urgent studies are read first.',
  ];
  const strip = (s: string): string => s.replace(/\u034f|[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');

  // "diag\u200bnoses" shows as "diagnoses" but was read as two words: the cue was missed.
  test('the cues of a sentence are the same with an invisible character inside any of its words (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SENTENCES), fc.constantFrom(...INVISIBLES), fc.nat(), (sentence, mark, k) => {
        const inner: number[] = [];
        for (let i = 1; i < sentence.length; i++) if (/\p{L}/u.test(sentence[i - 1]) && /\p{L}/u.test(sentence[i])) inner.push(i);
        const at = inner[k % inner.length];
        const pasted = sentence.slice(0, at) + mark + sentence.slice(at);
        assert.deepEqual(cuePhrases(pasted).map(strip), cuePhrases(sentence), JSON.stringify(pasted));
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  test('a heading with a zero-width space is the section it shows; a key or value quoting one says where it is', () => {
    const text = join('---', 'cpt_dossier: 1', 'title: Example', 'classi\u200bfication: augmentative', 'classification: augmen\u00adtative', 'taxonomy: 2027', '---', '', '## Soft\u200bware output', '', 'The software measures the ejection fraction.');
    const f = lint(text).filter((x) => ['unknown-field', 'field-value', 'output-undescribed'].includes(x.ruleId));
    assert.deepEqual(
      f.map((x) => `${x.range.start.line + 1} ${x.ruleId} ${x.message}`),
      [
        '4 unknown-field Unknown key `classi<U+200B>fication`: dossier format 1 does not define it, so no rule reads it. Did you mean `classification`? `classification` is written too, and is the one read: keep one of them.',
        '5 field-value `classification` must be one of assistive, augmentative, autonomous (dossier format 1); found `augmen<U+00AD>tative`. Write `augmentative`.',
      ],
    );
  });
});

describe('hostile input: dates of any four-digit year (eighth round)', () => {
  const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysIn = (y: number, m: number): number => (m === 2 && leap(y) ? 29 : DAYS[m - 1]);

  // `Date.UTC` reads the years 0 to 99 as 1900 to 1999: `0001-01-01` was refused with "but January
  // 0001 has 31 days", a reason that is not true; a year before 1000 is now said to be the problem.
  // A deadline in 9999 made the assessment say "effective 7 undefined 10" (its dates ran past 9999).
  test('a date is refused exactly when it is no day of the calendar or its year is not 1000 to 9000, and the reason given is true (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const text = join(...FRONT.map((l) => (l.startsWith('ama_deadline:') ? `ama_deadline: ${iso}` : l)), ...OUTPUT);
        const f = lint(text).find((x) => x.ruleId === 'field-value' && x.message.startsWith('`ama_deadline`'));
        const real = y >= 1000 && y <= 9000 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
        assert.equal(f === undefined, real, `${iso}: ${f?.message ?? 'accepted'}`);
        if (!f) return;
        const days = /has (\d+) days/.exec(f.message);
        if (y < 1000 || y > 9000) assert.match(f.message, new RegExp(`no dossier's dates fall in the year ${iso.slice(0, 4)}`), iso);
        else if (m < 1 || m > 12) assert.match(f.message, /there is no month/, iso);
        else if (days) assert.equal(Number(days[1]), daysIn(y, m), iso);
        else assert.fail(`${iso}: no reason given: ${f.message}`);
      }),
      { numRuns: 400, seed: 21 },
    );
  });
});

describe('hostile input: the library refuses what it cannot check (eighth round)', () => {
  const text = join(...FRONT, ...OUTPUT);
  // `today: '2026-02-30'` (or any text) made every date rule compare against NaN and pass in silence.
  test('a today that is no day of the calendar, or a text that is no string: a RangeError or TypeError that says so', () => {
    for (const today of ['2026-02-30', '9999-99-99', '0026-11-23', 'tomorrow', '']) {
      const message = `today must be a date written YYYY-MM-DD, such as 2026-11-23, not ${JSON.stringify(today)}`;
      assert.throws(() => library.lint(text, { today }), { name: 'RangeError', message }, today);
      assert.throws(() => library.assess(text, { today }), { name: 'RangeError', message }, today);
      assert.throws(() => library.createLinter().lint(text, { today }), { name: 'RangeError', message }, today);
    }
    assert.throws(() => library.lint(undefined as unknown as string), { name: 'TypeError', message: "text must be the dossier's text, a string, not undefined" });
    assert.throws(() => library.createLinter().lint(null as unknown as string), { name: 'TypeError', message: "text must be the dossier's text, a string, not null" });
    assert.deepEqual(library.lint(text, { today: TODAY }).findings, lint(text), 'a real day is taken as before');
  });
});

describe('hostile input: keys that are not names (eighth round)', () => {
  // A list, a mapping, an alias or `""` used as a key read "Unknown key ``"; a block scalar key put
  // a line end inside the message.
  test('an unknown key that is no plain name is quoted as written', () => {
    const cases: [string, string][] = [
      ['[a, b]: c', '`[a, b]`'],
      ['{a: 1}: d', '`{a: 1}`'],
      ['"": e', '`""`'],
      ['~: z', '`~`'],
      ['? |\n  multi\n: e', '`|↵  multi↵`'],
      ['&k title: x\n*k : y', '`*k`'],
      ['clasification: x', '`clasification`'],
    ];
    for (const [yaml, quoted] of cases) {
      const f = lint(join('---', 'cpt_dossier: 1', yaml, '---')).filter((x) => x.ruleId === 'unknown-field');
      assert.deepEqual(f.map((x) => x.message.slice(0, `Unknown key ${quoted}:`.length)), [`Unknown key ${quoted}:`], yaml);
    }
  });
});

describe('hostile input: the assessment of dates at the ends of the calendar (eighth round)', () => {
  test('a deadline of 9999-12-31 is refused, not carried into a timeline past the year 9999', () => {
    const text = join(...FRONT.map((l) => l.replace(/^ama_deadline: .*/, 'ama_deadline: 9999-12-31')), ...OUTPUT);
    const a = library.assess(text, { fileName: 'a.dossier.md', today: TODAY });
    const html = library.renderAssessmentHtml(a);
    assert.doesNotMatch(html, /undefined|NaN|\+0\d\d/);
    assert.deepEqual(lint(text).filter((f) => f.ruleId === 'field-value').map((f) => f.message), ["`ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `9999-12-31`, but no dossier's dates fall in the year 9999: write the date itself, such as 2026-11-23."]);
  });
});

describe('hostile input: a closing fence with a character that shows as a space or as nothing (eighth round)', () => {
  // `---` followed by a no-break space or a zero-width space does not close the frontmatter; the
  // writer was told "never closed: add a line with ---" with such a line in plain sight.
  test('the message names the line and the character, and sits on that line', () => {
    for (const [extra, code] of [['\u200b', 'U+200B'], [' \u00a0', 'U+00A0'], ['\ufeff', 'U+FEFF'], ['\u3000', 'U+3000'], ['\u2009\t', 'U+2009']] as const) {
      for (const fence of ['---', '...']) {
        const text = join('---', 'cpt_dossier: 1', 'classification: augmentative', fence + extra, '', '## Software output', '', 'It measures EF.');
        const f = lint(text).filter((x) => x.ruleId === 'frontmatter-syntax');
        assert.deepEqual(
          f.map((x) => `${x.range.start.line + 1}:${x.range.start.column + 1} ${x.message.slice(0, x.message.indexOf(' (dossier format 1)'))}`),
          [`4:1 The frontmatter is not valid YAML: the frontmatter opened with --- on line 1 is never closed: line 4 shows as its closing ${fence}, but ${code} (a character that shows as a space or as nothing) follows the dashes, so it is not one; delete it`],
          JSON.stringify(extra),
        );
      }
    }
    // Without such a line, the message is as before.
    const plain = lint(join('---', 'cpt_dossier: 1', '----', '--- x')).filter((x) => x.ruleId === 'frontmatter-syntax');
    assert.match(plain[0].message, /never closed: add a line with --- after the last key/);
  });
});

describe('hostile input: an opening fence with a character that shows as a space or as nothing (eighth round)', () => {
  test('frontmatter-missing names the characters on line 1 and offers to write it as ---', () => {
    for (const [line, codes] of [['\u200b---', 'U+200B'], ['---\u00a0', 'U+00A0'], ['-\u200d--\u2009', 'U+200D, U+2009']] as const) {
      const text = join(line, 'cpt_dossier: 1', 'classification: augmentative', '---', '', '## Software output', '', 'It measures EF.');
      const f = lint(text).filter((x) => x.ruleId === 'frontmatter-missing');
      assert.deepEqual(
        f.map((x) => `${x.range.start.line + 1}:${x.range.start.column + 1}-${x.range.end.column + 1} ${x.message} ${JSON.stringify(x.fixes?.map((fix) => fix.edits[0].newText))}`),
        [`1:1-${line.length + 1} Line 1 shows as the frontmatter's opening \`---\`, but it also holds ${codes} (a character that shows as a space or as nothing), so it opens no frontmatter and the classification, FDA status, sites, trials and dates cannot be checked (dossier format 1). Delete ${codes.includes(',') ? 'those characters' : 'that character'}. ["---"]`],
        JSON.stringify(line),
      );
    }
    assert.match(lint(join('# Title', '', 'text')).find((x) => x.ruleId === 'frontmatter-missing')!.message, /^This dossier has no YAML frontmatter/);
  });
});
