import type { Rule } from '../rule';
import { fdaStatusOf, targetCategoryOf, value } from '../dossier';
import { isInvalid } from '../facts';

export const rule: Rule = {
  meta: {
    id: 'cat3-fda-engagement',
    defaultSeverity: 'error',
    reads: ['fda', 'fda.first_contact', 'fda.status', 'target_category'],
    sources: ['ase', 'ama'],
    description: 'Category III is sought and the FDA process has not begun: no `fda.first_contact`, and `fda.status` missing or `none`.',
    rationale:
      'ASE will not discuss a Category III application until the FDA process has begun, meaning at least initial discussions with FDA. Clearance itself is not required for Category III.',
    fix: 'Record the FDA engagement: `fda.first_contact: YYYY-MM-DD` (the first discussion with FDA, e.g. a pre-submission meeting) and/or `fda.status: pre-submission` (or `submitted`, `cleared`, `granted`, `approved`, `not-required`).',
    examples: { bad: 'fda:\n  status: none', good: 'fda:\n  status: pre-submission\n  first_contact: 2026-04-10' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier } = ctx;
    if (targetCategoryOf(dossier) !== 'III') return;
    if (value(dossier, 'fda.first_contact')) return;
    const status = fdaStatusOf(dossier);
    if (status && status.value !== 'none') return;
    if (!status && isInvalid(dossier, 'fda.status', 'fda')) return; // unreadable, not absent
    const where = status ? status.span : ctx.anchor('fda.status', 'fda');
    ctx.report(
      where,
      `${status ? 'The FDA status is `none` and no first contact is recorded' : 'No FDA engagement is recorded'}, but ASE will not discuss a Category III application before the FDA process has begun, at least initial discussions (ASE AI procedures for CPT; clearance is not required). Add \`fda.first_contact: YYYY-MM-DD\` and the current \`fda.status\`.`,
      { path: 'fda.first_contact' },
    );
  },
};
