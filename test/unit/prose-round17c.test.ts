/**
 * Round 17c of the prose analysis (issue 9): the autonomous class read by whether the output takes effect unread,
 * both ways. Tuned on the own set and the odd-numbered holdouts only, checked on the even-numbered ones and the dev
 * set (test/prose/README.md, "Round 17c"). Every sentence here was written for this file; each positive has a close
 * wording that keeps its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 17c: a conclusion given only as a possibility is a flag, not a conclusion', () => {
  test('a conclusion verb whose whether-clause hedges the condition points a case out', () => {
    assert.deepEqual(cues('The wristband software decides whether the child might be having a convulsion.'), ['assistive: decides whether']);
    assert.deepEqual(cues('The app judges whether a fall has possibly happened.'), ['assistive: judges whether']);
    assert.deepEqual(cues('Our algorithm determines whether a pneumothorax is likely on each film.'), ['assistive: determines whether']);
  });

  test('an unhedged whether-clause, or a hedged one about the therapy, stays a conclusion', () => {
    assert.deepEqual(cues('The software decides whether a convulsion is occurring.'), ['autonomous: decides whether']);
    assert.deepEqual(cues('Our algorithm determines whether a pneumothorax is present on each film.'), ['autonomous: determines whether']);
    assert.deepEqual(cues('The device decides whether a shock may be needed.'), ['autonomous: decides whether']);
  });

  test('an assistive dossier whose software decides whether a seizure may be under way gets no finding', () => {
    const text = dossier('assistive', 'The wristband software decides whether the child might be having a convulsion.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'assistive');
  });
});

describe('round 17c: a determination of a quantity is a measurement; a diagnostic category is a category', () => {
  test('a quantitative conclusion noun, or one of a quantity, is augmentative', () => {
    assert.deepEqual(cues('The meter provides a numerical determination of the hemoglobin concentration.'), ['augmentative: provides a numerical determination']);
    assert.deepEqual(cues('The analyser gives a determination of the platelet count.'), ['augmentative: gives a determination']);
    assert.deepEqual(cues('The reader software returns a quantitative result for each cartridge.'), ['augmentative: returns a quantitative result']);
  });

  test('a determination of whether a condition is present, or a result handed to the patient, stays autonomous', () => {
    assert.deepEqual(cues('The software makes a determination of whether the sample is infected.'), ['autonomous: makes a determination']);
    assert.deepEqual(cues('The app reports the result straight to the patient.'), ['autonomous: reports the result straight to the patient']);
  });

  test('a category named by its field is a category the software sorts into', () => {
    assert.deepEqual(cues('The app returns a diagnostic category for each skin lesion.'), ['augmentative: returns a diagnostic category']);
    assert.deepEqual(cues('The tool assigns each tumour a clinical classification.'), ['augmentative: assigns each tumour a clinical classification']);
    assert.deepEqual(cues('The device assigns a diagnostic result.'), ['autonomous: assigns a diagnostic result']);
  });

  test('an augmentative dossier whose meter determines a concentration gets no finding', () => {
    const text = dossier('augmentative', 'The meter provides a numerical determination of the hemoglobin concentration.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'augmentative');
  });
});

describe('round 17c: a device holding the patient at a target closes the loop', () => {
  test('holding, keeping or bringing the patient or a patient variable to a set target is autonomous', () => {
    assert.deepEqual(cues('Once the anaesthetist sets a target depth, the controller holds the patient at that level for the rest of the case.'), ['autonomous: holds the patient at that level']);
    assert.deepEqual(cues('The system keeps the patient\'s core temperature at the value the physician entered.'), ['autonomous: keeps the patient\'s core temperature at the value']);
    assert.deepEqual(cues('The algorithm maintains blood glucose within the target range chosen by the clinic.'), ['autonomous: maintains blood glucose within the target']);
    assert.deepEqual(cues('The controller brings the mean arterial pressure back to the setpoint.'), ['autonomous: brings the mean arterial pressure back to the setpoint']);
  });

  test('the passive with the software as its agent, a bare "in range" and a two-word "set point" read the same', () => {
    assert.deepEqual(cues('Blood glucose is kept within the target range by the algorithm.'), ['autonomous: glucose is kept within the target']);
    assert.deepEqual(cues('The algorithm keeps glucose in range overnight.'), ['autonomous: keeps glucose in range']);
    assert.deepEqual(cues('The warming system brings the patient\'s temperature to the set point.'), ['autonomous: brings the patient\'s temperature to the set point']);
    assert.deepEqual(cues('Blood glucose is kept within the target range by the nurse.'), []);
    assert.deepEqual(cues('The console keeps the images in range.'), []);
  });

  test('holding data, a device medium or a preset pressure, a person holding the patient, or a negated hold stays silent', () => {
    assert.deepEqual(cues('The console keeps the images at full resolution.'), []);
    assert.deepEqual(cues('The warmer keeps the water temperature at the set value.'), []);
    assert.deepEqual(cues('The device holds the pressure at the prescribed level.'), []);
    assert.deepEqual(cues('The nurse keeps the patient at the target temperature.'), []);
    assert.deepEqual(cues('The system keeps the patient informed at every step.'), []);
    assert.deepEqual(cues('The algorithm does not hold glucose at a fixed target.'), []);
  });

  test('an augmentative dossier whose controller holds the patient at a set level gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The controller holds the patient at the sedation level the anaesthetist selected.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:16-10:55 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 17c: therapy settings worked out from the user\'s own data are the software\'s choice of therapy', () => {
  test('settings fitted to the user\'s data, or a fitting made from the user\'s answers, are autonomous', () => {
    assert.deepEqual(cues('The companion app produces amplification settings fitted to the user\'s hearing profile.'), ['autonomous: produces amplification settings fitted to the user\'s hearing profile']);
    assert.deepEqual(cues('The app generates gain settings matched to the audiogram the user uploads.'), ['autonomous: generates gain settings matched to the audiogram']);
    assert.deepEqual(cues('The app turns the wearer\'s answers to a short listening test into a fitting for each ear.'), ['autonomous: turns the wearer\'s answers to a short listening test into a fitting']);
  });

  test('a fitting built from the user\'s answers or settings computed from the audiogram read the same; a clinic template does not', () => {
    assert.deepEqual(cues('The hearing app builds a fitting from the user\'s answers to twelve sound tests.'), ['autonomous: builds a fitting from the user\'s answers']);
    assert.deepEqual(cues('The app builds a fitting from the clinic\'s template.'), []);
    assert.deepEqual(cues('The audiologist builds a fitting from the patient\'s audiogram.'), []);
  });

  test('display settings, settings an audiologist makes or chose, and other things turned into reports stay silent', () => {
    assert.deepEqual(cues('The software generates display settings tailored to the user\'s preferences.'), []);
    assert.deepEqual(cues('The audiologist produces amplification settings fitted to the patient\'s audiogram.'), []);
    assert.deepEqual(cues('The app shows the amplification settings the audiologist chose.'), []);
    assert.deepEqual(cues('The software turns the clinician\'s notes into a fitting report.'), []);
    assert.deepEqual(cues('The software does not generate gain settings matched to the audiogram.'), []);
  });

  test('an augmentative dossier whose app fits the hearing aid from the user\'s answers gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The app turns the wearer\'s answers to a short listening test into a fitting for each ear.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:9-10:76 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 17c: a result handed to a lay person is acted on unread', () => {
  test('a result given to the user of a consumer product, to the wearer first named, or shown to the patient is autonomous', () => {
    assert.deepEqual(cues('On the watch, the software returns the result to the user when the recording ends.'), ['autonomous: returns the result to the user']);
    assert.deepEqual(cues('The phone app gives the user a positive or negative result after the swab is scanned.'), ['autonomous: gives the user a positive or negative result']);
    assert.deepEqual(cues('The app shows the wearer the result.'), ['autonomous: shows the wearer the result']);
    assert.deepEqual(cues('The result is shown to the patient on the phone.'), ['autonomous: shown to the patient']);
  });

  test('a result named with a modifier, sent to the user\'s own phone, or moving on by itself to a consumer reads the same', () => {
    assert.deepEqual(cues('The over-the-counter app returns the test result to the user.'), ['autonomous: returns the test result to the user']);
    assert.deepEqual(cues('The app sends the test result straight to the user\'s phone.'), ['autonomous: sends the test result straight to the user\'s']);
    assert.deepEqual(cues('The results go straight to the consumer.'), ['autonomous: results go straight to the consumer']);
    assert.deepEqual(cues('The app sends the test result to the patient\'s record.'), []);
    assert.deepEqual(cues('The results go to the radiologist.'), []);
    assert.deepEqual(cues('The results do not go to the patient.'), []);
  });

  test('a result for a professional user or a clinician, a notification, or a result sent to a portal stays silent', () => {
    assert.deepEqual(cues('The software returns the result to the user for review in the reading room.'), []);
    assert.deepEqual(cues('The software gives the radiologist the result.'), []);
    assert.deepEqual(cues('The result is shown to the cardiologist.'), []);
    assert.deepEqual(cues('The app sends the result to the patient portal.'), []);
    assert.deepEqual(cues('The phone app sends a notification to the user.'), ['assistive: sends a notification']);
  });

  test('an assistive dossier whose phone app gives the user the result gets an autonomous finding and suggestion', () => {
    const text = dossier('assistive', 'The phone app gives the user a positive or negative result after the swab is scanned.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:15-10:59 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 17c: nobody reads the output before it takes effect', () => {
  test('"nobody", "no one" or "no human" reviewing before the output takes effect, or no clinician in between, is autonomous', () => {
    assert.deepEqual(cues('No one reviews the dose before the pump delivers it.'), ['autonomous: No one reviews']);
    assert.deepEqual(cues('Nobody checks the new rate before it takes effect.'), ['autonomous: Nobody checks']);
    assert.deepEqual(cues('No human sees the result before the patient does.'), ['autonomous: No human sees']);
    assert.deepEqual(cues('The result goes to the patient with no clinician in between.'), ['autonomous: with no clinician in between']);
    assert.deepEqual(cues('The software passes each new rate to the pump with no clinician in between.'), ['autonomous: with no clinician in between']);
  });

  test('an approval not required, a disclaimer, a read with no moment of effect, or nothing in between but a delay stays silent', () => {
    assert.deepEqual(cues('No one has to approve each pressure change during the night.'), []);
    assert.deepEqual(cues('Nobody should diagnose from the app alone.'), []);
    assert.deepEqual(cues('Nobody reviews the report.'), []);
    assert.deepEqual(cues('The result goes to the radiologist with no delay in between.'), []);
  });

  test('an augmentative dossier saying nobody checks the rate before it takes effect gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'Nobody checks the new rate before it takes effect.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:1-10:14 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 17c: a dose worked out from what the user enters is still the software\'s dose', () => {
  test('a person choosing the input after "from" or "based on" does not make the dose theirs', () => {
    assert.deepEqual(cues('The app recommends a dose from the carbohydrates the user enters.'), ['autonomous: recommends a dose']);
    assert.deepEqual(cues('The app recommends a dose based on the glucose values the patient logs.'), ['autonomous: recommends a dose']);
  });

  test('a dose or a rate the person chooses stays theirs', () => {
    assert.deepEqual(cues('The pump delivers the dose the user selects.'), []);
    assert.deepEqual(cues('The pump delivers insulin at rates the user selects.'), []);
  });
});

describe('round 17c: a dose told as an amount to give is the software\'s dose', () => {
  test('telling or showing a person how much of a therapy to give is autonomous', () => {
    assert.deepEqual(cues('The app tells the patient how much insulin to take.'), ['autonomous: tells the patient how much insulin to take']);
    assert.deepEqual(cues('The app shows the user how many units of insulin to inject before the meal.'), ['autonomous: shows the user how many units of insulin to inject']);
  });

  test('a quantity of something else, a therapy already given, or a negated telling stays off the autonomous class', () => {
    assert.deepEqual(cues('The meter tells the user how many carbohydrates the meal holds.'), []);
    assert.deepEqual(cues('The app shows how much insulin was delivered yesterday.'), []);
    assert.deepEqual(cues('The app does not tell the patient how much insulin to take.'), []);
  });

  test('an augmentative dossier whose app tells the patient how much insulin to take gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The app tells the patient how much insulin to take.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:9-10:51 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});
