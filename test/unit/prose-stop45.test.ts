/**
 * Stop 45 of the prose analysis (issue 9): readings missing in the batch built blind in stop 44 (AF: h196-h199), opened
 * this stop. Every sentence here was written for this file (none is AF's); each group keeps a close wording whose older
 * reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 45: a past verb right after "who"', () => {
  test('the relative clause of a named physician, in the past, is that physician reading or deciding', () => {
    assert.deepEqual(kinds('The results went to the haematologist, who made the final decision.'), ['physician-interprets']);
    assert.deepEqual(kinds('Each flagged film went to the radiologist, who reviewed it before the report was sent.'), ['physician-interprets']);
  });

  test('"whose" and "which" keep their older readings', () => {
    // a participle after "whose" qualifies the noun
    assert.deepEqual(kinds('Patients whose estimated risk exceeded 10 % were enrolled.'), []);
    // "which" after a condition names no act of the software
    assert.deepEqual(kinds('The drug can cause severe encephalopathy, which halted mass treatment in the region.'), []);
  });
});

describe('stop 45: a controller changing the pump or the breath itself', () => {
  test('resetting or changing the pump, and adjustments made to it by the computer, are therapy the device decides', () => {
    assert.deepEqual(kinds('The controller resets the pump rate every two minutes.'), ['autonomous']);
    assert.deepEqual(kinds('Pump adjustments are made by the computer once the loop is closed.'), ['autonomous']);
    assert.deepEqual(kinds('The algorithm makes dose adjustments every hour.'), ['autonomous']);
    assert.deepEqual(kinds('Older controllers manipulated the heparin infusion according to the clotting time.'), ['autonomous']);
  });

  test('a loop named as the controller acts as the device does', () => {
    assert.deepEqual(kinds('The inner loop sets respiratory rate and tidal volume from the CO2 reading.'), ['autonomous']);
  });

  test('a person setting up or adjusting the pump is not the device deciding', () => {
    assert.deepEqual(kinds('The nurse sets up the pump before the first dose.'), []);
    assert.deepEqual(kinds('The nurse makes pump adjustments on the ward round.'), []);
    assert.deepEqual(kinds('The app shows the pump status on the home screen.'), []);
  });

  test('"drive" keeps its own readings (no pump entry shadows it)', () => {
    assert.deepEqual(kinds('The same readings drive alarm signals on the central station.'), ['assistive']);
  });
});

describe('stop 45: advice on a therapy machine\'s settings', () => {
  test('advice or recommendations on the ventilator or pump settings are a management option (autonomous)', () => {
    assert.deepEqual(kinds('The system gives advice on the ventilator settings every hour.'), ['autonomous']);
    assert.deepEqual(kinds('The program provides recommendations for pump settings after each meal.'), ['autonomous']);
  });

  test('advice on the alarms, or advice a manual gives, is not', () => {
    assert.notDeepEqual(kinds('The system gives advice on the ventilator alarms.'), ['autonomous']);
    assert.deepEqual(kinds('The manual gives advice on the ventilator settings.'), []);
    assert.deepEqual(kinds('The system does not give advice on ventilator settings.'), []);
  });
});

describe('stop 45: searching a record for what may be wrong', () => {
  test('checking or examining each record for a finding points it out (assistive)', () => {
    assert.deepEqual(kinds('The algorithm checks each resting ECG for reversed limb leads.'), ['assistive']);
    assert.deepEqual(kinds('The program examines every smear for malaria parasites.'), ['assistive']);
    assert.deepEqual(kinds('The software checks the chart for a penicillin allergy.'), ['assistive']);
  });

  test('"for" naming a duration, a person, each case, updates or signal quality is no finding looked for', () => {
    assert.deepEqual(kinds('The software checks the signal for 30 seconds.'), []);
    assert.deepEqual(kinds('The app checks for updates each night.'), []);
    assert.deepEqual(kinds('The software checks each dose for each patient.'), []);
    assert.deepEqual(kinds('The tool checks the image for the referring physician.'), []);
    assert.deepEqual(kinds('The watch checks each recording for quality before analysis.'), []);
  });

  test('a check named as the subject is still the device\'s check', () => {
    assert.deepEqual(kinds('A safety check compares each proposed bolus with a limit and displays a warning when it is exceeded.'), ['assistive']);
  });
});

describe('stop 45: a judgement owned after "responsible for"', () => {
  test('a named physician responsible for the assessment reads the output first', () => {
    assert.deepEqual(kinds('The dermatologist stays responsible for the assessment.'), ['physician-interprets']);
  });

  test('an assessment of something else, or the software responsible, is not', () => {
    assert.deepEqual(kinds('Clinicians are responsible for the assessment of eligibility.'), []);
    assert.deepEqual(kinds('The software is responsible for the assessment.'), []);
  });
});

describe('stop 45: tagging', () => {
  test('"time" after a modifier is a noun: the inspiratory time, the reading time', () => {
    assert.deepEqual(kinds('It flags studies in real time.'), ['assistive']);
    assert.deepEqual(kinds('The reading time fell by 30 % in the second month.'), []);
  });
});

describe('stop 45: an appositive with a participle between the subject and its verb', () => {
  test('"The model, a network trained on …, returns …" is the model\'s act', () => {
    assert.deepEqual(kinds('The classifier, a random forest trained on voice recordings, returns the probability that the patient aspirated.'), ['augmentative']);
    assert.deepEqual(kinds('The model, a gradient-boosted ensemble trained on 2,400 of 3,000 tracings from two hospitals, detects atrial flutter in each tracing.'), ['assistive']);
  });

  test('the same participle outside an appositive keeps its reading', () => {
    assert.deepEqual(kinds('The cardiologist trained in ECG reviews every tracing.'), ['physician-interprets']);
  });
});

describe('stop 45: a question of when or how much to act', () => {
  test('suggesting when to take a medicine or start a therapy is a management option (autonomous)', () => {
    assert.deepEqual(kinds('The app suggests when to take the next tablet.'), ['autonomous']);
    assert.deepEqual(kinds('The program recommends when to start insulin.'), ['autonomous']);
  });

  test('a question of when to do something that is no therapy is not', () => {
    assert.deepEqual(kinds('The app suggests when to take a photo of the wound.'), []);
    assert.deepEqual(kinds('The app suggests when to rest.'), []);
  });
});

describe('stop 45: a purpose after reaching a person', () => {
  test('clinicians who phone the patient to confirm the finding read the output first', () => {
    assert.deepEqual(kinds('Clinicians phone the patient to confirm whether the catheter has really failed.'), ['physician-interprets']);
  });

  test('the person told to act is still the one who acts', () => {
    assert.deepEqual(kinds('The app asks the patient to confirm the reading.'), []);
  });
});

describe('stop 45: acting on the software\'s proposal, and a new subject after "and then"', () => {
  test('a physician who confirms, edits or rejects the proposal acts on an option (Level I), no reading', () => {
    assert.deepEqual(kinds('The GP then confirms, edits or rejects the proposal.'), []);
    // a proposed measurement stays an output the physician reads
    assert.deepEqual(kinds('The cardiologist confirms each proposed measurement.'), ['physician-interprets']);
  });

  test('"and then it decides" after a relative clause about a person is the software deciding again', () => {
    assert.deepEqual(kinds('It compares the counts with the goals that the physiotherapist set and then it decides by itself the next dose.'), ['autonomous']);
  });
});

describe('stop 45 review: limits of the new readings', () => {
  test('checking for a duration, for missing documentation, for artefact or for acceptability is no finding looked for', () => {
    assert.deepEqual(kinds('The monitor checks the recording for a duration of 30 seconds.'), []);
    assert.deepEqual(kinds('The program checks the record for missing consent documentation.'), []);
    assert.deepEqual(kinds('The algorithm inspects each frame for motion artefact and drops the poor ones.'), []);
    assert.deepEqual(kinds('The program checks each curve for acceptability criteria.'), []);
  });

  test('an appositive about a person, or a doctor named by title, keeps the person acting', () => {
    assert.deepEqual(kinds('Dr. Osei, a cardiologist trained in Leeds, reviewed every tracing.'), ['physician-interprets']);
    assert.deepEqual(kinds('Dr Marsh must confirm every flagged tracing.'), ['physician-interprets']);
    // "DR" as diabetic retinopathy is no doctor
    assert.deepEqual(kinds('Photographs are uploaded and analysed by our DR and glaucoma modules.'), []);
  });

  test('a loop is the controller only as a control loop', () => {
    assert.deepEqual(kinds('The feedback loop resets the pump rate every minute.'), ['autonomous']);
    assert.deepEqual(kinds('Loop diuretics reduce congestion within hours.'), []);
    assert.deepEqual(analyseSentence('The loop of Henle is where most sodium is reabsorbed.').agent, 'none');
  });
});

describe('stop 45: searching raw data or for anatomy is processing', () => {
  test('raw data searched, or anatomy looked for before segmenting, names no finding pointed out', () => {
    assert.deepEqual(kinds('The algorithm checks the accelerometer data for periods of rest.'), []);
    assert.deepEqual(kinds('The software first checks each scan for the liver.'), []);
    assert.deepEqual(kinds('The software checks each series for the kidneys.'), []);
  });
});

describe('stop 45: verbs that double their final consonant', () => {
  test('"controlled", "controlling" and "transmitted" are the verbs\' forms', () => {
    assert.deepEqual(kinds('The infusion pump is controlled by the algorithm every ten seconds.'), ['autonomous']);
    assert.deepEqual(kinds('It holds the depth of anaesthesia steady by controlling the propofol infusion.'), ['autonomous']);
  });

  test('a participial aside after the subject leaves the verb after it to the subject', () => {
    assert.deepEqual(kinds('The network, developed with a university hospital, diagnoses otitis media from the photograph.'), ['autonomous']);
  });

  test('"labelled for use", "signalling" stay no marking', () => {
    assert.deepEqual(kinds('The index is labelled for propofol and sevoflurane.'), []);
    assert.deepEqual(kinds('Both genes reflect oestrogen signalling.'), []);
  });
});
