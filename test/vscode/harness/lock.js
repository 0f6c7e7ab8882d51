// @ts-check
// One `npm run test:vscode` at a time per project: runs share .cache/run/, the VSIX and
// out/test/vscode/suite/, so a second run waits for the first (a lock file holding the owner's pid;
// a lock whose owner is gone is taken over).
'use strict';
const fs = require('fs');
const path = require('path');
const P = require('./paths');
const { log } = require('./log');

const LOCK = path.join(P.CACHE, 'test-vscode.lock');

const running = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
  }
};

async function acquireLock({ timeoutMs = 30 * 60_000 } = {}) {
  fs.mkdirSync(P.CACHE, { recursive: true });
  const end = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      process.on('exit', releaseLock);
      return;
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EEXIST') throw e;
    }
    const owner = Number(fs.readFileSync(LOCK, 'utf8').trim() || 0);
    if (!owner || !running(owner)) {
      fs.rmSync(LOCK, { force: true }); // stale
      continue;
    }
    if (Date.now() > end) throw new Error(`another run (pid ${owner}) still holds ${LOCK}`);
    if (!told) log(`waiting for another \`npm run test:vscode\` (pid ${owner}) to finish`);
    told = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function releaseLock() {
  try {
    if (Number(fs.readFileSync(LOCK, 'utf8')) === process.pid) fs.rmSync(LOCK, { force: true });
  } catch { /* not ours or gone */ }
}

module.exports = { acquireLock, releaseLock };
