import { showsAsNothing } from '../invisible';

/** Where the YAML frontmatter sits in a dossier's text (offsets into the BOM-less text). */
export type FrontmatterSplit =
  | { kind: 'none'; bodyStart: 0 }
  | {
      kind: 'closed';
      /** First character of the YAML (just after the opening fence's line end). */
      yamlStart: number;
      /** End of the YAML (the start of the closing fence line). */
      yamlEnd: number;
      /** 0-based line of the closing fence. */
      closeLine: number;
      /** First character after the closing fence's line end. */
      bodyStart: number;
    }
  | { kind: 'unclosed'; yamlStart: number; yamlEnd: number; bodyStart: number };

const OPEN = /^---[ \t]*(?:\r\n|\n|\r|$)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Finds `---` on the first line and the next `---` (or YAML's `...`) line. Markdown tools treat a
 * missing closing fence as "no frontmatter"; a dossier author meant one, so report it as unclosed.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { kind: 'none', bodyStart: 0 };
  const yamlStart = open[0].length;
  let lineStart = yamlStart;
  let line = 1;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    let next = lineEnd;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    if (CLOSE.test(text.slice(lineStart, lineEnd))) {
      return { kind: 'closed', yamlStart, yamlEnd: lineStart, closeLine: line, bodyStart: next };
    }
    lineStart = next;
    line++;
  }
  return { kind: 'unclosed', yamlStart, yamlEnd: text.length, bodyStart: text.length };
}

/**
 * In an unclosed frontmatter, the first line that shows as a closing fence but is not one: `---`
 * or `...` followed by characters that look like spaces or nothing (a no-break space, a zero-width
 * space pasted from a web page). "Never closed: add a line with ---" was all the writer heard,
 * with such a line in plain sight. Returns the line (0-based), its span and the characters.
 */
export function lookalikeClose(text: string, yamlStart: number): { line: number; start: number; end: number; extra: string } | undefined {
  let lineStart = yamlStart;
  for (let line = 1; lineStart < text.length; line++) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const head = text.slice(lineStart, lineStart + 3);
    if (head === '---' || head === '...') {
      let extra = '';
      let k = lineStart + 3;
      for (; k < lineEnd; k++) {
        const c = text.charCodeAt(k);
        if (c === 32 || c === 9) continue;
        if (!(showsAsNothing(c) || /\s/.test(text[k]))) break;
        if (!extra.includes(text[k])) extra += text[k];
      }
      if (k === lineEnd && extra) return { line, start: lineStart, end: lineEnd, extra };
    }
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return undefined;
}
