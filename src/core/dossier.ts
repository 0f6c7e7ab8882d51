import { commonPrefix, commonSuffix, LineIndex, replaceRange, stripBom, type UnreadableBlock } from './text';
import { lookalikeClose, splitFrontmatter, type FrontmatterSplit } from './parse/frontmatter';
import { readFrontmatter, type FrontmatterFacts, type Located, type Span, type YamlError } from './parse/yamlFacts';
import { splitChunks, type ChunkSpan, type SplitResult } from './parse/chunks';
import { analyseChunk, carryKey, emptySegment, normalizeLabel, SEGMENT_FLAGS, type Carry, type ChunkAnalysis, type CueHit, type HeadingInfo, type PhraseHit, type ProseBlock, type SegmentFlag, type SegmentInfo } from './parse/analyse';

export type { CueHit, ProseBlock } from './parse/analyse';
import type { SectionKind } from './sections';
import type { AiClass, AutonomyLevel, TargetCategory, TaxonomyEdition } from './types';
import type { FdaStatus } from './schema';
import type { PassageReading } from './prose/passage';

/** The cues rule phrases found (what "what the prose suggests" weighs and the assessment lists as evidence), without the statistical sentences. */
export function ruleCues(dossier: Pick<Dossier, 'cues'>): CueHit[] {
  return dossier.cues.some((c) => c.statistical) ? dossier.cues.filter((c) => !c.statistical) : dossier.cues;
}

export interface Section {
  kind: SectionKind;
  heading: HeadingInfo;
  /** From the heading to the next heading of the same or a higher level. */
  span: Span;
  hasContent: boolean;
  /** A sentence affirms a US trial that has run or is running (not negated, not only planned). */
  mentionsUsTrial: boolean;
  /** A sentence outlines efficacy: an outcome measure with a figure. */
  outlinesEfficacy: boolean;
  /** A sentence says a US trial has not run: planned, to come, or not started. */
  usTrialYetToRun: boolean;
  /** A paragraph is only a snippet's or a fix's placeholder: with no other content, the section is not described yet. */
  holdsPlaceholder: boolean;
}

/** A dossier read from text: everything the rules and the assessment look at, with offsets. */
export interface Dossier {
  fileName: string;
  /** The text after a BOM; all offsets and positions refer to it. */
  text: string;
  lines: LineIndex;
  isDossier: boolean;
  frontmatter: FrontmatterSplit;
  /** Set when the frontmatter is present but not valid YAML (or unclosed). */
  yamlError?: YamlError;
  /** Set when the frontmatter parsed. */
  facts?: FrontmatterFacts;
  /** True when the body was not read because the file exceeds the size limit. */
  bodySkipped: boolean;
  /** Set (by the engine) when the text is only the start of the file (LintOptions.truncated). */
  truncated?: { readBytes: number; fileBytes?: number };
  headings: HeadingInfo[];
  sections: Section[];
  /** Rule phrases and statistical sentences (`statistical` set), in document order: `ruleCues` gives the first alone. */
  cues: CueHit[];
  claims: PhraseHit<'payment'>[];
  /**
   * The body's prose, chunk by chunk (each chunk's paragraphs, list items and table rows in order): what the cue readers
   * read, read again by the statistical backoff. From the extension's lint worker it arrives only when no cue names a
   * class (the one case the backoff reads it; extension/wire.ts).
   */
  prose: (readonly ProseBlock[])[];
  /** Where each chunk of `prose` starts in the text (a block's `at` counts from there). */
  proseStarts: number[];
  /** The reading of the prose as a whole, once read (`readPassage`, prose/passage.ts); null when there is too little prose. */
  passage?: PassageReading | null;
  comments: { start: number; end: number; text: string }[];
  /** Chunks the Markdown parser failed on (offset of the chunk, message). */
  parseErrors: { offset: number; message: string }[];
  /** Parts of the body not given to the parser (too deeply nested, too many marks): set by the engine. */
  unreadable: UnreadableBlock[];
}

/**
 * Caches chunk analyses by chunk text, so an edit re-parses only what changed. `parseDossier` also
 * keeps under the reserved key `VERSION_KEY` what it read of the last version (see `VersionMemo`),
 * so the next parse finds unchanged chunks by a short fingerprint and a text comparison instead of
 * hashing the text of every chunk, and reuses the frontmatter's YAML reading.
 */
export interface ChunkCache {
  get(key: string): ChunkAnalysis | undefined;
  set(key: string, value: ChunkAnalysis): void;
}

export interface ParseOptions {
  fileName?: string;
  /** Beyond this many UTF-16 code units, only the frontmatter is read. */
  maxLength?: number;
  cache?: ChunkCache;
  /** Parse the body as one chunk (the reference the chunked parse must equal). */
  wholeDocument?: boolean;
}

const DOSSIER_NAME = /\.dossier\.md$/i;
const DOSSIER_KEY = /^cpt_dossier[ \t]*:/m;

/** Reserved `ChunkCache` key of the `VersionMemo` (no chunk key can be equal: see `analyse`). */
export const VERSION_KEY = '\u0000cpt-dossier:last-version';

interface MemoChunk {
  text: string;
  analysis: ChunkAnalysis;
  /** The next chunk with the same fingerprint. */
  next: MemoChunk | undefined;
  /** The parse that last used it (entries no parse used recently are dropped: see `sweep`). */
  used: number;
}

/**
 * What the parses of one document's versions share, kept in the caller's cache: the chunks
 * analysed (a chunk's analysis is a function of its text and the identifiers defined elsewhere)
 * and the frontmatter last read.
 */
interface VersionMemo {
  /** The key (`definedKey`) of the identifiers that `chunks` were analysed with. */
  definitions: string;
  /** Those identifiers. */
  defined?: ReadonlySet<string>;
  /** The definition labels the splitter saw in the last version (see `readBody`). */
  seen?: string;
  /** The chunks the latest version used (merge steps included), by `fingerprint`. */
  chunks: Map<number, MemoChunk>;
  /** Counts parses, for `MemoChunk.used`. */
  parse: number;
  /** Entries added to `chunks` since the last sweep, and entries the last sweep kept: a sweep
   * visits every entry, so it runs only when as many were added as were kept (amortised O(1)
   * per chunk analysed, instead of O(chunks) per keystroke). */
  added: number;
  kept: number;
  yaml?: { text: string; start: number; result: ReturnType<typeof readFrontmatter> };
  /** The last version's body: its split and the chunks it was read as. */
  body?: BodyMemo;
}

interface BodyMemo {
  text: string;
  bodyStart: number;
  split: SplitResult;
  /** The analysed chunks (after merging), in order, and the key of the definitions they were read with. */
  spans: Span3[];
  definitions: string;
  /** That version's segments and parse errors (the dossier's `parseErrors`). */
  segments: SegmentLists;
  parseErrors: Dossier['parseErrors'];
  /** How many definitions of each identifier the spans hold (their analyses' `definitions`). */
  definitionCounts?: ReadonlyMap<string, number>;
  /** The dossier's lists of that version, in span order (the next version copies the parts of
   * unchanged chunks from them instead of placing every chunk's findings again). */
  placed: PlacedLists;
}

/** What the body's chunks hold, placed in the document (the dossier's lists). */
interface PlacedLists {
  headings: HeadingInfo[];
  cues: CueHit[];
  claims: PhraseHit<'payment'>[];
  comments: Dossier['comments'];
}

interface Span3 {
  start: number;
  end: number;
  m: MemoChunk;
}

/** What an incremental split knows: text before `before` and from `from` on (the last version's
 * from `from - delta`) is unchanged, and split as it was. */
interface Unchanged {
  before: number;
  from: number;
  delta: number;
}

/** The memo travels in the cache as a ChunkAnalysis (of nothing) that carries it. */
interface MemoEntry extends ChunkAnalysis {
  memo: VersionMemo;
}

function memoEntry(memo: VersionMemo): MemoEntry {
  return { headings: [], headingKinds: [], segments: [], cues: [], claims: [], prose: [], comments: [], endsOpen: false, definitions: [], opensWithList: false, incoming: '', memo };
}

/** A short hash of a chunk: its length, first and last characters (the whole text is compared
 * on a match). Cheap and allocation-free, unlike hashing every chunk's full text. */
function fingerprint(text: string, start: number, end: number): number {
  let h = end - start;
  const head = Math.min(end, start + 32);
  for (let i = start; i < head; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  for (let i = Math.max(head, end - 32); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function findChunk(memo: VersionMemo, fp: number, text: string, fits: (a: ChunkAnalysis) => boolean): MemoChunk | undefined {
  for (let c = memo.chunks.get(fp); c; c = c.next) if (c.text === text && fits(c.analysis)) return c;
  return undefined;
}

/**
 * Drops the chunks the latest version does not use, once as many chunks were added since the last
 * sweep as it kept: the memo holds at most about twice the chunks of one version. Chunks kept
 * longer are still right for their text (the memo is cleared when the definitions change).
 */
function sweep(memo: VersionMemo): void {
  if (memo.added <= memo.kept) return;
  // In use: the chunks of the latest version's spans (those taken from the last version as they
  // were are not marked one by one) and those this parse looked up or analysed.
  const live = new Set<MemoChunk>();
  for (const span of memo.body?.spans ?? []) live.add(span.m);
  const inUse = (c: MemoChunk): boolean => c.used === memo.parse || live.has(c);
  let kept = 0;
  memo.chunks.forEach((head, fp) => {
    let first: MemoChunk | undefined = head;
    while (first && !inUse(first)) first = first.next;
    for (let c: MemoChunk | undefined = first; c; c = c.next) {
      kept++;
      while (c.next && !inUse(c.next)) c.next = c.next.next;
    }
    if (!first) memo.chunks.delete(fp);
    else if (first !== head) memo.chunks.set(fp, first);
  });
  memo.kept = kept;
  memo.added = 0;
}

export function isDossierName(fileName: string): boolean {
  return DOSSIER_NAME.test(fileName);
}

/**
 * The LineIndex of `text` built from line starts already found by the chunk splitter's scan, so
 * the text is scanned once: the same object the constructor builds (a unit test checks it).
 */
function lineIndexFrom(text: string, lineStarts: number[]): LineIndex {
  const index = Object.create(LineIndex.prototype) as { text: string; lineStarts: number[] };
  index.text = text;
  index.lineStarts = lineStarts;
  return index as unknown as LineIndex;
}

/** Line starts up to `end` (a line start), as LineIndex counts them. */
function lineStartsBefore(text: string, end: number): number[] {
  const starts = [0];
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the last element of the sorted `xs` that is <= x (-1 when none). */
function lastAtOrBefore(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when the line at `start` (its content and first line-end character) is the same in both. */
function sameLine(a: string, b: string, start: number): boolean {
  let end = start;
  while (end < a.length && a.charCodeAt(end) !== 10 && a.charCodeAt(end) !== 13) end++;
  if (end === a.length) return false; // the line could go on in b
  return end + 1 <= b.length && a.slice(start, end + 1) === b.slice(start, end + 1);
}

/** The split of a version whose chunks the next version took over (see `splitAgain`). */
const EMPTY_SPLIT: SplitResult = { chunks: [], definitions: [], definitionStarts: [], lineStarts: [], end: 0 };

/**
 * Splits the body of the next version of a document from the last version's split: chunks are
 * compared with the last version's (a text comparison, no scan), and only the text from the first
 * changed chunk to the first unchanged one after the change is scanned again. Chunk starts are
 * where the splitter's state is its initial one, so the scan can start and stop there.
 */
function splitAgain(text: string, bodyStart: number, prev: BodyMemo): { split: SplitResult; unchanged: Unchanged } {
  const old = prev.text;
  const { chunks } = prev.split;
  const n = chunks.length;
  const delta = text.length - old.length;
  // The body's text before `prefix` and from `text.length - suffix` on is the last version's
  // (found by native comparisons of halves, not chunk by chunk).
  const prefix = bodyStart + commonPrefix(old.slice(bodyStart), text.slice(bodyStart));
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - bodyStart);
  // Unchanged chunks from the front (the last one is always scanned again: text may follow it).
  let k = 0;
  while (k < n - 1 && chunks[k].end <= prefix) k++;
  // Scan again from the first changed chunk when its heading line is unchanged, else from the one before.
  if (k > 0 && !sameLine(old, text, chunks[k].start)) k--;
  const before = chunks[k].start;
  // Unchanged chunks from the back, moved by delta, all after `before`.
  let j = n;
  while (j - 1 > k) {
    const c = chunks[j - 1];
    if (c.start + delta <= before || old.length - c.start > suffix) break;
    j--;
  }
  const starts = prev.split.lineStarts;
  const isOldStart = (pos: number): boolean => {
    let lo = j;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = chunks[mid].start + delta;
      if (s === pos) return true;
      if (s < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const scanned = splitChunks(text, before, [], j < n ? isOldStart : undefined);
  const from = scanned.end;
  // Line starts: the frontmatter's afresh (it may have changed), the body's up to `before` as they
  // were, those the scan found, then the rest as they were, moved: one array filled once.
  const frontmatterLines = lineStartsBefore(text, bodyStart);
  const headFrom = lastAtOrBefore(starts, bodyStart) + 1;
  const headTo = lastAtOrBefore(starts, before) + 1;
  const tailFrom = from < text.length ? lastAtOrBefore(starts, from - delta) + 1 : starts.length;
  const lineStarts = new Array<number>(frontmatterLines.length + Math.max(0, headTo - headFrom) + scanned.lineStarts.length + (starts.length - tailFrom));
  let w = 0;
  for (const s of frontmatterLines) lineStarts[w++] = s;
  for (let i = headFrom; i < headTo; i++) lineStarts[w++] = starts[i];
  for (const s of scanned.lineStarts) lineStarts[w++] = s;
  for (let i = tailFrom; i < starts.length; i++) lineStarts[w++] = starts[i] + delta;
  const split: SplitResult = {
    chunks,
    definitions: [],
    definitionStarts: [],
    lineStarts,
    end: text.length,
  };
  const defs = prev.split;
  for (let i = 0; i < defs.definitions.length && defs.definitionStarts[i] < before; i++) {
    split.definitions.push(defs.definitions[i]);
    split.definitionStarts.push(defs.definitionStarts[i]);
  }
  // (One at a time: push(...list) overflows the stack when a paste adds 200,000 definitions.)
  for (let i = 0; i < scanned.definitions.length; i++) {
    split.definitions.push(scanned.definitions[i]);
    split.definitionStarts.push(scanned.definitionStarts[i]);
  }
  if (from < text.length) {
    let first = j;
    while (chunks[first].start + delta !== from) first++; // `from` is one of them (see isOldStart)
    for (let i = 0; i < defs.definitions.length; i++) {
      if (defs.definitionStarts[i] < from - delta) continue;
      split.definitions.push(defs.definitions[i]);
      split.definitionStarts.push(defs.definitionStarts[i] + delta);
    }
    // The chunks after the change are the last version's, moved in place: a new object for each
    // of them, kept until the next keystroke, was garbage the GC had to copy on every relint.
    if (delta !== 0) {
      for (let i = first; i < n; i++) {
        chunks[i].start += delta;
        chunks[i].end += delta;
      }
    }
    replaceRange(chunks, k, first, scanned.chunks);
  } else replaceRange(chunks, k, n, scanned.chunks);
  // The last version's split is used up (its chunks are this one's): should the parse stop
  // before it records this version, the next one splits afresh.
  prev.split = EMPTY_SPLIT;
  return { split, unchanged: { before, from, delta } };
}

export function parseDossier(input: string, options: ParseOptions = {}): Dossier {
  const text = stripBom(input);
  const fileName = options.fileName ?? 'untitled.dossier.md';
  const frontmatter = splitFrontmatter(text);
  const yamlText = frontmatter.kind === 'none' ? '' : text.slice(frontmatter.yamlStart, frontmatter.yamlEnd);
  const isDossier = isDossierName(fileName) || (frontmatter.kind !== 'none' && DOSSIER_KEY.test(yamlText));
  const bodySkipped = isDossier && options.maxLength !== undefined && text.length > options.maxLength;
  const bodyStart = frontmatter.kind === 'closed' ? frontmatter.bodyStart : frontmatter.kind === 'unclosed' ? text.length : 0;
  const cache = options.cache;
  let memo: VersionMemo | undefined;
  if (isDossier && cache && !options.wholeDocument) {
    memo = (cache.get(VERSION_KEY) as MemoEntry | undefined)?.memo ?? { definitions: '', chunks: new Map(), parse: 0, added: 0, kept: 0 };
    memo.parse++;
  }
  // The splitter's scan also finds the line starts of the body: one pass over the text, or over
  // the part that changed since the last version.
  let split: SplitResult | undefined;
  let unchanged: Unchanged | undefined;
  if (isDossier && !bodySkipped && !options.wholeDocument) {
    const prev = memo?.body;
    if (prev && prev.bodyStart === bodyStart && prev.split.chunks.length > 0) ({ split, unchanged } = splitAgain(text, bodyStart, prev));
    else split = splitChunks(text, bodyStart, lineStartsBefore(text, bodyStart));
  }
  const lines = split ? lineIndexFrom(text, split.lineStarts) : new LineIndex(text);
  const dossier: Dossier = {
    fileName,
    text,
    lines,
    isDossier,
    frontmatter,
    bodySkipped: false,
    headings: [],
    sections: [],
    cues: [],
    claims: [],
    prose: [],
    proseStarts: [],
    comments: [],
    parseErrors: [],
    unreadable: [],
  };
  if (!isDossier) return dossier;

  if (frontmatter.kind === 'unclosed') {
    const near = lookalikeClose(text, frontmatter.yamlStart);
    const chars = near ? [...near.extra].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ') : '';
    dossier.yamlError = near
      ? { span: { start: near.start, end: near.end }, message: `the frontmatter opened with --- on line 1 is never closed: line ${near.line + 1} shows as its closing ${text.slice(near.start, near.start + 3)}, but ${chars} (a character that shows as a space or as nothing) follows the dashes, so it is not one; delete ${near.extra.length === 1 ? 'it' : 'them'}` }
      : { span: { start: 0, end: 3 }, message: 'the frontmatter opened with --- on line 1 is never closed: add a line with --- after the last key' };
  } else if (frontmatter.kind === 'closed') {
    const start = frontmatter.yamlStart;
    const known = memo?.yaml && memo.yaml.text === yamlText && memo.yaml.start === start ? memo.yaml.result : undefined;
    // A lone CR is a line end for Markdown and editors; give YAML the same text with \n (same length).
    const parsed = known ?? readFrontmatter(yamlText.replace(/\r(?!\n)/g, '\n'), start);
    if (memo) memo.yaml = { text: yamlText, start, result: parsed };
    if (parsed.ok) dossier.facts = parsed.facts;
    else dossier.yamlError = parsed.error;
  }

  if (bodySkipped) {
    dossier.bodySkipped = true;
    if (memo) memo.body = undefined;
  } else {
    readBody(dossier, bodyStart, split ?? { chunks: [{ start: bodyStart, end: text.length }], definitions: [], definitionStarts: [], lineStarts: [], end: text.length }, options, memo, unchanged);
  }
  if (cache && memo) {
    sweep(memo);
    cache.set(VERSION_KEY, memoEntry(memo));
  }
  return dossier;
}

/** Identifiers defined in a document, and a short key that tells sets apart (for cache keys). */
interface Defined {
  ids: ReadonlySet<string>;
  key: string;
}

/**
 * The key of a set of identifiers: '' for none, else its size and two 32-bit hashes of the sorted
 * identifiers. Cache keys carry it instead of the identifiers themselves (N chunks keyed with N
 * definitions each would be quadratic again).
 */
function definedKey(ids: ReadonlySet<string>): string {
  if (ids.size === 0) return '';
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 13;
    }
    a = Math.imul(a ^ 0xffff, 16777619); // a separator no identifier contains
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  }
  return `${ids.size}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

function defined(ids: ReadonlySet<string>): Defined {
  return { ids, key: definedKey(ids) };
}

/**
 * Without a cache nothing is re-parsed later, so consecutive chunks are parsed together, up to
 * about this many characters: each parse has a fixed cost (about 0.1 ms), and a union of
 * consecutive chunks reads exactly as its chunks do (as when chunks are merged). Larger parts
 * are slower: the parser's cost per character grows with the length (a 1 MiB dossier took about
 * 20 % more CPU time in parts of 8 KiB than in parts of 2 to 4 KiB; test/bench, 2026-12).
 */
const PARSE_UNIT = 4 * 1024;

function group(chunks: ChunkSpan[]): ChunkSpan[] {
  const out: ChunkSpan[] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (last && c.end - last.start <= PARSE_UNIT) last.end = c.end;
    else out.push({ start: c.start, end: c.end });
  }
  return out;
}

/** Appends a chunk's headings, cues, claims and comments, moved to where it starts. */
function placeInto(lists: PlacedLists, a: ChunkAnalysis, start: number): void {
  for (const h of a.headings) lists.headings.push({ depth: h.depth, text: h.text, start: h.start + start, end: h.end + start });
  for (const c of a.cues) lists.cues.push(moveCue(c, start));
  for (const c of a.claims) lists.claims.push({ kind: c.kind, start: c.start + start, end: c.end + start, phrase: c.phrase });
  for (const c of a.comments) lists.comments.push({ start: c.start + start, end: c.end + start, text: c.text });
}

/** Appends `from[first..]`, each moved by `delta` with `move` (the same objects when it is 0: they are not changed). */
function appendMoved<T>(to: T[], from: readonly T[], first: number, delta: number, move: (x: T, delta: number) => T): void {
  for (let i = first; i < from.length; i++) to.push(delta === 0 ? from[i] : move(from[i], delta));
}

const moveHeading = (h: HeadingInfo, d: number): HeadingInfo => ({ depth: h.depth, text: h.text, start: h.start + d, end: h.end + d });
const moveCue = (c: CueHit, d: number): CueHit => (c.statistical ? { kind: c.kind, start: c.start + d, end: c.end + d, phrase: c.phrase, statistical: c.statistical } : { kind: c.kind, start: c.start + d, end: c.end + d, phrase: c.phrase });
const moveClaim = (c: PhraseHit<'payment'>, d: number): PhraseHit<'payment'> => ({ kind: c.kind, start: c.start + d, end: c.end + d, phrase: c.phrase });
const moveComment = (c: Dossier['comments'][number], d: number): Dossier['comments'][number] => ({ start: c.start + d, end: c.end + d, text: c.text });

/**
 * How many items of a placed list start before `offset`. A chunk's items start inside it (at or
 * after its start, before its end: none is empty), and the list holds them chunk by chunk, so at
 * a chunk boundary the items before it are a prefix of the list whatever their order inside a
 * chunk: a binary search finds it without visiting the chunks.
 */
function countBefore(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per segment of the body (the text before the first heading, then one per heading): what the
 * sections are made of; `kinds` has one entry per heading, each flag one entry per segment. */
interface SegmentLists {
  kinds: (SectionKind | undefined)[];
  flags: Record<SegmentFlag, boolean[]>;
}

function emptyFlagLists(): Record<SegmentFlag, boolean[]> {
  return { hasContent: [], mentionsUsTrial: [], outlinesEfficacy: [], usTrialYetToRun: [], holdsPlaceholder: [] };
}

const EMPTY_SEGMENTS: SegmentLists = { kinds: [], flags: emptyFlagLists() };

/** Adds a segment's flags: to the last segment (`merge`: it goes on there), else as a new one. */
function mergeSegment(seg: SegmentLists, s: SegmentInfo, merge: boolean): void {
  const last = seg.flags.hasContent.length - 1;
  for (const f of SEGMENT_FLAGS) {
    if (merge && last >= 0) seg.flags[f][last] ||= s[f];
    else seg.flags[f].push(s[f]);
  }
}

/** Adds a span's headings and segments (its segment 0 continues the segment open before it). */
function addSegments(seg: SegmentLists, span: Span3, parseErrors: Dossier['parseErrors']): void {
  const a = span.m.analysis;
  if (a.error) parseErrors.push({ offset: span.start, message: a.error });
  for (const k of a.headingKinds) seg.kinds.push(k);
  for (let k = 0; k < a.segments.length; k++) mergeSegment(seg, a.segments[k], k === 0);
}

/**
 * Collects, going through `order` (span indexes), the flags the last version's segment `index` has:
 * a flag it does not have, the spans do not give either. `segmentOf` picks the span's segment that
 * belongs to the open segment; the walk stops after a span with a heading.
 */
function collectOpenSegment(spans: readonly Span3[], order: Iterable<number>, last: SegmentLists, index: number, segmentOf: (a: ChunkAnalysis) => SegmentInfo): SegmentInfo {
  const got = emptySegment();
  let missing = SEGMENT_FLAGS.filter((f) => last.flags[f][index]);
  for (const i of order) {
    if (!missing.length) break;
    const a = spans[i].m.analysis;
    const s = segmentOf(a);
    for (const f of missing) got[f] ||= s[f];
    missing = missing.filter((f) => !got[f]);
    if (a.headings.length) break;
  }
  return got;
}

function* downFrom(start: number): Generator<number> {
  for (let i = start; i >= 0; i--) yield i;
}

function* upFrom(start: number, end: number): Generator<number> {
  for (let i = start; i < end; i++) yield i;
}

/**
 * What the spans before `end` give the segment open there (after their last heading). A flag the
 * last version's segment `index` (that segment, then also holding what followed) does not have,
 * they do not give either; the others are looked for going back, to the segment's heading at most.
 */
function openSegmentEnd(spans: readonly Span3[], end: number, last: SegmentLists, index: number): SegmentInfo {
  return collectOpenSegment(spans, downFrom(end - 1), last, index, (a) => a.segments[a.segments.length - 1]);
}

/**
 * What the spans from `from` give the segment open where they start (their segments 0 up to the
 * first heading). A flag the last version's segment `index` (that segment, then also holding what
 * came before) does not have, they do not give either; the others are looked for going on.
 */
function openSegmentStart(spans: readonly Span3[], from: number, last: SegmentLists, index: number): SegmentInfo {
  return collectOpenSegment(spans, upFrom(from, spans.length), last, index, (a) => a.segments[0]);
}

/** How many of the spans end at or before `offset` (they are sorted). */
function spansEndingBy(spans: readonly Span3[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many definitions of each identifier the spans hold: from the last version's counts when
 * `analyseAll` took spans from it (minus the spans it replaced, plus those it read again), else
 * from every span.
 */
function countDefinitions(spans: readonly Span3[], reused: { head: number; tail: number; prevTail: number; fromPrev: boolean }, prev: BodyMemo | undefined): ReadonlyMap<string, number> {
  const last = reused.fromPrev ? prev?.definitionCounts : undefined;
  if (!last || !prev) {
    const counts = new Map<string, number>();
    for (const span of spans) for (const d of span.m.analysis.definitions) counts.set(d.identifier, (counts.get(d.identifier) ?? 0) + 1);
    return counts;
  }
  let counts: Map<string, number> | undefined; // a copy, made on the first change
  const add = (id: string, by: number): void => {
    counts ??= new Map(last);
    const n = (counts.get(id) ?? 0) + by;
    if (n > 0) counts.set(id, n);
    else counts.delete(id);
  };
  for (let i = reused.head; i < reused.prevTail; i++) for (const d of prev.spans[i].m.analysis.definitions) add(d.identifier, -1);
  for (let i = reused.head; i < reused.tail; i++) for (const d of spans[i].m.analysis.definitions) add(d.identifier, 1);
  return counts ?? last;
}

/** Index of the item (chunk or span, sorted by start) that starts at `at` (-1 when none). */
function startingAt(items: ReadonlyArray<{ readonly start: number }>, at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = items[mid].start;
    if (s === at) return mid;
    if (s < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function readBody(dossier: Dossier, bodyStart: number, split: SplitResult, options: ParseOptions, memo: VersionMemo | undefined, unchanged: Unchanged | undefined): void {
  const { text } = dossier;
  const chunks = memo || options.wholeDocument ? split.chunks : group(split.chunks);
  const prev = memo?.body;
  let definitions: Defined = defined(new Set());
  /** The last version's chunk at the same place in unchanged text, if analysed with the same definitions. */
  const unchangedChunk = (start: number, end: number): MemoChunk | undefined => {
    if (!unchanged || !prev || prev.definitions !== definitions.key) return undefined;
    let at: number;
    if (end <= unchanged.before) at = start;
    else if (start >= unchanged.from) at = start - unchanged.delta;
    else return undefined;
    const s = startingAt(prev.spans, at);
    return s >= 0 && prev.spans[s].end - prev.spans[s].start === end - start ? prev.spans[s].m : undefined;
  };
  /** An analysis read with `incoming` (or one that does not depend on it: no list opens the chunk). */
  const fits = (a: ChunkAnalysis, incoming: string): boolean => !a.opensWithList || a.incoming === incoming;
  const analyse = (start: number, end: number, carry: Carry | undefined): MemoChunk => {
    const incoming = carryKey(carry);
    let m = unchangedChunk(start, end);
    if (m && !fits(m.analysis, incoming)) m = undefined;
    if (!m) {
      const chunkText = text.slice(start, end);
      const fp = memo ? fingerprint(text, start, end) : 0;
      // Unchanged since the last version (or met earlier in this one): found without hashing it all.
      m = memo && findChunk(memo, fp, chunkText, (a) => fits(a, incoming));
      if (!m) {
        // Keyed by its text (and the definitions); a chunk that opens with a list is read again,
        // under a longer key, when what the chunk before carries differs from what it was read with.
        const key = definitions.key ? `${chunkText}\u0000${definitions.key}` : chunkText;
        const cacheable = key !== VERSION_KEY;
        let a = cacheable ? options.cache?.get(key) : undefined;
        if (a && !fits(a, incoming)) a = options.cache?.get(`${key}\u0000${incoming}`);
        if (!a) {
          a = analyseChunk(chunkText, definitions.ids, carry);
          if (cacheable) options.cache?.set(a.opensWithList && incoming ? `${key}\u0000${incoming}` : key, a);
        }
        m = { text: chunkText, analysis: a, next: undefined, used: 0 };
        if (memo) {
          m.next = memo.chunks.get(fp);
          memo.chunks.set(fp, m);
          memo.added++;
        }
      }
    }
    if (memo) m.used = memo.parse;
    return m;
  };
  /** How many spans the last `analyseAll` took from the last version as they were, at the start
   * (`head`), and where the spans it moved from the last version start (`tail`, in the new and in
   * the last version's spans; both the length of their lists when none). */
  let reused = { head: 0, tail: 0, prevTail: 0, fromPrev: false };
  /** Analyses every chunk with `defs` defined; chunks that end open are merged. */
  const analyseAll = (defs: Defined): Span3[] => {
    definitions = defs;
    if (memo && memo.definitions !== defs.key) {
      memo.definitions = defs.key;
      memo.defined = defs.ids;
      memo.chunks.clear();
      memo.added = 0;
      memo.kept = 0;
    }
    let spans: Span3[] = [];
    let carry: Carry | undefined;
    let i = 0;
    // The spans before the change are the last version's (read from the same start, with the
    // same definitions, so with the same carries): taken as they are, not looked up one by one.
    const same = memo && unchanged && prev && prev.definitions === defs.key ? prev.spans : undefined;
    reused = { head: 0, tail: 0, prevTail: 0, fromPrev: same !== undefined };
    if (same && memo && unchanged) {
      // The chunks before `before` are the last version's, so are the spans that end there: a
      // copy of that part of the list (not a walk over it), then the chunk where it stops.
      const head = spansEndingBy(same, unchanged.before);
      const headEnd = head > 0 ? same[head - 1].end : bodyStart;
      const at = startingAt(chunks, headEnd);
      if (head > 0 && at >= 0) {
        spans = same.slice(0, head);
        carry = same[head - 1].m.analysis.carry;
        i = at;
      }
    }
    reused.head = spans.length;
    reused.prevTail = prev?.spans.length ?? 0;
    for (; i < chunks.length; i++) {
      const { start } = chunks[i];
      let m = analyse(start, chunks[i].end, carry);
      // A chunk that ends inside an open fence or HTML block swallows the next heading: merge.
      // With 1, 2, 4… more chunks at a time: should the splitter ever end chunks where the parser
      // does not, each chunk is still parsed a bounded number of times, not once per later chunk.
      for (let more = 1; m.analysis.endsOpen && i + 1 < chunks.length; more *= 2) {
        i = Math.min(i + more, chunks.length - 1);
        m = analyse(start, chunks[i].end, carry);
      }
      carry = m.analysis.carry;
      const end = chunks[i].end;
      spans.push({ start, end, m });
      // Once a span after the change is the last version's span there, the rest follow as they
      // were (the same text, split the same way, read with the same carries): moved, not looked up.
      if (same && memo && unchanged && start >= unchanged.from) {
        const s = startingAt(same, start - unchanged.delta);
        if (s >= 0 && same[s].m === m && same[s].end - same[s].start === end - start) {
          const delta = unchanged.delta;
          reused.prevTail = s + 1;
          for (let t = s + 1; t < same.length; t++) {
            const span = same[t];
            spans.push(delta === 0 ? span : { start: span.start + delta, end: span.end + delta, m: span.m });
          }
          break;
        }
      }
    }
    reused.tail = spans.length - (same ? same.length - reused.prevTail : 0);
    if (!same) reused.prevTail = 0;
    return spans;
  };

  let spans: Span3[];
  let definitionCounts: ReadonlyMap<string, number> | undefined;
  if (options.wholeDocument) spans = analyseAll(definitions);
  else {
    // Link reference definitions are document-wide, so every chunk is parsed knowing what the
    // whole document defines. First guess: the last version's, while the splitter sees the same
    // definition lines, else the labels it sees (definitions outside containers).
    const seen = split.definitions.join('\n');
    const guess = memo && memo.seen === seen && memo.defined ? { ids: memo.defined, key: memo.definitions } : defined(new Set(split.definitions.map(normalizeLabel)));
    spans = analyseAll(guess);
    if (memo) memo.seen = seen;
    // The chunks' own definitions (found at any depth) say whether the guess was right.
    definitionCounts = countDefinitions(spans, reused, prev);
    const found = definitionCounts;
    if (found.size !== guess.ids.size || [...found.keys()].some((id) => !guess.ids.has(id))) {
      spans = analyseAll(defined(new Set(found.keys())));
      definitionCounts = countDefinitions(spans, reused, prev);
    }
  }
  // The lists of headings, cues, claims and comments: the parts of unchanged chunks are copied
  // from the last version's lists (moved by the edit's length after it), only the chunks read
  // again are placed one by one. Typing then costs what the edit changed, not a walk over every
  // chunk of the document with new objects for each.
  const lastLists = prev && unchanged && (reused.head > 0 || reused.prevTail < prev.spans.length) ? prev.placed : undefined;
  const headEnd = prev && reused.head > 0 ? prev.spans[reused.head - 1].end : 0;
  const headHeadings = lastLists ? countBefore(lastLists.headings, headEnd) : 0;
  const lists: PlacedLists & { headingsFromHead: number } = {
    headingsFromHead: headHeadings,
    headings: lastLists ? lastLists.headings.slice(0, headHeadings) : [],
    cues: lastLists ? lastLists.cues.slice(0, countBefore(lastLists.cues, headEnd)) : [],
    claims: lastLists ? lastLists.claims.slice(0, countBefore(lastLists.claims, headEnd)) : [],
    comments: lastLists ? lastLists.comments.slice(0, countBefore(lastLists.comments, headEnd)) : [],
  };
  const middleFrom = lastLists ? reused.head : 0;
  const middleTo = lastLists ? reused.tail : spans.length;
  for (let i = middleFrom; i < middleTo; i++) {
    const a = spans[i].m.analysis;
    // Most chunks (a paragraph, a list) hold no heading, cue, claim or comment: nothing to place.
    if (a.headings.length || a.cues.length || a.claims.length || a.comments.length) placeInto(lists, a, spans[i].start);
  }
  if (lastLists && prev && unchanged && middleTo < spans.length) {
    const tailStart = prev.spans[reused.prevTail].start;
    appendMoved(lists.headings, lastLists.headings, countBefore(lastLists.headings, tailStart), unchanged.delta, moveHeading);
    appendMoved(lists.cues, lastLists.cues, countBefore(lastLists.cues, tailStart), unchanged.delta, moveCue);
    appendMoved(lists.claims, lastLists.claims, countBefore(lastLists.claims, tailStart), unchanged.delta, moveClaim);
    appendMoved(lists.comments, lastLists.comments, countBefore(lastLists.comments, tailStart), unchanged.delta, moveComment);
  }
  dossier.headings = lists.headings;
  dossier.cues = lists.cues;
  dossier.claims = lists.claims;
  dossier.comments = lists.comments;
  // One reference per chunk (the chunks' own lists): no walk over the paragraphs on a keystroke.
  dossier.prose = spans.map((s) => s.m.analysis.prose);
  dossier.proseStarts = spans.map((s) => s.start);
  // Copies of the lists (not their items): what a caller does to the dossier's lists stays there.
  if (memo) memo.body = { text, bodyStart, split, spans, definitions: definitions.key, ...(definitionCounts ? { definitionCounts } : {}), placed: { headings: lists.headings.slice(), cues: lists.cues.slice(), claims: lists.claims.slice(), comments: lists.comments.slice() }, segments: EMPTY_SEGMENTS, parseErrors: [] };

  // Per segment (the text before the first heading, then one per heading): what the sections
  // read. Also copied from the last version for unchanged chunks, but for the segments the edit's
  // chunks share with them (see `openSegmentEnd`, `openSegmentStart`).
  const seg: SegmentLists = { kinds: [], flags: emptyFlagLists() };
  const lastSegs = lastLists && prev ? prev.segments : undefined;
  if (lastSegs && prev && unchanged) {
    const hh = lists.headingsFromHead;
    seg.kinds = lastSegs.kinds.slice(0, hh);
    for (const f of SEGMENT_FLAGS) seg.flags[f] = lastSegs.flags[f].slice(0, hh);
    if (reused.head > 0) mergeSegment(seg, openSegmentEnd(prev.spans, reused.head, lastSegs, hh), false);
    dossier.parseErrors = prev.parseErrors.filter((e) => e.offset < headEnd);
    for (let i = middleFrom; i < middleTo; i++) addSegments(seg, spans[i], dossier.parseErrors);
    if (middleTo < spans.length) {
      const tailStart = prev.spans[reused.prevTail].start;
      const ht = countBefore(lastLists!.headings, tailStart);
      const lead = openSegmentStart(prev.spans, reused.prevTail, lastSegs, ht);
      mergeSegment(seg, lead, true);
      seg.kinds = seg.kinds.concat(lastSegs.kinds.slice(ht));
      for (const f of SEGMENT_FLAGS) seg.flags[f] = seg.flags[f].concat(lastSegs.flags[f].slice(ht + 1));
      for (const e of prev.parseErrors) if (e.offset >= tailStart) dossier.parseErrors.push({ offset: e.offset + unchanged.delta, message: e.message });
    }
  } else {
    for (const span of spans) addSegments(seg, span, dossier.parseErrors);
  }
  if (memo?.body) {
    memo.body.segments = seg;
    memo.body.parseErrors = dossier.parseErrors.slice();
  }
  const { kinds, flags } = seg;
  const segments = flags.hasContent.length;
  // Segment 0 is the text before the first heading; segment k follows headings[k-1].
  const headings = dossier.headings;
  for (let h = 0; h < headings.length; h++) {
    const kind = kinds[h];
    if (!kind) continue;
    let last = h;
    while (last + 1 < headings.length && headings[last + 1].depth > headings[h].depth) last++;
    const read = emptySegment();
    for (let k = h; k <= last; k++) {
      if (k + 1 >= segments) continue;
      for (const f of SEGMENT_FLAGS) read[f] ||= flags[f][k + 1];
      // A subsection's heading is content of the section above it.
      read.hasContent ||= k > h;
    }
    const end = last + 1 < headings.length ? headings[last + 1].start : text.length;
    dossier.sections.push({ kind, heading: headings[h], span: { start: headings[h].start, end }, ...read });
  }
}

// ---- typed reading of frontmatter facts ----

export function value<T = string>(d: Dossier, path: string): Located<T> | undefined {
  return d.facts?.values.get(path) as Located<T> | undefined;
}

export function classificationOf(d: Dossier): Located<AiClass> | undefined {
  return value<AiClass>(d, 'classification');
}

export function autonomyLevelOf(d: Dossier): Located<AutonomyLevel> | undefined {
  return value<AutonomyLevel>(d, 'autonomy_level');
}

export function targetCategoryOf(d: Dossier): TargetCategory {
  return value<TargetCategory>(d, 'target_category')?.value ?? 'III';
}

/** The Appendix S edition followed: as declared, else by the deadline (2027 from 2027-01-01). */
export function taxonomyEditionOf(d: Dossier): TaxonomyEdition {
  const declared = value<TaxonomyEdition>(d, 'taxonomy')?.value;
  if (declared) return declared;
  const deadline = value(d, 'ama_deadline')?.value;
  return deadline && deadline >= '2027-01-01' ? '2027' : '2022';
}

export function fdaStatusOf(d: Dossier): Located<FdaStatus> | undefined {
  return value<FdaStatus>(d, 'fda.status');
}

/** Items of a list key ("sites", "trials", "codes"): indices present. */
export function listLength(d: Dossier, path: string): number {
  return d.facts?.listLengths.get(path) ?? 0;
}

export function sectionOf(d: Dossier, kind: SectionKind): Section | undefined {
  return d.sections.find((s) => s.kind === kind);
}
