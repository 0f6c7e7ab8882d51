/**
 * Stop 43 of the prose analysis (issue 9): readings missing in the batch built blind in stop 42 (AC: h184-h187), opened this
 * stop. Every sentence here was written for this file (none is AC's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { lintText } from '../../src/core/engine';
import { TODAY, doc } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 43: what the output is', () => {
  test('"the result is" a therapy recommendation or an offered dose gives an option (autonomous)', () => {
    assert.deepEqual(kinds('The result is a therapy recommendation that the treating physician weighs.'), ['autonomous']);
    assert.deepEqual(kinds('The output is an insulin dose recommendation.'), ['autonomous']);
    // one option, one cue: the compound's modifiers are not options of their own
    assert.equal(analyseSentence('The output is an insulin dose recommendation.').kinds.length, 1);
    // a quantity as the output keeps its reading
    assert.deepEqual(kinds('The output is a calibrated risk score between 0 and 100.'), ['augmentative']);
  });

  test('a result that is no option stays silent', () => {
    assert.deepEqual(kinds('The result is better treatment for more patients.'), []);
    assert.deepEqual(kinds('The recommended dose is 5 mg twice a day.'), []);
  });

  test('a recommended or suggested bolus or dose shown by the device is an option it gives', () => {
    assert.deepEqual(kinds('The pump shows a recommended bolus.'), ['autonomous']);
    assert.deepEqual(kinds('The handset displays a suggested dose after each meal entry.'), ['autonomous']);
    // a bolus merely logged is no option
    assert.deepEqual(kinds('The pump logs each bolus.'), []);
  });

  test('a dose or treatment someone receives is not the software offering it', () => {
    assert.deepEqual(kinds('Participants received the recommended dose of the vaccine.'), []);
    assert.deepEqual(kinds('Only a third of patients went on to receive the recommended treatment.'), []);
  });

  test('an estimated quantity of the body given is a measurement (augmentative)', () => {
    assert.deepEqual(kinds('The algorithm outputs an estimated haemoglobin concentration.'), ['augmentative']);
    assert.deepEqual(kinds('The app reports an estimated blood loss after each delivery.'), ['augmentative']);
    assert.deepEqual(kinds('The app shows the predicted fetal weight.'), ['augmentative']);
    // entered by a person, it is an input
    assert.deepEqual(kinds('The nurse enters the estimated blood loss.'), []);
  });
});

describe('stop 43: alerts that show themselves', () => {
  test('"a warning appears", "an alert pops up" are alerts (assistive)', () => {
    assert.deepEqual(kinds('A warning appears when the scanned dose differs from the order.'), ['assistive']);
    assert.deepEqual(kinds('An alert pops up on the screen.'), ['assistive']);
  });

  test("a warning printed in the label or the manual is no alert", () => {
    assert.deepEqual(kinds('A warning appears in the instructions for use.'), []);
    assert.deepEqual(kinds('A boxed warning appears in the label.'), []);
  });

  test('an assistive dossier whose prose shows a recommended bolus is told it reads as autonomous', () => {
    const body = (sentence: string): string =>
      doc('---', 'cpt_dossier: 1', 'title: Scanner', 'classification: assistive', 'taxonomy: 2027', '---', '', '## Software output', '', sentence, '', 'The pump shows a recommended bolus after each meal entry.', '');
    const findings = (text: string) => lintText(text, { fileName: 'a.dossier.md', today: TODAY }).findings.filter((f) => f.ruleId === 'classification-cue');
    // the bolus offered is autonomous work beyond the declared assistive class, with the class in the finding's data
    const found = findings(body('A warning appears in the instructions for use.'));
    assert.equal(found.length, 1);
    assert.equal(found[0]?.data?.suggests, 'autonomous');
    assert.match(found[0]?.message ?? '', /recommended bolus/);
  });
});

describe('stop 43: a device that cuts its therapy on what it senses', () => {
  test('"shuts the current off once …" and "switches the current off when …" act (autonomous)', () => {
    assert.deepEqual(kinds('The generator shuts the current off once any transducer reaches 41 degrees.'), ['autonomous']);
    assert.deepEqual(kinds('The stimulator switches the current off when the skin gets too warm.'), ['autonomous']);
  });

  test('with nothing that sets it off, switching a current is the hardware', () => {
    assert.deepEqual(kinds('The stimulator switches the current off.'), []);
    assert.deepEqual(kinds('The patient is weaned off the ventilator.'), []);
  });
});

describe('stop 43: machine-learning models named by their method act', () => {
  test('"a support vector machine", "a gradient boosting model" are the software', () => {
    assert.deepEqual(kinds('A support vector machine combines the expression levels and returns a risk score.'), ['augmentative']);
    assert.deepEqual(kinds('A gradient boosting model combines these values and returns a risk score.'), ['augmentative']);
    assert.equal(analyseSentence('A gradient boosting model combines these values and returns a risk score.').agent, 'software');
  });
});
