/**
 * Round 16a of the prose analysis (issue 9): false alarms and precision on unseen text. Each family as a
 * user sees it: the cue phrases `findCues` returns, the `classification-cue` findings and the suggested
 * class. Every sentence here was written for this file; each positive has a close wording that must keep
 * its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 16a: a physician going over the therapy the software already gave (periodic summaries, after the therapy) is oversight, not a reading', () => {
  test('a review of periodic summaries of the therapy or its changes raises no physician cue', () => {
    assert.deepEqual(cues('The physician reviews the weekly summaries of the dose changes and calls the patient if needed.'), []);
    assert.deepEqual(cues('The cardiologist reviews a quarterly summary of the pacing changes at clinic visits.'), []);
    assert.deepEqual(cues('The physician reviews the monthly summaries of delivered doses.'), []);
  });

  test('a review of the therapy after the procedure or treatment raises no physician cue, nor does signing what was reviewed', () => {
    assert.deepEqual(cues('After the procedure, the anesthesiologist reviews the infusion record and signs it.'), []);
    assert.deepEqual(cues('Following each treatment, the radiation oncologist reviews the delivered beam positions.'), []);
    assert.deepEqual(cues('The surgeon reviews the applied stimulation after the operation.'), []);
  });

  test('periodic data, images after a procedure, a review before the act or during it, or after an exam are still readings', () => {
    assert.deepEqual(cues('The physician reviews the weekly reports and calls the patient if needed.'), ['physician-interprets: physician reviews']);
    assert.deepEqual(cues('After the procedure, the physician reviews the flagged capsule images.'), ['physician-interprets: physician reviews']);
    assert.deepEqual(cues('The physician reviews each weekly report before the new plan is sent.'), ['physician-interprets: physician reviews']);
    assert.deepEqual(cues('During the procedure, the anesthesiologist reviews the infusion record and signs it.'), ['physician-interprets: anesthesiologist reviews', 'physician-interprets: signs']);
    assert.deepEqual(cues('After the scan, the radiologist reviews the flagged images.'), ['physician-interprets: radiologist reviews']);
    assert.deepEqual(cues('No physician reviews the weekly dose changes before the new plan takes effect.'), ['autonomous: physician reviews']);
  });

  test('an autonomous dossier whose physician oversees the therapy afterwards gets no physician finding and keeps its class', () => {
    const text = dossier(
      'autonomous',
      'The software sets the next insulin dose and sends it to the pump without physician review.',
      'The physician reviews the weekly summaries of the dose changes and calls the patient if needed.',
      'After the procedure, the anesthesiologist reviews the infusion record and signs it.',
    );
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'autonomous');
    const gated = dossier(
      'autonomous',
      'The software sets the next insulin dose and sends it to the pump without physician review.',
      'The physician reviews each weekly report before the new plan is sent.',
    );
    assert.deepEqual(cueFindings(gated), ['classification-cue 12:5-12:22 physician-interprets']);
    assert.equal(suggested(gated), 'augmentative');
  });
});

describe('round 16a: values another device measured, shown or passed on, are input; the product quantifies nothing', () => {
  test('showing, presenting or storing parameters received, collected or streamed from other equipment raises no augmentative cue', () => {
    assert.deepEqual(cues('The central station displays the vital-sign parameters received from the bedside monitors.'), []);
    assert.deepEqual(cues('The viewer presents the indices collected from the anesthesia workstation and other systems.'), []);
    assert.deepEqual(cues('The monitor shows the ventilation parameters streamed from the connected ventilator.'), []);
    assert.deepEqual(cues('It stores and displays the oxygen saturation indices transferred from the pulse oximeter.'), []);
  });

  test('parameters the product works out, or takes from the images, keep the augmentative cue', () => {
    assert.deepEqual(cues('The software displays the parameters calculated from the ECG.'), ['augmentative: displays the parameters']);
    assert.deepEqual(cues('The software displays the parameters obtained from the images.'), ['augmentative: displays the parameters']);
    assert.deepEqual(cues('The central station displays the vital-sign parameters.'), ['augmentative: displays the vital-sign parameters']);
    assert.deepEqual(cues('The software computes the parameters received from the monitors.'), ['augmentative: computes']);
    assert.deepEqual(cues('The results viewer displays the volumes received from the segmentation module.'), ['augmentative: displays the volumes']);
  });

  test('an assistive alarm dossier relaying bedside values gets no augmentative finding and stays assistive', () => {
    const relayed = dossier('assistive', 'The station raises an alarm when a patient leaves the bed.', 'The central station displays the vital-sign parameters received from the bedside monitors.');
    assert.deepEqual(cueFindings(relayed), []);
    assert.equal(suggested(relayed), 'assistive');
    const computed = dossier('assistive', 'The station raises an alarm when a patient leaves the bed.', 'The software displays the parameters calculated from the ECG.');
    assert.deepEqual(cueFindings(computed), ['classification-cue 11:14-11:37 augmentative']);
    assert.equal(suggested(computed), 'augmentative');
  });
});

describe('round 16a: an output "meant to be weighed / combined" with other data, nobody named, states its intended use, not a physician\'s duty', () => {
  test('"meant to be weighed, combined, considered, correlated" with no reader raises no physician cue', () => {
    assert.deepEqual(cues('The risk score is meant to be weighed against the rest of the clinical picture.'), []);
    assert.deepEqual(cues('Its output is meant to be combined with other findings and clinical judgement.'), []);
    assert.deepEqual(cues('The estimate is meant to be considered alongside the patient\'s history.'), []);
    assert.deepEqual(cues('The flags are meant to be correlated with the clinical presentation.'), []);
  });

  test('a duty, a named reader or a strong reading verb is still a physician reading', () => {
    assert.deepEqual(cues('The risk score must be weighed against the rest of the clinical picture.'), ['physician-interprets: weighed']);
    assert.deepEqual(cues('The risk score is meant to be weighed by the physician against the clinical picture.'), ['physician-interprets: weighed']);
    assert.deepEqual(cues('The estimate is meant to be interpreted alongside the history.'), ['physician-interprets: interpreted']);
  });

  test('an autonomous dossier stating the intended use this way gets no physician finding and keeps its class', () => {
    const intended = dossier('autonomous', 'The software diagnoses diabetic retinopathy without physician review.', 'Its output is meant to be combined with other findings and clinical judgement.');
    assert.deepEqual(cueFindings(intended), []);
    assert.equal(suggested(intended), 'autonomous');
    const duty = dossier('autonomous', 'The software diagnoses diabetic retinopathy without physician review.', 'Its output must be combined with other findings and clinical judgement.');
    assert.deepEqual(cueFindings(duty), ['classification-cue 12:20-12:28 physician-interprets']);
    assert.equal(suggested(duty), 'augmentative');
  });
});

describe('round 16a: "should stay attached so that the rhythm can be detected" says why the device is kept on; it names no output', () => {
  test('a passive purpose after a duty to keep the device on raises no cue', () => {
    assert.deepEqual(cues('After the rescue, the pads should remain attached so that the rhythm can still be acquired and detected.'), []);
    assert.deepEqual(cues('The sensor should be worn through the night so that apneas can be detected.'), []);
    assert.deepEqual(cues('The patch must stay on the chest for the whole week so that pauses are still detected.'), []);
  });

  test('a purpose after the software\'s own act, or after keeping something else, keeps its cue', () => {
    assert.deepEqual(cues('The software analyses each recording so that apneas can be detected.'), ['assistive: detected']);
    assert.deepEqual(cues('The software must analyse each recording so that apneas can be detected.'), ['assistive: detected']);
    assert.deepEqual(cues('The software must keep the study open so that findings can be flagged.'), ['assistive: flagged']);
  });

  test('a dossier whose only detection is why the sensor is worn suggests no class', () => {
    assert.equal(suggested(dossier('augmentative', 'The sensor should be worn through the night so that apneas can be detected.', 'The patch must stay on the chest for the whole week so that pauses are still detected.')), undefined);
    assert.equal(suggested(dossier('augmentative', 'The software must analyse each recording so that apneas can be detected.')), 'assistive');
  });
});

describe('round 16a: "a concurrent reading aid", "an aid to interpretation" name the product\'s role, not a physician\'s duty to read', () => {
  test('a reading noun or verb that names what the product aids raises no physician cue', () => {
    assert.deepEqual(cues('Radiologists are meant to use the tool as a concurrent reading aid.'), []);
    assert.deepEqual(cues('It is meant to be used by trained physicians as an aid to interpretation of the scans.'), []);
    assert.deepEqual(cues('Pathologists are meant to use the software as an adjunct to review of the slides.'), []);
  });

  test('a required review, or a reading that decides the report, is still the physician\'s', () => {
    assert.deepEqual(cues('The tool\'s marks require radiologist review before release.'), ['physician-interprets: radiologist review']);
    assert.deepEqual(cues('The tool is meant to be used by radiologists, whose reading decides the report.'), ['physician-interprets: reading']);
    assert.deepEqual(cues('Radiologists must read each case without the reading aid first.'), ['physician-interprets: Radiologists must read']);
  });

  test('an autonomous dossier naming its users this way gets no physician finding and keeps its class', () => {
    const aid = dossier('autonomous', 'The software diagnoses diabetic retinopathy without physician review.', 'Ophthalmologists are meant to use the app as an aid to interpretation of the photographs.');
    assert.deepEqual(cueFindings(aid), []);
    assert.equal(suggested(aid), 'autonomous');
    const required = dossier('autonomous', 'The software diagnoses diabetic retinopathy without physician review.', 'The app marks require ophthalmologist review before release.');
    assert.deepEqual(cueFindings(required), ['classification-cue 12:23-12:45 physician-interprets']);
    assert.equal(suggested(required), 'augmentative');
  });
});

describe('round 16a: a sentence wrapped onto the next line of its paragraph makes one classification-cue finding', () => {
  const diagnoses = 'The software diagnoses diabetic retinopathy without physician review.';

  test('two physician phrases of one wrapped sentence give one finding, on its first line', () => {
    const wrapped = dossier('autonomous', diagnoses, 'The ophthalmologist reads every photograph, checks each flagged lesion and', 'decides on the referral in the signed report.');
    assert.deepEqual(cueFindings(wrapped), ['classification-cue 12:5-12:26 physician-interprets']);
    assert.equal(suggested(wrapped), 'augmentative');
  });

  test('list items and separate sentences on consecutive lines still give a finding each', () => {
    const listed = dossier('autonomous', diagnoses, '- The ophthalmologist reads every photograph', '- The ophthalmologist decides on the referral in the signed report.');
    assert.deepEqual(cueFindings(listed), ['classification-cue 12:7-12:28 physician-interprets', 'classification-cue 13:7-13:30 physician-interprets']);
    const sentences = dossier('autonomous', diagnoses, 'The ophthalmologist reads every photograph.', 'The ophthalmologist decides on the referral in the signed report.');
    assert.deepEqual(cueFindings(sentences), ['classification-cue 12:5-12:26 physician-interprets', 'classification-cue 13:5-13:28 physician-interprets']);
  });
});

describe('round 16a: classifying which view, plane or projection an image shows supports the acquisition; it grades nothing', () => {
  test('classifying a view, a plane or a projection is assistive, not augmentative', () => {
    assert.deepEqual(cues('The model classifies each echocardiographic view before any measurement.'), ['assistive: classifies each echocardiographic view']);
    assert.deepEqual(cues('The app classifies the ultrasound plane as sagittal or transverse.'), ['assistive: classifies the ultrasound plane']);
    assert.deepEqual(cues('It categorises the projection of every radiograph.'), ['assistive: categorises the projection']);
  });

  test('classifying a lesion or a rhythm, even one seen in a view, stays augmentative', () => {
    assert.deepEqual(cues('The model classifies each lesion as benign or malignant.'), ['augmentative: classifies']);
    assert.deepEqual(cues('The model classifies the lesion in each view.'), ['augmentative: classifies']);
    assert.deepEqual(cues('The software classifies the rhythm.'), ['augmentative: classifies']);
  });

  test('an assistive dossier that classifies views gets no augmentative finding and stays assistive', () => {
    const views = dossier('assistive', 'The software flags clips of poor quality.', 'The model classifies each echocardiographic view before any measurement.');
    assert.deepEqual(cueFindings(views), []);
    assert.equal(suggested(views), 'assistive');
    const lesions = dossier('assistive', 'The software flags clips of poor quality.', 'The model classifies each lesion as benign or malignant.');
    assert.deepEqual(cueFindings(lesions), ['classification-cue 11:11-11:21 augmentative']);
    assert.equal(suggested(lesions), 'augmentative');
  });
});
