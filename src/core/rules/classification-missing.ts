import { editsFix, type Rule } from '../rule';
import { fieldState } from '../facts';
import { APPENDIX_S } from '../appendixS';
import { taxonomyEditionOf } from '../dossier';
import { linesOf } from '../frontmatterLines';
import { setTopLevelValue } from '../yamlEdits';
import { AI_CLASSES } from '../types';

export const rule: Rule = {
  meta: {
    id: 'classification-missing',
    defaultSeverity: 'error',
    reads: ['classification', 'taxonomy', 'ama_deadline'],
    sources: ['appendix-s', 'ase'],
    description: 'The frontmatter has no `classification`.',
    rationale:
      'CPT Appendix S sorts AI-enabled services into assistive, augmentative and autonomous by what the software outputs; the CPT Editorial Panel reads an application through that class, and ASE asks developers to classify their technology before it discusses an application.',
    fix: 'Add `classification: assistive`, `augmentative` or `autonomous` (with `autonomy_level` when autonomous). The code lens above the frontmatter offers the three classes with their definitions.',
    examples: { bad: '---\ncpt_dossier: 1\ntitle: Automated LV ejection fraction\n---', good: '---\ncpt_dossier: 1\ntitle: Automated LV ejection fraction\nclassification: augmentative\n---' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const facts = ctx.dossier.facts;
    if (!facts || fieldState(ctx.dossier, 'classification') !== 'absent') return;
    const { text, lines } = ctx.dossier;
    // `Classification: augmentative`, `clasification: …`: the class is written, under a key not read.
    // Said there, with the rename: a class inserted beside it would leave two keys for one fact.
    const misnamed = facts.issues.find((i) => i.kind === 'unknown-key' && i.replacement === 'classification' && !i.path.includes('.'));
    if (misnamed) {
      ctx.report(
        misnamed.span,
        `The class is written under the key \`${misnamed.path}\`, which is not read, so the dossier declares no Appendix S class; the CPT Panel and ASE read an application through it (CPT Appendix S; ASE AI procedures for CPT). Rename the key \`classification\`.`,
        { path: 'classification' },
        undefined,
        [{ title: 'Rename to `classification`', edits: [{ span: misnamed.span, text: 'classification' }], safe: false, preferred: true }],
      );
      return;
    }
    const taxonomy = APPENDIX_S[taxonomyEditionOf(ctx.dossier)];
    // One fix per class, none preferred: the writer chooses, with the definition in the title.
    const fixes = AI_CLASSES.flatMap((c) =>
      editsFix(lines, `Classify as ${c} (${taxonomy.label}: ${taxonomy.classes[c].split(';')[0]})`, setTopLevelValue(linesOf(text, lines), 'classification', c, ['cpt_dossier']), { preferred: false }),
    );
    ctx.report(
      ctx.anchor(),
      'The dossier does not declare its Appendix S class; the CPT Panel and ASE read an application through it (CPT Appendix S; ASE AI procedures for CPT). Add `classification: assistive`, `augmentative` or `autonomous`.',
      { path: 'classification' },
      undefined,
      fixes,
    );
  },
};
