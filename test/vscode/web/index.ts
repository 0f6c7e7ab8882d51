// The mocha suite in the browser's web worker extension host (issue #14): the same test files as
// test/vscode/suite/, bundled into one file with mocha's core and small shims of the Node modules
// they use (test/vscode/web/shims/), since a web worker has no Node and no `require` but for
// `vscode`. Which files apply is decided in build-suite.js (WEB_SKIPPED).
// code-server 4.100.3 hands `extensionTestsPath` to its Node extension host even when the
// extension under test runs in the web worker, so a small runner extension (runner.ts, activated
// on startup in the same web worker host) calls run(). The summary is written into the workspace
// folder (`.suite-result.json`) through vscode.workspace.fs; the harness waits for that file.
import Mocha from 'mocha/lib/mocha';
import * as vscode from 'vscode';
import type { SuiteSummary } from '../suite/index';

/** Set by the generated entry: loads the test files (after the tdd globals exist). */
declare const CPT_WEB_TEST_FILES: { name: string; load: () => void }[];

export function run(): Promise<void> {
  const started = Date.now();
  const folder = vscode.workspace.workspaceFolders?.[0];
  const summary: SuiteSummary = {
    workspace: folder ? 'folder' : 'none',
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()),
    vscodeVersion: vscode.version,
    files: CPT_WEB_TEST_FILES.map((f) => f.name),
    passed: [],
    failed: [],
    pending: [],
    durationMs: 0,
  };
  const writeSummary = async (): Promise<void> => {
    summary.durationMs = Date.now() - started;
    if (!folder) return;
    // Written whole, then renamed: the harness polls for the file and must not read half of it.
    const part = vscode.Uri.joinPath(folder.uri, '.suite-result.json.part');
    await vscode.workspace.fs.writeFile(part, new TextEncoder().encode(JSON.stringify(summary, null, 2) + '\n'));
    await vscode.workspace.fs.rename(part, vscode.Uri.joinPath(folder.uri, '.suite-result.json'), { overwrite: true });
  };

  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000 });
  // What mocha.addFile + loadFiles do in Node: define suite/test/… then run each file's body.
  mocha.suite.emit('pre-require', globalThis, 'web', mocha);
  return new Promise<void>((resolve, reject) => {
    const fail = (err: unknown): void => {
      summary.failed.push({ title: 'loading the test files', error: String((err as Error)?.stack ?? err) });
      void writeSummary().finally(() => reject(err));
    };
    try {
      for (const f of CPT_WEB_TEST_FILES) f.load();
      const runner = mocha.run((failures: number) => {
        void writeSummary().then(
          () => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : summary.passed.length === 0 ? reject(new Error('no tests ran')) : resolve()),
          reject,
        );
      });
      runner.on('pass', (t: Mocha.Test) => summary.passed.push(t.fullTitle()));
      runner.on('fail', (t: Mocha.Test, err: Error) => summary.failed.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
      runner.on('pending', (t: Mocha.Test) => summary.pending.push(t.fullTitle()));
    } catch (err) {
      fail(err);
    }
  });
}
