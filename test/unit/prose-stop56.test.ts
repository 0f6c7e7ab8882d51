/**
 * Stop 56 of the prose analysis (issue 9): readings missing in the batch built blind in stop 55 (AQ: h257-h263), opened
 * this stop: a device that slows, speeds or resizes what it does by itself (and a thing no word list names as a machine
 * doing so with an object of its own); "and" after an embedded question that ends on its copula; an act that goes ahead
 * "without waiting for" or "without" a reviewer reading or approving it, unless a denial before it makes the reviewer a
 * condition; a patient who does not wait for care; the next action or a formula the software proposes; professions by
 * their initials; the body's own blood flow; then (round 2) a case only imagined ("If such a model reached clinics, …
 * would have to …") and a formula or an order signed off; then (round 3) a guide laid over live imaging and a beep. Every
 * sentence here was written for this file; each group keeps a close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tags } from './helpers';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe('stop 56: a device that changes its own pace or fit by itself', () => {
  test('"slows or speeds … by itself" is the device acting alone', () => {
    assert.deepEqual(phrases('The pump slows or speeds the infusion by itself.'), ['autonomous: slows or speeds the infusion by itself']);
    assert.deepEqual(tags('The pump slows or speeds the infusion.').slice(2, 5), ['slows/verb', 'or/cc', 'speeds/verb']);
  });

  test('a thing no word list names still acts alone when it changes something of its own by itself', () => {
    assert.deepEqual(phrases('The drill slows its feed by itself when the bone gets harder.'), ['autonomous: slows its feed by itself']);
    // the body slowing by itself is no device, and there is nothing it changes
    assert.deepEqual(kinds('The heart rate slows by itself after the dose.'), []);
  });

  test('after an embedded question ending on its copula, "and" returns to the main subject', () => {
    assert.deepEqual(phrases('The probe senses how stiff the tissue is and speeds the ablation by itself.'), ['autonomous: speeds the ablation by itself']);
  });

  test('"narrowing" and "widening" stay findings', () => {
    assert.deepEqual(phrases('It measures joint space narrowing on each film.'), ['augmentative: measures']);
  });
});

describe('stop 56: an act that goes ahead with its reviewer left out', () => {
  test('"without waiting for a pharmacist", "without anyone reading", "with no clinician triggering"', () => {
    assert.deepEqual(kinds('The program sets the next dose without waiting for a pharmacist.'), ['autonomous']);
    assert.deepEqual(phrases('The interval is assigned without anyone reading the report first.'), ['autonomous: without anyone reading']);
    assert.deepEqual(phrases('The software decides when to stimulate, with no clinician triggering each pulse.'), ['autonomous: with no clinician triggering']);
  });

  test('"without a speech therapist having to judge it" says nobody judges, not that the therapist must', () => {
    assert.deepEqual(phrases('The app grades each attempt, without a speech therapist having to judge it.'), ['augmentative: grades', 'autonomous: without a speech therapist having to judge']);
  });

  test('a denial before "without" makes the reviewer a condition', () => {
    assert.deepEqual(kinds('The software never sends a dose without a pharmacist approving it.'), ['physician-interprets']);
  });

  test('a gerund that names the practice, and a patient who does not wait for care, are no output acting alone', () => {
    assert.deepEqual(kinds('Relying on the triage without a nurse checking the images was criticised.'), []);
    assert.deepEqual(kinds('The alarm goes to the nurse\'s phone, so a patient whose pressure drops does not wait for anyone to walk by.'), ['assistive']);
    // (the change that waits for nobody keeps its reading)
    assert.deepEqual(kinds('The new dose never waits for a doctor.'), ['autonomous']);
  });
});

describe('stop 56: the next step of care the software proposes', () => {
  test('"proposes the next action", "proposes the herbal formula it judges best"', () => {
    assert.deepEqual(phrases('For each man it proposes the next action: a repeat PSA in a year or referral to urology.'), ['autonomous: proposes the next action']);
    assert.deepEqual(phrases('The model proposes the herbal formula it judges most suitable.'), ['autonomous: proposes the herbal formula']);
  });

  test('an action potential is a quantity, and clinicians who decide on management keep their decision', () => {
    assert.deepEqual(kinds('The tool determines the action potential duration.'), []);
    assert.ok(!kinds('It assists the midwife in reading the trace, and they decide on the management of labour.').includes('autonomous'));
  });
});

describe('stop 56: people and the body', () => {
  test('professions by their initials read as the clinician', () => {
    assert.deepEqual(phrases('Your OT still interprets the score.'), ['physician-interprets: OT still interprets']);
    assert.deepEqual(phrases('The SLP reviews every recording.'), ['physician-interprets: SLP reviews']);
    assert.deepEqual(kinds('The OT department bought two tablets.'), []);
  });

  test('the body\'s own blood flow is no therapy the device changes', () => {
    assert.deepEqual(kinds('Stimulation may raise skin blood flow.'), []);
    assert.deepEqual(kinds('The controller raises the gas flow when saturation falls.'), ['autonomous']);
  });
});

describe('stop 56 (round 2): a case only imagined', () => {
  test('what a physician would have to do if the tool ever came into use says nothing of the tool as it is', () => {
    assert.deepEqual(kinds('If such a model reached clinics, a neurologist would still have to weigh its output.'), []);
    assert.deepEqual(kinds('Should the app ever be sold to clinics, a dermatologist would have to confirm each result.'), []);
    assert.deepEqual(kinds('Should the score be used, the ordering hepatologist would weigh it with the biopsy.'), []);
  });

  test('a present condition is a workflow, and a past one about the device tells how it behaved', () => {
    assert.deepEqual(phrases('If the tool flags a case, the radiologist must review it.'), ['physician-interprets: radiologist must review']);
    assert.deepEqual(kinds('If the sensor read a low, the pump would suspend the insulin by itself.'), ['autonomous']);
  });
});

describe('stop 56 (round 2): a physician who signs off what the software drew up', () => {
  test('signing off a formula or approving an order acts on a management option; it reads no data', () => {
    assert.deepEqual(kinds('A licensed doctor signs off every formula before it reaches the pharmacy.'), []);
    assert.deepEqual(kinds('The physician approves each order the system drafts.'), []);
  });

  test('a reading before an order, or in order of priority, stays a reading', () => {
    assert.deepEqual(phrases('The pharmacist reviews the culture results before the order.'), ['physician-interprets: pharmacist reviews']);
    assert.deepEqual(phrases('The pathologist reviews the slides in order of priority.'), ['physician-interprets: pathologist reviews']);
  });
});

describe('stop 56 (round 3): guidance laid over live imaging, and an alert heard', () => {
  test('a guide laid over live imaging is guidance; a measured quantity laid over it keeps its class', () => {
    assert.deepEqual(kinds('It overlays the expected burn zone on the live ultrasound.'), ['assistive']);
    assert.deepEqual(kinds('The console lays the conduction map over the live fluoroscopy.'), ['assistive']);
    assert.deepEqual(kinds('It overlays the measured diameter on the live ultrasound.'), ['augmentative']);
    assert.deepEqual(kinds('The nurse lays the patient on the table.'), []);
  });

  test('a ruler laid over live imaging is no guide to a finding', () => {
    assert.deepEqual(kinds('It overlays a reference grid on the live video.'), []);
  });

  test('a beep is an alert heard; a buzz or a vibration, which may rouse the patient or cue a step, is left unread', () => {
    assert.deepEqual(phrases('Once the gap has grown too long, the badge beeps and shows red.'), ['assistive: beeps']);
    assert.deepEqual(kinds('The unit vibrates against the baby to rouse her.'), []);
    assert.deepEqual(kinds('A buzz on the line spoiled the recording.'), []);
  });
});
