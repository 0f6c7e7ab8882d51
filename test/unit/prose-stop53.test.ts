/**
 * Stop 53 of the prose analysis (issue 9): readings missing in the batch built blind in stop 52 (AN: h236-h242), opened
 * this stop: a device that decides a therapy is needed, in a that-clause; "that" as a determiner after a preposition; a
 * past verb before a person's object pronoun (and "re-" before a known verb); the output's label before "="; "once more"
 * as an adverb; a finding the physician stays responsible for; "pass" and "become" as verbs; an order by likelihood; then
 * (round 2) a change that waits for nobody; and (round 3) an output that stays on the screen. Every sentence here was
 * written for this file; each group keeps a close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tags } from './helpers';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe('stop 53: the software decides a therapy is needed', () => {
  test('"decides (that) a shock is needed", "decided it needed a shock" are the therapy decision', () => {
    assert.deepEqual(phrases('The trainer unit decides that a shock is warranted and arms itself.'), ['autonomous: decides that a shock is warranted']);
    assert.deepEqual(phrases('Once the algorithm decides cardioversion is indicated, the capacitor charges.'), ['autonomous: decides cardioversion is indicated']);
    assert.deepEqual(kinds('The wearable vest analysed the rhythm, decided it required defibrillation, and warned the wearer before firing.'), ['assistive', 'autonomous']);
  });

  test('a person deciding, a denial or an indirect question keeps its older reading', () => {
    assert.deepEqual(kinds('The paramedic decided the patient needed a shock.'), []);
    assert.deepEqual(kinds('The device never decides that a shock is needed; it only records the rhythm.'), []);
    assert.deepEqual(kinds('The unit decides that the electrodes are attached before it records.'), []);
  });
});

describe('stop 53: "that" after a preposition, and a past verb before "him" or "me"', () => {
  test('"listens to that cough", "based on that value": "that" before a lone noun is a determiner', () => {
    assert.deepEqual(tags('The phone listens to that cough through its microphone.').slice(3, 6), ['to/to', 'that/det', 'cough/noun']);
    assert.deepEqual(phrases('The app records the cough, listens to that sound closely and works out estimates of the lung volume.'), ['augmentative: works']);
  });

  test('"in that", "except that" still open a clause', () => {
    assert.deepEqual(tags('It differs in that the output is a number.').slice(2, 4), ['in/prep', 'that/sub']);
    assert.deepEqual(tags('It changes the rate so that the pressure holds.').slice(4, 6), ['so/sub', 'that/sub']);
  });

  test('"and told him whether to shock", "and gave me a score": the past form is the next verb', () => {
    assert.deepEqual(tags('The box analysed my rhythm and told him whether to shock.').slice(5, 8), ['and/cc', 'told/verb', 'him/noun']);
    assert.deepEqual(kinds('It checked the rhythm once more and told him whether to shock or carry on with compressions.'), ['autonomous']);
    assert.deepEqual(tags('It checked the rhythm once more.').slice(4, 6), ['once/adv', 'more/adv']);
    assert.deepEqual(tags('The kiosk asked me four questions and gave me a score.').slice(6, 8), ['and/cc', 'gave/verb']);
  });

  test('a participle before a plain noun stays an adjective', () => {
    assert.deepEqual(tags('Each image and printed report goes to the chart.').slice(2, 4), ['and/cc', 'printed/adj']);
  });
});

describe('stop 53: the label of the output before "="', () => {
  test('"Output = …", "Outputs = …" read as "Output: …"', () => {
    assert.deepEqual(kinds('Output = mean nerve fibre density per square millimetre.'), ['augmentative']);
    assert.deepEqual(kinds('Outputs = a box around each suspected polyp.'), ['assistive']);
  });

  test('any other label before "=" is no output', () => {
    assert.deepEqual(kinds('Reference = the tape length measured by two nurses.'), []);
    assert.deepEqual(kinds('Gold standard = lengths measured by hand in the lab.'), []);
  });
});

describe('stop 53: a finding the physician stays responsible for', () => {
  test('"stays responsible for identifying the vessel" is the physician\'s own reading', () => {
    assert.deepEqual(phrases('The operating surgeon stays responsible for identifying the recurrent laryngeal nerve.'), ['physician-interprets: surgeon stays responsible for identifying']);
    assert.deepEqual(kinds('Endoscopists remain ultimately responsible for recognising every lesion on the screen.'), ['physician-interprets']);
  });

  test('a past trial arm, a denial or the software being responsible keeps its older reading', () => {
    assert.deepEqual(kinds('In the control arm, endoscopists were responsible for spotting the polyps.'), []);
    assert.deepEqual(kinds('The surgeon is not responsible for locating every fragment.'), []);
  });
});

describe('stop 53: "pass" and "become" as verbs', () => {
  test('"each slide passes through a classifier that marks …": the relative clause is the software\'s', () => {
    assert.deepEqual(kinds('Each smear passes through a small classifier that marks cells likely to be blasts.'), ['assistive']);
    assert.deepEqual(tags('The finished report passes to the ward.').slice(2, 5), ['report/noun', 'passes/verb', 'to/to']);
  });

  test('a counted plural "passes" stays a noun', () => {
    assert.deepEqual(tags('Two passes of the probe are enough.').slice(0, 3), ['two/det', 'passes/noun', 'of/prep']);
  });
});

describe('stop 53: an order by likelihood', () => {
  test('"sorts patients by how likely they are to …", "ranks them by their probability of …" give the likelihood', () => {
    assert.deepEqual(phrases('The model sorts admitted children by how likely they are to need intensive care.'), ['augmentative: sorts admitted children by how likely']);
    assert.deepEqual(kinds('The tool orders the ward list by the probability of a fall.'), ['augmentative']);
  });

  test('an order by urgency, or a study that sorted patients, keeps its older reading', () => {
    assert.deepEqual(kinds('The software orders the reading list by urgency.'), ['assistive']);
    assert.deepEqual(kinds('Patients were sorted by how likely they were to need a ventilator.'), []);
  });
});

describe('stop 53: a change that waits for nobody', () => {
  test('"never waits for a doctor", "none of this waits for a clinician": nobody stands between output and effect', () => {
    assert.deepEqual(phrases('The new infusion rate never waits for a physician.'), ['autonomous: waits for a physician']);
    assert.deepEqual(kinds('None of this waits for a clinician; the stimulator retimes itself.'), ['autonomous']);
    assert.deepEqual(kinds('Neither adjustment waits for the ward nurses to sign it off.'), ['autonomous']);
  });

  test('"with nobody approving each pulse", "with no one looking at the slides"', () => {
    assert.deepEqual(phrases('It fires the next train of pulses with nobody approving each one.'), ['autonomous: with nobody approving']);
    assert.deepEqual(kinds('Negative smears are closed with no one looking at the slides.'), ['autonomous']);
    assert.deepEqual(kinds('The controller re-tunes its gain overnight, with nobody reprogramming the pump.'), ['autonomous']);
  });

  test('a wait that is not denied, a wait for no person, and nobody doing a chore stay unread', () => {
    assert.deepEqual(kinds('Each change of setting has to wait for the next clinic visit.'), []);
    assert.deepEqual(kinds('The reading does not wait for the upload to finish.'), []);
    assert.deepEqual(kinds('The file goes to the archive overnight, with nobody copying it by hand.'), []);
    assert.deepEqual(kinds('Users between the two cut-offs are advised to re-check their hearing in a month.'), []);
  });
});

describe('stop 53: an output that stays on the screen, and the plural that opens a sentence', () => {
  test('"the risk scores stay on the main screen": an output noun kept in view is shown', () => {
    assert.deepEqual(phrases('The deterioration scores stay on the ward dashboard all shift.'), ['augmentative: scores']);
    assert.deepEqual(kinds('The stroke alert remains on the display until someone acknowledges it.'), ['assistive']);
    assert.deepEqual(tags('The risk scores stay on the main screen.').slice(2, 4), ['scores/noun', 'stay/verb']);
  });

  test('staying anywhere else, or a comparison of degree, shows nothing', () => {
    assert.deepEqual(kinds('The ejection fraction remains low in most of these patients.'), []);
    assert.deepEqual(kinds('Higher scores go with a greater chance of relapse.'), []);
    assert.deepEqual(tags('Higher scores go with a greater chance of relapse.').slice(1, 3), ['scores/noun', 'go/noun']);
  });
});
