/**
 * Round 8 of the prose analysis (issue 9): readings fixed after the blind whole-dossier set, each
 * as a user sees it: the cue kinds and phrases `findCues` returns, and the `classification-cue`
 * findings (rule id, range, suggested class) a dossier gets. Every sentence here was written for this file.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

describe('round 8: who acts in a list of verbs after a subordinate clause', () => {
  test('a verb after "judges whether it is …, and" is still the physician\'s', () => {
    assert.deepEqual(cues('The surgeon views each marked polyp, judges whether it is a true lesion, and chooses whether to remove it.'), ['physician-interprets: judges']);
    assert.deepEqual(cues('The reader opens the flagged studies, decides whether they are urgent, and determines the diagnosis.'), ['physician-interprets: decides']);
  });

  test('the same list with the software as subject still reads as the software\'s acts', () => {
    assert.deepEqual(cues('The software checks whether the frame is usable, and flags suspected polyps.'), ['assistive: flags']);
    assert.deepEqual(cues('The software reads each frame, checks whether it is usable, and determines whether a polyp is present.'), ['autonomous: determines whether']);
  });

  test('an assistive dossier whose endoscopist chooses whether to resect gets no autonomous cue', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The endoscopist looks at each box, judges whether it is a polyp or a fold, and chooses whether to resect.')), []);
  });
});

describe('round 8: a threshold after "than" is no contrast', () => {
  test('"larger than 6 mm" does not negate the verbs that follow', () => {
    assert.deepEqual(cues('The software detects nodules that are larger than 6 mm, and measures their volume.'), ['assistive: detects', 'augmentative: measures']);
    assert.deepEqual(cues('Pauses longer than 3 seconds are flagged, and the software computes the pause burden.'), ['assistive: flagged', 'augmentative: computes']);
  });

  test('a real contrast after "than" still reads as the other thing', () => {
    assert.deepEqual(cues('The tool is faster than software that diagnoses the rhythm.'), []);
    assert.deepEqual(cues('The tool flags studies rather than diagnosing them.'), ['assistive: flags']);
  });
});

describe('round 8: a bracketed list is an aside, not the subject of what follows', () => {
  test('verbs after "(minimum, maximum, mean)," keep the sentence\'s subject', () => {
    assert.deepEqual(cues('It reads every beat of the tracing (day, night, exercise), calculates QT intervals, and quantifies the ectopic burden.'), ['augmentative: calculates', 'augmentative: quantifies']);
  });

  test('an assistive dossier with that list gets augmentative classification-cue findings on line 10', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'It reads every beat of the tracing (day, night, exercise), calculates QT intervals.')), ['classification-cue 10:60-10:70 augmentative']);
  });
});
