/**
 * Round 8b of the prose analysis (issue 9): readings fixed after the misses of the blind set
 * holdout12 (non-radiology FDA text), each family as a user sees it: the cue kinds and phrases
 * `findCues` returns, and the `classification-cue` findings (rule id, range, suggested class) a
 * dossier gets. Every sentence here was written for this file; each positive has a close wording
 * that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

/** What the assessment says the prose suggests for a dossier. */

describe('round 8b: object relative clauses whose subject is "it"', () => {
  test('"the X it <verb>s are …": the relative clause is the software\'s act', () => {
    assert.deepEqual(cues('The lesions it marks are listed in a side panel.'), ['assistive: marks']);
    assert.deepEqual(cues('The volumes it computes are exported to the report.'), ['augmentative: computes']);
    assert.deepEqual(cues('Among the changes it flags are rising lactate and a falling blood pressure.'), ['assistive: flags']);
  });

  test('with "that", and with an output verb whose object is the antecedent', () => {
    assert.deepEqual(cues('The alarms that it raises are sent to the charge nurse.'), ['assistive: alarms that it raises']);
    assert.deepEqual(cues('Every score that it generates is shown beside the image.'), ['augmentative: score that it generates']);
    assert.deepEqual(cues('The dose it recommends is shown to the nurse.'), ['autonomous: dose it recommends']);
  });

  test('a verb that names no output stays silent in the same frame', () => {
    assert.deepEqual(cues('The lesions it stores are listed in a side panel.'), []);
    assert.deepEqual(cues('The volumes it receives are exported to the report.'), []);
    assert.deepEqual(cues('Among the changes it records are rising lactate and a falling blood pressure.'), []);
  });

  test('"…, sold as a cloud service, that measures …": "that" after a comma and before a verb is a relative pronoun', () => {
    assert.deepEqual(cues('The product is a program, sold as a cloud service, that measures the aortic diameter.'), ['augmentative: measures']);
    assert.deepEqual(cues('The product is a program, sold as a cloud service, that stores the aortic images.'), []);
  });

  test('an assistive dossier whose relative clause computes volumes gets an augmentative finding on "computes"', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The volumes it computes are exported to the report.')), ['classification-cue 10:16-10:24 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The volumes it receives are exported to the report.')), []);
  });
});

describe('round 8b: what a place of care does is no act of the software', () => {
  test('"clinics that treat adults": a relative clause on a place of care describes the place', () => {
    assert.deepEqual(cues('It is used in clinics that treat adults with heart failure.'), []);
    assert.deepEqual(cues('It runs on wards and in emergency departments that treat children.'), []);
  });

  test('the same relative clause on the product keeps its autonomous cue', () => {
    assert.deepEqual(cues('It is used by a service that treats adults with heart failure.'), ['autonomous: treats']);
  });

  test('an augmentative dossier used in clinics that treat adults gets no finding; one whose service treats gets one', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'It is used in clinics that treat adults with heart failure.')), []);
    assert.deepEqual(cueFindings(dossier('augmentative', 'It is used by a service that treats adults with heart failure.')), ['classification-cue 10:30-10:36 autonomous']);
  });
});

describe('round 8b: ordering findings by review priority is triage', () => {
  test('"groups … into review priority tiers" is assistive; "into morphology tiers" stays a characterisation', () => {
    assert.deepEqual(cues('The software groups the flagged beats into review priority tiers.'), ['assistive: groups the flagged beats into review priority']);
    assert.deepEqual(cues('The software groups the flagged beats into morphology tiers.'), ['augmentative: groups']);
  });

  test('"sorted by urgency" names the order, not who sorts', () => {
    assert.deepEqual(cues('Suspected bleeds are sorted by urgency on the worklist.'), []);
    assert.deepEqual(cues('Flagged studies are sorted by the software.'), ['assistive: studies are sorted']);
  });

  test('an assistive dossier that sorts by review priority gets no finding; sorting into morphology tiers gets an augmentative one', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The software groups the flagged beats into review priority tiers.')), []);
    assert.deepEqual(cueFindings(dossier('assistive', 'The software groups the flagged beats into morphology tiers.')), ['classification-cue 10:14-10:20 augmentative']);
  });
});

describe('round 8b: quantities the software makes, in noun phrases', () => {
  test('"combines A, B and C into one score" computes the score; "into one display" shows the inputs', () => {
    assert.deepEqual(cues('The software combines heart rate, respiratory rate and oxygen saturation into one early-warning score.'), ['augmentative: combines heart rate, respiratory rate and oxygen saturation into one early-warning score']);
    assert.deepEqual(cues('The software combines heart rate, respiratory rate and oxygen saturation into one display.'), []);
  });

  test('"quantitative measures" are an output; "safety measures" and "outcome measures" are not', () => {
    assert.deepEqual(cues('The report lists quantitative measures of plaque burden.'), ['augmentative: lists quantitative measures']);
    assert.deepEqual(cues('The report lists safety measures for the operator.'), []);
    assert.deepEqual(cues('The primary outcome measures were sensitivity and specificity.'), []);
  });

  test('a bracketed acronym after a name is read through: "The Lung Risk Index (LRI) computes, for each nodule, …"', () => {
    assert.deepEqual(cues('The Lung Risk Index (LRI) computes, for each nodule, a chance of malignancy.'), ['augmentative: computes']);
    assert.deepEqual(cues('The Lung Risk Index (LRI) stores the chance of malignancy.'), []);
  });

  test('assistive dossiers get augmentative findings on these phrases', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The software combines heart rate, respiratory rate and oxygen saturation into one early-warning score.')), ['classification-cue 10:14-10:102 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The report lists quantitative measures of plaque burden.')), ['classification-cue 10:12-10:39 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The Lung Risk Index (LRI) computes, for each nodule, a chance of malignancy.')), ['classification-cue 10:27-10:35 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The report lists safety measures for the operator.')), []);
  });
});

describe('round 8b: "are to" obliges the reader, and personnel read', () => {
  test('"are to review", "are to confirm" oblige as "must" does', () => {
    assert.deepEqual(cues('Trained personnel are to review each tracing before the report is released.'), ['physician-interprets: personnel are to review']);
    assert.deepEqual(cues('Nurses are to confirm the flagged rhythm.'), ['physician-interprets: Nurses are to confirm']);
    assert.deepEqual(cues('Clinicians are to weigh the index together with their own examination.'), ['physician-interprets: Clinicians are to weigh']);
  });

  test('without the obligation, or about something else than the output, they stay silent', () => {
    assert.deepEqual(cues('Trained personnel review each tracing.'), []);
    assert.deepEqual(cues('Nurses confirm the flagged rhythm.'), []);
    assert.deepEqual(cues('Clinicians are able to weigh the index together with their own examination.'), []);
    assert.deepEqual(cues('Trained personnel are to read the manual.'), []);
  });

  test('an autonomous dossier whose personnel are to review each tracing gets a physician-interprets finding', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'Trained personnel are to review each tracing before the report is released.')), ['classification-cue 11:9-11:32 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Trained personnel review each tracing.')), []);
  });
});

describe('round 8b: dose advice in everyday grammar', () => {
  test('"keeps suggesting insulin doses": an aspectual verb before an -ing form; "keeps storing" stays silent', () => {
    assert.deepEqual(cues('Once glucose is stable, the calculator keeps suggesting insulin doses.'), ['autonomous: suggesting insulin']);
    assert.deepEqual(cues('Once glucose is stable, the calculator keeps storing insulin doses.'), []);
  });

  test('"tells the patient which basal insulin dose to take": the dose sits in the indirect question', () => {
    assert.deepEqual(cues('The app tells the patient which basal insulin dose to take.'), ['autonomous: tells the patient which basal insulin dose']);
    assert.deepEqual(cues('The app tells the patient which meter to use.'), []);
    assert.deepEqual(cues('The app tells the patient which dose the physician prescribed.'), []);
  });

  test('augmentative dossiers get autonomous findings on both', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'Once glucose is stable, the calculator keeps suggesting insulin doses.')), ['classification-cue 10:46-10:64 autonomous']);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The app tells the patient which basal insulin dose to take.')), ['classification-cue 10:9-10:51 autonomous']);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The app tells the patient which meter to use.')), []);
  });
});

describe('round 8b: detection verbs and product names', () => {
  test('"recognizes episodes of atrial fibrillation" detects; "records episodes" does not', () => {
    assert.deepEqual(cues('The software recognizes episodes of atrial fibrillation and alerts the nurse.'), ['assistive: recognizes', 'assistive: alerts']);
    assert.deepEqual(cues('The software records episodes of atrial fibrillation.'), []);
    assert.equal(suggested(dossier('assistive', 'The software recognizes episodes of atrial fibrillation.')), 'assistive');
    assert.equal(suggested(dossier('assistive', 'The software records episodes of atrial fibrillation.')), undefined);
  });

  test('a verb inside a capitalised product name is part of the name: "the Acme Early Warning System"', () => {
    assert.deepEqual(cues('The Acme Early Warning System is installed on each ward.'), []);
    assert.deepEqual(cues('Each night the software warns the nurse of early deterioration.'), ['assistive: warns']);
    assert.equal(suggested(dossier('augmentative', 'The Acme Early Warning System is installed on each ward.')), undefined);
  });

  test('an assistive dossier that names the Acme Early Warning System and recognizes AF gets no finding; adjusting the dose gets one', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The Acme Early Warning System recognizes episodes of atrial fibrillation.')), []);
    assert.deepEqual(cueFindings(dossier('assistive', 'The module adjusts the insulin dose on each ward.')), ['classification-cue 10:12-10:31 autonomous']);
  });
});
