// The generated files never drift: docs/rules/*.md and schemas/*.json equal what `npm run docs`
// would write now, the config schema lists exactly the rule ids, and the policy schema accepts and
// rejects what validatePolicy does.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, RULE_IDS } from '../../src/core/rules';
import { validatePolicy, BUILT_IN_POLICIES } from '../../src/core/policy';
import { applyConfigFile, defaultConfig } from '../../src/core/config';
import { CONFIG_KEYS } from '../../src/node/loadConfig';
import { exampleLanguage, renderRuleDoc } from '../../src/core/report/ruleDocs';
import { DOCS_DIR, FORMAT_DOC, SCHEMAS_DIR, generatedFiles, stalePages } from '../../scripts/gen-rule-docs';
import { allKeys, renderDossierFormat } from '../../src/core/report/formatDocs';
import { FRONTMATTER } from '../../src/core/schema';
import { parseDossier, targetCategoryOf, taxonomyEditionOf } from '../../src/core/dossier';
import fc from 'fast-check';
import { configSchema, policySchema } from '../../scripts/schemas';
import { run, type Io } from '../../src/cli/commands';
import asePolicyFile from '../../src/core/policies/ase.json';

/** The draft-07 keywords our schemas use. */
interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  items?: Schema;
  required?: string[];
  properties?: Record<string, Schema>;
  propertyNames?: Schema;
  additionalProperties?: boolean | Schema;
  [keyword: string]: unknown;
}

/** A JSON Schema (draft-07) checker for the keywords our two schemas use. Returns the errors. */
function check(schema: Schema, value: unknown, root: Schema = schema, at = '$'): string[] {
  if (schema.$ref) {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce((o: Schema, k: string) => o[k] as Schema, root);
    return check(target, value, root, at);
  }
  const errors: string[] = [];
  const type = schema.type as string | undefined;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'object' && !isObject) return [`${at}: not an object`];
  if (type === 'array' && !Array.isArray(value)) return [`${at}: not an array`];
  if (type === 'string' && typeof value !== 'string') return [`${at}: not a string`];
  if (type === 'boolean' && typeof value !== 'boolean') return [`${at}: not a boolean`];
  if (type === 'number' && typeof value !== 'number') return [`${at}: not a number`];
  if (type === 'integer' && !Number.isInteger(value)) return [`${at}: not an integer`];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: not in enum`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: above maximum`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) errors.push(`${at}: not above exclusiveMinimum`);
  }
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern).test(value)) errors.push(`${at}: does not match ${schema.pattern}`);
  const items = schema.items;
  if (Array.isArray(value) && items) value.forEach((v, i) => errors.push(...check(items, v, root, `${at}[${i}]`)));
  if (isObject) {
    const o = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in o)) errors.push(`${at}: missing ${k}`);
    for (const [k, v] of Object.entries(o)) {
      if (schema.propertyNames) errors.push(...check(schema.propertyNames, k, root, `${at} key ${k}`));
      if (schema.properties && Object.hasOwn(schema.properties, k)) errors.push(...check(schema.properties[k], v, root, `${at}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected ${k}`);
    }
  }
  return errors;
}

describe('rule documentation pages', () => {
  const files = generatedFiles();
  test('every page on disk equals what the generator writes now (run `npm run docs`)', () => {
    for (const [file, text] of files) {
      if (!file.startsWith(DOCS_DIR)) continue;
      assert.ok(fs.existsSync(file), `${path.relative(DOCS_DIR, file)} is missing: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), text, `${path.relative(DOCS_DIR, file)} is out of date: run npm run docs`);
    }
  });
  test('one page per rule and the index, nothing stale', () => {
    const pages = fs.readdirSync(DOCS_DIR).filter((n) => n.endsWith('.md')).sort();
    assert.deepEqual(pages, [...RULE_IDS.map((id) => `${id}.md`), 'README.md'].sort());
    assert.deepEqual(stalePages(files), []);
  });
  test('each page has the parts a reader needs', () => {
    for (const r of RULES) {
      const page = renderRuleDoc(r.meta);
      assert.ok(page.startsWith(`# ${r.meta.id}\n`), r.meta.id);
      for (const part of ['| Default severity |', '| Sources |', '## Why', '## How to fix', '## Configure or disable', '"rules"', 'cptDossier.rules', `<!-- cpt-dossier-disable-next-line ${r.meta.id} -->`]) {
        assert.ok(page.includes(part), `${r.meta.id}: ${part}`);
      }
      if (r.meta.examples) assert.ok(page.includes('## Examples'), r.meta.id);
    }
  });
  test('examples are fenced as YAML or Markdown', () => {
    assert.equal(exampleLanguage('society:\n  name: ASE\n  notified: 2026-11-01'), 'yaml');
    assert.equal(exampleLanguage('codes: [0932T]'), 'yaml');
    assert.equal(exampleLanguage('## Software output\nA number.'), 'markdown');
    assert.equal(exampleLanguage('classification: augmentative\n…\nThe software diagnoses.'), 'markdown');
  });
});

describe('dossier format reference', () => {
  test('docs/dossier-format.md equals what the generator writes now (run `npm run docs`)', () => {
    assert.equal(fs.readFileSync(FORMAT_DOC, 'utf8'), renderDossierFormat());
  });
  test('it names every key, its type and the rules that read it', () => {
    const page = renderDossierFormat();
    for (const { path: key } of allKeys()) assert.ok(page.includes(`### \`${key}\``), key);
    assert.match(page, /\| \[`society\.name`\]\(#societyname\) \| text \|  \| .*\[society-notice-late\]\(rules\/society-notice-late\.md\)/);
    assert.match(page, /\| \[`taxonomy`\]\(#taxonomy\) \| one of `2022`, `2027` \| .* \| .*\[classification-cue\]/);
  });
  test('the defaults it gives are the ones the rules take', () => {
    const bare = parseDossier('---\ncpt_dossier: 1\n---\n', { fileName: 'a.dossier.md' });
    assert.equal(FRONTMATTER.target_category.default, `\`${targetCategoryOf(bare)}\``);
    const late = parseDossier('---\ncpt_dossier: 1\nama_deadline: 2027-01-01\n---\n', { fileName: 'a.dossier.md' });
    const early = parseDossier('---\ncpt_dossier: 1\nama_deadline: 2026-12-31\n---\n', { fileName: 'a.dossier.md' });
    assert.equal(FRONTMATTER.taxonomy.default, `\`${taxonomyEditionOf(late)}\` when \`ama_deadline\` is on or after 2027-01-01, else \`${taxonomyEditionOf(early)}\``);
  });
});

describe('schemas', () => {
  test('the JSON output of lint validates against schemas/lint-output.schema.json, and a finding off the contract does not', async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, 'lint-output.schema.json'), 'utf8')) as Schema;
    let stdout = '';
    const io: Io = { out: (s) => void (stdout += s), err: () => undefined, cwd: path.resolve(__dirname, '..', '..') };
    await run(['lint', '--format', 'json', '--today', '2026-11-23', '--jobs', '1', '--report-unused-disable-directives', 'examples', 'test/fixtures'], io);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    // Every optional part is there to be checked: data, fixes, an engine id.
    assert.ok(findings.some((f) => f.data) && findings.some((f) => f.fixes) && findings.some((f) => f.ruleId === 'directive-unused'));
    assert.deepEqual(check(schema, findings), []);
    const one = findings.find((f) => f.fixes)!;
    assert.deepEqual(check(schema, [{ ...one, line: 0 }, { ...one, ruleId: 'no-such-rule' }, { ...one, extra: 1 }]), ['$[0].line: below minimum', '$[1].ruleId: not in enum', '$[2]: unexpected extra']);
  });

  test('the files on disk equal what the generator writes now', () => {
    for (const [file, text] of generatedFiles()) {
      if (!file.startsWith(SCHEMAS_DIR)) continue;
      assert.equal(fs.readFileSync(file, 'utf8'), text, `${path.basename(file)} is out of date: run npm run docs`);
    }
  });
  test('the config schema lists exactly the rule ids, and the keys the loader knows', () => {
    const s = JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, 'cpt-dossier.schema.json'), 'utf8'));
    assert.deepEqual(s.properties.rules.propertyNames.enum, RULE_IDS);
    assert.deepEqual(Object.keys(s.properties.rules.properties), RULE_IDS);
    assert.deepEqual(Object.keys(s.properties), CONFIG_KEYS);
  });
  test('the config schema agrees with applyConfigFile', () => {
    const schema = configSchema() as Schema;
    const cases: unknown[] = [
      {},
      { rules: { 'payment-claim': 'off', 'deadline-passed': 'error' } },
      { rules: { 'payment-claim': false } },
      { rules: { 'payment-claim': 'loud' } },
      { rules: { 'payment-claims': 'off' } },
      { maxFileSize: 1000 },
      { maxFileSize: 0 },
      { maxFileSize: '1MB' },
      { rules: [] },
    ];
    for (const c of cases) {
      const problems = applyConfigFile(defaultConfig(), c, 'x', [], RULE_IDS).problems;
      assert.equal(check(schema, c).length === 0, problems.length === 0, JSON.stringify(c));
    }
  });
  test('property: a config the schema accepts is one applyConfigFile reads without a problem, and back', () => {
    const schema = configSchema() as Schema;
    const setting = fc.oneof(fc.constantFrom('error', 'warning', 'info', 'off', true, false), fc.jsonValue());
    const ruleId = fc.oneof(fc.constantFrom(...RULE_IDS), fc.string());
    const config = fc.record(
      {
        rules: fc.oneof(fc.dictionary(ruleId, setting, { maxKeys: 4 }), fc.jsonValue()),
        maxFileSize: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.jsonValue()),
        root: fc.oneof(fc.boolean(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(config, (c) => {
        const problems = applyConfigFile(defaultConfig(), c, 'x', [], RULE_IDS).problems;
        assert.equal(check(schema, c).length === 0, problems.length === 0, `${JSON.stringify(c)}: ${problems.join('; ')}`);
      }),
      { numRuns: 500 },
    );
    assert.deepEqual(check(schema, { rules: { 'payment-claim': true } }), [], 'rules.X: true, which the reader accepts');
  });
  test('the policy schema accepts and rejects what validatePolicy does', () => {
    const schema = policySchema() as Schema;
    const base = { id: 'HRS', name: 'Heart Rhythm Society', noticeLeadDays: 90, stance: { augmentative: { summary: 'Case by case.' } } };
    const cases: unknown[] = [
      asePolicyFile,
      base,
      { ...base, aliases: ['Heart Rhythm Society'], source: 'HRS coding policy', roundtable: 'Coding committee', wantsIntentNotice: true },
      { ...base, stance: {} },
      { ...base, id: '' },
      { ...base, id: '   ' },
      { ...base, name: 3 },
      { ...base, noticeLeadDays: -1 },
      { ...base, noticeLeadDays: 3651 },
      { ...base, noticeLeadDays: 1.5 },
      { ...base, noticeLeadDays: '90' },
      { ...base, aliases: 'HRS' },
      { ...base, aliases: [1] },
      { ...base, stance: [] },
      { ...base, stance: { hybrid: { summary: 'x' } } },
      { ...base, stance: { assistive: {} } },
      { ...base, stance: { assistive: { summary: 5 } } },
      (({ stance: _s, ...rest }) => rest)(base),
      [],
      'HRS',
    ];
    for (const c of cases) {
      const ok = !('errors' in validatePolicy(c));
      assert.equal(check(schema, c).length === 0, ok, JSON.stringify(c));
    }
    assert.equal(BUILT_IN_POLICIES.length, 1);
  });
});
