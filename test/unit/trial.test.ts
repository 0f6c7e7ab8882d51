import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN_FRONTMATTER, doc, lint, lineIds } from './helpers';
import { readTrialEvidence } from '../../src/core/prose/trial';

/** The clean dossier without its `trials:` list, with a Clinical evidence section of these lines. */
function withEvidence(...evidence: string[]): string {
  const from = CLEAN_FRONTMATTER.indexOf('trials:');
  const to = CLEAN_FRONTMATTER.indexOf('society:');
  const front = [...CLEAN_FRONTMATTER.slice(0, from), ...CLEAN_FRONTMATTER.slice(to)];
  return doc(...front, '', '## Software output', '', 'The software measures the ejection fraction.', '', '## Clinical evidence', '', ...evidence);
}

const TRIALS_LINE = 'cat3-us-trial';

function trialFindings(text: string): string[] {
  return lineIds(lint(text)).filter((l) => l.endsWith(TRIALS_LINE));
}

test('a US study that ran, with its efficacy outlined, satisfies cat3-us-trial', () => {
  assert.deepEqual(trialFindings(withEvidence('The EchoEF-US study enrolled 800 adults at four US hospitals in 2025. Agreement with the core lab was ICC 0.91.')), []);
});

test('a US study that has not started does not count: cat3-us-trial fires on the classification line', () => {
  assert.deepEqual(trialFindings(withEvidence('No US study has started yet. A German study reported a sensitivity of 91 %.')), ['4 cat3-us-trial']);
});

test('a US trial that is only planned does not count', () => {
  assert.deepEqual(trialFindings(withEvidence('A US trial is planned for 2027; it will measure agreement with expert readers (ICC).')), ['4 cat3-us-trial']);
});

test('a US study without an efficacy outline does not count', () => {
  assert.deepEqual(trialFindings(withEvidence('A study is running at two US hospitals.')), ['4 cat3-us-trial']);
});

test('readTrialEvidence: affirmed, negated and future US studies; efficacy needs a measure and a figure', () => {
  assert.deepEqual(readTrialEvidence('The trial (NCT01234567) enrolled 300 patients at US sites.'), { usTrial: true, efficacy: false, usTrialYetToRun: false });
  assert.deepEqual(readTrialEvidence('We have not yet begun a US study.'), { usTrial: false, efficacy: false, usTrialYetToRun: true });
  assert.deepEqual(readTrialEvidence('A United States trial is expected to start next year.'), { usTrial: false, efficacy: false, usTrialYetToRun: true });
  assert.deepEqual(readTrialEvidence('Sensitivity was 92 % and specificity 88 % in the US cohort.'), { usTrial: true, efficacy: true, usTrialYetToRun: false });
  assert.deepEqual(readTrialEvidence('Readers told us the study was useful.'), { usTrial: false, efficacy: false, usTrialYetToRun: false });
});

/** The clean dossier with its US trial's `efficacy:` line removed, and a Clinical evidence section of these lines. */
function listedTrialWithEvidence(...evidence: string[]): string {
  const front = CLEAN_FRONTMATTER.filter((line) => !line.trimStart().startsWith('efficacy:'));
  return doc(...front, '', '## Software output', '', 'The software measures the ejection fraction.', '', '## Clinical evidence', '', ...evidence);
}

test('a listed US trial with no efficacy is not rescued by a section that only says it is registered and due to start', () => {
  const findings = trialFindings(listedTrialWithEvidence('Our US accuracy study is registered. The first patient is expected in the spring of 2027.'));
  assert.equal(findings.length, 1);
  assert.match(findings[0], / cat3-us-trial$/);
});

test('a listed US trial with no efficacy counts when the section outlines its result', () => {
  assert.deepEqual(trialFindings(listedTrialWithEvidence('In the registered study, agreement with the core laboratory was ICC 0.90 across 640 patients.')), []);
});

/** The clean dossier with its US trial's `efficacy:` replaced by this text, and no Clinical evidence section. */
function listedTrialWithEfficacy(efficacy: string): string {
  const front = CLEAN_FRONTMATTER.map((line) => (line.trimStart().startsWith('efficacy:') ? `    efficacy: ${efficacy}` : line));
  return doc(...front, '', '## Software output', '', 'The software measures the ejection fraction.');
}

test('an efficacy entry that only announces a study to come does not count, and the message says so', () => {
  const findings = lint(listedTrialWithEfficacy('Planned multi-reader study; enrolment to begin in 2027')).filter((f) => f.ruleId === 'cat3-us-trial');
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /^The US trial listed outlines only a study to come, not its efficacy, but ASE's minimum/);
  assert.deepEqual(lint(listedTrialWithEfficacy('Results pending')).filter((f) => f.ruleId === 'cat3-us-trial').length, 1);
});

test('an efficacy entry with a result counts, even when more results are still to come', () => {
  assert.deepEqual(trialFindings(listedTrialWithEfficacy('Interim agreement ICC 0.89 (n=300); final analysis expected in 2027')), []);
  assert.deepEqual(trialFindings(listedTrialWithEfficacy('Door-to-needle time reduced by 18 minutes across 410 patients')), []);
  assert.deepEqual(trialFindings(listedTrialWithEfficacy('Sonographers with no prior cardiac training captured usable views in 88 % of 150 patients')), []);
});
