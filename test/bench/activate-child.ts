/**
 * Child process of the benchmark (bundled by bench.ts, run with plain node): measures the cost of
 * loading `dist/extension.js` and calling `activate` in a fresh process. `vscode` is not available
 * outside the editor, so a minimal stand-in is injected through a Module._load hook: every API it
 * is asked for is a callable, constructible, iterable-as-empty proxy, enough for activation code to
 * register its commands and listeners. This is a measurement, not a test of the extension.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const made = new Map<string, Any>();

/**
 * The API's top-level names (classes, enums, namespaces, functions), read from @types/vscode so
 * that the stand-in grows with the API the extension uses (a hand-kept list fell behind:
 * `SemanticTokensLegend` was missing and activate threw before doing its work).
 */
function vscodeApiNames(root: string): string[] {
  const dts = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = new Set<string>();
  for (const m of dts.matchAll(/^\texport (?:declare )?(?:class|enum|namespace|const|function|let|var) (\w+)/gm)) names.add(m[1]);
  return [...names];
}

/** The same proxy for the same API path, so enum members compare equal. */
function fake(path: string): Any {
  const known = made.get(path);
  if (known) return known;
  const target = function () {
    /* stand-in */
  };
  const proxy: Any = new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'toString' || prop === 'toJSON') return () => '';
      if (prop === 'length') return 0;
      if (prop === 'dispose') return () => undefined;
      if (prop === 'get') return (_key: unknown, fallback?: unknown) => fallback; // configuration, mementos
      if (typeof prop === 'symbol') return undefined;
      return fake(`${path}.${prop}`);
    },
    set: () => true,
    apply: () => fake(`${path}()`),
    construct: () => fake(`new ${path}`),
  });
  made.set(path, proxy);
  return proxy;
}

async function main(): Promise<void> {
  const bundle = process.argv[2];
  const root = process.argv[3];
  // A plain object with the API's top-level names: bundlers copy a module's own keys on import.
  const vscode: Record<string, Any> = { version: '1.100.0' };
  for (const name of vscodeApiNames(root)) if (name !== 'version') vscode[name] = fake(`vscode.${name}`);
  const M = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const load = M._load;
  M._load = function (request, parent, isMain) {
    if (request === 'vscode') return vscode;
    return load.call(this, request, parent, isMain);
  };
  const memento = { get: (_k: string, d?: unknown) => d, update: async () => undefined, keys: () => [] };
  const context = new Proxy(
    {
      subscriptions: [] as { dispose(): unknown }[],
      extensionPath: root,
      asAbsolutePath: (p: string) => join(root, p),
      globalState: { ...memento, setKeysForSync: () => undefined },
      workspaceState: memento,
      extensionMode: 1,
    },
    { get: (t, prop) => (prop in t ? (t as Record<string | symbol, unknown>)[prop] : typeof prop === 'symbol' ? undefined : fake(`context.${prop}`)) },
  );
  let error: string | undefined;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let t1 = t0;
  try {
    const ext = require(bundle) as { activate?: (c: unknown) => unknown };
    t1 = performance.now();
    // A bundle without `activate` would measure nothing: say so (no verdict) instead of 0 ms.
    if (typeof ext.activate !== 'function') throw new Error(`${bundle} exports no activate function`);
    const r = ext.activate(context);
    if (r && typeof (r as Promise<unknown>).then === 'function') await r;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log('RESULT ' + JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, cpuMs, subscriptions: context.subscriptions.length, ...(error ? { error } : {}) }));
  process.exit(0);
}

void main();
