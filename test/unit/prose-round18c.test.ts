/**
 * Round 18c of the prose analysis (issue 9): autonomy read from who sees the result before it takes effect, and from
 * control loops said in new words. Tuned on the own set and the odd-numbered holdouts only, checked on the
 * even-numbered ones and the dev set (test/prose/README.md, "Round 18c"). Every sentence here was written for this
 * file; each positive has a close wording that keeps its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 18c: no human reader between the result and its use', () => {
  test('a result that goes on with no reader, said with the result as the subject, is autonomous', () => {
    assert.deepEqual(cues('Most benign answers go back to the wearer with no dermatologist looking at them first.'), ['autonomous: with no dermatologist looking']);
    assert.deepEqual(cues('Nearly all low-risk outcomes leave the kiosk without an optometrist checking them.'), ['autonomous: without an optometrist checking']);
  });

  test('the software standing in for a human reader is autonomous; a substitution that names no reading, or a person who works the device, stays silent', () => {
    assert.deepEqual(cues('Fundus photographs are sorted by the model instead of by human graders at the reading hub.'), ['autonomous: instead of by human graders']);
    assert.ok(cues('The tool scores each sleep study in place of a human scorer.').includes('autonomous: in place of a human scorer'));
    assert.deepEqual(cues('The software reads the fundus images in place of the specialist.'), ['autonomous: in place of the specialist']);
    assert.deepEqual(cues('The software stores the images instead of the specialist.'), []);
    assert.deepEqual(cues('Fundus photographs are sorted by the model instead of by the reading hub.'), []);
    assert.deepEqual(cues('The pump is programmed by nurses instead of physicians.'), []);
    assert.deepEqual(cues('The benign verdict reaches the cardiologist within minutes.'), []);
  });

  test('a result that reaches a lay person is autonomous; one that reaches a portal is not', () => {
    assert.deepEqual(cues('The benign verdict reaches the patient directly through the portal app.'), ['autonomous: verdict reaches the patient']);
    assert.deepEqual(cues('The benign verdict reaches the patient portal overnight.'), []);
  });

  test('a therapy change that takes effect with nobody reading it is autonomous; anyone who only opens or notices is no reader', () => {
    assert.deepEqual(cues('Treatment changes take effect without a clinician approving them.'), ['autonomous: without a clinician approving']);
    assert.deepEqual(cues('Each new dose takes effect without anyone checking it.'), ['autonomous: without anyone checking']);
    assert.deepEqual(cues('Changes were made without anyone noticing.'), []);
  });

  test('a review said not to happen, or an output a named physician does not review, is autonomous; a review required, a study or a wait is not', () => {
    assert.deepEqual(cues('No overread is performed before the result is released.'), ['autonomous: No overread']);
    assert.deepEqual(cues('The results are not reviewed by a clinician before release.'), ['autonomous: results are not reviewed by a clinician']);
    assert.deepEqual(cues('None of the verdicts is checked by a physician.'), ['autonomous: None of the verdicts is checked by a physician']);
    assert.deepEqual(cues('No human review was performed in the study.'), []);
    assert.deepEqual(cues('The results are not reviewed by a cardiologist until the next morning.'), []);
    assert.deepEqual(cues('The results may not be reviewed by a clinician before release.'), []);
  });

  test('an autonomous dossier whose outcomes reach the wearer unread gets no finding; declared augmentative, it gets one', () => {
    const body = 'Most benign answers go back to the wearer with no dermatologist looking at them first.';
    assert.deepEqual(cueFindings(dossier('autonomous', body)), []);
    assert.equal(suggested(dossier('autonomous', body)), 'autonomous');
    assert.equal(cueFindings(dossier('augmentative', body)).length, 1);
  });
});

describe('round 18c: a controller that closes the loop, said in new words', () => {
  test('a device running closed-loop is autonomous; a closed-loop feature, a mode it can run in, or a denial is not', () => {
    assert.deepEqual(cues('The neuromodulator runs in closed loop on the evoked compound action potential.'), ['autonomous: runs in closed loop']);
    assert.deepEqual(cues('Our pump controller works closed-loop from the sensor glucose.'), ['autonomous: works closed-loop']);
    assert.deepEqual(cues('It is the first stimulator with a closed-loop feature.'), []);
    assert.deepEqual(cues('The stimulator can operate closed-loop when the clinician enables it.'), []);
    assert.deepEqual(cues('The stimulator does not operate closed-loop.'), []);
    assert.deepEqual(cues('The analysis runs in a closed research environment.'), []);
  });

  test('a device correcting its own output with a cadence or toward a level is autonomous', () => {
    assert.deepEqual(cues('The ventilator trims its delivered pressure breath by breath.'), ['autonomous: trims its delivered pressure breath by breath']);
    assert.deepEqual(cues('The stimulator adjusts its output to hold the response at that level.'), ['autonomous: adjusts its output to hold the response']);
    assert.deepEqual(cues('The software changes its output format to DICOM.'), []);
    assert.deepEqual(cues('Each image is processed pulse by pulse.'), []);
  });

  test('a therapy going back to a level set beforehand is autonomous; a ramp or a screen going back is not', () => {
    assert.deepEqual(cues('Once the movement stops, stimulation goes back to the baseline level.'), ['autonomous: goes back to the baseline level']);
    assert.deepEqual(cues('Once the patient settles, the pressure reverts to the prescribed setting.'), ['autonomous: reverts to the prescribed setting']);
    assert.deepEqual(cues('With the ramp, pressure climbs to the prescribed level over several days.'), []);
    assert.deepEqual(cues('The display returns to the home screen.'), []);
  });

  test('a protocol\'s therapeutic step put into effect by the software is autonomous; by a person, or a step of the analysis, is not', () => {
    assert.deepEqual(cues('The controller then applies the next therapeutic step from the weaning protocol.'), ['autonomous: applies the next therapeutic step']);
    assert.deepEqual(cues('Its adaptive mode puts protective ventilation strategies into effect on its own.'), ['autonomous: puts protective ventilation strategies into effect']);
    assert.deepEqual(cues('The clinician applies the therapeutic step the protocol prescribes.'), []);
    assert.deepEqual(cues('The respiratory therapist conducts weaning from the ventilator.'), []);
    assert.deepEqual(cues('The algorithm applies a smoothing step to the signal.'), []);
  });

  test('a device working toward a therapy setting\'s optimum from a signal of the patient is autonomous; an image setting, or a person, is not', () => {
    assert.deepEqual(cues('The bed works toward the best position from the airflow.'), ['autonomous: works toward the best position from the airflow']);
    assert.deepEqual(cues('The pillow seeks the best head angle using the breathing sounds.'), ['autonomous: seeks the best head angle using the breathing']);
    assert.deepEqual(cues('The software works toward the best probe position from the live image.'), []);
    assert.deepEqual(cues('The clinician works toward the best pressure from the airflow.'), []);
  });

  test('a therapy changed on a signal of the patient (actively, passively, as a response, or as a therapy that follows) is autonomous; a display, a request or a clinician is not', () => {
    assert.deepEqual(cues('The software tunes the therapy in response to the patient\'s symptoms.'), ['autonomous: tunes the therapy in response to the patient\'s symptoms']);
    assert.deepEqual(cues('The ventilator lowers its support as the patient breathes more on their own.'), ['autonomous: lowers its support as the patient breathes']);
    assert.deepEqual(cues('Stimulation intensity is adjusted by the device according to the recorded nerve response.'), ['autonomous: adjusted by the device according to the recorded nerve response']);
    assert.deepEqual(cues('The stimulator reacts to each detected seizure by delivering a burst of stimulation.'), ['autonomous: reacts to each detected seizure by delivering a burst']);
    assert.deepEqual(cues('The insulin delivery follows the sensor glucose without user input.'), ['autonomous: follows the sensor glucose']);
    // a display, a report, a user's request, a clinician or a permission changes nothing of the therapy
    assert.deepEqual(cues('The image contrast is adjusted by the software according to the signal strength.'), []);
    assert.deepEqual(cues('The app changes the exercise program when the user asks.'), []);
    assert.deepEqual(cues('The clinician adjusts the therapy in response to the patient\'s symptoms.'), []);
    assert.deepEqual(cues('The software responds with a report.'), []);
    assert.deepEqual(cues('The software can raise the rate when the patient exercises.'), []);
    assert.deepEqual(cues('The report follows the patient\'s symptoms over time.'), []);
  });

  test('a therapy that starts or stops automatically, or a device choosing which therapy, is autonomous; a report, a clinician or a reading order is not', () => {
    assert.ok(cues('Therapy begins automatically when the sensor detects apnea.').includes('autonomous: Therapy begins automatically'));
    assert.deepEqual(cues('The device decides which therapy to give.'), ['autonomous: decides which therapy']);
    assert.deepEqual(cues('The report starts automatically.'), []);
    assert.deepEqual(cues('Therapy begins when the clinician presses start.'), []);
    assert.deepEqual(cues('The software decides which studies to read first.'), ['assistive: decides which studies to read first']);
  });

  test('an assistive dossier whose stimulator runs closed-loop gets a finding; declared autonomous, none', () => {
    const body = 'The neuromodulator runs in closed loop on the evoked compound action potential.';
    assert.equal(cueFindings(dossier('assistive', body)).length, 1);
    assert.deepEqual(cueFindings(dossier('autonomous', body)), []);
    assert.equal(suggested(dossier('autonomous', body)), 'autonomous');
  });
});

describe('round 18c: a fitting done by the software or by the user alone', () => {
  test('settings the software sets to match the user\'s own hearing are autonomous', () => {
    assert.deepEqual(cues('The app sets the gain to suit the wearer\'s audiogram.'), ['autonomous: sets the gain to suit the wearer\'s audiogram']);
    assert.deepEqual(cues('The settings are applied to the earbuds.'), []);
  });

  test('a lay user fitting the aid alone is autonomous; their own fitting, a professional, or a denial is not', () => {
    assert.deepEqual(cues('The wearer completes the fitting alone in the app.'), ['autonomous: completes the fitting alone']);
    assert.deepEqual(cues('Patients complete the gain settings on their own.'), ['autonomous: complete the gain settings on their own']);
    assert.deepEqual(cues('Users adjust their own fitting in the app.'), []);
    assert.deepEqual(cues('The audiologist completes the fitting alone.'), []);
    assert.deepEqual(cues('Users cannot complete the fitting by themselves.'), []);
    assert.deepEqual(cues('The user sets the display settings by themselves.'), []);
  });

  test('settings applied without a professional fitting are autonomous; a product sold without one is not', () => {
    assert.deepEqual(cues('The chosen settings are sent to the earbuds without a professional fitting appointment.'), ['autonomous: without a professional fitting']);
    assert.deepEqual(cues('The device is sold without a professional fitting.'), []);
  });

  test('an augmentative dossier whose wearer completes the fitting alone gets a finding', () => {
    const body = 'The wearer completes the fitting alone in the app.';
    assert.equal(cueFindings(dossier('augmentative', body)).length, 1);
    assert.deepEqual(cueFindings(dossier('autonomous', body)), []);
  });
});

describe('round 18c: a product used or sold without a professional is no output that goes on unread', () => {
  test('using or selling the product without a professional stays silent; a reading named after the professional, or an output used without one, stays autonomous', () => {
    assert.deepEqual(cues('Our app is sold and used with no audiologist taking part.'), []);
    assert.deepEqual(cues('The buds are meant to be used by the wearer alone, without an audiologist.'), []);
    assert.deepEqual(cues('The app is used at home without a cardiologist reading the tracing.'), ['autonomous: without a cardiologist reading']);
    assert.deepEqual(cues('The result is used to refer the patient without an optometrist checking the photographs.'), ['autonomous: without an optometrist checking']);
  });
});

describe('round 18c: a screening disposition handed to what was screened', () => {
  test('a single Pass or Refer handed to the ear or the newborn is autonomous; a first pass, or a reader assigning it, is not', () => {
    assert.deepEqual(cues('The software gives the infant a Refer result.'), ['autonomous: gives the infant a Refer result']);
    assert.deepEqual(cues('The newborn receives a refer.'), ['autonomous: newborn receives a refer']);
    assert.deepEqual(cues('It stops the test and assigns a Pass to the left ear.'), ['autonomous: assigns a Pass to the left ear']);
    assert.deepEqual(cues('The software makes a first pass over the data.'), []);
    assert.deepEqual(cues('The audiologist assigns a pass to that ear.'), []);
    assert.deepEqual(cues('The ear may receive a refer result.'), []);
  });
});

describe('round 18c: a verdict that a lay person learns, or that moves the patient on', () => {
  test('a lay person learning the verdict is autonomous; a clinician, a hedge, a denial or the patient\'s own account is not', () => {
    assert.deepEqual(cues('The wearer finds out within a minute whether the rhythm is normal.'), ['autonomous: wearer finds out within a minute whether']);
    assert.deepEqual(cues('The parent learns at once whether the hearing screen was passed.'), ['autonomous: parent learns at once whether']);
    assert.deepEqual(cues('The clinician learns whether the lesion is high risk.'), []);
    assert.deepEqual(cues('The patient may learn whether the lesion is high risk.'), []);
    assert.deepEqual(cues('The patient does not learn whether the lesion is high risk.'), []);
    assert.deepEqual(cues('The patient tells the nurse whether the pain is worse.'), []);
  });

  test('an indicator telling the user whether is autonomous; a message about findings stays a flag', () => {
    assert.deepEqual(cues('A green or amber light tells the user whether to see a doctor.'), ['autonomous: light tells the user whether']);
    assert.deepEqual(cues('A message tells the user whether any findings were detected.'), ['assistive: tells the user whether']);
  });

  test('a result that moves the patient along or out of care is autonomous', () => {
    assert.deepEqual(cues('A benign call discharges the patient from the pathway.'), ['autonomous: call discharges the patient from the pathway']);
    assert.deepEqual(cues('A negative result releases the patient from further follow-up.'), ['autonomous: result releases the patient from further follow-up']);
    assert.deepEqual(cues('A benign call does not discharge the patient from the pathway.'), []);
    assert.deepEqual(cues('The results return to the clinic.'), []);
  });

  test('an augmentative dossier whose patient learns the verdict gets a finding', () => {
    const body = 'The wearer finds out within a minute whether the rhythm is normal.';
    assert.equal(cueFindings(dossier('augmentative', body)).length, 1);
    assert.deepEqual(cueFindings(dossier('autonomous', body)), []);
  });
});

describe('round 18c: a lay person getting the result, and a referral the software makes', () => {
  test('a lay person receiving a result is autonomous; a reminder, a clinician, a relative clause or a hedge is not', () => {
    assert.deepEqual(cues('The wearer receives a positive or negative result on the phone.'), ['autonomous: wearer receives a positive or negative result']);
    assert.deepEqual(cues('The patient gets a high-risk or low-risk result within seconds.'), ['autonomous: patient gets a high-risk or low-risk result']);
    assert.deepEqual(cues('The clinician receives the result.'), []);
    assert.deepEqual(cues('The patient may receive an inconclusive result.'), []);
    assert.deepEqual(cues('A wearer who receives a result should talk to a doctor.'), []);
  });

  test('a patient or screen referred automatically is autonomous; referred by a physician, or with no one named, is not', () => {
    assert.deepEqual(cues('Positive cases are automatically referred to the retina clinic.'), ['autonomous: automatically referred']);
    assert.deepEqual(cues('The patient is referred automatically when the result is positive.'), ['autonomous: referred automatically']);
    assert.deepEqual(cues('The patient is referred by the physician.'), []);
    assert.deepEqual(cues('Positive cases are not automatically referred.'), []);
  });
});
