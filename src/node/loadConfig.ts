// Finds and reads `.cpt-dossier.json` and the society policy files it names (Node only; shared by
// the CLI and, when it runs on a local file system, the extension). Data only: the files are
// parsed as JSON and never executed. Problems are collected in `ResolvedConfig.problems`, never
// thrown; the CLI treats any problem as a failed command, the extension shows them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyConfigFile, defaultConfig, type ResolvedConfig } from '../core/config';
import { RULE_IDS } from '../core/rules';
import { parseJsonText } from './jsonText';

export const CONFIG_FILE_NAME = '.cpt-dossier.json';
/** The keys of `.cpt-dossier.json` (schemas/cpt-dossier.schema.json). */
export const CONFIG_KEYS: readonly string[] = ['$schema', 'rules', 'policies', 'maxFileSize'];

/** The file system calls the loader makes (the extension or a test may pass its own). */
export interface ConfigFs {
  readFile(file: string): string;
  /** Modification stamp used by the cache; undefined when the file does not exist. */
  stamp(file: string): string | undefined;
}

export const nodeConfigFs: ConfigFs = {
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  stamp: (file) => {
    try {
      const s = fs.statSync(file);
      return s.isFile() ? `${s.mtimeMs}:${s.size}` : undefined;
    } catch {
      return undefined;
    }
  },
};

/**
 * The nearest `.cpt-dossier.json` at or above `dir` (stops at the file-system root), or undefined.
 * `seen` caches answers per folder for one run over many files.
 */
export function findConfigFile(dir: string, fsys: ConfigFs = nodeConfigFs, seen?: Map<string, string | null>): string | undefined {
  const visited: string[] = [];
  let current = path.resolve(dir);
  let found: string | null = null;
  for (;;) {
    const cached = seen?.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(current);
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fsys.stamp(candidate) !== undefined) {
      found = candidate;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (seen) for (const v of visited) seen.set(v, found);
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
export function loadConfigFile(configPath: string, fsys: ConfigFs = nodeConfigFs): ResolvedConfig {
  const file = path.resolve(configPath);
  const hit = cache.get(file);
  if (hit && [...hit.stamps].every(([p, s]) => fsys.stamp(p) === s)) return hit.config;
  const stamps = new Map<string, string | undefined>();
  const config = readConfig(file, fsys, stamps);
  cache.set(file, { stamps, config });
  return config;
}

function readConfig(file: string, fsys: ConfigFs, stamps: Map<string, string | undefined>): ResolvedConfig {
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
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    return { ok: false, problem: `${file}: cannot be read (${why})` };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: `${file}:${parsed.line}:${parsed.column}: not valid JSON (${parsed.message})` };
  return { ok: true, json: parsed.json };
}

/**
 * Resolves the configuration of many files in one run: an explicit file (`--config`) for all, or
 * the nearest `.cpt-dossier.json` above each file; defaults when there is none.
 */
export class ConfigResolver {
  private readonly folders = new Map<string, string | null>();

  constructor(
    private readonly explicit?: string,
    private readonly fsys: ConfigFs = nodeConfigFs,
  ) {}

  /** The config file that applies to `file` (undefined: defaults). */
  configPathFor(file: string): string | undefined {
    if (this.explicit !== undefined) return path.resolve(this.explicit);
    return findConfigFile(path.dirname(path.resolve(file)), this.fsys, this.folders);
  }

  configFor(file: string): { configPath?: string; config: ResolvedConfig } {
    const configPath = this.configPathFor(file);
    return configPath === undefined ? { config: defaultConfig() } : { configPath, config: loadConfigFile(configPath, this.fsys) };
  }
}
