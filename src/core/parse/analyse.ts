import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { findCues, findPaymentClaims, leadInAgent, type AgentKind, type CueKind, type StatisticalMark } from '../prose';
import { readTrialEvidence } from '../prose/trial';
import { isSectionPlaceholder, sectionKindOf, type SectionKind } from '../sections';

/**
 * What the rules need from one chunk of the body, with offsets relative to the chunk's start.
 * Independent of the frontmatter and of other chunks, so it can be cached by chunk text.
 */
export interface ChunkAnalysis {
  headings: HeadingInfo[];
  /** The body section each heading names (`sectionKindOf` its text), worked out once per chunk. */
  headingKinds: (SectionKind | undefined)[];
  /** One entry for the text before the first heading, then one per heading. */
  segments: SegmentInfo[];
  cues: CueHit[];
  claims: PhraseHit<'payment'>[];
  /** The prose of each paragraph, list item and table row, as the cue readers read it (the statistical backoff reads it again). */
  prose: ProseBlock[];
  /** HTML comments (block or inline) anywhere in prose, for suppression directives. */
  comments: { start: number; end: number; text: string }[];
  /** True when the chunk ends inside a fenced code or HTML block that would swallow the next
   * chunk's heading in a whole-document parse: the engine merges it with the next chunk. */
  endsOpen: boolean;
  /** Link reference definitions in the chunk, at any depth (they are document-wide). */
  definitions: DefinitionInfo[];
  /** Set when the parser failed on this chunk (hostile input); the engine reports it. */
  error?: string;
  /** What the chunk's last top-level block lends to a list that opens the next chunk. */
  carry?: Carry;
  /** The chunk opens with a list, so its reading depends on what the chunk before carries. */
  opensWithList: boolean;
  /** `carryKey` of what the chunk was read with (only meaningful when `opensWithList`). */
  incoming: string;
}

/**
 * A lead-in agent that crosses a chunk boundary. A paragraph ending "The reading cardiologist:"
 * lends its agent to the list right after it, and a loose list ("- a", blank line, "- b") is split
 * into chunks item by item: the next chunk's list gets the same agent when it is the list that
 * follows (any list after a paragraph; after a list, one with the same marker, as CommonMark
 * continues a list).
 */
export interface Carry {
  lead: AgentKind;
  /** Set when the chunk ends in a list: its marker (`-`, `*`, `+`, `.` or `)`). */
  listMarker?: string;
}

/** A short key of a carry, for cache keys: '' for none. */
export function carryKey(carry: Carry | undefined): string {
  return carry ? `${carry.lead}${carry.listMarker ?? ''}` : '';
}

export interface DefinitionInfo {
  /** The label as the parser compares it (`normalizeLabel` of the label as written). */
  identifier: string;
}

export interface HeadingInfo {
  depth: number;
  /** Heading text as written, inline markup removed. */
  text: string;
  start: number;
  end: number;
}

export interface SegmentInfo {
  /** Any block other than a heading (paragraph, list, code, table, quote…). */
  hasContent: boolean;
  /** The prose mentions a US trial or study (for `Clinical evidence`). */
  mentionsUsTrial: boolean;
  /** A sentence outlines efficacy (an outcome measure with a figure). */
  outlinesEfficacy: boolean;
  /** A sentence says a US trial has not run: only planned, to come or not started ("a US study is planned for 2027"). */
  usTrialYetToRun: boolean;
  /** A paragraph is only a snippet's or a fix's placeholder (`SECTION_PLACEHOLDERS`), left unread. */
  holdsPlaceholder: boolean;
}

/** Every flag of a segment: the dossier merges and carries them over edits one by one. */
export const SEGMENT_FLAGS = ['hasContent', 'mentionsUsTrial', 'outlinesEfficacy', 'usTrialYetToRun', 'holdsPlaceholder'] as const satisfies readonly (keyof SegmentInfo)[];
export type SegmentFlag = (typeof SEGMENT_FLAGS)[number];
// Fails to compile when SegmentInfo gains a flag the list above does not name.
const everyFlagListed: [Exclude<keyof SegmentInfo, SegmentFlag>] extends [never] ? true : false = true;
void everyFlagListed;

export function emptySegment(): SegmentInfo {
  return { hasContent: false, mentionsUsTrial: false, outlinesEfficacy: false, usTrialYetToRun: false, holdsPlaceholder: false };
}

/** A paragraph's prose (inline code as a placeholder, no markup) and the agent a list's lead-in lent it. */
export interface ProseBlock {
  text: string;
  lead?: AgentKind;
  /** Where the block starts in its chunk's text (the chunk starts at `Dossier.proseStarts`): which section it is in. */
  at?: number;
}

export interface PhraseHit<K> {
  kind: K;
  start: number;
  end: number;
  phrase: string;
}

/** A classification cue in the document: a rule's phrase, or a whole sentence the sentence model read (`statistical`). */
export type CueHit = PhraseHit<CueKind> & { statistical?: StatisticalMark };

/** A label as the parser compares labels (case folded, whitespace collapsed; escapes kept). */
export function normalizeLabel(label: string): string {
  return normalizeIdentifier(label);
}

const NO_DEFINITIONS: ReadonlySet<string> = new Set();
/** The identifiers defined outside the chunk being parsed (set for the duration of one parse). */
let definedOutside: ReadonlySet<string> = NO_DEFINITIONS;
/** The identifiers the chunk being parsed defines, exactly as the parser registers them. */
let definedInside: Set<string> | undefined;

/** The parser's list of defined identifiers, as sets: the chunk's own and the document's others. */
interface DefinedList extends Array<string> {
  fromOutside?: ReadonlySet<string>;
}

function definedList(outside: ReadonlySet<string>): DefinedList {
  const own = new Set<string>();
  const list: DefinedList = [];
  list.fromOutside = outside;
  // The parser only asks `includes` (per reference) and calls `push` (per definition); as an
  // array, each reference would be compared with every definition.
  list.includes = (id: string): boolean => own.has(id) || outside.has(id);
  list.push = (...ids: string[]): number => {
    for (const id of ids) own.add(id);
    return own.size;
  };
  definedInside = own;
  return list;
}

/**
 * Link reference definitions are document-wide: a reference in one chunk resolves to a definition
 * in another. Instead of parsing the document's definitions again before every chunk (all N of
 * them before each of N chunks), the parser's list of defined identifiers is replaced, at the
 * first line of each parse, by one that also answers for `definedOutside`. A construct tried at
 * the start of every line (as containers are) that never matches.
 */
const defineOutside: Construct = {
  name: 'cptDossierDefinedOutside',
  tokenize(this: TokenizeContext, _effects, _ok, nok): State {
    const parser = this.parser;
    if ((parser.defined as DefinedList).fromOutside !== definedOutside) parser.defined = definedList(definedOutside);
    return nok;
  },
};
const definedOutsideExtension: Extension = { document: { null: [defineOutside] } };

const processor = unified().use(remarkParse).data('micromarkExtensions', [definedOutsideExtension]).freeze();

/** Placeholder for inline code inside prose: keeps sentence shape, matches no cue word. */
export const CODE_PLACEHOLDER = '\u2060code\u2060';

const TRIAL_HINT = /[0-9]|\bU\.?S\b|\bUSA\b|United States|American|NCT/;

/**
 * Parses and analyses one chunk. `defined`: the identifiers (`normalizeLabel`) that link reference
 * definitions elsewhere in the document define, so that references to them resolve as in a
 * whole-document parse. Offsets in the result are relative to the chunk.
 */
export function analyseChunk(chunk: string, defined: ReadonlySet<string> = NO_DEFINITIONS, incoming?: Carry): ChunkAnalysis {
  const result: ChunkAnalysis = {
    headings: [],
    headingKinds: [],
    segments: [emptySegment()],
    cues: [],
    claims: [],
    prose: [],
    comments: [],
    endsOpen: false,
    definitions: [],
    opensWithList: false,
    incoming: carryKey(incoming),
  };
  // The parser drops a BOM at the very start of what it is given (and counts offsets after it);
  // in the middle of a document a BOM is text. A line end first keeps it text, and offsets right.
  const source = chunk.charCodeAt(0) === 0xfeff ? '\n' + chunk : chunk;
  const base = source.length - chunk.length;
  let tree: Root;
  definedOutside = defined;
  definedInside = undefined;
  try {
    tree = processor.parse(source);
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    return result;
  } finally {
    definedOutside = NO_DEFINITIONS;
  }
  for (const identifier of definedInside ?? []) result.definitions.push({ identifier });
  definedInside = undefined;
  const children = tree.children;
  const last = children[children.length - 1];
  if (last) result.endsOpen = endsOpen(last, source);
  result.opensWithList = children[0]?.type === 'list';
  try {
    result.carry = visitTopLevel(children, source, result, incoming);
  } catch (e) {
    // Deeply nested input can exhaust the stack; keep what was found and say so.
    result.error = e instanceof Error ? e.message : String(e);
  }
  if (base > 0) {
    for (const x of [...result.headings, ...result.cues, ...result.claims, ...result.comments]) {
      x.start -= base;
      x.end -= base;
    }
  }
  return result;
}

function current(result: ChunkAnalysis): SegmentInfo {
  return result.segments[result.segments.length - 1];
}

const MAX_DEPTH = 200;

/**
 * Visits sibling blocks; a paragraph that ends with ":" and names who acts ("The reading
 * cardiologist:") lends that agent to the list right after it, for items that name nobody.
 */
function visitChildren(children: readonly RootContent[], chunk: string, result: ChunkAnalysis, depth: number, lead?: AgentKind): void {
  let leadIn: AgentKind | undefined;
  for (const child of children) {
    const given = child.type === 'list' ? leadIn ?? lead : lead;
    const prose = visitBlock(child, chunk, result, depth, given);
    leadIn = child.type === 'paragraph' && prose ? leadInAgent(prose) : undefined;
  }
}

/** `visitChildren` for the chunk's top level, which also takes and returns a `Carry`. */
function visitTopLevel(children: readonly RootContent[], chunk: string, result: ChunkAnalysis, incoming: Carry | undefined): Carry | undefined {
  let carry: Carry | undefined;
  for (let k = 0; k < children.length; k++) {
    const child = children[k];
    let given: AgentKind | undefined;
    if (child.type === 'list') {
      const marker = listMarker(child, chunk);
      const before = k === 0 ? incoming : carry;
      given = before && (before.listMarker === undefined || before.listMarker === marker) ? before.lead : undefined;
      visitBlock(child, chunk, result, 0, given);
      carry = given ? { lead: given, listMarker: marker } : undefined;
    } else {
      const prose = visitBlock(child, chunk, result, 0, undefined);
      const lead = child.type === 'paragraph' && prose ? leadInAgent(prose) : undefined;
      carry = lead ? { lead } : undefined;
    }
  }
  return carry;
}

/** The character that tells one list from the next: the bullet, or the delimiter after the number. */
function listMarker(list: RootContent, chunk: string): string {
  let i = list.position?.start.offset ?? 0;
  while (chunk.charCodeAt(i) === 32 || chunk.charCodeAt(i) === 9) i++;
  while (i < chunk.length && chunk.charCodeAt(i) >= 48 && chunk.charCodeAt(i) <= 57) i++;
  return chunk.charAt(i);
}

/** Reads one block; returns the prose of a paragraph. */
function visitBlock(node: RootContent, chunk: string, result: ChunkAnalysis, depth: number, lead?: AgentKind): string | undefined {
  if (depth > MAX_DEPTH) return;
  const seg = current(result);
  switch (node.type) {
    case 'heading': {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      const text = plainText(node).trim();
      result.headings.push({ depth: node.depth, text, start, end });
      result.headingKinds.push(sectionKindOf(text));
      result.segments.push(emptySegment());
      return;
    }
    case 'paragraph':
      if (sourceLength(node) < 400 && isSectionPlaceholder(plainText(node))) {
        // The snippet's text, not the writer's: no content, and not read as prose.
        seg.holdsPlaceholder = true;
        return;
      }
      seg.hasContent = true;
      return readProse(node, chunk, result, lead);
    case 'html':
      seg.hasContent = seg.hasContent || !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
      collectComments(node.value, node.position?.start.offset ?? 0, result);
      return;
    case 'blockquote':
      // Quotations (of Appendix S, of a payer) are not claims about the product.
      seg.hasContent = true;
      return;
    case 'code':
    case 'thematicBreak':
    case 'definition':
      if (node.type === 'code') seg.hasContent = true;
      return;
    default:
      if ('children' in node) {
        seg.hasContent = true;
        visitChildren((node as Parent).children as RootContent[], chunk, result, depth + 1, node.type === 'list' || node.type === 'listItem' ? lead : undefined);
      }
  }
}

function collectComments(value: string, offset: number, result: ChunkAnalysis): void {
  const re = /<!--([\s\S]*?)-->/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    result.comments.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[1].trim() });
  }
}

/** A run of prose taken from one text node, and where it sits in the chunk. */
interface Piece {
  proseStart: number;
  value: string;
  sourceStart: number;
  sourceEnd: number;
  /** Where each character of value starts and ends in the source, when value differs from the
   * source text (worked out once per piece, on the first phrase found in it: pieces can be
   * megabytes long and hold thousands of phrases); null when they are equal. */
  alignment?: Alignment | null;
}

interface Alignment {
  starts: Int32Array;
  ends: Int32Array;
}

function readProse(paragraph: Parent, chunk: string, result: ChunkAnalysis, lead?: AgentKind): string | undefined {
  const pieces: Piece[] = [];
  let prose = '';
  const walk = (nodes: PhrasingContent[], depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const node of nodes) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      switch (node.type) {
        case 'text':
          pieces.push({ proseStart: prose.length, value: node.value, sourceStart: start, sourceEnd: end });
          // A word joiner the writer pasted inside a word shows as nothing, as a zero-width space does;
          // the prose reads it as one (U+2060 marks the inline-code placeholder there). Same length:
          // offsets stay right, and phrases are quoted as written (asWritten).
          prose += node.value.includes('\u2060') ? node.value.replace(/\u2060/g, '\u200b') : node.value;
          break;
        case 'inlineCode':
          prose += CODE_PLACEHOLDER;
          break;
        case 'break':
          prose += '\n';
          break;
        case 'html':
          collectComments(node.value, start, result);
          prose += ' ';
          break;
        case 'image':
        case 'imageReference':
          prose += ' ';
          break;
        default:
          if ('children' in node) walk(node.children as PhrasingContent[], depth + 1);
      }
    }
  };
  walk(paragraph.children as PhrasingContent[], 0);
  if (!prose.trim()) return;
  const seg = current(result);
  // Only prose that could speak of a trial is read for one (a cheap, linear test first).
  if ((!seg.mentionsUsTrial || !seg.outlinesEfficacy || !seg.usTrialYetToRun) && TRIAL_HINT.test(prose)) {
    const trial = readTrialEvidence(prose);
    seg.mentionsUsTrial ||= trial.usTrial;
    seg.outlinesEfficacy ||= trial.efficacy;
    seg.usTrialYetToRun ||= trial.usTrialYetToRun;
  }
  const map = (offset: number, isEnd: boolean): number => mapOffset(pieces, offset, chunk, isEnd);
  for (const cue of findCues(prose, lead, { statistical: true })) {
    const hit: CueHit = { kind: cue.kind, start: map(cue.start, false), end: map(cue.end, true), phrase: asWritten(pieces, prose, cue) };
    if (cue.statistical) hit.statistical = cue.statistical;
    result.cues.push(hit);
  }
  for (const claim of findPaymentClaims(prose)) {
    result.claims.push({ kind: 'payment', start: map(claim.start, false), end: map(claim.end, true), phrase: asWritten(pieces, prose, claim) });
  }
  const at = map(0, false);
  result.prose.push(lead ? { text: prose, lead, at } : { text: prose, at });
  return prose;
}

/**
 * A phrase found in the prose, with each zero-width space that stands for a word joiner of the
 * writer's (see readProse) back as the word joiner, so that a message names the character written.
 */
function asWritten(pieces: readonly Piece[], prose: string, found: { start: number; end: number; phrase: string }): string {
  const { start, end, phrase } = found;
  if (!phrase.includes('\u200b') || prose.slice(start, end) !== phrase) return phrase;
  const units = phrase.split('');
  // The first piece that ends after `start` (pieces are in prose order), then each piece up to `end`.
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].proseStart + pieces[mid].value.length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let p = lo; p < pieces.length && pieces[p].proseStart < end; p++) {
    const piece = pieces[p];
    for (let k = Math.max(start, piece.proseStart); k < Math.min(end, piece.proseStart + piece.value.length); k++) {
      if (piece.value.charCodeAt(k - piece.proseStart) === 0x2060) units[k - start] = '\u2060';
    }
  }
  return units.join('');
}

/** Maps an offset in the assembled prose back to the chunk's source text. */
function mapOffset(pieces: Piece[], offset: number, chunk: string, isEnd: boolean): number {
  let lo = 0;
  let hi = pieces.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].proseStart <= offset - (isEnd ? 1 : 0)) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  const k = Math.max(0, Math.min(offset - piece.proseStart, piece.value.length));
  if (piece.alignment === undefined) {
    const exact = piece.sourceEnd - piece.sourceStart === piece.value.length && chunk.startsWith(piece.value, piece.sourceStart);
    piece.alignment = exact ? null : align(piece.value, chunk, piece.sourceStart, piece.sourceEnd);
  }
  const a = piece.alignment;
  if (!a) return piece.sourceStart + k;
  if (k >= piece.value.length) return isEnd && k > 0 ? a.ends[k - 1] : piece.sourceEnd;
  return isEnd && k > 0 ? a.ends[k - 1] : a.starts[k];
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Where each character of a text node's value comes from in source[from, to): the parser drops
 * backslashes of escapes, decodes character references (`&amp;`), replaces NUL with U+FFFD and
 * drops the indentation and container markers (`>`, list indentation) that open continuation
 * lines, and the spaces that end lines. One pass over both: each step moves past a character of
 * the value or of the source.
 */
function align(value: string, source: string, from: number, to: number): Alignment {
  const n = value.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let j = from;
  let lineStart = true; // after a line end in the value: skip the source's line prefix
  for (let i = 0; i < n; ) {
    const v = value.charCodeAt(i);
    const c = j < to ? source.charCodeAt(j) : -1;
    if (c === 38) {
      ENTITY.lastIndex = j;
      // A reference the parser did not decode (an unknown name) is in the value as written.
      if (ENTITY.test(source) && ENTITY.lastIndex <= to && !value.startsWith(source.slice(j, ENTITY.lastIndex), i)) {
        // A character reference: its one or two UTF-16 units stand for all of it.
        const units = v >= 0xd800 && v <= 0xdbff && i + 1 < n ? 2 : 1;
        for (let u = 0; u < units; u++, i++) {
          starts[i] = j;
          ends[i] = ENTITY.lastIndex;
        }
        j = ENTITY.lastIndex;
        lineStart = false;
        continue;
      }
    }
    if (c === v) {
      starts[i] = j;
      ends[i] = ++j;
      lineStart = v === 10 || v === 13;
      i++;
      continue;
    }
    if (c === -1) {
      starts[i] = ends[i] = to; // nothing left to align with
      i++;
      continue;
    }
    if (c === 92 && j + 1 < to && source.charCodeAt(j + 1) === v) {
      // An escape: the character stands for both.
      starts[i] = j;
      ends[i] = j += 2;
      lineStart = false;
      i++;
      continue;
    }
    if ((v === 10 || v === 13) && (c === 32 || c === 9 || (c === 13 && v === 10))) {
      j++; // spaces that end a line, or a CR the value does not keep
      continue;
    }
    if (lineStart && (c === 32 || c === 9 || c === 62)) {
      j++; // a continuation line's indentation or block quote markers
      continue;
    }
    // Anything else (NUL read as U+FFFD): one character for one.
    starts[i] = j;
    ends[i] = ++j;
    lineStart = false;
    i++;
  }
  return { starts, ends };
}

function sourceLength(node: Nodes): number {
  return (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0);
}

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function endsOpen(last: RootContent, chunk: string): boolean {
  const start = last.position?.start.offset ?? 0;
  const end = last.position?.end.offset ?? start;
  // Only a block that runs to the chunk's last line can swallow the next heading.
  if (chunk.slice(end).replace(/\r\n|\r/g, '\n').split('\n').length > 2) return false;
  const source = chunk.slice(start, end);
  if (last.type === 'code') {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(source);
    if (!open) return false;
    const lines = source.split(/\r\n|\r|\n/);
    if (lines.length < 2) return true;
    const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]);
    return !(close && close[1][0] === open[1][0] && close[1].length >= open[1].length);
  }
  if (last.type === 'html') {
    const lastLine = source.split(/\r\n|\r|\n/).pop() ?? '';
    if (/^ {0,3}<!--/.test(source)) return !/-->/.test(source.slice(4));
    if (/^ {0,3}<\?/.test(source)) return !/\?>/.test(lastLine);
    if (/^ {0,3}<!\[CDATA\[/.test(source)) return !/\]\]>/.test(lastLine);
    if (/^ {0,3}<![A-Za-z]/.test(source)) return !/>/.test(lastLine);
    if (/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i.test(source)) return !/<\/(?:script|pre|style|textarea)>/i.test(lastLine);
    return true; // types 6 and 7 end only at a blank line
  }
  return false;
}
