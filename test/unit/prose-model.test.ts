// The statistical backoff of "what the prose suggests" (src/core/prose/backoff.ts, model.ts).
// Every sentence here is written for this test; none comes from a labelled set.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assessText } from '../../src/core/assess';
import { lintText } from '../../src/core/engine';
import { renderAssessmentMarkdown } from '../../src/core/report/markdown';
import { parseDossier } from '../../src/core/dossier';
import { proseVerdict } from '../../src/core/prose/suggest';
import { findCues, readSentences } from '../../src/core/prose';
import { sentenceFeatures, stem } from '../../src/core/prose/model';
import { trainedWeightsText, WEIGHTS_FILE } from '../../scripts/train-prose-model';

function dossier(declared: string, ...paragraphs: string[]): string {
  return ['---', 'cpt_dossier: 1', 'title: Test service', `classification: ${declared}`, ...(declared === 'autonomous' ? ['autonomy_level: II'] : []), 'taxonomy: 2027', 'target_category: III', '---', '', '# Service', '', '## Software output', '', ...paragraphs.flatMap((p) => [p, '']), ''].join('\n');
}
const opts = { fileName: 'test.dossier.md', today: '2026-11-23' };

// No rule phrase names a class in either passage (checked by the first test), yet the wording is plain.
const VOLUMES = 'Every report ends with a table of measured volumes, percentiles and asymmetry indices for each region. The company behind it was founded in Ohio.';
const BANNER = 'A red banner tells the on-call team that a bleed may be present. The tool puts suspected bleeds at the top of the worklist so they are read sooner.';

describe('statistical backoff of the suggested class', () => {
  test('the passages used below hold no rule phrase of a class', () => {
    assert.deepEqual(findCues(VOLUMES).map((c) => c.kind), []);
    assert.deepEqual(findCues(BANNER).map((c) => c.kind), []);
  });

  test('a dossier no rule reads gets the class its wording resembles, marked statistical, with the reason', () => {
    const volumes = assessText(dossier('assistive', VOLUMES), opts).classification;
    assert.equal(volumes.suggested, 'augmentative');
    assert.equal(volumes.statistical, true);
    assert.equal(volumes.reason, 'no phrase names a class; the wording of 1 sentence reads most like augmentative work (a statistical reading, not a rule)');
    const banner = assessText(dossier('augmentative', BANNER), opts).classification;
    assert.equal(banner.suggested, 'assistive');
    assert.equal(banner.reason, 'no phrase names a class; the wording of 2 sentences reads most like assistive work (a statistical reading, not a rule)');
  });

  test('the report prints the statistical suggestion with its reason', () => {
    const md = renderAssessmentMarkdown(assessText(dossier('assistive', VOLUMES), opts));
    assert.match(md, /The prose suggests \*\*augmentative\*\*: no phrase names a class; the wording of 1 sentence reads most like augmentative work \(a statistical reading, not a rule\)\./);
  });

  test('the lens verdict says the suggestion rests on wording, not on a class phrase', () => {
    const c = assessText(dossier('assistive', VOLUMES), opts).classification;
    const s = { suggested: c.suggested, counts: c.counts, reason: c.reason, statistical: c.statistical };
    assert.equal(proseVerdict('assistive', s), 'prose wording reads like augmentative (no class phrase)');
    assert.equal(proseVerdict('augmentative', s), 'prose wording reads like it (no class phrase)');
  });

  test('stays silent when the rules suggest a class', () => {
    const rules = 'For every patient the package computes the volume of each brain region in millilitres.';
    const c = assessText(dossier('augmentative', rules, BANNER), opts).classification;
    assert.equal(c.suggested, 'augmentative');
    assert.equal(c.statistical, undefined);
    assert.equal(c.reason, '1 phrase suggests augmentative work');
  });

  test('suggests nothing when the wording resembles no class', () => {
    const c = assessText(dossier('assistive', 'The company behind it was founded in Ohio. Its offices are close to the river.'), opts).classification;
    assert.equal(c.suggested, undefined);
    assert.equal(c.statistical, undefined);
  });

  test('raises no warning: a statistical reading of a sentence is information, marked statistical (round 18l)', () => {
    const cue = lintText(dossier('assistive', VOLUMES), opts).findings.filter((f) => f.ruleId === 'classification-cue');
    assert.ok(cue.length > 0, 'the measured volumes read as augmentative work');
    for (const f of cue) {
      assert.equal(f.severity, 'info');
      assert.deepEqual(f.data, { suggests: 'augmentative', statistical: true });
    }
  });

  test('reads the body prose as the parse stage read it: not the frontmatter, headings, code, comments or quotations', () => {
    const body = ['# Software output', '', 'First line', 'of a paragraph.', '', '```yaml', 'classification: autonomous', '```', '<!-- the tool decides', 'on its own -->', '', '> The tool decides on its own.', '', 'The reading radiologist:', '', '- measures the lesion', '', '| Output | Who |', '|---|---|', '| volumes | software |'].join('\n');
    const parsed = parseDossier(dossier('assistive', body), { fileName: 'test.dossier.md' });
    const prose = parsed.prose.flat();
    assert.deepEqual(prose.map(({ text, lead }) => (lead ? { text, lead } : { text })), [
      { text: 'First line\nof a paragraph.' },
      { text: 'The reading radiologist:' },
      { text: 'measures the lesion', lead: 'physician' },
      { text: '| Output | Who |\n|---|---|\n| volumes | software |' },
    ]);
    // Each block knows where it starts (its chunk's start plus its own offset): the passage reading finds its section so.
    const starts = parsed.prose.flatMap((blocks, i) => blocks.map((b) => parsed.proseStarts[i] + (b.at ?? NaN)));
    assert.deepEqual(starts.map((at) => parsed.text.slice(at, at + 10)), ['First line', 'The readin', 'measures t', '| Output |']);
    const c = assessText(dossier('assistive', '```', 'The pump raises or lowers insulin on its own every five minutes.', '```'), opts).classification;
    assert.equal(c.suggested, undefined);
  });

  test('who acts is read in context, as the rules read it: a list under a physician lead-in, a pronoun that points back', () => {
    // Each sentence on its own names no physician; in its paragraph or list it does, so it casts no class vote.
    const lead = assessText(dossier('assistive', 'The reading radiologist:', '- puts suspected bleeds at the top of the worklist for urgent review.'), opts).classification;
    assert.equal(lead.suggested, undefined);
    const pronoun = assessText(dossier('assistive', 'The radiologists open every flagged study first. They then move the urgent ones to the top of the worklist so they are read sooner.'), opts).classification;
    assert.equal(pronoun.suggested, undefined);
    // The same act with nobody named is the software's.
    const bare = assessText(dossier('augmentative', '- puts suspected bleeds at the top of the worklist for urgent review.'), opts).classification;
    assert.equal(bare.suggested, 'assistive');
    assert.equal(bare.statistical, true);
  });

  test('features of a sentence: lower-cased unigrams and bigrams, numbers folded', () => {
    assert.deepEqual(sentenceFeatures(readSentences('Flags 3 Scans')[0]), ['flags', '<s> flags', '#', 'flags #', 'scans', '# scans']);
  });

  test('features of a sentence carry its structure: negation scope, who acts in the clause, its verbs, its agent', () => {
    const only = { words: false, lemmas: false, scope: true, structure: true };
    const features = (text: string): string[] => sentenceFeatures(readSentences(text)[0], only);
    assert.deepEqual(features('The software does not measure the volume.'), ['NEG_not', 'NEG_measure', 'V_measure', 'NEG_volume', 'AGENT_software']);
    assert.deepEqual(features('The radiologist measures the volumes.'), ['PHYS_radiologist', 'PHYS_measure', 'V_measure', 'PHYS_volume', 'AGENT_physician']);
    // The software's own act, affirmed: no mark.
    assert.deepEqual(features('The software measures the volumes.'), ['V_measure', 'AGENT_software']);
  });

  test('a clause the rules set aside (why a device is kept on) counts nothing for the model either', () => {
    // The model alone reads "detected" as assistive; the rules read the clause as the reason the band stays on.
    assert.equal(assessText(dossier('augmentative', 'The band should stay on the wrist during sleep so that arrhythmias can be detected.'), opts).classification.suggested, undefined);
    const [sentence] = readSentences('The band should stay on the wrist during sleep so that arrhythmias can be detected.');
    assert.deepEqual(sentenceFeatures(sentence, { words: false, lemmas: true, scope: false, structure: false }), ['L_the', 'L_band', 'L_should', 'L_stay', 'L_on', 'L_wrist', 'L_dur', 'L_sleep', 'L_so', 'L_that']);
  });

  test('one form per word family: plurals, -ing and -ed forms fold; words that only end in s stay', () => {
    assert.deepEqual(['flags', 'studies', 'patches', 'volumes', 'measuring', 'status', 'analysis', 'focus'].map(stem), ['flag', 'study', 'patch', 'volume', 'measur', 'status', 'analysis', 'focus']);
  });

  test('the training script reproduces the committed weights, byte for byte', () => {
    assert.equal(trainedWeightsText(), readFileSync(WEIGHTS_FILE, 'utf8'));
  });
});
