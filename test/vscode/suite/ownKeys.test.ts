// Keys named after what every JavaScript object inherits (`constructor`, `__proto__`, `toString`)
// are unknown keys for hover and completion; the configuration search stays in the workspace folder.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { BASE, closeAll, codeOf, hasFolder, open, ready, waitForDiagnostics } from './helpers';

let counter = 0;

/**
 * An untitled dossier under a name never used before: a reused `Untitled-1` can still answer
 * with the text of the buffer closed just before.
 */
async function untitled(content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/own-keys-${Date.now()}-${counter++}.dossier.md` });
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await vscode.window.showTextDocument(doc, { preview: false });
  assert.strictEqual(doc.getText(), content);
  return doc;
}

/** The extension's completions (keys and values), without the editor's word-based suggestions. */
async function completions(doc: vscode.TextDocument, pos: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  const ours = [vscode.CompletionItemKind.Property, vscode.CompletionItemKind.EnumMember, vscode.CompletionItemKind.Value];
  return list.items.filter((i) => i.kind !== undefined && ours.includes(i.kind)).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

async function hoverAt(doc: vscode.TextDocument, line: number, character: number): Promise<string> {
  const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character));
  return hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

const lineOf = (doc: vscode.TextDocument, start: string): number => doc.getText().split('\n').findIndex((l) => l.startsWith(start));

suite('Inherited names as keys and values', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('hover on a constructor, __proto__ or toString key shows nothing; known keys still explain themselves', async () => {
    const doc = await untitled(BASE.replace('title: Test dossier\n', 'title: Test dossier\nconstructor: x\n__proto__: y\ntoString: z\nfda_extra:\n  constructor: 1\n'));
    for (const key of ['constructor:', '__proto__:', 'toString:', '  constructor:']) {
      const text = await hoverAt(doc, lineOf(doc, key), key.length - 3);
      assert.strictEqual(text, '', `hover on ${key} showed: ${text}`);
    }
    assert.match(await hoverAt(doc, lineOf(doc, 'title:'), 2), /Name of the AI-enabled service/);
  });

  test('hover on classification: constructor / __proto__ gives no definition (not "function Object()")', async () => {
    for (const value of ['constructor', '__proto__']) {
      const doc = await untitled(BASE.replace('classification: augmentative', `classification: ${value}`));
      const text = await hoverAt(doc, lineOf(doc, 'classification:'), 'classification: '.length + 2);
      assert.doesNotMatch(text, /native code|function|\[object Object\]/, text);
      assert.strictEqual(text, '');
    }
  });

  test('completion under an unknown key (constructor:, foo:) offers no frontmatter keys', async () => {
    for (const key of ['constructor', '__proto__', 'foo']) {
      const doc = await untitled(BASE.replace('title: Test dossier\n', `title: Test dossier\n${key}:\n  \n`));
      const labels = await completions(doc, new vscode.Position(lineOf(doc, `${key}:`) + 1, 2));
      for (const k of ['classification', 'status', 'title', 'fda']) assert.ok(!labels.includes(k), `${k} offered under ${key}: ${labels.join(', ')}`);
      // (first_contact removed: a key already written is not offered again)
      const control = await untitled(BASE.replace('  first_contact: 2026-04-10\n', '  \n'));
      assert.ok((await completions(control, new vscode.Position(lineOf(control, '  status:') + 1, 2))).includes('first_contact'), 'the filter hides our own items');
      // and a value position after such a key: no values either
      const valueDoc = await untitled(BASE.replace('  status: pre-submission\n', '  status: pre-submission\n  constructor: \n'));
      const values = await completions(valueDoc, new vscode.Position(lineOf(valueDoc, '  constructor:'), '  constructor: '.length));
      for (const v of ['pre-submission', 'cleared', 'true']) assert.ok(!values.includes(v), `${v} offered for constructor: ${values.join(', ')}`);
    }
  });
});

suite('Configuration stays in the workspace folder', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  test('a .cpt-dossier.json in the folder above the workspace folder is not applied', async function () {
    if (!hasFolder()) return this.skip();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const above = vscode.Uri.joinPath(folder, '..', '.cpt-dossier.json');
    const own = vscode.Uri.joinPath(folder, '.cpt-dossier.json');
    const saved = await vscode.workspace.fs.readFile(own);
    const dossier = vscode.Uri.joinPath(folder, 'stop-test', 'x.dossier.md');
    try {
      // The workspace's own file removed, one above it that would turn classification-missing off.
      await vscode.workspace.fs.writeFile(above, new TextEncoder().encode(JSON.stringify({ rules: { 'classification-missing': 'off' } })));
      await vscode.workspace.fs.delete(own);
      await vscode.workspace.fs.writeFile(dossier, new TextEncoder().encode(BASE.replace('classification: augmentative\n', '')));
      const doc = await open(dossier);
      const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'classification-missing'), 'classification-missing (the file above the folder must not turn it off)');
      assert.strictEqual(diags.find((x) => codeOf(x) === 'classification-missing')!.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await vscode.workspace.fs.writeFile(own, saved);
      await vscode.workspace.fs.delete(above).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'stop-test'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
