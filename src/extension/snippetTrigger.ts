// Markdown has no quick suggestions by default, so typing a snippet prefix shows nothing until
// Ctrl+Space. In a dossier (or a new, still empty `*.dossier.md`), typing the first three letters
// of a snippet prefix (`cpt…`, `dos…`) at the start of a line opens the suggestions, as quick
// suggestions would. Every other Markdown file behaves as before.
import * as vscode from 'vscode';
import type { DossierStore } from './store';

/** The first three letters of every snippet prefix (snippets/cpt-dossier.code-snippets). */
const STARTS = new Set(['cpt', 'dos']);

export function isDossierByName(doc: vscode.TextDocument): boolean {
  return /\.dossier\.md$/i.test(doc.uri.path);
}

export function snippetTrigger(store: DossierStore): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((e) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== e.document || e.document.languageId !== 'markdown' || e.contentChanges.length !== 1) return;
    const change = e.contentChanges[0];
    if (change.text.length !== 1 || change.rangeLength !== 0) return; // one character typed
    const line = change.range.start.line;
    const typed = e.document.lineAt(line).text.slice(0, change.range.start.character + 1);
    if (!STARTS.has(typed.toLowerCase())) return;
    const doc = e.document;
    const version = doc.version;
    const dossier = isDossierByName(doc) ? Promise.resolve(true) : store.isDossier(doc);
    void dossier.then(async (yes) => {
      const now = vscode.window.activeTextEditor;
      // Nothing typed since, cursor right after the three letters: open the list. The browser's
      // web worker host may report the cursor before the letter (its selection update comes
      // after the change), which is the same place once that update arrives.
      const at = now?.selection.active;
      if (!yes || now?.document !== doc || doc.version !== version || !now.selection.isEmpty || at?.line !== line) return;
      if (at.character !== 3 && at.character !== change.range.start.character) return;
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
    }, () => undefined);
  });
}
