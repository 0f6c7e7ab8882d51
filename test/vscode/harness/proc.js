// @ts-check
// Small child-process helpers.
'use strict';
const { spawn, spawnSync } = require('child_process');

/** Runs a command to completion (stdio inherited unless given); rejects on a non-zero exit. */
function run(cmd, args, opts = {}) {
  return new Promise(/** @param {(value?: void) => void} resolve */ (resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal || `exit code ${code}`})`));
    });
  });
}

/** True when `name` is an executable on $PATH. */
function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v "$1"`, 'sh', name], { stdio: 'ignore' }).status === 0;
}

/** True when the Debian package is installed. */
function hasDebPackage(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

module.exports = { run, hasCommand, hasDebPackage };
