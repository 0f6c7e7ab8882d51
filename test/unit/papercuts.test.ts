// A regulatory writer's first dossier and a CI maintainer's first pipeline (round ux21): the
// messages each reads and what a fix does, asserted as they see them.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HELP, run, type Io } from '../../src/cli/commands';
import { applyFixes } from '../../src/core/fix';
import { CLEAN_FRONTMATTER, TODAY, clean, doc, lint } from './helpers';

/** The field-value findings of a dossier whose frontmatter holds `yaml`: "line:col message [fix titles with safe]". */
function fieldValue(...yaml: string[]): string[] {
  return lint(doc('---', 'cpt_dossier: 1', ...yaml, '---', ''))
    .filter((f) => f.ruleId === 'field-value')
    .map((f) => `${f.range.start.line + 1}:${f.range.start.column + 1} ${f.message} [${(f.fixes ?? []).map((x) => `${x.title} ${x.safe}`).join('; ')}]`);
}

describe('a category or level written with its label or a digit', () => {
  test('"3" in quotes is Category III, not the one-letter-away I', () => {
    assert.deepEqual(fieldValue('target_category: "3"'), ['3:18 `target_category` must be one of III, I (dossier format 1); found `3`. Write `III`. [Change to `III` true]']);
    assert.deepEqual(fieldValue("autonomy_level: '2'"), ['3:17 `autonomy_level` must be one of I, II, III (dossier format 1); found `2`. Write `II`. [Change to `II` true]']);
  });

  test('"Category 3", "Cat. III", "category I" and "Level 2" name the value they label', () => {
    assert.deepEqual(fieldValue('target_category: Category 3'), ['3:18 `target_category` must be one of III, I (dossier format 1); found `Category 3`. Write `III`. [Change to `III` true]']);
    assert.deepEqual(fieldValue('target_category: Cat. III'), ['3:18 `target_category` must be one of III, I (dossier format 1); found `Cat. III`. Write `III`. [Change to `III` true]']);
    assert.deepEqual(fieldValue('target_category: category I'), ['3:18 `target_category` must be one of III, I (dossier format 1); found `category I`. Write `I`. [Change to `I` true]']);
    assert.deepEqual(fieldValue('autonomy_level: Level 2'), ['3:17 `autonomy_level` must be one of I, II, III (dossier format 1); found `Level 2`. Write `II`. [Change to `II` true]']);
  });

  test('a number that is none of the values gets no guess', () => {
    assert.deepEqual(fieldValue('autonomy_level: 4'), ['3:17 `autonomy_level` must be one of I, II, III (dossier format 1); found `4`. []']);
    assert.deepEqual(fieldValue('target_category: Category 2'), ['3:18 `target_category` must be one of III, I (dossier format 1); found `Category 2`. []']);
  });

  test('lint --fix writes the category meant', () => {
    const text = doc('---', 'cpt_dossier: 1', 'target_category: Category 3', 'autonomy_level: "2"', '---', '');
    assert.equal(applyFixes(text, lint(text)).text, doc('---', 'cpt_dossier: 1', 'target_category: III', 'autonomy_level: II', '---', ''));
  });
});

describe('yes and no for true and false', () => {
  test('the message says the value the fix writes', () => {
    assert.deepEqual(fieldValue('society:', '  name: ASE', '  irt_partner: Yes', '  support_requested: no'), [
      '5:16 `society.irt_partner` must be true or false (dossier format 1); found `Yes`. Write `true`. [Change to `true` true]',
      '6:22 `society.support_requested` must be true or false (dossier format 1); found `no`. Write `false`. [Change to `false` true]',
    ]);
  });
});

describe('a date written another way', () => {
  test('the message says the date the fix writes', () => {
    assert.deepEqual(fieldValue('ama_deadline: February 4, 2027'), ['3:15 `ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `February 4, 2027`. Write `2027-02-04`. [Change to `2027-02-04` true]']);
    assert.deepEqual(fieldValue('society:', '  notified: 2026-11-1'), ['4:13 `society.notified` must be a date written YYYY-MM-DD (dossier format 1); found `2026-11-1`. Write `2026-11-01`. [Change to `2026-11-01` true]']);
  });
});

describe('the society named as writers name it', () => {
  /** The rule ids and the policy each message names, for an assistive dossier notifying `name`. */
  function societyFindings(name: string): string[] {
    const text = doc('---', 'cpt_dossier: 1', 'classification: assistive', 'ama_deadline: 2027-02-04', 'society:', `  name: ${name}`, '  notified: 2026-12-20', '---', '');
    return lint(text)
      .filter((f) => f.ruleId.startsWith('society') || f.ruleId === 'assistive-cpt-discouraged')
      .map((f) => `${f.ruleId}: ${/\(([^()]*)\)\. The latest/.exec(f.message)?.[1] ?? f.message.slice(0, 40)}`);
  }
  const ase = ['assistive-cpt-discouraged: ASE advises developers of assistive AI n', 'society-notice-late: ASE AI procedures for CPT'];

  test('full name with or without its abbreviation, full stops, "the", "for": ASE\'s policy applies', () => {
    for (const name of ['ASE', 'A.S.E.', 'the American Society of Echocardiography', 'American Society for Echocardiography', 'American Society of Echocardiography (ASE)', 'ASE (American Society of Echocardiography)', 'ASE – American Society of Echocardiography']) {
      assert.deepEqual(societyFindings(name), ase, name);
    }
  });

  test('another society, or a misspelt one, is not taken for ASE', () => {
    assert.deepEqual(societyFindings('ACC'), ['society-notice-late: the default lead time: no policy is known for ACC']);
    assert.deepEqual(societyFindings('American Society of Echo'), ['society-notice-late: the default lead time: no policy is known for American Society of Echo']);
  });
});

describe('a section heading worded a little differently', () => {
  /** Rule ids of the section rules for a clean frontmatter without `physician_work` and this body. */
  function sectionFindings(...body: string[]): string[] {
    const front = CLEAN_FRONTMATTER.filter((l) => !l.startsWith('physician_work:'));
    return lint(doc(...front, '', ...body))
      .filter((f) => f.ruleId === 'output-undescribed' || f.ruleId === 'physician-work-missing')
      .map((f) => f.ruleId);
  }

  test('plural, possessive and "Role of the physician" name the sections they mean', () => {
    assert.deepEqual(sectionFindings('## Software Outputs', '', 'A numeric ejection fraction with the traced frames.', '', "## Physician's Role", '', 'The cardiologist edits the borders and signs.'), []);
    assert.deepEqual(sectionFindings('## 2. Outputs', '', 'A numeric ejection fraction.', '', '## Role of the physician', '', 'The cardiologist edits the borders and signs.'), []);
  });

  test('a heading meant as the section but named otherwise is named, at its place, with a rename offered', () => {
    const front = CLEAN_FRONTMATTER.filter((l) => !l.startsWith('physician_work:'));
    const text = doc(...front, '', '## Output of the software', '', 'A numeric ejection fraction.', '', '### Role of the cardiologist', '', 'The cardiologist edits the borders and signs.');
    const found = lint(text).filter((f) => f.ruleId === 'output-undescribed' || f.ruleId === 'physician-work-missing');
    assert.deepEqual(
      found.map((f) => `${f.range.start.line + 1}:${f.range.start.column + 1}-${f.range.end.column + 1} ${f.ruleId} ${f.message.split(', yet')[0].split(', so')[0]} [${(f.fixes ?? []).map((x) => `${x.title} ${x.safe}`).join('; ')}]`),
      [
        '23:1-26 output-undescribed The heading `Output of the software` is not read as the `Software output` section (its names: Software output, Machine output, Clinical output, Output) [Rename the heading to `Software output` false]',
        '27:1-29 physician-work-missing The heading `Role of the cardiologist` is not read as the `Physician work` section (its names: Physician work, Physician role, Role of the physician) [Rename the heading to `Physician work` false; Add `physician_work:` to the frontmatter false]',
      ],
    );
    const renamed = found.reduce((t, f) => applyFixes(t, [{ ...f, fixes: f.fixes?.slice(0, 1).map((x) => ({ ...x, safe: true })) }]).text, text);
    assert.ok(renamed.includes('\n## Software output\n') && renamed.includes('\n### Physician work\n'), renamed);
    assert.deepEqual(lint(renamed).filter((f) => f.ruleId === 'output-undescribed' || f.ruleId === 'physician-work-missing'), []);
  });

  test('a heading of another subject is still no such section', () => {
    assert.deepEqual(sectionFindings('## Software architecture', '', 'A convolutional network.', '', '## Physicians consulted', '', 'Three cardiologists.'), ['output-undescribed', 'physician-work-missing']);
  });
});

describe('lint in CI: --quiet and --max-warnings', () => {
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-ci-')));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  fs.mkdirSync(path.join(tmp, '.git'));
  // One warning (a payment claim), no error.
  fs.writeFileSync(path.join(tmp, 'warn.dossier.md'), clean().replace(/\n*$/, '\n\nThis code guarantees payment for every scan.\n'));
  // One error (a lower-case code) and the same warning.
  fs.writeFileSync(path.join(tmp, 'both.dossier.md'), clean().replace('taxonomy: 2027', 'taxonomy: 2027\ncodes: [0932t]').replace(/\n*$/, '\n\nThis code guarantees payment for every scan.\n'));

  async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), cwd: tmp };
    const code = await run(['lint', '--today', TODAY, '--jobs', '1', ...args], io);
    return { code, stdout, stderr };
  }
  const lines = (s: string): string[] => s.split('\n').filter(Boolean).map((l) => l.replace(/^(\S+:\d+:\d+ {2}\w+ {2}\S+).*$/, '$1'));

  test('warnings only: exit 0; --max-warnings 0 makes it 1 and says why; a limit not passed keeps 0', async () => {
    const plain = await cli('warn.dossier.md');
    assert.deepEqual([plain.code, lines(plain.stdout), plain.stderr], [0, ['warn.dossier.md:29:11  warning  payment-claim', '0 errors, 1 warning, 0 info in 1 file (1 file checked)'], '']);
    const strict = await cli('--max-warnings', '0', 'warn.dossier.md');
    assert.deepEqual([strict.code, lines(strict.stdout), strict.stderr], [1, lines(plain.stdout), 'cpt-dossier: 1 warning, more than --max-warnings 0 allows: exit status 1\n']);
    assert.deepEqual((await cli('--max-warnings', '1', 'warn.dossier.md')).code, 0);
  });

  test('--quiet lists errors only, in text and json, and the summary says what it left out', async () => {
    const quiet = await cli('--quiet', 'both.dossier.md', 'warn.dossier.md');
    assert.deepEqual([quiet.code, lines(quiet.stdout), quiet.stderr], [1, ['both.dossier.md:6:9  error  code-format', '1 error, 2 warnings, 0 info in 2 files (2 files checked; warnings and info not listed: --quiet)'], '']);
    const json = await cli('--quiet', '--format', 'json', 'both.dossier.md', 'warn.dossier.md');
    assert.deepEqual((JSON.parse(json.stdout) as { ruleId: string }[]).map((f) => f.ruleId), ['code-format']);
    // Warnings left out still count against --max-warnings.
    const both = await cli('--quiet', '--max-warnings', '1', '--format', 'json', 'warn.dossier.md', 'both.dossier.md');
    assert.deepEqual([both.code, both.stderr], [1, 'cpt-dossier: 2 warnings, more than --max-warnings 1 allows: exit status 1\n']);
  });

  test('Markdown files that are no dossier, named or matched by a glob, are not counted as checked', async () => {
    fs.mkdirSync(path.join(tmp, 'notes'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'notes', 'README.md'), '# Notes\n\nNothing to check here.\n');
    fs.writeFileSync(path.join(tmp, 'notes', 'plan.md'), '---\ntitle: Plan\n---\n\nThis code guarantees payment.\n');
    assert.deepEqual(await cli('notes/*.md'), { code: 0, stdout: 'Nothing checked: none of the 2 files given is a dossier (a dossier is named *.dossier.md or has cpt_dossier in its frontmatter)\n', stderr: '' });
    assert.deepEqual((await cli('notes/README.md')).stdout, 'Nothing checked: the file given is not a dossier (a dossier is named *.dossier.md or has cpt_dossier in its frontmatter)\n');
    const mixed = await cli('warn.dossier.md', 'notes/*.md');
    assert.deepEqual([mixed.code, lines(mixed.stdout).slice(-1)], [0, ['0 errors, 1 warning, 0 info in 1 file (1 file checked, 2 not dossiers)']]);
    const junit = await cli('--format', 'junit', 'notes/README.md');
    assert.match(junit.stdout, /<testsuite name="notes\/README.md" tests="1" failures="0" errors="0" skipped="1" time="0">\n {4}<testcase classname="notes\/README.md" name="not a dossier" time="0">\n {6}<skipped message="not a CPT dossier, so not checked/);
    const github = await cli('--format', 'github', '--quiet', 'both.dossier.md', 'notes/README.md');
    assert.equal(github.stdout.split('\n').slice(-2)[0], '1 error, 1 warning, 0 info in 1 file (1 file checked, 1 not a dossier; warnings and info not listed: --quiet)');
  });

  test('every dossier found ignored by the configuration: said, not "No findings (0 files checked)"', async () => {
    fs.mkdirSync(path.join(tmp, 'old', 'a'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'old', '.cpt-dossier.json'), '{ "ignores": ["a"] }');
    fs.writeFileSync(path.join(tmp, 'old', 'a', 'x.dossier.md'), clean());
    fs.writeFileSync(path.join(tmp, 'old', 'a', 'y.dossier.md'), clean());
    assert.deepEqual(await cli('old'), { code: 0, stdout: 'Nothing checked: all 2 files found are ignored by the "ignores" of the configuration\n', stderr: '' });
  });

  test('a command or a format with a slip of the keyboard names the one meant', async () => {
    const said = async (...args: string[]): Promise<string> => {
      let stderr = '';
      await run(args, { out: () => undefined, err: (s) => void (stderr += s), cwd: tmp });
      return stderr;
    };
    assert.equal(await said('Lint', 'warn.dossier.md'), "cpt-dossier: unknown command 'Lint': did you mean lint? (commands: lint, assess; see cpt-dossier --help)\n");
    assert.equal(await said('asess', 'warn.dossier.md'), "cpt-dossier: unknown command 'asess': did you mean assess? (commands: lint, assess; see cpt-dossier --help)\n");
    assert.equal(await said('lint', '--format', 'jsno', 'warn.dossier.md'), "cpt-dossier: --format must be text, json, sarif, github or junit, not 'jsno': did you mean json?\n");
    assert.equal(await said('lint', '--format', 'xml', 'warn.dossier.md'), "cpt-dossier: --format must be text, json, sarif, github or junit, not 'xml'\n");
    assert.equal(await said('assess', '--format', 'md', 'warn.dossier.md'), "cpt-dossier: --format must be markdown, json or html, not 'md': did you mean markdown?\n");
    // The top-level help says how --max-warnings changes the exit status, as lint --help does.
    assert.match(HELP, /Exit status: 0 no finding of severity error, 1 at least one \(or, with lint\n--max-warnings N, more than N warnings\), 2 the command failed\./);
  });

  test('a --max-warnings that is no count is refused', async () => {
    assert.deepEqual(await cli('--max-warnings', 'none', 'warn.dossier.md'), { code: 2, stdout: '', stderr: "cpt-dossier: --max-warnings must be a whole number of warnings, 0 or more, not 'none'\n" });
  });
});

describe('a code written with a label or a separator', () => {
  test('CPT 0932T, 0932-T, 0932 t and cpt 93306 are the codes they hold, fixed safely', () => {
    const text = doc('---', 'cpt_dossier: 1', 'codes: [CPT 0932T, 0932-T, 0932 t, cpt 93306]', '---', '');
    const found = lint(text).filter((f) => f.ruleId === 'code-format');
    assert.deepEqual(
      found.map((f) => `${f.range.start.column + 1} ${f.message.split(';')[0]} | ${f.message.split('. ').pop()} [${(f.fixes ?? []).map((x) => `${x.title} ${x.safe}`).join('; ')}]`),
      [
        '9 `CPT 0932T` holds the code 0932T with a `CPT` label before it | Write `0932T`. [Change to `0932T` true]',
        '20 `0932-T` holds the code 0932T with a character between its digits and the T | Write `0932T`. [Change to `0932T` true]',
        '28 `0932 t` holds the code 0932T with a character between its digits and the T | Write `0932T`. [Change to `0932T` true]',
        '36 `cpt 93306` holds the code 93306 with a `CPT` label before it | Write `93306`. [Change to `93306` true]',
      ],
    );
    assert.equal(applyFixes(text, lint(text)).text, doc('---', 'cpt_dossier: 1', 'codes: [0932T, 0932T, 0932T, 93306]', '---', ''));
    // A code with a digit missing or a letter too many is not guessed.
    const others = lint(doc('---', 'cpt_dossier: 1', 'codes: [932T, 0932TT, CPT]', '---', '')).filter((f) => f.ruleId === 'code-format');
    assert.deepEqual(others.map((f) => [f.message.split(';')[0], f.fixes]), [['`932T` is not a CPT code', undefined], ['`0932TT` is not a CPT code', undefined], ['`CPT` is not a CPT code', undefined]]);
  });
});

describe('a key written in capitals or with spaces or hyphens', () => {
  const findings = (...yaml: string[]): string[] =>
    lint(doc('---', 'cpt_dossier: 1', ...yaml, '---', ''))
      .filter((f) => f.ruleId === 'unknown-field')
      .map((f) => `${f.range.start.line + 1}:${f.range.start.column + 1} ${f.message} [${(f.fixes ?? []).map((x) => `${x.title} ${x.safe}`).join('; ')}]`);

  test('is named for what it is, and renamed safely', () => {
    assert.deepEqual(findings('Classification: augmentative', 'AMA deadline: 2027-02-04', 'fda:', '  first-contact: 2026-04-10'), [
      '3:1 Unknown key `Classification`: keys are written in lower case with _ between words, so this one is not read and no rule sees its value. Write `classification`. [Rename to `classification` true]',
      '4:1 Unknown key `AMA deadline`: keys are written in lower case with _ between words, so this one is not read and no rule sees its value. Write `ama_deadline`. [Rename to `ama_deadline` true]',
      '6:3 Unknown key `first-contact` under `fda`: keys are written in lower case with _ between words, so this one is not read and no rule sees its value. Write `first_contact`. [Rename to `first_contact` true]',
    ]);
    const text = doc('---', 'cpt_dossier: 1', 'Classification: augmentative', 'Target_Category: III', '---', '');
    assert.equal(applyFixes(text, lint(text)).text, doc('---', 'cpt_dossier: 1', 'classification: augmentative', 'target_category: III', '---', ''));
  });

  test('a class written under a key not read: classification-missing says so there, with a rename, not a second class', () => {
    for (const key of ['Classification', 'clasification']) {
      const found = lint(doc('---', 'cpt_dossier: 1', `${key}: augmentative`, '---', '')).filter((f) => f.ruleId === 'classification-missing');
      assert.deepEqual(
        found.map((f) => `${f.range.start.line + 1}:${f.range.start.column + 1} ${f.message.split(';')[0]} [${(f.fixes ?? []).map((x) => `${x.title} ${x.safe}`).join('; ')}]`),
        [`3:1 The class is written under the key \`${key}\`, which is not read, so the dossier declares no Appendix S class [Rename to \`classification\` false]`],
      );
    }
  });

  test('beside the key written as it should be: no rename (two keys would clash), keep one', () => {
    assert.deepEqual(findings('classification: assistive', 'Classification: augmentative'), [
      '4:1 Unknown key `Classification`: keys are written in lower case with _ between words, so this one is not read and no rule sees its value. `classification` is written too, and is the one read: keep one of them. []',
    ]);
  });
});

describe('dates written the other ways writers write them', () => {
  test('dots or hyphens instead of slashes: ambiguous when both readings are dates, else fixed', () => {
    assert.deepEqual(fieldValue('ama_deadline: 04.02.2027'), [
      '3:15 `ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `04.02.2027`, which is ambiguous: 2 April 2027 read month first, 4 February 2027 read day first. Write the one meant as YYYY-MM-DD. [Change to `2027-04-02` false; Change to `2027-02-04` false]',
    ]);
    assert.deepEqual(fieldValue('ama_deadline: 13.02.2027'), ['3:15 `ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `13.02.2027`. Write `2027-02-13`. [Change to `2027-02-13` true]']);
  });

  test('a date with a time of day is that day', () => {
    assert.deepEqual(fieldValue('ama_deadline: 2027-02-04T09:00:00-05:00'), ['3:15 `ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `2027-02-04T09:00:00-05:00`. Write `2027-02-04`. [Change to `2027-02-04` true]']);
  });

  test('no date yet, a month without its day, a date with a note: each said plainly, nothing guessed', () => {
    assert.deepEqual(fieldValue('ama_deadline: TBD'), ['3:15 `ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `TBD`, which is no date yet: leave the value empty until the date is known (an empty value counts as absent). []']);
    assert.deepEqual(fieldValue('ama_deadline: Feb 2027'), ['3:15 `ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `Feb 2027`, which names a month but no day: write the day too, as YYYY-MM-DD. []']);
    assert.deepEqual(fieldValue('ama_deadline: 2027-02-04 (tentative)'), [
      '3:15 `ama_deadline` must be a date written YYYY-MM-DD (dossier format 1); found `2027-02-04 (tentative)`, a date followed by other words. Write the date alone, and a note after it as a YAML comment: `2027-02-04 # (tentative)`. []',
    ]);
  });
});

describe('a US trial whose country names more than the US', () => {
  const usTrialFindings = (country: string): string[] =>
    lint(doc('---', 'cpt_dossier: 1', 'classification: augmentative', 'trials:', `  - country: ${country}`, '    efficacy: Sensitivity 0.91 against expert readers (n=412)', '---', ''))
      .filter((f) => f.ruleId === 'cat3-us-trial')
      .map((f) => f.message.split(',')[0]);

  test('"US (3 sites)", "US and Canada", "Canada, USA" are US trials; "outside the US", "Not US" and "Canada" are not', () => {
    for (const country of ['US (3 sites)', 'US and Canada', 'Canada, USA']) assert.deepEqual(usTrialFindings(country), [], country);
    for (const country of ['outside the US', 'Not US', 'Canada']) assert.deepEqual(usTrialFindings(country), [`No US trial is listed (the trials listed are in ${country})`], country);
  });
});
