// cat3-us-trial: a listed US trial with no `efficacy:` was credited with whatever efficacy the
// `Clinical evidence` section outlined, even when that section said the US trial had not run and
// the figures came from a study abroad (seen in a blind dossier set). Sentences written here.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DossierLinter, lintText } from '../../src/core/engine';
import { clean, CLEAN_BODY, lint, TODAY } from './helpers';

/** A dossier whose US trial is listed without an efficacy outline, with a `Clinical evidence` section. */
const listedWithoutEfficacy = (...lines: string[]): string =>
  clean({}, [...CLEAN_BODY, '## Clinical evidence', '', ...lines]).replace(/(trials:\n {2}- registry: NCT01234567\n {4}country: US\n) {4}efficacy: [^\n]*\n/, '$1');
const trialMessages = (text: string): string[] => lint(text).filter((f) => f.ruleId === 'cat3-us-trial').map((f) => f.message.split(', but ')[0]);

describe('cat3-us-trial: efficacy from abroad does not fill a US trial that has not run', () => {
  test('the helper lists a US trial with no efficacy', () => {
    const text = listedWithoutEfficacy('x');
    assert.match(text, /country: US\n/);
    assert.doesNotMatch(text, /efficacy:/);
  });
  for (const notRun of [
    'The US arm is planned for the spring of 2027 at two academic centres.',
    'Our US multicentre study will open for enrolment next year.',
    'No US site has started the study yet.',
  ]) {
    test(`foreign results and "${notRun}": the finding stays`, () => {
      const text = listedWithoutEfficacy('In 1,200 slides from three Spanish laboratories, agreement with the pathologists was 94% (kappa 0.88).', notRun);
      assert.deepEqual(trialMessages(text), ['The US trial listed has no efficacy outline, and `Clinical evidence` says a US trial has not run yet (its figures are another study\'s)']);
    });
  }
  test('results with no word on the US trial still fill it (as before)', () => {
    assert.deepEqual(trialMessages(listedWithoutEfficacy('In 1,200 slides, agreement with the pathologists was 94% (kappa 0.88).')), []);
  });
  test('a US study that has run with its figures, and a second one planned: no finding', () => {
    const text = listedWithoutEfficacy('The US validation study at four hospitals read 1,200 slides; agreement with the pathologists was 94%.', 'A second US study is planned for 2027.');
    assert.deepEqual(trialMessages(text), []);
  });
  test('the plan said in one paragraph and the figures in another, under a subheading: the finding stays', () => {
    const text = listedWithoutEfficacy('A US trial is planned for 2027.', '', '### Results abroad', '', 'In 1,200 slides, agreement with the pathologists was 94%.');
    assert.equal(trialMessages(text).length, 1);
  });
});

describe('cat3-us-trial: the "not run yet" reading survives edits around it', () => {
  test('typing between the plan and the figures, then deleting the plan: every version as a fresh lint', () => {
    const version = (typed: string, plan: boolean): string =>
      listedWithoutEfficacy(...(plan ? ['A US trial is planned for 2027.', ''] : []), 'The readers were pathologists.', '', `Typing goes here${typed}.`, '', 'In 1,200 slides, agreement with the pathologists was 94%.');
    const versions: string[] = [];
    for (const typed of ['', ' a', ' an', ' and', ' an', ' a', '']) versions.push(version(typed, true));
    versions.push(version('', false), version('', true));
    const linter = new DossierLinter();
    const options = { fileName: 'edits.dossier.md', today: TODAY };
    const found = versions.map((text) => {
      const warm = linter.lint(text, options);
      const fresh = lintText(text, options);
      assert.deepEqual(warm.dossier.sections, fresh.dossier.sections, text);
      assert.deepEqual(warm.findings, fresh.findings, text);
      return warm.findings.filter((f) => f.ruleId === 'cat3-us-trial').length;
    });
    assert.deepEqual(found, [1, 1, 1, 1, 1, 1, 1, 0, 1]);
  });
});
