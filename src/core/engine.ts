import { isDossierName, parseDossier, type ChunkCache, type Dossier } from './dossier';
import { splitFrontmatter } from './parse/frontmatter';
import { blankBlocks, LineIndex, scanUnreadable, stripBom, type UnreadableBlock, type UnreadableMemo } from './text';
import { CODE_PLACEHOLDER, type ChunkAnalysis } from './parse/analyse';
import type { Span } from './parse/yamlFacts';
import { defaultConfig, type ResolvedConfig } from './config';
import { findPolicy } from './policy';
import { closest, distance } from 'fastest-levenshtein';
import { parseDirective, Suppressions, type Directive } from './suppress';
import { RULES } from './rules';
import type { Rule, RuleContext, RuleFix } from './rule';
import { todayIso } from './dates';
import { SHOWS_AS_NOTHING } from './invisible';
import type { Finding, FindingData, Severity } from './types';

export interface LintOptions {
  /** Decides whether a file is a dossier (`*.dossier.md`) and names it in reports. */
  fileName?: string;
  /** YYYY-MM-DD that date rules compare against; default: the real date. */
  today?: string;
  config?: ResolvedConfig;
  /** Parse the body in one piece instead of per chunk (the reference for equality tests). */
  wholeDocument?: boolean;
  /** Report disable directives (or rule ids in them) that suppressed nothing, as errors (ESLint's flag). */
  reportUnusedDisableDirectives?: boolean;
  /**
   * Set when `text` is only the start of the file: a bounded read (`dossierReadLimit`) stopped
   * before its end. size-limit then states the file's real size, and a frontmatter cut open by the
   * read is not reported as never closed.
   */
  truncated?: TruncatedRead;
}

/** What a bounded read knows of a file it did not read to the end. */
export interface TruncatedRead {
  /** The bytes read (the file holds more). */
  readBytes: number;
  /** The file's size in bytes, when the file system knows it (not for /proc files). */
  fileBytes?: number;
}

export interface LintResult {
  dossier: Dossier;
  findings: Finding[];
  /** Findings a disable comment suppressed, with its reason (SARIF lists them as suppressions). */
  suppressed?: SuppressedFinding[];
}

export interface SuppressedFinding extends Finding {
  /** The text after ` -- ` in the directive, when given. */
  justification?: string;
}

/** Engine ids for findings about disable comments themselves (not rules: they cannot be turned off). */
export const DIRECTIVE_UNKNOWN_RULE = 'directive-unknown-rule';
export const DIRECTIVE_UNUSED = 'directive-unused';

/** The id under which the engine reports its own failures (a rule that threw, a parser crash). */
export const INTERNAL_ERROR = 'internal-error';

/**
 * Lints dossiers. One instance keeps the analyses of the chunks it saw last, so linting the next
 * version of the same document re-parses only the chunks that changed.
 */
export class DossierLinter {
  private cache = new Map<string, ChunkAnalysis>();
  /** The last version's scan for unreadable blocks, so the next scans only what changed. */
  private unreadable: UnreadableMemo | undefined;
  /** Logs rule failures (the extension's Output channel; stderr in the CLI). */
  onInternalError: (message: string) => void = () => undefined;

  constructor(private readonly incremental = true) {}

  lint(text: string, options: LintOptions = {}): LintResult {
    const config = options.config ?? defaultConfig();
    let cache: ChunkCache | undefined;
    let next: Map<string, ChunkAnalysis> | undefined;
    if (this.incremental) {
      const previous = this.cache;
      const fresh = new Map<string, ChunkAnalysis>();
      next = fresh;
      cache = {
        get: (k) => {
          const hit = previous.get(k) ?? fresh.get(k);
          if (hit) fresh.set(k, hit);
          return hit;
        },
        set: (k, v) => void fresh.set(k, v),
      };
    }
    // Parts of the body that would stall the Markdown parser are handed to it as blanks (same
    // offsets) and reported; the dossier keeps the text as written.
    const input = stripBom(text);
    const scan = unreadableBlocks(input, options.fileName, config.maxBytes, this.incremental ? this.unreadable : undefined);
    if (this.incremental) this.unreadable = scan?.memo;
    const unreadable = scan?.found ?? [];
    const dossier = parseDossier(unreadable.length ? blankBlocks(input, unreadable) : input, {
      ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
      maxLength: config.maxBytes,
      ...(cache ? { cache } : {}),
      ...(options.wholeDocument ? { wholeDocument: true } : {}),
    });
    if (next) this.cache = next; // keep only what the latest version uses
    if (unreadable.length) {
      dossier.text = input;
      dossier.lines = new LineIndex(input);
      dossier.unreadable = unreadable;
      // A section whose text was skipped as unreadable has text: unreadable-block reports it, not "the section is empty".
      for (const section of dossier.sections) {
        if (!section.hasContent && unreadable.some((b) => b.start < section.span.end && b.end > section.heading.end)) section.hasContent = true;
      }
    }
    if (options.truncated) {
      dossier.truncated = options.truncated;
      // The closing --- may lie beyond the part read: only size-limit speaks about a cut text.
      if (dossier.frontmatter.kind === 'unclosed') delete dossier.yamlError;
    }
    if (!dossier.isDossier) return { dossier, findings: [], suppressed: [] };
    return { dossier, ...this.runRules(dossier, config, options.today ?? todayIso(), options.reportUnusedDisableDirectives ?? false) };
  }

  /**
   * Runs rules on a dossier parsed already (by this or another linter: the assessment runs the
   * rules the settings turn off). `only`: just these rules; the parser's own notes are left out.
   */
  check(dossier: Dossier, options: { today: string; config: ResolvedConfig; only?: ReadonlySet<string> }): Finding[] {
    return this.runRules(dossier, options.config, options.today, false, options.only).findings;
  }

  private runRules(dossier: Dossier, config: ResolvedConfig, today: string, reportUnused: boolean, only?: ReadonlySet<string>): { findings: Finding[]; suppressed: SuppressedFinding[] } {
    const findings: Finding[] = [];
    const { lines } = dossier;
    const policy = findPolicy(config.policies, dossier.facts?.values.get('society.name')?.value as string | undefined);
    const push = (ruleId: string, severity: Severity, span: Span, message: string, data?: FindingData, fixes?: RuleFix[]): void => {
      const fix = fixes?.map((f) => ({
      title: f.title,
      safe: f.safe,
      ...(f.preferred !== undefined ? { preferred: f.preferred } : {}),
      edits: f.edits.map((e) => ({ range: lines.rangeOf(e.span.start, Math.max(e.span.start, e.span.end)), newText: e.text })),
    }));
      findings.push({ ruleId, severity, message: visibleFormatCharacters(message), range: lines.rangeOf(span.start, Math.max(span.start, span.end)), ...(data ? { data } : {}), ...(fix?.length ? { fixes: fix } : {}) });
    };
    const line1: Span = { start: 0, end: lines.lineEnd(0) };
    const anchor = (...paths: string[]): Span => {
      for (const p of [...paths, 'classification']) {
        const key = dossier.facts?.keys.get(p);
        if (key) return key;
      }
      return line1;
    };
    for (const rule of RULES) {
      if (only && !only.has(rule.meta.id)) continue;
      const configured = config.severities[rule.meta.id];
      if (configured === 'off') continue;
      const severity = configured ?? rule.meta.defaultSeverity;
      if (rule.needsFrontmatter && !dossier.facts) continue;
      const ctx: RuleContext = {
        dossier,
        today,
        ...(policy ? { policy } : {}),
        policies: config.policies,
        report: (span, message, data, variant, fixes) => push(rule.meta.id, configured ?? variant ?? severity, span, message, data, fixes),
        anchor,
        at: (located) => located.span,
      };
      runSafely(rule, ctx, (message) => {
        push(INTERNAL_ERROR, 'warning', line1, message);
        try {
          this.onInternalError(message);
        } catch {
          // A logger that fails (a disposed output channel) must not lose the findings.
        }
      });
    }
    for (const e of only ? [] : dossier.parseErrors) {
      push(INTERNAL_ERROR, 'warning', { start: e.offset, end: e.offset }, `The Markdown parser failed on this part of the body (${e.message}); findings in it may be missing.`);
    }
    const directives = collectDirectives(dossier);
    const suppressions = new Suppressions(directives);
    let kept = findings;
    const suppressed: SuppressedFinding[] = [];
    /** Rule ids each directive suppressed something of ('' for a directive naming no rule). */
    const used = new Map<Directive, Set<string>>();
    if (!suppressions.isEmpty) {
      kept = [];
      for (const f of findings) {
        const by = f.ruleId === INTERNAL_ERROR ? undefined : suppressions.suppressor(f.ruleId, f.range.start.line);
        if (!by) {
          kept.push(f);
          continue;
        }
        suppressed.push({ ...f, ...(by.reason ? { justification: by.reason } : {}) });
        let ids = used.get(by);
        if (!ids) used.set(by, (ids = new Set()));
        ids.add(by.rules.length ? f.ruleId : '');
      }
    }
    // Audit the directives: a rule id that does not exist suppresses nothing, silently.
    const ruleFindings = findings.length;
    for (const d of directives) {
      if (!d.span) continue;
      const unknown = d.rules.filter((r) => !KNOWN_IDS.has(r));
      for (const r of unknown) {
        const near = closest(r, RULE_ID_LIST);
        const hint = distance(r, near) <= Math.max(2, Math.floor(r.length / 3)) ? ` Did you mean \`${near}\`?` : '';
        push(DIRECTIVE_UNKNOWN_RULE, 'warning', d.span, `\`${r}\` is not a rule of CPT Dossier, so this cpt-dossier-${d.action} comment does not suppress it.${hint} A reason goes after \` -- \`.`);
      }
      if (!reportUnused || d.action === 'enable') continue;
      const ids = used.get(d);
      const unusedIds = d.rules.length ? d.rules.filter((r) => KNOWN_IDS.has(r) && !ids?.has(r)) : ids ? [] : [''];
      for (const r of unusedIds) {
        push(DIRECTIVE_UNUSED, 'error', d.span, r ? `Unused cpt-dossier-${d.action} directive: no ${r} finding was suppressed by it. Remove \`${r}\` from it.` : `Unused cpt-dossier-${d.action} directive: no finding was suppressed by it. Remove it.`);
      }
    }
    // (One at a time: push(...list) overflows the stack with 200,000 directive findings.)
    if (kept !== findings) for (let i = ruleFindings; i < findings.length; i++) kept.push(findings[i]);
    return { findings: dedupe(kept.sort(compareFindings)), suppressed: dedupe(suppressed.sort(compareFindings)) };
  }
}

const RULE_ID_LIST: string[] = RULES.map((r) => r.meta.id);
const KNOWN_IDS = new Set<string>([...RULE_ID_LIST, INTERNAL_ERROR]);

/**
 * The same finding twice (e.g. every item of a list reached through one alias) says nothing more.
 * Sorted by `compareFindings`, equal findings sit in one run of equal start and rule id: each is
 * compared with the run's findings kept so far (no key string built per finding). A long run (a
 * comment naming 100,000 unknown rule ids: one finding each, on one span) is looked up by key
 * instead, so that it costs no more than its length.
 */
function dedupe<T extends Finding>(sorted: T[]): T[] {
  const kept: T[] = [];
  let runStart = 0; // index in `kept` of the first finding of the current run
  let keys: Set<string> | undefined; // the run's keys, once it is long
  for (const f of sorted) {
    const first = kept[runStart];
    if (!first || compareFindings(first, f) !== 0) {
      runStart = kept.length;
      keys = undefined;
    }
    if (!keys && kept.length - runStart >= LONG_RUN) keys = new Set(kept.slice(runStart).map(findingKey));
    let duplicate = false;
    if (keys) {
      const key = findingKey(f);
      duplicate = keys.has(key);
      if (!duplicate) keys.add(key);
    } else for (let i = runStart; i < kept.length && !duplicate; i++) duplicate = sameFinding(kept[i], f);
    if (!duplicate) kept.push(f);
  }
  return kept;
}

/** Findings in one run of `dedupe` beyond which they are compared by key. */
const LONG_RUN = 16;

/** What `sameFinding` compares, beyond the start and rule id a run shares. */
function findingKey(f: Finding): string {
  return `${f.severity} ${f.range.end.line}:${f.range.end.column} ${f.message}`;
}

/** The body's unreadable blocks, for a dossier whose body will be read (else none: no scan). */
function unreadableBlocks(text: string, fileName: string | undefined, maxLength: number, previous: UnreadableMemo | undefined): { found: UnreadableBlock[]; memo: UnreadableMemo } | undefined {
  if (text.length > maxLength) return undefined;
  const fm = splitFrontmatter(text);
  if (fm.kind === 'unclosed') return undefined;
  const name = fileName ?? 'untitled.dossier.md';
  if (!isDossierName(name) && !(fm.kind === 'closed' && /^cpt_dossier[ \t]*:/m.test(text.slice(fm.yamlStart, fm.yamlEnd)))) return undefined;
  return scanUnreadable(text, fm.bodyStart, undefined, previous);
}

/** Characters written out in messages; the inline-code placeholder of a quoted sentence (made of U+2060) is left as it reads. */
const WRITTEN_OUT = new RegExp(`${CODE_PLACEHOLDER}|${SHOWS_AS_NOTHING.source}`, 'g');

/**
 * A message with each invisible character written out (`<U+200B>`): a key or value that quotes
 * one pasted into a word read "Unknown key `classification`. Did you mean `classification`?".
 */
function visibleFormatCharacters(message: string): string {
  SHOWS_AS_NOTHING.lastIndex = 0;
  if (!SHOWS_AS_NOTHING.test(message)) return message;
  return message.replace(WRITTEN_OUT, (c) => (c.length > 1 ? c : `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`));
}

function runSafely(rule: Rule, ctx: RuleContext, fail: (message: string) => void): void {
  try {
    rule.check(ctx);
  } catch (e) {
    fail(`Rule ${rule.meta.id} failed on this file and was skipped: ${describeThrown(e)}. Please report it.`);
  }
}

/** Words for whatever was thrown; never throws itself (a thrown object's toString may). */
function describeThrown(e: unknown): string {
  try {
    if (e instanceof Error) return String(e.message);
  } catch {
    // a message getter that throws: fall through
  }
  try {
    return String(e);
  } catch {
    return 'a value that cannot be printed';
  }
}

function collectDirectives(dossier: Dossier): Directive[] {
  const directives: Directive[] = [];
  for (const c of dossier.comments) {
    // Only a comment that names cpt-dossier can be a directive: the others cost no line lookup.
    if (!c.text.includes('cpt-dossier-')) continue;
    const startLine = dossier.lines.positionAt(c.start).line;
    const endLine = dossier.lines.positionAt(c.end).line;
    const d = parseDirective(c.text, startLine);
    if (d) directives.push({ ...d, ...(d.action === 'disable-next-line' ? { line: endLine } : {}), span: { start: c.start, end: c.end } });
  }
  for (const c of dossier.facts?.comments ?? []) {
    const line = dossier.lines.positionAt(c.offset).line;
    const d = parseDirective(c.text, line);
    if (d) directives.push({ ...d, span: { start: c.offset, end: Math.max(c.offset, dossier.lines.lineEnd(line)) } });
  }
  return directives;
}

/** Same rule, severity, range and message (what `dedupe` counts as the same finding). */
function sameFinding(a: Finding, b: Finding): boolean {
  const x = a.range;
  const y = b.range;
  return (
    a.ruleId === b.ruleId &&
    a.severity === b.severity &&
    x.start.line === y.start.line &&
    x.start.column === y.start.column &&
    x.end.line === y.end.line &&
    x.end.column === y.end.column &&
    a.message === b.message
  );
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Lints one text without keeping a cache. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  return new DossierLinter(false).lint(text, options);
}
