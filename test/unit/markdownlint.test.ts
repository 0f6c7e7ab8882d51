// The samples and the dossier skeleton are clean under markdownlint's default rules (line length
// aside), so that users of both extensions get no warning on every dossier (issue #12, item 10).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CONFIG = { default: true, MD013: false };

type LintSync = (o: { strings: Record<string, string>; config: Record<string, unknown> }) => Record<string, { lineNumber: number; ruleNames: string[]; errorDetail: string | null }[]>;

async function markdownlint(strings: Record<string, string>): Promise<string[]> {
  const { lint } = (await import('markdownlint/sync')) as unknown as { lint: LintSync };
  const result = lint({ strings, config: CONFIG });
  return Object.entries(result).flatMap(([name, errors]) => errors.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`.trim()));
}

/** The text a snippet inserts when every placeholder keeps its default (first choice, or its name). */
function expandSnippet(body: string[]): string {
  const values = new Map<string, string>();
  const text = body.join('\n');
  const expanded = text
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '11')
    .replace(/\$CURRENT_DATE/g, '23')
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, d: string) => (values.set(n, d), d))
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, choices: string) => {
      const first = choices.split(',')[0];
      values.set(n, first);
      return first;
    });
  return expanded.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => values.get(a ?? b ?? '') ?? '');
}

describe('markdownlint on what a writer starts from', () => {
  test('every sample in examples/', async () => {
    const dir = join(ROOT, 'examples');
    const strings = Object.fromEntries(
      readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .map((n) => [`examples/${n}`, readFileSync(join(dir, n), 'utf8')]),
    );
    assert.ok(Object.keys(strings).length >= 6);
    assert.deepEqual(await markdownlint(strings), []);
  });

  test('the whole-dossier snippet, as inserted', async () => {
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'cpt-dossier.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[]; body: string[] }>;
    const skeleton = Object.values(snippets).find((s) => [s.prefix].flat().includes('cpt-dossier'));
    assert.ok(skeleton, 'the cpt-dossier snippet');
    const text = expandSnippet(skeleton.body);
    assert.match(text, /^---\ncpt_dossier: 1\ntitle: Name of the AI-enabled service\n/);
    assert.deepEqual(await markdownlint({ 'cpt-dossier snippet': text }), []);
  });

  test('the check can fail: a second H1 under a frontmatter title is reported', async () => {
    assert.deepEqual(await markdownlint({ x: '---\ntitle: T\n---\n\n# T\n' }), ['x:5 MD025/single-title/single-h1']);
  });
});
