#!/usr/bin/env node
// @ts-check
// `npm start`: VS Code in the browser (code-server, 127.0.0.1 only) with the extension and a copy
// of examples/ open, until Ctrl-C. The copy (.cache/start/examples/, made afresh at every start) is
// what VS Code edits and autosaves: the tracked samples, which the tests read, stay as they are.
//   npm start              builds and packages the extension and installs the VSIX
//   npm start -- --dev     loads the extension from the project (extensionDevelopmentPath) and
//                          rebuilds on change (node esbuild.js --watch); reload the window to pick
//                          up a rebuild
// Env: PORT (default: a free port).
'use strict';
const path = require('path');
const { spawn } = require('child_process');
const P = require('./paths');

Object.assign(process.env, P.cacheEnv());

const { log, step } = require('./log');
const { ensureInstalled } = require('./install');
const { buildExtension, packageVsix } = require('./build');
const codeServer = require('./codeServer');
const { remoteAuthority } = require('./browser');
const { copySamples } = require('./samples');

const DEV = process.argv.includes('--dev');
const STATE = path.join(P.CACHE, 'start');

async function main() {
  codeServer.installCleanupHandlers();
  const { codeServer: bin } = await step('install code-server', () => ensureInstalled({ needBrowser: false }));
  await step('build extension', buildExtension);
  const profile = codeServer.prepareProfile(path.join(STATE, 'code-server'));
  if (!DEV) {
    const vsix = await step('package VSIX', () => packageVsix(path.join(STATE, 'cpt-dossier.vsix')));
    await step('install VSIX', () => codeServer.installExtension(bin, vsix, profile));
  }
  const samples = copySamples(path.join(STATE, 'examples'));
  const server = await step('start code-server', () => codeServer.startCodeServer({
    bin,
    ...profile,
    logFile: path.join(STATE, 'code-server.log'),
    folder: samples,
    port: process.env.PORT ? Number(process.env.PORT) : undefined,
  }));

  let url = `${server.url}/?folder=${encodeURIComponent(samples)}`;
  if (DEV) {
    const remote = `vscode-remote://${await remoteAuthority(server.url)}${P.ROOT}`;
    url += `&payload=${encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', remote]]))}`;
    // Own process group, so that esbuild's service process goes with it.
    const watcher = spawn(process.execPath, ['esbuild.js', '--watch'], { cwd: P.ROOT, stdio: 'inherit', detached: true });
    process.on('exit', () => {
      try { if (watcher.pid) process.kill(-watcher.pid, 'SIGTERM'); } catch { /* already gone */ }
    });
  }
  log(`code-server log: ${path.relative(P.ROOT, server.logFile)}`);
  log(`samples: a fresh copy of examples/ in ${path.relative(P.ROOT, samples)} (edit it freely; the next start replaces it)`);
  console.log(`\nCPT Dossier in VS Code (${DEV ? 'from the project, rebuilt on change' : 'installed from the VSIX'}):\n\n  ${url}\n\nCtrl-C stops it.`);
  const how = await server.exited;
  if (codeServer.shuttingDown()) return; // Ctrl-C: the signal handler finishes
  console.error(`code-server exited (${how}); see ${server.logFile}`);
  process.exit(1);
}

main().catch(async (e) => {
  console.error(e && e.stack ? e.stack : e);
  await codeServer.stopAll();
  process.exit(1);
});
