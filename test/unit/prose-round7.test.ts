/**
 * Round 7 of the prose analysis (issue 9): readings added in this round, each as a user sees it:
 * the cue kinds and phrases `findCues` returns, and the `classification-cue` findings (rule id,
 * range, suggested class) a dossier gets. Every sentence here was written for this file.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assessText } from '../../src/core/assess';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, TODAY } from './helpers';

describe('round 7: closed-loop ventilation is the machine changing the therapy', () => {
  test('a ventilator is the acting machine, like a pump or a controller', () => {
    assert.deepEqual(cues('The ventilator raises the inspiratory pressure when the measured volume falls short.'), ['autonomous: raises the inspiratory']);
    assert.deepEqual(cues('The ventilator lowers the pressure support as the patient recovers.'), ['autonomous: lowers the pressure']);
  });

  test('adapting, altering or varying the breaths, the tidal volume or the pressure', () => {
    assert.deepEqual(cues('The controller adapts the number of mandatory breaths to the minute ventilation the patient needs.'), ['autonomous: adapts the number of mandatory breaths']);
    assert.deepEqual(cues('The mode alters the pressure it gives from one breath to the next.'), ['autonomous: alters the pressure']);
    assert.deepEqual(cues('The software varies the tidal volume with each measured compliance.'), ['autonomous: varies the tidal']);
  });

  test('supplying or delivering backup breaths, and switching the ventilation mode', () => {
    assert.deepEqual(cues('The unit supplies backup breaths whenever no effort is sensed for fifteen seconds.'), ['autonomous: supplies backup breaths']);
    assert.deepEqual(cues('The device delivers a mandatory breath after twenty seconds of apnea.'), ['autonomous: delivers a mandatory breath']);
    assert.deepEqual(cues('The ventilator switches the patient to spontaneous mode once effort returns.'), ['autonomous: switches the patient to spontaneous']);
  });

  test('a ventilator that supports or assists each breath gives the therapy; helping a person count breaths does not', () => {
    assert.deepEqual(cues('The ventilator supports every breath with a pressure that follows the diaphragm signal.'), ['autonomous: supports every breath']);
    assert.deepEqual(cues('The software helps nurses count breaths at the bedside.'), []);
  });

  test('a person switching a mode, or a drug or a display, is no autonomous cue', () => {
    assert.deepEqual(cues('The therapist can switch the screen to a backup layout.'), []);
    assert.deepEqual(cues('The user can switch the display to spontaneous mode.'), []);
    assert.deepEqual(cues('Clinicians alter the alarm limits during setup.'), []);
  });

  test('an augmentative dossier whose ventilator adapts the mandatory breaths gets an autonomous classification-cue', () => {
    const text = dossier('augmentative', 'The ventilator adapts the mandatory breaths to the minute volume the patient needs.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:16-10:44 autonomous']);
    const assessment = assessText(text, { fileName: 'test.dossier.md', today: TODAY });
    assert.equal(assessment.classification.suggested, 'autonomous');
  });
});

describe('round 7: the person who is helped, or who reviews, does the later verbs', () => {
  test('"to help in diagnosing", "to aid in diagnosing": the helped person diagnoses; no autonomous cue', () => {
    assert.deepEqual(cues('The program labels arousals and respiratory events to help in diagnosing sleep apnea.'), ['assistive: labels']);
    assert.deepEqual(cues('The tool estimates the apnea-hypopnea index to aid in diagnosing sleep apnea.'), ['augmentative: estimates']);
  });

  test('"aids readers in detecting" still carries the help verb\'s cue', () => {
    assert.deepEqual(cues('The software aids sleep technologists in detecting leg movements.'), ['assistive: aids sleep technologists in detecting']);
  });

  test('"ready for a physician to review and interpret": the second infinitive is the physician\'s too, and only describes the use', () => {
    assert.deepEqual(cues('The module returns staged recordings that are ready for a sleep physician to review and interpret.'), []);
    assert.deepEqual(cues('The hypnogram is made for the physician to check and interpret.'), []);
  });

  test('an obliged physician who reviews and interprets still is physician-interprets', () => {
    assert.deepEqual(cues('The neurologist must review and interpret every tracing.'), ['physician-interprets: neurologist must review and interpret']);
  });

  test('an augmentative sleep-scoring dossier that helps in diagnosing gets no classification-cue', () => {
    const text = dossier('augmentative', 'The software scores sleep stages to help in diagnosing insomnia.', '', 'Scored studies are ready for a physician to review and interpret.');
    assert.deepEqual(cueFindings(text), []);
    const assessment = assessText(text, { fileName: 'test.dossier.md', today: TODAY });
    assert.equal(assessment.classification.suggested, 'augmentative');
  });
});

describe('round 7: linking adverbs between subject and verb', () => {
  test('"likewise", "similarly" and "moreover" leave the verb a verb', () => {
    assert.deepEqual(cues('A second module likewise marks suspected spikes in the EEG.'), ['assistive: marks']);
    assert.deepEqual(cues('The watch app similarly flags irregular rhythms for the wearer.'), ['assistive: flags']);
    assert.deepEqual(cues('The scoring engine furthermore estimates total sleep time.'), ['augmentative: estimates']);
  });
});

describe('round 7: automatic scoring and categorising of events', () => {
  test('categorising clinical events, or auto-scoring a recording, is augmentative', () => {
    assert.deepEqual(cues('The program categorises limb movements and breathing events in the night study.'), ['augmentative: categorises']);
    assert.deepEqual(cues('The software auto-scores each epoch of the polysomnogram.'), ['augmentative: auto-scores']);
  });

  test('categorising the work itself (studies, cases) stays triage', () => {
    assert.deepEqual(cues('The software categorizes incoming studies by urgency.'), ['assistive: categorizes incoming studies']);
  });
});

describe('round 7: "aims at" and "targets" are verbs', () => {
  test('"the ventilator aims at a set volume by altering the pressure": the means clause is the machine\'s act', () => {
    assert.deepEqual(cues('The ventilator aims at a chosen volume by altering the pressure from breath to breath.'), ['autonomous: altering the pressure']);
  });
  test('"the aim of the study" stays a noun and shows no cue', () => {
    assert.deepEqual(cues('The aim of the study was to target high-risk patients.'), []);
  });
});

describe('round 7: a fronted subordinate clause ends at its comma', () => {
  test('"While the EEG is being recorded, the software flags seizures": "flags" is the main clause\'s verb', () => {
    assert.deepEqual(cues('While the night study is being recorded, the software flags suspected seizures.'), ['assistive: flags']);
    assert.deepEqual(cues('Once the recording ends, the program marks each arousal.'), ['assistive: marks']);
  });
});

describe('round 7: supervision of use is not reading the data', () => {
  test('"used under a physician\'s supervision" is no physician-interprets phrase; reviewing under supervision still is', () => {
    assert.deepEqual(cues("The scoring program runs under a sleep physician's supervision."), []);
    assert.deepEqual(cues('Scored epochs must be reviewed by a sleep physician under the supervision of the lab director.'), ['physician-interprets: reviewed']);
  });
});
