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
