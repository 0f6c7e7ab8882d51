// Bundles the CLI (and its worker), the library entry of the npm package, and the extension (and its lint worker). `--production` minifies; `--watch` rebuilds.
const esbuild = require('esbuild');

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
  { ...common, entryPoints: { extension: 'src/extension/extension.ts', lintWorker: 'src/extension/lintWorker.ts' }, outdir: 'dist', external: ['vscode'] },
];

(async () => {
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
