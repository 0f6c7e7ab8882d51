// "CPT Dossier: Assess dossier": a webview beside the editor that renders the engine's Assessment
// (src/core/report/html.ts), follows the dossier as it changes, reveals lines and exports.
import * as vscode from 'vscode';
import type { Assessment } from '../core/assess';
import { engine } from './platform';
import { fileNameOf, type DossierStore } from './store';
import { log } from './log';

export const VIEW_TYPE = 'cptDossier.assessment';
const UPDATE_MS = 300;
const WEBVIEW_OPTIONS: vscode.WebviewOptions & vscode.WebviewPanelOptions = { enableScripts: true, enableFindWidget: true, localResourceRoots: [], enableCommandUris: false };

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

interface Open {
  panel: vscode.WebviewPanel;
  uri: vscode.Uri;
  assessment?: Assessment;
  timer?: ReturnType<typeof setTimeout>;
  stale: boolean;
}

export class AssessPanels implements vscode.Disposable {
  private readonly open = new Map<string, Open>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: DossierStore) {
    this.subscriptions.push(store.onDidUpdate((uri) => this.scheduleUpdate(uri)));
  }

  dispose(): void {
    for (const o of this.open.values()) o.panel.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }

  /**
   * The assessment of a document, as the command returns it: built from the store's result (the
   * one the Problems panel shows; linted now only when the store has none for this text).
   */
  async assess(doc: vscode.TextDocument): Promise<Assessment> {
    const result = await this.store.get(doc);
    if (result) return engine().buildAssessment(result, { today: result.today, config: result.config });
    // Checking is turned off for this file: the user asked for this one assessment, so lint it once.
    const config = await this.store.configs.forDocument(doc);
    return engine().assessText(doc.getText(), { fileName: fileNameOf(doc.uri), today: this.store.today(doc.uri), config });
  }

  /** The assessment of the store's result for the document's current text, if there is one. */
  private assessCurrent(doc: vscode.TextDocument): Assessment | undefined {
    const result = this.store.current(doc);
    return result ? engine().buildAssessment(result, { today: result.today, config: result.config }) : undefined;
  }

  /** Opens (or reveals) the panel for a document and returns the assessment shown. */
  async show(doc: vscode.TextDocument, column?: vscode.ViewColumn): Promise<Assessment> {
    const key = doc.uri.toString();
    let o = this.open.get(key);
    const assessment = await this.assess(doc);
    if (!o) {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, `Assess: ${engine().baseName(doc.uri.path)}`, { viewColumn: column ?? vscode.ViewColumn.Beside, preserveFocus: true }, WEBVIEW_OPTIONS);
      o = this.adopt(panel, doc.uri);
      o.assessment = assessment;
      this.render(o, true);
    } else {
      o.assessment = assessment;
      this.render(o, false);
      o.panel.reveal(undefined, true);
    }
    return assessment;
  }

  /** Wires a panel (new, or restored after a reload) to the dossier at `uri`. */
  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): Open {
    const key = uri.toString();
    const created: Open = { panel, uri, stale: false };
    this.open.get(key)?.panel.dispose();
    this.open.set(key, created);
    panel.onDidDispose(() => {
      if (created.timer) clearTimeout(created.timer);
      if (this.open.get(key) === created) this.open.delete(key);
    });
    panel.onDidChangeViewState(() => {
      if (panel.visible && created.stale && created.assessment) this.render(created, true);
    });
    panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(created, m).catch((e: unknown) => log.error('Assessment panel message failed', e)));
    return created;
  }

  /**
   * Brings back a panel VS Code restored after a window reload: the dossier it showed is the URI
   * the webview kept in its state. A dossier that is gone closes the panel.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const raw = typeof state === 'object' && state !== null ? (state as { uri?: unknown }).uri : undefined;
    let doc: vscode.TextDocument | undefined;
    try {
      doc = typeof raw === 'string' ? await vscode.workspace.openTextDocument(vscode.Uri.parse(raw, true)) : undefined;
    } catch (e) {
      log.warn(`The assessed dossier ${String(raw)} could not be opened again: ${String(e)}`);
    }
    if (!doc || !(await this.store.isDossier(doc))) {
      panel.dispose();
      return;
    }
    panel.webview.options = WEBVIEW_OPTIONS;
    const o = this.adopt(panel, doc.uri);
    o.assessment = await this.assess(doc);
    this.render(o, true);
  }

  private render(o: Open, full: boolean): void {
    if (!o.assessment) return;
    const webview = o.panel.webview;
    if (full) {
      webview.html = engine().renderAssessmentHtml(o.assessment, { nonce: nonce(), cspSource: webview.cspSource, interactive: true, state: { uri: o.uri.toString() } });
      o.stale = false;
    } else if (o.panel.visible) {
      void webview.postMessage({ type: 'update', html: engine().renderAssessmentBody(o.assessment, { interactive: true }) });
      o.stale = false;
    } else o.stale = true; // re-rendered in full when shown again
  }

  private scheduleUpdate(uri: vscode.Uri): void {
    const o = this.open.get(uri.toString());
    if (!o) return;
    if (o.timer) clearTimeout(o.timer);
    o.timer = setTimeout(() => {
      o.timer = undefined;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === o.uri.toString());
      if (!doc) return;
      // The lint that fired this update is the store's current result: never lint again for the panel.
      try {
        const a = this.assessCurrent(doc);
        if (!a) return;
        o.assessment = a;
        this.render(o, false);
      } catch (e) {
        log.error('Updating the assessment failed', e);
      }
    }, UPDATE_MS);
  }

  private async onMessage(o: Open, m: unknown): Promise<void> {
    if (typeof m !== 'object' || m === null) return;
    const msg = m as { type?: unknown; line?: unknown; column?: unknown; ruleId?: unknown; format?: unknown };
    if (msg.type === 'reveal') {
      const line = Math.max(0, Math.floor(Number(msg.line) || 1) - 1);
      const column = Math.max(0, Math.floor(Number(msg.column) || 1) - 1);
      const doc = await vscode.workspace.openTextDocument(o.uri);
      const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === o.uri.toString());
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
      const pos = doc.validatePosition(new vscode.Position(line, column));
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (msg.type === 'docs' && typeof msg.ruleId === 'string') {
      await vscode.commands.executeCommand('cptDossier.openRuleDocs', msg.ruleId);
    } else if (msg.type === 'export' && (msg.format === 'markdown' || msg.format === 'html')) {
      await vscode.commands.executeCommand('cptDossier.exportAssessment', o.uri, msg.format);
    }
  }

  /**
   * Writes the assessment of `doc` as Markdown or HTML. Without `target` the user picks the file;
   * nothing is written when they cancel. Returns the file written.
   */
  async export(doc: vscode.TextDocument, format: 'markdown' | 'html', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const a = await this.assess(doc);
    let where = target;
    if (!where) {
      const stem = engine().baseName(doc.uri.path).replace(/\.md$/i, '').replace(/\.dossier$/i, '') || 'dossier';
      const ext = format === 'html' ? 'html' : 'md';
      const folder = doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
      where = await vscode.window.showSaveDialog({
        title: 'Export the dossier assessment',
        saveLabel: 'Export',
        filters: format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `${stem}.assessment.${ext}`) } : {}),
      });
      if (!where) return undefined;
    }
    const content = format === 'html' ? engine().renderAssessmentHtml(a, { interactive: false }) : engine().renderAssessmentMarkdown(a);
    await vscode.workspace.fs.writeFile(where, new TextEncoder().encode(content));
    log.info(`Exported the assessment of ${doc.uri.toString(true)} to ${where.toString(true)}`);
    if (!target) void vscode.window.showInformationMessage(`Assessment exported to ${engine().baseName(where.path)}.`);
    return where;
  }
}
