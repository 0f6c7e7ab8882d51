// `--format json`: one JSON array of findings, exactly the contract of DOSSIER-FORMAT.md:
// {"file", "ruleId", "severity", "message", "line", "column", "endLine", "endColumn"}, 1-based.
import type { Severity } from '../types';
import { oneBased, type FileFindings } from './results';

export interface JsonFinding {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function toJsonFindings(results: readonly FileFindings[]): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const p = oneBased(f);
      out.push({ file: r.file, ruleId: f.ruleId, severity: f.severity, message: f.message, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn });
    }
  }
  return out;
}

/** The array with one finding per line (valid JSON, easy to diff and grep), ending in \n. */
export function renderJson(results: readonly FileFindings[]): string {
  const items = toJsonFindings(results).map((f) => JSON.stringify(f));
  return items.length ? `[\n${items.join(',\n')}\n]\n` : '[]\n';
}
