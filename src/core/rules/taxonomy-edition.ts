import { replaceFix, type Rule } from '../rule';
import { value } from '../dossier';
import { longDate } from '../dates';

export const rule: Rule = {
  meta: {
    id: 'taxonomy-edition',
    defaultSeverity: 'warning',
    reads: ['ama_deadline', 'taxonomy'],
    sources: ['ama-2027', 'appendix-s'],
    description: '`taxonomy: 2022` while `ama_deadline` is on or after 2027-01-01.',
    rationale:
      'The CPT Editorial Panel revised Appendix S with effect from 1 January 2027: the revision sharpens the line between assistive and augmentative, defines a clinically meaningful output, speaks of software output, and treats derived parameters explicitly. An application filed in 2027 or later is read against the revised text.',
    fix: 'Write `taxonomy: 2027` and check the classification and the `Software output` section against the revised definitions (the assessment shows the edition-specific wording).',
    examples: { bad: 'taxonomy: 2022\nama_deadline: 2027-02-04', good: 'taxonomy: 2027\nama_deadline: 2027-02-04' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const taxonomy = value(ctx.dossier, 'taxonomy');
    const deadline = value(ctx.dossier, 'ama_deadline');
    if (!taxonomy || !deadline || taxonomy.value !== '2022' || deadline.value < '2027-01-01') return;
    ctx.report(
      taxonomy.span,
      `The dossier follows the 2022 Appendix S, but its AMA deadline (${longDate(deadline.value)}) falls after the revised taxonomy takes effect on 1 January 2027 (AMA, Appendix S revision). Write \`taxonomy: 2027\` and check the classification against the revised definitions.`,
      { replacement: '2027' },
      undefined,
      // Not safe: the classification must be checked against the revised definitions too.
      [replaceFix(taxonomy.span, '2027', false)],
    );
  },
};
