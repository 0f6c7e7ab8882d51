import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { assessText, nextCategory3Release } from '../../src/core/assess';
import { TODAY, clean, doc } from './helpers';

const opts = { fileName: 'a.dossier.md', today: TODAY };

describe('assessment', () => {
  test('a clean dossier is ready, with every prerequisite met and located', () => {
    const a = assessText(clean(), opts);
    assert.equal(a.verdict.status, 'ready');
    assert.match(a.verdict.text, /^Ready: Category III prerequisites met, classification consistent with the prose, ASE notified on time\.$/);
    assert.deepEqual(
      a.prerequisites.map((p) => [p.id, p.met, p.where?.line]),
      [
        ['classified', true, 4],
        ['output', true, 25],
        ['physician-work', true, 21],
        ['fda-begun', true, 9],
        ['human-use', true, 10],
        ['us-trial', true, 17],
      ],
    );
    assert.equal(a.classification.declared, 'augmentative');
    assert.equal(a.classification.agreement, 'agrees');
    assert.deepEqual(a.classification.evidence.augmentative.map((e) => [e.phrase, e.where.line]), [['measures', 27]]);
  });
  test('timeline: notice due 56 days before the deadline, days left, estimated release', () => {
    const a = assessText(clean(), opts);
    assert.equal(a.timeline.noticeDue, '2026-12-10');
    assert.equal(a.timeline.daysToDeadline, 73);
    assert.equal(a.timeline.daysToNotice, 17);
    assert.deepEqual(
      a.timeline.events.map((e) => `${e.date} ${e.kind}`),
      ['2026-11-01 notified', '2026-11-23 today', '2026-12-10 notice-due', '2027-02-04 deadline', '2027-07-01 release', '2028-01-01 effective'],
    );
    assert.equal(a.society?.onTime, true);
    assert.match(a.society?.stance ?? '', /neither sponsors, supports nor opposes/);
  });
  test('Category III releases: 1 January and 1 July, effective six months later', () => {
    assert.deepEqual(nextCategory3Release('2026-11-23'), { release: '2027-01-01', effective: '2027-07-01' });
    assert.deepEqual(nextCategory3Release('2027-01-01'), { release: '2027-07-01', effective: '2028-01-01' });
    assert.deepEqual(nextCategory3Release('2027-06-30'), { release: '2027-07-01', effective: '2028-01-01' });
  });
  test('a contradicted class and missing prerequisites make it not ready', () => {
    const text = clean({ sites: null }, ['## Software output', '', 'The software diagnoses heart failure.']).replace(/^  - name: Mercy.*\n.*\n.*since.*\n/m, '');
    const a = assessText(text, opts);
    assert.equal(a.verdict.status, 'not-ready');
    assert.match(a.verdict.text, /^Not ready: 1 error to fix, 1 prerequisite missing \(Offered on humans at one site or more\)\.$/);
    assert.equal(a.classification.agreement, 'contradicts');
    assert.equal(a.classification.suggested, 'autonomous');
    assert.equal(a.counts.warning, 1);
  });
  test('what the prose suggests weighs every cue: one stray phrase does not outweigh several', () => {
    const body = [
      '## Software output',
      '',
      'The software flags studies with suspected pneumothorax.',
      '',
      'The software highlights the affected region.',
      '',
      'The software measures the left ventricular ejection fraction.',
      '',
      'The software calculates the global longitudinal strain.',
      '',
      'The software diagnoses heart failure.',
    ];
    const a = assessText(clean({}, body), opts);
    assert.equal(a.classification.suggested, 'augmentative');
    assert.deepEqual(a.classification.counts, { assistive: 2, augmentative: 2, autonomous: 1, 'physician-interprets': 0 });
    assert.equal(a.classification.reason, '2 phrases suggest augmentative work; 1 autonomous phrase outweighed by lower-class ones');
    // The stray phrase is still reported where it stands.
    assert.equal(a.classification.agreement, 'contradicts');
    assert.equal(a.classification.contradictions, 1);
    assert.deepEqual(a.classification.evidence.autonomous.map((e) => [e.phrase, e.where.line]), [['diagnoses', 33]]);
  });
  test('a physician who must interpret caps the suggestion at augmentative', () => {
    const body = ['## Software output', '', 'The software diagnoses heart failure.', '', 'The cardiologist must interpret the output before it has effect.'];
    const a = assessText(clean({ classification: 'autonomous\nautonomy_level: I' }, body), opts);
    assert.equal(a.classification.declared, 'autonomous');
    assert.equal(a.classification.suggested, 'augmentative');
    assert.deepEqual(a.classification.counts, { assistive: 0, augmentative: 0, autonomous: 1, 'physician-interprets': 1 });
    assert.equal(a.classification.reason, '1 phrase suggests autonomous work, but 1 says a physician interprets: augmentative at most');
  });
  test('no class wording: nothing suggested, and the reason says so', () => {
    // Wording neither the rules nor the statistical backoff read as any class (the backoff's own cases are in prose-model.test.ts).
    const a = assessText(clean({}, ['## Software output', '', 'The report is kept in the archive for seven years.']), opts);
    assert.equal(a.classification.suggested, undefined);
    assert.equal(a.classification.agreement, 'no-cues');
    assert.equal(a.classification.reason, 'no phrase in the prose points to a class');
  });
  test('prerequisites are judged even when the user turned their rule off', () => {
    const a = assessText(doc('---', 'cpt_dossier: 1', 'classification: augmentative', '---'), {
      ...opts,
      config: { severities: { 'cat3-us-trial': 'off' }, policies: [], maxBytes: 1e6, ignores: [], origin: [], problems: [] },
    });
    assert.equal(a.prerequisites.find((p) => p.id === 'us-trial')?.met, false);
    assert.ok(!a.findings.some((f) => f.ruleId === 'cat3-us-trial'));
  });
  test('a stray autonomy level is not shown for a non-autonomous class', () => {
    const a = assessText(clean({ taxonomy: '2027\nautonomy_level: I' }), opts);
    assert.equal(a.classification.autonomyLevel, undefined);
    assert.equal(a.prerequisites[0].detail, 'augmentative');
  });
});
