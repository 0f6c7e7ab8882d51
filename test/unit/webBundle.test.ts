// The browser bundle (issue #14): dist/web/extension.js runs in a web worker (vscode.dev,
// github.dev), where there is no Node: the build refuses any Node builtin, and the Node-only parts
// (worker thread, disk reads, the CLI's config loader) stay out of it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
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

  test('loads where there is neither Node nor a DOM (a web worker): only `vscode` is required', async () => {
    assert.ok(web);
    const out = await esbuild.build({ ...web, write: false, minify: false, sourcemap: false, logLevel: 'silent' });
    const source = out.outputFiles[0]!.text;
    // Any property of any depth, callable and constructible: enough for what runs at load time.
    // The bundle copies the module's own keys (esbuild's ESM interop), so they are listed: every
    // `vscodeN.X` the bundle names.
    const names = [...new Set([...source.matchAll(/\bvscode\d*\.(\w+)/g)].map((m) => m[1]!))];
    const target = class {};
    const vscodeStub: object = new Proxy(target, {
      get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'prototype' ? target.prototype : vscodeStub),
      apply: () => vscodeStub,
      construct: () => vscodeStub,
      ownKeys: () => [...Reflect.ownKeys(target), ...names],
      getOwnPropertyDescriptor: (_t, key) => Reflect.getOwnPropertyDescriptor(target, key) ?? { configurable: true, enumerable: true, value: vscodeStub },
    });
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    const workerGlobals = { console, setTimeout, clearTimeout, queueMicrotask, TextDecoder, TextEncoder, URL, structuredClone, performance };
    runInNewContext(source, {
      ...workerGlobals,
      module,
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id !== 'vscode') throw new Error(`cannot require ${id} in a web worker`);
        return vscodeStub;
      },
    });
    assert.deepEqual([...new Set(required)], ['vscode']);
    assert.equal(typeof module.exports.activate, 'function');
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
