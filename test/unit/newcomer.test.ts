// What a first-time writer meets: the mistakes of a first dossier, and the words the engine answers
// them with. Each message names what is written and how to write it, in no grammar's terms.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigText } from '../../src/core/configLoader';
import { SNIPPET_PLACEHOLDERS } from '../../src/core/schema';
import { FIX_PLACEHOLDERS, SECTION_PLACEHOLDERS } from '../../src/core/sections';
import { applyFixes } from '../../src/core/fix';
import { DossierLinter, lintText } from '../../src/core/engine';
import { ASSESS_HELP, LINT_HELP } from '../../src/cli/commands';
import { doc, lint, span } from './helpers';

/** The one frontmatter-syntax finding of a dossier whose frontmatter holds `yaml`, as "line:col message". */
function yamlProblem(...yaml: string[]): string {
  const f = lint(doc('---', 'cpt_dossier: 1', ...yaml, '---', '', '## Software output', '', 'It measures the ejection fraction.')).filter((x) => x.ruleId === 'frontmatter-syntax');
  assert.equal(f.length, 1, JSON.stringify(f));
  const m = /^The frontmatter is not valid YAML: (.*) \(dossier format 1\)\. Until it parses, no rule can read its values; correct the YAML here\.$/.exec(f[0].message);
  assert.ok(m, f[0].message);
  return `${span(f[0]).split('-')[0]} ${m[1]}`;
}

describe('YAML mistakes, said in plain words', () => {
  test('a colon inside an unquoted value: quote the value', () => {
    assert.equal(yamlProblem('title: Left ventricle: volumes and mass', 'classification: augmentative'), '3:8 the value `Left ventricle: volumes and mass` holds a colon followed by a space, which YAML reads as the start of another key: put the value in quotes, as in `title: "Left ventricle: volumes and mass"`');
    assert.equal(yamlProblem('sites:', '  - name: Mercy: Heart Center', '    state: OH'), '4:11 the value `Mercy: Heart Center` holds a colon followed by a space, which YAML reads as the start of another key: put the value in quotes, as in `- name: "Mercy: Heart Center"`');
  });

  test('no space after the colon, or no colon at all', () => {
    assert.equal(yamlProblem('classification:assistive', 'taxonomy: 2027'), '3:1 `classification:assistive` needs a space after the colon: write `classification: assistive`');
    assert.equal(yamlProblem('taxonomy: 2027', 'classification:assistive'), '4:1 `classification:assistive` needs a space after the colon: write `classification: assistive`');
    assert.equal(yamlProblem('fda:', '  status:submitted', '  first_contact: 2026-03-02'), '4:3 `status:submitted` needs a space after the colon: write `status: submitted`');
    assert.equal(yamlProblem('target_category III', 'classification: assistive'), '3:1 `target_category III` has no colon after its key: write `target_category: III`');
  });

  test('keys of one block not lined up', () => {
    assert.equal(yamlProblem('fda:', '    status: submitted', '  first_contact: 2026-03-02'), '5:1 `first_contact` is not lined up with the keys above it: the keys of one block start at the same column (in a list item, the column after `- `)');
    assert.equal(yamlProblem('sites:', '  - name: Mercy', '   since: 2026-01-05'), '5:1 `since` is not lined up with the keys above it: the keys of one block start at the same column (in a list item, the column after `- `)');
    assert.equal(
      yamlProblem('society:', '  name: ASE', '   notified: 2026-10-01'),
      '4:9 the line after `name: ASE` is indented further than it, so YAML cannot tell where the value ends: start the keys of one block at the same column (`notified: 2026-10-01`)',
    );
  });

  test('a key written twice is named', () => {
    assert.equal(yamlProblem('classification: assistive', 'taxonomy: 2027', 'classification: augmentative'), '5:1 the key `classification` is written twice in the same block: keep one');
  });

  test('quotes and characters a value cannot start with', () => {
    assert.equal(yamlProblem('title: "Wall motion scoring', 'classification: assistive'), '5:1 a value opened with a double quote (") is never closed: end it with a second " on the same line');
    assert.equal(yamlProblem("developer: 'O'Neill Imaging'", 'classification: assistive'), "3:15 more text follows the closing quote of a value: inside single quotes write a quote twice (`'it''s'`), inside double quotes as \\\" (or leave the value unquoted)");
    assert.equal(yamlProblem('developer: @cardio labs', 'classification: assistive'), '3:12 a value cannot start with @ unless it is in quotes: write `developer: "@cardio labs"`');
    assert.equal(yamlProblem('codes: [0932T, 0933T', 'classification: assistive'), '4:1 a list opened with [ is never closed: end it with ] (as in `codes: [0932T, 0933T]`)');
  });

  test('a YAML configuration file gets the same words', () => {
    assert.deepEqual(parseConfigText('rules:\n  payment-claim: off\n  taxonomy-edition:error\n', '.cpt-dossier.yaml'), {
      ok: false,
      language: 'YAML',
      message: '`taxonomy-edition:error` needs a space after the colon: write `taxonomy-edition: error`',
      line: 3,
      column: 3,
    });
  });
});

describe('a frontmatter below blank lines', () => {
  test('is named as such, with a fix that removes the blank lines', () => {
    const text = doc('', '---', 'cpt_dossier: 1', 'classification: augmentative', '---', '', '## Software output', '', 'It measures the ejection fraction.');
    const f = lint(text);
    assert.deepEqual(
      f.map((x) => `${span(x)} ${x.ruleId} ${x.message}`),
      ['1:1-1:1 frontmatter-missing The frontmatter must start on line 1, but its opening `---` is on line 2, below a blank line: it is read as Markdown, so its classification, FDA status, sites, trials and dates cannot be checked (dossier format 1). Remove the blank line above it.'],
    );
    assert.deepEqual(f[0].fixes?.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => `${e.range.start.line + 1}:${e.range.start.column + 1}-${e.range.end.line + 1}:${e.range.end.column + 1} ${JSON.stringify(e.newText)}`) })), [{ title: 'Remove the blank lines above the frontmatter', safe: false, edits: ['1:1-2:1 ""'] }]);
    assert.match(lint(doc(' ', '\t', '---', 'cpt_dossier: 1', '---'))[0].message, /its opening `---` is on line 3, below blank lines: .* Remove the blank lines above it\.$/);
  });

  test('a file that has no `---` at all keeps the usual message', () => {
    assert.match(lint(doc('', '# Ejection fraction', '', 'It measures.'))[0].message, /^This dossier has no YAML frontmatter/);
  });
});

describe('dates a first dossier gets wrong', () => {
  const dated = (value: string) => lint(doc('---', 'cpt_dossier: 1', 'classification: assistive', 'fda:', '  status: pre-submission', `  first_contact: ${value}`, '---', '', '## Software output', '', 'It flags suspected nodules.')).filter((f) => f.ruleId === 'field-value');

  test('the placeholder left from the snippet is called one', () => {
    for (const placeholder of ['YYYY-MM-DD', 'yyyy/mm/dd']) {
      assert.deepEqual(
        dated(placeholder).map((f) => f.message),
        [`\`fda.first_contact\` must be a date written YYYY-MM-DD (dossier format 1); found \`${placeholder}\`, a placeholder still to be filled in: write the date itself, such as 2026-11-23.`],
      );
    }
  });

  test('a day no calendar has says why', () => {
    assert.match(dated('2026-02-29')[0].message, /found `2026-02-29`, but February 2026 has 28 days\.$/);
    assert.match(dated('2026-04-31')[0].message, /found `2026-04-31`, but April 2026 has 30 days\.$/);
    assert.match(dated('2026-14-03')[0].message, /found `2026-14-03`, but there is no month 14 \(the month comes second: YYYY-MM-DD\)\.$/);
  });

  test('a month written as a word is rewritten, safely', () => {
    for (const [written, iso] of [['Mar 2, 2026', '2026-03-02'], ['2 March 2026', '2026-03-02'], ['02-Mar-2026', '2026-03-02'], ['Sept. 14th 2026', '2026-09-14'], ['december 1 2026', '2026-12-01']]) {
      const f = dated(written);
      assert.equal(f.length, 1, written);
      assert.deepEqual(f[0].fixes?.map((x) => [x.title, x.safe]), [[`Change to \`${iso}\``, true]], written);
    }
    // A day the month does not have, or a word that is no month, is left to the writer.
    assert.equal(dated('April 31, 2026')[0].fixes, undefined);
    assert.equal(dated('Ma 2 2026')[0].fixes, undefined);
  });
});

describe('a single value where the format wants a block', () => {
  const values = (...yaml: string[]) => lint(doc('---', 'cpt_dossier: 1', 'classification: augmentative', ...yaml, '---', '', '## Software output', '', 'It measures the ejection fraction.')).filter((f) => f.ruleId === 'field-value').map((f) => `${span(f).split('-')[0]} ${f.message}`);

  test('a mapping written as one value shows the block it should be', () => {
    assert.deepEqual(values('society: SCCT', 'fda: submitted'), [
      '4:10 `society` holds keys of its own (name, notified, irt_partner, support_requested), each on an indented line (dossier format 1); found `SCCT`. Write `society:` with `  name: SCCT` on the line below.',
      '5:6 `fda` holds keys of its own (status, first_contact), each on an indented line (dossier format 1); found `submitted`. Write `fda:` with `  status: submitted` on the line below.',
    ]);
    assert.deepEqual(values('sites:', '  - Lakeside Imaging'), ['5:5 `sites[]` holds keys of its own (name, state, since), each on an indented line (dossier format 1); found `Lakeside Imaging`. Write `- name: Lakeside Imaging`.']);
  });

  test('a list written as one value shows its first item', () => {
    assert.deepEqual(values('sites: Lakeside Imaging', 'trials: NCT04400001'), [
      '4:8 `sites` must be a list of sites or a count (each item starting with "- ") (dossier format 1); found `Lakeside Imaging`. Write `sites:` with `  - name: Lakeside Imaging` on the line below.',
      '5:9 `trials` must be a list (each item starting with "- ") (dossier format 1); found `NCT04400001`. Write `trials:` with `  - registry: NCT04400001` on the line below.',
    ]);
  });
});

describe("the snippet's placeholders left in the frontmatter", () => {
  const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', 'snippets', 'cpt-dossier.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[]; body: string[] }>;

  test('are no values: each is pointed out, and a trial with the placeholder efficacy outlines none', () => {
    const skeleton = Object.values(snippets).find((x) => [x.prefix].flat().includes('cpt-dossier'))!;
    // As inserted with Tab through every field, the dates then written by hand.
    const text = skeleton.body
      .join('\n')
      .replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2027-02-04')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/YYYY-MM-DD/g, '2026-05-01');
    assert.deepEqual(
      lint(text).map((f) => `${f.range.start.line + 1} ${f.ruleId}${f.ruleId === 'field-value' ? ` ${f.message}` : ''}`),
      [
        '3 field-value `title` still holds the snippet\'s placeholder (dossier format 1); found `Name of the AI-enabled service`, to be replaced with the real value.',
        '4 field-value `developer` still holds the snippet\'s placeholder (dossier format 1); found `Company, Inc.`, to be replaced with the real value.',
        '5 physician-work-missing',
        '13 field-value `sites[].name` still holds the snippet\'s placeholder (dossier format 1); found `Hospital or clinic`, to be replaced with the real value.',
        '16 cat3-us-trial',
        '17 field-value `trials[].registry` still holds the snippet\'s placeholder (dossier format 1); found `NCT00000000`, to be replaced with the real value.',
        '19 field-value `trials[].efficacy` still holds the snippet\'s placeholder (dossier format 1); found `Endpoint, result and size, e.g. agreement with expert readers, ICC 0.91 (n=800)`, to be replaced with the real value.',
        // The sections under the frontmatter hold the snippet's sentences: not described yet.
        '31 output-undescribed',
      ],
    );
  });

  test('the list of placeholders holds every text placeholder of the snippets', () => {
    const keyOf: Record<string, string> = { title: 'title', developer: 'developer', name: 'sites[].name', registry: 'trials[].registry', efficacy: 'trials[].efficacy' };
    const seen = new Set<string>();
    for (const { body } of Object.values(snippets)) {
      for (const line of body) {
        const m = /^\s*(?:- )?(title|developer|name|registry|efficacy): \$\{\d+:([^}]*)\}$/.exec(line);
        if (!m || (m[1] === 'name' && /ASE/.test(m[2]))) continue;
        assert.ok(SNIPPET_PLACEHOLDERS[keyOf[m[1]]]?.includes(m[2]), `${m[1]}: ${m[2]}`);
        seen.add(m[2]);
      }
    }
    assert.equal(seen.size, Object.values(SNIPPET_PLACEHOLDERS).flat().length);
  });

  test('a real value like a placeholder is no placeholder (frontmatter)', () => {
    const text = doc('---', 'cpt_dossier: 1', 'classification: augmentative', 'developer: Company, Inc. of Ohio', 'trials:', '  - registry: NCT00000001', '    country: US', '    efficacy: Endpoint, result and size were met (n=120)', '---', '', '## Software output', '', 'It measures the ejection fraction.');
    assert.deepEqual(lint(text).filter((f) => f.ruleId === 'field-value'), []);
  });
});

describe('a value between two allowed ones', () => {
  test('gets no guess, so that lint --fix never picks one of the two', () => {
    const f = lint(doc('---', 'cpt_dossier: 1', 'classification: augmentative', 'taxonomy: 2025', '---', '', '## Software output', '', 'It measures the ejection fraction.')).filter((x) => x.ruleId === 'field-value');
    assert.deepEqual(
      f.map((x) => [x.message, x.fixes]),
      [['`taxonomy` must be one of 2022, 2027 (dossier format 1); found `2025`.', undefined]],
    );
    // One allowed value nearest: still guessed and fixed.
    const one = lint(doc('---', 'cpt_dossier: 1', 'classification: augmentive', '---')).find((x) => x.ruleId === 'field-value');
    assert.equal(one?.fixes?.[0]?.title, 'Change to `augmentative`');
  });
});

describe('the help a CI maintainer reads', () => {
  test('--config names both kinds of configuration file the search finds', () => {
    assert.match(LINT_HELP, /--config FILE +Use this configuration file instead of the nearest\n +\.cpt-dossier\.json \(or \.yaml\) above each file\n/);
    assert.match(ASSESS_HELP, /--config FILE +Use this configuration file instead of the nearest\n +\.cpt-dossier\.json \(or \.yaml\) above the file\n/);
  });
});

describe("the snippet's placeholders left in the body sections", () => {
  const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', 'snippets', 'cpt-dossier.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[]; body: string[] }>;
  const FM = ['---', 'cpt_dossier: 1', 'classification: assistive', 'target_category: I', 'physician_work: The radiologist reads each flagged study.', '---', ''];
  const OUTPUT = 'Exactly what the software produces (a flag, a value, a conclusion), where it appears, and who acts on it.';
  const PHYSICIAN = 'What the physician does with the software output: reviews, edits, signs the report, acts on an alert.';
  const OUTPUT_MESSAGE =
    "The `Software output` section still holds the snippet's placeholder text, not a description, yet the Appendix S class rests on what the software outputs (CPT Appendix S). Replace it with what the software produces: a flag, a measurement or a conclusion, and who acts on it.";
  const BODY_RULES = ['output-undescribed', 'physician-work-missing', 'classification-cue'];
  const body = (text: string) => lint(text).filter((f) => BODY_RULES.includes(f.ruleId));
  const found = (text: string) => body(text).map((f) => `${span(f).split('-')[0]} ${f.ruleId} ${f.fixes?.length ?? 0}`);

  test('a section holding only the placeholder, plain or italic, is not described, and no fix adds another', () => {
    for (const written of [OUTPUT, `_${OUTPUT}_`, `*${OUTPUT}*`, OUTPUT.replace(', where', ',\nwhere')]) {
      const f = body(doc(...FM, '## Software output', '', written));
      assert.deepEqual(f.map((x) => [span(x), x.ruleId, x.message, x.fixes]), [['8:1-8:19', 'output-undescribed', OUTPUT_MESSAGE, undefined]], written);
    }
  });

  test("the placeholder is not read as prose: no class cue from its words, with the writer's text beside it", () => {
    const own = 'It highlights suspected nodules on the chest CT for the radiologist.';
    const text = doc(...FM, '## Software output', '', `_${OUTPUT}_`, '', own, '', '## Physician work', '', PHYSICIAN);
    const r = lintText(text, { fileName: 'p.dossier.md', today: '2026-06-01' });
    assert.deepEqual(r.findings.map((f) => f.ruleId).filter((id) => BODY_RULES.includes(id)), []);
    assert.deepEqual(r.dossier.prose.flat().map((p) => p.text), [own]);
  });

  test('physician-work-missing says the Physician work section still holds the placeholder', () => {
    const text = doc('---', 'cpt_dossier: 1', 'classification: autonomous', 'autonomy_level: II', 'target_category: I', '---', '', '## Software output', '', 'It flags studies as normal or abnormal.', '', '## Physician work', '', `_${PHYSICIAN}_`);
    const f = lint(text).filter((x) => x.ruleId === 'physician-work-missing');
    assert.deepEqual(
      f.map((x) => [x.message, x.fixes?.map((y) => y.title)]),
      [
        [
          "The `Physician work` section still holds the snippet's placeholder text, so the dossier does not describe the physician's work: a CPT code for an autonomous service still needs the physician work it involves to be recognised (CPT Appendix S; ASE AI procedures for CPT). Replace it with what the physician does with the output, or write `physician_work:`.",
          ['Add `physician_work:` to the frontmatter'],
        ],
      ],
    );
  });

  test('physician-work-missing on an empty Physician work heading: named on the heading, and the fix writes under it (no second heading)', () => {
    const text = doc('---', 'cpt_dossier: 1', 'classification: augmentative', '---', '', '## Software output', '', 'It measures the ejection fraction.', '', '## Physician work', '', '## Clinical evidence', '', 'None yet.');
    const [f, ...rest] = lint(text).filter((x) => x.ruleId === 'physician-work-missing');
    assert.deepEqual(rest, []);
    assert.equal(span(f), '10:1-10:18');
    assert.equal(f.message, "The `Physician work` section is empty, so the dossier does not describe the physician's work: for augmentative software the physician interprets and reports, and reviewers need to see that work (CPT Appendix S). Say under it what the physician does with the output, or write `physician_work:`.");
    assert.deepEqual(f.fixes?.map((x) => [x.title, x.safe]), [['Describe the physician work under this heading', false], ['Add `physician_work:` to the frontmatter', false]]);
    const fixed = applyFixes(text, [f], (fix) => fix === f.fixes?.[0]).text;
    assert.equal(fixed.match(/^## Physician work$/gm)?.length, 1);
    assert.match(fixed, /^## Physician work\n\n_Say what the physician does with the software output: [^\n]*_\n\n## Clinical evidence$/m);
  });

  test("the section a fix adds still counts as undescribed until its text is replaced", () => {
    const text = doc(...FM, '## Intended use', '', 'Chest CT in adults.');
    const f = lint(text).find((x) => x.ruleId === 'output-undescribed')!;
    const added = applyFixes(text, [{ ...f, fixes: f.fixes?.map((x) => ({ ...x, safe: true })) }]).text;
    assert.match(added, new RegExp(`## Software output\n\n_${FIX_PLACEHOLDERS['software-output'].replace(/[()]/g, '\\$&')}_`));
    assert.deepEqual(found(added), ['12:1 output-undescribed 0']);
  });

  test('a warm relint over the placeholder being typed over equals a fresh lint', () => {
    const base = [...FM, '## Software output', '', 'The software runs on each study.', '', '## Physician work', '', '## Clinical evidence', ''];
    const at = base.indexOf('## Physician work') + 1;
    const versions = [
      [...base.slice(0, at), '', PHYSICIAN, ...base.slice(at)],
      [...base.slice(0, at), '', PHYSICIAN.replace('What', 'Wha'), ...base.slice(at)],
      [...base.slice(0, at), '', `_${PHYSICIAN}_`, ...base.slice(at)],
      [...base.slice(0, at), '', PHYSICIAN, '', 'The radiologist signs the report.', ...base.slice(at)],
      [...base.slice(0, at), '', 'The radiologist signs the report.', ...base.slice(at)],
    ].map((lines) => doc(...lines.map((l) => (l.startsWith('physician_work:') ? 'title: T' : l))));
    const linter = new DossierLinter();
    const options = { fileName: 'w.dossier.md', today: '2026-06-01' };
    const seen = versions.map((text) => {
      const warm = linter.lint(text, options);
      const fresh = lintText(text, options);
      assert.deepEqual(warm.findings, fresh.findings, text);
      assert.deepEqual(warm.dossier.sections, fresh.dossier.sections, text);
      return warm.findings.some((f) => f.ruleId === 'physician-work-missing');
    });
    assert.deepEqual(seen, [true, false, true, false, false]);
  });

  test('the list of body placeholders holds every placeholder the snippets write under a heading', () => {
    const seen = new Set<string>();
    for (const { body } of Object.values(snippets)) {
      for (const line of body) {
        const m = /^\$\{\d+:([^}]*)\}$/.exec(line);
        if (!m) continue;
        assert.ok(SECTION_PLACEHOLDERS.includes(m[1]), m[1]);
        seen.add(m[1]);
      }
    }
    assert.equal(seen.size + Object.values(FIX_PLACEHOLDERS).length, SECTION_PLACEHOLDERS.length);
  });

  test('a sentence that starts like a placeholder is the writer’s own', () => {
    const text = doc(...FM, '## Software output', '', 'Exactly what the software produces: a flag on each study with a suspected nodule.');
    assert.deepEqual(found(text), []);
  });
});
