// Runs every fixture dossier against its sidecar of expected findings ("LINE RULE-ID" lines).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { lintText } from '../../src/core/engine';
import { TODAY, lineIds } from './helpers';

const ROOT = join(__dirname, '..', '..');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const sidecars = [...walk(join(ROOT, 'test', 'fixtures')), ...walk(join(ROOT, 'examples'))].filter((p) => p.endsWith('.expected'));

function expected(sidecar: string): string[] {
  return readFileSync(sidecar, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.replace(/\s+/g, ' '));
}

describe('fixture dossiers match their expected findings', () => {
  test('there are fixtures', () => assert.ok(sidecars.length >= 20, `only ${sidecars.length} fixtures`));
  for (const sidecar of sidecars) {
    const file = sidecar.slice(0, -'.expected'.length);
    test(relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');
      const got = lineIds(lintText(text, { fileName: basename(file), today: TODAY }).findings);
      const sort = (xs: string[]): string[] => [...xs].sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
      assert.deepEqual(sort(got), sort(expected(sidecar)));
    });
  }
});

describe('chunked parse equals the whole-document parse on every fixture', () => {
  for (const sidecar of sidecars) {
    const file = sidecar.slice(0, -'.expected'.length);
    test(relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');
      const options = { fileName: basename(file), today: TODAY };
      assert.deepEqual(lintText(text, options).findings, lintText(text, { ...options, wholeDocument: true }).findings);
    });
  }
});
