import type { Rule } from '../rule';
import { fdaStatusOf, targetCategoryOf } from '../dossier';
import { isInvalid } from '../facts';

const MARKETED = ['cleared', 'granted', 'approved', 'not-required'];

export const rule: Rule = {
  meta: {
    id: 'cat1-fda-clearance',
    defaultSeverity: 'error',
    reads: ['fda', 'fda.status', 'target_category'],
    sources: ['ama'],
    description: 'Category I is sought and `fda.status` is not cleared, granted, approved or not-required.',
    rationale:
      'The AMA\'s Category I criteria require that any device or drug the service needs has FDA clearance or approval where FDA requires it. Category III, by contrast, only needs the FDA process to have begun.',
    fix: 'Seek Category I once FDA has cleared, granted (De Novo) or approved the software, and record it as `fda.status: cleared` (or `granted`, `approved`, or `not-required` when FDA does not regulate it). Until then, target Category III.',
    examples: { bad: 'target_category: I\nfda:\n  status: submitted', good: 'target_category: I\nfda:\n  status: cleared' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier } = ctx;
    if (targetCategoryOf(dossier) !== 'I') return;
    const status = fdaStatusOf(dossier);
    if (status && MARKETED.includes(status.value)) return;
    if (!status && isInvalid(dossier, 'fda.status', 'fda')) return;
    ctx.report(
      status ? status.span : ctx.anchor('fda.status', 'fda'),
      `${status ? `The FDA status is \`${status.value}\`` : 'No FDA status is recorded'}, but Category I requires FDA clearance or approval of the software where FDA requires it (AMA Category I criteria). Record \`fda.status: cleared\`, \`granted\`, \`approved\` or \`not-required\`, or target Category III until then.`,
      { path: 'fda.status' },
    );
  },
};
