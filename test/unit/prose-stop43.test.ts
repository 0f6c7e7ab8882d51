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

describe('stop 43: cases that rise up a reading list, and flags set', () => {
  test('"studies with a flag move to the top of the worklist" is triage (assistive)', () => {
    assert.deepEqual(kinds('Studies with a suspected bleed move to the top of the worklist.'), ['assistive']);
    assert.deepEqual(kinds('Flagged patients jump to the head of the queue.'), ['assistive']);
  });

  test('lists of people are no reading lists', () => {
    assert.deepEqual(kinds('Patients with higher scores move to the top of the transplant list.'), []);
    assert.deepEqual(kinds('Images with artefacts move to a separate folder.'), []);
  });

  test('the software setting a flag flags (assistive); a person setting one, or a flag not set, does not', () => {
    assert.deepEqual(kinds('The software sets a flag on the record when a dose is missed.'), ['assistive']);
    assert.deepEqual(kinds('The nurse sets a flag on the chart.'), []);
    assert.deepEqual(kinds('The system does not set flags for minor changes.'), []);
  });
});

describe('stop 43: what goes along with a change is no therapy changed', () => {
  test('"how the risk would change with treatment" changes no therapy', () => {
    assert.deepEqual(kinds('It shows how the risk would change with treatments such as statins.'), ['augmentative']);
    assert.deepEqual(kinds('The sensors give voltages that vary with the oxygen concentration.'), []);
  });

  test('a therapy changed, or begun with, stays autonomous', () => {
    assert.deepEqual(kinds('The pump adjusts the insulin dose with each new reading.'), ['autonomous']);
    assert.deepEqual(kinds('The pump starts with a bolus and then lowers the rate.'), ['autonomous']);
  });
});

describe('stop 43: a feed or a prescription worked out for the patient', () => {
  test('"proposes the composition of the parenteral nutrition", "calculates the nutrition prescription" (autonomous)', () => {
    assert.deepEqual(kinds('The software proposes the composition of the parenteral nutrition.'), ['autonomous']);
    assert.deepEqual(kinds('The program calculates the parenteral nutrition prescription.'), ['autonomous']);
  });

  test("a dietitian's proposal is the dietitian's", () => {
    assert.deepEqual(kinds('The dietitian proposes the composition of the nutrition.'), []);
  });
});

describe("stop 43 review: what the new readings must leave alone", () => {
  test('a dose a reference gives, or one already taken, is not the software\'s option', () => {
    assert.deepEqual(kinds('The result is the dose recommendation from the guideline.'), []);
    assert.deepEqual(kinds("The result is the guideline's recommended dose."), []);
    assert.deepEqual(kinds('The app displays the suggested dose from the product label.'), []);
    assert.deepEqual(kinds('The app shows the recommended bolus that the patient received.'), []);
    // one still to be taken is the software's option
    assert.deepEqual(kinds('The app shows the recommended dose to be taken at bedtime.'), ['autonomous']);
  });

  test('a value brought from elsewhere, kept for the patient, or of a gas, is no measurement given', () => {
    assert.deepEqual(kinds("The software displays the patient's measured weight from the scale."), []);
    assert.deepEqual(kinds("The dashboard shows the patient's estimated weight."), []);
    assert.deepEqual(kinds('The device outputs the estimated oxygen concentration of the delivered gas.'), []);
  });

  test('interface messages and printed warnings are no alerts; a warning message or a flag on cases is', () => {
    assert.deepEqual(kinds('A message appears when the upload is complete.'), []);
    assert.deepEqual(kinds('A warning appears on the carton.'), []);
    assert.deepEqual(kinds('A warning follows the contraindications.'), []);
    assert.deepEqual(kinds('A flag shows the language selected.'), []);
    assert.deepEqual(kinds('A warning message shows up if the patient is at risk of sepsis.'), ['assistive']);
    assert.deepEqual(kinds('A flag appears next to cases with suspected pneumothorax.'), ['assistive']);
  });

  test('a stop a person or a timer sets off is no decision of the device', () => {
    assert.deepEqual(kinds('The generator cuts the current off when the user releases the footswitch.'), []);
    assert.deepEqual(kinds('The device switches the current off when the patient presses the stop button.'), []);
    assert.deepEqual(kinds('The stimulator turns the current off at the end of each session.'), []);
    assert.deepEqual(kinds('The system shuts the current off when the treatment time has elapsed.'), []);
    // a stop on what is sensed stays the device's
    assert.deepEqual(kinds('The pump stops the infusion when the glucose falls below 70.'), ['autonomous']);
  });

  test('"off" right after a verb is its particle: the object stays the verb\'s', () => {
    assert.deepEqual(kinds('The software kicks off the triage workflow when a scan arrives.'), ['assistive']);
    assert.deepEqual(kinds('The software rounds off the measurement to one decimal.'), ['augmentative']);
  });
});

describe('stop 43: a reflexive that stresses the subject', () => {
  test('"Nurses themselves continue to adjust …", "the anaesthetists themselves titrate …" are the people acting', () => {
    assert.deepEqual(kinds('Nurses themselves continue to adjust the insulin dose.'), []);
    assert.equal(analyseSentence('The anaesthetists themselves titrate the drugs.').agent, 'physician');
  });

  test('a device stressed by "itself" still acts, and a reflexive object is untouched', () => {
    assert.deepEqual(kinds('The pump itself stops the infusion when glucose falls.'), ['autonomous']);
    assert.deepEqual(kinds('The device adjusts itself to the patient.'), ['autonomous']);
  });
});

describe('stop 43: a list of past verbs after a comma', () => {
  test('"recognised the short, removed the coil and delivered a shock": every verb of the list is the device\'s', () => {
    assert.deepEqual(kinds('The device recognised the fault, removed the coil and immediately delivered a shock.'), ['assistive', 'autonomous']);
  });

  test('a participle after a comma that no past list carries on stays a participle', () => {
    assert.deepEqual(kinds('The radiologist reviewed the images, acquired the same day and stored on the server.'), ['physician-interprets']);
  });
});
