// Finds `.cpt-dossier.json` (or `.yaml`) on a local disk and reads it, with what it extends and the
// policy files it names, through the core's loader (src/core/configLoader.ts) and the bounded
// reader (used by the CLI and, for local files, the extension). Data only: never executed. Problems are collected in `ResolvedConfig.problems`, never
// thrown; the CLI treats any problem as a failed command, the extension shows them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, type IgnoreGlobs, type ResolvedConfig } from '../core/config';
import { CONFIG_FILE_NAMES, CONFIG_KEYS, CONFIG_MAX_BYTES, ignoredBy, loadConfigSync, shadowedConfigWarning } from '../core/configLoader';
import { describeReadError, readSmallFile } from './readFile';

export { CONFIG_FILE_NAMES, CONFIG_KEYS, CONFIG_MAX_BYTES, shadowedConfigWarning };
export const CONFIG_FILE_NAME = '.cpt-dossier.json';

/** The file system calls the loader makes (the extension or a test may pass its own). */
export interface ConfigFs {
  readFile(file: string): string;
  /** Modification stamp used by the cache; undefined when nothing but a folder (or nothing) is there. */
  stamp(file: string): string | undefined;
  /** Whether anything (file, folder, link) is at `file`: finds `.git`. */
  exists(file: string): boolean;
  /** The path with symbolic links resolved (policy files must stay inside a folder). */
  realPath(file: string): string;
}

export const nodeConfigFs: ConfigFs = {
  readFile: (file) => decodeJsonBytes(readSmallFile(file, CONFIG_MAX_BYTES, 'a configuration or policy file')),
  stamp: (file) => {
    try {
      const s = fs.statSync(file);
      // A device or a pipe is "there" (so that reading it gives a clear refusal), a folder is not.
      return s.isDirectory() ? undefined : `${s.isFile() ? 'f' : 'x'}:${s.mtimeMs}:${s.size}`;
    } catch {
      return undefined;
    }
  },
  exists: (file) => {
    try {
      fs.lstatSync(file);
      return true;
    } catch {
      return false;
    }
  },
  realPath: (file) => {
    try {
      return fs.realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  },
};

function decodeJsonBytes(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Where the search for `.cpt-dossier.json` may go (see findConfigFile). */
export interface LookupBounds {
  /** A folder the search never leaves (the editor's workspace folder). */
  stopAt?: string;
  /**
   * Folders the user pointed at (the CLI's working folder and folder arguments). Outside a
   * repository the search goes up to the highest of them that holds the file, else nowhere above
   * the file's own folder.
   */
  pointedAt?: readonly string[];
}

/** The folders pointed at, resolved and without repeats, once per bounds object: a search per file over 20,000 named files
 * resolved all 20,000 again each time (quadratic: 403 s). */
const rootsOfBounds = new WeakMap<LookupBounds, string[]>();
function resolvedRoots(bounds: LookupBounds): string[] {
  let roots = rootsOfBounds.get(bounds);
  if (!roots) {
    roots = [...new Set((bounds.pointedAt ?? []).map((p) => path.resolve(p)))];
    rootsOfBounds.set(bounds, roots);
  }
  return roots;
}

/** Whether `inner` is `outer` or inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** What one run has learnt about a folder (valid for one set of bounds): see findConfigFile. */
export interface FolderFacts {
  /** The search stops here: a repository root, or `stopAt`. */
  limit: boolean;
  /** A limit of the search (a repository root, `stopAt`) is this folder or one above it. */
  limitAbove: boolean;
  /** One of the folders pointed at is this folder or one above it. */
  pointedAt: boolean;
  /** The answer for this folder, once asked (null: none). */
  found?: string | null;
}

/**
 * The nearest `.cpt-dossier.json` at or above `dir`, or undefined. The search stops at the
 * repository root (the first folder above holding `.git`), at `bounds.stopAt`, and outside a
 * repository at the highest folder the user pointed at: a configuration left in a shared parent
 * folder (a temporary folder, a home folder) never applies unasked. `seen` keeps what was learnt
 * per folder for one run over many files with the same bounds: each folder is looked at once (a
 * chain of 1,000 nested folders, one dossier in each, took 96 s of CPU when each file's search
 * climbed the whole chain again).
 */
export function findConfigFile(dir: string, fsys: ConfigFs = nodeConfigFs, seen: Map<string, FolderFacts> = new Map(), bounds: LookupBounds = {}): string | undefined {
  const start = path.resolve(dir);
  const stopAt = bounds.stopAt === undefined ? undefined : path.resolve(bounds.stopAt);
  const roots = resolvedRoots(bounds);
  const isLimit = (folder: string): boolean => folder === stopAt || fsys.exists(path.join(folder, '.git'));
  // The folders not yet seen, nearest first, up to a limit, a folder seen before, or the top of the file system.
  const climb: { folder: string; limit: boolean }[] = [];
  let above: FolderFacts | undefined;
  for (let current = start; ; ) {
    above = seen.get(current);
    if (above) break;
    const limit = isLimit(current);
    climb.push({ folder: current, limit });
    const parent = path.dirname(current);
    if (limit || parent === current) break;
    current = parent;
  }
  // Their facts, from the top down.
  for (let k = climb.length - 1; k >= 0; k--) {
    const { folder, limit } = climb[k];
    const pointedAt = above ? above.pointedAt || roots.some((r) => path.relative(r, folder) === '') : roots.some((r) => isWithin(folder, r));
    const facts: FolderFacts = { limit, limitAbove: limit || (above?.limitAbove ?? false), pointedAt };
    seen.set(folder, facts);
    above = facts;
  }
  // The folders the search visits, nearest first: up to a limit when there is one above; else the
  // highest folder pointed at that holds this one (with `stopAt` given, outside it: this folder alone).
  const onChain = (facts: FolderFacts, parent: FolderFacts): boolean => !facts.limit && (parent.limitAbove || (stopAt === undefined && parent.pointedAt));
  const visited: string[] = [];
  let found: string | null = null;
  for (let folder = start; ; ) {
    const facts = seen.get(folder)!;
    const known = facts.found;
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(folder);
    const own = configIn(folder, fsys);
    if (own) {
      found = own;
      break;
    }
    const parent = path.dirname(folder);
    const parentFacts = parent === folder ? undefined : seen.get(parent);
    if (!parentFacts || !onChain(facts, parentFacts)) break;
    folder = parent;
  }
  for (const folder of visited) seen.get(folder)!.found = found;
  return found ?? undefined;
}

/** The configuration file directly in `folder`, if any (the first of CONFIG_FILE_NAMES there). */
function configIn(folder: string, fsys: ConfigFs): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(folder, name);
    if (fsys.stamp(candidate) !== undefined) return candidate;
  }
  return undefined;
}

/** The other configuration files in the folder of `configPath`, which the search passes over. */
export function configFilesBeside(configPath: string, fsys: ConfigFs = nodeConfigFs): string[] {
  const folder = path.dirname(path.resolve(configPath));
  const own = path.basename(configPath);
  return CONFIG_FILE_NAMES.filter((name) => name !== own && fsys.stamp(path.join(folder, name)) !== undefined).map((name) => path.join(folder, name));
}

interface CacheEntry {
  stamps: Map<string, string | undefined>;
  config: ResolvedConfig;
}

const cache = new Map<string, CacheEntry>();

/** Forgets cached configurations (tests; the extension when it is told a file changed). */
export function clearConfigCache(): void {
  cache.clear();
}

/**
 * Reads one configuration file (and its policies) on top of the defaults. Cached by the path and
 * modification stamps of the file and of every policy file it named.
 */
export function loadConfigFile(configPath: string, fsys: ConfigFs = nodeConfigFs, options: LoadOptions = {}): ResolvedConfig {
  const file = path.resolve(configPath);
  const key = `${file}\0${options.policyRoot ?? ''}`;
  const hit = cache.get(key);
  if (hit && [...hit.stamps].every(([p, s]) => fsys.stamp(p) === s)) return hit.config;
  const stamps = new Map<string, string | undefined>();
  const config = readConfig(file, fsys, stamps, options);
  cache.set(key, { stamps, config });
  return config;
}

export interface LoadOptions {
  /**
   * Policy files must lie inside this folder (symbolic links resolved): the extension passes the
   * workspace folder in Restricted Mode, so an untrusted workspace cannot make it read elsewhere.
   */
  policyRoot?: string;
}

function readConfig(file: string, fsys: ConfigFs, stamps: Map<string, string | undefined>, options: LoadOptions): ResolvedConfig {
  return loadConfigSync(file, {
    resolve: (from, rel) => path.resolve(path.dirname(from), rel),
    folderOf: (f) => toSlashes(path.dirname(f)),
    read: ({ file: target, kind }) => {
      if (kind === 'policy' && options.policyRoot !== undefined && !isWithin(fsys.realPath(target), fsys.realPath(options.policyRoot))) return { outside: true };
      stamps.set(target, fsys.stamp(target));
      try {
        return { text: fsys.readFile(target) };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return { error: code === 'EISDIR' ? 'is a folder, not a file' : describeReadError(e) };
      }
    },
  });
}

/** A path as `ignores` globs are matched against it (folders separated by `/`). */
export function toSlashes(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** The `ignores` entry of `config` that excludes the file at `file` (a local path), or undefined. */
export function ignoredFile(config: ResolvedConfig, file: string): IgnoreGlobs | undefined {
  return config.ignores.length ? ignoredBy(config, toSlashes(path.resolve(file))) : undefined;
}

/**
 * Resolves the configuration of many files in one run: an explicit file (`--config`) for all, or
 * the nearest `.cpt-dossier.json` above each file within its bounds; defaults when there is none.
 */
export class ConfigResolver {
  private readonly folders = new Map<string, FolderFacts>();
  private readonly loaded = new Map<string, ResolvedConfig>();

  constructor(
    private readonly explicit?: string,
    private readonly fsys: ConfigFs = nodeConfigFs,
    private readonly bounds: LookupBounds = {},
  ) {}

  /** The config file that applies to `file` (undefined: defaults). */
  configPathFor(file: string): string | undefined {
    if (this.explicit !== undefined) return path.resolve(this.explicit);
    return findConfigFile(path.dirname(path.resolve(file)), this.fsys, this.folders, this.bounds);
  }

  configFor(file: string): { configPath?: string; config: ResolvedConfig } {
    const configPath = this.configPathFor(file);
    if (configPath === undefined) return { config: defaultConfig() };
    // Loaded once per run: the cache's check looks at every file the configuration read, and
    // 60,000 presets named (missing or not) took 0.9 s per dossier linted.
    let config = this.loaded.get(configPath);
    if (!config) {
      config = loadConfigFile(configPath, this.fsys);
      this.loaded.set(configPath, config);
    }
    return { configPath, config };
  }
}
