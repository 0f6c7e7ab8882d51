// @ts-check
// Runs the mocha suite inside code-server's extension host (the real `vscode` API, on the server).
//
// VS Code's web workbench reads a `payload` URL parameter: with extensionDevelopmentPath and
// extensionTestsPath it loads the extension from the project and calls the test module's run() in
// the extension host. When run() settles, the workbench calls window.codeAutomationExit(code)
// (0 resolved, 1 rejected) and sends its log lines to window.codeAutomationLog; the harness exposes
// both to the page. The extension host inherits code-server's environment, so the suite writes its
// JSON summary to $EXT_TEST_RESULT_FILE, which this module reads.
'use strict';
const fs = require('fs');
const { openBrowser, remoteAuthority } = require('./browser');

// Workbench log lines that say nothing about the tests (connection set-up, offline gallery, service
// worker). All lines, these included, go to .cache/run/workbench-<label>.log.
const NOISE = [
  /^Resolving connection token/, /^Resolved connection token/, /^Creating a socket/,
  /^Updating additional builtin extensions cache/, /^ChatSessionStore:/, /^Creation of workbench contribution/,
  /open-vsx\.org/, /ENOTFOUND/, /\[Service Worker\]/, /marketplace/i, /Failed to fetch/,
];
const VERBOSE = !!process.env.VSCODE_HARNESS_VERBOSE;

/**
 * @param {object} o
 * @param {string} o.baseUrl     code-server URL
 * @param {string|null} o.folder folder to open, or null for a window without a folder
 * @param {string} o.devPath     extensionDevelopmentPath (the project root)
 * @param {string} [o.testsPath] extensionTestsPath (out/test/vscode/suite/index.js); not with viaResultFile
 * @param {string} o.resultFile  where the suite writes its summary ($EXT_TEST_RESULT_FILE of the server)
 * @param {string} o.chromium    browser executable
 * @param {string} o.label       name for logs
 * @param {number} o.timeoutMs
 * @param {string} o.logFile     every workbench log line goes here
 * @param {boolean} [o.viaResultFile] no extensionTestsPath: the extension starts the suite itself,
 *                               which is done when `resultFile` appears (the web worker host,
 *                               test/vscode/web/index.ts)
 * @returns {Promise<{label, exitCode, via, summary, problem}>}
 */
async function runSuite({ baseUrl, folder, devPath, testsPath, resultFile, chromium, label, timeoutMs, logFile, viaResultFile }) {
  fs.rmSync(resultFile, { force: true });
  const workbenchLog = fs.createWriteStream(logFile);
  const authority = await remoteAuthority(baseUrl);
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)]];
  if (!viaResultFile) {
    if (!testsPath) throw new Error('runSuite: testsPath is needed unless viaResultFile');
    payload.push(['extensionTestsPath', remote(testsPath)]);
  }
  const where = folder ? `folder=${encodeURIComponent(folder)}` : 'ew=true'; // ew: empty window, no folder
  const url = `${baseUrl}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const browser = await openBrowser({ executablePath: chromium, name: `suite-${label}` });
  const { page } = browser;
  let settle;
  const finished = new Promise((resolve) => { settle = resolve; });
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = Array.isArray(message) ? message.join(' ') : String(message);
    workbenchLog.write(`[${level}] ${text}\n`);
    if (VERBOSE || !NOISE.some((re) => re.test(text))) console.log(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ exitCode: Number(code), via: 'codeAutomationExit' }));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  page.on('crash', () => settle({ exitCode: 3, via: 'the page crashed' }));
  if (VERBOSE) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
  const timer = setTimeout(() => settle({ exitCode: 124, via: `timeout after ${timeoutMs / 1000}s` }), timeoutMs);
  // Without the workbench's test runner nothing reports an extension that failed to activate.
  if (viaResultFile) page.on('console', (m) => /Activating extension .* failed/.test(m.text()) && settle({ exitCode: 3, via: m.text() }));
  const poll = viaResultFile && setInterval(() => {
    if (!fs.existsSync(resultFile)) return;
    const { failed } = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    settle({ exitCode: failed.length ? 1 : 0, via: 'result file' });
  }, 250);

  let outcome;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.min(timeoutMs, 120_000) });
    outcome = await finished;
  } catch (e) {
    outcome = { exitCode: 2, via: `could not open the workbench: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}` };
  } finally {
    clearTimeout(timer);
    if (poll) clearInterval(poll);
    await browser.close();
    await new Promise((r) => workbenchLog.end(r));
  }

  let summary = null;
  let problem = null;
  if (fs.existsSync(resultFile)) {
    summary = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    const expected = folder ? 'folder' : 'none';
    if (summary.workspace !== expected) problem = `expected workspace "${expected}", the suite saw "${summary.workspace}"`;
    else if (summary.passed.length + summary.failed.length === 0) problem = 'the suite ran 0 tests';
  } else {
    problem = `the suite did not run: no result file (${outcome.via}, exit code ${outcome.exitCode})`;
  }
  const explained = summary && summary.failed.length > 0 && outcome.exitCode === 1; // run() rejected: tests failed
  if (!problem && outcome.exitCode !== 0 && !explained) problem = `exit code ${outcome.exitCode} (${outcome.via})`;
  return { label, ...outcome, summary, problem };
}

module.exports = { runSuite };
