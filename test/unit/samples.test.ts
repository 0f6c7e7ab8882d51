// `npm start` opens a copy of examples/, so that autosaved edits never touch the tracked samples.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { copySamples } = require(join(ROOT, 'test', 'vscode', 'harness', 'samples.js')) as { copySamples: (dest: string, from?: string) => string };

describe('npm start samples', () => {
  test('a copy of every sample; edits to it leave examples/ as tracked', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cpt-samples-'));
    try {
      const copy = copySamples(join(tmp, 'examples'));
      assert.deepEqual(readdirSync(copy).sort(), readdirSync(join(ROOT, 'examples')).sort());
      const original = readFileSync(join(ROOT, 'examples', 'lvef-ready.dossier.md'), 'utf8');
      writeFileSync(join(copy, 'lvef-ready.dossier.md'), 'typed by a newcomer\n');
      assert.equal(readFileSync(join(ROOT, 'examples', 'lvef-ready.dossier.md'), 'utf8'), original);
      // The next start begins from the samples again.
      copySamples(join(tmp, 'examples'));
      assert.equal(readFileSync(join(copy, 'lvef-ready.dossier.md'), 'utf8'), original);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('the copy never lands inside examples/, and npm start serves the copy', () => {
    assert.throws(() => copySamples(join(ROOT, 'examples', 'x')), /outside/);
    assert.throws(() => copySamples(join(ROOT, 'examples')), /outside/);
    const start = readFileSync(join(ROOT, 'test', 'vscode', 'harness', 'start.js'), 'utf8');
    assert.match(start, /copySamples\(/);
    assert.doesNotMatch(start, /P\.EXAMPLES/);
  });
});
