// cat3-us-trial (stop 32): a US study in animals, cadavers or phantoms was taken for the US clinical trial ASE asks
// for, since the rule read only "US", "study" and a figure (raised by a blind dossier writer). Sentences written here.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { clean, CLEAN_BODY, lint } from './helpers';

const trialMessages = (text: string): string[] => lint(text).filter((f) => f.ruleId === 'cat3-us-trial').map((f) => f.message.split(', but ')[0]);
/** The clean dossier with its listed US trial's efficacy replaced (or removed), and a `Clinical evidence` section. */
const withTrial = (efficacy: string | undefined, ...evidence: string[]): string => {
  const text = clean({}, [...CLEAN_BODY, ...(evidence.length ? ['## Clinical evidence', '', ...evidence, ''] : [])]);
  const line = '    efficacy: Agreement with expert readers, ICC 0.91 (n=800)\n';
  return text.replace(line, efficacy === undefined ? '' : `    efficacy: ${efficacy}\n`);
};
const withoutTrials = (...evidence: string[]): string =>
  clean({}, [...CLEAN_BODY, '## Clinical evidence', '', ...evidence, '']).replace(/trials:\n(?: {2,}[^\n]*\n)+/, '');

describe('cat3-us-trial: a US study not in people is no clinical trial', () => {
  test('the helpers build what they say', () => {
    assert.match(withTrial('X'), /country: US\n {4}efficacy: X\n/);
    assert.doesNotMatch(withoutTrials('x'), /trials:/);
  });

  test('a listed US study whose efficacy is in pigs: the finding names it', () => {
    assert.deepEqual(trialMessages(withTrial('Seal leaks fell by 40 % in 12 pigs at a US research farm.')), [
      "The US study listed outlines results in animals, cadavers or phantoms, not a clinical trial's efficacy in people",
    ]);
  });

  test('a phantom or cadaver study in the section does not count', () => {
    assert.equal(trialMessages(withoutTrials('Our US bench study on 40 phantoms reached a mean error of 0.8 mm.')).length, 1);
    assert.equal(trialMessages(withoutTrials('A US cadaver study at two universities placed 96 % of screws within 2 mm.')).length, 1);
  });

  test('a US trial in patients still counts, even beside earlier work in animals', () => {
    assert.deepEqual(trialMessages(withTrial('Agreement with expert readers, ICC 0.91 (n=800 patients), after a pilot in pigs.')), []);
    assert.deepEqual(trialMessages(withoutTrials('Our US trial at four hospitals enrolled 420 adults after preclinical work in swine; sensitivity was 93 %.')), []);
    assert.deepEqual(trialMessages(withoutTrials('The US multicentre study read 1,200 echocardiograms; agreement with the cardiologists was 94 %.')), []);
  });
});
