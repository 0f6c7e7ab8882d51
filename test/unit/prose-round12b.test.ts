/**
 * Round 12b of the prose analysis (issue 9): cardiology wording (ECG interpretation, rhythm monitors,
 * cardiac measurements, cardiac therapy devices), each family as a user sees it: the cue kinds and
 * phrases `findCues` returns, the `classification-cue` findings (rule id, range, suggested class) and the
 * suggested class of a dossier. Every sentence here was written for this file; each positive has a close
 * wording that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

/** What the assessment says the prose suggests for a dossier. */

describe('round 12b: a physician who folds the output in with other evidence interprets it', () => {
  test('"uses the figures together with …", "treats the statements as one input", "combines the estimate with …"', () => {
    assert.deepEqual(cues('Electrophysiologists use the burden figures together with the symptom diary when they plan ablation.'), ['physician-interprets: Electrophysiologists use']);
    assert.deepEqual(cues('The reading cardiologist treats the computer statements as one input among the tracing, the history and prior ECGs.'), ['physician-interprets: cardiologist treats']);
    assert.deepEqual(cues('Physicians combine the estimated ejection fraction with the echocardiogram before any referral.'), ['physician-interprets: Physicians combine']);
  });

  test('"…, who incorporates the values into the echo report": a physician named before the relative pronoun', () => {
    assert.deepEqual(cues('The interpreting cardiologist, who incorporates the strain values into the echo report, signs each study.'), ['physician-interprets: cardiologist, who incorporates', 'physician-interprets: signs']);
    assert.deepEqual(cues('The interpreting cardiologist, who incorporates the strain values into the lab database, signs each study.'), ['physician-interprets: signs']);
  });

  test('a permission, a restrictive "who", something that is no output, or people who are not physicians stay silent', () => {
    assert.deepEqual(cues('Electrophysiologists may use the burden figures together with the symptom diary when they plan ablation.'), []);
    assert.deepEqual(cues('Cardiologists who combine the estimated ejection fraction with the echocardiogram tend to refer earlier.'), []);
    assert.deepEqual(cues('The reading cardiologist treats the patient as one of many on the ward.'), []);
    assert.deepEqual(cues('Electrophysiologists are able to use the burden figures together with the symptom diary.'), []);
    assert.deepEqual(cues('The engineers combine the filtered leads with a reference channel.'), []);
  });

  test('an autonomous dossier whose cardiologist treats the statements as one input gets a physician-interprets finding', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'The reading cardiologist treats the computer statements as one input among the tracing, the history and prior ECGs.')), ['classification-cue 11:13-11:32 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Electrophysiologists use the burden figures together with the symptom diary when they plan ablation.')), ['classification-cue 11:1-11:25 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Electrophysiologists may use the burden figures together with the symptom diary when they plan ablation.')), []);
  });
});

describe('round 12b: cardiac therapy the device gives by itself (pacing, balloon counterpulsation, chest compressions)', () => {
  test('a pacemaker, a pacing device, a balloon-pump console and a compression device act on the heart', () => {
    assert.deepEqual(cues('The pacemaker raises the pacing rate automatically when the patient exercises.'), ['autonomous: raises the pacing']);
    assert.deepEqual(cues('The device paces the ventricle whenever the intrinsic rate falls below the lower rate limit.'), ['autonomous: paces the ventricle']);
    assert.deepEqual(cues('The console inflates and deflates the balloon in step with the ECG.'), ['autonomous: inflates and deflates the balloon']);
    assert.deepEqual(cues('The system delivers chest compressions at a fixed rate and depth.'), ['autonomous: delivers chest compressions']);
  });

  test('the same acts done by a person, or a device that only records or counts, stay silent', () => {
    assert.deepEqual(cues('The rescuer delivers chest compressions at a fixed rate and depth.'), []);
    assert.deepEqual(cues('The perfusionist inflates the balloon before weaning.'), []);
    assert.deepEqual(cues('The physician paces the ventricle through a temporary lead.'), []);
    assert.deepEqual(cues('The console lets the operator inflate the balloon manually.'), []);
    assert.deepEqual(cues('The pacemaker stores electrograms of each episode for the clinic.'), []);
    assert.deepEqual(cues('Pacing is provided for symptomatic bradycardia.'), []);
  });

  test('an augmentative dossier whose system delivers chest compressions gets an autonomous finding and is suggested autonomous', () => {
    const text = dossier('augmentative', 'The system delivers chest compressions at a fixed rate and depth.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:12-10:39 autonomous']);
    assert.equal(suggested(text), 'autonomous');
    assert.deepEqual(cueFindings(dossier('assistive', 'The console inflates and deflates the balloon in step with the ECG.')), ['classification-cue 10:13-10:46 autonomous']);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The rescuer delivers chest compressions at a fixed rate and depth.')), []);
  });
});

describe('round 12b: the physician who reads named by a by-phrase, a supervision phrase or a coordinated subject', () => {
  test('"analysed by the reading electrophysiologist", "reviewed under the supervision of a cardiologist", "that a cardiologist or technician reviews"', () => {
    assert.deepEqual(cues('Every rhythm strip is analysed by the reading electrophysiologist.'), ['physician-interprets: analysed']);
    assert.deepEqual(cues('Interval measurements are reviewed under the supervision of a board-certified cardiologist.'), ['physician-interprets: reviewed']);
    assert.deepEqual(cues('The findings go into a summary that a cardiologist or trained cardiac technician reviews.'), ['physician-interprets: technician reviews']);
    // weaker verbs of reading count when the physician is named this way, or when the relative hangs on an output
    assert.deepEqual(cues('Interval measurements are checked under the supervision of a board-certified cardiologist.'), ['physician-interprets: checked']);
    assert.deepEqual(cues('The values feed a summary that an electrophysiologist examines.'), ['physician-interprets: electrophysiologist examines']);
    assert.deepEqual(cues('The values feed a database that an electrophysiologist examines.'), []);
  });

  test('the software analysing, a technician alone, an acquisition under supervision, or a team that supervises stay silent', () => {
    assert.deepEqual(cues('Every rhythm strip is analysed by the algorithm within seconds.'), []);
    assert.deepEqual(cues('Every rhythm strip is analysed by the technician.'), []);
    assert.deepEqual(cues('Recordings are acquired under the supervision of a cardiologist.'), []);
    assert.deepEqual(cues('Interval measurements are reviewed under the supervision of the quality team.'), []);
    assert.deepEqual(cues('The findings go into a summary that a trained cardiac technician reviews.'), []);
  });

  test('autonomous dossiers that name the reading physician this way get a physician-interprets finding', () => {
    assert.deepEqual(cueFindings(dossier('autonomous', 'Every rhythm strip is analysed by the reading electrophysiologist.')), ['classification-cue 11:23-11:31 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Interval measurements are reviewed under the supervision of a board-certified cardiologist.')), ['classification-cue 11:27-11:35 physician-interprets']);
    assert.deepEqual(cueFindings(dossier('autonomous', 'Every rhythm strip is analysed by the algorithm within seconds.')), []);
  });
});

describe('round 12b: a vital rate the software measures is a figure it reports', () => {
  test('"measures heart rate and the PR and QRS intervals", "measures respiratory rate", "measures pulse rate"', () => {
    assert.deepEqual(cues('The patch software measures heart rate and the PR and QRS intervals.'), ['augmentative: measures']);
    assert.deepEqual(cues('Our algorithm measures respiratory rate from the chest impedance trace.'), ['augmentative: measures']);
    assert.deepEqual(cues('The app measures pulse rate every five minutes overnight.'), ['augmentative: measures']);
  });

  test('a rate measured only to feed a detection, alongside raw data, or by a nurse stays no figure', () => {
    assert.deepEqual(cues('The watch measures heart rate to detect irregular rhythms.'), ['assistive: detect']);
    assert.deepEqual(cues('The strap measures heart rate and motion data for the sleep algorithm.'), []);
    assert.deepEqual(cues('The nurse measures heart rate at each visit.'), []);
  });

  test('an assistive dossier whose software measures heart rate and intervals gets an augmentative finding and is suggested augmentative', () => {
    const text = dossier('assistive', 'The patch software measures heart rate and the PR and QRS intervals.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:20-10:28 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'The strap measures heart rate and motion data for the sleep algorithm.')), []);
  });
});

describe('round 12b: the machine reading of an ECG ("interpretive statements", "a computer interpretation") is an augmentative output', () => {
  test('"generates interpretive statements", "provides a computer interpretation", "prints the automated interpretation"', () => {
    assert.deepEqual(cues('The algorithm generates interpretive statements for each resting ECG.'), ['augmentative: generates interpretive statements']);
    assert.deepEqual(cues('The software provides a computer interpretation of the 12-lead ECG for the physician to confirm.'), ['augmentative: provides a computer interpretation', 'physician-interprets: for the physician to confirm']);
    assert.deepEqual(cues('The software prints the automated interpretation on every 12-lead report.'), ['augmentative: prints the automated interpretation']);
  });

  test('statements or an interpretation with no machine qualifier stay silent', () => {
    assert.deepEqual(cues('The algorithm generates statements for each resting ECG.'), []);
    assert.deepEqual(cues('The software provides an interpretation of the ECG.'), []);
    assert.deepEqual(cues('The labelling includes statements about contraindications.'), []);
  });

  test('an assistive dossier whose algorithm generates interpretive statements gets an augmentative finding', () => {
    const text = dossier('assistive', 'The algorithm generates interpretive statements for each resting ECG.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:15-10:48 augmentative']);
    assert.equal(suggested(text), 'augmentative');
    assert.deepEqual(cueFindings(dossier('assistive', 'The algorithm generates statements for each resting ECG.')), []);
  });
});
