// One DossierLinter per open document (so an edit re-parses only the chunks that changed), the
// latest lint result per document, and the Problems panel entries they produce.
import * as vscode from 'vscode';
import { DossierLinter, INTERNAL_ERROR, type LintResult } from '../core/engine';
import { defaultConfig, type ResolvedConfig } from '../core/config';
import { todayIso } from '../core/dates';
import type { Finding } from '../core/types';
import { ConfigResolver, settingsFor } from './config';
import { log } from './log';

export const SOURCE = 'cpt-dossier';
const DEBOUNCE_MS = 250;

export interface DocResult extends LintResult {
  version: number;
  uri: vscode.Uri;
  today: string;
  config: ResolvedConfig;
}

interface Entry {
  /** The document linted: an untitled URI is reused by the next new buffer, at version 1 again. */
  doc: vscode.TextDocument;
  linter: DossierLinter;
  timer?: ReturnType<typeof setTimeout>;
  /** Version of the text whose result was last published (results of older versions are dropped). */
  published: number;
  result?: DocResult;
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

  constructor(
    private readonly extensionUri: vscode.Uri,
    readonly configs: ConfigResolver,
  ) {}

  dispose(): void {
    for (const e of this.entries.values()) if (e.timer) clearTimeout(e.timer);
    this.entries.clear();
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
    if (!e || e.doc !== doc) {
      if (e?.timer) clearTimeout(e.timer);
      const linter = new DossierLinter(true);
      linter.onInternalError = (m) => log.error(`${doc.uri.toString(true)}: ${m}`);
      e = { doc, linter, published: -1 };
      this.entries.set(key, e);
    }
    return e;
  }

  /** The result for the document's current text, if it was linted at this version. */
  current(doc: vscode.TextDocument): DocResult | undefined {
    const e = this.entries.get(doc.uri.toString());
    return e?.doc === doc && e.result && e.result.version === doc.version ? e.result : undefined;
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
    const e = this.entry(doc);
    // From here on everything is synchronous: the text and the version belong together.
    const version = doc.version;
    if (version < e.published) return e.result;
    if (e.result && e.result.version === version && e.result.config === config) return e.result;
    const today = this.today(doc.uri);
    let lint: LintResult;
    try {
      lint = e.linter.lint(doc.getText(), { fileName: fileNameOf(doc.uri), today, config });
    } catch (err) {
      log.error(`Linting ${doc.uri.toString(true)} failed`, err);
      return undefined;
    }
    const result: DocResult = { ...lint, version, uri: doc.uri, today, config };
    e.result = result;
    e.published = version;
    this.diagnostics.set(doc.uri, lint.dossier.isDossier ? lint.findings.map((f) => this.toDiagnostic(f)) : []);
    this.emitter.fire(doc.uri);
    return result;
  }

  /** Publishes findings of a file that is not open (workspace lint). */
  publish(uri: vscode.Uri, findings: readonly Finding[]): void {
    this.diagnostics.set(uri, findings.map((f) => this.toDiagnostic(f)));
  }

  /** Forgets a document (closed): its problems disappear. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const e = this.entries.get(key);
    if (e?.timer) clearTimeout(e.timer);
    this.entries.delete(key);
    this.diagnostics.delete(uri);
    this.emitter.fire(uri);
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
    d.code = f.ruleId === INTERNAL_ERROR ? f.ruleId : { value: f.ruleId, target: this.docsUri(f.ruleId) };
    return d;
  }
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
