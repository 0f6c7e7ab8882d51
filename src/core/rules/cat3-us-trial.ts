import { editsFix, type Rule, type RuleFix } from '../rule';
import { frontmatterLines, linesOf } from '../frontmatterLines';
import { appendSection, insertTopLevel } from '../yamlEdits';
import { FIX_PLACEHOLDERS } from '../sections';
import { listLength, sectionOf, targetCategoryOf, value, type Dossier } from '../dossier';
import { isInvalid, isUsCountry, usTrialEvidence } from '../facts';
import { studiesNotInPeople } from '../prose/trial';

export const rule: Rule = {
  meta: {
    id: 'cat3-us-trial',
    defaultSeverity: 'error',
    reads: ['target_category', 'trials', 'trials[].country', 'trials[].efficacy'],
    sources: ['ase', 'ama'],
    description: 'Category III is sought and no US clinical trial (in people) with an efficacy outline is given (in `trials[].efficacy` or the `Clinical evidence` section); a US study in animals, cadavers or phantoms does not count.',
    rationale:
      'ASE\'s minimum before it discusses a Category III application includes a description of a US clinical trial outlining the efficacy of the service; the AMA\'s Category III criteria likewise look for a current US trial or peer-reviewed evidence.',
    fix: 'Add the trial under `trials:` with `country: US` and an `efficacy:` outline (endpoint, result, size), or describe the US trial and its efficacy in a `## Clinical evidence` section.',
    examples: { bad: 'trials:\n  - registry: DRKS00012345\n    country: DE', good: 'trials:\n  - registry: NCT01234567\n    country: US\n    efficacy: Agreement with expert readers, ICC 0.91 (n=800)' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier } = ctx;
    if (targetCategoryOf(dossier) !== 'III') return;
    if (isInvalid(dossier, 'trials')) return;
    if (dossier.bodySkipped && sectionOf(dossier, 'clinical-evidence')) return;
    if (usTrialEvidence(dossier)) return;
    const n = listLength(dossier, 'trials');
    const countries = [...new Set(Array.from({ length: n }, (_, i) => value(dossier, `trials[${i}].country`)?.value).filter((c): c is string => !!c))];
    const hasUs = countries.some(isUsCountry);
    const plannedOnly = Array.from({ length: n }, (_, i) => i).some((i) => isUsCountry(value(dossier, `trials[${i}].country`)?.value) && !!String(value(dossier, `trials[${i}].efficacy`)?.value ?? '').trim());
    const notRun = sectionOf(dossier, 'clinical-evidence')?.usTrialYetToRun ?? false;
    // "Leak rate fell 40 % in 12 pigs": the US study listed has results, but not in people.
    const notInPeople = Array.from({ length: n }, (_, i) => i).some((i) => isUsCountry(value(dossier, `trials[${i}].country`)?.value) && studiesNotInPeople(String(value(dossier, `trials[${i}].efficacy`)?.value ?? '')));
    const what = hasUs
      ? notInPeople
        ? 'The US study listed outlines results in animals, cadavers or phantoms, not a clinical trial\'s efficacy in people'
        : plannedOnly
        ? 'The US trial listed outlines only a study to come, not its efficacy'
        : notRun
          ? 'The US trial listed has no efficacy outline, and `Clinical evidence` says a US trial has not run yet (its figures are another study\'s)'
          : 'The US trial listed has no efficacy outline'
      : countries.length
        ? `No US trial is listed (the trials listed are in ${countries.join(', ')})`
        : 'No US clinical trial is described';
    ctx.report(
      ctx.anchor('trials', 'target_category'),
      `${what}, but ASE's minimum for a Category III application includes a US clinical trial outlining efficacy (ASE AI procedures for CPT). Add a trial with \`country: US\` and \`efficacy:\`, or describe it in a \`## Clinical evidence\` section.`,
      { path: 'trials' },
      undefined,
      trialFixes(dossier),
    );
  },
};

/** A US trial to fill in when no `trials` key exists, else a `Clinical evidence` section when there is none. */
function trialFixes(dossier: Dossier): RuleFix[] {
  const doc = linesOf(dossier.text, dossier.lines);
  const fm = frontmatterLines(doc);
  if (fm && !dossier.facts?.keys.has('trials')) {
    return editsFix(dossier.lines, 'Add a US trial to fill in', [insertTopLevel(doc, fm, 'trials:\n  - registry: \n    country: US\n    efficacy: ', ['sites', 'fda', 'ama_deadline', 'classification'])]);
  }
  if (sectionOf(dossier, 'clinical-evidence')) return [];
  return editsFix(dossier.lines, 'Add a `## Clinical evidence` section', [appendSection(doc, undefined, 'Clinical evidence', `_${FIX_PLACEHOLDERS['clinical-evidence']}_`)]);
}
