import { editsFix, type Rule } from '../rule';
import { linesOf } from '../frontmatterLines';
import { insertUnder } from '../yamlEdits';
import { value } from '../dossier';
import { isInvalid, noticeLeadDays } from '../facts';

export const rule: Rule = {
  meta: {
    id: 'society-notice-missing',
    defaultSeverity: 'warning',
    reads: ['society.name', 'society.notified'],
    sources: ['ase'],
    society: true,
    description: 'A society is named but `society.notified` is absent.',
    rationale:
      'ASE asks developers to tell it of their intent to apply for a CPT code before they apply, and wants the material at least 8 weeks before the AMA submission date. Recording the date lets the timing be checked.',
    fix: 'Add `society.notified: YYYY-MM-DD`, the date the society was told of the intent to apply. If it has not been told yet, tell it now: the assessment shows the latest date that is still on time.',
    examples: { bad: 'society:\n  name: ASE', good: 'society:\n  name: ASE\n  notified: 2026-11-01' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier, policy } = ctx;
    const name = value(dossier, 'society.name')?.value;
    // An empty `notified:` counts as absent; an unreadable date is field-value's to report.
    if (!name || !name.trim() || value(dossier, 'society.notified') || isInvalid(dossier, 'society.notified')) return;
    const society = policy?.id ?? name;
    const days = noticeLeadDays(policy);
    ctx.report(
      ctx.anchor('society.notified', 'society'),
      `${society} is named but the date it was told of the intent to apply is missing; ${policy ? `${policy.id} asks to be informed before the application and wants the material ${days} days before the AMA deadline (${policy.source})` : `societies such as ASE ask to be informed before the application, ${days} days ahead (ASE AI procedures for CPT)`}. Add \`notified: YYYY-MM-DD\` under \`society\`.`,
      { path: 'society.notified' },
      undefined,
      editsFix(dossier.lines, `Add \`society.notified: ${ctx.today}\` (the date the society was told)`, [insertUnder(linesOf(dossier.text, dossier.lines), 'society', [`notified: ${ctx.today}`])], { preferred: true }),
    );
  },
};
