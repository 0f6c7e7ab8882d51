/**
 * Round 18b of the prose analysis (issue 9): outputs named as nouns, and hardware that only senses. An output that is
 * the subject of a verb of expressing ("the grade reflects …"), the subject or complement of "be" ("the first result is a
 * stiffness index", "grading is fully automatic"), the object of a person's receiving ("patients receive a frailty
 * rating") or the number data are turned into ("summarises … as one number") is read as the service's output. A sensor,
 * probe or meter that measures or sends a raw value, a vital sign derived straight from a sensor's signal, and another
 * device's measurement a decision is to rest on are acquisition, not output. Every sentence here was written for this
 * file; each positive has close wordings that stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 18b: an output named as the subject of a verb of expressing', () => {
  test('a score, grade, rating or index that reflects, expresses, counts or captures something is an output; close wordings stay silent', () => {
    assert.deepEqual(cues('The grade reflects how far the scarring has spread.'), ['augmentative: grade reflects']);
    assert.deepEqual(cues('Each rating expresses the chance that the mole is malignant.'), ['augmentative: rating expresses the chance']); // (stop 48: "chance" is a likelihood noun, so the phrase runs to it)
    assert.deepEqual(cues('The index counts the segments whose wall motion is reduced.'), ['augmentative: index counts']);
    assert.deepEqual(cues('The burden score captures how much plaque lines the vessels.'), ['augmentative: score captures']);
    assert.deepEqual(cues('The score of each patient reflects the risk of a fall.'), ['augmentative: score of each patient reflects']);
    // No output noun, a person's own rating or one a person gives, a study statistic or a negation stay silent.
    assert.deepEqual(cues('The score given by the nurse reflects pain.'), []);
    assert.deepEqual(cues('The reflection of the light varies with skin tone.'), []);
    assert.deepEqual(cues("The patient's own rating reflects how tired they feel."), []);
    assert.deepEqual(cues('The F1 score reflects agreement with the expert panel.'), []);
    assert.deepEqual(cues('The score does not reflect how likely the disease is.'), []);
  });

  test('notifications and warnings that go off are an assistive output; a negation or a person firing stay silent', () => {
    assert.deepEqual(cues('Notifications fire when the heart rate climbs above the limit.'), ['assistive: Notifications fire']);
    assert.deepEqual(cues('Warnings sound when the tube slips out of place.'), ['assistive: Warnings sound']);
    assert.deepEqual(cues('Notifications never fire when the phone is muted.'), []);
    assert.deepEqual(cues('Clinicians fire questions when the report is unclear.'), []);
  });

  test('an assistive dossier whose score reflects a likelihood gets an augmentative finding', () => {
    const text = dossier('assistive', 'The software flags chest CT studies with a suspected lung nodule.', 'For each flagged nodule, the malignancy score reflects how likely the nodule is to be cancer.');
    assert.deepEqual(cueFindings(text), ['classification-cue 11:41-11:55 augmentative']);
    assert.equal(suggested(text), 'augmentative');
  });
});

describe('round 18b: an output defined by "be", or received by a person', () => {
  test('a result or output whose complement is a quantity, and a quantifying act said to be automatic; close wordings stay silent', () => {
    assert.deepEqual(cues('The first result is a stiffness index for every liver segment.'), ['augmentative: result is a stiffness index']);
    assert.deepEqual(cues('Its main output is a fibrosis score between 0 and 4.'), ['augmentative: output is a fibrosis score']);
    assert.deepEqual(cues('Grading is fully automatic.'), ['augmentative: Grading is fully automatic']);
    assert.deepEqual(cues('Measurement is automated for every chamber.'), ['augmentative: Measurement is automated']);
    assert.deepEqual(cues('The result is a number between 0 and 1.'), ['augmentative: result is a number']);
    assert.deepEqual(cues('The ejection fraction is the main output.'), ['augmentative: fraction is the main output']);
    assert.deepEqual(cues('What the app delivers is a grade for every knee.'), ['augmentative: delivers is a grade']);
    assert.deepEqual(cues('Its score ranges from 0 to 100 and reflects the amount of emphysema.'), ['augmentative: score ranges']);
    // A complement that is no quantity, an input, a person scoring or a negation stay silent.
    assert.deepEqual(cues('What the app delivers is a smoother workflow.'), []);
    assert.deepEqual(cues('The heart is the main organ studied.'), []);
    assert.deepEqual(cues('Patient ages range from 18 to 90.'), []);
    assert.deepEqual(cues('The first result is a list of studies that were uploaded.'), []);
    assert.deepEqual(cues('The input is a CT volume of the chest.'), []);
    assert.deepEqual(cues('Scoring is done by the sleep technologist.'), []);
    assert.deepEqual(cues('Grading is not automatic.'), []);
  });

  test('a quantity a patient or a clinician receives is the service\'s output; training, images or a notification are not read so', () => {
    assert.deepEqual(cues('Patients receive a frailty rating after each visit.'), ['augmentative: receive a frailty rating']);
    assert.deepEqual(cues('Patients receive training on the app.'), []);
    assert.deepEqual(cues('Patients receive a frailty rating from the nurse after each visit.'), []);
    assert.deepEqual(cues('Clinicians receive the images from the scanner.'), []);
    assert.deepEqual(cues('Clinicians who receive a notification open the study.'), []);
    const text = dossier('assistive', 'The software flags knee radiographs with suspected arthritis.', 'Users receive a severity rating for each knee.');
    assert.deepEqual(cueFindings(text), ['classification-cue 11:7-11:32 augmentative']);
  });

  test('data summarised or expressed "as one number" far from the verb give a figure; "as a PDF" does not', () => {
    assert.deepEqual(cues("The app summarises the night's breathing effort for the sleep clinic as one number."), ["augmentative: summarises the night's breathing effort for the sleep clinic as one number"]);
    assert.deepEqual(cues("The monitor expresses the patient's overall ventilation each minute as a single value."), ["augmentative: expresses the patient's overall ventilation each minute as a single value"]);
    assert.deepEqual(cues("The app summarises the night's breathing effort for the sleep clinic as a PDF."), []);
    assert.deepEqual(cues('The software does not turn the scan into numbers.'), []);
  });
});

describe('round 18b: a verb coordinated past a list or an embedded question keeps the earlier subject', () => {
  test('"and reports a volume" after a list of objects or after "which … are …" is the software\'s; a new subject keeps its own act', () => {
    assert.deepEqual(cues('The summary tells which chambers are enlarged and reports each chamber volume.'), ['augmentative: reports each chamber volume']);
    assert.deepEqual(cues('The summary tells which chambers are enlarged and the cardiologist reports each volume.'), []);
    assert.deepEqual(cues('The tool segments the liver, the spleen, the kidneys and reports a volume for each.'), ['augmentative: reports a volume']);
    assert.deepEqual(cues('The tool looks at features of that process, such as pauses, and yields a score of memory.'), ['augmentative: yields a score']);
    // "build" is a verb, so the verb coordinated after its object is found too.
    assert.deepEqual(cues('Two neural networks build a mesh of the aorta and compute the FFR values along it.'), ['augmentative: compute']);
    assert.deepEqual(cues('A model built with gradient boosting reads each chest film and identifies the ones with a suspected pneumothorax.'), ['assistive: identifies']);
  });
});

describe('round 18b: measurements that flow into a report', () => {
  test('measurements or volumes that go or flow into a report were made by the software; images, blood flow and people are not read so', () => {
    assert.deepEqual(cues('Those measurements flow into a draft report.'), ['augmentative: measurements flow']);
    assert.deepEqual(cues('The volumes flow into the radiology report.'), ['augmentative: volumes flow']);
    assert.deepEqual(cues('The measurements go into the structured report.'), ['augmentative: measurements go']);
    assert.deepEqual(cues('Blood flow to the brain is reduced.'), []);
    assert.deepEqual(cues('The images flow into the archive.'), []);
    assert.deepEqual(cues('Clinicians go to the reading room.'), []);
  });
});

describe('round 18b: a screen shows what follows', () => {
  test('"the bedside screen shows a sedation index" reads "shows" as the verb; prompts carried by a channel stay plural nouns', () => {
    assert.deepEqual(cues('The bedside screen shows a sedation index for the last hour.'), ['augmentative: shows a sedation index']);
    assert.deepEqual(cues('On-screen prompts guide the user through the scan.'), []);
    assert.deepEqual(cues('Voice prompts tell the rescuer when to stand clear.'), ['assistive: tell the rescuer when']);
  });
});

describe('round 18b: a quantifying act the software carries out', () => {
  test('takes, performs or carries out measurements, morphometry or scoring; a person, a measure taken for privacy or a negation stay silent', () => {
    assert.deepEqual(cues('The tool takes every caliper measurement on its own.'), ['augmentative: takes every caliper measurement']);
    assert.deepEqual(cues('The platform performs automated morphometry of the hippocampus.'), ['augmentative: performs automated morphometry']);
    assert.deepEqual(cues('The software carries out the scoring of each night in under a minute.'), ['augmentative: carries out the scoring']);
    assert.deepEqual(cues('The sonographer takes the measurements by hand.'), []);
    assert.deepEqual(cues("The app takes measures to protect the user's privacy."), []);
    assert.deepEqual(cues('The software does not take any measurements.'), []);
  });
});

describe('round 18b: hardware that only senses is an input', () => {
  test('a sensor, probe or electrode measuring or sending a raw value shows no augmentative output', () => {
    assert.deepEqual(cues('A skin patch sensor measures skin impedance every minute.'), []);
    assert.deepEqual(cues('An ear-clip probe transmits pulse and oxygen saturation to the tablet.'), []);
    assert.deepEqual(cues("The sock's sensor collects a light signal from which pulse rate and oxygen saturation are derived."), []);
    assert.deepEqual(cues('The oximeter measures oxygen saturation and pulse rate.'), []);
    assert.deepEqual(cues('Two electrodes measure the bioimpedance of the chest.'), []);
    assert.deepEqual(cues('Glucose values measured by the sensor are shown on the receiver.'), []);
    // The software measuring, or a probe measuring a size, stays augmentative.
    assert.deepEqual(cues('The app measures oxygen saturation from the camera image.'), ['augmentative: measures']);
    assert.deepEqual(cues('The probe measures the diameter of the aorta.'), ['augmentative: measures']);
    const text = dossier('assistive', 'The app alerts the wearer when the pulse is irregular.', 'The patch sensor sends a skin impedance measurement every minute to the phone.');
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'assistive');
  });

  test('a meter measurement a dose decision is to rest on is an instruction; the software\'s own quantities stay augmentative', () => {
    assert.deepEqual(cues('Every dose adjustment should rest on a fingerstick meter measurement rather than the sensor value.'), []);
    assert.deepEqual(cues('Each therapy adjustment should rely on a home meter measurement.'), []);
    // The software's own quantity stays an output, whatever rests on it.
    assert.deepEqual(cues("Every dose adjustment should rest on the software's risk score."), ['augmentative: score']);
    // The software's own quantities, and a measurement said to be quantitative, stay augmentative.
    assert.deepEqual(cues('The sensor patch computes a hydration index from the impedance.'), ['augmentative: computes']);
    assert.deepEqual(cues('The app measures skin impedance and computes a stress index.'), ['augmentative: measures', 'augmentative: computes']);
    assert.deepEqual(cues('The software derives respiratory rate from the chest-band signal.'), ['augmentative: derives']);
    assert.deepEqual(cues('The meter measures ketones quantitatively in a drop of blood.'), ['augmentative: measures']);
    assert.deepEqual(cues('The probe quantifies blood flow in the aorta.'), ['augmentative: quantifies']);
  });
});
