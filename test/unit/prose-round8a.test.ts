/**
 * Round 8a of the prose analysis (issue 9): readings fixed after the misses of the blind radiology
 * set holdout11, each family as a user sees it: the cue kinds and phrases `findCues` returns, and
 * the `classification-cue` findings (rule id, range, suggested class) a dossier gets. Every
 * sentence here was written for this file; each positive is paired with a close wording that
 * must stay silent (or read otherwise).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

describe('round 8a: "is to be interpreted" obliges', () => {
  test('"are to be confirmed by the cardiologist" is a physician reading the output', () => {
    assert.deepEqual(cues('The flagged regions are to be interpreted with the full study.'), ['physician-interprets: interpreted']);
    assert.deepEqual(cues('The measurements are to be confirmed by the cardiologist before release.'), ['physician-interprets: confirmed']);
  });

  test('"are to be stored" obliges nobody to read anything', () => {
    assert.deepEqual(cues('The measurements are to be stored for five years.'), []);
  });

  test('an autonomous dossier gets a physician-interprets finding on "confirmed", none on "stored"', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'The measurements are to be confirmed by the cardiologist before release.')), ['classification-cue 11:28-11:37 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The measurements are to be stored for five years.')), []);
  });
});

describe('round 8a: a fronted participle phrase and the readers it names', () => {
  test('after "Used by radiologists who read chest CT," the software\'s verbs are verbs, and the readers are only described', () => {
    assert.deepEqual(cues('Used by radiologists who read chest CT, the software marks nodules and measures their volume.'), ['assistive: marks', 'augmentative: measures']);
    assert.deepEqual(cues('Trained on ten thousand studies, the model flags each scan with a suspected bleed.'), ['assistive: flags']);
  });

  test('readers who must review still oblige, and a main clause "Radiologists read" still reads', () => {
    assert.deepEqual(cues('Radiologists who read chest CT must review every mark the software places.'), ['physician-interprets: review']);
    // (stop 35: ", and the software marks …" after a clause with its verb opens a clause of its own, so its act is read too)
    assert.deepEqual(cues('Radiologists read chest CT, and the software marks nodules.'), ['physician-interprets: Radiologists read', 'assistive: marks']);
  });

  test('"they" stands for the readers named before it in the sentence, not for the software', () => {
    assert.deepEqual(cues('The tool supports cardiologists when they interpret stress echoes.'), []);
    assert.deepEqual(cues('The apps read the recording, and they interpret the rhythm for the wearer.'), ['autonomous: interpret']);
  });

  test('an assistive dossier gets one augmentative finding on "measures", none for the readers', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'Used by radiologists who read chest CT, the software marks nodules and measures their volume.')), ['classification-cue 10:72-10:80 augmentative']);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The tool supports cardiologists when they interpret stress echoes.')), []);
  });
});

describe('round 8a: folding inputs into one quantity, and results returned as maps', () => {
  test('"merges / combines / condenses … into" a score or an index is augmentative', () => {
    assert.deepEqual(cues('The network combines the wall-motion features into a single dyssynchrony index.'), ['augmentative: combines the wall-motion features into a single dyssynchrony index']);
    assert.deepEqual(cues('The software condenses each night of oximetry into one desaturation index.'), ['augmentative: condenses each night of oximetry into one desaturation index']);
  });

  test('combining with other data, or condensing into a file, outputs no quantity', () => {
    assert.deepEqual(cues('The network combines the wall-motion features with the patient history.'), []);
    assert.deepEqual(cues('The software condenses each night of oximetry into one file.'), []);
  });

  test('"are returned as colour maps" names the output; "returned to PACS as DICOM files" does not', () => {
    assert.deepEqual(cues('Results are returned as colour maps of ventilation.'), ['augmentative: returned as colour maps']);
    assert.deepEqual(cues('Results are returned to PACS as DICOM files.'), []);
  });

  test('an assistive dossier gets augmentative findings on both, and none on the close wordings', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The network combines the wall-motion features into a single dyssynchrony index.')), ['classification-cue 10:13-10:79 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'Results are returned as colour maps of ventilation.')), ['classification-cue 10:13-10:36 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The network combines the wall-motion features with the patient history.', '', 'Results are returned to PACS as DICOM files.')), []);
  });
});

describe('round 8a: "to treat <condition>" names the indication; the energy a defibrillator delivers is its shock', () => {
  test('a purpose "to treat" or "for treating" is no therapy act', () => {
    assert.deepEqual(cues('The CPAP unit supplies positive airway pressure to treat obstructive sleep apnea.'), []);
    assert.deepEqual(cues('It is built to treat cardiac arrest.'), []);
    assert.deepEqual(cues('It is meant for treating cardiac arrest.'), []);
  });

  test('a device that treats on its own, or delivers a biphasic waveform, still acts autonomously', () => {
    assert.deepEqual(cues('The pump treats low glucose on its own.'), ['autonomous: treats']);
    assert.deepEqual(cues('The AED then delivers a biphasic waveform of 150 J to the patient.'), ['autonomous: delivers a biphasic waveform']);
    assert.deepEqual(cues('The recorder stores the ECG waveform for the clinician.'), []);
  });

  test('an assistive dossier gets an autonomous finding on the waveform, none on the indication', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The AED then delivers a biphasic waveform of 150 J to the patient.')), ['classification-cue 10:14-10:42 autonomous']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The CPAP unit supplies positive airway pressure to treat obstructive sleep apnea.')), []);
  });
});

describe('round 8a: an -ing noun after a verb modifies its object', () => {
  test('"reviews screening mammograms and flags each exam": both are the algorithm\'s verbs', () => {
    assert.deepEqual(cues('The algorithm reviews screening mammograms and flags each exam with a suspicious finding.'), ['assistive: flags']);
    assert.deepEqual(cues('The algorithm reviews screening mammograms.'), []);
  });

  test('a plural noun before a preposition-like -ing word stays a noun', () => {
    assert.deepEqual(cues('Outcome measures including sensitivity were prespecified.'), []);
  });

  test('an assistive dossier gets an augmentative finding on "measures" after "reviews screening mammograms"', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The algorithm reviews screening mammograms and measures breast density.')), ['classification-cue 10:48-10:56 augmentative']);
  });
});

describe('round 8a: compounds of output nouns, and a gerund as subject', () => {
  test('"a triage-and-notification tool" and "a detection-and-measurement aid" name their classes', () => {
    assert.deepEqual(cues('The product is a triage-and-notification tool for head CT.'), ['assistive: triage-and-notification']);
    assert.deepEqual(cues('The tool is a detection-and-measurement aid for lung nodules.'), ['augmentative: detection-and-measurement']);
    assert.deepEqual(cues('The product is a stand-alone tool for head CT.'), []);
  });

  test('a gerund before "has" is the subject, an activity talked about, not the software acting', () => {
    assert.deepEqual(cues('Flagging a case as a suspected bleed has no purpose beyond the alert.'), []);
    assert.deepEqual(cues('Measuring a nodule at the first visit has little value for the patient.'), []);
    assert.deepEqual(cues('Measuring a nodule at the first visit, the software reports its volume.'), ['augmentative: Measuring', 'augmentative: reports its volume']);
  });

  test('an assistive dossier gets an augmentative finding on the compound and on the fronted participle, none on the gerund subject', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The tool is a detection-and-measurement aid for lung nodules.')), ['classification-cue 10:15-10:40 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'Measuring a nodule at the first visit, the software reports its volume.')), ['classification-cue 10:1-10:10 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'Measuring a nodule at the first visit has little value for the patient.')), []);
  });
});

describe('round 8a: "adds" therapy only when the device acts by itself', () => {
  test('"can add pressure support on its own", "automatically adds a correction bolus" are autonomous', () => {
    assert.deepEqual(cues('The device can add pressure support on its own during apneas.'), ['autonomous: add pressure']);
    assert.deepEqual(cues('The pump automatically adds a correction bolus after meals.'), ['autonomous: adds a correction']);
  });

  test('adding a mode, or adding support with no word of acting alone, is no therapy change', () => {
    assert.deepEqual(cues('SPAP adds a biphasic pressure mode.'), []);
    assert.deepEqual(cues('The ventilator adds pressure support when breathing weakens.'), []);
  });

  test('an assistive dossier gets an autonomous finding on "add pressure"', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The device can add pressure support on its own during apneas.')), ['classification-cue 10:16-10:28 autonomous']);
    assert.deepEqual(cueFindings(dossier('assistive', 'SPAP adds a biphasic pressure mode.')), []);
  });
});

describe('round 8a: quantities named by a qualifier or handed to a finding in a passive', () => {
  test('"provides quantitative analysis" is augmentative; a bare "analysis" or "the final output" is not', () => {
    assert.deepEqual(cues('The software provides quantitative analysis of coronary plaque.'), ['augmentative: provides quantitative analysis']);
    assert.deepEqual(cues('The software provides analysis of coronary plaque.'), []);
    assert.deepEqual(cues('The final output is sent to PACS.'), []);
  });

  test('"Each lesion is assigned a malignancy score": the software gives the score', () => {
    assert.deepEqual(cues('Each lesion is assigned a malignancy score.'), ['augmentative: assigned a malignancy score']);
    assert.deepEqual(cues('Each nodule is given a score.'), ['augmentative: given a score']);
  });

  test('a passive that hands a study to a reader, or a person an appointment, gives no output', () => {
    assert.deepEqual(cues('Each study is assigned to a reader.'), []);
    assert.deepEqual(cues('Each patient is given a follow-up appointment.'), []);
  });

  test('an assistive dossier gets augmentative findings on both, none on the close wordings', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'Each lesion is assigned a malignancy score.')), ['classification-cue 10:16-10:43 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The software provides quantitative analysis of coronary plaque.')), ['classification-cue 10:14-10:44 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The software provides analysis of coronary plaque.', '', 'Each study is assigned to a reader.')), []);
  });
});

describe('round 8a: how much of something is a quantity the software gives', () => {
  test('"reports the degree of stenosis", "expressed as a percentage of normal" are augmentative', () => {
    assert.deepEqual(cues('The software reports the degree of stenosis for each vessel.'), ['augmentative: reports the degree']);
    assert.deepEqual(cues('Results are expressed as a percentage of normal.'), ['augmentative: expressed as a percentage']);
  });

  test('a degree that is no output, or a physician assessing the severity, stays silent', () => {
    assert.deepEqual(cues('The algorithm is trained to a high degree of accuracy.'), []);
    assert.deepEqual(cues('The radiologist assesses the severity of stenosis.'), []);
  });

  test('an assistive dossier gets augmentative findings on both; an autonomous one none on the radiologist\'s assessment', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The software reports the degree of stenosis for each vessel.')), ['classification-cue 10:14-10:32 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'Results are expressed as a percentage of normal.')), ['classification-cue 10:13-10:38 augmentative']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'The radiologist assesses the severity of stenosis.')), []);
  });
});
