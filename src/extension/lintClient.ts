// The extension host's side of the lint thread (lintWorker.ts). One worker, one job at a time;
// per document only the newest text waits (an older version's job that has not started is
// replaced, and the result of one that finished while a newer version waited is dropped: its
// callers get the newer result). A job that runs past its time limit or out of memory ends the
// worker (a new one starts for the next job) and is answered with `timeout` / `memory`.
// No `vscode` here, so the latency bench can drive it in Node.
import type { Worker as WorkerType } from 'node:worker_threads';
import type { LintResult } from '../core/engine';
import type { FromLintWorker, LintJobOptions, ToLintWorker } from './lintWorker';
import { LINT_WORKER_ROLE } from './lintRole';
import { fromWire } from './wire';

export interface LintJob<Tag = unknown> {
  /** The document (one incremental linter per key in the worker). */
  key: string;
  text: string;
  options: LintJobOptions;
  /** Check only the frontmatter (after the whole file ran past a limit). */
  frontmatterOnly?: boolean;
  /** Longest time the lint may run in the worker. */
  timeLimitMs: number;
  /** The caller's mark of this version (e.g. the document version): returned with its result. */
  tag: Tag;
}

export type Reply<J, R> =
  | { kind: 'done'; job: J; result: R; ms: number; internalErrors: string[] }
  /** Ran past `timeLimitMs`; the worker was ended. */
  | { kind: 'timeout'; job: J }
  /** Ran out of the worker's memory; the worker was ended. */
  | { kind: 'memory'; job: J }
  /** The worker failed (could not start, crashed, the engine threw): lint in the host instead. */
  | { kind: 'failed'; job: J; message: string };

export type LintReply<Tag = unknown> = Reply<LintJob<Tag>, LintResult>;

type Task =
  { kind: 'lint'; id: number; job: LintJob; waiters: ((r: LintReply) => void)[] };

/** Memory a worker may use before it is ended (a dossier needs a few dozen MB). */
const WORKER_HEAP_MB = 1024;
/** Workers that crashed on their own (not ended by a limit) before the host stops using them. */
const MAX_CRASHES = 3;

type WorkerCtor = typeof WorkerType;

/** `worker_threads`, or undefined where there is none (a web extension host). */
function workerConstructor(): WorkerCtor | undefined {
  try {
    return (require('node:worker_threads') as typeof import('node:worker_threads')).Worker;
  } catch {
    return undefined;
  }
}

export class LintWorkerClient {
  private worker: WorkerType | undefined;
  private readonly pending = new Map<string, Task>();
  private running: { task: Task; timer?: ReturnType<typeof setTimeout> } | undefined;
  private nextId = 1;
  private crashes = 0;
  private disposed = false;
  /** Logs what happened to the worker (the Output channel). */
  onLog: (message: string) => void = () => undefined;

  private constructor(private readonly script: string) {}

  /**
   * A client, or undefined without a worker script (then lint in the host). `worker_threads` is
   * loaded when the first worker starts, not at activation (it took about 4 ms there, and the
   * extension activates for every Markdown file, dossier or not); where it is missing, the first
   * lint finds the worker cannot start and the host lints, as after any failed start.
   */
  static create(script: string | undefined): LintWorkerClient | undefined {
    return script ? new LintWorkerClient(script) : undefined;
  }

  /** False after the worker crashed repeatedly: the caller lints in the host from then on. */
  get usable(): boolean {
    return !this.disposed && this.crashes < MAX_CRASHES;
  }

  lint<Tag>(job: LintJob<Tag>): Promise<LintReply<Tag>> {
    return new Promise((resolve) => {
      const task: Task = { kind: 'lint', id: this.nextId++, job, waiters: [resolve as (r: LintReply) => void] };
      this.enqueue(task);
    });
  }

  /** Drops the worker's linter of a document (closed) and its jobs; one running is stopped. */
  forget(key: string): void {
    const waiting = this.pending.get(`lint:${key}`);
    if (waiting) {
      this.pending.delete(`lint:${key}`);
      this.answer(waiting, 'failed', 'the document was closed');
    }
    const r = this.running;
    if (r && r.task.job.key === key) {
      // A lint cannot be interrupted but by ending its thread: no CPU for a closed document.
      if (r.timer) clearTimeout(r.timer);
      this.running = undefined;
      this.end();
      this.answer(r.task, 'failed', 'the document was closed');
      this.pump();
    } else this.worker?.postMessage({ type: 'forget', key } satisfies ToLintWorker);
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.pending.values()) this.answer(t, 'failed', 'the extension stopped');
    this.pending.clear();
    if (this.running) {
      if (this.running.timer) clearTimeout(this.running.timer);
      this.answer(this.running.task, 'failed', 'the extension stopped');
      this.running = undefined;
    }
    this.end();
  }

  private enqueue(task: Task): void {
    if (!this.usable) return this.answer(task, 'failed', 'no lint worker');
    const key = taskKey(task);
    const older = this.pending.get(key);
    if (older) {
      // Not started yet: the newer text replaces it, and its callers wait for the newer result.
      this.pending.delete(key);
      task.waiters.push(...older.waiters);
    }
    this.pending.set(key, task);
    this.pump();
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.pending.values().next();
    if (next.done) return;
    const task = next.value;
    this.pending.delete(taskKey(task));
    const worker = this.ensureWorker();
    if (!worker) {
      this.answer(task, 'failed', 'the lint worker could not start');
      return this.pump();
    }
    this.running = { task };
    const msg: ToLintWorker = { type: 'lint', id: task.id, key: task.job.key, text: task.job.text, options: task.job.options, frontmatterOnly: !!task.job.frontmatterOnly };
    worker.postMessage(msg);
  }

  private ensureWorker(): WorkerType | undefined {
    if (this.worker) return this.worker;
    let worker: WorkerType;
    try {
      const Worker = workerConstructor();
      if (!Worker) throw new Error('no worker threads here');
      worker = new Worker(this.script, { workerData: { role: LINT_WORKER_ROLE }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    } catch (e) {
      this.crashes = MAX_CRASHES;
      this.onLog(`The lint worker could not start (${e instanceof Error ? e.message : String(e)}); linting in the extension host.`);
      return undefined;
    }
    worker.unref(); // never keeps a process (the bench, a test) alive
    worker.on('message', (m: FromLintWorker) => this.onMessage(worker, m));
    worker.on('error', (e: Error & { code?: string }) => this.onExit(worker, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : e.message));
    worker.on('exit', (code) => this.onExit(worker, `exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private onMessage(worker: WorkerType, m: FromLintWorker): void {
    const r = this.running;
    if (worker !== this.worker || !r || m.id !== r.task.id) return;
    if (m.type === 'started') {
      // The limit counts the lint, not the worker's start-up or the queue.
      const limit = r.task.job.timeLimitMs;
      r.timer = setTimeout(() => this.overrun(worker), limit);
      return;
    }
    if (r.timer) clearTimeout(r.timer);
    this.running = undefined;
    const task = r.task;
    const newer = this.pending.get(taskKey(task));
    if (newer && m.type !== 'failed') {
      // Stale: a newer version of the document waits. Its result goes to these callers too.
      newer.waiters.push(...task.waiters);
    } else if (m.type === 'failed') this.answer(task, 'failed', m.message);
    else if (m.type === 'lint') {
      const result = fromWire(task.job.text, m.dossier, m.findings);
      for (const w of task.waiters) w({ kind: 'done', job: task.job, result, ms: m.ms, internalErrors: m.internalErrors });
    }
    this.pump();
  }

  /** The running job passed its time limit: end the worker; the next job starts a new one. */
  private overrun(worker: WorkerType): void {
    if (worker !== this.worker || !this.running) return;
    const { task } = this.running;
    this.running = undefined;
    this.end();
    this.answer(task, 'timeout');
    this.pump();
  }

  private onExit(worker: WorkerType, why: string): void {
    if (worker !== this.worker) return; // ended on purpose
    this.worker = undefined;
    const r = this.running;
    this.running = undefined;
    if (r?.timer) clearTimeout(r.timer);
    if (why === 'memory') {
      if (r) this.answer(r.task, 'memory');
    } else {
      this.crashes++;
      this.onLog(`The lint worker stopped (${why})${this.usable ? '; starting a new one' : '; linting in the extension host from now on'}.`);
      if (r) this.answer(r.task, 'failed', why);
    }
    if (!this.usable) {
      for (const t of this.pending.values()) this.answer(t, 'failed', why);
      this.pending.clear();
    }
    this.pump();
  }

  private end(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }

  private answer(task: Task, kind: 'timeout' | 'memory' | 'failed', message = ''): void {
    for (const w of task.waiters) w(kind === 'failed' ? { kind, job: task.job, message } : { kind, job: task.job });
  }
}

function taskKey(task: Task): string {
  return `${task.kind}:${task.job.key}`;
}
