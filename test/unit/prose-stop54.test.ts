/**
 * Stop 54 of the prose analysis (issue 9): readings missing in the batch built blind in stop 53 (AO: h243-h249), opened
 * this stop: "No." as an answer, not a number's abbreviation; a verb after two people joined by "or"; "works its way";
 * what a nudge is to; an infinitive "to put" after a noun; combing through scans to flag; a two-way sort into a finding
 * and its absence; patterns that suggest a condition; "that" before a two-word noun; and a pacemaker retiming its own
 * beats; then a product named after ", and" past an instruction; the product after "a study of"; counted quantities before
 * a colon; and teams named by their field; then (round 2) the last word a physician has, a cleft on who decides, and a
 * second look from a physician. Every sentence here was written for this file; each group keeps a close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tags } from './helpers';
import { analyseSentence, findCues } from '../../src/core/prose';
import { tokenize } from '../../src/core/prose/tokens';
import { sentences } from '../../src/core/prose/sentences';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();
const phrases = (text: string): string[] => findCues(text).map((c) => `${c.kind}: ${c.phrase}`);
const sentenceCount = (text: string): number => sentences(tokenize(text)).length;

describe('stop 54: "No." answers a question', () => {
  test('"No." before a capital ends its sentence, so the next one keeps its own reader', () => {
    assert.deepEqual(phrases('Will the scanner decide if my wrist is broken? No. Your surgeon looks at the films before deciding.'), ['physician-interprets: surgeon looks', 'physician-interprets: deciding']);
  });

  test('"No. 4", "Fig. 2" and "No. K123456" still keep their sentence', () => {
    assert.equal(sentenceCount('Lead No. 4 is where the program marks the widest QRS.'), 1);
    assert.equal(sentenceCount('See Fig. 2 for the overlay the software draws.'), 1);
    assert.equal(sentenceCount('Clearance No. K991234 covers the flagging of bleeds.'), 1);
    assert.equal(sentenceCount('Is it a diagnosis? No. The doctor decides.'), 3);
  });
});

describe('stop 54: who does the act', () => {
  test('"the surgeon or radiologist reviews every film": the verb of two people joined by "or"', () => {
    assert.deepEqual(tags('It is an aid, and the surgeon or radiologist reviews every film.').slice(8, 12), ['or/cc', 'radiologist/noun', 'reviews/verb', 'every/det']);
    assert.deepEqual(kinds('It is an aid, and the surgeon or radiologist reviews every film and decides whether anything is needed.'), ['physician-interprets']);
  });

  test('"a nudge to refer", "a reminder to recheck": what the reader is nudged to do is no act of the software', () => {
    assert.deepEqual(kinds('A red frame is only a nudge to refer or biopsy, not a diagnosis.'), []);
    assert.deepEqual(kinds('The amber frame is a reminder to recheck the dose.'), []);
  });

  test('a referral the software makes itself keeps its reading', () => {
    assert.deepEqual(kinds('The app refers the patient for a biopsy on its own.'), ['autonomous']);
  });
});

describe('stop 54: words that are no output', () => {
  test('"works its way out" is a path, "a tool to put on the list" places no output', () => {
    assert.deepEqual(kinds('Over time the nail works its way out of the bone.'), []);
    assert.deepEqual(kinds('For buyers, one more fracture tool to put on the shortlist.'), []);
  });

  test('"works out the dose" and "puts the score in the report" keep their reading', () => {
    assert.deepEqual(kinds('The program works out the fluid balance for each shift.'), ['augmentative']);
    assert.deepEqual(kinds('The software puts the score in the report.'), ['augmentative']);
  });

  test('"combs through every scan and flags the slices" is the flag; combing alone still processes', () => {
    assert.deepEqual(phrases('It combs through every slice and flags the ones with a bleed.'), ['assistive: flags']);
    assert.deepEqual(kinds('It combs through the whole overnight recording breath by breath.'), ['augmentative']);
  });

  test('"looks for patterns that suggest a rhythm": what the patterns suggest is the evidence, not a conclusion', () => {
    assert.deepEqual(kinds('The watch looks for pulse patterns that suggest an irregular rhythm.'), ['assistive']);
    assert.deepEqual(kinds('The watch suggests an irregular rhythm on its own.'), ['autonomous']);
  });
});

describe('stop 54: a two-way sort into a finding and its absence is a flag', () => {
  test('"into X or not", "into X or no X", "into positive and negative", "into X or normal", "into those … and those …"', () => {
    assert.deepEqual(kinds('The network sorts each ankle film into fracture or not.'), ['assistive']);
    assert.deepEqual(kinds('The model sorts each cry recording into distress or no distress.'), ['assistive']);
    assert.deepEqual(kinds('It sorts the smears into positive and negative.'), ['assistive']);
    assert.deepEqual(kinds('The classifier sorts every frame into polyp or normal mucosa.'), ['assistive']);
    assert.deepEqual(kinds('It sorts the films into those that look like a slipped epiphysis and those that look normal.'), ['assistive']);
  });

  test('a sort into several kinds keeps its augmentative reading', () => {
    assert.deepEqual(kinds('It sorts each beat into normal, supraventricular, ventricular or paced.'), ['augmentative']);
    assert.deepEqual(kinds('It sorts each lesion into one of four patterns.'), ['augmentative']);
  });
});

describe('stop 54: "that" before a two-word noun, and a pacemaker retiming its own beats', () => {
  test('"lowers that pacing rate by itself": "that" is a determiner; "reports that detection accuracy has …" opens a clause', () => {
    assert.deepEqual(tags('It lowers that pacing rate by itself.').slice(1, 3), ['lowers/verb', 'that/det']);
    assert.deepEqual(tags('The maker reports that detection accuracy has reached 90 percent.').slice(3, 4), ['that/sub']);
    assert.notDeepEqual(tags('The pump records heart sounds that clinicians use later.').slice(5, 6), ['that/det']);
  });

  test('"the pacemaker shortens that gap", "lowers the rate", "sets the length of the pause itself"', () => {
    assert.deepEqual(phrases('When you run, the pacemaker gradually shortens that gap.'), ['autonomous: shortens that gap']);
    assert.deepEqual(phrases('At night the pacemaker lowers the rate to a gentler level.'), ['autonomous: lowers the rate']);
    assert.deepEqual(phrases('With the feature on, the pacemaker sets the length of the pause itself.'), ['autonomous: sets the length of the pause']);
    assert.deepEqual(kinds('Overnight the device slowly lowers the rate it paces at.'), ['autonomous']);
  });

  test('a person setting the rate, a denial, or a device that paces nothing keeps its older reading', () => {
    assert.deepEqual(kinds('Your cardiologist lowers the rate at the next visit.'), []);
    assert.deepEqual(kinds('The pacemaker never lowers the rate on its own.'), []);
    assert.deepEqual(kinds('The device lowers the sampling rate to save battery.'), []);
  });
});

describe('stop 54: the product as the subject of its own clause', () => {
  test('"Type in the weight, and DoseWise works out the volume": a product after ", and" past an instruction does the act', () => {
    assert.deepEqual(kinds('Type in the weight and the prescribed amounts, and DoseWise works out the volume of each additive.'), ['augmentative']);
  });

  test('"a study of software that sorts …": the relative clause describes the product after "of"', () => {
    assert.deepEqual(kinds('We are in a trial of software that measures the airway walls on each scan.'), ['augmentative']);
  });

  test('an instruction alone keeps its reader, and a study figure stays no output', () => {
    assert.deepEqual(kinds('Type in the weight and the prescribed amounts.'), []);
    assert.deepEqual(kinds('The accuracy of the algorithm that flags bleeds was 92 percent.'), []);
  });
});

describe('stop 54: counted quantities before a colon, and teams named by their field', () => {
  test('"reports four values: …" names quantities; settings chosen for them do not', () => {
    assert.deepEqual(kinds('For each recording the program reports four values: the duration, the amplitude, the slope and the area.'), ['augmentative']);
    assert.deepEqual(kinds('The program reports values.'), []);
    assert.notDeepEqual(kinds('The controller selects the settings for three parameters: rate, volume and oxygen.'), ['augmentative']);
  });

  test('"the thoracic team reads", "the fetal medicine team reviews": a team named by its field is clinicians', () => {
    assert.deepEqual(kinds('The thoracic team reads the leak trend each morning.'), ['physician-interprets']);
    assert.deepEqual(kinds('The fetal medicine team reviews every flagged view.'), ['physician-interprets']);
    assert.deepEqual(kinds('The software team reviews the logs every week.'), []);
  });
});

describe('stop 54 round 2: the physician has the last word', () => {
  test('"has the final say", "still has the last word": "have" before the last word is the main verb', () => {
    assert.deepEqual(phrases('The cardiologist has the final say.'), ['physician-interprets: cardiologist has the final say']);
    assert.deepEqual(kinds('The pathologist still has the last word on every slide.'), ['physician-interprets']);
  });

  test('"it\'s the clinician who decides, not the machine": a cleft on who decides', () => {
    assert.deepEqual(kinds("It's the dermatologist who decides, not the app."), ['physician-interprets']);
    assert.deepEqual(kinds('It is the software that decides.'), []);
  });

  test('"a second look from the pathologist" is a review; input from a clinician stays unread', () => {
    assert.deepEqual(kinds('Every marked region gets a second look from the pathologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('The stimulator starts on its own, without input from a clinician.').includes('physician-interprets'), false);
    assert.deepEqual(kinds('The software takes a second look at every image.'), []);
  });
});
