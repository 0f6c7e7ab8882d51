// What a dossier colours (the extension's semantic tokens): frontmatter keys of the format,
// suppression directives, CPT codes, the Appendix S classes and "Appendix S". Pure and line based;
// code blocks and inline code are left alone. Only dossiers ever get these (the extension asks).
import { FRONTMATTER, type FieldSpec } from './schema';

export type HighlightKind = 'key' | 'directive' | 'code' | 'class' | 'appendix';

export interface Highlight {
  /** 0-based line and UTF-16 column, as VS Code counts them. */
  line: number;
  start: number;
  length: number;
  kind: HighlightKind;
}

function keysOf(fields: Readonly<Record<string, FieldSpec>>, out: Set<string>): Set<string> {
  for (const [key, spec] of Object.entries(fields)) {
    out.add(key);
    const t = spec.type;
    if (t.kind === 'map') keysOf(t.fields, out);
    if ((t.kind === 'list' || t.kind === 'list-or-count') && t.of.type.kind === 'map') keysOf(t.of.type.fields, out);
  }
  return out;
}

const KEYS = keysOf(FRONTMATTER, new Set());
const KEY = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(?=\s*:)/;
const PATTERNS: readonly [RegExp, HighlightKind, number][] = [
  [/\bcpt-dossier-(?:disable-next-line|disable-line|disable-file|disable|enable)\b/g, 'directive', 0],
  [/\b\d{4}[TFU]\b/g, 'code', 0],
  [/\bCPT®?(?:\s+(?:codes?|Category\s+I))?\s+(\d{5})\b/gi, 'code', 1],
  [/(?<=\[|, |,)(\d{5})(?=\s*[\],])/g, 'code', 1],
  [/\b(?:assistive|augmentative|autonomous)\b/gi, 'class', 0],
  [/\bAppendix S\b/g, 'appendix', 0],
];

/** The highlights of a dossier's text, sorted, none overlapping. */
export function highlightsOf(text: string): Highlight[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: Highlight[] = [];
  let frontmatterEnd = -1;
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    frontmatterEnd = close > 0 ? close : -1;
  }
  let fence: string | undefined;
  for (let line = 0; line < lines.length; line++) {
    const raw = lines[line];
    const inFrontmatter = line > 0 && line < frontmatterEnd;
    if (!inFrontmatter && line > frontmatterEnd) {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
        continue;
      }
      if (f) {
        fence = f[1];
        continue;
      }
    }
    if (inFrontmatter) {
      const k = KEY.exec(raw);
      if (k && KEYS.has(k[2])) out.push({ line, start: k[1].length, length: k[2].length, kind: 'key' });
    }
    // Inline code keeps its own colour: blank it out (same length, so columns stay).
    const scan = inFrontmatter ? raw : raw.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
    for (const [re, kind, group] of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(scan); m; m = re.exec(scan)) {
        const part = m[group] ?? m[0];
        const start = m.index + m[0].lastIndexOf(part);
        out.push({ line, start, length: part.length, kind });
      }
    }
  }
  out.sort((a, b) => a.line - b.line || a.start - b.start);
  const kept: Highlight[] = [];
  for (const h of out) {
    const last = kept[kept.length - 1];
    if (!last || h.line !== last.line || h.start >= last.start + last.length) kept.push(h);
  }
  return kept;
}
