// `process` for mocha and the suite in the web worker extension host (there is no Node there).
'use strict';
/* global queueMicrotask */
const stdout = { isTTY: false, columns: 100, getWindowSize: () => [100, 40], write: (s) => { console.log(String(s).replace(/\n$/, '')); return true; } };
module.exports = {
  browser: true,
  env: {},
  argv: [],
  pid: 0,
  platform: 'browser',
  version: '',
  versions: {},
  exitCode: 0,
  stdout,
  stderr: { ...stdout, isTTY: false },
  cwd: () => '/',
  nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
  emitWarning: (w) => console.warn(String(w)),
  emit: () => false,
  on() { return this; },
  once() { return this; },
  removeListener() { return this; },
  listeners: () => [],
  listenerCount: () => 0,
};
