// Keys written in a dossier, a configuration or a policy file index tables (the frontmatter schema,
// rule severities, policy stances). Keys that every JavaScript object inherits (`constructor`,
// `__proto__`, `toString`) must behave as the unknown keys they are, never as table entries.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fieldAt } from '../../src/core/schema';
import { applyConfigFile, defaultConfig, effectiveSeverity } from '../../src/core/config';
import { validatePolicy } from '../../src/core/policy';
import { RULE_IDS } from '../../src/core/rules';
import { clearConfigCache, findConfigFile, loadConfigFile } from '../../src/node/loadConfig';
import { lintText } from '../../src/core/engine';
import { TODAY, clean } from './helpers';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('own-property lookups', () => {
  test('the frontmatter schema knows no inherited key, at any depth', () => {
    for (const key of INHERITED) {
      for (const p of [key, `fda.${key}`, `sites[].${key}`, `society.${key}`, `${key}.name`, `trials[].${key}`]) assert.equal(fieldAt(p), undefined, p);
    }
    assert.equal(fieldAt('fda.status')?.type.kind, 'enum');
    assert.equal(fieldAt('sites[].since')?.type.kind, 'date');
  });

  test('a dossier with inherited names as keys and values gets unknown-field and field-value, no internal error', () => {
    const text = clean({ classification: 'constructor' }).replace('cpt_dossier: 1\n', 'cpt_dossier: 1\nconstructor: x\n__proto__: y\ntoString:\n  a: 1\n');
    const { findings } = lintText(text, { fileName: 'x.dossier.md', today: TODAY });
    const ids = findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
    assert.ok(!ids.some((i) => i.endsWith('internal-error')), ids.join(', '));
    assert.deepEqual(
      ids.filter((i) => /unknown-field|field-value/.test(i)),
      ['3 unknown-field', '4 unknown-field', '5 unknown-field', '8 field-value'],
    );
    assert.match(findings.find((f) => f.ruleId === 'field-value')!.message, /constructor/);
    // a society named after an inherited key is simply a society without a policy file
    const society = lintText(clean().replace('  name: ASE', '  name: constructor'), { fileName: 'x.dossier.md', today: TODAY }).findings;
    assert.ok(!society.some((f) => f.ruleId === 'internal-error'));
  });

  test('configured severities: inherited rule ids are unknown rules, and never read back', () => {
    const json = JSON.parse('{"rules": {"constructor": "off", "__proto__": "off", "toString": true, "valueOf": "error"}}');
    const config = applyConfigFile(defaultConfig(), json, 'c.json', [], RULE_IDS);
    assert.deepEqual(config.problems, [
      'c.json: rules.constructor is not a rule of CPT Dossier',
      'c.json: rules.__proto__ is not a rule of CPT Dossier',
      'c.json: rules.toString is not a rule of CPT Dossier',
      'c.json: rules.valueOf is not a rule of CPT Dossier',
    ]);
    assert.deepEqual(Object.keys(config.severities), []);
    for (const key of INHERITED) assert.equal(effectiveSeverity(config, key, 'warning'), 'warning', key);
    // without a list of known rules (a caller that checks later), they are stored as own entries
    const loose = applyConfigFile(defaultConfig(), json, 'c.json');
    assert.deepEqual(Object.keys(loose.severities).sort(), ['__proto__', 'constructor', 'valueOf']);
    assert.equal(Object.getPrototypeOf(loose.severities), Object.prototype);
    assert.equal(effectiveSeverity(loose, 'toString', 'info'), 'info');
  });

  test('a policy stance keyed by an inherited name is not a class of Appendix S', () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      const json = JSON.parse(`{"id": "X", "name": "X Society", "noticeLeadDays": 30, "stance": {"${key}": {"summary": "s"}}}`);
      assert.deepEqual(validatePolicy(json), { errors: [`"stance.${key}" is not a class of Appendix S (assistive, augmentative, autonomous)`] });
    }
  });

  test('a configuration file with inherited names as settings lists them as unknown', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-own-'));
    try {
      const file = path.join(dir, '.cpt-dossier.json');
      fs.writeFileSync(file, '{"constructor": 1, "__proto__": {"rules": {}}, "toString": "x"}');
      clearConfigCache();
      const known = '(known: rules, policies, maxFileSize, root, extends, ignores)';
      assert.deepEqual(loadConfigFile(file).problems, [
        `${file}: "constructor" is not a CPT Dossier setting ${known}`,
        `${file}: "__proto__" is not a CPT Dossier setting ${known}`,
        `${file}: "toString" is not a CPT Dossier setting ${known}`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('where .cpt-dossier.json is looked for', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-lookup-')));
  const at = (...p: string[]): string => path.join(dir, ...p);
  fs.mkdirSync(at('shared', 'ws', 'docs', 'deep'), { recursive: true });
  fs.writeFileSync(at('shared', '.cpt-dossier.json'), '{}');
  fs.mkdirSync(at('shared', 'repo', '.git'), { recursive: true });
  fs.mkdirSync(at('shared', 'repo', 'docs'), { recursive: true });

  test('the editor: never above the workspace folder; a file outside any folder: its own folder only', () => {
    assert.equal(findConfigFile(at('shared', 'ws', 'docs', 'deep'), undefined, undefined, { stopAt: at('shared', 'ws') }), undefined);
    assert.equal(findConfigFile(at('shared', 'ws', 'docs', 'deep'), undefined, undefined, { stopAt: at('shared') }), at('shared', '.cpt-dossier.json'));
    assert.equal(findConfigFile(at('shared', 'ws', 'docs'), undefined, undefined, {}), undefined);
    assert.equal(findConfigFile(at('shared'), undefined, undefined, {}), at('shared', '.cpt-dossier.json'));
  });

  test('the CLI: up to the repository root, or outside one up to the highest folder pointed at', () => {
    assert.equal(findConfigFile(at('shared', 'repo', 'docs'), undefined, undefined, { pointedAt: [dir] }), undefined);
    assert.equal(findConfigFile(at('shared', 'ws', 'docs', 'deep'), undefined, undefined, { pointedAt: [at('shared', 'ws', 'docs'), dir] }), at('shared', '.cpt-dossier.json'));
    assert.equal(findConfigFile(at('shared', 'ws', 'docs', 'deep'), undefined, undefined, { pointedAt: [at('shared', 'ws')] }), undefined);
    // a folder pointed at that does not hold the file sets no bound for it
    assert.equal(findConfigFile(at('shared', 'ws', 'docs', 'deep'), undefined, undefined, { pointedAt: [at('shared', 'repo'), '/nonexistent'] }), undefined);
  });

  test('Restricted Mode: policy files outside the workspace folder are not read, even through a link', () => {
    fs.mkdirSync(at('trust', 'ws', 'policies'), { recursive: true });
    const policy = JSON.stringify({ id: 'HRS', name: 'Heart Rhythm Society', noticeLeadDays: 90, stance: {} });
    fs.writeFileSync(at('trust', 'outside.json'), policy);
    fs.writeFileSync(at('trust', 'ws', 'policies', 'inside.json'), policy.replace('HRS', 'SCCT'));
    if (process.platform !== 'win32') fs.symlinkSync(at('trust', 'outside.json'), at('trust', 'ws', 'policies', 'link.json'));
    const conf = at('trust', 'ws', '.cpt-dossier.json');
    const names = ['policies/inside.json', '../outside.json', ...(process.platform !== 'win32' ? ['policies/link.json'] : [])];
    fs.writeFileSync(conf, JSON.stringify({ policies: names }));
    clearConfigCache();
    const restricted = loadConfigFile(conf, undefined, { policyRoot: at('trust', 'ws') });
    assert.deepEqual(
      restricted.problems,
      names.slice(1).map((p, i) => `${conf}: policies[${i + 1}] "${p}" is outside the workspace folder; in Restricted Mode only policy files inside it are read`),
    );
    assert.deepEqual(restricted.policies.map((p) => p.id), ['ASE', 'SCCT']);
    const trusted = loadConfigFile(conf);
    assert.deepEqual(trusted.problems, []);
    assert.deepEqual(trusted.policies.map((p) => p.id), ['ASE', 'SCCT', 'HRS', ...(process.platform !== 'win32' ? ['HRS'] : [])]);
  });

  test('cleanup', () => fs.rmSync(dir, { recursive: true, force: true }));
});


