// @ts-check
// Builds what the tests load: the extension (dist/), the mocha suite (out/test/vscode/suite/) and
// the VSIX that the UI checks install.
'use strict';
const fs = require('fs');
const path = require('path');
const P = require('./paths');
const { run } = require('./proc');
const { buildSuite, buildWebSuite } = require('../build-suite');

const PLACEHOLDER_URL = 'https://example.invalid/cpt-dossier/';

async function buildExtension() {
  await run(process.execPath, ['esbuild.js'], { cwd: P.ROOT });
  const pkg = JSON.parse(fs.readFileSync(path.join(P.ROOT, 'package.json'), 'utf8'));
  const main = path.join(P.ROOT, pkg.main || '');
  if (!pkg.main || !fs.existsSync(main)) {
    throw new Error(`the extension was not built: package.json main (${pkg.main}) is missing after \`node esbuild.js\``);
  }
}

async function buildTests() {
  const files = await buildSuite();
  const rel = (f) => path.relative(P.ROOT, f);
  if (!files.some((f) => path.basename(f) === 'index.js')) throw new Error('test/vscode/suite/index.ts is missing');
  const tests = files.filter((f) => f.endsWith('.test.js'));
  if (tests.length === 0) throw new Error('no test/vscode/suite/*.test.ts files');
  return { index: files.find((f) => path.basename(f) === 'index.js'), tests: tests.map(rel) };
}

// Not copied into the packaging stage: vsce walks every file of its folder before applying
// .vscodeignore, and these are big, or change while other runs use them.
const VSIX_README_ARGS = ['--readme-path', 'docs/vsix/README.md', '--no-rewrite-relative-links'];

const NOT_STAGED = new Set(['.cache', '.git', 'node_modules', 'out', '.vscode-test', 'test-results']);

/**
 * `vsce package --no-dependencies` into `out` (default .cache/cpt-dossier.vsix); returns its path. vsce runs in a copy of the
 * project without the folders above (.vscodeignore still decides what goes into the VSIX).
 */
async function packageVsix(out = P.VSIX) {
  const stage = `${out}.stage`;
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  for (const entry of fs.readdirSync(P.ROOT)) {
    if (NOT_STAGED.has(entry) || entry.endsWith('.vsix')) continue;
    fs.cpSync(path.join(P.ROOT, entry), path.join(stage, entry), { recursive: true });
  }
  fs.rmSync(out, { force: true });
  // The VSIX's README is the users' one, its images packaged beside it (the Extensions view shows
  // them offline); the same options as `npm run package`.
  const args = ['package', '--no-dependencies', ...VSIX_README_ARGS, '--out', out];
  // vsce asks (and, without a TTY, fails) when there is no LICENSE file yet.
  if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => fs.existsSync(path.join(P.ROOT, f)))) args.push('--skip-license');
  // Without a `repository` in package.json vsce refuses relative links in README.md; this VSIX is
  // only for the tests, so any base URL will do.
  const pkg = JSON.parse(fs.readFileSync(path.join(P.ROOT, 'package.json'), 'utf8'));
  if (!pkg.repository) {
    args.push('--allow-missing-repository', '--baseContentUrl', PLACEHOLDER_URL, '--baseImagesUrl', PLACEHOLDER_URL);
  }
  const vsce = path.join(P.ROOT, 'node_modules', '.bin', 'vsce'); // the devDependency (what `npx vsce` runs)
  if (!fs.existsSync(vsce)) throw new Error('node_modules/.bin/vsce is missing: run `npm install` first');
  await run(vsce, args, { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] });
  fs.rmSync(stage, { recursive: true, force: true });
  return out;
}

/**
 * A copy of the extension that only a browser can run (issue #14): its manifest has `browser` and
 * no `main`, so VS Code must load it in the web worker extension host, not in code-server's Node
 * one. It holds what the VSIX would (dist/web/extension.js, docs, snippets, schemas, media); its
 * `browser` entry is the web suite's runner, which loads dist/web/extension.js as VS Code would and
 * then runs the suite in the same host (see test/vscode/web/index.ts and runner.ts).
 * Returns { devPath, tests, skipped }.
 */
async function stageWebExtension(dir) {
  const web = await buildWebSuite();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(P.ROOT, 'package.json'), 'utf8'));
  if (!pkg.browser) throw new Error('package.json has no `browser` entry');
  for (const rel of [pkg.browser, 'docs/rules', 'snippets', 'schemas', 'media']) {
    fs.cpSync(path.join(P.ROOT, rel), path.join(dir, rel), { recursive: true });
  }
  fs.mkdirSync(path.join(dir, 'out'), { recursive: true });
  fs.copyFileSync(web.file, path.join(dir, 'out', 'web-suite.js'));
  delete pkg.main;
  pkg.browser = './out/web-suite.js';
  pkg.activationEvents = [...pkg.activationEvents, 'onStartupFinished']; // the suite starts by itself
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  return { devPath: dir, tests: web.tests, skipped: web.skipped };
}

module.exports = { buildExtension, buildTests, packageVsix, stageWebExtension, VSIX_README_ARGS };
