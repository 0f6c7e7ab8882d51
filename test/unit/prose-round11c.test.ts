/**
 * Round 11c of the prose analysis (issue 9): devices outside radiology and cardiology, each family
 * as a user sees it: the cue kinds and phrases `findCues` returns, the `classification-cue` findings
 * (rule id, range, suggested class) and the suggested class of a dossier. Every sentence here was
 * written for this file; each positive has a close wording that must stay silent (or read otherwise).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

/** What the assessment says the prose suggests for a dossier. */

describe('round 11c: "interpret" and "decision" that are nobody\'s output', () => {
  test('what a reader needs to interpret, and "interpret" in a list of data-handling verbs, conclude nothing', () => {
    assert.deepEqual(cues('The report lists the outputs together with whatever is needed to interpret them.'), []);
    assert.deepEqual(cues('The console is used to acquire, interpret and archive bowel sounds.'), []);
    assert.deepEqual(cues('The program records, interprets and stores the respiratory signal.'), []);
  });

  test('the product that interprets on its own, or is itself required to, still concludes', () => {
    assert.deepEqual(cues('The software interprets the bowel sounds and advises the nurse.'), ['autonomous: interprets']);
    assert.deepEqual(cues('The software is required to interpret the rhythm.'), ['autonomous: interpret']);
  });

  test('"before any treatment decision is made": the moment of someone\'s conclusion, not an output', () => {
    assert.deepEqual(cues('Nurses who get the page must walk to the bedside before any treatment decision is made.'), []);
    assert.deepEqual(cues('The monitor stays on the patient until a final diagnosis is reached.'), []);
    assert.deepEqual(cues('A final diagnosis is reached by the software within a minute.'), ['autonomous: diagnosis is reached']);
  });

  test('a dossier that asks the nurse to walk over before any decision is made gets no autonomous finding', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'Nurses who get the page must walk to the bedside before any treatment decision is made.')), []);
  });
});

describe('round 11c: a quantity read from the patient is no therapy', () => {
  test('"determines regional oxygen saturation", "establishes the lactate concentration": a measurement', () => {
    assert.deepEqual(cues('The sensor uses two wavelengths of light to determine regional oxygen saturation.'), ['augmentative: determine regional oxygen saturation']);
    assert.deepEqual(cues('From the sweat sample it establishes the lactate concentration.'), ['augmentative: establishes the lactate concentration']);
  });

  test('a device that sets the oxygen itself still changes therapy', () => {
    assert.deepEqual(cues('The controller adjusts the oxygen flow every minute on its own.'), ['autonomous: adjusts the oxygen']);
  });

  test('an augmentative dossier that determines saturation is not told it is autonomous', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'The sensor uses two wavelengths of light to determine regional oxygen saturation.')), []);
    assert.equal(suggested(dossier('augmentative', 'The sensor uses two wavelengths of light to determine regional oxygen saturation.')), 'augmentative');
  });
});

describe('round 11c: data gathered and shown, settings turned, raw data worked on', () => {
  test('gathering readings onto one screen, calculating raw data, a volume button: no output', () => {
    assert.deepEqual(cues('The dashboard gathers values from the pumps and the ventilator and lists them on one screen.'), []);
    assert.deepEqual(cues('The viewer calculates and plots EMG data acquired by the amplifier.'), []);
    assert.deepEqual(cues('A dial on the app controls the volume of the speaker.'), []);
  });

  test('a screen that shows a computed output, or a measured volume, still reads as one', () => {
    assert.deepEqual(cues('The dashboard shows a deterioration risk score on one screen.'), ['augmentative: shows a deterioration risk score']);
    assert.deepEqual(cues('The viewer calculates the bladder volume.'), ['augmentative: calculates']);
  });
});

describe('round 11c: physician-interprets wordings of other specialties', () => {
  test('an obliged professional judgement, a needed professional\'s advice, a required inspection of the trace', () => {
    assert.deepEqual(cues('Sleep technologists and physicians are its users, and they must apply their clinical judgment to every score.'), ['physician-interprets: apply their clinical judgment']);
    assert.deepEqual(cues('To know what the readings mean, a patient needs the opinion of a qualified physician.'), ['physician-interprets: needs the opinion of a qualified physician']);
    assert.deepEqual(cues('Any decision on delivery must include review of the cardiotocography tracing.'), ['physician-interprets: include review of the cardiotocography tracing']);
  });

  test('a judgement nobody is obliged to apply, advice of a lay helper, a required review of the logs stay silent', () => {
    assert.deepEqual(cues('Sleep technologists and physicians are its users, and they apply their clinical judgment to every score.'), []);
    assert.deepEqual(cues('To know what the readings mean, a patient needs the opinion of a friend.'), []);
    assert.deepEqual(cues('Any decision on delivery must include review of the shift roster.'), []);
  });

  test('an autonomous dossier whose users must apply clinical judgment to every score is told so', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'Its users are neurologists, who must apply their clinical judgment to every score.')), ['classification-cue 11:38-11:67 physician-interprets']);
  });
});

describe('round 11c: outputs of other specialties', () => {
  test('a risk given as a figure, a rate named after "as", a mark that encloses, a therapy that changes by itself, stimulation generated', () => {
    assert.deepEqual(cues('For each biopsy it reports the 5-year risk of recurrence.'), ['augmentative: reports the 5-year risk']);
    assert.deepEqual(cues('The app listens to the chest overnight and returns the events as a CoughIndex.'), ['augmentative: returns the events as a CoughIndex']);
    assert.deepEqual(cues('Each plaque the model suspects is enclosed in a coloured contour.'), ['assistive: enclosed in a coloured contour']);
    assert.deepEqual(cues('The pressure adapts automatically as the airway narrows during sleep.'), ['autonomous: pressure adapts']);
    assert.deepEqual(cues('The stimulator reads the gait sensors to generate the stimulation that lifts the foot.'), ['autonomous: generate the stimulation']);
  });

  test('a hazard, a plain name after "as", a frame in the room, a pressure changed by the clinician, a generated report stay apart', () => {
    assert.deepEqual(cues('Smokers present a risk for lung disease.'), []);
    assert.deepEqual(cues('The app listens to the chest overnight and returns the events as a PDF.'), []);
    assert.deepEqual(cues('The pressure changes as the clinician turns the dial.'), []);
    assert.deepEqual(cues('The stimulator generates the programmed stimulation that lifts the foot.'), []);
  });

  test('an assistive dossier that reports a 5-year risk gets an augmentative finding', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'For each biopsy it reports the 5-year risk of recurrence.')), ['classification-cue 10:20-10:43 augmentative']);
    assert.equal(suggested(dossier('assistive', 'For each biopsy it reports the 5-year risk of recurrence.')), 'augmentative');
  });
});

describe('round 11c: a person obliged to consult the data before acting', () => {
  test('"whoever is paged is required to consult the bedside monitor", "an intensivist must consult the waveform": the person reads the data', () => {
    assert.deepEqual(cues('Whoever is paged is required to consult the bedside monitor before treating.'), ['physician-interprets: consult']);
    assert.deepEqual(cues('An intensivist must consult the waveform before acting.'), ['physician-interprets: intensivist must consult']);
  });

  test('a consultation that is optional, or of a person, reads no output', () => {
    assert.deepEqual(cues('Whoever is paged may consult the bedside monitor.'), []);
    assert.deepEqual(cues('Patients should consult a physician before acting on the result.'), []);
  });

  test('an autonomous dossier whose paged clinician must consult the monitor first is told a physician interprets', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'Whoever is paged is required to consult the bedside monitor before treating.')), ['classification-cue 11:33-11:40 physician-interprets']);
  });
});

describe('round 11c: a self-fitting strategy fits the therapy itself', () => {
  test('"with a self-fitting algorithm", "a self-fitting strategy": the software fits the hearing aid', () => {
    assert.deepEqual(cues("The app combines the wearer's answers with a self-fitting algorithm to set the gain of each earbud."), ['autonomous: self-fitting algorithm']);
    assert.deepEqual(cues('Our software applies a self-fitting strategy to the tones the user hears.'), ['autonomous: self-fitting strategy']);
  });

  test('the product type "self-fitting devices", or a fitting algorithm the audiologist chose, stay silent', () => {
    assert.deepEqual(cues('The earbuds are self-fitting devices for adults with mild hearing loss.'), []);
    assert.deepEqual(cues("The app combines the wearer's answers with a fitting algorithm chosen by the audiologist."), []);
  });

  test('an augmentative dossier with a self-fitting algorithm gets an autonomous finding', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', "The app combines the wearer's answers with a self-fitting algorithm to set the gain of each earbud.")), ['classification-cue 10:46-10:68 autonomous']);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The earbuds are self-fitting devices for adults with mild hearing loss.')), []);
  });
});

describe('round 11c: quantitative features of a signal', () => {
  test('"plots quantitative HRV features such as …", "shows quantitative pupil features": a quantity the software gives', () => {
    assert.deepEqual(cues('The program also plots quantitative HRV features such as the LF/HF ratio and the RMSSD.'), ['augmentative: plots quantitative HRV features']);
    assert.deepEqual(cues('The monitor shows quantitative pupil features for each eye.'), ['augmentative: shows quantitative pupil features']);
  });

  test('features without a quantitative qualifier, or the product\'s own features, stay silent', () => {
    assert.deepEqual(cues('The monitor shows pupil features for each eye.'), []);
    assert.deepEqual(cues('The app displays the features of the program.'), []);
  });

  test('an assistive dossier that plots quantitative HRV features gets an augmentative finding', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The program also plots quantitative HRV features such as the LF/HF ratio and the RMSSD.')), ['classification-cue 10:18-10:49 augmentative']);
  });
});

describe('round 11c: an obliged physician who uses the output together with other findings', () => {
  test('"are to use the score together with the pathology report", "must use the measurements in combination with …": the physician reads it', () => {
    assert.deepEqual(cues('Oncologists are to use the score together with the pathology report.'), ['physician-interprets: use the score together with']);
    assert.deepEqual(cues('Cardiologists must use the measurements in combination with their own view of the images.'), ['physician-interprets: use the measurements in combination with']);
  });

  test('an optional use, or a physician who uses an accessory together with another, reads nothing', () => {
    assert.deepEqual(cues('Cardiologists may use the measurements in combination with their own view of the images.'), []);
    assert.deepEqual(cues('Neurologists should use the headset together with the charger.'), []);
  });

  test('an autonomous dossier whose oncologists are to use the score with the pathology report is told a physician interprets', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'Oncologists are to use the score together with the pathology report.')), ['classification-cue 11:20-11:47 physician-interprets']);
  });
});
