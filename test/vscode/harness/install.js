// @ts-check
// First-use installs, cached under .cache/: the Debian packages the harness needs (via apt when
// running as root) and code-server (pinned) in .cache/code-server/.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const P = require('./paths');
const { run, hasCommand, hasDebPackage } = require('./proc');
const { log } = require('./log');

// code-server 4.100.3 ships VS Code 1.100.3; it is the newest code-server whose engines.node is 20.
const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep as bundled by that code-server, and the ripgrep-prebuilt release it downloads.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_TAG = 'v13.0.0-10';
const MARKER = path.join(P.CODE_SERVER_DIR, 'installed.json');

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(p)) return p;
  return null;
}

function codeServerInstalled() {
  try {
    const m = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    return m.version === CODE_SERVER_VERSION && fs.existsSync(P.CODE_SERVER_BIN);
  } catch {
    return false;
  }
}

/** Debian packages that are missing for this run (build tools only matter when code-server must be built). */
function missingDebPackages(needBrowser) {
  const missing = [];
  if (needBrowser && !chromiumPath()) missing.push('chromium');
  if (!codeServerInstalled()) {
    if (!hasDebPackage('libkrb5-dev')) missing.push('libkrb5-dev'); // code-server's `kerberos` addon
    if (!hasCommand('rg')) missing.push('ripgrep'); // seeds @vscode/ripgrep's download cache
    if (!hasCommand('make') || !hasCommand('g++')) missing.push('build-essential'); // node-gyp
    if (!hasCommand('python3')) missing.push('python3'); // node-gyp
  }
  return missing;
}

async function ensureDebPackages(needBrowser) {
  const missing = missingDebPackages(needBrowser);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    throw new Error(
      `missing system packages: ${missing.join(' ')}\n` +
      `  install them, e.g.: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      '  (or point CHROMIUM_PATH at a Chromium binary), then run `npm run test:vscode` again.');
  }
  log(`installing with apt: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', ...missing], { env });
}

/**
 * @vscode/ripgrep's postinstall downloads ripgrep from GitHub (unreachable offline) unless the
 * asset is already in its cache, $TMPDIR/vscode-ripgrep-cache-<version>/. Put Debian's rg there.
 */
function seedRipgrepCache(tmpdir) {
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (!target) throw new Error(`no ripgrep asset name known for arch ${process.arch}`);
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  const cacheDir = path.join(tmpdir, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const asset = path.join(cacheDir, `ripgrep-${RIPGREP_TAG}-${target}.tar.gz`);
  if (fs.existsSync(asset)) return;
  const stage = fs.mkdtempSync(path.join(tmpdir, 'rg-stage-'));
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  const r = spawnSync('tar', ['czf', asset, '-C', stage, 'rg'], { stdio: 'inherit' });
  fs.rmSync(stage, { recursive: true, force: true });
  if (r.status !== 0) throw new Error('could not create the ripgrep cache tarball');
}

/** npm's nodedir: node-gyp would otherwise download Node headers (offline here). */
function nodeHeadersDir() {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? prefix : null;
}

async function ensureCodeServer() {
  if (codeServerInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION} already installed in ${path.relative(P.ROOT, P.CODE_SERVER_DIR)}/`);
    return P.CODE_SERVER_BIN;
  }
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(P.ROOT, P.CODE_SERVER_DIR)}/ (a few minutes)`);
  fs.rmSync(P.CODE_SERVER_DIR, { recursive: true, force: true });
  fs.mkdirSync(P.CODE_SERVER_DIR, { recursive: true });
  fs.writeFileSync(path.join(P.CODE_SERVER_DIR, 'package.json'),
    JSON.stringify({ name: 'cpt-dossier-code-server', private: true }, null, 2) + '\n');
  /** @type {NodeJS.ProcessEnv} */
  const env = P.cacheEnv();
  seedRipgrepCache(env.TMPDIR);
  Object.assign(env, {
    // code-server's postinstall refuses to run as root without it (npm 11 dropped the flag, the
    // environment variable still reaches the script).
    npm_config_unsafe_perm: 'true',
    // node-pty's install runs `npx node-gyp`, which needs this without a TTY.
    npm_config_yes: 'true',
    npm_config_cache: path.join(P.CACHE, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
  const headers = nodeHeadersDir();
  if (!env.npm_config_nodedir && headers) env.npm_config_nodedir = headers;
  await run('npm', ['install', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: P.CODE_SERVER_DIR, env });
  if (!fs.existsSync(P.CODE_SERVER_BIN)) throw new Error(`code-server install finished but ${P.CODE_SERVER_BIN} is missing`);
  fs.writeFileSync(MARKER, JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, at: new Date().toISOString() }) + '\n');
  return P.CODE_SERVER_BIN;
}

/** Everything the harness needs on this machine; returns { codeServer, chromium } paths. */
async function ensureInstalled({ needBrowser = true } = {}) {
  await ensureDebPackages(needBrowser);
  const codeServer = await ensureCodeServer();
  const chromium = chromiumPath();
  if (needBrowser && !chromium) throw new Error('chromium not found (set CHROMIUM_PATH)');
  return { codeServer, chromium };
}

module.exports = { ensureInstalled, chromiumPath, CODE_SERVER_VERSION };
