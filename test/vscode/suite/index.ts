// Entry point of the in-VS-Code mocha suite (the extension host loads it as extensionTestsPath).
// Runs every *.test.js compiled next to this file (out/test/vscode/suite/) with the tdd UI and the
// spec reporter, and writes a JSON summary to $EXT_TEST_RESULT_FILE when that is set. Resolves when
// all tests pass, rejects otherwise (the harness turns that into the exit code).
// $MOCHA_GREP (optional) runs only the tests whose full title matches it.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface SuiteSummary {
  workspace: 'folder' | 'none';
  workspaceFolders: string[];
  vscodeVersion: string;
  files: string[];
  passed: string[];
  failed: { title: string; error: string }[];
  pending: string[];
  durationMs: number;
}

export function run(): Promise<void> {
  const started = Date.now();
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  const summary: SuiteSummary = {
    workspace: folders.length ? 'folder' : 'none',
    workspaceFolders: folders,
    vscodeVersion: vscode.version,
    files,
    passed: [],
    failed: [],
    pending: [],
    durationMs: 0,
  };
  const writeSummary = (): void => {
    summary.durationMs = Date.now() - started;
    const out = process.env.EXT_TEST_RESULT_FILE;
    if (out) fs.writeFileSync(out, JSON.stringify(summary, null, 2) + '\n');
  };

  // The extension host forwards console.log arguments without applying printf-style formats, so
  // the reporter's lines are formatted here.
  const print = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => print(format(...data));

  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000 });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        writeSummary();
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else if (summary.passed.length === 0) reject(new Error('no tests ran'));
        else resolve();
      });
      runner.on('pass', (t) => summary.passed.push(t.fullTitle()));
      runner.on('fail', (t, err: Error) => summary.failed.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
      runner.on('pending', (t) => summary.pending.push(t.fullTitle()));
    } catch (err) {
      // A test file that throws while loading ends up here.
      summary.failed.push({ title: 'loading the test files', error: String((err as Error)?.stack ?? err) });
      writeSummary();
      reject(err);
    }
  });
}
