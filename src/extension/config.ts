// Settings (cptDossier.*) and the workspace's `.cpt-dossier.json` (or `.yaml`), resolved into the
// engine's ResolvedConfig. Order: rule defaults < settings < the workspace file. The file is the
// team's truth (CI reads it too): a setting may make a rule stricter than the file says, never
// weaker, and cannot change what the file says of the size limit or ignored files.
import * as vscode from 'vscode';
import { DEFAULT_MAX_BYTES, defaultConfig, defineSeverity, normaliseSetting, severityOverride, type IgnoreGlobs, type ResolvedConfig } from '../core/config';
import type { SeveritySetting } from '../core/types';
import { isCalendarDate } from '../core/dates';
import { configFilesBeside, findConfigFile, loadConfigFile as loadConfigFileVfs } from './configFile';
import { engine, platform } from './platform';
import { log } from './log';

export const SECTION = 'cptDossier';
export const CONFIG_FILE = '.cpt-dossier.json';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, unknown>;
  maxFileSize?: number;
  today?: string;
}

export function settingsFor(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const today = c.get<string>('today');
  const max = c.get<number | null>('maxFileSize');
  return {
    enable: c.get<boolean>('enable', true),
    run: c.get<string>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    rules: c.get<Record<string, unknown>>('rules', {}) ?? {},
    ...(typeof max === 'number' && max > 0 ? { maxFileSize: max } : {}),
    ...(typeof today === 'string' && usableToday(today.trim()) ? { today: today.trim() } : {}),
  };
}

const refusedToday = new Set<string>();

/**
 * Whether the `today` setting names a day of the calendar. The settings editor checks only the
 * pattern: `2026-02-30` rolled over to March and `9999-99-99` made every date rule pass in silence.
 * Another value is said once in the log, and the real date is used.
 */
function usableToday(today: string): boolean {
  if (today === '' || isCalendarDate(today)) return today !== '';
  if (!refusedToday.has(today)) {
    refusedToday.add(today);
    log.warn(`cptDossier.today "${today}" is not a day of the calendar (YYYY-MM-DD, from the year 1000); date rules compare against the real date`);
  }
  return false;
}

/** Resolves and caches the configuration per folder a document lives in. */
export class ConfigResolver {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  private readonly logged = new Set<string>();

  clear(): void {
    platform().local?.clearCache();
    this.cache.clear();
    this.logged.clear();
  }

  /** The configuration for a document (config file found from its folder up to the workspace folder). */
  forDocument(doc: vscode.TextDocument): Promise<ResolvedConfig> {
    return this.forUri(doc.uri);
  }

  forUri(uri: vscode.Uri): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // The nearest config file above the document, never above its workspace folder (nor, for a
    // local file, above its repository root); a local file outside any folder: its own folder.
    const dir = uri.scheme === 'file' || (folder && uri.scheme !== 'untitled') ? vscode.Uri.joinPath(uri, '..') : undefined;
    const key = `${folder?.uri.toString() ?? '-'}|${dir?.toString() ?? '-'}|${vscode.workspace.isTrusted ? 'trusted' : 'restricted'}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.resolve(uri, folder, dir).catch((e: unknown) => {
        log.error(`Reading the configuration for ${uri.toString(true)} failed; using defaults`, e);
        return this.withSettings(defaultConfig(), uri);
      });
      this.cache.set(key, p);
    }
    return p;
  }

  private async resolve(scope: vscode.Uri, folder: vscode.WorkspaceFolder | undefined, dir: vscode.Uri | undefined): Promise<ResolvedConfig> {
    let config = defaultConfig();
    // Restricted Mode (an untrusted workspace): policy files only from inside the workspace
    // folder, and no configuration at all for a file outside every folder.
    const trusted = vscode.workspace.isTrusted;
    const local = platform().local;
    if (local && dir?.scheme === 'file' && (folder || trusted)) {
      // Desktop: the CLI's finder and cache (src/node/loadConfig.ts) around the core's loader, so
      // that both read a workspace alike. Virtual workspaces and the browser: the same core loader
      // through vscode.workspace.fs (configFile.ts), inside the workspace folder only.
      const stopAt = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
      config = local.loadConfig(dir.fsPath, stopAt, trusted || !folder ? undefined : folder.uri.fsPath) ?? config;
    } else if (folder && dir) {
      const found = await findConfigFile(dir, folder.uri);
      if (found) {
        config = await loadConfigFileVfs(found, trusted ? {} : { policyRoot: folder.uri });
        const ignored = await configFilesBeside(found);
        if (ignored.length) config = { ...config, problems: [...config.problems, engine().shadowedConfigWarning(found.toString(true), ignored.map((u) => u.toString(true)))] };
      }
    }
    const resolved = this.withSettings(config, scope);
    const summary = `${resolved.origin.join(' + ')}${Object.keys(resolved.severities).length ? ` (rules: ${Object.entries(resolved.severities).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`;
    if (!this.logged.has(summary)) {
      this.logged.add(summary);
      log.info(`Configuration for ${folder ? folder.name : 'files outside a folder'}: ${summary}`);
      for (const p of resolved.problems) log.warn(`Configuration problem: ${p}`);
    }
    return resolved;
  }

  private withSettings(base: ResolvedConfig, scope: vscode.Uri): ResolvedConfig {
    const s = settingsFor(scope);
    const out: ResolvedConfig = { ...base, severities: { ...base.severities }, origin: [...base.origin], problems: [...base.problems] };
    let used = false;
    for (const [id, value] of Object.entries(s.rules)) {
      const setting = normaliseSetting(value);
      if (!setting) out.problems.push(`setting cptDossier.rules.${id}: must be error, warning, info or off`);
      else if (!engine().RULE_IDS.includes(id)) out.problems.push(`setting cptDossier.rules.${id}: not a rule of CPT Dossier`);
      else {
        const fromFile = severityOverride(base, id);
        if (fromFile !== undefined && STRICTNESS[setting] < STRICTNESS[fromFile]) {
          out.problems.push(`setting cptDossier.rules.${id} = ${setting} is ignored: the workspace configuration sets ${fromFile}, and settings can make a rule stricter, never weaker`);
          continue;
        }
        defineSeverity(out.severities, id, setting);
        used = true;
      }
    }
    if (s.maxFileSize && base.maxBytes === DEFAULT_MAX_BYTES) {
      out.maxBytes = s.maxFileSize;
      used = true;
    }
    if (used) out.origin.push('settings');
    return out;
  }
}

const STRICTNESS: Record<SeveritySetting, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** The `ignores` entry of `config` that excludes `uri`, or undefined. */
export function ignoredUri(config: ResolvedConfig, uri: vscode.Uri): IgnoreGlobs | undefined {
  if (!config.ignores.length) return undefined;
  // Matched the way the loader that read `config` named its files: local paths (Node), else URIs.
  const local = platform().local;
  return local && uri.scheme === 'file' ? local.ignoredFile(config, uri.fsPath) : engine().ignoredBy(config, uri.toString());
}
