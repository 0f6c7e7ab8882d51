// A lint result as it crosses from the lint worker to the extension host. Copying between threads
// costs the receiving thread time per object, and a big dossier has tens of thousands of phrase
// hits (cues), so those travel packed (numbers in one typed array, text in one string) and are
// unpacked on the host only when something reads them (the assessment does: about 8 ms for 3 MiB of
// prose, `npm run bench:latency`).
import { LineIndex, stripBom } from '../core/text';
import type { CueHit, Dossier, ProseBlock } from '../core/dossier';
import type { LintResult } from '../core/engine';

/** Records of a kind, some numbers and one text each, packed. */
export interface Packed {
  /** The kinds met; a record's first number is its kind's index here. */
  kinds: string[];
  /** Per record: its kind, its numbers, then the length of its text. */
  numbers: Float64Array;
  texts: string;
  count: number;
}

type Hits = Pick<Dossier, 'cues' | 'claims' | 'comments'>;

/** A dossier without its text (the host has it), its line starts bare and its hits and prose packed (a prose record: kind = its lead-in agent, start = its chunk, end = where it starts in the chunk). */
export type WireDossier = Omit<Dossier, 'text' | 'lines' | 'prose' | keyof Hits> & { lineStarts: number[]; hits: { [K in keyof Hits]: Packed }; prose: { chunks: number; blocks: Packed } };

interface Hit {
  kind?: string;
  start: number;
  end: number;
}

const WIDTH = 4; // kind, start, end, text length

function pack<T extends Hit>(items: readonly T[], text: (t: T) => string, kindOf: (t: T) => string | undefined = (t) => t.kind): Packed {
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const numbers = new Float64Array(items.length * WIDTH);
  const texts: string[] = [];
  let i = 0;
  for (const item of items) {
    let kind = -1;
    const name = kindOf(item);
    if (name !== undefined) {
      kind = kindIndex.get(name) ?? -1;
      if (kind < 0) kindIndex.set(name, (kind = kinds.push(name) - 1));
    }
    const t = text(item);
    numbers[i++] = kind;
    numbers[i++] = item.start;
    numbers[i++] = item.end;
    numbers[i++] = t.length;
    texts.push(t);
  }
  return { kinds, numbers, texts: texts.join(''), count: items.length };
}

function unpack<T>(p: Packed, make: (kind: string, start: number, end: number, text: string) => T): T[] {
  const out: T[] = [];
  const n = p.numbers;
  let offset = 0;
  for (let k = 0; k < p.count; k++) {
    const at = k * WIDTH;
    const length = n[at + 3];
    out.push(make(p.kinds[n[at]] ?? '', n[at + 1], n[at + 2], p.texts.slice(offset, offset + length)));
    offset += length;
  }
  return out;
}

const NO_PROSE: WireDossier['prose'] = { chunks: 0, blocks: { kinds: [], numbers: new Float64Array(0), texts: '', count: 0 } };

/**
 * Whether the body's prose crosses: only its one reader, the statistical backoff (core/prose/backoff.ts), needs
 * it, and only when no phrase names a class. A big dossier's prose would double what every relint copies.
 */
function carriesProse(cues: Dossier['cues']): boolean {
  return !cues.some((c) => c.kind !== 'physician-interprets' && !c.statistical);
}

/** A cue's kind on the wire: a statistical sentence's mark travels in it ("augmentative\t0.86\tadjusts dose"). */
const cueKind = (c: CueHit): string => (c.statistical ? `${c.kind}\t${c.statistical.p}\t${c.statistical.words.join(' ')}` : c.kind);

function cueFromWire(kind: string, start: number, end: number, phrase: string): CueHit {
  const tab = kind.indexOf('\t');
  if (tab < 0) return { kind: kind as CueHit['kind'], start, end, phrase };
  const [bare, p, words] = kind.split('\t');
  return { kind: bare as CueHit['kind'], start, end, phrase, statistical: { p: Number(p), words: words ? words.split(' ') : [] } };
}

export function toWire(d: Dossier): WireDossier {
  const { text: _text, lines, cues, claims, comments, prose, ...rest } = d;
  return {
    ...rest,
    lineStarts: lines.lineStarts,
    hits: { cues: pack(cues, (c) => c.phrase, cueKind), claims: pack(claims, (c) => c.phrase), comments: pack(comments, (c) => c.text) },
    prose: carriesProse(cues) ? { chunks: prose.length, blocks: pack(prose.flatMap((blocks, chunk) => blocks.map((b) => ({ kind: b.lead, start: chunk, end: b.at ?? -1, text: b.text }))), (b) => b.text) } : NO_PROSE,
  };
}

/** The LintResult the worker computed, with the text it was given put back. */
export function fromWire(sent: string, wire: WireDossier, findings: LintResult['findings']): LintResult {
  const text = stripBom(sent);
  const { lineStarts, hits, prose, ...rest } = wire;
  // The line index the worker built, without scanning the text again (its fields are public).
  const lines = Object.assign(Object.create(LineIndex.prototype) as LineIndex, { text, lineStarts });
  const dossier = { ...rest, text, lines } as Dossier;
  Object.defineProperty(dossier, PACKED, { value: hits, enumerable: false });
  lazy(dossier, 'cues', () => unpack(hits.cues, cueFromWire));
  lazy(dossier, 'claims', () => unpack(hits.claims, (_kind, start, end, phrase) => ({ kind: 'payment' as const, start, end, phrase })));
  lazy(dossier, 'comments', () => unpack(hits.comments, (_kind, start, end, t) => ({ start, end, text: t })));
  lazy(dossier, 'prose', () => {
    const chunks: ProseBlock[][] = Array.from({ length: prose.chunks }, () => []);
    unpack(prose.blocks, (lead, chunk, at, t) => {
      const block: ProseBlock = lead ? { text: t, lead: lead as NonNullable<ProseBlock['lead']> } : { text: t };
      if (at >= 0) block.at = at;
      chunks[chunk].push(block);
    });
    return chunks;
  });
  return { dossier, findings };
}

const PACKED = Symbol('packed hits');

/** How many hits of a kind a dossier has, without unpacking them when they came packed. */
export function hitCount(d: Dossier, key: keyof Hits): number {
  const packed = (d as Dossier & { [PACKED]?: WireDossier['hits'] })[PACKED];
  const own = Object.getOwnPropertyDescriptor(d, key);
  return packed && own?.get ? packed[key].count : d[key].length;
}

/** A property computed when first read (then kept), so unread hits cost nothing. */
function lazy<K extends keyof Dossier>(d: Dossier, key: K, compute: () => Dossier[K]): void {
  Object.defineProperty(d, key, {
    configurable: true,
    enumerable: true,
    get: () => {
      const value = compute();
      Object.defineProperty(d, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set: (value: Dossier[K]) => Object.defineProperty(d, key, { value, writable: true, configurable: true, enumerable: true }),
  });
}
