/**
 * Round 16d of the prose analysis (issue 9): who acts, on unseen text. Each family as a user sees it:
 * the cue phrases `findCues` returns, the `classification-cue` findings (rule id, range, suggested
 * class), the suggested class of a dossier, and the sentence's agent as `analyseSentence` reads it.
 * Every sentence here was written for this file; each positive has a close wording that must keep
 * its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

const agent = (text: string): string => analyseSentence(text).agent;

describe('round 16d: a specialist named by the suffix of a field ("-ologist", "-iatrician") or an examiner is a physician', () => {
  test('a specialist the list does not name still reads the output', () => {
    assert.deepEqual(cues('The perinatologist reviews every flagged sweep before the report is released.'), ['physician-interprets: perinatologist reviews']);
    assert.deepEqual(cues('A neonatologist must confirm each alert the monitor raises.'), ['physician-interprets: neonatologist must confirm']);
    assert.deepEqual(cues('The sonologist interprets the marked frames.'), ['physician-interprets: sonologist interprets']);
    assert.deepEqual(cues('The examiner reads the highlighted regions and decides on a biopsy.'), ['physician-interprets: examiner reads', 'physician-interprets: decides']);
    assert.equal(agent('The sonologist interprets the marked frames.'), 'physician');
  });

  test('a study\'s epidemiologist or a laboratory biologist is no physician reading the output', () => {
    assert.deepEqual(cues('The epidemiologist reviews the flagged cases.'), []);
    assert.deepEqual(cues('The microbiologist reviews every plate the module flags.'), []);
    assert.equal(agent('The epidemiologist reviews the flagged cases.'), 'none');
  });

  test('an autonomous dossier whose perinatologist must review each output gets a physician-interprets finding', () => {
    const text = dossier('autonomous', 'The pump raises the basal rate when glucose climbs.', 'The perinatologist must review every flagged sweep before the report is released.');
    assert.deepEqual(cueFindings(text), ['classification-cue 12:5-12:31 physician-interprets']);
    assert.equal(suggested(text), 'augmentative');
  });
});

describe('round 16d: a review at the patient\'s periodic visits oversees a therapy; it reads no single output', () => {
  test('"reviews … at quarterly visits", "checks … at every follow-up appointment" raise no physician cue', () => {
    assert.deepEqual(cues('The endocrinologist reviews the pump logs at quarterly visits and adjusts the targets.'), []);
    assert.deepEqual(cues('The cardiologist checks the stored episodes at every follow-up appointment.'), []);
    assert.deepEqual(cues('The physician reviews the downloaded readings during routine clinic visits.'), []);
  });

  test('a review before the output is used, or during one visit, is still a reading', () => {
    assert.deepEqual(cues('The endocrinologist reviews the flagged glucose traces before the report is sent.'), ['physician-interprets: endocrinologist reviews']);
    assert.deepEqual(cues('The cardiologist checks the stored episodes before the next scheduled visit.'), ['physician-interprets: cardiologist checks']);
    assert.deepEqual(cues('The physician reviews the downloaded readings during the visit.'), ['physician-interprets: physician reviews']);
  });

  test('an autonomous dossier with periodic oversight keeps its class and gets no finding', () => {
    const text = dossier('autonomous', 'The pump raises the basal rate when glucose climbs.', 'The endocrinologist reviews the pump logs at quarterly visits and adjusts the targets.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'autonomous');
    const read = dossier('autonomous', 'The pump raises the basal rate when glucose climbs.', 'The endocrinologist reviews the flagged glucose traces before the report is sent.');
    assert.deepEqual(cueFindings(read), ['classification-cue 12:5-12:28 physician-interprets']);
  });
});
