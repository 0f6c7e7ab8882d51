/**
 * Stop 26 of the prose analysis (issue 9): false alarms read off five sets built blind in stop 25 (holdout56-60),
 * measured before anyone read them, then opened. Each fix is a class of wording, not a sentence: every sentence
 * here was written for this file, and each has a close wording that keeps its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

describe('stop 26: a dose the tissues received is a quantity, a dose to give is a therapy', () => {
  test('working out an absorbed or radiation dose is augmentative; working out the next dose to give stays autonomous', () => {
    assert.deepEqual(cues('The tool works out the dose absorbed by each kidney after the infusion.'), ['augmentative: works']);
    assert.deepEqual(cues('The software works out the radiation dose to the lens of the eye.'), ['augmentative: works']);
    assert.deepEqual(cues('The app works out the insulin dose for the coming meal.'), ['autonomous: works']);
    assert.deepEqual(cues('The algorithm calculates the next dose of warfarin.'), ['autonomous: calculates']);
  });
});

describe('stop 26: words that name no output', () => {
  test('a regulatory class is no class the software gives; a suggested class still is', () => {
    assert.deepEqual(cues('The detector is listed as a class IIb computer-aided detection device.'), ['assistive: computer-aided detection']);
    assert.deepEqual(cues('Each detected cell comes with a suggested class.'), ['augmentative: comes with a suggested class']);
  });

  test('a missed or delayed diagnosis is the topic of a statistic, not an output; a reported diagnosis still is', () => {
    assert.deepEqual(cues('Missed or delayed stroke diagnosis is reported in up to 9 % of emergency visits.'), []);
    assert.deepEqual(cues('The diagnosis is reported to the patient by the app.'), ['autonomous: diagnosis is reported']);
  });

  test('what symptoms suggest is the indication; what the software suggests is its output', () => {
    assert.deepEqual(cues('The monitor is indicated after symptoms that suggest an abnormal rhythm: fluttering, dizziness or fainting.'), []);
    assert.deepEqual(cues('The software suggests a diagnosis of sleep apnoea.'), ['autonomous: suggests a diagnosis']);
  });

  test('a participle that names equipment is no act; the same verb with an object is', () => {
    assert.deepEqual(cues('CareLink works with measuring devices and scales.'), []);
    assert.deepEqual(cues('The software works by measuring ventricular volumes.'), ['augmentative: measuring']);
  });

  test('a qualifier of another noun phrase does not make an output diagnostic', () => {
    assert.deepEqual(cues('The gating unit gives diagnostic scanners the information they need.'), []);
  });
});

describe('stop 26: whether-clauses that ask no clinical question', () => {
  test('whether data arrived is the device talking about itself; whether a finding is present is a conclusion', () => {
    assert.deepEqual(cues('Lights on the hub tell the user whether each reading was uploaded.'), []);
    assert.deepEqual(cues('The display tells the user whether the measurement was transmitted to the clinic.'), []);
    assert.deepEqual(cues('The app tells the user whether atrial fibrillation is present.'), ['autonomous: tells the user whether']);
    assert.deepEqual(cues('The parent is told whether the hearing screen was passed.'), ['autonomous: parent is told whether']);
  });

  test('whether a person is in bed is an alert, not a diagnosis', () => {
    assert.deepEqual(cues('The monitor tells the nurse whether the patient is in bed.'), ['assistive: tells the nurse whether']);
    assert.deepEqual(cues('The monitor tells the nurse whether the patient is septic.'), ['autonomous: tells the nurse whether']);
  });
});

describe('stop 26: "they" after a long relative clause on people', () => {
  test('the people a "who" clause is about still do what "they" do', () => {
    const sentence = 'The software is for qualified technologists in research and clinical settings, who weigh its output against their own experience and judgment when they reach a diagnostic conclusion.';
    assert.deepEqual(cues(sentence), ['physician-interprets: reach a diagnostic conclusion']);
    // Declared augmentative, a physician's conclusion is no contradiction.
    assert.deepEqual(cueFindings(dossier('augmentative', sentence)), []);
  });
});

describe('stop 26: quantities said as questions', () => {
  test('whether a quantity moves is a measurement; whether a condition is present stays a conclusion', () => {
    assert.deepEqual(cues('The app tells the user whether the lesion has grown.'), ['augmentative: tells the user whether']);
    assert.deepEqual(cues('The app tells the user whether the lesion is malignant.'), ['autonomous: tells the user whether']);
  });

  test('a number that says how likely something is, is a quantity; how to hold the probe is guidance', () => {
    assert.deepEqual(cues('The tool shows a figure expressing how likely it is that the biopsy will find cancer.'), ['augmentative: shows a figure expressing how likely']);
    assert.deepEqual(cues('The tool shows the user how to position the probe.'), ['assistive: shows the user how']);
    assert.deepEqual(cues('A meter tells the user how likely the clip is to be of diagnostic quality.'), ['assistive: tells the user how']);
  });
});

describe('stop 26: read off stop 26\'s own blind sets (h61-h64)', () => {
  test('helping clinicians interpret images is assistive; helping them measure is augmentative', () => {
    assert.deepEqual(cues('The viewer offers tools that help qualified dentists interpret the displayed radiographs.'), ['assistive: help qualified dentists interpret']);
    assert.deepEqual(cues('The software helps the sonographer measure and interpret the fetal heart tracing.'), ['augmentative: helps the sonographer measure']);
  });

  test('an image volume is data shown; the volume of an organ is a quantity', () => {
    assert.deepEqual(cues('The viewer displays bitewings, panoramics and CBCT volumes side by side.'), []);
    assert.deepEqual(cues('The software reports CT volumes of the liver.'), ['augmentative: reports CT volumes']);
  });

  test('"they" who decide are the people, not the results named on the way', () => {
    assert.deepEqual(cues('Cardiologists review the results when they decide on referral.'), ['physician-interprets: Cardiologists review']);
    assert.deepEqual(cues('The software scores each murmur and decides on referral.'), ['augmentative: scores', 'autonomous: decides on referral']);
  });
});
