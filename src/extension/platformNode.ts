// The desktop extension host's platform: lints on a worker thread (dist/engine.js, started as one) and reads
// local files with the CLI's bounded reader and configuration loader, so both read a workspace alike.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFileBounded } from '../node/readFile';
import { LintWorkerClient } from './lintClient';
import type { HostPlatform } from './platform';

type NodeEngine = typeof import('./engineNode');

/** dist/engine.js next to the bundled extension, if it is there: it serves lints in a worker started for them (lintWorker.ts). */
function bundledWorkerScript(): string | undefined {
  const file = path.join(__dirname, 'engine.js');
  return fs.existsSync(file) ? file : undefined;
}

let loaded: NodeEngine | undefined;

/**
 * dist/engine.js next to the bundled extension (esbuild.js builds it from engineNode.ts), loaded
 * on first use. Required by a computed path so that the bundler leaves it out of dist/extension.js.
 */
function nodeEngine(): NodeEngine {
  if (loaded) return loaded;
  const file = path.join(__dirname, 'engine.js');
  if (!fs.existsSync(file)) throw new Error(`CPT Dossier: ${file} is missing (build the extension with node esbuild.js)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, by a path esbuild must not bundle
  return (loaded = require(file) as NodeEngine);
}

export const NODE_PLATFORM: HostPlatform = {
  name: 'node',
  createLintWorker: () => LintWorkerClient.create(bundledWorkerScript()),
  loadEngine: nodeEngine,
  local: {
    readBounded: (fsPath, maxBytes) => readFileBounded(fsPath, maxBytes),
    loadConfig: (dir, stopAt, policyRoot) => {
      const e = nodeEngine();
      const found = e.findConfigFile(dir, undefined, undefined, stopAt !== undefined ? { stopAt } : {});
      if (!found) return undefined;
      const config = e.loadConfigFile(found, undefined, policyRoot !== undefined ? { policyRoot } : {});
      // Others in its folder are passed over: said with the configuration problems (a copy: the loaded one is cached).
      const ignored = e.configFilesBeside(found);
      return ignored.length ? { ...config, problems: [...config.problems, e.shadowedConfigWarning(found, ignored)] } : config;
    },
    ignoredFile: (config, fsPath) => nodeEngine().ignoredFile(config, fsPath),
    // Nothing is cached before the engine is loaded.
    clearCache: () => loaded?.clearConfigCache(),
  },
};
