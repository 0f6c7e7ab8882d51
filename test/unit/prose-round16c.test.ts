/**
 * Round 16c of the prose analysis (issue 9): recall of the autonomous class on unseen text (every set,
 * holdout28, holdout29 and dossiers-blind3 opened). Families found in the misses, each as a user sees it:
 * the cue phrases `findCues` returns, the `classification-cue` findings (rule id, range, suggested class)
 * and the assessment's suggested class. Every sentence here was written for this file; each positive has
 * a close wording that must stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 16c: no clinician reads the output before it is used', () => {
  test('a result that needs no clinical or medical read is autonomous', () => {
    assert.deepEqual(cues('The kiosk gives a hearing result needing no further clinical interpretation.'), ['autonomous: needing no further clinical interpretation']);
    assert.deepEqual(cues('Its verdict requires no medical review before the parent sees it.'), ['autonomous: requires no medical review']);
    assert.deepEqual(cues('The screening result needs no additional professional overread.'), ['autonomous: needs no additional professional overread']);
  });

  test('a read that is still needed, a read the software does not give, or a patient needing no care stays silent', () => {
    assert.deepEqual(cues('The hearing result still needs clinical interpretation.'), []);
    assert.deepEqual(cues('The software provides no clinical interpretation.'), []);
    assert.deepEqual(cues('The patient needs no further medical intervention.'), []);
  });

  test('"no longer" routing the result through a clinician is a negation, as "does not" is', () => {
    assert.deepEqual(cues('This release no longer routes the rhythm label through a physician overread before the wearer sees it.'), ['autonomous: physician overread']);
    assert.deepEqual(cues('The app no longer sends the tracing for cardiologist overread.'), ['autonomous: cardiologist overread']);
    assert.deepEqual(cues('This release routes the rhythm label through a physician overread before the wearer sees it.'), ['physician-interprets: physician overread']);
  });

  test('a decision taken on the device output alone is autonomous; the usual disclaimer is not', () => {
    assert.deepEqual(cues('The referral decision rests on the camera software\'s output alone.'), ['autonomous: decision rests on the camera software\'s output alone']);
    assert.deepEqual(cues('The treatment decision is based on the algorithm output alone.'), ['autonomous: decision is based on the algorithm output alone']);
    assert.deepEqual(cues('No referral decision should rest on the software output alone.'), []);
    assert.deepEqual(cues('Decisions are not to be based on the algorithm output alone.'), []);
    assert.deepEqual(cues('The treatment decision is based on the physician\'s judgement alone.'), []);
  });

  test('an augmentative dossier whose screening result needs no clinical read gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The kiosk gives a hearing result needing no further clinical interpretation.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:34-10:76 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });

  test('an assistive dossier whose referral rests on the output alone gets an autonomous finding and suggestion', () => {
    const text = dossier('assistive', 'The referral decision rests on the camera software\'s output alone.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:14-10:66 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 16c: the "by" agent of a passive ends before a time phrase ("by the controller every five minutes")', () => {
  test('a therapy changed or decided by the device, then "every" or "each" and a time, is autonomous', () => {
    assert.deepEqual(cues('The insulin dose is decided by the algorithm every five minutes.'), ['autonomous: dose is decided by the algorithm']);
    assert.deepEqual(cues('The basal rate is changed by the controller every five minutes.'), ['autonomous: basal rate is changed']);
    assert.deepEqual(cues('The stimulation current is adjusted by the device each night.'), ['autonomous: current is adjusted']);
  });

  test('the same passive by a physician, or a measurement by the software, stays off the autonomous class', () => {
    assert.deepEqual(cues('The basal rate is changed by the physician every few weeks.'), []);
    assert.deepEqual(cues('The ejection fraction is calculated by the software each time a clip arrives.'), ['augmentative: calculated']);
  });

  test('an assistive dossier whose controller changes the basal rate on a schedule gets an autonomous finding and suggestion', () => {
    const text = dossier('assistive', 'The basal rate is changed by the controller every five minutes.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:5-10:26 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 16c: a defibrillator that calls a rhythm shockable, or confirms a rhythm, gives its own verdict', () => {
  test('detecting or warning of a shockable rhythm is autonomous', () => {
    assert.deepEqual(cues('The unit alerts the rescuer whenever a shockable rhythm appears.'), ['autonomous: alerts the rescuer whenever a shockable']);
    assert.deepEqual(cues('The algorithm identifies shockable ventricular fibrillation within ten seconds.'), ['autonomous: identifies shockable']);
    assert.deepEqual(cues('Throughout the rescue the monitor keeps watching the ECG and warns the bystander when the rhythm becomes shockable.'), ['autonomous: warns the bystander when the rhythm becomes shockable']);
  });

  test('a warning about anything else, or a shockable rhythm only as a condition, keeps its reading', () => {
    assert.deepEqual(cues('The unit alerts the rescuer whenever the pads come loose.'), ['assistive: alerts']);
    assert.deepEqual(cues('The monitor detects ventricular fibrillation and alerts the nurse.'), ['assistive: detects', 'assistive: alerts']);
    assert.deepEqual(cues('If the device detects a shockable rhythm, it charges.'), []);
  });

  test('the software confirming a named rhythm is autonomous; helping a physician confirm it is not', () => {
    assert.deepEqual(cues('The advisory module serves to confirm ventricular tachycardia before any charge.'), ['autonomous: confirm ventricular tachycardia']);
    assert.deepEqual(cues('The analysis module confirms ventricular fibrillation before the shock is charged.'), ['autonomous: confirms ventricular fibrillation']);
    assert.deepEqual(cues('The app helps the physician confirm atrial fibrillation.'), []);
    assert.deepEqual(cues('The software allows clinicians to confirm atrial fibrillation.'), []);
    assert.deepEqual(cues('The software does not confirm atrial fibrillation.'), []);
  });

  test('an assistive dossier whose unit alerts the rescuer to a shockable rhythm gets an autonomous finding and suggestion', () => {
    const text = dossier('assistive', 'The unit alerts the rescuer whenever a shockable rhythm appears.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:10-10:49 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 16c: a normal study the device signs off or reports with no clinician involved', () => {
  test('the device signing off or finalising a normal study, or a report finalised automatically, is autonomous', () => {
    assert.deepEqual(cues('Normal chest X-rays are signed off by the software and never reach the radiologist.'), ['autonomous: X-rays are signed off']);
    assert.deepEqual(cues('For normal studies, the report is finalised automatically.'), ['autonomous: report is finalised']);
    assert.deepEqual(cues('The algorithm finalizes the report for each normal exam.'), ['autonomous: finalizes the report']);
  });

  test('a physician signing off, software helping a radiologist finalise, or software finalising a report with nothing said of who read it, stays off the autonomous class', () => {
    assert.deepEqual(cues('The report is signed off by the radiologist.'), ['physician-interprets: signed']);
    assert.deepEqual(cues('The software helps radiologists finalize normal reports faster.'), []);
    assert.deepEqual(cues('The application finalizes the structured report.'), []);
    assert.deepEqual(cues('The software does not sign off any normal study.'), []);
  });

  test('"with no physician involved" denies the read as "with no physician in the loop" does', () => {
    assert.deepEqual(cues('The result is shown to the user with no physician involved.'), ['autonomous: with no physician involved']);
    assert.deepEqual(cues('The result is shown to the user with a physician involved.'), []);
  });

  test('an augmentative dossier whose software signs off normal X-rays gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'Normal chest X-rays are signed off by the software and never reach the radiologist.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:14-10:35 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 16c: the software commanding the hardware that gives the therapy acts itself', () => {
  test('commanding, driving or steering a pump, robot, collimator or valve, or sending it commands, is autonomous', () => {
    assert.deepEqual(cues('The controller drives the robot arm to follow the tumour.'), ['autonomous: drives the robot']);
    assert.deepEqual(cues('The tracking software steers the collimator leaves to keep the beam on target.'), ['autonomous: steers the collimator']);
    assert.deepEqual(cues('Its dosing commands travel directly to the paired pump.'), ['autonomous: commands travel directly to the paired pump']);
    assert.deepEqual(cues('The algorithm sends its dosing commands straight to the insulin pump.'), ['autonomous: commands straight to the insulin pump']);
  });

  test('a surgeon or a user commanding the hardware, a denied command, or a pump only named, stays silent', () => {
    assert.deepEqual(cues('The surgeon controls the robot arm from the console.'), []);
    assert.deepEqual(cues('The software lets the surgeon control the robot.'), []);
    assert.deepEqual(cues('User commands are sent to the pump over Bluetooth.'), []);
    assert.deepEqual(cues('The software does not command the pump.'), []);
    assert.deepEqual(cues('The app shows the pump status.'), []);
  });

  test('an augmentative dossier whose controller drives the robot gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The controller drives the robot arm to follow the tumour.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:16-10:32 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 16c: lay people acting on the output with no clinician between', () => {
  test('"act on" is a verb, and responders, rescuers and bystanders are lay people, so "with no physician in the loop" reads', () => {
    assert.deepEqual(cues('Bystanders act on the device\'s advice with no physician in the loop.'), ['autonomous: with no physician in the loop']);
    assert.deepEqual(cues('The rescuer acts upon its prompt at once, with no doctor in the loop.'), ['autonomous: with no doctor in the loop']);
  });

  test('acting on it with a physician, or "act as", stays silent', () => {
    assert.deepEqual(cues('Bystanders act on the device\'s advice with a physician on the phone.'), []);
    assert.deepEqual(cues('It can also act as a reporting tool.'), []);
  });

  test('an assistive dossier whose bystanders act on the advice with no physician in the loop gets an autonomous finding and suggestion', () => {
    const text = dossier('assistive', 'Bystanders act on the device\'s advice with no physician in the loop.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:39-10:68 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 16c: a therapy the device gives, said as a noun with "automated" or "closed-loop"', () => {
  test('providing, offering or being for an automated therapy is autonomous', () => {
    assert.deepEqual(cues('The system provides automated insulin delivery based on sensor glucose.'), ['autonomous: automated insulin delivery']);
    assert.deepEqual(cues('The ventilator offers closed-loop oxygen titration.'), ['autonomous: closed-loop oxygen titration']);
    assert.deepEqual(cues('The app is intended for automated insulin dosing in adults with type 1 diabetes.'), ['autonomous: automated insulin dosing']);
  });

  test('the phrase naming a kind of device or a mode, or a denied one, stays silent', () => {
    assert.deepEqual(cues('The hospital uses automated insulin delivery systems on the ward.'), []);
    assert.deepEqual(cues('The automated external defibrillation (AED) mode is meant for adults.'), []);
    assert.deepEqual(cues('The app must not be used for automated insulin dosing.'), []);
    assert.deepEqual(cues('The portal offers automated report delivery.'), []);
  });

  test('an assistive dossier whose system provides automated insulin delivery gets an autonomous finding and suggestion', () => {
    const text = dossier('assistive', 'The system provides automated insulin delivery based on sensor glucose.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:21-10:47 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 16c: a decision whose passive names the software as its agent', () => {
  test('"is decided by" the device, the algorithm or the control software is autonomous', () => {
    assert.deepEqual(cues('Which mode runs is decided by the control software.'), ['autonomous: decided by the control software']);
    assert.deepEqual(cues('Whether a shock is needed is decided by the analysis algorithm.'), ['autonomous: shock is needed is decided by the analysis algorithm']);
    assert.deepEqual(cues('When to start pacing is decided by the device from the sensed rhythm.'), ['autonomous: start pacing', 'autonomous: decided by the device']);
  });

  test('decided by a physician, a reading order, a hedged or a denied decision stays off the autonomous class', () => {
    assert.deepEqual(cues('When to start pacing is decided by the cardiologist.'), []);
    assert.deepEqual(cues('The reading order is decided by the algorithm.'), []);
    assert.deepEqual(cues('Whether the patient is eligible may be decided by the software.'), []);
    assert.deepEqual(cues('Whether a shock is needed is not decided by the app.'), []);
  });

  test('an augmentative dossier whose mode is decided by the software gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'Which mode runs is decided by the control software.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:20-10:51 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('round 16c: radiation given only while what the machine tracks allows, and worn devices that act', () => {
  test('delivering, firing or stopping the radiation on a tracked condition is autonomous', () => {
    assert.deepEqual(cues('The linac delivers radiation only while the tracked target stays inside the window.'), ['autonomous: delivers radiation']);
    assert.deepEqual(cues('The linac fires the beam each time the marker returns to the window.'), ['autonomous: fires the beam']);
    assert.deepEqual(cues('The linac stops the radiation whenever the target leaves the window.'), ['autonomous: stops the radiation']);
  });

  test('a therapist gating the radiation, or radiation delivered with nothing that sets it off, stays silent', () => {
    assert.deepEqual(cues('The therapist delivers radiation only while the target stays inside the window.'), []);
    assert.deepEqual(cues('The linac delivers radiation.'), []);
  });

  test('a wearable that gives the therapy on a condition is the device acting', () => {
    assert.deepEqual(cues('The wearable delivers a dose when the glucose level rises above the target.'), ['autonomous: delivers a dose']);
    assert.deepEqual(cues('The wearable stops stimulation whenever the user stands up.'), ['autonomous: stops stimulation']);
    assert.deepEqual(cues('The nurse fits the wearable.'), []);
    assert.deepEqual(cues('The wearable records the ECG for fourteen days.'), []);
  });

  test('an augmentative dossier whose linac delivers radiation only inside the window gets an autonomous finding and suggestion', () => {
    const text = dossier('augmentative', 'The linac delivers radiation only while the tracked target stays inside the window.');
    assert.deepEqual(cueFindings(text), ['classification-cue 10:11-10:29 autonomous']);
    assert.equal(suggested(text), 'autonomous');
  });
});
