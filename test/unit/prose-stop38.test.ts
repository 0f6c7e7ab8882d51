/**
 * Stop 38 of the prose analysis (issue 9): classes read in the batch built blind in stop 37 (X: h164-h167), opened this
 * stop. Every sentence here was written for this file (none is X's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cuePhrases as cues } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 38: who reads', () => {
  test('whoever performs a scope examination is a physician', () => {
    assert.deepEqual(cues('The colposcopist reviews the colour map and picks the biopsy sites.'), ['physician-interprets: colposcopist reviews']);
    assert.deepEqual(cues('The bronchoscopist interprets each highlighted segment.'), ['physician-interprets: bronchoscopist interprets']);
    // a microscope is no person
    assert.deepEqual(kinds('The microscope scans every slide.'), []);
  });

  test('a patient the software flagged is its output to review', () => {
    assert.deepEqual(cues('The stewardship pharmacist reviews every flagged patient.'), ['physician-interprets: pharmacist reviews']);
    // a patient reviewed as such is the physician's own examination
    assert.deepEqual(kinds('The physician reviews each patient at the bedside.'), []);
  });

  test('a physician named before a comma aside who remains the final reader reads', () => {
    assert.deepEqual(cues('The software supports the neuroradiologist, who remains the final reader.'), ['physician-interprets: neuroradiologist, who remains the final reader']);
    // a nurse (who may only operate) stays unread; so does a reader who is merely described
    assert.deepEqual(kinds('The tool helps the nurse, who remains the final reader.'), []);
    assert.deepEqual(kinds('The software supports the radiologist, who is the reader of record.'), []);
  });

  test('readers a statistic is measured against are the reference, not a reading in care', () => {
    assert.deepEqual(kinds('Its sensitivity was measured against the reads of three thoracic radiologists, who reviewed every scan.'), []);
    assert.deepEqual(kinds('Agreement is assessed versus two senior dermatologists, who adjudicate every lesion.'), []);
    // a statistic in another clause leaves the reading in care alone
    assert.deepEqual(cues('Specificity was checked against histology; the pathologist reviews each slide before sign-out.'), ['physician-interprets: pathologist reviews']);
  });
});

describe('stop 38: conclusions and choices', () => {
  test('a verdict pair next to a reference named elsewhere in the sentence is still the software\'s', () => {
    assert.deepEqual(kinds('The console matches the optical signals to its reference library and returns a normal or abnormal result at once.'), ['autonomous']);
    // the reference label itself stays no verdict of the software's (the comparison is read, not a conclusion)
    assert.deepEqual(kinds('Every scan is compared with the reference label: normal or abnormal.'), ['augmentative']);
  });

  test('a verdict labelled from people\'s records is a reference label', () => {
    assert.deepEqual(kinds('Based on the discharge reports, every recording was labelled as positive or negative for atrial fibrillation.'), []);
    assert.deepEqual(kinds('Each recording is labelled as positive or negative by the algorithm.'), ['autonomous']);
  });

  test('a screen that reports whether the child passes gives a verdict', () => {
    assert.deepEqual(kinds('The reading is checked against the age limits, and the screen reports whether the child passes or needs referral.'), ['autonomous']);
  });

  test('a medicine, or a management pathway over a range of care, chosen for the patient is a Level I option', () => {
    assert.deepEqual(cues('The program recommends the narrowest antibiotic the isolate is likely to respond to.'), ['autonomous: recommends the narrowest antibiotic']);
    assert.deepEqual(cues('The engine decides automatically which vaccines the child is due for.'), ['autonomous: decides automatically which vaccines']);
    assert.deepEqual(cues('For each infant it recommends a colour-coded management pathway (green, amber or red), ranging from routine checks, through a septic screen, to intravenous antibiotics.'), ['autonomous: recommends a colour-coded management pathway']);
    // a pathway put to a clinician who decides stays the clinician's (stop 29)
    assert.deepEqual(kinds('For each infant it recommends a management pathway to the neonatologist, who decides.'), []);
    // clinicians choosing management, or deciding on it, are no software option
    assert.deepEqual(kinds('Obstetricians rely on the estimated age to choose management.'), []);
    assert.deepEqual(kinds('The software shows which vaccines were given.'), []);
  });

  test('a fertility status told as an indirect question is the software\'s conclusion', () => {
    assert.deepEqual(kinds('The app tells the user on which days she is fertile.'), ['autonomous']);
    assert.deepEqual(kinds('The monitor shows which days are fertile.'), ['autonomous']);
    // days the user marked herself, or logged, are no conclusion of the software's
    assert.deepEqual(kinds('The app shows her which days she marked as fertile.'), []);
    assert.deepEqual(kinds('The app shows which days were logged.'), []);
  });

  test('telling that a fall happened is a detection, not a diagnosis', () => {
    assert.deepEqual(cues('A model on the pendant decides whether the wearer has fallen.'), ['assistive: decides whether']);
    assert.deepEqual(kinds('The software decides whether the patient has epilepsy.'), ['autonomous']);
  });
});

describe('stop 38: worn devices that act on the wearer', () => {
  test('a prosthesis or hearing aid that tunes itself changes therapy', () => {
    assert.deepEqual(cues('The microprocessor prosthesis changes its knee damping with every stride.'), ['autonomous: changes its knee damping']);
    assert.deepEqual(cues('The hearing aid raises the amplification for soft voices.'), ['autonomous: raises the amplification']);
    // a clinician who sets it at fitting acts, not the device
    assert.deepEqual(kinds('The prosthetist sets the damping during the fitting visit.'), []);
  });

  test('a device that changes its own working with nobody choosing acts itself', () => {
    assert.deepEqual(kinds('The prosthesis adapts its behaviour by itself to the slope of the ground.'), ['autonomous']);
    assert.deepEqual(kinds('The implant retunes its output on its own as the nerve responds.'), ['autonomous']);
    assert.deepEqual(kinds('The sound processor switches by itself to the microphone mode it judges best for the room.'), ['autonomous']);
    assert.deepEqual(kinds('After three failed bursts, it turns that therapy off automatically.'), ['autonomous']);
    assert.deepEqual(kinds('A feedback loop changes the cooling temperature automatically to hold the body temperature steady.'), ['autonomous']);
    // changes to the data, the acquisition or the screen, a stop for a fault, and a clinician's own change are no therapy
    assert.deepEqual(kinds('The viewer automatically adjusts the window and level of every image.'), []);
    assert.deepEqual(kinds('The recorder switches automatically between Holter and resting-ECG operation.'), []);
    assert.deepEqual(kinds('The app stops automatically when the battery runs low.'), []);
    assert.deepEqual(kinds('The software does not change any setting by itself.'), []);
  });

  test('a protective wearable that fires its airbags acts itself', () => {
    assert.deepEqual(cues('The hip belt fires two airbags before the wearer reaches the floor.'), ['autonomous: fires two airbags']);
  });
});

describe('stop 38: words that are no act', () => {
  test('a countdown is no count', () => {
    assert.deepEqual(kinds('The watch counts down for thirty seconds before calling for help.'), []);
    assert.deepEqual(kinds('The software counts the ectopic beats.'), ['augmentative']);
  });

  test('a figure "put at" a value is an estimate of performance', () => {
    assert.deepEqual(kinds('Diagnosis with the capsule has been put at about 90% accuracy.'), []);
  });

  test('a regulatory mark is no marking', () => {
    assert.deepEqual(kinds('In 2022 it gained CE and UKCA marking for use in adults.'), []);
    assert.deepEqual(kinds('The software marks each nodule with a circle.'), ['assistive']);
  });
});

describe('stop 38: the subject after a fronted phrase with no comma', () => {
  test('a determiner right after the phrase\'s noun starts the subject', () => {
    assert.deepEqual(cues('At the end of the assay the analyser interprets the curves itself.'), ['autonomous: interprets']);
    assert.deepEqual(cues('In most patients the software flags a nodule.'), ['assistive: flags']);
    // a study's readers stay the study's
    assert.deepEqual(kinds('In the reader study the radiologists measured each nodule.'), []);
  });
});

describe('stop 38 review: wordings the new readings must leave alone', () => {
  test('"automatically" alone changes nothing on the patient', () => {
    assert.deepEqual(kinds('The app locks automatically after five minutes without use to protect patient data.'), []);
    assert.deepEqual(kinds('The software automatically adjusts the risk estimate for age and sex.'), []);
    assert.ok(!kinds('The app changes the reminder schedule without user input.').includes('autonomous'));
  });

  test('a tissue\'s stiffness or a joint\'s torque determined is a quantity, not a setting changed', () => {
    assert.notDeepEqual(kinds('The software determines liver stiffness from the shear-wave acquisition.'), ['autonomous']);
    assert.notDeepEqual(kinds('The system determines peak knee torque during each gait cycle.'), ['autonomous']);
  });

  test('antibiotics named for their testing are no treatment chosen', () => {
    assert.deepEqual(kinds('The algorithm determines which antibiotics the isolate is resistant to.'), []);
    assert.deepEqual(kinds('The software determines antibiotic susceptibility directly from positive blood cultures.'), []);
  });

  test('a fall in a value is no fall of the wearer', () => {
    assert.deepEqual(kinds('The algorithm determines whether the fall in blood pressure requires a dose change and adjusts the infusion.'), ['autonomous']);
  });

  test('imported or training labels, and the device\'s own readings as the basis, keep their reading', () => {
    assert.deepEqual(kinds('The results imported from the laboratory system are shown as positive or negative on the dashboard.'), []);
    assert.deepEqual(kinds('For the training set, each of the 5,000 recordings was labelled as normal or abnormal.'), []);
    assert.deepEqual(kinds('Based on the overnight oximetry readings, each night is labelled as normal or abnormal.'), ['autonomous']);
  });

  test('a statistic in a clause before a duty in care leaves the duty', () => {
    assert.deepEqual(cues('Accuracy versus pathology was 91%, but a pathologist must confirm every positive slide before release.'), ['physician-interprets: pathologist must confirm']);
  });

  test('patients identified or listed by a clinic are not the software\'s output', () => {
    assert.deepEqual(kinds('The cardiologist reviews identified patients with heart failure at the monthly clinic.'), []);
    assert.deepEqual(cues('A physician must review each patient flagged by the software before treatment.'), ['physician-interprets: physician must review']);
  });
});

describe('stop 38 review: a mode or a backup that is no therapy', () => {
  test('a mode of the app, display or recording, or a backup of data or power, is no change of therapy', () => {
    assert.deepEqual(kinds('The app automatically switches to dark mode at night.'), []);
    assert.deepEqual(kinds('The monitor switches automatically to continuous monitoring mode when motion artefact decreases.'), []);
    assert.deepEqual(kinds('The system switches automatically to a backup server if the primary server is unavailable.'), []);
    // a ventilator's backup ventilation or mode stays a therapy change
    assert.deepEqual(kinds('The ventilator switches automatically to backup ventilation when apnoea occurs.'), ['autonomous']);
    assert.deepEqual(kinds('If no breath is sensed, the device switches to backup mode.'), ['autonomous']);
  });

  test('an imaging machine\'s current or beam is acquisition, not therapy', () => {
    assert.deepEqual(kinds('The scanner automatically adjusts the tube current to the patient\'s size.'), []);
    assert.deepEqual(kinds('The system automatically steers the ultrasound beam toward the heart.'), []);
    // a stimulator's current and a treatment beam stay therapy
    assert.deepEqual(kinds('The stimulator raises the current on its own.'), ['autonomous']);
    assert.deepEqual(kinds('The linac switches the beam off by itself whenever the target leaves the window.'), ['autonomous']);
  });
});
