// Applies the fixes findings carry to the text they were found in (`cpt-dossier lint --fix`, the
// library). Only the characters an edit names change: line ends (CRLF, LF, CR) and a byte order
// mark stay as they are. Fixes whose edits overlap one already taken are left for the next pass.
import { LineIndex, stripBom } from './text';
import type { Finding, Fix, Position } from './types';

export interface AppliedFix {
  finding: Finding;
  fix: Fix;
}

export function applyFixes(text: string, findings: readonly Finding[], take: (fix: Fix, finding: Finding) => boolean = (fix) => fix.safe): { text: string; applied: AppliedFix[] } {
  const body = stripBom(text);
  const bom = text.length - body.length;
  const lines = new LineIndex(body);
  const offset = (p: Position): number => bom + lines.offsetAt(p);
  const taken: { start: number; end: number; newText: string }[] = [];
  const applied: AppliedFix[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      if (!take(fix, finding)) continue;
      const edits = fix.edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }));
      const overlaps = edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end) || (e.start === e.end && taken.some((t) => t.start === e.start)));
      const unchanged = edits.every((e) => text.slice(e.start, e.end) === e.newText);
      if (overlaps || unchanged) continue;
      taken.push(...edits);
      applied.push({ finding, fix });
      break; // one fix per finding
    }
  }
  let out = text;
  for (const e of [...taken].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied };
}
