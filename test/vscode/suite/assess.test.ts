// "Assess dossier": the command returns the engine's assessment and shows it in a webview.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Assessment } from '../../../src/core/assess';
import { BASE, closeAll, codeOf, fixture, open, ready, scratch, TODAY, untitled, waitForDiagnostics } from './helpers';

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

/** The tab model is updated asynchronously after a panel is created: wait for the tab. */
function waitForTab(label: string, timeoutMs = 10000): Promise<vscode.Tab> {
  const find = (): vscode.Tab | undefined => webviewTabs().find((t) => t.label === label);
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const t = find();
      if (t) {
        clearTimeout(timer);
        sub.dispose();
        resolve(t);
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const all = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label} (${t.input?.constructor?.name ?? typeof t.input})`);
      reject(new Error(`no webview tab "${label}"; tabs: ${all.join(', ')}`));
    }, timeoutMs);
  });
}

suite('Assess dossier', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('returns the assessment and opens "Assess: <file>" beside the editor', async () => {
    const doc = await open(fixture('sample.dossier.md'));
    const a = await vscode.commands.executeCommand<Assessment>('cptDossier.assess', doc.uri);
    assert.ok(a, 'no assessment returned');
    assert.strictEqual(a.today, TODAY);
    assert.strictEqual(a.verdict.status, 'not-ready');
    assert.strictEqual(a.classification.declared, 'augmentative');
    assert.strictEqual(a.classification.agreement, 'contradicts');
    const trial = a.prerequisites.find((p) => p.id === 'us-trial');
    assert.ok(trial && !trial.met);
    assert.ok(a.findings.some((f) => f.ruleId === 'payment-claim' && f.severity === 'error'), 'findings follow .cpt-dossier.json');
    assert.ok(a.timeline.events.some((e) => e.kind === 'deadline' && e.date === '2027-02-04'));
    const tab = await waitForTab('Assess: sample.dossier.md');
    assert.notStrictEqual(tab.group.viewColumn, vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === doc.uri.toString()))?.viewColumn, 'the panel opens beside the editor');
  });

  test('the active dossier is assessed when no argument is given; a README is refused', async () => {
    await open(fixture('clean.dossier.md'));
    const a = await vscode.commands.executeCommand<Assessment>('cptDossier.assess');
    assert.strictEqual(a?.verdict.status, 'ready');
    await closeAll();
    await open(fixture('README.md'));
    const none = await vscode.commands.executeCommand<Assessment | undefined>('cptDossier.assess');
    assert.strictEqual(none, undefined);
  });

  test('export writes Markdown and static HTML only where asked', async () => {
    const doc = await open(fixture('sample.dossier.md'));
    const dir = scratch('cpt-export');
    const html = vscode.Uri.joinPath(dir, 'a.html');
    const md = vscode.Uri.joinPath(dir, 'a.md');
    await vscode.commands.executeCommand('cptDossier.exportAssessment', doc.uri, 'html', html);
    await vscode.commands.executeCommand('cptDossier.exportAssessment', doc.uri, 'markdown', md);
    const h = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
    assert.match(h, /^<!DOCTYPE html>/);
    assert.match(h, /Content-Security-Policy" content="default-src 'none'/);
    assert.ok(!/<script/i.test(h), 'static HTML has no script');
    assert.match(h, /<svg class="timeline"/);
    const m = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
    assert.match(m, /^# Readiness assessment: Automated LV ejection fraction/);
    assert.match(m, /- \[ \] \*\*US clinical trial outlining efficacy\*\*/);
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  test('the panel shows the lint the Problems panel shows: assessing and following edits lints no more', async () => {
    const api = await ready();
    const doc = await untitled(BASE);
    await api.lint(doc.uri);
    const before = api.lintCount(doc.uri) ?? 0;
    assert.ok(before >= 1, 'the dossier was linted');
    const a = await vscode.commands.executeCommand<Assessment>('cptDossier.assess', doc.uri);
    const claims = a.findings.filter((f) => f.ruleId === 'payment-claim').length;
    await waitForTab(`Assess: ${doc.uri.path.split('/').pop()}`);
    assert.strictEqual(api.lintCount(doc.uri), before, 'assessing linted again');
    // An edit: the store lints it (the Problems panel), the open panel follows that result.
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\nA CPT code guarantees payment.\n'));
    await waitForDiagnostics(doc.uri, (d) => d.filter((x) => codeOf(x) === 'payment-claim').length === claims + 1, 'the new payment claim');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the panel's update (300 ms after the lint)
    const linted = api.lintCount(doc.uri) ?? 0;
    assert.ok(linted > before, 'the edit was linted');
    const b = await vscode.commands.executeCommand<Assessment>('cptDossier.assess', doc.uri);
    assert.strictEqual(b.findings.filter((f) => f.ruleId === 'payment-claim').length, claims + 1, 'the assessment shows the edit');
    assert.strictEqual(api.lintCount(doc.uri), linted, 'the panel or the command linted again');
  });

  test('dossier text is escaped in the report: no markup, no script, no links from the dossier', async () => {
    const evil = BASE.replace('title: Test dossier', 'title: "<script>alert(1)</script><a href=\'javascript:alert(2)\'>x</a>"').replace('  name: ASE', '  name: "<img src=x onerror=alert(3)>"');
    const doc = await untitled(evil);
    const a = await vscode.commands.executeCommand<Assessment>('cptDossier.assess', doc.uri);
    assert.ok(a.title?.includes('<script>'), 'the assessment keeps the raw title');
    const file = scratch('cpt-evil.html');
    await vscode.commands.executeCommand('cptDossier.exportAssessment', doc.uri, 'html', file);
    const h = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    assert.ok(!/<script/i.test(h), 'a script element in the report');
    assert.ok(!/<img/i.test(h) && !/<a href=.javascript/i.test(h), 'dossier markup in the report');
    assert.ok(!/href="javascript:/i.test(h));
    assert.match(h, /&#60;script&#62;alert\(1\)/);
    await vscode.workspace.fs.delete(file);
  });
});
