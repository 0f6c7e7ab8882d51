/**
 * Round 15b of the prose analysis (issue 9): recall of assistive, augmentative and physician-interprets
 * readings on unseen text (holdout24-27 opened for this round). Families found in the misses, each as a
 * user sees it: the cue phrases `findCues` returns and the `classification-cue` findings (rule id, range,
 * suggested class). Every sentence here was written for this file; each positive has a close wording that
 * must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 15b: ", who reviews them" after a physician the data is handed to: that physician reads it', () => {
  test('a non-restrictive who-clause with a reading verb on a named physician is the physician reading', () => {
    assert.deepEqual(cues('The monitoring service forwards the strips to the ordering cardiologist, who reviews them.'), ['physician-interprets: cardiologist, who reviews']);
    assert.deepEqual(cues('Each flagged study is routed to the on-call radiologist, who then interprets it.'), ['physician-interprets: radiologist, who then interprets']);
    assert.deepEqual(cues('The nightly summary goes to the treating neurologist, who must examine every marked segment.'), ['physician-interprets: neurologist, who must examine']);
    assert.deepEqual(cues('The recordings are passed on to the electrophysiologist, who analyses them.'), ['physician-interprets: electrophysiologist, who analyses']);
  });

  test('an optional act, a non-reading verb, a non-physician or a restrictive clause stays silent', () => {
    assert.deepEqual(cues('The strips are forwarded to the cardiologist, who can review them.'), []);
    assert.deepEqual(cues('The strips are forwarded to the cardiologist, who ordered the test.'), []);
    assert.deepEqual(cues('The strips are forwarded to the technician, who reviews them.'), []);
    assert.deepEqual(cues('The strips are forwarded to the cardiologist who reviews them.'), []);
  });

  test('an autonomous dossier that hands its strips to a reviewing cardiologist is told a physician reads', () => {
    const text = dossier('autonomous', 'The monitoring service forwards the strips to the ordering cardiologist, who reviews them.');
    assert.deepEqual(cueFindings(text), ['classification-cue 11:60-11:85 physician-interprets']);
  });
});

describe('round 15b: "until the physician has interpreted it" gates the output on a physician\'s reading', () => {
  test('"until" with a named physician and a reading verb is the physician reading', () => {
    assert.deepEqual(cues('No score counts as a diagnosis until the sleep physician has interpreted the study.'), ['physician-interprets: physician has interpreted']);
    assert.deepEqual(cues('The output is not final until a cardiologist has reviewed the tracing.'), ['physician-interprets: cardiologist has reviewed']);
    assert.deepEqual(cues('The findings remain preliminary until the reading radiologist confirms them.'), ['physician-interprets: radiologist confirms']);
  });

  test('not waiting for the physician, a lay user, or a negated reading stays silent', () => {
    assert.deepEqual(cues('The result is released without waiting until the cardiologist has reviewed the tracing.'), []);
    assert.deepEqual(cues('The findings remain preliminary until the user confirms them.'), []);
    assert.deepEqual(cues('The result is held until the cardiologist has not reviewed it.'), []);
  });

  test('an autonomous dossier whose scores wait for the sleep physician is told a physician reads', () => {
    const text = dossier('autonomous', 'No score counts as a diagnosis until the sleep physician has interpreted the study.');
    assert.deepEqual(cueFindings(text), ['classification-cue 11:48-11:73 physician-interprets']);
  });
});

describe('round 15b: "get" before a participle is a passive, as "is" is ("cases get flagged")', () => {
  test('a get-passive of an output act reads like the be-passive', () => {
    assert.deepEqual(cues('Suspected bleeds get flagged for the radiologist.'), ['assistive: flagged']);
    assert.deepEqual(cues('Suspicious scans automatically get moved up the reading list.'), ['assistive: moved']);
    assert.deepEqual(cues('The on-call surgeon gets notified on the phone.'), ['assistive: notified']);
    assert.deepEqual(cues('Suspected bleeds get reviewed by the radiologist.'), ['physician-interprets: reviewed']);
  });

  test('"get" with an object, or a get-passive that is no output act, keeps its reading', () => {
    // (no get-passive; since stop 54 "a second look from the radiologist" is read as the radiologist's review)
    assert.deepEqual(cues('Suspected bleeds get a second look from the radiologist.'), ['physician-interprets: look from the radiologist']);
    assert.deepEqual(cues('The software got updated in 2024.'), []);
    assert.deepEqual(cues('The radiologist gets a notification on the phone.'), ['assistive: gets a notification']);
  });

  test('an augmentative dossier whose bleeds get flagged is suggested assistive', () => {
    assert.equal(suggested(dossier('augmentative', 'Suspected bleeds get flagged for the radiologist.')), 'assistive');
  });
});

describe('round 15b: "networks" (plural) names the software, as "network" and "models" do', () => {
  test('networks that compute or measure are the software measuring', () => {
    assert.deepEqual(cues('Convolutional networks compute the calcium score.'), ['augmentative: compute']);
    assert.deepEqual(cues('Neural networks outline the tumour and measure its volume.'), ['assistive: outline', 'augmentative: measure']);
  });

  test('networks that were trained or share parts output nothing', () => {
    assert.deepEqual(cues('Convolutional networks were trained on four thousand scans.'), []);
    assert.deepEqual(cues('The two networks share one encoder.'), []);
  });

  test('an assistive dossier whose networks compute a score gets an augmentative finding', () => {
    const text = dossier('assistive', 'Convolutional networks compute the calcium score.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:24-10:31 augmentative']);
    assert.equal(suggested(text), 'augmentative');
  });
});

describe('round 15b: plural machine nouns name the software as their singulars do ("both classifiers flag")', () => {
  test('plural classifiers that flag are the software pointing out', () => {
    assert.deepEqual(cues('Both classifiers flag suspected nodules.'), ['assistive: flag']);
  });

  test('plural classifiers that were retrained or run somewhere output nothing', () => {
    assert.deepEqual(cues('The classifiers were retrained last year.'), []);
    assert.deepEqual(cues('Both classifiers run in the cloud.'), []);
  });

  test('an augmentative dossier whose classifiers flag nodules is suggested assistive', () => {
    assert.equal(suggested(dossier('augmentative', 'Both classifiers flag suspected nodules.')), 'assistive');
  });
});
