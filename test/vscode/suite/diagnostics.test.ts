// Diagnostics: which files get them, what they say, when they change and when they go away.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { BASE, closeAll, codeOf, EXTENSION_ID, fixture, hasFolder, open, ours, ready, untitled, waitForDiagnostics } from './helpers';

suite('Diagnostics', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('the extension activates and registers its commands', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(ext.isActive);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['cptDossier.assess', 'cptDossier.lintWorkspace', 'cptDossier.setClassification', 'cptDossier.exportAssessment']) assert.ok(commands.includes(c), `${c} is not registered`);
  });

  test('a fixture dossier gets diagnostics with rule code, docs link, range, severity and message', async () => {
    const doc = await open(fixture('sample.dossier.md'));
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'payment-claim'));
    const claim = diags.find((d) => codeOf(d) === 'payment-claim')!;
    assert.strictEqual(claim.source, 'cpt-dossier');
    assert.ok(typeof claim.code === 'object' && claim.code.target instanceof vscode.Uri);
    const target = (claim.code as { target: vscode.Uri }).target;
    assert.ok(target.path.endsWith('/docs/rules/payment-claim.md'), target.toString());
    assert.ok(target.path.startsWith(ext().extensionUri.path), `docs link ${target.path} is not in the extension folder`);
    assert.deepStrictEqual([claim.range.start.line, claim.range.start.character, claim.range.end.line, claim.range.end.character], [39, 11, 39, 35]);
    // .cpt-dossier.json of the fixture folder raises payment-claim from warning to error.
    assert.strictEqual(claim.severity, vscode.DiagnosticSeverity.Error);
    assert.match(claim.message, /guarantees reimbursement/);

    const unknown = diags.find((d) => codeOf(d) === 'unknown-field')!;
    assert.strictEqual(unknown.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual([unknown.range.start.line, unknown.range.start.character, unknown.range.end.character], [3, 0, 8]);
    assert.match(unknown.message, /developer/);

    const trial = diags.find((d) => codeOf(d) === 'cat3-us-trial')!;
    assert.strictEqual(trial.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(trial.range.start.line, 6, 'placed on the target_category line: Category III is what asks for the trial');

    const ids = diags.map(codeOf).sort();
    assert.deepStrictEqual(ids, ['cat3-us-trial', 'classification-cue', 'field-value', 'field-value', 'payment-claim', 'unknown-field']);
  });

  test('a plain README with dossier-like problems gets nothing', async () => {
    const doc = await open(fixture('README.md'));
    const r = await (await ready()).lint(doc.uri);
    assert.ok(r, 'the README was not looked at');
    assert.strictEqual(r.isDossier, false);
    assert.deepStrictEqual(ours(doc.uri), []);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(!lenses.some((l) => /Appendix S|Assess/.test(l.command?.title ?? '')), 'a code lens on a README');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 3));
    assert.ok(!hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Appendix S'))), 'a hover on a README');
  });

  test('a clean dossier has no diagnostics', async () => {
    const doc = await open(fixture('clean.dossier.md'));
    const r = await (await ready()).lint(doc.uri);
    assert.ok(r?.isDossier);
    assert.deepStrictEqual(ours(doc.uri).map((d) => `${codeOf(d)}: ${d.message}`), []);
  });

  test('an untitled buffer with dossier frontmatter is linted (no folder needed)', async () => {
    const doc = await untitled(BASE.replace('classification: augmentative\n', ''));
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'classification-missing'));
    const d = diags.find((x) => codeOf(x) === 'classification-missing')!;
    assert.strictEqual(d.range.start.line, 0, 'placed on the opening ---');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
  });

  test('a sentence no phrase names a class in, read statistically: an Information diagnostic that quotes it', async () => {
    // (the unit test's sentence, test/unit/prose-statistical.test.ts: one the shipped model reads with a margin)
    const sentence = 'It also reports the sleep stages, the snoring level and the share of the night spent on the back as derived numbers rather than measured directly.';
    const doc = await untitled(BASE.replace('classification: augmentative', 'classification: assistive').replace('An ejection fraction in percent, shown to the reading physician.', `The tool flags studies with a suspected bleed for the radiologist. ${sentence}`));
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'classification-cue'));
    const cue = diags.filter((x) => codeOf(x) === 'classification-cue');
    assert.strictEqual(cue.length, 1);
    assert.strictEqual(cue[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(cue[0].message, /^The sentence "It also reports the sleep stages, the snoring level and…" reads as augmentative work, beyond the declared assistive class \(no single phrase says so: a statistical reading of its wording/);
    assert.strictEqual(doc.getText(cue[0].range), sentence.slice(0, -1));
  });

  test('diagnostics follow edits (debounced on type)', async () => {
    const doc = await untitled(BASE + '\nA CPT code guarantees payment.\n');
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'payment-claim'));
    // Untitled: no config file, so payment-claim has its default severity.
    assert.strictEqual(ours(doc.uri).find((x) => codeOf(x) === 'payment-claim')!.severity, vscode.DiagnosticSeverity.Warning);
    const line = doc.lineCount - 2;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.lineAt(line).range, 'A CPT code identifies the service.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'payment-claim'), 'payment-claim to go away');
    // And back: several quick edits, only the newest text counts.
    for (const word of ['ensures', 'guarantees']) {
      const e = new vscode.WorkspaceEdit();
      e.replace(doc.uri, doc.lineAt(line).range, `A CPT code ${word} payment.`);
      await vscode.workspace.applyEdit(e);
    }
    // A lint of the intermediate text may land first; the newest text must win in the end.
    const back = await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => codeOf(x) === 'payment-claim' && /guarantees payment/.test(x.message)),
      'payment-claim for the newest text',
    );
    assert.strictEqual(back.filter((x) => codeOf(x) === 'payment-claim').length, 1);
  });

  test('diagnostics are cleared when the dossier is closed', async () => {
    const doc = await untitled(BASE.replace('classification: augmentative\n', ''));
    await waitForDiagnostics(doc.uri, (d) => d.length > 0);
    const cleared = waitForDiagnostics(doc.uri, (d) => d.length === 0, 'diagnostics to be cleared');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await cleared;
  });

  test('cptDossier.rules in the settings changes a severity', async () => {
    const doc = await open(fixture('sample.dossier.md'));
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'unknown-field' && x.severity === vscode.DiagnosticSeverity.Warning));
    const config = vscode.workspace.getConfiguration('cptDossier', doc.uri);
    const target = hasFolder() ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('rules', { 'unknown-field': 'error', 'classification-cue': 'off' }, target);
    try {
      const d = await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'unknown-field' && y.severity === vscode.DiagnosticSeverity.Error) && !x.some((y) => codeOf(y) === 'classification-cue'), 'unknown-field as error');
      assert.ok(d.length > 0);
    } finally {
      await config.update('rules', undefined, target);
    }
    await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'unknown-field' && y.severity === vscode.DiagnosticSeverity.Warning), 'unknown-field back to warning');
  });

  test('cptDossier.enable = false clears all problems, true brings them back', async () => {
    const doc = await open(fixture('sample.dossier.md'));
    await waitForDiagnostics(doc.uri, (d) => d.length > 0);
    const config = vscode.workspace.getConfiguration('cptDossier');
    const target = hasFolder() ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('enable', false, target);
    try {
      await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'problems cleared');
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      assert.strictEqual(lenses.filter((l) => /Appendix S/.test(l.command?.title ?? '')).length, 0);
    } finally {
      await config.update('enable', undefined, target);
    }
    await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'problems back');
  });

  test('cptDossier.run = onSave lints on save, not while typing', async () => {
    const config = vscode.workspace.getConfiguration('cptDossier');
    const target = hasFolder() ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const file = hasFolder() ? fixture('tmp-onsave.dossier.md') : vscode.Uri.file(path.join(os.tmpdir(), `cpt-onsave-${process.pid}.dossier.md`));
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(BASE));
    await config.update('run', 'onSave', target);
    try {
      const doc = await open(file);
      const r = await (await ready()).lint(doc.uri);
      assert.strictEqual(r?.findings, 0);
      const e = new vscode.WorkspaceEdit();
      e.insert(doc.uri, new vscode.Position(doc.lineCount - 1, 0), 'A CPT code guarantees payment.\n');
      await vscode.workspace.applyEdit(e);
      // A negative needs a pause: longer than the on-type debounce (250 ms), nothing may appear.
      await new Promise((r2) => setTimeout(r2, 700));
      assert.deepStrictEqual(ours(doc.uri), []);
      const saved = waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'payment-claim'), 'payment-claim after save');
      await doc.save();
      await saved;
    } finally {
      await config.update('run', undefined, target);
      await closeAll();
      await vscode.workspace.fs.delete(file);
    }
  });

  test('editing .cpt-dossier.json re-lints open dossiers', async function () {
    if (!hasFolder()) this.skip();
    const doc = await open(fixture('sample.dossier.md'));
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'payment-claim' && x.severity === vscode.DiagnosticSeverity.Error));
    const file = fixture('.cpt-dossier.json');
    const original = await vscode.workspace.fs.readFile(file);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{ "rules": { "payment-claim": "info", "deadline-passed": "off" } }\n'));
    try {
      await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'payment-claim' && x.severity === vscode.DiagnosticSeverity.Information), 'payment-claim as info');
    } finally {
      await vscode.workspace.fs.writeFile(file, original);
    }
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'payment-claim' && x.severity === vscode.DiagnosticSeverity.Error), 'payment-claim back to error');
  });

  test('"Lint all dossiers in workspace" fills the Problems panel, skipping node_modules, hidden folders and plain Markdown', async function () {
    if (!hasFolder()) this.skip();
    const nm = fixture('node_modules/some-package/ignored.dossier.md');
    await vscode.workspace.fs.writeFile(nm, new TextEncoder().encode('---\ncpt_dossier: 1\n---\nInside node_modules.\n'));
    // As the CLI: a hidden folder is skipped, a *.markdown dossier is linted.
    const hidden = fixture('.github/ignored.dossier.md');
    await vscode.workspace.fs.writeFile(hidden, new TextEncoder().encode('---\ncpt_dossier: 1\n---\nInside a hidden folder.\n'));
    const long = fixture('drafts/long-name.markdown');
    await vscode.workspace.fs.writeFile(long, new TextEncoder().encode('---\ncpt_dossier: 1\n---\nA dossier under the longer extension.\n'));
    const draft = fixture('drafts/triage-draft.md');
    const result = await vscode.commands.executeCommand<{ files: number; dossiers: number; findings: number }>('cptDossier.lintWorkspace');
    assert.ok(result.dossiers >= 3, `dossiers: ${result.dossiers}`);
    const d = ours(draft);
    assert.ok(d.some((x) => codeOf(x) === 'autonomy-level'), `draft: ${d.map(codeOf).join(', ')}`);
    assert.deepStrictEqual(ours(nm), []);
    assert.deepStrictEqual(ours(hidden), []);
    assert.ok(ours(long).some((x) => codeOf(x) === 'classification-missing'), `long: ${ours(long).map(codeOf).join(', ')}`);
    assert.deepStrictEqual(ours(fixture('README.md')), []);
    assert.ok(ours(fixture('sample.dossier.md')).some((x) => codeOf(x) === 'cat3-us-trial'));
  });
});

function ext(): vscode.Extension<unknown> {
  return vscode.extensions.getExtension(EXTENSION_ID)!;
}
