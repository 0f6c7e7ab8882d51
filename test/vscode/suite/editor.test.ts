// Code lens, the class quick pick command, completion (snippets and frontmatter) and hover.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Assessment } from '../../../src/core/assess';
import { BASE, closeAll, codeOf, fixture, open, ready, TODAY, untitled, waitForDiagnostics } from './helpers';

async function lensesOf(doc: vscode.TextDocument, want = 2): Promise<vscode.CodeLens[]> {
  // The provider may answer before the first lint finished; ask until both lenses are there.
  for (let i = 0; i < 50; i++) {
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10)).filter((l) => l.command);
    if (lenses.length >= want) return lenses;
    await waitForDiagnostics(doc.uri, () => true);
  }
  assert.fail('no code lenses');
}

async function completions(doc: vscode.TextDocument, pos: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, trigger);
  return list.items;
}

const labelOf = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
const hoverText = (hs: vscode.Hover[]): string => hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

suite('Code lens and classification', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('the lens on the frontmatter names the class, edition and what the prose suggests', async () => {
    const doc = await open(fixture('sample.dossier.md'));
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'classification-cue'));
    const lenses = await lensesOf(doc);
    assert.strictEqual(lenses[0].range.start.line, 0);
    assert.strictEqual(lenses[0].command!.title, 'Augmentative (Appendix S 2027) · prose suggests autonomous');
    assert.strictEqual(lenses[0].command!.tooltip?.split('\n')[0], 'The prose: 1 phrase suggests autonomous work.');
    assert.strictEqual(lenses[0].command!.command, 'cptDossier.setClassification');
    assert.strictEqual(lenses[1].command!.title, 'Assess dossier');
    assert.strictEqual(lenses[1].command!.command, 'cptDossier.assess');
  });

  test('lens, status bar and assessment give the same suggestion for mixed cues (no tie decided by phrase order)', async () => {
    const api = await ready();
    // Assistive declared; one augmentative phrase before one autonomous phrase, three assistive ones.
    const text = BASE.replace('classification: augmentative', 'classification: assistive').replace(
      'An ejection fraction in percent, shown to the reading physician.',
      [
        'The software measures the left ventricular ejection fraction.',
        '',
        'The software diagnoses heart failure.',
        '',
        'The software flags studies with poor image quality.',
        '',
        'The software highlights the traced borders.',
        '',
        'The software detects pericardial effusion.',
      ].join('\n'),
    );
    const doc = await untitled(text);
    await waitForDiagnostics(doc.uri, (d) => d.filter((x) => codeOf(x) === 'classification-cue').length === 2, 'two classification-cue findings');
    const a = await vscode.commands.executeCommand<Assessment>('cptDossier.assess', doc.uri);
    assert.strictEqual(a.classification.suggested, 'augmentative');
    assert.deepStrictEqual(a.classification.counts, { assistive: 3, augmentative: 1, autonomous: 1, 'physician-interprets': 0 });
    assert.strictEqual(a.classification.reason, '1 phrase suggests augmentative work; 1 autonomous phrase outweighed by lower-class ones');
    // The assessment panel took the focus: come back to the dossier for the status bar.
    await vscode.window.showTextDocument(doc, { preview: false });
    const lenses = await lensesOf(doc);
    assert.strictEqual(lenses[0].command!.title, `Assistive (Appendix S 2027) · prose suggests ${a.classification.suggested}`);
    assert.strictEqual(lenses[0].command!.tooltip?.split('\n')[0], `The prose: ${a.classification.reason}.`);
    let status = await api.status();
    for (let i = 0; i < 50 && !status.text?.includes('prose'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = await api.status();
    }
    assert.strictEqual(status?.text, `$(law) Assistive (prose: ${a.classification.suggested}) · no errors`);
    const tooltip = status?.tooltip ?? '';
    assert.ok(tooltip.includes(`The prose: ${a.classification.reason}.`), tooltip);
    assert.ok(tooltip.includes(lenses[0].command!.title), tooltip);
  });

  test('the lens says "prose agrees" when the prose fits the class', async () => {
    const doc = await open(fixture('clean.dossier.md'));
    const lenses = await lensesOf(doc);
    assert.strictEqual(lenses[0].command!.title, 'Augmentative (Appendix S 2027) · prose agrees');
  });

  test('the lens asks for a class when none is declared', async () => {
    const doc = await untitled(BASE.replace('classification: augmentative\n', ''));
    const lenses = await lensesOf(doc);
    assert.strictEqual(lenses[0].command!.title, 'Classification missing · choose a class');
  });

  test('choosing a class inserts it after cpt_dossier, as one undoable edit', async () => {
    const original = BASE.replace('classification: augmentative\n', '');
    const doc = await untitled(original);
    await lensesOf(doc);
    const applied = await vscode.commands.executeCommand<boolean>('cptDossier.setClassification', doc.uri, 'autonomous');
    assert.strictEqual(applied, true);
    assert.strictEqual(doc.lineAt(2).text, 'classification: autonomous');
    assert.strictEqual(doc.lineAt(1).text, 'cpt_dossier: 1');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), original);
  });

  test('choosing a class replaces the declared one and keeps a trailing comment', async () => {
    const doc = await untitled(BASE.replace('classification: augmentative', 'classification: semi-autonomous   # to check'));
    await vscode.commands.executeCommand('cptDossier.setClassification', doc.uri, 'assistive');
    assert.strictEqual(doc.lineAt(3).text, 'classification: assistive   # to check');
    const d = await waitForDiagnostics(doc.uri, (x) => !x.some((y) => codeOf(y) === 'field-value'), 'field-value to go');
    assert.ok(!d.some((x) => codeOf(x) === 'classification-missing'));
  });

  test('choosing a class edits a key written in capitals, renamed as it is read, not a second key', async () => {
    const doc = await untitled(BASE.replace('classification: augmentative', 'Classification: augmentative'));
    await lensesOf(doc);
    await vscode.commands.executeCommand('cptDossier.setClassification', doc.uri, 'assistive');
    assert.strictEqual(doc.getText(), BASE.replace('classification: augmentative', 'classification: assistive'));
    const d = await waitForDiagnostics(doc.uri, (x) => !x.some((y) => codeOf(y) === 'unknown-field'), 'unknown-field to go');
    assert.ok(!d.some((x) => codeOf(x) === 'classification-missing'));
  });
});

suite('Completion and hover', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('snippets: the whole dossier skeleton and the sections are offered in Markdown', async () => {
    const doc = await untitled('cpt-\n');
    const items = await completions(doc, new vscode.Position(0, 4));
    const snippets = items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
    for (const s of ['cpt-dossier', 'cpt-software-output', 'cpt-physician-work', 'cpt-trial', 'cpt-site', 'cpt-disable-next-line']) assert.ok(snippets.includes(s), `snippet ${s} missing; have ${snippets.join(', ')}`);
  });

  test('frontmatter keys are completed at the top level', async () => {
    const doc = await untitled(BASE.replace('title: Test dossier\n', 'title: Test dossier\n\n').replace('classification: augmentative\n', ''));
    const items = (await completions(doc, new vscode.Position(3, 0))).filter((i) => i.kind === vscode.CompletionItemKind.Property);
    const labels = items.map(labelOf);
    for (const k of ['classification', 'developer', 'target_category', 'codes']) assert.ok(labels.includes(k), `${k} missing: ${labels.join(', ')}`);
    assert.ok(!labels.includes('first_contact'), 'a nested key offered at the top level');
    const cls = items.find((i) => labelOf(i) === 'classification')!;
    assert.ok(cls.insertText instanceof vscode.SnippetString && cls.insertText.value.includes('augmentative'));
  });

  test('nested keys are completed under their parent (fda, sites[])', async () => {
    const doc = await untitled(BASE.replace('  status: pre-submission\n', '  status: pre-submission\n  \n').replace('  first_contact: 2026-04-10\n', '').replace('    state: OH\n', '    state: OH\n    \n'));
    const keysAt = async (line: number, character: number): Promise<string[]> =>
      (await completions(doc, new vscode.Position(line, character))).filter((i) => i.kind === vscode.CompletionItemKind.Property).map(labelOf);
    // status is written: first_contact is left to offer under fda, and no top-level key.
    const fdaItems = await keysAt(8, 2);
    assert.deepStrictEqual(fdaItems.filter((l) => ['status', 'first_contact', 'title'].includes(l)).sort(), ['first_contact']);
    const siteLine = doc.getText().split('\n').findIndex((l, i) => i > 10 && l === '    ');
    const siteItems = await keysAt(siteLine, 4);
    // This site has name, state and since already: nothing of those again, and no top-level key.
    assert.ok(!siteItems.some((l) => ['since', 'name', 'state', 'classification'].includes(l)), siteItems.join(', '));
  });

  test('values are completed: classes, booleans and today\'s date', async () => {
    const doc = await untitled(BASE.replace('classification: augmentative', 'classification: ').replace('  notified: 2026-11-01', '  notified: 2026-11-01\n  irt_partner: ').replace('ama_deadline: 2027-02-04', 'ama_deadline: '));
    const classes = await completions(doc, new vscode.Position(3, 16));
    assert.deepStrictEqual(classes.map(labelOf).filter((l) => ['assistive', 'augmentative', 'autonomous'].includes(l)).sort(), ['assistive', 'augmentative', 'autonomous']);
    const aug = classes.find((i) => labelOf(i) === 'augmentative')!;
    const docOf = (i: vscode.CompletionItem): string => (typeof i.documentation === 'string' ? i.documentation : (i.documentation?.value ?? ''));
    assert.match(docOf(aug), /quantif/);
    assert.strictEqual(aug.detail, 'Appendix S (2027)');
    const irtLine = doc.getText().split('\n').findIndex((l) => l.startsWith('  irt_partner:'));
    const bools = (await completions(doc, new vscode.Position(irtLine, 15))).map(labelOf);
    assert.ok(bools.includes('true') && bools.includes('false'), bools.join(', '));
    const dates = (await completions(doc, new vscode.Position(5, 14))).map(labelOf);
    assert.ok(dates.includes(TODAY), dates.join(', '));
  });

  test('hover on a key explains it, its source and the rules that read it', async () => {
    const doc = await open(fixture('clean.dossier.md'));
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('ama_deadline:'));
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 3)));
    assert.match(text, /application deadline/);
    assert.match(text, /deadline-passed/);
    assert.match(text, /docs\/rules\/deadline-passed\.md/);
    assert.match(text, /Source:/);
    const status = doc.getText().split('\n').findIndex((l) => l.startsWith('  status:'));
    const statusText = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(status, 4)));
    assert.match(statusText, /fda\.status/);
    assert.match(statusText, /pre-submission/);
  });

  test('hover on the class value gives its Appendix S definition', async () => {
    const doc = await open(fixture('clean.dossier.md'));
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('classification:'));
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 20)));
    assert.match(text, /Appendix S \(2027\)/);
    assert.match(text, /clinically meaningful/);
  });
});
