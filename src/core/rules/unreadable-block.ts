import type { Rule } from '../rule';
import { MAX_CONTAINER_DEPTH, MAX_INLINE_MARKS, type UnreadableBlock } from '../text';
import { withThousands } from '../numbers';

export const rule: Rule = {
  meta: {
    id: 'unreadable-block',
    defaultSeverity: 'warning',
    sources: ['format'],
    description: `Part of the body nests lists or block quotes more than ${MAX_CONTAINER_DEPTH} levels deep, a paragraph holds more than ${withThousands(MAX_INLINE_MARKS)} emphasis, link, image or code marks or many HTML comments or backtick runs that never close, or the body holds more Markdown than can be read in a few seconds, so that part was skipped (placed on its first line).`,
    rationale:
      'Markdown parsers slow down sharply on deeply nested lists and quotes and on paragraphs crowded with `*`, `_`, `[`, `]`, `!` and backticks, and read a paragraph to its end again for each `<!--`, `<!`, `<?` or backtick run that never closes: such a part could keep the editor busy for seconds on every keystroke. So can hundreds of thousands of tiny blocks (a body of one-word lines, an export of a table). No dossier needs that, so the part is not read; the rules that read prose (classification-cue, payment-claim) do not check it, and this finding says so instead of staying silent.',
    fix: 'Flatten the structure: fewer levels of lists or quotes, or split the paragraph and remove stray marks (a pasted export or generated text is the usual cause). The finding goes away once the part is within the limits.',
    examples: {
      bad: `${'- '.repeat(MAX_CONTAINER_DEPTH + 1)}The software diagnoses heart failure.`,
      good: '- The software measures the ejection fraction.\n  - The physician reviews it.',
    },
  },
  needsFrontmatter: false,
  check(ctx) {
    const { lines } = ctx.dossier;
    for (const b of ctx.dossier.unreadable) {
      const first = lines.positionAt(b.start).line;
      const last = lines.positionAt(b.end).line;
      ctx.report({ start: b.start, end: lines.lineEnd(first) }, unreadableMessage(b, first, last));
    }
  },
};

function unreadableMessage(b: UnreadableBlock, first: number, last: number): string {
  const one = first === last;
  if (b.reason === 'volume') {
    const where = one ? `line ${first + 1}` : `lines ${first + 1}–${last + 1}`;
    return `The body holds more Markdown than the parser can read in reasonable time (many thousands of blocks, list or quote levels, or emphasis and link marks), so the rest of it, ${where}, was skipped: classification-cue and payment-claim did not check it, and sections that start there were not seen. Split the file, or remove generated or pasted content.`;
  }
  const where = one ? `Line ${first + 1}` : `Lines ${first + 1}–${last + 1}`;
  const count = withThousands(b.amount);
  if (b.reason === 'unclosed') {
    return `${where} ${one ? 'holds' : 'hold'} ${count} HTML ${b.amount === 1 ? 'comment, declaration or processing instruction (<!--, <!, <?) or backtick run that is' : 'comments, declarations or processing instructions (<!--, <!, <?) or backtick runs that are'} never closed in one paragraph: the Markdown parser reads from each one to the end of the paragraph, more than it can do in reasonable time, so ${one ? 'it was' : 'they were'} skipped and classification-cue and payment-claim did not check ${one ? 'it' : 'them'}. Close them (-->, >, ?>, a matching backtick run) or remove them.`;
  }
  if (b.reason === 'breaks') {
    return `${where} ${one ? 'holds' : 'hold'} ${count} lines ending in spaces or a tab in one paragraph: the Markdown parser goes over the whole paragraph again for each one, more than it can do in reasonable time, so ${one ? 'it was' : 'they were'} skipped and classification-cue and payment-claim did not check ${one ? 'it' : 'them'}. Remove the trailing spaces, or split the paragraph.`;
  }
  if (b.reason === 'images') {
    return `${where} ${one ? 'holds' : 'hold'} ${count} ${b.amount === 1 ? 'image that holds' : 'images that hold'} another image (\`![![a](b)](c)\`) in one paragraph: the Markdown parser goes over the images inside again for each image around them, more than it can do in reasonable time, so ${one ? 'it was' : 'they were'} skipped and classification-cue and payment-claim did not check ${one ? 'it' : 'them'}. Write the images one after another, not inside one another.`;
  }
  const what =
    b.reason === 'nesting'
      ? `${one ? 'nests' : 'nest'} lists or block quotes ${b.amount > MAX_CONTAINER_DEPTH + 1 ? count : `more than ${MAX_CONTAINER_DEPTH}`} levels deep (the limit is ${MAX_CONTAINER_DEPTH}; a dossier needs a few)`
      : `${one ? 'holds' : 'hold'} ${count} emphasis, link, image or code marks (*, _, [, ], !, \`) in one paragraph (the limit is ${withThousands(MAX_INLINE_MARKS)})`;
  return `${where} ${what}: more than the Markdown parser can read in reasonable time, so ${one ? 'it was' : 'they were'} skipped and classification-cue and payment-claim did not check ${one ? 'it' : 'them'}. Simplify the structure there.`;
}
