import { LineIndex, stripBom } from './text';
import { splitFrontmatter, type FrontmatterSplit } from './parse/frontmatter';
import { readFrontmatter, type FrontmatterFacts, type Located, type Span, type YamlError } from './parse/yamlFacts';
import { splitChunks } from './parse/chunks';
import { analyseChunk, type ChunkAnalysis, type HeadingInfo, type PhraseHit } from './parse/analyse';
import { sectionKindOf, type SectionKind } from './sections';
import type { CueKind } from './cues';
import type { AiClass, AutonomyLevel, TargetCategory, TaxonomyEdition } from './types';
import type { FdaStatus } from './schema';

export interface Section {
  kind: SectionKind;
  heading: HeadingInfo;
  /** From the heading to the next heading of the same or a higher level. */
  span: Span;
  hasContent: boolean;
  mentionsUsTrial: boolean;
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
  headings: HeadingInfo[];
  sections: Section[];
  cues: PhraseHit<CueKind>[];
  claims: PhraseHit<'payment'>[];
  comments: { start: number; end: number; text: string }[];
  /** Chunks the Markdown parser failed on (offset of the chunk, message). */
  parseErrors: { offset: number; message: string }[];
}

/** Caches chunk analyses by chunk text, so an edit re-parses only what changed. */
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

export function isDossierName(fileName: string): boolean {
  return DOSSIER_NAME.test(fileName);
}

export function parseDossier(input: string, options: ParseOptions = {}): Dossier {
  const text = stripBom(input);
  const fileName = options.fileName ?? 'untitled.dossier.md';
  const frontmatter = splitFrontmatter(text);
  const yamlText = frontmatter.kind === 'none' ? '' : text.slice(frontmatter.yamlStart, frontmatter.yamlEnd);
  const isDossier = isDossierName(fileName) || (frontmatter.kind !== 'none' && DOSSIER_KEY.test(yamlText));
  const lines = new LineIndex(text);
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
    comments: [],
    parseErrors: [],
  };
  if (!isDossier) return dossier;

  if (frontmatter.kind === 'unclosed') {
    dossier.yamlError = { span: { start: 0, end: 3 }, message: 'the frontmatter opened with --- on line 1 is never closed: add a line with --- after the last key' };
  } else if (frontmatter.kind === 'closed') {
    // A lone CR is a line end for Markdown and editors; give YAML the same text with \n (same length).
    const parsed = readFrontmatter(yamlText.replace(/\r(?!\n)/g, '\n'), frontmatter.yamlStart);
    if (parsed.ok) dossier.facts = parsed.facts;
    else dossier.yamlError = parsed.error;
  }

  if (options.maxLength !== undefined && text.length > options.maxLength) {
    dossier.bodySkipped = true;
    return dossier;
  }
  readBody(dossier, frontmatter.kind === 'closed' ? frontmatter.bodyStart : frontmatter.kind === 'unclosed' ? text.length : 0, options);
  return dossier;
}

function readBody(dossier: Dossier, bodyStart: number, options: ParseOptions): void {
  const { text } = dossier;
  const split = options.wholeDocument
    ? { chunks: [{ start: bodyStart, end: text.length }], definitions: [] as string[] }
    : splitChunks(text, bodyStart);
  const suffix = split.definitions.join('\n');
  const analyse = (start: number, end: number): ChunkAnalysis => {
    const chunkText = text.slice(start, end);
    const key = suffix ? `${chunkText}\u0000${suffix}` : chunkText;
    let a = options.cache?.get(key);
    if (!a) {
      a = analyseChunk(chunkText, options.wholeDocument ? '' : suffix);
      options.cache?.set(key, a);
    }
    return a;
  };

  const allSegments: { offset: number; hasContent: boolean; mentionsUsTrial: boolean }[] = [];
  const chunks = split.chunks;
  for (let i = 0; i < chunks.length; i++) {
    let { start, end } = chunks[i];
    let a = analyse(start, end);
    // A chunk that ends inside an open fence or HTML block swallows the next heading: merge.
    while (a.endsOpen && i + 1 < chunks.length) {
      end = chunks[++i].end;
      a = analyse(start, end);
    }
    if (a.error) dossier.parseErrors.push({ offset: start, message: a.error });
    for (const h of a.headings) dossier.headings.push({ ...h, start: h.start + start, end: h.end + start });
    for (const c of a.cues) dossier.cues.push({ ...c, start: c.start + start, end: c.end + start });
    for (const c of a.claims) dossier.claims.push({ ...c, start: c.start + start, end: c.end + start });
    for (const c of a.comments) dossier.comments.push({ ...c, start: c.start + start, end: c.end + start });
    // Segment 0 continues the previous chunk's last heading; merge it into that one.
    a.segments.forEach((s, k) => {
      if (k === 0 && allSegments.length > 0) {
        const prev = allSegments[allSegments.length - 1];
        prev.hasContent ||= s.hasContent;
        prev.mentionsUsTrial ||= s.mentionsUsTrial;
      } else allSegments.push({ offset: k === 0 ? start : a.headings[k - 1].start + start, ...s });
    });
  }
  // allSegments[0] is the text before the first heading; allSegments[k] follows headings[k-1].
  const headings = dossier.headings;
  for (let h = 0; h < headings.length; h++) {
    const kind = sectionKindOf(headings[h].text);
    if (!kind) continue;
    let last = h;
    while (last + 1 < headings.length && headings[last + 1].depth > headings[h].depth) last++;
    let hasContent = false;
    let mentionsUsTrial = false;
    for (let k = h; k <= last; k++) {
      const seg = allSegments[k + 1];
      if (!seg) continue;
      hasContent ||= seg.hasContent || k > h;
      mentionsUsTrial ||= seg.mentionsUsTrial;
    }
    const end = last + 1 < headings.length ? headings[last + 1].start : text.length;
    dossier.sections.push({ kind, heading: headings[h], span: { start: headings[h].start, end }, hasContent, mentionsUsTrial });
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
