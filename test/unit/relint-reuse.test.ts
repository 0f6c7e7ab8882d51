// Relint after a keystroke (issue #9): a warm DossierLinter takes from the last version what the
// edit did not touch (the lists of headings, cues, claims and comments, the spans before the
// edit, the sections' per-segment facts, the definition counts, the chunks memo that is swept only
// now and then) instead of walking every chunk. Each of these reuse paths is driven here where it
// decides a finding, and every version's findings must be those of a fresh lint, exactly.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DossierLinter, lintText, type LintResult } from '../../src/core/engine';
import { CLEAN_FRONTMATTER, doc, ids, TODAY } from './helpers';
import { generateDossier, middleOfProse } from '../bench/generate';

const OPTIONS = { fileName: 'reuse.dossier.md', today: TODAY };

/** The clean frontmatter without `trials`: then only the `Clinical evidence` section can show a US trial. */
const NO_TRIALS = ((): string[] => {
  const at = CLEAN_FRONTMATTER.indexOf('trials:');
  return CLEAN_FRONTMATTER.filter((_, i) => i < at || i > at + 3);
})();

const TRIAL = 'A US trial at three sites (NCT01234567) showed a sensitivity of 92% against expert readers.';

/** A `Clinical evidence` section of four chunks; `before`/`after` hold the trial paragraph or not. */
function evidence(typed: string, trialBefore: boolean, trialAfter: boolean): string {
  return doc(
    ...NO_TRIALS,
    '# Automated LV ejection fraction',
    '',
    '## Software output',
    '',
    'The software measures the ejection fraction.',
    '',
    '## Clinical evidence',
    '',
    ...(trialBefore ? [TRIAL, ''] : []),
    // The chunk right before an edit of its first line is scanned again; those before it are not.
    'The readers were cardiologists.',
    '',
    `Typing goes here${typed}.`,
    '',
    // The chunk right after the edit is looked up again; the ones after it are taken as they were.
    'The readers read every study twice.',
    '',
    ...(trialAfter ? [TRIAL, ''] : []),
    'The study closed in 2026.',
    '',
    '## Physician work',
    '',
    'The physician reviews the tracing.',
  );
}

/** Lints each version with one warm linter; each result must equal a fresh lint's. */
function relint(versions: string[]): LintResult[] {
  const linter = new DossierLinter();
  return versions.map((text) => {
    const warm = linter.lint(text, OPTIONS);
    const fresh = lintText(text, OPTIONS);
    assert.deepEqual(warm.findings, fresh.findings, `findings differ from a fresh lint of:\n${text}`);
    assert.deepEqual(warm.dossier.sections, fresh.dossier.sections, `sections differ from a fresh lint of:\n${text}`);
    assert.deepEqual([warm.dossier.headings, warm.dossier.cues, warm.dossier.claims, warm.dossier.comments], [fresh.dossier.headings, fresh.dossier.cues, fresh.dossier.claims, fresh.dossier.comments]);
    return warm;
  });
}

/** Typing `word` one character at a time, then deleting it again. */
function typing(make: (typed: string) => string, word: string): string[] {
  const versions: string[] = [];
  for (let i = 0; i <= word.length; i++) versions.push(make(word.slice(0, i)));
  for (let i = word.length - 1; i >= 0; i--) versions.push(make(word.slice(0, i)));
  return versions;
}

describe('relint reuses what the edit did not touch, with the findings of a fresh lint (issue #9)', () => {
  test('a US trial in a chunk after the typing stays in its section; deleting it gives cat3-us-trial', () => {
    const results = relint([...typing((t) => evidence(t, false, true), ' and on'), evidence('', false, false), evidence('', false, true)]);
    const last = results.length - 1;
    for (const r of results.slice(0, last - 1)) assert.deepEqual(ids(r.findings), []);
    assert.deepEqual(ids(results[last - 1].findings), ['cat3-us-trial']);
    assert.deepEqual(ids(results[last].findings), []);
    assert.equal(results[last].dossier.sections.find((s) => s.kind === 'clinical-evidence')?.mentionsUsTrial, true);
  });

  test('a US trial in a chunk before the typing stays in its section; deleting it gives cat3-us-trial', () => {
    const results = relint([...typing((t) => evidence(t, true, false), ' and on'), evidence('', false, false), evidence('x', true, false)]);
    const last = results.length - 1;
    for (const r of results.slice(0, last - 1)) assert.deepEqual(ids(r.findings), []);
    assert.deepEqual(ids(results[last - 1].findings), ['cat3-us-trial']);
    assert.deepEqual(ids(results[last].findings), []);
  });

  test('a cue far after the typing keeps its place, moved by each keystroke', () => {
    const body = (typed: string): string =>
      doc(...NO_TRIALS.map((l) => (l.startsWith('classification:') ? 'classification: assistive' : l)), '', `Typing goes here${typed}.`, '', 'More text.', '', '## Software output', '', 'The software diagnoses heart failure.');
    const results = relint(typing(body, 'abc'));
    for (const [k, r] of results.entries()) {
      const cue = r.findings.find((f) => f.ruleId === 'classification-cue');
      assert.ok(cue, `version ${k}: the cue is found`);
      const line = r.dossier.lines.lineText(cue.range.start.line);
      assert.equal(line.slice(cue.range.start.column, cue.range.end.column), 'diagnoses');
    }
  });

  test('a link reference definition in a quote far from the reference: typing it, editing beside it, deleting it', () => {
    // `![the software diagnoses][zz]` is text (a cue) while `zz` is undefined, an image once
    // defined. A definition inside a block quote is one the chunk splitter does not see: only the
    // counts of the chunks' own definitions tell that the document's definitions changed.
    const body = (definition: string, typed: string): string =>
      doc(...NO_TRIALS, '', '## Software output', '', 'See ![the software diagnoses][zz].', '', 'More text.', '', `> ${definition}`, '', `Typing goes here${typed}.`, '', 'The end.');
    const versions = [body('', ''), body('[zz]', ''), body('[zz]:', ''), body('[zz]: /c', ''), body('[zz]: /c', 'a'), body('[zz]: /c', 'ab'), body('[zz]: /c.png', 'ab'), body('[zz]', 'ab'), body('', 'ab')];
    const results = relint(versions);
    const cues = results.map((r) => ids(r.findings).filter((id) => id === 'classification-cue').length);
    assert.deepEqual(cues, [1, 1, 1, 0, 0, 0, 0, 1, 1]);
  });

  test('typing long enough for the chunk memo to be swept, then undoing every keystroke', () => {
    const text = generateDossier(16 * 1024, 3);
    const at = middleOfProse(text);
    const linter = new DossierLinter();
    const first = linter.lint(text, OPTIONS);
    const versions: string[] = [];
    // More keystrokes than the document has chunks (about 60 at 16 KiB): the memo is swept.
    for (let i = 1; i <= 150; i++) versions.push(text.slice(0, at) + 'x'.repeat(i) + text.slice(at));
    for (let i = 149; i >= 0; i--) versions.push(text.slice(0, at) + 'x'.repeat(i) + text.slice(at));
    for (const [k, v] of versions.entries()) {
      const warm = linter.lint(v, OPTIONS);
      if (k % 25 === 0 || k === versions.length - 1) assert.deepEqual(warm.findings, lintText(v, OPTIONS).findings, `version ${k}`);
    }
    assert.deepEqual(linter.lint(text, OPTIONS).findings, first.findings);
    assert.ok(first.findings.length > 0, 'the generated dossier has findings to compare');
  });
});
