// Property-based tests (GitHub issue #6): whatever a dossier contains, the engine never throws,
// every finding lies inside the document, results are deterministic, the chunked parse equals the
// whole-document parse, and an incremental linter that saw earlier versions equals a fresh lint.
// Inputs: the fixtures and examples, mutated (bytes, lines, indentation, YAML and Markdown
// punctuation), and random YAML-ish frontmatter. Each property is sized to run in a few seconds.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lintText, DossierLinter, INTERNAL_ERROR } from '../../src/core/engine';
import { LineIndex, stripBom } from '../../src/core/text';
import { Suppressions, type Directive } from '../../src/core/suppress';
import { readFrontmatter } from '../../src/core/parse/yamlFacts';
import { parseDocument } from 'yaml';
import type { Finding } from '../../src/core/types';
import { TODAY, clean } from './helpers';
import { FAMILIES } from '../bench/families';

const ROOT = join(__dirname, '..', '..');
/** A fixed seed per property keeps CI reproducible; FUZZ_SEED=random (or a number) explores more. */
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: RUNS ?? numRuns });

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Valid and near-valid dossiers to start from. */
const SEEDS: string[] = [
  clean(),
  ...[...walk(join(ROOT, 'test', 'fixtures')), ...walk(join(ROOT, 'examples'))].filter((p) => p.endsWith('.md')).map((p) => readFileSync(p, 'utf8')),
];
/** markdownlint's test files (beside the clone as ../shared, when present): every corner of
 * CommonMark and GFM, each under a dossier's frontmatter. */
const PEER = walk(join(ROOT, '..', 'shared', 'peer-corpus', 'markdownlint-test'))
  .filter((p) => p.endsWith('.md'))
  .map((p) => readFileSync(p, 'utf8'));
const WITH_PEERS = [...SEEDS, ...PEER.map((t) => clean({}, t.split(/\r\n|\r|\n/)))];

// ---------------------------------------------------------------------------------------------
// The invariants

/** Every finding's range lies inside `text` (as the engine counts it: after a BOM). */
export function rangeProblems(text: string, findings: readonly Finding[]): string[] {
  const lines = new LineIndex(stripBom(text));
  const problems: string[] = [];
  for (const f of findings) {
    const { start, end } = f.range;
    const where = `${f.ruleId} ${start.line}:${start.column}-${end.line}:${end.column}`;
    for (const p of [start, end]) {
      if (!Number.isInteger(p.line) || !Number.isInteger(p.column)) problems.push(`${where}: not integers`);
      else if (p.line < 0 || p.line >= lines.lineCount) problems.push(`${where}: line outside 0..${lines.lineCount - 1}`);
      else if (p.column < 0 || p.column > lines.lineText(p.line).length) problems.push(`${where}: column beyond line ${p.line} (length ${lines.lineText(p.line).length})`);
    }
    if (start.line > end.line || (start.line === end.line && start.column > end.column)) problems.push(`${where}: start after end`);
    if (typeof f.message !== 'string' || f.message.length === 0) problems.push(`${where}: empty message`);
  }
  return problems;
}

interface CheckOptions {
  fileName?: string;
  /** Internal errors are expected for inputs built to exhaust the parsers; never otherwise. */
  allowInternal?: boolean;
}

/** Lints `text` and asserts the invariants; returns the findings. */
export function checkInvariants(text: string, options: CheckOptions = {}): Finding[] {
  const opts = { fileName: options.fileName ?? 'fuzz.dossier.md', today: TODAY };
  const first = lintText(text, opts).findings;
  assert.deepEqual(rangeProblems(text, first), [], 'ranges inside the document');
  if (!options.allowInternal) {
    // A part skipped for its nesting, markup or volume is unreadable-block, not a failure.
    const failures = first.filter((f) => f.ruleId === INTERNAL_ERROR);
    assert.deepEqual(failures.map((f) => f.message), [], 'no rule or parser failed');
  }
  assert.deepEqual(lintText(text, opts).findings, first, 'deterministic');
  assert.deepEqual(lintText(text, { ...opts, wholeDocument: true }).findings, first, 'chunked equals whole document');
  return first;
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Fragments that matter to YAML, Markdown, the chunker, the line index and the cue finder. */
const PUNCTUATION = [
  ':', ': ', '-', '- ', '--- ', '---', '...', '[', ']', '{', '}', ',', '&a ', '*a', '&b [*a, *a]', '!!str ', '!!binary ', '!<tag> ', '? ',
  '|', '|-', '>', '>-', '#', ' # cpt-dossier-disable-line', '"', "'", '\\', '%YAML 1.2\n', '\t', '  ', '    ',
  '\n', '\r', '\r\n', '\n\n', '\u2028', '\u0085', '\u0000', '\ufeff', '\ud800', '\udc00', '😀', 'é', '\u200b',
  '```', '~~~', '````js', '<!--', '-->', '<!-- cpt-dossier-disable -->', '<!-- cpt-dossier-disable-next-line classification-cue -->',
  '<div>', '</div>', '<script>', '<pre>', '<?', '<![CDATA[', '> ', '>>> ', '* ', '1. ', '    - ', '| a | b |\n|---|---|', '[x]: http://x',
  '# ', '## Software output\n', '### Physician work\n', '## Clinical evidence\n', 'Setext\n===\n', '`', '**', '_', '&amp;', '&#0;',
  'The software diagnoses ', 'It quantifies the fraction. ', 'concludes that ', 'A CPT code guarantees payment. ', 'The physician interprets it. ',
  'does not ', 'without physician review ', 'NCT01234567', 'US trial ',
  'classification: autonomous', 'autonomy_level: II', 'target_category: I', 'fda:\n  status: cleared', 'codes: [0421U, 99999]', 'society:\n  name: ASE',
  'sites: 3', 'sites: -1', 'ama_deadline: 2027-02-30', 'taxonomy: 2022', 'cpt_dossier: 2',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  // Random bytes read as UTF-8, as a file of another encoding would be.
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b).toString('utf8')) },
);

type Mutation = (text: string) => string;

/** Positions are fractions of the length, so a mutation fits any text. */
const at = (text: string, f: number): number => Math.min(text.length, Math.floor(f * (text.length + 1)));
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

function splitLines(text: string): string[] {
  return text.split(/(?<=\r\n|\n|\r(?!\n))/);
}

function onLine(f: number, edit: (line: string, lines: string[], i: number) => string[]): Mutation {
  return (text) => {
    const lines = splitLines(text);
    if (lines.length === 0) return text;
    const i = Math.min(lines.length - 1, Math.floor(f * lines.length));
    return [...lines.slice(0, i), ...edit(lines[i], lines, i), ...lines.slice(i + 1)].join('');
  };
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // characters
  fc.tuple(frac, fragment).map(([f, s]) => (t: string) => t.slice(0, at(t, f)) + s + t.slice(at(t, f))),
  fc.tuple(frac, fc.integer({ min: 1, max: 40 })).map(([f, n]) => (t: string) => t.slice(0, at(t, f)) + t.slice(at(t, f) + n)),
  fc.tuple(frac, fragment).map(([f, s]) => (t: string) => t.slice(0, at(t, f)) + s + t.slice(at(t, f) + s.length)),
  // lines
  fc.tuple(frac).map(([f]) => onLine(f, () => [])),
  fc.tuple(frac).map(([f]) => onLine(f, (l) => [l, l])),
  fc.tuple(frac, frac).map(([f, g]) => onLine(f, (l, lines) => [lines[Math.floor(g * lines.length)] ?? l])),
  fc.tuple(frac, fragment).map(([f, s]) => onLine(f, (l) => [l, s + '\n'])),
  // indentation
  fc.tuple(frac, fc.constantFrom(' ', '  ', '\t', ' \t', '    ')).map(([f, ind]) => onLine(f, (l) => [ind + l])),
  fc.tuple(frac).map(([f]) => onLine(f, (l) => [l.replace(/^[ \t]{1,2}/, '')])),
  fc.tuple(frac).map(([f]) => onLine(f, (l) => [l.replace(/^( +)/, (m) => '\t'.repeat(Math.ceil(m.length / 2)))])),
  // YAML punctuation
  fc.tuple(frac, fc.constantFrom(': ', ':', '- ', '[', ']', '{', '}', ',', '"', "'", '#', '&', '*', '|', '>', '---')).map(([f, p]) =>
    onLine(f, (l) => {
      const i = l.indexOf(p);
      return [i >= 0 ? l.slice(0, i) + l.slice(i + p.length) : p + l];
    }),
  ),
  fc.tuple(frac).map(([f]) => onLine(f, (l) => [l.replace(/: (.+?)(\r?\n|\r)?$/, (_m, v: string, eol = '') => `: [${v}${eol}`)])),
  fc.tuple(frac).map(([f]) => onLine(f, (l) => [l.replace(/: (.+?)(\r?\n|\r)?$/, (_m, v: string, eol = '') => `: "${v}${eol}`)])),
  // line ends and encoding
  fc.constantFrom<Mutation>(
    (t) => t.replace(/\r?\n/g, '\r'),
    (t) => t.replace(/\r?\n/g, '\r\n'),
    (t) => '\ufeff' + t,
    (t) => t.replace(/\n/g, '\u2028'),
    (t) => t.replace(/ /g, '\u00a0'),
    (t) => t.replace(/^---/, ''),
    (t) => t.replace(/\n---\n/, '\n'),
    (t) => t.trimEnd(),
    (t) => t + t,
  ),
  // bytes: flip bits in the UTF-8 encoding and decode again (invalid sequences become U+FFFD)
  fc.tuple(frac, fc.integer({ min: 0, max: 255 })).map(([f, x]) => (t: string) => {
    const b = Buffer.from(t, 'utf8');
    if (b.length === 0) return t;
    const i = Math.min(b.length - 1, Math.floor(f * b.length));
    b[i] ^= x;
    return b.toString('utf8');
  }),
  fc.tuple(frac, frac).map(([f, g]) => (t: string) => {
    const b = Buffer.from(t, 'utf8');
    const i = Math.floor(f * b.length);
    const j = Math.floor(g * b.length);
    return Buffer.concat([b.subarray(0, Math.min(i, j)), b.subarray(Math.max(i, j))]).toString('latin1');
  }),
);

// ---------------------------------------------------------------------------------------------
// Markdown block soup: lines that open, continue and close blocks, mixed with top-level headings
// (where the chunker splits), to compare the chunked parse with the whole-document parse.

const MD_LINES = [
  '# Title', '## Software output', '## Physician work', '### Clinical evidence', '## Sites', '#', '#no space', '####### seven', ' ## indented',
  '', '', '', '   ', '\t',
  'The software diagnoses heart failure.', 'It quantifies the ejection fraction.', 'The physician makes the diagnosis.',
  'A CPT code guarantees payment.', 'It does not diagnose anything.', 'A US trial (NCT01234567) at Mercy.', 'Plain prose with `code` and *emphasis*.',
  '```', '```js', '````', '~~~', '~~~~', '   ```', '    ```', '``` `x`', '> ```', '- ```', '  ```',
  '<!--', '-->', '<!-- cpt-dossier-disable -->', '<!-- cpt-dossier-disable-next-line -->', '<!-- cpt-dossier-enable -->', '<!-- a --> text',
  '<div>', '</div>', '<div>It diagnoses.</div>', '<script>', '</script>', '<pre>', '</pre>', '<style>', '<textarea>', '<?php', '?>', '<![CDATA[', ']]>',
  '<!DOCTYPE html>', '<custom-tag>', '<a href="x">', '</p>',
  '> quote that diagnoses', '>', '> # quoted heading', '>> nested', '- item that diagnoses', '  - nested item', '1. first', '* star', '+ plus',
  '    indented code that diagnoses', '---', '***', '___', '===', 'Setext', '| a | b |', '|---|---|', '| diagnoses | x |',
  '[ref]: http://example.com', '[ref]: <http://x> "title', '"title"', '[ref]', '[text][ref] diagnoses', '[^1]: note', '\\# not a heading',
  '&lt;not html&gt;', '<http://auto.link>', 'line with trailing spaces  ', 'hard\\',
  // beyond the engine's nesting and markup limits (skipped and reported as unreadable-block)
  '- '.repeat(60) + 'diagnoses', '> '.repeat(60), '  '.repeat(60) + '- deep item', '['.repeat(6000) + ' A CPT code guarantees payment.', 'a*'.repeat(3000),
];

const markdownSoup = fc
  .tuple(
    fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...MD_LINES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength: 40 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([lines, eol, frontmatter]) => (frontmatter ? ['---', 'cpt_dossier: 1', 'classification: assistive', '---'] : []).concat(lines).join(eol));

const seedDossier = fc.constantFrom(...WITH_PEERS);
const mutated = fc.tuple(seedDossier, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([s, ms]) => ms.reduce((t, m) => m(t), s));

// ---------------------------------------------------------------------------------------------
// Random YAML-ish frontmatter

const KEYS = [
  'cpt_dossier', 'title', 'developer', 'classification', 'autonomy_level', 'taxonomy', 'target_category', 'codes', 'ama_deadline',
  'fda', 'status', 'first_contact', 'sites', 'name', 'state', 'since', 'trials', 'registry', 'country', 'efficacy', 'society',
  'notified', 'irt_partner', 'support_requested', 'physician_work', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'a', 'x y',
];
const SCALARS = [
  '1', '2', '0', '-1', '1e999', '0x1F', '.nan', '.inf', '~', 'null', 'true', 'yes', 'no', 'on', 'II', '3', 'III', 'I', 'augmentative',
  'Autonomous', 'assistive', 'cleared', 'none', '2027-02-04', '2027-02-30', '02/04/2027', '2027-2-4', '2026-11-23T10:00:00Z', 'US', 'USA',
  'ASE', '0932T', '0421U', '93306', '1234F', '""', "''", '"a: b"', "'it''s'", '"\\u0000"', '"\\ud800"', '|\n  text', '>-\n  folded', '!!str 5',
  '!!int x', '!!binary aGk=', '!!map {}', '!foo bar', '&a x', '*a', '*nope', '[]', '{}', '[a, [b, [c]]]', '{a: 1, b: [2]}', '[0932T, 99999]',
  'a: b', '- x', '# comment', '@reserved', '`tick', '%', 'ünïcödé', '😀',
];

const yamlValue: fc.Arbitrary<string> = fc.letrec<{ value: string; block: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.string({ maxLength: 10 }),
    fc.array(tie('value'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  ),
  block: fc.oneof(
    { depthSize: 'small' },
    tie('value').map((v) => ` ${v}`),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('block')), { minLength: 1, maxLength: 4 }).map((kv) => '\n' + kv.map(([k, v]) => indent(`${k}:${v}`)).join('\n')),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((xs) => '\n' + xs.map((x) => indent(`-${x}`)).join('\n')),
  ),
})).block;

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? '  ' + l : l))
    .join('\n');
}

const yamlLine = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('', '&a ', '!!map ', '? '), yamlValue).map(([k, p, v]) => `${p === '? ' ? '? ' + k + '\n' : k}:${p && p !== '? ' ? ' ' + p.trim() : ''}${v}`) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const yamlish = fc
  .tuple(fc.array(yamlLine, { maxLength: 10 }), fc.boolean(), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('', '# Body\n\nIt diagnoses disease.\n', '## Software output\n\nIt measures EF.\n'))
  .map(([lines, marker, eol, body]) => ['---', ...(marker ? ['cpt_dossier: 1'] : []), ...lines, '---', body].join('\n').replace(/\n/g, eol));

// ---------------------------------------------------------------------------------------------

describe('fuzz: mutated dossiers', () => {
  test('the seeds themselves satisfy the invariants', () => {
    assert.ok(SEEDS.length > 20, `only ${SEEDS.length} seed dossiers`);
    for (const s of SEEDS) checkInvariants(s);
  });

  test('never throws; ranges inside; deterministic; chunked == whole document', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        checkInvariants(text);
      }),
      params(250),
    );
  });

  test('as a .md file (a dossier only by its cpt_dossier key) the same holds', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        checkInvariants(text, { fileName: 'notes.md' });
      }),
      params(80),
    );
  });

  test('an incremental linter fed a sequence of edits equals a fresh lint of each version', () => {
    fc.assert(
      fc.property(seedDossier, fc.array(mutation, { minLength: 2, maxLength: 8 }), (seed, edits) => {
        const linter = new DossierLinter();
        let text = seed;
        const opts = { fileName: 'edit.dossier.md', today: TODAY };
        assert.deepEqual(linter.lint(text, opts).findings, lintText(text, opts).findings);
        for (const edit of edits) {
          text = edit(text);
          assert.deepEqual(linter.lint(text, opts).findings, lintText(text, opts).findings, 'incremental equals fresh');
        }
      }),
      params(60),
    );
  });

  test('random bytes decoded as UTF-8 (a binary file named .dossier.md)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('', '---\ncpt_dossier: 1\n', '---\n'), (bytes, prefix) => {
        checkInvariants(prefix + Buffer.from(bytes).toString('utf8'));
      }),
      params(150),
    );
  });

  test('arbitrary strings (any UTF-16, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 300 }), fc.constantFrom('', '---\n', '---\ncpt_dossier: 1\n---\n'), (s, prefix) => {
        checkInvariants(prefix + s);
      }),
      params(150),
    );
  });
});

describe('fuzz: the input families of the growth benchmark (issue #10), small and mutated', () => {
  const family = fc.constantFrom(...FAMILIES).chain((f) => fc.integer({ min: 1500, max: 6000 }).map((size) => f.make(size)));
  const mutatedFamily = fc.tuple(family, fc.array(mutation, { maxLength: 4 })).map(([s, ms]) => ms.reduce((t, m) => m(t), s));
  test('never throws; ranges inside; deterministic; chunked == whole document', () => {
    fc.assert(fc.property(mutatedFamily, (text) => void checkInvariants(text)), params(60));
  });
  test('an incremental linter fed edits equals a fresh lint of each version', () => {
    fc.assert(
      fc.property(family, fc.array(mutation, { minLength: 1, maxLength: 5 }), (seed, edits) => {
        const linter = new DossierLinter();
        const opts = { fileName: 'edit.dossier.md', today: TODAY };
        let text = seed;
        assert.deepEqual(linter.lint(text, opts).findings, lintText(text, opts).findings);
        for (const edit of edits) {
          text = edit(text);
          assert.deepEqual(linter.lint(text, opts).findings, lintText(text, opts).findings, 'incremental equals fresh');
        }
      }),
      params(40),
    );
  });
});

describe('fuzz: Markdown block soup', () => {
  test('never throws; ranges inside; deterministic; chunked == whole document', () => {
    fc.assert(
      fc.property(markdownSoup, (text) => {
        checkInvariants(text);
      }),
      params(400),
    );
  });

  test('editing one line at a time: incremental equals fresh', () => {
    fc.assert(
      fc.property(markdownSoup, fc.array(fc.tuple(frac, fc.constantFrom(...MD_LINES)), { minLength: 1, maxLength: 6 }), (text, edits) => {
        const linter = new DossierLinter();
        const opts = { fileName: 'soup.dossier.md', today: TODAY };
        linter.lint(text, opts);
        for (const [f, line] of edits) {
          text = onLine(f, () => [line + '\n'])(text);
          assert.deepEqual(linter.lint(text, opts).findings, lintText(text, opts).findings, 'incremental equals fresh');
        }
      }),
      params(80),
    );
  });
});

describe('fuzz: YAML-ish frontmatter', () => {
  test('never throws; ranges inside; deterministic; chunked == whole document', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        checkInvariants(text);
      }),
      params(300),
    );
  });

  test("duplicate keys are found where the parser's own uniqueKeys check finds them", () => {
    const dupes = fc.array(fc.oneof(yamlLine, fc.constantFrom('a: 1', 'a: 2', '1: x', "'1': y", 'fda: {status: x, status: y}', '- {a: 1, a: 1}', 'x: [{a: 1}, {a: 1, b: 2, a: 3}]', '? a\n: 1', 'null: 1', '~: 2', ': 3', '.nan: 1', '.nan: 2')), { maxLength: 12 });
    fc.assert(
      fc.property(dupes, (lines) => {
        const yaml = lines.join('\n');
        const ours = readFrontmatter(yaml, 0);
        const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
        if (doc.errors.length === 0) return assert.ok(ours.ok || /mapping of keys to values|nests lists or mappings/.test(ours.error.message), JSON.stringify(ours));
        assert.ok(!ours.ok, `the parser finds ${doc.errors[0].code}`);
        // Ours is one of the parser's errors: a duplicate is placed on the key node (the parser
        // may place it a few blanks away, around empty values and empty keys); with no
        // duplicate, exactly the parser's first error. (With both, the parser may list a duplicate
        // first although another error is written earlier; ours is the one written first.)
        const dupes = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
        const at = ours.error.span.start;
        if (/is written twice in the same block/.test(ours.error.message)) {
          assert.ok(dupes.some((p) => /^\s*$/.test(yaml.slice(Math.min(p, at), Math.max(p, at)))), `a duplicate at ${at}; the parser's at ${dupes.join(', ')}`);
        } else if (dupes.length === 0 && doc.errors[0].code !== 'RESOURCE_EXHAUSTION') {
          assert.equal(at, Math.min(doc.errors[0].pos[0], yaml.length));
        } else {
          assert.ok(doc.errors.some((e) => Math.min(e.pos[0], yaml.length) === at && e.code !== 'DUPLICATE_KEY'), `an error of the parser's at ${at}`);
        }
      }),
      params(400),
    );
  });

  test('a frontmatter that does not parse gives exactly one frontmatter-syntax finding and no frontmatter rule', () => {
    const FRONTMATTER_RULES = new Set(['unknown-field', 'field-value', 'classification-missing', 'autonomy-level', 'taxonomy-edition', 'cat3-fda-engagement', 'cat3-human-use', 'cat3-us-trial', 'cat1-fda-clearance', 'cat1-before-cat3', 'society-notice-missing', 'society-notice-late', 'code-format', 'deadline-passed']);
    fc.assert(
      fc.property(yamlish, (text) => {
        const findings = checkInvariants(text);
        const syntax = findings.filter((f) => f.ruleId === 'frontmatter-syntax');
        assert.ok(syntax.length <= 1, 'at most one frontmatter-syntax finding');
        if (syntax.length === 1) {
          assert.match(syntax[0].message, /^The frontmatter is not valid YAML: \S/);
          assert.deepEqual(findings.filter((f) => FRONTMATTER_RULES.has(f.ruleId)).map((f) => f.ruleId), [], 'frontmatter rules stay silent');
        }
      }),
      params(150),
    );
  });
});

describe('fuzz: suppression directives', () => {
  /** The plain reading of the directives (suppress.ts before it was indexed), as the reference. */
  function reference(directives: Directive[], ruleId: string, line: number): boolean {
    if (directives.some((d) => d.action === 'disable-file' && (d.rules.length === 0 || d.rules.includes(ruleId)))) return true;
    for (const d of directives) {
      const target = d.action === 'disable-line' ? d.line : d.action === 'disable-next-line' ? d.line + 1 : -1;
      if (target === line && (d.rules.length === 0 || d.rules.includes(ruleId))) return true;
    }
    let disabled = false;
    for (const d of directives.filter((x) => x.action === 'disable' || x.action === 'enable').sort((a, b) => a.line - b.line)) {
      if (d.line > line) break;
      if (d.rules.length === 0 || d.rules.includes(ruleId)) disabled = d.action === 'disable';
    }
    return disabled;
  }

  test('Suppressions answers as the plain reading of its directives', () => {
    const rule = fc.constantFrom('a', 'b', 'c');
    const directive = fc.record({
      line: fc.nat(12),
      action: fc.constantFrom<Directive['action']>('disable', 'enable', 'disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'),
      rules: fc.array(rule, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(directive, { maxLength: 12 }), (directives) => {
        const s = new Suppressions(directives);
        for (const r of ['a', 'b', 'c']) for (let line = 0; line < 15; line++) assert.equal(s.isSuppressed(r, line), reference(directives, r, line), `${r} on line ${line}`);
      }),
      params(500),
    );
  });
});
