/**
 * Round 11a of the prose analysis (issue 9): false alarms on true-class declarations and autonomous
 * wording (closed-loop therapy, self-fitting, results that go straight to a lay user). Families found
 * in the misses of every readable set, each as a user sees it: the cue kinds and phrases `findCues`
 * returns, the `classification-cue` findings (rule id, range, suggested class) and the assessment's
 * suggested class. Every sentence here was written for this file; each positive has a close wording
 * that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

/** What the assessment says the prose suggests for a dossier. */

describe('round 11a: a therapy changed "automatically" in an agentless passive is the device\'s act', () => {
  test('"insulin delivery is suspended automatically", "the oxygen flow is reduced automatically" are autonomous', () => {
    assert.deepEqual(cues('Insulin delivery is suspended automatically when sensor glucose falls below the threshold.'), ['autonomous: delivery is suspended']);
    assert.deepEqual(cues('The oxygen flow is reduced automatically once saturation recovers.'), ['autonomous: flow is reduced']);
    assert.deepEqual(cues('When the patient stops breathing, backup breaths are started automatically.'), ['autonomous: breaths are started']);
    assert.deepEqual(cues('The inspiratory pressure is lowered automatically as the patient\'s effort grows.'), ['autonomous: pressure is lowered']);
  });

  test('without the machine adverb, with a person as agent, or on data rather than therapy, it stays silent', () => {
    assert.deepEqual(cues('Insulin delivery is suspended when sensor glucose falls below the threshold.'), []);
    assert.deepEqual(cues('The oxygen flow is reduced by the nurse once saturation recovers.'), []);
    assert.deepEqual(cues('Automatically collected glucose values are reduced to hourly means.'), []);
  });

  test('an augmentative dossier whose pump suspends delivery automatically gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'Insulin delivery is suspended automatically when sensor glucose falls below the threshold.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:9-10:30 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('augmentative', 'Insulin delivery is suspended when sensor glucose falls below the threshold.')), []);
  });
});

describe('round 11a: "makes <object> uniform" names an effect, not an output the software makes', () => {
  test('a state word after a long object of "make" silences the output reading', () => {
    assert.deepEqual(cues('Our tool makes diagnostic reports from every reader consistent.'), []);
    assert.deepEqual(cues('The structured template makes the final reports of all readers comparable.'), []);
    assert.deepEqual(cues('Lung-RADS is a scheme that makes screening CT reports and the resulting management advice uniform.'), []);
  });

  test('making the report itself is still an output', () => {
    assert.deepEqual(cues('The software makes a screening report for each patient.'), ['autonomous: makes a screening report']);
    assert.deepEqual(cues('The software makes diagnostic reports and follow-up advice for each site.'), ['autonomous: makes diagnostic reports']);
  });

  test('an augmentative dossier that makes reports uniform is not told it reads autonomous', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'The software measures nodule volume. It makes screening reports and the follow-up advice uniform across sites.')), []);
    const making = dossier('augmentative', 'The software measures nodule volume. It makes screening reports for each site.');
    assert.deepEqual(cueFindings(making), ['classification-cue 10:41-10:64 autonomous']);
    assert.equal(suggested(making), 'autonomous');
  });
});

describe('round 11a: a two-way answer, or an output that "suggests whether", flags a case', () => {
  test('"a yes-or-no classification", "a binary classification", "a score suggesting whether" point a reader at a case', () => {
    assert.deepEqual(cues('The model outputs a binary classification indicating whether the study contains a bleed.'), ['assistive: outputs a binary classification', 'assistive: indicating']);
    assert.deepEqual(cues('Each ECG receives a yes-or-no classification of possible low ejection fraction.'), ['assistive: receives a yes-or-no classification']);
    assert.deepEqual(cues('The tool returns a score suggesting whether sepsis is likely.'), ['augmentative: returns a score', 'assistive: suggesting whether']);
  });

  test('a classification without the two-way qualifier, or the software itself deciding whether, keeps its class', () => {
    assert.deepEqual(cues('The software returns a classification of the nodule.'), ['augmentative: returns a classification']);
    assert.deepEqual(cues('The software suggests whether amyloidosis is present.'), ['autonomous: suggests whether']);
  });

  test('an assistive dossier whose software returns a yes-or-no classification is not told it reads higher', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The software returns a yes-or-no classification suggesting whether cardiac amyloidosis is present.')), []);
    assert.equal(suggested(dossier('assistive', 'The software returns a yes-or-no classification suggesting whether cardiac amyloidosis is present.')), 'assistive');
    const deciding = dossier('assistive', 'The software determines whether cardiac amyloidosis is present.');
    assert.deepEqual(cueFindings(deciding), ['classification-cue 10:14-10:32 autonomous']);
    assert.equal(suggested(deciding), 'autonomous');
  });
});

describe('round 11a: no physician between the output and the person who acts on it', () => {
  test('"without a doctor\'s review" (a possessive) denies the review, it does not name one', () => {
    assert.deepEqual(cues('The software issues the result without a doctor\'s review.'), ['autonomous: without a doctor\'s review']);
    assert.deepEqual(cues('The app gives the result without a cardiologist\'s interpretation.'), ['autonomous: without a cardiologist\'s interpretation']);
    assert.deepEqual(cues('The software issues the result after a doctor\'s review.'), ['physician-interprets: doctor\'s review']);
  });

  test('a lay person who acts on the output with no physician reviewing it is the autonomous case too', () => {
    assert.deepEqual(cues('The patient takes the suggested dose without a physician reviewing it.'), ['autonomous: without a physician reviewing']);
    assert.deepEqual(cues('Caregivers follow the spoken prompts without any doctor review.'), ['autonomous: without any doctor review']);
    assert.deepEqual(cues('The patient takes the dose without a glass of water.'), []);
    // (stop 30: a doctor's review before the wearer acts is a gate, read as with "takes it after a doctor's review"; never autonomous)
    assert.deepEqual(cues('The wearer injects it after a doctor\'s review.'), ['physician-interprets: doctor\'s review']);
  });

  test('an augmentative dossier whose output reaches caregivers with no doctor review is told it reads autonomous', () => {
    const text = dossier('augmentative', 'The software measures the lesion. Caregivers follow the spoken prompts without any doctor review.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:72-10:97 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    const released = dossier('augmentative', 'The software measures the lesion. It releases the result without a doctor\'s review.');
    assert.deepEqual(cueFindings(released), ['classification-cue 10:58-10:83 autonomous']);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The software measures the lesion. Caregivers follow the spoken prompts after a doctor\'s review.')), []);
  });
});

describe('round 11a: a device that has a person press the therapy button decided the therapy', () => {
  test('"has the user press the flashing button to deliver it", "makes the operator push the shock button" are autonomous', () => {
    assert.deepEqual(cues('The semi-automatic model instead has the user press the flashing button to deliver it.'), ['autonomous: has the user press the flashing button']);
    assert.deepEqual(cues('Once charged, the defibrillator has the responder press the button that releases the charge.'), ['autonomous: has the responder press the button']);
    assert.deepEqual(cues('The trainer unit makes the operator push the shock button.'), ['autonomous: makes the operator push the shock button']);
    assert.deepEqual(cues('The device gets the bystander to press the flashing button that delivers therapy.'), ['autonomous: gets the bystander to press the flashing button', 'autonomous: delivers therapy']);
  });

  test('any other button, another act, or a denied causative stays silent', () => {
    assert.deepEqual(cues('The unit has the rescuer press the power button to switch it on.'), []);
    assert.deepEqual(cues('The unit has the rescuer press the button to start the recording.'), []);
    assert.deepEqual(cues('The app has the patient enter the carbohydrate count.'), []);
    assert.deepEqual(cues('The unit does not have the rescuer press the shock button.'), []);
  });

  test('an assistive dossier whose defibrillator has the responder press the therapy button is told it reads autonomous', () => {
    const text = dossier('assistive', 'The defibrillator has the responder press the button that releases the charge.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:19-10:53 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('assistive', 'The defibrillator has the responder press the button that starts the recording.')), []);
  });
});

describe('round 11a: a therapy that follows the patient\'s need is set by the device (closed loop said without a verb of change)', () => {
  test('"delivers airway pressure as the patient needs", "supplies pressure in proportion to the patient\'s effort" are autonomous', () => {
    assert.deepEqual(cues('The device delivers airway pressure as the patient needs.'), ['autonomous: delivers airway pressure']);
    assert.deepEqual(cues('The ventilator supplies pressure in proportion to the patient\'s effort.'), ['autonomous: supplies pressure']);
    assert.deepEqual(cues('The pump keeps adapting as the wearer\'s needs change.'), ['autonomous: adapting']);
    assert.deepEqual(cues('The ventilator gives oxygen according to the patient\'s demand.'), ['autonomous: gives oxygen']);
  });

  test('a participle clause after a comma is its subject\'s act: ", producing airway pressure as the patient requires"', () => {
    assert.deepEqual(cues('The flow generators are microprocessor-controlled, producing airway pressure as the patient requires.'), ['autonomous: producing airway pressure']);
    assert.deepEqual(cues('The pump is small and wearable, delivering pressure as the patient needs.'), ['autonomous: delivering pressure']);
  });

  test('a therapy at a set or prescribed level, or something other than a therapy fitted to the patient, stays silent', () => {
    assert.deepEqual(cues('The device delivers airway pressure as prescribed.'), []);
    assert.deepEqual(cues('The ventilator supplies pressure in proportion to the set level.'), []);
    assert.deepEqual(cues('The pump is small and wearable, delivering pressure at the prescribed level.'), []);
    assert.deepEqual(cues('The software adjusts the display to the user\'s needs.'), []);
  });

  test('an augmentative dossier whose ventilator follows the patient\'s effort is told it reads autonomous', () => {
    const text = dossier('augmentative', 'The ventilator supplies pressure in proportion to the patient\'s effort.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:16-10:33 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The ventilator supplies pressure in proportion to the set level.')), []);
  });
});

describe('round 11a: fitting the therapy settings to one patient decides the therapy (self-fitting, personalised settings)', () => {
  test('"proposes personalized comfort settings", "tailors the pulse pattern to the individual patient" are autonomous', () => {
    assert.deepEqual(cues('The algorithm proposes personalized comfort settings for each user.'), ['autonomous: proposes personalized comfort settings']);
    assert.deepEqual(cues('During setup, the app tailors the pulse pattern to the tremor of the individual patient.'), ['autonomous: tailors the pulse pattern to the tremor of the individual']);
    assert.deepEqual(cues('The software customises the hearing settings to the wearer\'s audiogram.'), ['autonomous: customises the hearing settings to the wearer\'s']);
  });

  test('an automated process as the subject acts for the software; a manual one does not', () => {
    assert.deepEqual(cues('An automated calibration tailors the pulse pattern to the individual patient.'), ['autonomous: tailors the pulse pattern to the individual']);
    assert.deepEqual(cues('A manual calibration tailors the pulse pattern to the individual patient.'), []);
  });

  test('display or report settings, settings for no patient, or a clinician fitting them stay silent', () => {
    assert.deepEqual(cues('The app lets users customise the display settings.'), []);
    assert.deepEqual(cues('The software proposes settings for the report layout.'), []);
    assert.deepEqual(cues('The software recommends scan parameters for each patient.'), []);
    assert.deepEqual(cues('The clinician tailors the pulse pattern to the individual patient.'), []);
  });

  test('an augmentative dossier whose algorithm proposes personalised settings is told it reads autonomous', () => {
    const text = dossier('augmentative', 'The algorithm proposes personalized comfort settings for each user.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:15-10:53 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The software proposes settings for the report layout.')), []);
  });
});

describe('round 11a: product names that end in a verb-like word, and proportional assist', () => {
  test('"The Cardiac Status Monitor diagnoses …": the capitalised word ends the name and the -s word is the verb', () => {
    assert.deepEqual(cues('The Cardiac Status Monitor diagnoses atrial fibrillation in adults.'), ['autonomous: diagnoses']);
    assert.deepEqual(cues('Neuro Status Monitor diagnoses seizures in the ICU.'), ['autonomous: diagnoses']);
    assert.deepEqual(cues('The Cardiac Status Monitor records atrial fibrillation episodes in adults.'), []);
    assert.deepEqual(cues('The Cardiac Status Monitor is used by cardiologists who diagnose atrial fibrillation.'), []);
  });

  test('amplifying the inspiratory effort gives the support itself; amplifying sound does not', () => {
    assert.deepEqual(cues('Respiratory Assist amplifies the inspiratory effort of each breath.'), ['autonomous: amplifies the inspiratory']);
    assert.deepEqual(cues('The ventilator amplifies the patient\'s inspiratory effort.'), ['autonomous: amplifies the patient\'s inspiratory']);
    assert.deepEqual(cues('The hearing aid amplifies sound for adults.'), []);
  });

  test('an augmentative dossier whose named monitor diagnoses is told it reads autonomous', () => {
    const text = dossier('augmentative', 'The Cardiac Status Monitor diagnoses atrial fibrillation in adults.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:28-10:37 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The Cardiac Status Monitor records atrial fibrillation episodes in adults.')), []);
  });
});

describe('round 11a: the device\'s own parts act, and "and" after a time clause about the patient returns to the device', () => {
  test('circuitry, a blower or a concentrator acting on the therapy is the device acting', () => {
    assert.deepEqual(cues('The implant\'s circuitry delivers a shock when ventricular fibrillation is sensed.'), ['autonomous: delivers a shock']);
    assert.deepEqual(cues('The blower raises the pressure whenever apneas occur.'), ['autonomous: raises the pressure']);
    assert.deepEqual(cues('A battery and circuitry that supply pacing therapy sit inside the case.'), ['autonomous: supply pacing']);
    assert.deepEqual(cues('The circuitry stores the recordings for later review.'), []);
  });

  test('"releases oxygen only while the wearer breathes in and adjusts the flow": the device adjusts it, not the wearer', () => {
    assert.deepEqual(cues('The system releases oxygen only while the wearer breathes in and adjusts the flow to hold saturation at target.'), ['autonomous: adjusts the flow']);
    assert.deepEqual(cues('The system releases oxygen only while the wearer breathes in and records each breath.'), []);
    assert.deepEqual(cues('The system releases oxygen only while the wearer breathes in and he adjusts the flow.'), []);
  });

  test('an augmentative dossier whose device adjusts the flow after such a time clause is told it reads autonomous', () => {
    const text = dossier('augmentative', 'The system releases oxygen only while the wearer breathes in and adjusts the flow to hold saturation at target.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:66-10:82 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('augmentative', 'The system releases oxygen only while the wearer breathes in and records each breath.')), []);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The implant\'s circuitry delivers a shock when ventricular fibrillation is sensed.')), ['classification-cue 10:25-10:41 autonomous']);
  });
});

describe('round 11a: a therapy whose amount a person chose, or that a person starts by hand, is no decision of the device', () => {
  test('"at the basal rate the patient programs", "the bolus chosen by the physician", "by hand", "manually" stay silent', () => {
    assert.deepEqual(cues('The pump delivers insulin at the basal rate the patient programs.'), []);
    assert.deepEqual(cues('The pump gives boluses in amounts that the user selects.'), []);
    assert.deepEqual(cues('The generator starts a stimulation by hand.'), []);
  });

  test('an amount the device works out, or a start it makes itself, keeps its autonomous cue', () => {
    assert.deepEqual(cues('The pump delivers insulin at the basal rate it calculates.'), ['autonomous: delivers insulin', 'augmentative: calculates']);
    assert.deepEqual(cues('The generator starts a stimulation when a seizure is detected.'), ['autonomous: starts a stimulation', 'assistive: detected']);
  });

  test('an augmentative dossier is told it reads autonomous only when the device chose the amount', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'The pump delivers insulin at the basal rate the patient programs.')), []);
    const chosen = dossier('augmentative', 'The pump delivers insulin at the basal rate it calculates.');
    assert.deepEqual(cueFindings(chosen), ['classification-cue 10:10-10:26 autonomous']);
    assert.equal(suggested(chosen), 'autonomous');
  });
});
