/**
 * Stop 37 of the prose analysis (issue 9): classes read in the batch built blind in stop 36 (W: h160-h163), opened this
 * stop. Every sentence here was written for this file (none is W's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cuePhrases as cues } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 37: a laboratory\'s reviewers', () => {
  test('a clinical or laboratory scientist who decides what is reported reads the output', () => {
    assert.deepEqual(kinds('A clinical scientist goes through the top-ranked genes and decides which variant, if any, is reported.'), ['physician-interprets']);
    assert.deepEqual(kinds('The laboratory team decides whether each flagged sample is reported.'), ['physician-interprets']);
    // data scientists build models; they read no output in care
    assert.deepEqual(kinds('Data scientists trained the model on 4,000 records.'), []);
  });

  test('a qualified reviewer whose check holds the result back reads it', () => {
    assert.deepEqual(cues('The technologist confirms what the tiles show before the result goes to the ward.'), ['physician-interprets: technologist confirms']);
    assert.deepEqual(cues('The radiologist checks every marked film before the report goes out.'), ['physician-interprets: radiologist checks']);
    assert.deepEqual(cues('The histology team checks each flagged slide before deciding whether to recut it.'), ['physician-interprets: team checks', 'physician-interprets: deciding']);
    // a check of the set-up, or a lay operator's check, holds no result back
    assert.deepEqual(kinds('The operator checks the electrode contact before the recording starts.'), []);
    assert.deepEqual(kinds('The technologist checks image quality before the patient leaves.'), []);
    // permission is no gate
    assert.deepEqual(kinds('The laboratory scientist can look at the cell images before the counts are released.'), []);
  });
});

describe('stop 37: readings said in other words', () => {
  test('a pair of verbs that settles each item either way is a reading, weak verbs too', () => {
    assert.deepEqual(cues('The radiologist accepts or rejects each mark.'), ['physician-interprets: radiologist accepts or rejects']);
    assert.deepEqual(cues('Radiologists check and edit the contours.'), ['physician-interprets: Radiologists check and edit']);
    assert.deepEqual(cues('The analyst confirms or corrects each beat label.'), ['physician-interprets: analyst confirms or corrects']);
    // acting on an option stays Level I; permission is no duty; a data analyst's cleaning reads no output
    assert.deepEqual(kinds('The physician accepts or rejects the recommended dose.'), []);
    assert.deepEqual(kinds('The user can accept or reject each suggestion.'), []);
    assert.deepEqual(kinds('The data analyst checks and cleans the dataset.'), []);
  });

  test('the record of a patient\'s state is an output to read; the state itself is not', () => {
    assert.deepEqual(cues('The physician interprets the blood pressure readings.'), ['physician-interprets: physician interprets']);
    assert.deepEqual(kinds('The nurse must check the blood pressure.'), []);
  });

  test('a question left to a physician is the physician\'s call', () => {
    assert.deepEqual(cues('Whether a marked spot really is a polyp is left to the endoscopist.'), ['physician-interprets: left to the endoscopist']);
    assert.deepEqual(kinds('Whether the patient gets the app is up to the user.'), []);
  });

  test('a bare verb after a comma, before "it" or "them", is the next verb of the list', () => {
    assert.deepEqual(cues('Pathologists still open each slide, read it and sign the report.'), ['physician-interprets: read', 'physician-interprets: sign']);
    assert.deepEqual(cues('The software opens each study, reads it and flags bleeds.'), ['assistive: flags']);
  });

  test('a physician who stays the reader or owns the final plan', () => {
    assert.deepEqual(cues('The cardiologist remains the reader of the tracing.'), ['physician-interprets: cardiologist remains the reader']);
    assert.deepEqual(cues('The radiologist remains the final arbiter.'), ['physician-interprets: radiologist remains the final arbiter']);
    // (since stop 40 the phrase names the owner)
    assert.deepEqual(cues('The surgeon is responsible for the final plan.'), ['physician-interprets: surgeon is responsible for the final plan']);
    // who uses it, or the software's own judgement
    assert.deepEqual(kinds('The physician is the reader.'), []);
    assert.deepEqual(kinds('The device remains the reader of record.'), []);
  });

  test('clinical users named as a group read like clinicians', () => {
    assert.deepEqual(cues('The summary is then shown to the clinical users, who review it.'), ['physician-interprets: review']);
  });

  test('an aside between commas on a named physician says what that physician does', () => {
    assert.deepEqual(cues('It supports the cardiologist, who remains responsible for every final decision.'), ['physician-interprets: decision']);
    assert.deepEqual(cues('It alerts the surgeon, who remains responsible for the final interpretation.'), ['assistive: alerts', 'physician-interprets: interpretation']);
  });
});

describe('stop 37: cases closed or readers replaced', () => {
  test('cases reported as normal by themselves, or that never reach a reader, are the software\'s verdict', () => {
    assert.deepEqual(cues('Studies under the chosen threshold are reported as normal automatically.'), ['autonomous: reported as normal']);
    assert.deepEqual(cues('Films the network scores as low risk are reported as normal and never reach a reader.'), ['augmentative: scores', 'autonomous: reported as normal']);
    assert.deepEqual(cues('Low-scoring scans never reach a radiologist.'), ['autonomous: never reach a radiologist']);
    // a person's verdict, a denial, or something that is no case
    assert.deepEqual(kinds('Cases reported as normal by the radiologist were audited.'), []);
    assert.deepEqual(kinds('Normal studies are not reported automatically.'), []);
    assert.deepEqual(kinds('Alerts never reach the radiologist when the network is down.'), []);
  });

  test('cases under a score threshold taken out of reading', () => {
    assert.deepEqual(cues('Scans below the cut-off are removed from reading by the radiologists.'), ['autonomous: removed from reading']);
    assert.deepEqual(cues('Each film gets a score from 1 to 10, and films under a chosen threshold are removed from screen-reading.'), ['augmentative: gets a score', 'autonomous: removed from screen-reading']);
    // a quality threshold is the data's, not a verdict
    assert.deepEqual(kinds('Images under the quality threshold are removed from the worklist.'), []);
    assert.deepEqual(kinds('Patients below the age threshold were excluded from the analysis.'), []);
  });

  test('standing in for one of several readers', () => {
    assert.deepEqual(cues('The AI replaces the first of the two readers in double reading.'), ['autonomous: replaces the first of the two readers']);
    assert.deepEqual(cues('The model stands in for the first reader, and the second reader reads every film.'), ['autonomous: stands in for the first reader']);
    assert.deepEqual(kinds('The tool does not replace one of the two radiologists.'), []);
  });
});

describe('stop 37: a closed answer the software gives', () => {
  test('one verdict of a pair given as a result, a settled question, or a passive call', () => {
    assert.deepEqual(cues('For each sample the model returns one of two results: negative, or indeterminate.'), ['autonomous: negative, or indeterminate']);
    assert.deepEqual(cues('The app then shows the day\'s result: fertile or not fertile.'), ['autonomous: fertile or not fertile']);
    assert.deepEqual(cues('For every lesion it returns one recommendation: refer, or do not refer.'), ['autonomous: refer, or do not refer']);
    assert.deepEqual(cues('The classifier calls each nodule either benign or suspicious.'), ['autonomous: benign or suspicious']);
    assert.deepEqual(cues('Presentation is called cephalic or non-cephalic.'), ['autonomous: cephalic or non-cephalic']);
    assert.deepEqual(cues('The algorithms read photos of the strip and decide whether it is positive, negative or void.'), ['autonomous: positive, negative']);
  });

  test('not a person\'s verdict, a hedged one, a cut-off, a population or a verb of labelling for triage', () => {
    assert.deepEqual(kinds('The radiologist calls each nodule benign or suspicious.'), []);
    assert.deepEqual(kinds('The app may show a result: normal or abnormal.'), []);
    assert.deepEqual(kinds('Patients with normal or abnormal results were enrolled.'), []);
    assert.deepEqual(cues('The software returns a positive or negative call together with a confidence score.'), ['augmentative: returns a positive or negative call together with a confidence score']);
    assert.deepEqual(cues('A network segments the tissue and labels the case benign or malignant.'), ['assistive: labels']);
  });
});

describe('stop 37: what a study did, not the software', () => {
  test('a study\'s people who "see value" give no output', () => {
    assert.deepEqual(kinds('Its authors see potential value for nodule screening and for easing the readers\' workload.'), []);
    assert.deepEqual(cues('Clinicians see a red flag on the worklist.'), ['assistive: see a red flag']);
  });

  test('a participle timed by the patients\' course describes what happened to them', () => {
    assert.deepEqual(kinds('The model rated as high risk 80% and 70% of the cancers diagnosed within one and two years after the scan.'), []);
    assert.deepEqual(kinds('Interval cancers detected during follow-up were counted.'), []);
    // the software's own speed stays its act
    assert.deepEqual(cues('Bleeds detected within seconds are sent to the team.'), ['assistive: detected', 'assistive: sent to the team']);
  });

  test('a fronted test run on counted cases says how the study ran', () => {
    assert.deepEqual(cues('Run without human intervention on 150 more slides, it detected yeast with 92% sensitivity.'), ['assistive: detected']);
  });

  test('counted readers, or a count of what they judged, review for a study', () => {
    assert.deepEqual(kinds('A panel of three radiologists reviewed the missed cancers and judged five of the six clearly visible.'), []);
    assert.deepEqual(kinds('Two radiologists reviewed the false negatives.'), []);
    assert.deepEqual(cues('The radiologist reviewed each flagged study.'), ['physician-interprets: radiologist reviewed']);
    assert.deepEqual(cues('Two radiologists must review every flagged study.'), ['physician-interprets: radiologists must review']);
  });

  test('a verdict put on the display, but not a graded band', () => {
    assert.deepEqual(cues('For each frequency the device compares the ratio with its criterion, and the ear is shown as Pass or Refer.'), ['autonomous: Pass or Refer']);
    assert.deepEqual(kinds('Results are reported as Positive, Negative or Equivocal.'), []);
  });
});

describe('stop 37: a ranked prediction', () => {
  test('predictions ranked by likelihood are an output; a worklist ranked by urgency stays triage', () => {
    assert.deepEqual(cues('It produces ranked gene-level predictions covering 60 genes.'), ['augmentative: produces ranked gene-level predictions']);
    assert.deepEqual(kinds('It produces gene-level predictions covering 60 genes.'), []);
    assert.deepEqual(cues('The worklist is ranked by urgency.'), ['assistive: ranked by urgency']);
  });
});

describe('stop 37: therapy fired and titles', () => {
  test('a noun the computer runs is the product', () => {
    assert.deepEqual(cues('Written by nurses and engineers at a teaching hospital, the computerized protocol directs mechanical ventilation for adults.'), ['autonomous: directs mechanical ventilation']);
    assert.deepEqual(cues('The computerised guideline directs insulin dosing on the ward.'), ['autonomous: directs insulin']);
    // a protocol nobody says the computer runs stays no one's
    assert.deepEqual(kinds('The protocol directs mechanical ventilation for adults.'), []);
  });

  test('a stimulator fired by the system itself', () => {
    assert.deepEqual(cues('The controller tracks the tremor phase and fires the stimulator automatically at the chosen phase.'), ['autonomous: fires the stimulator']);
    assert.deepEqual(cues('The algorithm reads the EEG and issues each pulse itself.'), ['autonomous: issues each pulse']);
    assert.deepEqual(kinds('The console issues a trigger to start image acquisition when the operator presses the button.'), []);
    // a person's pulse, or one with nothing that sets it off
    assert.deepEqual(kinds('The operator fires a test pulse to check the coil.'), []);
  });

  test('a capitalised -ing word inside a title is no act', () => {
    assert.deepEqual(kinds('The network was trained on the 2017 PhysioNet/Computing in Cardiology Challenge data.'), []);
    assert.deepEqual(kinds('Data came from the national Screening for Life programme.'), []);
    // a sentence that opens on the -ing word is unchanged
    assert.deepEqual(cues('Computing the index takes the software two seconds, and it flags every high value.'), ['assistive: flags']);
  });
});

describe('stop 37 review: what the new readings must leave alone', () => {
  test('a reference, training or imported answer is not the software\'s verdict', () => {
    assert.deepEqual(kinds('The algorithm output was compared with the reference label: normal or abnormal.'), []);
    assert.deepEqual(kinds('The software was trained on images with a known outcome: benign or malignant.'), []);
    assert.deepEqual(kinds('The software imports the laboratory result, positive or negative, from the LIS.'), []);
  });

  test('a check of the set-up or of a therapy setting is no reading, even gated or paired', () => {
    assert.deepEqual(kinds('The technician checks the cartridge before the result is displayed.'), []);
    assert.deepEqual(kinds('The nurse confirms or changes the infusion rate.'), []);
    assert.deepEqual(cues('Trained reviewers inspect every marked segment and confirm or reject it before a count is passed to the neurologist.'), ['physician-interprets: reviewers inspect']);
  });

  test('detections during a recording stay detections; failures and study arms close no case', () => {
    assert.deepEqual(cues('Arrhythmias detected during the recording are sent to the patient\'s phone.'), ['assistive: detected']);
    assert.deepEqual(kinds('During a network outage, alerts on these studies never reach the radiologist.'), []);
    assert.deepEqual(kinds('Studies below the threshold are reported as normal automatically only in the simulation arm of the study.'), []);
    assert.deepEqual(kinds('Scans below the threshold are removed from the worklist and read by a second radiologist.'), []);
  });

  test('use in care is no test run; eligibility is no finding; healthcare users may be patients', () => {
    assert.deepEqual(cues('Deployed at 12 sites without radiologist oversight, the system reports normal chest radiographs.'), ['autonomous: without radiologist oversight']);
    assert.deepEqual(kinds('Whether the patient is eligible for the device is left to the referring physician.'), []);
    assert.deepEqual(kinds('Healthcare users check the results and decide whether to see a doctor.'), []);
  });
});
