/**
 * Round 9a of the prose analysis (issue 9): autonomous services read right. Families found in the
 * misses of the readable sets (defibrillators that advise the therapy, consumer and AED rhythm
 * conclusions), each as a user sees it: the cue kinds and phrases `findCues` returns, the
 * `classification-cue` findings (rule id, range, suggested class) and the assessment's suggested
 * class. Every sentence here was written for this file; each positive has a close wording that must
 * stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

/** What the assessment says the prose suggests for a dossier. */

describe('round 9a: a device that prompts or advises a person to give the therapy decided the therapy', () => {
  test('"prompts the rescuer to deliver a shock", "advises the user to give therapy" are autonomous', () => {
    assert.deepEqual(cues('The defibrillator prompts the rescuer to deliver a shock.'), ['autonomous: prompts the rescuer to deliver a shock']);
    assert.deepEqual(cues('Once charged, the unit advises the user to give therapy.'), ['autonomous: advises the user to give therapy']);
  });

  test('a prompt to do something else, or to check the therapy, stays silent', () => {
    assert.deepEqual(cues('The defibrillator prompts the rescuer to attach the pads.'), []);
    assert.deepEqual(cues('The pump prompts the nurse to review the therapy settings.'), []);
    assert.deepEqual(cues('The app tells the nurse to check the dose.'), []);
  });

  test('an augmentative dossier whose device prompts a shock gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The defibrillator prompts the rescuer to deliver a shock.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:19-10:57 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The defibrillator prompts the rescuer to attach the pads.')), []);
  });
});

describe('round 9a: naming the rhythm "as" a conclusion is a rhythm status', () => {
  test('"labels the rhythm as atrial fibrillation", "classifies the rhythm as shockable" are autonomous', () => {
    assert.deepEqual(cues('The watch app labels the rhythm as atrial fibrillation or sinus rhythm.'), ['autonomous: labels the rhythm']);
    assert.deepEqual(cues('The algorithm classifies the rhythm as shockable or not.'), ['autonomous: classifies the rhythm']);
  });

  test('classifying rhythm without naming the conclusion, or labelling the strip, is not', () => {
    assert.deepEqual(cues('The algorithm classifies rhythm episodes for the cardiologist.'), ['augmentative: classifies']);
    assert.deepEqual(cues('The watch app labels the rhythm strip with the date.'), ['assistive: labels']);
  });

  test('an assistive dossier whose app labels the rhythm as a conclusion is told it reads autonomous', () => {
    const text = dossier('assistive', 'The watch app labels the rhythm as atrial fibrillation or sinus rhythm.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:15-10:32 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.equal(suggested(dossier('assistive', 'The watch app labels the rhythm strip with the date.')), 'assistive');
  });
});

describe('round 9a: a shock advised or recommended with no adviser named is the device\'s decision', () => {
  test('"shows \\"shock advised\\"", "with a shock recommended", "no shock is advised" are autonomous', () => {
    assert.deepEqual(cues('The unit shows "shock advised" once the analysis ends.'), ['autonomous: shock advised']);
    assert.deepEqual(cues('The unit charges and, with a shock recommended, lights the button.'), ['autonomous: shock recommended']);
    assert.deepEqual(cues('The checks ensure that no shock is advised while the patient is moved.'), ['autonomous: shock is advised']);
  });

  test('another participle, an adviser named, a condition or a negated advice stays silent', () => {
    assert.deepEqual(cues('The unit shows "shock delivered" once the button is pressed.'), []);
    assert.deepEqual(cues('A shock is advised by the attending physician.'), []);
    assert.deepEqual(cues('If a shock is advised, the rescuer stands clear.'), []);
    assert.deepEqual(cues('The unit does not advise a shock.'), []);
  });

  test('an assistive dossier whose unit shows "shock advised" gets an autonomous finding', () => {
    const text = dossier('assistive', 'The unit shows "shock advised" once the analysis ends.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:17-10:30 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('assistive', 'The unit shows "shock delivered" once the button is pressed.')), []);
  });
});

describe('round 9a: stimulators and therapy buttons', () => {
  test('a generator that stimulates a nerve delivers the therapy; a generator is the device', () => {
    assert.deepEqual(cues('At night the generator stimulates the phrenic nerve.'), ['autonomous: stimulates the phrenic nerve']);
    assert.deepEqual(cues('The stimulator raises the stimulation amplitude on its own.'), ['autonomous: raises the stimulation']);
  });

  test('stimulating something other than a nerve or muscle, or a therapy someone set, stays silent', () => {
    assert.deepEqual(cues('At night the generator stimulates interest in the study.'), []);
    assert.deepEqual(cues('The generator delivers scheduled nerve stimulation.'), []);
    assert.deepEqual(cues('The pump delivers the prescribed dose.'), []);
  });

  test('telling a person to press the button that gives the therapy is the therapy decision; any other button is not', () => {
    assert.deepEqual(cues('The unit advises the rescuer to press the button that delivers it.'), ['autonomous: advises the rescuer to press the button']);
    assert.deepEqual(cues('The unit advises the rescuer to press the button that opens the menu.'), []);
    assert.deepEqual(cues('The unit advises the rescuer to press the button.'), []);
  });

  test('an augmentative dossier whose generator stimulates a nerve is told it reads autonomous', () => {
    const text = dossier('augmentative', 'At night the generator stimulates the phrenic nerve.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:24-10:52 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The generator delivers scheduled nerve stimulation.')), []);
  });
});

describe('round 9a: a stimulator that changes its current on its own changes the therapy', () => {
  test('"raises the current on its own" is autonomous', () => {
    assert.deepEqual(cues('The stimulator raises the current on its own.'), ['autonomous: raises the current']);
    assert.deepEqual(cues('It then lowers the current by itself when the patient lies down.'), ['autonomous: lowers the current']);
  });

  test('"current" as an adjective, or a current only shown, stays silent', () => {
    // (stop 38: "raises the current settings on its own" now reads as the device changing its own working by itself,
    // selfActing.ts; the adjective stays silent where nothing is changed by the device alone)
    assert.deepEqual(cues('The stimulator lists the current settings on its screen.'), []);
    assert.deepEqual(cues('The stimulator shows the current on its own screen.'), []);
  });

  test('an assistive dossier whose stimulator raises the current gets an autonomous suggestion', () => {
    const text = dossier('assistive', 'The stimulator raises the current on its own.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:16-10:34 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.equal(suggested(dossier('assistive', 'The stimulator shows the current on its own screen.')), undefined);
  });
});

describe('round 9a: an output shown to a person "together with" a second output', () => {
  test('past the recipient, the output after "together with" or "along with" is the verb\'s', () => {
    assert.deepEqual(cues('The watch shows it to the wearer together with the rhythm classification.'), ['autonomous: shows it to the wearer together with the rhythm classification']);
    assert.deepEqual(cues('The watch sends it to the cardiologist along with a risk score.'), ['augmentative: sends it to the cardiologist along with a risk score']);
  });

  test('"together with" something that is no output stays silent', () => {
    assert.deepEqual(cues('The watch shows it to the wearer together with the time of day.'), []);
  });

  test('an augmentative dossier whose watch shows the wearer the rhythm classification is told it reads autonomous', () => {
    const text = dossier('augmentative', 'The watch shows it to the wearer together with the rhythm classification.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:11-10:73 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The watch shows it to the wearer together with the time of day.')), []);
  });
});
