// Bundles the CLI (and its worker), the library entry of the npm package, the extension (and its
// lint worker) for the desktop extension host, and the extension for the browser's web worker host
// (vscode.dev, github.dev).
// `--production` minifies; `--watch` rebuilds. The browser build fails when anything in it imports
// a Node builtin (`node:fs`, `path`, `worker_threads`…): there is none in a web worker.
const esbuild = require('esbuild');
const { builtinModules } = require('module');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' }, outdir: 'dist' },
  // The npm package's library entry (`require('cpt-dossier')`); its types: tsconfig.lib.json.
  { ...common, entryPoints: { lib: 'src/lib/index.ts' }, outdir: 'dist' },
  // The desktop extension loads dist/engine.js on first use, not at activation (src/extension/engine.ts), and
  // starts the same file as its lint thread (src/extension/lintWorker.ts): the engine ships once.
  { ...common, entryPoints: { extension: 'src/extension/main.ts', engine: 'src/extension/engineNode.ts' }, outdir: 'dist', external: ['vscode'] },
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    // A web worker, not a page: no `document` (decode-named-character-reference's `browser` build
    // creates an element when loaded; its `worker` build does not).
    conditions: ['worker'],
    entryPoints: { extension: 'src/extension/web.ts' },
    outdir: 'dist/web',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    plugins: [noNodeBuiltins()],
  },
];

/** Fails the build on any import of a Node builtin (with the importer, so the leak is easy to find). */
function noNodeBuiltins() {
  const names = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!names.has(args.path) && !args.path.startsWith('node:')) return undefined;
        return { errors: [{ text: `"${args.path}" is a Node builtin, imported by ${require('path').relative(process.cwd(), args.importer) || args.importer}: the browser bundle (dist/web/extension.js) must not use Node (see src/extension/platform.ts)` }] };
      });
    },
  };
}

module.exports = { builds, noNodeBuiltins };

if (require.main === module) (async () => {
  const fs = require('fs');
  const present = builds.filter((b) => Object.values(b.entryPoints).every((p) => fs.existsSync(p)));
  if (watch) {
    for (const b of present) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(present.map((b) => esbuild.build(b)));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
