// Status bar item for the active dossier: its class and error count; click to assess.
import * as vscode from 'vscode';
import { classificationSummary, CMD_ASSESS } from './lens';
import type { DossierStore } from './store';

export class DossierStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cptDossier.status', vscode.StatusBarAlignment.Left, 50);
  private visible = false;

  constructor(private readonly store: DossierStore) {
    this.item.name = 'CPT Dossier';
  }

  /** What the item shows now (for tests and other extensions); undefined when hidden. */
  get shown(): { text: string; tooltip: string } | undefined {
    if (!this.visible) return undefined;
    const t = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof t === 'string' ? t : (t?.value ?? '') };
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
      this.visible = false;
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
    this.visible = true;
  }
}
