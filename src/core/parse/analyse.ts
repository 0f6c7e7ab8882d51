import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { findCues, findPaymentClaims, leadInAgent, type AgentKind, type CueKind } from '../prose';
import { readTrialEvidence } from '../prose/trial';
import { sectionKindOf, type SectionKind } from '../sections';

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
  cues: PhraseHit<CueKind>[];
  claims: PhraseHit<'payment'>[];
  /** HTML comments (block or inline) anywhere in prose, for suppression directives. */
  comments: { start: number; end: number; text: string }[];
  /** True when the chunk ends inside a fenced code or HTML block that would swallow the next
   * chunk's heading in a whole-document parse: the engine merges it with the next chunk. */
  endsOpen: boolean;
  /** Link reference definitions in the chunk, at any depth (they are document-wide): the
   * identifier the parser matches references with, and a line that defines it again. */
  definitions: DefinitionInfo[];
  /** Set when the parser failed on this chunk (hostile input); the engine reports it. */
  error?: string;
}

export interface DefinitionInfo {
  identifier: string;
  /** `[label]: #`, with the label as written when it fits on one line. */
  line: string;
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
}

export interface PhraseHit<K> {
  kind: K;
  start: number;
  end: number;
  phrase: string;
}

const processor = unified().use(remarkParse).freeze();

/** Placeholder for inline code inside prose: keeps sentence shape, matches no cue word. */
export const CODE_PLACEHOLDER = '\u2060code\u2060';

const TRIAL_HINT = /[0-9]|\bU\.?S\b|\bUSA\b|United States|American|NCT/;

/**
 * Parses and analyses one chunk. `definitions` (lines `[label]: #`) are parsed before it, so that
 * references to definitions elsewhere in the document resolve as in a whole-document parse; all
 * offsets in the result are relative to the chunk.
 */
export function analyseChunk(chunk: string, definitions: string): ChunkAnalysis {
  const result: ChunkAnalysis = { headings: [], headingKinds: [], segments: [{ hasContent: false, mentionsUsTrial: false, outlinesEfficacy: false }], cues: [], claims: [], comments: [], endsOpen: false, definitions: [] };
  // Before the chunk, not after it: an unclosed fence or comment at its end cannot swallow them.
  const source = definitions ? definitions + '\n\n' + chunk : chunk;
  const base = source.length - chunk.length;
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    return result;
  }
  const children = tree.children.filter((c) => (c.position?.start.offset ?? 0) >= base);
  const last = children[children.length - 1];
  if (last) result.endsOpen = endsOpen(last, source);
  collectDefinitions(children, source, result.definitions);
  try {
    visitChildren(children, source, result, 0);
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

/** The identifiers that `definitions` (lines `[label]: #`) define. */
export function definedBy(definitions: string): Set<string> {
  const found: DefinitionInfo[] = [];
  if (definitions) collectDefinitions(processor.parse(definitions).children, definitions, found);
  return new Set(found.map((d) => d.identifier));
}

/** Definitions in these blocks and the containers in them, in document order (no recursion). */
function collectDefinitions(blocks: RootContent[], source: string, out: DefinitionInfo[]): void {
  const stack: RootContent[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) stack.push(blocks[i]);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition') out.push({ identifier: node.identifier, line: `[${rawLabel(source, node.position?.start.offset ?? 0) ?? node.identifier}]: #` });
    else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
}

/** The label of the definition at `start`, as written, when it is on one line. */
function rawLabel(source: string, start: number): string | undefined {
  if (source.charCodeAt(start) !== 91) return undefined;
  for (let i = start + 1; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92 && source.charCodeAt(i + 1) !== 10 && source.charCodeAt(i + 1) !== 13) i++; // \x
    else if (c === 93) return source.slice(start + 1, i);
    else if (c === 10 || c === 13) return undefined;
  }
  return undefined;
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
      result.segments.push({ hasContent: false, mentionsUsTrial: false, outlinesEfficacy: false });
      return;
    }
    case 'paragraph':
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
  /** Whether value equals the source text (computed once: pieces can be megabytes long). */
  exact?: boolean;
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
          prose += node.value;
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
  if ((!seg.mentionsUsTrial || !seg.outlinesEfficacy) && TRIAL_HINT.test(prose)) {
    const trial = readTrialEvidence(prose);
    seg.mentionsUsTrial ||= trial.usTrial;
    seg.outlinesEfficacy ||= trial.efficacy;
  }
  const map = (offset: number, isEnd: boolean): number => mapOffset(pieces, offset, chunk, isEnd);
  for (const cue of findCues(prose, lead)) {
    result.cues.push({ kind: cue.kind, start: map(cue.start, false), end: map(cue.end, true), phrase: cue.phrase });
  }
  for (const claim of findPaymentClaims(prose)) {
    result.claims.push({ kind: 'payment', start: map(claim.start, false), end: map(claim.end, true), phrase: claim.phrase });
  }
  return prose;
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
  piece.exact ??= piece.sourceEnd - piece.sourceStart === piece.value.length && chunk.startsWith(piece.value, piece.sourceStart);
  if (piece.exact) return piece.sourceStart + k;
  const source = chunk.slice(piece.sourceStart, piece.sourceEnd);
  // Escapes, entities or container indentation make value and source differ: align by line.
  const before = piece.value.slice(0, k);
  const lineNo = countNewlines(before);
  const col = k - (before.lastIndexOf('\n') + 1);
  let lineStart = 0;
  for (let i = 0; i < lineNo; i++) {
    const nl = source.indexOf('\n', lineStart);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  const nl = source.indexOf('\n', lineStart);
  const sourceLine = source.slice(lineStart, nl === -1 ? source.length : nl);
  const valueLine = piece.value.split('\n')[lineNo] ?? '';
  const found = valueLine ? sourceLine.indexOf(valueLine.slice(0, 12)) : -1;
  const indent = found >= 0 ? found : sourceLine.length - sourceLine.trimStart().length;
  return piece.sourceStart + Math.min(lineStart + indent + col, source.length);
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
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
    if (/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(source)) return !/<\/(?:script|pre|style|textarea)>/i.test(lastLine);
    return true; // types 6 and 7 end only at a blank line
  }
  return false;
}
