/**
 * Stop 33 of the prose analysis (issue 9): misreadings found in the sets built blind in stop 31 (batch Q: h136-h139 and
 * dossiers-blind27), measured unread, then opened. Each fix is a class of wording, not a sentence: every sentence here
 * was written for this file, and each reading has a close wording that keeps the older reading beside it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf, cuePhrases as cues, outputDossier } from './helpers';
import { analyseSentence, readSentences } from '../../src/core/prose';

describe('stop 33: a prediction of what will happen is a forecast', () => {
  test('"gives a prediction of whether … will", "returns predictions that … will" read as the verb "predicts whether … will" does', () => {
    assert.deepEqual(cues('The model gives a prediction of whether the child will need admission within two days.'), ['augmentative: gives a prediction']);
    assert.deepEqual(cues('Every hour the tool returns predictions that the patient will develop acute kidney injury.'), ['augmentative: returns predictions']);
  });

  test('a prediction of whether a finding is there, or a yes-or-no one, stays a detection; a prediction of where, no output', () => {
    assert.deepEqual(cues('For each film the software returns its prediction of whether a pneumothorax may be present.'), []);
    assert.deepEqual(cues('The algorithm produces a yes-or-no prediction of whether a bleed will be confirmed.'), ['assistive: produces a yes-or-no']);
    assert.deepEqual(cues('The network outputs a prediction of where the polyp lies.'), []);
  });
});

describe('stop 33: nouns that only look like acts', () => {
  test('"reduce missed and delayed diagnoses": an -s word after participle modifiers is the object, not a second verb', () => {
    assert.deepEqual(cues('The detector is meant to cut missed and delayed diagnoses in busy clinics.'), []);
    assert.deepEqual(cues('Our aim is to lower overlooked diagnoses of scaphoid fracture.'), []);
  });

  test('a verb after a plain object still acts', () => {
    assert.deepEqual(cues('It reviews the uploaded photographs and diagnoses diabetic retinopathy.'), ['autonomous: diagnoses']);
  });

  test('"a design derived from ResNet" tells where a model came from; "indices derived from the ECG" are still output', () => {
    assert.deepEqual(cues('The classifier, an architecture derived from ResNet-50, takes three inputs.'), []);
    assert.deepEqual(cues('The network was derived from an earlier segmentation model.'), []);
    assert.deepEqual(cues('The tool reports heart-rate indices derived from the ECG.'), ['augmentative: reports heart-rate indices']);
  });

  test('"reports counts for red cells and casts": right after an output verb, counts are what it reports', () => {
    assert.deepEqual(cues('The analyser reports counts for white cells, yeast and crystals.'), ['augmentative: reports counts']);
    assert.deepEqual(cues('A second opinion counts for little in this setting.'), []);
  });
});

describe('stop 33: telling an event from an artefact is how a detection is made', () => {
  test('"decides whether this is a real pause or an artefact", "whether the beat is genuine or noise" flag, they conclude nothing', () => {
    assert.deepEqual(cues('Whenever the trace goes flat, the software decides whether this is a true apnoea or a motion artefact.'), ['assistive: decides whether']);
    assert.deepEqual(cues('The algorithm determines whether each spike is genuine or noise.'), ['assistive: determines whether']);
  });

  test('a clinical whether-question stays a conclusion', () => {
    assert.deepEqual(cues('The algorithm decides whether the rhythm is shockable.'), ['autonomous: decides whether']);
  });
});

describe("stop 33: a physician's duty, and what is not one", () => {
  test('"has to confirm each suggested event": events found in a recording are findings the expert reads', () => {
    assert.deepEqual(cues('A sleep expert has to confirm each suggested episode before it enters the report.'), ['physician-interprets: expert has to confirm']);
    assert.deepEqual(cues('The technologist must confirm every proposed event.'), ['physician-interprets: technologist must confirm']);
  });

  test('a suggested dose the physician approves is still an option acted on, not a reading', () => {
    assert.deepEqual(cues('The physician must approve the suggested dose.'), []);
  });

  test('"confirms that biopsy is indicated", "reviews the indication with the patient" select the patient; they read no output', () => {
    assert.deepEqual(cues('The surgeon confirms that resection is appropriate and obtains consent.'), []);
    assert.deepEqual(cues('The cardiologist reviews the indication with the family.'), []);
    assert.deepEqual(cues('The radiologist confirms that the marked nodule is real.'), ['physician-interprets: radiologist confirms']);
  });

  test('"Nothing in the tool replaces the radiologist\'s read" keeps the read; "released with no radiologist\'s read" denies it', () => {
    assert.deepEqual(cues("Nothing in the software replaces the echocardiogram or the cardiologist's read."), []);
    assert.deepEqual(cues("The report is released with no cardiologist's read."), ["autonomous: with no cardiologist's read"]);
  });
});

describe('stop 33: an instrument that names itself by what it measures acts', () => {
  test('"the audiometer", "the otoscope" are the device, as "the software" is', () => {
    assert.equal(analyseSentence('The audiometer determines hearing thresholds automatically.').agent, 'software');
    assert.equal(analyseSentence('The otoscope stores a picture of the eardrum.').agent, 'software');
  });
});

describe('stop 33: a sentence that only says what may or will happen', () => {
  test('every clause hypothetical: the sentence is marked so, and no class finding is drawn from it', () => {
    const [sentence] = readSentences('A future release will also estimate the ratio of the two chamber volumes.');
    assert.equal(sentence.hypothetical, true);
    assert.deepEqual(cueFindingsOf(outputDossier('assistive', 'A future release will also estimate the ratio of the two chamber volumes.')), []);
  });

  test('a present statement is not hypothetical', () => {
    const [sentence] = readSentences('The software estimates the ratio of the two chamber volumes.');
    assert.equal(sentence.hypothetical, false);
  });
});

describe('stop 33 (R and S opened): what a model works out for itself, and figures of the study', () => {
  test('features computed for a classifier are its input; features reported or quantitative ones are output', () => {
    assert.deepEqual(cues('Twelve motion features are computed over each window and handed to the classifier.'), []);
    assert.deepEqual(cues('The network extracts 40 spectral features from every breath.'), []);
    assert.deepEqual(cues('The software computes quantitative features of the nodule and reports them.'), ['augmentative: computes']);
  });

  test('how long the work took is a study figure; a transit time of the patient stays a quantity', () => {
    assert.deepEqual(cues('Read time and report turnaround were measured from the RIS timestamps.'), []);
    assert.deepEqual(cues('Waiting times were calculated for every referral.'), []);
  });

  test('a radiotherapy dose worked out is a physical quantity; a drug dose worked out is still the decision', () => {
    assert.deepEqual(cues('The module recomputes the dose of each beam plan independently.'), ['augmentative: recomputes']);
    assert.deepEqual(cues('It works out monitor units and doses at reference points.'), ['augmentative: works']);
    assert.deepEqual(cues('The app calculates the insulin dose for each meal.'), ['autonomous: calculates']);
  });

  test('the limit an alarm sounds at is part of alerting, no quantity', () => {
    assert.deepEqual(cues('The monitor keeps recalculating a personal alarm limit from the last hour of readings.'), ['assistive: alarm']);
    assert.deepEqual(cues('The software calculates the anaerobic threshold.'), ['augmentative: calculates']);
  });

  test('"an ROC area of 0.86" and "derived from 300 patients" describe the study and the model\'s making', () => {
    assert.deepEqual(cues('In validation the index reached an ROC area of 0.91.'), []);
    assert.deepEqual(cues('The risk formula was derived from 70% of 1,200 patients and tested on the rest.'), []);
  });
});

describe('stop 33 (R and S opened): a fertility status, and who decides', () => {
  test('"shows the fertile days", "determines the fertile window" give the status a user acts on', () => {
    assert.deepEqual(cues('Each morning the app shows the fertile days in green.'), ['autonomous: shows the fertile days']);
    assert.deepEqual(cues('The algorithm determines the fertile window from the temperature curve.'), ['autonomous: determines the fertile window']);
    assert.deepEqual(cues('The gynaecologist identifies the fertile window.'), []);
  });

  test('"remain decisions for the attending clinicians", "decisions should rest on the dermatologist\'s examination" keep the physician deciding', () => {
    assert.deepEqual(cues('Any biopsy and any referral remain decisions for the treating dermatologists.'), ['physician-interprets: remain decisions for the treating dermatologists']);
    assert.deepEqual(cues("Treatment decisions rest on the oncologist's assessment of the whole patient."), ["physician-interprets: decisions rest on the oncologist's assessment"]);
    assert.deepEqual(cues("The referral decision rests on the software output alone."), ['autonomous: decision rests on the software output alone']);
  });

  test('"are urged to interpret", "are advised to confirm" oblige the clinician; a patient advised to see a doctor reads nothing', () => {
    assert.deepEqual(cues('Because posture and drugs shift the value, anaesthetists are urged to interpret the index with care.'), ['physician-interprets: interpret']);
    assert.deepEqual(cues('Patients are advised to consult their doctor.'), []);
  });

  test('"a member of the clinic team" acts for the team', () => {
    assert.equal(analyseSentence('A member of the device clinic team reviews each alert.').agent, 'physician');
  });
});

describe('stop 33 review: over-reaches the reviewer found, mended', () => {
  test('an artefact check followed by the device acting stays the act', () => {
    assert.deepEqual(cues('The pump decides whether the low reading is true hypoglycaemia or a pressure artefact and suspends insulin delivery.'), ['autonomous: decides whether']);
  });

  test('a drug dose worked out for a radiotherapy patient is still a drug dose', () => {
    assert.deepEqual(cues('For patients in radiotherapy, the app calculates the morphine dose for breakthrough pain.'), ['autonomous: calculates']);
    assert.deepEqual(cues('During radiotherapy, the app calculates the dose of antiemetic for each day.'), ['autonomous: calculates']);
  });

  test('a group with a non-clinical task reads nothing: "a member of the IT team", "the billing team"', () => {
    assert.deepEqual(cues('A member of the IT team must confirm each flagged case.'), []);
    assert.equal(analyseSentence('The billing team reviews each claim.').agent, 'other');
    assert.deepEqual(cues('The care team must confirm each flagged case.'), ['physician-interprets: team must confirm']);
  });

  test('a later release is a plan: "Subsequent releases will …", "the next version will …"', () => {
    assert.deepEqual(cues('Subsequent releases will calculate the coronary calcium score as well.'), []);
    assert.deepEqual(cues('The next version will flag pericardial effusion.'), []);
    assert.deepEqual(cues('The current version flags pericardial effusion.'), ['assistive: flags']);
  });

  test('"kaleidoscope" only ends like an instrument', () => {
    assert.equal(analyseSentence('The kaleidoscope of symptoms makes diagnosis hard.').agent, 'none');
  });
});
