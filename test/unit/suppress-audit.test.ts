// Suppression you can audit: reasons kept, unknown rule ids warned about on the comment (with the
// nearest rule id), unused directives reported when asked.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDirective } from '../../src/core/suppress';
import { lintText } from '../../src/core/engine';
import { TODAY, clean, span } from './helpers';

const body = (...lines: string[]): string => `${clean().replace(/\n*$/, '\n\n')}${lines.join('\n')}\n`;
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('disable comments', () => {
  test('the reason after -- is kept apart from the rule ids', () => {
    assert.deepEqual(parseDirective('cpt-dossier-disable-next-line payment-claim, deadline-passed -- quoted from the brochure', 3), {
      line: 3,
      action: 'disable-next-line',
      rules: ['payment-claim', 'deadline-passed'],
      reason: 'quoted from the brochure',
    });
    assert.deepEqual(parseDirective('cpt-dossier-disable-file -- archived dossier', 0), { line: 0, action: 'disable-file', rules: [], reason: 'archived dossier' });
    assert.deepEqual(parseDirective('cpt-dossier-disable payment-claim', 0), { line: 0, action: 'disable', rules: ['payment-claim'] });
  });

  test('an unknown rule id gets a warning on the comment, naming the nearest rule', () => {
    const text = body('<!-- cpt-dossier-disable-next-line payment-claims -->', 'This code guarantees payment.');
    const r = lintText(text, { fileName: 'a.dossier.md', today: TODAY });
    const line = lineOf(text, 'payment-claims');
    assert.deepEqual(
      r.findings.map((f) => `${span(f)} ${f.severity} ${f.ruleId} ${f.message}`),
      [
        `${line}:1-${line}:54 warning directive-unknown-rule \`payment-claims\` is not a rule of CPT Dossier, so this cpt-dossier-disable-next-line comment does not suppress it. Did you mean \`payment-claim\`? A reason goes after \` -- \`.`,
        `${line + 1}:11-${line + 1}:29 warning payment-claim "guarantees payment" promises payment from a code, but a CPT code does not guarantee coverage, reimbursement or payment (AMA CPT disclaimer). Say instead that the code identifies the service so it can be reported; payment is the payers' decision.`,
      ],
    );
    // A word that is no near miss gets no guess; a reason written without -- is words that are no rules.
    const far = lintText(body('<!-- cpt-dossier-disable payment-claim because marketing -->'), { fileName: 'a.dossier.md', today: TODAY });
    assert.deepEqual(far.findings.map((f) => f.message.replace(/ A reason.*/, '')), [
      '`because` is not a rule of CPT Dossier, so this cpt-dossier-disable comment does not suppress it.',
      '`marketing` is not a rule of CPT Dossier, so this cpt-dossier-disable comment does not suppress it.',
    ]);
  });

  test('unused directives are reported only when asked, per rule id, as errors', () => {
    const text = body('<!-- cpt-dossier-disable-next-line payment-claim, deadline-passed -->', 'This code guarantees payment.', '', '<!-- cpt-dossier-disable-line -->');
    assert.deepEqual(lintText(text, { fileName: 'a.dossier.md', today: TODAY }).findings, []);
    const r = lintText(text, { fileName: 'a.dossier.md', today: TODAY, reportUnusedDisableDirectives: true });
    assert.deepEqual(
      r.findings.map((f) => `${f.range.start.line + 1} ${f.severity} ${f.ruleId} ${f.message}`),
      [
        `${lineOf(text, 'deadline-passed')} error directive-unused Unused cpt-dossier-disable-next-line directive: no deadline-passed finding was suppressed by it. Remove \`deadline-passed\` from it.`,
        `${lineOf(text, 'disable-line -->')} error directive-unused Unused cpt-dossier-disable-line directive: no finding was suppressed by it. Remove it.`,
      ],
    );
    assert.deepEqual(r.suppressed?.map((f) => f.ruleId), ['payment-claim']);
  });
});
