/**
 * Round 11b of the prose analysis (issue 9): assistive and augmentative outputs in real wording,
 * and the suggested class, each family as a user sees it: the cue kinds and phrases `findCues`
 * returns, the `classification-cue` findings (rule id, range, suggested class) and the suggested
 * class of a dossier. Every sentence here was written for this file; each positive has a close
 * wording that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

/** What the assessment says the prose suggests for a dossier. */

describe('round 11b: a software package acts, and figures are results', () => {
  test('"the package estimates …", "tools that measure …" in a package: a software package is the software', () => {
    assert.deepEqual(cues('The package estimates the stenosis grade for every coronary segment.'), ['augmentative: estimates']);
    assert.deepEqual(cues('Our analysis package contains tools that quantify the infarct size.'), ['augmentative: quantify']);
  });

  test('a person who estimates, or a package insert, stays silent', () => {
    assert.deepEqual(cues('The technologist estimates the stenosis grade for every coronary segment.'), []);
    assert.deepEqual(cues('The package insert lists the contraindications.'), []);
  });

  test('"figures" written into a record or given to a reader are the software\'s numbers', () => {
    assert.deepEqual(cues('Summary figures for each night are written into the sleep report.'), ['augmentative: figures for each night are written']);
    assert.deepEqual(cues('The cardiologist receives figures for heart rate variability and ectopic burden.'), ['augmentative: receives figures']);
    assert.deepEqual(cues('It supplies figures on total sleep time and sleep efficiency.'), ['augmentative: supplies figures']);
  });

  test('figures a person gave, figures of the paper, or parameters of the acquisition stay silent', () => {
    assert.deepEqual(cues('The cardiologist receives figures from the nurse on fluid intake.'), []);
    assert.deepEqual(cues('Figures 2 and 3 show the study flow.'), []);
    assert.deepEqual(cues('Figures the nurse measured are written into the sleep report.'), []);
    assert.deepEqual(cues('Acquisition parameters are added to the report header.'), []);
  });

  test('an assistive dossier whose package estimates a grade gets an augmentative finding and is suggested augmentative', () => {
    const text = dossier('assistive', 'The package estimates the stenosis grade for every coronary segment.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:13-10:22 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'The technologist estimates the stenosis grade for every coronary segment.')), []);
  });
});

describe('round 11b: bare verbs after a plural or a compound subject', () => {
  test('"the modules detect, measure and track …": a list of bare verbs after a plural subject is the verbs', () => {
    assert.deepEqual(cues('The modules detect, measure and track pulmonary nodules across visits.'), ['assistive: detect', 'augmentative: measure']);
    assert.deepEqual(cues('Its algorithms outline, quantify and grade each plaque.'), ['assistive: outline', 'augmentative: quantify', 'augmentative: grade']);
    assert.deepEqual(cues('The models segment and measure the left ventricle.'), ['augmentative: measure']);
  });

  test('the same list said of radiologists, or of acts with no output, stays silent', () => {
    assert.deepEqual(cues('The radiologists detect, measure and track pulmonary nodules across visits.'), []);
    assert.deepEqual(cues('The models segment and store the left ventricle.'), []);
  });

  test('"Final interpretation and diagnosis stay with the radiologist": a compound subject before a bare verb', () => {
    assert.deepEqual(cues('Final interpretation and diagnosis stay with the radiologist.'), ['physician-interprets: stay with the radiologist']);
    assert.deepEqual(cues('Diagnosis and treatment planning lie with the treating physician.'), ['physician-interprets: lie with the treating physician']);
    assert.deepEqual(cues('In routine use, final interpretation and diagnosis stay with the radiologist.'), ['physician-interprets: stay with the radiologist']);
  });

  test('things that stay with a place, or a compound noun before a preposition, stay silent', () => {
    assert.deepEqual(cues('Images and reports stay with the hospital.'), []);
    assert.deepEqual(cues('Carbohydrate and insulin dose for each meal are logged.'), []);
  });

  test('"review and confirm the volume and, if they wish, may edit it": the option after the coordinator is the next act\'s', () => {
    assert.deepEqual(cues('Radiologists review and confirm the derived volume and, if they wish, may edit it.'), ['physician-interprets: Radiologists review and confirm']);
    assert.deepEqual(cues('Radiologists may review and confirm the derived volume.'), []);
  });

  test('dossier findings: an assistive dossier whose modules measure, an autonomous one whose diagnosis stays with the radiologist', () => {
    const assistive = dossier('assistive', 'The modules detect, measure and track pulmonary nodules across visits.');
    assert.deepEqual(cueFindings(assistive), ['classification-cue 10:21-10:28 augmentative']);
    assert.equal(suggested(assistive), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'The radiologists detect, measure and track pulmonary nodules across visits.')), []);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Final interpretation and diagnosis stay with the radiologist.')), ['classification-cue 11:36-11:61 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Images and reports stay with the hospital.')), []);
  });
});

describe('round 11b: marks in a hue, marks that mark, and surrounding a finding with a box', () => {
  test('"is drawn in green", "are shown in yellow": an agentless passive that depicts a thing in a hue marks it', () => {
    assert.deepEqual(cues('The aortic root is drawn in green on every frame.'), ['assistive: drawn in green']);
    assert.deepEqual(cues('Frames that fail the quality check are shown in yellow.'), ['assistive: shown in yellow']);
    assert.deepEqual(cues('The mitral annulus is shown in bright orange on every frame.'), ['assistive: shown in bright orange']);
  });

  test('a named drawer, no hue, or the grey of the image itself stays silent', () => {
    assert.deepEqual(cues('The aortic root is drawn in green by the sonographer.'), []);
    assert.deepEqual(cues('Frames that fail the quality check are shown in sequence.'), []);
    assert.deepEqual(cues('Images are displayed in black and white.'), []);
  });

  test('"blue arrows mark …", "bounding boxes enclose …": coloured or drawn marks that mark are the software\'s', () => {
    assert.deepEqual(cues('Blue arrows mark each suspected fracture.'), ['assistive: arrows mark']);
    assert.deepEqual(cues('In the overlay, bounding boxes enclose every nodule candidate.'), ['assistive: boxes enclose']);
  });

  test('plain arrows or boxes with no hue or drawing qualifier stay silent', () => {
    assert.deepEqual(cues('The arrows mark each menu item.'), []);
    assert.deepEqual(cues('In the overlay, the boxes enclose every nodule candidate.'), []);
  });

  test('"surrounds each polyp with a box": surrounding a finding with a mark points it out; a sterile cover does not', () => {
    assert.deepEqual(cues('It surrounds each suspected polyp with a blue box.'), ['assistive: surrounds each suspected polyp with a blue box']);
    assert.deepEqual(cues('It surrounds each probe with a sterile cover.'), []);
  });

  test('a dossier whose aortic root is drawn in green is suggested assistive; drawn by the sonographer, nothing', () => {
    assert.equal(suggested(dossier('augmentative', 'The aortic root is drawn in green on every frame.')), 'assistive');
    assert.equal(suggested(dossier('augmentative', 'The aortic root is drawn in green by the sonographer.')), undefined);
  });
});

describe('round 11b: a suggested class and other participles of what the software gives', () => {
  test('"comes with a proposed class", "is given a suggested class", "the resulting metrics": the thing given is an output', () => {
    assert.deepEqual(cues('Each detected cell comes with a proposed class that the technologist accepts or changes.'), ['augmentative: comes with a proposed class']);
    assert.deepEqual(cues('Every beat is given a suggested class.'), ['augmentative: given a suggested class']);
    assert.deepEqual(cues('It makes the resulting function metrics available in the viewer.'), ['augmentative: metrics']);
  });

  test('a file name, a time stamp, bare metrics or a school class stay silent', () => {
    assert.deepEqual(cues('Each detected cell comes with a file name that the technologist accepts or changes.'), []);
    assert.deepEqual(cues('Every beat is given a time stamp.'), []);
    assert.deepEqual(cues('It makes the function metrics available in the viewer.'), []);
    assert.deepEqual(cues('Students in the class review the images.'), []);
  });

  test('what a relative clause says something comes with only describes it', () => {
    assert.deepEqual(cues('The preview that comes with a flag is for information only.'), []);
  });

  test('an assistive dossier whose cells come with a proposed class gets an augmentative finding', () => {
    const text = dossier('assistive', 'Each detected cell comes with a proposed class that the technologist accepts or changes.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:20-10:47 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'Each detected cell comes with a file name that the technologist accepts or changes.')), []);
  });
});

describe('round 11b: a quantity asked after "how" is the output', () => {
  test('"reports how much …", "how many … per hour", "how the burden has changed"', () => {
    assert.deepEqual(cues('The software reports how much the hippocampal volume has shrunk since the last scan.'), ['augmentative: reports how much']);
    assert.deepEqual(cues('The app tells the user how many breathing pauses occurred per hour of sleep.'), ['augmentative: tells the user how many breathing pauses occurred per']);
    assert.deepEqual(cues('The software shows the cardiologist how the plaque burden has changed between visits.'), ['augmentative: shows the cardiologist how the plaque burden has changed']);
  });

  test('a count, a duration, a person who reports, or "how much insulin" (a dose, read by the act) are no such quantity', () => {
    assert.deepEqual(cues('The app shows the user how many scans were uploaded.'), []);
    assert.deepEqual(cues('The software reports how long the upload took.'), []);
    assert.deepEqual(cues('The radiologist reports how much the volume has changed.'), []);
    assert.deepEqual(cues('The app shows the user how to position the probe.'), ['assistive: shows the user how']);
    assert.deepEqual(cues('It works out how much basal insulin to give.'), ['autonomous: works']);
  });

  test('an assistive dossier whose app tells how many pauses occurred per hour gets an augmentative finding', () => {
    const text = dossier('assistive', 'The app tells the user how many breathing pauses occurred per hour of sleep.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:9-10:62 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'The app tells the user how many scans were uploaded.')), []);
  });
});

describe('round 11b: the software evaluating a measured quantity estimates it', () => {
  test('"evaluates the ejection fraction", "analyses the loops to evaluate the ejection fraction", "assesses the calcium score"', () => {
    assert.deepEqual(cues('The software evaluates the left ventricular ejection fraction from the apical views.'), ['augmentative: fraction']);
    assert.deepEqual(cues('The tool analyses the echo loops to evaluate the ejection fraction.'), ['augmentative: fraction']);
    assert.deepEqual(cues('It assesses the coronary calcium score on non-contrast CT.'), ['augmentative: score']);
  });

  test('image quality, a severity, or a helped clinician who evaluates stay silent', () => {
    assert.deepEqual(cues('The software evaluates image quality.'), []);
    assert.deepEqual(cues('The software evaluates the severity of the disease.'), []);
    assert.deepEqual(cues('The device helps clinicians evaluate the ejection fraction.'), []);
  });

  test('an assistive dossier whose tool evaluates the ejection fraction gets an augmentative finding', () => {
    const text = dossier('assistive', 'The tool analyses the echo loops to evaluate the ejection fraction.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:59-10:67 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'The device helps clinicians evaluate the ejection fraction.')), []);
  });
});

describe('round 11b: triage told from the reader\'s side', () => {
  test('"decide which films to read first", "choose which studies to open first": the order of reading is the output', () => {
    assert.deepEqual(cues('The app lets the on-call team decide which chest films to read first.'), ['assistive: decide which chest films to read first']);
    assert.deepEqual(cues('It helps neurologists choose which perfusion studies to open first.'), ['assistive: choose which perfusion studies to open first']);
  });

  test('"reorder their worklist", "the reading queue is reordered", "helps radiologists order the studies on their worklist"', () => {
    assert.deepEqual(cues('With its flags, radiologists can reorder their worklist.'), ['assistive: reorder their worklist']);
    assert.deepEqual(cues('The reading queue is then reordered so that suspected cases come up.'), ['assistive: queue is then reordered']);
    assert.deepEqual(cues("It helps radiologists order the day's studies on their worklist."), ["assistive: order the day's studies on their worklist"]);
  });

  test('no "first", no worklist, or a denied reordering stays silent', () => {
    assert.deepEqual(cues('The app lets the on-call team decide which chest films to archive.'), []);
    assert.deepEqual(cues('The team decides which chest films to read.'), []);
    assert.deepEqual(cues('The pharmacist can reorder the medication list.'), []);
    assert.deepEqual(cues('It helps radiologists order supplies from the vendor.'), []);
    assert.deepEqual(cues('Radiologists cannot reorder their worklist.'), []);
  });

  test('a dossier whose team decides which films to read first is suggested assistive; one that decides which to archive, nothing', () => {
    assert.equal(suggested(dossier('augmentative', 'The app lets the on-call team decide which chest films to read first.')), 'assistive');
    assert.equal(suggested(dossier('augmentative', 'The app lets the on-call team decide which chest films to archive.')), undefined);
  });
});

describe('round 11b: a version number after a product name', () => {
  test('"CardioTrace 3.1 measures …", "SleepScore 4 flags …", "EpiWatch 13 can raise notifications": the name is the subject', () => {
    assert.deepEqual(cues('CardioTrace 3.1 measures the QT interval on each beat.'), ['augmentative: measures']);
    assert.deepEqual(cues('During the night, SleepScore 4 flags every apnea longer than ten seconds.'), ['assistive: flags']);
    assert.deepEqual(cues('While a recording is made, EpiWatch 13 can raise on-screen notifications for seizures.'), ['assistive: raise on-screen notifications']);
  });

  test('"CardioTrace 3.1, which runs in the cloud, measures …": the verb after a relative aside on the versioned name is the name\'s', () => {
    assert.deepEqual(cues('CardioTrace 3.1, which runs in the cloud, measures the QT interval on each beat.'), ['augmentative: measures']);
    assert.deepEqual(cues('The nurse, who works nights, measures the QT interval on each beat.'), []);
  });

  test('a numbered patient or a bare count is no product', () => {
    assert.deepEqual(cues('Patient 4 flags every symptom in a diary.'), []);
    assert.deepEqual(cues('In the trial, 13 raised concerns about the alerts.'), []);
  });

  test('an assistive dossier whose versioned product measures gets an augmentative finding', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'CardioTrace 3.1 measures the QT interval on each beat.')), ['classification-cue 10:17-10:25 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'Patient 4 measures the QT interval on each beat.')), []);
  });
});
