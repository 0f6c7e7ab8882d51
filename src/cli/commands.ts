// The commands of `cpt-dossier`: a thin adapter over the engine (README.md, "Command
// line (CI)"). Exit 0: no finding of severity error; 1: at least one; 2: the command failed.
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pkg from '../../package.json';
import { assessText } from '../core/assess';
import { DEFAULT_MAX_BYTES, type ResolvedConfig } from '../core/config';
import { FIRST_YEAR, LAST_YEAR, todayIso } from '../core/dates';
import { isIsoDate, nearest } from '../core/parse/yamlFacts';
import { withThousands } from '../core/numbers';
import { DOCS_BASE_URL } from '../core/sources';
import { renderJson } from '../core/report/json';
import { renderGithub } from '../core/report/github';
import { renderJunit } from '../core/report/junit';
import type { FileFindings } from '../core/report/results';
import { renderSarif, pathToUriReference } from '../core/report/sarif';
import { formatTextFile, formatTextSummary, safeTerminalText } from '../core/report/text';
import { renderAssessmentMarkdown } from '../core/report/markdown';
import { renderAssessmentHtml } from '../core/report/html';
import { expandPaths, looksLikeDossier, meantAsDossier } from '../node/findFiles';
import { ConfigResolver, configFilesBeside, ignoredFile, shadowedConfigWarning } from '../node/loadConfig';
import { describeReadError, readText } from './lintFile';
import { DossierLinter } from '../core/engine';
import { isDossierName } from '../core/dossier';
import { applyFixes } from '../core/fix';
import { readFileBounded } from '../node/readFile';
import { dossierReadLimit, formatBytes } from '../core/readLimits';
import { lintAll, type Job } from './pool';
import type { LintOutcome } from './lintFile';

const VERSION: string = (pkg as { version: string }).version;

export const HELP = `Usage: cpt-dossier <command> [options]

Checks CPT code applications for AI-enabled medical services, written as Markdown
dossiers with YAML frontmatter.

Commands:
  lint [options] PATH...   Lint dossiers (files, folders or globs)
  assess [options] FILE    Print the readiness assessment of one dossier

Options:
  -h, --help               Show help (cpt-dossier <command> --help for a command)
  --version                Show the version

Exit status: 0 no finding of severity error, 1 at least one (or, with lint
--max-warnings N, more than N warnings), 2 the command failed.
Rules: ${DOCS_BASE_URL}README.md
`;

export const LINT_HELP = `Usage: cpt-dossier lint [options] PATH...

Lints dossiers. PATH is a file, a folder or a glob (quote it: "docs/**/*.md").
Folders are searched recursively for *.dossier.md files and Markdown files whose
frontmatter has a cpt_dossier key; node_modules, .git and hidden folders are skipped.
A Markdown file that is not a dossier gets no findings, even when named.

Options:
  --format FORMAT           text (default), json, sarif, github (workflow
                            commands: annotations in a GitHub Actions run) or
                            junit (JUnit XML for CI test reports)
  --today YYYY-MM-DD        The date that date rules compare against (default: today)
  --config FILE             Use this configuration file instead of the nearest
                            .cpt-dossier.json (or .yaml) above each file
  --max-file-size CHARS     Check only the frontmatter of files longer than CHARS
                            characters (default: ${DEFAULT_MAX_BYTES})
  --jobs N                  Lint on N threads (default and most: the number of
                            CPUs; 1: no threads)
  --fix                     Apply the safe fixes (a misspelt enum value, a date
                            written another way, a lower-case code) to the files
                            linted (never through a symbolic link), report each
                            on stderr, then lint them again
  --report-unused-disable-directives
                            Report disable comments (and rule ids in them) that
                            suppressed nothing, as errors
  --quiet                   List errors only, in every format (the text summary
                            still counts the warnings and info left out)
  --max-warnings N          Exit 1 when there are more than N warnings (0: any
                            warning fails), counted with --quiet too
  -h, --help                Show this help

Output has no colours, on a terminal or a pipe; findings go to stdout, messages
(prefixed cpt-dossier:) to stderr.

Exit status: 0 no finding of severity error, 1 at least one (or more warnings
than --max-warnings), 2 the command failed (bad arguments, no files matched,
unreadable file, invalid configuration, a file --fix could not write). When the
output is closed early (| head), linting stops: 1 if an error was found, else 0.
`;

export const ASSESS_HELP = `Usage: cpt-dossier assess [options] FILE

Prints the readiness assessment of one dossier: verdict, classification with the
phrases that support it, prerequisites, society stance, timeline and findings.

Options:
  --format markdown|json|html  Output format (default: markdown)
  --today YYYY-MM-DD           The date that date rules compare against (default: today)
  --config FILE                Use this configuration file instead of the nearest
                               .cpt-dossier.json (or .yaml) above the file
  -h, --help                   Show this help

Exit status: 0 no finding of severity error, 1 at least one, 2 the command failed.
`;

/** A failure of the command itself: one line per problem on stderr, exit status 2. */
class CommandError extends Error {
  readonly lines: readonly string[];
  constructor(lines: string | readonly string[]) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.lines = all;
  }
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  /** Whether stdout was closed by its reader (`| head -1`): stop working then. */
  outClosed?(): boolean;
  /** Set when writing stdout failed for another reason (a full disk): the command failed. */
  outError?(): string | undefined;
}

let stdoutClosed = false;
let stdoutError: string | undefined;

/** The process's working folder, or '' when it was deleted under the shell (`process.cwd()` throws ENOENT then). */
function workingFolder(): string {
  try {
    return process.cwd();
  } catch {
    return '';
  }
}

const processIo: Io = {
  out: (s) => void (stdoutClosed || process.stdout.write(s)),
  err: (s) => void process.stderr.write(s),
  cwd: workingFolder(),
  outClosed: () => stdoutClosed,
  outError: () => stdoutError,
};

/**
 * Watches the process's stdout: a reader that closes the pipe (EPIPE) ends the run early with the
 * exit status the findings so far call for; any other write error fails the command.
 */
export function watchStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (!stdoutClosed && e.code !== 'EPIPE') stdoutError = e.message;
    stdoutClosed = true;
  });
  process.stderr.on('error', () => undefined); // nowhere left to report it
}

/**
 * Everything the command prints goes through here: control characters (ESC, BEL, C1…) and
 * bidirectional overrides in file names, config keys, rule ids and messages are shown as \u
 * escapes, so that no text from a file can drive the terminal. Line ends are kept.
 */
function print(io: Io, text: string): void {
  io.out(text.split('\n').map(safeTerminalText).join('\n'));
}

/** One message line on stderr, escaped as a whole (a line end inside it is shown as \u000a). */
function say(io: Io, line: string): void {
  io.err(`cpt-dossier: ${safeTerminalText(line)}\n`);
}

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch([...argv], io);
  } catch (e) {
    if (e instanceof CommandError) {
      for (const line of e.lines) say(io, line);
      return 2;
    }
    const lines = (e instanceof Error ? (e.stack ?? e.message) : String(e)).split('\n');
    say(io, `internal error: ${lines[0]}`);
    for (const line of lines.slice(1)) io.err(`${safeTerminalText(line)}\n`);
    return 2;
  }
}

/** Whether one of `flags` is among the options (not after `--`). */
function hasFlag(args: readonly string[], ...flags: string[]): boolean {
  const end = args.indexOf('--');
  const before = end < 0 ? args : args.slice(0, end);
  return flags.some((f) => before.includes(f));
}

async function dispatch(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) throw new CommandError('missing command: lint or assess (see cpt-dossier --help)');
  if (command === '--help' || command === '-h') return (print(io, HELP), 0);
  if (command === '--version' || command === '-v') return (print(io, `${VERSION}\n`), 0);
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) return (print(io, HELP), 0);
    if (topic === 'lint') return (print(io, LINT_HELP), 0);
    if (topic === 'assess') return (print(io, ASSESS_HELP), 0);
    throw new CommandError(`unknown command '${topic}' (commands: lint, assess)`);
  }
  if (command === 'lint' || command === 'assess') {
    if (hasFlag(rest, '--help', '-h')) return (print(io, command === 'lint' ? LINT_HELP : ASSESS_HELP), 0);
    if (hasFlag(rest, '--version')) return (print(io, `${VERSION}\n`), 0);
    // (A shell left in a folder that was deleted: relative paths mean nothing, so say so rather than fail on the first one.)
    if (!io.cwd) throw new CommandError('the current folder no longer exists (was it deleted?); cd to an existing folder and run again');
    return command === 'lint' ? lint(rest, io) : assess(rest, io);
  }
  if (command.startsWith('-')) throw new CommandError(`unknown option '${command}' before the command (see cpt-dossier --help)`);
  // `Lint`, `lnit`, `asess`: the command meant, when one is near.
  const meant = command.length <= 64 ? nearest(command, ['lint', 'assess']) : undefined;
  throw new CommandError(`unknown command '${command}'${meant ? `: did you mean ${meant}?` : ''} (commands: lint, assess; see cpt-dossier --help)`);
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(command: string, args: string[], options: OptionSpec): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    // `--jobs -1`: the parser takes a negative number for an option and says the value is missing;
    // passed as `--jobs=-1`, it reaches the option's own check, which says what is wrong with it.
    const joined: string[] = [];
    for (let i = 0, options_ = true; i < args.length; i++) {
      const a = args[i];
      if (a === '--') options_ = false;
      if (options_ && a.startsWith('--') && options[a.slice(2)]?.type === 'string' && /^-\d/.test(args[i + 1] ?? '')) joined.push(`${a}=${args[++i]}`);
      else joined.push(a);
    }
    const { values, positionals } = parseArgs({ args: joined, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const name = /'(-[^' ]*)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = name?.replace(/=.*/, '');
      const word = flag?.startsWith('--') && flag.length <= 64 ? flag.slice(2) : undefined;
      const started = word ? Object.keys(options).filter((o) => o.startsWith(word)) : [];
      // `--report-unused`: the one option it begins; `--f` begins two, so no guess.
      const meant = word ? (started.length === 1 ? started[0] : started.length === 0 ? nearest(word, Object.keys(options)) : undefined) : undefined;
      throw new CommandError(`unknown option '${name ?? message}' for ${command}${meant ? `: did you mean --${meant}?` : ''} (see cpt-dossier ${command} --help)`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // `--fix=yes`: the parser's complaint is about a value given, not one missing.
      const flag = name?.replace(/=.*/, '');
      if (flag?.startsWith('--') && options[flag.slice(2)]?.type === 'boolean') throw new CommandError(`option '${flag}' takes no value (see cpt-dossier ${command} --help)`);
      throw new CommandError(`option '${name ?? '?'}' needs a value (see cpt-dossier ${command} --help)`);
    }
    throw new CommandError(`${message} (see cpt-dossier ${command} --help)`);
  }
}

function checkFormat(value: string | boolean | undefined, allowed: readonly string[], fallback: string): string {
  if (value === undefined) return fallback;
  // `JSON`, `Markdown`: a format name in other letters is that format.
  const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
  if (lower !== undefined && allowed.includes(lower)) return lower;
  // `sarf`: the format meant, when one is near.
  const meant = typeof value === 'string' && value.length <= 64 ? (nearest(value, allowed) ?? (value.toLowerCase() === 'md' && allowed.includes('markdown') ? 'markdown' : undefined)) : undefined;
  throw new CommandError(`--format must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not '${String(value)}'${meant ? `: did you mean ${meant}?` : ''}`);
}

function checkToday(value: string | boolean | undefined): string {
  if (value === undefined) return todayIso();
  const v = String(value);
  if (!isIsoDate(v)) {
    // (A well-formed date outside the years a dossier's dates may name: say which years, not the format, is wrong.)
    const year = /^(\d{4})-\d{2}-\d{2}$/.exec(v)?.[1];
    if (year !== undefined && isIsoDate(`2000${v.slice(4)}`) && (+year < FIRST_YEAR || +year > LAST_YEAR)) throw new CommandError(`--today must be a date from the year ${FIRST_YEAR} to ${LAST_YEAR}, not '${v}'`);
    throw new CommandError(`--today must be a date written YYYY-MM-DD, such as 2026-11-23, not '${v}'`);
  }
  return v;
}

/**
 * An empty PATH (`lint ""`, a shell variable that was not set) resolves to the working folder:
 * every dossier under it would be read and linted, though none was named.
 */
function checkPaths(paths: readonly string[], label: string, wanted: string, cwd: string): void {
  const empty = paths.findIndex((p) => !p.trim());
  if (empty >= 0) throw new CommandError(`${label} ${paths.length > 1 ? `${empty + 1} ` : ''}is empty ('${paths[empty]}'): name ${wanted}`);
  // `-`, standard input to many tools (`cat a.md | cpt-dossier lint -`): said as such, not as a file
  // that does not exist. A file named `-` is still read.
  if (paths.includes('-') && !fs.existsSync(path.resolve(cwd, '-'))) throw new CommandError(`${label} '-' names standard input, which cpt-dossier does not read: name ${wanted} (a dossier's findings need its file name)`);
}

/** `--config ""` would name the working folder: said as the empty value it is. */
function checkConfig(value: string | boolean | undefined, cwd: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.trim()) throw new CommandError(`--config must name a configuration file, not '${value}'`);
  return path.resolve(cwd, value);
}

function checkCount(flag: string, value: string | boolean | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const v = String(value);
  if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) throw new CommandError(`${flag} must be a whole number of ${what}, 1 or more${tooLarge(v)}, not '${v}'`);
  return Number(v);
}

/** For a whole number past what is counted exactly (`99999999999999999999` was told it is no whole number): the most there is. */
function tooLarge(v: string): string {
  return /^\d+$/.test(v) && !Number.isSafeInteger(Number(v)) ? ` and at most ${withThousands(Number.MAX_SAFE_INTEGER)}` : '';
}

/**
 * The folders the user pointed at: the working folder and the folders named (a glob's folder part).
 * Outside a repository, `.cpt-dossier.json` is looked for no higher than these.
 */
export function pointedAtFolders(args: readonly string[], cwd: string): string[] {
  const out = [cwd];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let isDir: boolean;
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) out.push(abs);
    else {
      // A glob: the folders before its first pattern character; a file: its folder.
      const parts = arg.split(/[\\/]/);
      const fixed = parts.findIndex((p) => /[*?[\]{}()!]/.test(p));
      out.push(path.resolve(cwd, fixed < 0 ? path.dirname(arg) : parts.slice(0, fixed).join('/') || '.'));
    }
  }
  return out;
}

/** A configuration problem names its files as findings do: relative to the working folder when inside it. */
function relativeNames(problem: string, cwd: string): string {
  if (path.dirname(cwd) === cwd) return problem; // at the root, every path would lose its first slash
  return problem.split(cwd + path.sep).join('');
}

/** How a file is named in output: relative to the working folder when inside it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return rel && !outside ? rel : abs;
}

/** How a Markdown file becomes a dossier, in the editor's words. */
const NOT_A_DOSSIER_HINT = 'add `cpt_dossier: 1` to its frontmatter or name it *.dossier.md';

// ---------------------------------------------------------------------------------------------
// lint

async function lint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('lint', args, {
    format: { type: 'string' },
    today: { type: 'string' },
    config: { type: 'string' },
    'max-file-size': { type: 'string' },
    jobs: { type: 'string' },
    'report-unused-disable-directives': { type: 'boolean' },
    fix: { type: 'boolean' },
    quiet: { type: 'boolean' },
    'max-warnings': { type: 'string' },
  });
  const format = checkFormat(values.format, ['text', 'json', 'sarif', 'github', 'junit'], 'text');
  const reportUnused = values['report-unused-disable-directives'] === true;
  const today = checkToday(values.today);
  const maxFileSize = checkCount('--max-file-size', values['max-file-size'], 'characters');
  const quiet = values.quiet === true;
  const maxWarnings = checkMaxWarnings(values['max-warnings']);
  // What is listed: with --quiet, errors only (counted all the same).
  const listed = <T extends { severity: string }>(list: readonly T[]): T[] => (quiet ? list.filter((f) => f.severity === 'error') : [...list]);
  const cpus = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const jobsAsked = checkCount('--jobs', values.jobs, 'threads');
  // More threads than CPUs only adds memory (each thread holds its own engine) and start-up time.
  if (jobsAsked !== undefined && jobsAsked > cpus) say(io, `--jobs ${jobsAsked} is more than the ${cpus} CPU${cpus === 1 ? '' : 's'} of this machine; linting on ${cpus} thread${cpus === 1 ? '' : 's'}`);
  const jobs = Math.min(jobsAsked ?? cpus, cpus);
  if (positionals.length === 0) throw new CommandError('lint needs at least one PATH: a file, a folder or a glob (see cpt-dossier lint --help)');
  checkPaths(positionals, 'PATH', 'a file, a folder or a glob (. for the working folder)', io.cwd);
  const explicitConfig = checkConfig(values.config, io.cwd);

  const { files: found, errors, unsearched } = expandPaths(positionals, io.cwd);
  if (errors.length) throw new CommandError(errors);
  for (const u of unsearched) say(io, `cannot search ${displayPath(u.folder, io.cwd)}: ${u.reason}; dossiers in it are not linted`);
  if (found.length === 0) throw new CommandError(`no dossiers found in ${positionals.join(', ')} (folders are searched for *.dossier.md files and Markdown files with a cpt_dossier key)`);

  // Configurations: resolved before linting, so that an invalid one stops the command.
  const resolver = new ConfigResolver(explicitConfig, undefined, { pointedAt: pointedAtFolders(positionals, io.cwd) });
  const configIds = new Map<string, number>();
  const configs: ResolvedConfig[] = [];
  const problems = new Set<string>();
  const named = new Set(positionals.map((p) => path.resolve(io.cwd, p)));
  const jobList: Job[] = [];
  let ignoredFiles = 0;
  for (const file of found) {
    const { configPath, config: loaded } = resolver.configFor(file);
    const key = configPath ?? '';
    let id = configIds.get(key);
    if (id === undefined) {
      id = configs.length;
      configIds.set(key, id);
      for (const p of loaded.problems) problems.add(p);
      if (configPath !== undefined && explicitConfig === undefined) warnShadowed(io, configPath);
      configs.push(maxFileSize !== undefined ? { ...loaded, maxBytes: maxFileSize } : loaded);
    }
    const ignored = ignoredFile(configs[id], file);
    if (ignored) {
      ignoredFiles++;
      // Files found in a folder or by a glob are skipped quietly; a file named is worth a word.
      if (named.has(file)) say(io, `${displayPath(file, io.cwd)} is ignored by the "ignores" of ${displayPath(ignored.origin, io.cwd)}`);
      continue;
    }
    // A file named that is no dossier gets no findings; when it was plainly meant as one, a word.
    if (named.has(file) && meantAsDossier(file)) say(io, `${displayPath(file, io.cwd)} is not a CPT dossier, so it is not checked: ${NOT_A_DOSSIER_HINT}`);
    jobList.push({ task: { index: jobList.length, path: file, fileName: displayPath(file, io.cwd), today, ...(reportUnused ? { reportUnused } : {}) }, configId: id, config: configs[id] });
  }
  const files = jobList.map((j) => j.task.path);
  if (problems.size) throw new CommandError([...problems].map((p) => `invalid configuration: ${relativeNames(p, io.cwd)}`));
  const unwritten = values.fix === true ? fixFiles(jobList, io) : 0;

  // Lint; outcomes are put back in file order, and text is printed as soon as it is in order.
  const outcomes: (LintOutcome | undefined)[] = new Array(files.length);
  const PRINTED: LintOutcome = { index: -1, findings: [], internalErrors: [] };
  let flushed = 0;
  let readErrors = 0;
  let notDossiers = 0;
  let withFindings = 0;
  let linted = 0;
  let errorsSeen = 0; // errors among all outcomes received, printed or not yet
  let warningsSeen = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  const outClosed = (): boolean => io.outClosed?.() ?? false;
  const flush = (): void => {
    while (flushed < files.length && outcomes[flushed] && !outClosed()) {
      const o = outcomes[flushed]!;
      const name = jobList[flushed].task.fileName;
      if (o.readError !== undefined) {
        readErrors++;
        say(io, `cannot read ${name}: ${o.readError}`);
      }
      if (o.notDossier) notDossiers++;
      for (const m of o.internalErrors) say(io, `${name}: ${m}`);
      if (o.findings.length) withFindings++;
      for (const f of o.findings) counts[f.severity]++;
      if (format === 'text') {
        print(io, formatTextFile(name, listed(o.findings)));
        outcomes[flushed] = PRINTED; // printed: keep no findings in memory
      }
      flushed++;
    }
  };
  const trace = process.env.CPT_DOSSIER_TRACE ? (threads: number): void => say(io, `trace: ${files.length} files, ${threads ? `${threads} worker threads` : 'in-process'}`) : undefined;
  await lintAll(
    jobList,
    jobs,
    (o) => {
      outcomes[o.index] = o;
      linted++;
      for (const f of o.findings) {
        if (f.severity === 'error') errorsSeen++;
        else if (f.severity === 'warning') warningsSeen++;
      }
      flush();
    },
    trace,
    outClosed,
  );

  const writeError = io.outError?.();
  if (writeError !== undefined) throw new CommandError(`cannot write the output: ${writeError}`);
  if (outClosed()) {
    // The reader has what it wanted (`| head -1`): the rest is not linted. Exit 1 when an error
    // was found in what was linted, else 0, as for a run over those files alone.
    if (process.env.CPT_DOSSIER_TRACE) say(io, `trace: output closed; stopped after ${linted} of ${files.length} files`);
    if (readErrors || unwritten) return 2;
    return errorsSeen > 0 || tooManyWarnings(io, warningsSeen, maxWarnings) ? 1 : 0;
  }

  const results = (): FileFindings[] =>
    jobList.map((j, i) => {
      const o = outcomes[i];
      return {
        file: j.task.fileName,
        findings: listed(o?.findings ?? []),
        ...(o?.suppressed ? { suppressed: listed(o.suppressed) } : {}),
        ...(o?.readError !== undefined ? { readError: o.readError } : {}),
        ...(o?.notDossier ? { notDossier: true } : {}),
      };
    });
  // The warnings and info --quiet leaves out are still counted: say why they are not listed.
  const summary = (): string => {
    // Every file found ignored: not "No findings (0 files checked)", which reads as a clean run.
    if (files.length === 0 && ignoredFiles > 0) return `Nothing checked: ${ignoredFiles === 1 ? 'the 1 file found is' : `all ${ignoredFiles} files found are`} ignored by the "ignores" of the configuration`;
    const line = formatTextSummary(counts, withFindings, files.length - readErrors - notDossiers, readErrors, notDossiers);
    return quiet && counts.warning + counts.info > 0 ? line.replace(/\)$/, '; warnings and info not listed: --quiet)') : line;
  };
  if (format === 'text') print(io, `${summary()}\n`);
  else if (format === 'json') print(io, renderJson(results()));
  else if (format === 'github') print(io, renderGithub(results(), undefined, `${summary()}`));
  else if (format === 'junit') print(io, renderJunit(results()));
  else {
    const srcRoot = pathToFileURL(io.cwd.endsWith(path.sep) ? io.cwd : io.cwd + path.sep).href;
    print(
      io,
      renderSarif(results(), {
        version: VERSION,
        srcRoot,
        uriOf: (file) => (path.isAbsolute(file) ? pathToFileURL(file).href : pathToUriReference(file)),
      }),
    );
  }
  const overWarnings = tooManyWarnings(io, counts.warning, maxWarnings);
  if (readErrors || unwritten) return 2;
  return counts.error > 0 || overWarnings ? 1 : 0;
}

/** `--max-warnings N`: a whole number, 0 or more. */
function checkMaxWarnings(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = String(value);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new CommandError(`--max-warnings must be a whole number of warnings, 0 or more${tooLarge(v)}, not '${v}'`);
  return Number(v);
}

/** Whether the warnings go past --max-warnings; says so on stderr, since the exit code alone would puzzle. */
function tooManyWarnings(io: Io, warnings: number, max: number | undefined): boolean {
  if (max === undefined || warnings <= max) return false;
  say(io, `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${max} allows: exit status 1`);
  return true;
}

/** Says once per configuration file found when others in its folder are passed over. */
function warnShadowed(io: Io, configPath: string): void {
  const ignored = configFilesBeside(configPath);
  if (ignored.length) say(io, `warning: ${shadowedConfigWarning(displayPath(configPath, io.cwd), ignored.map((f) => displayPath(f, io.cwd)))}`);
}

/**
 * `lint --fix`: applies the safe fixes to each file being linted (only those: never a file the
 * command was not pointed at, never a configuration, never through a symbolic link) until none is
 * left, and says what changed.
 * A file that is not valid UTF-8, or larger than the size limit, is left as it is. A file that
 * cannot be written (read-only) is reported and left as it is; the others are still fixed and
 * everything is linted. Returns how many files could not be written (the command then exits 2).
 */
function fixFiles(jobList: readonly Job[], io: Io): number {
  const linter = new DossierLinter(false);
  let fixedFiles = 0;
  let fixes = 0;
  let unwritten = 0;
  for (const { task, config } of jobList) {
    // Writing through a link changes a file elsewhere, perhaps outside the folder named: the writer fixes the target itself.
    const target = linkTarget(task.path);
    if (target !== undefined) {
      say(io, `${task.fileName}: not fixed: a symbolic link (to ${target}); run --fix on the file it points to`);
      continue;
    }
    let bytes: Buffer;
    try {
      // (Read as the lint reads it: a file over the size limit but read whole still gets its frontmatter's safe fixes; one
      // larger than the part read is never written back, and says so when it has a fix it would have taken.)
      const read = readFileBounded(task.path, dossierReadLimit(config.maxBytes));
      if (read.truncated) {
        const { findings } = linter.lint(read.bytes.toString('utf8'), { fileName: task.fileName, today: task.today, config, truncated: { readBytes: read.bytes.length } });
        if (findings.some((f) => f.fixes?.some((fix) => fix.safe))) say(io, `${task.fileName}: not fixed: only its first ${formatBytes(read.bytes.length)} were read under the size limit, and a file is never written back from part of it; raise --max-file-size (or "maxFileSize") to fix it`);
        continue;
      }
      bytes = read.bytes;
    } catch {
      continue; // the lint that follows reports it
    }
    const original = bytes.toString('utf8');
    if (!Buffer.from(original, 'utf8').equals(bytes)) {
      say(io, `${task.fileName}: not fixed: not UTF-8 text (it would not be written back as it was)`);
      continue;
    }
    let text = original;
    const done: string[] = [];
    for (let pass = 0; pass < 10; pass++) {
      const { findings } = linter.lint(text, { fileName: task.fileName, today: task.today, config });
      const result = applyFixes(text, findings);
      if (!result.applied.length) break;
      for (const { finding, fix } of result.applied) done.push(`fixed ${task.fileName}:${finding.range.start.line + 1}:${finding.range.start.column + 1}  ${finding.ruleId}  ${fix.title}`);
      text = result.text;
    }
    if (text === original) continue;
    try {
      fs.writeFileSync(task.path, text, 'utf8');
    } catch (e) {
      say(io, `cannot write ${task.fileName}: ${describeReadError(e)}; its ${done.length} fix${done.length === 1 ? ' is' : 'es are'} not applied`);
      unwritten++;
      continue;
    }
    // Said once the file holds them: a fix reported is a fix made.
    for (const line of done) say(io, line);
    fixes += done.length;
    fixedFiles++;
  }
  if (fixes) say(io, `${fixes} fix${fixes === 1 ? '' : 'es'} applied in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}`);
  return unwritten;
}

/** Where a symbolic link points, as written in it; undefined for anything else (or a path that cannot be read). */
function linkTarget(file: string): string | undefined {
  try {
    return fs.lstatSync(file).isSymbolicLink() ? fs.readlinkSync(file) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// assess

async function assess(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('assess', args, {
    format: { type: 'string' },
    today: { type: 'string' },
    config: { type: 'string' },
  });
  const format = checkFormat(values.format, ['markdown', 'json', 'html'], 'markdown');
  const today = checkToday(values.today);
  if (positionals.length !== 1) throw new CommandError(`assess takes exactly one FILE${positionals.length ? `, not ${positionals.length}` : ''} (see cpt-dossier assess --help)`);
  checkPaths(positionals, 'FILE', 'a dossier file', io.cwd);
  const file = path.resolve(io.cwd, positionals[0]);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new CommandError(`cannot read ${positionals[0]}: ${describeReadError(e)}`);
  }
  if (stat.isDirectory()) throw new CommandError(`${positionals[0]} is a folder; assess takes one dossier file (lint takes folders)`);
  const explicitConfig = checkConfig(values.config, io.cwd);
  const { configPath, config } = new ConfigResolver(explicitConfig, undefined, { pointedAt: pointedAtFolders(positionals, io.cwd) }).configFor(file);
  if (configPath !== undefined && explicitConfig === undefined) warnShadowed(io, configPath);
  if (config.problems.length) throw new CommandError(config.problems.map((p) => `invalid configuration: ${relativeNames(p, io.cwd)}`));
  let read: ReturnType<typeof readText>;
  try {
    read = readText(file, config.maxBytes);
  } catch (e) {
    throw new CommandError(`cannot read ${positionals[0]}: ${describeReadError(e)}`);
  }
  // The editor's Assess dossier refuses such a file too: a report would tick boxes for nothing.
  if (!isDossierName(file) && !looksLikeDossier(read.text)) throw new CommandError(`${positionals[0]} is not a CPT dossier: ${NOT_A_DOSSIER_HINT}`);
  const a = assessText(read.text, { fileName: displayPath(file, io.cwd), today, config, ...(read.truncated ? { truncated: read.truncated } : {}) });
  if (format === 'json') print(io, `${JSON.stringify(a, null, 2)}\n`);
  else if (format === 'html') print(io, renderAssessmentHtml(a));
  else print(io, renderAssessmentMarkdown(a));
  return a.counts.error > 0 ? 1 : 0;
}
