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
