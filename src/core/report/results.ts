// What the CLI's lint reporters take: the findings of each file checked, in the order to print.
import type { Finding, Severity } from '../types';

export interface FileFindings {
  /** The path as printed (relative to the working folder when inside it). */
  file: string;
  findings: Finding[];
  /** Findings a disable comment suppressed, with its reason (SARIF `suppressions`). */
  suppressed?: (Finding & { justification?: string })[];
  /** Set when the file could not be read (the run failed; `findings` is empty): why, as "cannot read FILE: …" ends. */
  readError?: string;
  /** Set when the file was read but is no dossier (a Markdown file named or matched by a glob): nothing in it was checked. */
  notDossier?: boolean;
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(results: readonly FileFindings[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

/** 1-based start and end (end column just after the last character), as the CLI prints them. */
export function oneBased(f: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: f.range.start.line + 1, column: f.range.start.column + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.column + 1 };
}
