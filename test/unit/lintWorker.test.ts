// The extension's lint worker (src/extension/lintWorker.ts, driven by lintClient.ts): the results
// it sends back equal an in-thread lint, only the newest version of a document is answered, and a
// lint past its time limit is stopped without losing the worker for the next one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { DossierLinter } from '../../src/core/engine';
import { defaultConfig } from '../../src/core/config';
import { LintWorkerClient, type LintJob } from '../../src/extension/lintClient';
import { hitCount } from '../../src/extension/wire';
import { suggestForDossier } from '../../src/core/prose/backoff';
import { readPassage } from '../../src/core/prose/passage';
import { bigProse } from '../bench/latencyInputs';
import { TODAY, clean } from './helpers';

let tmp: string;
let client: LintWorkerClient;
const options = { fileName: 'a.dossier.md', today: TODAY, config: defaultConfig() };
const job = (key: string, text: string, tag: number, extra: Partial<LintJob<number>> = {}): LintJob<number> => ({ key, text, options, timeLimitMs: 60_000, tag, ...extra });

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-lint-worker-'));
  const outfile = path.join(tmp, 'lintWorker.js');
  buildSync({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent', entryPoints: [path.join(__dirname, '../../src/extension/lintWorker.ts')], outfile });
  client = LintWorkerClient.create(outfile)!;
  assert.ok(client, 'worker threads are available in Node');
});

after(() => {
  client.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('lint worker', () => {
  test('a result from the worker equals a lint on this thread, line index included', async () => {
    const text = '\ufeff' + clean({ classification: 'semi' }) + '\n## Notes\n\nThe software diagnoses the condition. A CPT code guarantees reimbursement. <!-- a note -->\n';
    const here = new DossierLinter(true).lint(text, options);
    const r = await client.lint(job('a', text, 1));
    assert.equal(r.kind, 'done');
    if (r.kind !== 'done') return;
    assert.deepEqual(r.result.findings, here.findings);
    // Counted without unpacking (the lens asks on every result of a big file).
    assert.equal(hitCount(r.result.dossier, 'cues'), here.dossier.cues.length);
    assert.ok(Object.getOwnPropertyDescriptor(r.result.dossier, 'cues')?.get, 'still packed');
    assert.ok(r.result.findings.some((f) => f.ruleId === 'payment-claim'));
    // The prose crosses only when no phrase names a class (the backoff reads it only then): here one does.
    assert.deepEqual(r.result.dossier.prose, []);
    // The worker reads the prose as a whole for the host (here too little of it: null); read here, the same.
    readPassage(here.dossier);
    assert.deepEqual({ ...r.result.dossier, lines: undefined, prose: undefined }, { ...here.dossier, lines: undefined, prose: undefined });
    // Hits travel packed: the same phrases, kinds and offsets come out.
    assert.ok(here.dossier.cues.length > 0 && here.dossier.claims.length > 0 && here.dossier.comments.length > 0);
    assert.equal(r.result.dossier.text, text.slice(1));
    assert.deepEqual(r.result.dossier.lines.positionAt(text.length - 5), here.dossier.lines.positionAt(text.length - 5));
    assert.deepEqual(r.result.dossier.lines.lineStarts, here.dossier.lines.lineStarts);
  });

  test('a dossier no class phrase reads: its prose crosses, and the backoff on the host reads what it reads on the worker', async () => {
    const text = clean({}, ['## Notes', '', 'A red banner tells the on-call team that a bleed may be present.', '', '- The tool puts suspected bleeds at the top of the worklist so they are read sooner.', '']);
    const here = new DossierLinter(true).lint(text, options);
    const r = await client.lint(job('p', text, 1));
    assert.equal(r.kind, 'done');
    if (r.kind !== 'done') return;
    assert.ok(here.dossier.prose.flat().length >= 2);
    assert.deepEqual(r.result.dossier.prose.flat(), here.dossier.prose.flat());
    assert.deepEqual(suggestForDossier(r.result.dossier), suggestForDossier(here.dossier));
    assert.equal(suggestForDossier(r.result.dossier).statistical, true);
  });

  test('the reading of the prose as a whole crosses without the prose: the lens on the host suggests what a lint here suggests', async () => {
    const output = [
      'The pump reads the sensor glucose every five minutes.',
      'It raises or lowers the basal insulin rate on its own, with no clinician approving each change.',
      'It gives a correction bolus by itself when the glucose keeps climbing.',
      'It suspends delivery when a low is predicted within half an hour.',
      'The patient wears it at home, day and night.',
    ];
    const text = clean({ classification: 'augmentative' }, ['## Software output', '', ...output.flatMap((s) => [s, '']), '## Physician work', '', 'The physician measures the patient\'s progress at each clinic visit.', '']);
    const here = new DossierLinter(true).lint(text, options);
    const r = await client.lint(job('w', text, 1));
    assert.equal(r.kind, 'done');
    if (r.kind !== 'done') return;
    assert.equal(r.result.dossier.passage?.kind, 'autonomous');
    assert.deepEqual(r.result.dossier.passage, readPassage(here.dossier));
    assert.deepEqual(suggestForDossier(r.result.dossier), suggestForDossier(here.dossier));
    assert.equal(suggestForDossier(r.result.dossier).suggested, 'autonomous');
  });

  test('versions sent while one is linted: every caller gets the newest result, the others are dropped', async () => {
    const big = bigProse(512 * 1024).text;
    const versions = [big, big + '\nSome more text.\n', big + '\nA CPT code guarantees reimbursement.\n'];
    const replies = await Promise.all(versions.map((text, i) => client.lint(job('b', text, i + 1))));
    for (const r of replies) {
      assert.equal(r.kind, 'done');
      assert.equal(r.job.tag, 3);
      if (r.kind === 'done') assert.ok(r.result.findings.some((f) => f.ruleId === 'payment-claim'), 'the result is the newest text\'s');
    }
  });

  test('a lint past its time limit is stopped; the next one runs on a new worker', async () => {
    const slow = await client.lint(job('c', bigProse().text, 1, { timeLimitMs: 50 }));
    assert.equal(slow.kind, 'timeout');
    const next = await client.lint(job('c', clean(), 2));
    assert.equal(next.kind, 'done');
    if (next.kind === 'done') assert.deepEqual(next.result.findings, []);
    assert.ok(client.usable);
  });

  test('closing a document stops its lint and drops what waits', async () => {
    const running = client.lint(job('f', bigProse().text, 1));
    const waiting = client.lint(job('f', bigProse().text + 'x', 2));
    client.forget('f');
    for (const r of await Promise.all([running, waiting])) {
      assert.equal(r.kind, 'failed');
      if (r.kind === 'failed') assert.equal(r.message, 'the document was closed');
    }
    const next = await client.lint(job('g', clean(), 1));
    assert.equal(next.kind, 'done');
  });

  test('frontmatter only: the body is not read and size-limit says so', async () => {
    const r = await client.lint(job('d', clean({ classification: 'semi' }) + '\nA CPT code guarantees reimbursement.\n', 1, { frontmatterOnly: true }));
    assert.equal(r.kind, 'done');
    if (r.kind !== 'done') return;
    assert.deepEqual(r.result.findings.map((f) => f.ruleId).sort(), ['field-value', 'size-limit']);
    assert.equal(r.result.dossier.bodySkipped, true);
  });
});
