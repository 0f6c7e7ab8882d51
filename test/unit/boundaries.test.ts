// The core is pure: it imports only the core and its parsing libraries, never `vscode`, `node:`
// modules or an adapter (src/cli, src/node, src/extension), so the CLI, the extension host, its
// lint worker and a web extension host all run the same engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '..', '..', 'src', 'core');
/** Libraries the core may use: YAML and Markdown parsing, nearest-name suggestions, and type-only packages. */
const LIBRARIES = new Set(['yaml', 'unified', 'remark-parse', 'mdast', 'micromark-util-types', 'micromark-util-normalize-identifier', 'fastest-levenshtein', 'sarif', 'jsonc-parser/lib/esm/main.js', 'picomatch/posix']);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const p of patterns) for (const m of source.matchAll(p)) found.push(m[1]);
  return found;
}

test('the import patterns find what they must (the check below can fail)', () => {
  assert.deepEqual(specifiers("import * as vscode from 'vscode';\nimport type { X } from '../cli/main';\nexport { y } from 'node:fs';\nconst f = require('fs');\nimport 'side-effect';"), [
    'vscode',
    '../cli/main',
    'node:fs',
    'side-effect',
    'fs',
  ]);
});

test('src/core imports only src/core and its parsing libraries', () => {
  const wrong: string[] = [];
  const all = files(CORE);
  assert.ok(all.length > 50, 'the core files were found');
  for (const file of all) {
    for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
      const rel = path.relative(CORE, file);
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        if (path.relative(CORE, target).startsWith('..')) wrong.push(`${rel}: ${spec} is outside src/core`);
      } else if (!LIBRARIES.has(spec)) wrong.push(`${rel}: ${spec}`);
    }
  }
  assert.deepEqual(wrong, []);
});
