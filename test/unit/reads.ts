// What each rule reads of the frontmatter, observed: rules run on a corpus of dossiers whose fact
// maps record every key looked up (list indices folded: `trials[0].country` → `trials[].country`),
// and a rule that uses the society policy reads `society.name` (the engine finds the policy by it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DossierLinter } from '../../src/core/engine';
import { defaultConfig } from '../../src/core/config';
import { findPolicy } from '../../src/core/policy';
import { RULES } from '../../src/core/rules';
import type { Dossier } from '../../src/core/dossier';
import type { RuleContext } from '../../src/core/rule';
import type { FrontmatterFacts } from '../../src/core/parse/yamlFacts';
import { TODAY } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');

/** The schema path of a fact path. */
export function schemaPath(p: string): string {
  return p.replace(/\[\d+\]/g, '[]').replace(/\[\]$/, '');
}

class RecordingMap<K, V> extends Map<K, V> {
  constructor(
    entries: Map<K, V>,
    private readonly record: (key: K) => void,
  ) {
    super(entries);
  }
  override get(key: K): V | undefined {
    this.record?.(key);
    return super.get(key);
  }
  override has(key: K): boolean {
    this.record?.(key);
    return super.has(key);
  }
}

/** Every dossier of the corpus: rule fixtures, the samples, the prose set, and each rule's examples. */
export function corpus(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['test/fixtures/rules', 'examples', 'test/prose/dossiers']) {
    for (const n of fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md')).sort()) {
      out.push({ name: `${dir}/${n}`, text: fs.readFileSync(path.join(ROOT, dir, n), 'utf8') });
    }
  }
  return out;
}

/** The frontmatter paths each rule read while checking the corpus. */
export function observedReads(texts: readonly { name: string; text: string }[]): Map<string, Set<string>> {
  const reads = new Map<string, Set<string>>(RULES.map((r) => [r.meta.id, new Set<string>()]));
  const config = defaultConfig();
  for (const { name, text } of texts) {
    const { dossier } = new DossierLinter(false).lint(text, { fileName: name.endsWith('.dossier.md') ? name : `${name}.dossier.md`, today: TODAY, config });
    if (!dossier.isDossier || !dossier.facts) continue;
    for (const rule of RULES) {
      if (rule.needsFrontmatter && !dossier.facts) continue;
      const seen = reads.get(rule.meta.id)!;
      const record = (key: string): void => void seen.add(schemaPath(key));
      const facts: FrontmatterFacts = {
        ...dossier.facts,
        values: new RecordingMap(dossier.facts.values, record),
        keys: new RecordingMap(dossier.facts.keys, record),
        listLengths: new RecordingMap(dossier.facts.listLengths, record),
      };
      const watched: Dossier = { ...dossier, facts };
      const policy = findPolicy(config.policies, dossier.facts.values.get('society.name')?.value as string | undefined);
      const ctx: RuleContext = {
        dossier: watched,
        today: TODAY,
        get policy() {
          seen.add('society.name');
          return policy;
        },
        policies: config.policies,
        report: () => undefined,
        anchor: () => ({ start: 0, end: 0 }),
        at: (located) => located.span,
      };
      rule.check(ctx);
    }
  }
  return reads;
}
