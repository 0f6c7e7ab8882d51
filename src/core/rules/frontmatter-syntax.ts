import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'frontmatter-syntax',
    defaultSeverity: 'error',
    sources: ['format'],
    description: 'The frontmatter is not valid YAML (placed at the parser\'s error position).',
    rationale:
      'When the YAML does not parse, none of its values can be trusted, so the rules that read them stay silent instead of reporting everything as missing. This one finding is the only one about the frontmatter until it parses.',
    fix: 'Correct the YAML at the position shown: common causes are a missing space after `:`, a tab used for indentation, an unquoted value containing `: `, a key written twice, or a missing closing `---` line.',
    examples: { bad: '---\nclassification augmentative\nfda:\n\tstatus: cleared\n---', good: '---\nclassification: augmentative\nfda:\n  status: cleared\n---' },
  },
  needsFrontmatter: false,
  check(ctx) {
    const err = ctx.dossier.yamlError;
    if (!err) return;
    ctx.report(err.span, `The frontmatter is not valid YAML: ${err.message} (dossier format 1). Until it parses, no rule can read its values; correct the YAML here.`);
  },
};
