/**
 * Round 15a of the prose analysis (issue 9): false alarms on unseen text (holdout24-27 opened for this
 * round). Each family as a user sees it: the cue phrases `findCues` returns, the `classification-cue`
 * findings and the suggested class. Every sentence here was written for this file; each positive has a
 * close wording that must keep its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 15a: a clinician judging that a patient needs a therapy sets the indication; it reads no output', () => {
  test('"judged to need / judged that … needs / judges to require" raises no physician cue', () => {
    assert.deepEqual(cues('The pump may be used in patients whom the treating physician has judged to need continuous infusion.'), []);
    assert.deepEqual(cues('It is meant for adults in whom a clinician has judged that the airway requires support.'), []);
    assert.deepEqual(cues('External pacing may be used in other states a cardiologist judges to require it.'), []);
    assert.deepEqual(cues('The ventilator serves patients whose doctors have judged that their breathing needs support.'), []);
  });

  test('judging the output itself, or what the flagged finding requires, is still a reading', () => {
    assert.deepEqual(cues('The cardiologist judges whether the flagged rhythm requires treatment.'), ['physician-interprets: cardiologist judges']);
    assert.deepEqual(cues('The cardiologist must judge that the flagged rhythm is real before treatment.'), ['physician-interprets: cardiologist must judge']);
    assert.deepEqual(cues('The physician must judge the flagged rhythm before any treatment.'), ['physician-interprets: physician must judge']);
  });

  test('an autonomous dossier whose indication a clinician judges gets no physician finding and keeps its class', () => {
    const text = dossier('autonomous', 'The pacer paces the ventricle whenever the intrinsic rate falls too low.', 'No physician reviews the pacing before it is delivered.', 'It is meant for adults in whom a clinician has judged that the heart requires support.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'autonomous');
    const reviewed = dossier('autonomous', 'The pacer paces the ventricle whenever the intrinsic rate falls too low.', 'No physician reviews the pacing before it is delivered.', 'The cardiologist must judge that the flagged rhythm is real before treatment.');
    assert.deepEqual(cueFindings(reviewed), ['classification-cue 13:5-13:28 physician-interprets']);
  });
});

describe('round 15a: "screening" before an exam or a visit names the kind of exam; it is no act of the device', () => {
  test('"on screening mammograms", "whose screening examinations", "during screening visits" raise no cue', () => {
    assert.deepEqual(cues('The tool is used on screening mammograms from two vendors.'), []);
    assert.deepEqual(cues('It applies to women whose screening examinations showed dense breast tissue.'), []);
    assert.deepEqual(cues('The model reads photographs taken during screening visits in primary care.'), []);
  });

  test('screening patients, screening for a disease or screening purposes keep the assistive cue', () => {
    assert.deepEqual(cues('The tool is used for screening patients for atrial fibrillation.'), ['assistive: screening']);
    assert.deepEqual(cues('The software is used for screening of diabetic retinopathy.'), ['assistive: screening']);
    assert.deepEqual(cues('The software screens mammograms and flags suspicious ones.'), ['assistive: screens', 'assistive: flags']);
  });

  test('a dossier that only names screening exams gets no suggested class from them', () => {
    const text = dossier('augmentative', 'It is used on screening mammograms from two vendors.', 'It applies to women whose screening examinations showed dense breast tissue.', 'Photographs taken during screening visits are read by the model.');
    assert.equal(suggested(text), undefined);
    assert.equal(suggested(dossier('augmentative', 'The tool is used for screening patients for atrial fibrillation.', 'The software screens mammograms and flags suspicious ones.')), 'assistive');
  });
});

describe('round 15a: what an earlier exam received, said in a "whose" clause, tells whom the device is for', () => {
  test('"patients whose last scan received a category" raises no cue', () => {
    assert.deepEqual(cues('It is meant for patients whose last chest scan received a Lung-RADS category of 2.'), []);
    assert.deepEqual(cues('It is meant for women whose prior mammogram received a BI-RADS category of 1 or 2.'), []);
    assert.deepEqual(cues('The program serves adults whose earlier exam got a severity grade of mild.'), []);
  });

  test('a scan that receives a category from the device still reads as the device\'s output', () => {
    assert.deepEqual(cues('Each chest scan receives a Lung-RADS category from the software.'), ['augmentative: receives a Lung-RADS category']);
    assert.deepEqual(cues('Each earlier exam gets a severity grade of mild, moderate or severe.'), ['augmentative: gets a severity']);
  });

  test('an assistive dossier naming its population this way gets no augmentative finding', () => {
    const text = dossier('assistive', 'The software flags each mammogram with a suspected mass.', 'It is meant for women whose prior mammogram received a BI-RADS category of 1 or 2.');
    assert.deepEqual(cueFindings(text), []);
    const graded = dossier('assistive', 'The software flags each mammogram with a suspected mass.', 'Each chest scan receives a Lung-RADS category from the software.');
    assert.deepEqual(cueFindings(graded), ['classification-cue 11:17-11:46 augmentative']);
  });
});

describe('round 15a: "suspicious areas", "red areas" are regions pointed out, not areas measured', () => {
  test('an output verb over a suspicious, dark or red area is assistive', () => {
    assert.deepEqual(cues('The output shows suspicious areas on each frame.'), ['assistive: shows suspicious areas']);
    assert.deepEqual(cues('The report contains red areas on the image.'), ['assistive: contains red areas']);
    assert.deepEqual(cues('The overlay contains dark areas where bleeding is likely.'), ['assistive: contains dark areas']);
  });

  test('a measured area, or a suspicious area that is given a score, stays augmentative', () => {
    assert.deepEqual(cues('The software reports the atrial areas.'), ['augmentative: reports the atrial areas']);
    assert.deepEqual(cues('The software reports the total area of the wound.'), ['augmentative: reports the total area']);
    assert.deepEqual(cues('The software gives each suspicious area a score from 1 to 10.'), ['augmentative: gives each suspicious area']);
  });

  test('an assistive dossier that shows suspicious areas gets no augmentative finding and is suggested assistive', () => {
    const text = dossier('assistive', 'The output shows suspicious areas on each frame.', 'The overlay contains dark areas where bleeding is likely.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'assistive');
    assert.deepEqual(cueFindings(dossier('assistive', 'The software reports the total area of the wound.')), ['classification-cue 10:14-10:36 augmentative']);
  });
});

describe('round 15a: a passive that says in which document a text is written shows no output', () => {
  test('"is found / given in the labeling", "are found in the user manual" raise no cue', () => {
    assert.deepEqual(cues('Details of the algorithm are found in the user manual.'), []);
    assert.deepEqual(cues('Dosing information is given in the drug\'s labeling.'), []);
    assert.deepEqual(cues('Full prescribing information is found in the labeling of the contrast agent.'), []);
  });

  test('a finding found in a recording, an output given in a report, or a verb of labelling keep their cues', () => {
    assert.deepEqual(cues('Arrhythmias are found in most long recordings.'), ['assistive: found']);
    assert.deepEqual(cues('The measurements are given in the report.'), ['augmentative: measurements are given']);
    assert.deepEqual(cues('The software outlines each vertebra, labeling each one.'), ['assistive: outlines', 'assistive: labeling']);
  });

  test('a dossier that points to its labeling gets no suggestion from it; one that gives measurements does', () => {
    const text = dossier('augmentative', 'Details of the algorithm are found in the user manual.', 'Dosing information is given in the drug\'s labeling.');
    assert.equal(suggested(text), undefined);
    const measured = dossier('assistive', 'The measurements are given in the report.');
    assert.deepEqual(cueFindings(measured), ['classification-cue 10:5-10:27 augmentative']);
  });
});
