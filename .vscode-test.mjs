// `npm run test:desktop`: the in-VS-Code mocha suite under @vscode/test-cli + @vscode/test-electron
// (downloads VS Code into .vscode-test/, so it needs the internet and a desktop; headless CI uses
// `npm run test:vscode`, which runs the same suite in code-server).
// Two runs, like `npm run test:vscode`: a copy of the fixture folder open, then no folder open.
//   npx vscode-test --label folder            one of them
//   npx vscode-test --code-version 1.100.3    the oldest VS Code that package.json's engines allow
import { defineConfig } from '@vscode/test-cli';
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

// The suite is TypeScript: compile test/vscode/suite/*.ts to out/test/vscode/suite/*.js first.
execFileSync(process.execPath, [join(root, 'test', 'vscode', 'build-suite.js')], { stdio: 'inherit' });

// Tests may edit files in the workspace: give them a copy of the fixture folder.
const workspace = join(root, '.vscode-test', 'workspace');
rmSync(workspace, { recursive: true, force: true });
cpSync(join(root, 'test', 'vscode', 'fixtures', 'ws'), workspace, { recursive: true });

// A fresh object per run: test-cli appends the workspace folder to launchArgs in place.
const run = (label, extra = {}) => ({
  label,
  files: 'out/test/vscode/suite/*.test.js',
  extensionDevelopmentPath: root,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'tdd', timeout: 30_000 },
  ...extra,
});

export default defineConfig([
  run('folder', { workspaceFolder: workspace }),
  run('no-folder'),
]);
