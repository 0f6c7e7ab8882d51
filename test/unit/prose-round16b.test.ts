/**
 * Round 16b of the prose analysis (issue 9): recall of assistive, augmentative and physician-interprets wording on
 * unseen text (holdout24-29 opened), and the wrong declarations those readings detect. Each family as a user sees it:
 * the cue phrases `findCues` returns, the `classification-cue` findings and the suggested class. Every sentence here
 * was written for this file; each positive has a close wording that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 16b: a reading by a physician named with modifiers, in a fronted phrase or participle', () => {
  test('"once interpreted by a trained physician", "once confirmed by the treating cardiologist" are readings', () => {
    assert.deepEqual(cues('Once interpreted by a trained physician, the maps support the diagnosis.'), ['physician-interprets: interpreted']);
    assert.deepEqual(cues('Once confirmed by the treating cardiologist, the measurements are stored in the chart.'), ['physician-interprets: confirmed']);
    assert.deepEqual(cues('Once reviewed by an experienced dermatologist, the lesion images are archived.'), ['physician-interprets: reviewed']);
  });

  test('"after interpretation by a trained clinician", "upon review by the reading cardiologist" before the clause are readings', () => {
    assert.deepEqual(cues('After interpretation by a trained clinician, the parametric images inform the diagnosis.'), ['physician-interprets: interpretation by a trained clinician']);
    assert.deepEqual(cues('Following interpretation by an attending neurologist, the seizure log goes to the chart.'), ['physician-interprets: interpretation by an attending neurologist']);
    assert.deepEqual(cues('After review by a qualified pathologist, the slide is signed out.'), ['physician-interprets: review by a qualified pathologist']);
  });

  test('the same phrases with nobody who is a physician, or with no reading, stay silent', () => {
    assert.deepEqual(cues('Once checked by the service engineer, the settings are stored in the device.'), []);
    assert.deepEqual(cues('After review by the vendor, the model weights are updated.'), []);
    assert.deepEqual(cues('After upload by a trained technologist, the images are stored.'), []);
    assert.deepEqual(cues('After interpretation by a nurse, the scores are stored.'), []);
  });

  test('an autonomous dossier that says the maps are read first by a trained physician gets a physician finding', () => {
    const text = dossier('autonomous', 'The software computes perfusion maps from the dynamic series.', 'After interpretation by a trained clinician, the maps support the diagnosis.');
    assert.deepEqual(cueFindings(text), ['classification-cue 12:7-12:44 physician-interprets']);
    const vendor = dossier('autonomous', 'The software computes perfusion maps from the dynamic series.', 'After review by the vendor, the model weights are updated.');
    assert.deepEqual(cueFindings(vendor), []);
  });
});

describe('round 16b: the alerted reader must still open the full-resolution images', () => {
  test('"whoever is alerted must (still) open the full-quality study" is a reading, with a modal and adverbs between', () => {
    assert.deepEqual(cues('Whoever is paged must still open the full-quality series before acting.'), ['physician-interprets: open']);
    assert.deepEqual(cues('Whoever is notified should then open the original images in the viewer.'), ['physician-interprets: open']);
    assert.deepEqual(cues('Whoever is notified looks at the full study.'), ['physician-interprets: Whoever is notified looks']);
  });

  test('a fronted clause before "the clinician who receives the alert must open …" keeps the clinician as the reader', () => {
    assert.deepEqual(cues('Before taking any action, the neurologist who receives the page must open the full-resolution images.'), ['physician-interprets: open']);
    assert.deepEqual(cues('In the emergency department, the radiologist who is paged must review the source images.'), ['physician-interprets: review']);
  });

  test('opening something that is not the data, or a reader only described, stays silent', () => {
    assert.deepEqual(cues('Whoever is paged must still open the app and acknowledge the message.'), []);
    assert.deepEqual(cues('Whoever is notified may open the full-resolution images later.'), []);
    // (Round 13a: unobliged, opening the full-resolution scan only says which reader is meant.)
    assert.deepEqual(cues('Whoever is alerted opens the full-resolution scan in the hospital viewer.'), []);
    assert.deepEqual(cues('These maps support the cardiologist or radiologist who makes the clinical decision.'), []);
  });

  test('an autonomous triage dossier whose alerted reader must open the full images gets a physician finding', () => {
    const text = dossier('autonomous', 'The software flags suspected occlusions on CT angiograms.', 'Whoever is paged must still open the full-quality series before acting.');
    assert.deepEqual(cueFindings(text), ['classification-cue 12:29-12:33 physician-interprets']);
  });
});

describe('round 16b: an -s verb after "and" that closes an embedded question returns to the main clause', () => {
  test('"suggests where the calipers should go and computes …", "checks whether the images are usable and quantifies …"', () => {
    assert.deepEqual(cues('The software suggests where the calipers should go and computes the estimated fetal weight.'), ['augmentative: computes']);
    assert.deepEqual(cues('The app shows where the probe should be placed and measures the bladder volume.'), ['assistive: shows where', 'augmentative: measures']);
    assert.deepEqual(cues('The tool checks whether the images are usable and quantifies the stenosis.'), ['augmentative: quantifies']);
  });

  test('a second clause with its own subject, or a bare verb, does not return to the software', () => {
    assert.deepEqual(cues('The software suggests where the calipers should go and the sonographer computes the fetal weight.'), []);
    assert.deepEqual(cues('The guide explains where the sonographer should place the calipers and compute the weight.'), []);
  });

  test('an assistive dossier whose software also computes the biometry gets an augmentative finding', () => {
    const text = dossier('assistive', 'The software suggests where the calipers should go and computes the estimated fetal weight.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:56-10:64 augmentative']);
  });
});

describe('round 16b: a part of the device no list names that computes, quantifies or estimates acts for the device', () => {
  test('"the cuff computes", "a sensor patch estimates", "the bed mat quantifies", "the counter works out how many"', () => {
    assert.deepEqual(cues('The cuff computes blood pressure from the oscillations.'), ['augmentative: computes']);
    assert.deepEqual(cues('A sensor patch in the armpit estimates core temperature every minute.'), ['augmentative: estimates']);
    assert.deepEqual(cues('The bed mat quantifies restlessness through the night.'), ['augmentative: quantifies']);
    assert.deepEqual(cues('Post-processing steps then derive the stroke volume.'), ['augmentative: derive']);
  });

  test('people, studies and laboratories that compute stay silent, as do acts no machine alone does', () => {
    assert.deepEqual(cues('The investigators computed sensitivity and specificity.'), []);
    assert.deepEqual(cues('The core lab measured the ejection fraction on every echo.'), []);
    assert.deepEqual(cues('The study measured agreement with expert readers.'), []);
    assert.deepEqual(cues('The cuff inflates around the upper arm.'), []);
    assert.deepEqual(cues('The bed mat measures 90 cm by 30 cm.'), []);
  });

  test('an assistive dossier whose mat computes an index gets an augmentative finding; the investigators\' figures do not', () => {
    const text = dossier('assistive', 'The bed mat quantifies restlessness through the night.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:13-10:23 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The investigators computed sensitivity and specificity.')), []);
  });
});

describe('round 16b: an output that "is for notification" or "is there for prioritisation" is a triage output', () => {
  test('"what the tool finds is for notification", "the thumbnail is only for prioritisation", "a preview that is there for triage"', () => {
    assert.deepEqual(cues('What the tool finds is for notification and not for diagnosis.'), ['assistive: notification']);
    assert.deepEqual(cues('The thumbnail is only for worklist prioritisation.'), ['assistive: prioritisation']);
    assert.deepEqual(cues('The reader gets a pop-up with a low-resolution preview that is there for triage, not for reading.'), ['assistive: triage']);
  });

  test('a purpose that is no triage, a negated one, or a person said to be "for triage" stays silent', () => {
    assert.deepEqual(cues('The thumbnail is for orientation and not for diagnosis.'), []);
    assert.deepEqual(cues('The summary screen is not for triage.'), []);
    assert.deepEqual(cues('The charge nurse is for triage on weekends.'), []);
  });

  test('a dossier whose only output is for notification is suggested assistive; one for orientation gets no suggestion', () => {
    assert.equal(suggested(dossier('augmentative', 'What the tool finds is for notification and not for diagnosis.')), 'assistive');
    assert.equal(suggested(dossier('augmentative', 'The thumbnail is for orientation and not for diagnosis.')), undefined);
  });
});

describe('round 16b: a reading that is a person\'s duty, "it is the radiologist\'s responsibility to review …"', () => {
  test('"the physician\'s responsibility to confirm", "the radiologist\'s job to review", "the user\'s duty to verify"', () => {
    assert.deepEqual(cues('It remains the physician\'s responsibility to confirm that every contour is correct.'), ['physician-interprets: physician\'s responsibility to confirm']);
    assert.deepEqual(cues('It is the radiologist\'s job to review each suggested measurement.'), ['physician-interprets: radiologist\'s job to review']);
    assert.deepEqual(cues('It stays the user\'s duty to verify, with clinical judgement, that the caliper positions are right.'), ['physician-interprets: user\'s duty to verify']);
  });

  test('a duty that is no reading, a patient\'s duty, a negated duty or a check of something else stays silent', () => {
    assert.deepEqual(cues('It is the physician\'s responsibility to explain the findings to the patient.'), []);
    assert.deepEqual(cues('It is the patient\'s responsibility to review the printed results.'), []);
    assert.deepEqual(cues('It is not the radiologist\'s job to review every contour.'), []);
    assert.deepEqual(cues('It is the nurse\'s responsibility to verify the patient\'s identity.'), []);
  });

  test('an autonomous dossier that leaves confirming the measurements to the physician gets a physician finding', () => {
    const text = dossier('autonomous', 'The software measures the nerve area.', 'It remains the physician\'s responsibility to confirm that every contour is correct.');
    assert.deepEqual(cueFindings(text), ['classification-cue 12:16-12:53 physician-interprets']);
  });
});

describe('round 16b: the helped person\'s act after the person\'s modifiers ("helps trained radiologists pick out …")', () => {
  test('"helps trained radiologists pick out", "helps the reading physician find", "helps qualified readers spot"', () => {
    assert.deepEqual(cues('It helps trained radiologists pick out studies with a suspected bleed.'), ['assistive: helps trained radiologists pick']);
    assert.deepEqual(cues('The tool helps the reading physician find small nodules.'), ['assistive: helps the reading physician find']);
    assert.deepEqual(cues('It helps qualified readers spot fractures on wrist films.'), ['assistive: helps qualified readers spot']);
  });

  test('a helped person who reaches a diagnosis, or records readings, does not make the software conclude or act', () => {
    assert.deepEqual(cues('The report only helps a trained physician reach a diagnosis.'), []);
    assert.deepEqual(cues('The report only helps physicians reach a diagnosis.'), []);
    assert.deepEqual(cues('It helps trained staff record the readings.'), []);
    assert.deepEqual(cues('The software reaches a diagnosis without a physician.'), ['autonomous: reaches a diagnosis', 'autonomous: without a physician']);
  });

  test('an augmentative dossier that helps trained radiologists pick out studies is suggested assistive', () => {
    assert.equal(suggested(dossier('augmentative', 'It helps trained radiologists pick out studies with a suspected bleed.')), 'assistive');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The report only helps a trained physician reach a diagnosis.')), []);
  });
});
