import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, DossierLinter, INTERNAL_ERROR } from '../../src/core/engine';
import { applyConfigFile, defaultConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { applyFixes } from '../../src/core/fix';
import { TODAY, clean, doc, ids, lineIds, lint, span } from './helpers';

describe('which files are dossiers', () => {
  test('a clean dossier has no findings', () => {
    assert.deepEqual(lint(clean()), []);
  });
  test('a .md file without cpt_dossier gets nothing, even with problems', () => {
    const text = doc('---', 'classification: semi', '---', 'A CPT code guarantees payment.');
    assert.deepEqual(lint(text, { fileName: 'README.md' }), []);
  });
  test('a .md file with cpt_dossier is a dossier', () => {
    const text = clean({ classification: null });
    assert.deepEqual(ids(lint(text, { fileName: 'notes.md' })), ['classification-missing']);
  });
  test('a .dossier.md file without frontmatter gets frontmatter-missing on line 1', () => {
    const f = lint('# Title\n\nText.\n');
    assert.deepEqual(ids(f), ['frontmatter-missing', 'output-undescribed']);
    assert.equal(span(f[0]), '1:1-1:8');
  });
});

describe('frontmatter-syntax', () => {
  test('placed at the parser error and the only finding about the frontmatter', () => {
    const text = doc('---', 'cpt_dossier: 1', 'classification: [augmentative', 'taxonomy: 2022', '---', '## Software output', 'It measures EF.');
    const f = lint(text);
    assert.deepEqual(lineIds(f), ['4 frontmatter-syntax']);
    assert.match(f[0].message, /^The frontmatter is not valid YAML: /);
    assert.equal(f[0].severity, 'error');
  });
  test('a key written twice', () => {
    const f = lint(doc('---', 'cpt_dossier: 1', 'classification: augmentative', 'classification: assistive', '---'));
    assert.deepEqual(lineIds(f), ['1 output-undescribed', '4 frontmatter-syntax']);
    assert.match(f[1].message, /the key `classification` is written twice/);
  });
  test('unclosed fence reported on line 1', () => {
    const f = lint(doc('---', 'cpt_dossier: 1', 'classification: augmentative', '', '# Body'));
    assert.deepEqual(lineIds(f), ['1 frontmatter-syntax']);
    assert.match(f[0].message, /never closed/);
  });
  test('body rules still run when the frontmatter is broken', () => {
    const f = lint(doc('---', 'a: [', '---', '## Software output', 'A CPT code guarantees reimbursement.'));
    assert.deepEqual(lineIds(f), ['3 frontmatter-syntax', '5 payment-claim']);
  });
  test('a scalar frontmatter is not a mapping', () => {
    const f = lint(doc('---', 'just text', '---'));
    assert.deepEqual(ids(f), ['output-undescribed', 'frontmatter-syntax']);
    assert.match(f[1].message, /mapping/);
  });
});

describe('exact ranges', () => {
  test('unknown-field on the key with a suggestion', () => {
    const f = lint(clean({ title: null }).replace('physician_work:', 'physican_work:')).filter((x) => x.ruleId === 'unknown-field');
    assert.equal(f.length, 1);
    assert.equal(span(f[0]), '20:1-20:14');
    assert.equal(f[0].data?.replacement, 'physician_work');
    assert.match(f[0].message, /Did you mean `physician_work`\?/);
  });
  test('nested unknown key names its parent', () => {
    const f = lint(clean().replace('  status: pre-submission', '  satus: pre-submission')).filter((x) => x.ruleId === 'unknown-field');
    assert.equal(span(f[0]), '8:3-8:8');
    assert.match(f[0].message, /under `fda`.*`status`/);
  });
  test('field-value on the value with the allowed set and a replacement', () => {
    const f = lint(clean({ classification: 'augmantative' }));
    const fv = f.find((x) => x.ruleId === 'field-value')!;
    assert.equal(span(fv), '4:17-4:29');
    assert.match(fv.message, /^`classification` must be one of assistive, augmentative, autonomous \(dossier format 1\); found `augmantative`\. Write `augmentative`\.$/);
    assert.equal(fv.data?.replacement, 'augmentative');
    assert.ok(!ids(f).includes('classification-missing'), 'an invalid class is not a missing one');
  });
  test('a value that drops a word to reach an allowed one is offered, not fixed by lint --fix', () => {
    const text = clean({ classification: 'semi-autonomous' });
    const f = lint(text);
    const fv = f.find((x) => x.ruleId === 'field-value')!;
    assert.equal(span(fv), '4:17-4:32');
    assert.equal(fv.message, '`classification` must be one of assistive, augmentative, autonomous (dossier format 1); found `semi-autonomous`. Did you mean `autonomous`?');
    assert.deepEqual(fv.fixes?.map((x) => `${x.title} ${x.safe}`), ['Change to `autonomous` false']);
    assert.ok(applyFixes(text, f).text.includes('classification: semi-autonomous\n'), 'the class stays the writer\'s call');
    assert.ok(!ids(f).includes('classification-missing'), 'an invalid class is not a missing one');
  });
  test('dates, booleans, numbers for enums', () => {
    const text = clean({ ama_deadline: '02/14/2027', title: null }).replace('  name: ASE', '  name: ASE\n  irt_partner: yes').replace('taxonomy: 2027', 'taxonomy: 2027\nautonomy_level: 2');
    const f = lint(text).filter((x) => x.ruleId === 'field-value');
    assert.deepEqual(f.map((x) => [x.range.start.line + 1, x.data?.replacement]), [[5, 'II'], [6, '2027-02-14'], [20, 'true']]);
  });
  test('a numeric date that reads two ways gets no safe fix: both readings are offered, unsafe', () => {
    const text = clean({ ama_deadline: '02/04/2027' });
    const fv = lint(text).find((x) => x.ruleId === 'field-value')!;
    assert.ok(applyFixes(text, lint(text)).text.includes('ama_deadline: 02/04/2027\n'), 'lint --fix leaves it as written');
    assert.equal(fv.message, '`ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `02/04/2027`, which is ambiguous: 4 February 2027 read month first, 2 April 2027 read day first. Write the one meant as YYYY-MM-DD.');
    assert.equal(fv.data?.replacement, undefined);
    assert.deepEqual(fv.fixes?.map((x) => `${x.title} ${x.safe}`), ['Change to `2027-02-04` false', 'Change to `2027-04-02` false']);
    const other = lint(clean({ ama_deadline: '11/10/2026' })).find((x) => x.ruleId === 'field-value')!;
    assert.deepEqual(other.fixes?.map((x) => x.safe), [false, false]);
  });
  test('numeric dates with one reading keep their safe fix', () => {
    for (const [written, iso] of [['13/04/2027', '2027-04-13'], ['04/13/2027', '2027-04-13'], ['05/05/2027', '2027-05-05'], ['Mar 2, 2026', '2026-03-02'], ['2 March 2026', '2026-03-02']] as const) {
      const fv = lint(clean({ ama_deadline: written })).find((x) => x.ruleId === 'field-value')!;
      assert.doesNotMatch(fv.message, /ambiguous/, written);
      assert.deepEqual(fv.fixes?.map((x) => `${x.title} ${x.safe}`), [`Change to \`${iso}\` true`], written);
    }
  });
  test('enum values are case-insensitive', () => {
    assert.deepEqual(lint(clean({ classification: 'Augmentative' })), []);
  });
  test('code-format names Category II and PLA codes', () => {
    const f = lint(clean({ title: 'x\ncodes: [0932T, 0001U, 1234F, 932T, 0042t]' })).filter((x) => x.ruleId === 'code-format');
    assert.deepEqual(f.map(span), ['4:16-4:21', '4:23-4:28', '4:30-4:34', '4:36-4:41']);
    assert.match(f[0].message, /PLA code/);
    assert.match(f[1].message, /Category II/);
    assert.equal(f[3].data?.replacement, '0042T');
  });
});

describe('line ends and byte order marks keep positions', () => {
  const text = clean({ classification: 'semi' });
  const expected = lint(text).map((f) => `${f.ruleId} ${span(f)}`);
  test('CRLF', () => assert.deepEqual(lint(text.replace(/\n/g, '\r\n')).map((f) => `${f.ruleId} ${span(f)}`), expected));
  test('CR only', () => assert.deepEqual(lint(text.replace(/\n/g, '\r')).map((f) => `${f.ruleId} ${span(f)}`), expected));
  test('BOM', () => assert.deepEqual(lint('\ufeff' + text).map((f) => `${f.ruleId} ${span(f)}`), expected));
  test('expected finding is there', () => assert.deepEqual(expected, ['field-value 4:17-4:21']));
});

describe('placement of findings about absent things', () => {
  test('classification-missing on line 1; physician-work and output on line 1 too', () => {
    const f = lint(doc('---', 'cpt_dossier: 1', '---'));
    assert.deepEqual(lineIds(f), ['1 cat3-fda-engagement', '1 cat3-human-use', '1 cat3-us-trial', '1 classification-missing', '1 output-undescribed']);
  });
  test('absent things go to the classification line when there is one', () => {
    const f = lint(doc('---', 'cpt_dossier: 1', 'title: X', 'classification: autonomous', 'autonomy_level: II', '---'));
    assert.deepEqual(lineIds(f), ['4 cat3-fda-engagement', '4 cat3-human-use', '4 cat3-us-trial', '4 output-undescribed', '4 physician-work-missing']);
    assert.equal(f.find((x) => x.ruleId === 'physician-work-missing')?.severity, 'error');
  });
  test('physician-work-missing is a warning for augmentative', () => {
    const f = lint(clean({ physician_work: null })).filter((x) => x.ruleId === 'physician-work-missing');
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].range.start.line + 1, 4);
  });
  test('cat3 rules go to their keys when present', () => {
    const text = clean().replace('  status: pre-submission\n  first_contact: 2026-04-10\n', '  status: none\n').replace(/sites:\n(  .*\n)+?trials:/, 'sites: 0\ntrials:');
    assert.deepEqual(lineIds(lint(text)), ['8 cat3-fda-engagement', '9 cat3-human-use']);
  });
});

describe('classification-cue', () => {
  const autonomous = (body: string[]): string => clean({ classification: 'autonomous\nautonomy_level: I' }, ['## Software output', '', ...body]);
  test('one finding per sentence and kind, on the first phrase', () => {
    const f = lint(autonomous(['A cardiologist must review and interpret every result before it is acted on. The physician interprets it.']));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${span(x)}`), ['classification-cue 26:3-26:41', 'classification-cue 26:82-26:102']);
    assert.match(f[0].message, /^"cardiologist must review and interpret" says a physician must interpret the output before it has effect/);
  });
  test('recommending or scheduling management is autonomous work', () => {
    const f = lint(clean({}, ['## Software output', '', 'Based on the EF, the software recommends treatment.']));
    assert.deepEqual(f.map((x) => `${x.ruleId} ${span(x)} ${x.data?.suggests}`), ['classification-cue 25:31-25:51 autonomous']);
  });
  test('a physician who may override is not a cue for autonomous software', () => {
    assert.deepEqual(lint(autonomous(['The software initiates the referral; the physician can override it.'])), []);
  });
});

describe('dates', () => {
  test('society-notice-late: 56 days ahead is on time, 55 is late', () => {
    const onTime = clean().replace('notified: 2026-11-01', 'notified: 2026-12-10');
    assert.deepEqual(lint(onTime), []);
    const late = clean().replace('notified: 2026-11-01', 'notified: 2026-12-11');
    const f = lint(late);
    assert.deepEqual(lineIds(f), ['20 society-notice-late']);
    assert.match(f[0].message, /only 55 days before the AMA deadline of 4 February 2027.*latest date on time is 10 December 2026 \(2026-12-10\)/);
    assert.match(f[0].message, /^The ASE notice is planned for/); // 11 December is still to come
  });
  test('an empty society.notified counts as absent and is reported on that key', () => {
    const f = lint(clean().replace('  notified: 2026-11-01', '  notified:'));
    assert.deepEqual(lineIds(f), ['20 society-notice-missing']);
  });
  test('deadline-passed compares with today', () => {
    assert.deepEqual(ids(lint(clean(), { today: '2027-02-05' })), ['deadline-passed']);
    assert.deepEqual(lint(clean(), { today: '2027-02-04' }), []);
  });
  test('taxonomy-edition', () => {
    assert.deepEqual(lineIds(lint(clean({ taxonomy: '2022' }))), ['5 taxonomy-edition']);
    assert.deepEqual(lint(clean({ taxonomy: '2022', ama_deadline: '2026-12-31' })), []);
  });
  test('a site starting after today does not count', () => {
    const f = lint(clean().replace('since: 2026-01-15', 'since: 2027-01-15'));
    assert.deepEqual(lineIds(f), ['10 cat3-human-use']);
    assert.match(f[0].message, /15 January 2027, after today/);
  });
});

describe('suppression comments', () => {
  const body = ['## Software output', '', 'The software diagnoses heart failure.', ''];
  test('the cue fires without a comment', () => {
    assert.deepEqual(lineIds(lint(clean({}, body))), ['25 classification-cue']);
  });
  test('disable-next-line', () => {
    assert.deepEqual(lint(clean({}, ['## Software output', '', '<!-- cpt-dossier-disable-next-line classification-cue -->', 'The software diagnoses heart failure.'])), []);
  });
  test('disable-line inline', () => {
    assert.deepEqual(lint(clean({}, ['## Software output', '', 'The software diagnoses heart failure. <!-- cpt-dossier-disable-line -->'])), []);
  });
  test('disable then enable', () => {
    const f = lint(clean({}, ['## Software output', '', '<!-- cpt-dossier-disable classification-cue -->', '', 'It diagnoses X.', '', '<!-- cpt-dossier-enable classification-cue -->', '', 'It diagnoses Y.']));
    assert.deepEqual(lineIds(f), ['31 classification-cue']);
  });
  test('a directive for another rule does not suppress', () => {
    assert.deepEqual(lineIds(lint(clean({}, ['## Software output', '', '<!-- cpt-dossier-disable-next-line payment-claim -->', 'The software diagnoses heart failure.']))), ['26 classification-cue']);
  });
  test('YAML comment in the frontmatter', () => {
    assert.deepEqual(lint(clean({ taxonomy: '2022 # cpt-dossier-disable-line taxonomy-edition' })), []);
  });
  test('disable-file', () => {
    assert.deepEqual(lint(clean({ classification: null }, ['<!-- cpt-dossier-disable-file classification-missing -->', ...CLEAN_BODY_COPY])), []);
  });
  test('a directive inside a code block does nothing', () => {
    assert.deepEqual(lineIds(lint(clean({}, ['## Software output', '', '```', '<!-- cpt-dossier-disable -->', '```', '', 'The software diagnoses heart failure.']))), ['29 classification-cue']);
  });
});
const CLEAN_BODY_COPY = ['## Software output', '', 'It measures EF.'];

describe('configuration and policies', () => {
  test('a rule turned off or changed in severity', () => {
    const text = clean({ taxonomy: '2022' });
    const off = applyConfigFile(defaultConfig(), { rules: { 'taxonomy-edition': 'off' } }, 'test');
    assert.deepEqual(lint(text, { config: off }), []);
    const error = applyConfigFile(defaultConfig(), { rules: { 'taxonomy-edition': 'error' } }, 'test');
    assert.equal(lint(text, { config: error })[0].severity, 'error');
  });
  test('bad config entries are reported, not thrown', () => {
    const c = applyConfigFile(defaultConfig(), { rules: { 'taxonomy-edition': 'loud', nope: 'off' } }, 'cfg.json', [], RULES.map((r) => r.meta.id));
    assert.deepEqual(c.problems, ['cfg.json: rules.taxonomy-edition must be one of error, warning, info, off (or true/false); found "loud"', 'cfg.json: rules.nope is not a rule of CPT Dossier']);
  });
  test('a second society from a data file sets its own lead time and stance', () => {
    const hrs = { id: 'HRS', name: 'Heart Rhythm Society', aliases: ['Heart Rhythm Society'], noticeLeadDays: 90, source: 'HRS CPT process', stance: { assistive: { discourageCpt: true, summary: 'HRS advises against CPT codes for assistive AI.' } } };
    const config = applyConfigFile(defaultConfig(), {}, 'cfg', [{ path: 'hrs.json', json: hrs }]);
    const text = clean({ classification: 'assistive' }, ['## Software output', '', 'It flags studies.']).replace('name: ASE', 'name: Heart Rhythm Society').replace('notified: 2026-11-01', 'notified: 2026-11-20');
    const f = lint(text, { config });
    assert.deepEqual(lineIds(f), ['4 assistive-cpt-discouraged', '20 society-notice-late']);
    assert.match(f[1].message, /^HRS was notified only 76 days before .* at least 90 days .*HRS CPT process/);
    assert.deepEqual(lint(text), [], 'the same dossier under ASE rules is on time and ASE does not know this society');
    assert.match(f[0].message, /HRS advises/);
  });
  test('true turns a rule back on at its default severity', () => {
    const off = applyConfigFile(defaultConfig(), { rules: { 'taxonomy-edition': 'off' } }, 'a');
    const on = applyConfigFile(off, { rules: { 'taxonomy-edition': true } }, 'b');
    assert.deepEqual(on.problems, []);
    assert.equal(lint(clean({ taxonomy: '2022' }), { config: on })[0].severity, 'warning');
  });
  test('wrongly typed optional policy fields are problems, not truthy values', () => {
    const policy = { id: 'X', name: 'X society', noticeLeadDays: 30, roundtable: 5, stance: { assistive: { summary: 's', discourageCpt: 'no' }, augmentative: { summary: 's', category3: 'maybe' } } };
    const config = applyConfigFile(defaultConfig(), {}, 'cfg', [{ path: 'x.json', json: policy }]);
    assert.deepEqual(config.problems, [
      'x.json: "roundtable" must be a string',
      'x.json: "stance.assistive.discourageCpt" must be a boolean',
      'x.json: "stance.augmentative.category3" must be one of neutral, supports, case-by-case',
    ]);
  });
  test('an invalid policy file is a problem, not a crash', () => {
    const config = applyConfigFile(defaultConfig(), {}, 'cfg', [{ path: 'bad.json', json: { id: 'X' } }]);
    assert.ok(config.problems.some((p) => p.startsWith('bad.json: ')));
    assert.equal(config.policies.length, 1);
  });
});

describe('robustness', () => {
  test('a rule that throws is reported as internal-error and others still report', () => {
    const rule = RULES.find((r) => r.meta.id === 'taxonomy-edition')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const f = lint(clean({ taxonomy: '2022', classification: 'semi' }));
      assert.deepEqual(ids(f), [INTERNAL_ERROR, 'field-value']);
      assert.match(f[0].message, /Rule taxonomy-edition failed on this file and was skipped: boom/);
    } finally {
      rule.check = original;
    }
  });
  test('incremental linting equals a fresh lint after edits', () => {
    const linter = new DossierLinter();
    let text = clean({}, ['## Software output', '', 'It measures EF.', '', '## Physician work', '', 'The physician reviews it.', '', '## Notes', '', 'Text.']);
    for (const edit of ['It diagnoses EF.', 'It measures EF.', 'A CPT code guarantees payment.']) {
      text = text.replace(/^It .*EF\.$|^A CPT code .*$/m, edit);
      assert.deepEqual(linter.lint(text, { fileName: 'a.dossier.md', today: TODAY }).findings, lintText(text, { fileName: 'a.dossier.md', today: TODAY }).findings);
    }
  });
  test('the size limit keeps frontmatter rules and says why', () => {
    const config = { ...defaultConfig(), maxBytes: 100 };
    const f = lint(clean({ taxonomy: '2022' }, ['## Software output', '', 'It diagnoses.']), { config });
    assert.deepEqual(ids(f), ['size-limit', 'taxonomy-edition']);
    assert.equal(f[0].severity, 'info');
  });
});
