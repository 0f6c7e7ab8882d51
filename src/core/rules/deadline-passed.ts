import type { Rule } from '../rule';
import { value } from '../dossier';
import { daysBetween, longDate } from '../dates';

export const rule: Rule = {
  meta: {
    id: 'deadline-passed',
    defaultSeverity: 'warning',
    reads: ['ama_deadline'],
    sources: ['calendar', 'ama'],
    description: '`ama_deadline` is before today.',
    rationale:
      'The CPT Editorial Panel meets three times a year, and applications are due about three months before each meeting. A deadline in the past means the dossier aims at a meeting it can no longer reach, and the society-notice timing is computed against the wrong date.',
    fix: 'Set `ama_deadline` to the next application deadline you aim at, then recheck the society notice date.',
    examples: { bad: 'ama_deadline: 2026-10-01', good: 'ama_deadline: 2027-02-04' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const deadline = value(ctx.dossier, 'ama_deadline');
    if (!deadline || deadline.value >= ctx.today) return;
    const ago = daysBetween(deadline.value, ctx.today);
    ctx.report(
      deadline.span,
      `The AMA deadline of ${longDate(deadline.value)} passed ${ago} day${ago === 1 ? '' : 's'} ago (today is ${ctx.today}), so the Panel meeting it leads to can no longer be reached (calendar). Set \`ama_deadline\` to the next application deadline and recheck the society notice.`,
    );
  },
};
