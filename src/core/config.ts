import { SHOWS_AS_NOTHING } from './invisible';
import type { Severity, SeveritySetting } from './types';
import { withThousands } from './numbers';
import { BUILT_IN_POLICIES, validatePolicy, type SocietyPolicy } from './policy';

/** The workspace file `.cpt-dossier.json` (schemas/cpt-dossier.schema.json). */
export interface ConfigFile {
  $schema?: string;
  /** Marks the top of a project: the search for a configuration file ends here (as at `.git`). */
  root?: boolean;
  /** Severity per rule id, or "off". */
  rules?: Record<string, SeveritySetting>;
  /** Paths (relative to the config file) of extra society policy files. */
  policies?: string[];
  /** Files larger than this many bytes get frontmatter-only linting. */
  maxFileSize?: number;
  /** Configuration files (relative paths) whose settings apply first, this file's on top. */
  extends?: string | string[];
  /** Globs (relative to this file's folder) of files never linted. */
  ignores?: string[];
}

/** The `ignores` of one configuration file: globs relative to its folder. */
export interface IgnoreGlobs {
  /** The configuration file's folder, as its host names files (a path with `/`, or a URI string). */
  folder: string;
  patterns: string[];
  /** The configuration file that lists them. */
  origin: string;
}

export interface ResolvedConfig {
  /** Severity overrides by rule id. */
  severities: Record<string, SeveritySetting>;
  policies: SocietyPolicy[];
  maxBytes: number;
  /** Files the configuration excludes from linting (see ignoredBy in configLoader.ts). */
  ignores: IgnoreGlobs[];
  /** Where the configuration came from, for logs. */
  origin: string[];
  /** Problems met while reading the configuration (shown, never thrown). */
  problems: string[];
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
export const SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export function defaultConfig(): ResolvedConfig {
  return { severities: {}, policies: [...BUILT_IN_POLICIES], maxBytes: DEFAULT_MAX_BYTES, ignores: [], origin: ['defaults'], problems: [] };
}

/**
 * Merges a parsed config file into a resolved configuration. `policyFiles` are the parsed JSON of
 * the files named in `policies` (read by the caller, which knows the file system).
 */
export function applyConfigFile(base: ResolvedConfig, ...rest: ConfigFileArgs): ResolvedConfig {
  const out: ResolvedConfig = { ...base, severities: { ...base.severities }, policies: [...base.policies], origin: [...base.origin], problems: [...base.problems] };
  return applyConfigFileTo(out, ...rest);
}

/** What `applyConfigFile` and `applyConfigFileTo` take after the configuration they merge into. */
export type ConfigFileArgs = Parameters<typeof applyConfigFileTo> extends [ResolvedConfig, ...infer Rest] ? Rest : never;

/** `applyConfigFile` into `out` itself (the loader's own object: a copy per file is quadratic in the number of presets). */
export function applyConfigFileTo(
  out: ResolvedConfig,
  file: unknown,
  origin: string,
  policyFiles: { path: string; json: unknown }[] = [],
  knownRules: readonly string[] = [],
  /** The nearest of `candidates` to a misspelt word, for "did you mean" (the loader passes one; this module stays light). */
  nearest?: (word: string, candidates: readonly string[]) => string | undefined,
): ResolvedConfig {
  out.origin.push(origin);
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    out.problems.push(`${origin}: the configuration must be a mapping of settings (a JSON object, or a YAML mapping)`);
    return out;
  }
  const f = file as Record<string, unknown>;
  if (f.rules !== undefined) {
    if (typeof f.rules !== 'object' || f.rules === null || Array.isArray(f.rules)) out.problems.push(`${origin}: "rules" must map rule ids to error, warning, info or off`);
    else {
      let hinted = 0;
      for (const [id, sev] of Object.entries(f.rules as Record<string, unknown>)) {
        const known = !knownRules.length || knownRules.includes(id);
        if (sev === true && known) {
          // `true` turns a rule back on at its default severity.
          if (Object.hasOwn(out.severities, id)) delete out.severities[id];
          continue;
        }
        const setting = sev === true ? 'on' : normaliseSetting(sev);
        if (!setting) out.problems.push(`${origin}: rules.${brief(id)} must be one of ${SETTINGS.join(', ')} (or true/false); found ${shownSetting(sev)}${settingMeant(sev)}`);
        else if (!known) {
          // A hint for the first few only: a file of 100,000 made-up ids needs no 100,000 searches.
          const meant = hinted++ < 50 && id.length <= 64 ? nearest?.(id, knownRules) : undefined;
          out.problems.push(`${origin}: rules.${brief(id)} is not a rule of CPT Dossier${meant ? ` (did you mean ${meant}?)` : ''}`);
        }
        else if (setting !== 'on') defineSeverity(out.severities, id, setting);
      }
    }
  }
  if (f.root !== undefined && typeof f.root !== 'boolean') out.problems.push(`${origin}: "root" must be true or false`);
  if (f.maxFileSize !== undefined) {
    // A whole number, as the CLI's --max-file-size: 1e400 (Infinity) or 0.5 would switch the limit off or make it meaningless.
    if (typeof f.maxFileSize === 'number' && Number.isSafeInteger(f.maxFileSize) && f.maxFileSize > 0) out.maxBytes = f.maxFileSize;
    else out.problems.push(`${origin}: "maxFileSize" must be a whole number of characters, 1 or more${typeof f.maxFileSize === 'number' && Number.isFinite(f.maxFileSize) && f.maxFileSize > Number.MAX_SAFE_INTEGER ? ` and at most ${withThousands(Number.MAX_SAFE_INTEGER)}` : ''}`);
  }
  for (const { path, json } of policyFiles) {
    const checked = checkedPolicy(json);
    if ('errors' in checked) for (const e of checked.errors) out.problems.push(`${path}: ${e}`);
    else {
      // The same file named by several presets is one policy, at its last place (the later wins).
      const earlier = out.policies.indexOf(checked.policy);
      if (earlier >= 0) out.policies.splice(earlier, 1);
      out.policies.push(checked.policy);
    }
  }
  return out;
}

/** Policies checked, by the parsed JSON they come from: a file named by many presets is checked once, as one policy. */
const CHECKED = new WeakMap<object, ReturnType<typeof validatePolicy>>();

function checkedPolicy(json: unknown): ReturnType<typeof validatePolicy> {
  if (typeof json !== 'object' || json === null) return validatePolicy(json);
  let checked = CHECKED.get(json);
  if (!checked) {
    checked = validatePolicy(json);
    CHECKED.set(json, checked);
  }
  return checked;
}

/** What other linters' users write for a severity (ESLint's "warn" and 0/1/2), and the setting they mean. */
const SETTING_MEANT: Readonly<Record<string, SeveritySetting>> = { warn: 'warning', warnings: 'warning', err: 'error', errors: 'error', information: 'info', disabled: 'off', disable: 'off', none: 'off', ignore: 'off', '0': 'off', '1': 'warning', '2': 'error' };

function settingMeant(value: unknown): string {
  const key = typeof value === 'string' ? value.trim().toLowerCase() : typeof value === 'number' ? String(value) : undefined;
  const meant = key !== undefined && Object.hasOwn(SETTING_MEANT, key) ? SETTING_MEANT[key] : undefined;
  return meant ? `: write "${meant}"` : '';
}

/**
 * A name or path from a configuration file as a message quotes it: whole up to 100 characters,
 * else its start and end (a key of 900,000 characters was printed whole, a megabyte on one line).
 */
export function brief(text: string): string {
  const shown = text.length <= 100 ? text : `${text.slice(0, 60)}…${text.slice(-39)}`;
  // `"pay\u200bment-claim": "off"` read "payment-claim is not a rule (did you mean payment-claim?)".
  return shown.replace(SHOWS_AS_NOTHING, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

function shownSetting(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : Array.isArray(value) ? 'a list' : value !== null && typeof value === 'object' ? 'a mapping' : String(value);
  return text;
}

export function normaliseSetting(value: unknown): SeveritySetting | undefined {
  if (value === false) return 'off';
  if (typeof value === 'string' && (SETTINGS as readonly string[]).includes(value)) return value as SeveritySetting;
  return undefined;
}

export function effectiveSeverity(config: ResolvedConfig, ruleId: string, fallback: Severity): SeveritySetting {
  return severityOverride(config, ruleId) ?? fallback;
}

/** The configured severity of a rule: own properties only, so `constructor` or `__proto__` mean nothing. */
export function severityOverride(config: ResolvedConfig, ruleId: string): SeveritySetting | undefined {
  return Object.hasOwn(config.severities, ruleId) ? config.severities[ruleId] : undefined;
}

/** Sets a severity as an own property, even for a key such as `__proto__` (which `=` would not create). */
export function defineSeverity(severities: Record<string, SeveritySetting>, ruleId: string, setting: SeveritySetting): void {
  Object.defineProperty(severities, ruleId, { value: setting, enumerable: true, writable: true, configurable: true });
}
