import { editsFix, type Rule } from '../rule';
import { frontmatterLines, linesOf } from '../frontmatterLines';
import { insertTopLevel } from '../yamlEdits';
import { listLength, targetCategoryOf, value } from '../dossier';
import { longDate } from '../dates';
import { isInvalid } from '../facts';

export const rule: Rule = {
  meta: {
    id: 'cat3-human-use',
    defaultSeverity: 'error',
    reads: ['sites', 'sites[].since', 'target_category'],
    sources: ['ase', 'ama'],
    description: 'Category III is sought and no site offers the service on humans.',
    rationale:
      'A Category III service must be performed on humans (AMA criteria), and ASE will not discuss an application until the service is offered on humans at one site at least. A site that only starts after today does not count yet.',
    fix: 'List the sites under `sites:` (each with `name`, `state` and `since: YYYY-MM-DD`), or give their number (`sites: 3`).',
    examples: { bad: 'sites: []', good: 'sites:\n  - name: Mercy Heart Institute\n    state: OH\n    since: 2026-01-15' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier, today } = ctx;
    if (targetCategoryOf(dossier) !== 'III') return;
    if (isInvalid(dossier, 'sites')) return; // unreadable, reported by field-value
    const count = value<number>(dossier, 'sites');
    if (count && typeof count.value === 'number') {
      if (count.value > 0) return;
      ctx.report(count.span, 'No site offers the service on humans (`sites: 0`), but a Category III service must be performed on humans and ASE asks for at least one site (ASE AI procedures for CPT; AMA Category III criteria). List the sites once the service is offered.', { path: 'sites' });
      return;
    }
    const n = listLength(dossier, 'sites');
    const future: string[] = [];
    for (let i = 0; i < n; i++) {
      const since = value(dossier, `sites[${i}].since`)?.value;
      if (since && since > today) future.push(since);
      else if (dossier.facts?.keys.has(`sites[${i}]`)) return; // a site offering the service now
    }
    const why = 'a Category III service must be performed on humans and ASE asks for at least one site offering it (ASE AI procedures for CPT; AMA Category III criteria)';
    const message = future.length
      ? `No listed site offers the service yet: the earliest starts on ${longDate(future.sort()[0])}, after today; ${why}. Apply once a site offers it, or correct \`since\`.`
      : `No site offering the service on humans is listed, but ${why}. List the sites under \`sites:\` with \`name\`, \`state\` and \`since\`.`;
    const doc = linesOf(dossier.text, dossier.lines);
    const fm = frontmatterLines(doc);
    const fixes = fm && !dossier.facts?.keys.has('sites') ? editsFix(dossier.lines, 'Add a `sites` list to fill in', [insertTopLevel(doc, fm, 'sites:\n  - name: \n    state: \n    since: ', ['fda', 'ama_deadline', 'classification'])]) : [];
    ctx.report(ctx.anchor('sites', 'target_category'), message, { path: 'sites' }, undefined, fixes);
  },
};
