/**
 * Round 12a of the prose analysis (issue 9): coverage of the words real FDA summaries use for what
 * AI software outputs, each family as a user sees it: the cue phrases `findCues` returns, the
 * `classification-cue` findings (rule id, range, suggested class) and the suggested class of a
 * dossier. Every sentence here was written for this file; each positive has a close wording that
 * must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

/** What the assessment says the prose suggests for a dossier. */

describe('round 12a: telling people about a problem is a notification', () => {
  test('"tells clinicians about …", "tell the care team about …": the software notifies', () => {
    assert.deepEqual(cues('The application tells clinicians about emerging hypotension.'), ['assistive: tells clinicians about']);
    assert.deepEqual(cues('Its purpose is to tell the care team about early signs of sepsis.'), ['assistive: tell the care team about']);
    assert.deepEqual(cues('The dashboard tells the anaesthetist about a developing problem.'), ['assistive: tells the anaesthetist about']);
  });

  test('a person who tells, or telling without "about", stays silent; telling a status is a conclusion', () => {
    assert.deepEqual(cues('The physician tells the patient about the result.'), []);
    assert.deepEqual(cues('The application tells clinicians the patient name.'), []);
    assert.deepEqual(cues('The app tells the woman about her fertility status each morning.'), ['autonomous: tells the woman about']);
  });

  test('a dossier that tells clinicians about a problem is suggested assistive; one whose nurse does, nothing', () => {
    assert.equal(suggested(dossier('autonomous', 'The application tells clinicians about emerging hypotension.')), 'assistive');
    assert.equal(suggested(dossier('autonomous', 'The charge nurse tells clinicians about emerging hypotension.')), undefined);
  });
});

describe('round 12a: verbs of quantifying and outlining that real summaries use', () => {
  test('"gauges", "tallies", "enumerates": the software quantifies', () => {
    assert.deepEqual(cues('The software gauges the severity of each stenosis.'), ['augmentative: gauges']);
    assert.deepEqual(cues('The algorithm tallies the apnea events per hour of sleep.'), ['augmentative: tallies']);
    assert.deepEqual(cues('The tool enumerates the nodules larger than six millimetres.'), ['augmentative: enumerates']);
  });

  test('"delineates": the software outlines what it found', () => {
    assert.deepEqual(cues('The software delineates the tumour boundary on each slice.'), ['assistive: delineates']);
  });

  test('a person who gauges or delineates, a negation, or a study stays silent', () => {
    assert.deepEqual(cues('The cardiologist gauges the severity of each stenosis.'), []);
    assert.deepEqual(cues('The radiologist delineates the tumour boundary on each slice.'), []);
    assert.deepEqual(cues('The software does not delineate structures in motion-degraded images.'), []);
    assert.deepEqual(cues('The study gauged reader agreement.'), []);
  });

  test('a dossier whose software gauges a severity is suggested augmentative; one whose cardiologist does, nothing', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The software gauges the severity of each stenosis.')), ['classification-cue 10:14-10:20 augmentative']);
    assert.equal(suggested(dossier('assistive', 'The software gauges the severity of each stenosis.')), 'augmentative');
    assert.equal(suggested(dossier('assistive', 'The cardiologist gauges the severity of each stenosis.')), undefined);
  });
});

describe('round 12a: a notation beside a case, a reader\'s attention directed, a reminder to give priority', () => {
  test('"a notation is placed beside each case", "places a notation next to studies": the software marks', () => {
    assert.deepEqual(cues('A notation is placed beside each case with a suspected pneumothorax.'), ['assistive: notation is placed']);
    assert.deepEqual(cues('The software places a notation next to studies that show a suspected bleed.'), ['assistive: places a notation']);
  });

  test('"directs the reader\'s attention to …", "brings … to the radiologist\'s attention": the software points a finding out', () => {
    assert.deepEqual(cues('The software directs the reader\'s attention to regions that may hold a nodule.'), ['assistive: directs the reader\'s attention']);
    assert.deepEqual(cues('The tool brings suspected fractures to the radiologist\'s attention.'), ['assistive: brings suspected fractures to the radiologist\'s attention']);
  });

  test('"reminds radiologists to give priority to …", "recommends a review of …": triage and notification', () => {
    assert.deepEqual(cues('The app reminds clinicians to give priority to flagged studies.'), ['assistive: reminds clinicians to give priority']);
    assert.deepEqual(cues('The software recommends a review of the flagged images.'), ['assistive: recommends a review']);
  });

  test('a physician who marks or directs, a negation, a reminder to take medication, or a notation that is a format stay silent', () => {
    assert.deepEqual(cues('The radiologist places a notation next to studies that show a suspected bleed.'), []);
    assert.deepEqual(cues('The radiologist directs attention to the hilum.'), []);
    assert.deepEqual(cues('The software is not intended to direct attention to specific parts of the image.'), []);
    assert.deepEqual(cues('The app reminds patients to take their medication.'), []);
    assert.deepEqual(cues('The radiologist recommends a review of the prior images.'), []);
    assert.deepEqual(cues('Measurements follow the usual notation of the field.'), []);
  });

  test('a recommendation of a biopsy stays a decision', () => {
    assert.deepEqual(cues('The app recommends a biopsy.'), ['autonomous: recommends a biopsy']);
  });

  test('a dossier declared autonomous whose software directs the reader\'s attention is suggested assistive; with a radiologist, nothing', () => {
    assert.equal(suggested(dossier('autonomous', 'The software directs the reader\'s attention to regions that may hold a nodule.')), 'assistive');
    assert.equal(suggested(dossier('autonomous', 'A notation is placed beside each case with a suspected pneumothorax.')), 'assistive');
    assert.equal(suggested(dossier('autonomous', 'The radiologist directs attention to regions that may hold a nodule.')), undefined);
  });
});

describe('round 12a: a duty to bring judgment to the output, and a duty named before the reading it holds', () => {
  test('"are expected to apply professional judgment", "must exercise their clinical judgement": the physician weighs the output', () => {
    assert.deepEqual(cues('Readers must apply their clinical judgment to every flagged region.'), ['physician-interprets: apply their clinical judgment']);
    assert.deepEqual(cues('Neurologists are expected to exercise clinical judgement when reading the marked events.'), ['physician-interprets: exercise clinical judgement']);
    assert.deepEqual(cues('The users are epileptologists, who are expected to use their own judgment on what it marks.'), ['physician-interprets: use their own judgment']);
  });

  test('judgment without a duty, in a passive, or the software\'s "judgment rules" stays silent', () => {
    assert.deepEqual(cues('Its users are trained neurologists, who apply their own clinical judgment to what it shows.'), []);
    assert.deepEqual(cues('Results are to be used together with professional judgment.'), []);
    assert.deepEqual(cues('The software uses clinical judgment rules from the guideline.'), []);
  });

  test('"It is the responsibility of the pathologist to verify …", "It is up to the radiologist to confirm …": the duty\'s reading follows', () => {
    assert.deepEqual(cues('It is the responsibility of a qualified pathologist to verify the interpretation.'), ['physician-interprets: responsibility of a qualified pathologist']);
    assert.deepEqual(cues('It is up to the radiologist to confirm each detection.'), ['physician-interprets: up to the radiologist']);
  });

  test('a duty to do something that is no reading, or to check the patient\'s identity, stays silent', () => {
    assert.deepEqual(cues('It is the responsibility of the physician to explain the risks to the patient.'), []);
    assert.deepEqual(cues('It is the responsibility of the pathologist to verify the patient\'s identity.'), []);
  });

  test('a dossier declared autonomous whose pathologist must verify the interpretation gets a physician-interprets cue on the duty; one without the duty, none', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'It is the responsibility of a qualified pathologist to verify the interpretation.')), ['classification-cue 11:11-11:52 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'It is the responsibility of the physician to explain the risks to the patient.')), []);
  });
});

describe('round 12a: a risk of something, and how sure the software is, as output nouns', () => {
  test('"reports the patient\'s five-year risk of recurrence", "returns the risk of progression": an estimate', () => {
    assert.deepEqual(cues('The device reports the patient\'s five-year risk of recurrence.'), ['augmentative: reports the patient\'s five-year risk']);
    assert.deepEqual(cues('The software returns the risk of progression for each patient.'), ['augmentative: returns the risk']);
  });

  test('"a suspicion level", "a confidence level", "a certainty value": how sure the software is, given as a number', () => {
    assert.deepEqual(cues('The software provides a suspicion level for each lesion.'), ['augmentative: provides a suspicion level']);
    assert.deepEqual(cues('The output includes a confidence level for each finding.'), ['augmentative: includes a confidence level']);
    assert.deepEqual(cues('The software displays a certainty value for each detection.'), ['augmentative: displays a certainty value']);
  });

  test('a hazard, a risk reduced, a population at risk, a plain level, or a reader\'s confidence stays silent', () => {
    assert.deepEqual(cues('The software reduces the risk of missed findings.'), []);
    assert.deepEqual(cues('Calcified plaques present a risk for coronary artery disease.'), []);
    assert.deepEqual(cues('Patients at high risk of recurrence were excluded.'), []);
    assert.deepEqual(cues('The report lists the risks of the procedure.'), []);
    assert.deepEqual(cues('The software reports the blood glucose level.'), []);
    assert.deepEqual(cues('The reader records a confidence level for each case.'), []);
  });

  test('a dossier declared assistive whose software reports a risk of recurrence gets a cue toward augmentative; one that reduces a risk, none', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The device reports the patient\'s five-year risk of recurrence.')), ['classification-cue 10:12-10:48 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The software reduces the risk of missed findings.')), []);
  });
});

describe('round 12a: a heat map or a saliency map shows where a finding is', () => {
  test('"produces a heat map", "a saliency map": assistive, like a "heatmap"', () => {
    assert.deepEqual(cues('The software produces a heat map over the chest radiograph.'), ['assistive: produces a heat map']);
    assert.deepEqual(cues('The tool returns a saliency map for each image.'), ['assistive: returns a saliency map']);
  });

  test('a parametric or colour-coded map stays a quantity; a map that is not drawn stays silent', () => {
    assert.deepEqual(cues('The device produces a parametric map of perfusion.'), ['augmentative: produces a parametric map']);
    assert.deepEqual(cues('No arrow, box or heat map is drawn on the images.'), []);
  });

  test('a dossier declared augmentative whose software produces a heat map is suggested assistive', () => {
    assert.equal(suggested(dossier('augmentative', 'The software produces a heat map over the chest radiograph.')), 'assistive');
  });
});
