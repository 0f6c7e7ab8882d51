// Reads and lints one file: shared by the in-process path and the worker threads.
import * as fs from 'node:fs';
import { DossierLinter } from '../core/engine';
import type { ResolvedConfig } from '../core/config';
import type { Finding } from '../core/types';

export interface LintTask {
  index: number;
  /** Absolute path, read from disk. */
  path: string;
  /** The path as printed; also decides `*.dossier.md`. */
  fileName: string;
  today: string;
}

export interface LintOutcome {
  index: number;
  findings: Finding[];
  /** Set when the file could not be read (the command then exits 2). */
  readError?: string;
  /** Rule failures logged by the engine (also reported as internal-error findings). */
  internalErrors: string[];
}

/** UTF-8 by default; a UTF-16 byte order mark means UTF-16, as VS Code reads it. */
export function decode(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('utf8');
}

/** Files larger than this (and than 4 × the size limit) are read only in part. */
export const READ_CAP_BYTES = 64 * 1024 * 1024;

/**
 * Reads a file as UTF-8 (invalid bytes become U+FFFD, so binary files lint without crashing).
 * A file far beyond the size limit is read only in part: enough to exceed the limit, so that the
 * engine checks its frontmatter and reports size-limit, without holding gigabytes in memory.
 */
export function readText(path: string, maxBytes: number): string {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    // Every UTF-16 code unit takes at most 4 bytes of UTF-8 (or 1 invalid byte), so 4 × maxBytes + 4
    // bytes always decode to more than maxBytes code units: the engine still sees an oversized file.
    const cap = Math.max(READ_CAP_BYTES, Math.min(Number.MAX_SAFE_INTEGER, maxBytes * 4 + 4));
    if (size > cap) {
      const buf = Buffer.alloc(cap);
      const n = fs.readSync(fd, buf, 0, cap, 0);
      return decode(buf.subarray(0, n));
    }
    return decode(fs.readFileSync(fd));
  } finally {
    fs.closeSync(fd);
  }
}

export function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return e instanceof Error ? e.message : String(e);
}

export function lintFile(linter: DossierLinter, task: LintTask, config: ResolvedConfig): LintOutcome {
  let text: string;
  try {
    text = readText(task.path, config.maxBytes);
  } catch (e) {
    return { index: task.index, findings: [], readError: describeReadError(e), internalErrors: [] };
  }
  const internalErrors: string[] = [];
  linter.onInternalError = (m) => void internalErrors.push(m);
  try {
    const { findings } = linter.lint(text, { fileName: task.fileName, today: task.today, config });
    return { index: task.index, findings, internalErrors };
  } catch (e) {
    // The engine itself failed (it catches rule failures): report it like a rule failure.
    const message = `CPT Dossier failed on this file: ${e instanceof Error ? e.message : String(e)}. Please report it.`;
    return {
      index: task.index,
      findings: [{ ruleId: 'internal-error', severity: 'warning', message, range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } } }],
      internalErrors: [message],
    };
  }
}
