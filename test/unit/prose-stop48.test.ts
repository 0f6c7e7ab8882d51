/**
 * Stop 48 of the prose analysis (issue 9): readings missing in the batch built blind in stop 47 (AI: h208-h211), opened
 * this stop. Every sentence here was written for this file (none is AI's); each group keeps a close wording whose older
 * reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';

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
