// The one loader of configuration files (`.cpt-dossier.json`, `.cpt-dossier.yaml`, the presets
// they `extends` and the society policy files they name), shared by the CLI and the extension.
// It never touches a file system itself: it asks its host for each file it needs, so the CLI
// reads through Node's bounded reader and the extension through vscode.workspace.fs (virtual
// workspaces). The loading steps are a generator, driven synchronously (CLI, local files in the
// editor) or asynchronously (vscode.workspace.fs): one set of rules, two ways of waiting.
// Data only: JSON with comments, or YAML; nothing in these files is executed.
// jsonc-parser's "main" is a UMD build whose dynamic requires a bundler cannot follow: its ES build.
import { createScanner, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { parseDocument } from 'yaml';
import { applyConfigFileTo, brief, defaultConfig, type IgnoreGlobs, type ResolvedConfig } from './config';
import { RULE_IDS } from './rules';
import { explainYamlError } from './parse/yamlErrors';
import { findDeepNesting, MAX_YAML_NESTING, nearest } from './parse/yamlFacts';
import { compileGlob, GlobSet } from './globSet';

/** The names a configuration file may have, in the order they are looked for in one folder. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.cpt-dossier.json', '.cpt-dossier.yaml', '.cpt-dossier.yml'];

/**
 * The warning when one folder holds several configuration files: only the first of
 * CONFIG_FILE_NAMES is read, and the others would otherwise be ignored without a word.
 */
export function shadowedConfigWarning(used: string, ignored: readonly string[]): string {
  const names = ignored.length === 1 ? ignored[0] : `${ignored.slice(0, -1).join(', ')} and ${ignored[ignored.length - 1]}`;
  return `several configuration files in one folder: ${used} is read, ${names} ${ignored.length === 1 ? 'is' : 'are'} ignored (only the first of ${CONFIG_FILE_NAMES.join(', ')} is read); merge them into one`;
}

/** The keys of a configuration file (schemas/cpt-dossier.schema.json). */
export const CONFIG_KEYS: readonly string[] = ['$schema', 'rules', 'policies', 'maxFileSize', 'root', 'extends', 'ignores'];
/** Presets extending presets deeper than this are refused: an organisation needs two or three, and
 * each level is a nested generator (4,000 overflowed the stack: an internal error). */
export const MAX_EXTENDS_DEPTH = 32;
/** A configuration or policy file is a few lines; anything larger is refused unread. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** What the loader asks its host for: the text of a file, or why there is none. */
export interface ReadRequest {
  file: string;
  kind: 'config' | 'extends' | 'policy';
}
export type ReadReply = { text: string } | { error: string } | { outside: true };

/** How the host names files: paths for the CLI, URI strings for a virtual workspace. */
export interface ConfigPaths {
  /** The file `relative` names, seen from the folder holding `fromFile`. */
  resolve(fromFile: string, relative: string): string;
  /** The folder holding `file`, written so that `folder + '/' + relative path` names files in it. */
  folderOf(file: string): string;
}

export interface SyncConfigHost extends ConfigPaths {
  read(request: ReadRequest): ReadReply;
}
export interface AsyncConfigHost extends ConfigPaths {
  read(request: ReadRequest): Promise<ReadReply>;
}

type Steps = Generator<ReadRequest, ResolvedConfig, ReadReply>;

/** Loads a configuration file (and what it extends and names) on top of the defaults. */
export function loadConfigSync(file: string, host: SyncConfigHost): ResolvedConfig {
  const steps = loadInto(defaultConfig(), file, 'config', host, [], newLoadState());
  let next = steps.next();
  while (!next.done) next = steps.next(host.read(next.value));
  return next.value;
}

export async function loadConfigAsync(file: string, host: AsyncConfigHost): Promise<ResolvedConfig> {
  const steps = loadInto(defaultConfig(), file, 'config', host, [], newLoadState());
  let next = steps.next();
  while (!next.done) next = steps.next(await host.read(next.value));
  return next.value;
}

/** What one load remembers across the files it reads. */
interface LoadState {
  /** Every preset already loaded in this load. */
  applied: Set<string>;
  /** Every policy file already read in this load, by path, as read and parsed. */
  policies: Map<string, PolicyRead>;
}

type PolicyRead = { outside: true } | { error: string } | ConfigParse;

function newLoadState(): LoadState {
  return { applied: new Set(), policies: new Map() };
}

/**
 * `chain`: the files extending this one, nearest last (a cycle). `state.applied`: a preset reached
 * again (two presets extending one base) is applied once, at its first place: its settings are in
 * already, and a diamond of presets n deep would otherwise be loaded 2^n times (15 files of a few
 * bytes froze the CLI and the editor for 69 s). `state.policies`: a policy file named again is read
 * and parsed once per load (a 1 MB configuration naming one 2 KB policy 70,000 times took 27 s).
 */
function* loadInto(base: ResolvedConfig, file: string, kind: 'config' | 'extends', paths: ConfigPaths, chain: readonly string[], state: LoadState): Steps {
  // `base` belongs to this load (a fresh default, or what the files before made of it): added to in
  // place, as copying it per file made 20,000 presets take seconds.
  const fail = (problem: string): ResolvedConfig => {
    base.origin.push(file);
    base.problems.push(problem);
    return base;
  };
  const reply = yield { file, kind };
  if ('error' in reply) return fail(`${brief(file)}: cannot be read (${reply.error})`);
  if ('outside' in reply) return fail(`${brief(file)}: is outside the workspace folder; in Restricted Mode only configuration files inside it are read`);
  const parsed = parseConfigText(reply.text, file);
  if (!parsed.ok) return fail(`${file}:${parsed.line}:${parsed.column}: not valid ${parsed.language} (${parsed.message})`);
  const json = parsed.value;
  const problems: string[] = [];
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  const own = (key: string): unknown => (isObject && Object.hasOwn(json, key) ? (json as Record<string, unknown>)[key] : undefined);

  // `extends`: the presets first, in the order listed; this file's own settings on top.
  let out = base;
  const extendsValue = own('extends');
  const presets = typeof extendsValue === 'string' ? [extendsValue] : Array.isArray(extendsValue) ? extendsValue : [];
  if (extendsValue !== undefined && typeof extendsValue !== 'string' && !Array.isArray(extendsValue)) problems.push(`${file}: "extends" must be the path of a configuration file (relative to this one) or a list of them`);
  for (const [i, p] of presets.entries()) {
    const at = Array.isArray(extendsValue) ? `extends[${i}]` : 'extends';
    if (typeof p !== 'string' || !p.trim()) {
      problems.push(`${file}: ${at} must be the path of a configuration file (relative to this one)`);
      continue;
    }
    if (!/\.(json|ya?ml)$/i.test(p) || /^[a-z][a-z0-9+.-]*:/i.test(p)) {
      problems.push(`${file}: ${at} "${brief(p)}" must be a relative path to a .json or .yaml file (presets are data, never code or URLs)`);
      continue;
    }
    const target = paths.resolve(file, slashes(p));
    const cycle = [...chain, file];
    if (cycle.includes(target)) {
      problems.push(`${file}: ${at} "${brief(p)}" makes a cycle: ${[...cycle.slice(cycle.indexOf(target)), target].map(brief).join(' → ')}`);
      continue;
    }
    if (cycle.length > MAX_EXTENDS_DEPTH) {
      problems.push(`${file}: ${at} "${brief(p)}" is one preset too many: presets extend each other more than ${MAX_EXTENDS_DEPTH} deep (${cycle[0]} → … → ${file})`);
      continue;
    }
    if (state.applied.has(target)) continue;
    state.applied.add(target);
    out = yield* loadInto(out, target, 'extends', paths, cycle, state);
  }

  const policyFiles: { path: string; json: unknown }[] = [];
  const policies = own('policies');
  if (Array.isArray(policies)) {
    const resolved = policies.map((p) => (typeof p === 'string' && p.trim() && /\.json$/i.test(p) ? paths.resolve(file, slashes(p)) : undefined));
    // A file named twice in the list counts at its last place (later policies win over earlier ones).
    const last = new Map<string, number>();
    resolved.forEach((policyPath, i) => policyPath !== undefined && last.set(policyPath, i));
    for (const [i, p] of policies.entries()) {
      if (typeof p !== 'string' || !p.trim()) {
        problems.push(`${file}: policies[${i}] must be the path of a policy file (relative to the configuration file)`);
        continue;
      }
      if (!/\.json$/i.test(p)) {
        problems.push(`${file}: policies[${i}] "${brief(p)}" must be a .json file (policies are data, never code)`);
        continue;
      }
      const policyPath = resolved[i]!;
      if (last.get(policyPath) !== i) continue;
      let read = state.policies.get(policyPath);
      if (!read) {
        const r = yield { file: policyPath, kind: 'policy' };
        read = 'text' in r ? parseConfigText(r.text, policyPath) : r;
        state.policies.set(policyPath, read);
      }
      if ('outside' in read) problems.push(`${file}: policies[${i}] "${brief(p)}" is outside the workspace folder; in Restricted Mode only policy files inside it are read`);
      else if ('error' in read) problems.push(`${brief(policyPath)}: cannot be read (${read.error}); it is listed in "policies" of ${file}`);
      else if (!read.ok) problems.push(`${policyPath}:${read.line}:${read.column}: not valid ${read.language} (${read.message})`);
      else policyFiles.push({ path: policyPath, json: read.value });
    }
  } else if (policies !== undefined) problems.push(`${file}: "policies" must be a list of paths of policy files`);

  out = applyConfigFileTo(out, json === null && /\.ya?ml$/i.test(file) ? {} : json, file, policyFiles, RULE_IDS, nearest);

  const ignores = own('ignores');
  if (Array.isArray(ignores)) {
    const patterns: string[] = [];
    const compiled: RegExp[] = [];
    ignores.forEach((written, i) => {
      // A glob is quoted whole in a message up to 100 characters (one of 70,000 would fill the terminal).
      const shown = typeof written === 'string' && written.length > 100 ? `${written.slice(0, 100)}…` : written;
      // `docs\archive`, as Windows writes paths: a backslash is a folder separator here, never an
      // escape (the matcher read it as one, so such a glob silently ignored nothing).
      const g = typeof written === 'string' ? slashes(written) : written;
      if (typeof g !== 'string' || !g.trim()) problems.push(`${file}: ignores[${i}] must be a glob such as "archive/**" (relative to the configuration file)`);
      else if (g.startsWith('/') || /(^|[\\/])\.\.([\\/]|$)/.test(g) || /^[a-z]:/i.test(g)) problems.push(`${file}: ignores[${i}] "${shown}" must be relative to the configuration file's folder, inside it`);
      else if (slowGlob(g)) problems.push(`${file}: ignores[${i}] "${shown}" ${slowGlob(g)}`);
      else {
        const pattern = withoutTrailingSlashes(g.replace(/^\.\//, ''));
        // Compiled once here, and kept for the matcher (ignoredBy).
        const re = pattern === '' ? undefined : compileGlob(pattern);
        if (re === undefined) problems.push(`${file}: ignores[${i}] "${shown}" names the configuration file's own folder, which would ignore every dossier under it; write "**" for that`);
        else if (!(re instanceof RegExp)) problems.push(`${file}: ignores[${i}] "${shown}" cannot be read as a glob (${re.error})`);
        else {
          patterns.push(pattern);
          compiled.push(re);
        }
      }
    });
    if (patterns.length) {
      const entry: IgnoreGlobs = { folder: paths.folderOf(file), patterns, origin: file };
      compiledGlobs.set(entry, compiled);
      out.ignores = [...out.ignores, entry];
    }
  } else if (ignores !== undefined) problems.push(`${file}: "ignores" must be a list of globs such as ["archive/**"]`);

  if (isObject) {
    let unknownKeys = 0;
    for (const key of Object.keys(json)) {
      if (!CONFIG_KEYS.includes(key)) {
        const meant = unknownKeys++ < 50 && key.length <= 64 ? nearest(key, CONFIG_KEYS) : undefined;
        problems.push(`${file}: "${brief(key)}" is not a CPT Dossier setting (${meant ? `did you mean "${meant}"?` : `known: ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')}`})`);
      }
    }
  }
  // (One at a time: push(...list) overflows the stack with 200,000 problems, e.g. as many bad globs.)
  for (const problem of problems) out.problems.push(problem);
  return out;
}

export type ConfigParse = { ok: true; value: unknown } | { ok: false; language: 'JSON' | 'YAML'; message: string; line: number; column: number };

/**
 * Parses a configuration or policy file: YAML for `.yaml`/`.yml`, else JSON with comments and
 * trailing commas (as VS Code reads its own settings). Errors carry a 1-based line and column.
 */
export function parseConfigText(input: string, fileName: string): ConfigParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const yaml = /\.ya?ml$/i.test(fileName);
  // Both parsers recurse once per level: 500,000 `[` in a 1 MB file overflowed the stack (an
  // internal error with a stack trace in the CLI; 1.2 s and 400 MB in YAML). A configuration nests
  // three or four levels.
  const deep = yaml ? findDeepNesting(text) : findDeepJson(text);
  if (deep !== undefined) {
    const { line, column } = lineColumn(text, deep);
    return { ok: false, language: yaml ? 'YAML' : 'JSON', message: `it nests lists or mappings more than ${MAX_YAML_NESTING} levels deep here, far deeper than a configuration needs`, line, column };
  }
  if (yaml) {
    // `<<` merge keys, as other tools reading YAML configuration allow (aliases stay bounded below).
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, merge: true });
    const error = doc.errors[0];
    if (error) {
      const { line, column } = lineColumn(text, error.pos[0]);
      return { ok: false, language: 'YAML', message: explainYamlError(error.code, error.message, text, error.pos[0]), line, column };
    }
    try {
      return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
    } catch (e) {
      return { ok: false, language: 'YAML', message: e instanceof Error ? e.message : String(e), line: 1, column: 1 };
    }
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !tree) {
    const { line, column } = lineColumn(text, first?.offset ?? text.length);
    return { ok: false, language: 'JSON', message: first ? (JSONC_ERRORS[first.error] ?? 'not valid JSON') : 'expected a value', line, column };
  }
  // A key written twice (two "rules" blocks after a merge): the parser keeps the last and drops the
  // first without a word, where a YAML file with the same keys is refused.
  const twice = firstDuplicateKey(tree);
  if (twice) {
    const { line, column } = lineColumn(text, twice.offset);
    return { ok: false, language: 'JSON', message: `the key ${JSON.stringify(brief(twice.key))} is written twice in the same object, and only the last would be read: keep one`, line, column };
  }
  return { ok: true, value: valueOf(tree) };
}

/** The first key (in the text) written a second time in the same object, with where that second one starts. */
function firstDuplicateKey(node: JsonNode): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  const walk = (n: JsonNode): void => {
    if (n.type === 'object') {
      const seen = new Set<string>();
      for (const property of n.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        if (seen.has(name) && (found === undefined || key.offset < found.offset)) found = { key: name, offset: key.offset };
        seen.add(name);
      }
    }
    for (const child of n.children ?? []) walk(child);
  };
  walk(node);
  return found;
}

/** The offset of the first `[` or `{` nested more than MAX_YAML_NESTING deep, or undefined (one pass of jsonc-parser's scanner, which loops: strings and comments are skipped as they should). */
function findDeepJson(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  // SyntaxKind (a const enum upstream): 1 `{`, 2 `}`, 3 `[`, 4 `]`, 17 the end.
  for (let token = scanner.scan(); token !== 17; token = scanner.scan()) {
    if (token === 1 || token === 3) {
      if (++depth > MAX_YAML_NESTING) return scanner.getTokenOffset();
    } else if ((token === 2 || token === 4) && depth > 0) depth--;
  }
  return undefined;
}

/** A parsed JSON value; every key becomes an own property, `__proto__` too (as JSON.parse does). */
function valueOf(node: JsonNode): unknown {
  if (node.type === 'array') return (node.children ?? []).map(valueOf);
  if (node.type !== 'object') return node.value;
  const out: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) Object.defineProperty(out, String(key.value), { value: valueOf(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// jsonc-parser's ParseErrorCode values (a const enum upstream), in words.
const JSONC_ERRORS: Record<number, string> = {
  1: 'unexpected character',
  2: 'not a valid number',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: "expected ':' after the property name",
  6: "expected ',' between entries",
  7: "expected '}' to close the object",
  8: "expected ']' to close the list",
  9: 'expected the end of the file',
  10: 'not a valid comment',
  11: 'a comment is not closed',
  12: 'a string is not closed',
  13: 'a number is not finished',
  14: 'not a valid \\u escape',
  15: 'not a valid escape character',
  16: 'a control character inside a string',
};

/** 1-based line and column (UTF-16 units) of an offset; \n, \r\n and \r end lines. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/**
 * Why the glob matcher (picomatch, which compiles a glob to a regular expression) could take
 * minutes on a long file name, or undefined. `(a+)+b` is passed on as a regular expression and
 * backtracks exponentially; each `*` in one part between slashes multiplies the work by the name's
 * length (4 of them on a 200-character name: 1.6 s per file; 5: over 10 s). A configuration from a
 * cloned repository must not freeze the editor or CI, so such globs are refused with this reason (the
 * CLI refuses such a glob argument too: extglobs such as `+(a|b)` among them).
 */
export function slowGlob(glob: string): string | undefined {
  if (/[()|]/.test(glob)) return 'holds ( ) or |, which the matcher reads as a regular expression (slow, and never what a folder name means); write ? for such a character';
  if (hasSlowStars(glob)) return SLOW_STARS;
  return undefined;
}

/**
 * A path written in a configuration, with Windows backslashes as `/`: `policies\\hrs.json` names the
 * same file on every system (on Linux and macOS a backslash is a character of a name, so CI failed
 * to find a file the Windows editor found).
 */
function slashes(p: string): string {
  return p.replace(/\\/g, '/');
}

export const SLOW_STARS = 'has more than three * between two slashes, which makes matching slow on long file names; use at most three';

/** More than three `*` in one part between slashes (see slowGlob). */
export function hasSlowStars(glob: string): boolean {
  return glob.split('/').some((part) => part !== '**' && (part.match(/\*/g)?.length ?? 0) > 3);
}

/** `glob` without the slashes that end it (a loop: `/\/+$/` is quadratic on a long run of slashes). */
function withoutTrailingSlashes(glob: string): string {
  let end = glob.length;
  while (end > 0 && glob.charCodeAt(end - 1) === 47) end--;
  return glob.slice(0, end);
}

/** The expressions the loader compiled for an entry's patterns (in their order). */
const compiledGlobs = new WeakMap<IgnoreGlobs, RegExp[]>();

const matchers = new WeakMap<IgnoreGlobs, (path: string) => boolean>();

/**
 * The `ignores` entry that excludes `file` (named as the host names files: a path with `/`
 * separators, or a URI string), or undefined. A pattern matches the file or any folder above it
 * within the configuration file's folder, so `archive` and `archive/**` both ignore archive/a.md.
 */
export function ignoredBy(config: ResolvedConfig, file: string): IgnoreGlobs | undefined {
  for (const entry of config.ignores) {
    const prefix = entry.folder.endsWith('/') ? entry.folder : `${entry.folder}/`;
    if (!file.startsWith(prefix)) continue;
    const rel = file.slice(prefix.length);
    let match = matchers.get(entry);
    if (!match) {
      // Built once per entry (the resolved configuration is cached, and keeps its entries).
      const res = compiledGlobs.get(entry);
      const set = new GlobSet(entry.patterns.flatMap((p, k): [string, RegExp][] => {
        const re = res?.[k] ?? compileGlob(p);
        return re instanceof RegExp ? [[p, re]] : [];
      }));
      compiledGlobs.delete(entry);
      match = (p) => set.matches(p);
      matchers.set(entry, match);
    }
    const parts = rel.split('/');
    for (let i = parts.length; i > 0; i--) if (match(parts.slice(0, i).join('/'))) return entry;
  }
  return undefined;
}
