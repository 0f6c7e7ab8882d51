import { replaceFix, type Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'unknown-field',
    defaultSeverity: 'warning',
    sources: ['format'],
    description: 'A frontmatter key is not part of the dossier format (the message suggests the nearest known key).',
    rationale:
      'A misspelt key is silently ignored by every rule: `clasification: assistive` leaves the dossier unclassified, `fda: {satus: cleared}` leaves the FDA status unknown. Reporting unknown keys catches these typos.',
    fix: 'Rename the key to the suggested one (the quick fix does it), or remove it; a key written in capitals or with spaces or hyphens (`Classification`, `ama-deadline`) is renamed by Fix all and `lint --fix` too. Keys of format 1: `cpt_dossier`, `title`, `developer`, `classification`, `autonomy_level`, `taxonomy`, `target_category`, `codes`, `ama_deadline`, `fda` (`status`, `first_contact`), `sites` (`name`, `state`, `since`), `trials` (`registry`, `country`, `efficacy`), `society` (`name`, `notified`, `irt_partner`, `support_requested`), `physician_work`.',
    examples: { bad: 'clasification: augmentative', good: 'classification: augmentative' },
  },
  needsFrontmatter: true,
  check(ctx) {
    for (const issue of ctx.dossier.facts?.issues ?? []) {
      if (issue.kind !== 'unknown-key') continue;
      // A guess at a misspelt key: offered, never applied unasked. The key itself in other letter
      // case or separators (`Classification`) is no guess: safe.
      ctx.report(issue.span, issue.message, { path: issue.path, ...(issue.replacement ? { replacement: issue.replacement } : {}) }, undefined, issue.replacement !== undefined ? [replaceFix(issue.span, issue.replacement, issue.sameKey === true, `Rename to \`${issue.replacement}\``)] : undefined);
    }
  },
};
