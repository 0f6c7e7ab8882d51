/**
 * Stop 41 of the prose analysis (issue 9): readings missing in the batch built blind in stop 40 (AA: h176-h179), opened this
 * stop. Every sentence here was written for this file (none is AA's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cuePhrases as cues } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 41: instructions to the reader', () => {
  test("an instruction's verb is the reader's act, not the software's", () => {
    // before stop 41 these read as the software interpreting and adjusting (autonomous)
    assert.deepEqual(kinds('Check the reading and adjust the dose.'), []);
    assert.deepEqual(kinds('Before the first feed, confirm the tube position on the radiograph.'), []);
    assert.deepEqual(kinds('Then review the marked areas before you sign the report.'), []);
    assert.equal(analyseSentence('Check the reading and adjust the dose.').agent, 'other');
  });

  test('an instruction to read the output with a clinical judgement is a clinician reading it', () => {
    assert.deepEqual(cues('Interpret the score together with the patient\'s history and examination.'), ['physician-interprets: Interpret']);
    assert.deepEqual(cues('Always interpret the index in the light of the clinical picture.'), ['physician-interprets: interpret']);
    assert.deepEqual(cues('Read results in conjunction with other clinical and laboratory findings.'), ['physician-interprets: Read']);
    assert.deepEqual(cues('Use the fluid estimate alongside your clinical assessment.'), ['physician-interprets: Use']);
    // a denied instruction, or one with no clinical judgement named, makes no reading
    assert.deepEqual(kinds('Do not interpret the index in isolation.'), []);
    assert.deepEqual(kinds('Review your readings in the app each evening.'), []);
  });

  test('sentences that only open with a verb-like word keep their readings', () => {
    assert.deepEqual(kinds('Use is limited to adults over 18.'), []);
    assert.deepEqual(cues('The software interprets the tracing and issues a rhythm diagnosis.'), ['autonomous: interprets', 'autonomous: issues a rhythm diagnosis']);
    // a subject of its own before the bare verb makes no instruction
    assert.deepEqual(cues('The pump adjusts the basal rate every five minutes.'), ['autonomous: adjusts the basal']);
  });
});

describe('stop 41: what a model is built or trained to do', () => {
  test('a model trained by a clinical team does what it was trained for', () => {
    assert.deepEqual(cues('A team at the teaching hospital has trained a neural network to predict which patients will need dialysis.'), ['augmentative: predict']);
    assert.deepEqual(cues('Cardiologists at the centre built an algorithm to estimate the valve area.'), ['augmentative: estimate']);
    // a plan made by people is no product
    assert.deepEqual(kinds('The team built a plan to estimate staffing needs.'), []);
  });

  test('an app that does one unlisted act and then a listed one', () => {
    // "photographs" and "scans" are in no verb list; the listed act after "and" used to be lost with them
    assert.deepEqual(cues('The charity built an app that photographs the wound and measures its area.'), ['augmentative: measures']);
    assert.deepEqual(cues('Engineers designed a tool that scans the foot and calculates the arch angle.'), ['augmentative: calculates']);
    // alone, an unlisted -s word after "that" stays what it was
    assert.deepEqual(kinds('It is an add-on that augments the workflow in the reading room.'), []);
  });
});

describe('stop 41: a physician makes the assessment', () => {
  test('the individual, final or clinical assessment made by a physician', () => {
    assert.deepEqual(cues('Further tests may follow, but the individual assessment is always made by a doctor.'), ['physician-interprets: assessment is always made by a doctor']);
    assert.deepEqual(cues('The final assessment is made by the treating urologist.'), ['physician-interprets: assessment is made by the treating urologist']);
    // a bare assessment, or one made by a nurse or the software, is not
    assert.deepEqual(kinds('The assessment is made by the physician.'), []);
    assert.deepEqual(kinds('The final assessment is made by the nurse.'), []);
  });
});

describe('stop 41: questions a study or an alert settles', () => {
  test("a study's measuring of the software's work is no output of the software", () => {
    // (what the question says the software does keeps its reading, as in stop 31)
    assert.deepEqual(cues('The trust is now trying it in four clinics to measure how many missed cases it finds.'), ['assistive: finds']);
    // the software measuring how much of something the patient has keeps its reading
    assert.deepEqual(cues('The app measures how much fluid the patient drinks.'), ['augmentative: measures']);
  });

  test('a question settled before an alert goes out is how the alert is made', () => {
    assert.deepEqual(kinds('The software combines the pressure readings to decide whether the resident is really standing before it raises an alert.'), ['assistive']);
    assert.deepEqual(kinds('The monitor weighs the signals to determine whether the patient has left the bed before sounding the alarm.'), ['assistive']);
    // a therapy decided is still autonomous, alert or not
    assert.deepEqual(kinds('It determines whether a shock is needed before it alerts the team.'), ['assistive', 'autonomous']);
  });
});

describe('stop 41: a plural reader before a phrasal verb', () => {
  test('"Clinicians look at …" is the clinicians going over the output', () => {
    // (stop 40 left it: the tagger took "look" after a plural subject for a noun)
    assert.deepEqual(cues('Clinicians look at the notifications on the ward screen.'), ['physician-interprets: Clinicians look']);
    // a lay reader, or a nurse, is no physician
    assert.deepEqual(kinds('Patients look at their readings in the app.'), []);
    assert.deepEqual(kinds('Nurses look at the alerts.'), []);
  });
});

describe("stop 41 review: the new readings' limits", () => {
  test("a product page's imperative claim stays the product's", () => {
    assert.deepEqual(kinds('Measure the ejection fraction in seconds with EchoPro.'), ['augmentative']);
    assert.deepEqual(kinds('Detect the earliest signs of deterioration with WardWatch.'), ['assistive']);
    assert.deepEqual(kinds('Triage your worklist automatically with AI.'), ['assistive']);
  });

  test("an act the software does inside an instruction stays the software's", () => {
    assert.deepEqual(kinds('Review the dose recommendation the app calculates before giving the insulin.'), ['autonomous']);
    assert.deepEqual(kinds('Check results are shown in green on the summary page.'), []);
  });

  test("an instruction reads the output as a clinician only when what is read is the output", () => {
    assert.deepEqual(kinds("Check the patient's clinical status before applying the sensor."), []);
    assert.deepEqual(cues('Verify each suggested measurement before it goes into the report.'), ['physician-interprets: Verify']);
    assert.deepEqual(cues("Weigh the alert against the patient's overall clinical condition."), ['physician-interprets: Weigh']);
  });

  test('clinicians who build a paper or treatment algorithm keep its acts', () => {
    assert.deepEqual(kinds('The ward pharmacists designed a dosing algorithm to adjust heparin doses.'), []);
  });

  test('an assessment made in a study, under a condition or of eligibility is no reading', () => {
    assert.deepEqual(kinds('The final assessment of the reader study was made by three radiologists.'), []);
    assert.deepEqual(kinds('The final assessment is made by a physician only if the patient asks for a review.'), []);
    assert.deepEqual(kinds('The clinical assessment of eligibility is made by the study doctor.'), []);
  });

  test('a reader looking at how much the software measured is no study', () => {
    assert.deepEqual(kinds('The report lets the physician see how much plaque the software measured in each artery.'), ['augmentative']);
    assert.deepEqual(cues('The software quantifies how many lesions it detects in each lobe.'), ['augmentative: quantifies', 'assistive: detects']);
  });

  test('a conclusion settled before an alert stays a conclusion', () => {
    assert.deepEqual(kinds('The system decides whether the patient needs antibiotics before it notifies the pharmacist.'), ['assistive', 'autonomous']);
    assert.deepEqual(kinds('The app decides whether the rhythm is atrial fibrillation before it sends a notification.').includes('autonomous'), true);
  });

  test('a device a person holds does its own acts in a relative clause', () => {
    assert.deepEqual(cues('Nurses use a tablet that photographs the wound and measures its area.'), ['augmentative: measures']);
    assert.deepEqual(cues('Physicians carry a pocket ultrasound that images the heart and calculates the ejection fraction.'), ['augmentative: calculates']);
  });
});
