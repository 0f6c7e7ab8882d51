// The latest lint result per open document, and the Problems panel entries they produce.
// Lints run on a worker thread (lintClient.ts), which keeps one incremental DossierLinter per
// document (an edit re-parses only the chunks that changed), so however slow a lint is, the
// extension host's thread never waits for it: a lint past the time limit is stopped and the
// document gets frontmatter-only checks with a size-limit note. Where there are no worker threads
// (a web extension host) the linter runs here, as before.
import * as vscode from 'vscode';
import type { DossierLinter, LintResult } from '../core/engine';
import { defaultConfig, type ResolvedConfig } from '../core/config';
import { todayIso } from '../core/dates';
import { LineIndex, stripBom } from '../core/text';
import { splitFrontmatter } from '../core/parse/frontmatter';
import type { Finding } from '../core/types';
import { ConfigResolver, ignoredUri, SECTION, settingsFor } from './config';
import { engine } from './platform';
import type { LintWorkerClient, LintReply } from './lintClient';
import type { LintJobOptions } from './lintWorker';
import { log } from './log';
import { readWorkspaceFile } from './readFile';
import { dossierReadLimit } from '../core/readLimits';

export const SOURCE = 'cpt-dossier';
const DEBOUNCE_MS = 250;
/** Default of `cptDossier.lintTimeLimit` (seconds): a lint that runs longer is stopped. */
export const DEFAULT_TIME_LIMIT_S = 5;
const SIZE_LIMIT = 'size-limit';
/** The least time the frontmatter-only fallback gets, whatever the whole lint's limit. */
const FRONTMATTER_ONLY_FLOOR_MS = 10_000;

export interface DocResult extends LintResult {
  version: number;
  uri: vscode.Uri;
  today: string;
  config: ResolvedConfig;
}

interface Entry {
  /** The linter used when there is no worker thread. */
  linter?: DossierLinter;
  /** The document linted: an untitled URI is reused by the next new buffer, at version 1 again. */
  doc?: vscode.TextDocument;
  timer?: ReturnType<typeof setTimeout>;
  /** Version of the text whose result was last published (results of older versions are dropped). */
  published: number;
  result?: DocResult;
  /** Set when linting the whole file ran past the time limit (or out of memory): from then on only
   * its frontmatter is checked, until it is reopened or the limit is raised. */
  cut?: { why: 'timeout' | 'memory'; limitMs: number };
  /** Lints run for this document (worker and host); the Assess panel must add none. */
  lints: number;
  /** The worker lint of a version under way: a second request for it waits for the same one. */
  running?: { version: number; config: ResolvedConfig; result: Promise<DocResult | undefined> };
}

/** What a lint of one version used and gave. */
interface Outcome {
  version: number;
  today: string;
  config: ResolvedConfig;
  lint: LintResult;
}

/** Markdown documents we look at: files, untitled buffers, virtual file systems; not diff views or output. */
export function isCandidate(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && !['git', 'output', 'vscode-scm', 'comment', 'vscode-chat-code-block', 'walkThroughSnippet'].includes(doc.uri.scheme);
}

/** The name the engine sees: decides `*.dossier.md` and appears in reports. */
export function fileNameOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

export class DossierStore implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's result changed (lint ran, or it was cleared). */
  readonly onDidUpdate = this.emitter.event;
  private readonly worker: LintWorkerClient | undefined;
  private onceKey = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    readonly configs: ConfigResolver,
    /** The lint thread's client (platform.ts), or undefined: lint on this thread. */
    worker: LintWorkerClient | undefined,
  ) {
    this.worker = worker;
    if (this.worker) this.worker.onLog = (m) => log.warn(m);
    else log.info('No worker threads here: dossiers are linted on the extension host thread.');
  }

  /** Whether lints run on the worker thread (else on this one). */
  get offThread(): boolean {
    return !!this.worker?.usable;
  }

  dispose(): void {
    for (const e of this.entries.values()) if (e.timer) clearTimeout(e.timer);
    this.entries.clear();
    this.worker?.dispose();
    this.diagnostics.dispose();
    this.emitter.dispose();
  }

  enabled(doc?: vscode.TextDocument): boolean {
    return settingsFor(doc?.uri).enable;
  }

  today(scope?: vscode.Uri): string {
    return settingsFor(scope).today ?? todayIso();
  }

  /** The docs page bundled with the extension for a rule. */
  docsUri(ruleId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  }

  private entry(doc: vscode.TextDocument): Entry {
    const key = doc.uri.toString();
    let e = this.entries.get(key);
    if (!e || (e.doc !== undefined && e.doc !== doc)) {
      // A new untitled buffer may reuse the URI of a closed one, at version 1 again: start afresh.
      if (e?.timer) clearTimeout(e.timer);
      if (e) this.worker?.forget(key);
      e = { doc, published: -1, lints: 0 };
      this.entries.set(key, e);
    }
    return e;
  }

  /** `cptDossier.lintTimeLimit` in milliseconds. */
  private timeLimitMs(uri: vscode.Uri): number {
    const s = vscode.workspace.getConfiguration(SECTION, uri).get<number>('lintTimeLimit', DEFAULT_TIME_LIMIT_S);
    return (typeof s === 'number' && Number.isFinite(s) && s > 0 ? s : DEFAULT_TIME_LIMIT_S) * 1000;
  }

  /** The result for the document's current text, if it was linted at this version. */
  current(doc: vscode.TextDocument): DocResult | undefined {
    const e = this.entries.get(doc.uri.toString());
    return e?.doc === doc && e.result && e.result.version === doc.version ? e.result : undefined;
  }

  /** How many lints ran for an open document since it was opened (undefined: never linted). */
  lintCount(uri: vscode.Uri): number | undefined {
    return this.entries.get(uri.toString())?.lints;
  }

  /** The latest result, linting now when the stored one is missing or older than the text. */
  async get(doc: vscode.TextDocument): Promise<DocResult | undefined> {
    if (!isCandidate(doc) || !this.enabled(doc)) return undefined;
    const current = this.current(doc);
    if (current) return current;
    // With cptDossier.run = onSave, features keep the last result until the next save.
    const last = this.entries.get(doc.uri.toString())?.result;
    if (last && settingsFor(doc.uri).run === 'onSave') return last;
    return this.lint(doc);
  }

  /**
   * A result without waiting for a lint under way when there is one of a dossier, even of an older
   * version: for completion and hover, which read only whether the file is a dossier and what its
   * frontmatter declares (a slow lint of a big file must not hold up a completion list).
   */
  async recent(doc: vscode.TextDocument): Promise<DocResult | undefined> {
    if (!isCandidate(doc) || !this.enabled(doc)) return undefined;
    const last = this.entries.get(doc.uri.toString())?.result;
    return last?.dossier.isDossier ? last : this.get(doc);
  }

  /** Whether the document is a dossier (by name or by `cpt_dossier` in its frontmatter). */
  async isDossier(doc: vscode.TextDocument): Promise<boolean> {
    return !!(await this.get(doc))?.dossier.isDossier;
  }

  /** Lints after a pause in typing; a newer edit restarts the pause. */
  schedule(doc: vscode.TextDocument): void {
    if (!isCandidate(doc)) return;
    const e = this.entry(doc);
    if (e.timer) clearTimeout(e.timer);
    e.timer = setTimeout(() => {
      e.timer = undefined;
      void this.lint(doc);
    }, DEBOUNCE_MS);
  }

  /** Lints now and publishes the result, unless a newer version was published meanwhile. */
  async lint(doc: vscode.TextDocument): Promise<DocResult | undefined> {
    if (!isCandidate(doc) || doc.isClosed) return undefined;
    if (!this.enabled(doc)) {
      this.clear(doc.uri);
      return undefined;
    }
    let config: ResolvedConfig;
    try {
      config = await this.configs.forDocument(doc);
    } catch (e) {
      log.error('Configuration failed', e);
      config = defaultConfig();
    }
    if (doc.isClosed) return undefined;
    // A file the workspace configuration ignores gets no problems, as in CI.
    if (ignoredUri(config, doc.uri)) {
      // Cleared once: clearing fires an update, and listeners ask again (no loop).
      if (this.diagnostics.has(doc.uri) || this.entries.get(doc.uri.toString())?.result) this.clear(doc.uri);
      return undefined;
    }
    const key = doc.uri.toString();
    const e = this.entry(doc);
    // The text and the version belong together: both are read in one synchronous step.
    const version = doc.version;
    if (version < e.published) return e.result;
    if (e.result && e.result.version === version && e.result.config === config) return e.result;
    const today = this.today(doc.uri);
    const options: LintJobOptions = { fileName: fileNameOf(doc.uri), today, config };
    if (this.worker?.usable) {
      if (e.running && e.running.version === version && e.running.config === config) return e.running.result;
      const result = this.lintOnWorker(doc, e, key, version, options);
      const running = { version, config, result };
      e.running = running;
      return result.finally(() => {
        if (e.running === running) e.running = undefined;
      });
    }
    let outcome: Outcome;
    try {
      outcome = { version, today, config, lint: this.lintHere(e, doc, options) };
    } catch (err) {
      log.error(`Linting ${doc.uri.toString(true)} failed`, err);
      return undefined;
    }
    return this.publishResult(doc, e, outcome);
  }

  private async lintOnWorker(doc: vscode.TextDocument, e: Entry, key: string, version: number, options: LintJobOptions): Promise<DocResult | undefined> {
    const off = await this.lintOffThread(e, key, doc.getText(), version, options, this.timeLimitMs(doc.uri));
    // Meanwhile the document may have been closed, disabled, or linted at a newer version.
    if (this.entries.get(key) !== e || !this.enabled(doc)) return undefined;
    if (off !== 'failed') return off.version < e.published ? e.result : this.publishResult(doc, e, off);
    if (this.worker?.usable) return e.result; // the engine threw (logged); a later edit tries again
    // No worker any more: lint here from now on.
    try {
      return this.publishResult(doc, e, { version: doc.version, today: options.today, config: options.config, lint: this.lintHere(e, doc, options) });
    } catch (err) {
      log.error(`Linting ${doc.uri.toString(true)} failed`, err);
      return undefined;
    }
  }

  private publishResult(doc: vscode.TextDocument, e: Entry, outcome: Outcome): DocResult {
    const { lint } = outcome;
    const result: DocResult = { ...lint, version: outcome.version, uri: doc.uri, today: outcome.today, config: outcome.config };
    e.result = result;
    e.published = outcome.version;
    this.diagnostics.set(doc.uri, lint.dossier.isDossier ? lint.findings.map((f) => this.toDiagnostic(f)) : []);
    this.emitter.fire(doc.uri);
    // The frontmatter-only check that follows a stopped one replaces newer versions waiting for
    // the worker: check the newest text too.
    if (e.cut && outcome.version < doc.version && settingsFor(doc.uri).run === 'onType') this.schedule(doc);
    return result;
  }

  /** Lints on this thread (no worker threads here, or the worker failed). */
  private lintHere(e: Entry, doc: vscode.TextDocument, options: LintJobOptions): LintResult {
    if (!e.linter) {
      e.linter = new (engine().DossierLinter)(true);
      e.linter.onInternalError = (m) => log.error(`${doc.uri.toString(true)}: ${m}`);
    }
    e.lints++;
    return e.linter.lint(doc.getText(), options);
  }

  /**
   * Lints on the worker. A whole-file lint that runs past the limit (or out of memory) is stopped;
   * the file then gets frontmatter-only checks with a size-limit note saying why. `failed` when the
   * worker could not lint it (the engine threw, the worker crashed, the document was closed).
   */
  private async lintOffThread(e: Entry, key: string, text: string, version: number, options: LintJobOptions, limitMs: number): Promise<Outcome | 'failed'> {
    const worker = this.worker!;
    if (e.cut && limitMs > e.cut.limitMs) e.cut = undefined; // the limit was raised: try again
    const job = { key, text, options, timeLimitMs: limitMs, tag: version };
    if (!e.cut) e.lints++;
    let reply: LintReply<number> = e.cut ? { kind: 'timeout', job } : await worker.lint(job);
    if (reply.kind === 'done') return this.outcome(reply);
    if (reply.kind === 'failed') {
      if (this.entries.get(key) === e) log.warn(`Linting ${key} on the worker failed (${reply.message}).`);
      return 'failed';
    }
    if (this.entries.get(key) !== e && !key.startsWith('once:')) return 'failed'; // closed meanwhile
    if (!e.cut) {
      e.cut = { why: reply.kind, limitMs };
      log.warn(`Linting ${key} ${reply.kind === 'timeout' ? `took longer than ${limitMs / 1000} s` : 'ran out of memory'}: it was stopped; only the frontmatter is checked until the file is reopened.`);
    }
    const cut = e.cut;
    e.lints++;
    // The fallback reads only the frontmatter (work bounded by the text's length, not its prose):
    // it keeps a floor of its own so a busy machine does not cut it too and leave only the note.
    reply = await worker.lint({ ...reply.job, frontmatterOnly: true, timeLimitMs: Math.max(limitMs, FRONTMATTER_ONLY_FLOOR_MS) });
    if (reply.kind === 'failed') return 'failed';
    const note = cutMessage(cut.why, cut.limitMs, reply.job.text.length);
    if (reply.kind === 'done') {
      const out = this.outcome(reply);
      out.lint.findings = out.lint.findings.map((f) => (f.ruleId === SIZE_LIMIT ? { ...f, message: note } : f));
      return out;
    }
    // Even the frontmatter alone ran past the limit: the note is all there is.
    return { version: reply.job.tag, today: reply.job.options.today, config: reply.job.options.config, lint: noteOnly(reply.job.text, reply.job.options, note) };
  }

  private outcome(reply: Extract<LintReply<number>, { kind: 'done' }>): Outcome {
    for (const m of reply.internalErrors) log.error(`${reply.job.key}: ${m}`);
    return { version: reply.job.tag, today: reply.job.options.today, config: reply.job.options.config, lint: reply.result };
  }

  /**
   * Lints a text that is not an open document (workspace lint) on the worker when there is one,
   * so a huge file does not block the thread either; past the time limit its frontmatter only.
   */
  async lintText(uri: vscode.Uri, text: string, options: LintJobOptions): Promise<LintResult> {
    if (!this.worker?.usable) return new (engine().DossierLinter)(false).lint(text, options);
    const key = `once:${this.onceKey++}:${uri.toString()}`;
    const e: Entry = { published: -1, lints: 0 };
    try {
      const out = await this.lintOffThread(e, key, text, 0, options, this.timeLimitMs(uri));
      if (out !== 'failed') return out.lint;
      if (this.worker.usable) throw new Error('the lint worker could not lint it');
      return new (engine().DossierLinter)(false).lint(text, options);
    } finally {
      this.worker.forget(key);
    }
  }

  /** Publishes findings of a file that is not open (workspace lint). */
  publish(uri: vscode.Uri, findings: readonly Finding[]): void {
    this.diagnostics.set(uri, findings.map((f) => this.toDiagnostic(f)));
  }

  /**
   * Forgets a document (closed): its problems disappear, unless "Lint all dossiers in workspace"
   * reported on the file: then they stay, as the file on disk has them.
   */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const e = this.entries.get(key);
    if (e?.timer) clearTimeout(e.timer);
    this.entries.delete(key);
    this.worker?.forget(key);
    if (this.kept.has(key)) {
      // The editor's version may have been left unsaved: the file on disk is what stays.
      void this.lintFromDisk(uri, true).catch((err: unknown) => log.error(`Linting ${uri.toString(true)} failed`, err));
    } else this.diagnostics.delete(uri);
    this.emitter.fire(uri);
  }

  /** Files whose problems came from "Lint all dossiers in workspace": kept until cleared. */
  private readonly kept = new Map<string, vscode.Uri>();

  keep(uri: vscode.Uri): void {
    this.kept.set(uri.toString(), uri);
  }

  isKept(uri: vscode.Uri): boolean {
    return this.kept.has(uri.toString());
  }

  /** Stops keeping a file's workspace results; problems stay only where the file is open. */
  unkeep(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.kept.delete(key)) return;
    // A document without a tab (VS Code keeps closed ones around for a while) counts as closed.
    const inTab = vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
    if (!inTab) this.forget(uri);
  }

  /** Clears the results of workspace lint (open documents keep theirs). */
  clearKept(): number {
    const uris = [...this.kept.values()];
    for (const uri of uris) this.unkeep(uri);
    return uris.length;
  }

  /** Lints the file on disk (not an open editor's text) and publishes its problems. */
  async lintFromDisk(uri: vscode.Uri, onlyIfKept = false): Promise<LintResult | undefined> {
    const config = await this.configs.forUri(uri);
    if (ignoredUri(config, uri)) {
      this.diagnostics.delete(uri);
      return undefined;
    }
    // Bounded: a device or pipe named *.md is refused, a huge file read only in part.
    const { bytes, truncated, fileBytes } = await readWorkspaceFile(uri, dossierReadLimit(config.maxBytes), 'a dossier', true);
    const text = new TextDecoder('utf-8').decode(bytes);
    const cut = truncated ? { truncated: { readBytes: bytes.length, ...(fileBytes !== undefined ? { fileBytes } : {}) } } : {};
    const r = await this.lintText(uri, text, { fileName: fileNameOf(uri), today: this.today(uri), config, ...cut });
    if (this.entries.has(uri.toString())) return r; // opened meanwhile: the editor's text wins
    if (onlyIfKept && !this.kept.has(uri.toString())) return r; // cleared meanwhile
    if (r.dossier.isDossier) this.publish(uri, r.findings);
    else this.diagnostics.delete(uri);
    return r;
  }

  clear(uri: vscode.Uri): void {
    const e = this.entries.get(uri.toString());
    if (e) {
      if (e.timer) clearTimeout(e.timer);
      e.result = undefined;
      e.published = -1;
    }
    this.diagnostics.delete(uri);
    this.emitter.fire(uri);
  }

  clearAll(): void {
    for (const [key, e] of this.entries) {
      if (e.timer) clearTimeout(e.timer);
      e.result = undefined;
      e.published = -1;
      this.emitter.fire(vscode.Uri.parse(key));
    }
    this.diagnostics.clear();
  }

  /** The finding behind a diagnostic (for quick fixes that need its data). */
  findingFor(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
    const r = this.entries.get(doc.uri.toString())?.result;
    if (!r) return undefined;
    const id = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
    return r.findings.find(
      (f) =>
        f.ruleId === id &&
        f.range.start.line === diagnostic.range.start.line &&
        f.range.start.column === diagnostic.range.start.character &&
        f.range.end.line === diagnostic.range.end.line &&
        f.range.end.column === diagnostic.range.end.character,
    );
  }

  toDiagnostic(f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
    d.source = SOURCE;
    d.code = f.ruleId === engine().INTERNAL_ERROR ? f.ruleId : { value: f.ruleId, target: this.docsUri(f.ruleId) };
    return d;
  }
}

/** The size-limit note of a file whose whole lint was stopped. */
function cutMessage(why: 'timeout' | 'memory', limitMs: number, length: number): string {
  const what = why === 'timeout' ? `took longer than ${limitMs / 1000} s` : 'needed more memory than allowed';
  return `Checking all of this file (${Math.round(length / 1024)} KiB) ${what}, so it was stopped and only the frontmatter is checked; body rules such as classification-cue and payment-claim did not run. Simplify or split the file, or raise \`cptDossier.lintTimeLimit\`; it is checked in full again when reopened.`;
}

/** A result holding only the note (when even the frontmatter could not be checked in time). */
function noteOnly(sent: string, options: LintJobOptions, message: string): LintResult {
  const text = stripBom(sent);
  const lines = new LineIndex(text);
  const severity = options.config.severities[SIZE_LIMIT];
  const findings: Finding[] =
    severity === 'off' ? [] : [{ ruleId: SIZE_LIMIT, severity: severity ?? 'info', message: message.replace('only the frontmatter is checked', 'nothing could be checked (not even the frontmatter)'), range: lines.rangeOf(0, lines.lineEnd(0)) }];
  return {
    dossier: { fileName: options.fileName, text, lines, isDossier: true, frontmatter: splitFrontmatter(text), bodySkipped: true, headings: [], sections: [], cues: [], claims: [], prose: [], proseStarts: [], comments: [], parseErrors: [], unreadable: [] },
    findings,
  };
}

export function toRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.column, r.end.line, r.end.column);
}

export function toSeverity(s: Finding['severity']): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}
