import { editsFix, type Rule, type RuleFix } from '../rule';
import { frontmatterLines, linesOf } from '../frontmatterLines';
import { insertTopLevel, insertUnder } from '../yamlEdits';
import { fdaStatusOf, targetCategoryOf, value, type Dossier } from '../dossier';
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
    const where = status ? status.span : ctx.anchor('fda.status', 'fda', 'target_category');
    ctx.report(
      where,
      `${status ? 'The FDA status is `none` and no first contact is recorded' : 'No FDA engagement is recorded'}, but ASE will not discuss a Category III application before the FDA process has begun, at least initial discussions (ASE AI procedures for CPT; clearance is not required). Add \`fda.first_contact: YYYY-MM-DD\` and the current \`fda.status\`.`,
      { path: 'fda.first_contact' },
      undefined,
      fdaFixes(dossier, ctx.today),
    );
  },
};

/** An `fda` block to fill in when there is none, else the first contact under it. */
function fdaFixes(dossier: Dossier, today: string): RuleFix[] {
  const doc = linesOf(dossier.text, dossier.lines);
  const fm = frontmatterLines(doc);
  if (!fm) return [];
  if (!dossier.facts?.keys.has('fda')) {
    return editsFix(dossier.lines, 'Add an `fda` block to fill in (status, first contact)', [insertTopLevel(doc, fm, 'fda:\n  status: \n  first_contact: ', ['codes', 'ama_deadline', 'target_category', 'taxonomy', 'autonomy_level', 'classification'])]);
  }
  if (dossier.facts.keys.has('fda.first_contact')) return [];
  return editsFix(dossier.lines, `Add \`fda.first_contact: ${today}\` (the date of the first discussion with FDA)`, [insertUnder(doc, 'fda', [`first_contact: ${today}`])]);
}
