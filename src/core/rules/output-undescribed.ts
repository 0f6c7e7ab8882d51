import type { Rule } from '../rule';
import { sectionOf } from '../dossier';

export const rule: Rule = {
  meta: {
    id: 'output-undescribed',
    defaultSeverity: 'warning',
    sources: ['appendix-s'],
    description: 'The body has no `Software output` section (or it is empty).',
    rationale:
      'Appendix S classifies a service by what the software outputs and what that output does in care: a flag on an image, a measurement, a conclusion. Reviewers look for that description first; without it the declared class cannot be checked.',
    fix: 'Add a `## Software output` section (also accepted: `Machine output`, `Clinical output`, `Output`) that says exactly what the software produces and who acts on it.',
    examples: { bad: '## Intended use\nMeasures LVEF on echocardiograms.', good: '## Software output\nA numeric LVEF (%) with the traced end-diastolic and end-systolic frames.' },
  },
  needsFrontmatter: false,
  check(ctx) {
    const { dossier } = ctx;
    // Without a closed frontmatter the body is unknown (an unclosed fence swallows it).
    if (dossier.bodySkipped || dossier.frontmatter.kind === 'unclosed') return;
    const section = sectionOf(dossier, 'software-output');
    if (!section) {
      ctx.report(
        ctx.anchor(),
        'The dossier has no `Software output` section, yet the Appendix S class rests on what the software outputs (CPT Appendix S). Add a `## Software output` section describing exactly what it produces.',
      );
    } else if (!section.hasContent) {
      ctx.report(
        section.heading,
        'The `Software output` section is empty, yet the Appendix S class rests on what the software outputs (CPT Appendix S). Describe what the software produces: a flag, a measurement or a conclusion, and who acts on it.',
      );
    }
  },
};
