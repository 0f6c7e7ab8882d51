/**
 * Stop 26: findings as a reviewer counts them, read off whole dossiers written blind (dossiers-blind8): one promise
 * of payment is one finding, one sentence wrapped over several lines is one classification finding, a quoted phrase
 * reads on one line, and a physician who reads the software's conclusion acts on it (Level I).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, lint, outputDossier as dossier, span } from './helpers';

const payment = (...prose: string[]): string[] =>
  lint(dossier('augmentative', ...prose))
    .filter((f) => f.ruleId === 'payment-claim')
    .map((f) => `${span(f)} ${f.message.slice(0, f.message.indexOf('" promises') + 1)}`);

describe('stop 26: one promise of payment, one finding', () => {
  test('a consequence of the promise in the same sentence adds no finding', () => {
    assert.deepEqual(payment('The new code will secure reimbursement for every study, so that', 'radiology groups are paid for the added work.'), ['10:19-10:39 "secure reimbursement"']);
  });

  test('a second promise that names the code again is a finding of its own', () => {
    assert.deepEqual(payment('With the code, insurers will have to cover the analysis, and the code guarantees our customers payment.'), [
      '10:16-10:43 "insurers will have to cover"',
      '10:71-10:103 "guarantees our customers payment"',
    ]);
  });

  test('a promise wrapped over two lines is quoted on one line', () => {
    assert.deepEqual(payment('Once the code is published, the code guarantees', 'payment for each read.'), ['10:38-11:8 "guarantees payment"']);
  });
});

describe('stop 26: one sentence, one classification finding', () => {
  test('a physician reading over three lines of one sentence is one finding, quoted on one line', () => {
    const text = dossier(
      'autonomous',
      'The paediatric ophthalmologist receives the scores in the worklist. The ophthalmologist',
      'interprets the score together with the images, the gestational age and the prior',
      'examinations, and decides whether the infant needs treatment.',
    );
    assert.deepEqual(cueFindings(text), ['classification-cue 11:73-12:11 physician-interprets']);
    const [finding] = lint(text).filter((f) => f.ruleId === 'classification-cue');
    assert.ok(finding.message.startsWith('"ophthalmologist interprets" says a physician must interpret the output'), finding.message);
  });

  test('the same act in the next sentence is reported again', () => {
    const text = dossier('autonomous', 'The ophthalmologist interprets the score with the images.', 'The ophthalmologist then decides whether the infant needs treatment.');
    assert.equal(cueFindings(text).length, 2);
  });
});

describe('stop 26: reading the software\'s conclusion is acting on it', () => {
  test('a physician who reads the conclusion and recommendation is autonomous Level I; one who reads the audiogram interprets', () => {
    assert.deepEqual(cues('The otolaryngologist sees the patient after the test and reads the conclusion and recommendation.'), []);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The otolaryngologist sees the patient after the test and reads the conclusion and recommendation.')), []);
    assert.deepEqual(cues('The otolaryngologist reads the audiogram before the visit.'), ['physician-interprets: otolaryngologist reads']);
    assert.deepEqual(cues('The physician over-reads the conclusion.'), ['physician-interprets: physician over-reads']);
  });
});

describe('stop 26: a cue never runs backwards', () => {
  test('a passive whose "by" agent comes before the verb yields a forward, non-empty phrase', () => {
    // Found by the fuzzer (polish26): the phrase ran from word 5 back to word 3, so it quoted "" on an empty range.
    assert.deepEqual(cues('made by the cardiologist are made requires physician interpretation'), ['physician-interprets: made requires physician interpretation']);
    const findings = lint(dossier('autonomous', 'made by the cardiologist are made requires physician interpretation')).filter((f) => f.ruleId === 'classification-cue');
    assert.deepEqual(findings.map((f) => span(f)), ['11:30-11:68']);
  });
});
