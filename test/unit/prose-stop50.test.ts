/**
 * Stop 50 of the prose analysis (issue 9): readings missing in the batch built blind in stop 49 (AK: h216-h221), opened
 * this stop, and in reviews written as handover notes, podcast pages and reflective entries: medico-legal reports, case
 * reports, procedures and handovers narrate who did what to one case. Every sentence here was written for this file; each
 * group keeps a close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, findCues } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);

describe('stop 50: a named person and what the apposition says they are', () => {
  test('"Ms X, the attending surgeon, checked …": the apposition is the subject when only it names a physician', () => {
    assert.deepEqual(kinds('Ms Lowe, the attending surgeon, checked the angle against her own measurement and decided on surgery.'), ['physician-interprets']);
    assert.deepEqual(kinds('Dr Kaur, the general practitioner, read the tracing and disagreed with the software\'s conclusion.'), ['physician-interprets']);
    assert.deepEqual(kinds('The matters were decided by Mr Banner, consultant hand surgeon, after he had reviewed the films.'), ['physician-interprets']);
  });

  test('a person named with a courtesy title is never the product; a patient stays a patient', () => {
    assert.equal(analyseSentence('Mr Abara recorded the grade.').agent, 'other');
    assert.deepEqual(kinds('Those matters were decided by Mr Banner before the clinic closed.'), []);
    assert.deepEqual(kinds('Ms Hale, the patient, signed the consent form.'), []);
  });

  test('a relative clause between commas on a doctor who opens the sentence is read past', () => {
    assert.deepEqual(kinds('Dr Lee, who saw the child that evening, agreed with the result after her own assessment.'), ['physician-interprets']);
  });

  test('a surgeon named by field is a physician', () => {
    assert.deepEqual(kinds('The on-call neurosurgeon reviewed the film and judged the line to be a fracture.'), ['physician-interprets']);
  });
});

describe('stop 50: a physician\'s verdict on the output, told of one case', () => {
  test('agreed or disagreed with what the software gave, accepted its result, set one\'s own reading beside it', () => {
    assert.deepEqual(phrases('The registrar disagreed with the algorithm\'s call.'), ['physician-interprets: disagreed with the algorithm\'s call']);
    assert.deepEqual(kinds('The consultant accepted that result without a second look.'), ['physician-interprets']);
    assert.deepEqual(kinds('The operating surgeon recorded his own grade after a CT scan.'), ['physician-interprets']);
    assert.deepEqual(kinds('Our radiologist compared the estimate with her own reading of the callus.'), ['physician-interprets']);
  });

  test('not a present-tense option to disagree, a recommendation taken up, the family, nor agreement in a validation', () => {
    assert.deepEqual(kinds('The surgeon agreed with the family on a date.'), []);
    assert.deepEqual(kinds('The prescriber agreed with the recommendation.'), []);
    assert.deepEqual(kinds('Its outputs agreed closely with ground-truth measurements.'), []);
    assert.deepEqual(kinds('Cardiologists reading the tracings agreed with their reading of the 12-lead in every case.'), []);
  });
});

describe('stop 50: a step that a label gives to a physician', () => {
  test('"Step 3 (role): review …" is the physician\'s instruction', () => {
    assert.deepEqual(kinds('Step 3 (consultant dermatologist): review every flagged photo and decide whether the patient needs a biopsy.'), ['physician-interprets']);
    assert.deepEqual(kinds('Step 4 (cardiologist): read the estimate alongside the echo and decide the follow-up interval.'), ['physician-interprets']);
  });

  test('a label that names no physician, or the software after the label, keeps its reading', () => {
    assert.deepEqual(kinds('Step 2: the app returns a flag for each photo.'), ['assistive']);
    assert.deepEqual(kinds('Note: confirm the estimate before use.'), []);
  });
});

describe('stop 50: what was owed or denied is not what was done', () => {
  test('a modal with a perfect says the act did not happen', () => {
    assert.deepEqual(kinds('The surgeon should have verified the schedule before the patient went home.'), []);
    assert.deepEqual(kinds('A radiologist would have caught the fracture.'), []);
    assert.deepEqual(kinds('The consultant must have reviewed the films.'), ['physician-interprets']);
    assert.deepEqual(kinds('The radiologist should review every flagged film.'), ['physician-interprets']);
    assert.deepEqual(kinds('In the trials, the system helped radiologists find cancers they would otherwise have missed.'), ['assistive']);
  });

  test('what a denied verb of saying would have said is not said', () => {
    assert.deepEqual(kinds('Nothing in the bid suggests that it stages or measures the tumour.'), []);
    assert.deepEqual(kinds('The study shows that it measures the tumour.'), ['augmentative']);
  });

  test('a "with no" phrase ends before the subject\'s verb', () => {
    assert.deepEqual(kinds('A slide with no parasites marked still needs a full read by a trained microscopist.'), ['physician-interprets']);
    assert.deepEqual(kinds('It reads a knee MRI with no manual step and flags a tear.'), ['assistive']);
  });
});

describe('stop 50: two-valued answers and findings that are there', () => {
  test('sorted into a finding and its negation, or into two groups, is a flag', () => {
    assert.deepEqual(kinds('It sorts single wrist films into fractured and not fractured.'), ['assistive']);
    assert.deepEqual(kinds('The tool sorts each chest film into two groups: tube in the airway or not.'), ['assistive']);
    assert.deepEqual(kinds('The network sorts each film into four grades.'), ['augmentative']);
  });

  test('whether a finding appears to be there, or whether signs are, is a detection; whether a disease is, is not', () => {
    assert.deepEqual(kinds('The algorithm reports whether a fracture appears to be present.'), ['assistive']);
    assert.deepEqual(kinds('It reports whether those signs are present.'), ['assistive']);
    assert.deepEqual(kinds('It determines whether atrial fibrillation is present.'), ['autonomous']);
  });

  test('whether a picture is usable is a quality check', () => {
    assert.deepEqual(kinds('A first model judges whether the picture is usable.'), ['assistive']);
  });
});

describe('stop 50: values and types the software gives', () => {
  test('a figure with a unit of measure is a measurement; a dose\'s units are not', () => {
    assert.deepEqual(kinds('It gave 38 degrees.'), ['augmentative']);
    assert.deepEqual(kinds('The app returned 14 mm for the left eye.'), ['augmentative']);
    assert.deepEqual(kinds('It gave 2 units.'), []);
  });

  test('a type or pattern a case is assigned to characterises it; the means it is classified by does not', () => {
    assert.deepEqual(kinds('The network assigns each fracture to AO type A, B or C.'), ['augmentative']);
    assert.deepEqual(kinds('It assigns the scleroderma pattern.'), ['augmentative']);
    assert.deepEqual(kinds('It assigns the right type of protocol.'), []);
  });
});

describe('stop 50, round 2: who did what in a handover or a reflection', () => {
  test('a bracket after the subject names the doctor or their specialty', () => {
    assert.deepEqual(kinds('Reg (Dr Lin) reviewed the film at 0640.'), ['physician-interprets']);
    assert.deepEqual(kinds('Neurology (Dr Sato) reviewed the raw trace at 0600.'), ['physician-interprets']);
    assert.deepEqual(kinds('The software (v2.1) flags each study.'), ['assistive']);
  });

  test('a capitalised word after a title is a name, even one ending in -ed', () => {
    assert.deepEqual(kinds('Dr Ahmed read the strips at 0730.'), ['physician-interprets']);
  });

  test('a physician looking over the images or maps themselves, and accepting the values the software gave', () => {
    assert.deepEqual(kinds('Dr Okafor looked at the full CTA on PACS.'), ['physician-interprets']);
    assert.deepEqual(kinds('The stroke consultant looked at the raw maps first and only then accepted the volumes as believable.'), ['physician-interprets']);
    assert.deepEqual(kinds('The surgeon accepted the plan.'), []);
  });

  test('a finding agreed on in the past, told as a statement, is a reading; a plan, or a study\'s reference, is not', () => {
    assert.deepEqual(kinds('Dr Haldane, the night registrar, agreed that the tube had entered the right main bronchus.'), ['physician-interprets']);
    assert.deepEqual(kinds('The surgeon agreed that the study should stop.'), []);
    assert.deepEqual(kinds('The consultant agreed that surgery was the best option.'), []);
    assert.deepEqual(kinds('A frame was counted as correct when an independent endoscopist agreed that it showed a lesion.'), []);
  });

  test('the output set beside the patient\'s other evidence', () => {
    assert.deepEqual(kinds('Dr. Ruiz looks at it alongside your history and other tests.'), ['physician-interprets']);
    assert.deepEqual(kinds('The neurologist puts the numbers together with the history and the cognitive tests.'), ['physician-interprets']);
    assert.deepEqual(kinds('The surgeon reviews the plan with the patient.'), []);
    assert.deepEqual(kinds('The endocrinologist weighs each suggested dose together with the meal history.'), []);
  });

  test('what someone believed is not what the software did', () => {
    assert.deepEqual(kinds('My first reaction, honestly, was that the computer had diagnosed a bleed.'), []);
    assert.deepEqual(kinds('I did not book the slot because I thought the system had sent a referral.'), []);
    assert.deepEqual(kinds('The study assumed that the software measures the EF.'), ['augmentative']);
  });
});

describe('stop 50, round 3: ward-round notes and relative clauses', () => {
  test('"do" after a relative pronoun, before its object, is the relative clause\'s verb; the main verb is the physician\'s', () => {
    assert.deepEqual(kinds('The emergency doctor who did the scan will still go through the images and make the diagnosis.'), ['physician-interprets']);
    assert.deepEqual(kinds('The app does not make a diagnosis.'), []);
  });

  test('British training grades are physicians; measuring again what the software measured checks it', () => {
    assert.deepEqual(phrases('Radiology reg reviewed and reported a 7 mm subdural.'), ['physician-interprets: reg reviewed']);
    assert.deepEqual(kinds('Echo consultant re-measured the LVOT diameter because the software\'s figure looked small.'), ['physician-interprets']);
    assert.deepEqual(kinds('The software re-measures the diameter.'), []);
  });

  test('"comes up with the next dose" puts out a dose it chose; a person who does so chooses it', () => {
    assert.deepEqual(phrases('For each INR, it comes up with the next weekly dose.'), ['autonomous: comes up with the next weekly dose']);
    assert.deepEqual(kinds('The nurse comes up with the next dose.'), []);
  });

  test('"pushes" a correction bolus is the therapy given; a nurse pushing it by hand is not the software', () => {
    assert.deepEqual(kinds('When sugars climb, the algorithm pushes an automatic correction bolus.'), ['autonomous']);
    assert.deepEqual(kinds('Nurses push the bolus by hand.'), []);
  });
});
