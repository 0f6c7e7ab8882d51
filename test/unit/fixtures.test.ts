// Runs every fixture dossier against its sidecar of expected findings ("LINE RULE-ID" lines).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { lintText, type LintOptions } from '../../src/core/engine';
import { applyConfigFile, defaultConfig } from '../../src/core/config';
import { RULE_IDS } from '../../src/core/rules';
import { TODAY, lineIds } from './helpers';

const ROOT = join(__dirname, '..', '..');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// The samples in examples/ keep their expectations here, out of a newcomer's way.
const EXAMPLE_SIDECARS = join(ROOT, 'test', 'fixtures', 'examples');
const EXAMPLES = join(ROOT, 'examples');
const sidecars = walk(join(ROOT, 'test', 'fixtures')).filter((p) => p.endsWith('.expected'));

/** The file a sidecar describes: beside it, or in examples/ for test/fixtures/examples/. */
function subjectOf(sidecar: string): string {
  const file = sidecar.slice(0, -'.expected'.length);
  return file.startsWith(EXAMPLE_SIDECARS) ? join(EXAMPLES, relative(EXAMPLE_SIDECARS, file)) : file;
}

function expected(sidecar: string): string[] {
  return readFileSync(sidecar, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.replace(/\s+/g, ' '));
}

/** A sidecar's `# config: {...}` line: the .cpt-dossier.json the fixture is linted with (else the defaults). */
export function fixtureOptions(sidecar: string, file: string): LintOptions {
  const line = readFileSync(sidecar, 'utf8').split(/\r?\n/).find((l) => l.startsWith('# config:'));
  const config = line ? applyConfigFile(defaultConfig(), JSON.parse(line.slice('# config:'.length)), sidecar, [], RULE_IDS) : undefined;
  if (config?.problems.length) throw new Error(config.problems.join('; '));
  return { fileName: basename(file), today: TODAY, ...(config ? { config } : {}) };
}

describe('fixture dossiers match their expected findings', () => {
  test('there are fixtures', () => assert.ok(sidecars.length >= 20, `only ${sidecars.length} fixtures`));
  test('every sample in examples/ has its expectations under test/, and none sits beside it', () => {
    const samples = readdirSync(EXAMPLES).filter((n) => n.endsWith('.md'));
    assert.deepEqual(readdirSync(EXAMPLES).filter((n) => n.endsWith('.expected')), []);
    assert.deepEqual(samples.filter((n) => !existsSync(join(EXAMPLE_SIDECARS, `${n}.expected`))), []);
    assert.ok(samples.length >= 6, samples.join(', '));
  });
  for (const sidecar of sidecars) {
    const file = subjectOf(sidecar);
    test(relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');
      const got = lineIds(lintText(text, fixtureOptions(sidecar, file)).findings);
      const sort = (xs: string[]): string[] => [...xs].sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
      assert.deepEqual(sort(got), sort(expected(sidecar)));
    });
  }
});

describe('chunked parse equals the whole-document parse on every fixture', () => {
  for (const sidecar of sidecars) {
    const file = subjectOf(sidecar);
    test(relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');
      const options = fixtureOptions(sidecar, file);
      assert.deepEqual(lintText(text, options).findings, lintText(text, { ...options, wholeDocument: true }).findings);
    });
  }
});
