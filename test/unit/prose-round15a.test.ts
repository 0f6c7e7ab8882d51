/**
 * Round 15a of the prose analysis (issue 9): false alarms on unseen text (holdout24-27 opened for this
 * round). Each family as a user sees it: the cue phrases `findCues` returns, the `classification-cue`
 * findings and the suggested class. Every sentence here was written for this file; each positive has a
 * close wording that must keep its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 15a: a clinician judging that a patient needs a therapy sets the indication; it reads no output', () => {
  test('"judged to need / judged that … needs / judges to require" raises no physician cue', () => {
    assert.deepEqual(cues('The pump may be used in patients whom the treating physician has judged to need continuous infusion.'), []);
    assert.deepEqual(cues('It is meant for adults in whom a clinician has judged that the airway requires support.'), []);
    assert.deepEqual(cues('External pacing may be used in other states a cardiologist judges to require it.'), []);
    assert.deepEqual(cues('The ventilator serves patients whose doctors have judged that their breathing needs support.'), []);
  });

  test('judging the output itself, or what the flagged finding requires, is still a reading', () => {
    assert.deepEqual(cues('The cardiologist judges whether the flagged rhythm requires treatment.'), ['physician-interprets: cardiologist judges']);
    assert.deepEqual(cues('The cardiologist must judge that the flagged rhythm is real before treatment.'), ['physician-interprets: cardiologist must judge']);
    assert.deepEqual(cues('The physician must judge the flagged rhythm before any treatment.'), ['physician-interprets: physician must judge']);
  });

  test('an autonomous dossier whose indication a clinician judges gets no physician finding and keeps its class', () => {
    const text = dossier('autonomous', 'The pacer paces the ventricle whenever the intrinsic rate falls too low.', 'No physician reviews the pacing before it is delivered.', 'It is meant for adults in whom a clinician has judged that the heart requires support.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'autonomous');
    const reviewed = dossier('autonomous', 'The pacer paces the ventricle whenever the intrinsic rate falls too low.', 'No physician reviews the pacing before it is delivered.', 'The cardiologist must judge that the flagged rhythm is real before treatment.');
    assert.deepEqual(cueFindings(reviewed), ['classification-cue 13:5-13:28 physician-interprets']);
  });
});
