/**
 * Round 6b of issue 9: false alarms and wrong suggestions on unseen text. Each case pairs a
 * phrasing that used to raise a cue it should not with a close phrasing that must still raise
 * one, so that silencing a family cannot pass by silencing everything. The sentences are the
 * project's own; none is taken from a labelled set.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { assessText } from '../../src/core/assess';
import { lintText } from '../../src/core/engine';
import type { AiClass } from '../../src/core/types';
import { cuePhrases as cues, TODAY } from './helpers';

/** The body starts on line 12; each paragraph given takes one line, with a blank line between. */
function dossier(declared: AiClass, paragraphs: string[]): string {
  const level = declared === 'autonomous' ? ['autonomy_level: I'] : [];
  return ['---', 'cpt_dossier: 1', 'title: Example', `classification: ${declared}`, ...level, 'taxonomy: 2027', 'target_category: III', '---', '', '## Software output', '', paragraphs.join('\n\n'), ''].join('\n');
}

/** classification-cue findings as "line:col-line:col suggests" (1-based). */
function cueFindings(text: string): string[] {
  return lintText(text, { fileName: 'x.dossier.md', today: TODAY })
    .findings.filter((f) => f.ruleId === 'classification-cue')
    .map((f) => `${f.range.start.line + 1}:${f.range.start.column + 1}-${f.range.end.line + 1}:${f.range.end.column + 1} ${f.data?.suggests}`);
}

function suggested(text: string): AiClass | undefined {
  return assessText(text, { fileName: 'x.dossier.md', today: TODAY }).classification.suggested;
}

describe('the population of an indication is not an output', () => {
  test('a relative clause on lesions describes them: no cue, even with a therapy word inside a disease name', () => {
    assert.deepEqual(cues('SpectraSkin is intended for examining lesions that raise concern for basal cell carcinoma or melanoma in adults.'), []);
  });
  test('an act of the software on lesions still counts', () => {
    assert.deepEqual(cues('The device flags lesions that it considers suspicious.'), ['assistive: flags']);
  });
  test('a passive relative clause on samples keeps the software as the one who acts', () => {
    assert.deepEqual(cues('It images culture plates, and plates that are flagged go to a separate queue.'), ['assistive: flagged']);
  });
  test('"basal" before "cell" names anatomy, before "insulin" a therapy', () => {
    assert.deepEqual(cues('The controller lowers basal cell counts in the report.'), []);
    assert.deepEqual(cues('The controller lowers basal insulin delivery when glucose falls.'), ['autonomous: lowers basal']);
  });
  test('an augmentative dossier whose indication names the suspected cancers gets no autonomous warning', () => {
    const text = dossier('augmentative', ['SpectraSkin is intended for examining lesions that raise concern for basal cell carcinoma or melanoma in adults. It measures the spectral slope of each lesion.']);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'augmentative');
  });
});

describe('telling whether something was detected is a detection flag', () => {
  test('"whether any abnormalities were found" is assistive', () => {
    assert.deepEqual(cues('A banner tells the reader whether any abnormalities were found.'), ['assistive: tells the reader whether']);
  });
  test('"whether atrial flutter is present" stays a conclusion', () => {
    assert.deepEqual(cues('The app tells the wearer whether atrial flutter is present.'), ['autonomous: tells the wearer whether']);
  });
  test('an assistive dossier that reports whether anything was detected gets no warning', () => {
    const text = dossier('assistive', ['The software draws boxes around suspected fractures and tells the radiologist whether any fractures were detected.']);
    assert.deepEqual(cueFindings(text), []);
  });
});

describe('an intermediate quantity worked on further is processing', () => {
  test('values that are then evaluated toward a notification are no output', () => {
    assert.deepEqual(cues('The app turns wrist motion into sleep disruption values, which are then evaluated over rolling two-week windows.'), []);
  });
  test('an index that feeds the alarm logic is no output', () => {
    assert.deepEqual(cues('The algorithm calculates an instability index that feeds the alarm logic.'), []);
  });
  test('a score that clinicians use is an output', () => {
    assert.deepEqual(cues('The software computes a frailty score, which is used by nurses to plan visits.'), ['augmentative: computes']);
  });
  test('an assistive notification dossier with its intermediate values gets no augmentative warning', () => {
    const text = dossier('assistive', [
      'The app turns motion from the ring into breathing irregularity values, which are then assessed across 14-night windows.',
      'When a window holds a pattern typical of sleep apnea, the app notifies the wearer.',
    ]);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'assistive');
  });
});

describe('who reads', () => {
  test('"helps endoscopists read" says what the product helps with; nobody is obliged', () => {
    assert.deepEqual(cues('The software helps endoscopists read colonoscopy video and outlines each polyp.'), ['assistive: outlines']);
  });
  test('a lay user who consults a doctor before drawing a conclusion is no physician interpreting', () => {
    assert.deepEqual(cues('A user who gets a reading should speak with a doctor before drawing any conclusion from it.'), []);
  });
  test('a cardiologist who draws the final conclusion is', () => {
    assert.deepEqual(cues('The cardiologist draws the final conclusion.'), ['physician-interprets: draws the final conclusion']);
  });
});

describe('a result reported straight to a lay person is a conclusion', () => {
  test('"reports the result straight to the user", after a description with "with no"', () => {
    assert.deepEqual(cues('The watch classifies the rhythm as sinus rhythm or a fast rate with no signs of flutter, and reports the result straight to the user.'), [
      // Round 9a: naming the rhythm "as" a conclusion is a rhythm status (it was read as augmentative before).
      'autonomous: classifies the rhythm',
      'autonomous: reports the result straight to the user',
    ]);
  });
  test('"shows the result directly to the patient"', () => {
    assert.deepEqual(cues('The app shows the result directly to the patient.'), ['autonomous: shows the result directly to the patient']);
  });
  test('results sent to a portal or shown to "the user" of professional software are not', () => {
    assert.deepEqual(cues('The software sends the results to the patient portal.'), []);
    assert.deepEqual(cues('The software displays the results to the user.'), []);
  });
  test('a consumer rhythm app declared autonomous: no warning, and autonomous suggested', () => {
    const text = dossier('autonomous', [
      'PulseCheck classifies each 30-second tracing as sinus rhythm or atrial fibrillation and reports the result straight to the user.',
      'The watch also calculates the mean heart rate of the tracing.',
      'A user who gets a result should speak with a doctor before drawing any conclusion from it.',
    ]);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'autonomous');
  });
  test('the same app declared augmentative is warned on the reported result', () => {
    const text = dossier('augmentative', ['PulseCheck classifies each 30-second tracing as sinus rhythm or atrial fibrillation and reports the result straight to the user.']);
    assert.deepEqual(cueFindings(text), ['11:12-11:45 autonomous']);
  });
});

describe('who reads, and what is sorted', () => {
  test('"interpreting radiologists" are the readers, not an act of the software', () => {
    assert.deepEqual(cues('ScreenAI is a passive triage tool, limited to notification, that ABR-certified interpreting radiologists use to reorder their worklist.'), [
      'assistive: triage',
      'assistive: notification',
      // round 11b: reordering the worklist is triage told from the reader's side
      'assistive: reorder their worklist',
    ]);
  });
  test('a passive review by "a qualified interpreting radiologist" is a physician who interprets', () => {
    assert.deepEqual(cues('Every exam must still be reviewed by a qualified interpreting radiologist.'), ['physician-interprets: reviewed']);
  });
  test('sorting studies is triage; sorting nodules into risk categories is characterisation', () => {
    assert.deepEqual(cues('The tool only sorts incoming studies into two categories and offers no diagnostic information.'), ['assistive: sorts incoming studies']);
    assert.deepEqual(cues('The tool sorts nodules into four risk categories.'), ['augmentative: sorts']);
  });
  test('an assistive triage dossier that sorts exams and names its interpreting readers gets no warning', () => {
    const text = dossier('assistive', [
      'ScreenAI is a passive triage tool, limited to notification, that ABR-certified interpreting radiologists use to reorder their worklist.',
      'The tool only sorts incoming studies into two categories and offers no diagnostic information.',
    ]);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'assistive');
  });
});

describe('statistics and a model\'s raw output are no output', () => {
  test('an agentless passive about a statistic or a count reports a study', () => {
    assert.deepEqual(cues('Our specificity estimate was computed against a panel of two neuroradiologists.'), []);
    assert.deepEqual(cues('In the reader study, 41 of 45 fractures were detected.'), []);
  });
  test('an output computed by the software still counts', () => {
    assert.deepEqual(cues('The software computes a fracture risk estimate.'), ['augmentative: computes']);
  });
  test('"creates predictions" alone names no quantity; "risk predictions" do', () => {
    assert.deepEqual(cues('The neural network creates predictions and the results go to the viewer.'), []);
    assert.deepEqual(cues('The model generates risk predictions for each patient.'), ['augmentative: generates risk predictions']);
  });
  test('an assistive triage dossier with its study statistics gets no augmentative warning', () => {
    const text = dossier('assistive', [
      'The software flags head CT studies with suspected hemorrhage for the neuroradiologist.',
      'Our sensitivity estimate was computed against the consensus of three readers. In the pivotal study, 88 of 92 bleeds were detected.',
    ]);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'assistive');
  });
});

describe('fitting the therapy to the patient is the software\'s decision', () => {
  test('"configures amplification", "tailors the stimulation" by the software are autonomous', () => {
    assert.deepEqual(cues('After the hearing test, the app configures amplification for the measured audiogram.'), ['autonomous: configures amplification']);
    assert.deepEqual(cues('The device tailors the stimulation to the tremor frequency of the patient.'), ['autonomous: tailors the stimulation']);
  });
  test('an audiologist who configures it is no cue', () => {
    assert.deepEqual(cues('The audiologist configures amplification for each ear.'), []);
  });
});

describe('who the service is for is not what it does', () => {
  test('"patients receiving insulin therapy" describes the population', () => {
    assert.deepEqual(cues('The software is intended for patients receiving insulin therapy.'), []);
  });
  test('"clinicians receiving the alert" still name the software\'s alert', () => {
    assert.deepEqual(cues('Clinicians receiving the alert open the study.'), ['assistive: receiving the alert']);
  });
  test('"people who have already been diagnosed by a doctor" tells their history, not a reading of the output', () => {
    assert.deepEqual(cues('The app is for people who have already been diagnosed with AF by a doctor.'), []);
    // Reading the data is still a physician's reading (confirming the software's insulin dose is not: Level I, round 6).
    assert.deepEqual(cues('The images must be interpreted by the physician.'), ['physician-interprets: interpreted']);
    assert.deepEqual(cues('The insulin dose must be confirmed by the physician.'), []);
  });
  test('a relative clause on the noun of a fronted "unlike" is part of the contrast', () => {
    assert.deepEqual(cues('Unlike competitor products that compute a calcium score, our software only flags studies.'), ['assistive: flags']);
  });
  test('an autonomous consumer dossier that names its users\' earlier diagnosis gets no warning', () => {
    const text = dossier('autonomous', [
      'RhythmCheck is for people who have already been diagnosed with atrial fibrillation by a doctor.',
      'It determines whether atrial fibrillation is present in each recording and shows the result directly to the patient.',
    ]);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('an outcome of care is not a therapy change', () => {
  test('"reduces the time to treatment" is a benefit claim, "reduces insulin delivery" a therapy act', () => {
    assert.deepEqual(cues('The triage software reduces the time to treatment for stroke patients.'), []);
    assert.deepEqual(cues('The algorithm reduces insulin delivery when glucose falls.'), ['autonomous: reduces insulin']);
  });
  test('an assistive triage dossier that claims a shorter time to treatment gets no autonomous warning', () => {
    const text = dossier('assistive', ['The software flags suspected large vessel occlusions and notifies the stroke team. It reduces the time to treatment by about 20 minutes.']);
    assert.deepEqual(cueFindings(text), []);
  });
});

describe('supporting a decision is not making it', () => {
  test('"informs treatment decisions" and "decision support" leave the decision to a person', () => {
    assert.deepEqual(cues('The software outputs a frailty score that informs treatment decisions.'), ['augmentative: outputs a frailty score']);
    assert.deepEqual(cues('The tool provides decision support for referral.'), []);
  });
  test('"informs the user whether AF is present" and "provides a treatment decision to the pump" are the software\'s conclusions', () => {
    assert.deepEqual(cues('The app informs the user whether AF is present.'), ['autonomous: informs the user whether']);
    assert.deepEqual(cues('The software provides a treatment decision to the pump.'), ['autonomous: provides a treatment decision']);
  });
  test('an augmentative score dossier that informs decisions gets no autonomous warning', () => {
    const text = dossier('augmentative', ['The software outputs a frailty score that informs treatment decisions and provides decision support for referral.']);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'augmentative');
  });
});

describe('readings that belong to a study are not readings in care', () => {
  test('ground truth, reference readers and validation of the algorithm are study design', () => {
    assert.deepEqual(cues('Each case in the test set was read by two radiologists to establish ground truth.'), []);
    assert.deepEqual(cues('The algorithm was validated by three independent cardiologists.'), []);
  });
  test('a reading required in care still counts', () => {
    assert.deepEqual(cues('Every result must be reviewed by a cardiologist before release.'), ['physician-interprets: reviewed']);
  });
  test('an autonomous screening dossier with its study readers gets no physician warning', () => {
    const text = dossier('autonomous', [
      'RetinaGo returns a referral decision for diabetic retinopathy without a specialist reading the photographs.',
      'In the pivotal trial, every image in the test set was graded by two ophthalmologists to establish ground truth.',
    ]);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'autonomous');
  });
});

describe('checking something other than the output is no reading of it', () => {
  test('"must verify the patient\'s identity", "should read the instructions for use"', () => {
    assert.deepEqual(cues('A nurse must verify the patient\'s identity before the scan.'), []);
    assert.deepEqual(cues('Clinicians should read the instructions for use before first use.'), []);
  });
  test('"must confirm electrode placement and then review the tracing" still reads the data', () => {
    assert.deepEqual(cues('The physician must confirm electrode placement and then review the tracing.'), ['physician-interprets: review']);
  });
});

describe('what a helped reader does, a finding\'s size and an audit of use are no output (lead, round 6)', () => {
  test('a gerund after "<reader> in" is the helped reader\'s act, not the software\'s conclusion', () => {
    assert.deepEqual(cues('The tool assists radiologists in interpreting the chest film.'), []);
    assert.deepEqual(cues('LungMark draws boxes on suspicious regions that support the physician in reading the scan.'), ['assistive: draws boxes']);
    // What the software does for the reader still counts.
    assert.deepEqual(cues('The software assists the clinician in measuring the ejection fraction.'), ['augmentative: assists the clinician in measuring']);
    assert.deepEqual(cues('The software interprets the chest film.'), ['autonomous: interprets']);
  });
  test('"nodules measuring 6 to 30 mm" sizes the finding; "measures the nodules" is a measurement', () => {
    assert.deepEqual(cues('NodulePoint marks suspected nodules measuring 6 to 30 mm on chest radiographs.'), ['assistive: marks']);
    assert.deepEqual(cues('It detects polyps measuring at least 5 mm.'), ['assistive: detects']);
    assert.deepEqual(cues('NodulePoint measures each nodule in millimetres.'), ['augmentative: measures']);
  });
  test('reviewing how the device was used is an audit; reviewing its output or the data is a reading', () => {
    assert.deepEqual(cues('Each use of the defibrillator should be reviewed afterwards by the medical director.'), []);
    assert.deepEqual(cues('The physician must review the device log after each rescue.'), []);
    assert.deepEqual(cues('Each recording must be reviewed by a cardiologist.'), ['physician-interprets: reviewed']);
  });
  test('an assistive detection dossier that sizes its findings and helps the reader gets no warning', () => {
    const text = dossier('assistive', [
      'NodulePoint finds and marks suspected lung nodules measuring 6 to 30 mm on chest radiographs.',
      'Its marks support the radiologist in interpreting the image; the radiologist reads every film.',
    ]);
    assert.deepEqual(cueFindings(text), []);
    assert.equal(suggested(text), 'assistive');
  });
  test('an autonomous AED dossier whose uses are audited afterwards gets no physician warning', () => {
    const text = dossier('autonomous', [
      'The defibrillator analyses the heart rhythm and decides on its own whether a shock is needed.',
      'Each use of the device should be reviewed after the event by the medical director.',
    ]);
    assert.deepEqual(cueFindings(text), []);
  });
});
