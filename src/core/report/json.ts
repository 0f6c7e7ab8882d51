// `--format json`: one JSON array of findings, the contract in README.md ("Command line (CI)"):
// {"file", "ruleId", "severity", "message", "line", "column", "endLine", "endColumn"}, 1-based,
// extended with an optional "data" (only when there is something in it): for classification-cue,
// {"suggests": the class the phrase suggests, or "physician-interprets"}, with "statistical": true when no phrase
// named the class and the sentence model read the whole sentence so, and an optional
// "fixes" (only when the rule offers one): what `lint --fix` and the editor's quick fixes apply.
import type { Finding, FindingData, Severity } from '../types';
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
  /** Machine-readable detail; present only when there is some. */
  data?: JsonFindingData;
  /** The fixes the rule offers; present only when there is one. */
  fixes?: JsonFix[];
}

/** A fix as JSON: `safe` ones are what `lint --fix` applies; edit positions are 1-based, end exclusive. */
export interface JsonFix {
  title: string;
  safe: boolean;
  edits: { line: number; column: number; endLine: number; endColumn: number; text: string }[];
}

function jsonFixes(f: Finding): JsonFix[] | undefined {
  if (!f.fixes?.length) return undefined;
  return f.fixes.map((fix) => ({
    title: fix.title,
    safe: fix.safe,
    edits: fix.edits.map((e) => ({ line: e.range.start.line + 1, column: e.range.start.column + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.column + 1, text: e.newText })),
  }));
}

/** What a finding's `data` may hold in the JSON output (the quick-fix details stay internal). */
export type JsonFindingData = Pick<FindingData, 'suggests' | 'statistical'>;

/** The public part of a finding's data, or undefined when there is none. */
export function publicData(data: FindingData | undefined): JsonFindingData | undefined {
  if (!data?.suggests) return undefined;
  return data.statistical ? { suggests: data.suggests, statistical: true } : { suggests: data.suggests };
}

export function toJsonFindings(results: readonly FileFindings[]): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const p = oneBased(f);
      const data = publicData(f.data);
      const fixes = jsonFixes(f);
      out.push({ file: r.file, ruleId: f.ruleId, severity: f.severity, message: f.message, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, ...(data ? { data } : {}), ...(fixes ? { fixes } : {}) });
    }
  }
  return out;
}

/** The array with one finding per line (valid JSON, easy to diff and grep), ending in \n. */
export function renderJson(results: readonly FileFindings[]): string {
  const items = toJsonFindings(results).map((f) => JSON.stringify(f));
  return items.length ? `[\n${items.join(',\n')}\n]\n` : '[]\n';
}
