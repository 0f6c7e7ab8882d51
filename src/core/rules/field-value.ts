import { replaceFix, type Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'field-value',
    defaultSeverity: 'error',
    sources: ['format'],
    description: 'A frontmatter value has the wrong type or is outside its allowed set (enum, date, boolean, list); the message lists what is allowed.',
    rationale:
      'Rules compare dates, match classes and count sites; a value they cannot read (a date written 02/04/2027, `classification: semi-autonomous`, `irt_partner: yes`) is treated as absent and would hide real problems. A text value cut short by YAML (`title: EF #1 measurement` reads `EF`, since a `#` after a space starts a comment) is kept as read but reported as a warning, with quoting offered as a fix.',
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
  },
};
