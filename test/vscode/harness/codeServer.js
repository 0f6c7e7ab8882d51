// @ts-check
// Starts and stops code-server. Each server runs in its own session and process group (spawned
// detached = setsid), so stopping it kills everything it started (extension hosts, file watchers,
// pty hosts) with one kill(-pgid). Servers still running when this process exits, is interrupted
// or crashes are killed too.
'use strict';
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawn } = require('child_process');
const P = require('./paths');
const { run } = require('./proc');

const live = new Set(); // pgids of running servers

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.autoRepositoryDetection': false,
  'git.openRepositoryInParentFolders': 'never',
  'files.hotExit': 'off',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** Creates throwaway user-data and extensions dirs under `dir` (wiped first). */
function prepareProfile(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2) + '\n');
  return { userDataDir, extensionsDir };
}

async function installExtension(bin, vsix, { userDataDir, extensionsDir }) {
  await run(bin, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { env: P.cacheEnv({ home: true }), stdio: ['ignore', 'ignore', 'inherit'] });
}

const alive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to the group, SIGKILL after `graceMs`; resolves when no process of the group is left. */
async function killGroup(pgid, graceMs = 5000) {
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    live.delete(pgid);
    return;
  }
  const end = Date.now() + graceMs;
  while (alive(pgid) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  if (alive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    while (alive(pgid)) await new Promise((r) => setTimeout(r, 50));
  }
  live.delete(pgid);
}

async function waitHealthy(url, child, logFile, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.signalCode || child.exitCode}) during start:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000}s:\n${tail(logFile)}`);
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts code-server on 127.0.0.1 (a free port unless `port` is given) and waits until it answers.
 * `env` is merged into the server's environment, which its extension hosts inherit.
 * Returns { url, port, pgid, logFile, exited (a promise), stop() }.
 * @param {{ bin: string, userDataDir: string, extensionsDir: string, logFile: string, folder?: string, port?: number, env?: Record<string, string>, timeoutMs?: number }} options
 */
async function startCodeServer({ bin, userDataDir, extensionsDir, logFile, folder, port, env = {}, timeoutMs = 120_000 }) {
  for (let attempt = 1; ; attempt++) {
    const p = port || await freePort();
    const url = `http://127.0.0.1:${p}`;
    const args = ['--bind-addr', `127.0.0.1:${p}`, '--auth', 'none',
      '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened'];
    if (folder) args.push(folder);
    const out = fs.openSync(logFile, 'a');
    /** @type {NodeJS.ProcessEnv} */
    const childEnv = { ...P.cacheEnv({ home: true }), ...env };
    delete childEnv.PORT; // code-server would prefer $PORT over --bind-addr
    const child = spawn(bin, args, {
      detached: true, // setsid: own session and process group, pgid = pid
      stdio: ['ignore', out, out],
      env: childEnv,
    });
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal || code)));
    fs.closeSync(out);
    if (!child.pid) throw new Error(`could not start ${bin}`);
    child.on('error', () => {}); // reported through `exited` / the health check
    const pgid = child.pid;
    live.add(pgid);
    try {
      await waitHealthy(url, child, logFile, timeoutMs);
      return { url, port: p, pgid, logFile, exited, stop: () => killGroup(pgid) };
    } catch (e) {
      await killGroup(pgid);
      const portTaken = /EADDRINUSE/.test(tail(logFile));
      if (!port && portTaken && attempt < 3) continue; // lost the race for the free port
      throw e;
    }
  }
}

/** Kills every server still running (synchronously, for `exit` handlers). */
function killAllSync() {
  for (const pgid of live) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
  }
  live.clear();
}

let stopping = false;
async function stopAll() {
  stopping = true;
  await Promise.all([...live].map((pgid) => killGroup(pgid)));
}
/** True once stopAll() has begun (a server exiting then is expected). */
const shuttingDown = () => stopping;

/**
 * Makes sure servers die with this process: on normal exit, on SIGINT/SIGTERM/SIGHUP, and on an
 * uncaught exception or unhandled rejection.
 */
function installCleanupHandlers() {
  process.on('exit', killAllSync);
  /** @type {[NodeJS.Signals, number][]} */
  const signals = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];
  for (const [sig, code] of signals) {
    process.once(sig, () => {
      console.error(`\n${sig}: stopping code-server`);
      stopAll().finally(() => process.exit(code));
    });
  }
  const crash = (e) => {
    console.error(e && e.stack ? e.stack : e);
    stopAll().finally(() => process.exit(1));
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

module.exports = { startCodeServer, prepareProfile, installExtension, installCleanupHandlers, stopAll, shuttingDown, tail };
