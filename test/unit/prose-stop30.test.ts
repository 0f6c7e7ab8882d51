/**
 * Stop 30 of the prose analysis (issue 9): misreadings found in the sets built blind in stop 29 (h96-h99 and
 * dossiers-blind16), measured unread, then opened. Each fix is a class of wording, not a sentence: every sentence here
 * was written for this file, and each reading has a close wording that keeps the older reading beside it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cuePhrases as cues } from './helpers';
import { findPaymentClaims } from '../../src/core/prose';

describe('stop 30: acting on the software\'s option is Level I, not a reading', () => {
  test('accepting, changing or rejecting each recommendation, in a list of verbs, is no reading', () => {
    assert.deepEqual(cues('The pharmacist must accept, amend or reject every recommendation before it is entered as an order.'), []);
    assert.deepEqual(cues('The physician must approve, edit or decline each proposed dose before it is given.'), []);
    assert.deepEqual(cues('The intensivist decides whether to adopt the infusion regimen it proposes.'), []);
  });

  test('reading the data in the same list, or adopting the physician\'s own plan, stays a reading', () => {
    assert.deepEqual(cues('The physician must read and annotate each tracing before it is released.'), ['physician-interprets: physician must read']);
    assert.deepEqual(cues('The cardiologist must review each recording before a report is issued.'), ['physician-interprets: cardiologist must review']);
  });
});

describe('stop 30: a physician\'s own decision on care', () => {
  test('deciding on a care act the software does not do is the physician\'s management, not a reading', () => {
    assert.deepEqual(cues('The anaesthetist decides on extubation and on the timing of reversal.'), []);
    assert.deepEqual(cues('The surgeon decides on closure of the wound.'), []);
  });

  test('deciding on a finding, or whether a finding is present, stays a reading', () => {
    assert.deepEqual(cues('The radiologist decides on the final diagnosis.'), ['physician-interprets: radiologist decides']);
    assert.deepEqual(cues('The dermatologist decides whether the lesion is a melanoma.'), ['physician-interprets: dermatologist decides']);
  });
});

describe('stop 30: what an output is used in is its reader\'s act', () => {
  test('"which are used in diagnosing", "useful for grading": the gerund is the reader\'s', () => {
    assert.deepEqual(cues('It returns strain values for each segment, which are used in diagnosing patients with suspected cardiomyopathy.'), ['augmentative: returns strain values']);
    assert.deepEqual(cues('The maps are useful in diagnosing focal epilepsy.'), []);
  });

  test('the product used for detecting keeps its own act', () => {
    assert.deepEqual(cues('The software is used for detecting large vessel occlusions.'), ['assistive: detecting']);
  });
});

describe('stop 30: a physician reporting on the study, or a reading by hand', () => {
  test('a study reported by a radiologist, or a cardiologist reporting each echo, is a reading', () => {
    assert.deepEqual(cues('Every film, flagged or not, is still reported by a consultant radiologist.'), ['physician-interprets: reported by a consultant radiologist']);
    assert.deepEqual(cues('A cardiologist reports each echocardiogram.'), ['physician-interprets: cardiologist reports']);
  });

  test('a study\'s past reference reads, results reported to a ward, and a denial are not', () => {
    assert.deepEqual(cues('The films were reported by two radiologists.'), []);
    assert.deepEqual(cues('Critical results are reported by the radiologist to the ward.'), []);
    assert.deepEqual(cues('No scan is reported by a radiologist.'), []);
  });

  test('images that must be reviewed by hand wait for a person\'s reading', () => {
    assert.deepEqual(cues('Each gallery image must be reviewed by hand.'), ['physician-interprets: reviewed by hand']);
    assert.deepEqual(cues('Every flagged slide is reviewed manually.'), ['physician-interprets: reviewed manually']);
  });

  test('an option, a study\'s past, a weak verb or another way of working is not', () => {
    assert.deepEqual(cues('If needed, images can be reviewed by hand.'), []);
    assert.deepEqual(cues('The cases were reviewed manually to establish the reference standard.'), []);
    assert.deepEqual(cues('The monitor can also run without analysis while the ECG is assessed manually.'), []);
  });
});

describe('stop 30: a robot\'s own surgical act', () => {
  test('a robot placing sutures, performing the anastomosis, or doing the procedure by itself is autonomous', () => {
    assert.deepEqual(cues('Its robotic arm then places the stitches along the planned line.'), ['autonomous: places the stitches']);
    assert.deepEqual(cues('The robot performs the bowel anastomosis.'), ['autonomous: performs the bowel anastomosis']);
    assert.deepEqual(cues('In the animal study, the robot completed the procedure by itself.'), ['autonomous: completed the procedure']);
  });

  test('a surgeon doing it, a robot under the surgeon\'s control, planning, or a past case count is not', () => {
    assert.deepEqual(cues('The robotic arm holds the camera while the surgeon places the stitches.'), []);
    assert.deepEqual(cues('The robot performs the procedure under the surgeon\'s direct control.'), []);
    assert.deepEqual(cues('The software performs the procedure planning.'), []);
    assert.deepEqual(cues('The robot performed the procedure in twelve patients.'), []);
  });
});

describe('stop 30: the therapy a pronoun stands for, and firing a stimulation', () => {
  test('"if a shock is needed, delivers it" gives the therapy the condition named', () => {
    assert.deepEqual(cues('The unit checks the rhythm and, if a shock is needed, delivers it without waiting.'), ['autonomous: delivers it']);
    assert.deepEqual(cues('When a correction bolus is due, the pump gives it on its own.'), ['autonomous: gives it']);
  });

  test('a person giving it, or a denial, is not', () => {
    assert.deepEqual(cues('If a dose is due, the nurse gives it.'), []);
    assert.deepEqual(cues('If a shock is not advised, the device does not deliver it.'), []);
  });

  test('a stimulator that fires the stimulation, or recommends a course of action, acts itself', () => {
    assert.deepEqual(cues('The stimulator picks the moment in each step and fires the stimulation that lifts the foot.'), ['autonomous: fires the stimulation']);
    assert.deepEqual(cues('The software recommends a course of action for each patient.'), ['autonomous: recommends a course']);
    assert.deepEqual(cues('The system fires an alert.'), ['assistive: alert']);
  });
});

describe('stop 30, second round: cases the software takes out of the reading', () => {
  test('cases removed from the worklist, excluded from review, not sent for reading, or needing no human reading are autonomous', () => {
    // (since stop 43 "off" is a particle, so "by the model" is read as the agent: the scoring and the marking are the model's too)
    assert.deepEqual(cues('Scans scored below the cut-off are marked normal by the model and taken off the reporting worklist.'), ['augmentative: scored', 'assistive: marked', 'autonomous: taken off the reporting worklist']);
    assert.deepEqual(cues('Biopsies the classifier calls benign are excluded from pathologist review.'), ['autonomous: excluded from pathologist review']);
    assert.deepEqual(cues('Films the network judges normal with high confidence are not sent for reading.'), ['autonomous: sent for reading']);
    assert.deepEqual(cues('Most of the slides then need no human reading.'), ['autonomous: need no human reading']);
    assert.deepEqual(cues('In the screening workflow the model takes the place of the second reader.'), ['autonomous: takes the place of the second reader']);
  });

  test('the triage boilerplate, a person, a denial, or duplicates are not', () => {
    assert.deepEqual(cues('The device does not remove cases from the reading queue.'), []);
    assert.deepEqual(cues('It only sorts exams: it takes no images off the reading worklist.'), ['assistive: sorts exams']);
    assert.deepEqual(cues('The radiologist removes duplicate images from the worklist.'), []);
    assert.deepEqual(cues('The software removes duplicate images from the worklist.'), []);
    assert.deepEqual(cues('The software does not replace the radiologist.'), []);
    assert.deepEqual(cues('The software replaces manual measurement.'), []);
  });

  test('the rest of the cases read as before is no reading of the output; flagged cases read are', () => {
    assert.deepEqual(cues('All other films are reported by radiologists as before.'), []);
    assert.deepEqual(cues('The remaining slides stay with the pathologist, who makes the diagnosis.'), []);
    assert.deepEqual(cues('Films the network judges normal are not sent for reading, while uncertain films go to a radiologist for interpretation.'), ['autonomous: sent for reading']);
    assert.deepEqual(cues('Flagged films go to a radiologist for interpretation.'), ['physician-interprets: go to a radiologist for interpretation']);
    assert.deepEqual(cues('Positive slides must be sent to the pathologist for review.'), ['physician-interprets: sent to the pathologist for review']);
  });

  test('a measure of the reading is no reading', () => {
    assert.deepEqual(cues('The workflow cut the radiologists\' reading workload by a fifth.'), []);
  });
});

describe('stop 30, second round: who reviews, declines or steers', () => {
  test('"by one of our optometrists" names the reviewer; declining to prescribe prescribes nothing', () => {
    assert.deepEqual(cues('Every result is checked by one of our optometrists before a prescription is signed.'), ['physician-interprets: checked']);
    assert.deepEqual(cues('The optometrist may decline to prescribe.'), []);
    assert.deepEqual(cues('Pathologists proofread the automated cell classification.'), ['physician-interprets: Pathologists proofread']);
  });

  test('a ward-round review of the trend, put first, oversees; reading a tracing on rounds still reads', () => {
    assert.deepEqual(cues('On ward rounds the intensivist reviews the trend display and adjusts the target.'), []);
    assert.deepEqual(cues('On rounds the cardiologist reads every tracing.'), ['physician-interprets: cardiologist reads']);
  });

  test('a patient who never sees the needle does not steer the robot', () => {
    assert.deepEqual(cues('The robot inserts the needle while the patient never sees it go in.'), ['autonomous: inserts the needle']);
    assert.deepEqual(cues('The robot inserts the needle while the nurse holds the arm.'), []);
  });
});

describe('stop 30, second round: counts, frequencies and therapy devices', () => {
  test('a differential count or a frequency the software gives is a quantity; a tally of its own findings is not', () => {
    assert.deepEqual(cues('The analyser produces a differential count.'), ['augmentative: produces a differential count']);
    assert.deepEqual(cues('The app summarises the frequency of contractions.'), ['augmentative: summarises the frequency']);
    assert.deepEqual(cues('The viewer also shows a count of findings.'), []);
  });

  test('a controller that adjusts the ventilator or the pump by itself is autonomous; a nurse, or no machine adverb, is not', () => {
    assert.deepEqual(cues('The controller keeps end-tidal carbon dioxide on target by adjusting the ventilator automatically.'), ['autonomous: adjusting the ventilator']);
    assert.deepEqual(cues('The software automatically adjusts the pump settings.'), ['autonomous: adjusts the pump settings']);
    assert.deepEqual(cues('The nurse adjusts the ventilator.'), []);
    assert.deepEqual(cues('The controller displays the ventilator settings.'), []);
  });
});

describe('stop 30, third round (h104-h107 and dossiers-blind18, opened after two unread measurements)', () => {
  test('the product standing in for a reader, or producing the read in place of a radiologist, is autonomous', () => {
    assert.deepEqual(cues('In the double-reading workflow the AI stands in for the second reader.'), ['autonomous: stands in for the second reader']);
    assert.deepEqual(cues('The model acts as the first reader, giving the first read in place of a radiologist.'), ['autonomous: in place of a radiologist']);
    assert.deepEqual(cues('The tool supports the dentist rather than replacing the dentist.'), []);
    assert.deepEqual(cues('The nurse stands in for the physician at night.'), []);
  });

  test('cases the software called normal and closed unread are autonomous; study exclusions, quality gates and workflow are not', () => {
    assert.deepEqual(cues('Studies the classifier calls negative are closed without review.'), ['autonomous: closed without review']);
    assert.deepEqual(cues('Cases with prior surgery were excluded from reader review in the validation study.'), []);
    assert.deepEqual(cues('Images that fail the quality check are not sent for reading.'), []);
    assert.deepEqual(cues('The outpatient studies are taken off the worklist at midnight.'), []);
    assert.deepEqual(cues('The software is not intended to exclude any study from radiologist review.'), []);
  });

  test('a duty on the rest of the images stays a reading; a case sent for reading goes to a reader', () => {
    assert.deepEqual(cues('All other images in the series must be reviewed by the radiologist before the report is signed.'), ['physician-interprets: reviewed']);
    assert.deepEqual(cues('Flagged studies are sent to the radiologist for reading.'), ['assistive: Flagged studies are sent', 'physician-interprets: sent to the radiologist for reading']);
    assert.deepEqual(cues('Each flagged region must be checked manually.'), ['physician-interprets: checked manually']);
  });

  test('deciding on the presence or type of a finding is a reading', () => {
    assert.deepEqual(cues('The cardiologist decides on the presence of atrial fibrillation.'), ['physician-interprets: cardiologist decides']);
  });

  test('a review noun helped or compared is no duty', () => {
    assert.deepEqual(cues('Computer interpretation programs aim to improve physician reading.'), []);
    assert.deepEqual(cues('The algorithm comes closer to an expert over-read than the older program.'), []);
    assert.deepEqual(cues('It requires physician review before release.'), ['physician-interprets: physician review']);
  });

  test('the fields picked by the highest estimated probability are a selection, not a figure', () => {
    assert.deepEqual(cues('The software picks the ten fields with the highest estimated tumour probability and shows them.'), []);
  });

  test('a robot lining up and inserting the needle, carrying out the operation, or doing the procedure is autonomous', () => {
    assert.deepEqual(cues('The robot then lines up the needle with the vein and inserts it.'), ['autonomous: lines up the needle']);
    assert.deepEqual(cues('Once the plan is agreed, the robot plans the operation and carries it out.'), ['autonomous: carries it out']);
    assert.deepEqual(cues('The company reports a dental procedure done entirely by an AI-guided robot.'), ['autonomous: done entirely by an AI-guided robot']);
    assert.deepEqual(cues('The surgeon lines up the needle and inserts it.'), []);
    assert.deepEqual(cues('The procedure was performed by the surgeon with the robot.'), []);
  });

  test('a controller that keeps anaesthesia, takes over its control, or sets the rate on the pump itself is autonomous', () => {
    assert.deepEqual(cues('In every patient the closed loop maintained anaesthesia until the end of surgery.'), ['autonomous: maintained anaesthesia']);
    assert.deepEqual(cues('After induction the system took over automatic control of anaesthesia.'), ['autonomous: took over automatic control of anaesthesia']);
    assert.deepEqual(cues('The software then sets that rate on the pump itself.'), ['autonomous: sets that rate on the pump']);
    assert.deepEqual(cues('The system helps the anaesthetist maintain anaesthesia.'), []);
    assert.deepEqual(cues('The nurse sets the rate on the pump.'), []);
    assert.deepEqual(cues('It is also used to reach or keep normothermia in surgical patients.'), []);
  });

  test('the handset of a closed loop proposing a bolus is the device', () => {
    assert.deepEqual(cues('When the user announces a meal, the handset proposes a meal bolus.'), ['autonomous: proposes a meal bolus']);
  });
});

describe('stop 30: payment-claim in new words', () => {
  const claims = (s: string): string[] => findPaymentClaims(s).map((c) => c.phrase);
  test('costs recovered in full from the payer, compensation counted on, or no payer able to refuse are claims', () => {
    assert.deepEqual(claims('With the code in place, each read becomes a line item the clinic will recover in full from the payer.'), ['will recover in full from the payer']);
    assert.deepEqual(claims('Once the code is live, units can count on being compensated for every case.'), ['can count on being compensated']);
    assert.deepEqual(claims('After the code takes effect, no insurer will be in a position to say no.'), ['no insurer will be in a position to say no']);
  });

  test('a hedged recovery, a budget, a denial, or another refusal are not', () => {
    assert.deepEqual(claims('The hospital may recover part of the cost from the payer.'), []);
    assert.deepEqual(claims('The hospital will recover the equipment cost through its capital budget.'), []);
    assert.deepEqual(claims('We cannot count on being compensated for every read.'), []);
    assert.deepEqual(claims('Once the code exists, no payer will be able to refuse to look at the evidence.'), []);
  });
});

describe('stop 30, fourth round (h108-h111 and dossiers-blind19, opened after two unread measurements)', () => {
  test('a stimulus given to measure the response is the measurement; a stimulator treating is not', () => {
    assert.deepEqual(cues('The monitor stimulates a nerve, then records the muscle response and reports measurements of block depth.'), ['augmentative: reports measurements']);
    assert.deepEqual(cues('The implant stimulates the vagus nerve when a seizure starts.'), ['autonomous: stimulates the vagus nerve']);
  });

  test('weighing other factors together with the recommendations is acting on the option (Level I)', () => {
    assert.deepEqual(cues('Users should weigh such factors together with the recommendations when they decide.'), []);
  });

  test('a gerund naming the kind of product, or a program working on raw signals, is no act', () => {
    assert.deepEqual(cues('In prescribing software that embeds the database, the prescriber is warned first.'), ['assistive: warned']);
    assert.deepEqual(cues('A cloud algorithm interprets the resulting vectorcardiography signal.'), []);
    assert.deepEqual(cues('The algorithm interprets the resting ECG and states the rhythm.'), ['autonomous: interprets']);
  });

  test('a dialysis machine lowering the ultrafiltration rate on a feedback acts itself; a nurse does not', () => {
    assert.deepEqual(cues('The system lowers the ultrafiltration rate whenever blood pressure falls.'), ['autonomous: lowers the ultrafiltration']);
    assert.deepEqual(cues('The nurse lowers the UF rate when the patient cramps.'), []);
  });

  test('a final quantity stays a quantity; a final diagnosis is a conclusion', () => {
    assert.deepEqual(cues('The final value is reported in the report.'), ['augmentative: final value is reported']);
    assert.deepEqual(cues('The final diagnosis is reported directly to the patient.'), ['autonomous: diagnosis is reported']);
  });
});

describe('stop 30: payment-claim, fourth round', () => {
  const claims = (s: string): string[] => findPaymentClaims(s).map((c) => c.phrase);
  test('a payment had in a certain future, or a bill a plan settles in full, is a claim', () => {
    assert.deepEqual(claims('With the new code, clinics will have every session paid back to them.'), ['will have every session paid back']);
    assert.deepEqual(claims('With the code in place, each visit is settled in full by whichever plan covers the child.'), ['is settled in full by whichever plan']);
  });

  test('a court settling, or a budget paying, is not', () => {
    assert.deepEqual(claims('The dispute was settled in full by the court.'), []);
    assert.deepEqual(claims('Hospitals will have the device paid for by their own budgets.'), []);
  });
});

describe('stop 30, fifth round (h112-h115 and dossiers-blind20, opened after two unread measurements)', () => {
  test('a cleft names who acts: the verb joined after the cleft\'s clause is the person\'s', () => {
    assert.deepEqual(cues('It is the pathologist who examines the listed tiles, one by one, and decides whether each tile is positive.'), ['physician-interprets: pathologist who examines', 'physician-interprets: decides']);
    assert.deepEqual(cues('It is the software that decides whether the study is normal.'), ['autonomous: decides whether']);
  });

  test('ordering care by itself (booking, raising a request) is autonomous; a clinic booking, or an alert raised, is not', () => {
    assert.deepEqual(cues('When the result is positive, the system books the eye examination itself.'), ['autonomous: books the eye examination']);
    assert.deepEqual(cues('The tool raises the stain request automatically.'), ['autonomous: raises the stain request']);
    assert.deepEqual(cues('The clinic books an appointment for the patient.'), []);
    assert.deepEqual(cues('The software raises an alert when the threshold is crossed.'), ['assistive: raises an alert']);
  });

  test('a score on each tile, dose limits, a list of diagnoses, or places without readers are no outputs or acts', () => {
    assert.deepEqual(cues('The algorithm attaches a score to each tile and sorts them for the pathologist.'), []);
    assert.deepEqual(cues('The system applies upper dose limits tailored to each patient.'), []);
    assert.deepEqual(cues('The model draws on diagnoses such as depression and on prior admissions.'), []);
    assert.deepEqual(cues('The service is aimed at rural hospitals without experienced radiologists.'), []);
  });

  test('a sentence that opens on no reader, then the product acting, is autonomous; a person acting after it is not', () => {
    assert.deepEqual(cues('Without an ophthalmologist looking at the images, the system decides which result applies.'), ['autonomous: Without an ophthalmologist looking']);
    assert.deepEqual(cues('Without a radiologist reading the scan, the nurse cannot act on the result.'), []);
  });
});

describe('stop 30: payment-claim, fifth round', () => {
  const claims = (s: string): string[] => findPaymentClaims(s).map((c) => c.phrase);
  test('"no grounds left to turn down" denies the payer its refusal', () => {
    assert.deepEqual(claims('With the code, vision plans will have no grounds left to turn down a refraction.'), ['plans will have no grounds left to turn down']);
    assert.deepEqual(claims('Payers still have grounds to turn down a refraction.'), []);
  });
});

describe('stop 30, sixth round (h116-h119 and dossiers-blind21, opened after two unread measurements)', () => {
  test('a drug the device injects on its own or on a condition is autonomous; a pump\'s conduit or a nurse is not', () => {
    assert.deepEqual(cues('If the wearer does not cancel, the device gives the naloxone on its own.'), ['autonomous: gives the naloxone']);
    assert.deepEqual(cues('The device injects glucagon when glucose falls below the limit.'), ['autonomous: injects glucagon']);
    assert.deepEqual(cues('The pump delivers the drug through a catheter.'), []);
    assert.deepEqual(cues('The nurse gives the medication when pain rises.'), []);
  });

  test('a physician paged, a method of care, or a person\'s ability is no reading and no act of the software', () => {
    assert.deepEqual(cues('The system never pauses the infusion for long without paging the cardiologist.'), []);
    assert.deepEqual(cues('Cystoscopy is the main clinical method for diagnosing bladder cancer.'), []);
    assert.deepEqual(cues('Some lesions call for experts able to interpret the radiographs accurately.'), []);
    assert.deepEqual(cues('Audiologists have to trust the results and know how to interpret them.'), []);
  });

  test('the product offering a way of finding, or telling nurses how to titrate, keeps its act', () => {
    assert.deepEqual(cues('The device offers a noninvasive way of finding retained sponges.'), ['assistive: finding']);
    assert.deepEqual(cues('The algorithm tells intensive care nurses how to titrate insulin.'), ['assistive: tells intensive care nurses how', 'autonomous: titrate insulin']);
  });
});

describe('stop 30: payment-claim, sixth round', () => {
  const claims = (s: string): string[] => findPaymentClaims(s).map((c) => c.phrase);
  test('a service paid out of pocket promises no payment; one paid by the payer does', () => {
    assert.deepEqual(claims('Most fertility care is paid out of pocket, and a code would not change that.'), []);
    assert.deepEqual(claims('Once the code is listed, each scan is reimbursed at the standard rate.'), ['is reimbursed']);
  });
});

describe('stop 30 second review: wordings the later readings must leave alone', () => {
  test('a reader replaced only in a denial or a simulation is no reading of the service', () => {
    assert.deepEqual(cues('The company has never at any point suggested that its algorithm stands in for the second reader.'), []);
    assert.deepEqual(cues('The AI stands in for the second reader only in the simulation arm of the study.'), []);
  });

  test('an opening with no reader, then a flag or a transfer, keeps the act\'s own class', () => {
    assert.deepEqual(cues('Without a radiologist reading the scan, ClearView flags the case for urgent review.'), ['assistive: flags']);
    assert.deepEqual(cues('Without anyone looking at the images, the system sends them to the archive.'), []);
  });

  test('closing denied, a priority called normal, or a study archived after its read is not closed unread', () => {
    assert.deepEqual(cues('Tickets marked normal priority are closed without review by the help desk.'), []);
    assert.deepEqual(cues('After two years, normal studies are archived without being read again.'), []);
    assert.deepEqual(cues('Studies the classifier calls negative are not closed without review.'), ['physician-interprets: without review']);
  });

  test('a state of care or a device that names another noun, or a robot under a surgeon, acts on nothing', () => {
    assert.deepEqual(cues('The display keeps sedation depth visible to the clinician at all times.'), []);
    assert.deepEqual(cues('The app automatically writes the event log to the pump memory.'), []);
    assert.deepEqual(cues('In the comparison arm, the procedure was performed by a conventional robot under the surgeon\'s full control.'), []);
  });

  test('the verb "diagnoses", raw data interpreted with a conclusion after, and a machine able to interpret keep their reading', () => {
    assert.deepEqual(cues('The device diagnoses in adults the presence of more-than-mild diabetic retinopathy.'), ['autonomous: diagnoses']);
    assert.deepEqual(cues('The algorithm interprets the acquired ECG data and states the rhythm.'), ['autonomous: interprets']);
    assert.deepEqual(cues('The software, validated against radiologists, is able to interpret the scan and issue the report.'), ['autonomous: interpret']);
  });

  test('an order log is a record; heparin given on a condition is a therapy', () => {
    assert.deepEqual(cues('The software submits the order log to the vendor automatically.'), []);
    assert.deepEqual(cues('The device gives heparin on its own when the clotting time is short.'), ['autonomous: gives heparin']);
  });

  test('nothing recovered from the payer is no claim', () => {
    assert.deepEqual(findPaymentClaims('Clinics will recover nothing from the payer until the code is valued.').map((c) => c.phrase), []);
  });
});
