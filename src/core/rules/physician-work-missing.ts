import { editsFix, type Rule, type RuleFix } from '../rule';
import { classificationOf, sectionOf, value } from '../dossier';
import { frontmatterLines, linesOf } from '../frontmatterLines';
import { appendSection, fillSection, insertTopLevel } from '../yamlEdits';
import { FIX_PLACEHOLDERS, headingMeantAs, sectionNames } from '../sections';

export const rule: Rule = {
  meta: {
    id: 'physician-work-missing',
    defaultSeverity: 'error',
    reads: ['classification', 'physician_work', 'society.name'],
    sources: ['ase', 'appendix-s'],
    description: 'An autonomous dossier has neither `physician_work` nor a `Physician work` section with text under it (a warning for the other classes).',
    rationale:
      'A CPT code pays for work; for assistive and augmentative services the physician interprets and reports, and the dossier should say how. ASE will not discuss a CPT code for autonomous technology unless the service involves and recognises specific physician work.',
    fix: 'Add `physician_work:` in the frontmatter, or a `## Physician work` section (also `Physician role` or `Role of the physician`), saying what the physician does with the output: reviews, edits, interprets, reports, acts on an alert.',
    examples: { bad: 'classification: autonomous\nautonomy_level: II', good: 'classification: autonomous\nautonomy_level: II\nphysician_work: The cardiologist reviews each referral the software initiates and may cancel it.' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier } = ctx;
    const cls = classificationOf(dossier);
    if (!cls) return;
    const inFrontmatter = (value(dossier, 'physician_work')?.value ?? '').trim() !== '';
    const section = sectionOf(dossier, 'physician-work');
    if (inFrontmatter || (section && section.hasContent) || (dossier.bodySkipped && section)) return;
    const autonomous = cls.value === 'autonomous';
    const stance = ctx.policy?.stance.autonomous;
    const why =
      autonomous && ctx.policy && stance?.requiresPhysicianWork
        ? `${ctx.policy.id} will not discuss a CPT code for autonomous technology that does not involve and recognise specific physician work (${ctx.policy.source})`
        : autonomous
          ? 'a CPT code for an autonomous service still needs the physician work it involves to be recognised (CPT Appendix S; ASE AI procedures for CPT)'
          : `for ${cls.value} software the physician interprets and reports, and reviewers need to see that work (CPT Appendix S)`;
    const placeholder = !!section && section.holdsPlaceholder && !section.hasContent;
    // A heading with nothing under it: the text goes there, not under a second heading of the same name.
    const empty = !!section && !placeholder && !section.hasContent;
    // `## Role of the cardiologist`: the writer's section under a name not read.
    const meant = section ? undefined : headingMeantAs('physician-work', dossier.headings);
    const message = meant
      ? `The heading \`${meant.text}\` is not read as the \`Physician work\` section (its names: ${sectionNames('physician-work')}), so the dossier does not describe the physician's work: ${why}. Rename it \`## Physician work\`, or write \`physician_work:\`.`
      : placeholder
      ? `The \`${section.heading.text}\` section still holds the snippet's placeholder text, so the dossier does not describe the physician's work: ${why}. Replace it with what the physician does with the output, or write \`physician_work:\`.`
      : empty
        ? `The \`${section.heading.text}\` section is empty, so the dossier does not describe the physician's work: ${why}. Say under it what the physician does with the output, or write \`physician_work:\`.`
        : `The dossier does not describe the physician's work: ${why}. Add \`physician_work:\` or a \`## Physician work\` section saying what the physician does with the output.`;
    // An error for autonomous dossiers (the default), a warning for the other classes.
    // The section goes after Software output (else at the end); the key, when absent, after the class.
    const { text, lines } = dossier;
    const doc = linesOf(text, lines);
    const output = sectionOf(dossier, 'software-output');
    const before = output && output.span.end < text.length ? lines.positionAt(output.span.end).line : undefined;
    // A section holding the placeholder is there already: only the key can be added.
    const filler = `_${FIX_PLACEHOLDERS['physician-work']}_`;
    const fixes: RuleFix[] = meant
      ? [{ title: 'Rename the heading to `Physician work`', edits: [{ span: { start: meant.start, end: meant.end }, text: `${'#'.repeat(meant.depth)} Physician work` }], safe: false, preferred: true }]
      : placeholder
      ? []
      : empty
        ? editsFix(lines, 'Describe the physician work under this heading', [fillSection(doc, lines.positionAt(section.heading.end).line, filler)], { preferred: true })
        : editsFix(lines, 'Add a `## Physician work` section', [appendSection(doc, before, 'Physician work', filler)], { preferred: true });
    const fm = frontmatterLines(doc);
    if (fm && !dossier.facts?.keys.has('physician_work')) fixes.push(...editsFix(lines, 'Add `physician_work:` to the frontmatter', [insertTopLevel(doc, fm, 'physician_work: ', ['autonomy_level', 'classification'])], { preferred: false }));
    ctx.report(meant ? { start: meant.start, end: meant.end } : empty ? section.heading : ctx.anchor('physician_work'), message, { path: 'physician_work' }, autonomous ? undefined : 'warning', fixes);
  },
};
