// field-value: a plain frontmatter value cut short by a ` #` (YAML reads the rest as a comment) is
// named, read as YAML reads it, and quoting the whole line is offered, never applied unseen.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fix';
import { doc, lint, span, TODAY } from './helpers';

const dossier = (...keys: string[]): string => doc('---', 'cpt_dossier: 1', ...keys, 'classification: augmentative', '---', '', '# Service');
const fieldValues = (text: string) => lint(text).filter((f) => f.ruleId === 'field-value');

describe('field-value: a value a "#" cut short', () => {
  test('`title: EF #1 measurement`: a warning on the whole written value, with a quoting fix offered', () => {
    const [f, ...rest] = fieldValues(dossier('title: EF #1 measurement'));
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'warning');
    assert.equal(span(f), '3:8-3:25');
    assert.equal(f.message, '`title` reads `EF`: in YAML a `#` after a space starts a comment, so `#1 measurement` is dropped. Put the whole value in quotes to keep it: `"EF #1 measurement"` (dossier format 1).');
    assert.deepEqual(f.fixes?.map((x) => [x.title.includes('"EF #1 measurement"'), x.safe]), [[true, false]]);
  });

  test('the offered fix quotes the line, and the quoted value lints clean of it', () => {
    const text = dossier('title: EF #1 measurement');
    const result = lintText(text, { fileName: 'a.dossier.md', today: TODAY });
    // What choosing the offered quick fix does (it is not applied unseen).
    const fixed = applyFixes(text, result.findings.filter((f) => f.ruleId === 'field-value'), () => true).text;
    assert.match(fixed, /^title: "EF #1 measurement"$/m);
    assert.deepEqual(fieldValues(fixed), []);
  });

  test('the value is read as YAML reads it, so the other rules are unchanged', () => {
    const text = dossier('title: EF #1 measurement');
    assert.equal(lintText(text, { fileName: 'a.dossier.md', today: TODAY }).dossier.facts?.values.get('title')?.value, 'EF');
  });

  test('a list item\'s name is named by its path', () => {
    const [f] = fieldValues(dossier('sites:', '  - name: Clinic #2 North', '    state: OH', '    since: 2026-01-15'));
    assert.match(f.message, /^`sites\[\]\.name` reads `Clinic`: /);
  });

  for (const [what, line] of [
    ['a comment written with a space after the #', 'title: EF measurement  # working name'],
    ['a quoted value', 'title: "EF #1 measurement"'],
    ['a # inside a word', 'title: EF#1 measurement'],
    ['a comment after a value that is not text', 'taxonomy: 2027 #x'],
  ] as const) {
    test(`${what}: no such finding`, () => {
      assert.deepEqual(fieldValues(dossier(line)).filter((f) => f.message.includes('starts a comment')), []);
    });
  }
});
