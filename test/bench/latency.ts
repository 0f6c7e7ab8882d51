/**
 * `npm run bench:latency` (issue #10): how long the extension host's thread is blocked while a
 * dossier is opened and edited, on the inputs that froze the editor, with the linter on this
 * thread (as before) and on the lint worker (dist/engine.js started as one, as the extension runs it now).
 * A 5 ms heartbeat timer measures the longest time the thread did not run (on a busy machine that
 * includes time the OS gave other processes: see the idle figure); `send` and `receive` are the
 * milliseconds this thread itself spends per worker lint (the best of 5). Plain Node, no VS Code:
 * the real-editor figures come from test/vscode/suite/latency.test.ts. A measurement: exits 0.
 * Options: --worker-only (skip the in-thread runs, which take minutes on a slow engine),
 * --limit=SECONDS (the worker's time limit, default 5).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { DossierLinter } from '../../src/core/engine';
import { defaultConfig } from '../../src/core/config';
import { LintWorkerClient } from '../../src/extension/lintClient';
import { fromWire, toWire } from '../../src/extension/wire';
import { buildAssessment } from '../../src/core/assess';
import { latencyInputs, type LatencyInput } from './latencyInputs';

const ROOT = join(__dirname, '..', '..');
const EDITS = 10;
const TODAY = '2026-12-01';
const workerOnly = process.argv.includes('--worker-only');
const limitArg = process.argv.find((a) => a.startsWith('--limit='));
const limitMs = (limitArg ? Number(limitArg.slice(8)) : 5) * 1000;

class Heartbeat {
  private last = performance.now();
  longest = 0;
  private readonly timer = setInterval(() => this.beat(), 5);
  private beat(): void {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last);
    this.last = now;
  }
  take(): number {
    this.beat();
    const out = this.longest;
    this.longest = 0;
    return out;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

/** The text after `k` one-character edits in the middle of the body. */
function edited(text: string, k: number): string {
  const at = text.indexOf('\n', Math.floor(text.length / 2));
  return text.slice(0, at) + 'x'.repeat(k) + text.slice(at);
}

interface Row {
  /** Time this thread spends per lint on the worker: sending the text, taking the result. */
  sendMs?: number;
  receiveMs?: number;
  /** Time this thread spends building the Assess panel's report from a received result. */
  assessMs?: number;
  openMs: number;
  openBlockMs: number;
  editMs: number;
  editBlockMs: number;
  note: string;
}

async function inThread(input: LatencyInput): Promise<Row> {
  const linter = new DossierLinter(true);
  const options = { fileName: 'untitled', today: TODAY, config: defaultConfig() };
  const beat = new Heartbeat();
  await tick();
  let t = performance.now();
  linter.lint(input.text, options);
  const openMs = performance.now() - t;
  await tick();
  const openBlockMs = beat.take();
  let editMs = 0;
  for (let k = 1; k <= EDITS; k++) {
    t = performance.now();
    linter.lint(edited(input.text, k), options);
    editMs = Math.max(editMs, performance.now() - t);
    await tick();
  }
  const editBlockMs = beat.take();
  beat.stop();
  return { openMs, openBlockMs, editMs, editBlockMs, note: '' };
}

async function onWorker(client: LintWorkerClient, input: LatencyInput, n: number): Promise<Row> {
  const options = { fileName: 'untitled', today: TODAY, config: defaultConfig() };
  const key = `doc${n}`;
  const beat = new Heartbeat();
  await tick();
  const notes = new Set<string>();
  let sendMs = 0;
  const run = async (text: string): Promise<number> => {
    const t = performance.now();
    const pending = client.lint({ key, text, options, timeLimitMs: limitMs, tag: 0 });
    sendMs = Math.max(sendMs, performance.now() - t);
    const r = await pending;
    if (r.kind !== 'done') notes.add(r.kind === 'failed' ? `failed: ${r.message}` : `stopped (${r.kind})`);
    return performance.now() - t;
  };
  const openMs = await run(input.text);
  const openBlockMs = beat.take();
  let editMs = 0;
  for (let k = 1; k <= EDITS; k++) editMs = Math.max(editMs, await run(edited(input.text, k)));
  const editBlockMs = beat.take();
  beat.stop();
  client.forget(key);
  // What taking a result costs this thread: copying it out of the message and rebuilding it.
  const result = new DossierLinter(false).lint(input.text, options);
  const message = serialize({ dossier: toWire(result.dossier), findings: result.findings });
  let receiveMs = Infinity;
  let assessMs = Infinity;
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    const m = deserialize(message) as { dossier: ReturnType<typeof toWire>; findings: typeof result.findings };
    const received = fromWire(input.text, m.dossier, m.findings);
    receiveMs = Math.min(receiveMs, performance.now() - t);
    const a = performance.now();
    buildAssessment(received, { today: options.today, config: options.config });
    assessMs = Math.min(assessMs, performance.now() - a);
  }
  return { sendMs, receiveMs, assessMs, openMs, openBlockMs, editMs, editBlockMs, note: [...notes].join(', ') };
}

async function main(): Promise<void> {
  const script = join(ROOT, 'dist', 'engine.js');
  if (!existsSync(script)) throw new Error('dist/engine.js is missing: run `node esbuild.js` first');
  const client = LintWorkerClient.create(script)!;
  const f = (x: number): string => x.toFixed(0).padStart(7);
  console.log(`Thread blocked (ms) while opening a dossier and relinting ${EDITS} edits; worker time limit ${limitMs / 1000} s.`);
  const idle = new Heartbeat();
  await new Promise((r) => setTimeout(r, 2000));
  console.log(`Longest gap of the heartbeat with nothing to do (machine load): ${idle.take().toFixed(0)} ms`);
  idle.stop();
  console.log('input                                          | where     | open: result  blocked | edit: result  blocked | send receive assess | note');
  const inputs = latencyInputs();
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const rows: [string, Row][] = [];
    if (!workerOnly) rows.push(['in thread', await inThread(input)]);
    rows.push(['worker', await onWorker(client, input, i)]);
    for (const [where, r] of rows) {
      console.log(`${input.name.padEnd(46)} | ${where.padEnd(9)} | ${f(r.openMs)}  ${f(r.openBlockMs)}       | ${f(r.editMs)}  ${f(r.editBlockMs)}       | ${r.sendMs === undefined ? '     -       -      -' : `${r.sendMs.toFixed(1).padStart(5)} ${r.receiveMs!.toFixed(1).padStart(7)} ${r.assessMs!.toFixed(1).padStart(6)}`} | ${r.note}`);
    }
  }
  client.dispose();
}

void main();
