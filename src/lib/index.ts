// The npm package as a library (`import { lint, createLinter, assess } from 'cpt-dossier'`): the
// same engine as the CLI and the editor, as markdownlint is for its CLI and editor extensions.
// Pure functions over text; `loadConfig` is the one part that reads files (the configuration
// loader of the CLI, src/node/loadConfig.ts).
import { DossierLinter, lintText, type LintOptions, type LintResult, type SuppressedFinding } from '../core/engine';
import { assessText, type Assessment } from '../core/assess';
import { defaultConfig, type ResolvedConfig } from '../core/config';
import { RULES } from '../core/rules';
import { isCalendarDate } from '../core/dates';
import { ConfigResolver } from '../node/loadConfig';
import type { Finding, RuleMeta } from '../core/types';

export type { Assessment, Finding, LintOptions, LintResult, ResolvedConfig, RuleMeta, SuppressedFinding };
export type { Position, Range, Severity, SeveritySetting, FindingData } from '../core/types';
export { renderJson } from '../core/report/json';
export { renderSarif } from '../core/report/sarif';
export { renderGithub } from '../core/report/github';
export { renderJunit } from '../core/report/junit';
export { renderText } from '../core/report/text';
export { renderAssessmentMarkdown } from '../core/report/markdown';
export { renderAssessmentHtml } from '../core/report/html';
export { defaultConfig };
export { applyFixes, type AppliedFix } from '../core/fix';
export type { Fix, TextEdit } from '../core/types';

/** Lints one whole text. `fileName` decides whether it is a dossier (`*.dossier.md`, or a `cpt_dossier` key). */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintText(checkedText(text), checked(options));
}

/** A text that is not a string (`undefined` read from a missing file) failed deep in the parser. */
function checkedText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`text must be the dossier's text, a string, not ${text === null ? 'null' : typeof text}`);
  return text;
}

/**
 * The options as given, once `today` is known to be a day of the calendar: `today: '2026-02-30'`
 * or `'garbage'` made every date rule compare against NaN and pass in silence.
 */
function checked(options: LintOptions): LintOptions {
  if (options.today !== undefined && !isCalendarDate(options.today)) throw new RangeError(`today must be a date written YYYY-MM-DD, such as 2026-11-23, not ${JSON.stringify(options.today)}`);
  return options;
}

/** The incremental linter the editor uses: linting the next version of a text re-parses only what changed. */
export interface Linter {
  lint(text: string, options?: LintOptions): LintResult;
}

export function createLinter(): Linter {
  const linter = new DossierLinter(true);
  return { lint: (text, options) => linter.lint(checkedText(text), options && checked(options)) };
}

/** The readiness assessment of one dossier (verdict, classification evidence, prerequisites, timeline). */
export function assess(text: string, options: LintOptions = {}): Assessment {
  return assessText(checkedText(text), checked(options));
}

/**
 * The configuration that applies to the file at `filePath` (the nearest `.cpt-dossier.json` or
 * `.yaml` up to the repository root), or the one at `configPath`. Problems are listed in
 * `problems`, never thrown.
 */
export function loadConfig(filePath: string, configPath?: string): ResolvedConfig {
  return new ConfigResolver(configPath).configFor(filePath).config;
}

/** The rules, with their ids, default severities and descriptions. */
export const rules: readonly RuleMeta[] = RULES.map((r) => r.meta);
