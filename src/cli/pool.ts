// Lints many files, on worker threads when there are enough of them to pay for the start-up.
// Outcomes arrive in completion order; the caller puts them back in order.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DossierLinter } from '../core/engine';
import type { ResolvedConfig } from '../core/config';
import { lintFile, type LintOutcome, type LintTask } from './lintFile';
import type { ToWorker } from './worker';

export interface Job {
  task: LintTask;
  configId: number;
  config: ResolvedConfig;
}

/** Fewer files than this are linted in-process: starting workers would cost more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;
/** Files sent to a worker ahead of its current one, so it never waits for the main thread. */
const IN_FLIGHT_PER_WORKER = 2;

export function workerScript(): string | undefined {
  const file = path.join(__dirname, 'worker.js');
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Lints `jobs` (task.index must be the job's position) on up to `jobsWanted` threads. `shouldStop`
 * is asked between files (the output was closed): then no more files are started and it returns.
 */
export async function lintAll(
  jobs: readonly Job[],
  jobsWanted: number,
  onOutcome: (o: LintOutcome) => void,
  onPlan?: (threads: number) => void,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  const script = workerScript();
  const threads = Math.min(jobsWanted, jobs.length);
  const inProcess = threads <= 1 || jobs.length < MIN_FILES_FOR_WORKERS || !script;
  onPlan?.(inProcess ? 0 : threads);
  if (inProcess) {
    const linter = new DossierLinter(false);
    for (const j of jobs) {
      if (shouldStop()) return;
      onOutcome(lintFile(linter, j.task, j.config));
      // Let pending events in (a closed stdout reports EPIPE as an event, not from write()).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return;
  }
  await new Promise<void>((resolve) => {
    let next = 0;
    let done = 0;
    const local = new DossierLinter(false);
    interface Slot {
      worker: Worker;
      configs: Set<number>;
      inFlight: Set<number>;
      dead: boolean;
    }
    const slots: Slot[] = [];
    let finished = false;
    const finishIfDone = (): void => {
      if ((done === jobs.length || shouldStop()) && !finished) {
        finished = true;
        for (const s of slots) {
          if (!s.dead) void s.worker.terminate();
          s.dead = true;
        }
        resolve();
      }
    };
    const runLocally = (index: number): void => {
      onOutcome(lintFile(local, jobs[index].task, jobs[index].config));
      done++;
    };
    const feed = (s: Slot): void => {
      while (!s.dead && !shouldStop() && s.inFlight.size < IN_FLIGHT_PER_WORKER && next < jobs.length) {
        const j = jobs[next++];
        if (!s.configs.has(j.configId)) {
          s.worker.postMessage({ type: 'config', id: j.configId, config: j.config } satisfies ToWorker);
          s.configs.add(j.configId);
        }
        s.inFlight.add(j.task.index);
        s.worker.postMessage({ type: 'lint', task: j.task, configId: j.configId } satisfies ToWorker);
      }
    };
    const fail = (s: Slot): void => {
      // A worker that crashed: lint what it held here, and the rest here too if none is left.
      if (s.dead) return;
      s.dead = true;
      void s.worker.terminate();
      for (const index of s.inFlight) runLocally(index);
      s.inFlight.clear();
      if (slots.every((x) => x.dead)) while (next < jobs.length) runLocally(next++);
      finishIfDone();
    };
    for (let k = 0; k < threads; k++) {
      const worker = new Worker(script);
      const slot: Slot = { worker, configs: new Set(), inFlight: new Set(), dead: false };
      slots.push(slot);
      worker.on('message', (o: LintOutcome) => {
        if (finished || !slot.inFlight.delete(o.index)) return;
        onOutcome(o);
        done++;
        feed(slot);
        finishIfDone();
      });
      worker.on('error', () => fail(slot));
      worker.on('exit', () => fail(slot));
      feed(slot);
    }
  });
}
