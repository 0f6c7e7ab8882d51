/**
 * Stop 39 of the prose analysis (issue 9): classes read in the batch built blind in stop 38 (Y: h168-h171), opened this
 * stop. Every sentence here was written for this file (none is Y's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cuePhrases as cues } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 39: therapy the patient\'s state sets off', () => {
  test('a sensed event that triggers a therapy is the device deciding when to treat', () => {
    assert.deepEqual(cues('Each detected tremor episode triggers vibratory stimulation from the wristband.'), ['autonomous: episode triggers vibratory stimulation']);
    assert.deepEqual(cues('Every apnoea event starts a burst of phrenic nerve stimulation.'), ['autonomous: event starts a burst of phrenic nerve stimulation']);
    // an event that only raises an alert is a notification; a hedged one decides nothing
    assert.deepEqual(kinds('The event triggers an alert to the nurse.'), ['assistive']);
    assert.deepEqual(kinds('A seizure may trigger stimulation.'), []);
  });

  test('a therapy given only when a condition holds', () => {
    assert.deepEqual(cues('The implant is programmed so that stimulation is delivered only when the biomarker crosses its threshold.'), ['autonomous: stimulation is delivered only when']);
    assert.deepEqual(cues('A shock is delivered if the rhythm is shockable.'), ['autonomous: shock is delivered if']);
    // a person who sets it off, or a negation, leaves it unread
    assert.deepEqual(kinds('Stimulation is delivered when the patient presses the button.'), []);
    assert.deepEqual(kinds('Therapy is started once the physician confirms the diagnosis.'), []);
    assert.deepEqual(kinds('Stimulation is not delivered when the battery is low.'), []);
  });

  test('the condition first, then the therapy given', () => {
    assert.deepEqual(cues('If the rhythm is shockable, a shock is delivered.'), ['autonomous: shock is delivered']);
    assert.deepEqual(cues('Once apnoea is detected, stimulation is applied to the hypoglossal nerve.'), ['assistive: detected', 'autonomous: stimulation is applied']);
    // a person's act, a protocol or a device fault as the condition is not the device deciding
    assert.deepEqual(kinds('If the patient presses the button, a bolus is delivered.'), []);
    assert.deepEqual(kinds('When the clinician approves, the dose is delivered.'), []);
    assert.deepEqual(kinds('If sepsis criteria are met, antibiotics are started according to protocol.'), []);
    assert.deepEqual(kinds('If the battery is low, stimulation is not delivered.'), []);
  });
});

describe('stop 39: the software acting or reading on its own', () => {
  test('a case read by the software alone', () => {
    // (the grading itself stays a measurement beside it)
    assert.deepEqual(cues('The photographs are graded by the software alone before the report is sent.'), ['augmentative: graded', 'autonomous: graded by the software alone']);
    assert.deepEqual(cues('The algorithm alone reads each photograph and refers positive patients.'), ['autonomous: algorithm alone reads']);
    // a study arm in the past, and a disclaimer, are no reading in care
    assert.deepEqual(kinds('Images read by the algorithm alone had a sensitivity of 90%.'), []);
    assert.deepEqual(kinds('The software alone cannot make a diagnosis.'), []);
  });

  test('a chatbot is the software, and what it delivers is therapy', () => {
    assert.deepEqual(cues('The chatbot delivers behavioural interventions to users with anxiety.'), ['autonomous: delivers behavioural interventions']);
  });

  test('advice sent straight to a lay person is the software managing the patient', () => {
    assert.deepEqual(cues('The program sends the patient advice matched to the severity of the symptoms.'), ['autonomous: sends the patient advice']);
    assert.deepEqual(cues('The app gives advice to the patient on managing mild side effects.'), ['autonomous: gives advice to the patient']);
    // instructions on handling the device, advice to a clinician, and advice denied are not
    assert.deepEqual(kinds('The app gives users instructions for pairing the sensor.'), []);
    assert.deepEqual(kinds('The software sends the clinician advice on dosing.'), []);
    assert.deepEqual(kinds('The app does not give the patient medical advice.'), []);
  });

  test('instructions for a therapy, and prophylaxis recommended, are management options', () => {
    assert.deepEqual(cues('The protocol software issues explicit instructions for tidal volume and PEEP.'), ['autonomous: issues explicit instructions']);
    assert.deepEqual(cues('The module recommends pharmacologic or mechanical prophylaxis for the prescriber to order.'), ['autonomous: recommends pharmacologic or mechanical prophylaxis']);
    assert.deepEqual(kinds('The app gives instructions for use in five languages.'), []);
  });

  test('medicines the software names for stopping or reducing', () => {
    assert.deepEqual(cues('The app lists the medications that should be reduced.'), ['autonomous: lists the medications that should be reduced']);
    assert.deepEqual(cues('It generates a report, tailored to the resident, listing medicines that could be stopped.'), ['autonomous: listing medicines that could be stopped']);
    // a pharmacist's list, or a list denied, is not the software's
    assert.deepEqual(kinds('The pharmacist lists the medicines that could be stopped.'), []);
    assert.deepEqual(kinds('The software does not list drugs that should be stopped.'), []);
  });
});

describe('stop 39: measurements and readers', () => {
  test('a vital rate the software outputs is a measurement', () => {
    assert.deepEqual(cues('The monitor outputs a numerical heart rate.'), ['augmentative: outputs a numerical heart rate']);
    assert.deepEqual(cues('The device reports the respiratory rate.'), ['augmentative: reports the respiratory rate']);
    // a rate sent on as data is input
    assert.deepEqual(kinds('The pod sends heart rate data to the station.'), []);
  });

  test('a physician who performs the diagnostic evaluation reads', () => {
    assert.deepEqual(cues('The neurologist performs the diagnostic evaluation.'), ['physician-interprets: performs the diagnostic evaluation']);
    assert.deepEqual(kinds('The surgeon performs the procedure.'), []);
    assert.deepEqual(kinds('The physician performs a physical examination.'), []);
  });

  test('drawing on data is input, and a review the software does not match is a comparison', () => {
    assert.deepEqual(kinds('It draws on routine data, such as diagnosis and procedure codes.'), []);
    assert.deepEqual(kinds('The authors conclude that the software does not yet match review by clinical physiologists.'), []);
    // a conclusion drawn, a score drawn from the image, and an unreviewed result keep their readings
    assert.deepEqual(kinds('The software draws a diagnosis from the images.'), ['autonomous']);
    assert.deepEqual(kinds('The score is drawn from the texture of the bone image.'), ['augmentative']);
    assert.deepEqual(kinds('The result is released without review by a cardiologist.'), ['autonomous']);
  });
});

describe('stop 39: management and sorting', () => {
  test('treatment or management options the software gives are Level I options', () => {
    assert.deepEqual(cues('The software provides treatment options for the oncologist.'), ['autonomous: provides treatment options']);
    assert.deepEqual(kinds('The app has display options.'), []);
    assert.deepEqual(kinds('Treatment options include surgery and radiotherapy.'), []);
  });

  test('the software keeping a unit or a dose from reaching the patient', () => {
    assert.deepEqual(cues('The software stops incompatible units from being issued.'), ['autonomous: stops incompatible units from being issued']);
    assert.deepEqual(kinds('The software cannot stop every unit from being issued.'), []);
    assert.deepEqual(kinds('The nurse keeps the dose from being given.'), []);
  });

  test('a setting chosen without anyone\'s input', () => {
    assert.deepEqual(cues('The device picks the compression interval without further input.'), ['autonomous: picks the compression interval without further input']);
    // choosing what to show is no act on the patient
    assert.deepEqual(kinds('The model picks the most suspicious slice by itself.'), []);
    assert.deepEqual(kinds('The software adjusts the report layout without further input.'), []);
  });

  test('each case sorted in the present is the device sorting', () => {
    assert.deepEqual(cues('Each scan is classified as normal, borderline or abnormal.'), ['autonomous: scan is classified as normal, borderline or abnormal']);
    // a study's sorting in the past, or by a named reader, is not
    assert.deepEqual(kinds('Each patient was classified as low or high risk by two cardiologists.'), []);
    assert.deepEqual(kinds('Each image is labelled as positive or negative by the radiologist.'), []);
  });

  test('a program named as a predictor', () => {
    assert.deepEqual(cues('The package is an outcome prediction system for intensive care units.'), ['augmentative: prediction system']);
    assert.deepEqual(kinds('We compared it with a prediction tool built by the hospital.'), []);
  });
});

// Guards from the stop's review: wordings the first versions of these rules misread.
describe('stop 39: what the new readings must leave alone', () => {
  test('a therapy given on a condition nothing senses, in a study or a protocol, or set off by a person', () => {
    for (const text of [
      'Antibiotic therapy is started if procalcitonin exceeds 0.5 ng/mL, according to the hospital protocol.',
      'Stimulation is delivered if the subject is in the active group.',
      'Stimulation is delivered once daily at a time set by the clinician.',
      'Therapy is started once the device has been implanted and programmed.',
      'Compressions are delivered once the rescuer places the device on the chest.',
      'Stimulation is delivered when appropriate.',
      'Each event triggers a therapy log entry.',
    ]) assert.deepEqual(kinds(text), [], text);
    assert.deepEqual(cues('Stimulation is applied to the vagus nerve when the heart rate rises suddenly.'), ['autonomous: Stimulation is applied to the vagus nerve when']);
  });

  test('the software alone in a study, and medicines changed in the past', () => {
    assert.deepEqual(kinds('In the study, cases are read by the AI alone and by radiologists with AI assistance.'), []);
    assert.deepEqual(kinds('Scans are analysed by the software alone in the stand-alone performance study.'), []);
    assert.deepEqual(kinds('The dashboard lists medications that were stopped during the admission.'), []);
    assert.deepEqual(cues('The software produces a list of medicines that could be stopped.'), ['autonomous: produces a list of medicines that could be stopped']);
  });

  test('advice about the device or an errand, to a clinical user, or held for a clinician', () => {
    for (const text of [
      'The app gives users instructions on how to apply the electrodes.',
      'The software gives the user recommendations for nearby pharmacies.',
      'The app gives patients instructions for fasting before the scan.',
      'The app gives the patient advice only after the clinician has approved it.',
      'The software provides instructions for the treatment planning workflow.',
    ]) assert.deepEqual(kinds(text), [], text);
    assert.deepEqual(cues('The home app gives users advice on when to take an extra diuretic.'), ['autonomous: gives users advice']);
  });

  test('a vital rate taken from elsewhere or set by someone', () => {
    for (const text of [
      'The software receives heart rate from the connected monitor.',
      'The app shows the pulse rate reported by the oximeter.',
      'The software outputs the target heart rate set by the physiotherapist.',
      'The app outputs heart rate zones for training.',
    ]) assert.deepEqual(kinds(text), [], text);
  });

  test('a diagnostic evaluation before the device is used is no reading of it', () => {
    assert.deepEqual(kinds('The physician performs a diagnostic evaluation to rule out other causes before using the device.'), []);
    assert.deepEqual(cues('A diagnostic evaluation is performed by the psychiatrist.'), ['physician-interprets: evaluation is performed by the psychiatrist']);
  });
});
