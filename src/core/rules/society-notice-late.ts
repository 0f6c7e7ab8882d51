import { replaceFix, type Rule } from '../rule';
import { value } from '../dossier';
import { noticeDueDate, noticeLeadDays } from '../facts';
import { daysBetween, longDate } from '../dates';
import { DEFAULT_NOTICE_LEAD_DAYS } from '../policy';

export const rule: Rule = {
  meta: {
    id: 'society-notice-late',
    defaultSeverity: 'error',
    reads: ['ama_deadline', 'society.name', 'society.notified'],
    sources: ['ase'],
    society: true,
    description: `\`society.notified\` is less than the society's lead time (ASE: 56 days, 8 weeks) before \`ama_deadline\`; the message gives the latest date that would have been on time. A society with no built-in policy, or none named, is held to the default lead time of ${DEFAULT_NOTICE_LEAD_DAYS} days (${Math.round(DEFAULT_NOTICE_LEAD_DAYS / 7)} weeks).`,
    rationale:
      'ASE\'s process asks for the material at least 8 weeks before the official AMA CPT submission date so that it can consider the application. Notice given later leaves the society no time, and the application goes in without it. A `notified` date after today is read as a planned notice and held to the same lead time: the message says it is planned and gives the latest date that is still on time.',
    fix: 'Notify the society on or before the date given, or aim at a later AMA deadline (the next Panel meeting) so that the notice is on time.',
    examples: { bad: 'ama_deadline: 2027-02-04\nsociety:\n  name: ASE\n  notified: 2027-01-10', good: 'ama_deadline: 2027-02-04\nsociety:\n  name: ASE\n  notified: 2026-11-01' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier, policy } = ctx;
    const notified = value(dossier, 'society.notified');
    const deadline = value(dossier, 'ama_deadline');
    const name = value(dossier, 'society.name')?.value;
    if (!notified || !deadline) return;
    const lead = noticeLeadDays(policy);
    const ahead = daysBetween(notified.value, deadline.value);
    if (ahead >= lead) return;
    const latest = noticeDueDate(deadline.value, policy);
    const society = policy?.id ?? (name?.trim() || undefined);
    const timing = ahead >= 0 ? `only ${ahead} day${ahead === 1 ? '' : 's'} before` : `${-ahead} day${ahead === -1 ? '' : 's'} after`;
    // A date still to come is a plan: say so, and say whether it can still be moved in time.
    const planned = notified.value > ctx.today;
    const what = planned
      ? `${society ? `The ${society}` : "The society's"} notice is planned for ${timing}`
      : `${society ?? 'The society'} was notified ${timing}`;
    // Without a known policy the lead time is the default, not a society's own figure.
    const source = policy?.source ?? (society ? `the default lead time: no policy is known for ${society}` : 'the default lead time: no society is named');
    const fix = planned
      ? latest >= ctx.today
        ? `The latest date on time is ${longDate(latest)} (${latest}); notify it by then or aim at a later AMA deadline.`
        : `The latest date on time was ${longDate(latest)} (${latest}); notify it now and aim at a later AMA deadline.`
      : `The latest date on time was ${longDate(latest)} (${latest}); notify it by then or aim at a later AMA deadline.`;
    ctx.report(
      notified.span,
      `${what} the AMA deadline of ${longDate(deadline.value)}, but it wants the material at least ${lead} days (${Math.round(lead / 7)} weeks) ahead (${source}). ${fix}`,
      { path: 'society.notified', replacement: latest },
      undefined,
      // Not safe: the date must be the real one the society is (or was) told.
      [replaceFix(notified.span, latest, false)],
    );
  },
};
