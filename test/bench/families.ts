/**
 * Input families that once made the engine's time grow faster than the input (GitHub issue #10),
 * each as a generator of a dossier of about `size` characters. `npm run bench:growth` doubles each
 * one and prints the time ratio per doubling; `test/unit/growth.test.ts` runs them at two small
 * sizes; `test/unit/fuzz.test.ts` mutates them.
 */
import { MAX_CONTAINER_DEPTH, MAX_INLINE_MARKS } from '../../src/core/text';
import { CLEAN_FRONTMATTER } from '../unit/helpers';

export interface Family {
  name: string;
  /** A dossier of about `size` characters (UTF-16 code units). */
  make(size: number): string;
}

const OUTPUT = '## Software output\n\nThe software measures the left ventricular ejection fraction.\n\n';
const FRONT = CLEAN_FRONTMATTER.join('\n') + '\n';

/** `unit(i)` repeated until the text holds `size` characters. */
function fill(size: number, head: string, unit: (i: number) => string, tail = ''): string {
  const parts = [FRONT, head];
  let length = FRONT.length + head.length + tail.length;
  for (let i = 0; length < size; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** One line of prose, `size` characters long, whose units are joined by `sep` (no line end). */
function proseLine(size: number, unit: string, head = OUTPUT): string {
  const n = Math.max(1, Math.ceil((size - FRONT.length - head.length) / unit.length));
  return FRONT + head + unit.repeat(n) + '\n';
}

const CUE = 'The software diagnoses heart failure and detects the valve disease';

/** The deepest nesting and the most marks the engine still hands to the parser. */
const DEEP = MAX_CONTAINER_DEPTH - 1;
const MARKS = MAX_INLINE_MARKS - 2;

export const FAMILIES: Family[] = [
  // The splitter took a fence "closed" by ``` followed by a character CommonMark does not count as
  // whitespace, so each chunk ended open and was merged with the next, one at a time.
  ...[
    ['no-break space', '\u00a0'],
    ['ideographic space', '\u3000'],
    ['form feed', '\f'],
  ].map(([what, ws]): Family => ({
    name: `closing fence + ${what}, then headings`,
    make: (size) => fill(size, OUTPUT + '```\ncode\n```' + ws + '\n\n', (i) => `## Heading ${i}\n\nThe software measures it.\n\n`),
  })),
  {
    name: 'HTML block whose "blank" line is a no-break space, then headings',
    make: (size) => fill(size, OUTPUT + '<div>\n\u00a0\n', (i) => `## Heading ${i}\nThe software measures it.\n\u00a0\n`),
  },
  {
    name: 'HTML block, "blank" line of form feed, then headings',
    make: (size) => fill(size, OUTPUT + '<div>\n\f\n', (i) => `## Heading ${i}\nThe software measures it.\n\f\n`),
  },
  {
    name: 'N link reference definitions among N headings',
    make: (size) => fill(size, OUTPUT, (i) => `## Reference ${i}\n\nSee [the study ${i}] and ![the software diagnoses ${i}][fig ${i}].\n\n[the study ${i}]: https://example.com/${i} "Study ${i}"\n[fig ${i}]: /fig${i}.png\n\n`),
  },
  {
    name: 'cue-rich single line with &amp;',
    make: (size) => proseLine(size, `${CUE} &amp; more. `),
  },
  {
    name: 'cue-rich paragraph with indented continuation lines',
    make: (size) => proseLine(size, `${CUE}.\n    `, OUTPUT + '- '),
  },
  {
    name: 'cue-rich single line with NUL',
    make: (size) => proseLine(size, `${CUE}\u0000 more. `),
  },
  {
    name: 'cue-rich single line with escapes',
    make: (size) => proseLine(size, `${CUE} \\* more. `),
  },
  {
    name: 'YAML codes: [&a 0932T, *a, *a, …]',
    make: (size) => {
      const n = Math.max(1, Math.ceil((size - FRONT.length - OUTPUT.length) / 4));
      const front = CLEAN_FRONTMATTER.slice(0, -1).join('\n') + `\ncodes: [&a 0932T${', *a'.repeat(n)}]\n---\n`;
      return front + OUTPUT;
    },
  },
  {
    name: 'disable-line comments on one line',
    make: (size) => {
      const n = Math.max(1, Math.ceil((size - FRONT.length - OUTPUT.length) / 40));
      return FRONT + OUTPUT + Array.from({ length: n }, (_, i) => `<!-- cpt-dossier-disable-line r-${i} -->`).join('') + '\n';
    },
  },
  {
    name: 'disable-next-line comments, one a line',
    make: (size) => fill(size, OUTPUT, (i) => `<!-- cpt-dossier-disable-next-line payment-claim r${i % 97} -->\n`),
  },
  {
    name: `lists nested ${DEEP} deep (indented)`,
    make: (size) => fill(size, OUTPUT, () => Array.from({ length: DEEP }, (_, d) => `${'  '.repeat(d)}- The software diagnoses ${d}.\n`).join('') + '\n'),
  },
  {
    name: `lists nested ${DEEP} deep (markers on one line)`,
    make: (size) => fill(size, OUTPUT, () => '- '.repeat(DEEP) + 'The software diagnoses it.\n\n'),
  },
  {
    name: `block quotes nested ${DEEP} deep`,
    make: (size) => fill(size, OUTPUT, () => '> '.repeat(DEEP) + 'The software diagnoses it.\n\n'),
  },
  {
    name: `paragraphs of ${MARKS} [ marks`,
    make: (size) => fill(size, OUTPUT, () => '['.repeat(MARKS) + 'a\n\n'),
  },
  {
    name: `paragraphs of ${MARKS} [a]( marks`,
    make: (size) => fill(size, OUTPUT, () => '[a]('.repeat(Math.floor(MARKS / 2)) + '\n\n'),
  },
  {
    name: `paragraphs of ${MARKS} a* marks`,
    make: (size) => fill(size, OUTPUT, () => 'a*'.repeat(MARKS) + '\n\n'),
  },
  {
    name: `paragraphs of ${MARKS} _a* marks`,
    make: (size) => fill(size, OUTPUT, () => '_a*'.repeat(Math.floor(MARKS / 2)) + '\n\n'),
  },
  // Each opener that never closes made the parser read to the paragraph's end (hostile16).
  {
    name: 'paragraphs of 300 unclosed <!-- and <? (read)',
    make: (size) => fill(size, OUTPUT, () => 'x ' + '<!-- a <? b '.repeat(150) + '\n\n'),
  },
  {
    name: 'one line of unclosed <!-- (skipped)',
    make: (size) => proseLine(size, '<!-- a '),
  },
  {
    name: 'paragraphs of 40 backtick runs of distinct lengths, then words',
    make: (size) => fill(size, OUTPUT, () => Array.from({ length: 40 }, (_, i) => '`'.repeat(i + 1)).join(' ') + ' The software measures it.'.repeat(40) + '\n\n'),
  },
  {
    name: `headings of ${MARKS} a* marks`,
    make: (size) => fill(size, OUTPUT, () => '## ' + 'a*'.repeat(MARKS) + '\n\n'),
  },
  // Lines the budget under-counted (hostile16).
  {
    name: 'blank lines',
    make: (size) => FRONT + OUTPUT + '\n'.repeat(Math.max(1, size - FRONT.length - OUTPUT.length)),
  },
  {
    name: 'paragraphs of 5,000 one-letter lines',
    make: (size) => fill(size, OUTPUT, () => 'a\n'.repeat(5000) + '\n'),
  },
  {
    name: 'paragraphs of 200 lines ending in two spaces',
    make: (size) => fill(size, OUTPUT, () => 'The software measures it.  \n'.repeat(200) + '\n'),
  },
  {
    name: 'setext headings in a row',
    make: (size) => fill(size, OUTPUT, (i) => `Heading ${i}\n---\n`),
  },
  // hostile17: a heading's trailing spaces, colons and full stops were dropped by `/[\s:.]+$/`,
  // tried from each character of a run that does not end the heading (60,000 spaces: seconds).
  {
    name: 'one heading of spaces, then a word',
    make: (size) => FRONT + OUTPUT + '## Software' + ' '.repeat(Math.max(1, size - FRONT.length - OUTPUT.length)) + 'output\n',
  },
  // The fix that fills an empty key found the value's place with a regex tried from each blank of
  // the line: `classification: #a`, 30,000 spaces and a letter took seconds (hostile17).
  {
    name: 'empty classification, then a comment of spaces (its fixes)',
    make: (size) => FRONT.replace(/^classification: .*$/m, `classification: #a${' '.repeat(Math.max(1, size - FRONT.length - OUTPUT.length))}b`) + OUTPUT,
  },
  // Escapes and character references cost the parser ten microseconds each and were charged as
  // characters (2 MB of `\.`: 10 s, 2.2 GB).
  {
    name: 'paragraphs of backslash escapes and character references',
    make: (size) => fill(size, OUTPUT, () => '\\. \\\\ &amp; &#65; '.repeat(100) + '\n\n'),
  },
  {
    name: 'BOM at the start of the body and of lines',
    make: (size) => '\ufeff' + fill(size, '\ufeff' + OUTPUT, (i) => `\ufeff## Heading ${i}\n\n\ufeffThe software diagnoses it.\n\n`),
  },
  // hostile18: images nested inside one another cost the parser a walk back over the images inside
  // for each one around them (1,000 deep: 0.9 s a paragraph; 128 KiB of them took 17 s). Bounded
  // by the marks limit per paragraph, so each paragraph is as deep as that limit allows.
  {
    name: `paragraphs of images nested ${Math.floor(MARKS / 2)} deep`,
    make: (size) => fill(size, OUTPUT, () => '!['.repeat(Math.floor(MARKS / 2)) + 'a' + '](b)'.repeat(Math.floor(MARKS / 2)) + '\n\n'),
  },
  // One comment naming thousands of unknown rule ids: one finding each, all on one span, which the
  // duplicate check compared with one another (76,000 ids: 92 s).
  {
    name: 'one disable-file comment naming N unknown rule ids',
    make: (size) => fill(size, OUTPUT + '<!-- cpt-dossier-disable-file ', (i) => `r-${i} `, '-->\n'),
  },
  {
    name: 'headings with CRLF line ends',
    make: (size) => fill(size, OUTPUT, (i) => `## Heading ${i}\r\n\r\nThe software diagnoses it.\r\n\r\n`),
  },
];
