// The GitHub Action's script (scripts/action.sh) as the runner runs it: inputs as environment
// variables. Only what it decides before running the package is tested here (no registry needed);
// test/package runs it end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'action.sh');

/** Runs the script with an `npm` on PATH that records its arguments instead of running anything. */
function runAction(args: string, annotations = 'true'): { code: number | null; stdout: string; stderr: string; npmCalls: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-action-'));
  try {
    const log = path.join(dir, 'npm.log');
    fs.writeFileSync(path.join(dir, 'npm'), `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >> "${log}"\n`, { mode: 0o755 });
    const r = spawnSync('bash', [SCRIPT], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}`, CPT_DOSSIER_PATHS: 'docs', CPT_DOSSIER_ARGS: args, CPT_DOSSIER_ANNOTATIONS: annotations, CPT_DOSSIER_SARIF: '', CPT_DOSSIER_VERSION: '0.1.0' },
    });
    const npmCalls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, npmCalls };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const REFUSAL =
  'the args input cannot set --format: the Action prints annotations (--format github), the text format with annotations: false, and SARIF to sarif-file; run cpt-dossier lint yourself for another format';

test('a --format in args is refused with an annotation and exit 2, before the package runs', { skip: process.platform === 'win32' ? 'bash script' : false }, () => {
  for (const args of ['--format json', '--today 2026-11-23 --format=sarif']) {
    const r = runAction(args);
    assert.deepEqual(r, { code: 2, stdout: `::error title=CPT Dossier::${REFUSAL}\n`, stderr: `cpt-dossier action: ${REFUSAL}\n`, npmCalls: [] }, args);
  }
});

test('other args reach the CLI after --format github', { skip: process.platform === 'win32' ? 'bash script' : false }, () => {
  const r = runAction('--today 2026-11-23 --report-unused-disable-directives');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.npmCalls, ['exec --yes --package cpt-dossier@0.1.0 -- cpt-dossier lint --format github --today 2026-11-23 --report-unused-disable-directives docs']);
});

test('annotations: true or false in any case; another value is refused before the package runs', { skip: process.platform === 'win32' ? 'bash script' : false }, () => {
  assert.deepEqual(runAction('', 'False').npmCalls, ['exec --yes --package cpt-dossier@0.1.0 -- cpt-dossier lint --format text docs']);
  assert.deepEqual(runAction('', 'TRUE').npmCalls, ['exec --yes --package cpt-dossier@0.1.0 -- cpt-dossier lint --format github docs']);
  const message = 'the annotations input must be true or false';
  assert.deepEqual(runAction('', 'no'), { code: 2, stdout: `::error title=CPT Dossier::${message}\n`, stderr: `cpt-dossier action: ${message}\n`, npmCalls: [] });
});
