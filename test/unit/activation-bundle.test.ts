// The desktop extension's activation loads dist/extension.js only; the engine (YAML, Markdown and
// prose parsers, rules, assessment, reports, configuration loader) is dist/engine.js, loaded on
// first use (src/extension/engine.ts). A static import of one of them in src/extension would put
// it back into every Markdown file's start-up: this fails then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(ROOT, 'esbuild.js')) as { builds: esbuild.BuildOptions[] };
const desktop = config.builds.find((b) => b.entryPoints && 'extension' in b.entryPoints && b.platform === 'node');

const ENGINE_ONLY = /node_modules\/(yaml|micromark[^/]*|character-entities|picomatch|jsonc-parser|fastest-levenshtein)\/|^src\/core\/(engine|dossier|assess|facts|configLoader|rules\/|prose\/|report\/|parse\/(analyse|markdownTree|yamlFacts))/;

test('dist/extension.js holds none of the engine; dist/engine.js holds it', async () => {
  assert.ok(desktop, 'esbuild.js has no desktop extension build');
  const out = await esbuild.build({ ...desktop, write: false, metafile: true, minify: true, sourcemap: false, logLevel: 'silent' });
  const byOutput = Object.entries(out.metafile.outputs);
  const inputsOf = (name: string): string[] => Object.keys(byOutput.find(([file]) => file.endsWith(`/${name}`))?.[1].inputs ?? {});
  const extension = inputsOf('extension.js');
  assert.ok(extension.includes('src/extension/main.ts'), extension.join(', '));
  assert.deepEqual(extension.filter((i) => ENGINE_ONLY.test(i)), []);
  const engine = inputsOf('engine.js');
  for (const part of ['src/core/engine.ts', 'src/core/prose/acts.ts', 'src/node/loadConfig.ts']) assert.ok(engine.includes(part), `${part} is not in dist/engine.js`);
});
