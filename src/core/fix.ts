// Applies the fixes findings carry to the text they were found in (`cpt-dossier lint --fix`, the
// library). Only the characters an edit names change: line ends (CRLF, LF, CR) and a byte order
// mark stay as they are. Fixes whose edits overlap one already taken are left for the next pass.
import { LineIndex, stripBom } from './text';
import type { Finding, Fix, Position } from './types';
import { byPlace, insertSorted, overlapsSorted, upperBound } from './sortedSpans';

export interface AppliedFix {
  finding: Finding;
  fix: Fix;
}

export function applyFixes(text: string, findings: readonly Finding[], take: (fix: Fix, finding: Finding) => boolean = (fix) => fix.safe): { text: string; applied: AppliedFix[] } {
  const body = stripBom(text);
  const bom = text.length - body.length;
  const lines = new LineIndex(body);
  const offset = (p: Position): number => bom + lines.offsetAt(p);
  // The edits taken, sorted by start then end (sortedSpans.ts): 100,000 fixes (a list of lower-case
  // codes) took minutes when each was compared with every edit taken before it.
  const taken: Edit[] = [];
  const applied: AppliedFix[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      if (!take(fix, finding)) continue;
      const edits = fix.edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })).sort(byPlace);
      const overlaps = edits.some((e, i) => (i > 0 && edits[i - 1].end > e.start) || overlapsTaken(taken, e));
      const unchanged = edits.every((e) => text.slice(e.start, e.end) === e.newText);
      if (overlaps || unchanged) continue;
      for (const e of edits) insertSorted(taken, e);
      applied.push({ finding, fix });
      break; // one fix per finding
    }
  }
  const parts: string[] = [];
  let at = 0;
  for (const e of taken) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied };
}

interface Edit {
  start: number;
  end: number;
  newText: string;
}

/** Whether `e` overlaps an edit taken, or inserts where one already starts. */
function overlapsTaken(taken: readonly Edit[], e: Edit): boolean {
  if (overlapsSorted(taken, e)) return true;
  if (e.start !== e.end) return false;
  // An insertion where an edit taken starts (which one goes first is not known).
  const k = upperBound(taken, { start: e.start, end: -1 });
  return k < taken.length && taken[k].start === e.start;
}
