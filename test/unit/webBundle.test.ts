// The browser bundle (issue #14): dist/web/extension.js runs in a web worker (vscode.dev,
// github.dev), where there is no Node: the build refuses any Node builtin, and the Node-only parts
// (worker thread, disk reads, the CLI's config loader) stay out of it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(ROOT, 'esbuild.js')) as { builds: esbuild.BuildOptions[]; noNodeBuiltins: () => esbuild.Plugin };
const web = config.builds.find((b) => b.platform === 'browser');

describe('the browser bundle', () => {
  test('is built from src/extension/web.ts without Node builtins or Node-only modules', async () => {
    assert.ok(web, 'esbuild.js has no browser build');
    const out = await esbuild.build({ ...web, write: false, metafile: true, minify: false, sourcemap: false, logLevel: 'silent' });
    const inputs = Object.keys(out.metafile.inputs);
    assert.ok(inputs.includes('src/extension/web.ts'), inputs.join(', '));
    assert.deepEqual(inputs.filter((i) => /^src\/node\/|^src\/cli\/|lintClient|lintWorker|platformNode|^node:/.test(i)), []);
    const outputs = Object.values(out.metafile.outputs);
    assert.deepEqual(outputs.flatMap((o) => o.imports.map((i) => i.path)).filter((p) => p !== 'vscode'), [], 'the bundle imports only vscode');
  });

  test('fails the build when a Node builtin creeps in, naming the importer', async () => {
    assert.ok(web);
    for (const builtin of ['node:fs', 'path', 'worker_threads']) {
      await assert.rejects(
        esbuild.build({ ...web, entryPoints: undefined, stdin: { contents: `import * as m from '${builtin}'; console.log(m);`, resolveDir: ROOT, sourcefile: 'leak.ts', loader: 'ts' }, write: false, logLevel: 'silent' }),
        (e: Error) => e.message.includes(`"${builtin}" is a Node builtin, imported by leak.ts`),
      );
    }
  });
});
