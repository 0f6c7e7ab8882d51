// @ts-check
// Where the harness keeps things, and the environment its child processes get.
// Everything it writes lives under <project>/.cache/ (git-ignored), nothing under $HOME.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CACHE = path.join(ROOT, '.cache');

const paths = {
  ROOT,
  CACHE,
  TMP: path.join(CACHE, 'tmp'),
  HOME: path.join(CACHE, 'home'), // $HOME for code-server and chromium
  CODE_SERVER_DIR: path.join(CACHE, 'code-server'),
  CODE_SERVER_BIN: path.join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server'),
  RUN: path.join(CACHE, 'run'), // throwaway, recreated by every `npm run test:vscode`
  SCREENSHOTS: path.join(CACHE, 'screenshots'),
  VSIX: path.join(CACHE, 'cpt-dossier.vsix'),
  SUITE_SRC: path.join(ROOT, 'test', 'vscode', 'suite'),
  SUITE_OUT: path.join(ROOT, 'out', 'test', 'vscode', 'suite'),
  FIXTURE_WS: path.join(ROOT, 'test', 'vscode', 'fixtures', 'ws'),
  EXAMPLES: path.join(ROOT, 'examples'),
};

/** Environment that keeps temp files, XDG dirs (and for browser/code-server: $HOME) in .cache/. */
function cacheEnv({ home = false } = {}) {
  /** @type {NodeJS.ProcessEnv & Record<string, string>} */
  const env = {
    ...process.env,
    TMPDIR: paths.TMP,
    XDG_CONFIG_HOME: path.join(CACHE, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(CACHE, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(CACHE, 'xdg', 'cache'),
    XDG_STATE_HOME: path.join(CACHE, 'xdg', 'state'),
    XDG_RUNTIME_DIR: path.join(CACHE, 'xdg', 'runtime'),
  };
  if (home) env.HOME = paths.HOME;
  for (const dir of [paths.TMP, paths.HOME, env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME,
    env.XDG_STATE_HOME, env.XDG_RUNTIME_DIR]) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  return env;
}

module.exports = { ...paths, cacheEnv };
