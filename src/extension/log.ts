import * as vscode from 'vscode';

/** The "CPT Dossier" output channel: which configuration applied, and internal errors. */
let channel: vscode.LogOutputChannel | undefined;

export function initLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('CPT Dossier', { log: true });
  return channel;
}

export const log = {
  info(message: string): void {
    channel?.info(message);
  },
  warn(message: string): void {
    channel?.warn(message);
  },
  error(message: string, e?: unknown): void {
    channel?.error(e === undefined ? message : `${message}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  },
};

/** Runs a handler and logs instead of throwing: the extension host must never see our errors. */
export function guard<A extends unknown[], R>(what: string, fn: (...args: A) => R, fallback?: R): (...args: A) => R {
  return (...args: A): R => {
    try {
      const out = fn(...args);
      if (out instanceof Promise) {
        return out.catch((e: unknown) => {
          log.error(`${what} failed`, e);
          return fallback;
        }) as R;
      }
      return out;
    } catch (e) {
      log.error(`${what} failed`, e);
      return fallback as R;
    }
  };
}
