/**
 * Stop 49 of the prose analysis (issue 9): readings missing in the batch built blind in stop 48 (AJ: h212-h215), opened
 * this stop, and in reviews written in registers outside regulatory text (chat threads, insurer letters, board papers,
 * support-group answers). Every sentence here was written for this file; each group keeps a close wording whose older
 * reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe('stop 49: everyday words for what the software does', () => {
  test('"tags" the studies that may show a finding points a reader at them; tagging with a record\'s data, or a tag as a noun, does not', () => {
    assert.deepEqual(kinds('DeltaScan tags the head CTs that may hold a bleed.'), ['assistive']);
    assert.deepEqual(kinds('The app automatically tags moles that look atypical.'), ['assistive']);
    assert.deepEqual(kinds('It tags the scans with a suspected fracture.'), ['assistive']);
    assert.deepEqual(kinds('The software tags each image with the acquisition date.'), []);
    assert.deepEqual(kinds('Radio tags let the tray reader follow every swab.'), []);
  });

  test('a gerund that names the kind of a fault is no act', () => {
    assert.deepEqual(kinds('The system follows every swab and brings counting problems to light.'), []);
    assert.deepEqual(kinds('The pharmacy tool flags dosing errors.'), ['assistive']);
  });

  test('"drops the dose" lowers the therapy itself; a dose that drops is the patient\'s', () => {
    assert.deepEqual(kinds('After a hypo, the app automatically drops the basal dose.'), ['autonomous']);
    assert.deepEqual(kinds('The clinic drops the dose when the trough is high.'), []);
  });

  test('"gives" stimulation or pacing is the therapy given; a burst suppression ratio shown is a measure', () => {
    assert.deepEqual(kinds('When the implant senses the seizure pattern it gives stimulation at once.'), ['autonomous']);
    assert.deepEqual(kinds('The pacemaker gives pacing only when the heart rate drops below 50.'), ['autonomous']);
    assert.deepEqual(kinds('The monitor gives a burst suppression ratio beside the EEG trace.'), ['augmentative']);
  });
});

describe('stop 49: the therapy that changes with nobody\'s hand, said with the therapy as subject', () => {
  test('a setting that goes down or switches off by itself, on its own or automatically', () => {
    assert.deepEqual(phrases('Overnight the basal insulin switched off by itself twice.'), ['autonomous: insulin switched off by itself']);
    assert.deepEqual(kinds('The pump rate dropped from 2.0 to 0.5 units an hour on its own.'), ['autonomous']);
    assert.deepEqual(kinds('The pressure support came down automatically as she tired less.'), ['autonomous']);
    assert.deepEqual(kinds('The infusion rate rises automatically when the pressure falls.'), ['autonomous']);
  });

  test('the patient\'s own values, a device that stops on a fault, or a denied change are not', () => {
    assert.deepEqual(kinds('Her blood pressure dropped by itself after the second hour.'), []);
    assert.deepEqual(kinds('His glucose levels came down on their own.'), []);
    assert.deepEqual(kinds('The pump stops automatically when the cartridge is empty.'), []);
    assert.deepEqual(kinds('The basal dose never changes by itself.'), []);
  });
});

describe('stop 49: who makes the diagnosis, by a cleft', () => {
  test('"It is the X who makes the diagnosis" and "X are the ones who make the diagnosis" name the physician', () => {
    assert.deepEqual(kinds('It is the dermatologist who makes the diagnosis.'), ['physician-interprets']);
    assert.deepEqual(kinds('The histopathologists are the ones who issue the final diagnosis.'), ['physician-interprets']);
    assert.deepEqual(kinds('A screener and a pathologist look at the slides, and they are the ones who make the diagnosis.'), ['physician-interprets']);
  });

  test('the software named by the cleft, a phone call, or a workflow decision keep their readings', () => {
    assert.deepEqual(kinds('It is the software that makes the diagnosis.'), ['autonomous']);
    assert.deepEqual(kinds('It is the nurse who makes the phone call.'), []);
    assert.deepEqual(kinds('It is the radiologist who decides whether to run the software.'), []);
  });

  test('weighing the output against other evidence is reading it', () => {
    assert.deepEqual(kinds('The interventional cardiologist weighs the value against the angiogram and the symptoms.'), ['physician-interprets']);
  });
});

describe('stop 49: negation that describes, and questions that ask', () => {
  test('"there is nothing abnormal" says what is absent; the clause after its comma is asserted', () => {
    assert.deepEqual(kinds('Where it is sure there is nothing abnormal, the program issues the final report itself.'), ['autonomous']);
    assert.deepEqual(kinds('When nothing abnormal is seen, it issues a final normal report.'), ['autonomous']);
  });

  test('"Does that mean …?" asks; it states nothing', () => {
    assert.deepEqual(kinds('Does that mean the computer decided I have diabetes?'), []);
    assert.deepEqual(kinds('That means the computer decides the dose.'), ['autonomous']);
  });
});

describe('stop 49: the physician does what the software does not', () => {
  test('"…; the endoscopist still does" takes up the denied decision or reading', () => {
    assert.deepEqual(phrases('The tool does not choose where to resect; the surgeon still does.'), ['physician-interprets: surgeon still does']);
    assert.deepEqual(kinds('The app never makes the diagnosis, the dermatologist does.'), ['physician-interprets']);
    assert.deepEqual(kinds('The program does not read the films - the radiologist does.'), ['physician-interprets']);
  });

  test('a denied act that is no reading, a second denial, or a lay person does not', () => {
    assert.deepEqual(kinds('The software does not store the images; the radiologist does.'), []);
    assert.deepEqual(kinds('The app does not make the diagnosis, and the doctor does not either.'), []);
    assert.deepEqual(kinds('The app does not decide, the patient does.'), []);
  });
});

describe('stop 49: a report the software writes itself', () => {
  test('"writes the report itself", "issues the report on its own": nobody else writes it', () => {
    assert.deepEqual(phrases('It reads the knee MRI and writes the report itself.'), ['autonomous: writes the report itself']);
    assert.deepEqual(kinds('For normal studies the system issues the report on its own.'), ['autonomous']);
  });

  test('a physician who writes it, a denied one, or formatting it is not', () => {
    assert.deepEqual(kinds('The software drafts findings; the radiologist writes the report herself.'), ['physician-interprets']);
    assert.deepEqual(kinds('The software does not write the report itself.'), []);
    assert.deepEqual(kinds('The software formats the report itself.'), []);
  });
});

describe('stop 49: the next dose, put out by the software', () => {
  test('"produces the next weekly dose", "shows the new dose" is a dose chosen', () => {
    assert.deepEqual(phrases('WarfaCalc produces the next weekly dose from the INR.'), ['autonomous: produces the next weekly dose']);
    assert.deepEqual(kinds('The app shows the new dose of basal insulin every Monday.'), ['autonomous']);
  });

  test('a dose a person entered, or one delivered, is a record', () => {
    assert.deepEqual(kinds('The screen shows the new dose the pharmacist entered.'), []);
    assert.deepEqual(kinds('It shows the next dose you programmed.'), []);
    assert.deepEqual(kinds('The pump displays the dose delivered.'), []);
  });
});

describe('stop 49: weaning, and a physician\'s part in a Level I service', () => {
  test('"weans the oxygen" is the therapy changed by the device; a nurse who weans it is not the software', () => {
    assert.deepEqual(kinds('The controller weans the oxygen by itself as the baby improves.'), ['autonomous']);
    assert.deepEqual(kinds('The nurse weans the oxygen over the morning.'), []);
  });

  test('signing off each dose acts on the software\'s option (Level I); signing off each report or the images reads', () => {
    assert.deepEqual(kinds('A pharmacist signs off each dose before it is given.'), []);
    assert.deepEqual(kinds('The radiologist signs off each report.'), ['physician-interprets']);
  });

  test('"those decisions stay with the prescriber" after what the software does not cover is the rest of the work', () => {
    assert.deepEqual(kinds('The calculator does not handle loading doses or switches; those decisions stay with the prescriber.'), []);
    assert.deepEqual(kinds('The software does not make the diagnosis; those decisions stay with the doctor.'), ['physician-interprets']);
    assert.deepEqual(kinds('The app does not diagnose; that decision stays with the doctor.'), ['physician-interprets']);
  });
});

describe('stop 49: reading said as "looked at by" or "goes through"', () => {
  test('a passive "looked at by" a physician, and a physician who goes through the marked events, read the output', () => {
    assert.deepEqual(kinds('Every strip is looked at by the cardiologist on call.'), ['physician-interprets']);
    assert.deepEqual(kinds('The electrophysiologist goes through every marked episode.'), ['physician-interprets']);
  });

  test('software or a signal that goes through something reads nothing', () => {
    assert.deepEqual(kinds('The software goes through each slice.'), []);
    assert.deepEqual(kinds('The signal goes through a band-pass filter.'), []);
  });
});

describe('stop 49: a named physician with an apposition, and what comes back', () => {
  test('"Dr X, the chest radiologist, confirmed …": the apposition is read past when the verb is in the past too', () => {
    assert.deepEqual(kinds('Dr Osei, the duty radiologist, confirmed a small subdural haematoma.'), ['physician-interprets']);
    assert.deepEqual(kinds('Mr Jones, the patient, confirmed the booking.'), []);
  });

  test('what "comes back" from the software is what it returns; a patient who comes back returns nothing', () => {
    assert.deepEqual(kinds('The software comes back with an ejection fraction for each clip.'), ['augmentative']);
    assert.deepEqual(kinds('The patient comes back for a follow-up scan.'), []);
  });
});

describe('stop 49: a contracted pronoun is the pronoun', () => {
  test('"I\'m writing the grade myself" is the writer\'s act, as "I write the grade myself" is; "it\'s computing" stays the software\'s', () => {
    assert.deepEqual(kinds("I'm still writing the Paris class myself in the report."), []);
    assert.deepEqual(kinds('I still write the Paris class myself in the report.'), []);
    assert.deepEqual(kinds("We're computing the score for each patient by hand."), []);
    assert.deepEqual(kinds("It's computing the score for each patient."), ['augmentative']);
  });
});
