// `npm run test:package`: the npm package as users get it. Packs the repository, installs the
// tarball offline into an empty folder, and there runs `npx cpt-dossier`, the library (CommonJS
// and its TypeScript declarations), the GitHub Action's script and the pre-commit hook's command
// line, as their runners call them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../../src/core/rules';
import { lintText } from '../../src/core/engine';

const ROOT = path.resolve(__dirname, '..', '..');
const TODAY = '2026-11-23';
let tmp = '';
let app = '';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// No registry: everything must come from the tarball.
const OFFLINE = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = OFFLINE): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the npm package', () => {
  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-pack-')));
    const out = execFileSync(npm, ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const [{ filename }] = JSON.parse(out) as { filename: string }[];
    app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    const install = sh(npm, ['install', '--offline', path.join(tmp, filename)], app);
    assert.equal(install.code, 0, install.stderr);
    fs.mkdirSync(path.join(app, 'docs', 'archive'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'examples', 'strain-many-problems.dossier.md'), path.join(app, 'docs', 'strain.dossier.md'));
    fs.copyFileSync(path.join(ROOT, 'examples', 'strain-many-problems.dossier.md'), path.join(app, 'docs', 'archive', 'old.dossier.md'));
    fs.writeFileSync(path.join(app, '.cpt-dossier.json'), '{\n  // archived dossiers keep their past deadlines\n  "ignores": ["docs/archive"],\n}\n');
    fs.mkdirSync(path.join(app, '.git'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('holds only the CLI and library bundles, their types, docs, schemas, policies and the CI files', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', 'cpt-dossier', 'package.json'), 'utf8')) as { private?: boolean; dependencies?: object };
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.dependencies, undefined); // bundled: nothing to fetch
    const top = fs.readdirSync(path.join(app, 'node_modules', 'cpt-dossier')).sort();
    assert.deepEqual(top, ['.pre-commit-hooks.yaml', 'CHANGELOG.md', 'LICENSE', 'README.md', 'action.yml', 'bin', 'dist', 'docs', 'package.json', 'schemas', 'scripts', 'src']);
    assert.deepEqual(fs.readdirSync(path.join(app, 'node_modules', 'cpt-dossier', 'dist')).sort(), ['cli.js', 'lib.js', 'types', 'worker.js']);
    assert.deepEqual(fs.readdirSync(path.join(app, 'node_modules', 'cpt-dossier', 'src', 'core', 'policies')), ['ase.json']);
  });

  test('npx cpt-dossier lints there, honouring the configuration', () => {
    const r = sh('npx', ['cpt-dossier', 'lint', '--today', TODAY, 'docs'], app);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^docs\/strain\.dossier\.md:9:9 {2}error {2}code-format /m);
    assert.doesNotMatch(r.stdout, /archive/);
    // The packaged CLI counts what the engine from source finds: 5 errors and 14 findings in all. Whether the example's two
    // contrary prose phrases are warnings or information follows the trained passage model's reading of the prose as a
    // whole (information when it reads as the declared class), which each retrain may move; the unit tests pin that design.
    const fromSource = lintText(fs.readFileSync(path.join(ROOT, 'examples', 'strain-many-problems.dossier.md'), 'utf8'), { fileName: 'strain.dossier.md', today: TODAY }).findings;
    const count = (severity: string): number => fromSource.filter((f) => f.severity === severity).length;
    assert.equal(count('error'), 5);
    assert.equal(fromSource.length, 14);
    assert.match(r.stdout, new RegExp(`\\n5 errors, ${count('warning')} warnings, ${count('info')} info in 1 file \\(1 file checked\\)\\n$`));
    assert.equal(sh('npx', ['cpt-dossier', '--version'], app).stdout, `${(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  test('the library: lint, createLinter, assess, with type declarations', () => {
    const script = `
      const { lint, createLinter, assess, rules } = require('cpt-dossier');
      const text = require('fs').readFileSync('docs/strain.dossier.md', 'utf8');
      const options = { fileName: 'strain.dossier.md', today: '${TODAY}' };
      const linter = createLinter();
      console.log(JSON.stringify({
        lint: lint(text, options).findings.length,
        incremental: [linter.lint(text, options).findings.length, linter.lint(text + '\\nMore.\\n', options).findings.length],
        verdict: assess(text, options).verdict.status,
        rules: rules.length,
      }));`;
    const r = sh(process.execPath, ['-e', script], app);
    assert.equal(r.stderr, '');
    const got = JSON.parse(r.stdout) as { lint: number; incremental: number[]; verdict: string; rules: number };
    // The package exports every rule the engine has.
    assert.deepEqual(got, { lint: 14, incremental: [14, 14], verdict: 'not-ready', rules: RULES.length });

    fs.writeFileSync(
      path.join(app, 'use.ts'),
      `import { lint, createLinter, assess, type Finding } from 'cpt-dossier';\nconst f: Finding[] = lint('x', { fileName: 'a.dossier.md' }).findings;\nconst n: number = createLinter().lint('x').findings.length + f.length;\nconst v: 'ready' | 'review' | 'not-ready' = assess('x').verdict.status;\n// @ts-expect-error: lint takes text, not a number\nlint(3);\nexport { n, v };\n`,
    );
    fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', skipLibCheck: true, types: [] }, files: ['use.ts'] }));
    const tsc = sh(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], app);
    assert.equal(tsc.stdout + tsc.stderr, '');
    assert.equal(tsc.code, 0);
  });

  test('the GitHub Action: its script, run as the runner runs it, prints annotations and writes SARIF', () => {
    const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: { run: string; env: Record<string, string> }[] } };
    assert.equal(action.runs.using, 'composite');
    const step = action.runs.steps[0];
    assert.equal(step.run, 'bash "$GITHUB_ACTION_PATH/scripts/action.sh"');
    assert.equal(action.inputs.version.default, (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    // The env block, with the inputs as the runner substitutes them.
    const inputs: Record<string, string> = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), paths: 'docs', args: `--today ${TODAY}`, 'sarif-file': 'out.sarif' };
    const env = Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, v.replace(/^\$\{\{ inputs\.([a-z-]+) \}\}$/, (_m, name: string) => inputs[name])]));
    const r = sh('bash', ['-c', step.run], app, { ...OFFLINE, ...env, GITHUB_ACTION_PATH: ROOT });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^::error file=docs\/strain\.dossier\.md,line=9,col=9,endLine=9,endColumn=14,title=CPT Dossier code-format::`0421U` is a PLA code/m);
    assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('::')).length, 14);
    const sarif = JSON.parse(fs.readFileSync(path.join(app, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    assert.equal(sarif.runs[0].results.length, 14);
  });

  test('the pre-commit hook: its entry, with the staged files pre-commit passes', () => {
    const [hook] = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];
    assert.equal(hook.language, 'node');
    const staged = ['docs/strain.dossier.md', 'docs/archive/old.dossier.md', 'package.json'].filter((f) => new RegExp(hook.files).test(f));
    assert.deepEqual(staged, ['docs/strain.dossier.md', 'docs/archive/old.dossier.md']);
    const [bin, ...args] = hook.entry.split(' ');
    // pre-commit puts the installed package's bin folder on PATH.
    const r = sh(bin, [...args, '--today', TODAY, ...staged], app, { ...OFFLINE, PATH: `${path.join(app, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'cpt-dossier: docs/archive/old.dossier.md is ignored by the "ignores" of .cpt-dossier.json\n');
    assert.match(r.stdout, /\(1 file checked\)\n$/);
  });
});
