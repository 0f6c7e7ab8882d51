// Spans kept sorted by start, then end, that never overlap, so their ends are sorted too: whether a new
// span overlaps one taken, and where it goes, is one binary search each. `lint --fix` and the editor's
// "Fix all" take tens of thousands of edits; comparing each with every edit taken was quadratic.

export interface Span {
  start: number;
  end: number;
}

export function byPlace(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Index of the first span that sorts after `e` (by start, then end). */
export function upperBound(taken: readonly Span[], e: Span): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPlace(taken[mid], e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `e` overlaps (not only touches) a span taken. */
export function overlapsSorted(taken: readonly Span[], e: Span): boolean {
  // Of the spans that start before e ends, the last has the greatest end.
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].start < e.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && taken[lo - 1].end > e.start;
}

/** Inserts `e` in its place (appending, the common case, without a search). */
export function insertSorted<T extends Span>(taken: T[], e: T): void {
  if (!taken.length || byPlace(taken[taken.length - 1], e) <= 0) taken.push(e);
  else taken.splice(upperBound(taken, e), 0, e);
}
