// A worker thread of `cpt-dossier lint --jobs N`: lints the files the main thread sends it and
// posts the findings back. Configurations are sent once per worker and referred to by id.
import { parentPort } from 'node:worker_threads';
import { DossierLinter } from '../core/engine';
import type { ResolvedConfig } from '../core/config';
import { lintFile, type LintTask } from './lintFile';

export type ToWorker = { type: 'config'; id: number; config: ResolvedConfig } | { type: 'lint'; task: LintTask; configId: number };

const configs = new Map<number, ResolvedConfig>();
const linter = new DossierLinter(false);

parentPort?.on('message', (msg: ToWorker) => {
  if (msg.type === 'config') configs.set(msg.id, msg.config);
  else parentPort!.postMessage(lintFile(linter, msg.task, configs.get(msg.configId)!));
});
