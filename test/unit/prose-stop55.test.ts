/**
 * Stop 55 of the prose analysis (issue 9): readings missing in the batch built blind in stop 54 (AP: h250-h256), opened
 * this stop: options offered as alternatives ("(A) …, (B) …, or (C) …") and the list markers they use; a question the
 * wh-word of which the tagger took for a relative pronoun; "500 ms." before a capital; a processor as the software; an
 * energy device holding the tissue at a level or turning its power up or down on what its probes read; a decision
 * "decided by the controller" after a subject clause; a therapy decision that is "the machine's call"; a judgement made by,
 * grading carried out by, and work left with a physician; and "I" who makes the call; then (round 2) a case that gets the
 * software's tag or banner or goes to the top of the list, an order the software places itself, a therapy started by the
 * machine on what it senses, and a choice that stays with a physician; then (round 3) how much power an energy device works
 * out to use, and the doctor who speaks a transcript's turn. Every sentence here was written for this file; each group keeps
 * a close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tags } from './helpers';
import { analyseSentence, findCues } from '../../src/core/prose';
import { tokenize } from '../../src/core/prose/tokens';
import { sentences } from '../../src/core/prose/sentences';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);
const sentenceCount = (text: string): number => sentences(tokenize(text)).length;

describe('stop 55: options offered as alternatives', () => {
  test('lettered options joined by "or" assert none of what they list', () => {
    assert.deepEqual(kinds('(A) It grades the polyp, (B) it measures the polyp, (C) it sends the patient for surgery, or (D) it outlines the polyp for the endoscopist.'), []);
    assert.deepEqual(kinds('A) It scores the wound, B) it treats the infection, or C) it marks the wound edge.'), []);
  });

  test('the statement before the options keeps its reading; the options after it do not add one', () => {
    assert.deepEqual(phrases('The monitor flags each pause, and the exam asks whether (a) it measures the pause, (b) it treats it, or (c) it marks it.'), ['assistive: flags']);
  });

  test('a list of what the software does, joined by "and", states every item', () => {
    assert.deepEqual(phrases('The program (a) outlines the liver, (b) computes its volume and (c) flags a volume below range.'), ['assistive: outlines', 'augmentative: computes', 'assistive: flags']);
    assert.deepEqual(tags('The program (a) outlines the liver, (b) computes its volume.').slice(2, 10), ['(/punct', 'a/punct', ')/punct', 'outlines/verb', 'the/det', 'liver/noun', ',/punct', '(/punct']);
  });

  test('"Which statement best describes …?" asks, though "which" opens a relative clause elsewhere', () => {
    assert.deepEqual(kinds('Which statement best characterizes the role of this monitor?'), []);
    assert.deepEqual(kinds('The report lists which vessels the software measures.'), ['augmentative']);
  });

  test('a unit of time after a number ends its sentence before a capital; a title does not', () => {
    assert.equal(sentenceCount('The QT interval was 510 ms. Which finding does the alert show?'), 2);
    assert.equal(sentenceCount('The pause lasted 12 sec. The pacemaker then paced.'), 2);
    assert.equal(sentenceCount('The scan was read by Ms. Okoro, the sonographer.'), 1);
  });
});

describe('stop 55: the processor is the software', () => {
  test('"a processor configured to …" does what it is configured to do', () => {
    assert.deepEqual(kinds('The processor is configured to mark the frame as showing a tear.'), ['assistive']);
    assert.deepEqual(kinds('The processor is configured to calculate a stiffness value for each segment.'), ['augmentative']);
  });
});

describe('stop 55: an energy device that holds its own level', () => {
  test('power adjusted from what the probes read, or to hold the tissue at a temperature', () => {
    assert.deepEqual(phrases('The generator adjusts power continuously from the probe readings.'), ['autonomous: adjusts power continuously from the probe readings']);
    assert.deepEqual(kinds('The controller adjusts the energy to hold the tissue near 70 °C.'), ['autonomous']);
  });

  test('"turns the power up or down as the impedance changes": only with the particle and what is read', () => {
    assert.deepEqual(kinds('The console turns the power up or down as the impedance changes.'), ['autonomous']);
    assert.deepEqual(kinds('The console turns the power down.'), []);
    assert.deepEqual(kinds('The surgeon turns the power up or down as the impedance changes.'), []);
    assert.deepEqual(kinds('The viewer turns the brightness up as the room darkens.'), []);
  });

  test('"how much energy goes in is decided by the controller": the machine after "decided by"', () => {
    assert.deepEqual(phrases('How much energy goes in at each spot is decided by the controller.'), ['autonomous: decided by the controller']);
    assert.deepEqual(kinds('The reading order is decided by the algorithm.'), []);
  });

  test('a therapy decision that is "the machine\'s call" or "the generator\'s job"', () => {
    assert.deepEqual(phrases('When to stop heating is the console\'s call, not mine.'), ['autonomous: is the console\'s call']);
    assert.deepEqual(phrases('The power balancing is the generator\'s job.'), ['autonomous: is the generator\'s job']);
    assert.deepEqual(kinds('When to stop heating is not the console\'s call.'), []);
    assert.deepEqual(kinds('Cleaning the probe is the unit\'s job.'), []);
    assert.deepEqual(kinds('When to stop heating is the surgeon\'s call.'), ['physician-interprets']);
  });
});

describe('stop 55: the physician\'s judgement, said with a noun', () => {
  test('"final judgement is made by", "remains the work of", "is carried out by"', () => {
    assert.deepEqual(kinds('Final judgement on the stroke risk is always made by the neurologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('Reading the traces and the diagnosis remain the work of the cardiologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The interpretation is carried out by the pathologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The scan is carried out by the radiographer.'), []);
  });

  test('"I" who makes the call or reads the curves is the clinician; "we" may be the maker', () => {
    assert.deepEqual(phrases('The monitor gives no verdict, so I read the curves and make that call myself.'), ['physician-interprets: I read', 'physician-interprets: make that call']);
    assert.deepEqual(kinds('I make the call to the ward.'), []);
    assert.deepEqual(kinds('We make the diagnosis quicker.'), []);
  });
});

describe('stop 55 round 2: what happens to the case, the order and the therapy', () => {
  test('a case that gets a tag or a banner, comes back as flags, or goes to the top of the list is flagged', () => {
    assert.deepEqual(phrases('A scan with enough suspicious slices gets a possible-fracture banner in the worklist.'), ['assistive: gets a possible-fracture banner']);
    assert.deepEqual(kinds('The two results come back as flags on the study list.'), ['assistive']);
    assert.deepEqual(kinds('Each positive study goes to the top of the reading list.'), ['assistive']);
  });

  test('a sample labelled, a patient tagged, or a patient at the top of a waiting list is no flag', () => {
    assert.deepEqual(kinds('Each tube gets a barcode label.'), []);
    assert.deepEqual(kinds('The patient gets a tag on the wrist.'), []);
    assert.deepEqual(kinds('The patient goes to the top of the waiting list.'), []);
  });

  test('an order the software places or writes itself is its own care decision; the team\'s is not', () => {
    assert.deepEqual(kinds('When the score crosses its threshold, the model places the imaging order itself.'), ['autonomous']);
    assert.deepEqual(kinds('The system wrote the flu vaccine order itself at discharge.'), ['autonomous']);
    assert.deepEqual(kinds('The team places the order itself.'), []);
  });

  test('a therapy started by the machine on what it senses', () => {
    assert.deepEqual(kinds('Each stimulation burst is triggered by the implant according to the recorded nerve response.'), ['autonomous']);
    assert.deepEqual(kinds('Every contraction is initiated by the therapist.'), []);
  });

  test('a choice that stays with a physician, or that "I" make', () => {
    assert.deepEqual(kinds('The choice of antibiotic stays with the infectious disease physician.'), ['physician-interprets']);
    // (making the choice among what the software offers is how a Level I autonomous output takes effect, so it is no reading
    // against autonomy; the speaker who makes it is the clinician all the same)
    assert.equal(analyseSentence('In the end I make the choice with the family.').agent, 'physician');
    assert.deepEqual(kinds('In the end I make the choice with the family.'), []);
  });
});

describe('stop 55 round 3: an energy dose and a doctor\'s turn of speech', () => {
  test('"works out how much power to use" chooses the energy device\'s dose', () => {
    assert.deepEqual(kinds('From the cavity size the generator works out how much power to use.'), ['autonomous']);
    assert.deepEqual(kinds('The controller calculates how much energy to deliver at each site.'), ['autonomous']);
  });

  test('the power in an EEG band stays a quantity', () => {
    assert.deepEqual(kinds('The software calculates how much power each frequency band holds.'), ['augmentative']);
  });

  test('"I" and "we" in a turn a doctor\'s title opens are the doctor', () => {
    assert.equal(analyseSentence('Dr Mensah: We check the trend and decide with the family.').agent, 'physician');
    assert.deepEqual(kinds('DR ABARA: I look at both numbers and decide whether to operate.'), ['physician-interprets']);
    assert.deepEqual(kinds('PATIENT: I look at the numbers every morning.'), []);
    assert.deepEqual(kinds('Dr Mensah said we should buy the monitor.'), []);
  });

  test('the machine\'s call stays the machine\'s in a doctor\'s turn', () => {
    assert.deepEqual(kinds('DR ABARA: I keep watching, but when to stop is the generator\'s call.'), ['autonomous']);
  });
});
