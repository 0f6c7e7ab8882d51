import { replaceFix, type Rule, type RuleContext } from '../rule';
import { value } from '../dossier';
import { distance } from 'fastest-levenshtein';
import { DEFAULT_NOTICE_LEAD_DAYS, societyKey, societyNames, type SocietyPolicy } from '../policy';

export const rule: Rule = {
  meta: {
    id: 'field-value',
    defaultSeverity: 'error',
    reads: ['society.name'],
    sources: ['format'],
    description:
      'A frontmatter value has the wrong type or is outside its allowed set (enum, date, boolean, list); the message lists what is allowed. A `society.name` that finds no policy but is a slip of a known society\'s name (`ASEE`, `Amercian Society of Echocardiography`) is a warning naming the society meant.',
    rationale:
      'Rules compare dates, match classes and count sites; a value they cannot read (a date written 02/04/2027, `classification: semi-autonomous`, `irt_partner: yes`) is left out of their checks: they stay silent about it (they do not report the key as missing either), so the problem it hides, a deadline passed, a notice sent late, an autonomy level left out, goes unreported unless this rule reports the value. A text value cut short by YAML (`title: EF #1 measurement` reads `EF`, since a `#` after a space starts a comment) is kept as read but reported as a warning, with quoting offered as a fix. A society named with a slip finds no policy, so its lead time and its stance on the class go unchecked without a word; another society may bear a name close to a known one, so the name meant is offered, never applied unasked.',
    fix: 'Write the value in the form the message gives: dates as `YYYY-MM-DD`, booleans as `true` or `false`, classes and statuses from their lists, `codes` as a list such as `[0932T]`.',
    examples: { bad: 'ama_deadline: 02/04/2027\nautonomy_level: 2', good: 'ama_deadline: 2027-02-04\nautonomy_level: II' },
  },
  needsFrontmatter: true,
  check(ctx) {
    for (const issue of ctx.dossier.facts?.issues ?? []) {
      if (issue.kind !== 'bad-value') continue;
      // The nearest allowed value, a corrected date: safe to apply without looking. Several
      // readings (02/04/2027) are offered one by one, none safe: the writer picks.
      const fixes = issue.replacement !== undefined ? [replaceFix(issue.span, issue.replacement, true)] : issue.readings?.map((r) => replaceFix(issue.span, r, false));
      ctx.report(issue.span, issue.message, { path: issue.path, ...(issue.replacement ? { replacement: issue.replacement } : {}) }, issue.warning ? 'warning' : undefined, fixes);
    }
    societyNameSlip(ctx);
  },
};

/**
 * `society.name: ASEE`, `Amercian Society of Echocardiography`: a slip of a known society's name finds
 * no policy, so its procedure and stance go unchecked without a word. A warning, with the name meant
 * offered (never applied unasked: another society may bear a name close to it).
 */
function societyNameSlip(ctx: RuleContext): void {
  const name = value(ctx.dossier, 'society.name');
  if (ctx.policy || !name || !name.value.trim()) return;
  const near = nearestSociety(ctx.policies, name.value);
  if (!near) return;
  const known = [...new Set(ctx.policies.map((p) => p.id))].join(', ');
  const full = near.meant === near.policy.id ? ` (${near.policy.name})` : '';
  ctx.report(
    name.span,
    `\`society.name\` names no society whose policy is known (${known}); found \`${name.value}\`. Did you mean \`${near.meant}\`${full}? As written, no society's own procedure applies: the notice is held to the default of ${DEFAULT_NOTICE_LEAD_DAYS} days before the AMA deadline and its stance on the class is not checked.`,
    { path: 'society.name', replacement: near.meant },
    'warning',
    [replaceFix(name.span, near.meant, false)],
  );
}

/**
 * The known society a name that finds no policy is a slip of, and the name it meant: a full name a
 * letter or two off (`Amercian Society of Echocardiography`; up to one edit in ten letters, two at
 * least), or an abbreviation with a letter typed twice (`ASEE`). An abbreviation a letter away
 * otherwise is another society as often as not (ASA, ASN, ASES, AES), so it is no slip.
 */
function nearestSociety(policies: readonly SocietyPolicy[], name: string): { policy: SocietyPolicy; meant: string } | undefined {
  if (name.length > 120) return undefined; // a name, not a paragraph: no distances over long text
  const wanted = societyNames(name);
  for (let i = policies.length - 1; i >= 0; i--) {
    const p = policies[i];
    for (const alias of [p.id, ...p.aliases]) {
      const known = societyKey(alias);
      if (known === '') continue;
      const abbreviation = !known.includes(' ') && known.length <= 6;
      if (wanted.some((w) => (abbreviation ? doubledLetter(w, known) : distance(w, known) <= Math.max(2, Math.floor(known.length / 10))))) return { policy: p, meant: alias };
    }
  }
  return undefined;
}

/** Whether `written` is `known` with one of its letters typed twice (`asee` for `ase`). */
function doubledLetter(written: string, known: string): boolean {
  if (written.length !== known.length + 1) return false;
  for (let i = 1; i < written.length; i++) {
    if (written[i] === written[i - 1] && written.slice(0, i) + written.slice(i + 1) === known) return true;
  }
  return false;
}
