import { editsFix, type Rule } from '../rule';
import { sectionOf } from '../dossier';
import { linesOf } from '../frontmatterLines';
import { appendSection, fillSection } from '../yamlEdits';
import { FIX_PLACEHOLDERS, headingMeantAs, sectionNames } from '../sections';

const PLACEHOLDER = `_${FIX_PLACEHOLDERS['software-output']}_`;

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
    const { text, lines } = dossier;
    const doc = linesOf(text, lines);
    const meant = section ? undefined : headingMeantAs('software-output', dossier.headings);
    if (meant) {
      // `## Output of the software`: the writer's section under a name not read. Renaming it is offered, not applied.
      ctx.report(
        { start: meant.start, end: meant.end },
        `The heading \`${meant.text}\` is not read as the \`Software output\` section (its names: ${sectionNames('software-output')}), yet the Appendix S class rests on what the software outputs (CPT Appendix S). Rename it \`## Software output\`.`,
        undefined,
        undefined,
        [{ title: 'Rename the heading to `Software output`', edits: [{ span: { start: meant.start, end: meant.end }, text: `${'#'.repeat(meant.depth)} Software output` }], safe: false, preferred: true }],
      );
    } else if (!section) {
      // Before the section after Intended use, else at the end.
      const intended = sectionOf(dossier, 'intended-use');
      const before = intended && intended.span.end < text.length ? lines.positionAt(intended.span.end).line : undefined;
      ctx.report(
        ctx.anchor(),
        'The dossier has no `Software output` section, yet the Appendix S class rests on what the software outputs (CPT Appendix S). Add a `## Software output` section describing exactly what it produces.',
        undefined,
        undefined,
        editsFix(lines, 'Add a `## Software output` section', [appendSection(doc, before, 'Software output', PLACEHOLDER)], { preferred: true }),
      );
    } else if (!section.hasContent && section.holdsPlaceholder) {
      // No fix: the text to write is the writer's own.
      ctx.report(
        section.heading,
        "The `Software output` section still holds the snippet's placeholder text, not a description, yet the Appendix S class rests on what the software outputs (CPT Appendix S). Replace it with what the software produces: a flag, a measurement or a conclusion, and who acts on it.",
      );
    } else if (!section.hasContent) {
      const headingLine = lines.positionAt(section.heading.end).line;
      ctx.report(
        section.heading,
        'The `Software output` section is empty, yet the Appendix S class rests on what the software outputs (CPT Appendix S). Describe what the software produces: a flag, a measurement or a conclusion, and who acts on it.',
        undefined,
        undefined,
        editsFix(lines, 'Describe the software output under this heading', [fillSection(doc, headingLine, PLACEHOLDER)]),
      );
    }
  },
};
