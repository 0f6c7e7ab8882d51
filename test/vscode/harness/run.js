#!/usr/bin/env node
// @ts-check
// `npm run test:vscode`: the extension's tests in a real VS Code (code-server 4.100.3 = VS Code
// 1.100.3), headless and offline.
//   1. installs what is missing (apt packages when root; code-server into .cache/code-server/)
//   2. builds the extension (node esbuild.js), the mocha suite (out/test/vscode/suite/) and the VSIX
//   3. starts code-server on 127.0.0.1 with throwaway dirs under .cache/run/
//   4. runs the mocha suite in the extension host twice: folder workspace, then no folder; then
//      once more in the browser's web worker extension host (the `browser` bundle), with a folder
//   5. UI checks in the browser against the VSIX-installed extension (screenshots: .cache/screenshots/)
// Last line: `vscode: N passed, N failed` (mocha tests of the three runs + UI checks). Exit 1 on failure.
// Env: VSCODE_SUITE_TIMEOUT_S (default 600) per mocha run, MOCHA_GREP, VSCODE_HARNESS_VERBOSE=1,
//      CHROMIUM_PATH.
'use strict';
const fs = require('fs');
const path = require('path');
const P = require('./paths');

Object.assign(process.env, P.cacheEnv()); // TMPDIR and XDG_* for everything started from here

const { log, step, printTimings } = require('./log');
const { ensureInstalled } = require('./install');
const { buildExtension, buildTests, packageVsix, stageWebExtension } = require('./build');
const codeServer = require('./codeServer');
const { runSuite } = require('./runSuite');
const { runUiChecks } = require('./uiChecks');
const expectations = require('./uiExpectations');
const { acquireLock } = require('./lock');

const SUITE_TIMEOUT_MS = Number(process.env.VSCODE_SUITE_TIMEOUT_S || 600) * 1000;
const WORKSPACES = [
  { label: 'folder', title: 'folder workspace (copy of test/vscode/fixtures/ws)', folder: path.join(P.RUN, 'ws-suite') },
  { label: 'no-folder', title: 'no folder open', folder: null },
];
const rel = (p) => path.relative(P.ROOT, p);

function freshRunDir() {
  fs.rmSync(P.RUN, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  fs.rmSync(P.SCREENSHOTS, { recursive: true, force: true });
  fs.mkdirSync(P.RUN, { recursive: true });
  for (const dir of [path.join(P.RUN, 'ws-suite'), path.join(P.RUN, 'ws-web'), path.join(P.RUN, 'ws-ui')]) {
    fs.cpSync(P.FIXTURE_WS, dir, { recursive: true });
  }
}

async function main() {
  codeServer.installCleanupHandlers();
  await step('wait for other runs (lock)', acquireLock);
  const tools = await step('install (apt packages, code-server)', ensureInstalled);
  await step('build extension (node esbuild.js)', buildExtension);
  const suite = await step('build mocha suite', buildTests);
  log(`test files: ${suite.tests.join(', ')}`);
  await step('package VSIX (vsce)', packageVsix);

  freshRunDir();
  const profile = codeServer.prepareProfile(path.join(P.RUN, 'code-server'));
  await step('install VSIX into code-server', () => codeServer.installExtension(tools.codeServer, P.VSIX, profile));
  const resultFile = path.join(P.RUN, 'suite-result.json');
  const startServer = async () => {
    const s = await step('start code-server', () => codeServer.startCodeServer({
      bin: tools.codeServer,
      ...profile,
      logFile: path.join(P.RUN, 'code-server.log'),
      env: { EXT_TEST_RESULT_FILE: resultFile },
    }));
    log(`code-server ${s.url} (process group ${s.pgid}), log: ${rel(s.logFile)}`);
    return s;
  };
  let server = await startServer();

  const runs = [];
  for (const ws of WORKSPACES) {
    if (runs.length && !runs[runs.length - 1].summary) {
      // The previous run hung or crashed; its extension host may still be running: start afresh.
      await step('restart code-server', () => server.stop());
      server = await startServer();
    }
    console.log(`\n===== mocha in the extension host: ${ws.title} =====`);
    const r = await step(`mocha: ${ws.label}`, () => runSuite({
      baseUrl: server.url,
      folder: ws.folder,
      devPath: P.ROOT,
      testsPath: suite.index,
      resultFile,
      chromium: tools.chromium,
      label: ws.label,
      timeoutMs: SUITE_TIMEOUT_MS,
      logFile: path.join(P.RUN, `workbench-${ws.label}.log`),
    }));
    if (fs.existsSync(resultFile)) fs.renameSync(resultFile, path.join(P.RUN, `suite-result-${ws.label}.json`));
    runs.push({ ...r, title: ws.title });
  }

  // The browser bundle in the web worker extension host (issue #14), with a folder: the suite
  // reports through the workspace file system (there is no Node, so no $EXT_TEST_RESULT_FILE).
  const web = await step('stage web extension (manifest without main) + web suite', () => stageWebExtension(path.join(P.RUN, 'web-ext')));
  log(`web test files: ${web.tests.join(', ')}; not run there: ${Object.entries(web.skipped).map(([f, why]) => `${f} (${why})`).join('; ')}`);
  if (!runs[runs.length - 1].summary) {
    await step('restart code-server', () => server.stop());
    server = await startServer();
  }
  console.log('\n===== mocha in the web worker extension host (browser bundle): folder workspace =====');
  const webFolder = path.join(P.RUN, 'ws-web');
  const webResult = path.join(webFolder, '.suite-result.json');
  const w = await step('mocha: web', () => runSuite({
    baseUrl: server.url,
    folder: webFolder,
    devPath: web.devPath,
    viaResultFile: true,
    resultFile: webResult,
    chromium: tools.chromium,
    label: 'web',
    timeoutMs: SUITE_TIMEOUT_MS,
    logFile: path.join(P.RUN, 'workbench-web.log'),
  }));
  if (fs.existsSync(webResult)) fs.renameSync(webResult, path.join(P.RUN, 'suite-result-web.json'));
  runs.push({ ...w, title: 'web worker extension host, folder workspace' });

  console.log('\n===== UI checks (extension installed from the VSIX) =====');
  const ui = await step('UI checks', () => runUiChecks({
    baseUrl: server.url,
    folder: path.join(P.RUN, 'ws-ui'),
    chromium: tools.chromium,
    expectations,
    screenshotsDir: P.SCREENSHOTS,
  }));
  for (const c of ui) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  await step('stop code-server', () => server.stop());
  return { runs, ui };
}

function report({ runs, ui }) {
  let passed = 0;
  let failed = 0;
  console.log('\n===== summary =====');
  for (const r of runs) {
    const s = r.summary;
    if (s) {
      passed += s.passed.length;
      failed += s.failed.length;
      console.log(`mocha, ${r.title}: ${s.passed.length} passing, ${s.failed.length} failing` +
        `${s.pending.length ? `, ${s.pending.length} pending` : ''} (VS Code ${s.vscodeVersion})`);
      for (const f of s.failed) console.log(`  FAILED ${f.title}: ${f.error.split('\n')[0]}`);
    }
    if (r.problem) {
      console.log(`mocha, ${r.title}: ${r.problem}`);
      if (!s || s.failed.length === 0) failed += 1; // count the broken run itself as a failure
    }
  }
  const uiFailed = ui.filter((c) => !c.ok).length;
  passed += ui.length - uiFailed;
  failed += uiFailed;
  console.log(`UI checks: ${ui.length - uiFailed} passed, ${uiFailed} failed (screenshots: ${rel(P.SCREENSHOTS)}/)`);
  return { passed, failed };
}

main().then(
  (results) => {
    const { passed, failed } = report(results);
    printTimings();
    console.log(`vscode: ${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || passed === 0 ? 1 : 0);
  },
  async (e) => {
    console.error(`\nvscode harness error: ${e && e.stack ? e.stack : e}`);
    await codeServer.stopAll();
    printTimings();
    console.log('vscode: 0 passed, 1 failed');
    process.exit(1);
  });
