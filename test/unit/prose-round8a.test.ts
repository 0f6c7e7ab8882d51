/**
 * Round 8a of the prose analysis (issue 9): readings fixed after the misses of the blind radiology
 * set holdout11, each family as a user sees it: the cue kinds and phrases `findCues` returns, and
 * the `classification-cue` findings (rule id, range, suggested class) a dossier gets. Every
 * sentence here was written for this file; each positive is paired with a close wording that
 * must stay silent (or read otherwise).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

describe('round 8a: "is to be interpreted" obliges', () => {
  test('"are to be confirmed by the cardiologist" is a physician reading the output', () => {
    assert.deepEqual(cues('The flagged regions are to be interpreted with the full study.'), ['physician-interprets: interpreted']);
    assert.deepEqual(cues('The measurements are to be confirmed by the cardiologist before release.'), ['physician-interprets: confirmed']);
  });

  test('"are to be stored" obliges nobody to read anything', () => {
    assert.deepEqual(cues('The measurements are to be stored for five years.'), []);
  });

  test('an autonomous dossier gets a physician-interprets finding on "confirmed", none on "stored"', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'The measurements are to be confirmed by the cardiologist before release.')), ['classification-cue 11:28-11:37 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The measurements are to be stored for five years.')), []);
  });
});
