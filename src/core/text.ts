import type { Position, Range } from './types';

/**
 * Maps UTF-16 offsets to 0-based line/column and back. Line ends are \n, \r\n and a lone \r,
 * as CommonMark and VS Code count them.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a line break (between \r and \n) is the end of the line's content.
    return { line: lo, column: Math.min(o, this.lineEnd(lo)) - starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[Math.max(0, pos.line)] + pos.column, this.lineEnd(pos.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset just past the line's content (before its line end). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** The whole line's content, without leading/trailing blanks. */
  lineRange(line: number): Range {
    const text = this.lineText(line);
    const lead = text.length - text.trimStart().length;
    const content = text.trim().length;
    return {
      start: { line, column: lead },
      end: { line, column: lead + (content || 0) },
    };
  }
}

export function rangeOfLine1(): Range {
  return { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
}

/** Strips a leading byte order mark; positions are counted after it, as editors do. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
