// Issue 11 in the editor: workspace-lint results that stay, fix-all on save, ignores, and the
// $cpt-dossier problem matcher reading the CLI's text output in a task.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, codeOf, EXTENSION_ID, fixture, fixtureRoot, hasFolder, inWebWorkerHost, open, ours, ready, TODAY, waitForDiagnostics } from './helpers';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const DOSSIER = (extra: string): string =>
  ['---', 'cpt_dossier: 1', 'title: CI test', 'classification: augmentative', 'taxonomy: 2027', 'ama_deadline: 2027-02-04', extra, '---', '## Software output', '', 'It measures EF.', ''].join('\n');

suite('CI features in the editor', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('a workspace-lint problem survives closing its tab, follows the file on disk, and is cleared on request', async function () {
    if (!hasFolder()) this.skip();
    const file = fixture('kept/kept.dossier.md');
    await vscode.workspace.fs.writeFile(file, encode(DOSSIER('codes: [0421U]')));
    try {
      await vscode.commands.executeCommand('cptDossier.lintWorkspace');
      assert.ok(ours(file).some((d) => codeOf(d) === 'code-format'), ours(file).map(codeOf).join(', '));
      const doc = await open(file);
      await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'code-format'));
      const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === file.toString());
      assert.ok(tab);
      await vscode.window.tabGroups.close(tab);
      // Give a wrongly cleared entry time to disappear, then check it is still there.
      await new Promise((r) => setTimeout(r, 1500));
      assert.ok(ours(file).some((d) => codeOf(d) === 'code-format'), `after closing the tab: ${ours(file).map(codeOf).join(', ')}`);
      // Changed on disk (not open): refreshed by the watcher.
      await vscode.workspace.fs.writeFile(file, encode(DOSSIER('codes: [0932t]')));
      await waitForDiagnostics(file, (d) => d.some((x) => codeOf(x) === 'code-format' && /Write `0932T`/.test(x.message)), 'the refreshed finding');
      assert.ok((await vscode.commands.executeCommand<number>('cptDossier.clearWorkspaceResults')) >= 1);
      assert.deepStrictEqual(ours(file), []);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true });
    }
  });

  test('settings cannot weaken the workspace configuration file', async function () {
    if (!hasFolder()) this.skip();
    // The fixture folder's .cpt-dossier.json makes payment-claim an error.
    const doc = await open(fixture('sample.dossier.md'));
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'payment-claim' && x.severity === vscode.DiagnosticSeverity.Error));
    const config = vscode.workspace.getConfiguration('cptDossier', doc.uri);
    await config.update('rules', { 'payment-claim': 'off', 'unknown-field': 'error' }, vscode.ConfigurationTarget.Global);
    try {
      // The stricter setting applies; the weaker one does not.
      const d = await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'unknown-field' && y.severity === vscode.DiagnosticSeverity.Error), 'unknown-field as error');
      assert.ok(d.some((y) => codeOf(y) === 'payment-claim' && y.severity === vscode.DiagnosticSeverity.Error), d.map((y) => `${codeOf(y)}:${y.severity}`).join(', '));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('fix-all on save applies the safe fixes to the saved file', async function () {
    if (!hasFolder()) this.skip();
    const file = fixture('onsave/save.dossier.md');
    await vscode.workspace.fs.writeFile(file, encode(DOSSIER('codes: [0932t]\nfda:\n  status: presubmission\ndevelopr: kept')));
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'markdown', uri: file });
    await editor.update('codeActionsOnSave', { 'source.fixAll.cptDossier': 'explicit' }, vscode.ConfigurationTarget.WorkspaceFolder, true);
    try {
      const doc = await open(file);
      await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'field-value'));
      const shown = await vscode.window.showTextDocument(doc);
      await shown.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), 'More.\n'));
      assert.ok(await doc.save());
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      assert.ok(saved.includes('codes: [0932T]') && saved.includes('  status: pre-submission\n'), saved);
      assert.ok(saved.includes('developr: kept'), 'a rename is offered, never applied on save');
    } finally {
      await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.WorkspaceFolder, true);
      await closeAll();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true });
    }
  });

  test('a file the configuration ignores gets no problems in the editor', async function () {
    if (!hasFolder()) this.skip();
    const conf = fixture('ign/.cpt-dossier.yaml');
    const file = fixture('ign/archive/old.dossier.md');
    await vscode.workspace.fs.writeFile(conf, encode('# archived dossiers keep their past deadlines\nignores: [archive]\n'));
    await vscode.workspace.fs.writeFile(file, encode(DOSSIER('codes: [0421U]')));
    try {
      const doc = await open(file);
      const api = await ready();
      await api.lint(doc.uri);
      await new Promise((r) => setTimeout(r, 500));
      assert.deepStrictEqual(ours(doc.uri), []);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(conf, '..'), { recursive: true });
    }
  });

  test('$cpt-dossier reads the CLI text output of a task into the Problems panel', async function () {
    // The task runs the CLI with Node: the browser has neither (README, "In the browser").
    if (!hasFolder() || inWebWorkerHost()) this.skip();
    this.timeout(3 * 60_000); // a task starts a shell and Node: slow on a busy CI machine
    const file = fixture('matcher/m.dossier.md');
    await vscode.workspace.fs.writeFile(file, encode(DOSSIER('codes: [0421U]')));
    const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    const folder = vscode.workspace.workspaceFolders![0];
    const task = new vscode.Task({ type: 'shell' }, folder, 'cpt-dossier lint', 'test', new vscode.ProcessExecution(process.execPath, [cli, 'lint', '--today', TODAY, 'matcher'], { cwd: fixtureRoot().fsPath, env: { ELECTRON_RUN_AS_NODE: '1' } }), ['$cpt-dossier']);
    try {
      const ended = new Promise<number | undefined>((resolve) => {
        const sub = vscode.tasks.onDidEndTaskProcess((e) => {
          if (e.execution.task.name !== 'cpt-dossier lint') return;
          sub.dispose();
          resolve(e.exitCode);
        });
      });
      await vscode.tasks.executeTask(task);
      assert.strictEqual(await ended, 1);
      const diags = await waitForDiagnostics(file, (d) => d.some((x) => codeOf(x) === 'code-format'), 'the task problem', 60_000);
      const d = diags.find((x) => codeOf(x) === 'code-format')!;
      assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.severity, d.source], [6, 8, vscode.DiagnosticSeverity.Error, 'cpt-dossier']);
      assert.match(d.message, /`0421U` is a PLA code/);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true });
    }
  });
});

