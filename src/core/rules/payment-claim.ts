import type { Rule } from '../rule';
import { oneLine } from './classification-cue';

export const rule: Rule = {
  meta: {
    id: 'payment-claim',
    defaultSeverity: 'warning',
    sources: ['ama'],
    description:
      'The body claims that a CPT code guarantees or brings coverage, reimbursement or payment as a certainty ("guarantees", "unlocks", "triggers", "payers will cover"; not when negated, hedged, asked or denied; placed on the phrase; one finding per sentence unless a later promise names the code again or stands beside the first with "and").',
    rationale:
      'A CPT code identifies a service so that it can be reported; the AMA states that a code does not guarantee coverage, reimbursement or payment, which payers decide separately. A dossier that claims otherwise undermines its credibility with the Panel and the society. A promise is hedged when the writer only expects, hopes or allows for it ("we expect that the new code will be paid", "payers may reimburse it"): that is a prospect, not a certainty, and is not reported, though a reviewer may still ask what it rests on.',
    fix: 'Say what the code does: it identifies the service so it can be reported and tracked, and opens a path to payer decisions. Remove any promise of coverage, reimbursement or payment.',
    examples: { bad: 'A Category III code guarantees reimbursement for every study.', good: 'A Category III code lets the service be reported and tracked; coverage remains a payer decision.' },
  },
  needsFrontmatter: false,
  check(ctx) {
    for (const claim of ctx.dossier.claims) {
      ctx.report(
        claim,
        `"${oneLine(claim.phrase)}" promises payment from a code, but a CPT code does not guarantee coverage, reimbursement or payment (AMA CPT disclaimer). Say instead that the code identifies the service so it can be reported; payment is the payers' decision.`,
      );
    }
  },
};
