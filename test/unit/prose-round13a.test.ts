/**
 * Round 13a of the prose analysis (issue 9): precision on unseen FDA text. Wordings that describe
 * hardware, populations, statistics, integration or labelling must raise no `classification-cue`,
 * while the close wordings that do describe the software's act keep their cue. Every sentence here
 * was written for this file.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assessText } from '../../src/core/assess';
import { cueFindingsOf as cueFindings, cuePhrases as cues, lint, outputDossier as dossier, suggested, TODAY } from './helpers';


describe('round 13a: an output moved between systems is integration', () => {
  test('"are exported to PACS", "are pushed to the EHR", "is sent to the paired phone": no sender, no person, no cue', () => {
    assert.deepEqual(cues('The volume estimates are exported to the hospital PACS as DICOM structured reports.'), []);
    assert.deepEqual(cues('Risk scores are pushed to the electronic health record through an HL7 interface.'), []);
    assert.deepEqual(cues('The lesion classification is sent to the viewing workstation, where it can be printed.'), []);
    assert.deepEqual(cues('Coronary calcium scores are transmitted to the reporting system once the study closes.'), []);
  });

  test('a result sent to a person, written into a report, an alert sent, or the software exporting keep their cue', () => {
    assert.deepEqual(cues('The risk score is sent to the treating physician.'), ['augmentative: risk score is sent']);
    assert.deepEqual(cues('The volume estimates are added to the radiology report.'), ['augmentative: volume estimates are added']);
    assert.deepEqual(cues('A notification is sent to the stroke team\'s phones.'), ['assistive: notification is sent']);
    assert.deepEqual(cues('The software exports the volume estimates to the PACS.'), ['augmentative: exports the volume']);
  });

  test('an assistive dossier whose scores are only exported gets no finding; one whose scores go to the physician does', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'Risk scores are pushed to the electronic health record through an HL7 interface.')), []);
    assert.deepEqual(cueFindings(dossier('assistive', 'The risk score is sent to the treating physician.')), ['classification-cue 10:5-10:23 augmentative']);
    assert.equal(suggested(dossier('assistive', 'The risk score is sent to the treating physician.')), 'augmentative');
  });
});

describe('round 13a: the predicate device of a 510(k) comparison is another device', () => {
  test('"the predicate device measures …", "the predicate\'s algorithm detects …": acts of the other device raise no cue', () => {
    assert.deepEqual(cues('The predicate device measures lesion volume and classifies tissue; the subject device does the same with a new network.'), []);
    assert.deepEqual(cues('The predicate\'s algorithm detects atrial fibrillation and reports the heart rate.'), []);
    assert.deepEqual(cues('The predicate software calculates ejection fraction from cine MRI.'), []);
  });

  test('the subject device compared with its predicate keeps its cue', () => {
    assert.deepEqual(cues('The software measures lesion volume and classifies tissue, as the predicate did.'), ['augmentative: measures', 'augmentative: classifies']);
    assert.deepEqual(cues('Like its predicate, the software estimates bone age from hand radiographs.'), ['augmentative: estimates']);
  });

  test('an assistive dossier that describes its predicate gets no finding; one whose software measures does', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The predicate software calculates ejection fraction from cine MRI.')), []);
    assert.deepEqual(cueFindings(dossier('assistive', 'Like its predicate, the software estimates bone age from hand radiographs.')), ['classification-cue 10:34-10:43 augmentative']);
  });
});

describe('round 13a: a statistics sentence that opens on a plural output and its past verb', () => {
  test('"Scores agreed with …", "Estimates differed from …": the plural is the subject of a comparison, no act', () => {
    assert.deepEqual(cues('Scores agreed with those of the predicate calcium-scoring package.'), []);
    assert.deepEqual(cues('Scores correlated closely with the core laboratory (r = 0.96).'), []);
    assert.deepEqual(cues('Estimates differed from the reference by less than 3 points in 92 % of studies.'), []);
  });

  test('a feature-list item that opens on the verb, or a plural output that is shown, keeps its cue', () => {
    assert.deepEqual(cues('Scores the calcium in each coronary artery.'), ['augmentative: Scores']);
    assert.deepEqual(cues('Estimates the ejection fraction from apical views.'), ['augmentative: Estimates']);
    assert.deepEqual(cues('Estimates derived from the apical views are shown beside the clip.'), ['augmentative: Estimates derived from the apical views are shown']);
  });

  test('an assistive dossier that reports agreement gets no finding; one that lists the scoring act does', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'Scores agreed with those of the predicate calcium-scoring package.')), []);
    assert.deepEqual(cueFindings(dossier('assistive', 'Scores the calcium in each coronary artery.')), ['classification-cue 10:1-10:7 augmentative']);
  });
});

describe('round 13a: what plain information may help a reader do', () => {
  test('"the information may help to characterise …", "may be useful in characterising …": the reader\'s act, no cue', () => {
    assert.deepEqual(cues('The information it gives may help to quantify the extent of emphysema on follow-up scans.'), []);
    assert.deepEqual(cues('The information may help radiologists to characterise incidental renal lesions.'), []);
    assert.deepEqual(cues('The information it provides may be useful in characterising early ischemic injury during image interpretation.'), []);
  });

  test('the software that helps keeps its cue', () => {
    assert.deepEqual(cues('The software may help radiologists to characterise incidental renal lesions.'), ['augmentative: help radiologists to characterise']);
    assert.deepEqual(cues('The software may help to characterise early ischemic injury.'), ['augmentative: help to characterise']);
  });

  test('an assistive dossier whose information helps gets no finding; one whose software helps does', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The information may help radiologists to characterise incidental renal lesions.')), []);
    assert.deepEqual(cueFindings(dossier('assistive', 'The software may help radiologists to characterise incidental renal lesions.')), ['classification-cue 10:18-10:51 augmentative']);
  });
});

describe('round 13a: "whoever is notified" names a reader, not an act', () => {
  test('"Whoever is alerted opens …", "Whoever is notified looks at …": the passive only says which reader is meant', () => {
    assert.deepEqual(cues('Whoever is alerted opens the full-resolution scan in the hospital viewer.'), []);
    // (Round 14b: looking at the whole series is the reader's own reading of the case, as the sets label it.)
    assert.deepEqual(cues('Whoever is notified looks at the whole series before deciding on transfer.'), ['physician-interprets: Whoever is notified looks']);
  });

  test('a named reader who is notified keeps the assistive cue', () => {
    assert.deepEqual(cues('The stroke team is notified within minutes of the scan.'), ['assistive: notified']);
    assert.deepEqual(cues('Radiologists are notified of suspected pneumothorax.'), ['assistive: notified']);
  });

  test('the assessment suggests nothing for the reader named by "whoever"; assistive for the notified team', () => {
    assert.equal(suggested(dossier('autonomous', 'Whoever is alerted opens the full-resolution scan in the hospital viewer.')), undefined);
    assert.equal(suggested(dossier('autonomous', 'The stroke team is notified within minutes of the scan.')), 'assistive');
  });
});

describe('round 13a: the path a therapy takes describes hardware', () => {
  test('"delivers insulin through an infusion set", "a shock … through adhesive pads": no condition, no decision', () => {
    assert.deepEqual(cues('The pump delivers insulin through a subcutaneous infusion set that the user changes every three days.'), []);
    assert.deepEqual(cues('The defibrillator delivers a biphasic shock of up to 200 joules through adhesive pads.'), []);
    assert.deepEqual(cues('The stimulator delivers therapy via two epidural leads placed over the dorsal columns.'), []);
    assert.deepEqual(cues('The ventilator delivers each breath through a heated humidifier circuit.'), []);
  });

  test('a condition the device meets, or "by itself", keeps the therapy its decision', () => {
    assert.deepEqual(cues('The controller delivers insulin through the cannula whenever glucose rises.'), ['autonomous: delivers insulin']);
    assert.deepEqual(cues('The automatic model delivers the shock through the electrodes by itself.'), ['autonomous: delivers the shock']);
    assert.deepEqual(cues('When a shockable rhythm is found, the device delivers a shock through the pads.'), ['assistive: found', 'autonomous: delivers a shock']);
  });

  test('an augmentative dossier that describes its pump gets no finding; one whose controller answers glucose does', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'The pump delivers insulin through a subcutaneous infusion set that the user changes every three days.')), []);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The controller delivers insulin through the cannula whenever glucose rises.')), ['classification-cue 10:16-10:32 autonomous']);
  });
});

describe('round 13a: a safety stop on a fault of the device', () => {
  test('"stops delivery when the reservoir is empty", "suspends delivery if an occlusion is detected": no decision about the patient', () => {
    assert.deepEqual(cues('The insulin pump stops delivery when the reservoir is empty and sounds an alarm.'), []);
    assert.deepEqual(cues('The pump suspends delivery if an occlusion is detected in the tubing.'), []);
    assert.deepEqual(cues('The pump pauses the basal infusion when the battery runs out.'), []);
  });

  test('a stop on the patient\'s measured state stays autonomous', () => {
    assert.deepEqual(cues('The pump suspends delivery when the sensor glucose is predicted to fall below 70 mg/dL.'), ['autonomous: suspends delivery']);
    assert.deepEqual(cues('The pump pauses the basal infusion when the glucose value drops below the threshold.'), ['autonomous: pauses the basal']);
  });

  test('an augmentative dossier with a safety stop gets no finding; one with a glucose stop does', () => {
    assert.deepEqual(cueFindings(dossier('augmentative', 'The pump suspends delivery if an occlusion is detected in the tubing.')), []);
    assert.deepEqual(cueFindings(dossier('augmentative', 'The pump suspends delivery when the sensor glucose is predicted to fall below 70 mg/dL.')), ['classification-cue 10:10-10:27 autonomous']);
  });
});

describe('round 13a: a labelling label before a colon', () => {
  test('"Warning: …" opens a labelling sentence; the label is no act of warning', () => {
    assert.deepEqual(cues('Warning: the device has not been evaluated in pregnant women.'), []);
    assert.deepEqual(cues('Warning: the alert does not replace review of the full study.'), []);
    assert.deepEqual(cues('Warning: results have not been validated in patients under 18 years of age.'), []);
  });

  test('a device that issues a warning keeps its cue', () => {
    assert.deepEqual(cues('The device issues a warning when a suspected bleed is found.'), ['assistive: issues a warning', 'assistive: found']);
  });

  test('the assessment suggests nothing for the label; assistive for the warning issued', () => {
    assert.equal(suggested(dossier('autonomous', 'Warning: the device has not been evaluated in pregnant women.')), undefined);
    assert.equal(suggested(dossier('autonomous', 'The device issues a warning when a suspected bleed is found.')), 'assistive');
  });
});

/**
 * Sentences in the FDA register that say nothing about the Appendix S class: hardware and accessories, indications and
 * populations, contraindications, performance statistics, training data, integration, cybersecurity, labelling and
 * warnings, intended users, the predicate, across specialties. Each must raise no cue.
 */
const SILENT_FDA_SENTENCES: readonly string[] = [
  'The sensor patch measures 12 cm by 5 cm and weighs 18 g, including the battery.',
  'The handheld probe connects to a tablet over a shielded USB-C cable supplied with the device.',
  'The camera captures 45-degree color fundus images of both eyes without pharmacologic dilation.',
  'The headband records EEG from frontal electrodes together with pulse oximetry and head position.',
  'A battery indicator shows the remaining charge, and a light flashes when the patch is recording.',
  'The device is indicated for adults aged 22 years and older with suspected obstructive sleep apnea.',
  'The intended patient population includes children from 2 years of age with type 1 diabetes.',
  'Study population: adults referred for coronary CT angiography with intermediate risk of coronary artery disease.',
  'The device is contraindicated in patients with implanted pacemakers or defibrillators.',
  'Patients with prior stents or bypass grafts were excluded from the validation data set.',
  'Sensitivity was 91.2 % (95 % CI 88.0-93.6) and specificity was 87.5 % against the reference standard of three board-certified radiologists.',
  'Mean absolute error of the ejection fraction estimate was 4.1 percentage points compared with the core laboratory.',
  'Agreement between the device and the reference readers was 0.91 for volume and 0.87 for diameter.',
  'Classification accuracy was 94 % for sinus rhythm and 89 % for atrial fibrillation.',
  'Quantification of liver fat was repeatable across scanners, with a coefficient of variation of 3 %.',
  'Inter-reader agreement improved from a kappa of 0.61 to 0.78 when readers used the device.',
  'The clinical study enrolled 412 patients at 9 sites, of whom 138 had confirmed atrial fibrillation.',
  'Performance was consistent across subgroups of age, sex, race, scanner manufacturer and slice thickness.',
  'The algorithm was trained on 24,000 chest radiographs from five US hospitals and tested on an independent set of 1,200 studies.',
  'The model was trained on 15,000 echocardiograms and validated on 2,000 from sites not used for training.',
  'Ground truth was established by two neuroradiologists, with a third reading to settle disagreements.',
  'The software communicates with the hospital PACS using the DICOM standard and stores no patient data after transfer.',
  'Results appear in the radiologist\'s existing worklist; no separate workstation is required.',
  'Outputs are saved as DICOM secondary capture images and as a PDF summary in the patient record.',
  'The software runs on a standard Windows workstation with at least 16 GB of memory.',
  'Cybersecurity controls include encrypted transport (TLS 1.2), role-based access and audit logging of every session.',
  'Software verification and validation testing were performed according to FDA guidance for a moderate level of concern.',
  'The device was found substantially equivalent to the predicate, which has the same intended use and similar technological characteristics.',
  'The labeling warns users not to rely on the device in patients with motion artefacts.',
  'The system is not intended to replace a full diagnostic evaluation by a qualified clinician.',
  'The device should not be used to diagnose or treat any disease on its own.',
  'The electrodes are single-use and must not be reused or resterilized.',
  'Users should consult the instructions for use before operating the device.',
  'The patient should be seated and at rest for five minutes before a recording is taken.',
  'The device is intended for use by trained healthcare professionals in hospitals and outpatient clinics.',
  'Intended users are sonographers and cardiologists familiar with transthoracic echocardiography.',
  'The prescribing physician selects the therapy settings at the first visit.',
  'The app is available only by prescription and is used at home by the patient.',
  'The ventilator provides invasive and noninvasive ventilation for adult and pediatric patients weighing at least 5 kg.',
  'The pump delivers insulin through a subcutaneous infusion set that the user changes every three days.',
  'The defibrillator delivers a biphasic shock of up to 200 joules through adhesive pads.',
  'The predicate device measures lesion volume and classifies tissue; the subject device does the same with a new network.',
  'Scores agreed with those of the predicate calcium-scoring package.',
  'Risk scores are pushed to the electronic health record through an HL7 interface.',
  'The information may help radiologists to characterise incidental renal lesions.',
  'Each report lists the patient identifier, study date, device version and the date of analysis.',
  'The dental intraoral sensor connects to the practice management software through a USB hub.',
  'Bitewing radiographs from adults with permanent dentition formed the test set.',
  'The hearing aid is intended for adults 18 years and older with perceived mild to moderate hearing loss.',
  'The retinal camera is operated by staff with no training in ophthalmology.',
];

describe('round 13a: FDA-register sentences that must stay silent', () => {
  for (const sentence of SILENT_FDA_SENTENCES) {
    test(sentence, () => {
      assert.deepEqual(cues(sentence), []);
    });
  }

  test('a dossier made of them declares any class without a classification-cue finding; no rule phrase suggests a class', () => {
    const text = dossier('assistive', ...SILENT_FDA_SENTENCES.map((s) => `${s}\n`));
    // No phrase finding. The reading of the prose as a whole may still speak, at information level and marked statistical:
    // these 50 unrelated sentences, pooled, read 0.75 autonomous on stop 27's passage model and 0.97 on stop 28's (the
    // pump, the defibrillator and the therapy settings weigh; a passage ten times the length of those it learnt from).
    const findings = lint(text).filter((f) => f.ruleId === 'classification-cue');
    assert.deepEqual(findings.filter((f) => f.severity !== 'info' || f.data?.statistical !== true).map((f) => f.message), []);
    // Where no phrase names a class the statistical backoff may (the retrained model of stop 23 reads the insulin
    // pump's delivery as autonomous work at p 0.64), but only as a suggestion marked statistical.
    const c = assessText(text, { fileName: 'a.dossier.md', today: TODAY }).classification;
    assert.ok(c.suggested === undefined || c.statistical === true, JSON.stringify(c));
  });
});
