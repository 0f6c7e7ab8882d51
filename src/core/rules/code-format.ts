import { replaceFix, type Rule } from '../rule';
import { listLength, value } from '../dossier';

/** A code with `CPT` before it or a space or hyphen before its T: group 2 a Category I code, 3 and 4 a Category III code's digits and T. */
const WRITTEN_AROUND = /^(cpt\s*(?:#\s*)?)?(?:(\d{5})|(\d{4})[\s-]?([tT]))$/i;

export const rule: Rule = {
  meta: {
    id: 'code-format',
    defaultSeverity: 'error',
    reads: ['codes'],
    sources: ['ama'],
    description: 'An entry of `codes` is not a Category III (`NNNNT`) or Category I (`NNNNN`) code; Category II (`NNNNF`) and PLA (`NNNNU`) codes are named as such.',
    rationale:
      'Category I codes are five digits and Category III codes four digits followed by T. Category II codes (four digits and F) track performance measures and PLA codes (four digits and U) proprietary lab analyses: neither is a code for an AI service, and listing one usually means a typo.',
    fix: 'Write each code as held, e.g. `0932T` or `93306`; remove Category II and PLA codes.',
    examples: { bad: 'codes: [932T, 0001U]', good: 'codes: [0932T]' },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier } = ctx;
    const n = listLength(dossier, 'codes');
    for (let i = 0; i < n; i++) {
      const code = value(dossier, `codes[${i}]`);
      if (!code) continue;
      const text = String(code.value).trim();
      if (/^\d{4}T$/.test(text) || /^\d{5}$/.test(text)) continue;
      let problem: string;
      let replacement: string | undefined;
      if (/^\d{4}F$/.test(text)) problem = `\`${text}\` is a Category II code (performance measurement), not a code for an AI service`;
      else if (/^\d{4}U$/.test(text)) problem = `\`${text}\` is a PLA code (proprietary laboratory analysis), not a code for an AI service`;
      else if (/^\d{4}t$/.test(text)) {
        problem = `\`${text}\` is written with a lower-case t`;
        replacement = text.toUpperCase();
      } else if (WRITTEN_AROUND.test(text)) {
        // `CPT 0932T`, `0932-T`, `0932 t`: the code itself, with a label or a separator around it.
        const m = WRITTEN_AROUND.exec(text)!;
        replacement = m[2] ?? `${m[3]}${m[4].toUpperCase()}`;
        problem = `\`${text}\` holds the code ${replacement} with ${m[1] ? 'a `CPT` label before it' : 'a character between its digits and the T'}`;
      } else problem = `\`${text}\` is not a CPT code`;
      ctx.report(
        code.span,
        `${problem}; \`codes\` holds Category III codes (four digits and T, e.g. 0932T) or Category I codes (five digits, e.g. 93306) (AMA CPT code sets). ${replacement ? `Write \`${replacement}\`.` : 'Correct or remove it.'}`,
        { path: `codes[${i}]`, ...(replacement ? { replacement } : {}) },
        undefined,
        // A lower-case t, a label or a separator dropped: corrections that cannot change the code.
        replacement ? [replaceFix(code.span, replacement, true)] : undefined,
      );
    }
  },
};
