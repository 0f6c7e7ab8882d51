/**
 * Robustness of the prose analysis (issue 9, `npm run eval:robust`): the same meaning worded
 * differently must read the same. Each family below was found by a meaning-preserving
 * transformation of a tuning sentence and fixed by a general rule; every sentence here was
 * written for this file. Assertions are what a user sees: the cue kinds and phrases `findCues`
 * returns, and the `classification-cue` findings (rule id, range, suggested class) of a dossier.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier } from './helpers';

describe('robust: a fronted phrase does not lift the negation of "no X, Y or Z"', () => {
  test('"no size, grade or risk index is reported" stays negated after a fronted phrase', () => {
    assert.deepEqual(cues('No size, grade or risk index is reported by the tool.'), []);
    assert.deepEqual(cues('During normal operation, no size, grade or risk index is reported by the tool.'), []);
    assert.deepEqual(cues('For every study, no box, arrow or outline is drawn on the images.'), []);
  });

  test('the same list without "no" still reads as an output', () => {
    assert.deepEqual(cues('During normal operation, a size, grade and risk index are reported by the tool.'), ['augmentative: grade and risk index are reported']);
  });

  test('an assistive dossier that says no score is computed gets no classification-cue', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'In clinical use, no volume, grade or severity score is computed by the software.')), []);
  });
});

describe('robust: a plural noun takes a verb without -s, so "the <software> <verb>s <noun>s" has its verb first', () => {
  test('"the program places marks", "the tool quantifies changes" read like "it places marks"', () => {
    assert.deepEqual(cues('It places marks on suspected fractures.'), ['assistive: places marks']);
    assert.deepEqual(cues('The program places marks on suspected fractures.'), ['assistive: places marks']);
    assert.deepEqual(cues('The tool quantifies changes in retinal thickness.'), ['augmentative: quantifies']);
  });

  test('a plural subject before a verb without -s stays a noun ("outcome measures include")', () => {
    assert.deepEqual(cues('Outcome measures include sensitivity and specificity.'), []);
  });

  test('an assistive dossier whose software "quantifies changes" gets an augmentative classification-cue', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The tool quantifies changes in retinal thickness.')), ['classification-cue 10:10-10:20 augmentative']);
  });
});

describe('robust: an unknown -s verb after "the <software>" is its verb', () => {
  test('"the watch senses skin conductance and flags episodes" finds the flagging', () => {
    assert.deepEqual(cues('The watch senses skin conductance and flags convulsive episodes.'), ['assistive: flags']);
  });

  test('a compound subject before its own verb is no verb ("the watch settings screen is shown")', () => {
    assert.deepEqual(cues('The watch settings screen is shown to the nurse.'), []);
  });
});

describe('robust: a passive\'s "by" agent ends at a subordinator', () => {
  test('"suspended by the controller when glucose …" is done by the controller, not by glucose', () => {
    assert.deepEqual(cues('Insulin is suspended by the controller when glucose trends downward.'), ['autonomous: Insulin is suspended']);
    assert.deepEqual(cues('The controller suspends insulin when glucose trends downward.'), ['autonomous: suspends insulin']);
  });
});

describe('robust: "derives" a quantity is "computes" it; leads of a signal are input, not output', () => {
  test('"derives the QT interval" reads like "computes the QT interval"', () => {
    assert.deepEqual(cues('The app derives the QT interval from each recording.'), ['augmentative: derives']);
    assert.deepEqual(cues('The app computes the QT interval from each recording.'), ['augmentative: computes']);
  });

  test('deriving or scoring ECG leads is processing of the input', () => {
    assert.deepEqual(cues('The app records two leads and derives the remaining limb leads.'), []);
    assert.deepEqual(cues('The recorder can capture Lead-I and derive Lead-III from it.'), []);
  });
});

describe('robust: a comparison with published figures is a comparison against reference data', () => {
  test('"compares each volume with figures from the published literature"', () => {
    assert.deepEqual(cues('The module compares each volume with figures from the published literature.'), ['augmentative: compares each volume with figures from the published']);
  });
});

describe('robust: a short bracketed aside between subject and verb is transparent', () => {
  test('"The tool (version 2.1) looks for emboli and flags suspect cases" reads like the sentence without the aside', () => {
    // (looking for a finding is itself flagging since stop 46)
    assert.deepEqual(cues('The tool looks for emboli and flags suspect cases.'), ['assistive: looks for', 'assistive: flags']);
    assert.deepEqual(cues('The tool (version 2.1) looks for emboli and flags suspect cases.'), ['assistive: looks for', 'assistive: flags']);
    assert.deepEqual(cues('It (release 3) senses wrist motion and detects convulsive seizures.'), ['assistive: detects']);
  });
});

describe('robust: a lower-case product name after a fronted phrase is still the subject', () => {
  test('"Within the stroke pathway, strokeview flags suspected occlusions"', () => {
    assert.deepEqual(cues('strokeview flags suspected occlusions.'), ['assistive: flags']);
    assert.deepEqual(cues('Within the stroke pathway, strokeview flags suspected occlusions.'), ['assistive: flags']);
  });

  test('a physician after a fronted phrase is still a physician', () => {
    assert.deepEqual(cues('For each study, the radiologist must review the marked regions.'), ['physician-interprets: radiologist must review']);
  });
});

describe('robust: "is designed / built / intended to <act>": the subject does the act', () => {
  test('the designed product is the agent, as in the plain present', () => {
    for (const text of ['NeuroVolt computes the hippocampal volume.', 'NeuroVolt is designed to compute the hippocampal volume.', 'NeuroVolt is intended to compute the hippocampal volume.', 'NeuroVolt is built to compute the hippocampal volume.']) {
      assert.deepEqual(analyseSentence(text), { kinds: ['augmentative'], agent: 'software' }, text);
    }
  });

  test('an assistive dossier whose tool "is designed to calculate" a volume gets an augmentative classification-cue', () => {
    assert.deepEqual(cueFindings(dossier('assistive', 'The tool is designed to calculate the infarct volume.')), ['classification-cue 10:25-10:34 augmentative']);
  });
});

describe('robust: every fronted phrase and clause ends at its comma', () => {
  test('"During monitoring, while the patient sleeps, the watch flags …" reads like the sentence without the first phrase', () => {
    assert.deepEqual(cues('While the patient sleeps, the watch flags irregular pulse episodes.'), ['assistive: flags']);
    assert.deepEqual(cues('During monitoring, while the patient sleeps, the watch flags irregular pulse episodes.'), ['assistive: flags']);
    assert.deepEqual(analyseSentence('During monitoring, while the patient sleeps, the watch flags irregular pulse episodes.'), { kinds: ['assistive'], agent: 'software' });
  });
});

describe('robust: a relative clause on the subject is not the main clause', () => {
  test('"The tool, which runs in the cloud, is used by cardiologists …": the cardiologists act, as without the aside', () => {
    assert.deepEqual(analyseSentence('The tool is used by cardiologists who read the tracings.'), { kinds: [], agent: 'physician' });
    assert.deepEqual(analyseSentence('The tool, which runs in the cloud, is used by cardiologists who read the tracings.'), { kinds: [], agent: 'physician' });
  });
});
