/**
 * Round 14d of the prose analysis (issue 9): who acts. Each family as a user sees it: the cue kinds
 * and phrases `findCues` returns, the `classification-cue` findings (rule id, range, suggested class),
 * the suggested class of a dossier, and the sentence's agent as `analyseSentence` reads it. Every
 * sentence here was written for this file; each positive has a close wording that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

const agent = (text: string): string => analyseSentence(text).agent;

describe('round 14d: a part the software owns acts for it ("Its triage logic moves …")', () => {
  test('"Its <part>" as subject: the software acts', () => {
    assert.deepEqual(cues('Its triage logic moves suspected cases to the top of the worklist.'), ['assistive: cases', 'assistive: to the top of the worklist']);
    assert.deepEqual(cues('Its scoring stage assigns each nodule a malignancy probability.'), ['augmentative: assigns each nodule a malignancy probability']);
    assert.deepEqual(cues('Its dosing logic raises the basal rate when glucose climbs.'), ['autonomous: raises the basal']);
    assert.equal(agent('Its dosing logic raises the basal rate when glucose climbs.'), 'software');
  });

  test('a statistic it owns, a person another owns, or a purpose stated with "is to" stay silent', () => {
    assert.deepEqual(cues('Its accuracy exceeds that of the predicate device.'), []);
    assert.equal(agent('Its accuracy exceeds that of the predicate device.'), 'none');
    assert.deepEqual(cues("The patient's caregiver raises the basal rate when glucose climbs."), []);
    assert.deepEqual(cues('Its indications are to support the diagnosis of fatty liver disease.'), []);
  });

  test('an assistive dossier whose dosing logic raises the basal rate gets an autonomous finding and suggestion', () => {
    const text = dossier('assistive', 'Its dosing logic raises the basal rate when glucose climbs.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:18-10:34 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('assistive', "The patient's caregiver raises the basal rate when glucose climbs.")), []);
  });
});

describe('round 14d: a product name with its version, and the plural of a software word, name the software', () => {
  test('"NodulePoint v2.3 highlights …": the version stands for the name', () => {
    assert.deepEqual(cues('NodulePoint v2.3 highlights suspected nodules on each chest CT.'), ['assistive: highlights']);
    assert.equal(agent('NodulePoint v2.3 highlights suspected nodules on each chest CT.'), 'software');
    assert.deepEqual(cues('VentriQ v4.1 computes the ejection fraction from the apical views.'), ['augmentative: computes']);
  });

  test('"networks", "classifiers" as subject: the sentence is the software\'s (its clause keeps its cues)', () => {
    assert.equal(agent('Convolutional networks outline the left ventricle on every frame.'), 'software');
    assert.equal(agent('Two trained classifiers sort each beat into normal or ectopic.'), 'software');
  });

  test('people doing the same, or a version named as a time, stay silent', () => {
    assert.deepEqual(cues('In v2.3 the radiologist highlights each nodule on the chest CT.'), []);
    assert.equal(agent('In v2.3 the radiologist highlights each nodule on the chest CT.'), 'physician');
    assert.equal(agent('The cardiologists sort each beat into normal or ectopic.'), 'physician');
    assert.equal(agent('Our clients sort each beat into normal or ectopic.'), 'none');
  });

  test('an assistive dossier whose versioned product computes the ejection fraction gets an augmentative finding', () => {
    const text = dossier('assistive', 'VentriQ v4.1 computes the ejection fraction from the apical views.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:14-10:22 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'In v2.3 the radiologist computes the ejection fraction from the apical views.')), []);
  });
});

describe('round 14d: an agentless passive about things describes the software at work', () => {
  test('"Premature beats are detected and counted", "A PDF summary is generated": the software acts', () => {
    assert.equal(agent('Premature beats are detected and counted over the whole recording.'), 'software');
    assert.equal(agent('A PDF summary with the volumes and their percentiles is generated for each scan.'), 'software');
    assert.equal(agent('Suspected pneumothorax cases are moved to the front of the reading list.'), 'software');
  });

  test('a statistic, a study, people, or a scope statement keep no agent of the software', () => {
    assert.equal(agent('Sensitivity was estimated against the consensus of three readers.'), 'none');
    assert.equal(agent('Premature beats were detected in 40 of 42 recordings in the validation study.'), 'none');
    assert.equal(agent('Patients are screened once a year.'), 'none');
    assert.equal(agent('Recordings shorter than ten minutes are excluded.'), 'none');
  });
});

describe('round 14d: a person who receives a message takes in what the software sends', () => {
  test('"The surgeon receives a text", "Nurses get an alarm": the software acts', () => {
    assert.equal(agent('The on-call surgeon receives a text message for every suspected perforation.'), 'software');
    assert.equal(agent('Ward nurses get an alarm whenever the early-warning score crosses its threshold.'), 'software');
    assert.equal(agent('Each reader receives a notification with a preview of the suspected finding.'), 'software');
  });

  test('a thing that receives an output was given it by the software; a list of qualifiers runs on to the message', () => {
    assert.equal(agent('Each culture dish receives one of four results.'), 'software');
    assert.equal(agent('Every flagged series gets a priority label.'), 'software');
    assert.equal(agent('After each event, the wearer receives audible, visual and haptic alarms.'), 'software');
    assert.equal(agent('Each kit receives a new battery.'), 'none');
    assert.equal(agent('Each patient receives one of three doses.'), 'other');
  });

  test('a person who receives an analysis to weigh, or whose duty follows a "who receive", keeps the act', () => {
    assert.equal(agent('Surgeons receive the analysis as advice and weigh it against the operative findings.'), 'physician');
    assert.equal(agent('Clinicians who receive an alert remain responsible for reading the full study.'), 'physician');
  });
});

describe('round 14d: a sentence whose verb the tagger does not know still has an agent', () => {
  test('the subject before the verb the word order points to acts', () => {
    assert.equal(agent('The sonographer then sweeps the probe across the abdomen.'), 'physician');
    assert.equal(agent('Dermatologists can zoom into each lesion photograph.'), 'physician');
    assert.equal(agent('The app logs every meal and syncs the diary overnight.'), 'software');
    assert.equal(agent("Caregivers clip the sensor onto the child's vest."), 'other');
  });

  test('only the agent: no cue appears, and a thing or a study result names nobody', () => {
    assert.deepEqual(cues('The app logs every meal and syncs the diary overnight.'), []);
    assert.equal(agent('The kit ships with two spare electrodes.'), 'none');
    assert.equal(agent('In the pivotal study, the mean error shrank by a third.'), 'none');
  });
});

describe('round 14d: a reading or a duty left to a physician makes the physician the one who acts', () => {
  test('"must be interpreted", "are to be reviewed": an obliged reading with no agent named is the physician\'s', () => {
    assert.equal(agent('The volumes must be interpreted alongside the clinical history.'), 'physician');
    assert.equal(agent('Borderline tracings are to be reviewed against the symptom diary.'), 'physician');
    assert.deepEqual(cues('Borderline tracings are to be reviewed against the symptom diary.'), ['physician-interprets: reviewed']);
  });

  test('"rests with", "lies with", "remains the job of" a physician; "whoever is paged" is the clinician', () => {
    assert.equal(agent('Whether the lesion needs a biopsy rests with the dermatologist.'), 'physician');
    assert.equal(agent('The final call on each flagged study lies with the radiologist.'), 'physician');
    assert.equal(agent('Grading the retinopathy remains the job of the ophthalmologist.'), 'physician');
    assert.equal(agent('Whoever is paged reviews the full series.'), 'physician');
  });

  test('an act the software must do, a warning against a reading, a negated role or a duty of the software stay the software\'s', () => {
    assert.equal(agent('The volumes must be computed before the report is sent.'), 'software');
    assert.equal(agent('A normal result should not be read as proof of health.'), 'software');
    assert.equal(agent('The tool does not replace the role of the cardiologist.'), 'software');
    assert.equal(agent('The final call rests with the software.'), 'none');
    assert.equal(agent('Whatever is flagged is sent to the worklist.'), 'software');
  });

  test('"by hand by the sonographer": past the manner, the person named is the agent', () => {
    assert.equal(agent('Each contour can be corrected by hand by the sonographer before export.'), 'physician');
    assert.deepEqual(cues('Vessel length along the centreline is measured by hand by the clinician in the curved views.'), []);
    assert.equal(agent('Vessel length along the centreline is measured by hand by the clinician in the curved views.'), 'physician');
    assert.deepEqual(cues('Vessel length along the centreline is measured by the software in the curved views.'), ['augmentative: measured']);
    assert.deepEqual(cues('Vessel length is measured by hand in the curved views.'), []);
  });
});

describe('round 14d: verbs coordinated with what a helped physician does are the physician\'s too', () => {
  test('"helps the cardiologist measure and interpret", "aids nurses in spotting, diagnosing and treating": help, never autonomous', () => {
    assert.deepEqual(cues('The viewer helps the cardiologist measure and interpret each Holter strip.'), ['augmentative: helps the cardiologist measure']);
    assert.deepEqual(cues('The monitor aids ward nurses in spotting, diagnosing and treating sepsis.'), []);
    assert.deepEqual(cues('Our app supports dermatologists in photographing, grading and diagnosing skin lesions.'), ['augmentative: grading']);
  });

  test('the same verbs done by the software itself keep their class', () => {
    assert.deepEqual(cues('The program measures and interprets each Holter strip.'), ['augmentative: measures', 'autonomous: interprets']);
    assert.deepEqual(cues('The monitor spots, diagnoses and treats sepsis.'), ['assistive: spots', 'autonomous: diagnoses', 'autonomous: treats']);
  });

  test('an augmentative dossier whose viewer helps the cardiologist measure and interpret gets no autonomous finding', () => {
    const text = dossier('augmentative', 'The viewer helps the cardiologist measure and interpret each Holter strip.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The program measures and interprets each Holter strip.')), ['classification-cue 10:26-10:36 autonomous']);
  });
});

describe('round 14d: a gerund after "basis for" is the act of whoever relies on the basis', () => {
  test('"the main ground for diagnosing …, prescribing … or deciding whether …" names no act of the software', () => {
    assert.deepEqual(cues('The tracings should not be the main ground for diagnosing a sleep disorder, prescribing therapy or deciding whether more tests are needed.'), []);
    assert.deepEqual(cues('The index is the main basis for grading each scan.'), []);
    assert.deepEqual(cues('The score forms the basis for triaging, staging and treating each patient.'), []);
  });

  test('the software doing the act itself keeps its cue', () => {
    assert.deepEqual(cues('The index grades each scan.'), ['augmentative: grades']);
  });

  test('an augmentative dossier whose output is no ground for deciding gets no autonomous finding', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'The tracings should not be the main ground for diagnosing a sleep disorder, prescribing therapy or deciding whether more tests are needed.')), []);
  });
});
