// Markdown export of an Assessment. Temporary home: to move to src/core/report/markdown.ts (owned
// by the CLI) so that `cpt-dossier assess --format markdown` and the extension print the same.
import type { Assessment } from '../core/assess';

const STATUS: Record<Assessment['verdict']['status'], string> = { ready: 'Ready', review: 'Nearly ready', 'not-ready': 'Not ready' };

/** Text for a Markdown table cell or line: no pipes, no line breaks, no raw HTML. */
function cell(s: unknown): string {
  return String(s ?? '')
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;');
}

export function renderAssessmentMarkdown(a: Assessment): string {
  const out: string[] = [];
  out.push(`# Assessment: ${cell(a.title ?? a.file)}`, '');
  out.push(`File: ${cell(a.file)} · Category ${a.targetCategory} sought · assessed ${a.today}`, '');
  out.push(`**${STATUS[a.verdict.status]}.** ${cell(a.verdict.text)}`, '');
  out.push(`${a.counts.error} errors, ${a.counts.warning} warnings, ${a.counts.info} notes.`, '');
  out.push('## Prerequisites', '');
  for (const p of a.prerequisites) out.push(`- [${p.met ? 'x' : ' '}] ${cell(p.label)}: ${cell(p.detail)} (\`${p.ruleId}\`${p.where ? `, line ${p.where.line}` : ''})`);
  out.push('', '## Classification', '');
  const c = a.classification;
  out.push(c.declared ? `Declared: **${c.declared}**${c.autonomyLevel ? ` Level ${c.autonomyLevel}` : ''} under ${c.editionLabel}.` : `Not declared (${c.editionLabel}).`, '');
  if (c.definition) out.push(`> ${cell(c.definition)}`, '');
  out.push(
    c.agreement === 'agrees'
      ? 'The prose agrees with the declared class.'
      : c.agreement === 'contradicts'
        ? `${c.contradictions} phrase(s) contradict the declared class.`
        : c.agreement === 'no-cues'
          ? 'The prose has no wording that points to a class.'
          : c.suggested
            ? `The prose reads as ${c.suggested}.`
            : 'The prose has no wording that points to a class.',
    '',
  );
  for (const [kind, list] of Object.entries(c.evidence ?? {})) {
    if (!list.length) continue;
    out.push(`- ${kind}: ${list.map((e) => `“${cell(e.phrase)}” (line ${e.where.line})`).join(', ')}`);
  }
  out.push('', '## Specialty society', '');
  if (!a.society) out.push('No society named.');
  else {
    const s = a.society;
    out.push(`- Society: ${cell(s.name)}${s.policy ? ` (${cell(s.policy)})` : ''}`);
    if (s.stance) out.push(`- Stance on this class: ${cell(s.stance)}`);
    if (s.roundtable) out.push(`- Engagement: ${cell(s.roundtable)}`);
    out.push(`- Notice lead time: ${s.noticeLeadDays} days before the AMA deadline`);
    if (s.noticeDue) out.push(`- Notice due by: ${s.noticeDue}`);
    out.push(`- Notified: ${s.notified ? `${s.notified}${s.onTime === true ? ' (on time)' : s.onTime === false ? ' (late)' : ''}` : 'not recorded'}`);
  }
  out.push('', '## Timeline', '', '| Date | Event |', '|---|---|');
  for (const e of a.timeline.events) out.push(`| ${e.date} | ${cell(e.label)}${e.estimate ? ' (estimate)' : ''} |`);
  out.push('', '## Findings', '');
  if (a.findings.length === 0) out.push('No findings.');
  else {
    out.push('| Severity | Line | Rule | Message |', '|---|---|---|---|');
    for (const f of a.findings) out.push(`| ${f.severity} | ${f.range.start.line + 1} | \`${f.ruleId}\` | ${cell(f.message)} |`);
  }
  out.push('', '---', '', 'A CPT code identifies a service; it does not by itself guarantee coverage, reimbursement or payment (AMA).', '');
  return out.join('\n');
}
