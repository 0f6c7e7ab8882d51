// Reads and lints one file: shared by the in-process path and the worker threads.
import { dossierReadLimit, formatBytes, readFileBounded, READ_CAP_BYTES, ReadRefused, describeReadError } from '../node/readFile';
import { DossierLinter, type SuppressedFinding, type TruncatedRead } from '../core/engine';
import type { ResolvedConfig } from '../core/config';
import type { Finding } from '../core/types';

export { describeReadError };

export interface LintTask {
  index: number;
  /** Absolute path, read from disk. */
  path: string;
  /** The path as printed; also decides `*.dossier.md`. */
  fileName: string;
  today: string;
  /** --report-unused-disable-directives */
  reportUnused?: boolean;
}

export interface LintOutcome {
  index: number;
  findings: Finding[];
  /** Findings a disable comment suppressed (SARIF lists them). */
  suppressed?: SuppressedFinding[];
  /** Set when the file could not be read (the command then exits 2). */
  readError?: string;
  /** Set when the file is no dossier: nothing in it was checked (the summary counts it apart). */
  notDossier?: boolean;
  /** Rule failures logged by the engine (also reported as internal-error findings). */
  internalErrors: string[];
}

/** UTF-8 by default; a UTF-16 byte order mark means UTF-16, as VS Code reads it. */
export function decode(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('utf8');
}

/**
 * Reads a dossier as UTF-8 (invalid bytes become U+FFFD, so binary files lint without crashing)
 * through the bounded reader: devices, pipes and sockets are refused. A file beyond the size limit
 * is read only in part, enough to exceed the limit, so that the engine checks its frontmatter and
 * reports size-limit without holding gigabytes in memory.
 */
export function readText(path: string, maxBytes: number): { text: string; truncated?: TruncatedRead } {
  const { bytes, truncated, fileBytes } = readFileBounded(path, dossierReadLimit(maxBytes));
  const text = decode(bytes);
  // Cut at the cap below a very high size limit: the text would look whole to the engine.
  if (truncated && text.length <= maxBytes) throw new ReadRefused(`is larger than ${formatBytes(READ_CAP_BYTES)}, the most read of a dossier (lower maxFileSize to check its frontmatter only)`, 'EFBIG');
  return truncated ? { text, truncated: { readBytes: bytes.length, ...(fileBytes !== undefined ? { fileBytes } : {}) } } : { text };
}

export function lintFile(linter: DossierLinter, task: LintTask, config: ResolvedConfig): LintOutcome {
  let text: string;
  let truncated: TruncatedRead | undefined;
  try {
    ({ text, truncated } = readText(task.path, config.maxBytes));
  } catch (e) {
    return { index: task.index, findings: [], readError: describeReadError(e), internalErrors: [] };
  }
  const internalErrors: string[] = [];
  linter.onInternalError = (m) => void internalErrors.push(m);
  try {
    const { dossier, findings, suppressed } = linter.lint(text, { fileName: task.fileName, today: task.today, config, ...(task.reportUnused ? { reportUnusedDisableDirectives: true } : {}), ...(truncated ? { truncated } : {}) });
    return { index: task.index, findings, ...(suppressed?.length ? { suppressed } : {}), ...(dossier.isDossier ? {} : { notDossier: true }), internalErrors };
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
