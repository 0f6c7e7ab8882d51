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

module.exports = { buildSuite, SUITE_OUT: OUT };

if (require.main === module) {
  buildSuite().then(
    (files) => console.log(`build-suite: ${files.length} file(s) -> ${path.relative(ROOT, OUT)}/`),
    (e) => { console.error(e.message || e); process.exit(1); });
}
