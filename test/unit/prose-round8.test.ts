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

describe('round 8 (lead, after holdout13 was measured blind): operation is not autonomy, and a condition is not an output', () => {
  test('running without a user\'s input or interaction is how the software is operated; without a physician\'s input still warns', () => {
    assert.deepEqual(cues('The program works without operator interaction on each incoming scan and helps surgeons plan the cut.'), []);
    assert.deepEqual(cues('The program reaches the diagnosis without physician input.'), ['autonomous: reaches the diagnosis', 'autonomous: without physician input']);
  });

  test('a second "in …ing" coordinated with a helped "in" is the helped person\'s act too', () => {
    assert.deepEqual(cues('The tool assists in the grading of lesions and in choosing a therapy.'), ['augmentative: assists in the grading']);
    assert.deepEqual(cues('The tool assists in grading and chooses a therapy.'), ['augmentative: assists in grading', 'autonomous: chooses a therapy']);
  });

  test('the subject of a "when" or "whose" clause is the state it describes, not an output', () => {
    assert.deepEqual(cues('The watch sends an alert when a fast heart rate seems likely.'), ['assistive: sends an alert']);
    assert.deepEqual(cues('When the risk score is computed, the watch shows it.'), ['augmentative: computed']);
  });

  test('an assistive dossier whose alert fires when a low ejection fraction appears likely gets no augmentative cue', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The app sends a notification when a reduced ejection fraction appears likely.')), []);
  });
});

describe('round 8 (lead): quantities put forward, duties that belong to the physician, and whose purpose it is', () => {
  test('proposing or determining a quantity gives it; a person doing so is no cue', () => {
    assert.deepEqual(cues('The software proposes an estimate of the red cell count.'), ['augmentative: proposes an estimate']);
    assert.deepEqual(cues('Plaque volumes are determined semi-automatically.'), ['augmentative: volumes are determined']);
    assert.deepEqual(cues('The nurse determines the volume of fluid to give.'), []);
  });

  test('a decision that "belongs to" the physician is the physician\'s reading', () => {
    assert.deepEqual(cues('The final diagnostic decision belongs to the cardiologist.'), ['physician-interprets: belongs to the cardiologist']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The final diagnostic decision belongs to the cardiologist.')), ['classification-cue 11:31-11:58 physician-interprets']);
  });

  test('"its purpose", "the app\'s role" is the owner\'s purpose: the owner does the infinitive', () => {
    assert.deepEqual(cues('The app\'s role is to flag recordings with suspected atrial fibrillation.'), ['assistive: flag']);
    assert.deepEqual(cues('The trial\'s purpose was to measure agreement with experts.'), []);
  });
});

describe('round 8 (lead, after holdout15 was measured blind): colour, priority, and what is left to the physician', () => {
  test('colouring what was found and raising a study\'s priority are assistive; a radiologist raising it is no cue', () => {
    assert.deepEqual(cues('The program shades each suspected polyp in green on the live video.'), ['assistive: shades']);
    assert.deepEqual(cues('The tool raises the priority of exams that appear to show a bleed.'), ['assistive: raises the priority']);
    assert.deepEqual(cues('The radiologist raises the priority of the exam.'), []);
  });

  test('output "for a trained cardiologist to interpret" leaves the reading to the physician; use ("ready for") and a device record do not', () => {
    assert.deepEqual(cues('The service sends image measurements for a trained cardiologist to interpret.'), ['augmentative: sends image measurements', 'physician-interprets: for a trained cardiologist to interpret']);
    assert.deepEqual(cues('The scored recordings are ready for a physician to review.'), []);
    assert.deepEqual(cues('The hub collects, stores and forwards the therapy data for a clinician to review.'), []);
  });

  test('a person programming the device to act, and a call that stays with the physician', () => {
    assert.deepEqual(cues('The nurse can then program the pump to adjust the rate.'), []);
    assert.deepEqual(cues('The final call stays with the dermatologist.'), ['physician-interprets: stays with the dermatologist']);
  });
});
