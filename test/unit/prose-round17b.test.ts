/**
 * Round 17b of the prose analysis (issue 9): the boundary between assistive and augmentative, both ways. An
 * augmentative output named by its quantity (a value named by a statistic, a unit, a measured property or an
 * acronym) is read; a two-valued flag (present or absent, a high or a low probability) is detection, not a
 * quantity. Every sentence here was written for this file; each positive has a close wording that stays as it was.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 17b: a value named by its quantity is an output', () => {
  test('a statistic, a unit, a measured property or an acronym before "value" names a quantity given', () => {
    assert.deepEqual(cues('The program gives the SUVmax value of each lesion.'), ['augmentative: gives the SUVmax value']);
    assert.deepEqual(cues('For every segment, the summary lists the mean attenuation value in Hounsfield units.'), ['augmentative: lists the mean attenuation value']);
    assert.deepEqual(cues('The tool reports a stiffness value for each liver segment.'), ['augmentative: reports a stiffness value']);
    assert.deepEqual(cues('Our software returns the peak flow value downstream of every narrowing.'), ['augmentative: returns the peak flow value']);
  });

  test('a bare value, data taken in, values a person set or a laboratory measured stay silent', () => {
    assert.deepEqual(cues('The tool gives a value for each study.'), []);
    assert.deepEqual(cues('It displays glucose values received from the sensor.'), []);
    assert.deepEqual(cues('The app shows the CGM values on the lock screen.'), []);
    assert.deepEqual(cues('The summary lists the threshold values the user entered.'), []);
    assert.deepEqual(cues("The software shows the patient's lab values beside the images."), []);
    assert.deepEqual(cues('The app displays blood pressure values from the cuff.'), []);
    assert.deepEqual(cues('The system displays SpO2 values from the pulse oximeter.'), []);
  });

  test('an assistive dossier whose software also reports a mean attenuation value gets an augmentative finding', () => {
    const text = dossier('assistive', 'The software flags suspected fatty liver on abdominal CT.', 'For each flagged study it also reports the mean attenuation value inside the liver.');
    assert.deepEqual(cueFindings(text), ['classification-cue 11:32-11:66 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    const lab = dossier('assistive', 'The software flags suspected fatty liver on abdominal CT.', 'For each flagged study it also shows the lab values stored in the chart.');
    assert.deepEqual(cueFindings(lab), []);
    assert.equal(suggested(lab), 'assistive');
  });
});

describe('round 17b: a two-valued flag is detection, not a quantity', () => {
  test('sorted "as positive or negative", "as likely or unlikely", "a high or a low probability" flag a case', () => {
    assert.deepEqual(cues('The model classifies every recording as positive or negative for a reduced ejection fraction.'), ['assistive: classifies']);
    assert.deepEqual(cues('The software labels each chest film as likely or unlikely to show a pneumothorax.'), ['assistive: labels']);
    assert.deepEqual(cues('Each finding is classified as present or absent by the network.'), ['assistive: classified']);
    assert.deepEqual(cues('The tool reports a high or a low probability of atrial enlargement for each tracing.'), ['assistive: reports a high or a low probability']);
  });

  test('the answer named again, and the condition the flag is about, are no quantity', () => {
    assert.deepEqual(cues("The wearable's models sort each tremor episode as present or absent, and a fresh classification is issued every hour."), ['assistive: classification is issued']);
    assert.deepEqual(cues('Both possible results are reported as a high or a low likelihood of reduced ejection fraction.'), ['assistive: reported as a high or a low likelihood']);
  });

  test('a scale of more values, a probability given as such, or a quantity that comes out positive keep their reading', () => {
    assert.deepEqual(cues('The software grades each knee as normal, mild, moderate or severe.'), ['augmentative: grades']);
    assert.deepEqual(cues('The model classifies each lesion as benign, indeterminate or malignant.'), ['augmentative: classifies']);
    assert.deepEqual(cues('The tool reports the probability of atrial enlargement for each tracing.'), ['augmentative: reports the probability']);
    assert.deepEqual(cues('Both possible results are reported as the likelihood of reduced ejection fraction.'), ['augmentative: reported as the likelihood']);
    assert.deepEqual(cues('It produces an index that comes out positive or negative for likely ischemia.'), ['augmentative: produces an index']);
    assert.deepEqual(cues("The wearable's models sort each tremor episode by its severity, and a fresh classification is issued every hour."), ['augmentative: classification is issued']);
  });

  test('an assistive dossier whose answer is positive or negative gets no augmentative finding; a probability does', () => {
    const flag = dossier('assistive', 'The software reads each resting ECG and notifies the cardiologist.', 'The model classifies every recording as positive or negative for a reduced ejection fraction.');
    assert.deepEqual(cueFindings(flag), []);
    assert.equal(suggested(flag), 'assistive');
    const probability = dossier('assistive', 'The software reads each resting ECG and notifies the cardiologist.', 'The model reports the probability of a reduced ejection fraction for every recording.');
    assert.deepEqual(cueFindings(probability), ['classification-cue 11:11-11:34 augmentative']);
    assert.equal(suggested(probability), 'augmentative');
  });
});

describe("round 17b: the software's analysis said to be quantitative gives a quantity", () => {
  test('"analyses them volumetrically", "quantitatively assesses" said of the software are augmentative', () => {
    assert.deepEqual(cues('The software outlines the thigh muscles and analyses them volumetrically.'), ['assistive: outlines', 'augmentative: analyses them volumetrically']);
    assert.deepEqual(cues('The program quantitatively assesses the extent of emphysema in each lobe.'), ['augmentative: quantitatively assesses']);
  });

  test('no adverb, a person analysing, a purpose with "can", or a negation stay silent', () => {
    assert.deepEqual(cues('The program assesses the extent of emphysema in each lobe.'), []);
    assert.deepEqual(cues('Radiologists then analyse the outlines quantitatively.'), []);
    assert.deepEqual(cues('The tool outlines the muscles so that they can be analysed quantitatively.'), ['assistive: outlines']);
    assert.deepEqual(cues('The software does not analyse the muscles quantitatively.'), []);
  });

  test('an assistive dossier whose software also evaluates each lobe quantitatively gets an augmentative finding', () => {
    const text = dossier('assistive', 'The software flags CT scans with suspected emphysema.', 'It also evaluates each lobe quantitatively.');
    assert.deepEqual(cueFindings(text), ['classification-cue 11:9-11:43 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    const reader = dossier('assistive', 'The software flags CT scans with suspected emphysema.', 'The radiologist then evaluates each lobe quantitatively.');
    assert.deepEqual(cueFindings(reader), []);
    assert.equal(suggested(reader), 'assistive');
  });
});

describe('round 17b: a two-valued answer written as one compound is a flag the software gives', () => {
  test('"a yes-or-no", "its stable-or-unstable output", "a suspicious/non-suspicious label" given by the software are assistive', () => {
    assert.deepEqual(cues('For each chest film the model hands back a yes-or-no on the presence of free air.'), ['assistive: hands back a yes-or-no']);
    assert.deepEqual(cues('Every minute, the software updates its stable-or-unstable output.'), ['assistive: updates its stable-or-unstable']);
    assert.deepEqual(cues('The tool returns a suspicious/non-suspicious label for each slide.'), ['assistive: returns a suspicious/non-suspicious']);
  });

  test('a pair that is no answer, a person giving it, or a negation stay silent', () => {
    assert.deepEqual(cues('The tool returns a left/right label for each image.'), []);
    // (Normal or abnormal can be the conclusion itself, which other stages read.)
    assert.deepEqual(cues('The tool returns a normal/abnormal label for each radiograph.'), []);
    assert.deepEqual(cues('The clinician gives a yes-or-no answer.'), []);
    assert.deepEqual(cues('The software does not give a yes-or-no answer.'), []);
  });

  test('an autonomous dossier whose only output is a yes-or-no suggests assistive', () => {
    const text = dossier('autonomous', 'For each chest film the model hands back a yes-or-no on the presence of free air.');
    assert.equal(suggested(text), 'assistive');
    const reader = dossier('autonomous', 'For each chest film the radiologist hands back a yes-or-no on the presence of free air.');
    assert.equal(suggested(reader), undefined);
  });
});
