/**
 * Round 17a of the prose analysis (issue 9): "a clinician must judge the output" read as a field, not as phrases
 * (`src/core/prose/judged.ts`). A human role, a judging act and a link to the rest of the evidence or a duty, in one
 * clause; options, help, stand-ins, Level I options and settings stay silent. Every sentence here was written for
 * this file; each family has close wordings that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

describe('round 17a: a role who weighs the output with the rest of the evidence', () => {
  test('a duty to weigh or apply the output together with other findings or one\'s own judgement is a reading', () => {
    assert.deepEqual(cues('Hepatologists who care for these patients should weigh every stiffness value together with the biopsy history and their own judgement.'), ['physician-interprets: weigh every stiffness value together']);
    assert.deepEqual(cues('Nephrologists are to apply the predicted decline jointly with the laboratory trend and their own clinical judgement.'), ['physician-interprets: Nephrologists are to apply the predicted decline jointly']);
    assert.deepEqual(cues('Experienced readers apply their own professional judgement to every contour the tool draws.'), ['physician-interprets: readers apply their own professional judgement']);
  });

  test('a non-restrictive "who" clause on the physicians, and "to be weighed with their own reading", are readings', () => {
    assert.deepEqual(cues('The findings go to sleep specialists experienced in titration, who combine them with the patient history, the symptoms and their professional judgement.'), ['physician-interprets: combine them with']);
    assert.deepEqual(cues("Cardiologists receive the flags as suggestions, to be weighed with their own reading of the tracing and the patient's symptoms."), ['assistive: receive the flags', 'physician-interprets: weighed with']);
  });

  test('a plain statement about a named physician with other evidence is one; an option, help, users, the software, Level I, settings are not', () => {
    assert.deepEqual(cues('The pulmonologist sets each index against the spirometry history and the chest films.'), ['physician-interprets: pulmonologist sets each index against']);
    assert.deepEqual(cues('The physician weighs the glucose trend together with the meal history before changing the insulin settings.'), []);
    assert.deepEqual(cues('Clinicians may weigh each index together with the history.'), []);
    assert.deepEqual(cues('This tool helps nephrologists weigh the predicted decline together with the laboratory trend.'), []);
    assert.deepEqual(cues('Its users are qualified hepatologists, who apply their own professional judgement to what it shows.'), []);
    assert.deepEqual(cues('The dose calculator weighs the glucose trend together with the meal history.'), []);
    assert.deepEqual(cues('The endocrinologist weighs each suggested dose together with the meal history.'), []);
  });
});

describe('round 17a: a manual act and a reading that is someone\'s job', () => {
  test('"must be marked manually by the reviewing neurologist" is a reading; an option or a study lab is not', () => {
    assert.deepEqual(cues('Every spindle must be marked manually by the reviewing neurologist.'), ['physician-interprets: marked manually by the reviewing neurologist']);
    assert.deepEqual(cues('Spindles may be marked manually by the neurologist.'), []);
    assert.deepEqual(cues('Vessel diameters were measured by hand by the core laboratory.'), []);
  });

  test('"judging it against the live view is their job" is a reading; keeping it updated is not', () => {
    assert.deepEqual(cues('The map is there to support the surgeon, and judging it against the live view is their job.'), ['physician-interprets: judging it against the live view is their job']);
    assert.deepEqual(cues('The map is there to support the surgeon, and keeping it updated is their job.'), []);
  });
});

describe('round 17a: a judgement the output requires, owned by a role', () => {
  test('required confirmation, expertise, a final judgement and a diagnostic responsibility held by a physician', () => {
    assert.deepEqual(cues('Confirmation from a dermatologist is needed for every lesion the app rates as high risk.'), ['physician-interprets: Confirmation from a dermatologist is needed']);
    assert.deepEqual(cues('Using the score well requires the expertise of a trained hepatologist.'), ['physician-interprets: requires the expertise of a trained hepatologist']);
    assert.deepEqual(cues('The ophthalmologist makes the final judgement on each graded image.'), ['physician-interprets: ophthalmologist makes the final judgement']);
    assert.deepEqual(cues('Diagnostic responsibility rests with the reviewing pathologist.'), ['physician-interprets: responsibility rests with the reviewing pathologist']);
  });

  test('"clinical correlation is required": a clinician\'s act named by its qualifier, then required', () => {
    assert.deepEqual(cues('Clinical correlation is required for every flagged region.'), ['physician-interprets: Clinical correlation is required']);
    // A requirement denied is the software acting alone (read elsewhere), a study's review or a therapy confirmation is no reading.
    assert.deepEqual(cues('Physician review is not required.'), ['autonomous: Physician review']);
    assert.deepEqual(cues('No clinical correlation is needed.'), []);
    assert.deepEqual(cues('A clinical review of 200 cases was carried out.'), []);
    assert.deepEqual(cues('Human confirmation is required before each shock is delivered.'), []);
  });

  test('"is subject to the judgement of the reviewing pathologist" is one; a stand-in, a setting and a Level I dose are not', () => {
    assert.deepEqual(cues('Every grade the model assigns is subject to the judgement of the reviewing pathologist.'), ['physician-interprets: subject to the judgement of the reviewing pathologist']);
    assert.deepEqual(cues('The software does not replace the judgement of a trained hepatologist.'), []);
    assert.deepEqual(cues('Responsibility for the pump settings lies with the prescribing physician.'), []);
    assert.deepEqual(cues('Clinical judgement is required before accepting a recommended dose.'), []);
  });
});

describe('round 17a: a wrongly declared autonomous dossier is detected; a true one stays quiet', () => {
  test('an autonomous dossier whose specialists must weigh the value with the history gets a physician finding; Level I and settings none', () => {
    const text = dossier('autonomous', 'The software computes a liver stiffness value from each elastography scan.', 'Hepatologists are to apply the value jointly with the biopsy history and their own clinical judgement.');
    assert.deepEqual(cueFindings(text), ['classification-cue 12:1-12:45 physician-interprets']);
    // A physician who weighs a suggested dose or owns the settings gets none.
    const levelOne = dossier('autonomous', 'The controller raises and lowers basal insulin every five minutes.', 'The endocrinologist weighs each suggested dose together with the meal history.', 'Responsibility for the pump settings lies with the prescribing physician.');
    assert.deepEqual(cueFindings(levelOne), []);
  });
});

describe('round 17a: who holds the reading (cleft, own reading, a task, a responsibility, a final impression)', () => {
  test('"It is the physician who interprets …" is a reading; a cleft on a dose decision is not', () => {
    assert.deepEqual(cues('It is the physician who interprets the tracing and issues the report.'), ['physician-interprets: physician who interprets']);
    assert.deepEqual(cues('It is the physician who decides on the dose.'), []);
  });

  test('a reading that requires a physician, or that remains a task for one; configuring or setting limits is no reading', () => {
    assert.deepEqual(cues('Interpretation of the results requires a physician trained in sleep medicine.'), ['physician-interprets: Interpretation of the results requires a physician']);
    assert.deepEqual(cues('Assessment of each flagged region remains a task for the pathologist.'), ['physician-interprets: Assessment of each flagged region remains a task for the pathologist']);
    assert.deepEqual(cues('Configuration of the alarm limits requires a physician.'), []);
    assert.deepEqual(cues('Setting the limits remains a task for the physician.'), []);
  });

  test('a final impression formed, an own review relied on, a responsibility retained for reading; not for settings', () => {
    assert.deepEqual(cues('The radiologist forms the final impression from the full study.'), ['physician-interprets: radiologist forms the final impression']);
    assert.deepEqual(cues('The neurologist relies on their own review of the EEG, with the detections as a guide.'), ['physician-interprets: neurologist relies on their own review']);
    assert.deepEqual(cues('The physician retains full responsibility for the interpretation of the images.'), ['physician-interprets: physician retains full responsibility for the interpretation']);
    assert.deepEqual(cues('The endocrinologist relies on their own assessment when setting the basal rates.'), []);
    assert.deepEqual(cues('The physician retains responsibility for the insulin settings.'), []);
  });

  test('"should not rely on the index alone but interpret it together with the exam": the verb after "but" is read', () => {
    assert.deepEqual(cues('The clinician should not rely on the index alone but interpret it together with the exam.'), ['physician-interprets: interpret']);
    assert.deepEqual(cues('The software does not diagnose but flags suspected cases for the radiologist.'), ['assistive: flags']);
  });
});

describe('round 17a: the physician of a passive past its evidence or a "prior to"', () => {
  test('"confirmed by a qualified physician prior to diagnosis", "reviewed in the light of … by the treating urologist"', () => {
    assert.deepEqual(cues('All results must be over-read and confirmed by a qualified physician prior to diagnosis.'), ['physician-interprets: over-read', 'physician-interprets: confirmed']);
    assert.deepEqual(cues('Each probability is reviewed in the light of the biopsy findings by the treating urologist.'), ['physician-interprets: reviewed in']);
    assert.deepEqual(cues('Final arrhythmia classification is left to the reviewing cardiologist.'), ['physician-interprets: classification is left to the reviewing cardiologist']);
    // A purpose infinitive, no physician named, or a dose left to the physician stay silent.
    assert.deepEqual(cues('The scanner is used by a trained physician to review the CT images.'), []);
    assert.deepEqual(cues('Each probability is reviewed in the light of the biopsy findings.'), []);
    assert.deepEqual(cues('Final dose selection is left to the treating physician.'), []);
  });
});
