/**
 * Stop 52 of the prose analysis (issue 9): readings missing in the batch built blind in stop 51 (AM: h229-h235), opened
 * this stop: a study's field labels, a review timed by routine follow-up put first, a rhythm device or an insulin loop that
 * resets how it senses, a conclusion the software arrives at, a setting chosen for the wearer, a verdict pair in the passive,
 * "am" as the time of day; then (round 2) a belief in the past perfect, a presence asked past an aside, the patients a team
 * finds eligible, and a plural subject that opens the sentence; and the passage reading over the sentence model's where no
 * phrase names a class. Every sentence here was written for this file; each group keeps a close wording whose older
 * reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tags } from './helpers';
import { analyseSentence, findCues } from '../../src/core/prose';
import { withPassage } from '../../src/core/prose/backoff';
import type { PassageReading } from '../../src/core/prose/passage';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe("stop 52: a study's field labels", () => {
  test('what follows "Secondary outcomes:", "Comparator:" or "Inclusion criteria:" is the study, not the software', () => {
    assert.deepEqual(kinds('Secondary outcomes: anxiety scores, analgesic use and days in hospital.'), []);
    assert.deepEqual(kinds('Outcome measures: weeks until the dose is stable and the count of bleeds.'), []);
    assert.deepEqual(kinds('3.1 Primary endpoint: the share of films the model grades as the panel does.'), []);
    assert.deepEqual(kinds('Inclusion criteria: adults whose tracing the software classifies as atrial flutter.'), []);
  });

  test('labels that may describe the product are read as usual', () => {
    assert.deepEqual(kinds('Intervention: the software measures both femoral heads and gives the offset in millimetres.'), ['augmentative']);
    assert.deepEqual(kinds('How it works: the model estimates the ejection fraction from two apical views.'), ['augmentative']);
    assert.deepEqual(kinds('The study design is simple, and the software computes the score for each patient.'), ['augmentative']);
  });
});

describe('stop 52: a review at routine follow-up, put first', () => {
  test('"At every follow-up the electrophysiologist reviews the stored episodes" oversees the therapy after the fact', () => {
    assert.deepEqual(kinds('At every follow-up the electrophysiologist reviews the stored electrograms of treated episodes and adjudicates each call.'), []);
    assert.deepEqual(kinds('At each check, the device clinic physician reviews the logged episodes and changes the preset if needed.'), []);
  });

  test('a gate after the review, or an occasion that is no routine visit, keeps the reading', () => {
    assert.deepEqual(kinds('At every visit the cardiologist reviews the new alerts before the plan is changed.'), ['physician-interprets']);
    assert.deepEqual(kinds('At the start of the list, the radiologist reviews each flagged study.'), ['physician-interprets']);
  });
});

describe('stop 52: a device that resets how it senses', () => {
  test('a pacemaker or defibrillator resetting its own sensing, or a loop its insulin sensitivity, changes the therapy', () => {
    assert.deepEqual(phrases('Depending on how the measured amplitudes trend, it reprograms the atrial sensitivity itself.'), ['autonomous: reprograms the atrial sensitivity']);
    assert.deepEqual(kinds('The defibrillator resets its sensing threshold beat by beat from the peaks it tracks.'), ['autonomous']);
    assert.deepEqual(kinds('After each paced beat it lowers the ventricular threshold to the programmed minimum.'), ['autonomous']);
  });

  test('a physician changing it, a denial, or a detector tuned for sensitivity stays as it was', () => {
    assert.deepEqual(kinds('The physician reprograms the atrial sensitivity at the visit.'), []);
    assert.deepEqual(kinds('The device does not change the ventricular sensitivity on its own.'), []);
    assert.deepEqual(kinds('The algorithm was tuned to a sensitivity of 95 percent for atrial fibrillation.'), []);
  });
});

describe('stop 52: a conclusion the software arrives at', () => {
  test('"arrives at", "comes up with" and "works out" a diagnosis or the likely cause: the software concludes', () => {
    assert.deepEqual(phrases('From the answers it arrives at the most likely diagnosis.'), ['autonomous: arrives at the most likely diagnosis']);
    assert.deepEqual(kinds('The app comes up with the likely cause of the rash.'), ['autonomous']);
    assert.deepEqual(kinds('It works out the most likely diagnosis from the history.'), ['autonomous']);
  });

  test('options, a quantity, a denial or a hedge stay as they were', () => {
    assert.deepEqual(kinds('The app comes up with questions to ask the doctor.'), []);
    assert.deepEqual(kinds('It works out the volume from the traced outline.'), ['augmentative']);
    assert.deepEqual(kinds('It does not arrive at a diagnosis; that is left to the physician.'), ['physician-interprets']);
    assert.deepEqual(kinds('The tool may come up with the likely cause, which the physician weighs.'), []);
  });
});

describe('stop 52: a setting chosen for the wearer', () => {
  test('"picks the programme for them": a setting chosen for a lay person is chosen in their place', () => {
    assert.deepEqual(kinds('It learns what the wearer likes and then picks the program for them.'), ['autonomous']);
    assert.deepEqual(kinds('The app chooses the right insulin dose for you.'), ['autonomous']);
  });

  test('a person choosing, help to choose, or the people a product is for stay as they were', () => {
    assert.deepEqual(kinds('The audiologist chooses the program for the wearer.'), []);
    assert.deepEqual(kinds('The app helps you choose the right program.'), []);
    assert.deepEqual(kinds('The pump delivers basal insulin at rates the user selects, for people with diabetes aged 16 and over.'), []);
  });
});

describe('stop 52: a verdict pair in the passive', () => {
  test('"every mark is accepted or dismissed by the radiologist" is a reading, active or passive', () => {
    assert.deepEqual(kinds('Every mark is accepted or dismissed by the radiologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The radiologist accepts or dismisses every mark.'), ['physician-interprets']);
    assert.deepEqual(kinds('The dose is accepted or rejected by the patient.'), []);
    assert.deepEqual(kinds('Proposals were accepted or rejected by the committee.'), []);
  });
});

describe('stop 52: the time of day', () => {
  test('"At 8 am the radiologist reviews …": "am" after a number is no verb', () => {
    assert.deepEqual(kinds('At 8 am the radiologist reviews the flagged studies.'), ['physician-interprets']);
    assert.deepEqual(kinds('I am 54 and the app flags my irregular beats.'), ['assistive']);
  });
});

describe('stop 52, round 2: what someone had assumed', () => {
  test('"I\'d assumed the app was making the diagnosis": a belief in the past perfect claims nothing', () => {
    assert.deepEqual(kinds("Thanks, I'd assumed the app was making the diagnosis by itself."), []);
    assert.deepEqual(kinds('We had supposed that the program set the dose on its own.'), []);
    assert.deepEqual(kinds('It turns out the app sets the dose on its own.'), ['autonomous']);
  });
});

describe('stop 52, round 2: a presence asked past an aside', () => {
  test('"reports whether that stiffness, which neurologists call rigidity, seems to be present" is a detection', () => {
    assert.deepEqual(kinds('The app films the hand and reports whether that stiffness, which neurologists call rigidity, seems to be present.'), ['assistive']);
    assert.deepEqual(kinds('The app tells the patient whether atrial fibrillation is present.'), ['autonomous']);
  });
});

describe('stop 52, round 2: the patients a team finds eligible', () => {
  test('"decides which babies are eligible" chooses who takes part; it reads no output', () => {
    assert.deepEqual(kinds('The neonatology team decides which babies are eligible and follows their weight.'), []);
    assert.deepEqual(kinds('The cardiologist decides which patients need treatment based on the alert.'), ['physician-interprets']);
  });
});

describe('stop 52, round 2: a plural subject that opens the sentence', () => {
  test('"Alerts come in three tiers": the opening -s word before a bare verb of coming or staying is a noun', () => {
    assert.deepEqual(tags('Alerts come in three tiers.').slice(0, 2), ['alerts/noun', 'come/verb']);
    assert.deepEqual(tags('Reports stay with the reading radiologist.').slice(0, 2), ['reports/noun', 'stay/verb']);
    // (an -s verb that opens a list item keeps its object: "Flags suspected bleeds on the worklist")
    assert.deepEqual(tags('Flags suspected bleeds on the worklist.').slice(0, 1), ['flags/verb']);
  });
});

describe('stop 52: the passage reading over the sentence reading', () => {
  const counts = { assistive: 0, augmentative: 0, autonomous: 0, 'physician-interprets': 0 };
  const passage = (p: number): PassageReading => ({ kind: 'augmentative', p, sentences: 6, words: ['estimate', 'volume'] });
  test('where no phrase names a class, a passage read as another class at 60 % or more replaces the sentence model\'s reading', () => {
    const sentences = { suggested: 'assistive' as const, counts, reason: 'no phrase names a class; the wording of 2 sentences reads most like assistive work (a statistical reading, not a rule)', statistical: true };
    const over = withPassage(sentences, passage(0.65));
    assert.equal(over.suggested, 'augmentative');
    assert.equal(over.statistical, true);
    assert.match(over.reason, /reads most like augmentative work .*65 % sure.*sentence by sentence it reads as assistive/);
    assert.equal(withPassage(sentences, passage(0.55)).suggested, 'assistive');
  });

  test('a class a phrase names still gives way only from 80 %', () => {
    const phrase = { suggested: 'assistive' as const, counts: { ...counts, assistive: 1 }, reason: '1 phrase suggests assistive work' };
    assert.equal(withPassage(phrase, passage(0.65)).suggested, 'assistive');
    assert.equal(withPassage(phrase, passage(0.85)).suggested, 'augmentative');
  });
});
