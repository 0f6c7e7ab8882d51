// The shared domain facts (src/core/facts.ts) and the assessment built from one lint result.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDossier } from '../../src/core/dossier';
import { DossierLinter } from '../../src/core/engine';
import { assessText, buildAssessment } from '../../src/core/assess';
import { defaultConfig, type ResolvedConfig } from '../../src/core/config';
import { baseName, fieldState, noticeDueDate, relDays, usTrialEvidence } from '../../src/core/facts';
import { findPolicy } from '../../src/core/policy';
import { TODAY, clean, doc, lint } from './helpers';

const opts = { fileName: 'a.dossier.md', today: TODAY };

/** Counts the lints (parse + rules) DossierLinter runs while `body` runs. */
function countLints<T>(body: () => T): { value: T; lints: number } {
  const original = DossierLinter.prototype.lint;
  let lints = 0;
  DossierLinter.prototype.lint = function (this: DossierLinter, ...args: Parameters<typeof original>) {
    lints++;
    return original.apply(this, args);
  };
  try {
    return { value: body(), lints };
  } finally {
    DossierLinter.prototype.lint = original;
  }
}

describe('facts', () => {
  test('a field is absent, invalid or present', () => {
    const d = parseDossier(doc('---', 'cpt_dossier: 1', 'classification: augmentive', 'taxonomy:', 'sites:', '  - name: Mercy', 'ama_deadline: 2027-02-04', '---'), { fileName: 'a.dossier.md' });
    assert.equal(fieldState(d, 'classification'), 'invalid');
    assert.equal(fieldState(d, 'taxonomy'), 'absent', 'an empty value counts as absent');
    assert.equal(fieldState(d, 'fda.status'), 'absent');
    assert.equal(fieldState(d, 'sites'), 'present');
    assert.equal(fieldState(d, 'ama_deadline'), 'present');
  });

  test('the notice due date is the one date the rule and the assessment give', () => {
    const late = clean().replace('notified: 2026-11-01', 'notified: 2027-01-10');
    const finding = lint(late).find((f) => f.ruleId === 'society-notice-late');
    const a = assessText(late, opts);
    assert.equal(finding?.data?.replacement, '2026-12-10');
    assert.equal(a.society?.noticeDue, '2026-12-10');
    assert.equal(noticeDueDate('2027-02-04', findPolicy(defaultConfig().policies, 'ASE')), '2026-12-10');
    // A society without a policy file: the same default lead time in both.
    const other = late.replace('name: ASE', 'name: Society of Echo Imaging');
    assert.equal(lint(other).find((f) => f.ruleId === 'society-notice-late')?.data?.replacement, assessText(other, opts).society?.noticeDue);
    assert.equal(noticeDueDate('2027-02-04', undefined), '2026-12-10');
  });

  test('US-trial evidence: the assessment and cat3-us-trial agree', () => {
    const cases = [clean(), clean().replace('country: US', 'country: DE'), clean().replace('    efficacy: Agreement with expert readers, ICC 0.91 (n=800)\n', '')];
    for (const text of cases) {
      const { dossier, findings } = new DossierLinter(false).lint(text, opts);
      const fires = findings.some((f) => f.ruleId === 'cat3-us-trial');
      assert.equal(fires, !usTrialEvidence(dossier));
      assert.equal(assessText(text, opts).prerequisites.find((p) => p.id === 'us-trial')?.met, !fires);
    }
  });

  test('labels: days and file names in words', () => {
    assert.deepEqual([0, 1, 3, -1, -2, undefined, Number.NaN].map(relDays), ['today', 'in 1 day', 'in 3 days', '1 day ago', '2 days ago', '', '']);
    assert.deepEqual(['docs/a.dossier.md', 'C:\\x\\b.dossier.md', 'c.md'].map(baseName), ['a.dossier.md', 'b.dossier.md', 'c.md']);
  });
});

describe('buildAssessment', () => {
  test('assessText lints once; buildAssessment of a lint result lints no more', () => {
    const text = clean().replace('country: US', 'country: DE');
    const once = countLints(() => assessText(text, opts));
    assert.equal(once.lints, 1);
    const result = new DossierLinter(false).lint(text, opts);
    const built = countLints(() => buildAssessment(result, { today: TODAY }));
    assert.equal(built.lints, 0);
    assert.deepEqual(built.value, once.value);
  });

  test('prerequisites are judged with every rule on; the findings shown follow the settings', () => {
    const text = clean({ fda: null }).replace(/^ {2}(status|first_contact):.*\n/gm, '').replace('country: US', 'country: DE');
    const config: ResolvedConfig = { ...defaultConfig(), severities: { 'cat3-us-trial': 'off', 'cat3-fda-engagement': 'off', 'payment-claim': 'warning' } };
    const result = new DossierLinter(false).lint(text, { ...opts, config });
    assert.ok(!result.findings.some((f) => f.ruleId === 'cat3-us-trial' || f.ruleId === 'cat3-fda-engagement'));
    const a = buildAssessment(result, { today: TODAY, config });
    const unmet = a.prerequisites.filter((p) => !p.met).map((p) => p.id);
    assert.deepEqual(unmet, ['fda-begun', 'us-trial']);
    assert.deepEqual(a.findings, result.findings, 'the findings shown are the lint result as configured');
    assert.deepEqual(a.prerequisites, assessText(text, opts).prerequisites, 'the same prerequisites as with every rule on');
  });
});
