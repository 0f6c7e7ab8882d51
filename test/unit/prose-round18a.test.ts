/**
 * Round 18a of the prose analysis (issue 9): who acts in sentence shapes the clause stage split wrongly. A verb
 * coordinated after a subordinate clause takes the main clause's subject; a thing no list names that does an
 * output act is the service's software (`src/core/prose/inanimate.ts`), while persons, body parts and sensing
 * hardware are not; the subject after a fronted phrase or participle is found. Every sentence here was written for
 * this file; each family has close wordings that must stay as they are.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

const agent = (text: string): string => analyseSentence(text).agent;

describe('round 18a: a verb after a subordinate clause takes the main subject', () => {
  test('after a "how" or "whether" clause with its own subject, the next -s verb is the main subject\'s', () => {
    assert.deepEqual(cues('The monitor checks how the beat intervals fluctuate and reports a variability index.'), ['augmentative: reports a variability index']);
    assert.deepEqual(cues('The monitor checks how the beat interval fluctuates and reports a variability index.'), ['augmentative: reports a variability index']);
    assert.deepEqual(cues('The meter checks whether the readings settle and calculates the insulin dose.'), ['autonomous: calculates']);
    // The subordinate clause alone, or a person as the main subject, stays as it was.
    assert.deepEqual(cues('The monitor checks how the beat intervals fluctuate.'), []);
    assert.equal(agent('The monitor checks how the beat intervals fluctuate.'), 'software');
    assert.deepEqual(cues('When two scans exist, the radiologist compares them.'), []);
    assert.equal(agent('When two scans exist, the radiologist compares them.'), 'physician');
  });

  test('after a clause that ends on its own intransitive verb, an output act with its object is the main subject\'s', () => {
    assert.deepEqual(cues('The monitor checks whether the reading rises and sends an alert to the ward.'), ['assistive: sends an alert']);
    assert.deepEqual(cues('The app watches the signal while the patient sleeps and scores each epoch.'), ['augmentative: scores']);
    assert.deepEqual(cues('The monitor checks whether the reading rises.'), []);
  });

  test('"that" before a singular in -ss is a determiner, so the verb after an inserted example list keeps the main subject', () => {
    assert.deepEqual(cues('The tool weighs several traits of that process, such as pauses and tremor, and yields a cognition score.'), ['augmentative: yields a cognition score']);
    assert.deepEqual(cues('The tool weighs several traits of that process.'), []);
  });

  test('the contradiction is reported on the second verb in a dossier that declares a lower class', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The monitor checks how the beat intervals fluctuate and reports a variability index.')), ['classification-cue 10:57-10:84 augmentative']);
  });
});

describe('round 18a: a thing no list names that does an output act is the software', () => {
  test('"logic", "scorer" and the like that grade, titrate, flag or highlight act for the service', () => {
    assert.deepEqual(cues('The decision logic grades each finding against the guideline.'), ['augmentative: grades']);
    assert.equal(agent('The decision logic grades each finding against the guideline.'), 'software');
    assert.deepEqual(cues('The dosing logic titrates the oxygen flow to keep saturation in range.'), ['autonomous: titrates the oxygen']);
    assert.deepEqual(cues('The camera captures the fundus and the grading logic flags referable disease.'), ['assistive: flags']);
  });

  test('in a dossier the thing\'s act contradicts the declared class', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'The dosing logic titrates the oxygen flow to keep saturation in range.')), ['classification-cue 10:18-10:37 autonomous']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The decision logic grades each finding against the guideline.')), ['classification-cue 10:20-10:26 augmentative']);
  });

  test('a body part, a sensing part, a person by the noun\'s ending and a passive stay nobody\'s output', () => {
    assert.deepEqual(cues('The retina displays the damage.'), []);
    assert.equal(agent('The retina displays the damage.'), 'none');
    assert.deepEqual(cues('The electrode detects the muscle activity.'), []);
    assert.equal(agent('The electrode detects the muscle activity.'), 'none');
    assert.deepEqual(cues('A physicist calculates the dose.'), []);
    assert.equal(agent('A physicist calculates the dose.'), 'none');
    assert.deepEqual(cues('The dosimetrist computes the dose.'), []);
  });
});

describe('round 18a: the subject after a fronted phrase', () => {
  test('an -s word before "it" and its verb ends a fronted prepositional phrase', () => {
    assert.deepEqual(cues('On supine chest films it also rates the effusion size and flags the side.'), ['assistive: flags']);
    assert.equal(agent('On supine chest films it also rates the effusion size and flags the side.'), 'software');
  });

  test('"it" after a fronted clause with a person as its subject and no comma is the main subject, not the person\'s object', () => {
    assert.deepEqual(cues('After the nurse enters the glucose value it calculates the next insulin rate.'), ['autonomous: calculates']);
    assert.equal(agent('After the nurse enters the glucose value it calculates the next insulin rate.'), 'software');
    assert.deepEqual(cues('While the clinician reviews the case it highlights the suspicious regions.'), ['assistive: highlights']);
    assert.equal(agent('After the nurse enters the glucose value, the physician calculates the next insulin rate.'), 'physician');
  });

  test('an opening participle holding a reduced relative is no main clause, whoever the main subject is', () => {
    assert.equal(agent('Drawing on the history the pump stores, the controller raises the basal rate.'), 'software');
    assert.equal(agent('Drawing on the history the pump stores, the nurse raises the basal rate.'), 'physician');
    assert.deepEqual(cues('Drawing on the history the pump stores, the nurse raises the basal rate.'), []);
  });

  test('a participle phrase on the opening subject does not hide its verb', () => {
    assert.deepEqual(cues('A scorer trained on labelled mammograms highlights suspicious calcifications.'), ['assistive: highlights']);
    assert.equal(agent('A scorer trained on labelled mammograms highlights suspicious calcifications.'), 'software');
    assert.deepEqual(cues('A scorer trained on labelled mammograms was compared with radiologists.'), []);
    // An "-ing" phrase after a plural subject, before its bare verb.
    assert.deepEqual(cues('Several detectors operating inside the viewer pick out suspected rib fractures.'), ['assistive: pick']);
    assert.deepEqual(cues('Nurses operating inside the ward pick out the sickest patients.'), []);
  });
});
