/**
 * Stop 47 of the prose analysis (issue 9): readings missing in the batch built blind in stop 46 (AH: h204-h207), opened
 * this stop, and in two reviews in other registers (staff bulletins, audit reports, tender reports, patient forums).
 * Every sentence here was written for this file (none is AH's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const agent = (text: string): string => analyseSentence(text).agent;

describe('stop 47: a decision that stays with the physician', () => {
  test('a judging gerund or a question of what to do, then "stays with", "is up to", "remains with" a physician', () => {
    assert.deepEqual(kinds('Picking the antibiotic stays with the prescriber; the score is one input among several.'), ['physician-interprets']);
    assert.deepEqual(kinds('What to do about a rising index is up to the treating nephrologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('How much fluid to give remains with the intensivist.'), ['physician-interprets']);
    assert.deepEqual(kinds('Identifying the ureter stays with the operating gynaecologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('Grading itself stays with the pathologist, as it always has.'), ['physician-interprets']);
    assert.deepEqual(kinds('That decision stays with the on-call consultant once the full scan has been seen.'), ['physician-interprets']);
  });

  test('a conclusion that "is the radiologist\'s", past its infinitive or its "of" phrase', () => {
    assert.deepEqual(kinds('The decision to biopsy is the dermatologist\'s.'), ['physician-interprets']);
    assert.deepEqual(kinds('The final characterisation of every nodule is the radiologist\'s.'), ['physician-interprets']);
  });

  test('a question hanging on a judging gerund is the topic of the duty', () => {
    assert.deepEqual(kinds('Judging whether a marked area is a true lesion or an artefact remains the endoscopist\'s task.'), ['physician-interprets']);
  });

  test('what is not a reading keeps its older reading', () => {
    // (a plain "is for" says who uses a thing; a chore is no judgement; a thing the software owns is no physician's)
    assert.deepEqual(kinds('Choosing a probe is for the sonographer.'), []);
    assert.deepEqual(kinds('Cleaning the headset stays with the ward staff.'), []);
    assert.deepEqual(kinds('The report is the software\'s.'), []);
    // ("whether" keeps the older rule, which wants a finding in question)
    assert.deepEqual(kinds('Whether to go on or stop is left to the surgeon.'), []);
  });
});

describe('stop 47: what a gerund subject says is not the software\'s', () => {
  test('"Judging whether … is not the software\'s job" denies the act (it used to read as the software deciding)', () => {
    assert.deepEqual(kinds('Judging whether a marked area is a true lesion is not the software\'s job.'), []);
  });
});

describe('stop 47: handover to-do lines', () => {
  test('a doctor named by an initial or a name, then an infinitive, is the one who does it', () => {
    assert.deepEqual(kinds('Dr B (registrar) to review the trend and decide whether the dose changes.'), ['physician-interprets']);
    assert.deepEqual(kinds('Dr Okafor to decide whether the antibiotic continues after the ward round.'), ['physician-interprets']);
    assert.equal(agent('Dr B (registrar) to review the trend and decide whether the dose changes.'), 'physician');
  });

  test('a thing before an infinitive, or a study\'s sentence, keeps its reading', () => {
    assert.deepEqual(kinds('A tool to detect fractures on wrist radiographs.'), ['assistive']);
    assert.deepEqual(kinds('Radiologists to read the scans were recruited from three sites.'), []);
  });
});

describe('stop 47: a diagnosis made elsewhere', () => {
  test('", which is where the diagnosis is made" points to the other test, not the software', () => {
    assert.deepEqual(kinds('A positive screen sends the child on to audiology, which is where the diagnosis is made.'), []);
  });

  test('a measurement there is still the software\'s; a diagnosis made without a reader still reads', () => {
    assert.deepEqual(kinds('The portal, which is where the risk score is calculated, shows the trend.'), ['augmentative']);
    assert.deepEqual(kinds('The software reads the film and the diagnosis is made without a reader.'), ['autonomous']);
  });
});

describe('stop 47: devices that act', () => {
  test('an optimiser or a microcontroller is the device; dwell times are the dose', () => {
    assert.deepEqual(kinds('The optimiser decides the dwell times at every needle position.'), ['autonomous']);
    assert.deepEqual(kinds('Its microcontroller steps up the stimulation whenever the wound readings worsen.'), ['autonomous']);
    assert.deepEqual(kinds('Dwell times were shorter with the new planner.'), []);
    assert.deepEqual(kinds('Nurses step up the checks at night.'), []);
  });

  test('an event the device detected, as the subject, stands for the device acting', () => {
    assert.deepEqual(kinds('A detected fall sets off the airbags before the hip hits the floor.'), ['autonomous']);
    assert.deepEqual(kinds('A sensed arrhythmia triggers a shock.'), ['autonomous']);
    assert.deepEqual(kinds('A detected fall is logged.'), []);
  });

  test('a rules engine that orders tests on its own', () => {
    assert.deepEqual(kinds('The rules engine orders the confirmatory test on its own when a screen is positive.'), ['autonomous']);
    assert.deepEqual(kinds('The physician orders the confirmatory test.'), []);
  });
});

describe('stop 47: outputs in other words', () => {
  test('a subtype the lesion is put in characterises it (augmentative)', () => {
    assert.deepEqual(kinds('The output assigns each tumour to one of three subtypes.'), ['augmentative']);
  });

  test('a case over the threshold, or flagged as a finding, in the present, is flagged by the software', () => {
    assert.deepEqual(kinds('A sample above the cut-off is flagged as probably haemolysed.'), ['assistive']);
    assert.deepEqual(kinds('Studies are flagged as urgent.'), ['assistive']);
    assert.deepEqual(kinds('Samples were flagged as contaminated in 3 % of runs.'), []);
  });

  test('an alert "thrown" is raised', () => {
    assert.deepEqual(kinds('The bed sensor threw an exit alert at 0215.'), ['assistive']);
    assert.deepEqual(kinds('The nurse threw the dressing away.'), []);
  });
});

describe('stop 47: nobody reads', () => {
  test('a reader coordinated with a named physician reads too: denied, nobody does', () => {
    assert.deepEqual(kinds('No ophthalmologist or grader looks at the photographs before the result goes out.'), ['autonomous']);
    assert.deepEqual(kinds('Clinical experts and regional health authorities reviewed the content last year.'), []);
  });

  test('"nobody in the clinic", "nobody on the ward": past a place, and each output named', () => {
    assert.deepEqual(kinds('Nobody in the clinic signs off each one.'), ['autonomous']);
    assert.deepEqual(kinds('Nobody on the ward checks the dose before the pump gives it.'), ['autonomous']);
    assert.deepEqual(kinds('Nobody reads the manual.'), []);
  });

  test('a "no" on an object or after "there is" negates no later clause', () => {
    // (the report used to be read as negated, so "with no radiologist involved" read as a physician's reading)
    assert.deepEqual(kinds('The software, where it finds no abnormality, issues a final report with no radiologist involved.'), ['autonomous']);
    assert.deepEqual(kinds('The follow-up interval itself is chosen by the radiologist and the thoracic MDT.'), []);
  });
});
