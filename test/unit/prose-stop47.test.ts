/**
 * Stop 47 of the prose analysis (issue 9): readings missing in the batch built blind in stop 46 (AH: h204-h207), opened
 * this stop, and in two reviews in other registers (staff bulletins, audit reports, tender reports, patient forums).
 * Every sentence here was written for this file (none is AH's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cuePhrases as cues } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const agent = (text: string): string => analyseSentence(text).agent;


describe('stop 47: a decision that stays with the physician', () => {
  test('a judging gerund or a question of what to do, then "stays with", "is up to", "remains with" a physician', () => {
    assert.deepEqual(kinds('Picking the antibiotic stays with the prescriber; the score is one input among several.'), ['physician-interprets']);
    assert.deepEqual(kinds('What to do about a rising index is up to the treating nephrologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('How much fluid to give remains with the intensivist.'), ['physician-interprets']);
    assert.deepEqual(kinds('Identifying the ureter stays with the operating gynaecologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('Grading itself stays with the pathologist, as it always has.'), ['physician-interprets']);
    assert.deepEqual(kinds('That decision stays with the on-call consultant once the full scan has been seen.'), ['physician-interprets']);
  });

  test('a conclusion that "is the radiologist\'s", past its infinitive or its "of" phrase', () => {
    assert.deepEqual(kinds('The decision to biopsy is the dermatologist\'s.'), ['physician-interprets']);
    assert.deepEqual(kinds('The final characterisation of every nodule is the radiologist\'s.'), ['physician-interprets']);
  });

  test('a question hanging on a judging gerund is the topic of the duty', () => {
    assert.deepEqual(kinds('Judging whether a marked area is a true lesion or an artefact remains the endoscopist\'s task.'), ['physician-interprets']);
  });

  test('what is not a reading keeps its older reading', () => {
    // (a plain "is for" says who uses a thing; a chore is no judgement; a thing the software owns is no physician's)
    assert.deepEqual(kinds('Choosing a probe is for the sonographer.'), []);
    assert.deepEqual(kinds('Cleaning the headset stays with the ward staff.'), []);
    assert.deepEqual(kinds('The report is the software\'s.'), []);
    // ("whether" keeps the older rule, which wants a finding in question)
    assert.deepEqual(kinds('Whether to go on or stop is left to the surgeon.'), []);
  });
});

describe('stop 47: what a gerund subject says is not the software\'s', () => {
  test('"Judging whether … is not the software\'s job" denies the act (it used to read as the software deciding)', () => {
    assert.deepEqual(kinds('Judging whether a marked area is a true lesion is not the software\'s job.'), []);
  });
});

describe('stop 47: handover to-do lines', () => {
  test('a doctor named by an initial or a name, then an infinitive, is the one who does it', () => {
    assert.deepEqual(kinds('Dr B (registrar) to review the trend and decide whether the dose changes.'), ['physician-interprets']);
    assert.deepEqual(kinds('Dr Okafor to decide whether the antibiotic continues after the ward round.'), ['physician-interprets']);
    assert.equal(agent('Dr B (registrar) to review the trend and decide whether the dose changes.'), 'physician');
  });

  test('a thing before an infinitive, or a study\'s sentence, keeps its reading', () => {
    assert.deepEqual(kinds('A tool to detect fractures on wrist radiographs.'), ['assistive']);
    assert.deepEqual(kinds('Radiologists to read the scans were recruited from three sites.'), []);
  });
});

describe('stop 47: a diagnosis made elsewhere', () => {
  test('", which is where the diagnosis is made" points to the other test, not the software', () => {
    assert.deepEqual(kinds('A positive screen sends the child on to audiology, which is where the diagnosis is made.'), []);
  });

  test('a measurement there is still the software\'s; a diagnosis made without a reader still reads', () => {
    assert.deepEqual(kinds('The portal, which is where the risk score is calculated, shows the trend.'), ['augmentative']);
    assert.deepEqual(kinds('The software reads the film and the diagnosis is made without a reader.'), ['autonomous']);
  });
});

describe('stop 47: devices that act', () => {
  test('an optimiser or a microcontroller is the device; dwell times are the dose', () => {
    assert.deepEqual(kinds('The optimiser decides the dwell times at every needle position.'), ['autonomous']);
    assert.deepEqual(kinds('Its microcontroller steps up the stimulation whenever the wound readings worsen.'), ['autonomous']);
    assert.deepEqual(kinds('Dwell times were shorter with the new planner.'), []);
    assert.deepEqual(kinds('Nurses step up the checks at night.'), []);
  });

  test('an event the device detected, as the subject, stands for the device acting', () => {
    assert.deepEqual(kinds('A detected fall sets off the airbags before the hip hits the floor.'), ['autonomous']);
    assert.deepEqual(kinds('A sensed arrhythmia triggers a shock.'), ['autonomous']);
    assert.deepEqual(kinds('A detected fall is logged.'), []);
  });

  test('a rules engine that orders tests on its own', () => {
    assert.deepEqual(kinds('The rules engine orders the confirmatory test on its own when a screen is positive.'), ['autonomous']);
    assert.deepEqual(kinds('The physician orders the confirmatory test.'), []);
  });
});

describe('stop 47: outputs in other words', () => {
  test('a subtype the lesion is put in characterises it (augmentative)', () => {
    assert.deepEqual(kinds('The output assigns each tumour to one of three subtypes.'), ['augmentative']);
  });

  test('a case over the threshold, or flagged as a finding, in the present, is flagged by the software', () => {
    assert.deepEqual(kinds('A sample above the cut-off is flagged as probably haemolysed.'), ['assistive']);
    assert.deepEqual(kinds('Studies are flagged as urgent.'), ['assistive']);
    assert.deepEqual(kinds('Samples were flagged as contaminated in 3 % of runs.'), []);
  });

  test('an alert "thrown" is raised', () => {
    assert.deepEqual(kinds('The bed sensor threw an exit alert at 0215.'), ['assistive']);
    assert.deepEqual(kinds('The nurse threw the dressing away.'), []);
  });
});

describe('stop 47: nobody reads', () => {
  test('a reader coordinated with a named physician reads too: denied, nobody does', () => {
    assert.deepEqual(kinds('No ophthalmologist or grader looks at the photographs before the result goes out.'), ['autonomous']);
    assert.deepEqual(kinds('Clinical experts and regional health authorities reviewed the content last year.'), []);
  });

  test('"nobody in the clinic", "nobody on the ward": past a place, and each output named', () => {
    assert.deepEqual(kinds('Nobody in the clinic signs off each one.'), ['autonomous']);
    assert.deepEqual(kinds('Nobody on the ward checks the dose before the pump gives it.'), ['autonomous']);
    assert.deepEqual(kinds('Nobody reads the manual.'), []);
  });

  test('a "no" on an object or after "there is" negates no later clause', () => {
    // (the report used to be read as negated, so "with no radiologist involved" read as a physician's reading)
    assert.deepEqual(kinds('The software, where it finds no abnormality, issues a final report with no radiologist involved.'), ['autonomous']);
    assert.deepEqual(kinds('The follow-up interval itself is chosen by the radiologist and the thoracic MDT.'), []);
  });
});

describe('stop 47, second round: reading order and decisions in everyday words', () => {
  test('"decides which scan the radiologist opens first" orders the reading (assistive), as "which scan to read first" does', () => {
    assert.deepEqual(kinds('It decides which scan the radiologist opens first, and that is all it does.'), ['assistive']);
    assert.deepEqual(kinds('It decides which scan is read first.'), ['assistive']);
    // (a physician choosing whom a nurse sees keeps the physician's decision)
    assert.deepEqual(kinds('The physician decides which patient the nurse sees first.'), ['physician-interprets']);
  });

  test('the device "making the calls", or a decision "up to the machine", is its own decision', () => {
    assert.deepEqual(kinds('Overnight it is the pump making the calls.'), ['autonomous']);
    assert.deepEqual(kinds('The software makes the final call on whether to shock.'), ['autonomous']);
    assert.deepEqual(kinds('The doctor set the limits, and everything in between is up to the machine.'), ['autonomous']);
    assert.deepEqual(kinds('The dose is left to the pump.'), ['autonomous']);
  });

  test('a telephone call, or a choice of no care, is no decision', () => {
    assert.deepEqual(kinds('The app makes a phone call to the carer.'), []);
    assert.deepEqual(kinds('The app makes the call to the ambulance.'), []);
    assert.deepEqual(kinds('The choice of font is up to the app.'), []);
  });

  test('a referral the software writes out is a care decision; referral information or a letter template is not', () => {
    assert.deepEqual(kinds('The software generates a referral to the eye clinic.'), ['autonomous']);
    assert.deepEqual(kinds('Positive results generate a clinic referral.'), ['autonomous']);
    assert.deepEqual(kinds('The app offers a referral letter template.'), []);
    assert.deepEqual(kinds('The app provides referral information.'), []);
  });
});

describe('stop 47, second round: a value stated with its figure', () => {
  test('"<quantity> of <number>" the software gives, or an age it estimates for a body part, is a measurement', () => {
    assert.deepEqual(cues('The app reports an AHI of 31.'), ['augmentative: reports an AHI of 31']);
    assert.deepEqual(cues('It came out with an oxygen dip index of 19.'), ['augmentative: came out with an oxygen dip index of 19']);
    assert.deepEqual(kinds('The app reads the wrist film and gives a bone age in years and months.'), ['augmentative']);
  });

  test('a study\'s figure, a count, or a denied value is none', () => {
    assert.deepEqual(kinds('The model reached an AUROC of 0.81.'), []);
    assert.deepEqual(kinds('It does not give an AHI of any kind.'), []);
    // (a total of flags is the flags' count: still the flags)
    assert.deepEqual(kinds('The software returned a total of 300 flags.'), ['assistive']);
  });
});

describe('stop 47, second round: readings that gate the output', () => {
  test('a named physician in a coordinated subject, with the verb the tagger had taken for a noun', () => {
    assert.deepEqual(kinds('The nurse in charge and the treating doctor look at the score.'), ['physician-interprets']);
  });

  test('"until a pharmacist has looked at", "until the consultant has gone through" the output', () => {
    assert.deepEqual(kinds('Nothing reaches the patient until a pharmacist has looked at the proposal.'), ['physician-interprets']);
    assert.deepEqual(kinds('Nothing goes out until the consultant has gone through it.'), ['physician-interprets']);
    assert.deepEqual(kinds('The pump waits until the doctor has gone home.'), []);
  });

  test('a named physician who checks that something is right before the report goes out', () => {
    assert.deepEqual(kinds('A radiologist checks that it has not measured the valve by mistake before the report goes out.'), ['physician-interprets']);
    assert.deepEqual(kinds('The radiologist checks the patient\'s identity before the report goes out.'), []);
  });
});

describe('stop 47, third round: decisions that stay with the physician, in more shapes', () => {
  test('"whether to" with a comma after, an aside after "what", coordinated owners, "the RN", a past "stayed with Dr K", "who makes the final decision"; not a Level I change carried out, a phone call, or "was for" a tool', () => {
    assert.deepEqual(kinds('Whether to repeat the scan is the radiologist\'s decision, ideally after the clinic.'), ['physician-interprets']);
    assert.deepEqual(kinds('What, if anything, to do about a raised score is up to the GP.'), ['physician-interprets']);
    assert.deepEqual(kinds('How much fluid to give remains the anaesthetist\'s or intensivist\'s call.'), ['physician-interprets']);
    assert.deepEqual(kinds('Staging itself stays with the RN, as now.'), ['physician-interprets']);
    assert.deepEqual(kinds('The flagged scans go to the radiologist, who makes the final decision.'), ['physician-interprets']);
    assert.deepEqual(kinds('Those dose suggestions go to the treating physician, who makes the actual change.'), []);
    assert.deepEqual(kinds('The cardiologist makes a phone call.'), []);
    assert.deepEqual(kinds('The responsibility for reaching the diagnosis stayed with Dr K throughout.'), ['physician-interprets']);
    assert.deepEqual(kinds('The decision support was for the clinicians.'), []);
  });
});

describe('stop 47, third round: devices and values in handover and chat wording', () => {
  test('a generator left the dosing, a numbered bed that alarms, "bumped the O2 up", a figure on a scale or a bare figure given; not a number before its noun, a worklist bump, raters\' scores or a dose', () => {
    assert.deepEqual(kinds('How the current is dosed during the seal is up to the generator.'), ['autonomous']);
    assert.deepEqual(kinds('Bed 5 alarmed twice overnight.'), ['assistive']);
    assert.deepEqual(kinds('Room 4 flagged a fall at 0300.'), ['assistive']);
    assert.deepEqual(kinds('The 5 flagged studies were reviewed.'), []);
    assert.deepEqual(kinds('It bumped the O2 up within seconds each time.'), ['autonomous']);
    assert.deepEqual(kinds('The study was bumped up the worklist.'), ['assistive']);
    assert.deepEqual(kinds('It produces a number from 0 to 100 for each adult inpatient.'), ['augmentative']);
    assert.deepEqual(kinds('Lungrisk gives 0.62, which is the high band.'), ['augmentative']);
    assert.deepEqual(kinds('The surgeons who rated it gave 4.92 for sensitivity.'), []);
    assert.deepEqual(kinds('The pump gives 2 units.'), []);
  });
});

describe('stop 47, fourth round: therapy told, an alert that chimes', () => {
  test('a therapy the person is told or texted is the software\'s dose (autonomous); what they are told about is not', () => {
    assert.deepEqual(kinds('It tells the nurse the new infusion rate and when to check again.'), ['autonomous']);
    assert.deepEqual(kinds('It texts the patient the new weekly dose.'), ['autonomous']);
    assert.deepEqual(kinds('It tells the patient about insulin storage.'), ['assistive']);
    assert.deepEqual(kinds('The app texts the patient a reminder.'), ['assistive']);
  });

  test('"at 85 it chimes" is an alert', () => {
    assert.deepEqual(kinds('At 85 it chimes.'), ['assistive']);
    assert.deepEqual(kinds('The doorbell chimes.'), []);
  });
});

describe('stop 47, fourth round: a periodic dose the software decides', () => {
  test('"decides the new weekly dose" is the software\'s dose decision; a physician reviewing weekly doses stays oversight', () => {
    // (the periodic word used to make it a review of therapy already given, whoever decided)
    assert.deepEqual(kinds('The software decides the new weekly dose.'), ['autonomous']);
    assert.deepEqual(kinds('The physician reviews the weekly insulin doses.'), []);
  });
});
