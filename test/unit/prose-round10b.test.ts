/**
 * Round 10b of the prose analysis (issue 9): assistive and augmentative outputs said without an
 * agent or indirectly, each family as a user sees it: the cue kinds and phrases `findCues` returns,
 * the `classification-cue` findings (rule id, range, suggested class) and the suggested class of a
 * dossier. Every sentence here was written for this file; each positive has a close wording that
 * must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

/** What the assessment says the prose suggests for a dossier. */

describe('round 10b: an agentless passive that marks cases qualified by a finding', () => {
  test('"studies with suspected bleeds are flagged", "exams with detected fractures are highlighted": the software marks', () => {
    assert.deepEqual(cues('The model reads each head CT, and studies with suspected bleeds are flagged in the worklist.'), ['assistive: flagged']);
    assert.deepEqual(cues('Exams with detected fractures are highlighted in a side window.'), ['assistive: highlighted']);
    assert.deepEqual(cues('Positive scans are marked with a red icon.'), ['assistive: marked']);
  });

  test('cases not qualified by a finding, a named marker, or a physician in the subject stay silent', () => {
    assert.deepEqual(cues('The model reads each head CT, and studies from the night shift are flagged in the worklist.'), []);
    assert.deepEqual(cues('Exams with detected fractures are highlighted by the radiologist in a side window.'), []);
    assert.deepEqual(cues('Scans the radiologist judges positive are marked with a red icon.'), []);
  });

  test('a dossier whose positive scans are marked is suggested assistive; one whose radiologist marks them, nothing', () => {
    assert.equal(suggested(dossier('augmentative', 'Positive scans are marked with a red icon.')), 'assistive');
    assert.equal(suggested(dossier('augmentative', 'Scans the radiologist judges positive are marked with a red icon.')), undefined);
  });
});

describe('round 10b: the purpose of a machine\'s agentless passive', () => {
  test('"is processed automatically to detect …": the infinitive is the software\'s act', () => {
    assert.deepEqual(cues('On arrival every radiograph is processed automatically to detect pneumothorax.'), ['assistive: detect']);
    assert.deepEqual(cues('Each recording is analysed automatically to measure the QT interval.'), ['augmentative: measure']);
  });

  test('without the machine adverb, or with a physician, the purpose has no known agent', () => {
    assert.deepEqual(cues('On arrival every radiograph is processed carefully to detect pneumothorax.'), []);
    assert.deepEqual(cues('On arrival every radiograph is sent to the radiologist to detect pneumothorax.'), []);
  });
});

describe('round 10b: an output carried into a record', () => {
  test('"… end up in the report", "… are written into the record": a qualified output on its way was made by the software', () => {
    assert.deepEqual(cues('The derived volumes end up in the structured report.'), ['augmentative: derived volumes end up']);
    assert.deepEqual(cues('Risk scores are written into the patient record.'), ['augmentative: Risk scores are written']);
  });

  test('raw data, a named writer, or "end up" without a destination stay silent', () => {
    assert.deepEqual(cues('The raw recordings end up in the archive.'), []);
    assert.deepEqual(cues('Risk scores are written into the patient record by the nurse.'), []);
    assert.deepEqual(cues('The volumes end up larger in older patients.'), []);
  });

  test('an assistive dossier whose estimated volumes end up in the report gets an augmentative finding', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The estimated volumes end up in the structured report.')), ['classification-cue 10:5-10:29 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'The raw recordings end up in the structured report.')), []);
  });
});

describe('round 10b: marks carried by an output, found things shown, and the client program', () => {
  test('"the output series carries coloured boxes", "annotated copies carrying arrows": an output that carries marks points out findings', () => {
    assert.deepEqual(cues('The output series carries coloured boxes around each lesion.'), ['assistive: carries coloured boxes']);
    assert.deepEqual(cues('Annotated copies carrying arrows are sent to PACS.'), ['assistive: carrying arrows']);
  });

  test('a product that carries a mark, an output that carries no mark, or plain copies stay silent', () => {
    assert.deepEqual(cues('The device carries a CE mark.'), []);
    assert.deepEqual(cues('The output series carries the patient name.'), []);
    assert.deepEqual(cues('Plain copies carrying arrows are sent to PACS.'), []);
  });

  test('"superimposes the detected polyps": showing what was found points it out; a reference grid does not', () => {
    assert.deepEqual(cues('It then superimposes the detected polyps on the live video.'), ['assistive: superimposes the detected polyps']);
    assert.deepEqual(cues('It then superimposes the reference grid on the live video.'), []);
  });

  test('"the client" is the program on the user\'s computer; "clients" may be customers', () => {
    assert.deepEqual(cues('The client displays the estimated volume of each nodule.'), ['augmentative: displays the estimated volume']);
    assert.deepEqual(cues('The clients display the estimated volume of each nodule.'), []);
    assert.deepEqual(cueFindings(dossier('assistive', 'The client displays the estimated volume of each nodule.')), ['classification-cue 10:12-10:41 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'Our clients display the estimated volume of each nodule.')), []);
  });
});

describe('round 10b: an output named after a light verb', () => {
  test('"helps sonographers take measurements": the light verb\'s output noun is what the help yields', () => {
    assert.deepEqual(cues('It helps sonographers take measurements of the fetal head.'), ['augmentative: helps sonographers take measurements']);
    assert.deepEqual(cues('It helps sonographers take breaks between scans.'), []);
    assert.deepEqual(cueFindings(dossier('assistive', 'It helps sonographers take measurements of the fetal head.')), ['classification-cue 10:4-10:40 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'It helps sonographers take breaks between scans.')), []);
  });
});

describe('round 10b: moving cases to the head of a reading list', () => {
  test('"pushes studies … to the top of the worklist": triage, however long the object', () => {
    assert.deepEqual(cues('It pushes studies with a suspected bleed to the top of the worklist.'), ['assistive: to the top of the worklist']);
    assert.deepEqual(cues('The module was built to move scans that may show a fracture to the front of the reading queue.'), ['assistive: to the front of the reading queue']);
  });

  test('another destination, a physician who moves them, or a denial stay silent', () => {
    assert.deepEqual(cues('It pushes studies with a suspected bleed to the top of the screen.'), []);
    assert.deepEqual(cues('The radiologist moves urgent studies to the top of the worklist.'), []);
    assert.deepEqual(cues('It does not move studies to the top of the worklist.'), []);
  });

  test('a dossier whose software pushes studies up the worklist is suggested assistive; one whose radiologist does, nothing', () => {
    assert.equal(suggested(dossier('augmentative', 'It pushes studies with a suspected bleed to the top of the worklist.')), 'assistive');
    assert.equal(suggested(dossier('augmentative', 'The radiologist moves urgent studies to the top of the worklist.')), undefined);
  });
});

describe('round 10b: an appositive between the product and its verb', () => {
  test('"ChestScan, a piece of detection software, applies … to find": the -s word after the appositive is the verb', () => {
    assert.deepEqual(cues('ChestScan, a piece of detection software, applies deep learning to radiographs to find nodules.'), ['assistive: find']);
    assert.deepEqual(cues('HeartSize, a piece of measurement software, applies deep learning to radiographs to measure the cardiothoracic ratio.'), ['augmentative: measure']);
  });

  test('the same frame with a verb that names no output stays silent', () => {
    assert.deepEqual(cues('ChestScan, a piece of detection software, applies deep learning to radiographs to store them.'), []);
    assert.deepEqual(cues('ChestScan, a piece of detection software, stores each radiograph for later review.'), []);
  });

  test('an assistive dossier whose product, after an appositive, measures a ratio gets an augmentative finding', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'HeartSize, a piece of measurement software, applies deep learning to radiographs to measure the cardiothoracic ratio.')), ['classification-cue 10:85-10:92 augmentative']);
    assert.deepEqual(cueFindings(dossier('assistive', 'HeartSize, a piece of measurement software, applies deep learning to radiographs to store the cardiothoracic ratio.')), []);
  });
});
