// Shared helpers of the in-VS-Code suite (bundled into each *.test.js; not a test file itself).
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'cpt-dossier.cpt-dossier';
export const TODAY = '2026-12-01';
export const SOURCE = 'cpt-dossier';

/** The fixture folder: the open workspace folder (a copy of it), else the source tree's copy. */
export function fixtureRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return folder.uri;
  // out/test/vscode/suite/*.js → <root>/test/vscode/fixtures/ws
  return vscode.Uri.file(path.resolve(__dirname, '../../../../test/vscode/fixtures/ws'));
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(fixtureRoot(), ...name.split('/'));
}

export const hasFolder = (): boolean => (vscode.workspace.workspaceFolders?.length ?? 0) > 0;

/** A place for files a test writes: in the workspace folder (the only disk a browser host has), else the temp folder. */
export function scratch(name: string): vscode.Uri {
  return hasFolder() ? fixture(name) : vscode.Uri.file(path.join(os.tmpdir(), `${name}-${process.pid}`));
}

/** The extension runs in the browser's web worker extension host (the web suite, test/vscode/web/). */
export function inWebWorkerHost(): boolean {
  return vscode.env.uiKind === vscode.UIKind.Web && vscode.extensions.getExtension(EXTENSION_ID)?.extensionKind === vscode.ExtensionKind.UI;
}

interface Api {
  lint(uri: vscode.Uri): Promise<{ isDossier: boolean; findings: number } | undefined>;
  /** What the status bar item shows for the active dossier (undefined when hidden). */
  status(): Promise<{ activeIsDossier: boolean; text?: string; tooltip?: string }>;
  lintCount(uri: vscode.Uri): number | undefined;
}

let api: Api | undefined;

/** Activates the extension and fixes "today" (user settings of the throwaway profile). */
export async function ready(): Promise<Api> {
  if (api) return api;
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const config = vscode.workspace.getConfiguration('cptDossier');
  if (config.get('today') !== TODAY) await config.update('today', TODAY, vscode.ConfigurationTarget.Global);
  api = await ext.activate();
  return api;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits (event-driven, no fixed sleep) until the diagnostics of `uri` satisfy `ok`. */
export function waitForDiagnostics(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, what = 'diagnostics', timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  const now = ours(uri);
  if (ok(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = ours(uri);
      if (ok(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what} on ${uri.toString(true)}; have: ${ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', ') || 'none'}`));
    }, timeoutMs);
  });
}

export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** An untitled Markdown buffer (a dossier by its `cpt_dossier` key), shown in an editor. */
export async function untitled(content: string): Promise<vscode.TextDocument> {
  // Right after an untitled buffer was closed, VS Code may hand back its name (Untitled-1) while
  // the extension host still holds the closed document's text: ask again until the text is ours.
  for (let attempt = 0; ; attempt++) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    if (doc.getText() === content || attempt >= 50) {
      await vscode.window.showTextDocument(doc, { preview: false });
      return doc;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Closes every editor without saving (untitled buffers and edited fixtures are discarded), and
 * clears the results of workspace lint, which would otherwise outlive the test that asked for them.
 */
export async function closeAll(): Promise<void> {
  // Dirty text tabs first, each shown and reverted: "close all editors" with a dirty untitled one open asks whether to
  // save, and that dialog waits until the hook times out (seen once in the web worker host, when the active group was
  // the emptied webview group and no tab was active).
  for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
    if (!tab.isDirty || !(tab.input instanceof vscode.TabInputText)) continue;
    await vscode.window.showTextDocument(tab.input.uri, { viewColumn: tab.group.viewColumn, preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  for (let i = 0; i < 30 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); i++) {
    const before = vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);
    const active = vscode.window.tabGroups.activeTabGroup.activeTab;
    if (active && (active.input instanceof vscode.TabInputText) && active.isDirty) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    else if (active) await vscode.window.tabGroups.close(active);
    else await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const after = vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);
    if (after >= before) await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
  await vscode.commands.executeCommand('cptDossier.clearWorkspaceResults');
}

export async function fixesAt(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
  return all.filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a);
}

/** Applies the quick fix whose title matches, for the diagnostic of `ruleId`; returns the new text. */
export async function applyFix(doc: vscode.TextDocument, ruleId: string, title: RegExp): Promise<string> {
  const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === ruleId), ruleId);
  const d = diags.find((x) => codeOf(x) === ruleId)!;
  const actions = await fixesAt(doc, d);
  const fix = actions.find((a) => title.test(a.title));
  assert.ok(fix, `no fix matching ${title} for ${ruleId}; offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(fix.edit, `fix "${fix.title}" has no edit`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit), `fix "${fix.title}" was not applied`);
  return doc.getText();
}

export function lines(...l: string[]): string {
  return l.join('\n') + '\n';
}

/** A small complete dossier (no findings with today = TODAY and default rules) to vary in tests. */
export const BASE = lines(
  '---',
  'cpt_dossier: 1',
  'title: Test dossier',
  'classification: augmentative',
  'taxonomy: 2027',
  'ama_deadline: 2027-02-04',
  'fda:',
  '  status: pre-submission',
  '  first_contact: 2026-04-10',
  'sites:',
  '  - name: Mercy Heart Institute',
  '    state: OH',
  '    since: 2026-01-15',
  'trials:',
  '  - registry: NCT01234567',
  '    country: US',
  '    efficacy: Agreement with expert readers, ICC 0.91 (n=800)',
  'society:',
  '  name: ASE',
  '  notified: 2026-11-01',
  'physician_work: The reading physician reviews the tracing and signs the report.',
  '---',
  '',
  '# Test dossier',
  '',
  '## Software output',
  '',
  'An ejection fraction in percent, shown to the reading physician.',
);
