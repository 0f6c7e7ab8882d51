/**
 * Stop 36 of the prose analysis (issue 9): classes read in the batch built blind in stop 35 (V: h156-h159), opened this
 * stop. Every sentence here was written for this file (none is V's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cuePhrases as cues } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 36: who acts', () => {
  test('"with no manual step" covers its noun phrase; the next verb of the list is asserted', () => {
    assert.deepEqual(cues('The network reads a wrist film with no manual step and flags a scaphoid fracture.'), ['assistive: flags']);
    assert.deepEqual(cues('It reads each scan with no extra click and marks every suspected bleed.'), ['assistive: marks']);
    // the older reading: a negated act stays denied
    assert.deepEqual(cues('It reads the film and does not flag fractures.'), []);
  });

  test('a relative clause after the maker a tool comes from describes the tool', () => {
    assert.deepEqual(cues('BleedCheck is a cloud tool from Northfield Clinic that detects subdural haematoma on head CT.'), ['assistive: detects']);
    assert.deepEqual(cues('It is software developed by Arden Imaging that outlines liver lesions.'), ['assistive: outlines']);
    // a place of care before "that" still holds the clause: "clinics that treat adults"
    assert.deepEqual(cues('The service runs in clinics that treat adults.'), []);
  });

  test('after "decides which … goes into the report and", the next verb is the chooser\'s', () => {
    assert.deepEqual(kinds('The haematologist then decides which count goes into the report and writes the final report.'), ['physician-interprets']);
    assert.deepEqual(cues('The software determines which study goes first and notifies the team.'), ['assistive: notifies']);
  });

  test('", which" after a bracketed aside is the noun before the comma', () => {
    assert.deepEqual(cues('They built a model on the U-Net ("a fully convolutional") architecture, which outlines every polyp.'), ['assistive: outlines']);
  });

  test('a model trained or built to do an act does it; people trained to do it are people', () => {
    assert.deepEqual(cues('The researchers trained a small network, based on ResNet, to recognise polyps in colonoscopy frames.'), ['assistive: recognise']);
    assert.deepEqual(cues('The researchers trained nurses to measure the angle.'), []);
  });

  test('an assessor\'s document that concludes is no product', () => {
    assert.deepEqual(cues("Healthwatch's briefing concludes that the tool is safe to use."), []);
    assert.deepEqual(cues('The software concludes that the rhythm is atrial flutter.'), ['autonomous: concludes']);
  });
});

describe('stop 36: outputs that are conclusions', () => {
  test('software that writes a diagnostic or final report concludes; a text written with nobody named is a person\'s', () => {
    assert.deepEqual(cues('SpineScribe writes a diagnostic report on cervical myelopathy straight from the MRI.'), ['autonomous: writes a diagnostic report']);
    assert.deepEqual(cues('The final report is written automatically.'), ['autonomous: final report is written']);
    assert.deepEqual(cues('The pharmacist gets a warning while the prescription is still being written.'), ['assistive: gets a warning']);
  });

  test('an instrument that declares the test positive or negative gives the answer itself', () => {
    assert.deepEqual(cues('The analyser declares the sample positive or negative for infection.'), ['autonomous: declares the sample positive or negative']);
    assert.deepEqual(cues('The analyser declares each batch ready for use.'), []);
  });

  test('assigning the scan protocol decides it; assigning a risk status is a category', () => {
    assert.deepEqual(cues('The model assigns the CT protocol automatically from the order text.'), ['autonomous: assigns the CT protocol']);
    assert.deepEqual(cues('The tool selects the imaging protocol for each referral.'), ['autonomous: selects the imaging protocol']);
    assert.deepEqual(cues('It assigns each patient a risk status of high, medium or low.'), ['augmentative: assigns each patient a risk status']);
  });

  test('treatment advice and a medicine advised are a therapy recommendation', () => {
    assert.deepEqual(cues('The app offers treatment advice after each reading.'), ['autonomous: offers treatment advice']);
    assert.deepEqual(cues('The app gives self-care advice every evening.'), ['autonomous: gives self-care advice']);
    assert.deepEqual(cues('After a weight gain, the app advises the patient to take an extra water pill.'), ['autonomous: advises the patient to take an extra water pill']);
    assert.deepEqual(cues('The app prompts the user to log medications.'), []);
    assert.deepEqual(cues('The app gives advice.'), []);
  });
});

describe('stop 36: what is no conclusion', () => {
  test('no hand in a measurement or a detection says how automated it is, not that a conclusion goes out unread', () => {
    assert.deepEqual(cues('The network grades disc degeneration on every level without human intervention.'), ['augmentative: grades']);
    assert.deepEqual(cues('The detector marks every polyp without human intervention.'), ['assistive: marks']);
    // with no lower act of its own, and with a physician's review named, the older readings stand
    assert.deepEqual(kinds('The software works without human intervention.'), ['autonomous']);
    assert.deepEqual(kinds('The software measures the volume without physician review.'), ['augmentative', 'autonomous']);
  });

  test('judging whether a sweep or a clip is fit to be read checks the data', () => {
    assert.deepEqual(kinds('The models only judge whether each sweep is fit to be read.'), ['assistive']);
    assert.deepEqual(kinds('The app tells the user whether an infection is present.'), ['autonomous']);
  });

  test('an alert brought up and an event passed to the care team are notifications', () => {
    assert.deepEqual(cues('Any report of chest pain brings up an urgent alert on the nurse dashboard.'), ['assistive: brings up an urgent alert']);
    assert.deepEqual(cues('Missed doses are reported to the home-care team.'), ['assistive: reported to the home-care team']);
    assert.deepEqual(cues('The result is reported to the physician.'), []);
    assert.deepEqual(cues('Every film is sent to the radiologist on duty.'), []);
    assert.deepEqual(cues('Adverse events were reported to the agency.'), []);
  });
});

describe('stop 36: schemes and verdicts told', () => {
  test('one of a counted set of tiers or bands is a category; "states" stays a verb', () => {
    assert.deepEqual(cues('The software assigns each patient to one of three bands.'), ['augmentative: bands']);
    assert.deepEqual(cues('The report states that the tool is not for diagnosis.'), []);
  });

  test('telling a lay user which condition is present is the software\'s verdict; telling a clinician is not', () => {
    assert.deepEqual(cues('The app then tells the user which of four conditions the cough points to.'), ['autonomous: tells the user which of four conditions']);
    assert.deepEqual(cues('The software tells the radiologist which condition is likely.'), []);
    assert.deepEqual(cues('The app shows the user which images were uploaded.'), []);
    assert.deepEqual(cues('The app does not tell the user which condition is present.'), []);
  });
});

describe('stop 36: structure that hid an act', () => {
  test('"deep learning" or "machine learning" as the subject is a noun phrase, and its -s verb the verb', () => {
    assert.deepEqual(cues('Deep learning detects rib fractures on every chest film.'), ['assistive: detects']);
    assert.deepEqual(cues('Machine learning estimates the risk of sepsis from the vital signs.'), ['augmentative: estimates']);
    assert.deepEqual(cues('Deep learning is used widely in imaging.'), []);
  });

  test('"regulates mean arterial pressure": a verb before "mean", "average" or "total" stays the verb', () => {
    assert.deepEqual(kinds('The system regulates mean arterial pressure by setting the nitroprusside infusion rate automatically.'), ['autonomous']);
    assert.deepEqual(cues('The system flags include high-priority cases.'), []);
  });

  test('an appositive opened by "our" or "the" after a name keeps the verb after it', () => {
    assert.deepEqual(cues('ColpoSight, our colposcopy support system, analyses each image and detects abnormal areas on it.'), ['assistive: detects']);
  });

  test('"used as an aid that highlights" is the product\'s act', () => {
    assert.deepEqual(cues('The emergency teams will use the software as an additional aid that highlights suspected fractures.'), ['assistive: highlights']);
    assert.deepEqual(cues('Patients who need an aid that helps them walk are excluded.'), []);
  });

  test('"and" with an output act after a passive in a whether-clause returns to the main subject', () => {
    assert.deepEqual(cues('The module checks whether a culture has been ordered and displays a message on the order form.'), ['assistive: displays a message']);
  });

  test('judging whether colonies have grown checks the plate; a report carrying a score gives the score', () => {
    assert.deepEqual(kinds('The algorithm judges whether colonies have grown on each plate.'), ['assistive']);
    assert.deepEqual(kinds('The software generates a diagnostic report carrying a breast health score.'), ['augmentative']);
    assert.deepEqual(kinds('The software generates a diagnostic report.'), ['autonomous']);
  });

  test('a contrast that opens the clause ("Instead of sampling blood,") covers its own phrase only', () => {
    assert.deepEqual(cues('Instead of sampling blood, the device follows the sweat signal and sounds an alarm.'), ['assistive: sounds an alarm']);
    assert.deepEqual(cues('The tool flags studies instead of diagnosing them.'), ['assistive: flags']);
    assert.deepEqual(cues('Instead of flagging studies, the radiologist reads them all.'), []);
  });

  test('a result issued without a microscopist is issued unread; a map of where something is locates it', () => {
    assert.deepEqual(kinds('Negative slides are released without a microscopist.'), ['autonomous']);
    assert.deepEqual(cues('The software outputs a perfusion map.'), ['augmentative: outputs a perfusion map']);
    assert.deepEqual(kinds('The software outputs a map showing where the sources lie.'), ['assistive']);
  });
});

describe('stop 36: acts named in other words', () => {
  test('directing insulin delivery and issuing a basal are therapy; issuing reminders about doses is not', () => {
    assert.deepEqual(cues("The app's control algorithm directs insulin delivery."), ['autonomous: directs insulin']);
    assert.deepEqual(cues('The algorithm issues a zero temporary basal.'), ['autonomous: issues a zero temporary basal']);
    assert.deepEqual(kinds('The app issues reminders and notifications about doses.'), ['assistive']);
  });

  test('proposing the likely type characterises a finding; looking for findings searches for them', () => {
    assert.deepEqual(cues('It proposes the likely tumour type.'), ['augmentative: proposes the likely tumour type']);
    assert.deepEqual(cues('The software looks for interstitial lung findings.'), ['assistive: looks']);
    assert.deepEqual(cues('The radiologist looks for findings.'), []);
  });
});

