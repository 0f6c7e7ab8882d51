// What a writer meets in the first hour (issue #12): the Assess command and status item stay with
// the dossier, snippets are reachable, colours only in dossiers, the report survives a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { BASE, closeAll, codeOf, EXTENSION_ID, fixesAt, fixture, hasFolder, open, ready, untitled, waitForDiagnostics } from './helpers';

const labelOf = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);

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

suite('Quick fix titles and key completion read cleanly', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('no quick fix title shows raw backticks', async () => {
    const doc = await untitled(BASE.replace('title: Test dossier', 'tilte: Test dossier').replace('status: pre-submission', 'status: pre-submision').replace(/physician_work: .*\n/, '').replace('  notified: 2026-11-01\n', ''));
    const diags = await waitForDiagnostics(doc.uri, (d) => ['unknown-field', 'field-value', 'physician-work-missing', 'society-notice-missing'].every((id) => d.some((x) => codeOf(x) === id)), 'four findings');
    const titles: string[] = [];
    for (const d of diags) for (const a of await fixesAt(doc, d)) titles.push(a.title);
    assert.ok(titles.includes("Rename to 'title'"), titles.join(' | '));
    assert.ok(titles.includes("Add a '## Physician work' section"), titles.join(' | '));
    assert.deepStrictEqual(titles.filter((t) => t.includes('`')), []);
  });

  test('keys already written are not offered, autonomy_level does not lead an augmentative dossier, labels stay short', async () => {
    const doc = await untitled(BASE.replace('title: Test dossier\n', 'title: Test dossier\n\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 0));
    const keys = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Property);
    const labels = keys.map(labelOf);
    for (const present of ['cpt_dossier', 'title', 'classification', 'ama_deadline', 'fda', 'sites', 'society', 'physician_work']) assert.ok(!labels.includes(present), `${present} offered again: ${labels.join(', ')}`);
    for (const missing of ['developer', 'target_category', 'codes', 'autonomy_level']) assert.ok(labels.includes(missing), `${missing} missing: ${labels.join(', ')}`);
    const ranked = [...keys].sort((a, b) => String(a.sortText ?? labelOf(a)).localeCompare(String(b.sortText ?? labelOf(b))));
    assert.strictEqual(labelOf(ranked[ranked.length - 1]), 'autonomy_level', ranked.map(labelOf).join(', '));
    for (const k of keys) {
      const description = typeof k.label === 'string' ? '' : (k.label.description ?? '');
      assert.ok(labelOf(k).length + description.length <= 28, `"${labelOf(k)}" + "${description}" is long enough to be cut`);
    }
  });

  test('in an autonomous dossier autonomy_level keeps its place after classification', async () => {
    const doc = await untitled(BASE.replace('classification: augmentative', 'classification: autonomous').replace('title: Test dossier\n', 'title: Test dossier\n\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 0));
    const keys = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Property).sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
    assert.deepStrictEqual(keys.map(labelOf).slice(0, 2), ['developer', 'autonomy_level']);
  });
});

/** Types into the active editor, one character at a time, as a writer does. */
async function typeText(text: string): Promise<void> {
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

/**
 * Accepts the selected suggestion once the list is there; resolves with the text, or undefined.
 * (Up to 15 s: on a loaded CI machine the list can take several seconds to open.)
 */
async function acceptSuggestion(doc: vscode.TextDocument, inserted: (text: string) => boolean, tries = 100, askHalfway = true): Promise<string | undefined> {
  for (let i = 0; i < tries; i++) {
    // (Halfway, ask for the list as a writer would with Ctrl+Space: on a loaded machine the quick-suggest timer may have
    // fired before the last keystroke reached the editor, and then no list opens at all; it failed so once in stop 29.)
    // (Not where no list must open: there Ctrl+Space would offer Markdown's own word suggestions.)
    if (askHalfway && i === Math.floor(tries / 2)) await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    if (inserted(doc.getText())) return doc.getText();
    await new Promise((r) => setTimeout(r, 150));
  }
  return undefined;
}

suite('Snippets open on their prefix in dossiers only', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('a new empty *.dossier.md: typing cpt-dossier offers the skeleton', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: '/new-service.dossier.md' }));
    assert.strictEqual(doc.languageId, 'markdown');
    await vscode.window.showTextDocument(doc);
    await typeText('cpt-dossier');
    const text = await acceptSuggestion(doc, (t) => t.startsWith('---\ncpt_dossier: 1\n'));
    assert.ok(text, `the skeleton was not offered; the text is ${JSON.stringify(doc.getText())}`);
    assert.match(text, /\n## Software output\n/);
  });

  test('a dossier: typing cpt-software-output at the start of a line offers the section', async () => {
    const doc = await untitled(BASE);
    const editor = vscode.window.activeTextEditor!;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await typeText('cpt-software-output');
    const text = await acceptSuggestion(doc, (t) => !t.includes('cpt-software-output') && t.length > BASE.length + 10);
    assert.ok(text, `the section snippet was not offered; the text ends ${JSON.stringify(doc.getText().slice(-40))}`);
    assert.match(text.slice(BASE.length), /^## Software output\n/);
  });

  test('other Markdown files are left as they were: no list opens on the prefix', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    await typeText('cpt-dossier');
    const text = await acceptSuggestion(doc, (t) => t !== 'cpt-dossier', 15, false);
    assert.strictEqual(text, undefined, 'a suggestion was inserted into a plain Markdown file');
    assert.strictEqual(doc.getText(), 'cpt-dossier');
  });
});

suite('Feedback: workspace lint summary, rule pages rendered', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('"Lint all dossiers in workspace" ends with a summary of what it checked', async function () {
    if (!hasFolder()) this.skip();
    const result = await vscode.commands.executeCommand<{ files: number; dossiers: number; findings: number; summary: string }>('cptDossier.lintWorkspace');
    assert.ok(result.dossiers >= 2, JSON.stringify(result));
    assert.match(result.summary, new RegExp(`^CPT Dossier: ${result.dossiers} dossiers checked among ${result.files} Markdown files: \\d+ errors?, \\d+ warnings?, \\d+ info\\.$`));
  });

  test('a rule page opens as a Markdown preview, not as editable source', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const page = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'payment-claim.md');
    await vscode.commands.executeCommand('vscode.open', page);
    const preview = (): boolean => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)));
    await until(() => preview() && !tabOf(page), 'the rule page to show as a preview only');
  });
});

suite('Colours for dossiers only', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  /** Decoded semantic tokens: "line:text:type". */
  async function tokensOf(doc: vscode.TextDocument): Promise<string[]> {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
    if (!legend || !tokens) return [];
    const out: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i + 4 < tokens.data.length; i += 5) {
      const [dl, ds, len, type] = tokens.data.slice(i, i + 4);
      line += dl;
      char = dl === 0 ? char + ds : ds;
      out.push(`${line}:${doc.lineAt(line).text.slice(char, char + len)}:${legend.tokenTypes[type]}`);
    }
    return out;
  }

  test('a README that mentions the classes gets no colour of ours; a dossier does', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.strictEqual((ext.packageJSON as { contributes: { grammars?: unknown } }).contributes.grammars, undefined, 'a grammar injected into every Markdown file');
    const readme = await open(fixture('README.md'));
    assert.match(readme.getText(), /semi-autonomous/);
    assert.deepStrictEqual(await tokensOf(readme), []);
    // The TextMate scopes VS Code paints with (an internal command of VS Code's own colorizer tests).
    const scopes = await vscode.commands.executeCommand<{ c: string; t: string }[] | undefined>('_workbench.captureSyntaxTokens', readme.uri).then(
      (x) => x,
      () => undefined,
    );
    if (scopes) assert.deepStrictEqual(scopes.filter((s) => /cpt-dossier/.test(s.t)).map((s) => s.c), []);
    const dossier = await open(fixture('sample.dossier.md'));
    const tokens = await tokensOf(dossier);
    const cls = dossier.getText().split('\n').findIndex((l) => l.startsWith('classification:'));
    assert.ok(tokens.includes(`${cls}:classification:property`), tokens.join(' '));
    assert.ok(tokens.includes(`${cls}:augmentative:type`), tokens.join(' '));
  });

  test('the colours answer the text as it was when VS Code asked, though it changes while the lint runs', async () => {
    // VS Code moves the tokens it gets by the edits made since it asked; tokens of the newer text would be moved twice and
    // land on the wrong lines (or past the end: "Illegal value for lineNumber" in the workbench's log).
    const body = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}: the augmentative software measures the ejection fraction.`).join('\n\n');
    const doc = await untitled(['---', 'cpt_dossier: 1', 'title: Colours in a race', 'classification: augmentative', 'taxonomy: 2027', '---', '', '## Software output', '', body, ''].join('\n'));
    const linesOf = (t: vscode.SemanticTokens | undefined): number[] => {
      const out: number[] = [];
      let line = 0;
      for (let i = 0; t && i + 4 < t.data.length; i += 5) out.push((line += t.data[i]));
      return out;
    };
    const settled = linesOf(await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri));
    assert.ok(settled.length > 2000, `${settled.length} tokens`);
    // A line of plain prose at the end (no colour): the next question needs a new lint, on the dossier's worker.
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    assert.ok(await vscode.window.activeTextEditor!.edit((e) => e.insert(end, 'One more plain line.\n')));
    const asked = vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    // While that lint runs, five lines go in above the body.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(7, 0), '\n\n\n\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepStrictEqual(linesOf(await asked), settled, 'the tokens were worked out on the newer text');
  });
});
