/**
 * Stop 29 of the prose analysis (issue 9): misreadings found in four sets built blind in stop 28 (h76-h79: FDA imaging
 * of any age, FDA outside imaging, makers' pages and papers outside the US, a dossier author's register) and in
 * dossiers-blind11, measured before anyone read them, then opened. Each fix is a class of wording, not a sentence:
 * every sentence here was written for this file, and each has a close wording that keeps its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cuePhrases as cues, tags } from './helpers';
import { findPaymentClaims } from '../../src/core/prose';

describe('stop 29: a verdict a lay person reads off a home test', () => {
  test('a detection told to a lay person is the verdict itself; told to a clinician it stays a flag', () => {
    assert.deepEqual(cues('Once the cartridge has run, the app tells the woman whether chlamydia was found.'), ['autonomous: tells the woman whether']);
    assert.deepEqual(cues('The software tells the radiologist whether any findings were detected.'), ['assistive: tells the radiologist whether']);
  });

  test('a verdict pair shown in a consumer setting, or "pregnant / not pregnant" anywhere, is autonomous', () => {
    assert.deepEqual(cues('Instead of faint lines for the consumer to read, the display shows a clear YES or NO result.'), ['autonomous: shows a clear YES or NO']);
    assert.deepEqual(cues('The device writes the outcome in words: Pregnant or Not Pregnant.'), ['autonomous: writes the outcome in words: Pregnant or Not Pregnant']);
  });

  test('a laboratory result a scientist checks first, or yes or no about the data, is not (an analyser\'s own answer is, since stop 34)', () => {
    // (Stop 34 reads a test's own qualitative answer as autonomous wherever it is issued, as the blind sets label it; a
    // result a laboratory scientist checks first is still none: test/unit/prose-stop34.test.ts.)
    assert.deepEqual(cues('The laboratory analyser reports a positive or negative result for each sample.'), ['autonomous: reports a positive or negative result']);
    assert.deepEqual(cues('The laboratory analyser reports a positive or negative result, which a scientist checks before release.'), []);
    assert.deepEqual(cues('The screen shows the answer yes or no to whether the upload finished.'), []);
  });
});

describe('stop 29: a case the software closes with nobody reading it', () => {
  test('declared normal by the software and closed unread, or a results letter sent on its own, is autonomous', () => {
    assert.deepEqual(cues('Scans with the lowest scores are declared normal by the software and closed without a radiologist reading them.'), ['autonomous: without a radiologist reading']);
    assert.deepEqual(cues('The results letter goes to the patient automatically.'), ['autonomous: letter goes to the patient']);
  });

  test('a radiologist declaring it, processing left unread, or a letter after sign-off is not', () => {
    assert.deepEqual(cues('Scans are declared normal by the radiologist after a full read.'), []);
    assert.deepEqual(cues('Images are reconstructed by the scanner software and archived without a radiologist reviewing each slice.'), []);
    assert.deepEqual(cues('The letter goes to the patient after the radiologist signs it.'), []);
  });
});

describe('stop 29: a robot moving the instrument in the patient', () => {
  test('the robot advancing, aligning or governing the instrument by itself is autonomous', () => {
    assert.deepEqual(cues('The robotic arm then advances the biopsy needle along the planned path.'), ['autonomous: advances the biopsy needle']);
    assert.deepEqual(cues('Once roughly placed by hand, the software drives the arm to align the drill guide automatically.'), ['autonomous: drives the arm to align the drill']);
    assert.deepEqual(cues('The software limits how deep the burr cuts according to the plan.'), ['autonomous: limits how deep the burr']);
  });

  test('a surgeon moving it, a surgeon helped to, the patient positioned, or a denial is not', () => {
    assert.deepEqual(cues('The arm lets the surgeon align the instruments with the planned trajectory.'), []);
    assert.deepEqual(cues('The surgeon advances the needle along the planned path.'), []);
    assert.deepEqual(cues('The system positions the patient on the couch before each fraction.'), []);
    assert.deepEqual(cues('The robot does not move the needle; the surgeon inserts it by hand.'), []);
  });
});

describe('stop 29: whose the duty is, and who prescribed', () => {
  test('"rest with" a clinical team after a noun is the verb that gives the team the reading', () => {
    assert.deepEqual(cues('Interpretation of the readings and any change of therapy rest with the heart failure team.'), ['physician-interprets: rest with the heart failure team']);
    assert.deepEqual(cues('The patient can rest with the legs raised.'), []);
  });

  test('a contact relative clause\'s verb is its clinician\'s, not the software\'s', () => {
    assert.deepEqual(cues('Alarms sound when the value leaves the range the physician has prescribed.'), ['assistive: Alarms']);
    assert.deepEqual(cues('The software adjusts the dose it prescribed yesterday.'), ['autonomous: adjusts the dose']);
  });
});

describe('stop 29: names, data kinds and studies that are no output', () => {
  test('a capitalised word in a product\'s name is no quantity; a capitalised measurement still is', () => {
    assert.deepEqual(cues('The navigation software runs on the Volume Planner workstation at the console.'), []);
    assert.deepEqual(cues('The report lists the End-Systolic Volume and the Ejection Fraction.'), ['augmentative: lists the End-Systolic Volume']);
  });

  test('"result" naming the kind of data made is no verdict', () => {
    assert.deepEqual(cues('It creates result maps of blood flow and blood volume for each slice.'), ['augmentative: creates result maps']);
  });

  test('outputs compared with the study\'s reference are the study; a value compared with norms is a quantity', () => {
    assert.deepEqual(cues("For validation, two pathologists labelled every slide, and the algorithm's results were compared with that reference."), []);
    assert.deepEqual(cues("In testing, the model's outputs were compared with the expert reference."), []);
    assert.deepEqual(cues('Each hippocampal volume is compared with age-matched reference values.'), ['augmentative: compared with age-matched']);
  });

  test('clinicians without a training lack a skill; a reading skipped is still read', () => {
    assert.deepEqual(cues('In a reader study, the app was more accurate than clinicians without expert training.'), []);
    assert.deepEqual(cues('The report is issued without a dermatologist reviewing the photograph.'), ['autonomous: without a dermatologist reviewing']);
  });
});

describe('stop 29: the tagger after a fronted phrase with no comma', () => {
  test('a pronoun and its verb before the comma began the main clause; the verbs after the comma are its verbs', () => {
    assert.deepEqual(cues('In real time it filters the signal, detects QRS complexes and measures the ST level.'), ['assistive: detects', 'augmentative: measures']);
    assert.ok(tags('On standing views it also rates the alignment, flags fractures and measures angles.').includes('flags/verb'));
  });

  test('a verdict read off the grade the software gave is the grade\'s reading; read off a trend it stays a decision', () => {
    assert.deepEqual(cues('On weight-bearing views it also scores joint space narrowing and judges from the Kellgren-Lawrence grading whether osteoarthritis is present.'), ['augmentative: scores', 'augmentative: judges from the Kellgren-Lawrence grading whether']);
    assert.deepEqual(cues('It decides from the glucose trend whether to suspend insulin.'), ['autonomous: decides from the glucose trend whether']);
  });

  test('a pronoun inside a relative clause of the fronted phrase does not', () => {
    assert.ok(tags('In each study where it finds a nodule, the system flags the image.').includes('flags/verb'));
  });
});

describe('stop 29: marks and the order of reading', () => {
  test('a case pushed to the top of a review list is triage; a patient moving up a waiting list is not', () => {
    assert.deepEqual(cues("Flagged wounds are pushed to the top of the nurses' review list."), ["assistive: pushed to the top of the nurses' review list"]);
    assert.deepEqual(cues('The software moves suspected bleeds to the head of the reading queue.'), ['assistive: to the head of the reading queue']);
    assert.deepEqual(cues('The radiologist moves urgent cases to the top of the reading list.'), []);
    assert.deepEqual(cues('The patient moves to the top of the waiting list.'), []);
  });

  test('saliency maps and outlines are marks; perfusion maps are quantities', () => {
    assert.deepEqual(cues('The display overlays saliency maps that show where the model looked.'), ['assistive: overlays saliency maps', 'assistive: show where']);
    assert.deepEqual(cues('The software generates perfusion maps of the whole brain.'), ['augmentative: generates perfusion maps']);
    assert.deepEqual(cues('The app draws an outline around each suspected lesion on the live video.'), ['assistive: draws an outline']);
  });
});

describe('stop 29: a care pathway chosen for a lay person, and therapeutic content adapted', () => {
  test('the most suitable care pathway over a range of care is the software\'s decision', () => {
    assert.deepEqual(cues('From the symptoms entered, the service recommends the most suitable care pathway, from self-care to an emergency visit.'), ['autonomous: recommends the most suitable care pathway']);
    assert.deepEqual(cues('The software recommends a care pathway to the clinician, who decides.'), []);
    assert.deepEqual(cues('The hospital follows a care pathway from admission to discharge.'), []);
  });

  test('therapeutic content adapted to the patient is the program changing the therapy; educational content is not', () => {
    assert.deepEqual(cues('The app adjusts the therapeutic content to the goals each patient sets.'), ['autonomous: adjusts the therapeutic content']);
    assert.deepEqual(cues('The app adjusts the educational content to the reading level.'), []);
  });
});

describe('stop 29: payment promised as a refusal the payer cannot make', () => {
  test('a fee insurers can no longer turn down, or payers who cannot refuse the claim, is a claim', () => {
    assert.deepEqual(findPaymentClaims('Once the code exists, the daily monitoring fee is one that insurers can no longer turn down.').map((c) => c.phrase), ['insurers can no longer turn down']);
    assert.deepEqual(findPaymentClaims('Payers cannot refuse the claim once the code is published.').map((c) => c.phrase), ['Payers cannot refuse']);
  });

  test('a device that cannot refuse, or insurers who cannot ignore evidence, is none', () => {
    assert.deepEqual(findPaymentClaims('The pump cannot refuse a bolus the clinician orders.'), []);
    assert.deepEqual(findPaymentClaims('Insurers can no longer ignore the evidence.'), []);
  });
});

describe('stop 29, second round (h80-h83 and dossiers-blind12, opened after two unread measurements)', () => {
  test('"unlike" contrasts its noun phrase only; the clause after it is read as written', () => {
    assert.deepEqual(cues('Unlike conventional hearing aids it reaches the wearer with no audiologist involved.'), ['autonomous: with no audiologist involved']);
    assert.deepEqual(cues('Unlike tools that diagnose, it only flags the study.'), ['assistive: flags']);
  });

  test('a physician deciding whether to give what the software suggested acts on its option; deciding on a therapy of their own is a reading', () => {
    assert.deepEqual(cues('The intensivist decides whether to give the suggested doses.'), []);
    assert.deepEqual(cues('The intensivist decides whether to give fluids.'), ['physician-interprets: intensivist decides']);
  });

  test('what an analysis is run on is its input; measurements reported are an output', () => {
    assert.deepEqual(cues('The platform runs AI analysis on the measurements and sends alerts to the nurse.'), ['assistive: sends alerts']);
    assert.deepEqual(cues('The software reports measurements of each chamber.'), ['augmentative: reports measurements']);
  });

  test('results released without review, with no person named, are autonomous; data stored so are not', () => {
    assert.deepEqual(cues('Normal results are released automatically without review.'), ['autonomous: without review']);
    assert.deepEqual(cues('Images are stored without review.'), []);
  });

  test('counts given as a result are a quantity; "counts toward" is not', () => {
    assert.deepEqual(cues('It produces quantitative counts of every formed element in urine.'), ['augmentative: produces quantitative counts']);
    assert.deepEqual(cues('The positive finding counts toward the score.'), []);
  });

  test('a review the tool does not replace stays the physician\'s, past a list; one it replaces is autonomous', () => {
    assert.deepEqual(cues("The tool does not replace the clinical examination, the ultrasound or the radiologist's own review of every image."), []);
    assert.deepEqual(cues("The software replaces the radiologist's review of normal films."), ["autonomous: radiologist's review"]);
  });

  test('a review on ward rounds oversees the therapy; a review of each result before release reads it', () => {
    assert.deepEqual(cues('The physician reviews the dosing trend on ward rounds.'), []);
    assert.deepEqual(cues('The physician reviews each result on the screen before it is released.'), ['physician-interprets: physician reviews']);
  });

  test('a new therapy rate that takes effect without waiting for a physician is autonomous; a heart rate shown so is not', () => {
    assert.deepEqual(cues('The new infusion rate takes effect at once, without waiting for a physician to approve it.'), ['autonomous: without waiting for a physician to approve']);
    assert.deepEqual(cues('The heart rate is shown at once, without waiting for a physician to review it.'), []);
  });

  test('activating the catheterization laboratory on its own finding is autonomous; notifying a team, or a cardiologist activating it, is not', () => {
    assert.deepEqual(cues('When it detects an ST-elevation infarction, the software activates the catheterization laboratory directly.'), ['assistive: detects', 'autonomous: activates the catheterization']);
    assert.deepEqual(cues('The software notifies the stroke team.'), ['assistive: notifies']);
    assert.deepEqual(cues('The cardiologist activates the catheterization laboratory after reading the ECG.'), ['physician-interprets: reading']);
  });

  test('a payer obliged to settle "without argument" once the code exists is a claim; settling a question is not', () => {
    assert.deepEqual(findPaymentClaims('Once the code is issued, every mapped colposcopy becomes a line item that insurers are obliged to settle without argument.').map((c) => c.phrase), ['insurers are obliged to settle']);
    assert.deepEqual(findPaymentClaims('Once the code is issued, we are obliged to settle the question without argument.'), []);
  });
});

describe('stop 29 review: wordings the new readings must leave alone', () => {
  test('a lay person told about the sample or the device, told under a hedge, or told what a clinician found, is no verdict', () => {
    assert.deepEqual(cues('The app tells the woman whether her sample was found to be unreadable, so she can repeat the swab.'), ['assistive: tells the woman whether']);
    assert.deepEqual(cues('The companion app tells parents whether the infant monitor was found on the network.'), ['assistive: tells parents whether']);
    assert.deepEqual(cues('The app tells the patient whether a follow-up call with the doctor was found necessary by the cardiologist.'), ['assistive: tells the patient whether']);
  });

  test('positive or negative feedback, a yes or no prompt, women who are or are not pregnant, or a result a scientist checks first, is no home-test verdict', () => {
    assert.deepEqual(cues("The consumer app displays positive or negative feedback on the user's posture."), []);
    assert.deepEqual(cues('The home app displays a yes or no prompt before sharing the data.'), []);
    assert.deepEqual(cues('The app shows the weeks since conception for women who are pregnant and tips for women who are not pregnant.'), []);
    // (since stop 37 a laboratory scientist who checks before the result is shown reads it, as the in-tree labels say)
    assert.deepEqual(cues("The home kit's app shows a plain YES or NO result only after the laboratory scientist has checked the sample."), ['physician-interprets: scientist has checked']);
  });

  test('a case a physician judged, a doctor\'s name as the agent, or a results letter after sign-off is not closed by the software', () => {
    assert.deepEqual(cues('Studies judged by the radiologist to be normal are closed by the software without a second radiologist reading them.'), ['physician-interprets: judged']);
    assert.deepEqual(cues('Exams are declared normal by Dr Smith and closed without a second radiologist reading them.'), []);
    assert.deepEqual(cues('The results letter goes to the patient after the GP has reviewed it.'), ['physician-interprets: GP has reviewed']);
  });

  test('software that lists, displays or regulates things named after instruments, or moves a needle only while the surgeon holds the pedal, moves nothing', () => {
    assert.deepEqual(cues('The software limits how many instruments are listed in the tray inventory.'), []);
    assert.deepEqual(cues('The software controls how the probe images are displayed on the monitor.'), []);
    assert.deepEqual(cues('The system regulates the temperature of the probe tip.'), []);
    assert.deepEqual(cues('The software automatically aligns the needle overlay with the ultrasound image.'), []);
    assert.deepEqual(cues('The inventory software automatically stops ordering drills once stock is full.'), []);
    assert.deepEqual(cues('Automatically generated plans are reviewed by the surgeon, who then guides the robot arm to insert the electrodes.'), []);
    assert.deepEqual(cues('The robot advances the needle only while the surgeon holds the foot pedal.'), []);
  });

  test('results compared with norms stay a quantity; a second subject after a comma keeps its verb', () => {
    assert.deepEqual(cues("The patient's results are compared with age-matched norms and flagged if abnormal."), ['augmentative: compared with age-matched', 'assistive: flagged']);
    assert.deepEqual(cues('In the clinic it measures the blood pressure, and doctors interpret the readings.'), ['augmentative: measures', 'physician-interprets: doctors interpret']);
  });

  test('a banner or a device at the top of a list, an outline of a plan, a hedged pathway, training content and a decision from a stage keep their reading', () => {
    assert.deepEqual(cues('The software places a banner at the top of the review list.'), []);
    assert.deepEqual(cues('The patient is moved to the top of the waiting list.'), []);
    assert.deepEqual(cues('The software draws an outline of the procedure steps for the nurse.'), []);
    assert.deepEqual(cues('The software may recommend a care pathway, from home monitoring to admission, which the nurse then confirms.'), []);
    assert.deepEqual(cues('The app personalises the training content for new staff.'), []);
    assert.deepEqual(cues('The software decides from the stage whether the patient needs surgery.'), ['autonomous: decides from the stage whether']);
    assert.deepEqual(cues('The app tells the patient from the retinopathy grade whether diabetic retinopathy is present.'), ['autonomous: tells the patient from the retinopathy grade whether']);
  });
});

describe('stop 29, third round (h84-h87 and dossiers-blind13, opened after three unread measurements)', () => {
  test('classifying a case as showing a finding or not is a two-valued flag; three classes stay a classification', () => {
    assert.deepEqual(cues('The second network classifies each cropped film as showing a pneumothorax or not.'), ['assistive: classifies']);
    assert.deepEqual(cues('The software classifies each lesion as benign, indeterminate or malignant.'), ['augmentative: classifies']);
  });

  test('working out whether a finding is present detects it; working out where a scan begins plans it; working out a quantity measures', () => {
    assert.deepEqual(cues('The system analyses recorded heart sounds, working out whether a murmur is present.'), ['assistive: working out whether']);
    assert.deepEqual(cues('The software works out, then shows, where the scan should begin and end.'), ['assistive: shows, where']);
    assert.deepEqual(cues('The software works out the ejection fraction.'), ['augmentative: works']);
  });

  test('the start and end of a scan, or its range, plan the acquisition; a lesion\'s length is measured', () => {
    assert.deepEqual(cues('From the body outline it derives the start and end of the scout and the scan range.'), []);
    assert.deepEqual(cues('The software measures the length of the lesion in millimetres.'), ['augmentative: measures']);
  });

  test('a risk to someone, a study\'s F1 score and acquired STIC volumes are no quantities; a risk of a disease, a malignancy score and a ventricle\'s volume are', () => {
    assert.deepEqual(cues("When it identifies a risk to the patient's safety, it sends an alert to the ward team."), ['assistive: identifies', 'assistive: sends an alert']);
    assert.deepEqual(cues('The software identifies the risk of sepsis for each patient.'), ['augmentative: identifies']);
    assert.deepEqual(cues('In the validation, the model reached an F1 score of 0.91 against the expert labels.'), []);
    assert.deepEqual(cues('The software gives each nodule a malignancy score.'), ['augmentative: gives each nodule a malignancy score']);
    assert.deepEqual(cues('The algorithm is applied to STIC volumes of the fetal heart to generate the standard views.'), []);
    assert.deepEqual(cues('The software measures the volume of the left ventricle.'), ['augmentative: measures']);
  });

  test('a verb coordinated with a person\'s infinitive is that person\'s; the software\'s own stays the software\'s', () => {
    assert.deepEqual(cues('An earlier alert would have prompted the doctors to investigate these conditions and start treatment sooner.'), []);
    assert.deepEqual(cues('The tool helps cardiologists to read the tracing and reach a diagnosis.'), []);
    assert.deepEqual(cues('The pump receives the order and starts treatment at once.'), ['autonomous: starts treatment']);
  });

  test('a result written out in words is a home test\'s verdict; a report in words and numbers for a physician is not', () => {
    assert.deepEqual(cues('The home unit writes the result out in words on its screen.'), ['autonomous: writes the result out in words']);
    assert.deepEqual(cues('The report gives the result in words and numbers to the physician.'), []);
  });

  test('a negated list of bare verbs stays negated to its last item; a list after a modal keeps each act', () => {
    assert.deepEqual(cues('It does not grade the tear, classify its pattern or measure its length.'), []);
    assert.deepEqual(cues('It will mark the tear, measure its length and flag the study.'), ['assistive: mark', 'augmentative: measure', 'assistive: flag']);
  });

  test('a report released with no person reviewing it is autonomous; no person in the room is not a reading skipped', () => {
    assert.deepEqual(cues("When the pattern is consistent, the report is released to the patient's chart automatically, with no person reviewing it."), ['autonomous: with no person reviewing']);
    assert.deepEqual(cues('The report is released with no person in the room.'), []);
  });

  test('payment once "it is listed" after a sentence naming the code, or payment the provider can count on, is a claim', () => {
    assert.deepEqual(findPaymentClaims('A Category I code is the key step for us. Once it is listed, each study read with the tool will be reimbursed as a matter of course.').map((c) => c.phrase), ['will be reimbursed']);
    assert.deepEqual(findPaymentClaims('The device is new. Once it is listed, each study will be reimbursed.'), []);
    assert.deepEqual(findPaymentClaims('Hospitals can count on full payment for every planning study once the code is live.').map((c) => c.phrase), ['can count on full payment']);
    assert.deepEqual(findPaymentClaims('Hospitals cannot count on payment even once the code exists.'), []);
    assert.deepEqual(findPaymentClaims('We count on payers to follow the evidence once the code exists.'), []);
  });
});

describe('stop 29, fourth round (h88-h91 and dossiers-blind14, opened after three unread measurements)', () => {
  test('a protocol a physician approved is a standing order; a report the radiologist must approve is read', () => {
    assert.deepEqual(cues('The paramedics work under a protocol approved by a physician.'), []);
    assert.deepEqual(cues('The radiologist must approve the report before it is released.'), ['physician-interprets: radiologist must approve']);
  });

  test('the frames with the highest probability, picked to show, are a selection; a likelihood reported is a quantity', () => {
    assert.deepEqual(cues('From the forty frames of each study, the software picks the few with the highest probability of a polyp and shows them to the endoscopist.'), []);
    assert.deepEqual(cues('The system reports the likelihood of cancer for each picture.'), ['augmentative: reports the likelihood']);
  });

  test('a study run to estimate an effect has no output; the software estimating a quantity has', () => {
    assert.deepEqual(cues('In a separate reader test run to estimate the effect of the software on clinicians, readers did better with it.'), []);
    assert.deepEqual(cues('The software estimates the ejection fraction.'), ['augmentative: estimates']);
  });

  test('a lay user checking her own body reads no output; a user who must confirm the result does', () => {
    assert.deepEqual(cues('The user still has to check her cervical mucus every day, since the sensor alone is not enough.'), []);
    assert.deepEqual(cues('The user has to confirm the result before it is shared.'), ['physician-interprets: user has to confirm']);
  });

  test('"changes in <a quantity>" after "and", before a finite verb, is a subject; "and changes <a therapy>" is the device\'s act', () => {
    assert.deepEqual(cues('The sensor is biocompatible and temperature-compensated, and changes in arterial pressure do not affect it.'), []);
    assert.deepEqual(cues('The pump measures glucose and changes insulin delivery every five minutes.'), ['autonomous: changes insulin']);
  });
});

describe('stop 29 second review: wordings the later readings must leave alone', () => {
  test('a dose another person suggested, a hedged or later-signed release, and a physician named elsewhere keep their reading', () => {
    assert.deepEqual(cues('The physician decides whether to give the dose suggested by the pharmacist.'), ['physician-interprets: physician decides']);
    assert.deepEqual(cues('Results may be released without review in some sites.'), []);
    assert.deepEqual(cues('Preliminary reports are sent to the chart without review and are signed by the radiologist the next morning.'), []);
    assert.deepEqual(cues('The software checks image quality with no person reviewing it, and the radiologist reads every study.'), ['physician-interprets: radiologist reads']);
  });

  test('a review on rounds before an act, or in rounds of a task, is a reading; a trend reviewed on ward rounds is oversight', () => {
    assert.deepEqual(cues('The physician reviews the ECG on rounds before the patient is discharged.'), ['physician-interprets: physician reviews']);
    assert.deepEqual(cues('The radiologist reviews the segmentation in two rounds before signing the report.'), ['physician-interprets: radiologist reviews', 'physician-interprets: signing']);
    assert.deepEqual(cues('The physician reviews the dosing trend on ward rounds.'), []);
  });

  test('a rate a person set or may change is theirs; the laboratory order form is no catheterization laboratory', () => {
    assert.deepEqual(cues('The flow rate of the contrast injector is set by the technologist, without waiting for a radiologist.'), []);
    assert.deepEqual(cues('In an emergency the nurse may change the pump flow rate, without waiting for a physician to approve it.'), []);
    assert.deepEqual(cues('The app activates the laboratory order form for the nurse to complete.'), []);
  });

  test('working out where a tumour is, when a dose is due, or how loud a murmur is, still measures', () => {
    assert.deepEqual(cues('The software works out where the tumour is and how large it is.'), ['augmentative: works']);
    assert.deepEqual(cues('The software works out whether a murmur is present and how loud it is.'), ['augmentative: works']);
  });

  test('a dose over the scan range, a Z score, a recorded urine volume, a tidal volume per breath and a reported highest probability are quantities', () => {
    assert.deepEqual(cues('The software calculates the dose-length product over the scan range.'), ['augmentative: calculates']);
    assert.deepEqual(cues('The software gives each scan a Z score against age-matched controls.'), ['augmentative: gives each scan a Z score']);
    assert.deepEqual(cues('The software reports the urine volume recorded over 24 hours.'), ['augmentative: reports the urine volume']);
    assert.deepEqual(cues('The ventilator software reports the tidal volume per breath.'), ['augmentative: reports the tidal volume']);
    assert.deepEqual(cues('The software reports the highest probability of malignancy among the nodules.'), ['augmentative: reports the highest probability']);
  });

  test('a user checking her readings in the app reads an output; a bolus delivered automatically after the patient confirms is the pump\'s', () => {
    assert.deepEqual(cues('The user has to check her blood glucose reading on the app before injecting.'), ['physician-interprets: user has to check']);
    assert.deepEqual(cues('The pump will ask the patient to confirm the dose and deliver the bolus automatically.'), ['autonomous: deliver the bolus']);
    assert.deepEqual(cues('The pump reads the glucose, and changes in insulin delivery are made automatically.'), ['autonomous: changes in insulin']);
  });

  test('a clinical result in words, "counts as", and payment codes relied on are none of the new readings', () => {
    assert.deepEqual(cues('The report gives the ejection fraction result in words such as normal or reduced.'), ['augmentative: gives the ejection fraction']);
    assert.deepEqual(cues("The tool's output counts as a second reading for the screening programme."), []);
    assert.deepEqual(findPaymentClaims('Clinicians can rely on the payment codes listed in the appendix to document the service.'), []);
    assert.deepEqual(cues('The nurse follows the dosing order approved by the physician.'), ['physician-interprets: approved']);
  });
});

describe('stop 29, fifth round (h92-h95 and dossiers-blind15, opened after three unread measurements)', () => {
  test('choosing the patients a device suits is selection; choosing a treatment after reading the report is a reading', () => {
    assert.deepEqual(cues('For research uses, a clinician decides which patients it suits, across all age groups.'), []);
    assert.deepEqual(cues('The clinician decides which treatment the patient needs after reading the report.'), ['physician-interprets: clinician decides']);
  });

  test('a participle after a comma is the act of the person the sentence opens with; the software\'s own stays the software\'s', () => {
    assert.deepEqual(cues('Pharmacists with the right privileges build rules from lists of formulary drugs and laboratory tests, choosing whether a high or a low result should set each rule off.'), []);
    assert.deepEqual(cues('The software reviews each order, choosing whether to alert the pharmacist.'), ['assistive: choosing whether']);
  });

  test('ranking biopsies orders the work; ranking a tumour by its grade grades it', () => {
    assert.deepEqual(cues('It picks out abnormal slides and ranks biopsies by how serious the likely diagnosis is.'), ['assistive: picks', 'assistive: ranks biopsies']);
    assert.deepEqual(cues('It ranks each tumour by its predicted grade.'), ['augmentative: ranks']);
  });

  test('a care act the software does not do, taken up as the physician\'s decision, is no reading; the final diagnosis is', () => {
    assert.deepEqual(cues('The controller does not reverse the paralysis after surgery; that remains the anaesthesiologist\'s decision.'), []);
    assert.deepEqual(cues("The final diagnosis remains the radiologist's decision."), ["physician-interprets: remains the radiologist's decision"]);
  });

  test('a negated list with a pronoun object stays negated; voxels predicted to be a finding are marked, a risk predicted is a quantity', () => {
    assert.deepEqual(cues('The heatmap points the reader to the region; it does not grade the fracture, classify it or measure the displacement.'), ['assistive: heatmap points']);
    assert.deepEqual(cues('The network reads the angiogram and highlights the voxels it predicts to be part of an aneurysm.'), ['assistive: highlights']);
    assert.deepEqual(cues('The software predicts the risk of rupture for each aneurysm.'), ['augmentative: predicts']);
  });

  test('the software determining that a condition holds, or calling emergency services itself, is autonomous; a study, a hedge, a caregiver or a helped user is not', () => {
    assert.deepEqual(cues('The software determines that the patient is in cardiac arrest.'), ['autonomous: determines that']);
    assert.deepEqual(cues('The watch calls emergency services itself when the wearer does not respond.'), ['autonomous: calls emergency']);
    assert.deepEqual(cues('The study determined that the software was accurate.'), []);
    assert.deepEqual(cues('The software may determine that the patient is at risk.'), []);
    assert.deepEqual(cues('The software determines that the image quality is sufficient.'), ['assistive: determines that']);
    assert.deepEqual(cues('The caregiver calls 911 when the alarm sounds.'), []);
    assert.deepEqual(cues('The app lets the user call emergency services.'), []);
  });

  test('a vision or dental plan with no grounds to deny the fee once the code exists is a payer\'s promise', () => {
    assert.deepEqual(findPaymentClaims('With a Category III code in hand, vision plans will have no grounds to deny the refraction fee.').map((c) => c.phrase), ['plans will have no grounds to deny']);
    assert.deepEqual(findPaymentClaims('With a Category III code in hand, treatment plans will have no grounds to change.'), []);
  });
});
