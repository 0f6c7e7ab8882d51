// A `society` block that does not say which society: the policy cannot apply, and the messages say so.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN_FRONTMATTER, CLEAN_BODY, doc, lint, span } from './helpers';

/** The clean dossier with its `society` block replaced by `society` lines (none: no block). */
function withSociety(...society: string[]): string {
  const start = CLEAN_FRONTMATTER.indexOf('society:');
  const lines = [...CLEAN_FRONTMATTER.slice(0, start), ...society, ...CLEAN_FRONTMATTER.slice(start + 3)];
  return doc(...lines, ...CLEAN_BODY);
}

describe('society-name-missing', () => {
  test('a notice date without a name: a warning on the society key, naming the keys given', () => {
    const findings = lint(withSociety('society:', '  notified: 2026-11-01', '  support_requested: true')).filter((f) => f.ruleId.startsWith('society'));
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, span(f)]), [['society-name-missing', 'warning', '18:1-18:8']]);
    assert.equal(
      findings[0].message,
      'The `society` block gives `notified` and `support_requested` but not which society, so its own procedure cannot be applied: the notice is held to a default of 56 days before the AMA deadline and its stance on the class is not checked. Add `name:` under `society` (for example `name: ASE`).',
    );
  });
  test('an empty name counts as no name', () => {
    const findings = lint(withSociety('society:', '  name: ""', '  irt_partner: true'));
    assert.deepEqual(findings.filter((f) => f.ruleId === 'society-name-missing').map(span), ['19:3-19:7']);
  });
  test('silent with a name, with no society block, and with an empty block', () => {
    for (const text of [withSociety('society:', '  name: HRS', '  notified: 2026-11-01'), withSociety(), withSociety('society:')]) {
      assert.deepEqual(lint(text).filter((f) => f.ruleId === 'society-name-missing'), []);
    }
  });
});

describe('society-notice-late without a known policy', () => {
  test('no name: "The society\'s notice", and the lead time is called the default', () => {
    const late = lint(withSociety('society:', '  notified: 2027-01-20')).find((f) => f.ruleId === 'society-notice-late');
    assert.equal(
      late?.message,
      "The society's notice is planned for only 15 days before the AMA deadline of 4 February 2027, but it wants the material at least 56 days (8 weeks) ahead (the default lead time: no society is named). The latest date on time is 10 December 2026 (2026-12-10); notify it by then or aim at a later AMA deadline.",
    );
  });
  test('a society with no policy file: its name, and the default named as such', () => {
    const late = lint(withSociety('society:', '  name: HRS', '  notified: 2027-01-20')).find((f) => f.ruleId === 'society-notice-late');
    assert.match(late?.message ?? '', /^The HRS notice is planned for only 15 days before .* ahead \(the default lead time: no policy is known for HRS\)\./);
  });
  test('ASE keeps its own source', () => {
    const late = lint(withSociety('society:', '  name: ASE', '  notified: 2026-12-20')).find((f) => f.ruleId === 'society-notice-late');
    assert.match(late?.message ?? '', /^The ASE notice is planned for only 46 days before the AMA deadline of 4 February 2027, .* ahead \(ASE AI procedures for CPT\)\./);
  });
});
