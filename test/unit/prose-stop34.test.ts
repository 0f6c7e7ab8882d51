/**
 * Stop 34 of the prose analysis (issue 9): misreadings found in the batch built blind in stop 33 (T: h148-h151 and
 * dossiers-blind30), measured unread on stop 33's first and last code, then opened. Each fix is a class of wording, not
 * a sentence: every sentence here was written for this file, and each reading has a close wording that keeps the older
 * reading beside it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cuePhrases as cues } from './helpers';

describe('stop 34: a test that issues its own qualitative answer', () => {
  test('"returns a qualitative result", "gives one result, positive or negative", "reports X detected or X not detected" are autonomous', () => {
    assert.deepEqual(cues('Within forty minutes the cartridge reader returns a qualitative result for each of the three viruses.'), ['autonomous: returns a qualitative result']);
    assert.deepEqual(cues('The assay gives a single result per swab, positive or negative.'), ['autonomous: gives a single result per swab, positive or negative']);
    assert.deepEqual(cues('After the run the platform reports Candida not detected or Candida detected for every bottle.'), ['autonomous: reports Candida not detected or Candida detected']);
    assert.deepEqual(cues('The analyser shows, for each target, whether the specimen is positive or negative.'), ['autonomous: shows, for each target, whether the specimen is positive or negative']);
  });

  test('a score cut into positive and negative, a result a scientist checks, a denied or hedged result keep their older readings', () => {
    assert.deepEqual(cues('A score above 40 is reported as a positive result.'), ['augmentative: score above 40 is reported']);
    assert.deepEqual(cues('The network reads each tracing and returns a positive or negative low-EF result to the record.'), []);
    // (since stop 37 the laboratory scientist's review is a reading; the answer is still not the software's)
    assert.deepEqual(cues('The laboratory scientist reviews each run and reports the result as positive or negative.'), ['physician-interprets: scientist reviews']);
    assert.deepEqual(cues('A negative result does not exclude infection.'), []);
    assert.deepEqual(cues('The assay may return a qualitative result when the control fails.'), []);
    assert.deepEqual(cues('The cartridge reader returns a probability score, which the laboratory turns into a positive or negative result.'), ['augmentative: returns a probability']);
  });
});

describe('stop 34: telling a lay person where to go for care', () => {
  test('"advises the user to go to an emergency department", a list of options, "recommends which department to attend" are autonomous', () => {
    assert.deepEqual(cues('The chatbot advises the caller to go to an urgent care centre.'), ['autonomous: advises the caller to go to an urgent']);
    assert.deepEqual(cues('From the answers given, the app advises the patient to rest at home, to book a GP appointment within two days, or to call an ambulance.'), ['autonomous: advises the patient to rest at home, to book a GP']);
    assert.deepEqual(cues('It then recommends which specialist to see.'), ['autonomous: recommends which specialist to see']);
  });

  test('"assesses how much care is needed", "sent recommendations to seek help" are the service\'s own disposition', () => {
    assert.deepEqual(cues('After the questionnaire, the service assesses how much care is needed.'), ['autonomous: assesses how much care']);
    assert.deepEqual(cues('Patients who scored above the cut-off were sent recommendations to seek counselling help.'), ['autonomous: recommendations to seek']);
    assert.deepEqual(cues('The app sends users a recommendation to see a pharmacist the same day.'), ['autonomous: recommendation to see']);
  });

  test('"determines the level of care the caller needs" by the software is its disposition; a nurse who determines it is not', () => {
    assert.deepEqual(cues('The app determines the level of care the caller needs.'), ['autonomous: determines the level of care']);
    assert.deepEqual(cues('The triage nurse determines the level of care.'), []);
  });

  test('a nurse who assesses the care needed, a doctor who recommends, keep their readings', () => {
    assert.deepEqual(cues('The triage nurse assesses how much care is needed.'), []);
    assert.deepEqual(cues('The doctor gives patients a recommendation to see a physiotherapist.'), []);
  });

  test('advice to consult a doctor in general, or given by a physician, is no care-level disposition', () => {
    assert.deepEqual(cues('The app advises users to consult their physician before changing any medication.'), []);
    assert.deepEqual(cues('The nurse advises the patient to go to the emergency department.'), []);
    assert.deepEqual(cues('The leaflet explains which department to contact about billing.'), []);
  });
});

describe('stop 34: cases the software rules out', () => {
  test('cases it ruled out or found normal, closed without a radiologist\'s reading, are autonomous', () => {
    assert.deepEqual(cues('Studies it rules out are closed without a radiologist\'s review.'), ['autonomous: without a radiologist\'s review']);
    assert.deepEqual(cues('Normal radiographs are archived without a radiologist\'s interpretation.'), ['autonomous: without a radiologist\'s interpretation']);
  });

  test('images archived with no verdict named stay unread of any class', () => {
    assert.deepEqual(cues('Images are archived without radiologist review.'), []);
  });

  test('the cases it does not rule out are read as before: no physician-interprets cue', () => {
    assert.deepEqual(cues('If the software does not rule a study out, a radiologist reads it in the usual way.'), []);
    assert.deepEqual(cues('When the algorithm cannot clear a film, radiologists report it as before.'), []);
    assert.deepEqual(cues('Otherwise, a radiologist reports the study in the usual way.'), []);
  });

  test('a condition on a flag, or a duty before the report, is still a reading', () => {
    assert.deepEqual(cues('If the software flags a study, a radiologist reads it first.'), ['physician-interprets: radiologist reads']);
    assert.deepEqual(cues('Otherwise, the radiologist reviews the flagged study first.'), ['physician-interprets: radiologist reviews']);
    assert.deepEqual(cues('If the software cannot clear a film, a radiologist must review it before the report is issued.'), ['physician-interprets: radiologist must review']);
  });
});

describe('stop 34: the physician keeps the conclusion', () => {
  test('"the diagnosis remains the pathologist\'s", "the final call stays the cardiologist\'s"', () => {
    assert.deepEqual(cues('The diagnosis itself remains the dermatologist\'s to make.'), ['physician-interprets: remains the dermatologist\'s']);
    assert.deepEqual(cues('The final decision stays the cardiologist\'s.'), ['physician-interprets: stays the cardiologist\'s']);
    assert.deepEqual(cues('The diagnosis remains the software\'s.'), []);
    assert.deepEqual(cues('The final diagnosis remains a matter for the treating rheumatologist.'), ['physician-interprets: remains a matter for the treating rheumatologist']);
    assert.deepEqual(cues('Treatment remains a matter for the patient.'), []);
  });

  test('"clinical staff decide whether …" names clinicians; administrative staff do not', () => {
    assert.deepEqual(cues('With that estimate in hand, clinical staff decide whether the infusion should continue.'), ['physician-interprets: staff decide']);
    assert.deepEqual(cues('Nursing staff review the flagged list each morning.'), ['physician-interprets: staff review']);
    assert.deepEqual(cues('Administrative staff review the list each morning.'), []);
  });
});

describe('stop 34: a graded risk and a nominal -ing word', () => {
  test('"states whether the risk is high, medium or low" gives a risk category (augmentative), not a conclusion', () => {
    assert.deepEqual(cues('The notification states whether the risk is high, moderate or low.'), ['augmentative: states whether']);
    assert.deepEqual(cues('The app tells the user whether the risk of a relapse is raised.'), ['augmentative: tells the user whether']);
    assert.deepEqual(cues('The device determines whether the patient has atrial fibrillation.'), ['autonomous: determines whether']);
  });

  test('"errors in hospital prescribing are common": an -ing head of a noun phrase is no act', () => {
    assert.deepEqual(cues('Slips in primary-care prescribing are rare but costly.'), []);
    assert.deepEqual(cues('The pump is prescribing insulin on its own.'), ['autonomous: prescribing']);
  });
});

describe('stop 34: a patient put in a risk group', () => {
  test('"places each patient in one of three risk groups", a present passive that names nobody, "assigned to a high-risk category" are augmentative', () => {
    assert.deepEqual(cues('The classifier places every woman in one of four risk groups.'), ['augmentative: places every woman in one of four risk groups']);
    assert.deepEqual(cues('Tumours under two centimetres are placed in a low or an intermediate risk group.'), ['augmentative: placed in a low or an intermediate risk group']);
    assert.deepEqual(cues('Each referral is assigned to a low-risk or high-risk category.'), ['augmentative: assigned to a low-risk or high-risk category']);
  });

  test('a physician who groups, a study that grouped, a denied grouping keep their readings', () => {
    assert.deepEqual(cues('The oncologist assigns each patient to a risk group.'), []);
    assert.deepEqual(cues('In the trial, patients were placed in a high-risk group if they had two factors.'), []);
    assert.deepEqual(cues('The model does not assign patients to risk groups.'), []);
  });
});

describe('stop 34: reaching a person by phone, text or mail is a notification', () => {
  test('"pages the on-call neurologist" notifies; a hospital that pages is no product', () => {
    assert.deepEqual(cues('The platform pages the on-call neurologist within a minute.'), ['assistive: pages the on-call neurologist']);
    assert.deepEqual(cues('The hospital pages the neurologist.'), []);
  });

  test('"rings, texts or emails the relatives" is assistive; a nurse who texts reads nothing', () => {
    assert.deepEqual(cues('Once a rule fires, the system rings, texts or emails the named carers.'), ['assistive: texts or emails the named carers']);
    assert.deepEqual(cues('The nurse texts the family after each visit.'), []);
  });
});

describe('stop 34, review: over-reaches a reviewer found in the new readings, mended', () => {
  test('a graded risk followed by an act keeps the act; a fertility chance stays a status', () => {
    assert.deepEqual(cues('The controller determines whether the risk of a low is high and, if so, pauses the basal insulin.'), ['autonomous: determines whether', 'autonomous: pauses the basal']);
    assert.deepEqual(cues('The app tells the user whether the chance of pregnancy is high or low today.'), ['autonomous: tells the user whether']);
  });

  test('a result a laboratory director reviews, another product\'s result, or an answer about quality is no autonomous verdict', () => {
    assert.deepEqual(cues('The analyser reports Neisseria detected or not detected, and the laboratory director reviews each run.'), []);
    assert.deepEqual(cues('The predicate cartridge system returns a qualitative result for each swab.'), []);
    assert.deepEqual(cues('The scanner returns a qualitative result, valid or invalid, for every label.'), []);
  });

  test('a clinician\'s own ruling out, every image read anyway, or a flagged image read first are still readings', () => {
    assert.deepEqual(cues('If the referring doctor does not rule out a fracture clinically, the radiologist reviews the film.'), ['physician-interprets: radiologist reviews']);
    assert.deepEqual(cues('If the software does not clear the study, or even if it does, a radiologist reviews every image.'), ['physician-interprets: radiologist reviews']);
  });

  test('a leaflet\'s advice, an errand, a trial arm and a ward\'s staffing are no care-level disposition', () => {
    assert.deepEqual(cues('The leaflet advises the user to go to an emergency department if the swelling spreads.'), []);
    assert.deepEqual(cues('The app advises the user to go to a pharmacy to buy new lancets.'), []);
    assert.deepEqual(cues('Patients in the control arm were sent recommendations to seek help.'), []);
    assert.deepEqual(cues('The planner assesses how much care is needed on each ward.'), []);
  });

  test('results of another source, a conditional grouping, an invoice emailed, a person in a reader study', () => {
    assert.deepEqual(cues('Given the results of the biopsy, the surgeon decides whether a repeat treatment is needed.'), []);
    assert.deepEqual(cues('A patient is assigned to a low-risk category if the cardiologist judges it safe.'), []);
    assert.deepEqual(cues('The software emails a monthly invoice to the finance office.'), []);
    assert.deepEqual(cues('In the reader study, each test reader interpreted the films with the software\'s marks.'), cues('In the reader study, each reader interpreted the films with the software\'s marks.'));
  });
});
