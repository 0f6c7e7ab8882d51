/**
 * Round 14b of the prose analysis (issue 9): physician-interprets, assistive and augmentative wordings that
 * unseen FDA text uses and the analysis missed. Each family as a user sees it: the cue kinds and phrases
 * `findCues` returns, the `classification-cue` findings (rule id, range, suggested class) or the suggested
 * class of a dossier. Every sentence here was written for this file; each positive has a close wording
 * that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assessText } from '../../src/core/assess';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested, TODAY } from './helpers';

describe('round 14b: the physician holds the judgement', () => {
  test('"remains responsible for the final assessment", "for their own evaluation": an obliged physician owns the assessment', () => {
    assert.deepEqual(cues('The reviewing cardiologist remains responsible for the final assessment of each echo study.'), ['physician-interprets: final assessment']);
    assert.deepEqual(cues('Pathologists remain responsible for their own evaluation of every slide.'), ['physician-interprets: own evaluation']);
    assert.deepEqual(cues('Radiologists must keep responsibility for the final assessment of each exam.'), ['physician-interprets: final assessment']);
  });

  test('an assessment that is not a physician\'s own, or not obliged, stays silent', () => {
    assert.deepEqual(cues('The software supports the final assessment of each echo study.'), []);
    assert.deepEqual(cues('The report repeats the final assessment of the referring clinic.'), []);
  });

  test('"keeps the responsibility for confirming …", "retains the duty of reviewing …": a person holding a duty of reading', () => {
    assert.deepEqual(cues('The sonographer retains the responsibility for verifying every traced border.'), ['physician-interprets: retains the responsibility for verifying']);
    assert.deepEqual(cues('The dentist keeps the duty of checking each marked tooth.'), ['physician-interprets: keeps the duty of checking']);
    assert.deepEqual(cues('That clinician holds the responsibility for interpreting the traced borders.'), ['physician-interprets: holds the responsibility for interpreting']);
  });

  test('a duty that is no reading, or held by the product, stays silent', () => {
    assert.deepEqual(cues('The sonographer retains the responsibility for positioning the probe.'), []);
    assert.deepEqual(cues('The dentist keeps the duty of verifying the patient identity.'), []);
    assert.deepEqual(cues('The vendor retains the responsibility for verifying every software release.'), []);
  });

  test('"is the responsibility of that professional": "that" after a preposition before a lone noun is a determiner', () => {
    assert.deepEqual(cues('Checking the derived volumes is the responsibility of that clinician.'), ['physician-interprets: responsibility of that clinician']);
    assert.deepEqual(cues('Confirming each flagged region is the task of that reader.'), ['physician-interprets: task of that reader']);
    assert.deepEqual(cues('Archiving the derived volumes is the responsibility of that clinician.'), []);
  });

  test('"remains the interpreting physician\'s decision", "remains the one who makes the … decisions"', () => {
    assert.deepEqual(cues('Whether a highlighted nodule is followed up remains the radiologist\'s decision.'), ['physician-interprets: remains the radiologist\'s decision']);
    assert.deepEqual(cues('Accepting or discarding a suggested contour stays the oncologist\'s call.'), ['physician-interprets: stays the oncologist\'s call']);
    assert.deepEqual(cues('The treating clinician remains the one who makes the diagnostic and treatment decisions.'), ['physician-interprets: remains the one who makes the diagnostic and treatment decisions']);
  });

  test('a decision of the patient\'s, or someone who stays the one who reads the manual, stays silent', () => {
    assert.deepEqual(cues('Whether to wear the patch at night remains the patient\'s decision.'), []);
    assert.deepEqual(cues('The treating clinician remains the one who signs the purchase order.'), []);
    assert.deepEqual(cues('The lay user remains the one who makes the decisions about sharing data.'), []);
  });

  test('"reviews each proposed measurement and may edit it": a proposed quantity is an output to read, not a management option', () => {
    assert.deepEqual(cues('The echocardiographer reviews each proposed measurement and may adjust or discard it.'), ['physician-interprets: echocardiographer reviews']);
    assert.deepEqual(cues('The radiologist reviews every suggested finding.'), ['physician-interprets: radiologist reviews']);
    // A proposed dose is a management option: the physician acts on the software's conclusion (Level I, no physician-interprets).
    assert.deepEqual(cues('The physician reviews each proposed dose.'), []);
  });

  test('"qualified individuals must examine the images": individuals, like other people, read under an obligation', () => {
    assert.deepEqual(cues('Qualified individuals must look over the slides and confirm the counts.'), ['physician-interprets: individuals must look', 'physician-interprets: confirm']);
    assert.deepEqual(cues('Qualified individuals may look over the slides.'), []);
  });

  test('dossier findings: an autonomous dossier whose reader keeps the duty, or whose decision is the radiologist\'s, is warned', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'The sonographer retains the responsibility for verifying every traced border.')), ['classification-cue 11:17-11:57 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The sonographer retains the responsibility for positioning the probe.')), []);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The reviewing cardiologist remains responsible for the final assessment of each echo study.')), ['classification-cue 11:56-11:72 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The software supports the final assessment of each echo study.')), []);
  });
});

describe('round 14b: likelihoods, comparisons with norms and quantitative assessments are augmentative', () => {
  test('"reports how likely it is that …", "shows how each patient is predicted to respond": a likelihood or a predicted response asked after', () => {
    assert.deepEqual(cues('The model reports how likely it is that pulmonary hypertension is present.'), ['augmentative: reports how likely']);
    assert.deepEqual(cues('For each patient the app shows how probable a low ejection fraction is.'), ['augmentative: shows how probable']);
    assert.deepEqual(cues('The dashboard shows how each patient is predicted to respond to a fluid bolus.'), ['augmentative: shows how each patient is predicted']);
  });

  test('guidance asked after "how", or what a leaflet explains, is no likelihood', () => {
    assert.deepEqual(cues('The app shows the nurse how to place the sensor.'), ['assistive: shows the nurse how']);
    assert.deepEqual(cues('The leaflet explains how the patient is expected to wear the sensor.'), []);
  });

  test('"each add-on estimates …": an add-on is software', () => {
    assert.deepEqual(cues('Every add-on estimates the likelihood of one cardiac condition.'), ['augmentative: estimates']);
    assert.deepEqual(cues('Every add-on ships with its own installer.'), []);
  });

  test('"checks each volume against reference ranges", "is set against values from healthy volunteers": a result placed against norms', () => {
    assert.deepEqual(cues('The software checks each chamber volume against age-matched reference ranges.'), ['augmentative: checks each chamber volume against age-matched']);
    assert.deepEqual(cues('Each wall thickness is set against values from healthy volunteers.'), ['augmentative: set against values from healthy']);
    assert.deepEqual(cues('Each derived value is plotted relative to a normative database.'), ['augmentative: plotted relative to a normative']);
  });

  test('a person who compares, a part checked against a diagram, or no reference data, stays silent', () => {
    assert.deepEqual(cues('The technologist checks each chamber volume against age-matched reference ranges.'), []);
    assert.deepEqual(cues('Each electrode is checked against the reference diagram.'), []);
    assert.deepEqual(cues('The software checks each lead against the wiring diagram.'), []);
  });

  test('"gives a fully quantitative assessment": an assessment qualified as quantitative is a result; a clinical or own one is not', () => {
    assert.deepEqual(cues('The tool gives a fully quantitative assessment of lung involvement.'), ['augmentative: gives a fully quantitative assessment']);
    assert.deepEqual(cues('The package serves the quantitative assessment of myocardial perfusion.'), ['augmentative: assessment']);
    assert.deepEqual(cues('The tool supports the clinical assessment of myocardial perfusion.'), []);
    // A bare assessment names no software: what the relative clause says is the clinicians'.
    assert.deepEqual(cues('Clinicians keep their own assessment, which covers the highlighted regions.'), []);
  });

  test('dossier findings: an assistive dossier whose model reports a likelihood, or checks values against norms, is warned and suggested augmentative', () => {
    const likely = dossier('assistive', 'The model reports how likely it is that pulmonary hypertension is present.');
    assert.deepEqual(cueFindings(likely), ['classification-cue 10:11-10:29 augmentative']);
    assert.equal(suggested(likely), 'augmentative');
    const norms = dossier('assistive', 'The software checks each chamber volume against age-matched reference ranges.');
    assert.deepEqual(cueFindings(norms), ['classification-cue 10:14-10:60 augmentative']);
    assert.equal(suggested(norms), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'The technologist checks each chamber volume against age-matched reference ranges.')), []);
    assert.equal(suggested(dossier('assistive', 'The app shows the nurse how to place the sensor.')), 'assistive');
  });
});

describe('round 14b: a reader who goes to the full or original data', () => {
  test('"Whoever is alerted opens the complete study", "must return to the original tracing": the reader reads the case itself', () => {
    assert.deepEqual(cues('Whoever is alerted opens the complete study on a diagnostic workstation.'), ['physician-interprets: Whoever is alerted opens']);
    assert.deepEqual(cues('The on-call neurologist looks through the entire recording first.'), ['physician-interprets: neurologist looks']);
    assert.deepEqual(cues('After a notification, the cardiologist must return to the original tracing.'), ['physician-interprets: cardiologist must return to']);
    assert.deepEqual(cues('The intensivist goes back to the primary monitor before acting on any alert.'), ['physician-interprets: intensivist goes back']);
  });

  test('an option, a description of the readers, the software, a worklist, or a patient stays silent', () => {
    assert.deepEqual(cues('Whoever is alerted may open the complete study.'), []);
    assert.deepEqual(cues('Neurologists who look through the entire recording are the intended readers.'), []);
    assert.deepEqual(cues('The app opens the complete study on a diagnostic workstation.'), []);
    assert.deepEqual(cues('The cardiologist opens the worklist each morning.'), []);
    assert.deepEqual(cues('The patient looks through the entire recording.'), []);
  });

  test('dossier finding: an autonomous dossier whose alerted reader opens the complete study is warned', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'Whoever is alerted opens the complete study on a diagnostic workstation.')), ['classification-cue 11:1-11:25 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Whoever is alerted may open the complete study.')), []);
  });
});

describe('round 14b: "whenever" tells what happens each time, and a software library acts', () => {
  test('"Whenever it detects a pause, …": the detection in a "whenever" clause is the software\'s, as in a "when" clause', () => {
    assert.deepEqual(cues('Whenever it detects a pause, the monitor stores the episode.'), ['assistive: detects']);
    // (since stop 43 the study rising up the worklist is read as the triage it is, beside the finding)
    assert.deepEqual(cues('Whenever the algorithm finds a suspected bleed, the study moves to the top of the worklist.'), ['assistive: finds', 'assistive: moves to the top of the worklist']);
  });

  test('an "if" clause stays a condition; what a patient or a reviewing radiologist does each time stays silent', () => {
    assert.deepEqual(cues('If it detects a pause, the monitor stores the episode.'), []);
    assert.deepEqual(cues('Whenever the patient presses the button, the monitor stores the episode.'), []);
    // A reading "whenever" the radiologist reviews is concurrent use, like "when" and "while": it obliges nobody.
    assert.deepEqual(cues('Whenever the radiologist reviews the study, the marks appear beside the images.'), []);
  });

  test('"the software library flags …": a library built into a device is software', () => {
    assert.deepEqual(cues('The software library flags ectopic beats.'), ['assistive: flags']);
    assert.deepEqual(cues('The image library stores every study.'), []);
  });

  test('the assessment: a dossier that only says what the monitor detects each time is suggested assistive', () => {
    assert.equal(suggested(dossier('augmentative', 'Whenever it detects a pause, the monitor stores the episode.')), 'assistive');
    // An "if" clause gives the rules no evidence; only the statistical backoff, marked as such, may read the wording.
    const conditional = assessText(dossier('augmentative', 'If it detects a pause, the monitor stores the episode.'), { fileName: 'test.dossier.md', today: TODAY }).classification;
    assert.deepEqual(conditional.counts, { assistive: 0, augmentative: 0, autonomous: 0, 'physician-interprets': 0 });
    if (conditional.suggested !== undefined) assert.equal(conditional.statistical, true);
  });
});

describe('round 14b: data turned into one number', () => {
  test('"processes the raw EEG into one number", "summarises … in a single number", "transforms … into maps": the result is a quantity', () => {
    assert.deepEqual(cues('The monitor processes the raw EEG into one number that tracks sedation depth.'), ['augmentative: processes the raw EEG into one number']);
    assert.deepEqual(cues('The score summarises the patient\'s condition in a single number.'), ['augmentative: summarises the patient\'s condition in a single number']);
    assert.deepEqual(cues('The software transforms each perfusion series into maps of blood flow.'), ['augmentative: transforms each perfusion series into maps']);
  });

  test('a file, a report, processing in real time, or a nurse\'s summary stays silent', () => {
    assert.deepEqual(cues('The software processes the raw EEG into a compressed file.'), []);
    assert.deepEqual(cues('The app summarises the night in a short report.'), []);
    assert.deepEqual(cues('The software processes the images in real time.'), []);
    assert.deepEqual(cues('The nurse summarises the patient\'s condition in one number.'), []);
  });

  test('dossier finding: an assistive dossier whose monitor turns the EEG into one number is warned and suggested augmentative', () => {
    const text = dossier('assistive', 'The monitor processes the raw EEG into one number that tracks sedation depth.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:13-10:50 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'The software processes the raw EEG into a compressed file.')), []);
  });
});

describe('round 14b: the output only after the reader\'s own read', () => {
  test('"only after finishing their own first read", "after completing their initial review": a second-reader order', () => {
    assert.deepEqual(cues('Cardiologists view the measurements after making their independent assessment.'), ['physician-interprets: after making their independent assessment']);
    assert.deepEqual(cues('Dermatologists consult the score only after completing their own first review.'), ['physician-interprets: after completing their own first review']);
    assert.deepEqual(cues('Endoscopists switch the overlay on after finishing their initial read.'), ['physician-interprets: after finishing their initial read']);
  });

  test('finishing something that is no read, or a patient\'s own reading, stays silent', () => {
    assert.deepEqual(cues('Radiologists open the results after finishing the upload.'), []);
    assert.deepEqual(cues('Patients read the leaflet after finishing their own first session.'), []);
  });

  test('dossier finding: an autonomous dossier whose cardiologists look only after their own assessment is warned', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'Cardiologists view the measurements after making their independent assessment.')), ['classification-cue 11:37-11:78 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Radiologists open the results after finishing the upload.')), []);
  });
});
