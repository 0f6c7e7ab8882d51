/**
 * Round 14b of the prose analysis (issue 9): physician-interprets, assistive and augmentative wordings that
 * unseen FDA text uses and the analysis missed. Each family as a user sees it: the cue kinds and phrases
 * `findCues` returns, the `classification-cue` findings (rule id, range, suggested class) or the suggested
 * class of a dossier. Every sentence here was written for this file; each positive has a close wording
 * that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

describe('round 14b: the physician holds the judgement', () => {
  test('"remains responsible for the final assessment", "for their own evaluation": an obliged physician owns the assessment', () => {
    assert.deepEqual(cues('The reviewing cardiologist remains responsible for the final assessment of each echo study.'), ['physician-interprets: final assessment']);
    assert.deepEqual(cues('Pathologists remain responsible for their own evaluation of every slide.'), ['physician-interprets: own evaluation']);
    assert.deepEqual(cues('Radiologists must keep responsibility for the final assessment of each exam.'), ['physician-interprets: final assessment']);
  });

  test('an assessment that is not a physician\'s own, or not obliged, stays silent', () => {
    assert.deepEqual(cues('The software supports the final assessment of each echo study.'), []);
    assert.deepEqual(cues('The report repeats the final assessment of the referring clinic.'), []);
  });

  test('"keeps the responsibility for confirming …", "retains the duty of reviewing …": a person holding a duty of reading', () => {
    assert.deepEqual(cues('The sonographer retains the responsibility for verifying every traced border.'), ['physician-interprets: retains the responsibility for verifying']);
    assert.deepEqual(cues('The dentist keeps the duty of checking each marked tooth.'), ['physician-interprets: keeps the duty of checking']);
    assert.deepEqual(cues('That clinician holds the responsibility for interpreting the traced borders.'), ['physician-interprets: holds the responsibility for interpreting']);
  });

  test('a duty that is no reading, or held by the product, stays silent', () => {
    assert.deepEqual(cues('The sonographer retains the responsibility for positioning the probe.'), []);
    assert.deepEqual(cues('The dentist keeps the duty of verifying the patient identity.'), []);
    assert.deepEqual(cues('The vendor retains the responsibility for verifying every software release.'), []);
  });

  test('"is the responsibility of that professional": "that" after a preposition before a lone noun is a determiner', () => {
    assert.deepEqual(cues('Checking the derived volumes is the responsibility of that clinician.'), ['physician-interprets: responsibility of that clinician']);
    assert.deepEqual(cues('Confirming each flagged region is the task of that reader.'), ['physician-interprets: task of that reader']);
    assert.deepEqual(cues('Archiving the derived volumes is the responsibility of that clinician.'), []);
  });

  test('"remains the interpreting physician\'s decision", "remains the one who makes the … decisions"', () => {
    assert.deepEqual(cues('Whether a highlighted nodule is followed up remains the radiologist\'s decision.'), ['physician-interprets: remains the radiologist\'s decision']);
    assert.deepEqual(cues('Accepting or discarding a suggested contour stays the oncologist\'s call.'), ['physician-interprets: stays the oncologist\'s call']);
    assert.deepEqual(cues('The treating clinician remains the one who makes the diagnostic and treatment decisions.'), ['physician-interprets: remains the one who makes the diagnostic and treatment decisions']);
  });

  test('a decision of the patient\'s, or someone who stays the one who reads the manual, stays silent', () => {
    assert.deepEqual(cues('Whether to wear the patch at night remains the patient\'s decision.'), []);
    assert.deepEqual(cues('The treating clinician remains the one who signs the purchase order.'), []);
    assert.deepEqual(cues('The lay user remains the one who makes the decisions about sharing data.'), []);
  });

  test('"reviews each proposed measurement and may edit it": a proposed quantity is an output to read, not a management option', () => {
    assert.deepEqual(cues('The echocardiographer reviews each proposed measurement and may adjust or discard it.'), ['physician-interprets: echocardiographer reviews']);
    assert.deepEqual(cues('The radiologist reviews every suggested finding.'), ['physician-interprets: radiologist reviews']);
    // A proposed dose is a management option: the physician acts on the software's conclusion (Level I, no physician-interprets).
    assert.deepEqual(cues('The physician reviews each proposed dose.'), []);
  });

  test('"qualified individuals must examine the images": individuals, like other people, read under an obligation', () => {
    assert.deepEqual(cues('Qualified individuals must look over the slides and confirm the counts.'), ['physician-interprets: individuals must look', 'physician-interprets: confirm']);
    assert.deepEqual(cues('Qualified individuals may look over the slides.'), []);
  });

  test('dossier findings: an autonomous dossier whose reader keeps the duty, or whose decision is the radiologist\'s, is warned', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'The sonographer retains the responsibility for verifying every traced border.')), ['classification-cue 11:17-11:57 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The sonographer retains the responsibility for positioning the probe.')), []);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The reviewing cardiologist remains responsible for the final assessment of each echo study.')), ['classification-cue 11:56-11:72 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The software supports the final assessment of each echo study.')), []);
  });
});
