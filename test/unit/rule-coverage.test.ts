// Every rule is pinned by a fixture that fires it and a near miss that does not, and the examples
// its docs page shows (meta.examples) behave as the page says: `bad` fires the rule, `good` does not.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/core/engine';
import { RULES } from '../../src/core/rules';
import { CLEAN_BODY, TODAY, doc } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rules');
/** Rules whose examples cannot be a few lines (a file past the size limit): their fixtures pin them. */
const NO_EXAMPLES = new Set(['size-limit']);

/** Rule ids listed in a sidecar. */
function expectedIds(sidecar: string): string[] {
  return readFileSync(join(FIXTURES, sidecar), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/)[1] ?? '');
}

/**
 * A dossier holding just the example, as its docs page shows it: a file of its own when it starts
 * with `---` or a heading; else its frontmatter keys after `cpt_dossier: 1`, and its prose (after a
 * `…` line, or alone) as the body (a neutral body when it has none).
 */
export function dossierFor(example: string): string {
  if (example.startsWith('---') || example.startsWith('#')) return example.endsWith('\n') ? example : `${example}\n`;
  const [head, tail] = example.includes('\n…\n') ? example.split('\n…\n') : /^[a-z_]+:/.test(example) ? [example, undefined] : ['', example];
  return doc('---', 'cpt_dossier: 1', ...(head ? head.split('\n') : []), '---', ...(tail !== undefined ? ['# Example', '', tail] : CLEAN_BODY));
}

function fires(ruleId: string, text: string): boolean {
  return lintText(text, { fileName: 'example.dossier.md', today: TODAY }).findings.some((f) => f.ruleId === ruleId);
}

describe('every rule has a firing fixture and a near miss', () => {
  const sidecars = readdirSync(FIXTURES).filter((n) => n.endsWith('.expected'));
  for (const r of RULES) {
    const id = r.meta.id;
    const named = (kind: string): string[] => sidecars.filter((n) => n.startsWith(`${id}.`) && n.replace(/\.(dossier\.)?md\.expected$/, '').endsWith(`.${kind}`));
    test(id, () => {
      const firing = named('fires').filter((n) => expectedIds(n).includes(id));
      const nearMiss = named('near-miss').filter((n) => !expectedIds(n).includes(id));
      assert.ok(firing.length > 0, `no ${id}[.variant].fires fixture whose sidecar lists ${id}`);
      assert.ok(nearMiss.length > 0, `no ${id}[.variant].near-miss fixture without ${id}`);
    });
  }
});

describe('rule examples behave as their docs page says', () => {
  for (const r of RULES) {
    const id = r.meta.id;
    test(id, () => {
      if (NO_EXAMPLES.has(id)) return assert.equal(r.meta.examples, undefined);
      const ex = r.meta.examples;
      assert.ok(ex, `${id} has no examples`);
      assert.ok(fires(id, dossierFor(ex.bad)), `the bad example does not fire ${id}:\n${dossierFor(ex.bad)}`);
      assert.ok(!fires(id, dossierFor(ex.good)), `the good example fires ${id}:\n${dossierFor(ex.good)}`);
    });
  }
});
