import type { Rule } from '../rule';
import { listLength, targetCategoryOf, value } from '../dossier';

export const rule: Rule = {
  meta: {
    id: 'cat1-before-cat3',
    defaultSeverity: 'warning',
    reads: ['codes', 'target_category'],
    sources: ['ase', 'ama'],
    description: 'Category I is sought and no Category III code is held in `codes`.',
    rationale:
      'Category III codes exist to gather evidence of efficacy, use and outcomes for emerging technology before it can meet the Category I standard of widespread use and documented clinical efficacy. ASE engages with augmentative AI on Category I only after Category III has been awarded.',
    fix: 'Add the Category III code already held to `codes` (e.g. `codes: [0932T]`), or target Category III first (`target_category: III`).',
    examples: { bad: 'target_category: I\ncodes: []', good: 'target_category: I\ncodes: [0932T]' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier } = ctx;
    if (targetCategoryOf(dossier) !== 'I') return;
    const n = listLength(dossier, 'codes');
    for (let i = 0; i < n; i++) {
      if (/^\d{4}T$/.test(String(value(dossier, `codes[${i}]`)?.value ?? ''))) return;
    }
    ctx.report(
      ctx.anchor('codes', 'target_category'),
      'Category I is sought but no Category III code is listed: Category III comes first to gather evidence for emerging technology, and ASE engages on Category I only after Category III is awarded (ASE AI procedures for CPT; AMA). Add the Category III code held to `codes`, or target Category III.',
      { path: 'codes' },
    );
  },
};
