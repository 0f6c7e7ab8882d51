/**
 * Stop 57 of the prose analysis (issue 9): readings missing in the batch built blind in stop 56 (AR: h264-h270), opened
 * this stop: the software telling someone what to do for the patient ("tells the hiker to descend", "how many units to
 * give", "a plan telling the shift worker when to sleep", "advice on how the overdose should be treated"); an order or a
 * medicine that ends with nobody ending it; "and, <aside>, places …" keeping its subject; nothing left for a laboratory
 * reader to read; a flag raised when a limit is crossed; a message to the duty pharmacist; "the classifiers look through";
 * a change made breath by breath; a robot or controller that stops or aspirates on its own. Every sentence here was
 * written for this file; each group keeps a close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tags } from './helpers';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe('stop 57: the software tells someone what to do for the patient', () => {
  test('told to do an act of care, or how much of a medicine to give', () => {
    assert.deepEqual(phrases('The app tells the hiker to descend at once when the oxygen debt passes the upper limit.'), ['autonomous: tells the hiker to descend']);
    assert.deepEqual(phrases('The calculator tells the nurse how many units of insulin to give for the meal.'), ['autonomous: tells the nurse how many units of insulin to give']);
    assert.deepEqual(phrases('It tells you what to eat before the long run.'), ['autonomous: tells you what to eat']);
  });

  test('a plan the software draws up that tells when to act, and advice on how the patient should be treated', () => {
    assert.deepEqual(phrases('From the sleep data it draws up a weekly plan telling the shift worker when to sleep and when to avoid caffeine.'), ['autonomous: telling the shift worker when to sleep']);
    assert.deepEqual(phrases('The program gives advice on how the overdose should be treated.'), ['autonomous: gives advice on how the overdose should be treated']);
    assert.deepEqual(phrases('The triage engine offers a treatment suggestion for each wound.'), ['autonomous: offers a treatment suggestion']);
  });

  test('a reading, a technique, a slide to look at, a referral on, a denial or a nurse keep their readings', () => {
    assert.deepEqual(phrases('The app tells the user when to take a reading.'), ['assistive: tells the user when']);
    assert.deepEqual(phrases('It tells you how to inject the insulin.'), ['assistive: tells you how']);
    assert.deepEqual(kinds('It suggests which slide to look at next.'), []);
    assert.deepEqual(kinds('The app advises the user to seek medical advice if the pain persists.'), []);
    assert.deepEqual(kinds('It does not tell the patient how much insulin to give.'), []);
    assert.deepEqual(kinds('The nurse tells the patient what to eat.'), []);
  });
});

describe('stop 57: an order or a medicine that ends with nobody ending it', () => {
  test('orders that expire on their own, an order the record system cancels, a medicine stopped without anyone', () => {
    assert.deepEqual(phrases('The restraint orders expire on their own after 24 hours.'), ['autonomous: orders expire on their own']);
    assert.deepEqual(tags('The restraint orders expire on their own.').slice(2, 4), ['orders/noun', 'expire/verb']);
    assert.deepEqual(phrases('The record system cancels the sedation order automatically at midnight.'), ['autonomous: cancels the sedation']);
    assert.deepEqual(phrases('The prophylactic antibiotic stopped on day two without anyone having to discontinue it.'), ['autonomous: without anyone having to discontinue']);
  });

  test('the order of a list, an order a doctor renews and a denial are no such act', () => {
    assert.deepEqual(kinds('The order of the worklist changes automatically.'), []);
    assert.deepEqual(kinds('Orders lapse after 24 hours unless a doctor renews them.'), []);
    assert.deepEqual(kinds('The orders never expire on their own.'), []);
  });
});

describe('stop 57: the subject kept past an aside after "and"', () => {
  test('"checked each discharge and, for every patient on warfarin, placed …"', () => {
    assert.deepEqual(phrases('The rules engine checked each discharge and, for every patient on warfarin, placed a follow-up order by itself.'), ['autonomous: placed a follow-up order']);
    assert.deepEqual(phrases('The rules engine checks each discharge and, for every patient on warfarin, places a follow-up order by itself.'), ['autonomous: places a follow-up order']);
    assert.deepEqual(kinds('The nurse checked the chart and, after the round, signed the form.'), []);
  });
});

describe('stop 57: nothing left for a laboratory reader to read', () => {
  test('"with no bands for a scientist to read" is a result nobody reads; bands left for a scientist are not', () => {
    assert.deepEqual(phrases('The platform reports the genotype with no bands for a scientist to read.'), ['autonomous: with no bands for a scientist to read']);
    assert.deepEqual(kinds('The platform reports the genotype with bands for a scientist to read.'), []);
  });
});

describe('stop 57: notifications', () => {
  test('a record flagged when a limit is crossed, a message to the duty pharmacist, classifiers that look through the nights', () => {
    assert.deepEqual(phrases('If a weight crosses the centile limit, the record is flagged.'), ['assistive: flagged']);
    assert.deepEqual(kinds('When a patient is admitted, the record is opened.'), []);
    assert.deepEqual(phrases('The system emails the duty pharmacist when a level is critical.'), ['assistive: emails the duty pharmacist']);
    assert.deepEqual(phrases('The classifiers look through each night of recording and flag the nights with long pauses.'), ['assistive: flag']);
  });
});

describe('stop 57: a device acting on the patient by itself', () => {
  test('a change made breath by breath, a saw stopped on its own, fragments aspirated by the robot itself', () => {
    assert.deepEqual(phrases('The pulse generator turns the stimulation up or down, breath by breath, to keep the airway open.'), ['autonomous: turns the stimulation']);
    assert.deepEqual(phrases('The controller stops the saw on its own when the blade reaches the far cortex.'), ['autonomous: stops the saw']);
    assert.ok(kinds('The robot locates the stone fragments and aspirates them itself.').includes('autonomous'));
  });

  test('a physiotherapist who turns it up step by step is no device acting', () => {
    assert.deepEqual(kinds('The physiotherapist turns the stimulation up or down, step by step.'), []);
  });
});

describe('stop 57, round 2: who decides, who orders, who presses', () => {
  test('"Whether the value moves is the audiologist\'s decision, not the software\'s": a subject clause with its contrast', () => {
    assert.deepEqual(phrases('Whether the threshold shifts is the audiologist\'s decision, not the software\'s.'), ['physician-interprets: is the audiologist\'s decision']);
    assert.deepEqual(tags('Whether the threshold shifts is the audiologist\'s decision.').slice(2, 5), ['threshold/noun', 'shifts/verb', 'is/be']);
    // a plural subject keeps its noun: "Whether the results are …"
    assert.deepEqual(tags('Whether the scan results are final is the radiologist\'s decision.').slice(3, 5), ['results/noun', 'are/be']);
  });

  test('an order nobody had to place, a change with nobody at the bedside pressing, a dose the system pre-selects', () => {
    assert.deepEqual(phrases('For a year the laboratory system added a TSH to every sample from women over sixty without anyone having to order it.'), ['autonomous: without anyone having to order']);
    assert.deepEqual(phrases('The pump corrects the rate with nobody at the bedside pressing a button.'), ['autonomous: with nobody at the bedside pressing']);
    assert.deepEqual(phrases('The system preselects the anticoagulant dose for each patient.'), ['autonomous: preselects the anticoagulant dose']);
  });

  test('a surgeon who pre-selects, and a denial before "without", are no such act', () => {
    assert.deepEqual(kinds('The surgeon preselects the implant size before the operation.'), []);
    assert.deepEqual(kinds('It never adds a test without anyone having to order it.'), []);
  });
});

describe('stop 57, round 3: a laboratory answer', () => {
  test('"a yes or no answer" denies nothing, so a scientist left out is left out', () => {
    assert.deepEqual(phrases('It gives a yes or no answer for each of the three mutations without a scientist reviewing the raw data.'), ['autonomous: without a scientist reviewing']);
    assert.deepEqual(phrases('The laboratory scientist reviews each run before release.'), ['physician-interprets: scientist reviews']);
  });

  test('one who only loads the cartridge reads nothing; a technician who reads the bands does', () => {
    assert.deepEqual(phrases('The operator loads the cartridge and the system displays MRSA DETECTED or MRSA NOT DETECTED.'), ['autonomous: displays MRSA DETECTED or MRSA NOT DETECTED']);
    assert.deepEqual(kinds('The technician loads the cartridge and reads the bands as positive or negative.').includes('autonomous'), false);
    assert.deepEqual(kinds('The operator loads the cartridge and the pathologist reports the result as positive or negative.').includes('autonomous'), false);
  });
});
