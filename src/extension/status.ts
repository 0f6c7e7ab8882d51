// Status bar item for the active dossier: its class and error count; click to assess.
import * as vscode from 'vscode';
import { classificationSummary, CMD_ASSESS } from './lens';
import type { DossierStore } from './store';

export class DossierStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cptDossier.status', vscode.StatusBarAlignment.Left, 50);
  /** Updates run async (a lint may be awaited): only the latest one started may apply its view. */
  private generation = 0;
  private latest: Promise<void> = Promise.resolve();
  private shown: { activeIsDossier: boolean; text?: string; tooltip?: string } = { activeIsDossier: false };

  constructor(private readonly store: DossierStore) {
    this.item.name = 'CPT Dossier';
  }

  dispose(): void {
    this.item.dispose();
  }

  update(): Promise<void> {
    const p = this.apply(++this.generation);
    this.latest = p;
    return p;
  }

  /** What the status item and the `cptDossier.activeIsDossier` context show once updates settle. */
  async state(): Promise<{ activeIsDossier: boolean; text?: string; tooltip?: string }> {
    for (let p = this.latest; ; p = this.latest) {
      await p;
      if (p === this.latest) return { ...this.shown };
    }
  }

  private async apply(generation: number): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const r = editor ? await this.store.get(editor.document) : undefined;
    // A later update started while this one waited (another tab, a finished lint): it decides,
    // else closing another tab could hide the item of the dossier that is active again.
    if (generation !== this.generation) return;
    const isDossier = !!r?.dossier.isDossier && vscode.window.activeTextEditor === editor;
    void vscode.commands.executeCommand('setContext', 'cptDossier.activeIsDossier', isDossier);
    if (!editor || !r || !isDossier) {
      this.shown = { activeIsDossier: false };
      this.item.hide();
      return;
    }
    const s = classificationSummary(r);
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    // The prose's class only when it differs from the declared one (same aggregation as the lens).
    const prose = s.suggested && s.declared && s.suggested !== s.declared ? ` (prose: ${s.suggested})` : '';
    this.item.text = `$(law) ${s.label}${prose} · ${errors === 0 ? 'no errors' : `${errors} error${errors === 1 ? '' : 's'}`}`;
    const reason = s.reason ? `The prose: ${s.reason}.\n\n` : '';
    this.item.tooltip = new vscode.MarkdownString(`**CPT Dossier** — ${s.title}\n\n${reason}${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. Click to assess the dossier.`);
    this.item.command = { title: 'Assess dossier', command: CMD_ASSESS, arguments: [editor.document.uri] };
    this.item.show();
    this.shown = { activeIsDossier: true, text: this.item.text, tooltip: (this.item.tooltip as vscode.MarkdownString).value };
  }
}
