// `--format junit`: JUnit XML, which CI servers (Jenkins, GitLab, Azure Pipelines) show as test
// results. One test suite per file; each finding is a failed test case named after its rule, a
// file without findings is one passed test case, and a Markdown file that is no dossier one skipped
// test case (it was not checked: a pass would say it was).
import { docsUrl } from '../sources';
import { oneBased, type FileFindings } from './results';
import { safeTerminalText } from './text';

/** Text for XML: markup characters escaped, and characters XML 1.0 cannot hold written as \u escapes. */
export function xmlText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for an XML attribute: as `xmlText`, and line ends and tabs as character references (a
 * parser turns them into spaces when written as they are: `a\nb.dossier.md` would become `a b…`). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function renderJunit(results: readonly FileFindings[]): string {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const r of results) {
    const name = xmlAttr(r.file.replace(/\\/g, '/'));
    const cases = r.findings.map((f) => {
      const p = oneBased(f);
      // The body is for people: a line end or control character in a name or message is shown
      // as an escape (as the text format writes it), not as a line break.
      const where = `${safeTerminalText(r.file.replace(/\\/g, '/'))}:${p.line}:${p.column}`;
      return (
        `    <testcase classname="${name}" name="${xmlAttr(`${f.ruleId} at ${p.line}:${p.column}`)}" time="0">\n` +
        `      <failure type="${f.severity}" message="${xmlAttr(f.message)}">${xmlText(`${where} ${f.severity} ${safeTerminalText(f.ruleId)}\n${safeTerminalText(f.message)}\n${f.ruleId.startsWith('directive-') || f.ruleId === 'internal-error' ? '' : docsUrl(f.ruleId)}`.trimEnd())}</failure>\n` +
        `    </testcase>\n`
      );
    });
    // A file that could not be read is an error of the test (JUnit's <error>), not a pass.
    const unread = r.readError !== undefined ? 1 : 0;
    if (r.readError !== undefined) cases.push(`    <testcase classname="${name}" name="read" time="0">\n      <error message="${xmlAttr(`cannot read: ${r.readError}`)}">${xmlText(`cannot read ${safeTerminalText(r.file.replace(/\\/g, '/'))}: ${safeTerminalText(r.readError)}`)}</error>\n    </testcase>\n`);
    else if (r.notDossier && !cases.length) cases.push(`    <testcase classname="${name}" name="not a dossier" time="0">\n      <skipped message="not a CPT dossier, so not checked (a dossier is named *.dossier.md or has cpt_dossier in its frontmatter)"/>\n    </testcase>\n`);
    else if (!cases.length) cases.push(`    <testcase classname="${name}" name="no findings" time="0"/>\n`);
    const skipped = r.notDossier && !r.findings.length && !unread ? 1 : 0;
    tests += cases.length;
    failures += r.findings.length;
    errors += unread;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${r.findings.length}" errors="${unread}" skipped="${skipped}" time="0">\n${cases.join('')}  </testsuite>\n`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cpt-dossier" tests="${tests}" failures="${failures}" errors="${errors}" time="0">\n${suites.join('')}</testsuites>\n`;
}
