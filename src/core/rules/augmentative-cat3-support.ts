import { replaceFix, type Rule } from '../rule';
import { classificationOf, targetCategoryOf, value } from '../dossier';

export const rule: Rule = {
  meta: {
    id: 'augmentative-cat3-support',
    defaultSeverity: 'info',
    reads: ['classification', 'society.name', 'society.support_requested', 'target_category'],
    sources: ['ase'],
    society: true,
    description: 'An augmentative dossier targets Category III, asks the society for support (`society.support_requested: true`), and the society\'s policy is neutral on such applications (ASE).',
    rationale:
      'ASE will neither sponsor, support nor interfere with a Category III application for augmentative AI; it engages on Category I once Category III has been awarded. A request for its support at this stage will not be granted.',
    fix: 'Set `support_requested: false` and plan the society\'s engagement for the Category I application after Category III is awarded.',
    examples: { bad: 'classification: augmentative\nsociety:\n  name: ASE\n  support_requested: true', good: 'classification: augmentative\nsociety:\n  name: ASE\n  support_requested: false' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier, policy } = ctx;
    const requested = value<boolean>(dossier, 'society.support_requested');
    if (!requested || requested.value !== true || !policy || policy.stance.augmentative?.category3 !== 'neutral') return;
    if (classificationOf(dossier)?.value !== 'augmentative' || targetCategoryOf(dossier) !== 'III') return;
    ctx.report(
      requested.span,
      `${policy.id} neither sponsors, supports nor opposes Category III applications for augmentative AI; it engages on Category I once Category III is awarded (${policy.source}). Expect no support now: set \`support_requested: false\` and plan its engagement for Category I.`,
      { replacement: 'false' },
      undefined,
      [replaceFix(requested.span, 'false', false)],
    );
  },
};
