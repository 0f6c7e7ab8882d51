// Incremental linting (GitHub issue #5): a warm DossierLinter, fed one edit after another, must give
// exactly the findings of a whole-document lint of each version, and the same dossier as a fresh
// chunked parse. Edits insert and delete characters and whole lines, with the Markdown that moves
// block boundaries: fences, HTML comments and blocks, setext underlines, link reference
// definitions, headings. Counterexamples found on the way are kept below as fixed cases.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DossierLinter, lintText } from '../../src/core/engine';
import { LineIndex } from '../../src/core/text';
import { TODAY, clean } from './helpers';
import { generateDossier } from '../bench/generate';

const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 5);
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;

const OPTIONS = { fileName: 'edit.dossier.md', today: TODAY };
const FIXTURES = join(__dirname, '..', 'fixtures', 'rules');

/** A dossier with every block kind the chunker has to respect, in several sections. */
const RICH = clean({}, [
  '# Automated LV ejection fraction',
  '',
  '## Intended use',
  '',
  'For adults having an echocardiogram. See the [manual][ref] and ![the chart][img].',
  'Undefined until an edit defines it: ![the software diagnoses][zz].',
  '',
  '## Software output',
  '',
  'The software measures the ejection fraction and shows the traced borders.',
  '',
  '```json',
  '{ "ef": 55 }',
  '# not a heading',
  '```',
  '',
  '<!-- cpt-dossier-disable-next-line classification-cue -->',
  'The software diagnoses heart failure.',
  '',
  '### Details',
  '',
  '- It quantifies the volume.',
  '- A CPT code guarantees payment.',
  '',
  '> The software concludes, says the payer.',
  '',
  '<div>',
  'It diagnoses in HTML.',
  '</div>',
  '',
  'Setext heading',
  '===',
  '',
  '## Physician work',
  '',
  '~~~',
  'The physician reviews it.',
  '~~~',
  '',
  '## Clinical evidence',
  '',
  'A US trial (NCT01234567) at three sites.',
  '',
  '[ref]: https://example.com/manual "Manual"',
  '[img]: /chart.png',
]);

const SEEDS: string[] = [
  RICH,
  clean(),
  ...readdirSync(FIXTURES).sort()
    .filter((f) => f.endsWith('.md'))
    .sort()
    .filter((_, i) => i % 9 === 0) // a spread of the fixtures keeps the run short
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8')),
];

/** Text that opens, closes or moves blocks, and prose the rules react to, by kind (each kind is
 * as likely as the others, however many pieces it has). */
const PIECES: string[][] = [
  ['```', '~~~', '````', '```js', '``` `x`', '   ```', '    ```', '> ```', '- ```'],
  ['<!--', '-->', '<!-- a -->', '<!-- cpt-dossier-disable -->', '<!-- cpt-dossier-enable -->', '<!-- cpt-dossier-disable-next-line -->'],
  ['<div>', '</div>', '<pre>', '</pre>', '<script>', '<?', '?>', '<![CDATA[', ']]>', '<span>'],
  ['===', '---', '***', 'Setext', '- - -'],
  ['[ref]: /url', '[REF]: <x> "t"', '[img]:', '/url', '"title"', '> [ref]: /url', '- [ref]: /url', '[other]: /o', '[ref]', '[x][ref]'],
  ['> [zz]: /u', '- [zz]: /u', '1. [zz]: /u', '> - [zz]: /u', '[zz]:', '[zz]: /u', '[ZZ]: /u', '![the software diagnoses][zz]', '[zz]'],
  ['# ', '#', '## ', '## Software output', '## Physician work', '### Clinical evidence', '## Sites', '####### seven', ' ## x'],
  ['> ', '- ', '1. ', '    ', '  ', '\t', '|a|b|', '`', '*', '\\'],
  ['The software diagnoses heart failure.', 'It quantifies the fraction.', 'A CPT code guarantees payment.', 'does not ', 'The physician makes the diagnosis.', 'A US trial (NCT01234567).', 'x'],
  // Characters the splitter once read as whitespace or dropped, and CRLF (issue #10).
  ['\ufeff', '\ufeff## Software output', '\u00a0', '```\u00a0', '\u3000', '\f', '\r\n', '\r', '&amp;', '\u0000'],
];
const EOLS = ['\n', '\r\n', '\r'];

/** An edit as data (so a counterexample prints): positions are fractions of the text's length. */
type Edit =
  | { insert: string; at: number }
  | { delete: number; at: number }
  | { insertLines: string[]; eol: string; at: number }
  | { deleteLines: number; at: number }
  | { moveLine: number; to: number };

/** Uniform over the text (fast-check's default bias favours small values: the frontmatter). */
const frac = fc.noBias(fc.integer({ min: 0, max: 9999 })).map((x) => x / 10000);
const offset = (text: string, f: number): number => Math.min(text.length, Math.floor(f * (text.length + 1)));

/** Line starts of `text` (after \n, \r\n or a lone \r), the end included. */
function lineStarts(text: string): number[] {
  return [...new LineIndex(text).lineStarts, text.length];
}

function apply(t: string, e: Edit): string {
  if ('insert' in e) return t.slice(0, offset(t, e.at)) + e.insert + t.slice(offset(t, e.at));
  if ('delete' in e) return t.slice(0, offset(t, e.at)) + t.slice(offset(t, e.at) + e.delete);
  const starts = lineStarts(t);
  const line = Math.floor(('at' in e ? e.at : e.moveLine) * starts.length);
  if ('insertLines' in e) return t.slice(0, starts[line]) + e.insertLines.join(e.eol) + e.eol + t.slice(starts[line]);
  if ('deleteLines' in e) return t.slice(0, starts[line]) + t.slice(starts[Math.min(starts.length - 1, line + e.deleteLines)]);
  // Move a line elsewhere: two places change at once, as with a multi-cursor edit or a paste.
  if (line >= starts.length - 1) return t;
  const text = t.slice(starts[line], starts[line + 1]);
  const rest = t.slice(0, starts[line]) + t.slice(starts[line + 1]);
  const restStarts = lineStarts(rest);
  const p = restStarts[Math.floor(e.to * restStarts.length)];
  return rest.slice(0, p) + text + rest.slice(p);
}

const piece = fc.constantFrom(...PIECES).chain((kind) => fc.constantFrom(...kind));
const eol = fc.constantFrom(...EOLS);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ insert: fc.oneof(piece, eol), at: frac }),
  fc.record({ delete: fc.integer({ min: 1, max: 12 }), at: frac }),
  fc.record({ insertLines: fc.array(piece, { minLength: 1, maxLength: 3 }), eol, at: frac }),
  fc.record({ deleteLines: fc.integer({ min: 1, max: 4 }), at: frac }),
  fc.record({ moveLine: frac, to: frac }),
);

/** What the chunked parse produces, to compare the warm linter with a fresh one. */
function parsed(d: ReturnType<typeof lintText>['dossier']): unknown {
  return { headings: d.headings, sections: d.sections, cues: d.cues, claims: d.claims, comments: d.comments, parseErrors: d.parseErrors };
}

/** Lints every version with one warm linter and checks it against the references. */
function checkVersions(versions: string[]): void {
  const linter = new DossierLinter();
  for (const text of versions) {
    const warm = linter.lint(text, OPTIONS);
    const whole = lintText(text, { ...OPTIONS, wholeDocument: true });
    assert.deepEqual(warm.findings, whole.findings, `findings differ from the whole-document lint of:\n${JSON.stringify(text)}`);
    const fresh = lintText(text, OPTIONS);
    assert.deepEqual(parsed(warm.dossier), parsed(fresh.dossier), `warm parse differs from a fresh one for:\n${JSON.stringify(text)}`);
    assert.deepEqual(warm.dossier.lines, new LineIndex(warm.dossier.text), 'line index');
    assert.ok(warm.dossier.lines instanceof LineIndex);
  }
}

describe('incremental linting equals the whole-document lint after every edit', () => {
  test('random edits to fixture-like dossiers', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: fc.constant(RICH) }, fc.constantFrom(...SEEDS)), fc.array(edit, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        const versions = [seed];
        for (const e of edits) versions.push(apply(versions[versions.length - 1], e));
        checkVersions(versions);
      }),
      { seed: SEED, numRuns: RUNS ?? 500, includeErrorInReport: true },
    );
  });

  test('random edits to a long generated dossier (many chunks before and after each edit)', () => {
    const long = generateDossier(16 * 1024, 7);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const versions = [long];
        for (const e of edits) versions.push(apply(versions[versions.length - 1], e));
        checkVersions(versions);
      }),
      { seed: SEED, numRuns: RUNS ?? 8, includeErrorInReport: true },
    );
  });

  test('typing a line character by character, then deleting it', () => {
    const line = '```js\n<!-- [ref]: /u\n## The software diagnoses it. -->\n~~~\n';
    for (const seed of [RICH, clean()]) {
      const p = seed.indexOf('## Software output');
      const versions: string[] = [];
      for (let i = 1; i <= line.length; i++) versions.push(seed.slice(0, p) + line.slice(0, i) + seed.slice(p));
      for (let i = line.length - 1; i >= 0; i--) versions.push(seed.slice(0, p) + line.slice(0, i) + seed.slice(p));
      checkVersions(versions);
    }
  });
});

describe('chunking counterexamples (fixed)', () => {
  // A link reference definition is document-wide wherever it is, so a reference in one chunk can
  // depend on a definition in another. The chunker used to append only the definitions it saw at
  // the top level, after each chunk; now the chunks' own parses say what is defined, and the
  // definitions are parsed before each chunk.
  const IMAGE = ['## Software output', '', '![The software diagnoses it][zz]'];
  const cases: Record<string, string[]> = {
    'definition in a block quote': ['## A', '> [zz]: /u', '', ...IMAGE],
    'definition in a list item': ['## A', '- [zz]: /u', '', ...IMAGE],
    'definition in a list in a block quote': ['## A', '> - [zz]: /u', '', ...IMAGE],
    'definition with its destination on the next line': ['## A', '[zz]:', '/u', '', ...IMAGE],
    'label over two lines in a block quote': ['## A', '> [z', '> z]: /u', '', '## Software output', '', '![The software diagnoses it][z z]'],
    'label with an escaped bracket in a list item': ['## A', '- [z\\]z]: /u', '', '## Software output', '', '![The software diagnoses it][z\\]z]'],
    'definitions appended after a chunk were swallowed by its unclosed fence': ['## A', '', '[zz]: /u', '', ...IMAGE, '', '```'],
    'definitions appended after a chunk were swallowed by its unclosed comment': ['## A', '', '[zz]: /u', '', ...IMAGE, '', '<!--'],
    'a lookalike that is not a definition': ['## A', '[zz]:', '', ...IMAGE],
    'a definition later in the document': [...IMAGE, '', '## B', '', '> [zz]: /u'],
  };
  for (const [name, body] of Object.entries(cases)) {
    test(name, () => checkVersions([clean({}, body)]));
  }
  test('found by the property: a definition typed into a block quote, then the frontmatter edited', () => {
    const p = RICH.indexOf('## Physician work');
    const v1 = RICH.slice(0, p) + '> [zz]: /u\n' + RICH.slice(p);
    checkVersions([RICH, v1, v1.slice(v1.indexOf('\n') + 1), RICH]);
  });
  test('a BOM at the start of the body is text, as in a whole-document parse, and offsets stay put (issue #10)', () => {
    const body = ['\ufeff## Software output', '', '\ufeffThe software diagnoses it.', '', '## Physician work', '', 'The software diagnoses it.'];
    const text = clean({}, body);
    checkVersions([clean(), text, clean()]);
    const cues = (findings: ReturnType<typeof lintText>['findings']): string[] =>
      findings.filter((f) => f.ruleId === 'classification-cue').map((f) => `${f.range.start.line}:${f.range.start.column}`);
    const line = text.split('\n').indexOf('\ufeffThe software diagnoses it.');
    const expected = [`${line}:14`, `${line + 4}:13`]; // "diagnoses" after the BOM, and on a line without one
    assert.deepEqual(cues(lintText(text, OPTIONS).findings), expected);
    assert.deepEqual(cues(new DossierLinter().lint(text, OPTIONS).findings), expected);
    assert.deepEqual(cues(lintText(text, { ...OPTIONS, wholeDocument: true }).findings), expected);
  });
  test('a closing fence followed by a no-break space does not close it, for the splitter as for the parser', () => {
    checkVersions([clean({}, ['## Software output', '', '```', 'code', '```\u00a0', '', '## Physician work', '', 'The software diagnoses it.'])]);
    checkVersions([clean({}, ['## Software output', '', '<div>', '\u00a0', '## Physician work', 'The software diagnoses it.', '', 'A CPT code guarantees payment.'])]);
  });
  test('a lead-in naming the physician reaches its list across chunk boundaries (loose lists too)', () => {
    // "The reading cardiologist:" lends its agent to the list after it; the splitter cuts before
    // the list and before each item of a loose list, so the agent has to cross those cuts.
    const body = ['## Physician work', '', 'For every study, the reading cardiologist:', '', '- interprets the echocardiogram;', '', '- confirms the category.', '', '* reviews the images.', '', 'Then:', '', '- interprets nothing else.'];
    const text = clean({ classification: 'autonomous' }, body);
    const first = text.split('\n').indexOf('- interprets the echocardiogram;');
    const cues = (findings: ReturnType<typeof lintText>['findings']): string[] =>
      findings.filter((f) => f.ruleId === 'classification-cue').map((f) => `${f.range.start.line}:${f.range.start.column} ${f.data?.suggests ?? ''}`);
    // The two items of the "-" list are the physician's; "* reviews" starts another list (no
    // lead-in), and "Then:" names nobody.
    const expected = [`${first}:2 physician-interprets`, `${first + 2}:2 physician-interprets`];
    assert.deepEqual(cues(new DossierLinter().lint(text, OPTIONS).findings), expected);
    assert.deepEqual(cues(lintText(text, OPTIONS).findings), expected);
    assert.deepEqual(cues(lintText(text, { ...OPTIONS, wholeDocument: true }).findings), expected);
    // Editing the lead-in changes how the unchanged list below it is read, in a warm linter too.
    const software = text.replace('the reading cardiologist:', 'the software:');
    checkVersions([text, software, text, text.replace('\n\n- interprets the echo', '\n\n+ interprets the echo')]);
    assert.deepEqual(cues(new DossierLinter().lint(software, OPTIONS).findings), []);
  });
  test('the cue is reported only while the reference is undefined', () => {
    const without = clean({}, ['## A', '', ...IMAGE]);
    const withDef = clean({}, ['## A', '> [zz]: /u', '', ...IMAGE]);
    const linter = new DossierLinter();
    const cues = (t: string): number => linter.lint(t, OPTIONS).findings.filter((f) => f.ruleId === 'classification-cue').length;
    assert.deepEqual([cues(without), cues(withDef), cues(without)], [1, 0, 1]);
  });
});
