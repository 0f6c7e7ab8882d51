/**
 * Round 16d of the prose analysis (issue 9): who acts, on unseen text. Each family as a user sees it:
 * the cue phrases `findCues` returns, the `classification-cue` findings (rule id, range, suggested
 * class), the suggested class of a dossier, and the sentence's agent as `analyseSentence` reads it.
 * Every sentence here was written for this file; each positive has a close wording that must keep
 * its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

const agent = (text: string): string => analyseSentence(text).agent;

describe('round 16d: a specialist named by the suffix of a field ("-ologist", "-iatrician") or an examiner is a physician', () => {
  test('a specialist the list does not name still reads the output', () => {
    assert.deepEqual(cues('The perinatologist reviews every flagged sweep before the report is released.'), ['physician-interprets: perinatologist reviews']);
    assert.deepEqual(cues('A neonatologist must confirm each alert the monitor raises.'), ['physician-interprets: neonatologist must confirm']);
    assert.deepEqual(cues('The sonologist interprets the marked frames.'), ['physician-interprets: sonologist interprets']);
    assert.deepEqual(cues('The examiner reads the highlighted regions and decides on a biopsy.'), ['physician-interprets: examiner reads', 'physician-interprets: decides']);
    assert.equal(agent('The sonologist interprets the marked frames.'), 'physician');
  });

  test('a study\'s epidemiologist or a laboratory biologist is no physician reading the output', () => {
    assert.deepEqual(cues('The epidemiologist reviews the flagged cases.'), []);
    assert.deepEqual(cues('The microbiologist reviews every plate the module flags.'), []);
    assert.equal(agent('The epidemiologist reviews the flagged cases.'), 'none');
  });

  test('an autonomous dossier whose perinatologist must review each output gets a physician-interprets finding', () => {
    const text = dossier('autonomous', 'The pump raises the basal rate when glucose climbs.', 'The perinatologist must review every flagged sweep before the report is released.');
    assert.deepEqual(cueFindings(text), ['classification-cue 12:5-12:31 physician-interprets']);
    assert.equal(suggested(text), 'augmentative');
  });
});

describe('round 16d: a review at the patient\'s periodic visits oversees a therapy; it reads no single output', () => {
  test('"reviews … at quarterly visits", "checks … at every follow-up appointment" raise no physician cue', () => {
    assert.deepEqual(cues('The endocrinologist reviews the pump logs at quarterly visits and adjusts the targets.'), []);
    assert.deepEqual(cues('The cardiologist checks the stored episodes at every follow-up appointment.'), []);
    assert.deepEqual(cues('The physician reviews the downloaded readings during routine clinic visits.'), []);
  });

  test('a review before the output is used, or during one visit, is still a reading', () => {
    assert.deepEqual(cues('The endocrinologist reviews the flagged glucose traces before the report is sent.'), ['physician-interprets: endocrinologist reviews']);
    assert.deepEqual(cues('The cardiologist checks the stored episodes before the next scheduled visit.'), ['physician-interprets: cardiologist checks']);
    assert.deepEqual(cues('The physician reviews the downloaded readings during the visit.'), ['physician-interprets: physician reviews']);
  });

  test('an autonomous dossier with periodic oversight keeps its class and gets no finding', () => {
    const text = dossier('autonomous', 'The pump raises the basal rate when glucose climbs.', 'The endocrinologist reviews the pump logs at quarterly visits and adjusts the targets.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'autonomous');
    const read = dossier('autonomous', 'The pump raises the basal rate when glucose climbs.', 'The endocrinologist reviews the flagged glucose traces before the report is sent.');
    assert.deepEqual(cueFindings(read), ['classification-cue 12:5-12:28 physician-interprets']);
  });
});

describe('round 16d: a fronted participle phrase is no main clause; the clause after its comma names who acts', () => {
  test('"Using …, the monitor …", "Drawing on …, the app …", "From films taken …, the tool …": the software acts', () => {
    assert.equal(agent('Using the stored trend, the monitor works out a risk score.'), 'software');
    assert.equal(agent('Drawing on the last three readings, the app picks the next dose.'), 'software');
    assert.equal(agent('From chest films taken upright, the tool measures the cardiothoracic ratio.'), 'software');
    assert.equal(agent('In routine use, using the stored trend, the monitor works out a risk score.'), 'software');
  });

  test('the same phrase before a person keeps the person as the one who acts', () => {
    assert.equal(agent('Using the stored trend, the cardiologist works out a risk score.'), 'physician');
    assert.equal(agent('Drawing on the last three readings, the nurse picks the next dose.'), 'physician');
  });
});

describe('round 16d: a sentence with no verb at all is about the first noun it names, or states the indication', () => {
  test('a short label states the indication or the setting: the software\'s', () => {
    assert.equal(agent('Adults only.'), 'software');
    assert.equal(agent('Outpatient use only.'), 'software');
    assert.equal(agent('Clinic or home use.'), 'software');
  });

  test('a longer verbless sentence about patients is theirs; one whose subject names nobody stays without agent', () => {
    assert.equal(agent('Patients with a pacemaker wear it at night.'), 'other');
    assert.equal(agent('Children with asthma carry it to school.'), 'other');
    assert.equal(agent('Scanner types vary widely between sites.'), 'none');
  });
});

describe('round 16d: when a physician\'s reading is the sentence\'s only class-relevant act, the physician acts', () => {
  test('"…, where the cardiologist must review each one", "meant for the neurologist, who must check it": the physician', () => {
    assert.deepEqual(cues('Stored tracings go to the web portal, where the cardiologist must review each one.'), ['physician-interprets: cardiologist must review']);
    assert.equal(agent('Stored tracings go to the web portal, where the cardiologist must review each one.'), 'physician');
    assert.equal(agent('The summary is meant for the reading neurologist, who must check it against the raw EEG.'), 'physician');
  });

  test('the same sentence with the software\'s own act keeps the software', () => {
    assert.deepEqual(cues('Stored tracings go to the web portal, where the software marks each arrhythmia.'), ['assistive: marks']);
    assert.equal(agent('Stored tracings go to the web portal, where the software marks each arrhythmia.'), 'software');
  });
});

describe('round 16d: a person who gets a pop-up or a banner takes in what the software sends', () => {
  test('"gets a pop-up", "receives a banner": the software acts', () => {
    assert.equal(agent('The surgeon gets a pop-up with a low-resolution preview of the flagged scan.'), 'software');
    assert.equal(agent('The reading radiologist receives a banner for each suspected bleed.'), 'software');
  });

  test('a person who gets a copy of the study or the patient acts themselves', () => {
    assert.equal(agent('The surgeon gets a copy of the study.'), 'physician');
  });
});

describe('round 16d: a passive that says whom the device serves, or what its use is limited to, states its indication', () => {
  test('"may be monitored with the patch", "covered by the indication", "Use on … is not recommended": the software', () => {
    assert.equal(agent('Adults and teenagers may be monitored with the patch at home or in clinic.'), 'software');
    assert.equal(agent('Only children over 5 kg are covered by the indication.'), 'software');
    assert.equal(agent('Use on pregnant women is not recommended.'), 'software');
  });

  test('patients excluded or monitored in a trial name nobody who acts', () => {
    assert.equal(agent('Children younger than three are excluded.'), 'none');
    assert.equal(agent('Patients in the trial were monitored for a month.'), 'none');
  });
});

describe('round 16d: the surface or document the software presents its output on acts for it ("the summary shows …")', () => {
  test('"the nightly summary shows", "a histogram places", "the overview displays": the software\'s output', () => {
    assert.deepEqual(cues('The nightly summary shows the oxygen desaturation index.'), ['augmentative: shows the oxygen desaturation index']);
    assert.deepEqual(cues('A histogram places each patient\'s value among those of healthy adults.'), ['augmentative: places each patient\'s value among those of healthy']);
    assert.deepEqual(cues('The overview displays each suspected fracture with a box.'), ['assistive: displays each suspected fracture']);
    assert.equal(agent('The nightly summary shows the oxygen desaturation index.'), 'software');
  });

  test('the summary of a study reports the evaluation, not an output', () => {
    assert.deepEqual(cues('The summary of the pivotal study shows a sensitivity of 91 %.'), []);
    assert.equal(agent('The summary of the pivotal study shows a sensitivity of 91 %.'), 'none');
  });

  test('an assistive dossier whose summary shows an index gets an augmentative finding; a study summary stays silent', () => {
    const text = dossier('assistive', 'The software flags nights with suspected apnea.', 'The nightly summary shows the oxygen desaturation index.');
    assert.deepEqual(cueFindings(text), ['classification-cue 11:21-11:56 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    const study = dossier('assistive', 'The software flags nights with suspected apnea.', 'The summary of the pivotal study shows a sensitivity of 91 %.');
    assert.deepEqual(cueFindings(study), []);
  });
});

describe('round 16d: "we" that hands a physician a message or an output is the service\'s software', () => {
  test('"We send the cardiologist an alert", "We notify the neurologist": the software acts, with the cue of its act', () => {
    assert.deepEqual(cues('We send the treating cardiologist an alert when the risk score crosses the threshold.'), ['assistive: send the treating cardiologist an alert']);
    assert.equal(agent('We send the treating cardiologist an alert when the risk score crosses the threshold.'), 'software');
    assert.equal(agent('We return a structured report to the ordering physician within an hour.'), 'software');
    assert.equal(agent('We notify the neurologist as soon as a seizure is detected.'), 'software');
  });

  test('"we" that ships the device, trains sites, reports to the FDA or tells the patient stays the company', () => {
    assert.equal(agent('We send the device to the patient\'s home.'), 'other');
    assert.equal(agent('We provide training to every site.'), 'other');
    assert.equal(agent('We send a summary of the validation to the FDA.'), 'other');
    assert.equal(agent('We notify the patient when the battery is low.'), 'other');
    assert.deepEqual(cues('We send the device to the patient\'s home.'), []);
  });

  test('a dossier whose service sends alerts is suggested assistive; one that ships devices gets no suggestion', () => {
    assert.equal(suggested(dossier('augmentative', 'We send the reading neurologist an alert when a bleed is suspected.')), 'assistive');
    assert.equal(suggested(dossier('augmentative', 'We send the device to the patient\'s home when a bleed is suspected.')), undefined);
  });
});

describe('round 16d: a list\'s lead-in names who acts past the verb group the list completes', () => {
  const pump = 'The pump raises the basal rate when glucose climbs.';

  test('"The radiologist is expected to:", "What the cardiologist does:": the items are the physician\'s readings', () => {
    const expected = dossier('autonomous', pump, '', 'The radiologist is expected to:', '', '- review each flagged study on a diagnostic viewer', '- confirm or reject every mark');
    assert.deepEqual(cueFindings(expected), ['classification-cue 15:3-15:9 physician-interprets']);
    assert.equal(suggested(expected), 'augmentative');
    const does = dossier('autonomous', pump, '', 'What the cardiologist does:', '', '- reviews each flagged beat', '- confirms the rhythm call');
    assert.deepEqual(cueFindings(does), ['classification-cue 15:3-15:10 physician-interprets', 'classification-cue 16:3-16:11 physician-interprets']);
  });

  test('the same items under a lead-in that names the software keep the software\'s reading', () => {
    const software = dossier('autonomous', pump, '', 'The software is expected to:', '', '- review each flagged study on a diagnostic viewer', '- confirm or reject every mark');
    assert.deepEqual(cueFindings(software), []);
    assert.equal(suggested(software), 'autonomous');
  });

  test('"The patient:" lends the items to the patient: measuring their own blood pressure is no augmentative output', () => {
    const patient = dossier('assistive', 'The software flags suspected bleeds.', '', 'The patient:', '', '- measures the blood pressure twice a day', '- enters the readings in the app');
    assert.deepEqual(cueFindings(patient), []);
    const software = dossier('assistive', 'The software flags suspected bleeds.', '', 'The software:', '', '- measures the blood pressure twice a day', '- enters the readings in the app');
    assert.deepEqual(cueFindings(software), ['classification-cue 14:3-14:11 augmentative']);
  });
});
