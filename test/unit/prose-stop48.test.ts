/**
 * Stop 48 of the prose analysis (issue 9): readings missing in the batch built blind in stop 47 (AI: h208-h211), opened
 * this stop. Every sentence here was written for this file (none is AI's); each group keeps a close wording whose older
 * reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 48: outputs named the way app listings and abstracts name them', () => {
  test('a chance or the odds of a condition is a likelihood the software gives; a chance to act is not', () => {
    assert.deepEqual(kinds('Enter nine clinical features and the model returns the predicted chance of a difficult delivery.'), ['augmentative']);
    assert.deepEqual(kinds('The software reports the odds of a malignant nodule.'), ['augmentative']);
    assert.deepEqual(kinds('The alert gives the physician a chance to override the dose.'), []);
    assert.deepEqual(kinds('There is a good chance of rain.'), []);
  });

  test('"a risk figure" is one number given; "Figure 2" is not', () => {
    assert.deepEqual(kinds('The app gives a risk figure for the ward team to weigh.'), ['augmentative']);
    assert.deepEqual(kinds('Figure 2 shows the software\'s output.'), []);
  });

  test('a headline fragment, "<quantity>, <estimated> …", is the agentless passive written short', () => {
    assert.deepEqual(kinds('Stroke risk, worked out at the moment of admission.'), ['augmentative']);
    assert.deepEqual(kinds('Fetal weight, estimated from a single 3D sweep.'), ['augmentative']);
    assert.deepEqual(kinds('Bone age, calculated in seconds from a hand X-ray.'), ['augmentative']);
    assert.deepEqual(kinds('Postpartum bleeding risk, predicted the moment she is admitted.'), ['augmentative']);
    // (a study's statistic, and a fragment that goes on to a verb of its own, keep their older readings)
    assert.deepEqual(kinds('Sensitivity, calculated against the consensus read.'), []);
    assert.deepEqual(kinds('Accuracy, measured against two experts, was 91 %.'), []);
    assert.deepEqual(kinds('Fetal weight, estimated from the sweep, is shown to the obstetrician.'), []);
  });

  test('a product named, then ", which" and an output act: the product acts', () => {
    assert.deepEqual(kinds('Our hospital uses EchoMetrix, which measures the ejection fraction.'), ['augmentative']);
    assert.deepEqual(kinds('The ward bought NodeWatch, which flags low oxygen saturation.'), ['assistive']);
    assert.deepEqual(kinds('We partnered with Siemens, which makes the scanner.'), []);
  });
});

describe('stop 48: a conclusion that is the physician\'s', () => {
  test('"the call on …" or "decisions on …" that remain, are or were the physician\'s', () => {
    assert.deepEqual(kinds('The call on a fracture remains the reader\'s.'), ['physician-interprets']);
    assert.deepEqual(kinds('Decisions on surgery are the surgeon\'s, which the tool is meant to support.'), ['physician-interprets']);
    assert.deepEqual(kinds('Decisions about discharge were the physician\'s.'), ['physician-interprets']);
    assert.deepEqual(kinds('The decision on each frame is the model\'s.'), []);
  });

  test('a conclusion that "comes from" a physician', () => {
    assert.deepEqual(kinds('The diagnosis comes from the doctor and the lab tests, not from the program.'), ['physician-interprets']);
    assert.deepEqual(kinds('The final diagnosis comes from the pathologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The reading comes from the sensor.'), []);
    assert.deepEqual(kinds('The dose comes from the pump\'s algorithm.'), []);
  });

  test('"stay with them" after physicians named earlier, and two coordinated topics that stay with a physician', () => {
    assert.deepEqual(kinds('The app helps midwives plan the birth; the counselling and the decision stay with them.'), ['physician-interprets']);
    assert.deepEqual(kinds('The counselling and the decision stay with the midwife.'), ['physician-interprets']);
    assert.deepEqual(kinds('Patients like it; the decision stays with them.'), []);
    // (the end of a list inside the topic is not a coordinated subject: other therapies are the rest of the work)
    assert.deepEqual(kinds('Decisions on inotropes, fluids and bleeding stay with the physician.'), []);
  });
});

describe('stop 48: devices that act', () => {
  test('a robot alone drilling or cutting tissue; not a surgeon\'s drill, nor a robot that holds the guide', () => {
    assert.deepEqual(kinds('The robot then drills through the skull on its own along the planned path.'), ['autonomous']);
    assert.deepEqual(kinds('The laser robot cuts the bone autonomously.'), ['autonomous']);
    assert.deepEqual(kinds('The surgeon drills the tunnel while the robot holds the guide.'), []);
    assert.deepEqual(kinds('A robot that makes the knee cuts.'), []);
  });

  test('"re-tunes" is "retunes"', () => {
    assert.deepEqual(kinds('Every week the algorithm re-tunes the basal settings.'), ['autonomous']);
    assert.deepEqual(kinds('The team re-trained the model.'), []);
  });

  test('a stimulator that switches on its electrodes when what it senses calls for it', () => {
    assert.deepEqual(kinds('While you walk, the implant picks up the start of each stride and straight away switches on the electrodes that help it.'), ['assistive', 'autonomous']);
    assert.deepEqual(kinds('The nurse switches on the electrodes before the test.'), []);
  });
});

describe('stop 48, second round: press, letters and minutes (two reviews in other registers)', () => {
  test('a reporting aside is read past; the range still points at the words', () => {
    assert.deepEqual(kinds('Deciding what to remove, she added, is still the gastroenterologist\'s job.'), ['physician-interprets']);
    assert.deepEqual(kinds('The pump, the maker says, raises the basal rate by itself.'), ['autonomous']);
    assert.deepEqual(kinds('The pump raises the basal rate by itself, said Dr Okafor.'), ['autonomous']);
    const found = findCues('The cardiologist, she explained, makes the diagnosis.');
    assert.deepEqual(found.map((c) => [c.kind, c.phrase]), [['physician-interprets', 'makes the diagnosis']]);
    // (in a paragraph, after another sentence: the ranges are the paragraph's)
    const text = 'The pump, the maker says, raises the rate by itself. Stroke risk, worked out at admission.';
    assert.deepEqual(findCues(text).map((c) => [c.kind, text.slice(c.start, c.end)]), [['autonomous', 'raises the rate by itself'], ['augmentative', 'worked']]);
    // (a person's object after "told" is no aside)
    assert.deepEqual(kinds('The nurse, told the alarm was false, went home.'), []);
  });

  test('an apposition on the subject is read past, and a first name may stand between "Dr" and the surname', () => {
    assert.deepEqual(kinds('Dr Ana Osei, the endocrinologist, reviews the results.'), ['physician-interprets']);
    assert.deepEqual(kinds('Dr Ana Osei reviews the results.'), ['physician-interprets']);
    assert.deepEqual(kinds('My neurologist, Dr Hale, looks at the event log and decides for herself what counts as a seizure.'), ['physician-interprets']);
    assert.deepEqual(kinds('The nurse, the doctor and the pharmacist review the dose.'), []);
  });

  test('a cleft that sets the physician against the software names the physician who does it', () => {
    assert.deepEqual(kinds('And it\'s the cardiologist, not the program, who decides whether treatment goes on.'), ['physician-interprets']);
    assert.deepEqual(kinds('It is the radiologist, not the algorithm, who reads every scan.'), ['physician-interprets']);
    assert.deepEqual(kinds('It is the patient, not the app, who decides.'), []);
  });

  test('"is still the endoscopist\'s job"; "sits with the GP", and the act a physician\'s decision is about is not the software\'s', () => {
    assert.deepEqual(kinds('Interpretation is still the radiologist\'s job.'), ['physician-interprets']);
    assert.deepEqual(kinds('Interpretation is not the radiologist\'s job.'), []);
    assert.deepEqual(kinds('The decision to start bone treatment sits with the GP.'), ['physician-interprets']);
    assert.deepEqual(kinds('The decision to stop the infusion is up to the anaesthetist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The software makes the decision to start insulin.'), ['autonomous']);
    assert.deepEqual(kinds('The sensor sits with the patient.'), []);
  });

  test('what a sentence only seems to say is not said', () => {
    assert.deepEqual(kinds('It sounds like the computer decides whether you have cancer.'), []);
    assert.deepEqual(kinds('It looks as if the software makes the diagnosis.'), []);
    assert.deepEqual(kinds('It sounds like science fiction, but the pump adjusts the insulin dose by itself.'), ['autonomous']);
    assert.deepEqual(kinds('It seems the software makes the diagnosis.'), ['autonomous']);
  });

  test('a conclusion reached at a place of care is the people\'s there', () => {
    assert.deepEqual(kinds('The dementia diagnosis itself is made in clinic.'), []);
    assert.deepEqual(kinds('The diagnosis itself is made by the software.'), ['autonomous']);
    assert.deepEqual(kinds('A diagnosis is made in seconds.'), ['autonomous']);
  });

  test('", and no radiologist reads it", "with no radiologist ever opening the image" leave the output unread', () => {
    assert.deepEqual(kinds('It sends the report to the GP, and no radiologist reads it.'), ['autonomous']);
    assert.deepEqual(kinds('The report goes to the GP with no radiologist ever opening the image.'), ['autonomous']);
    assert.deepEqual(kinds('The app measures the wound, but no nurse checks it.'), ['augmentative']);
  });

  test('"the machine decides everything in between"; a tally of surgical supplies is no measurement', () => {
    assert.deepEqual(kinds('The sleep doctor set the floor and ceiling, and the machine decides everything in between.'), ['autonomous']);
    assert.deepEqual(kinds('TallyTrack, our service, records and counts the sponges and towels in each procedure.'), []);
    assert.deepEqual(kinds('The software counts the cells.'), ['augmentative']);
  });
});

describe('stop 48, third round: values, referrals and the device put to use', () => {
  test('a value given to each patient, and a quantity the participle says was worked out', () => {
    assert.deepEqual(kinds('It gives every adult patient a sepsis risk number from 0 to 100.'), ['augmentative']);
    assert.deepEqual(kinds('The app gives an estimated bilirubin in micromoles per litre.'), ['augmentative']);
    assert.deepEqual(kinds('The model returns a predicted birth weight.'), ['augmentative']);
    assert.deepEqual(kinds('The software gives each patient a leaflet.'), []);
    assert.deepEqual(kinds('The study reported an estimated sensitivity of 90 %.'), []);
  });

  test('a referral drafted or queued; insulin cut when the sensor reads low', () => {
    assert.deepEqual(kinds('It drafts and queues the referral to the eye clinic.'), ['autonomous']);
    assert.deepEqual(kinds('It also cuts insulin off completely when the reading heads low.'), ['autonomous']);
    assert.deepEqual(kinds('The nurse cuts the insulin dose.'), []);
  });

  test('a choice about using the device is no reading of its output; a choice about the patient is', () => {
    assert.deepEqual(kinds('The intensivist decides when a patient starts and stops closed-loop control.'), []);
    assert.deepEqual(kinds('The intensivist decides whether to use the software.'), []);
    assert.deepEqual(kinds('The radiologist decides whether the nodule needs a biopsy.'), ['physician-interprets']);
  });

  test('a physician going over the images or tracing reads them, unless the look decides on an override', () => {
    assert.deepEqual(kinds('The radiologist looks at the scan.'), ['physician-interprets']);
    assert.deepEqual(kinds('The consultant looked at the clips and re-traced the ventricle by hand.'), ['physician-interprets']);
    assert.deepEqual(kinds('The emergency physician looks at the ECG and either lets the activation stand or cancels it.'), []);
    assert.deepEqual(kinds('The patient looks at the images on the app.'), []);
  });
});

describe('stop 48, fourth round: acting on the software\'s option', () => {
  test('confirming the new rate or signing the referral acts on the software\'s option (Level I); a measured rate stays a reading', () => {
    assert.deepEqual(kinds('For the first change, the nurse must confirm the new rate on the pump before it starts.'), []);
    assert.deepEqual(kinds('The GP signed the referral the same afternoon.'), []);
    assert.deepEqual(kinds('The nurse must confirm the heart rate.'), ['physician-interprets']);
  });

  test('"takes the guesswork out of dosing": the work made easier is the reader\'s', () => {
    assert.deepEqual(kinds('It takes the uncertainty out of diagnosing dementia.'), []);
    assert.deepEqual(kinds('The software diagnoses dementia.'), ['autonomous']);
  });
});
