/**
 * Stop 40 of the prose analysis (issue 9): readings missing in the batch built blind in stop 39 (Z: h172-h175), opened this
 * stop. Every sentence here was written for this file (none is Z's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cuePhrases as cues } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 40: a clinical team going over what the software gives', () => {
  test('a named clinician who checks or looks through the results reads them', () => {
    assert.deepEqual(cues('Your care team checks the readings each morning.'), ['physician-interprets: team checks']);
    assert.deepEqual(cues('The nephrologist looks through the results and calls the patient.'), ['physician-interprets: nephrologist looks']);
    assert.deepEqual(cues('The clinician looks at the alerts on the ward screen.'), ['physician-interprets: clinician looks']);
    // the patient's own state is no output, and a lay or unnamed person is not a clinician
    assert.deepEqual(kinds('The physician checks the blood pressure.'), []);
    assert.deepEqual(kinds('The user looks through the results.'), []);
    // looking for findings is a search, not a reading of what the software gave
    assert.deepEqual(kinds('The nephrologist looks for findings.'), []);
  });

  test('a team named by a condition or a specialty is a clinical team', () => {
    assert.deepEqual(cues('The heart failure team reviews the pressure trends.'), ['physician-interprets: team reviews']);
    assert.deepEqual(cues('The oncology team reviews the score.'), ['physician-interprets: team reviews']);
    // a technical team, or a team with no clinical name, is not
    assert.deepEqual(kinds('The technology team reviews the logs.'), []);
    assert.deepEqual(kinds('The team reviews the trends.'), []);
  });

  test('prescribers are qualified readers', () => {
    assert.deepEqual(cues('Prescribers should weigh the report against the clinical history.'), ['physician-interprets: Prescribers should weigh']);
  });
});

describe('stop 40: a named physician owns the conclusion', () => {
  test('responsible, accountable or in charge, with or without "final"', () => {
    assert.deepEqual(cues('The clinician remains responsible for the diagnosis.'), ['physician-interprets: clinician remains responsible for the diagnosis']);
    assert.deepEqual(cues('The dermatologist keeps final responsibility for the diagnosis.'), ['physician-interprets: dermatologist keeps final responsibility for the diagnosis']);
    assert.deepEqual(cues('Clinicians remain in charge of their treatment decisions.'), ['physician-interprets: Clinicians remain in charge of their treatment decisions']);
    // the software, a denial, or a patient in charge is no physician's reading
    assert.deepEqual(kinds('The software is responsible for the diagnosis.'), []);
    assert.deepEqual(kinds('The physician is not responsible for the diagnosis.'), []);
    assert.deepEqual(kinds('Clinicians remain in charge of the patient.'), []);
  });

  test('a decision that "is for" the physician', () => {
    assert.deepEqual(cues('The app cannot diagnose you; decisions about your diagnosis are always for your doctor.'), ['physician-interprets: are always for your doctor']);
    // a tool named after decisions, or a product meant for doctors, names no duty
    assert.deepEqual(kinds('Clinical decision support is for clinicians in primary care.'), []);
    assert.deepEqual(kinds('This tool is for doctors.'), []);
  });
});

describe('stop 40: the care the software advises', () => {
  test('an operation recommended, or the care advised', () => {
    assert.deepEqual(cues('For each patient the program recommends surgery or watchful waiting.'), ['autonomous: recommends surgery']);
    assert.deepEqual(cues('The model advises either surgery or continued observation.'), ['autonomous: advises either surgery']);
    // a surgeon advising a patient is the physician's own care; advice on whether to review names no care
    assert.deepEqual(kinds('The surgeon advises the patient about surgery.'), []);
    assert.deepEqual(kinds('The module advises the nurse whether to review the fluid balance.'), []);
  });

  test('a denied list of acts stays denied when the tagger takes a verb for a noun', () => {
    assert.deepEqual(kinds('The algorithm does not estimate the volume of air, locate the perforation or recommend surgery.'), []);
    assert.deepEqual(kinds('The device does not measure the flow, record the pressure or adjust the dose.'), []);
    // an item that is asserted after the list stays read
    assert.deepEqual(cues('The device does not measure the flow; it adjusts the dose.'), ['autonomous: adjusts the dose']);
  });
});

describe('stop 40 review: wordings the new readings must leave alone', () => {
  test('a study\'s check, a check that data arrive, results of something else, and a look now and then are no reading', () => {
    assert.deepEqual(kinds('During development, clinicians checked the readings against a reference device.'), []);
    assert.deepEqual(kinds('The care team checks the readings are arriving each day.'), []);
    assert.deepEqual(kinds('The care team looks at the results of the satisfaction survey.'), []);
    assert.deepEqual(kinds('The pump adjusts the insulin automatically; the care team looks at the reports monthly.'), ['autonomous']);
    // the results of the patient's own scan are still the output
    assert.deepEqual(kinds('The nephrologist looks at the results of the patient\'s scan.'), ['physician-interprets']);
  });

  test('a team is clinical by a clinical specialty or a clinical pair of words, not by any -ology or a lone "health"', () => {
    assert.deepEqual(kinds('The digital health team reviews the alerts each week.'), []);
    assert.deepEqual(kinds('The ecology team checks the readings from the field sensors.'), []);
    assert.deepEqual(kinds('The incident response team reviews each alert.'), []);
    assert.deepEqual(cues('The rapid response team reviews each alert.'), ['physician-interprets: team reviews']);
    assert.deepEqual(cues('The mental health team reviews the scores.'), ['physician-interprets: team reviews']);
  });

  test('a decision to do something, a conceded or past duty, and a thing named after the decision own no conclusion', () => {
    assert.deepEqual(kinds('The clinician is responsible for the decision to use the software.'), []);
    assert.deepEqual(kinds('The lead physician is responsible for the report to the ethics committee.'), []);
    assert.deepEqual(kinds('Physicians were responsible for the diagnosis in the control arm of the trial.'), []);
    assert.deepEqual(kinds('The diagnosis screen is for physicians.'), []);
    assert.deepEqual(kinds('The decision threshold is for the cardiologist to set.'), []);
  });

  test('surgery, an operation or management only as the head of what is recommended or advised', () => {
    assert.deepEqual(kinds('The software recommends surgery scheduling slots.'), []);
    assert.deepEqual(kinds('The tool recommends an operation mode for the scanner.'), []);
    assert.deepEqual(kinds('The device advises management to review staffing.'), []);
  });

  test('a new clause after a denial\'s comma is read on its own', () => {
    assert.deepEqual(kinds('The AI does not make the diagnosis, today the radiologist decides.'), ['physician-interprets']);
    assert.deepEqual(kinds('The software does not interpret the ECG, overnight the cardiologist reviews each flagged strip.'), ['physician-interprets']);
  });
});
