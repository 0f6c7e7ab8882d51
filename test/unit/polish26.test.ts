// Hostile inputs a user would meet (round polish26), asserted as they see them: rule ids,
// messages, ranges and exit codes.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, type Io } from '../../src/cli/commands';
import { parseConfigText } from '../../src/core/configLoader';
import { applyFixes } from '../../src/core/fix';
import type { Finding } from '../../src/core/types';
import { clean, doc, lint, span, TODAY } from './helpers';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-polish26-')));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder of its own under the temporary folder, a repository holding `files`. */
function repo(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Runs the CLI in `cwd` (one thread), as a user would. */
async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('a JSON configuration with a key written twice', () => {
  // Two "rules" blocks after a merge: JSON parsers keep the last and drop the first without a word;
  // the same keys in .cpt-dossier.yaml were refused.
  test('is refused with the key, its line and column (exit 2), as the YAML file is', async () => {
    const dir = repo('twice', {
      '.cpt-dossier.json': '{\n  "rules": { "payment-claim": "off" },\n  "ignores": ["archive"],\n  "rules": { "taxonomy-edition": "error" }\n}\n',
      'ef.dossier.md': clean(),
    });
    assert.deepEqual(await cli(dir, 'lint', '--today', TODAY, 'ef.dossier.md'), {
      code: 2,
      stdout: '',
      stderr: 'cpt-dossier: invalid configuration: .cpt-dossier.json:4:3: not valid JSON (the key "rules" is written twice in the same object, and only the last would be read: keep one)\n',
    });
  });
  test('nested and in a policy file alike; the same name in two objects is no duplicate', () => {
    assert.deepEqual(parseConfigText('{"rules": {"payment-claim": "off", "payment-claim": "error"}}', '.cpt-dossier.json'), {
      ok: false,
      language: 'JSON',
      message: 'the key "payment-claim" is written twice in the same object, and only the last would be read: keep one',
      line: 1,
      column: 36,
    });
    const policy = parseConfigText('{"id": "HRS", "stances": {}, "id": "ASE"}', 'policies/hrs.json');
    assert.equal(policy.ok, false);
    assert.deepEqual(parseConfigText('{"rules": {"a": "off"}, "x": {"rules": {"a": "off"}}}', '.cpt-dossier.json'), { ok: true, value: { rules: { a: 'off' }, x: { rules: { a: 'off' } } } });
  });
});

describe('codes written as one value: the safe fix writes the list meant', () => {
  /** The dossier with `codes` as given, its codes' findings, and the text after the safe fixes. */
  function fixCodes(...codes: string[]): { findings: string[]; fixed: string; after: string[] } {
    const text = doc('---', 'cpt_dossier: 1', 'title: EF', 'classification: augmentative', ...codes, '---', '');
    const about = (fs: Finding[]): string[] => fs.filter((f) => f.data?.path?.startsWith('codes') || f.ruleId === 'frontmatter-syntax').map((f) => `${f.ruleId} ${span(f)} ${f.message.replace(' (dossier format 1)', '')} ${JSON.stringify(f.fixes?.map((x) => [x.edits.map((e) => e.newText).join(''), x.safe]) ?? [])}`);
    const findings = lint(text);
    const fixed = applyFixes(text, findings).text;
    return { findings: about(findings), fixed: fixed.split('\n')[4], after: about(lint(fixed)) };
  }
  test('a code per line under `codes: |` becomes [0932T, 0933T], which parses (it wrote the lines inside brackets, never closed)', () => {
    const r = fixCodes('codes: |', '  0932T', '  0933T');
    assert.deepEqual(r.findings[1], 'field-value 5:8-7:8 `codes` must be a list, e.g. [0932T, 0933T]; found `0932T\n0933T\n`. [["[0932T, 0933T]",true]]');
    assert.deepEqual([r.fixed, r.after], ['codes: [0932T, 0933T]', []]);
  });
  test('codes between spaces are two codes, not one code `0932T 0933T`', () => {
    const r = fixCodes('codes: 0932T 0933T');
    assert.deepEqual(r.findings[1], 'field-value 5:8-5:19 `codes` must be a list, e.g. [0932T, 0933T]; found `0932T 0933T`. [["[0932T, 0933T]",true]]');
    assert.deepEqual([r.fixed, r.after], ['codes: [0932T, 0933T]', []]);
  });
  test('a value YAML would read as more than text is quoted in the list', () => {
    const r = fixCodes('codes: "0932T]"');
    assert.equal(r.fixed, 'codes: ["0932T]"]');
    assert.deepEqual(r.after.map((f) => f.split(' ').slice(0, 2).join(' ')), ['code-format 5:9-5:17']);
  });
  test('a mapping under `codes` gets no fix: the safe fix replaced it with [] and dropped the codes', () => {
    const r = fixCodes('codes:', '  main: 0932T');
    assert.deepEqual(r.findings[0], 'field-value 6:3-6:14 `codes` must be a list, e.g. [0932T]; found a mapping. []');
    assert.equal(r.fixed, 'codes:');
  });
});

describe('a key written in 16,000 other ways (Classification, cLassification, …) before the key itself', () => {
  /** A frontmatter holding `n` ways of writing `classification` in capitals, then the key. */
  function variants(n: number): string {
    const lines = ['---', 'cpt_dossier: 1'];
    for (let i = 1; i <= n; i++) lines.push(`${[...'classification'].map((c, j) => ((i >> j) & 1 ? c.toUpperCase() : c)).join('')}: x`);
    return doc(...lines, 'classification: augmentative', '---', '');
  }
  // Each one looked through every key of the mapping for the key itself: 2,000 took 0.2 s, 16,000 4.6 s.
  test('each is named, and the time grows with the keys, not with their square (loose: 8 times the keys, at most 20 times the time)', () => {
    const cpu = (text: string): number => {
      const t = process.cpuUsage();
      lint(text);
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    const small = variants(2_000);
    const large = variants(16_000);
    lint(small);
    const f = lint(large).filter((x) => x.ruleId === 'unknown-field');
    assert.equal(f.length, 16_000);
    assert.equal(f[0].message, 'Unknown key `Classification`: keys are written in lower case with _ between words, so this one is not read and no rule sees its value. `classification` is written too, and is the one read: keep one of them.');
    const ratio = Math.min(cpu(large), cpu(large)) / Math.max(Math.min(cpu(small), cpu(small)), 1);
    assert.ok(ratio <= 20, `8 times the keys took ${ratio.toFixed(1)} times as long`);
  });
});

describe('unknown-field: a key whose near name is written too', () => {
  // The rename offered made the two keys clash: applied, the frontmatter no longer parsed.
  test('names the key meant and says it is written too, with no rename offered', () => {
    const text = doc('---', 'cpt_dossier: 1', 'title: EF', 'fda:', '  status: cleared', '  stauts: submitted', 'fad: 2026-04-10', 'titel: Another', '---', '');
    const unknown = lint(text).filter((f) => f.ruleId === 'unknown-field');
    assert.deepEqual(
      unknown.map((f) => `${span(f)} ${f.message} ${JSON.stringify(f.fixes?.map((x) => x.title) ?? [])}`),
      [
        '6:3-6:9 Unknown key `stauts` under `fda`: dossier format 1 does not define it, so no rule reads it. Did you mean `status`? `status` is written too, and is the one read: keep one of them. []',
        '7:1-7:4 Unknown key `fad`: dossier format 1 does not define it, so no rule reads it. Did you mean `fda`? `fda` is written too, and is the one read: keep one of them. []',
        '8:1-8:6 Unknown key `titel`: dossier format 1 does not define it, so no rule reads it. Did you mean `title`? `title` is written too, and is the one read: keep one of them. []',
      ],
    );
    const alone = lint(doc('---', 'cpt_dossier: 1', 'titel: EF', '---', '')).filter((f) => f.ruleId === 'unknown-field');
    assert.deepEqual(alone.map((f) => f.fixes?.map((x) => [x.title, x.edits[0].newText, x.safe])), [[['Rename to `title`', 'title', false]]]);
  });
});

describe('- on the command line', () => {
  // Standard input to many tools (`cat ef.dossier.md | cpt-dossier lint -`); it read "no such file or folder: -".
  test('is said to name standard input, which is not read (exit 2); a file named - is still linted', async () => {
    const dir = repo('dash', { 'ef.dossier.md': clean() });
    const said = "names standard input, which cpt-dossier does not read: name ";
    assert.deepEqual(await cli(dir, 'lint', '--today', TODAY, '-'), { code: 2, stdout: '', stderr: `cpt-dossier: PATH '-' ${said}a file, a folder or a glob (. for the working folder) (a dossier's findings need its file name)\n` });
    assert.deepEqual(await cli(dir, 'lint', '--today', TODAY, '--', 'ef.dossier.md', '-'), { code: 2, stdout: '', stderr: `cpt-dossier: PATH '-' ${said}a file, a folder or a glob (. for the working folder) (a dossier's findings need its file name)\n` });
    assert.deepEqual(await cli(dir, 'assess', '--today', TODAY, '-'), { code: 2, stdout: '', stderr: `cpt-dossier: FILE '-' ${said}a dossier file (a dossier's findings need its file name)\n` });
    fs.writeFileSync(path.join(dir, '-'), clean());
    assert.deepEqual(await cli(dir, 'lint', '--today', TODAY, '-'), { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
  });
});

describe('a count past the largest whole number counted exactly', () => {
  // `--max-warnings 99999999999999999999` (meaning "no limit") was told it is no whole number.
  test('is told the most there is, on the command line and in the configuration (exit 2)', async () => {
    const dir = repo('large', { 'ef.dossier.md': clean() });
    const most = 'and at most 9,007,199,254,740,991';
    assert.deepEqual(await cli(dir, 'lint', '--max-warnings', '99999999999999999999', 'ef.dossier.md'), { code: 2, stdout: '', stderr: `cpt-dossier: --max-warnings must be a whole number of warnings, 0 or more ${most}, not '99999999999999999999'\n` });
    assert.deepEqual(await cli(dir, 'lint', '--max-file-size', '9007199254740992', 'ef.dossier.md'), { code: 2, stdout: '', stderr: `cpt-dossier: --max-file-size must be a whole number of characters, 1 or more ${most}, not '9007199254740992'\n` });
    assert.deepEqual(await cli(dir, 'lint', '--jobs', '1.5', 'ef.dossier.md'), { code: 2, stdout: '', stderr: "cpt-dossier: --jobs must be a whole number of threads, 1 or more, not '1.5'\n" });
    fs.writeFileSync(path.join(dir, '.cpt-dossier.json'), '{ "maxFileSize": 99999999999999999999 }\n');
    assert.deepEqual(await cli(dir, 'lint', 'ef.dossier.md'), { code: 2, stdout: '', stderr: `cpt-dossier: invalid configuration: .cpt-dossier.json: "maxFileSize" must be a whole number of characters, 1 or more ${most}\n` });
  });
});
