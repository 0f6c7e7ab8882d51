/**
 * Stop 51 of the prose analysis (issue 9): readings missing in the batch built blind in stop 50 (AL: h222-h228), opened
 * this stop: a physician set against the software, a study read again, a bank of controllers, how much of a fluid to give,
 * a drug an implant releases on what it senses, and a clinical judgement owned by no one by name. Every sentence here was
 * written for this file; each group keeps a close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe('stop 51: a physician set against the software', () => {
  test('"The podiatrist, not the camera, sets …": naming the software only to say it does not act says the physician does', () => {
    assert.deepEqual(phrases('The podiatrist, not the camera, sets the review interval.'), ['physician-interprets: podiatrist, not the camera, sets']);
    assert.deepEqual(kinds('It is the radiologist, not the program, who tells the patient what was found.'), ['physician-interprets']);
    assert.deepEqual(kinds('The cardiologist, rather than the software, chooses the treatment.'), ['physician-interprets']);
    // (the tagger takes "decides" after the comma for a plural; the stage reads it as the verb it is)
    assert.deepEqual(kinds('The dermatologist, not the app, decides on a biopsy.'), ['physician-interprets']);
  });

  test('a lay person, or someone set against a thing that is not the software, stays as it was', () => {
    assert.deepEqual(kinds('The patient, not the app, decides when to take the tablet.'), []);
    assert.deepEqual(kinds('The hospital, not the software, pays for the licence.'), []);
    assert.deepEqual(kinds('The surgeon, not the anaesthetist, signs the consent form.'), []);
  });
});

describe('stop 51: a study read again', () => {
  test('"re-read" and "reread" are verbs: "every flagged study is re-read by the attending radiologist"', () => {
    assert.deepEqual(kinds('Every flagged study is re-read by the attending radiologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The radiologist rereads every flagged case before the report goes out.'), ['physician-interprets']);
    assert.deepEqual(kinds('The sentence is re-read aloud to the class.'), []);
  });
});

describe('stop 51: therapy a controller gives', () => {
  test('"a bank of controllers" is its members: the machines act', () => {
    assert.deepEqual(kinds('A bank of fuzzy controllers sets the drug infusion to hold the pressure at target.'), ['autonomous']);
    assert.deepEqual(kinds('A bank of nurses sets the drug infusion by hand.'), []);
  });

  test('how much fluid, oxygen or sedative to give is a dose chosen; not when a person chooses it', () => {
    assert.deepEqual(kinds('The algorithm decides how much fluid to infuse next.'), ['autonomous']);
    assert.deepEqual(kinds('Every ten minutes the controller chooses how much oxygen to add to the blend.'), ['autonomous']);
    assert.deepEqual(kinds('The nurse decides how much fluid to infuse next.'), []);
    assert.deepEqual(kinds('The software decides how much storage to reserve for images.'), []);
  });

  test('an implant that releases the drug on what it senses gives it; a pharmacy releasing kits does not', () => {
    assert.deepEqual(kinds('When breathing slows below eight a minute, the implant releases the naloxone.'), ['autonomous']);
    assert.deepEqual(kinds('The pharmacy releases the naloxone kits to the ward each week.'), []);
  });
});

describe('stop 51: a clinical judgement', () => {
  test('a gerund of reading or deciding that "is a clinical judgement" is the clinician\'s own', () => {
    assert.deepEqual(kinds('Interpreting the perfusion map is a clinical judgement.'), ['physician-interprets']);
    assert.deepEqual(kinds('Deciding whether to operate remains a medical decision.'), ['physician-interprets']);
  });

  test('a skill, or a decision of another kind, is not', () => {
    assert.deepEqual(kinds('Reading the chart is a clinical skill.'), []);
    assert.deepEqual(kinds('Choosing a vendor is a business decision.'), []);
  });
});

describe('stop 51: a physician going through the data, or taking the decision', () => {
  test('"went through the tracings", "goes through the images": going through the data oneself reads it', () => {
    assert.deepEqual(kinds('The registrar went through the tracings.'), ['physician-interprets']);
    assert.deepEqual(kinds('The consultant goes through the flagged images each morning.'), ['physician-interprets']);
    assert.deepEqual(kinds('The patient went through the scanner twice.'), []);
    assert.deepEqual(kinds('The consultant went over the rota with the ward manager.'), []);
  });

  test('"the decision is taken by the consultant" is one made; taking a call or a report somewhere is not', () => {
    assert.deepEqual(kinds('The decision to extubate is taken by the intensive care consultant.'), ['physician-interprets']);
    assert.deepEqual(kinds('The surgeon takes the decision to operate after the meeting.'), ['physician-interprets']);
    assert.deepEqual(kinds('The registrar takes the call from the ward.'), []);
    assert.deepEqual(kinds('The radiologist takes the report to the meeting.'), []);
    assert.deepEqual(kinds('The decision to buy the software was taken by the board.'), []);
  });
});

describe('stop 51: a setting sent to the pump', () => {
  test('"calculates the new rate and sends it to the smart pump": the software hands the machine its therapy', () => {
    assert.deepEqual(phrases('When a clotting result is filed, the software works out the new heparin rate and sends it to the smart pump.').filter((p) => p.startsWith('autonomous')), ['autonomous: sends it to the smart pump']);
    assert.deepEqual(kinds('It transmits each new basal rate to the insulin pump.'), ['autonomous']);
  });

  test('data sent elsewhere, a person sending it, or a denied send', () => {
    assert.deepEqual(kinds('The app sends the readings to the clinic.'), []);
    assert.deepEqual(kinds('The nurse sends the new rate to the pump.'), []);
    assert.deepEqual(kinds('The software does not send the rate to the pump.'), []);
    assert.deepEqual(kinds('It sends the fault log to the pump manufacturer.'), []);
  });
});

describe('stop 51: a change that goes ahead unless someone stops it', () => {
  test('"takes effect unless a clinician rejects it": the setting acts by default, a person may only override it (Level II)', () => {
    assert.deepEqual(phrases('The new dose takes effect unless a clinician rejects it within an hour.'), ['autonomous: dose takes effect']);
    assert.deepEqual(kinds('Unless the nurse presses hold, the new rate starts.'), ['autonomous']);
    assert.deepEqual(kinds('The referral is sent unless the GP cancels it within a day.'), ['autonomous']);
  });

  test('a setting that waits for approval, a denied one, or something that is no setting stays as it was', () => {
    assert.deepEqual(kinds('The dose is not given unless the physician approves it.'), []);
    assert.deepEqual(kinds('The report goes out unless the radiologist approves it.'), []);
    assert.deepEqual(kinds('The meeting starts unless someone cancels it.'), []);
    assert.deepEqual(kinds('The new dose does not take effect unless a clinician rejects the old one.'), []);
  });
});

describe('stop 51: a result issued alone', () => {
  test('"issues the result itself" puts out the verdict alone, as "writes the report itself" does', () => {
    assert.deepEqual(phrases('It grades each pair of retinal photographs and issues the result itself.').filter((p) => p.startsWith('autonomous')), ['autonomous: issues the result itself']);
    assert.deepEqual(kinds('The app releases the screening result on its own.'), ['autonomous']);
  });

  test('a result sent on by itself, or issued to a reader, is not', () => {
    assert.deepEqual(kinds('The monitor sends the results itself.'), []);
    assert.deepEqual(kinds('The device issues the result to the nurse.'), []);
  });
});
