// Finds and reads `.cpt-dossier.json` and the society policy files it names (Node only; shared by
// the CLI and, when it runs on a local file system, the extension). Data only: the files are
// parsed as JSON and never executed. Problems are collected in `ResolvedConfig.problems`, never
// thrown; the CLI treats any problem as a failed command, the extension shows them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyConfigFile, defaultConfig, type ResolvedConfig } from '../core/config';
import { RULE_IDS } from '../core/rules';
import { parseJsonText } from './jsonText';
import { describeReadError, readSmallFile } from './readFile';

export const CONFIG_FILE_NAME = '.cpt-dossier.json';
/** The keys of `.cpt-dossier.json` (schemas/cpt-dossier.schema.json). */
export const CONFIG_KEYS: readonly string[] = ['$schema', 'rules', 'policies', 'maxFileSize', 'root'];
/** A configuration or policy file is a few lines of JSON; anything larger is refused unread. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

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

/** Whether `inner` is `outer` or inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The nearest `.cpt-dossier.json` at or above `dir`, or undefined. The search stops at the
 * repository root (the first folder above holding `.git`), at `bounds.stopAt`, and outside a
 * repository at the highest folder the user pointed at: a configuration left in a shared parent
 * folder (a temporary folder, a home folder) never applies unasked. `seen` caches answers per
 * folder for one run over many files with the same bounds.
 */
export function findConfigFile(dir: string, fsys: ConfigFs = nodeConfigFs, seen?: Map<string, string | null>, bounds: LookupBounds = {}): string | undefined {
  const start = path.resolve(dir);
  const cached = seen?.get(start);
  if (cached !== undefined) return cached ?? undefined;
  const stopAt = bounds.stopAt === undefined ? undefined : path.resolve(bounds.stopAt);
  // The folders the search may visit, nearest first.
  const chain: string[] = [];
  let limitFound = false;
  for (let current = start; ; ) {
    chain.push(current);
    if (current === stopAt || fsys.exists(path.join(current, '.git'))) {
      limitFound = true;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (!limitFound) {
    if (stopAt !== undefined) chain.length = 1; // outside the folder given: that folder alone
    else {
      const roots = (bounds.pointedAt ?? []).map((p) => path.resolve(p)).filter((p) => isWithin(start, p));
      const highest = roots.sort((a, b) => a.length - b.length)[0] ?? start;
      chain.length = chain.indexOf(highest) + 1;
    }
  }
  let found: string | null = null;
  for (const folder of chain) {
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    if (fsys.stamp(candidate) !== undefined) {
      found = candidate;
      break;
    }
  }
  seen?.set(start, found);
  return found ?? undefined;
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
  const base = defaultConfig();
  const fail = (problem: string): ResolvedConfig => ({ ...base, origin: [...base.origin, file], problems: [...base.problems, problem] });
  stamps.set(file, fsys.stamp(file));
  const read = readJson(file, fsys);
  if (!read.ok) return fail(read.problem);
  const policyFiles: { path: string; json: unknown }[] = [];
  const problems: string[] = [];
  const policies = (read.json as { policies?: unknown } | null)?.policies;
  if (Array.isArray(policies)) {
    policies.forEach((p, i) => {
      if (typeof p !== 'string' || !p.trim()) {
        problems.push(`${file}: policies[${i}] must be the path of a policy file (relative to the configuration file)`);
        return;
      }
      if (!/\.json$/i.test(p)) {
        problems.push(`${file}: policies[${i}] "${p}" must be a .json file (policies are data, never code)`);
        return;
      }
      const policyPath = path.resolve(path.dirname(file), p);
      if (options.policyRoot !== undefined && !isWithin(fsys.realPath(policyPath), fsys.realPath(options.policyRoot))) {
        problems.push(`${file}: policies[${i}] "${p}" is outside the workspace folder; in Restricted Mode only policy files inside it are read`);
        return;
      }
      stamps.set(policyPath, fsys.stamp(policyPath));
      const r = readJson(policyPath, fsys);
      if (!r.ok) problems.push(r.problem);
      else policyFiles.push({ path: policyPath, json: r.json });
    });
  } else if (policies !== undefined) problems.push(`${file}: "policies" must be a list of paths of policy files`);
  const out = applyConfigFile(base, read.json, file, policyFiles, RULE_IDS);
  if (typeof read.json === 'object' && read.json !== null && !Array.isArray(read.json)) {
    for (const key of Object.keys(read.json)) {
      if (!CONFIG_KEYS.includes(key)) problems.push(`${file}: "${key}" is not a setting of .cpt-dossier.json (known: ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')})`);
    }
  }
  out.problems.push(...problems);
  return out;
}

function readJson(file: string, fsys: ConfigFs): { ok: true; json: unknown } | { ok: false; problem: string } {
  let text: string;
  try {
    text = fsys.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problem: `${file}: cannot be read (${code === 'EISDIR' ? 'is a folder, not a file' : describeReadError(e)})` };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: `${file}:${parsed.line}:${parsed.column}: not valid JSON (${parsed.message})` };
  return { ok: true, json: parsed.json };
}

/**
 * Resolves the configuration of many files in one run: an explicit file (`--config`) for all, or
 * the nearest `.cpt-dossier.json` above each file within its bounds; defaults when there is none.
 */
export class ConfigResolver {
  private readonly folders = new Map<string, string | null>();

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
    return configPath === undefined ? { config: defaultConfig() } : { configPath, config: loadConfigFile(configPath, this.fsys) };
  }
}
