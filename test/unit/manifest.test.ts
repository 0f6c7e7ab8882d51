// package.json's extension fields (entry points, contributes, capabilities…) are written by
// scripts/package-fields.ts (`npm run manifest`). A contribution added to package.json by hand is
// lost the next time the script runs, so the two must agree: this test fails when they do not.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packageFields, PACKAGE_JSON, withPackageFields } from '../../scripts/package-fields';
import { RULE_IDS } from '../../src/core/rules';

interface Manifest {
  main: string;
  browser: string;
  contributes: {
    commands: { command: string }[];
    menus: { commandPalette: { command: string; when?: string }[] };
    configuration: { properties: Record<string, { properties?: Record<string, unknown> }> };
  };
}

const text = readFileSync(PACKAGE_JSON, 'utf8');

describe('package.json and scripts/package-fields.ts', () => {
  test('package.json holds exactly what the script writes', () => {
    const have = JSON.parse(text) as Record<string, unknown>;
    // Field by field first, so that a failure names the field that drifted.
    for (const [key, value] of Object.entries(packageFields())) {
      assert.deepEqual(have[key], value, `package.json "${key}" differs from scripts/package-fields.ts: run \`npm run manifest\`, or put the change in the script`);
    }
    assert.equal(withPackageFields(text), text, 'package.json is not formatted as the script writes it: run `npm run manifest`');
  });

  test('a contribution added by hand is what the script drops (the check above can fail)', () => {
    const pkg = JSON.parse(text) as Manifest;
    pkg.contributes.commands.push({ command: 'cptDossier.addedByHand' });
    const edited = JSON.stringify(pkg, null, 2) + '\n';
    assert.notEqual(withPackageFields(edited), edited);
    assert.ok(!withPackageFields(edited).includes('cptDossier.addedByHand'));
  });

  test('fields that are not the extension\'s stay as they are, in their place', () => {
    const pkg = JSON.parse(text) as Record<string, unknown>;
    const edited = JSON.stringify({ ...pkg, version: '9.9.9', scripts: { only: 'this' } }, null, 2) + '\n';
    const out = JSON.parse(withPackageFields(edited)) as Record<string, unknown>;
    assert.equal(out.version, '9.9.9');
    assert.deepEqual(out.scripts, { only: 'this' });
    assert.deepEqual(Object.keys(out), Object.keys(pkg));
  });

  test('every rule has a severity setting, every command a palette entry, both hosts an entry', () => {
    const pkg = JSON.parse(text) as Manifest;
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['cptDossier.rules'].properties ?? {}), [...RULE_IDS]);
    assert.deepEqual(
      pkg.contributes.commands.map((c) => c.command).sort(),
      pkg.contributes.menus.commandPalette.map((c) => c.command).sort(),
    );
    assert.deepEqual([pkg.main, pkg.browser], ['./dist/extension.js', './dist/web/extension.js']);
  });
});
