// The one configuration loader (src/core/configLoader.ts) as the CLI uses it: JSON with comments
// and trailing commas, YAML, `extends` chains and cycles, `ignores`.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, type Io } from '../../src/cli/commands';
import { loadConfigAsync, loadConfigSync, parseConfigText } from '../../src/core/configLoader';
import { clearConfigCache, loadConfigFile } from '../../src/node/loadConfig';
import { TODAY, clean } from './helpers';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-config-')));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

async function cli(args: string[], cwd = tmp): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A dossier with one payment-claim warning on line `line` of the body. */
const claiming = clean().replace(/\n*$/, '\n\nThis code guarantees payment for every scan.\n');

describe('configuration files', () => {
  test('JSON with // and /* */ comments and trailing commas is read', () => {
    const file = write('jsonc/.cpt-dossier.json', '{\n  // drafts promise too much; the reviewers know\n  "rules": { "payment-claim": "off", /* for now */ },\n}\n');
    clearConfigCache();
    const c = loadConfigFile(file);
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.severities, { 'payment-claim': 'off' });
  });

  test('errors keep line and column, in JSON and in YAML', () => {
    assert.deepEqual(parseConfigText('{\n  "rules": {\n    "a" "off"\n  }\n}', '.cpt-dossier.json'), {
      ok: false,
      language: 'JSON',
      message: "expected ':' after the property name",
      line: 3,
      column: 9,
    });
    const yaml = parseConfigText('rules:\n  payment-claim: off\n  payment-claim: error\n', '.cpt-dossier.yaml');
    assert.equal(yaml.ok, false);
    if (!yaml.ok) assert.deepEqual([yaml.language, yaml.line, yaml.column], ['YAML', 3, 3]);
  });

  test('the same keys in .cpt-dossier.yaml; an empty YAML file is an empty configuration', async () => {
    write('yaml/.cpt-dossier.yaml', '# the team\'s settings\nrules:\n  payment-claim: error # CI fails on it\nmaxFileSize: 2000000\n');
    write('yaml/a.dossier.md', claiming);
    const r = await cli(['lint', '--today', TODAY, 'yaml']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^yaml\/a\.dossier\.md:\d+:\d+ {2}error {2}payment-claim /m);
    clearConfigCache();
    assert.deepEqual(loadConfigFile(write('yaml-empty/.cpt-dossier.yml', '')).problems, []);
    for (const bad of ['1e400', '0.5', '-3', '"big"']) {
      const f = write(`size-${bad.replace(/\W/g, '')}/.cpt-dossier.json`, `{"maxFileSize": ${bad}}`);
      assert.deepEqual(loadConfigFile(f).problems, [`${f}: "maxFileSize" must be a whole number of characters, 1 or more`], bad);
    }
    // A YAML file that is a list is told so in words that fit YAML, and an unknown key names no JSON file.
    const list = write('yaml-list/.cpt-dossier.yaml', '- rules\n- ignores\n');
    assert.deepEqual(loadConfigFile(list).problems, [`${list}: the configuration must be a mapping of settings (a JSON object, or a YAML mapping)`]);
    const typo = write('yaml-typo/.cpt-dossier.yaml', 'rulez:\n  payment-claim: error\n');
    assert.deepEqual(loadConfigFile(typo).problems, [`${typo}: "rulez" is not a CPT Dossier setting (did you mean "rules"?)`]);
  });

  test('YAML merge keys (<<) are read as YAML tools read them, not as a rule named <<; ".." is no ignore pattern (hostile16)', () => {
    const merged = write('yaml-merge/.cpt-dossier.yaml', 'rules: &strict\n  payment-claim: error\n  <<: {deadline-passed: info}\nignores: ["..", "a/../b", "ok/**"]\n');
    const c = loadConfigFile(merged);
    assert.deepEqual(c.problems, [
      `${merged}: ignores[0] ".." must be relative to the configuration file's folder, inside it`,
      `${merged}: ignores[1] "a/../b" must be relative to the configuration file's folder, inside it`,
    ]);
    assert.equal(c.severities['payment-claim'], 'error');
    assert.equal(c.severities['deadline-passed'], 'info');
  });

  test('extends: a chain of presets, the nearer file wins, policies relative to their own file', () => {
    write('org/policies/hrs.json', JSON.stringify({ id: 'HRS', name: 'Heart Rhythm Society', noticeLeadDays: 90, stance: {} }));
    write('org/base.json', JSON.stringify({ rules: { 'payment-claim': 'error', 'deadline-passed': 'off' }, policies: ['policies/hrs.json'] }));
    write('org/preset.yaml', 'extends: base.json\nrules:\n  deadline-passed: info\n');
    const file = write('team/.cpt-dossier.json', '{ "extends": "../org/preset.yaml", "rules": { "payment-claim": "warning" } }');
    clearConfigCache();
    const c = loadConfigFile(file);
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.severities, { 'payment-claim': 'warning', 'deadline-passed': 'info' });
    assert.deepEqual(c.policies.map((p) => p.id), ['ASE', 'HRS']);
    assert.deepEqual(c.origin, ['defaults', path.join(tmp, 'org/base.json'), path.join(tmp, 'org/preset.yaml'), file]);
  });

  test('extends: a cycle is reported with its path; a URL or code is refused', () => {
    write('cycle/a.json', '{ "extends": "b.json" }');
    write('cycle/b.json', '{ "extends": ["a.json"] }');
    const file = write('cycle/.cpt-dossier.json', '{ "extends": ["a.json", "https://example.com/x.json", "preset.js"] }');
    clearConfigCache();
    const a = path.join(tmp, 'cycle/a.json');
    const b = path.join(tmp, 'cycle/b.json');
    assert.deepEqual(loadConfigFile(file).problems, [
      `${b}: extends[0] "a.json" makes a cycle: ${a} → ${b} → ${a}`,
      `${file}: extends[1] "https://example.com/x.json" must be a relative path to a .json or .yaml file (presets are data, never code or URLs)`,
      `${file}: extends[2] "preset.js" must be a relative path to a .json or .yaml file (presets are data, never code or URLs)`,
    ]);
  });

  test('extends: presets that share a base (a diamond) are each read and applied once, at their first place', () => {
    // p0 extends [p1, last, p1], p1 extends [p2, last, p2], … : loaded per path, n levels are 3^n loads.
    const depth = 8;
    const files: Record<string, string> = { '/ws/.cpt-dossier.json': '{ "extends": ["p0.json", "last.json"] }', '/ws/last.json': '{ "rules": { "payment-claim": "info" } }' };
    for (let i = 0; i < depth; i++) files[`/ws/p${i}.json`] = JSON.stringify({ extends: [`p${i + 1}.json`, 'last.json', `p${i + 1}.json`] });
    files[`/ws/p${depth}.json`] = '{ "rules": { "payment-claim": "error", "deadline-passed": "off" } }';
    const reads: string[] = [];
    const c = loadConfigSync('/ws/.cpt-dossier.json', {
      resolve: (from, rel) => path.posix.join(path.posix.dirname(from), rel),
      folderOf: (f) => path.posix.dirname(f),
      read: ({ file }) => (reads.push(file), file in files ? { text: files[file] } : { error: 'no such file' }),
    });
    assert.deepEqual(c.problems, []);
    assert.equal(reads.length, depth + 3); // every file once
    assert.equal(new Set(reads).size, reads.length);
    // last.json was first applied inside p7, after p8, so its info wins over p8's error.
    assert.deepEqual(c.severities, { 'payment-claim': 'info', 'deadline-passed': 'off' });
    assert.deepEqual(c.origin.slice(0, 3), ['defaults', `/ws/p${depth}.json`, '/ws/last.json']);
  });

  test('extends: 32 presets deep are read; one more is reported, not a stack overflow (4,000 were an internal error)', () => {
    const host = (depth: number): { files: Record<string, string>; load: () => ReturnType<typeof loadConfigSync> } => {
      const files: Record<string, string> = { '/ws/.cpt-dossier.json': '{ "extends": "p1.json" }' };
      for (let i = 1; i < depth; i++) files[`/ws/p${i}.json`] = JSON.stringify({ extends: `p${i + 1}.json` });
      files[`/ws/p${depth}.json`] = '{ "rules": { "payment-claim": "off" } }';
      return {
        files,
        load: () =>
          loadConfigSync('/ws/.cpt-dossier.json', {
            resolve: (from, rel) => path.posix.join(path.posix.dirname(from), rel),
            folderOf: (f) => path.posix.dirname(f),
            read: ({ file }) => (file in files ? { text: files[file] } : { error: 'no such file' }),
          }),
      };
    };
    const ok = host(32).load();
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.severities, { 'payment-claim': 'off' });
    assert.deepEqual(host(33).load().problems, ['/ws/p32.json: extends "p33.json" is one preset too many: presets extend each other more than 32 deep (/ws/.cpt-dossier.json → … → /ws/p32.json)']);
    assert.equal(host(4000).load().problems.length, 1);
  });

  test('a missing preset fails the command with its path', async () => {
    write('nopreset/.cpt-dossier.json', '{ "extends": "org.json" }');
    write('nopreset/a.dossier.md', clean());
    assert.deepEqual(await cli(['lint', 'nopreset']), {
      code: 2,
      stdout: '',
      stderr: `cpt-dossier: invalid configuration: ${path.join('nopreset', 'org.json')}: cannot be read (no such file)\n`,
    });
  });

  test('ignores: folders and globs are skipped by the CLI; a file named is skipped with a note', async () => {
    write('ign/.cpt-dossier.json', '{ "ignores": ["archive", "**/*.draft.dossier.md"] }');
    write('ign/current.dossier.md', clean());
    write('ign/archive/2019.dossier.md', claiming);
    write('ign/sub/x.draft.dossier.md', claiming);
    const all = await cli(['lint', '--today', TODAY, 'ign']);
    assert.deepEqual(all, { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
    const named = await cli(['lint', '--today', TODAY, 'ign/archive/2019.dossier.md', 'ign/current.dossier.md']);
    assert.deepEqual(named, { code: 0, stdout: 'No findings (1 file checked)\n', stderr: `cpt-dossier: ign/archive/2019.dossier.md is ignored by the "ignores" of ign/.cpt-dossier.json\n` });
    clearConfigCache();
    assert.deepEqual(loadConfigFile(write('ign-bad/.cpt-dossier.json', '{ "ignores": ["../elsewhere", 3] }')).problems, [
      `${path.join(tmp, 'ign-bad/.cpt-dossier.json')}: ignores[0] "../elsewhere" must be relative to the configuration file's folder, inside it`,
      `${path.join(tmp, 'ign-bad/.cpt-dossier.json')}: ignores[1] must be a glob such as "archive/**" (relative to the configuration file)`,
    ]);
  });

  test('extends and policies written with Windows backslashes name the same files', () => {
    write('winorg/policies/hrs.json', JSON.stringify({ id: 'HRS', name: 'Heart Rhythm Society', noticeLeadDays: 90, stance: {} }));
    write('winorg/base.json', JSON.stringify({ rules: { 'payment-claim': 'error' }, policies: ['policies\\hrs.json'] }));
    const file = write('winteam/.cpt-dossier.json', JSON.stringify({ extends: '..\\winorg\\base.json' }));
    clearConfigCache();
    const c = loadConfigFile(file);
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.severities, { 'payment-claim': 'error' });
    assert.deepEqual(c.policies.map((p) => p.id), ['ASE', 'HRS']);
  });

  test('ignores written with Windows backslashes (docs\\archive) ignore what they name', async () => {
    write('ign-win/.cpt-dossier.json', JSON.stringify({ ignores: ['docs\\archive', '.\\docs\\drafts\\*.dossier.md'] }));
    write('ign-win/docs/current.dossier.md', clean());
    write('ign-win/docs/archive/2019.dossier.md', claiming);
    write('ign-win/docs/drafts/next.dossier.md', claiming);
    clearConfigCache();
    assert.deepEqual(await cli(['lint', '--today', TODAY, 'ign-win']), { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
    // A backslash before `..` still leaves the folder: refused, as `../x` is.
    clearConfigCache();
    assert.deepEqual(loadConfigFile(write('ign-win-bad/.cpt-dossier.json', JSON.stringify({ ignores: ['..\\x'] }))).problems, [
      `${path.join(tmp, 'ign-win-bad/.cpt-dossier.json')}: ignores[0] "..\\x" must be relative to the configuration file's folder, inside it`,
    ]);
  });

  // The loader appended its problems with push(...list): 200,000 of them overflowed the stack, and
  // the CLI stopped with an internal error and a stack trace (hostile18).
  test('ignores: 200,000 globs outside the folder are each refused with their reason, and the CLI says so', async () => {
    const file = write('ign-many/.cpt-dossier.json', JSON.stringify({ ignores: Array.from({ length: 200000 }, () => '..') }));
    write('ign-many/a.dossier.md', clean());
    clearConfigCache();
    const problems = loadConfigFile(file).problems;
    assert.equal(problems.length, 200000);
    assert.equal(problems[199999], `${file}: ignores[199999] ".." must be relative to the configuration file's folder, inside it`);
    const r = await cli(['lint', '--today', TODAY, 'ign-many']);
    assert.equal(r.code, 2);
    assert.ok(r.stderr.startsWith(`cpt-dossier: invalid configuration: ${path.relative(tmp, file)}: ignores[0] ".." must be relative`), r.stderr.slice(0, 300));
    assert.ok(!r.stderr.includes('internal error'), r.stderr.slice(0, 300));
  });

  test('ignores: globs the matcher would take minutes on (a regular expression group, many * in one part) are refused', async () => {
    const file = write('ign-slow/.cpt-dossier.json', JSON.stringify({ ignores: ['**/(a+)+b', 'old (2019)', 'x|y', '**/*a*a*a*b', 'drafts/*a*b*', '**/*.draft.dossier.md'] }));
    clearConfigCache();
    assert.deepEqual(loadConfigFile(file).problems, [
      `${file}: ignores[0] "**/(a+)+b" holds ( ) or |, which the matcher reads as a regular expression (slow, and never what a folder name means); write ? for such a character`,
      `${file}: ignores[1] "old (2019)" holds ( ) or |, which the matcher reads as a regular expression (slow, and never what a folder name means); write ? for such a character`,
      `${file}: ignores[2] "x|y" holds ( ) or |, which the matcher reads as a regular expression (slow, and never what a folder name means); write ? for such a character`,
      `${file}: ignores[3] "**/*a*a*a*b" has more than three * between two slashes, which makes matching slow on long file names; use at most three`,
    ]);
    // With what is accepted, a file name of 200 characters is matched at once (before: (a+)+b on 30
    // characters took a minute), and the CLI lints.
    write('ign-slow2/.cpt-dossier.json', JSON.stringify({ ignores: ['**/*a*a*b', 'old ?2019?'] }));
    write(`ign-slow2/${'a'.repeat(60)}/${'a'.repeat(200)}.dossier.md`, claiming);
    write('ign-slow2/old (2019)/x.dossier.md', claiming);
    const r = await cli(['lint', '--today', TODAY, 'ign-slow2']);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, new RegExp(`^ign-slow2/a{60}/a{200}\\.dossier\\.md:\\d+:\\d+  warning  payment-claim `));
    assert.match(r.stdout, /\n0 errors, 1 warning, 0 info in 1 file \(1 file checked\)\n$/); // old (2019) is ignored
  });

  // hostile17: "./" became an empty glob after its ./ and / were dropped, and the matcher threw
  // ("Expected pattern to be a non-empty string"): the CLI printed a stack trace.
  test('ignores: a glob naming the folder itself, or one the matcher cannot compile, is refused with its reason', async () => {
    const long = 'a'.repeat(70000);
    const file = write('ign-empty/.cpt-dossier.json', JSON.stringify({ ignores: ['./', './/', long, `${'a'.repeat(50000)}${'/'.repeat(60000)}`, 'old/'] }));
    clearConfigCache();
    const own = 'names the configuration file\'s own folder, which would ignore every dossier under it; write "**" for that';
    assert.deepEqual(loadConfigFile(file).problems, [
      `${file}: ignores[0] "./" ${own}`,
      `${file}: ignores[1] ".//" ${own}`,
      `${file}: ignores[2] "${'a'.repeat(100)}…" cannot be read as a glob (Input length: 70000, exceeds maximum allowed length: 65536)`,
    ]);
    write('ign-empty2/.cpt-dossier.json', '{ "ignores": ["./"] }');
    write('ign-empty2/a.dossier.md', claiming);
    const r = await cli(['lint', '--today', TODAY, 'ign-empty2']);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: `cpt-dossier: invalid configuration: ${path.join('ign-empty2', '.cpt-dossier.json')}: ignores[0] "./" ${own}\n` });
  });

  test('the asynchronous driver (the extension in a virtual workspace) gives the same result', async () => {
    const files: Record<string, string> = {
      'mem:/ws/.cpt-dossier.json': '{ "extends": "presets/org.yaml", "ignores": ["old/**"] }',
      'mem:/ws/presets/org.yaml': 'rules: { payment-claim: off }\n',
    };
    const c = await loadConfigAsync('mem:/ws/.cpt-dossier.json', {
      resolve: (from, rel) => new URL(rel, from).href,
      folderOf: (f) => new URL('.', f).href.replace(/\/$/, ''),
      read: async ({ file }) => (file in files ? { text: files[file] } : { error: 'no such file' }),
    });
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.severities, { 'payment-claim': 'off' });
    assert.deepEqual(c.ignores, [{ folder: 'mem:/ws', patterns: ['old/**'], origin: 'mem:/ws/.cpt-dossier.json' }]);
  });
});
