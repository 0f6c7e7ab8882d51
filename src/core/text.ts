import type { Position, Range } from './types';
import { splitChunks } from './parse/chunks';
import { isSpaceOnly } from './parse/whitespace';

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
    // Any number lands inside the text: NaN at its start, fractions and infinities clamped.
    const o = offset >= 0 ? Math.min(Math.floor(offset), this.text.length) : 0;
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

/** A run of body lines the Markdown parser is not given, and why. */
export interface UnreadableBlock {
  /** Offsets: from the first line's start to the last line's end (line ends excluded). */
  start: number;
  end: number;
  /** `volume`: the rest of the body, past what the parser reads within its work budget;
   * `unclosed`: a paragraph whose HTML comments, declarations, processing instructions or backtick
   * runs never close, each read by the parser to the paragraph's end; `breaks`: a paragraph with
   * thousands of lines ending in spaces; `images`: a paragraph of images nested inside one another,
   * each of which the parser goes over again when the image around it closes. */
  reason: 'nesting' | 'markup' | 'volume' | 'unclosed' | 'breaks' | 'images';
  /** The nesting depth or the number of marks found (the worst line or paragraph); for
   * `volume`, the number of lines skipped; for `unclosed`, the number of openers never closed; for
   * `breaks`, the number of lines ending in spaces; for `images`, the number of images that hold another. */
  amount: number;
}

/** Lists and block quotes nested deeper than this are not parsed (a dossier needs a few). The
 * parser's work on a line grows with its depth, and on a list item with the depth squared. */
export const MAX_CONTAINER_DEPTH = 32;
/** Emphasis, link and code marks in one paragraph beyond this are not parsed: past a few thousand,
 * the parser's work per mark grows with their number (50,000 `[` take a minute). */
export const MAX_INLINE_MARKS = 4000;

/**
 * The parser's work on a body, estimated line by line, in about microseconds of a slow machine
 * (measured with test/bench/growth.ts): it pays per block (a one-character paragraph costs as
 * much as a hundred characters of prose), per list or quote level opened or continued, per
 * emphasis, link or code mark, and a little per character. Past WORK_BUDGET, the rest of the body
 * is not parsed: a few seconds of parsing at most, whatever the file holds. A 4 MiB dossier of
 * ordinary prose stays well within it.
 */
const WORK_PER_LINE = 2;
const WORK_PER_BLOCK = 85;
/** A link definition costs the parser about twice a paragraph (it is tried as one first). */
const WORK_PER_DEFINITION = 120;
const WORK_PER_LEVEL = 35;
const WORK_PER_MARK = 10;
/** A backslash escape (`\.`) or character reference (`&amp;`, `&#65;`) costs the parser about
 * ten microseconds, fifty times a character of prose: 2 MB of `\.` took 10 s and 2.2 GB. */
const WORK_PER_REFERENCE = 40;
const WORK_PER_CHAR = 0.25;
/** A line of text costs the parser about 20 µs however short (measured: 'a' lines in paragraphs
 * of 50,000 lines, split by blank lines, took 40 s at 4 MiB when a line was charged 2.5). */
const WORK_PER_TEXT_LINE = 18;
/** A blank line costs the parser a few times a line of text (the parser keeps some 1.8 KB for it). */
const WORK_PER_BLANK_LINE = 6;
/** A lazy line (`> a` then `b`: a line of a quoted or listed paragraph without the `>` or the
 * indentation) makes the parser walk back over the paragraph so far: this much per line walked. */
const WORK_PER_LAZY_STEP = 0.02;
/** Lines of a paragraph with lazy lines beyond which the rest of the body is not parsed: the walks
 * add up with the square of its lines (5,000 lines: a quarter of a second; 32,000: 13 s). */
const MAX_LAZY_PARAGRAPH_LINES = 5000;
export const WORK_BUDGET = 4_000_000;
/** The parser's work per character it reads ahead from an opener that never closes (see
 * `scanAhead`): an HTML comment, declaration or processing instruction reads on character by
 * character; a code span makes tokens of the words it passes (about ten times slower). */
const WORK_PER_HTML_STEP = 0.05;
const WORK_PER_CODE_STEP = 0.4;
/** A paragraph whose openers would make the parser read ahead for longer than this (a quarter of
 * a second) is not parsed: 20,000 unclosed `<!--` on one line took minutes. */
export const MAX_SCAN_AHEAD_WORK = 250_000;
/** The parser's work per character inside an image that closes inside another (`![![a](b)](c)`):
 * when an image closes, the parser moves every event since its `![` (a splice), so images nested
 * 1,900 deep in one paragraph took 3 s. */
const WORK_PER_IMAGE_STEP = 0.3;
/** The parser's work per line of a paragraph, for each of its lines that ends in spaces. */
const WORK_PER_BREAK_STEP = 0.005;
/** Lines in one chunk (the text between two places the body can be split at: a fenced code or
 * HTML block that runs on, or a list without a break) beyond which the rest is not parsed: the
 * parser holds all of a chunk's lines at once, some 5 KB each. */
export const MAX_CHUNK_LINES = 60_000;
/** Blocks (paragraphs, list items, headings) in one chunk beyond which the rest is not parsed: the
 * parser holds a whole chunk's tree and events, some 15 KB a list item (a list of 29,000 items
 * without a break took 650 MB). */
export const MAX_CHUNK_BLOCKS = 12_000;
/** Characters in one chunk beyond which the rest is not parsed (a paragraph on one line of
 * megabytes: the parser keeps some 130 bytes per character). */
export const MAX_CHUNK_LENGTH = 3 * 1024 * 1024;

/**
 * Finds the parts of a Markdown body that would keep the parser (micromark) busy for seconds or
 * minutes: lines nested in lists or block quotes more than MAX_CONTAINER_DEPTH deep, paragraphs
 * with more than MAX_INLINE_MARKS of `*`, `_`, `[`, `]` or a backtick, and the rest of a body
 * once its estimated work passes WORK_BUDGET (hundreds of thousands of tiny blocks). One linear
 * pass; no real dossier comes near any limit. Fenced code is not counted (the parser does not read
 * marks there).
 */
export function findUnreadableBlocks(text: string, bodyStart: number, budget = WORK_BUDGET): UnreadableBlock[] {
  return scanUnreadable(text, bodyStart, budget).found;
}

/** The scan's state at the start of a line. */
interface ScanState {
  fence: { char: number; length: number } | null;
  /** The paragraph being followed: its first line's start and its last line's end, and its marks. */
  runStart: number;
  runEnd: number;
  runMarks: number;
  /** The paragraph's lines so far, the `>` marks and depth of its first line, and whether a lazy line continued it. */
  runLines: number;
  runQuotes: number;
  runDepth: number;
  runLazy: boolean;
  work: number;
  chunkLines: number;
  chunkLength: number;
  chunkBlocks: number;
  afterBlank: boolean;
  /** In an HTML block opened by `<` at the start of a block (it runs to a blank line). */
  html: boolean;
  /** That block is one for CommonMark too (not a paragraph that starts with a tag): its tags are
   * lines of HTML to the parser, not inline tags. */
  htmlFlow: boolean;
}

/** The state where a chunk starts, kept so that the next version's scan can start or stop there. */
interface Checkpoint extends ScanState {
  pos: number;
  /** How many blocks were found before it, and the last of them as it was then. */
  found: number;
  last: UnreadableBlock | undefined;
  /** The highest work estimate checked against the budget from here to the next checkpoint. */
  segmentMax: number;
}

/**
 * What a scan of one version of a body leaves for the scan of the next (see `scanUnreadable`): the
 * text, the chunk starts, and the scan's state where each chunk starts.
 */
export interface UnreadableMemo {
  text: string;
  bodyStart: number;
  budget: number;
  /** The blocks found, in the order found (sorted in `found` of the result). */
  pushed: UnreadableBlock[];
  chunkStarts: number[];
  /** One per chunk start after the first, in order. */
  checkpoints: Checkpoint[];
  /** The scan stopped early (the work budget ran out): nothing of it is reused. */
  stopped: boolean;
}

/** `xs.splice(from, to - from, ...items)` without spreading `items` (they can be too many for the call). */
export function replaceRange<T>(xs: T[], from: number, to: number, items: readonly T[]): void {
  const length = xs.length;
  const diff = items.length - (to - from);
  if (diff > 0) {
    for (let k = 0; k < diff; k++) xs.push(items[0]); // grown by pushes: the array stays packed
    xs.copyWithin(to + diff, to, length);
  } else if (diff < 0) {
    xs.copyWithin(to + diff, to, length);
    xs.length = length + diff;
  }
  for (let i = 0; i < items.length; i++) xs[from + i] = items[i];
}

const copyBlock = (b: UnreadableBlock, delta = 0): UnreadableBlock => ({ start: b.start + delta, end: b.end + delta, reason: b.reason, amount: b.amount });

function sameState(a: ScanState, b: ScanState, delta: number): boolean {
  return (
    a.afterBlank === b.afterBlank &&
    a.html === b.html &&
    a.htmlFlow === b.htmlFlow &&
    a.chunkLines === b.chunkLines &&
    a.chunkLength === b.chunkLength &&
    a.chunkBlocks === b.chunkBlocks &&
    a.runMarks === b.runMarks &&
    a.runLines === b.runLines &&
    a.runLazy === b.runLazy &&
    (a.runStart < 0 ? b.runStart < 0 : a.runStart === b.runStart + delta && a.runEnd === b.runEnd + delta && a.runQuotes === b.runQuotes && a.runDepth === b.runDepth) &&
    (a.fence === null ? b.fence === null : b.fence !== null && a.fence.char === b.fence.char && a.fence.length === b.fence.length)
  );
}

function sameBlock(a: UnreadableBlock | undefined, b: UnreadableBlock | undefined, delta: number): boolean {
  if (!a || !b) return a === b;
  return a.start === b.start + delta && a.end === b.end + delta && a.reason === b.reason && a.amount === b.amount;
}

/** Length of the common prefix of two strings (native comparisons of halves, not a loop per character). */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix of two strings, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let lo = 0;
  let hi = Math.min(limit, a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offset just past the line end of the line at `pos` (the text's length when none). */
function nextLineStart(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

/**
 * `findUnreadableBlocks`, with what the scan of the last version (`previous`) left: the scan starts
 * at the last chunk start before the first change, in the state the last scan had there, and
 * stops at the first chunk start after the change where its state is the one the last scan had
 * there (and the work still fits the budget): the rest is the last scan's, moved. The result is
 * the one a full scan finds (a unit test compares them on random edits).
 */
export function scanUnreadable(text: string, bodyStart: number, budget = WORK_BUDGET, previous?: UnreadableMemo): { found: UnreadableBlock[]; memo: UnreadableMemo } {
  const n = text.length;
  let chunkStarts: number[];
  /** The checkpoints this scan makes, after the `head` first of the last memo's (kept as they are). */
  let checkpoints: Checkpoint[] = [];
  let head = 0;
  let pushed: UnreadableBlock[] = [];
  const initial: ScanState = { fence: null, runStart: -1, runEnd: 0, runMarks: 0, runLines: 0, runQuotes: 0, runDepth: 0, runLazy: false, work: 0, chunkLines: 0, chunkLength: 0, chunkBlocks: 0, afterBlank: true, html: false, htmlFlow: false };
  let state = initial;
  let pos = bodyStart;
  /** The last version's checkpoints the scan may stop at: from `resume` on, when set. */
  let resume = -1;
  let delta = 0;
  /** The scan may stop from here on (the text and the chunks are the last version's, moved). */
  let stopFrom = n + 1;
  const old = previous && !previous.stopped && previous.bodyStart === bodyStart && previous.budget === budget ? previous : undefined;
  if (old && old.text === text) return { found: sortBlocks(old.pushed.map((b) => copyBlock(b))), memo: old };
  if (old) {
    const prefix = commonPrefix(old.text, text);
    const suffix = commonSuffix(old.text, text, Math.min(old.text.length, n) - prefix);
    delta = n - old.text.length;
    const changeEnd = n - suffix;
    // Start at the last checkpoint whose line is unchanged (the chunk splitter decides there).
    let k = -1;
    for (let lo = 0, hi = old.checkpoints.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (old.checkpoints[mid].pos <= prefix) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    while (k >= 0 && nextLineStart(text, old.checkpoints[k].pos) + 1 > prefix) k--;
    const restart = k >= 0 ? old.checkpoints[k] : undefined;
    if (restart) {
      pos = restart.pos;
      state = restart;
      head = k; // old.checkpoints[0, k) are kept; the scan makes the one at pos again
      pushed = old.pushed.slice(0, restart.found).map((b) => copyBlock(b));
      if (restart.last) pushed[pushed.length - 1] = copyBlock(restart.last);
    }
    // Chunk starts: the last version's before `pos`, then split again up to where the splitter
    // meets a chunk start of the unchanged rest, then the rest's, moved.
    const oldStarts = old.chunkStarts;
    let j = 0;
    while (j < oldStarts.length && oldStarts[j] < pos) j++;
    let first = j;
    while (first < oldStarts.length && oldStarts[first] + delta < changeEnd) first++;
    const isOldStart = (p: number): boolean => {
      let lo = first;
      let hi = oldStarts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = oldStarts[mid] + delta;
        if (s === p) return true;
        if (s < p) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    };
    const split = splitChunks(text, pos, [], (p) => p >= changeEnd && isOldStart(p));
    // The last memo is used up by this scan (its chunk starts and checkpoints move into the new
    // one, in place): should anyone hand it in again, it reads as a scan to do afresh.
    old.stopped = true;
    const rescanned = split.chunks.map((c) => c.start);
    if (split.end < n) {
      stopFrom = split.end;
      let m = first;
      while (oldStarts[m] + delta !== split.end) m++;
      for (let t = m; t < oldStarts.length; t++) oldStarts[t] += delta;
      replaceRange(oldStarts, j, m, rescanned);
      resume = 0;
      while (resume < old.checkpoints.length && old.checkpoints[resume].pos + delta < stopFrom) resume++;
    } else replaceRange(oldStarts, j, oldStarts.length, rescanned);
    chunkStarts = oldStarts;
  } else {
    chunkStarts = splitChunks(text, bodyStart).chunks.map((c) => c.start);
  }

  const found = pushed;
  let fence = state.fence;
  let runStart = state.runStart;
  let runEnd = state.runEnd;
  let runMarks = state.runMarks;
  let runLines = state.runLines;
  let runQuotes = state.runQuotes;
  let runDepth = state.runDepth;
  let runLazy = state.runLazy;
  let work = state.work;
  let chunkLines = state.chunkLines;
  let chunkLength = state.chunkLength;
  let chunkBlocks = state.chunkBlocks;
  let afterBlank = state.afterBlank;
  let html = state.html;
  let htmlFlow = state.htmlFlow;
  let segmentMax = -Infinity;
  /** The parser's work on a paragraph's marks: each costs more the more marks the paragraph
   * holds (it matches openers with closers): about 20 units each in a paragraph of 1,000, 50 in
   * one of 4,000. */
  const markWork = (marks: number): number => (marks <= MAX_INLINE_MARKS ? marks * WORK_PER_MARK + (marks * marks) / 200 : 0);
  const flushRun = (): void => {
    if (runStart >= 0 && runMarks > MAX_INLINE_MARKS) found.push({ start: runStart, end: runEnd, reason: 'markup', amount: runMarks });
    else {
      work += markWork(runMarks); // a paragraph skipped for its marks costs the parser nothing
      if (runStart >= 0) {
        const ahead = scanAhead(text, runStart, runEnd);
        const most = Math.max(ahead.work, ahead.breakWork, ahead.imageWork);
        if (ahead.work + ahead.breakWork + ahead.imageWork <= MAX_SCAN_AHEAD_WORK) work += ahead.work + ahead.breakWork + ahead.imageWork;
        else if (ahead.work === most) found.push({ start: runStart, end: runEnd, reason: 'unclosed', amount: ahead.openers });
        else if (ahead.breakWork === most) found.push({ start: runStart, end: runEnd, reason: 'breaks', amount: ahead.breaks });
        else found.push({ start: runStart, end: runEnd, reason: 'images', amount: ahead.images });
      }
    }
    runStart = -1;
    runMarks = 0;
    runLines = 0;
    runLazy = false;
  };
  /** Whether the line at `pos` takes the work or a chunk past a limit: then the rest is recorded as skipped. */
  const overLimits = (): boolean => {
    const checked = work + markWork(runMarks);
    if (checked > segmentMax) segmentMax = checked;
    if (checked > budget || chunkLines > MAX_CHUNK_LINES || chunkBlocks > MAX_CHUNK_BLOCKS || chunkLength > MAX_CHUNK_LENGTH || (runLazy && runLines > MAX_LAZY_PARAGRAPH_LINES)) {
      // The rest is skipped from the start of the paragraph this line is in, or of a skipped
      // run of deep lines it ends (so that no two blocks overlap).
      let start = runStart >= 0 ? runStart : pos;
      runStart = -1;
      while (found.length && found[found.length - 1].end >= start) start = Math.min(start, found.pop()!.start);
      found.push({ start, end: n, reason: 'volume', amount: countLineEnds(text, start, n) + 1 });
      stopped = true;
      return true;
    }
    return false;
  };
  let chunk = 0;
  while (chunk + 1 < chunkStarts.length && chunkStarts[chunk + 1] < pos) chunk++;
  let stopped = false;
  let suffixMax: Float64Array | undefined;
  // Cached positions of the next \n and \r: line ends found natively.
  let nextLf = text.indexOf('\n', pos);
  let nextCr = text.indexOf('\r', pos);
  while (pos < n) {
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const eol = Math.min(nextLf === -1 ? n : nextLf, nextCr === -1 ? n : nextCr);
    const next = eol >= n ? n : text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    if (chunk + 1 < chunkStarts.length && chunkStarts[chunk + 1] <= pos) {
      const here: Checkpoint = { pos, fence, runStart, runEnd, runMarks, runLines, runQuotes, runDepth, runLazy, work, chunkLines, chunkLength, chunkBlocks, afterBlank, html, htmlFlow, found: found.length, last: found.length ? copyBlock(found[found.length - 1]) : undefined, segmentMax: -Infinity };
      const last = checkpoints.length ? checkpoints[checkpoints.length - 1] : head > 0 ? old?.checkpoints[head - 1] : undefined;
      if (last) last.segmentMax = Math.max(last.segmentMax, segmentMax);
      segmentMax = -Infinity;
      if (resume >= 0 && pos >= stopFrom && old) {
        while (resume < old.checkpoints.length && old.checkpoints[resume].pos + delta < pos) resume++;
        const cp = old.checkpoints[resume];
        if (cp && cp.pos + delta === pos && sameState(here, cp, delta) && cp.found <= old.pushed.length && sameBlock(found[found.length - 1], cp.last, delta)) {
          const shift = work - cp.work;
          let fits = shift <= 0;
          if (!fits) {
            // The highest work checked from each checkpoint on, worked out once (not once per try).
            if (!suffixMax) {
              suffixMax = new Float64Array(old.checkpoints.length + 1).fill(-Infinity);
              for (let i = old.checkpoints.length - 1; i >= 0; i--) suffixMax[i] = Math.max(suffixMax[i + 1], old.checkpoints[i].segmentMax);
            }
            fits = suffixMax[resume] + shift <= budget;
          }
          if (fits) {
            // The rest is the last scan's, moved by delta in the text and by shift in work. The
            // last memo's checkpoints are moved in place, not copied: the memo is the scan's own
            // (nothing reads it once the next is made), and a copy of every checkpoint after the
            // edit, kept until the next keystroke, was most of what a relint left to the GC.
            const cpFound = cp.found;
            const foundShift = found.length - cpFound;
            for (let i = resume; i < old.checkpoints.length; i++) {
              const c = old.checkpoints[i];
              c.pos += delta;
              if (c.runStart >= 0) {
                c.runStart += delta;
                c.runEnd += delta;
              }
              c.work += shift;
              c.found += foundShift;
              if (c.last) c.last = copyBlock(c.last, delta);
              c.segmentMax += shift;
            }
            replaceRange(old.checkpoints, head, resume, checkpoints);
            checkpoints = old.checkpoints;
            // The block last found may still grow at the checkpoint's line (nested lines after a blank).
            if (cpFound > 0) found[found.length - 1] = copyBlock(old.pushed[cpFound - 1], delta);
            for (let i = cpFound; i < old.pushed.length; i++) found.push(copyBlock(old.pushed[i], delta));
            const memo: UnreadableMemo = { text, bodyStart, budget, pushed: found, chunkStarts, checkpoints, stopped: false };
            return { found: sortBlocks(found.map((b) => copyBlock(b))), memo };
          }
        }
      }
      checkpoints.push(here);
    }
    while (chunk + 1 < chunkStarts.length && chunkStarts[chunk + 1] <= pos) {
      chunk++;
      chunkLines = chunkLength = chunkBlocks = 0;
    }
    let i = pos;
    let col = 0;
    for (; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col % 4);
      else break;
    }
    chunkLines++;
    const lineWork = WORK_PER_LINE + WORK_PER_TEXT_LINE + (eol - pos) * WORK_PER_CHAR;
    work += WORK_PER_LINE;
    if (i >= eol) {
      flushRun(); // a blank line ends a paragraph
      afterBlank = true;
      html = false;
      htmlFlow = false;
      // Blank lines count too: a million of them took 7 s and 1.8 GB.
      work += WORK_PER_BLANK_LINE;
      if (overLimits()) break;
      pos = next;
      continue;
    }
    const first = text.charCodeAt(i);
    // Only a marker (> - + * digit) or deep indentation can open containers; only ` or ~ a fence.
    const mayNest = first === 62 || first === 45 || first === 43 || first === 42 || (first >= 48 && first <= 57) || col > 2 * MAX_CONTAINER_DEPTH;
    const { depth, contentStart, startsContainer, quotes, listMarkers } = mayNest ? containerPrefix(text, pos, eol) : { depth: col >> 1, contentStart: i, startsContainer: false, quotes: 0, listMarkers: 0 };
    // A line skipped for its depth is one line of a comment for the parser.
    if (depth <= MAX_CONTAINER_DEPTH || fence) {
      work += lineWork - WORK_PER_LINE;
      chunkLength += eol - pos;
    }
    // A heading is a block (and a chunk of its own), and so is the line after it: 100,000
    // headings on consecutive lines were parsed whole (4 MiB: 13 s and 550 MB).
    if (afterBlank && !fence && text.charCodeAt(contentStart) === 60) {
      html = true;
      htmlFlow = startsHtmlBlock(text, contentStart, eol);
    }
    const heading = !fence && !html && isAtxHeading(text, contentStart, eol);
    // A thematic break or setext underline ends a block and is one (20,000 `a` / `---` pairs in a
    // row took 2 s, charged as two lines of text); so is each link definition.
    const rule = !fence && !html && !heading && isRuleLine(text, contentStart, eol, runStart >= 0);
    if (!fence && depth <= MAX_CONTAINER_DEPTH) {
      const definition = !html && isDefinitionLine(text, contentStart, eol);
      const block = afterBlank || startsContainer || heading || rule || definition;
      work += depth * WORK_PER_LEVEL + (block ? WORK_PER_BLOCK : 0) + (definition ? WORK_PER_DEFINITION : 0);
      if (block) chunkBlocks++;
    }
    afterBlank = heading || rule;
    const c0 = text.charCodeAt(contentStart);
    const fenceHere = c0 === 96 || c0 === 126 ? fenceAt(text, contentStart, eol) : undefined;
    if (fence) {
      if (fenceHere && fenceHere.char === fence.char && fenceHere.length >= fence.length && fenceHere.bareClose) fence = null;
    } else if (depth > MAX_CONTAINER_DEPTH) {
      flushRun();
      const last = found[found.length - 1];
      if (last && last.reason === 'nesting' && isOnlyLineEndsBetween(text, last.end, pos)) {
        last.end = eol;
        last.amount = Math.max(last.amount, depth);
      } else found.push({ start: pos, end: eol, reason: 'nesting', amount: depth });
    } else if (fenceHere) {
      flushRun();
      fence = { char: fenceHere.char, length: fenceHere.length };
    } else if (heading) {
      // A heading ends a paragraph; its text is read as a paragraph of its own (marks, openers).
      flushRun();
      runStart = pos;
      runEnd = eol;
      runQuotes = quotes;
      runDepth = depth;
      runLines = 1;
      runMarks = countMarks(text, contentStart, eol);
      work += countReferences(text, contentStart, eol, true) * WORK_PER_REFERENCE;
      flushRun();
    } else if (rule) {
      flushRun(); // the paragraph (a setext heading's text) ends here
    } else if (c0 === 35 && html) {
      flushRun(); // a `#` line of an HTML block: where a later edit may start a heading
    } else if (contentStart >= eol) {
      flushRun(); // `>` or a list marker alone: a blank line inside the container
    } else {
      // A new list item or a deeper quote starts a new paragraph; a `>` line of the same quote
      // and a lazy line (fewer `>`, less indentation) continue the current one.
      const continues = runStart >= 0 && listMarkers === 0 && quotes <= runQuotes;
      if (startsContainer && !continues) flushRun();
      if (runStart < 0) {
        runStart = pos;
        runQuotes = quotes;
        runDepth = depth;
      } else if (quotes < runQuotes || depth < runDepth) {
        work += runLines * WORK_PER_LAZY_STEP;
        runLazy = true;
      }
      runLines++;
      runEnd = eol;
      runMarks += countMarks(text, contentStart, eol);
      work += countReferences(text, contentStart, eol, !(html && htmlFlow)) * WORK_PER_REFERENCE;
    }
    if (overLimits()) break;
    pos = next;
  }
  flushRun();
  if (old && head > 0) {
    replaceRange(old.checkpoints, head, old.checkpoints.length, checkpoints);
    checkpoints = old.checkpoints;
  }
  const last = checkpoints[checkpoints.length - 1];
  if (last) last.segmentMax = Math.max(last.segmentMax, segmentMax);
  const memo: UnreadableMemo = { text, bodyStart, budget, pushed: found, chunkStarts, checkpoints, stopped };
  return { found: sortBlocks(found.map((b) => copyBlock(b))), memo };
}

function sortBlocks(blocks: UnreadableBlock[]): UnreadableBlock[] {
  return blocks.sort((a, b) => a.start - b.start);
}

function countLineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

const HTML_COMMENT = 0;
const HTML_CDATA = 1;
const HTML_DECLARATION = 2;
const HTML_INSTRUCTION = 3;

/**
 * The parser's work reading ahead from the openers of a paragraph (text[start, end)) that never
 * close. At `<!--`, `<![CDATA[`, `<!` + letter and `<?` it reads on to `-->`, `]]>`, `>` or `?>`,
 * and at a run of backticks to a run of the same length; with no closer, it reads to the
 * paragraph's end, fails, and tries the next opener: N openers on one line cost N times the line.
 * An opener followed by its closer costs only the text between (the openers inside are not tried).
 * One pass; escapes and code spans are not told apart (the estimate errs high).
 */
function scanAhead(text: string, start: number, end: number): { work: number; openers: number; breaks: number; breakWork: number; imageWork: number; images: number } {
  const count = [0, 0, 0, 0];
  const sum = [0, 0, 0, 0];
  /** Offset of an unmatched run of backticks, by its length. */
  const ticks = new Map<number, number>();
  const close = (kind: number): void => {
    count[kind] = 0;
    sum[kind] = 0;
  };
  let lines = 1;
  let breaks = 0;
  /** Offsets of the open `[` and `![` (an image's as -1 - offset), innermost last. */
  const brackets: number[] = [];
  /** Where the last image closed. */
  let lastImage = -1;
  let imageSteps = 0;
  let images = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      const d = text.charCodeAt(i + 1);
      if (d === 91 || d === 93) i++; // an escaped bracket opens and closes nothing
    } else if (c === 91) {
      brackets.push(i > start && text.charCodeAt(i - 1) === 33 ? -1 - i : i);
    } else if (c === 93) {
      const open = brackets.pop();
      const d = text.charCodeAt(i + 1);
      // An image that closes (a resource or a reference follows) around one that closed before.
      if (open !== undefined && open < 0 && (d === 40 || d === 91)) {
        if (lastImage > -1 - open) {
          imageSteps += i - (-1 - open);
          images++;
        }
        lastImage = i;
      }
    } else if (c === 10 || c === 13) {
      const b = text.charCodeAt(i - 1);
      if (b === 32 || b === 9) breaks++;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lines++;
    } else if (c === 60) {
      const d = text.charCodeAt(i + 1);
      let kind = -1;
      if (d === 63) kind = HTML_INSTRUCTION;
      else if (d === 33) {
        const e = text.charCodeAt(i + 2);
        if (e === 45 && text.charCodeAt(i + 3) === 45) kind = HTML_COMMENT;
        else if (e === 91 && text.startsWith('CDATA[', i + 3)) kind = HTML_CDATA;
        else if ((e >= 65 && e <= 90) || (e >= 97 && e <= 122)) kind = HTML_DECLARATION;
      }
      if (kind >= 0) {
        count[kind]++;
        sum[kind] += i;
      }
    } else if (c === 62) {
      close(HTML_DECLARATION);
      const b = text.charCodeAt(i - 1);
      if (b === 63) close(HTML_INSTRUCTION);
      else if (b === 45 && text.charCodeAt(i - 2) === 45) close(HTML_COMMENT);
      else if (b === 93 && text.charCodeAt(i - 2) === 93) close(HTML_CDATA);
    } else if (c === 96) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === 96) j++;
      const length = j - i;
      if (ticks.has(length)) ticks.delete(length);
      else ticks.set(length, i);
      i = j - 1;
    }
  }
  let htmlSteps = 0;
  let openers = ticks.size;
  for (let k = 0; k < 4; k++) {
    htmlSteps += count[k] * end - sum[k];
    openers += count[k];
  }
  let codeSteps = 0;
  for (const at of ticks.values()) codeSteps += end - at;
  // A line ending in spaces or a tab (a hard break, or spaces the parser trims) makes it splice a
  // token into the paragraph's list of events: a walk over the paragraph each (32,000 such lines: 4.7 s).
  return { work: htmlSteps * WORK_PER_HTML_STEP + codeSteps * WORK_PER_CODE_STEP, openers, breaks, breakWork: breaks * lines * WORK_PER_BREAK_STEP, imageWork: imageSteps * WORK_PER_IMAGE_STEP, images };
}

/** `*`, `_`, `[`, `]`, backticks and a stray `!` between two offsets. (A `!` may open an image's label, so each one ends a
 * run of text for the parser, which then merges the runs line by line: 10,000 lines of `!?.` in one paragraph took 20 s and
 * 500 MB. An image's own `![` is counted by its bracket, and `<!` by the HTML estimate.) */
function countMarks(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || (c === 33 && text.charCodeAt(i + 1) !== 91 && text.charCodeAt(i - 1) !== 60)) marks++;
  }
  return marks;
}

/** Backslash escapes (`\` before ASCII punctuation), character references (`&` before `#` or
 * a letter) and, with `tags`, inline HTML and autolinks (`<` before a letter, `/`, `!` or `?`)
 * between two offsets. A tag or an autolink costs the parser as much as a reference (some 15 µs
 * here): 2.9 MB of `<span>x</span>` took 5.5 s and 1.7 GB. */
function countReferences(text: string, start: number, end: number, tags: boolean): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 60) {
      const d = text.charCodeAt(i + 1);
      if (tags && (((d | 32) >= 97 && (d | 32) <= 122) || d === 47 || d === 33 || d === 63)) count++;
    } else if (c === 92) {
      const d = text.charCodeAt(i + 1);
      if ((d >= 33 && d <= 47) || (d >= 58 && d <= 64) || (d >= 91 && d <= 96) || (d >= 123 && d <= 126)) {
        count++;
        i++; // `\\` is one escape, not two
      }
    } else if (c === 38) {
      const d = text.charCodeAt(i + 1);
      if (d === 35 || ((d | 32) >= 97 && (d | 32) <= 122)) count++;
    }
  }
  return count;
}

/** The tag names that open an HTML block of CommonMark's kinds 1 and 6 (its spec, 4.6). */
const HTML_BLOCK_NAMES = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param pre script search section style summary table tbody td textarea tfoot th thead title tr track ul'.split(' '),
);

/**
 * Whether the line text[i, end), which starts with `<`, opens an HTML block for CommonMark
 * (else it starts a paragraph whose tags are inline): a comment, a processing instruction, a
 * declaration or CDATA; a block tag name; or a lone tag with nothing but blanks after it.
 * Approximate where a `>` sits inside a quoted attribute (then it answers yes: the tags are not charged).
 */
function startsHtmlBlock(text: string, i: number, end: number): boolean {
  let j = i + 1;
  const d = text.charCodeAt(j);
  if (d === 33 || d === 63) return true; // <! and <?
  if (d === 47) j++;
  const nameStart = j;
  while (j < end) {
    const c = text.charCodeAt(j);
    const letter = (c | 32) >= 97 && (c | 32) <= 122;
    if (!(letter || (j > nameStart && ((c >= 48 && c <= 57) || c === 45)))) break;
    j++;
  }
  if (j === nameStart) return false;
  const after = j < end ? text.charCodeAt(j) : 32;
  if (HTML_BLOCK_NAMES.has(text.slice(nameStart, j).toLowerCase()) && (after === 32 || after === 9 || after === 62 || after === 47)) return true;
  const close = text.indexOf('>', j);
  return close >= 0 && close < end && isSpaceOnly(text, close + 1, end);
}

function isOnlyLineEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Depth of the list markers, quote markers and indentation (2 columns a level) opening a line. */
function containerPrefix(text: string, start: number, end: number): { depth: number; contentStart: number; startsContainer: boolean; quotes: number; listMarkers: number } {
  let i = start;
  let col = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  let depth = col >> 1;
  let markers = 0;
  let quotes = 0;
  while (i < end && depth <= MAX_CONTAINER_DEPTH) {
    const c = text.charCodeAt(i);
    let after = -1;
    if (c === 62) {
      after = i + 1; // >
      quotes++;
    }
    else if ((c === 45 || c === 43 || c === 42) && isSpaceOrEnd(text, i + 1, end)) after = i + 1; // - + *
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) && isSpaceOrEnd(text, j + 1, end)) after = j + 1; // . )
    }
    if (after < 0) break;
    depth++;
    markers++;
    i = after;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  }
  return { depth, contentStart: i, startsContainer: markers > 0, quotes, listMarkers: markers - quotes };
}

/**
 * A thematic break (three or more `-`, `*` or `_`, spaces between allowed) or, under a paragraph
 * (`inParagraph`), a setext underline (`=` or `-` only). Errs on the side of yes: it only decides
 * what a line costs and where a paragraph's marks stop being counted.
 */
function isRuleLine(text: string, i: number, end: number, inParagraph: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 42 && c !== 95 && c !== 61) return false;
  let count = 0;
  for (let j = i; j < end; j++) {
    const d = text.charCodeAt(j);
    if (d === c) count++;
    else if (d !== 32 && d !== 9) return false;
  }
  return c === 61 || (c === 45 && inParagraph) ? inParagraph : count >= 3;
}

/** `[label]:` opening a line (a link reference definition, if it ends up read as one). */
function isDefinitionLine(text: string, i: number, end: number): boolean {
  if (text.charCodeAt(i) !== 91) return false;
  for (let j = i + 1; j + 1 < end && j - i <= 1000; j++) {
    const c = text.charCodeAt(j);
    if (c === 93) return text.charCodeAt(j + 1) === 58;
    if (c === 92) j++;
  }
  return false;
}

/** `#` to `######` followed by a space, a tab or the line end. */
function isAtxHeading(text: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && j - i < 7 && text.charCodeAt(j) === 35) j++;
  return j > i && j - i <= 6 && isSpaceOrEnd(text, j, end);
}

function isSpaceOrEnd(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}

/** A ``` or ~~~ fence at `i`: its character, length, and whether only blanks follow it. */
function fenceAt(text: string, i: number, end: number): { char: number; length: number; bareClose: boolean } | undefined {
  const c = text.charCodeAt(i);
  if (c !== 96 && c !== 126) return undefined;
  let j = i;
  while (j < end && text.charCodeAt(j) === c) j++;
  if (j - i < 3) return undefined;
  let bareClose = true;
  for (let k = j; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d !== 32 && d !== 9) {
      bareClose = false;
      if (c === 96 && d === 96) return undefined; // a backtick fence's info string has no backtick
    }
  }
  return { char: c, length: j - i, bareClose };
}

/**
 * `text` with each block turned into an empty HTML comment of the same length and line ends:
 * `<!--` + spaces + `-->`. Offsets stay valid; the parser ends any open list or quote at the
 * comment's first line and reads the rest as raw comment text (plain spaces inside a deep list
 * would still make it check every open level on every line). A comment is no content and no
 * suppression directive.
 */
export function blankBlocks(text: string, blocks: readonly Pick<UnreadableBlock, 'start' | 'end' | 'reason'>[]): string {
  let out = '';
  let at = 0;
  for (const b of blocks) {
    // The rest of a long body becomes one line: the parser's work is per line, too.
    let blank = b.reason === 'volume' ? ' '.repeat(b.end - b.start) : text.slice(b.start, b.end).replace(/[^\r\n]/g, ' ');
    if (blank.length >= 7 && blank.slice(0, 4) === '    ' && blank.slice(-3) === '   ') blank = '<!--' + blank.slice(4, -3) + '-->';
    out += text.slice(at, b.start) + blank;
    at = b.end;
  }
  return out + text.slice(at);
}
