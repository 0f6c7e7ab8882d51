/**
 * Stop 58 of the prose analysis (issue 9): readings missing in the batch built blind in stop 57 (AS: h271-h277), opened
 * this stop. Most of AS's misses were decision rules, dosing calculators and recommenders whose output is a management
 * option handed over with a verb the older readings did not pair with it: "returns recommendations on treatment", "prints a
 * prevention plan", "came back with a reduced dose", "returns which operation to perform", "shows whether imaging is
 * needed", "advises that a CT can be avoided". Every sentence here was written for this file; each group keeps a close
 * wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe('stop 58: a management option handed over, whatever the verb', () => {
  test('advice or recommendations on a treatment, a plan of care, a dose chosen for the patient', () => {
    assert.deepEqual(phrases('The service returns recommendations on antibiotic treatment for each child.'), ['autonomous: returns recommendations on antibiotic']);
    assert.deepEqual(phrases('After the questionnaire the website prints a personal prevention plan.'), ['autonomous: prints a personal prevention plan']);
    assert.deepEqual(phrases('For a frail man with poor kidneys the tool came back with a reduced apixaban dose.'), ['autonomous: came back with a reduced apixaban dose']);
    assert.deepEqual(phrases('The calculator displays a starting dose of lithium.'), ['autonomous: displays a starting dose']);
  });

  test('which treatment to give, and whether a test or a treatment is needed', () => {
    assert.deepEqual(phrases('From the corneal maps the model returns which of two operations to perform.'), ['autonomous: returns which of two operations to perform']);
    assert.deepEqual(phrases('The app shows the triage nurse whether a wrist X-ray is needed.'), ['autonomous: shows the triage nurse whether a wrist X-ray is needed']);
    assert.deepEqual(phrases('It works out whether treatment is indicated from the level and the hours since ingestion.'), ['autonomous: works out whether treatment is indicated']);
  });

  test('a conclusion stated in a that-clause, and an answer that is one', () => {
    assert.deepEqual(phrases('For a low-risk child the module advises that a head CT can be avoided.'), ['autonomous: advises that a head CT can be avoided']);
    assert.deepEqual(phrases('Its answer was that no chest radiograph is needed.'), ['autonomous: answer was that no chest radiograph is needed']);
  });

  test('a measured dose, a device question, a reference, a denial, a person or a plain plan keep their readings', () => {
    assert.deepEqual(kinds('The console displays the radiation dose for each series.'), []);
    assert.deepEqual(kinds('The app shows whether the sensor needs calibration.'), []);
    assert.deepEqual(kinds('The package insert lists the starting dose.'), []);
    assert.deepEqual(kinds('The software does not return recommendations on treatment.'), []);
    assert.deepEqual(kinds('The pharmacist works out whether treatment is indicated.'), []);
    assert.deepEqual(kinds('The app shows the study plan for the week.'), []);
    assert.deepEqual(kinds('The tool displays guidance on positioning the probe.'), ['assistive']);
  });
});

describe('stop 58: what is denied, achieved or done to the patient is no output', () => {
  test('an output that "no" denies, and a that-clause a denied claim leaves unsaid', () => {
    assert.deepEqual(kinds('The service gives parents no treatment advice.'), []);
    assert.deepEqual(kinds('The app issues no dosing recommendation.'), []);
    assert.deepEqual(kinds('We do not claim that the app diagnoses melanoma.'), []);
    assert.deepEqual(kinds('The makers make no claim that it predicts strokes.'), []);
    // the need taken away keeps its reading, and so does the plain act
    assert.deepEqual(kinds('The screening result requires no physician review.'), ['autonomous']);
    assert.deepEqual(kinds('The app issues a dosing recommendation.'), ['autonomous']);
  });

  test('nobody examining the patient, a figure of merit scored, "come before", a denied act done alone', () => {
    assert.deepEqual(phrases('The index estimates frailty from the coded record, without anyone examining the patient.'), ['augmentative: estimates']);
    assert.deepEqual(phrases('The app returns a screening result without anyone looking at the photographs.'), ['autonomous: returns a screening result', 'autonomous: without anyone looking']);
    assert.deepEqual(kinds('On the external cohort it scored about 71% balanced accuracy.'), []);
    assert.deepEqual(kinds('The classifier scored an AUC of 0.88 in the second hospital.'), []);
    assert.deepEqual(phrases('The classifier scored each biopsy for dysplasia.'), ['augmentative: scored']);
    assert.deepEqual(kinds('It learns from the symptoms that tend to come before the diagnosis.'), []);
    assert.deepEqual(phrases('Each finding comes with a probability.'), ['augmentative: comes with a probability']);
    assert.deepEqual(kinds('The grade it gives does not by itself settle the treatment.'), ['augmentative']);
  });
});

describe('stop 58, round 2: who hands the option over, and nobody there to read it', () => {
  test('an apposition that names the model, "or not" between two labels, a longer question, "turns … into", a that-less need', () => {
    assert.deepEqual(phrases('The winning entry, a gradient-boosting model, reads the trough level and proposes an individual starting dose.'), ['autonomous: proposes an individual starting dose']);
    assert.deepEqual(kinds('The winning entry, a young engineer, proposed a new dose.'), []);
    assert.deepEqual(phrases('The rule sorts each child as high risk or not high risk and, for the low-risk ones, advises that a CT can be avoided.'), ['autonomous: advises that a CT can be avoided']);
    assert.deepEqual(kinds('The rule does not sort the child as high risk.'), []);
    assert.deepEqual(phrases('From the keratometry the model proposes which of the four kinds of corneal surgery to perform.'), ['autonomous: proposes which of the four kinds of corneal surgery to perform']);
    assert.deepEqual(phrases('The app turns the diary scores into a stepped treatment recommendation.'), ['autonomous: turns the diary scores into a stepped treatment recommendation']);
    assert.deepEqual(phrases('It told me the child needs naloxone.'), ['autonomous: told me the child needs naloxone']);
    assert.deepEqual(kinds('It told me the child needs reassurance.'), []);
  });

  test('no laboratory specialist reviewing, nobody present or needed; a person who acts with nobody there is no such reading', () => {
    assert.deepEqual(phrases('A positive result is released to the ward with no microbiologist reviewing it first.'), ['autonomous: with no microbiologist reviewing']);
    assert.deepEqual(phrases('The app plays each session on the tablet with no therapist present.'), ['autonomous: with no therapist present']);
    assert.deepEqual(phrases('The cartridge reports the genotype, with no trained reader needed to look at the curves.'), ['autonomous: with no trained reader needed']);
    assert.deepEqual(kinds('The midwife gives the injection with no doctor present.'), []);
  });
});

describe('stop 58, round 3: what was done to the patient in the course of care', () => {
  test('a patient treated for a condition, infections diagnosed within days of an event, are no act of the software', () => {
    assert.deepEqual(kinds('Review, bay 2: C. auris colonisation on day 5 in a man treated for a leg ulcer.'), []);
    assert.deepEqual(kinds('Safety measure: MIs diagnosed within three days of a discharge without troponin; there were four.'), []);
    // the software's own treatment and its own speed keep their readings
    assert.deepEqual(kinds('The pump treats the low glucose with glucagon on its own.'), ['autonomous']);
    assert.deepEqual(phrases('Bleeds detected within seconds are flagged on the worklist.'), ['assistive: detected', 'assistive: flagged']);
  });
});
