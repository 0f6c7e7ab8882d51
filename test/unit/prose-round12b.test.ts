/**
 * Round 12b of the prose analysis (issue 9): cardiology wording (ECG interpretation, rhythm monitors,
 * cardiac measurements, cardiac therapy devices), each family as a user sees it: the cue kinds and
 * phrases `findCues` returns, the `classification-cue` findings (rule id, range, suggested class) and the
 * suggested class of a dossier. Every sentence here was written for this file; each positive has a close
 * wording that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

describe('round 12b: a physician who folds the output in with other evidence interprets it', () => {
  test('"uses the figures together with …", "treats the statements as one input", "combines the estimate with …"', () => {
    assert.deepEqual(cues('Electrophysiologists use the burden figures together with the symptom diary when they plan ablation.'), ['physician-interprets: Electrophysiologists use']);
    assert.deepEqual(cues('The reading cardiologist treats the computer statements as one input among the tracing, the history and prior ECGs.'), ['physician-interprets: cardiologist treats']);
    assert.deepEqual(cues('Physicians combine the estimated ejection fraction with the echocardiogram before any referral.'), ['physician-interprets: Physicians combine']);
  });

  test('"…, who incorporates the values into the echo report": a physician named before the relative pronoun', () => {
    assert.deepEqual(cues('The interpreting cardiologist, who incorporates the strain values into the echo report, signs each study.'), ['physician-interprets: cardiologist, who incorporates', 'physician-interprets: signs']);
    assert.deepEqual(cues('The interpreting cardiologist, who incorporates the strain values into the lab database, signs each study.'), ['physician-interprets: signs']);
  });

  test('a permission, a restrictive "who", something that is no output, or people who are not physicians stay silent', () => {
    assert.deepEqual(cues('Electrophysiologists may use the burden figures together with the symptom diary when they plan ablation.'), []);
    assert.deepEqual(cues('Cardiologists who combine the estimated ejection fraction with the echocardiogram tend to refer earlier.'), []);
    assert.deepEqual(cues('The reading cardiologist treats the patient as one of many on the ward.'), []);
    assert.deepEqual(cues('Electrophysiologists are able to use the burden figures together with the symptom diary.'), []);
    assert.deepEqual(cues('The engineers combine the filtered leads with a reference channel.'), []);
  });

  test('an autonomous dossier whose cardiologist treats the statements as one input gets a physician-interprets finding', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'The reading cardiologist treats the computer statements as one input among the tracing, the history and prior ECGs.')), ['classification-cue 11:13-11:32 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Electrophysiologists use the burden figures together with the symptom diary when they plan ablation.')), ['classification-cue 11:1-11:25 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Electrophysiologists may use the burden figures together with the symptom diary when they plan ablation.')), []);
  });
});
