// Status bar item for the active dossier: its class and error count; click to assess.
import * as vscode from 'vscode';
import { classificationSummary, CMD_ASSESS } from './lens';
import type { DossierStore } from './store';

export class DossierStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cptDossier.status', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly store: DossierStore) {
    this.item.name = 'CPT Dossier';
  }

  dispose(): void {
    this.item.dispose();
  }

  async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const r = editor ? await this.store.get(editor.document) : undefined;
    const isDossier = !!r?.dossier.isDossier && vscode.window.activeTextEditor === editor;
    void vscode.commands.executeCommand('setContext', 'cptDossier.activeIsDossier', isDossier);
    if (!editor || !r || !isDossier) {
      this.item.hide();
      return;
    }
    const s = classificationSummary(r);
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    this.item.text = `$(law) ${s.label} · ${errors === 0 ? 'no errors' : `${errors} error${errors === 1 ? '' : 's'}`}`;
    this.item.tooltip = new vscode.MarkdownString(`**CPT Dossier** — ${s.title}\n\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. Click to assess the dossier.`);
    this.item.command = { title: 'Assess dossier', command: CMD_ASSESS, arguments: [editor.document.uri] };
    this.item.show();
  }
}
