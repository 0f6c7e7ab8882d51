/**
 * Stop 59 of the prose analysis (issue 9): readings missing in the batch built blind in stop 58 (AT: h278-h284), opened
 * this stop. Most of AT's missed autonomous sentences were devices that work on the patient by themselves with a verb or an
 * effector the older reading of acting alone did not know: a controller that "sets the belt speed itself", a stimulator that
 * "applies the pulse train by itself", a glove that "closes the fingers on its own"; and form-like lines that qualify their
 * output label ("Output per study: a grade …"). Every sentence here was written for this file; each group keeps a close
 * wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe('stop 59: a device that sets, applies or closes something on the patient by itself', () => {
  test('setting, applying and closing an effector, with the marker after the object', () => {
    assert.deepEqual(phrases('The belt controller sets the walking speed itself from the measured heart rate.'), ['autonomous: sets the walking speed itself']);
    assert.deepEqual(phrases('The stimulator applies the new pulse train by itself when the muscle tires.'), ['autonomous: applies the new pulse train by itself']);
    assert.deepEqual(phrases('The unit itself tightens the cuff when the reading drifts.'), ['autonomous: itself tightens']);
  });

  test('"as soon as" opens a time clause, so its passive is not the device\'s', () => {
    assert.deepEqual(phrases("The glove's unit closes the fingers on its own as soon as the fingertip sensor is pressed."), ['autonomous: closes the fingers on its own']);
  });

  test('an app setting itself up, a session, a study, rules, a denied object, a person, "in itself" keep their readings', () => {
    assert.deepEqual(kinds('The app sets itself up on first launch.'), []);
    assert.deepEqual(kinds('The software closes the session by itself after ten minutes.'), []);
    assert.deepEqual(kinds('The viewer opens the next study on its own.'), []);
    assert.deepEqual(kinds('The guideline itself changed the rules the software applies.'), []);
    assert.deepEqual(kinds('The banner itself changes no orders or results.'), []);
    assert.deepEqual(kinds('The therapist sets the treadmill speed herself.'), []);
    assert.deepEqual(kinds('The score in itself says nothing about treatment.'), []);
    assert.deepEqual(kinds('The device never applies stimulation on its own; the patient presses the button.'), []);
  });
});

describe('stop 59: an output label qualified before its colon', () => {
  test('"per" or "for" between the label and the colon, after an optional comma', () => {
    assert.deepEqual(phrases('Output per study: a regurgitation grade of mild, moderate or severe.'), ['augmentative: Output per study: a regurgitation grade']);
    assert.deepEqual(phrases('Outputs, per segment and global: a work index and an efficiency in percent.'), ['augmentative: Outputs, per segment and global: a work index']);
    assert.deepEqual(phrases('Output for each lesion: a malignancy score from 0 to 100.'), ['augmentative: Output for each lesion: a malignancy score']);
  });

  test('a body\'s output and a label with a verb stay unread', () => {
    assert.deepEqual(kinds('Urine output per hour: 40 mL.'), []);
    assert.deepEqual(kinds('Output per hour is logged by the nurse.'), []);
  });
});

describe('stop 59: the physician\'s part denied as a noun, and an option turned down in a list of verbs', () => {
  test('"no physician step is needed" before a treatment or an order goes ahead', () => {
    assert.deepEqual(phrases('The cardiologist may cancel; otherwise no physician step is needed for the infusion to happen.'), ['autonomous: otherwise no physician step is needed']);
    assert.deepEqual(phrases('No clinician step is required for the order to go ahead.'), ['autonomous: No clinician step is required']);
    assert.deepEqual(kinds('No physician is needed to unpack the kit.'), []);
  });

  test('"signs or declines" an order the software proposed is acting on its option (Level I), not reading', () => {
    assert.deepEqual(kinds('The obstetrician opens the queue, reads the proposed order with the reasons shown, and signs or declines it.'), []);
    assert.deepEqual(kinds('The physician signs or declines the drafted prescription.'), []);
    // a report of measurements signed or amended stays a physician's reading
    assert.deepEqual(kinds('The pathologist reviews the slides and signs or edits the report.'), ['physician-interprets']);
  });
});

describe('stop 59: a verdict about the patient told to a lay person in a clause of its own', () => {
  test('what the patient has or is, told to the patient, a relative or the family', () => {
    assert.deepEqual(phrases('The app tells the family that the child has relapsed.'), ['autonomous: tells the family that the child has relapsed']);
    assert.deepEqual(phrases('The watch told me I was in atrial fibrillation.'), ['autonomous: told me I was in atrial']);
    assert.deepEqual(phrases('The app told my mum that her mole was harmless.'), ['autonomous: told my mum that her mole was harmless']);
    assert.deepEqual(phrases('The app tells parents their child has jaundice that needs treatment.'), ['autonomous: tells parents their child has jaundice']);
  });

  test('the device, a count, a measurement, a clinician told, a denial, a hedge and a study keep their readings', () => {
    assert.deepEqual(kinds('The app tells you that you have two readings left.'), []);
    assert.deepEqual(kinds('The app tells you that the sensor is ready.'), []);
    assert.deepEqual(kinds('The app tells you that you have to calibrate.'), []);
    assert.deepEqual(kinds('The app tells you that your glucose is high.'), []);
    assert.deepEqual(kinds('The app tells the doctor that the patient has sepsis.'), []);
    assert.deepEqual(kinds('The app does not tell you that you have atrial fibrillation.'), []);
    assert.deepEqual(kinds('The app may tell you that you have atrial fibrillation.'), []);
    assert.deepEqual(kinds('The app told participants that they had been randomised.'), []);
    assert.deepEqual(kinds('The nurse tells us she is back in remission.'), []);
  });

  test('a verdict stated of the case with no one told: an object and its state', () => {
    assert.deepEqual(phrases('The software declares the study normal.'), ['autonomous: declares the study normal']);
    assert.deepEqual(phrases('The app declared her in remission after three negative strips.'), ['autonomous: declared her in remission']);
    assert.deepEqual(kinds('The app calls the nurse when the alarm sounds.'), []);
    assert.deepEqual(kinds('The software declares the sensor ready.'), []);
    assert.deepEqual(kinds('The tool does not declare any study normal.'), []);
    assert.deepEqual(kinds('The radiologist called the lesion benign.'), []);
  });
});

describe('stop 59: a prediction of an outcome is a forecast', () => {
  test('a prediction of relapse or of treatment response is augmentative, whatever care it is about', () => {
    assert.deepEqual(phrases('The app turns the scan into a prediction of relapse.'), ['augmentative: turns the scan into a prediction']);
    assert.deepEqual(phrases('The model gives a prediction of treatment response for each patient.'), ['augmentative: gives a prediction']);
    assert.deepEqual(phrases('The model gives a treatment response prediction.'), ['augmentative: gives a treatment response prediction']);
  });

  test('a prediction of where a finding lies, a yes-or-no prediction and a fertile day the user acts on keep their readings', () => {
    assert.deepEqual(kinds('The software makes a prediction of where the lesion lies.'), []);
    assert.deepEqual(kinds('The app shows a yes or no prediction of fracture.'), []);
    assert.deepEqual(kinds('Each morning the app shows a prediction of "fertile" or "not fertile" for the day.'), ['autonomous']);
  });
});
