/**
 * Stop 32 of the prose analysis (issue 9): misreadings found in the sets built blind in stop 31 (h128-h135 and
 * dossiers-blind24-26), measured unread, then opened. Each fix is a class of wording, not a sentence: every sentence
 * here was written for this file, and each reading has a close wording that keeps the older reading beside it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cuePhrases as cues } from './helpers';

describe('stop 32: a diagnostic verdict the software sorts a case into', () => {
  test('"as positive or negative", "as normal or abnormal", "into normal or abnormal" is the software concluding', () => {
    assert.deepEqual(cues('Our network labels every retinal photograph as normal or abnormal.'), ['autonomous: labels every retinal photograph as normal or abnormal']);
    assert.deepEqual(cues('After staining, the platform categorises the biopsy into normal or abnormal.'), ['autonomous: categorises the biopsy into normal or abnormal']);
    assert.deepEqual(cues('The software labels each cough recording as either positive or negative for pertussis.'), ['autonomous: labels each cough recording as either positive or negative']);
    assert.deepEqual(cues('The classifier classifies each urine sample as positive or negative for bacteriuria.'), ['autonomous: classifies each urine sample as positive or negative']);
  });

  test('a triage pair, a physician who confirms the sort, or a person who sorts keep their readings', () => {
    assert.deepEqual(cues('The software sorts each slide as suspicious or not.'), ['assistive: sorts each slide']);
    assert.deepEqual(cues('The tool grades each joint as normal or abnormal, and the rheumatologist confirms every grade.'), ['augmentative: grades', 'physician-interprets: rheumatologist confirms']);
    assert.deepEqual(cues('Each sample is classified as positive or negative by the laboratory scientist.'), []);
  });
});

describe('stop 32: a therapy machine that stops or steers its therapy itself', () => {
  test('a laser or stimulator that stops by itself; a tracker that interrupts the beam', () => {
    assert.deepEqual(cues('If the probe slips out of position, the laser stops automatically.'), ['autonomous: laser stops']);
    assert.deepEqual(cues('The stimulator pauses by itself once the tremor has settled.'), ['autonomous: stimulator pauses']);
    assert.deepEqual(cues('Our eye tracker interrupts the treatment beam by itself whenever the pupil drifts.'), ['autonomous: interrupts the treatment beam']);
  });

  test('a stop on a fault of the device, or one a person makes, decides nothing', () => {
    assert.deepEqual(cues('The pump stops automatically when the reservoir is empty.'), []);
    assert.deepEqual(cues('The laser stops when the surgeon releases the pedal.'), []);
  });

  test('a robot that guides the instrument and inserts it acts itself; a system that guides a person does not', () => {
    assert.deepEqual(cues('A robotic arm guides the cannula toward the selected artery and inserts it.'), ['autonomous: inserts it']);
    assert.deepEqual(cues('The system guides the nurse to the vein before she inserts the needle.'), ['assistive: guides']);
  });
});

describe('stop 32: released unread, said after the act', () => {
  test('"…, without an ophthalmologist looking at them" after the software\'s report', () => {
    assert.deepEqual(cues('The screening app reports the fundus photographs that show no disease on its own, without an ophthalmologist looking at them.'), [
      'autonomous: reports the fundus photographs that show no disease on its own, without an ophthalmologist looking',
    ]);
    assert.deepEqual(cues('The software issues the report, without a pathologist reviewing it.'), ['autonomous: issues the report, without a pathologist reviewing']);
  });

  test('a physician who reports without a second reader stays the physician', () => {
    assert.deepEqual(cues('The radiologist reports the studies, without a second radiologist reading them.'), ['physician-interprets: radiologist reports']);
  });
});

describe('stop 32: whether something shows, or a value crossed a limit', () => {
  test('"determines whether a fracture line is visible", "whether the rate has gone too high", "whether the video shows" flag a case', () => {
    assert.deepEqual(cues('The model then determines whether a fracture line is visible on the radiograph.'), ['assistive: determines whether']);
    assert.deepEqual(cues("The wristband determines whether the heart rate has gone too high or too low for the child's age."), ['assistive: determines whether']);
    assert.deepEqual(cues('The app tells the user whether the video shows contrast entering the airway.'), ['assistive: tells the user whether']);
  });

  test('whether the patient has a condition, or a condition is present, stays a conclusion', () => {
    assert.deepEqual(cues('The software determines whether the patient has appendicitis.'), ['autonomous: determines whether']);
    assert.deepEqual(cues('The algorithm decides whether a pneumothorax is present.'), ['autonomous: decides whether']);
  });
});

describe('stop 32: what is no output', () => {
  test('care started sooner is a benefit claimed, not a therapy the software starts', () => {
    assert.deepEqual(cues('Prompt detection should let the ward team review the scan and start treatment in time.'), []);
    assert.deepEqual(cues('Clinics can screen more patients and start them on therapy earlier.'), ['assistive: screen']);
  });

  test('a therapy on a condition, or timed with the patient, stays', () => {
    assert.deepEqual(cues('When oxygen saturation falls, the controller starts the oxygen flow.'), ['autonomous: starts the oxygen']);
    assert.deepEqual(cues('The unit fires the stimulation in time with each step.'), ['autonomous: fires the stimulation']);
  });

  test('"treats as" regards; a device that treats a condition still treats', () => {
    assert.deepEqual(cues('Diagnoses it treats as minor are not shown to the patient.'), []);
    assert.deepEqual(cues('The pump treats low glucose by suspending insulin on its own.'), ['autonomous: treats', 'autonomous: suspending insulin']);
  });

  test('a score achieved in a study is no score given; scoring epochs is', () => {
    assert.deepEqual(cues('In the public challenge the model scored 0.91, ahead of every other entry.'), []);
    assert.deepEqual(cues('The software scores 30-second epochs into sleep stages.'), ['augmentative: scores']);
  });

  test('reading volumes are workload; a chamber volume is a quantity', () => {
    assert.deepEqual(cues('Regional screening programmes produce high reading volumes for the few radiologists available.'), []);
    assert.deepEqual(cues('The software computes the left atrial volumes.'), ['augmentative: computes']);
  });

  test('a quantity said to be an intermediate step is no output', () => {
    assert.deepEqual(cues('As an intermediate step, the model calculates a perfusion index for each segment.'), []);
    assert.deepEqual(cues('The model calculates a perfusion index for each segment.'), ['augmentative: calculates']);
  });
});

describe('stop 32: the physician after the software, and the tagger', () => {
  test('"then reassess": the physician reads what the software flagged', () => {
    assert.deepEqual(cues('Consultant cardiologists then reassess every alerted tracing and decide on treatment.'), ['physician-interprets: cardiologists then reassess']);
  });

  test('reassessing patients reads no output; "normal studies" stays a noun (so "closes" is the verb)', () => {
    assert.deepEqual(cues('Cardiologists reassess the patients at six months.'), []);
    assert.deepEqual(cues('The algorithm closes normal studies without a radiologist reading them.'), ['autonomous: without a radiologist reading']);
  });

  test('"…, and this software measures the corrected QT interval": the software\'s verb after an earlier verb', () => {
    assert.deepEqual(cues('Local protocols call for daily checks, and this software measures the corrected QT interval every five minutes.'), ['augmentative: measures']);
    assert.deepEqual(cues('Outcome measures included the time to treatment, and the software measures the delay.'), ['augmentative: measures']);
  });

  test('"analytics combine them into measurements": a plural product noun and its verb before an object pronoun', () => {
    assert.deepEqual(cues('Cloud analytics combine them into measurements of the axial length.'), ['augmentative: combine them into measurements']);
    assert.deepEqual(cues('Radiologists combine them with the history.'), ['physician-interprets: Radiologists combine']);
  });
});

describe('stop 32: the care the product spares, and closed-loop wording', () => {
  test('"would otherwise review", "Without the tool, … would have to examine": no reading of the output', () => {
    assert.deepEqual(cues('The service targets mass screening, where cardiologists would otherwise read every tracing by hand.'), []);
    assert.deepEqual(cues('Without the software, pathologists would have to examine every slide at high power.'), []);
  });

  test('a physician who would then review, or who reviews even without the product, keeps the reading', () => {
    assert.deepEqual(cues('The radiologist would then review the flagged cases.'), ['physician-interprets: radiologist would then review']);
    assert.deepEqual(cues('Without the software, the radiologist reviews every flagged case.'), ['physician-interprets: radiologist reviews']);
  });

  test('a computer that changes the dose, a controller that fine-tunes the infusion', () => {
    assert.deepEqual(cues('A bedside computer changes the oxytocin dose according to the contractions it records.'), ['autonomous: changes the oxytocin dose']);
    assert.deepEqual(cues('The controller fine-tunes the infusion rate every minute.'), ['autonomous: fine-tunes the infusion']);
    assert.deepEqual(cues('The computer displays the images.'), []);
  });
});

describe('stop 32 review: where the new readings stop', () => {
  test('a verdict sort that is hedged, denied, a suggestion or against a threshold stays a flag', () => {
    assert.deepEqual(cues('The software may classify the smear as positive or negative.'), ['assistive: classify']);
    assert.deepEqual(cues('The software classifies smears as positive or negative only as a preliminary suggestion.'), ['assistive: classifies']);
    assert.deepEqual(cues('The software classifies the troponin as positive or negative against the 99th percentile threshold.'), ['assistive: classifies']);
  });

  test('a therapy machine stopping on a fault or at a person\'s control decides nothing', () => {
    assert.deepEqual(cues('The laser stops automatically if the fibre breaks.'), []);
    assert.deepEqual(cues('The stimulator stops automatically when the lead impedance is out of range.'), []);
    assert.deepEqual(cues('The laser stops automatically when the user lifts the foot pedal.'), []);
  });

  test('a helping verb before a bare verb, or a person who inserts, keeps the act a person\'s', () => {
    assert.deepEqual(cues('The robot helps insert the needle.'), []);
    assert.deepEqual(cues('The robot guides the needle toward the vein, and the phlebotomist inserts it.'), ['assistive: guides']);
  });

  test('unread after the act: not with a denial, or a physician who confirms it later', () => {
    assert.deepEqual(cues('The software reports the studies, but not without a radiologist reading them first.'), ['physician-interprets: without a radiologist reading']);
    assert.deepEqual(cues('The software issues a preliminary report, without a radiologist reading it, which the radiologist later confirms.'), []);
  });

  test('whether a clip shows a normal heart is a verdict; whether a value exceeds a figure is an alarm', () => {
    assert.deepEqual(cues('The software determines whether the clip shows a normal heart.'), ['autonomous: determines whether']);
    assert.deepEqual(cues('The app tells the user whether the QT interval exceeds 500 ms.'), ['assistive: tells the user whether']);
  });

  test('"scored best" is achieved; care started "sooner than a clinician would" is the software\'s', () => {
    assert.deepEqual(cues('Of the variants compared, the third model scored best.'), []);
    assert.deepEqual(cues('The software starts treatment sooner than a clinician would.'), ['autonomous: starts treatment']);
  });

  test('an intermediate step mutes only its own stretch of the sentence', () => {
    assert.deepEqual(cues('The segmentation is an intermediate step; the software reports the total plaque volume.'), ['augmentative: reports the total plaque volume']);
  });
});

describe('stop 32: a verdict no physician looks at', () => {
  test('"Smears that the software classifies as negative are not reviewed by a cytologist": the verdict takes effect unread', () => {
    assert.deepEqual(cues('Smears that the software classifies as negative are not reviewed by a cytologist.'), ['autonomous: classifies as negative are not reviewed']);
    assert.deepEqual(cues('Studies the software calls normal are never read by a radiologist.'), ['autonomous: calls normal are never read']);
  });

  test('a physician\'s verdict, a review that still happens, or a close that waits for the reader keep their readings', () => {
    assert.deepEqual(cues('Studies the radiologist calls normal are not reviewed by a second radiologist.'), []);
    assert.deepEqual(cues('Studies the software calls normal are still reviewed by a radiologist.'), ['physician-interprets: reviewed']);
    assert.deepEqual(cues('Studies the software calls normal are not closed until a radiologist has read them.'), ['physician-interprets: radiologist has read']);
  });
});
