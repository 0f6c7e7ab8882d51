import { replaceFix, type Rule } from '../rule';
import { showsAsNothing } from '../invisible';

/** Blank lines, then a `---` line: a frontmatter meant, but one line or more too low to be read. */
const LOWERED_FENCE = /^(?:[ \t]*(?:\r\n|\n|\r))+(?=---[ \t]*(?:\r\n|\n|\r))/;

export const rule: Rule = {
  meta: {
    id: 'frontmatter-missing',
    defaultSeverity: 'error',
    sources: ['format'],
    description: 'A `*.dossier.md` file has no YAML frontmatter.',
    rationale:
      'The facts every other rule reads (classification, FDA status, sites, trials, dates) live in the YAML frontmatter between `---` lines at the top of the file. Without it, nothing can be checked.',
    fix: 'Start the file with a frontmatter block: a `---` line, the keys (at least `cpt_dossier: 1` and `classification`), and a closing `---` line. The "CPT dossier" snippet writes a complete skeleton.',
    examples: { bad: '# Automated LV ejection fraction\n\nThe software measures…', good: '---\ncpt_dossier: 1\nclassification: augmentative\n---\n# Automated LV ejection fraction' },
  },
  needsFrontmatter: false,
  check(ctx) {
    if (ctx.dossier.frontmatter.kind !== 'none') return;
    const blank = LOWERED_FENCE.exec(ctx.dossier.text)?.[0];
    if (blank !== undefined) {
      const fenceLine = ctx.dossier.lines.positionAt(blank.length).line + 1;
      ctx.report(
        { start: 0, end: ctx.dossier.lines.lineEnd(0) },
        `The frontmatter must start on line 1, but its opening \`---\` is on line ${fenceLine}, below ${fenceLine === 2 ? 'a blank line' : 'blank lines'}: it is read as Markdown, so its classification, FDA status, sites, trials and dates cannot be checked (dossier format 1). Remove the blank ${fenceLine === 2 ? 'line' : 'lines'} above it.`,
        undefined,
        undefined,
        [replaceFix({ start: 0, end: blank.length }, '', false, 'Remove the blank lines above the frontmatter')],
      );
      return;
    }
    // `---` with a character that shows as a space or as nothing before or after it (pasted from a
    // web page): the writer sees an opening fence and was told there is none.
    const first = ctx.dossier.text.slice(0, ctx.dossier.lines.lineEnd(0));
    let dashes = 0;
    let shown = true;
    const odd: string[] = [];
    for (const c of first) {
      if (c === '-') dashes++;
      else if (c === ' ' || c === '\t') continue;
      else if (showsAsNothing(c.charCodeAt(0)) || /\s/.test(c)) {
        if (!odd.includes(c)) odd.push(c);
      } else {
        shown = false;
        break;
      }
    }
    if (shown && dashes === 3 && odd.length) {
      const codes = odd.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
      ctx.report(
        { start: 0, end: first.length },
        `Line 1 shows as the frontmatter's opening \`---\`, but it also holds ${codes} (a character that shows as a space or as nothing), so it opens no frontmatter and the classification, FDA status, sites, trials and dates cannot be checked (dossier format 1). Delete ${odd.length === 1 ? 'that character' : 'those characters'}.`,
        undefined,
        undefined,
        [replaceFix({ start: 0, end: first.length }, '---', false, 'Write line 1 as `---`')],
      );
      return;
    }
    ctx.report(
      { start: 0, end: ctx.dossier.lines.lineEnd(0) },
      'This dossier has no YAML frontmatter, so its classification, FDA status, sites, trials and dates cannot be checked (dossier format 1). Start the file with a `---` block holding at least `cpt_dossier: 1` and `classification`.',
    );
  },
};
