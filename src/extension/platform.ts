// What differs between the desktop (Node) extension host and the browser's web worker host
// (vscode.dev, github.dev), chosen once at activation by the entry point: main.ts (Node) or
// web.ts (browser). Everything else in src/extension runs in both, so it imports no Node module.
import type { IgnoreGlobs, ResolvedConfig } from '../core/config';
import type { LintWorkerClient } from './lintClient';

/** The engine's API the extension host uses (src/extension/engine.ts). */
export type EngineApi = typeof import('./engine');

/**
 * Direct access to the local disk (Node only): bounded reads, and the CLI's search for the
 * configuration file and its cache around the core's loader (src/core/configLoader.ts).
 */
export interface LocalFiles {
  /** Up to `maxBytes` bytes of a regular file (see src/node/readFile.ts); throws ReadRefused. */
  readBounded(fsPath: string, maxBytes: number): { bytes: Uint8Array; truncated: boolean; fileBytes?: number };
  /**
   * The configuration from the nearest `.cpt-dossier.json` (or `.yaml`, `.yml`) at or above `dir`
   * (never above `stopAt` nor a repository root), undefined when there is none. `policyRoot`:
   * policy files must lie inside it.
   */
  loadConfig(dir: string, stopAt: string | undefined, policyRoot: string | undefined): ResolvedConfig | undefined;
  /** The `ignores` entry of a configuration loaded here that excludes the local file `fsPath`. */
  ignoredFile(config: ResolvedConfig, fsPath: string): IgnoreGlobs | undefined;
  clearCache(): void;
}

export interface HostPlatform {
  readonly name: 'node' | 'web';
  /** A client of the lint thread, or undefined: lint on the extension host thread. */
  createLintWorker(): LintWorkerClient | undefined;
  /** Undefined in a browser: `file:` URIs (vscode.dev's local folders) go through workspace.fs. */
  readonly local: LocalFiles | undefined;
  /** The engine's API: loaded on first use on the desktop (dist/engine.js), in the bundle in a browser. */
  loadEngine(): EngineApi;
}

let current: HostPlatform | undefined;
let loadedEngine: EngineApi | undefined;

export function setPlatform(p: HostPlatform): void {
  current = p;
}

export function platform(): HostPlatform {
  if (!current) throw new Error('CPT Dossier: the extension host platform is not set (activate sets it)');
  return current;
}

/** The engine's API, loaded the first time it is asked for (see engine.ts). */
export function engine(): EngineApi {
  return (loadedEngine ??= platform().loadEngine());
}
