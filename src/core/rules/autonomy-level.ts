import { editsFix, type Rule } from '../rule';
import { APPENDIX_S } from '../appendixS';
import { autonomyLevelOf, classificationOf, taxonomyEditionOf } from '../dossier';
import { blockEnd, frontmatterLines, linesOf, topLevelKeyLine } from '../frontmatterLines';
import { setTopLevelValue } from '../yamlEdits';
import { isInvalid } from '../facts';

export const rule: Rule = {
  meta: {
    id: 'autonomy-level',
    defaultSeverity: 'error',
    reads: ['autonomy_level', 'classification', 'taxonomy', 'ama_deadline'],
    sources: ['appendix-s'],
    description: 'An autonomous dossier has no `autonomy_level` (a warning when a non-autonomous dossier declares one).',
    rationale:
      'Appendix S divides autonomous services into three levels by what happens to the software\'s conclusion: Level I offers it for a physician to act on, Level II acts unless a physician overrides it, Level III acts and a physician must contest it. The level changes how the Panel reads the physician\'s role; it has no meaning for assistive or augmentative software.',
    fix: 'For autonomous software add `autonomy_level: I`, `II` or `III`. For assistive or augmentative software remove `autonomy_level`.',
    examples: { bad: 'classification: autonomous', good: 'classification: autonomous\nautonomy_level: II' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const cls = classificationOf(ctx.dossier);
    if (!cls) return;
    const level = autonomyLevelOf(ctx.dossier);
    const levelKey = ctx.dossier.facts?.keys.get('autonomy_level');
    const { text, lines } = ctx.dossier;
    const doc = linesOf(text, lines);
    if (cls.value === 'autonomous' && !level && !isInvalid(ctx.dossier, 'autonomy_level')) {
      const levels = APPENDIX_S[taxonomyEditionOf(ctx.dossier)].levels;
      const fixes = (['I', 'II', 'III'] as const).flatMap((l) => editsFix(lines, `Add \`autonomy_level: ${l}\` (${levels[l]})`, setTopLevelValue(doc, 'autonomy_level', l, ['classification']), { preferred: false }));
      ctx.report(
        cls.span,
        'An autonomous dossier must say which of the three Appendix S levels applies: I (conclusions a physician acts on), II (acts unless overridden) or III (acts; the physician must contest) (CPT Appendix S). Add `autonomy_level: I`, `II` or `III`.',
        { path: 'autonomy_level' },
        undefined,
        fixes,
      );
    } else if (cls.value !== 'autonomous' && levelKey) {
      ctx.report(
        levelKey,
        `\`autonomy_level\` only applies to autonomous software, but this dossier is ${cls.value} (CPT Appendix S). Remove \`autonomy_level\`, or change the classification if the software acts on its own conclusions.`,
        { path: 'autonomy_level' },
        'warning',
        removeKeyFix(ctx.dossier.text, ctx.dossier.lines),
      );
    }
  },
};

/** Removes the top-level `autonomy_level` line (and any lines nested under it). */
function removeKeyFix(text: string, lines: Parameters<typeof editsFix>[0]): ReturnType<typeof editsFix> {
  const doc = linesOf(text, lines);
  const fm = frontmatterLines(doc);
  const line = fm && topLevelKeyLine(doc, fm, 'autonomy_level');
  if (!fm || line === undefined) return [];
  const end = blockEnd(doc, fm, line) + 1;
  return editsFix(lines, 'Remove `autonomy_level`', [{ range: { start: { line, column: 0 }, end: { line: end, column: 0 } }, newText: '' }]);
}
