// The desktop extension host's platform: lints on a worker thread (dist/lintWorker.js) and reads
// local files with the CLI's bounded reader and configuration loader, so both read a workspace alike.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clearConfigCache, findConfigFile, ignoredFile, loadConfigFile } from '../node/loadConfig';
import { readFileBounded } from '../node/readFile';
import { LintWorkerClient } from './lintClient';
import type { HostPlatform } from './platform';

/** dist/lintWorker.js next to the bundled extension, if it is there. */
function bundledWorkerScript(): string | undefined {
  const file = path.join(__dirname, 'lintWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

export const NODE_PLATFORM: HostPlatform = {
  name: 'node',
  createLintWorker: () => LintWorkerClient.create(bundledWorkerScript()),
  local: {
    readBounded: (fsPath, maxBytes) => readFileBounded(fsPath, maxBytes),
    loadConfig: (dir, stopAt, policyRoot) => {
      const found = findConfigFile(dir, undefined, undefined, stopAt !== undefined ? { stopAt } : {});
      return found ? loadConfigFile(found, undefined, policyRoot !== undefined ? { policyRoot } : {}) : undefined;
    },
    ignoredFile: (config, fsPath) => ignoredFile(config, fsPath),
    clearCache: () => clearConfigCache(),
  },
};
