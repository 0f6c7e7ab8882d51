import type { Rule } from '../rule';
import { value } from '../dossier';
import { fieldState, isInvalid } from '../facts';
import { DEFAULT_NOTICE_LEAD_DAYS } from '../policy';

/** Keys under `society` that only mean something once the society is named. */
const SOCIETY_DETAILS = ['society.notified', 'society.irt_partner', 'society.support_requested'] as const;

export const rule: Rule = {
  meta: {
    id: 'society-name-missing',
    defaultSeverity: 'warning',
    reads: ['society.name', 'society.notified', 'society.irt_partner', 'society.support_requested'],
    sources: ['format'],
    description: 'The `society` block records a notice, a roundtable or a support request but does not say which society (`society.name` is absent or empty).',
    rationale:
      `Each specialty society has its own procedure: how long before the AMA deadline it wants the material, and where it stands on each Appendix S class. Without a name none of it can be applied, so the notice date is held only to the default lead time (${DEFAULT_NOTICE_LEAD_DAYS} days, ${Math.round(DEFAULT_NOTICE_LEAD_DAYS / 7)} weeks) and the society rules stay silent.`,
    fix: 'Add `name:` under `society` with the society consulted (for example `name: ASE`); a workspace can add the policy of a society that is not built in.',
    examples: { bad: 'society:\n  notified: 2026-11-01\n  support_requested: true', good: 'society:\n  name: ASE\n  notified: 2026-11-01\n  support_requested: true' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier } = ctx;
    const name = value(dossier, 'society.name')?.value;
    if ((name && name.trim()) || isInvalid(dossier, 'society.name')) return;
    const details = SOCIETY_DETAILS.filter((path) => fieldState(dossier, path) !== 'absent');
    if (details.length === 0) return;
    const keys = details.map((path) => `\`${path.slice('society.'.length)}\``);
    const listed = keys.length === 1 ? keys[0] : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
    ctx.report(
      ctx.anchor('society.name', 'society', details[0]),
      `The \`society\` block gives ${listed} but not which society, so its own procedure cannot be applied: the notice is held to a default of ${DEFAULT_NOTICE_LEAD_DAYS} days before the AMA deadline and its stance on the class is not checked. Add \`name:\` under \`society\` (for example \`name: ASE\`).`,
      { path: 'society.name' },
    );
  },
};
