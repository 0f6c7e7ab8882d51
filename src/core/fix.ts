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
  // The edits taken, sorted by start then end. They never overlap, so their ends are sorted too,
  // and an overlap is found by one binary search: 100,000 fixes (a list of lower-case codes) took
  // minutes when each was compared with every edit taken before it.
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

function byPlace(a: Edit, b: Edit): number {
  return a.start - b.start || a.end - b.end;
}

/** Index of the first edit that sorts after `e` (by start, then end). */
function upperBound(taken: readonly Edit[], e: Edit): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPlace(taken[mid], e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `e` overlaps an edit taken, or inserts where one already starts. */
function overlapsTaken(taken: readonly Edit[], e: Edit): boolean {
  // The last edit starting before e ends has the greatest end of those that do (ends are sorted).
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].start < e.end) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && taken[lo - 1].end > e.start) return true;
  if (e.start !== e.end) return false;
  // An insertion where an edit taken starts (which one goes first is not known).
  const k = upperBound(taken, { start: e.start, end: -1, newText: '' });
  return k < taken.length && taken[k].start === e.start;
}

function insertSorted(taken: Edit[], e: Edit): void {
  if (!taken.length || byPlace(taken[taken.length - 1], e) <= 0) taken.push(e);
  else taken.splice(upperBound(taken, e), 0, e);
}
