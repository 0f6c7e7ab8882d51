/**
 * Round 15c of the prose analysis (issue 9): recall of the autonomous class on unseen text
 * (holdout24-27 opened for this round). Families found in the misses, each as a user sees it: the cue
 * phrases `findCues` returns, the `classification-cue` findings (rule id, range, suggested class) and
 * the assessment's suggested class. Every sentence here was written for this file; each positive has a
 * close wording that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 15c: a radiotherapy machine that gates or steers its own beam on what it tracks decides the delivery', () => {
  test('switching, holding, interrupting or steering the beam by itself, automatically or on a condition is autonomous', () => {
    assert.deepEqual(cues('BeamGuard switches the beam off by itself whenever the breathing trace leaves the window.'), ['autonomous: switches the beam']);
    assert.deepEqual(cues('The linac holds the beam automatically when the tracked marker drifts outside the tolerance.'), ['autonomous: holds the beam']);
    assert.deepEqual(cues('Our software interrupts the beam on its own if the surface camera sees the patient move.'), ['autonomous: interrupts the beam']);
    assert.deepEqual(cues('The tracking module steers the beam automatically to follow the tumour as the patient breathes.'), ['autonomous: steers the beam']);
  });

  test('a person gating the beam, or the machine holding it with nothing that sets it off, stays silent', () => {
    assert.deepEqual(cues('The therapist switches the beam off whenever the breathing trace leaves the window.'), []);
    assert.deepEqual(cues('The linac holds the beam.'), []);
    assert.deepEqual(cues('Our software lets the therapist interrupt the beam.'), []);
  });

  test('an augmentative dossier whose system gates the beam by itself gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'BeamGuard switches the beam off by itself whenever the breathing trace leaves the window.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:11-10:28 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 15c: temperature management that warms or cools toward a target by itself decides the therapy', () => {
  test('warming, cooling or regulating the temperature automatically, by itself or until a target is autonomous', () => {
    assert.deepEqual(cues('The controller automatically warms or cools the water until the patient reaches the target temperature.'), ['autonomous: warms or cools the water']);
    assert.deepEqual(cues('The warmer heats the blanket automatically whenever the bladder probe reads below the set point.'), ['autonomous: heats the blanket']);
    assert.deepEqual(cues('Our system raises or lowers the pad temperature on its own to hold the patient at the chosen target.'), ['autonomous: raises or lowers the pad temperature']);
    assert.deepEqual(cues('The console cools the patient automatically until the core temperature reaches the target.'), ['autonomous: cools the patient']);
  });

  test('a nurse warming, a warmer with nothing that sets it off, or measuring the temperature stays silent', () => {
    assert.deepEqual(cues('The nurse warms the water until the patient reaches the target temperature.'), []);
    assert.deepEqual(cues('The warmer heats the blanket.'), []);
    assert.deepEqual(cues('The software measures the patient\'s temperature automatically.'), []);
  });

  test('an assistive dossier whose console cools the patient by itself gets an autonomous finding and suggestion', () => {
    const text = dossier('assistive', 'The console cools the patient automatically until the core temperature reaches the target.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:13-10:30 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 15c: "is either fixed or adjusted automatically by the device" is a passive of both participles', () => {
  test('the second participle of a paired "either … or" after "be" keeps the passive and its "by" agent', () => {
    assert.deepEqual(cues('Pressure is either fixed or adjusted automatically by the device between 4 and 25 cmH2O.'), ['autonomous: Pressure is either fixed or adjusted']);
    assert.deepEqual(cues('The flow rate is either preset or adjusted automatically by the pump.'), ['autonomous: flow rate is either preset or adjusted']);
    assert.deepEqual(cues('The infusion rate is either fixed or changed automatically by the controller whenever glucose rises.'), ['autonomous: infusion rate is either fixed or changed']);
  });

  test('the same passive done by a person, or by hand, stays silent', () => {
    assert.deepEqual(cues('Pressure is either fixed or adjusted by the therapist between 4 and 25 cmH2O.'), []);
    assert.deepEqual(cues('The flow rate is either preset or adjusted manually by the nurse.'), []);
  });

  test('an augmentative dossier whose pump adjusts the flow by itself gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The flow rate is either preset or adjusted automatically by the pump.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:5-10:43 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 15c: releasing a dose or a pulse of gas on what the device senses is giving the therapy', () => {
  test('releasing or dispensing a bolus, a pulse or a dose on a sensed event, automatically or by itself is autonomous', () => {
    assert.deepEqual(cues('The conserver releases a bolus of oxygen whenever the user starts to breathe in.'), ['autonomous: releases a bolus']);
    assert.deepEqual(cues('The pen releases the dose automatically once the glucose reading is above the target.'), ['autonomous: releases the dose']);
    assert.deepEqual(cues('As soon as it senses that an inhalation is beginning, the conserver releases a pulse of oxygen.'), ['autonomous: releases a pulse']);
    assert.deepEqual(cues('The concentrator dispenses a pulse of oxygen each time the wearer breathes in.'), ['autonomous: dispenses a pulse']);
  });

  test('a release with nothing that sets it off, by a person, or of results stays silent', () => {
    assert.deepEqual(cues('The conserver releases a bolus of oxygen.'), []);
    assert.deepEqual(cues('The nurse releases the dose whenever the patient asks.'), []);
    assert.deepEqual(cues('The portal releases the results whenever the physician signs.'), []);
  });

  test('an augmentative dossier whose conserver releases oxygen on each breath gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The conserver releases a bolus of oxygen whenever the user starts to breathe in.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:15-10:31 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});
