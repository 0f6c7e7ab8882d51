// Fixes in the core: rules attach them, `cpt-dossier lint --fix` applies the safe ones to the files
// it lints (test/fixtures/fix: before and after), keeps CRLF, and a second run changes nothing.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, type Io } from '../../src/cli/commands';
import { applyFixes } from '../../src/core/fix';
import { lintText } from '../../src/core/engine';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'fix');
const TODAY = '2026-11-23';
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-fix-')));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), cwd: tmp };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('fixes', () => {
  test('rules attach fixes; only the safe ones are applied without asking', () => {
    const before = fs.readFileSync(path.join(FIXTURES, 'before.dossier.md'), 'utf8');
    const { findings } = lintText(before, { fileName: 'a.dossier.md', today: TODAY });
    const offered = findings.flatMap((f) => (f.fixes ?? []).map((x) => `${f.ruleId} ${x.safe ? 'safe' : 'offered'} ${x.title}`));
    assert.deepEqual(offered, [
      'cat3-human-use offered Add a `sites` list to fill in',
      'cat3-us-trial offered Add a US trial to fill in',
      'field-value safe Change to `augmentative`',
      'field-value safe Change to `2027-02-04`',
      'code-format safe Change to `0932T`',
      'field-value safe Change to `pre-submission`',
      'unknown-field offered Rename to `developer`',
    ]);
    const { text, applied } = applyFixes(before, findings);
    assert.equal(applied.length, 4);
    assert.equal(text, fs.readFileSync(path.join(FIXTURES, 'after.dossier.md'), 'utf8'));
  });

  test('what is missing comes with a skeleton to fill in (offered, never applied by --fix), in the file\'s line ends', () => {
    // No fda, sites, trials or society date; autonomous without a level; CRLF line ends.
    const text = ['---', 'cpt_dossier: 1', 'title: T', 'classification: autonomous', 'taxonomy: 2027', 'ama_deadline: 2027-02-04', 'society:', '  name: ASE', '---', '# T', '', '## Software output', '', 'It flags studies.', ''].join('\r\n');
    const { findings } = lintText(text, { fileName: 'a.dossier.md', today: TODAY });
    const offered = findings.flatMap((f) => (f.fixes ?? []).map((x) => `${f.ruleId}: ${x.title.split(' (')[0]}${x.safe ? ' (safe)' : ''}${x.preferred === false ? '' : ' *'}`));
    assert.deepEqual(offered, [
      'cat3-fda-engagement: Add an `fda` block to fill in *',
      'cat3-human-use: Add a `sites` list to fill in *',
      'cat3-us-trial: Add a US trial to fill in *',
      'physician-work-missing: Add a `## Physician work` section *',
      'physician-work-missing: Add `physician_work:` to the frontmatter',
      'autonomy-level: Add `autonomy_level: I`',
      'autonomy-level: Add `autonomy_level: II`',
      'autonomy-level: Add `autonomy_level: III`',
      'society-notice-missing: Add `society.notified: 2026-11-23` *',
    ]);
    assert.equal(applyFixes(text, findings).applied.length, 0, 'nothing is applied without looking');
    const apply = (title: string): string => applyFixes(text, findings, (fix) => fix.title.startsWith(title)).text;
    assert.match(apply('Add a `sites`'), /\r\nsites:\r\n {2}- name: \r\n {4}state: \r\n {4}since: \r\n/);
    assert.match(apply('Add `autonomy_level: II`'), /\r\nclassification: autonomous\r\nautonomy_level: II\r\n/);
    assert.match(apply('Add `society.notified'), /\r\nsociety:\r\n {2}name: ASE\r\n {2}notified: 2026-11-23\r\n/);
    assert.match(apply('Add a `## Physician work`'), /It flags studies\.\r\n\r\n## Physician work\r\n\r\n_Say what the physician does/);
    // Each applied skeleton leaves a dossier the engine reads without a new error about that key.
    const fixed = apply('Add `autonomy_level: II`');
    assert.ok(!lintText(fixed, { fileName: 'a.dossier.md', today: TODAY }).findings.some((f) => f.ruleId === 'autonomy-level'));
  });

  test('lint --fix: before → after, CRLF kept, what changed on stderr; a second run changes nothing', async () => {
    const file = path.join(tmp, 'a.dossier.md');
    fs.copyFileSync(path.join(FIXTURES, 'before.dossier.md'), file);
    const untouched = path.join(tmp, 'other', 'b.dossier.md');
    fs.mkdirSync(path.dirname(untouched));
    fs.copyFileSync(path.join(FIXTURES, 'before.dossier.md'), untouched);
    const first = await cli(['lint', '--fix', '--today', TODAY, 'a.dossier.md']);
    assert.equal(
      first.stderr,
      [
        'cpt-dossier: fixed a.dossier.md:4:17  field-value  Change to `augmentative`',
        'cpt-dossier: fixed a.dossier.md:6:15  field-value  Change to `2027-02-04`',
        'cpt-dossier: fixed a.dossier.md:7:9  code-format  Change to `0932T`',
        'cpt-dossier: fixed a.dossier.md:9:11  field-value  Change to `pre-submission`',
        'cpt-dossier: 4 fixes applied in 1 file',
        '',
      ].join('\n'),
    );
    // What is left is reported as usual, from the fixed text.
    assert.equal(first.code, 1);
    assert.match(first.stdout, /^a\.dossier\.md:5:11 {2}warning {2}taxonomy-edition /m);
    assert.doesNotMatch(first.stdout, /field-value/);
    const fixed = fs.readFileSync(file);
    assert.deepEqual(fixed, fs.readFileSync(path.join(FIXTURES, 'after.dossier.md')));
    assert.equal(fixed.toString('utf8').split('\r\n').length, fixed.toString('utf8').split('\n').length); // every line end still CRLF
    // The file in the folder not named is untouched.
    assert.deepEqual(fs.readFileSync(untouched), fs.readFileSync(path.join(FIXTURES, 'before.dossier.md')));

    const second = await cli(['lint', '--fix', '--today', TODAY, 'a.dossier.md']);
    assert.equal(second.stderr, '');
    assert.equal(second.stdout, first.stdout);
    assert.deepEqual(fs.readFileSync(file), fixed);
  });

  test('--format json carries each finding\'s fixes (1-based edits), and applying them gives what --fix writes', async () => {
    const file = path.join(tmp, 'json.dossier.md');
    fs.copyFileSync(path.join(FIXTURES, 'before.dossier.md'), file);
    const r = await cli(['lint', '--format', 'json', '--today', TODAY, 'json.dossier.md']);
    assert.equal(r.code, 1);
    type JsonEdit = { line: number; column: number; endLine: number; endColumn: number; text: string };
    const items = JSON.parse(r.stdout) as { ruleId: string; line: number; column: number; fixes?: { title: string; safe: boolean; edits: JsonEdit[] }[] }[];
    const offered = items.flatMap((f) => (f.fixes ?? []).map((x) => `${f.ruleId} ${f.line}:${f.column} ${x.safe ? 'safe' : 'offered'} ${x.title}`));
    assert.deepEqual(offered, [
      'cat3-human-use 4:1 offered Add a `sites` list to fill in',
      'cat3-us-trial 4:1 offered Add a US trial to fill in',
      'field-value 4:17 safe Change to `augmentative`',
      'field-value 6:15 safe Change to `2027-02-04`',
      'code-format 7:9 safe Change to `0932T`',
      'field-value 9:11 safe Change to `pre-submission`',
      'unknown-field 11:1 offered Rename to `developer`',
    ]);
    // A consumer that applies the safe edits (bottom-up) gets the file --fix writes.
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    const edits = items.flatMap((f) => (f.fixes ?? []).filter((x) => x.safe).flatMap((x) => x.edits)).sort((a, b) => b.line - a.line || b.column - a.column);
    for (const e of edits) {
      assert.equal(e.line, e.endLine, 'one-line edits in this fixture');
      const l = lines[e.line - 1];
      lines[e.line - 1] = l.slice(0, e.column - 1) + e.text + l.slice(e.endColumn - 1);
    }
    assert.equal(lines.join('\r\n'), fs.readFileSync(path.join(FIXTURES, 'after.dossier.md'), 'utf8'));
    assert.ok(!('fixes' in items.find((f) => !f.fixes)!), 'no empty fixes key');
  });

  test('a byte order mark and LF line ends stay; a file that is not UTF-8 is not written', async () => {
    const bom = path.join(tmp, 'bom.dossier.md');
    fs.writeFileSync(bom, `\uFEFF${fs.readFileSync(path.join(FIXTURES, 'before.dossier.md'), 'utf8').replace(/\r\n/g, '\n')}`);
    await cli(['lint', '--fix', '--today', TODAY, 'bom.dossier.md']);
    assert.equal(fs.readFileSync(bom, 'utf8'), `\uFEFF${fs.readFileSync(path.join(FIXTURES, 'after.dossier.md'), 'utf8').replace(/\r\n/g, '\n')}`);

    const latin1 = path.join(tmp, 'latin1.dossier.md');
    const bytes = Buffer.concat([Buffer.from('---\ncpt_dossier: 1\ntitle: "Caf'), Buffer.from([0xe9]), Buffer.from('"\nclassification: Augmentativ\n---\n')]);
    fs.writeFileSync(latin1, bytes);
    const r = await cli(['lint', '--fix', '--today', TODAY, 'latin1.dossier.md']);
    assert.equal(r.stderr, 'cpt-dossier: latin1.dossier.md: not fixed: not UTF-8 text (it would not be written back as it was)\n');
    assert.deepEqual(fs.readFileSync(latin1), bytes);
  });
  test('over the size limit: a file read whole gets its frontmatter\'s safe fixes; one larger than the part read is left as it is, and says so', async () => {
    const front = ['---', 'cpt_dossier: 1', 'title: Big', 'classification: assistive', 'ama_deadline: 2027/02/04', '---', '# Big', '', ''].join('\n');
    const body = 'The software flags studies. '.repeat(100);
    const whole = path.join(tmp, 'over-limit.dossier.md');
    fs.writeFileSync(whole, front + body);
    const r = await cli(['lint', '--fix', '--max-file-size', '1000', '--today', TODAY, 'over-limit.dossier.md']);
    assert.match(r.stderr, /^cpt-dossier: fixed over-limit\.dossier\.md:5:15 {2}field-value {2}Change to `2027-02-04`\n/);
    assert.equal(fs.readFileSync(whole, 'utf8'), front.replace('2027/02/04', '2027-02-04') + body);

    const cut = path.join(tmp, 'cut.dossier.md');
    fs.writeFileSync(cut, front + body);
    const c = await cli(['lint', '--fix', '--max-file-size', '200', '--today', TODAY, 'cut.dossier.md']);
    assert.equal(c.stderr, 'cpt-dossier: cut.dossier.md: not fixed: only its first 804 bytes were read under the size limit, and a file is never written back from part of it; raise --max-file-size (or "maxFileSize") to fix it\n');
    assert.equal(fs.readFileSync(cut, 'utf8'), front + body);
  });

  test('a value written as a block scalar is replaced up to its end: the line end and the closing --- stay', async () => {
    const cases: [string, string][] = [
      ['---\ncpt_dossier: 1\nclassification: |\n  asistive\n---\n\n# Body\n', '---\ncpt_dossier: 1\nclassification: assistive\n---\n\n# Body\n'],
      ['---\r\ncpt_dossier: 1\r\nclassification: >-\r\n  asistive\r\n\r\n---\r\n', '---\r\ncpt_dossier: 1\r\nclassification: assistive\r\n\r\n---\r\n'],
      ['---\ncpt_dossier: 1\nclassification: assistive\ncodes:\n  - |\n    0932t\n---\n', '---\ncpt_dossier: 1\nclassification: assistive\ncodes:\n  - 0932T\n---\n'],
    ];
    for (const [i, [before, after]] of cases.entries()) {
      const file = path.join(tmp, `block${i}.dossier.md`);
      fs.writeFileSync(file, before);
      const first = await cli(['lint', '--fix', '--today', TODAY, `block${i}.dossier.md`]);
      assert.equal(fs.readFileSync(file, 'utf8'), after);
      assert.doesNotMatch(first.stdout, /frontmatter-syntax|frontmatter-missing|field-value|code-format/);
      const second = await cli(['lint', '--fix', '--today', TODAY, `block${i}.dossier.md`]);
      assert.equal(second.stderr, '');
      assert.equal(fs.readFileSync(file, 'utf8'), after);
    }
  });

  // root writes a read-only file anyway: the test needs an ordinary user (CI runners are one).
  test('a read-only file is reported (exit 2) and left as it is; the other files are still fixed and linted', { skip: process.getuid?.() === 0 ? 'root may write a read-only file' : false }, async () => {
    const before = fs.readFileSync(path.join(FIXTURES, 'before.dossier.md'));
    const locked = path.join(tmp, 'ro', 'locked.dossier.md');
    const open = path.join(tmp, 'ro', 'open.dossier.md');
    fs.mkdirSync(path.dirname(locked));
    fs.writeFileSync(locked, before);
    fs.writeFileSync(open, before);
    fs.chmodSync(locked, 0o444);
    const r = await cli(['lint', '--fix', '--today', TODAY, 'ro']);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.split('\n').filter((l) => !l.includes('fixed ro/open')), [
      'cpt-dossier: cannot write ro/locked.dossier.md: permission denied; its 4 fixes are not applied',
      'cpt-dossier: 4 fixes applied in 1 file',
      '',
    ]);
    assert.deepEqual(fs.readFileSync(locked), before);
    assert.deepEqual(fs.readFileSync(open), fs.readFileSync(path.join(FIXTURES, 'after.dossier.md')));
    // Both files are linted: the locked one with the findings it still has.
    assert.match(r.stdout, /^ro\/locked\.dossier\.md:4:17 {2}error {2}field-value /m);
    assert.doesNotMatch(r.stdout, /^ro\/open\.dossier\.md:4:17/m);
  });

  test('a symbolic link is linted but not fixed through: the file it points to, outside the folder, is left as it is', { skip: process.platform === 'win32' ? 'symbolic links need privileges on Windows' : false }, async () => {
    const before = fs.readFileSync(path.join(FIXTURES, 'before.dossier.md'));
    const outside = path.join(tmp, 'elsewhere', 'target.dossier.md');
    const own = path.join(tmp, 'linked', 'own.dossier.md');
    fs.mkdirSync(path.dirname(outside));
    fs.mkdirSync(path.dirname(own));
    fs.writeFileSync(outside, before);
    fs.writeFileSync(own, before);
    fs.symlinkSync('../elsewhere/target.dossier.md', path.join(tmp, 'linked', 'link.dossier.md'));
    const r = await cli(['lint', '--fix', '--today', TODAY, 'linked']);
    assert.deepEqual(r.stderr.split('\n').filter((l) => !l.includes('fixed linked/own')), [
      'cpt-dossier: linked/link.dossier.md: not fixed: a symbolic link (to ../elsewhere/target.dossier.md); run --fix on the file it points to',
      'cpt-dossier: 4 fixes applied in 1 file',
      '',
    ]);
    assert.deepEqual(fs.readFileSync(outside), before);
    assert.deepEqual(fs.readFileSync(own), fs.readFileSync(path.join(FIXTURES, 'after.dossier.md')));
    // The link is still linted, with the findings its target has.
    assert.match(r.stdout, /^linked\/link\.dossier\.md:4:17 {2}error {2}field-value /m);
    assert.equal(r.code, 1);
  });
});
