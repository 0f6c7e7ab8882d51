/**
 * Stop 27 of the prose analysis (issue 9): misreadings found in three sets built blind in stop 26 (h65-h67, products
 * sold outside the US, symptom checkers, digital therapeutics) and in a blind set of whole dossiers (dossiers-blind9),
 * measured before anyone read them, then opened. Each fix is a class of wording, not a sentence: every sentence here
 * was written for this file, and each has a close wording that keeps its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN_FRONTMATTER, cueFindingsOf as cueFindings, cuePhrases as cues, doc, lineIds, lint, outputDossier as dossier } from './helpers';
import { findPaymentClaims } from '../../src/core/prose';
import { readTrialEvidence } from '../../src/core/prose/trial';

describe('stop 27: statistics and standings that name no output', () => {
  test('an area under the curve is an accuracy figure; an area the software measures is a quantity', () => {
    assert.deepEqual(cues('On the external cohort the model reached an area under the curve of 0.89.'), []);
    assert.deepEqual(cues('An area under the ROC curve of 0.93 was reached for referable disease.'), []);
    assert.deepEqual(cues('The app measures the area of each pressure ulcer.'), ['augmentative: measures']);
  });

  test('a status the product attains is no patient status; a status it reports still is', () => {
    assert.deepEqual(cues('The triage bot was the first of its kind to reach that status in Europe.'), []);
    assert.deepEqual(cues('The tool received Breakthrough Device status for its diagnostic claims in 2024.'), []);
    assert.deepEqual(cues('The app reports the patient\'s fertility status each morning.'), ["autonomous: reports the patient's fertility status"]);
  });
});

describe('stop 27: phrasal verbs of finding', () => {
  test('picking up a condition is a detection; picking up a signal or images is acquisition', () => {
    assert.deepEqual(cues('The model picks up moderate depression from the sound of the voice.'), ['assistive: picks']);
    assert.deepEqual(cues('The screening tool reads chest films to pick up tuberculosis.'), ['assistive: pick']);
    assert.deepEqual(cues('The chest electrodes pick up the heart\'s rhythm.'), []);
    assert.deepEqual(cues('The service picks up the images from the archive overnight.'), []);
  });
});

describe('stop 27: acts that belong to the person helped or to the patient', () => {
  test('a gerund a help verb takes is the helped person\'s act; the software diagnosing on its own is not', () => {
    assert.deepEqual(cues('NICE lists four tools that support diagnosing and monitoring heart failure.'), []);
    assert.deepEqual(cues('The software aids in diagnosing sepsis.'), []);
    assert.deepEqual(cues('The software helps clinicians by diagnosing sepsis early.'), ['autonomous: diagnosing']);
  });

  test('a clause on a person\'s possessions says whom the device is for', () => {
    assert.deepEqual(cues('The dosing module is not for people whose insulin is delivered by a pump.'), []);
    assert.deepEqual(cues('The pump\'s insulin is delivered automatically every five minutes.'), ['autonomous: insulin is delivered']);
  });

  test('the people who read the marked cells in a screening programme are people, not the software', () => {
    // (Read as the software's act, "assign a category" was an augmentative output.)
    assert.deepEqual(cues('Trained health workers then examine the marked cells and assign a category to each positive slide.'), []);
    assert.deepEqual(cues('The software then examines the cells and assigns a category to each positive slide.'), ['augmentative: assigns a category']);
  });
});

describe('stop 27: what a physician keeps, and what is no reading', () => {
  test('a clinician in the loop reads every output; a denied one does not', () => {
    assert.deepEqual(cues('A clinician must always remain in the loop.'), ['physician-interprets: clinician must always remain in the loop']);
    assert.deepEqual(cues('The neurologist is kept in the loop for every alert.'), ['physician-interprets: neurologist is kept in the loop']);
    assert.deepEqual(cues('No physician is kept in the loop.'), []);
  });

  test('choosing what to do about a finding is the physician\'s decision, so no act of the software\'s starts there', () => {
    assert.deepEqual(cues('Deciding whether to biopsy a marked area remains the urologist\'s decision.'), [
      "physician-interprets: Deciding whether to biopsy a marked area remains the urologist's decision",
    ]);
    assert.deepEqual(cues('Deciding whether to treat is the software\'s job.'), ['autonomous: Deciding whether']);
  });

  test('checking that the device suits the patient, or a reading against a meter, is no reading of the output', () => {
    assert.deepEqual(cues('A doctor should first confirm that the app suits the patient.'), []);
    assert.deepEqual(cues('The user must confirm sensor readings with a fingerstick meter before dosing.'), []);
    assert.deepEqual(cues('The physician must confirm that the measurement is right.'), ['physician-interprets: physician must confirm']);
  });

  test('approving the proposed doses, said with a pronoun or two joined verbs, is acting on the software\'s option (Level I)', () => {
    assert.deepEqual(cues('The physician approves or modifies the proposed doses.'), []);
    assert.deepEqual(cues('The physician reviews the proposed doses, approves or modifies them, and the app sends the new dose.'), []);
    assert.deepEqual(cues('The physician reviews the measurements and approves them.'), ['physician-interprets: physician reviews', 'physician-interprets: approves']);
  });

  test('deciding whether more treatment is needed is the physician\'s call on care, not a reading', () => {
    assert.deepEqual(cues('At follow-up the surgeon checks the wound and decides whether another session is needed.'), []);
    assert.deepEqual(cues('The software decides whether treatment is needed.'), ['autonomous: decides whether']);
    // Declared autonomous, the physician's own follow-up raises no contradiction.
    assert.deepEqual(cueFindings(dossier('autonomous', 'The device fires the laser ring on its own.', 'At follow-up the surgeon checks the eye pressure and decides whether another session is needed.')), []);
  });
});

describe('stop 27: prescribing a therapy, and choosing on the software\'s option', () => {
  test('deciding whether a therapy is switched on, or judging it needed, prescribes it: no reading of an output', () => {
    assert.deepEqual(cues('The cardiologist decides whether the adaptive pacing feature is programmed on.'), []);
    assert.deepEqual(cues('Cooling is started only where a physician judges it necessary.'), []);
    assert.deepEqual(cues('The physician judges the measurements adequate for the report.'), ['physician-interprets: physician judges']);
  });

  test('deciding whether to confirm each suggestion acts on the option (Level I); whether to accept each finding reads one', () => {
    assert.deepEqual(cues('The nephrologist decides whether to confirm each suggestion.'), []);
    assert.deepEqual(cues('The radiologist decides whether to accept each finding.'), ['physician-interprets: radiologist decides']);
  });
});

describe('stop 27: a level of care given to the patient', () => {
  test('guidance on where and how urgently to seek care, given to a lay person, is autonomous', () => {
    assert.deepEqual(cues('The app points patients to the appropriate level of care.'), ['assistive: points', 'autonomous: points patients to the appropriate level of care']);
    assert.deepEqual(cues('Each user ends the chat with one of four care-level recommendations.'), ['autonomous: care-level recommendations']);
    assert.deepEqual(cues('The symptom checker sends patients to self-care, primary care or the emergency department.'), ['autonomous: sends patients to self-care']);
  });

  test('not when staff are helped to choose, a physician sends, or the sentence denies it', () => {
    assert.deepEqual(cues('The score helps nurses choose the right level of care.'), []);
    assert.deepEqual(cues('The physician directs patients to the emergency department when needed.'), []);
    assert.deepEqual(cues('It does not recommend a level of care.'), []);
  });

  test('an assistive dossier whose symptom checker gives the care level gets the contradiction', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The app asks about symptoms and points patients to the appropriate level of care.')), ['classification-cue 10:33-10:81 autonomous']);
  });
});

describe('stop 27: payment promised as a payer with no choice', () => {
  test('a payer left no choice but to pay once the code exists is a claim; a denied one is not', () => {
    assert.deepEqual(
      findPaymentClaims('With the Category III code, insurers will have no choice but to pay for every scan.').map((c) => c.phrase),
      ['insurers will have no choice but to pay'],
    );
    assert.deepEqual(findPaymentClaims('A CPT code does not mean insurers will have no choice but to pay.'), []);
  });
});

describe('stop 27: a ClinicalTrials.gov number is no US trial', () => {
  test('a Canadian study registered on ClinicalTrials.gov does not satisfy cat3-us-trial; a US one does', () => {
    assert.deepEqual(readTrialEvidence('A Canadian study (NCT07654321) of 400 adults reported an accuracy of 93 %.'), { usTrial: false, efficacy: true, usTrialYetToRun: false });
    assert.deepEqual(readTrialEvidence('A study at three US hospitals (NCT07654321) reported an accuracy of 93 %.'), { usTrial: true, efficacy: true, usTrialYetToRun: false });
    const from = CLEAN_FRONTMATTER.indexOf('trials:');
    const to = CLEAN_FRONTMATTER.indexOf('society:');
    const front = [...CLEAN_FRONTMATTER.slice(0, from), ...CLEAN_FRONTMATTER.slice(to)];
    const text = doc(...front, '', '## Software output', '', 'The software measures the ejection fraction.', '', '## Clinical evidence', '', 'A Canadian study (NCT07654321) of 400 adults reported an accuracy of 93 %.');
    assert.deepEqual(lineIds(lint(text)).filter((l) => l.endsWith('cat3-us-trial')), ['4 cat3-us-trial']);
  });
});
