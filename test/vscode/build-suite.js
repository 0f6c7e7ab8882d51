// @ts-check
// Compiles the in-VS-Code mocha suite: every test/vscode/suite/*.ts is bundled on its own into
// out/test/vscode/suite/*.js (CommonJS for the extension host; `vscode` and `mocha` stay external).
// Used by the harness (npm run test:vscode) and by .vscode-test.mjs (npm run test:desktop).
// usage: node test/vscode/build-suite.js
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'test', 'vscode', 'suite');
const OUT = path.join(ROOT, 'out', 'test', 'vscode', 'suite');

function entryPoints() {
  if (!fs.existsSync(SRC)) return [];
  return fs.readdirSync(SRC)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => path.join(SRC, f));
}

/** Returns the list of written .js files. */
async function buildSuite() {
  const entries = entryPoints();
  fs.rmSync(OUT, { recursive: true, force: true }); // no stale tests from deleted .ts files
  if (entries.length === 0) return [];
  await esbuild.build({
    entryPoints: entries,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    sourcemap: true,
    logLevel: 'warning',
  });
  return entries.map((e) => path.join(OUT, path.basename(e, '.ts') + '.js'));
}

const WEB = path.join(ROOT, 'test', 'vscode', 'web');
const WEB_OUT = path.join(ROOT, 'out', 'test', 'vscode', 'web');
/** Test files that do not apply in the web worker host, and why. */
const WEB_SKIPPED = {
  'latency.test.ts': 'the lint thread and its time limit: there are no worker threads in a browser',
};

/**
 * The suite for the browser's web worker extension host: out/test/vscode/web/index.js, one file
 * holding mocha, the applicable test files and shims of the Node modules they import. Returns
 * { file, tests, skipped }.
 */
async function buildWebSuite() {
  const tests = entryPoints().map((e) => path.basename(e)).filter((f) => f.endsWith('.test.ts') && !WEB_SKIPPED[f]);
  fs.rmSync(WEB_OUT, { recursive: true, force: true });
  const shim = (name) => path.join(WEB, 'shims', `${name}.js`);
  const entry = [
    `export { activate } from ${JSON.stringify(path.join(WEB, 'runner.ts'))};`,
    `globalThis.CPT_WEB_TEST_FILES = [${tests.map((f) => `{ name: ${JSON.stringify(f.replace(/\.ts$/, '.js'))}, load: () => require(${JSON.stringify(path.join(SRC, f))}) }`).join(', ')}];`,
  ].join('\n');
  const file = path.join(WEB_OUT, 'index.js');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'web-suite-entry.ts', loader: 'ts' },
    outfile: file,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    alias: Object.fromEntries(['assert', 'events', 'util', 'path', 'os', 'tty'].map((m) => [m, shim(m)])),
    inject: [path.join(WEB, 'shims', 'inject.js')],
    define: { global: 'globalThis', 'process.env.MOCHA_GREP': 'undefined' },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return { file, tests: tests.map((f) => f.replace(/\.ts$/, '.js')), skipped: WEB_SKIPPED };
}

module.exports = { buildSuite, buildWebSuite, SUITE_OUT: OUT, WEB_SUITE_OUT: WEB_OUT };

if (require.main === module) {
  Promise.all([buildSuite(), buildWebSuite()]).then(
    ([files, web]) => console.log(`build-suite: ${files.length} file(s) -> ${path.relative(ROOT, OUT)}/; web: ${web.tests.length} test file(s) -> ${path.relative(ROOT, web.file)}`),
    (e) => { console.error(e.message || e); process.exit(1); });
}
