// Expands the CLI's PATH arguments into the files to lint: files as given, folders searched for
// dossiers, globs through tinyglobby. Deterministic (sorted, no duplicates).
import * as fs from 'node:fs';
import * as path from 'node:path';
// `import = require` makes esbuild take tinyglobby's CommonJS build: its ES build (and fdir's)
// reads import.meta.url, which is empty in the CommonJS bundle.
import tinyglobby = require('tinyglobby');
import { slowGlob } from '../core/configLoader';
import { isDossierName } from '../core/dossier';
import { splitFrontmatter } from '../core/parse/frontmatter';
import { describeReadError, readFileBounded } from './readFile';

/** How much of a Markdown file is read to decide whether it is a dossier. */
export const SNIFF_BYTES = 8192;
const DOSSIER_KEY = /^cpt_dossier[ \t]*:/m;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const GLOB_IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface ExpandResult {
  /** Absolute paths, sorted by code unit, each file once (under its first name when linked). */
  files: string[];
  /** One message per argument that matched nothing ("no such file or folder: x"). */
  errors: string[];
  /** Folders inside the ones named that could not be searched (permission denied): said, not fatal. */
  unsearched: { folder: string; reason: string }[];
}

/**
 * Files as given are linted whatever their name (a non-dossier simply has no findings); folders
 * are searched recursively for `*.md` and `*.markdown` files that are dossiers, skipping node_modules, .git and
 * hidden folders; arguments that do not exist but look like globs are expanded with tinyglobby.
 */
export function expandPaths(args: readonly string[], cwd: string = process.cwd()): ExpandResult {
  const found = new Set<string>();
  const errors: string[] = [];
  const unsearched: ExpandResult['unsearched'] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      for (const f of searchFolder(abs, (folder, e) => unsearched.push({ folder, reason: describeReadError(e) }))) found.add(f);
    } else if (stat) {
      found.add(abs);
    } else if (tinyglobby.isDynamicPattern(toPattern(arg)) && slowGlob(toPattern(arg))) {
      // `*a*a*a*a*c.md` took over a minute on one folder holding a name of 40 `a`: the matcher
      // backtracks once per * on every name it tries; ( ) and | (extglobs such as `+(a|b)`) are
      // passed on as a regular expression. The configuration's `ignores` refuse them too.
      errors.push(`the glob ${arg} ${slowGlob(toPattern(arg))}`);
    } else if (tinyglobby.isDynamicPattern(toPattern(arg))) {
      // node_modules and .git are left out unless the pattern names them.
      const ignore = GLOB_IGNORE.filter((g) => !arg.includes(g.split('/')[1]));
      const matched = tinyglobby.globSync(toPattern(arg), { cwd, absolute: true, onlyFiles: false, dot: false, expandDirectories: false, ignore, fs: { realpathSync: linksInside(globBase(arg, cwd)), readdirSync: specialDossiersAsFiles } });
      const matches = matched.map((m) => path.resolve(m)).filter(globbed);
      if (matches.length === 0) errors.push(`no files match ${arg}`);
      for (const m of matches) found.add(m);
    } else if (isLink(abs)) {
      errors.push(`cannot read ${arg}: ${brokenLink(abs)}`);
    } else {
      errors.push(`no such file or folder: ${arg}`);
    }
  }
  return { files: onePerFile([...found].sort(byCodeUnit)), errors, unsearched };
}

/**
 * A file reached by several names (a glob follows symbolic links to folders: `d/**` through a
 * link `d/l -> .` finds d/a.md and d/l/a.md) is linted once, under its first name in sorted order,
 * so that its findings are not counted twice.
 */
function onePerFile(sorted: readonly string[]): string[] {
  const seen = new Set<string>();
  const folders = new Map<string, string>();
  return sorted.filter((file) => {
    let real: string;
    try {
      real = fs.lstatSync(file).isSymbolicLink() ? fs.realpathSync(file) : path.join(realFolder(path.dirname(file), folders), path.basename(file));
    } catch {
      real = file;
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/**
 * `dir` with symbolic links resolved, each folder above it looked at once per run (`known`):
 * realpathSync looks at every folder above each file again, and a chain of 1,000 nested folders
 * with a dossier in each took a minute.
 */
function realFolder(dir: string, known: Map<string, string>): string {
  const below: string[] = [];
  let real: string | undefined;
  for (let d = dir; real === undefined; ) {
    real = known.get(d);
    if (real !== undefined) break;
    const parent = path.dirname(d);
    if (parent === d) real = d;
    else if (fs.lstatSync(d).isSymbolicLink()) real = fs.realpathSync(d);
    else {
      below.push(d);
      d = parent;
      continue;
    }
    known.set(d, real);
  }
  for (let k = below.length - 1; k >= 0; k--) {
    real = path.join(real, path.basename(below[k]));
    known.set(below[k], real);
  }
  return real;
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Why a symbolic link that stat cannot follow leads nowhere. */
function brokenLink(p: string): string {
  try {
    fs.statSync(p);
    return 'cannot be read';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'is a symbolic link to a file or folder that does not exist' : describeReadError(e);
  }
}

/**
 * Whether a path a glob matched is linted: a file (or a link to one), as before; and a folder, a
 * named pipe, a socket or a device named `*.dossier.md`, so that the lint names it as a file it
 * cannot read (a pipe is never opened) instead of passing over a dossier in silence. Other folders
 * and special files are no files to lint.
 */
function globbed(p: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return false; // a link to nothing: not a file the glob found
  }
  return stat.isFile() || isDossierName(p);
}

/**
 * The glob's walker lists only files, folders and links: a named pipe, a socket or a device is
 * passed over. One named `*.dossier.md` is listed as a file, so that the glob matches it (and
 * `globbed` keeps it) and the lint says it cannot be read.
 */
const specialDossiersAsFiles = ((folder: fs.PathLike): fs.Dirent[] => {
  const entries = fs.readdirSync(folder, { withFileTypes: true });
  for (const e of entries) {
    if ((e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice()) && isDossierName(e.name)) e.isFile = () => true;
  }
  return entries;
}) as unknown as typeof fs.readdirSync;

/** The folder a glob starts from: the part before its first pattern character. */
function globBase(arg: string, cwd: string): string {
  const parts = toPattern(arg).split('/');
  const fixed = parts.findIndex((p) => /[*?[\]{}()!+@]/.test(p));
  return path.resolve(cwd, parts.slice(0, fixed < 0 ? parts.length - 1 : fixed).join('/') || '.');
}

/**
 * The glob's walker resolves symbolic links with this: a link to a folder outside `base` is
 * answered as missing, so the walk does not go there. A link `root -> /` in a cloned repository
 * made `lint "**" + "/*.md"` walk the whole file system (20 s here) and lint, with their own
 * configurations, dossiers the user never pointed at. Links to files, and to folders inside, are
 * followed as before (the folder search does not follow links to folders at all).
 */
function linksInside(base: string): typeof fs.realpathSync {
  let realBase: string;
  try {
    realBase = fs.realpathSync(base);
  } catch {
    realBase = base;
  }
  const resolve = (p: fs.PathLike): string => {
    const real = fs.realpathSync(p);
    const rel = path.relative(realBase, real);
    const inside = rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
    if (!inside && fs.statSync(real).isDirectory()) throw Object.assign(new Error(`${String(p)} leads outside ${base}`), { code: 'ENOENT' });
    return real;
  };
  // The walker calls it with a path only and uses the string it returns (not the Buffer overloads).
  return Object.assign(resolve, { native: resolve }) as unknown as typeof fs.realpathSync;
}

/** Globs use forward slashes; on Windows a user may type backslashes. */
function toPattern(arg: string): string {
  return path.sep === '\\' ? arg.replace(/\\/g, '/') : arg;
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dossiers under `dir`, recursively, in sorted order. Symbolic links to folders are not followed. */
export function searchFolder(dir: string, onUnreadable?: (folder: string, error: unknown) => void): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e) {
      onUnreadable?.(d, e); // dossiers in it cannot be found: the caller says so
      return;
    }
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) walk(full);
      } else if (/\.(md|markdown)$/i.test(e.name) && (e.isFile() || (e.isSymbolicLink() && isFileTarget(full))) && isDossierFile(full)) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

function isFileTarget(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A dossier by name (`*.dossier.md`) or by a `cpt_dossier` key in the frontmatter's first bytes. */
export function isDossierFile(file: string): boolean {
  if (isDossierName(file)) return true;
  try {
    return looksLikeDossier(readFileBounded(file, SNIFF_BYTES).bytes.toString('utf8'));
  } catch {
    return false; // not a regular file, or unreadable: not a dossier to look for
  }
}

/** Whether the start of a Markdown text has frontmatter with a `cpt_dossier` key (as the engine decides). */
export function looksLikeDossier(head: string): boolean {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const fm = splitFrontmatter(text);
  if (fm.kind === 'none') return false;
  return DOSSIER_KEY.test(text.slice(fm.yamlStart, fm.yamlEnd));
}

/** Keys of the format at the margin of a frontmatter (a class of Appendix S, not any `classification`): a writer who wrote them meant a dossier. */
const FORMAT_KEY = /^(?:cpt[-_ ]?dossier[ \t]*:|(?:target_category|ama_deadline|autonomy_level)[ \t]*:|classification[ \t]*:[ \t]*['"]?(?:assistive|augmentative|autonomous)\b)/im;

/**
 * A Markdown file that is no dossier but was surely meant as one: `dossier` in its name, or
 * frontmatter with a key of the format (`classification`, a misspelt `cpt-dossier`). The CLI says
 * so when such a file is named, instead of passing it over in silence.
 */
export function meantAsDossier(file: string): boolean {
  if (isDossierFile(file)) return false;
  if (/dossier/i.test(path.basename(file))) return true;
  try {
    const head = readFileBounded(file, SNIFF_BYTES).bytes.toString('utf8');
    const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    const fm = splitFrontmatter(text);
    return fm.kind !== 'none' && FORMAT_KEY.test(text.slice(fm.yamlStart, fm.yamlEnd));
  } catch {
    return false;
  }
}
