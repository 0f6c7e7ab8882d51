// @ts-check
// Console helpers: prefixed log lines and a timing table for the harness steps.
'use strict';

const t0 = Date.now();
const timings = [];

const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;

function log(msg) {
  console.log(`[vscode-harness +${secs(Date.now() - t0)}] ${msg}`);
}

/** Runs `fn`, records how long it took under `name`, and returns its result. */
async function step(name, fn) {
  const start = Date.now();
  log(`${name} ...`);
  try {
    return await fn();
  } finally {
    const ms = Date.now() - start;
    timings.push([name, ms]);
    log(`${name} done in ${secs(ms)}`);
  }
}

function printTimings() {
  const width = Math.max(...timings.map(([n]) => n.length), 5);
  console.log('\ntimings:');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(width)}  ${secs(ms).padStart(7)}`);
  console.log(`  ${'total'.padEnd(width)}  ${secs(Date.now() - t0).padStart(7)}`);
}

module.exports = { log, step, printTimings, secs };
