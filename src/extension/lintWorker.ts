// The extension's lint thread: lints documents the extension host sends it, so a slow lint never blocks the host's thread. It keeps one incremental DossierLinter
// per document, as the host did, so a relint after an edit re-parses only the chunks that changed.
// No `vscode` here: a worker thread cannot reach the API, and the bench script loads it in Node.
// It is part of dist/engine.js (engineNode.ts), so the VSIX carries the engine once: the host starts
// that file as a worker with LINT_WORKER_ROLE, and only then does this module serve.
import { setPriority } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { DossierLinter, type TruncatedRead } from '../core/engine';
import type { ResolvedConfig } from '../core/config';
import type { Finding } from '../core/types';
import { toWire, type WireDossier } from './wire';
import { readPassage } from '../core/prose/passage';
import { LINT_WORKER_ROLE } from './lintRole';

/** Nice value of the lint thread (0 is the host's; 19 the lowest). */
const LOWER_PRIORITY = 10;

export interface LintJobOptions {
  fileName: string;
  today: string;
  config: ResolvedConfig;
  /** The text is only the start of the file (a bounded read of a file not open): see LintOptions. */
  truncated?: TruncatedRead;
}

export type ToLintWorker =
  | { type: 'lint'; id: number; key: string; text: string; options: LintJobOptions; frontmatterOnly: boolean }
  | { type: 'forget'; key: string };

export type FromLintWorker =
  | { type: 'started'; id: number }
  | { type: 'lint'; id: number; dossier: WireDossier; findings: Finding[]; ms: number; internalErrors: string[] }
  | { type: 'failed'; id: number; message: string };

const linters = new Map<string, DossierLinter>();


function lint(msg: Extract<ToLintWorker, { type: 'lint' }>): FromLintWorker {
  let linter = linters.get(msg.key);
  if (!linter) {
    linter = new DossierLinter(true);
    linters.set(msg.key, linter);
  }
  const internalErrors: string[] = [];
  linter.onInternalError = (m) => void internalErrors.push(m);
  // Frontmatter only: a size limit of 0 makes the engine skip the body and report size-limit.
  const config = msg.frontmatterOnly ? { ...msg.options.config, maxBytes: 0 } : msg.options.config;
  const t = performance.now();
  const { dossier, findings } = linter.lint(msg.text, { ...msg.options, config });
  const ms = performance.now() - t;
  // The host's lens and assessment weigh the passage reading, and the host gets the prose only when no phrase names a class.
  readPassage(dossier);
  return { type: 'lint', id: msg.id, dossier: toWire(dossier), findings, ms, internalErrors };
}

function handle(msg: ToLintWorker): FromLintWorker | undefined {
  if (msg.type === 'forget') {
    linters.delete(msg.key);
    return undefined;
  }
  parentPort!.postMessage({ type: 'started', id: msg.id } satisfies FromLintWorker);
  try {
    return lint(msg);
  } catch (e) {
    linters.delete(msg.key); // its cache may be half-updated
    return { type: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e) };
  }
}

function serve(port: NonNullable<typeof parentPort>): void {
  // Where the system allows it (Linux: the nice value is per thread), this thread yields the CPU to
  // the extension host's own thread, so a long lint on a busy machine does not slow the editor down.
  try {
    setPriority(0, LOWER_PRIORITY);
  } catch {
    // not allowed here: run at the host's priority
  }
  port.on('message', (msg: ToLintWorker) => {
    const reply = handle(msg);
    if (reply) port.postMessage(reply);
  });
}

if (!isMainThread && parentPort && (workerData as { role?: unknown } | null | undefined)?.role === LINT_WORKER_ROLE) serve(parentPort);
