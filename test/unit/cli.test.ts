// Runs the BUILT command line (node dist/cli.js) as a subprocess on temporary folders and checks
// its exact stdout, stderr and exit status (README.md, "Command line (CI)").
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pkg from '../../package.json';
import { lintText } from '../../src/core/engine';
import { RULE_IDS } from '../../src/core/rules';
import { defaultConfig } from '../../src/core/config';
import { docsUrl } from '../../src/core/sources';
import { HELP, LINT_HELP, ASSESS_HELP } from '../../src/cli/commands';
import { looksLikeDossier } from '../../src/node/findFiles';
import { clearConfigCache, loadConfigFile } from '../../src/node/loadConfig';
import { TODAY, clean, doc } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
let tmp = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** At most this many CLI processes at once (the tests run concurrently). */
const MAX_PROCESSES = Math.max(2, Math.min(6, os.availableParallelism() * 2));
let running = 0;
const waiting: (() => void)[] = [];

/** Runs the built CLI in `cwd` (default: the temporary folder). */
async function cli(args: string[], cwd = tmp, env: Record<string, string> = {}): Promise<Run> {
  if (running >= MAX_PROCESSES) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await spawnCli(args, cwd, env);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnCli(args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    // A run that hangs (a FIFO opened for reading) is killed: its exit code is then null.
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env, CPT_DOSSIER_TRACE: env.CPT_DOSSIER_TRACE ?? '' }, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function write(rel: string, text: string | Buffer): string {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** The text lines the CLI should print for a file, from the engine run in-process. */
function expectedLines(rel: string, text: string, options: { today?: string } = {}): string {
  const { findings } = lintText(text, { fileName: rel, today: options.today ?? TODAY });
  return findings.map((f) => `${rel}:${f.range.start.line + 1}:${f.range.start.column + 1}  ${f.severity}  ${f.ruleId}  ${f.message}\n`).join('');
}

const BAD = clean({ classification: null }); // classification-missing (error) on line 1
const WARN = clean({}, ['# Automated LV ejection fraction', '', 'No output section here.', '']); // output-undescribed (warning)
/** Assistive declared, prose that quantifies and concludes; a misspelt key (unknown-field, with a replacement for the quick fix). */
const CUES = clean({ classification: 'assistive' }, [
  '## Software output',
  '',
  'The software measures the left ventricular ejection fraction.',
  '',
  'The software diagnoses heart failure.',
  '',
]).replace('title:', 'tilte:');

function writeFixtures(): void {
  write('ok.dossier.md', clean());
  write('empty/README.md', '# Just a readme\n');
  write('badconf/.cpt-dossier.json', '{\n  // why: drafts\n  "rules": {\n    "payment-claim" "off",\n  }\n}\n');
  write('badconf/a.dossier.md', clean());
  write('unknownrule/.cpt-dossier.json', '{"rules": {"payment-claims": "off"}}');
  write('unknownrule/a.dossier.md', clean());
  write('habits/.cpt-dossier.json', '{"rules": {"taxonomy-edition": "warn", "payment-claim": 0, "cat3-us-trial": "loud"}, "ignore": ["archive"], "polices": []}');
  write('habits/a.dossier.md', clean());
  write('nopolicy/.cpt-dossier.json', '{"policies": ["policies/hrs.json"]}');
  write('nopolicy/a.dossier.md', clean());
  write('t/clean.dossier.md', clean());
  write('t/bad.dossier.md', BAD);
  write('t/warn.dossier.md', WARN);
  write('d/deadline.dossier.md', clean());
  write('plain/README.md', doc('---', 'classification: semi', '---', 'A CPT code guarantees payment.'));
  write('meant/ef-dossier.md', doc('---', 'title: Ejection fraction', 'classification: augmentative', '---', '', '## Software output', '', 'It diagnoses heart failure.'));
  write('meant/notes.md', doc('---', 'CPT-Dossier: 1', '---', 'Draft.'));
  write('longext/ef.markdown', doc('---', 'cpt_dossier: 1', 'classification: augmentative', '---', '', '## Software output', '', 'It diagnoses heart failure.'));
  const bytes = Buffer.concat([Buffer.from('---\ncpt_dossier: 1\ntitle: caf'), Buffer.from([0xe9, 0xff, 0xfe, 0x00, 0xc3]), Buffer.from('\n---\n'), Buffer.from([0, 1, 2, 0x80, 0x81, 0xfe, 0xff])]);
  write('bin/blob.dossier.md', bytes);
  write('big/large.dossier.md', clean({}, ['## Software output', '', 'A CPT code guarantees payment.', '']));
  write('j/bad.dossier.md', BAD);
  write('cue/mixed.dossier.md', CUES);
  write('j/warn.dossier.md', WARN);
  write('tree/a.dossier.md', BAD);
  write('tree/notes.md', BAD); // a dossier by its cpt_dossier key, not its name
  write('tree/README.md', '# Read me\n\nA CPT code guarantees payment.\n');
  write('tree/sub/b.dossier.md', WARN);
  write('tree/node_modules/pkg/c.dossier.md', BAD);
  write('tree/.git/d.dossier.md', BAD);
  write('tree/.hidden/e.dossier.md', BAD);
  write('tree/sub/other.md', '---\ntitle: not a dossier\n---\nText.\n');
  write('conf/off/.cpt-dossier.json', JSON.stringify({ rules: { 'classification-missing': 'off' } }));
  write('conf/off/deep/x.dossier.md', BAD);
  write('conf/warn/.cpt-dossier.json', JSON.stringify({ rules: { 'classification-missing': 'warning' } }));
  write('conf/warn/x.dossier.md', BAD);
  write('conf/empty.json', '{}');
  const hrs = clean({ ama_deadline: '2027-02-04' }).replace('  name: ASE', '  name: HRS').replace('  notified: 2026-11-01', '  notified: 2026-11-16'); // 80 days ahead
  write('hrs/plain/ep.dossier.md', hrs);
  write('hrs/with/.cpt-dossier.json', JSON.stringify({ policies: ['policies/hrs.json'] }));
  write('hrs/with/policies/hrs.json', JSON.stringify({ id: 'HRS', name: 'Heart Rhythm Society', noticeLeadDays: 90, stance: { augmentative: { summary: 'HRS reviews each application.' } } }));
  write('hrs/with/ep.dossier.md', hrs);
  write('hrs/bad/.cpt-dossier.json', JSON.stringify({ policies: ['hrs.json'] }));
  write('hrs/bad/hrs.json', JSON.stringify({ id: 'HRS', name: 'Heart Rhythm Society', noticeLeadDays: -1, stance: {} }));
  write('hrs/bad/ep.dossier.md', hrs);
  const variants = [clean(), BAD, WARN, clean({ codes: '[932T, 0001U]' }), clean({}, ['## Software output', '', 'A CPT code guarantees payment.', ''])];
  for (let i = 0; i < 20; i++) write(`many/f${String(i).padStart(2, '0')}.dossier.md`, variants[i % variants.length]);
  write('a/ready.dossier.md', clean());
  write('a/bad.dossier.md', BAD);
  write('a/hostile.dossier.md', clean({ title: '"<img src=x onerror=alert(1)> [x](javascript:alert(1))"' }));
  // Configuration in a parent folder: applies inside the folder pointed at, never above a repository root.
  write('outside/.cpt-dossier.json', JSON.stringify({ rules: { 'classification-missing': 'off' } }));
  write('outside/repo/x.dossier.md', BAD);
  fs.mkdirSync(path.join(tmp, 'outside', 'repo', '.git'));
  write('outside/worktree/.git', 'gitdir: /elsewhere\n'); // a git worktree: .git is a file
  write('outside/worktree/x.dossier.md', BAD);
  write('outside/norepo/sub/x.dossier.md', BAD);
  write('rootkey/good/.cpt-dossier.json', JSON.stringify({ root: true, rules: { 'classification-missing': 'warning' } }));
  write('rootkey/good/x.dossier.md', BAD);
  write('rootkey/bad/.cpt-dossier.json', JSON.stringify({ root: 'yes' }));
  write('rootkey/bad/x.dossier.md', BAD);
  // Not regular files: a symbolic link to /dev/zero as dossier, --config and policy.
  if (process.platform !== 'win32') {
    fs.mkdirSync(path.join(tmp, 'special', 'zeropolicy'), { recursive: true });
    fs.symlinkSync('/dev/zero', path.join(tmp, 'special', 'zero.dossier.md'));
    fs.symlinkSync('/dev/zero', path.join(tmp, 'special', 'zero.json'));
    fs.symlinkSync('/dev/zero', path.join(tmp, 'special', 'zeropolicy', 'zero.json'));
    write('special/zeropolicy/.cpt-dossier.json', JSON.stringify({ policies: ['zero.json'] }));
    write('special/zeropolicy/x.dossier.md', clean());
    execFileSync('mkfifo', [path.join(tmp, 'special', 'fifo.dossier.md')]);
    execFileSync('mkfifo', [path.join(tmp, 'special', 'fifo.json')]);
    write('special/ok/x.dossier.md', clean());
    fs.symlinkSync('/dev/zero', path.join(tmp, 'special', 'ok', 'y.dossier.md')); // skipped by the folder search
  }
  write('huge/.cpt-dossier.json', `{"rules": {}, "x": "${'a'.repeat(1024 * 1024)}"}`);
  write('huge/x.dossier.md', clean());
  // Many findings per file, so that the output outgrows a pipe's buffer.
  const claims = Array.from({ length: 300 }, (_, i) => `Claim ${i}: a CPT code guarantees payment.`);
  for (let i = 0; i < 40; i++) {
    write(`pipe/err/f${String(i).padStart(2, '0')}.dossier.md`, clean({ classification: null }, ['## Software output', '', ...claims, '']));
    write(`pipe/warn/f${String(i).padStart(2, '0')}.dossier.md`, clean({}, ['## Software output', '', ...claims, '']));
  }
  // Control characters where a config key, a rule id and a file name go.
  write('ctl/keys/.cpt-dossier.json', JSON.stringify({ 'rul\u001b]52;c;aGk=\u0007es': {}, rules: { 'x\u001b[2J\u009b31m': 'off' } }));
  write('ctl/keys/x.dossier.md', clean());
  write('ctl/names/\u001b[31mred\u009b.dossier.md', BAD);
}

before(() => {
  // Build as `npm run build` does; if another part of the tree (the extension) does not build at
  // this moment, build the CLI entries alone with the same options.
  try {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    esbuild.buildSync({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'silent', legalComments: 'none', entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' }, outdir: path.join(ROOT, 'dist'), absWorkingDir: ROOT });
  }
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-cli-')));
  writeFixtures();
});

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('cpt-dossier CLI', { concurrency: true }, () => {
  describe('help and version', { concurrency: true }, () => {
    test('--help and -h print the overview on stdout, exit 0', async () => {
      for (const flag of ['--help', '-h']) assert.deepEqual(await cli([flag]), { code: 0, stdout: HELP, stderr: '' });
      assert.match(HELP, /^Usage: cpt-dossier <command> \[options\]\n/);
      assert.match(HELP, /lint \[options\] PATH\.\.\./);
    });
    test('each command has its own help', async () => {
      assert.deepEqual(await cli(['lint', '--help']), { code: 0, stdout: LINT_HELP, stderr: '' });
      assert.deepEqual(await cli(['lint', 'x.md', '-h']), { code: 0, stdout: LINT_HELP, stderr: '' });
      assert.deepEqual(await cli(['assess', '--help']), { code: 0, stdout: ASSESS_HELP, stderr: '' });
      assert.deepEqual(await cli(['help', 'assess']), { code: 0, stdout: ASSESS_HELP, stderr: '' });
      for (const flag of ['--format FORMAT', 'github', 'junit', '--report-unused-disable-directives', '--today YYYY-MM-DD', '--config FILE', '--max-file-size CHARS', '--jobs N']) assert.ok(LINT_HELP.includes(flag), flag);
      // The limit counts characters (UTF-16 code units), as the help says.
      assert.match(LINT_HELP, /\n {2}--max-file-size CHARS +Check only the frontmatter of files longer than CHARS\n +characters \(default: 4194304\)\n/);
      assert.doesNotMatch(LINT_HELP, /BYTES/);
      for (const flag of ['--format markdown|json|html', '--today YYYY-MM-DD', '--config FILE']) assert.ok(ASSESS_HELP.includes(flag), flag);
    });
    test('--version prints the package version', async () => {
      assert.deepEqual(await cli(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    });
  });

  describe('the command itself fails: exit 2, one line on stderr', { concurrency: true }, () => {
    test('no command', async () => {
      assert.deepEqual(await cli([]), { code: 2, stdout: '', stderr: 'cpt-dossier: missing command: lint or assess (see cpt-dossier --help)\n' });
    });
    test('unknown command', async () => {
      assert.deepEqual(await cli(['check', 'x.md']), { code: 2, stdout: '', stderr: "cpt-dossier: unknown command 'check' (commands: lint, assess; see cpt-dossier --help)\n" });
    });
    test('unknown flag', async () => {
      assert.deepEqual(await cli(['lint', '--fromat', 'json', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: unknown option '--fromat' for lint: did you mean --format? (see cpt-dossier lint --help)\n" });
      assert.deepEqual(await cli(['lint', '--report-unused', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: unknown option '--report-unused' for lint: did you mean --report-unused-disable-directives? (see cpt-dossier lint --help)\n" });
      assert.deepEqual(await cli(['lint', '--f', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: unknown option '--f' for lint (see cpt-dossier lint --help)\n" });
      assert.deepEqual(await cli(['lint', '--fix=yes', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: option '--fix' takes no value (see cpt-dossier lint --help)\n" });
      assert.deepEqual(await cli(['assess', '--jobs', '2', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: unknown option '--jobs' for assess (see cpt-dossier assess --help)\n" });
    });
    test('a flag without its value', async () => {
      assert.deepEqual(await cli(['lint', 'ok.dossier.md', '--today']), { code: 2, stdout: '', stderr: "cpt-dossier: option '--today' needs a value (see cpt-dossier lint --help)\n" });
    });
    test('bad --format, --today, --jobs, --max-file-size', async () => {
      assert.deepEqual(await cli(['lint', '--format', 'xml', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: --format must be text, json, sarif, github or junit, not 'xml'\n" });
      assert.deepEqual(await cli(['assess', '--format', 'sarif', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: --format must be markdown, json or html, not 'sarif'\n" });
      for (const bad of ['2026-02-30', '23/11/2026', 'tomorrow']) {
        assert.deepEqual(await cli(['lint', '--today', bad, 'ok.dossier.md']), { code: 2, stdout: '', stderr: `cpt-dossier: --today must be a date written YYYY-MM-DD, such as 2026-11-23, not '${bad}'\n` });
      }
      // A well-formed date in a year no dossier's dates may name: the message names the years, not the format (stop 33).
      for (const far of ['9001-01-01', '0999-12-31']) {
        assert.deepEqual(await cli(['lint', '--today', far, 'ok.dossier.md']), { code: 2, stdout: '', stderr: `cpt-dossier: --today must be a date from the year 1000 to 9000, not '${far}'\n` });
      }
      assert.deepEqual(await cli(['lint', '--jobs', '0', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: --jobs must be a whole number of threads, 1 or more, not '0'\n" });
      assert.deepEqual(await cli(['lint', '--max-file-size', '1.5k', 'ok.dossier.md']), { code: 2, stdout: '', stderr: "cpt-dossier: --max-file-size must be a whole number of characters, 1 or more, not '1.5k'\n" });
    });
    test('a working folder deleted under the shell: one clear line, exit 2, no stack trace (--version still answers)', async () => {
      const gone = path.join(tmp, 'deleted-cwd');
      const script = `mkdir -p '${gone}' && cd '${gone}' && rmdir '${gone}' && exec '${process.execPath}' '${CLI}' "$@"`;
      const inGone = (args: string[]): Run => {
        try {
          return { code: 0, stdout: execFileSync('sh', ['-c', script, 'sh', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), stderr: '' };
        } catch (e) {
          const err = e as { status: number | null; stdout: string; stderr: string };
          return { code: err.status, stdout: err.stdout, stderr: err.stderr };
        }
      };
      assert.deepEqual(inGone(['lint', 'x.dossier.md']), { code: 2, stdout: '', stderr: 'cpt-dossier: the current folder no longer exists (was it deleted?); cd to an existing folder and run again\n' });
      assert.deepEqual(inGone(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    });
    test('no PATH, a missing file, a glob that matches nothing', async () => {
      assert.deepEqual(await cli(['lint']), { code: 2, stdout: '', stderr: 'cpt-dossier: lint needs at least one PATH: a file, a folder or a glob (see cpt-dossier lint --help)\n' });
      assert.deepEqual(await cli(['lint', 'missing.dossier.md']), { code: 2, stdout: '', stderr: 'cpt-dossier: no such file or folder: missing.dossier.md\n' });
      assert.deepEqual(await cli(['lint', 'nowhere/**/*.md']), { code: 2, stdout: '', stderr: 'cpt-dossier: no files match nowhere/**/*.md\n' });
      assert.deepEqual(await cli(['assess', 'missing.dossier.md']), { code: 2, stdout: '', stderr: 'cpt-dossier: cannot read missing.dossier.md: no such file\n' });
      assert.deepEqual(await cli(['assess']), { code: 2, stdout: '', stderr: 'cpt-dossier: assess takes exactly one FILE (see cpt-dossier assess --help)\n' });
    });
    test('a folder without dossiers', async () => {
      assert.deepEqual(await cli(['lint', 'empty']), {
        code: 2,
        stdout: '',
        stderr: 'cpt-dossier: no dossiers found in empty (folders are searched for *.dossier.md files and Markdown files with a cpt_dossier key)\n',
      });
    });
    test('an invalid configuration file: JSON error with line and column', async () => {
      const r = await cli(['lint', '--today', TODAY, 'badconf']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `cpt-dossier: invalid configuration: ${path.join('badconf', '.cpt-dossier.json')}:4:21: not valid JSON (expected ':' after the property name)\n`);
    });
    test("another linter's habits in the configuration: the setting meant is named", async () => {
      const conf = path.join('habits', '.cpt-dossier.json');
      assert.deepEqual(await cli(['lint', 'habits']), {
        code: 2,
        stdout: '',
        stderr: [
          `rules.taxonomy-edition must be one of error, warning, info, off (or true/false); found "warn": write "warning"`,
          `rules.payment-claim must be one of error, warning, info, off (or true/false); found 0: write "off"`,
          `rules.cat3-us-trial must be one of error, warning, info, off (or true/false); found "loud"`,
          `"ignore" is not a CPT Dossier setting (did you mean "ignores"?)`,
          `"polices" is not a CPT Dossier setting (did you mean "policies"?)`,
        ].map((p) => `cpt-dossier: invalid configuration: ${conf}: ${p}\n`).join(''),
      });
    });
    test('an unknown rule, a missing --config file, a missing policy file', async () => {
      const conf = path.join('unknownrule', '.cpt-dossier.json');
      assert.deepEqual(await cli(['lint', 'unknownrule']), { code: 2, stdout: '', stderr: `cpt-dossier: invalid configuration: ${conf}: rules.payment-claims is not a rule of CPT Dossier (did you mean payment-claim?)\n` });
      assert.deepEqual(await cli(['lint', '--config', 'nope.json', 'unknownrule/a.dossier.md']), {
        code: 2,
        stdout: '',
        stderr: `cpt-dossier: invalid configuration: ${path.join('nope.json')}: cannot be read (no such file)\n`,
      });
      assert.deepEqual(await cli(['lint', 'nopolicy']), {
        code: 2,
        stdout: '',
        stderr: `cpt-dossier: invalid configuration: ${path.join('nopolicy', 'policies', 'hrs.json')}: cannot be read (no such file); it is listed in "policies" of ${path.join('nopolicy', '.cpt-dossier.json')}\n`,
      });
    });
  });

  describe('lint: text output and exit status', { concurrency: true }, () => {
    test('a clean dossier: exit 0 and a summary line', async () => {
      assert.deepEqual(await cli(['lint', '--today', TODAY, 't/clean.dossier.md']), { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
    });
    test('an error: exit 1, path:line:col  severity  rule  message', async () => {
      const r = await cli(['lint', '--today', TODAY, 't/bad.dossier.md']);
      const lines = expectedLines('t/bad.dossier.md', BAD);
      assert.match(lines, /^t\/bad\.dossier\.md:1:1 {2}error {2}classification-missing {2}\S/);
      assert.deepEqual(r, { code: 1, stdout: `${lines}1 error, 0 warnings, 0 info in 1 file (1 file checked)\n`, stderr: '' });
      assert.doesNotMatch(r.stdout, /passed|failed/);
    });
    test('only warnings: exit 0', async () => {
      const r = await cli(['lint', '--today', TODAY, 't/warn.dossier.md', 't/clean.dossier.md']);
      assert.deepEqual(r, { code: 0, stdout: `${expectedLines('t/warn.dossier.md', WARN)}0 errors, 1 warning, 0 info in 1 file (2 files checked)\n`, stderr: '' });
    });
    test('files are printed in sorted order whatever the argument order, each once', async () => {
      const r = await cli(['lint', '--today', TODAY, 't/warn.dossier.md', 't/bad.dossier.md', 't', 't/bad.dossier.md']);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, `${expectedLines('t/bad.dossier.md', BAD)}${expectedLines('t/warn.dossier.md', WARN)}1 error, 1 warning, 0 info in 2 files (3 files checked)\n`);
    });
    test('--today moves deadline-passed', async () => {
      const before = await cli(['lint', '--format', 'json', '--today', '2027-02-04', 'd/deadline.dossier.md']);
      assert.deepEqual(JSON.parse(before.stdout), []);
      assert.equal(before.code, 0);
      const afterDeadline = await cli(['lint', '--format', 'json', '--today', '2027-02-05', 'd/deadline.dossier.md']);
      assert.deepEqual(
        JSON.parse(afterDeadline.stdout).map((f: { ruleId: string; line: number }) => `${f.line} ${f.ruleId}`),
        ['6 deadline-passed'],
      );
      assert.equal(afterDeadline.code, 0); // a warning
    });
    test('a Markdown file that is not a dossier, named explicitly, gets nothing', async () => {
      assert.deepEqual(await cli(['lint', '--today', TODAY, 'plain/README.md']), {
        code: 0,
        stdout: 'Nothing checked: the file given is not a dossier (a dossier is named *.dossier.md or has cpt_dossier in its frontmatter)\n',
        stderr: '',
      });
    });
    test('a folder search finds a dossier written as *.markdown, as the pre-commit hook passes one', async () => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, 'longext']);
      assert.equal(r.stderr, '');
      assert.deepEqual([...new Set(JSON.parse(r.stdout).map((f: { file: string }) => f.file))], [path.join('longext', 'ef.markdown')]);
    });
    test('a file named that was plainly meant as a dossier, but is none, is said to be none', async () => {
      const hint = 'add `cpt_dossier: 1` to its frontmatter or name it *.dossier.md';
      assert.deepEqual(await cli(['lint', '--today', TODAY, 'meant/ef-dossier.md', 'meant/notes.md', 'plain/README.md']), {
        code: 0,
        stdout: 'Nothing checked: none of the 3 files given is a dossier (a dossier is named *.dossier.md or has cpt_dossier in its frontmatter)\n',
        stderr: [path.join('meant', 'ef-dossier.md'), path.join('meant', 'notes.md')].map((f) => `cpt-dossier: ${f} is not a CPT dossier, so it is not checked: ${hint}\n`).join(''),
      });
      // Searched for in a folder, such files are passed over in silence, as before.
      assert.equal((await cli(['lint', '--today', TODAY, 'meant', 'ok.dossier.md'])).stderr, '');
      assert.deepEqual(await cli(['assess', '--today', TODAY, 'meant/ef-dossier.md']), { code: 2, stdout: '', stderr: `cpt-dossier: meant/ef-dossier.md is not a CPT dossier: ${hint}\n` });
      assert.deepEqual(await cli(['assess', '--today', TODAY, 'plain/README.md']), { code: 2, stdout: '', stderr: `cpt-dossier: plain/README.md is not a CPT dossier: ${hint}\n` });
    });
    test('binary and invalid UTF-8 files are read with replacement characters, not a crash', async () => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, 'bin/blob.dossier.md']);
      assert.equal(r.stderr, '');
      assert.equal(r.code, 1);
      const findings = JSON.parse(r.stdout) as { ruleId: string }[];
      assert.ok(findings.some((f) => f.ruleId === 'classification-missing'));
      // a terminal escape in a file name or message is printed visibly, never raw
      const text = await cli(['lint', '--today', TODAY, 'bin/blob.dossier.md']);
      // eslint-disable-next-line no-control-regex -- control characters must not reach the terminal
      assert.doesNotMatch(text.stdout, /[\u0000-\u0008\u001b]/);
    });
    test('a file over --max-file-size gets the size-limit info finding', async () => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, '--max-file-size', '200', 'big/large.dossier.md']);
      assert.equal(r.code, 0);
      const findings = JSON.parse(r.stdout) as { ruleId: string; severity: string; line: number }[];
      assert.deepEqual(
        findings.map((f) => `${f.line} ${f.severity} ${f.ruleId}`),
        ['1 info size-limit'],
      );
      const full = JSON.parse((await cli(['lint', '--format', 'json', '--today', TODAY, 'big/large.dossier.md'])).stdout) as { ruleId: string }[];
      assert.deepEqual(
        full.map((f) => f.ruleId),
        ['payment-claim'],
      );
    });
  });

  describe('configuration files side by side', { concurrency: true }, () => {
    test('.cpt-dossier.json, .yaml and .yml in one folder: one warning on stderr naming the file read and those ignored', async () => {
      write('multi/.cpt-dossier.json', JSON.stringify({ rules: { 'payment-claim': 'error' } }));
      write('multi/.cpt-dossier.yaml', 'rules:\n  payment-claim: off\n');
      write('multi/.cpt-dossier.yml', 'rules:\n  payment-claim: off\n');
      write('multi/a.dossier.md', clean({}, ['## Software output', '', 'A CPT code guarantees payment.', '']));
      write('multi/sub/b.dossier.md', clean());
      const warning =
        'cpt-dossier: warning: several configuration files in one folder: multi/.cpt-dossier.json is read, multi/.cpt-dossier.yaml and multi/.cpt-dossier.yml are ignored (only the first of .cpt-dossier.json, .cpt-dossier.yaml, .cpt-dossier.yml is read); merge them into one\n';
      const r = await cli(['lint', '--today', TODAY, 'multi']);
      assert.equal(r.stderr, warning); // once, for two dossiers under it
      assert.equal(r.code, 1); // the JSON file applies: payment-claim is an error
      assert.match(r.stdout, /^multi\/a\.dossier\.md:\d+:\d+ {2}error {2}payment-claim /m);
      const assessed = await cli(['assess', '--today', TODAY, 'multi/a.dossier.md']);
      assert.equal(assessed.stderr, warning);
      // Named with --config, the file is the user's choice: nothing to warn about.
      assert.equal((await cli(['lint', '--today', TODAY, '--config', 'multi/.cpt-dossier.yaml', 'multi'])).stderr, '');
      // Two of them: the message says "is".
      write('pair/.cpt-dossier.yaml', 'rules: {}\n');
      write('pair/.cpt-dossier.yml', 'rules: {}\n');
      write('pair/c.dossier.md', clean());
      assert.deepEqual(await cli(['lint', '--today', TODAY, 'pair']), {
        code: 0,
        stdout: 'No findings (1 file checked)\n',
        stderr: 'cpt-dossier: warning: several configuration files in one folder: pair/.cpt-dossier.yaml is read, pair/.cpt-dossier.yml is ignored (only the first of .cpt-dossier.json, .cpt-dossier.yaml, .cpt-dossier.yml is read); merge them into one\n',
      });
    });
  });

  describe('lint: size-limit over a cut read', { concurrency: true }, () => {
    const SIZE_NOTE = ') is larger than the size limit, so only its frontmatter was checked; body rules such as classification-cue and payment-claim did not run.';
    const lintJson = async (limit: number, file: string): Promise<{ line: number; ruleId: string; message: string }[]> => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, '--max-file-size', String(limit), file]);
      assert.equal(r.stderr, '');
      return JSON.parse(r.stdout) as { line: number; ruleId: string; message: string }[];
    };
    test('a file read whole states its length in characters (a file under 512 bytes is not "0 KiB")', async () => {
      write('sizes/small.dossier.md', '---\ncpt_dossier: 1\nclassification: assistive\n---\n\n## Software output\n\nThe software flags studies.\n');
      const [note] = await lintJson(50, 'sizes/small.dossier.md');
      assert.equal(note.ruleId, 'size-limit');
      assert.ok(note.message.startsWith(`This file (98 characters${SIZE_NOTE}`), note.message);
    });
    test('a file longer than 4 × the limit (read only in part) states its size on disk, not the part read', async () => {
      const head = clean({}, ['## Software output', '']);
      const text = head + 'The software flags studies.\n'.repeat(Math.ceil((11_284 - head.length) / 28));
      write('sizes/big.dossier.md', text.slice(0, 11_284));
      const [note] = await lintJson(2000, 'sizes/big.dossier.md');
      assert.equal(note.ruleId, 'size-limit');
      assert.ok(note.message.startsWith(`This file (11,284 bytes${SIZE_NOTE}`), note.message);
    });
    test('a frontmatter longer than 4 × the limit, cut by the read: size-limit alone, no "never closed"', async () => {
      write('sizes/longfm.dossier.md', `---\ncpt_dossier: 1\nclassification: assistive\nphysician_work: |\n${'  The physician reads every flagged study.\n'.repeat(300)}---\n\n## Software output\n\nThe software flags studies.\n`);
      const findings = await lintJson(1000, 'sizes/longfm.dossier.md');
      assert.deepEqual(
        findings.map((f) => `${f.line} ${f.ruleId}`),
        ['1 size-limit'],
      );
      // Read whole (under 4 × the limit) the same frontmatter closes and its rules run.
      assert.deepEqual((await lintJson(4000, 'sizes/longfm.dossier.md')).map((f) => f.ruleId).sort(), ['cat3-fda-engagement', 'cat3-human-use', 'cat3-us-trial', 'size-limit']);
    });
    test('a cut read whose size is unknown (a file under /proc) says "more than" what was read', () => {
      const text = `---\ncpt_dossier: 1\nclassification: assistive\nphysician_work: |\n${'  x\n'.repeat(100)}`;
      const { findings } = lintText(text, { fileName: 'p.dossier.md', today: TODAY, config: { ...defaultConfig(), maxBytes: 100 }, truncated: { readBytes: 404 } });
      assert.deepEqual(
        findings.map((f) => `${f.range.start.line + 1} ${f.ruleId} ${f.message.slice(0, 41)}`),
        ['1 size-limit This file (more than 404 bytes) is larger'],
      );
    });
  });

  describe('lint: JSON and SARIF', { concurrency: true }, () => {
    test('--format json prints exactly the contract, 1-based', async () => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, 'j']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
      const out = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.ok(Array.isArray(out));
      const want = [
        ...lintText(BAD, { fileName: 'j/bad.dossier.md', today: TODAY }).findings.map((f) => ({ file: 'j/bad.dossier.md', f })),
        ...lintText(WARN, { fileName: 'j/warn.dossier.md', today: TODAY }).findings.map((f) => ({ file: 'j/warn.dossier.md', f })),
      ].map(({ file, f }) => ({
        file,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line + 1,
        column: f.range.start.column + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.column + 1,
        // A rule's fixes, when it offers any: 1-based edits, end exclusive.
        ...(f.fixes?.length
          ? {
              fixes: f.fixes.map((x) => ({
                title: x.title,
                safe: x.safe,
                edits: x.edits.map((e) => ({ line: e.range.start.line + 1, column: e.range.start.column + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.column + 1, text: e.newText })),
              })),
            }
          : {}),
      }));
      assert.deepEqual(out, want);
      // What is missing comes with its skeleton, offered (not safe): the class to choose, the section to add.
      assert.deepEqual(
        out.map((f) => [f.ruleId, (f.fixes as { title: string; safe: boolean }[] | undefined)?.map((x) => `${x.safe ? 'safe' : 'offered'}: ${x.title.split(' (')[0]}`)]),
        [
          ['classification-missing', ['offered: Classify as assistive', 'offered: Classify as augmentative', 'offered: Classify as autonomous']],
          ['output-undescribed', ['offered: Add a `## Software output` section']],
        ],
      );
      for (const f of out) assert.deepEqual(Object.keys(f), ['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', ...(f.fixes ? ['fixes'] : [])]);
      assert.equal((await cli(['lint', '--format', 'json', '--today', TODAY, 't/clean.dossier.md'])).stdout, '[]\n');
    });
    test('--format json: classification-cue findings carry the class the phrase suggests in "data", other findings no "data" key; a fix is in "fixes"', async () => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, 'cue/mixed.dossier.md']);
      assert.equal(r.stderr, '');
      const out = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.deepEqual(
        out.map((f) => [f.ruleId, f.line, f.column, f.data]),
        [
          ['unknown-field', 3, 1, undefined],
          ['assistive-cpt-discouraged', 4, 17, undefined],
          ['classification-cue', 25, 14, { suggests: 'augmentative' }],
          ['classification-cue', 27, 14, { suggests: 'autonomous' }],
        ],
      );
      const keys = ['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];
      // The misspelt key offers a rename (a fix that is not safe): "fixes", after the fields.
      for (const f of out) assert.deepEqual(Object.keys(f), f.ruleId === 'classification-cue' ? [...keys, 'data'] : f.ruleId === 'unknown-field' ? [...keys, 'fixes'] : keys);
      assert.deepEqual(out[0].fixes, [{ title: 'Rename to `title`', safe: false, edits: [{ line: 3, column: 1, endLine: 3, endColumn: 6, text: 'title' }] }]);
      // One finding per line stays true with the extra key.
      assert.match(r.stdout, /^\{"file":"cue\/mixed\.dossier\.md","ruleId":"classification-cue",.*"endColumn":22,"data":\{"suggests":"augmentative"\}\},$/m);
    });
    test('--format sarif: classification-cue results carry properties.suggests', async () => {
      const r = await cli(['lint', '--format', 'sarif', '--today', TODAY, 'cue/mixed.dossier.md']);
      const results = JSON.parse(r.stdout).runs[0].results as { ruleId: string; properties?: unknown }[];
      assert.deepEqual(
        results.map((x) => [x.ruleId, x.properties]),
        [
          ['unknown-field', undefined],
          ['assistive-cpt-discouraged', undefined],
          ['classification-cue', { suggests: 'augmentative' }],
          ['classification-cue', { suggests: 'autonomous' }],
        ],
      );
    });
    test('--format sarif is SARIF 2.1.0 with the rules, valid ruleIndex and 1-based regions', async () => {
      const r = await cli(['lint', '--format', 'sarif', '--today', TODAY, 'j']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      const driver = run.tool.driver;
      assert.equal(driver.name, 'cpt-dossier');
      assert.equal(driver.version, pkg.version);
      assert.match(driver.informationUri, /^https:\/\//);
      assert.deepEqual(
        driver.rules.map((d: { id: string }) => d.id),
        RULE_IDS,
      );
      for (const d of driver.rules) {
        assert.equal(d.helpUri, docsUrl(d.id));
        assert.ok(d.shortDescription.text && d.fullDescription.text && d.help.markdown && d.help.text, d.id);
        assert.ok(['error', 'warning', 'note'].includes(d.defaultConfiguration.level), d.id);
      }
      assert.equal(driver.rules.find((d: { id: string }) => d.id === 'augmentative-cat3-support').defaultConfiguration.level, 'note');
      const json = JSON.parse((await cli(['lint', '--format', 'json', '--today', TODAY, 'j'])).stdout);
      assert.equal(run.results.length, json.length);
      type SarifResult = { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: unknown } }[] };
      run.results.forEach((res: SarifResult, i: number) => {
        const f = json[i];
        assert.equal(res.ruleId, f.ruleId);
        assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
        assert.equal(res.level, f.severity === 'info' ? 'note' : f.severity);
        assert.equal(res.message.text, f.message);
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, f.file);
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.deepEqual(loc.region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
      });
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${tmp}/`);
    });
  });

  describe('lint: folders and globs', { concurrency: true }, () => {
    const files = (r: Run): string[] => [...new Set((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file))];
    test('a folder is searched for dossiers, skipping node_modules, .git, hidden folders and other Markdown', async () => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, 'tree']);
      assert.equal(r.code, 1);
      assert.deepEqual(files(r), ['tree/a.dossier.md', 'tree/notes.md', 'tree/sub/b.dossier.md']);
      const text = await cli(['lint', '--today', TODAY, 'tree']);
      assert.match(text.stdout, /in 3 files \(3 files checked\)\n$/);
    });
    test('globs are expanded (node_modules and hidden folders excluded)', async () => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, 'tree/**/*.dossier.md']);
      assert.deepEqual(files(r), ['tree/a.dossier.md', 'tree/sub/b.dossier.md']);
      const md = await cli(['lint', '--today', TODAY, 'tree/*.md']);
      assert.match(md.stdout, /\(2 files checked, 1 not a dossier\)\n$/); // README.md is read, is no dossier, and is counted apart
      assert.doesNotMatch(md.stdout, /README/);
    });
    test('paths outside the working folder are printed as given from the root', async () => {
      const r = await cli(['lint', '--format', 'json', '--today', TODAY, path.join(tmp, 'tree', 'a.dossier.md')], path.join(tmp, 'tree', 'sub'));
      assert.deepEqual(files(r), [path.join(tmp, 'tree', 'a.dossier.md')]);
    });
  });

  describe('lint: configuration', { concurrency: true }, () => {
    test('the nearest .cpt-dossier.json turns a rule off or changes its severity', async () => {
      const off = await cli(['lint', '--today', TODAY, 'conf/off']);
      assert.deepEqual(off, { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
      const warn = await cli(['lint', '--format', 'json', '--today', TODAY, 'conf/warn']);
      assert.equal(warn.code, 0);
      assert.deepEqual(
        JSON.parse(warn.stdout).map((f: { ruleId: string; severity: string }) => `${f.severity} ${f.ruleId}`),
        ['warning classification-missing'],
      );
      // --config replaces the search: the error is back with a file that sets nothing
      assert.equal((await cli(['lint', '--today', TODAY, '--config', 'conf/empty.json', 'conf/off'])).code, 1);
    });
    test('a second society policy from the configuration (HRS, 90 days of notice)', async () => {
      const plain = await cli(['lint', '--format', 'json', '--today', TODAY, 'hrs/plain']);
      assert.deepEqual(JSON.parse(plain.stdout), []); // 80 days is enough for the default 56
      const withPolicy = await cli(['lint', '--format', 'json', '--today', TODAY, 'hrs/with']);
      assert.equal(withPolicy.code, 1);
      const found = JSON.parse(withPolicy.stdout) as { ruleId: string; message: string; line: number }[];
      assert.deepEqual(
        found.map((f) => `${f.line} ${f.ruleId}`),
        ['20 society-notice-late'],
      );
      assert.match(found[0].message, /HRS was notified only 80 days before .* at least 90 days/);
      // an invalid policy file stops the command
      assert.deepEqual(await cli(['lint', 'hrs/bad']), {
        code: 2,
        stdout: '',
        stderr: `cpt-dossier: invalid configuration: ${path.join('hrs', 'bad', 'hrs.json')}: "noticeLeadDays" must be a whole number of days between 0 and 3650\n`,
      });
    });
  });

  describe('lint: parallel', { concurrency: true }, () => {
    test('--jobs 1 and --jobs 2 print the same on 20 files', async () => {
      for (const format of ['text', 'json']) {
        const one = await cli(['lint', '--format', format, '--jobs', '1', '--today', TODAY, 'many'], tmp, { CPT_DOSSIER_TRACE: '1' });
        const two = await cli(['lint', '--format', format, '--jobs', '2', '--today', TODAY, 'many'], tmp, { CPT_DOSSIER_TRACE: '1' });
        assert.equal(one.stderr, 'cpt-dossier: trace: 20 files, in-process\n');
        assert.equal(two.stderr, 'cpt-dossier: trace: 20 files, 2 worker threads\n');
        assert.equal(two.code, one.code);
        assert.equal(two.stdout, one.stdout, format);
      }
    });
    test('--jobs 2 with a file that cannot be read and files over --max-file-size among them: same output, order, messages and exit code as --jobs 1', async () => {
      // Two files over --max-file-size (only their frontmatter is read and checked, with a size-limit note) among small ones with findings.
      const large = (frontmatter: Record<string, string | null>): string => clean(frontmatter, ['## Software output', '', 'A CPT code guarantees payment.', '', '```', ...Array.from({ length: 10_000 }, (_, i) => `x = ${i}`), '```', '']);
      const variants = [clean(), BAD, WARN, CUES, clean({}, ['## Software output', '', 'A CPT code guarantees payment.', ''])];
      for (let i = 0; i < 14; i++) write(`mixed/m${String(i).padStart(2, '0')}.dossier.md`, i === 3 ? large({ classification: null }) : i === 9 ? large({}) : variants[i % variants.length]);
      assert.ok(fs.statSync(path.join(tmp, 'mixed', 'm03.dossier.md')).size > 65536);
      // A file that cannot be read, named between the folder and a file: its message comes in the same place.
      const unreadable = process.platform === 'win32' ? [] : ['special/fifo.dossier.md'];
      const args = ['--max-file-size', '65536', 'mixed', ...unreadable, 't/bad.dossier.md'];
      let text = '';
      // JSON is compared by the test above.
      for (const format of ['text', 'sarif']) {
        const one = await cli(['lint', '--format', format, '--jobs', '1', '--today', TODAY, ...args]);
        const two = await cli(['lint', '--format', format, '--jobs', '2', '--today', TODAY, ...args], tmp, { CPT_DOSSIER_TRACE: '1' });
        assert.equal(two.stderr, `cpt-dossier: trace: ${15 + unreadable.length} files, 2 worker threads\n${one.stderr}`);
        assert.equal(two.code, unreadable.length ? 2 : 1);
        assert.equal(two.code, one.code);
        assert.equal(two.stdout, one.stdout, format);
        if (format === 'text') text = two.stdout;
        if (unreadable.length) assert.equal(one.stderr, 'cpt-dossier: cannot read special/fifo.dossier.md: is a named pipe (FIFO), not a regular file\n');
      }
      const files = [...text.matchAll(/^([^:\n]+\.dossier\.md):\d+:\d+ /gm)].map((m) => m[1]);
      assert.deepEqual([...new Set(files)], ['mixed/m01.dossier.md', 'mixed/m02.dossier.md', 'mixed/m03.dossier.md', 'mixed/m04.dossier.md', 'mixed/m06.dossier.md', 'mixed/m07.dossier.md', 'mixed/m08.dossier.md', 'mixed/m09.dossier.md', 'mixed/m11.dossier.md', 'mixed/m12.dossier.md', 'mixed/m13.dossier.md', 't/bad.dossier.md']);
    });
  });

  describe('hostile inputs: files that are not files, configuration above the repository', { concurrency: true }, () => {
    const posix = { skip: process.platform === 'win32' ? 'no /dev/zero or FIFOs on Windows' : false };
    test('/dev/zero, a FIFO or a symbolic link to /dev/zero named as a dossier: exit 2 at once', posix, async () => {
      const dev = await cli(['lint', '--today', TODAY, '/dev/zero']);
      // A failed run never prints a summary that reads as a clean one.
      assert.deepEqual(dev, { code: 2, stdout: 'Nothing checked: 1 file could not be read\n', stderr: 'cpt-dossier: cannot read /dev/zero: is a character device, not a regular file\n' });
      const fifo = await cli(['lint', '--today', TODAY, 'special/fifo.dossier.md', 't/clean.dossier.md']);
      assert.deepEqual(fifo, { code: 2, stdout: 'No findings (1 file checked, 1 file not read)\n', stderr: 'cpt-dossier: cannot read special/fifo.dossier.md: is a named pipe (FIFO), not a regular file\n' });
      const link = await cli(['lint', '--today', TODAY, 'special/zero.dossier.md']);
      assert.equal(link.code, 2);
      assert.equal(link.stderr, 'cpt-dossier: cannot read special/zero.dossier.md: is a symbolic link to a character device, not a regular file\n');
      for (const file of ['/dev/zero', 'special/fifo.dossier.md']) {
        const kind = file === '/dev/zero' ? 'a character device' : 'a named pipe (FIFO)';
        assert.deepEqual(await cli(['assess', '--today', TODAY, file]), { code: 2, stdout: '', stderr: `cpt-dossier: cannot read ${file}: is ${kind}, not a regular file\n` });
      }
      // a folder search leaves the link out instead of failing
      assert.deepEqual(await cli(['lint', '--today', TODAY, 'special/ok']), { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
    });
    test('/dev/zero with --format json, sarif, junit or github: output that parses and says the run failed, exit 2', posix, async () => {
      const stderr = 'cpt-dossier: cannot read /dev/zero: is a character device, not a regular file\n';
      const json = await cli(['lint', '--format', 'json', '--today', TODAY, '/dev/zero']);
      assert.deepEqual(json, { code: 2, stdout: '[]\n', stderr });
      const sarif = await cli(['lint', '--format', 'sarif', '--today', TODAY, '/dev/zero']);
      assert.equal(sarif.code, 2);
      const run = (JSON.parse(sarif.stdout) as { runs: { results: unknown[]; invocations?: unknown }[] }).runs[0];
      assert.deepEqual(run.results, []);
      assert.deepEqual(run.invocations, [
        {
          executionSuccessful: false,
          toolExecutionNotifications: [{ level: 'error', message: { text: 'cannot read /dev/zero: is a character device, not a regular file' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///dev/zero' } } }] }],
        },
      ]);
      const junit = await cli(['lint', '--format', 'junit', '--today', TODAY, '/dev/zero']);
      assert.equal(junit.code, 2);
      assert.match(junit.stdout, /<testsuites name="cpt-dossier" tests="1" failures="0" errors="1" time="0">/);
      assert.match(junit.stdout, /<error message="cannot read: is a character device, not a regular file">cannot read \/dev\/zero: is a character device, not a regular file<\/error>/);
      assert.doesNotMatch(junit.stdout, /no findings/);
      const github = await cli(['lint', '--format', 'github', '--today', TODAY, '/dev/zero']);
      assert.deepEqual(github, { code: 2, stdout: '::error title=CPT Dossier::cannot read /dev/zero: is a character device, not a regular file\nNothing checked: 1 file could not be read\n', stderr });
    });
    test('symbolic links: a file reached through a link loop by a glob is linted once; a link loop or a dangling link named says so', posix, async () => {
      write('links/d/a.dossier.md', BAD);
      for (const name of ['l1', 'l2', 'l3']) fs.symlinkSync('.', path.join(tmp, 'links', 'd', name));
      fs.symlinkSync('self', path.join(tmp, 'links', 'self'));
      fs.symlinkSync('nowhere.dossier.md', path.join(tmp, 'links', 'dangling.dossier.md'));
      const glob = await cli(['lint', '--format', 'json', '--today', TODAY, 'links/d/**/*.md']);
      assert.equal(glob.code, 1);
      assert.deepEqual([...new Set((JSON.parse(glob.stdout) as { file: string }[]).map((f) => f.file))], ['links/d/a.dossier.md']);
      assert.deepEqual(JSON.parse(glob.stdout).map((f: { ruleId: string }) => f.ruleId), ['classification-missing']);
      const folder = await cli(['lint', '--format', 'json', '--today', TODAY, 'links/d']);
      assert.equal(folder.stdout, glob.stdout);
      assert.deepEqual(await cli(['lint', '--today', TODAY, 'links/self']), { code: 2, stdout: '', stderr: 'cpt-dossier: cannot read links/self: too many levels of symbolic links\n' });
      assert.deepEqual(await cli(['lint', '--today', TODAY, 'links/dangling.dossier.md']), {
        code: 2,
        stdout: '',
        stderr: 'cpt-dossier: cannot read links/dangling.dossier.md: is a symbolic link to a file or folder that does not exist\n',
      });
    });
    // root reads any folder: the test needs an ordinary user (CI runners are one).
    test('a folder that cannot be searched is named on stderr; the rest is linted', { skip: process.getuid?.() === 0 ? 'root reads a folder without permissions' : posix.skip }, async () => {
      write('unsearchable/ok.dossier.md', BAD);
      write('unsearchable/locked/hidden.dossier.md', BAD);
      fs.chmodSync(path.join(tmp, 'unsearchable', 'locked'), 0o000);
      try {
        const r = await cli(['lint', '--today', TODAY, 'unsearchable']);
        assert.equal(r.code, 1);
        assert.equal(r.stderr, 'cpt-dossier: cannot search unsearchable/locked: permission denied; dossiers in it are not linted\n');
        assert.match(r.stdout, /^unsearchable\/ok\.dossier\.md:1:1 {2}error {2}classification-missing /);
        assert.match(r.stdout, /\(1 file checked\)\n$/);
      } finally {
        fs.chmodSync(path.join(tmp, 'unsearchable', 'locked'), 0o755);
      }
    });
    test('/dev/zero, a FIFO or a link to /dev/zero as --config or as a policy file: invalid configuration, exit 2', posix, async () => {
      const invalid = (file: string, why: string): Run => ({ code: 2, stdout: '', stderr: `cpt-dossier: invalid configuration: ${file}: cannot be read (${why})\n` });
      assert.deepEqual(await cli(['lint', '--config', '/dev/zero', 't/clean.dossier.md']), invalid('/dev/zero', 'is a character device, not a regular file'));
      assert.deepEqual(await cli(['lint', '--config', 'special/fifo.json', 't/clean.dossier.md']), invalid(path.join('special', 'fifo.json'), 'is a named pipe (FIFO), not a regular file'));
      assert.deepEqual(await cli(['assess', '--config', 'special/zero.json', 't/clean.dossier.md']), invalid(path.join('special', 'zero.json'), 'is a symbolic link to a character device, not a regular file'));
      assert.deepEqual(await cli(['lint', 'special/zeropolicy']), {
        code: 2,
        stdout: '',
        stderr: `cpt-dossier: invalid configuration: ${path.join('special', 'zeropolicy', 'zero.json')}: cannot be read (is a symbolic link to a character device, not a regular file); it is listed in "policies" of ${path.join('special', 'zeropolicy', '.cpt-dossier.json')}\n`,
      });
    });
    test('a configuration file over 1 MiB is refused unread', async () => {
      assert.deepEqual(await cli(['lint', 'huge']), {
        code: 2,
        stdout: '',
        stderr: `cpt-dossier: invalid configuration: ${path.join('huge', '.cpt-dossier.json')}: cannot be read (is larger than 1 MiB, too large for a configuration or policy file)\n`,
      });
    });
    test('a .cpt-dossier.json above the repository root (.git folder or file) does not apply', async () => {
      const bad = `${expectedLines('outside/repo/x.dossier.md', BAD)}1 error, 0 warnings, 0 info in 1 file (1 file checked)\n`;
      assert.deepEqual(await cli(['lint', '--today', TODAY, 'outside/repo/x.dossier.md']), { code: 1, stdout: bad, stderr: '' });
      assert.equal((await cli(['lint', '--today', TODAY, 'outside/worktree'])).code, 1);
      // outside a repository, it applies within the folder the command runs in
      assert.deepEqual(await cli(['lint', '--today', TODAY, 'outside/norepo']), { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
      // but not from a parent of the working folder
      const below = await cli(['lint', '--today', TODAY, 'x.dossier.md'], path.join(tmp, 'outside', 'norepo', 'sub'));
      assert.equal(below.code, 1);
      assert.match(below.stdout, /^x\.dossier\.md:1:1 {2}error {2}classification-missing/);
    });
    test('"root": true is a setting; any other value is an invalid configuration', async () => {
      const good = await cli(['lint', '--format', 'json', '--today', TODAY, 'rootkey/good']);
      assert.equal(good.code, 0);
      assert.deepEqual(JSON.parse(good.stdout).map((f: { severity: string; ruleId: string }) => `${f.severity} ${f.ruleId}`), ['warning classification-missing']);
      assert.deepEqual(await cli(['lint', 'rootkey/bad']), { code: 2, stdout: '', stderr: `cpt-dossier: invalid configuration: ${path.join('rootkey', 'bad', '.cpt-dossier.json')}: "root" must be true or false\n` });
    });
  });

  describe('the command line under pressure: --jobs, closed pipes, control characters', { concurrency: true }, () => {
    test('--jobs above the number of CPUs: a message, then as many threads as CPUs', async () => {
      const cpus = os.availableParallelism();
      const r = await cli(['lint', '--jobs', '1000', '--today', TODAY, 'many'], tmp, { CPT_DOSSIER_TRACE: '1' });
      const plan = cpus > 1 ? `${cpus} worker threads` : 'in-process';
      assert.equal(r.stderr, `cpt-dossier: --jobs 1000 is more than the ${cpus} CPU${cpus === 1 ? '' : 's'} of this machine; linting on ${cpus} thread${cpus === 1 ? '' : 's'}\ncpt-dossier: trace: 20 files, ${plan}\n`);
      const one = await cli(['lint', '--jobs', '1', '--today', TODAY, 'many']);
      assert.equal(r.stdout, one.stdout);
      assert.equal(r.code, one.code);
      assert.equal((await cli(['lint', '--jobs', String(cpus), '--today', TODAY, 'many'])).stderr, '');
    });
    /** Runs the CLI and closes its stdout after the first chunk, as `| head -1` does. */
    function headOne(args: string[]): Promise<Run & { first: string }> {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: tmp, env: { ...process.env, CPT_DOSSIER_TRACE: '1' }, timeout: 20_000 });
        let first = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').once('data', (d: string) => {
          first = d;
          child.stdout.destroy();
        });
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout: '', stderr, first }));
      });
    }
    for (const jobs of ['1', '2']) {
      test(`| head -1 (--jobs ${jobs}): stops early; exit 1 when an error was found, 0 when not`, async () => {
        const err = await headOne(['lint', '--jobs', jobs, '--today', TODAY, 'pipe/err']);
        assert.match(err.first, /^pipe\/err\/f00\.dossier\.md:1:1 {2}error {2}classification-missing/);
        const stopped = /trace: output closed; stopped after (\d+) of 40 files\n$/.exec(err.stderr);
        assert.ok(stopped, err.stderr);
        assert.ok(Number(stopped[1]) < 40, err.stderr);
        assert.equal(err.code, 1);
        const warn = await headOne(['lint', '--jobs', jobs, '--today', TODAY, 'pipe/warn']);
        assert.match(warn.first, /^pipe\/warn\/f00\.dossier\.md:\d+:\d+ {2}warning {2}payment-claim/);
        assert.match(warn.stderr, /trace: output closed; stopped after \d+ of 40 files\n$/);
        assert.equal(warn.code, 0);
      });
    }
    test('control characters in config keys, rule ids, file names and arguments are printed as \\u escapes', async () => {
      const conf = path.join('ctl', 'keys', '.cpt-dossier.json');
      const keys = await cli(['lint', 'ctl/keys']);
      assert.equal(keys.code, 2);
      assert.equal(
        keys.stderr,
        `cpt-dossier: invalid configuration: ${conf}: rules.x\\u001b[2J\\u009b31m is not a rule of CPT Dossier\n` +
          `cpt-dossier: invalid configuration: ${conf}: "rul\\u001b]52;c;aGk=\\u0007es" is not a CPT Dossier setting (known: rules, policies, maxFileSize, root, extends, ignores)\n`,
      );
      const name = await cli(['lint', '--today', TODAY, 'ctl/names']);
      assert.equal(name.code, 1);
      assert.match(name.stdout, /^ctl\/names\/\\u001b\[31mred\\u009b\.dossier\.md:1:1 {2}error {2}classification-missing/);
      const json = await cli(['lint', '--format', 'json', '--today', TODAY, 'ctl/names']);
      assert.match(json.stdout, /"file":"ctl\/names\/\\u001b\[31mred\\u009b\.dossier\.md"/);
      assert.equal(JSON.parse(json.stdout)[0].file, 'ctl/names/\u001b[31mred\u009b.dossier.md'); // the same name, escaped the JSON way
      const arg = await cli(['lint', '--format', '\u001b]0;owned\u0007', 'x\u0007.md']);
      assert.equal(arg.stderr, "cpt-dossier: --format must be text, json, sarif, github or junit, not '\\u001b]0;owned\\u0007'\n");
      assert.equal((await cli(['lint', 'x\u0007\u009b.md'])).stderr, 'cpt-dossier: no such file or folder: x\\u0007\\u009b.md\n');
      // eslint-disable-next-line no-control-regex -- control characters must not reach the terminal
      for (const r of [keys, name, json, arg]) assert.doesNotMatch(r.stdout + r.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    });
  });

  describe('assess', { concurrency: true }, () => {
    test('markdown (default): verdict, prerequisites checklist, exit 0 for a clean dossier', async () => {
      const r = await cli(['assess', '--today', TODAY, 'a/ready.dossier.md']);
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^# Readiness assessment: Automated LV ejection fraction\n/);
      assert.match(r.stdout, /^> \*\*Ready:\*\* Category III prerequisites met/m);
      assert.match(r.stdout, /^- \[x\] \*\*Classified under CPT Appendix S\*\*: augmentative \(line 4\)/m);
      assert.doesNotMatch(r.stdout, /^- \[ \]/m);
      assert.match(r.stdout, /^\| Date \| Event \|$/m);
    });
    test('json: the Assessment; exit 1 when a finding is an error', async () => {
      const r = await cli(['assess', '--format', 'json', '--today', TODAY, 'a/bad.dossier.md']);
      assert.equal(r.code, 1);
      const a = JSON.parse(r.stdout);
      assert.equal(a.file, 'a/bad.dossier.md');
      assert.equal(a.verdict.status, 'not-ready');
      assert.equal(a.today, TODAY);
      assert.equal(a.prerequisites.find((p: { id: string }) => p.id === 'classified').met, false);
    });
    test('json: what the prose suggests, its counts and reason; markdown says the same', async () => {
      const a = JSON.parse((await cli(['assess', '--format', 'json', '--today', TODAY, 'cue/mixed.dossier.md'])).stdout);
      assert.equal(a.classification.declared, 'assistive');
      assert.equal(a.classification.suggested, 'autonomous');
      assert.deepEqual(a.classification.counts, { assistive: 0, augmentative: 1, autonomous: 1, 'physician-interprets': 0 });
      assert.equal(a.classification.reason, '1 phrase suggests autonomous work');
      const md = (await cli(['assess', '--today', TODAY, 'cue/mixed.dossier.md'])).stdout;
      assert.match(md, /^The prose suggests \*\*autonomous\*\*: 1 phrase suggests autonomous work\.$/m);
    });
    test('html: a static page without scripts; hostile text escaped', async () => {
      const html = await cli(['assess', '--format', 'html', '--today', TODAY, 'a/hostile.dossier.md']);
      assert.equal(html.code, 0);
      assert.match(html.stdout, /^<!DOCTYPE html>/);
      assert.doesNotMatch(html.stdout, /<script|<img/i);
      const md = await cli(['assess', '--today', TODAY, 'a/hostile.dossier.md']);
      assert.doesNotMatch(md.stdout, /<img|(?<!\\)\]\(javascript/i);
      assert.match(md.stdout, /^# Readiness assessment: &lt;img src=x onerror=alert\(1\)&gt; \\\[x\\\]\(javascript:alert\(1\)\)$/m);
    });
    test('a folder is not a file', async () => {
      assert.deepEqual(await cli(['assess', 'a']), { code: 2, stdout: '', stderr: 'cpt-dossier: a is a folder; assess takes one dossier file (lint takes folders)\n' });
    });
  });

  describe('Node helpers (in-process)', { concurrency: true }, () => {
    test('a Markdown file is a dossier by its frontmatter key, as the engine decides', () => {
      assert.equal(looksLikeDossier('---\ntitle: x\ncpt_dossier: 1\n---\n'), true);
      assert.equal(looksLikeDossier('\uFEFF---\r\ncpt_dossier: 1\r\n---\r\n'), true);
      assert.equal(looksLikeDossier('---\ncpt_dossier: 1'), true); // unclosed, or cut at the sniffing limit
      assert.equal(looksLikeDossier('# Title\n\ncpt_dossier: 1\n'), false);
      assert.equal(looksLikeDossier('---\ntitle: x\n---\ncpt_dossier: 1\n'), false);
    });
    test('the configuration cache notices a changed file', () => {
      const file = write('cache/.cpt-dossier.json', JSON.stringify({ rules: { 'payment-claim': 'off' } }));
      clearConfigCache();
      assert.deepEqual(loadConfigFile(file).severities, { 'payment-claim': 'off' });
      assert.equal(loadConfigFile(file), loadConfigFile(file)); // cached
      fs.writeFileSync(file, JSON.stringify({ rules: { 'payment-claim': 'error', 'deadline-passed': 'info' } }));
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
      assert.deepEqual(loadConfigFile(file).severities, { 'payment-claim': 'error', 'deadline-passed': 'info' });
      write('cache/.cpt-dossier.json', JSON.stringify({ rulez: {} }));
      fs.utimesSync(file, new Date(), new Date(Date.now() + 10000));
      assert.deepEqual(loadConfigFile(file).problems, [`${file}: "rulez" is not a CPT Dossier setting (did you mean "rules"?)`]);
    });
  });
});
