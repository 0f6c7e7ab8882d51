/**
 * Stop 31 of the prose analysis (issue 9): misreadings found in the sets built blind in stop 30 (h120-h127 and
 * dossiers-blind22/23), measured unread twice, then opened. Each fix is a class of wording, not a sentence: every
 * sentence here was written for this file, and each reading has a close wording that keeps the older reading beside it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cuePhrases as cues } from './helpers';

describe('stop 31: who acts', () => {
  test('"One of the consultant radiologists", "Each of our pathologists": a part of a group of physicians is a physician', () => {
    assert.deepEqual(cues("One of the hospital's consultant radiologists will always make the final diagnosis."), ['physician-interprets: make the final diagnosis']);
    assert.deepEqual(cues('Each of our pathologists signs out the case and makes the diagnosis.'), ['physician-interprets: pathologists signs', 'physician-interprets: makes the diagnosis']);
  });

  test('a part of the outputs is still the output', () => {
    assert.deepEqual(cues('One of the outputs is a risk score.'), ['augmentative: outputs is a risk score']);
  });
});

describe('stop 31: what a study says about the software', () => {
  test('people "treated with" the product are a study arm, not the software treating', () => {
    assert.deepEqual(cues('In a comparison of 150 women treated with FolliPlan and 150 matched controls, fewer injections were needed.'), []);
    assert.deepEqual(cues('Cycles treated with the advice had more mature eggs.'), []);
  });

  test('the device that treats patients itself still treats', () => {
    assert.deepEqual(cues('The pump treats patients with hypoglycaemia by suspending insulin on its own.'), ['autonomous: treats', 'autonomous: suspending insulin']);
  });

  test('"assessed how accurately the software diagnoses": how well it does the act is what a study measured', () => {
    assert.deepEqual(cues('We assessed how accurately the software diagnoses suspected melanoma in a retrospective study.'), []);
    assert.deepEqual(cues('The study evaluated how well the algorithm classifies polyps.'), []);
  });

  test('the act itself, with its accuracy reported after it, stays', () => {
    assert.deepEqual(cues('The software diagnoses melanoma and reports how accurately it did so.'), ['autonomous: diagnoses']);
  });
});

describe('stop 31: prospects and wishes', () => {
  test('"a possible role for the app in estimating": a role foreseen is no output', () => {
    assert.deepEqual(cues('The authors see a possible role for the tool in estimating caries indices across populations.'), []);
  });

  test('a role the software plays now stays its work', () => {
    assert.deepEqual(cues('The software plays a key role in estimating the ejection fraction.'), ['augmentative: estimating']);
  });

  test('what people asked for, in a relative clause with "would", and each "would" that continues it, is wished', () => {
    assert.deepEqual(cues('Clinicians asked for an alert that would be accurate, would reach them in real time, and would come with treatment recommendations they could act on.'), []);
  });

  test('a "would" on what a therapy prevents leaves the therapy read', () => {
    assert.deepEqual(cues('The pump suspends insulin, which would otherwise cause a low.'), ['autonomous: suspends insulin']);
  });
});

describe('stop 31: care as it is done without the product', () => {
  test('"At present, X is diagnosed by ophthalmologists": the practice before the product is no reading of its output', () => {
    assert.deepEqual(cues('At present, retinopathy of prematurity is diagnosed by experienced ophthalmologists using indirect ophthalmoscopy.'), []);
    assert.deepEqual(cues('Until now, each slide has been reviewed by a pathologist under the microscope.'), []);
    assert.deepEqual(cues('At present, ROP is diagnosed by experienced ophthalmologists using indirect ophthalmoscopy.'), []);
  });

  test('the same opening with the product named is its workflow', () => {
    assert.deepEqual(cues('At present, the radiologist confirms each flag the software raises.'), ['physician-interprets: radiologist confirms']);
    assert.deepEqual(cues('At present, the radiologist confirms each flag SkinScreen raises.'), ['physician-interprets: radiologist confirms']);
  });
});

describe('stop 31: verbs the tagger took for nouns', () => {
  test('"both diagnoses … and decides": two verbs of the subject', () => {
    assert.deepEqual(cues('The AI both diagnoses cataract and decides on referral to specialists.'), ['autonomous: diagnoses', 'autonomous: decides on referral']);
  });

  test('"and so diagnoses", "and thus flags": the next verb of the subject', () => {
    assert.deepEqual(cues('The algorithm classifies the rhythm in each recording and so diagnoses atrial fibrillation automatically.'), ['augmentative: classifies', 'autonomous: diagnoses']);
  });
});

describe('stop 31: a stimulator or laser that switches its therapy itself', () => {
  test('"turns the stimulation on and off by itself", "switches the stimulation on when …", "fires the laser sequence on its own"', () => {
    assert.deepEqual(cues('The device turns the stimulation on and off by itself.'), ['autonomous: turns the stimulation']);
    assert.deepEqual(cues('The device switches the stimulation on when the swing phase begins.'), ['autonomous: switches the stimulation']);
    assert.deepEqual(cues('The device then fires the complete laser sequence on its own.'), ['autonomous: fires the complete laser']);
  });

  test('a person who switches or fires it is no autonomy', () => {
    assert.deepEqual(cues('The clinician can turn the stimulation off at any time.'), []);
    assert.deepEqual(cues('The surgeon fires the laser.'), []);
  });
});

describe('stop 31: collections and choices', () => {
  test('"A set of algorithms computes", "A panel of radiologists reviews": a collection acts as its members', () => {
    assert.deepEqual(cues('A set of algorithms then computes two outputs: the apnea index and total sleep time.'), ['augmentative: computes']);
    assert.deepEqual(cues('A panel of radiologists reviews every case.'), ['physician-interprets: radiologists reviews']);
  });

  test('a collection of people who only keep the system running reads nothing', () => {
    assert.deepEqual(cues('A team of engineers maintains the system.'), []);
  });

  test('a choice the software makes in a clinician\'s stead is its care decision', () => {
    assert.deepEqual(cues('In the study arm the embryo transferred is the one chosen by the software rather than one picked by the embryologist.'), ['autonomous: chosen by the software']);
    assert.deepEqual(cues('The dose given is the one set by the algorithm instead of by the physician.'), ['autonomous: set by the algorithm']);
  });

  test('the clinician choosing instead of the software, a denied choice, or a maker\'s setting is none', () => {
    assert.deepEqual(cues('The embryo transferred is the one chosen by the embryologist rather than by the software.'), []);
    assert.deepEqual(cues('The threshold is set by the manufacturer rather than by the physician.'), []);
  });
});

describe('stop 31: quantities', () => {
  test('"determines the apnea-hypopnea index", "reports the calculated dimensions": an index or a size worked out', () => {
    assert.deepEqual(cues('From the recorded signals, the system determines total sleep time and the apnea-hypopnea index.'), ['augmentative: determines total sleep time and the apnea-hypopnea index']);
    assert.deepEqual(cues('It reports the calculated dimensions of the arterial segments as quantitative information.'), ['augmentative: reports the calculated dimensions']);
  });

  test('a position worked out, or a physician who judges the severity, is none', () => {
    assert.deepEqual(cues('The system determines the position of the probe.'), []);
    assert.deepEqual(cues('The physician determines the severity of the stenosis.'), []);
  });

  test('"identifies patients … who are at high risk": the people\'s relative clause gives the risk', () => {
    assert.deepEqual(cues('Our model identifies patients scheduled for surgery who are at high risk of death.'), ['augmentative: identifies']);
  });

  test('people found somewhere, or cases at risk of a late read, are no risk output', () => {
    assert.deepEqual(cues('The tool identifies patients who are at home.'), ['assistive: identifies']);
    assert.deepEqual(cues('The model flags studies that are at risk of being read late.'), ['assistive: flags']);
  });

  test('"Its Ki67 indices agreed with manual scoring": the software\'s own quantities in a validation', () => {
    assert.deepEqual(cues('Its Ki67 indices agreed closely with manual scoring by a pathologist.'), ['augmentative: Its Ki67 indices']);
    assert.deepEqual(cues('Its ratings fell within one point of the clinician\'s in 95% of cases.'), ['augmentative: Its ratings']);
    assert.deepEqual(cues("The algorithm's volume measurements agreed with the reference."), ["augmentative: algorithm's volume measurements"]);
  });

  test('its accuracy, a patient\'s scores, or scores denied or hedged are none', () => {
    assert.deepEqual(cues('Its sensitivity was 94 %.'), []);
    assert.deepEqual(cues("The patient's scores improved."), []);
    assert.deepEqual(cues('Its scores were not compared with a reference.'), []);
    assert.deepEqual(cues('Its scores may differ from the reference.'), []);
  });
});

describe('stop 31: leftovers of stop 30\'s reviewers', () => {
  test('a report the software moves to a record by itself is transport, not a conclusion', () => {
    assert.deepEqual(cues('The software sends the report to the electronic health record automatically.'), []);
  });

  test('a result sent to the patient by itself, a shock given by itself, a final report issued by itself stay autonomous', () => {
    assert.deepEqual(cues('The software sends the report to the patient automatically.'), ['autonomous: sends the report']);
    assert.deepEqual(cues('The device delivers the shock automatically.'), ['autonomous: delivers the shock']);
    assert.deepEqual(cues('The system issues the final report automatically.'), ['autonomous: issues the final report']);
  });

  test('"It is the radiologist who decides whether the nodule is malignant": the cleft names who decides on the finding', () => {
    assert.deepEqual(cues('It is the radiologist who decides whether the nodule is malignant.'), ['physician-interprets: decides']);
  });

  test('the same cleft deciding on the software\'s suggestion, or on care, is no reading', () => {
    assert.deepEqual(cues('It is the radiologist who decides whether to accept the suggestion.'), []);
    assert.deepEqual(cues('The radiologist who decides on follow-up is paged.'), []);
    // (an "AI cardiologist" is the product's name for itself, not a physician)
    assert.ok(!cues('They describe it as an AI cardiologist that diagnoses ECGs of any length.').some((c) => c.startsWith('physician-interprets')));
  });
});

describe('stop 31: relative clauses and what data are sent on for', () => {
  test('"a trial verifying a system that detects landmarks": the relative clause is the system\'s, past the verb before it', () => {
    assert.deepEqual(cues('The group completed a trial verifying a system that detects anatomical landmarks in real time.'), ['assistive: detects']);
  });

  test('"routes them onward to be graded": what the data are sent on for is the receiver\'s act', () => {
    assert.deepEqual(cues('The captured images then flow to cloud software that accepts them and routes them onward to be graded.'), []);
  });

  test('grading the software does itself, before or after sending, stays its work', () => {
    assert.deepEqual(cues('The software grades the images and sends them to be reviewed.'), ['augmentative: grades']);
    assert.deepEqual(cues('The images are sent to be graded by the software automatically.'), ['augmentative: graded']);
  });
});

describe('stop 31: telling cases apart', () => {
  test('"distinguishes images that may contain cancer" points cases out; "distinguishes benign from malignant" characterises', () => {
    assert.deepEqual(cues('The software distinguishes images that may contain cancer and marks the suspected area.'), ['assistive: distinguishes', 'assistive: marks']);
    assert.deepEqual(cues('The software distinguishes benign from malignant nodules.'), ['augmentative: distinguishes']);
    assert.deepEqual(cues('It differentiates between the subtypes of stroke.'), ['augmentative: differentiates']);
  });

  test('a physician who tells patterns apart, or a difficulty of telling them apart, is no output', () => {
    assert.deepEqual(cues('The physician distinguishes the two patterns.'), []);
    assert.deepEqual(cues('It is hard to distinguish artefact from seizure.'), []);
  });
});

describe('stop 31, review: over-reaches of this stop\'s readings', () => {
  test('a study arm is any group "treated with" the product; treated "by" the pump is the pump\'s act', () => {
    assert.deepEqual(cues('Wounds treated with the laser healed faster.'), []);
    assert.deepEqual(cues('Veterans treated with the app reported fewer symptoms.'), []);
  });

  test('how accurately it acts "on its own" still says it acts', () => {
    assert.deepEqual(cues('We assessed how accurately the pump doses insulin on its own.'), ['autonomous: doses insulin']);
  });

  test('the software\'s own suggestion is no wish; a tool asked for that "could" or "will" act is', () => {
    assert.deepEqual(cues('The system suggests a treatment plan that would be delivered without physician approval.'), ['autonomous: suggests a treatment', 'autonomous: without physician approval']);
    assert.deepEqual(cues('Clinicians asked for a tool that could diagnose stroke.'), []);
    assert.deepEqual(cues('Surgeons wanted a system that would diagnose malignancy intraoperatively.'), []);
    assert.deepEqual(cues('There may be a role for the software in grading retinopathy in primary care.'), []);
  });

  test('"in clinical practice" is the product in use, and an output named makes it the product\'s workflow', () => {
    assert.deepEqual(cues('In clinical practice, the radiologist reviews each detection and makes the final diagnosis.'), ['physician-interprets: radiologist reviews', 'physician-interprets: makes the final diagnosis']);
    assert.deepEqual(cues('At present, the reading radiologist confirms every marked nodule.'), ['physician-interprets: radiologist confirms']);
  });

  test('a choice made by the software is a care decision only for a care object, and only with no review after it', () => {
    assert.deepEqual(cues('The default display is set by the software rather than by the user.'), []);
    assert.deepEqual(cues('The dose chosen by the algorithm rather than by the physician was then reviewed by the physician before administration.'), []);
  });

  test('a size worked out is no clinical quantity; a non-clinical risk is no risk estimate', () => {
    assert.deepEqual(cues('The app determines the size of the font.'), []);
    assert.deepEqual(cues('The software identifies patients who are at risk of missing their appointment.'), ['assistive: identifies']);
    assert.deepEqual(cues('The tool identifies inpatients who are at increased risk of falls.'), ['augmentative: identifies']);
    assert.deepEqual(cues('The model identifies patients who are most at risk of deterioration.'), ['augmentative: identifies']);
  });

  test('the software\'s quantities count only when set against a reference', () => {
    assert.deepEqual(cues('Its scores on the System Usability Scale averaged 82.'), []);
    assert.deepEqual(cues('Its measurements were used to train the model.'), []);
    assert.deepEqual(cues('In the validation, its Ki67 indices agreed closely with manual scoring by a pathologist.'), ['augmentative: its Ki67 indices']);
    assert.deepEqual(cues("Its EF values were within 5 points of the echocardiographer's."), ['augmentative: Its EF values']);
  });

  test('a report sent to the patient\'s own phone reaches the patient', () => {
    assert.deepEqual(cues("The software sends the report to the patient's phone automatically."), ['autonomous: sends the report']);
  });

  test('an "AI radiologist" or "AI cardiologist" is the software, in a part, a cleft or a relative clause', () => {
    assert.deepEqual(cues('One of the AI radiologists diagnoses fractures.'), ['autonomous: diagnoses']);
    assert.deepEqual(cues('It is the AI cardiologist that decides whether the rhythm is atrial fibrillation.'), ['autonomous: decides whether']);
  });

  test('a cleft that decides on a workflow step is no reading', () => {
    assert.deepEqual(cues('It is the radiologist who decides whether to use the software.'), []);
    assert.deepEqual(cues('It is the radiologist who decides whether the study is sent for AI analysis.'), []);
  });
});
