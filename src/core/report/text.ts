// The CLI's text output, for people: one line per finding, then a summary line.
//   docs/ef.dossier.md:8:15  error  society-notice-late  ASE was notified only 40 days before ...
//   3 errors, 2 warnings, 1 info in 2 files (5 files checked)
import type { Finding } from '../types';
import { oneBased, type SeverityCounts } from './results';

/** One finding as a line (no line end). Control characters from the dossier are made visible. */
export function formatTextFinding(file: string, f: Finding): string {
  const p = oneBased(f);
  return `${safeTerminalText(file)}:${p.line}:${p.column}  ${f.severity}  ${safeTerminalText(f.ruleId)}  ${safeTerminalText(f.message)}`;
}

/** The findings of one file, one line each, each ending in \n ('' when there are none). */
export function formatTextFile(file: string, findings: readonly Finding[]): string {
  return findings.map((f) => `${formatTextFinding(file, f)}\n`).join('');
}

/**
 * The summary line (no line end): "3 errors, 2 warnings, 1 info in 2 files (5 files checked)", or
 * "No findings (5 files checked)". Files that could not be read are counted apart, so that a
 * failed run never reads as a clean one: "No findings (1 file checked, 1 file not read)", or
 * "Nothing checked: 1 file could not be read" when no file was. So are Markdown files that are no
 * dossier (named, or matched by a glob), so that a glob that matches no dossier never reads as a
 * clean run: "No findings (1 file checked, 2 not dossiers)", "Nothing checked: the file given is
 * not a dossier …".
 */
export function formatTextSummary(counts: SeverityCounts, filesWithFindings: number, filesChecked: number, filesNotRead = 0, notDossiers = 0): string {
  const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`;
  if (filesChecked === 0 && notDossiers > 0) {
    const none = notDossiers === 1 ? 'the file given is not a dossier' : `none of the ${notDossiers} files given is a dossier`;
    return `Nothing checked: ${none}${filesNotRead > 0 ? ` and ${files(filesNotRead)} could not be read` : ''} (a dossier is named *.dossier.md or has cpt_dossier in its frontmatter)`;
  }
  if (filesNotRead > 0 && filesChecked === 0) return `Nothing checked: ${files(filesNotRead)} could not be read`;
  const skipped = notDossiers > 0 ? `, ${notDossiers} not ${notDossiers === 1 ? 'a dossier' : 'dossiers'}` : '';
  const checked = `(${files(filesChecked)} checked${skipped}${filesNotRead > 0 ? `, ${files(filesNotRead)} not read` : ''})`;
  if (counts.error + counts.warning + counts.info === 0) return `No findings ${checked}`;
  const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`, `${counts.info} info`];
  return `${parts.join(', ')} in ${files(filesWithFindings)} ${checked}`;
}

/** The whole text report at once (the CLI streams the same lines file by file). */
export function renderText(results: readonly { file: string; findings: readonly Finding[]; readError?: string; notDossier?: boolean }[], filesChecked?: number): string {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  let withFindings = 0;
  let notRead = 0;
  let notDossiers = 0;
  let out = '';
  for (const r of results) {
    if (r.readError !== undefined) notRead++;
    if (r.notDossier) notDossiers++;
    if (r.findings.length) withFindings++;
    for (const f of r.findings) counts[f.severity]++;
    out += formatTextFile(r.file, r.findings);
  }
  return `${out}${formatTextSummary(counts, withFindings, filesChecked ?? results.length - notRead - notDossiers, notRead, notDossiers)}\n`;
}

/**
 * Text that came from a file (its name, a quoted phrase) can hold terminal escape sequences or
 * bidirectional overrides; print them as \u escapes so they cannot rewrite the terminal.
 */
export function safeTerminalText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
