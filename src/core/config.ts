import type { Severity, SeveritySetting } from './types';
import { BUILT_IN_POLICIES, validatePolicy, type SocietyPolicy } from './policy';

/** The workspace file `.cpt-dossier.json` (schemas/cpt-dossier.schema.json). */
export interface ConfigFile {
  $schema?: string;
  /** Severity per rule id, or "off". */
  rules?: Record<string, SeveritySetting>;
  /** Paths (relative to the config file) of extra society policy files. */
  policies?: string[];
  /** Files larger than this many bytes get frontmatter-only linting. */
  maxFileSize?: number;
}

export interface ResolvedConfig {
  /** Severity overrides by rule id. */
  severities: Record<string, SeveritySetting>;
  policies: SocietyPolicy[];
  maxBytes: number;
  /** Where the configuration came from, for logs. */
  origin: string[];
  /** Problems met while reading the configuration (shown, never thrown). */
  problems: string[];
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
const SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export function defaultConfig(): ResolvedConfig {
  return { severities: {}, policies: [...BUILT_IN_POLICIES], maxBytes: DEFAULT_MAX_BYTES, origin: ['defaults'], problems: [] };
}

/**
 * Merges a parsed config file into a resolved configuration. `policyFiles` are the parsed JSON of
 * the files named in `policies` (read by the caller, which knows the file system).
 */
export function applyConfigFile(
  base: ResolvedConfig,
  file: unknown,
  origin: string,
  policyFiles: { path: string; json: unknown }[] = [],
  knownRules: readonly string[] = [],
): ResolvedConfig {
  const out: ResolvedConfig = { ...base, severities: { ...base.severities }, policies: [...base.policies], origin: [...base.origin, origin], problems: [...base.problems] };
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    out.problems.push(`${origin}: the configuration must be a JSON object`);
    return out;
  }
  const f = file as Record<string, unknown>;
  if (f.rules !== undefined) {
    if (typeof f.rules !== 'object' || f.rules === null || Array.isArray(f.rules)) out.problems.push(`${origin}: "rules" must map rule ids to error, warning, info or off`);
    else {
      for (const [id, sev] of Object.entries(f.rules as Record<string, unknown>)) {
        if (sev === true) {
          // `true` turns a rule back on at its default severity.
          delete out.severities[id];
          continue;
        }
        const setting = normaliseSetting(sev);
        if (!setting) out.problems.push(`${origin}: rules.${id} must be one of ${SETTINGS.join(', ')} (or true/false)`);
        else if (knownRules.length && !knownRules.includes(id)) out.problems.push(`${origin}: rules.${id} is not a rule of CPT Dossier`);
        else out.severities[id] = setting;
      }
    }
  }
  if (f.maxFileSize !== undefined) {
    if (typeof f.maxFileSize === 'number' && f.maxFileSize > 0) out.maxBytes = f.maxFileSize;
    else out.problems.push(`${origin}: "maxFileSize" must be a positive number of bytes`);
  }
  for (const { path, json } of policyFiles) {
    const checked = validatePolicy(json);
    if ('errors' in checked) out.problems.push(...checked.errors.map((e) => `${path}: ${e}`));
    else out.policies.push(checked.policy);
  }
  return out;
}

export function normaliseSetting(value: unknown): SeveritySetting | undefined {
  if (value === false) return 'off';
  if (typeof value === 'string' && (SETTINGS as readonly string[]).includes(value)) return value as SeveritySetting;
  return undefined;
}

export function effectiveSeverity(config: ResolvedConfig, ruleId: string, fallback: Severity): SeveritySetting {
  return config.severities[ruleId] ?? fallback;
}
