// What a writer meets in the first hour (issue #12): the Assess command and status item stay with
// the dossier, snippets are reachable, colours only in dossiers, the report survives a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, fixture, open, ready } from './helpers';

interface StatusApi {
  status(): Promise<{ activeIsDossier: boolean; text?: string }>;
}

const sameUri = (a: vscode.Uri | undefined, b: vscode.Uri): boolean => a?.toString() === b.toString();

/** Resolves once `ok()` holds, checked on every editor, tab and document event. */
function until(ok: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  if (ok()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (err?: Error): void => {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      if (err) reject(err);
      else resolve();
    };
    const check = (): void => {
      if (ok()) done();
    };
    subs.push(vscode.window.onDidChangeActiveTextEditor(check), vscode.window.tabGroups.onDidChangeTabs(check), vscode.workspace.onDidCloseTextDocument(check), vscode.window.onDidChangeVisibleTextEditors(check));
    const timer = setTimeout(() => done(new Error(`timed out waiting for ${what}`)), timeoutMs);
  });
}

function tabOf(uri: vscode.Uri): vscode.Tab | undefined {
  for (const g of vscode.window.tabGroups.all) for (const t of g.tabs) if (t.input instanceof vscode.TabInputText && sameUri(t.input.uri, uri)) return t;
  return undefined;
}

suite('The status item and Assess stay with the dossier', () => {
  let api: StatusApi;
  suiteSetup(async () => {
    api = (await ready()) as unknown as StatusApi;
  });
  teardown(closeAll);

  test('closing another tab brings back the status item and the Assess command of the dossier', async () => {
    const dossier = await open(fixture('sample.dossier.md'));
    let s = await api.status();
    assert.strictEqual(s.activeIsDossier, true);
    assert.match(s.text ?? '', /Augmentative/);
    // Several rounds: the stale update of the closed tab used to land last now and then.
    for (let round = 0; round < 4; round++) {
      const other = await open(fixture('README.md'));
      assert.strictEqual((await api.status()).activeIsDossier, false, 'a README is no dossier');
      const tab = tabOf(other.uri);
      assert.ok(tab, 'README tab');
      await vscode.window.tabGroups.close(tab);
      await until(() => !tabOf(other.uri) && sameUri(vscode.window.activeTextEditor?.document.uri, dossier.uri), 'the dossier to be active again');
      s = await api.status();
      assert.strictEqual(s.activeIsDossier, true, `round ${round}: the Assess command and status item are gone`);
      assert.match(s.text ?? '', /Augmentative/);
    }
  });
});

