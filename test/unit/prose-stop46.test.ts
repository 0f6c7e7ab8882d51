/**
 * Stop 46 of the prose analysis (issue 9): readings missing in the batch built blind in stop 45 (AG: h200-h203), opened
 * this stop. Every sentence here was written for this file (none is AG's); each group keeps a close wording whose older
 * reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const agent = (text: string): string => analyseSentence(text).agent;

describe('stop 46: "you"', () => {
  test('"you" is the reader spoken to, never the software', () => {
    assert.equal(agent('You take the reading before breakfast and the app stores it.'), 'other');
    // (it used to read as the product, so a patient's own decision read as the software's conclusion)
    assert.deepEqual(kinds('You make the final call on the diagnosis yourself.'), []);
  });

  test('"you" reading or interpreting a case is a clinician reading it', () => {
    assert.deepEqual(kinds('You still need to read every scan yourself before acting on the mark.'), ['physician-interprets']);
    assert.deepEqual(kinds('Then you interpret the tracing alongside the symptoms.'), ['physician-interprets']);
    assert.equal(agent('You still need to read every scan yourself before acting on the mark.'), 'physician');
  });

  test('"you" doing anything else is no reading', () => {
    assert.deepEqual(kinds('You hold the phone level with your face and keep still for half a minute.'), []);
    assert.deepEqual(kinds('You read the leaflet before the first use.'), []);
  });
});

describe('stop 46: a programme that gives the therapy by itself', () => {
  test('"itself" says the software runs or delivers the therapy with nobody else', () => {
    assert.deepEqual(kinds('The app then runs the therapy itself, moving from short lessons to exposure tasks.'), ['autonomous']);
    assert.deepEqual(kinds('The course itself delivers six weekly sessions plus a refresher a month later.'), ['autonomous']);
    assert.deepEqual(kinds('The web programme runs the whole programme itself in four stages.'), ['autonomous']);
  });

  test('leading the patient through techniques, resetting the difficulty, assembling a personal programme', () => {
    assert.deepEqual(kinds('The online course itself takes the patient through cognitive behavioural techniques for low mood.'), ['autonomous']);
    assert.deepEqual(kinds('After every round the trainer software resets the difficulty itself.'), ['autonomous']);
    assert.deepEqual(kinds('A treatment algorithm assembles her personal eight-week programme from three strands.'), ['autonomous']);
  });

  test('running something else, or a person running it, is no therapy the software gives', () => {
    assert.deepEqual(kinds('The scanner runs the protocol itself.'), []);
    assert.deepEqual(kinds('The physiotherapist runs the session herself.'), []);
    assert.deepEqual(kinds('The platform itself delivers training sessions for new staff.'), []);
    assert.deepEqual(kinds('The software adjusts the difficulty of the display contrast.'), []);
  });
});

describe('stop 46: marking and sending', () => {
  test('boxing a finding, or "just" marking it, is flagging (assistive)', () => {
    assert.deepEqual(kinds('The detector boxes each polyp on the live video.'), ['assistive']);
    assert.deepEqual(kinds('It does not grade the tear; it just marks where the tear is.'), ['assistive']);
  });

  test('people sent an alert, as the passive\'s subject, are alerted (assistive)', () => {
    assert.deepEqual(kinds('Family members can be sent text alerts when a low reading occurs.'), ['assistive']);
  });

  test('alerts a person sends, or that are not sent, stay no reading', () => {
    assert.deepEqual(kinds('The nurse sent alerts to the doctor.'), []);
    assert.deepEqual(kinds('The kit includes two boxes of strips.'), []);
  });
});

describe('stop 46: an energy device that sets the energy it gives', () => {
  test('adjusting the energy or power delivered to the tissue is therapy the device decides', () => {
    assert.deepEqual(kinds('The generator senses the tissue at the jaws and adjusts the energy delivered to it.'), ['autonomous']);
    assert.deepEqual(kinds('The console modulates the power applied at the blade during each activation.'), ['autonomous']);
  });

  test('power that only acquires an image, or a person adjusting it, is not', () => {
    assert.deepEqual(kinds('The scanner adjusts the transmit power automatically.'), []);
    assert.deepEqual(kinds('The surgeon adjusts the energy delivered to the tissue.'), []);
  });
});

describe('stop 46: looking for a finding', () => {
  test('"looks for" a finding is flagging (assistive)', () => {
    assert.deepEqual(kinds('The model looks for rib fractures on each chest film.'), ['assistive']);
    assert.deepEqual(kinds('The films went through a model that looks for orbital fractures.'), ['assistive']);
  });

  test('looking for a device, or a person looking, is not', () => {
    assert.deepEqual(kinds('The app looks for the sensor over Bluetooth.'), []);
    assert.deepEqual(kinds('The radiologist looks for fractures.'), []);
  });
});

describe('stop 46: an output named after a colon', () => {
  test('a colon right after an output verb opens its object', () => {
    assert.deepEqual(kinds('The software outputs: a risk score from 0 to 100.'), ['augmentative']);
    assert.deepEqual(kinds('The tool provides: a triage flag on the reading worklist.'), ['assistive']);
  });

  test('a form\'s field label naming the output says what the device outputs', () => {
    assert.deepEqual(kinds('Device output: a fibrosis score for each liver segment.'), ['augmentative']);
    assert.deepEqual(kinds('Outputs: ejection fraction and global longitudinal strain.'), ['augmentative']);
  });

  test('a person reporting, a kit\'s contents or a body\'s output are not', () => {
    assert.deepEqual(kinds('The radiologist reports: no fracture.'), []);
    assert.deepEqual(kinds('The kit includes: two sensors and a charger.'), []);
    assert.deepEqual(kinds('Cardiac output: normal range in all patients.'), []);
  });
});

describe('stop 46: "auto-" before a verb', () => {
  test('"auto-adjusts", "auto-calculates", "auto-flags" read as the verb done automatically', () => {
    assert.deepEqual(kinds('Overnight the pump auto-adjusts the basal rate every five minutes.'), ['autonomous']);
    assert.deepEqual(kinds('The app auto-calculates the stroke risk score.'), ['augmentative']);
    assert.deepEqual(kinds('The system auto-flags critical potassium values.'), ['assistive']);
  });

  test('"auto-" before a word that is no verb stays one word', () => {
    assert.deepEqual(kinds('An auto-generated report is attached.'), []);
  });
});

describe('stop 46: a buyer\'s guide, a range and more physicians', () => {
  test('"Option A" or "Product A" is the product compared, which acts', () => {
    assert.deepEqual(kinds('Option A measures pneumothorax size in millimetres.'), ['augmentative']);
    assert.equal(agent('Option A measures pneumothorax size in millimetres.'), 'software');
    // (the article at a sentence's start stays one)
    assert.deepEqual(kinds('A model measures the volume of each nodule.'), ['augmentative']);
  });

  test('an en dash between two numbers is a range inside the output, not a break', () => {
    assert.deepEqual(kinds('The model outputs a 0\u20131 probability of kidney injury within 48 hours.'), ['augmentative']);
  });

  test('hospitalists and the registrar are physicians', () => {
    assert.deepEqual(kinds('Hospitalists review the deterioration score at every handoff.'), ['physician-interprets']);
    assert.deepEqual(kinds('The registrar reviews each flagged film before sign-out.'), ['physician-interprets']);
  });
});

describe('stop 46: cameras act, critics do not', () => {
  test('a camera system is the device that alerts or concludes', () => {
    assert.deepEqual(kinds('The room camera alerts staff when the patient leaves the bed.'), ['assistive']);
    assert.deepEqual(kinds('The retinal camera that gives a diagnosis in the pharmacy with no doctor present.'), ['autonomous']);
  });

  test('a camera or device taking its images is acquisition; capturing the clip on its own, when quality allows, is guidance', () => {
    assert.deepEqual(kinds('The device captures colour fundus images of both eyes.'), []);
    assert.deepEqual(kinds('The app automatically captures an image once the wound is in focus.'), ['assistive']);
  });

  test('critics, lawyers and payers who flag or warn are people commenting, not the software', () => {
    assert.deepEqual(kinds('Critics warn that the tool has not been tested in rural hospitals.'), []);
    assert.deepEqual(kinds('Legal flagged concerns about the indemnity clause.'), []);
    assert.equal(agent('Legal flagged concerns about the indemnity clause.'), 'other');
  });
});

describe('stop 46: oversight over months, and a physician\'s own question', () => {
  test('a review every few weeks or months, or of the chart on every ward round, oversees the therapy (no reading of each output)', () => {
    assert.deepEqual(kinds('The endocrinologist reviews the uploaded pump data every 3 months and adjusts the targets.'), []);
    assert.deepEqual(kinds('Medical staff review the glucose chart on every ward round.'), []);
  });

  test('a review before the output takes effect, or each morning, is still a reading', () => {
    assert.deepEqual(kinds('The radiologist reviews each study every week before the report is released.'), ['physician-interprets']);
    assert.deepEqual(kinds('The cardiologist reviews every ECG each morning.'), ['physician-interprets']);
  });

  test('"inform whether the neurologist proceeds" leaves the question to the physician; an alert to a physician stays an alert', () => {
    assert.deepEqual(kinds('The volumes will inform whether the treating neurologist proceeds to amyloid PET.'), []);
    assert.deepEqual(kinds('The software determines whether the physician should be alerted.'), ['assistive']);
    assert.deepEqual(kinds('The software decides whether the patient needs surgery.'), ['autonomous']);
  });
});

describe('stop 46: a sample reviewed after the fact', () => {
  test('a physician reviewing a monthly or random sample of the outputs audits the service', () => {
    assert.deepEqual(kinds('The ophthalmologist reviews a random sample of the graded images each month.'), []);
    assert.deepEqual(kinds('Dr Ito reviews a monthly sample of results.'), []);
  });

  test('every sample, or a blood sample, is still read', () => {
    assert.deepEqual(kinds('The pathologist reviews every sample.'), ['physician-interprets']);
    assert.deepEqual(kinds('The pathologist reviews the blood sample flagged by the analyser.'), ['physician-interprets']);
  });
});

describe('stop 46: "I" and "we", and machines that change their own settings', () => {
  test('the writer reading or signing off a case is a clinician reading it; otherwise "I" is no product', () => {
    assert.deepEqual(kinds('I still read every radiograph myself.'), ['physician-interprets']);
    assert.deepEqual(kinds('We sign off every study before the report goes out.'), ['physician-interprets']);
    assert.equal(agent('I use the app every day.'), 'other');
    assert.deepEqual(kinds('We developed the model on ten thousand films.'), []);
  });

  test('a therapy machine adjusting its own settings, or continuing to, decides the therapy', () => {
    assert.deepEqual(kinds('The ventilator adjusts the settings as the lungs recover.'), ['autonomous']);
    assert.deepEqual(kinds('The hearing aid changes its parameters in noisy rooms.'), ['autonomous']);
    assert.deepEqual(kinds('The ventilator continues adjusting the pressure overnight.'), ['autonomous']);
  });

  test('display settings, a person, or a device of no named kind are not', () => {
    assert.deepEqual(kinds('The pump adjusts the display settings at night.'), []);
    assert.deepEqual(kinds('The nurse adjusts the settings.'), []);
    assert.deepEqual(kinds('The device adjusts the settings.'), []);
  });
});
