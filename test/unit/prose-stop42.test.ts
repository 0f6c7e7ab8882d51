/**
 * Stop 42 of the prose analysis (issue 9): readings missing in the batch built blind in stop 41 (AB: h180-h183), opened this
 * stop. Every sentence here was written for this file (none is AB's); each group keeps a close wording whose older reading
 * must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, readSentences } from '../../src/core/prose';
import { lintText } from '../../src/core/engine';
import { TODAY, cuePhrases as cues, doc } from './helpers';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 42: a direct question claims nothing', () => {
  test("an FAQ's question gives no cue, whatever it asks about", () => {
    // before stop 42 this read as the software telling the user a diagnosis (autonomous)
    assert.deepEqual(kinds('Can it tell me whether I have asthma?'), []);
    // and this as a notification (assistive)
    assert.deepEqual(kinds('What is an irregular rhythm notification?'), []);
    assert.deepEqual(kinds('Does the band measure my oxygen level while I sleep?'), []);
    assert.equal(readSentences('Can it tell me whether I have asthma?')[0]?.hypothetical, true);
  });

  test('the answer after the question keeps its reading', () => {
    assert.deepEqual(cues('Yes, it tells you whether your rhythm shows signs of atrial fibrillation.'), cues('It tells you whether your rhythm shows signs of atrial fibrillation.'));
    assert.deepEqual(kinds('It measures your oxygen level every second.'), ['augmentative']);
  });

  test('an autonomous dossier whose FAQ asks about a diagnosis gets no finding from the question', () => {
    const body = (question: string): string =>
      doc('---', 'cpt_dossier: 1', 'title: Ring', 'classification: augmentative', 'taxonomy: 2027', '---', '', '## Software output', '', question, '', 'The ring reports an oxygen desaturation index for each night.', '');
    const findings = (text: string) => lintText(text, { fileName: 'a.dossier.md', today: TODAY }).findings.filter((f) => f.ruleId === 'classification-cue');
    assert.deepEqual(findings(body('Can it tell me whether I have sleep apnoea?')), []);
    // the same words as a statement are the software's conclusion
    assert.equal(findings(body('It tells me whether I have sleep apnoea.')).length, 1);
  });
});

describe('stop 42: who acts when a person continues, needs or tries to act', () => {
  test('"continue to" and its kind keep the person as the one who acts', () => {
    // before stop 42 "continue" was read as a noun and the titrating as the software's (autonomous)
    assert.deepEqual(kinds('The display only advises, and anaesthetists continue to titrate the drugs themselves.'), []);
    assert.deepEqual(kinds('The screen advises, but the nurses need to adjust the infusion rate by hand.'), []);
    assert.equal(analyseSentence('Nurses continue to adjust the insulin dose themselves.').agent, 'physician');
  });

  test("a device that continues to act still acts", () => {
    assert.deepEqual(cues('Insulin pumps continue to adjust the basal rate.'), ['autonomous: adjust the basal']);
    assert.deepEqual(cues('The algorithms continue to flag suspected bleeds.'), ['assistive: flag']);
  });
});

describe('stop 42: what a review concludes is the reviewer\'s', () => {
  test('a verb of concluding after a that-clause has the reporter as its subject, in the past too', () => {
    // before stop 42 "concluded" took the index inside the that-clause as its subject (autonomous)
    assert.deepEqual(kinds('A 2016 review of nine trials found that the index varied widely between studies, with areas under the curve from 0.51 to 0.97, and concluded it was not yet reliable.'), []);
    assert.deepEqual(kinds('The authors showed that the score rose before each event and recommended it for research use only.'), []);
  });

  test("the software's own concluding after a that-clause stays its act", () => {
    assert.deepEqual(cues('The software checks that the electrodes are attached and concludes whether the rhythm is shockable.'), cues('The software concludes whether the rhythm is shockable.'));
  });
});

describe('stop 42: worn devices that treat, and devices that stop an injection', () => {
  test('a vest, a headband or a headset is the device that acts', () => {
    // before stop 42 nobody acted in these sentences (no cue)
    assert.deepEqual(cues('The vest watches the rhythm and gives a shock by itself.'), ['autonomous: gives a shock']);
    assert.deepEqual(cues('The headset adjusts the stimulation on its own.'), ['autonomous: adjusts the stimulation']);
  });

  test('a device that stops the injection by itself, or on what it senses, acts itself', () => {
    assert.deepEqual(cues('The controller stops the injector by itself.'), ['autonomous: stops the injector']);
    assert.deepEqual(cues('The controller halts the injection automatically.'), ['autonomous: halts the injection']);
    // a person who stops it, or a stop with nothing that sets it off, is no act of the device
    assert.deepEqual(kinds('The nurse stops the injection when the patient feels pain.'), []);
    assert.deepEqual(kinds('The technologist can stop the injector at any time.'), []);
  });
});

describe('stop 42: instructions for a therapy and features made from a signal', () => {
  test('an instruction for a therapy is a management recommendation', () => {
    // before stop 42 only the plural "instructions" was
    assert.deepEqual(cues('The program gives an instruction for the next insulin rate.'), ['autonomous: gives an instruction']);
    assert.deepEqual(kinds('The program gives an instruction for use on the first screen.'), []);
  });

  test('features derived from a signal are a classifier\'s inputs; derived values reported are output', () => {
    // before stop 42 "features derived" read as a quantitative output (augmentative)
    assert.deepEqual(kinds('The newer detector adds stability features derived from the raw lead signals.'), []);
    assert.deepEqual(cues('The app reports derived parameters from the tracing.'), ['augmentative: reports derived parameters']);
    assert.deepEqual(cues('The report lists derived values for each chamber.'), ['augmentative: lists derived values']);
  });
});

describe('stop 42: a main clause after a fronted clause with no comma', () => {
  test('a determiner, its noun and a finite verb with an object open the main clause', () => {
    // before stop 42 the whole sentence was read as the if-clause (no cue)
    assert.deepEqual(cues('If it finds a fast rhythm the monitor gives a shock by itself.'), ['autonomous: gives a shock']);
    assert.deepEqual(cues('When the radiologist opens the study the viewer shows the marks.'), ['assistive: shows the marks']);
    // (or a preposition and its noun phrase after the verb)
    assert.deepEqual(cues('If it finds a fast rhythm the monitor runs through its treatment sequence and gives a shock by itself.'), ['autonomous: gives a shock']);
    // the same with the comma, as before
    assert.deepEqual(cues('If it finds a fast rhythm, the monitor gives a shock by itself.'), ['autonomous: gives a shock']);
  });

  test('an object relative clause with no pronoun is no main clause', () => {
    // ("the device classifies as shockable" has no object after its verb: no main clause opens there, as before stop 42)
    assert.deepEqual(kinds('If it detects a rhythm the device classifies as shockable, it charges.'), []);
  });
});

describe('stop 42: a bare verb after a plural subject that opens its clause', () => {
  test('"the rules issue an instruction" is the rules acting', () => {
    // before stop 42 "issue" was read as a noun after "rules" (no cue)
    assert.deepEqual(cues('Each time a glucose value is entered, the rules issue an instruction for the insulin infusion rate.'), ['autonomous: issue an instruction']);
    assert.deepEqual(cues('Two readers report the grade, and the algorithms grade the same images.'), ['augmentative: grade']);
  });

  test('a plural inside a phrase, or a singular subject, keeps the older reading', () => {
    assert.deepEqual(kinds('FDA rules require a clinical study for this class.'), []);
    assert.deepEqual(cues('The results page shows the score.'), ['augmentative: score']);
  });
});

describe('stop 42: a question mark the text names is no question', () => {
  test('a quoted "?" shown on a screen leaves the sentence read', () => {
    assert.deepEqual(cues('The screen shows "YES" when hCG has been detected, or a "?" when the test failed.'), ['assistive: shows "YES" when', 'assistive: detected']);
    // a question that ends on a quoted word is still a question
    assert.deepEqual(kinds('Can it tell me whether I have "asthma"?'), []);
  });
});

describe('stop 42 review: where the new readings stop', () => {
  test('only a sentence that opens as a question is one; what it takes for granted is still stated', () => {
    assert.deepEqual(cues('The pump suspends insulin when glucose falls, doesn\'t it?'), ['autonomous: suspends insulin']);
    assert.deepEqual(cues('The algorithm flags suspected bleeds, but who reads the flags after midnight?'), ['assistive: flags']);
    assert.deepEqual(cues('Did you know the patch detects atrial fibrillation and notifies your doctor?'), ['assistive: detects', 'assistive: notifies']);
    assert.deepEqual(cues('Isn\'t it remarkable that the closed-loop system adjusts insulin every five minutes?'), ['autonomous: adjusts insulin']);
    assert.deepEqual(cues('Does the algorithm, which calculates a risk score for every admission, shorten the stay?'), ['augmentative: calculates']);
    assert.deepEqual(cues('The app measures your oxygen saturation every minute and then asks, "Are you short of breath?"'), ['augmentative: measures']);
    // a question's second clause that opens on an auxiliary asks too
    assert.deepEqual(kinds('Does the software measure the nodule, and does it report the volume?'), []);
    assert.deepEqual(kinds('And if my rhythm changes, does the watch call for help?'), []);
  });

  test('a reading the person goes on doing is theirs', () => {
    assert.deepEqual(cues('Physicians continue to review every study flagged by the software.'), ['physician-interprets: Physicians continue to review']);
    assert.deepEqual(kinds('Nurses try to adjust the infusion rate themselves.'), []);
  });

  test("a device's warning or suggestion after a study's that-clause stays the device's", () => {
    assert.deepEqual(cues('The review found that the device detected arrhythmias early, and warned the patient within seconds.'), ['assistive: detected', 'assistive: warned']);
    assert.deepEqual(cues('The study showed that the closed-loop system reduced lows, and suggested a basal rate for each patient.'), ['autonomous: suggested a basal']);
  });

  test('decision rules people apply, device handling instructions and reminders are no acts of the software', () => {
    assert.deepEqual(kinds('The Ottawa ankle rules tell clinicians whether to order an X-ray.'), []);
    assert.deepEqual(kinds('The app shows an instruction for insulin pen priming.'), []);
    assert.deepEqual(kinds('The app includes a treatment instruction video for new users.'), []);
    assert.deepEqual(cues('The app stops the injection reminders when the course ends.'), ['assistive: reminders']);
    assert.deepEqual(kinds('The nurse halted the injections when the patient developed a fever.'), []);
  });

  test('parameters calculated from a signal are output; a clause after a verb of saying is what is said', () => {
    assert.deepEqual(cues('The output consists of haemodynamic parameters calculated from the pulse contour.'), ['augmentative: parameters']);
    assert.deepEqual(kinds('When the manual tells the user the app diagnoses sleep apnoea, it overstates the claim.'), []);
    assert.deepEqual(kinds('Each time a value is entered, the results screen the nurse uses is refreshed.'), []);
  });
});

describe('stop 42 review: the comma-less main clause after a clause that ends on its verb or on a state', () => {
  test('a determiner, its noun and a finite verb with an object open the main clause there too', () => {
    // before, the whole sentence was the subordinate clause (no cue)
    assert.deepEqual(cues('When a study arrives the algorithm triages the study within minutes.'), ['assistive: triages']);
    assert.deepEqual(cues('If the rhythm is shockable the device delivers a shock.'), ['autonomous: delivers a shock']);
    assert.deepEqual(cues('If the value is high the physician reviews the tracing.'), ['physician-interprets: physician reviews']);
  });
});
