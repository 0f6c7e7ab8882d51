import type { Rule } from '../rule';
import { classificationOf, targetCategoryOf } from '../dossier';

export const rule: Rule = {
  meta: {
    id: 'assistive-cpt-discouraged',
    defaultSeverity: 'warning',
    reads: ['classification', 'society.name', 'target_category'],
    sources: ['ase'],
    society: true,
    description: 'The dossier is assistive, seeks a CPT category, and names a society whose policy discourages CPT codes for assistive AI (ASE).',
    rationale:
      'ASE strongly advises developers of assistive AI, which mainly makes work more efficient, not to pursue a CPT code: it considers business models outside the CPT/RUC payment process better suited to it.',
    fix: 'Reconsider the application, or if the software in fact analyses or quantifies data into a clinically meaningful output, describe that output and classify it as augmentative.',
    examples: { bad: 'classification: assistive\nsociety:\n  name: ASE', good: 'classification: assistive\nsociety:\n  name: Heart Rhythm Society' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const cls = classificationOf(ctx.dossier);
    const stance = ctx.policy?.stance.assistive;
    if (!cls || cls.value !== 'assistive' || !ctx.policy || !stance?.discourageCpt) return;
    ctx.report(
      cls.span,
      `${ctx.policy.id} advises developers of assistive AI not to seek a CPT code (Category ${targetCategoryOf(ctx.dossier)} here): business models outside CPT/RUC payment suit it better (${ctx.policy.source}). Reconsider the application, or describe the quantified output if the software is in fact augmentative.`,
    );
  },
};
