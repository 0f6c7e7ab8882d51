// `--format github`: GitHub Actions workflow commands, one per finding, which the runner turns into
// annotations on the pull request's diff (no code-scanning permission needed):
//   ::error file=docs/a.dossier.md,line=8,col=15,endLine=8,endColumn=27,title=society-notice-late::ASE was …
// Escaped as GitHub's toolkit does (@actions/core, toCommandValue/escapeData/escapeProperty):
// in the message % \r \n; in properties also : and ,.
import type { Severity } from '../types';
import { formatTextSummary, safeTerminalText } from './text';
import { countSeverities, oneBased, type FileFindings } from './results';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * One workflow command per finding, then the text format's summary line (plain log text), or
 * `summary` when given (the CLI's, which counts what --quiet leaves out).
 */
export function renderGithub(results: readonly FileFindings[], filesChecked?: number, summary?: string): string {
  let out = '';
  let withFindings = 0;
  let notRead = 0;
  let notDossiers = 0;
  for (const r of results) {
    if (r.notDossier) notDossiers++;
    if (r.readError !== undefined) {
      // Not attached to the file (there is nothing in it to point at): an error of the run.
      notRead++;
      out += `::error title=${escapeProperty('CPT Dossier')}::${escapeData(`cannot read ${safeTerminalText(r.file)}: ${r.readError}`)}\n`;
    }
    if (r.findings.length) withFindings++;
    const file = r.file.replace(/\\/g, '/');
    // A name with a control character (other than a line end, which has an escape) or a bidi
    // override cannot be written so that the runner finds the file: the annotation names the file
    // and place in its text instead (terminal-safe), so it is not attached to a file that does not exist.
    const nameable = safeTerminalText(file.replace(/[\r\n]/g, '')) === file.replace(/[\r\n]/g, '');
    for (const f of r.findings) {
      const p = oneBased(f);
      const title = `title=${escapeProperty(`CPT Dossier ${f.ruleId}`)}`;
      if (nameable) {
        const props = [`file=${escapeProperty(file)}`, `line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine}`, `endColumn=${p.endColumn}`, title];
        out += `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
      } else {
        out += `::${COMMAND[f.severity]} ${title}::${escapeData(`${safeTerminalText(file)}:${p.line}:${p.column}: ${f.message}`)}\n`;
      }
    }
  }
  return `${out}${summary ?? formatTextSummary(countSeverities(results), withFindings, filesChecked ?? results.length - notRead - notDossiers, notRead, notDossiers)}\n`;
}
