// The extension's "Lint all dossiers in workspace" and the CLI's folder search find the same files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { searchFolder } from '../../src/node/findFiles';
import { WORKSPACE_MARKDOWN, WORKSPACE_SKIPPED } from '../../src/extension/workspaceFiles';

test('the workspace globs pick the files the CLI finds in a folder: *.markdown too, no hidden folder, no node_modules', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-ws-'));
  const files = ['a.dossier.md', 'notes/b.markdown', 'notes/deep/c.md', '.github/d.dossier.md', 'docs/.drafts/e.md', 'node_modules/p/f.dossier.md', 'sub/node_modules/g.md', 'h.txt', '.i.md'];
  try {
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), '---\ncpt_dossier: 1\n---\n');
    }
    const cli = searchFolder(root).map((f) => path.relative(root, f).split(path.sep).join('/'));
    // VS Code's glob matches names that start with a dot like any other (picomatch's `dot`).
    const include = picomatch(WORKSPACE_MARKDOWN, { dot: true });
    const skip = picomatch(WORKSPACE_SKIPPED, { dot: true });
    const editor = files.filter((f) => include(f) && !skip(f)).sort();
    assert.deepEqual(cli, ['.i.md', 'a.dossier.md', 'notes/b.markdown', 'notes/deep/c.md']);
    assert.deepEqual(editor, cli);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
