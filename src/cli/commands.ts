// The commands of `cpt-dossier`: a thin adapter over the engine (DOSSIER-FORMAT.md, "Command-line
// contract"). Exit 0: no finding of severity error; 1: at least one; 2: the command failed.
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pkg from '../../package.json';
import { assessText } from '../core/assess';
import { DEFAULT_MAX_BYTES, type ResolvedConfig } from '../core/config';
import { fromDay, toDay, todayIso } from '../core/dates';
import { DOCS_BASE_URL } from '../core/sources';
import type { Finding } from '../core/types';
import { renderJson } from '../core/report/json';
import { renderSarif, pathToUriReference } from '../core/report/sarif';
import { formatTextFile, formatTextSummary, safeTerminalText } from '../core/report/text';
import { renderAssessmentMarkdown } from '../core/report/markdown';
import { renderAssessmentHtml } from '../core/report/html';
import { expandPaths } from '../node/findFiles';
import { ConfigResolver } from '../node/loadConfig';
import { describeReadError, readText } from './lintFile';
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

Exit status: 0 no finding of severity error, 1 at least one, 2 the command failed.
Rules: ${DOCS_BASE_URL}README.md
`;

export const LINT_HELP = `Usage: cpt-dossier lint [options] PATH...

Lints dossiers. PATH is a file, a folder or a glob (quote it: "docs/**/*.md").
Folders are searched recursively for *.dossier.md files and Markdown files whose
frontmatter has a cpt_dossier key; node_modules, .git and hidden folders are skipped.
A Markdown file that is not a dossier gets no findings, even when named.

Options:
  --format text|json|sarif  Output format (default: text)
  --today YYYY-MM-DD        The date that date rules compare against (default: today)
  --config FILE             Use this configuration file instead of the nearest
                            .cpt-dossier.json above each file
  --max-file-size BYTES     Check only the frontmatter of larger files (default: ${DEFAULT_MAX_BYTES})
  --jobs N                  Lint on N threads (default: the number of CPUs; 1: no threads)
  -h, --help                Show this help

Exit status: 0 no finding of severity error, 1 at least one, 2 the command failed
(bad arguments, no files matched, unreadable file, invalid configuration).
`;

export const ASSESS_HELP = `Usage: cpt-dossier assess [options] FILE

Prints the readiness assessment of one dossier: verdict, classification with the
phrases that support it, prerequisites, society stance, timeline and findings.

Options:
  --format markdown|json|html  Output format (default: markdown)
  --today YYYY-MM-DD           The date that date rules compare against (default: today)
  --config FILE                Use this configuration file instead of the nearest
                               .cpt-dossier.json above the file
  -h, --help                   Show this help

Exit status: 0 no finding of severity error, 1 at least one, 2 the command failed.
`;

/** A failure of the command itself: one line on stderr, exit status 2. */
class CommandError extends Error {}

export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
}

const processIo: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
};

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch([...argv], io);
  } catch (e) {
    if (e instanceof CommandError) {
      for (const line of e.message.split('\n')) io.err(`cpt-dossier: ${line}\n`);
      return 2;
    }
    io.err(`cpt-dossier: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
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
  if (command === '--help' || command === '-h') return (io.out(HELP), 0);
  if (command === '--version' || command === '-v') return (io.out(`${VERSION}\n`), 0);
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) return (io.out(HELP), 0);
    if (topic === 'lint') return (io.out(LINT_HELP), 0);
    if (topic === 'assess') return (io.out(ASSESS_HELP), 0);
    throw new CommandError(`unknown command '${topic}' (commands: lint, assess)`);
  }
  if (command === 'lint' || command === 'assess') {
    if (hasFlag(rest, '--help', '-h')) return (io.out(command === 'lint' ? LINT_HELP : ASSESS_HELP), 0);
    if (hasFlag(rest, '--version')) return (io.out(`${VERSION}\n`), 0);
    return command === 'lint' ? lint(rest, io) : assess(rest, io);
  }
  if (command.startsWith('-')) throw new CommandError(`unknown option '${command}' before the command (see cpt-dossier --help)`);
  throw new CommandError(`unknown command '${command}' (commands: lint, assess; see cpt-dossier --help)`);
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(command: string, args: string[], options: OptionSpec): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const name = /'(-[^' ]*)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CommandError(`unknown option '${name ?? message}' for ${command} (see cpt-dossier ${command} --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CommandError(`option '${name ?? '?'}' needs a value (see cpt-dossier ${command} --help)`);
    throw new CommandError(`${message} (see cpt-dossier ${command} --help)`);
  }
}

function checkFormat(value: string | boolean | undefined, allowed: readonly string[], fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value)) throw new CommandError(`--format must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not '${String(value)}'`);
  return value;
}

function checkToday(value: string | boolean | undefined): string {
  if (value === undefined) return todayIso();
  const v = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || fromDay(toDay(v)) !== v) throw new CommandError(`--today must be a date written YYYY-MM-DD, such as 2026-11-23, not '${v}'`);
  return v;
}

function checkCount(flag: string, value: string | boolean | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const v = String(value);
  if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) throw new CommandError(`${flag} must be a whole number of ${what}, 1 or more, not '${v}'`);
  return Number(v);
}

/** How a file is named in output: relative to the working folder when inside it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return rel && !outside ? rel : abs;
}

// ---------------------------------------------------------------------------------------------
// lint

async function lint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('lint', args, {
    format: { type: 'string' },
    today: { type: 'string' },
    config: { type: 'string' },
    'max-file-size': { type: 'string' },
    jobs: { type: 'string' },
  });
  const format = checkFormat(values.format, ['text', 'json', 'sarif'], 'text');
  const today = checkToday(values.today);
  const maxFileSize = checkCount('--max-file-size', values['max-file-size'], 'bytes');
  const jobs = checkCount('--jobs', values.jobs, 'threads') ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  if (positionals.length === 0) throw new CommandError('lint needs at least one PATH: a file, a folder or a glob (see cpt-dossier lint --help)');
  const explicitConfig = typeof values.config === 'string' ? path.resolve(io.cwd, values.config) : undefined;

  const { files, errors } = expandPaths(positionals, io.cwd);
  if (errors.length) throw new CommandError(errors.join('\n'));
  if (files.length === 0) throw new CommandError(`no dossiers found in ${positionals.join(', ')} (folders are searched for *.dossier.md files and Markdown files with a cpt_dossier key)`);

  // Configurations: resolved before linting, so that an invalid one stops the command.
  const resolver = new ConfigResolver(explicitConfig);
  const configIds = new Map<string, number>();
  const configs: ResolvedConfig[] = [];
  const problems = new Set<string>();
  const jobList: Job[] = files.map((file, index) => {
    const { configPath, config: loaded } = resolver.configFor(file);
    const key = configPath ?? '';
    let id = configIds.get(key);
    if (id === undefined) {
      id = configs.length;
      configIds.set(key, id);
      for (const p of loaded.problems) problems.add(p);
      configs.push(maxFileSize !== undefined ? { ...loaded, maxBytes: maxFileSize } : loaded);
    }
    return { task: { index, path: file, fileName: displayPath(file, io.cwd), today }, configId: id, config: configs[id] };
  });
  if (problems.size) throw new CommandError([...problems].map((p) => `invalid configuration: ${p}`).join('\n'));

  // Lint; outcomes are put back in file order, and text is printed as soon as it is in order.
  const outcomes: (LintOutcome | undefined)[] = new Array(files.length);
  const PRINTED: LintOutcome = { index: -1, findings: [], internalErrors: [] };
  let flushed = 0;
  let readErrors = 0;
  let withFindings = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  const flush = (): void => {
    while (flushed < files.length && outcomes[flushed]) {
      const o = outcomes[flushed]!;
      const name = jobList[flushed].task.fileName;
      if (o.readError !== undefined) {
        readErrors++;
        io.err(`cpt-dossier: cannot read ${safeTerminalText(name)}: ${o.readError}\n`);
      }
      for (const m of o.internalErrors) io.err(`cpt-dossier: ${safeTerminalText(name)}: ${safeTerminalText(m)}\n`);
      if (o.findings.length) withFindings++;
      for (const f of o.findings) counts[f.severity]++;
      if (format === 'text') {
        io.out(formatTextFile(name, o.findings));
        outcomes[flushed] = PRINTED; // printed: keep no findings in memory
      }
      flushed++;
    }
  };
  const trace = process.env.CPT_DOSSIER_TRACE ? (threads: number): void => io.err(`cpt-dossier: trace: ${files.length} files, ${threads ? `${threads} worker threads` : 'in-process'}\n`) : undefined;
  await lintAll(
    jobList,
    jobs,
    (o) => {
      outcomes[o.index] = o;
      flush();
    },
    trace,
  );

  const results = (): { file: string; findings: Finding[] }[] => jobList.map((j, i) => ({ file: j.task.fileName, findings: outcomes[i]?.findings ?? [] }));
  if (format === 'text') io.out(`${formatTextSummary(counts, withFindings, files.length - readErrors)}\n`);
  else if (format === 'json') io.out(renderJson(results()));
  else {
    const srcRoot = pathToFileURL(io.cwd.endsWith(path.sep) ? io.cwd : io.cwd + path.sep).href;
    io.out(
      renderSarif(results(), {
        version: VERSION,
        srcRoot,
        uriOf: (file) => (path.isAbsolute(file) ? pathToFileURL(file).href : pathToUriReference(file)),
      }),
    );
  }
  if (readErrors) return 2;
  return counts.error > 0 ? 1 : 0;
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
  const file = path.resolve(io.cwd, positionals[0]);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new CommandError(`cannot read ${positionals[0]}: ${describeReadError(e)}`);
  }
  if (stat.isDirectory()) throw new CommandError(`${positionals[0]} is a folder; assess takes one dossier file (lint takes folders)`);
  const explicitConfig = typeof values.config === 'string' ? path.resolve(io.cwd, values.config) : undefined;
  const { config } = new ConfigResolver(explicitConfig).configFor(file);
  if (config.problems.length) throw new CommandError(config.problems.map((p) => `invalid configuration: ${p}`).join('\n'));
  let text: string;
  try {
    text = readText(file, config.maxBytes);
  } catch (e) {
    throw new CommandError(`cannot read ${positionals[0]}: ${describeReadError(e)}`);
  }
  const a = assessText(text, { fileName: displayPath(file, io.cwd), today, config });
  if (format === 'json') io.out(`${JSON.stringify(a, null, 2)}\n`);
  else if (format === 'html') io.out(renderAssessmentHtml(a));
  else io.out(renderAssessmentMarkdown(a));
  return a.counts.error > 0 ? 1 : 0;
}
