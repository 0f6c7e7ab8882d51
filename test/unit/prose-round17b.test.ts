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
