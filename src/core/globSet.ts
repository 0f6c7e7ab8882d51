// One matcher for the many globs of one `ignores` list. picomatch given a list tries every glob's
// regular expression on every path: 70,000 globs took ~37 ms per path and folder level, on the
// editor's thread at each lint. Here each glob is compiled once, and a path is tried only against
// the globs a cheap look-up cannot rule out: exact names by a Set, globs that start with literal
// characters (`archive/v*`) by those, globs that end in literal characters (`*.md`) by their last
// characters. The answers are picomatch's (test/unit/globSet.test.ts compares them on random
// globs and paths).
import picomatch = require('picomatch/posix');

/** The options every `ignores` glob is read with. */
export const GLOB_OPTIONS = { dot: true } as const;

/** Characters a glob reads as themselves, whatever surrounds them (a conservative list). */
const PLAIN = /^[A-Za-z0-9_.\- ]+$/;
const PLAIN_HEAD = /^[A-Za-z0-9_.\- ]+/;
const PLAIN_TAIL = /[A-Za-z0-9_.\- ]+$/;
/** Last characters a tail is filed under (longer tails by their last TAIL_KEY). */
const TAIL_KEY = 4;

interface Glob {
  glob: string;
  re: RegExp;
}

/** `glob` compiled as picomatch compiles it, or the reason it cannot be. */
export function compileGlob(glob: string): RegExp | { error: string } {
  try {
    return picomatch.makeRe(glob, GLOB_OPTIONS);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const plainSegment = (s: string): boolean => PLAIN.test(s) && s !== '.' && s !== '..';

export class GlobSet {
  private readonly exact = new Set<string>();
  /** Globs by the literal characters they start with (`archive/2019/v*.md` under `archive/2019/v`). */
  private readonly byLead = new Map<string, Glob[]>();
  private longestLead = 0;
  /** Globs by the last characters every path they match ends with; index k-1 for tails of k. */
  private readonly byTail: Map<string, Glob[]>[] = Array.from({ length: TAIL_KEY }, () => new Map<string, Glob[]>());
  private readonly tails = new WeakMap<Glob, string>();
  private readonly rest: Glob[] = [];

  /** `globs` with their compiled expressions (from compileGlob), in any order. */
  constructor(globs: Iterable<readonly [string, RegExp]>) {
    const seen = new Set<string>();
    for (const [glob, re] of globs) {
      if (seen.has(glob)) continue;
      seen.add(glob);
      this.add({ glob, re });
    }
  }

  private add(g: Glob): void {
    const parts = g.glob.split('/');
    if (parts.every(plainSegment)) {
      // No glob character: picomatch matches the name itself and nothing else.
      this.exact.add(g.glob);
      return;
    }
    // `!` negates, `\` escapes, `|` may split the whole expression, and after `***` picomatch
    // reads a `.` as any character: such globs are tried on every path.
    if (/[!\\|]|\*\*\*/.test(g.glob)) {
      this.rest.push(g);
      return;
    }
    // The literal characters every match starts with: whole folders, then the next name's start.
    let n = 0;
    while (n < parts.length - 1 && plainSegment(parts[n])) n++;
    const next = parts[n];
    const start = next === '.' || next === '..' ? '' : (PLAIN_HEAD.exec(next)?.[0] ?? '');
    const lead = n > 0 ? `${parts.slice(0, n).join('/')}/${start}` : start;
    if (lead && leadsWith(g.re, lead)) {
      push(this.byLead, lead, g);
      this.longestLead = Math.max(this.longestLead, lead.length);
      return;
    }
    const tail = PLAIN_TAIL.exec(parts[parts.length - 1])?.[0];
    if (tail && endsWith(g.re, tail)) {
      const k = Math.min(tail.length, TAIL_KEY);
      push(this.byTail[k - 1], tail.slice(-k), g);
      this.tails.set(g, tail);
      return;
    }
    this.rest.push(g);
  }

  /** Whether any glob matches `path` (as picomatch(globs, { dot: true })(path) says). */
  matches(path: string): boolean {
    if (path === '') return false;
    if (this.exact.has(path)) return true;
    if (this.byLead.size) {
      // A glob led by `a/b/` matches only paths that start so, and `a/b` itself (`a/b/**`).
      const slashed = `${path}/`;
      for (let k = 1; k <= this.longestLead && k <= slashed.length; k++) {
        const globs = this.byLead.get(slashed.slice(0, k));
        if (globs && globs.some((g) => test(g, path))) return true;
      }
    }
    // Some expressions allow one `/` after the name (`*.md` matches `x.md/`).
    const end = path.endsWith('/') ? path.slice(0, -1) : path;
    for (let k = 1; k <= TAIL_KEY && k <= end.length; k++) {
      const globs = this.byTail[k - 1].get(end.slice(-k));
      if (globs && globs.some((g) => end.endsWith(this.tails.get(g) ?? '') && test(g, path))) return true;
    }
    return this.rest.some((g) => test(g, path));
  }
}

function push(map: Map<string, Glob[]>, key: string, g: Glob): void {
  const list = map.get(key);
  if (list) list.push(g);
  else map.set(key, [g]);
}

/** Characters with a meaning in a regular expression (unless escaped). */
const REGEX_SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '/']);
const QUANTIFIER = new Set(['?', '*', '+', '{']);
const WORD = /^[A-Za-z0-9]$/;

/**
 * Whether picomatch's expression `re` starts with the literal `lead` (its last `/` aside), as
 * read from the glob. Checked on the expression, not assumed: picomatch has its own readings.
 */
function leadsWith(re: RegExp, lead: string): boolean {
  const body = re.source.replace(/^\^\(\?:(?:\^\(\?:)?/, '');
  const want = lead.endsWith('/') ? lead.slice(0, -1) : lead;
  let read = '';
  let i = 0;
  while (i < body.length && read.length < want.length) {
    if (body[i] === '\\' && i + 1 < body.length && !WORD.test(body[i + 1])) {
      read += body[i + 1];
      i += 2;
    } else if (REGEX_SPECIAL.has(body[i])) break;
    else read += body[i++];
  }
  // A quantifier after the last character read makes that character optional.
  return read === want && !QUANTIFIER.has(body[i] ?? '');
}

/** Whether `re` ends with the literal `tail` (then, at most, an optional `/`). */
function endsWith(re: RegExp, tail: string): boolean {
  const source = re.source;
  const body = source.endsWith('\\/?)$') ? source.slice(0, -5) : source.endsWith(')$') ? source.slice(0, -2) : '';
  let read = '';
  let i = body.length - 1;
  while (i >= 0 && read.length < tail.length) {
    if (i > 0 && body[i - 1] === '\\') {
      if (WORD.test(body[i])) break; // `\d`, `\w`: a class, not a letter
      read = body[i] + read;
      i -= 2;
    } else if (REGEX_SPECIAL.has(body[i])) break;
    else read = body[i--] + read;
  }
  return read === tail;
}

/** picomatch's own test: the glob itself, else its expression. */
function test(g: Glob, path: string): boolean {
  return path === g.glob || g.re.test(path);
}
