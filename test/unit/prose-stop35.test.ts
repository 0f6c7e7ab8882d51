/**
 * Stop 35 of the prose analysis (issue 9): readings that changed when a sentence was reworded without changing its meaning
 * (`npm run eval:robust`, its surface rewrites: an adverb between subject and verb, a negative contraction, a fronted phrase before an
 * appositive), and classes read in the batch built blind in stop 34 (U: h152-h155), opened this stop. Every sentence here
 * was written for this file; each group keeps a close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cuePhrases as cues } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 35: a sentence reads the same whatever adverb stands between subject and verb', () => {
  test('an unknown verb after "routinely", "usually" reads as it does right after its subject', () => {
    assert.deepEqual(kinds('The algorithm traces the vessel walls and gives measurements for every plaque.'), ['augmentative']);
    assert.deepEqual(kinds('The algorithm routinely traces the vessel walls and gives measurements for every plaque.'), ['augmentative']);
    assert.deepEqual(kinds('The software usually matches lesions between visits and assigns the response category.'), kinds('The software matches lesions between visits and assigns the response category.'));
  });

  test('a past verb after an adverb that follows "it" or the software is the verb, before its object too', () => {
    assert.deepEqual(cues('It also detected five aneurysms that the first reports had missed.'), ['assistive: detected']);
    assert.deepEqual(cues('The software automatically measured the ejection fraction on every clip.'), ['augmentative: measured']);
  });

  test('an adverb after a determiner or a plain noun keeps the participle an adjective', () => {
    assert.deepEqual(cues('Manually corrected contours are saved with the plan.'), []);
  });
});

describe('stop 35: negative contractions read as the words they stand for', () => {
  test('"aren\'t sent for reading", "isn\'t meant to", "can\'t diagnose" read as the full forms', () => {
    for (const [short, long] of [
      ["Exams the model calls normal aren't sent for reading.", 'Exams the model calls normal are not sent for reading.'],
      ["The software isn't meant to replace the radiologist.", 'The software is not meant to replace the radiologist.'],
      ["The app can't diagnose a stroke.", 'The app cannot diagnose a stroke.'],
      ["If the tool doesn't rule a study out, radiologists read it as usual.", 'If the tool does not rule a study out, radiologists read it as usual.'],
    ]) assert.deepEqual(kinds(short), kinds(long), short);
    assert.deepEqual(kinds("Exams the model calls normal aren't sent for reading."), ['autonomous']);
  });
});

describe('stop 35: who acts', () => {
  test('a screening programme that chooses its threshold is people deciding, not the software', () => {
    assert.deepEqual(cues('Each screening program sets its own cut-off score, adjusted for local prevalence, and people who score above it are sent for sputum testing.'), []);
    assert.deepEqual(cues('Every vaccination program chooses its own age criteria and can change them.'), []);
    assert.deepEqual(cues('The program flags people above the threshold for sputum testing.'), ['assistive: flags']);
  });

  test('a fronted phrase before the subject and its appositive keeps the verb after the appositive', () => {
    assert.deepEqual(cues('In practice, an optional module, for adults only, measures pulse wave velocity.'), ['augmentative: measures']);
    assert.deepEqual(kinds('In addition, the Auto-Set option, for adults and children, adjusts the oxygen flow by itself.'), kinds('The Auto-Set option, for adults and children, adjusts the oxygen flow by itself.'));
    assert.deepEqual(kinds('In addition, the Auto-Set option, for adults and children, adjusts the oxygen flow by itself.'), ['autonomous']);
  });

  test('", and the test returns a positive or negative result" after a clause of its own opens a new clause', () => {
    assert.deepEqual(cues('Plasma is analysed for tumour DNA, and the test returns a positive or negative result.'), ['autonomous: returns a positive or negative result']);
    assert.deepEqual(cues('Its sensors are read every minute, and the app\'s model estimates the risk of a fall.'), ['augmentative: estimates']);
  });
});

describe('stop 35: a study\'s readers counting what they judged', () => {
  test('"radiologists judged 93% of them correct", "judged none of the abnormalities significant" are no reading in care', () => {
    assert.deepEqual(cues('Forty studies were missed, and the auditing radiologists judged none of them significant.'), []);
    assert.deepEqual(cues('Two cardiologists judged 88% of the alerts useful.'), []);
  });

  test('a reading of the output in care keeps its reading', () => {
    assert.deepEqual(cues('The cardiologist reviewed the tracing before the report was sent.'), ['physician-interprets: cardiologist reviewed']);
    assert.deepEqual(cues('The radiologist reviews each of the flagged studies.'), ['physician-interprets: radiologist reviews']);
  });
});

describe('stop 35: a product\'s name that opens a sentence', () => {
  test('a word the paragraph also capitalises mid-sentence is the product\'s name at a sentence start too', () => {
    assert.deepEqual(cues('The nurses in the trial used Ostara on every ward. Ostara traces the wound edges and reports the wound area.'), ['augmentative: reports the wound area']);
  });

  test('a capital only at the sentence start stays a common noun; so does the name when nothing else names it', () => {
    assert.deepEqual(cues('Ostara traces the wound edges and reports the wound area.'), []);
    assert.deepEqual(cues('Treatment starts once the nurse agrees.'), []);
  });
});

describe('stop 35: adverbs inside a duty handed to a physician', () => {
  test('"stays firmly with", "remains entirely with" hand the duty over as "stays with" does', () => {
    assert.deepEqual(cues('The diagnosis stays firmly with the neurologist.'), ['physician-interprets: stays firmly with the neurologist']);
    assert.deepEqual(cues('The final decision remains entirely with the treating clinician.'), ['physician-interprets: remains entirely with the treating clinician']);
  });

  test('"reporting" and "evaluation" are duties too', () => {
    assert.deepEqual(cues('Reporting stays with the pathologist.'), ['physician-interprets: stays with the pathologist']);
  });

  test('a negated link hands nothing over', () => {
    assert.deepEqual(cues('The decision does not rest entirely with the clinician.'), []);
  });
});

describe('stop 35: a physician named with a modifier is the same physician', () => {
  test('"helps the treating clinician", "the on-call physician\'s task", "the reading physician has to" read as without the modifier', () => {
    for (const modifier of ['treating', 'reading', 'on-call', 'board-certified']) {
      assert.deepEqual(kinds(`The measurement helps the ${modifier} clinician plan the procedure.`), kinds('The measurement helps the clinician plan the procedure.'), modifier);
      assert.deepEqual(kinds(`Interpretation of the recording remains the ${modifier} physician's task.`), ['physician-interprets'], modifier);
      assert.deepEqual(kinds(`Whatever the tool suggests, the ${modifier} radiologist reads the full study.`), ['physician-interprets'], modifier);
      assert.deepEqual(kinds(`The ${modifier} physician has to set the pump's safety limits.`), [], modifier);
    }
  });
});

describe('stop 35: a test\'s answer in quoted labels, and a decision shared with a physician', () => {
  test('"returns \'Signal Detected\' or \'No Signal Detected\'" is the test\'s own answer; denied, it is none', () => {
    assert.deepEqual(cues("The classifier returns 'Signal Detected' or 'No Signal Detected' for each sample."), ["autonomous: returns 'Signal Detected' or 'No Signal Detected"]);
    assert.deepEqual(cues("The classifier does not return 'Signal Detected' or 'No Signal Detected'."), []);
  });

  test('"made by the patient together with the urologist" is a physician\'s decision; "by the patient" alone is not', () => {
    assert.deepEqual(kinds('The treatment decision is made by the patient together with the urologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The decision is made by the patient in consultation with the treating oncologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The decision is made by the patient.'), []);
    assert.deepEqual(kinds('The app is used by the patient together with a caregiver.'), []);
  });
});
