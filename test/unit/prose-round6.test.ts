/**
 * Round 6 of the prose analysis (issue 9): readings added in this round, each as a user sees it:
 * the cue kinds and phrases `findCues` returns, and the `classification-cue` findings (rule id,
 * range, suggested class) a dossier gets. Every sentence here was written for this file.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assessText } from '../../src/core/assess';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, TODAY } from './helpers';

describe('round 6: clause structure', () => {
  test('a closing bracket that nothing opened does not cut the clause: the later "uses that estimate to adjust insulin delivery" keeps the software as agent', () => {
    assert.deepEqual(
      cues('The controller forecasts glucose for the next two hours of rapid-acting insulin) from sensor readings and uses that forecast to adjust insulin delivery.'),
      ['augmentative: forecasts', 'autonomous: adjust insulin'],
    );
  });

  test('"uses that forecast to" reads "that" as a determiner, not as a relative pronoun', () => {
    assert.deepEqual(cues('The pump app uses that forecast to suspend basal insulin.'), ['autonomous: suspend basal']);
  });

  test('"the targets that the anaesthetist sets during the case, by making adjustments to the gas flow": the means clause belongs to the software, not to the anaesthetist', () => {
    assert.deepEqual(
      cues('The module keeps the agent concentrations at the targets that the anaesthetist sets during the case, by making small adjustments to the gas flow.'),
      ['autonomous: making small adjustments'],
    );
  });
});

describe('round 6: output nouns', () => {
  test('a bare "predictions" is any model output and suggests no class; a qualified one does', () => {
    assert.deepEqual(cues('The network makes predictions that are sent to the web dashboard.'), []);
    assert.deepEqual(cues('The app gives a forecast of not fertile days to the user.'), ['autonomous: gives a forecast']);
    assert.deepEqual(cues('The app provides risk predictions for each night.'), ['augmentative: provides risk predictions']);
  });
});

describe('round 6: Level I policy (a physician acting on the software conclusion is not a physician who interprets)', () => {
  test('weighing, approving or confirming a recommendation, a suggested dose or the diagnosis is no physician-interprets phrase', () => {
    assert.deepEqual(cues('Ward nurses are expected to weigh each recommendation against the chart before giving insulin.'), []);
    assert.deepEqual(cues('The physician must approve each recommended dose before it is given.'), []);
    assert.deepEqual(cues('Each suggested dose must be approved by the endocrinologist.'), []);
    assert.deepEqual(cues('The ophthalmologist must confirm the diagnosis before treatment starts.'), []);
  });

  test('reading the data itself, or reviewing the physician\'s own diagnosis, still is', () => {
    assert.deepEqual(cues('The radiologist must read the full study before the report is signed.'), ['physician-interprets: radiologist must read']);
    assert.deepEqual(cues('The cardiologist must review the cardiologist\'s diagnosis.'), ['physician-interprets: cardiologist must review']);
  });

  test('an autonomous (Level I) dossier whose physician approves each recommended dose gets no classification-cue; one whose physician reads the images does', () => {
    const approves = dossier('autonomous', 'The software recommends the next insulin dose.', '', 'The physician must approve each recommended dose before it is given.');
    assert.deepEqual(cueFindings(approves), []);
    const reads = dossier('autonomous', 'The software recommends the next insulin dose.', '', 'The radiologist must read the full study before the report is signed.');
    assert.deepEqual(cueFindings(reads), ['classification-cue 13:5-13:26 physician-interprets']);
    const assessment = assessText(approves, { fileName: 'test.dossier.md', today: TODAY });
    assert.equal(assessment.classification.suggested, 'autonomous');
  });
});

describe('round 6: everyday wording of triage, alerts, detection and dosing', () => {
  test('triage with no actor: cases that get moved up the queue or placed higher on the worklist are moved by the software', () => {
    assert.deepEqual(cues("Those cases get moved up the radiologist's queue so they are opened sooner."), ['assistive: moved']);
    assert.deepEqual(cues('Urgent studies are placed higher on the worklist.'), ['assistive: placed']);
  });

  test('an alert seen from the receiving side is the software\'s alert', () => {
    assert.deepEqual(cues('The receiving neurologist sees an alert for each suspected case.'), ['assistive: sees an alert']);
  });

  test('"watches for" an event detects it; a detector that then triggers therapy acts on its own', () => {
    assert.deepEqual(cues('Its seizure detector watches for a sudden rise in heart rate and then triggers extra stimulation automatically.'), [
      'assistive: watches',
      'autonomous: triggers extra stimulation',
    ]);
  });

  test('dosing in everyday words: sets the infusion rate, picks the bolus, works out how much insulin to give', () => {
    assert.deepEqual(cues('The controller sets the infusion rate every five minutes.'), ['autonomous: sets the infusion']);
    assert.deepEqual(cues('It picks the meal bolus and delivers it.'), ['autonomous: picks the meal bolus']);
    assert.deepEqual(cues('The app works out how much insulin to give.'), ['autonomous: works']);
  });

  test('a clinician who sets the dose, and a patch that picks up the rhythm, show no class', () => {
    assert.deepEqual(cues('The clinician sets the insulin dose.'), []);
    assert.deepEqual(cues("The patch picks up the heart's rhythm through two electrodes."), []);
  });
});

describe('round 6: searching for a finding, product names in lower case, AED and report wording', () => {
  test('looking through the data "for" a suspected finding or signs of one detects it; analysing alone does not', () => {
    assert.deepEqual(cues('StentCheck checks each angiogram for a suspected dissection.'), ['assistive: checks']);
    assert.deepEqual(cues('The app examines the tracing for signs of atrial flutter.'), ['assistive: examines']);
    assert.deepEqual(cues('The software analyzes CT images and notifies the stroke team.'), ['assistive: notifies']);
  });

  test('a sentence that opens in lower case before a verb opens with the product name, which is the agent', () => {
    assert.deepEqual(cues('nodulyze labels each nodule and reports its volume.'), ['assistive: labels', 'augmentative: reports its volume']);
  });

  test('"tells the bystander that a shock is advised" is the device\'s therapy decision', () => {
    assert.deepEqual(cues('If it finds a shockable rhythm, it tells the bystander that a shock is advised.'), ['autonomous: tells the bystander that a shock']);
  });

  test('a named physician who weighs or checks the software\'s output, or writes the report, interprets without "must"', () => {
    assert.deepEqual(cues('The pathologist weighs the score together with the slide and writes the report.'), [
      'physician-interprets: pathologist weighs',
      'physician-interprets: writes the report',
    ]);
    assert.deepEqual(cues('Surgeons check the drawn contours before planning.'), ['physician-interprets: Surgeons check']);
    assert.deepEqual(cues('The reading cardiologist prepares the final report.'), ['physician-interprets: prepares the final report']);
    assert.deepEqual(cues("The physician checks the patient's blood pressure."), []);
  });
});

describe('round 6: means clauses, "subject to review" and readers named by a relative clause', () => {
  test('"to help the reader when scoring …, by assessing the likelihood": the means is the software\'s, and a likelihood is augmentative', () => {
    assert.deepEqual(cues('It is meant to help the reader when scoring a night by assessing the likelihood that each epoch holds an arousal.'), ['augmentative: likelihood']);
  });

  test('"subject to review by a qualified cardiologist" is a physician reading; "subject to change" is nothing', () => {
    // Since round 8b the object relative clause "Every score it assigns" is read as the software assigning scores.
    assert.deepEqual(cues('Every score it assigns is subject to review by a qualified cardiologist.'), ['augmentative: score it assigns', 'physician-interprets: review by a qualified cardiologist']);
    assert.deepEqual(cues('Every score is subject to review by a qualified cardiologist.'), ['physician-interprets: review by a qualified cardiologist']);
    assert.deepEqual(cues('The dose is subject to change.'), []);
  });

  test('a relative clause that says which reader is meant ("who are paged", "who gets the alert") shows no alert of its own; the main verb after it is the reader\'s', () => {
    assert.deepEqual(cues('Neurologists who are paged about a suspected seizure must review the raw EEG.'), ['physician-interprets: review']);
    // (Round 14b: opening the full study is a reading too.)
    assert.deepEqual(cues('The radiologist who gets the alert opens the full study and reads it.'), ['physician-interprets: opens', 'physician-interprets: reads']);
    assert.deepEqual(cues('The stroke team receives an alert.'), ['assistive: receives an alert']);
  });
});

describe('round 6: alerts on their way, doses worked out, therapy that changes by itself, products built to act', () => {
  test('triage "moved forward" and an alert that "goes straight to" its reader are the software\'s', () => {
    assert.deepEqual(cues('Scans with a suspected bleed are moved forward in the reading queue.'), ['assistive: moved']);
    assert.deepEqual(cues('Once a bleed is suspected, a notification goes straight to the neurosurgeon on call.'), ['assistive: notification goes']);
  });

  test('turning the inputs into a dose works the dose out; turning tracings into numbers measures', () => {
    assert.deepEqual(cues('The bolus calculator turns carbohydrates and a glucose value into a mealtime dose.'), ['autonomous: turns carbohydrates and a glucose value into a mealtime dose']);
    assert.deepEqual(cues('It turns the tracings into numbers.'), ['augmentative: turns the tracings into numbers']);
  });

  test('"with no physician in the loop" is the software acting alone; a therapy that "starts again by itself" is changed by the device; one that stops when the patient wakes is not', () => {
    assert.deepEqual(cues('The pump runs with no physician in the loop.'), ['autonomous: with no physician in the loop']);
    assert.deepEqual(cues('Insulin delivery starts again by itself once glucose rises.'), ['autonomous: delivery starts']);
    assert.deepEqual(cues('Stimulation stops when the patient wakes.'), []);
  });

  test('what a maker built the product "to" do is the product\'s act', () => {
    assert.deepEqual(cues('We built this module to flag studies with a suspected bleed.'), ['assistive: flag']);
    assert.deepEqual(cues('We developed the tool over five years to meet the needs of radiologists.'), []);
  });
});

describe('round 6: a heatmap laid over the image, a reader after a fronted concession', () => {
  test('"a heatmap laid over the image shows where" points at regions', () => {
    assert.deepEqual(cues('A heatmap laid over the slide shows where the suspicious glands are.'), ['assistive: shows where']);
  });

  test('a case that "gets a flag" was flagged by the software; a study that got approval was not', () => {
    assert.deepEqual(cues('Each case gets a flag.'), ['assistive: gets a flag']);
    assert.deepEqual(cues('The study got approval in 2020.'), []);
  });

  test('"Whatever the software suggests, the radiologist reads the full study and makes the call"', () => {
    assert.deepEqual(cues('Whatever the software suggests, the radiologist reads the full study and makes the call.'), [
      'physician-interprets: radiologist reads',
      'physician-interprets: makes the call',
    ]);
  });
});
