/**
 * `npm run bench` (issue #5): how fast CPT Dossier lints, against markdownlint and against parsing
 * the whole document with remark, on generated dossiers of 4 KiB, 64 KiB and 1 MiB; a relint after
 * one keystroke; the CLI over 1,000 files with one and two workers; peak memory; the extension's
 * activation. Prints a table and the targets with PASS/MISS. A measurement, not a test: exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { DossierLinter, lintText } from '../../src/core/engine';
import { generateDossier, middleOfProse } from './generate';

const ROOT = join(__dirname, '..', '..');
const TODAY = '2026-11-23';
const KiB = 1024;
const MiB = 1024 * 1024;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time in ms of `runs` calls after `warmup` unmeasured ones, with a GC before each. */
function time(fn: () => unknown, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function ms(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return 'n/a';
  return x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function lpad(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

function sizeName(bytes: number): string {
  return bytes >= MiB ? `${bytes / MiB} MiB` : `${bytes / KiB} KiB`;
}

interface SizeResult {
  size: number;
  bytes: number;
  lint: number;
  remark: number;
  markdownlint: number;
  relint: number;
  findings: number;
}

type MarkdownlintSync = (options: { strings: Record<string, string> }) => Record<string, unknown[]>;

function benchSize(size: number, mdlint: MarkdownlintSync): SizeResult {
  const text = generateDossier(size);
  const runs = size >= MiB ? 5 : size >= 64 * KiB ? 11 : 31;
  const options = { fileName: 'bench.dossier.md', today: TODAY };
  const findings = lintText(text, options).findings.length;
  const lint = time(() => lintText(text, options), runs);
  const processor = unified().use(remarkParse);
  const remark = time(() => processor.parse(text), runs);
  const markdownlint = time(() => mdlint({ strings: { 'bench.md': text } }), runs);

  // Relint: a warm linter, then one character typed at a time in the middle of a prose line.
  const linter = new DossierLinter();
  const at = middleOfProse(text);
  let typed = '';
  const keystroke = (): void => {
    typed += 'abcdefghij'[typed.length % 10];
    linter.lint(text.slice(0, at) + typed + text.slice(at), options);
  };
  linter.lint(text, options);
  const relint = time(keystroke, 21, 3);
  return { size, bytes: Buffer.byteLength(text), lint, remark, markdownlint, relint, findings };
}

/** Builds a child script with esbuild so it runs in plain node (no tsx in the measured process). */
async function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, entry.replace(/\.ts$/, '.js'));
  await build({ entryPoints: [join(__dirname, entry)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  return outfile;
}

function childResult<T>(stdout: string): T | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  return line ? (JSON.parse(line.slice(7)) as T) : undefined;
}

interface MemoryResult {
  maxRss: number;
  baselineRss: number;
  heapHighWater: number;
  heapTotalAfter: number;
  error?: string;
}

function benchMemory(childJs: string, dir: string): MemoryResult {
  const file = join(dir, 'memory-1mib.dossier.md');
  writeFileSync(file, generateDossier(MiB));
  const r = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', childJs, file], { encoding: 'utf8', maxBuffer: 64 * MiB });
  const res = childResult<{ maxRss: number; baselineRss: number; heapUsedAfter: number; heapTotalAfter: number }>(r.stdout);
  if (!res) return { maxRss: NaN, baselineRss: NaN, heapHighWater: NaN, heapTotalAfter: NaN, error: (r.stderr || r.stdout).trim().split('\n')[0] };
  // --trace-gc prints "Scavenge 12.3 (20.1) -> 8.0 (21.1) MB": the heap in use before each GC.
  let high = res.heapUsedAfter;
  for (const m of r.stdout.matchAll(/ (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) MB/g)) {
    high = Math.max(high, parseFloat(m[1]) * 1e6);
  }
  return { maxRss: res.maxRss, baselineRss: res.baselineRss, heapHighWater: high, heapTotalAfter: res.heapTotalAfter };
}

interface ActivationResult {
  built: boolean;
  requireMs?: number;
  activateMs?: number;
  totalMs?: number;
  error?: string;
}

function benchActivation(childJs: string): ActivationResult {
  const bundle = join(ROOT, 'dist', 'extension.js');
  if (!existsSync(bundle)) return { built: false };
  const results: { requireMs: number; activateMs: number; totalMs: number; error?: string }[] = [];
  for (let i = 0; i < 8; i++) {
    const r = spawnSync(process.execPath, [childJs, bundle, ROOT], { encoding: 'utf8', timeout: 30_000 });
    const res = childResult<{ requireMs: number; activateMs: number; totalMs: number; error?: string }>(r.stdout);
    if (!res) return { built: true, error: (r.stderr || 'no result').trim().split('\n')[0] };
    if (i > 0) results.push(res); // the first run warms the OS file cache
  }
  const error = results.find((r) => r.error)?.error;
  return {
    built: true,
    requireMs: median(results.map((r) => r.requireMs)),
    activateMs: median(results.map((r) => r.activateMs)),
    totalMs: median(results.map((r) => r.totalMs)),
    ...(error ? { error: `activate threw: ${error}` } : {}),
  };
}

interface CliResult {
  status: 'not built' | 'no --jobs' | 'failed' | 'ok';
  note?: string;
  files: number;
  fileBytes: number;
  perSecond1?: number;
  perSecond2?: number;
  seconds1?: number;
  seconds2?: number;
}

function benchCli(dir: string): CliResult {
  const cli = join(ROOT, 'dist', 'cli.js');
  const files = 1000;
  const fileBytes = 20 * KiB;
  const base: CliResult = { status: 'not built', files, fileBytes };
  if (!existsSync(cli)) return base;
  const folder = join(dir, 'cli-corpus');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(folder, `d${String(i).padStart(4, '0')}.dossier.md`), generateDossier(fileBytes, i + 1));
  const run = (jobs: number): { seconds: number; status: number | null; stderr: string } => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'lint', '--jobs', String(jobs), '--today', TODAY, folder], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MiB });
    return { seconds: (performance.now() - t0) / 1000, status: r.status, stderr: r.stderr ?? '' };
  };
  const probe = run(2); // also warms the OS file cache
  if (probe.status !== 0 && probe.status !== 1) {
    const first = probe.stderr.trim().split('\n')[0] ?? '';
    if (/jobs/i.test(probe.stderr)) return { ...base, status: 'no --jobs', note: first };
    return { ...base, status: 'failed', note: `exit ${probe.status}: ${first}` };
  }
  const one: number[] = [];
  const two: number[] = [];
  for (let i = 0; i < 3; i++) {
    one.push(run(1).seconds);
    two.push(run(2).seconds);
  }
  const seconds1 = median(one);
  const seconds2 = median(two);
  return { status: 'ok', files, fileBytes, seconds1, seconds2, perSecond1: files / seconds1, perSecond2: files / seconds2 };
}

function verdict(pass: boolean | undefined): string {
  return pass === undefined ? 'n/a ' : pass ? 'PASS' : 'MISS';
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log('CPT Dossier benchmark (issue #5)');
  console.log(`machine: ${cpu.length} cpus (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${process.platform}-${process.arch}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at start`);
  if (!(globalThis as { gc?: unknown }).gc) console.log('note: run with --expose-gc (npm run bench does) so GC runs between measurements');
  console.log('');

  const { lint } = (await import('markdownlint/sync')) as unknown as { lint: MarkdownlintSync };
  const sizes: SizeResult[] = [];
  for (const size of [4 * KiB, 64 * KiB, MiB]) sizes.push(benchSize(size, lint));

  const dir = mkdtempSync(join(tmpdir(), 'cpt-dossier-bench-'));
  try {
    const memChild = await bundleChild('memory-child.ts', dir);
    const actChild = await bundleChild('activate-child.ts', dir);
    const memory = benchMemory(memChild, dir);
    const activation = benchActivation(actChild);
    const cli = benchCli(dir);
    report(sizes, memory, activation, cli);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(sizes: SizeResult[], memory: MemoryResult, activation: ActivationResult, cli: CliResult): void {
  console.log('Per dossier (median wall time; full lint = fresh lintText; relint = warm DossierLinter after one keystroke in the middle)');
  const head = ['size', 'bytes', 'findings', 'full lint', 'remark whole', 'markdownlint', 'relint', 'lint/mdlint', 'lint/remark'];
  const widths = [8, 9, 9, 11, 13, 13, 10, 12, 12];
  const row = (cells: string[]): string => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');
  console.log(row(head));
  console.log(row(widths.map((w) => '-'.repeat(w))));
  for (const s of sizes) {
    console.log(row([sizeName(s.size), String(s.bytes), String(s.findings), ms(s.lint), ms(s.remark), ms(s.markdownlint), ms(s.relint), (s.lint / s.markdownlint).toFixed(2) + '×', (s.lint / s.remark).toFixed(2) + '×']));
  }
  console.log('');

  const mb = (b: number): string => (Number.isNaN(b) ? 'n/a' : `${(b / 1e6).toFixed(1)} MB`);
  console.log('Peak memory, 1 MiB dossier (child process: warm DossierLinter, full lint + one relint)');
  if (memory.error) console.log(`  failed: ${memory.error}`);
  else console.log(`  RSS peak ${mb(memory.maxRss)} (after start-up ${mb(memory.baselineRss)}); JS heap high-water ${mb(memory.heapHighWater)} (seen at GCs); heap committed after ${mb(memory.heapTotalAfter)}`);
  console.log('');

  console.log('Extension activation (fresh process: require dist/extension.js with a stand-in vscode module, then activate)');
  if (!activation.built) console.log('  not built (dist/extension.js is missing)');
  else if (activation.totalMs === undefined) console.log(`  failed: ${activation.error}`);
  else console.log(`  require ${ms(activation.requireMs)} + activate ${ms(activation.activateMs)} = ${ms(activation.totalMs)} (median of 7)${activation.error ? `; ${activation.error}` : ''}`);
  console.log('');

  console.log(`CLI: ${cli.files} dossiers of ${cli.fileBytes / KiB} KiB (dist/cli.js lint DIR, median of 3)`);
  if (cli.status === 'not built') console.log('  not built (dist/cli.js is missing): the CLI and its --jobs option are not there yet');
  else if (cli.status === 'no --jobs') console.log(`  the CLI has no --jobs option yet (${cli.note})`);
  else if (cli.status === 'failed') console.log(`  the CLI failed: ${cli.note}`);
  else console.log(`  --jobs 1: ${cli.perSecond1!.toFixed(0)} files/s (${cli.seconds1!.toFixed(2)} s); --jobs 2: ${cli.perSecond2!.toFixed(0)} files/s (${cli.seconds2!.toFixed(2)} s); speed-up ${(cli.perSecond2! / cli.perSecond1!).toFixed(2)}×`);
  console.log('');

  const s64 = sizes.find((s) => s.size === 64 * KiB)!;
  const s1m = sizes.find((s) => s.size === MiB)!;
  const targets: [string, string, boolean | undefined][] = [
    ['full lint 1 MiB ≤ 0.5× markdownlint', `${(s1m.lint / s1m.markdownlint).toFixed(2)}× (${ms(s1m.lint)} vs ${ms(s1m.markdownlint)})`, s1m.lint <= 0.5 * s1m.markdownlint],
    ['full lint 1 MiB ≤ 1× whole-document remark-parse', `${(s1m.lint / s1m.remark).toFixed(2)}× (${ms(s1m.lint)} vs ${ms(s1m.remark)})`, s1m.lint <= s1m.remark],
    ['linear growth: lint(1 MiB) / lint(64 KiB) ≤ 20', `${(s1m.lint / s64.lint).toFixed(1)} (size ratio ${(s1m.bytes / s64.bytes).toFixed(1)})`, s1m.lint / s64.lint <= 20],
    ['relint after one keystroke, 1 MiB ≤ 10 ms', ms(s1m.relint), s1m.relint <= 10],
    [
      'CLI --jobs 2 ≥ 1.6× --jobs 1',
      cli.status === 'ok' ? `${(cli.perSecond2! / cli.perSecond1!).toFixed(2)}×` : cli.status === 'not built' ? 'CLI not built' : cli.status === 'no --jobs' ? 'no --jobs option yet' : 'CLI failed',
      cli.status === 'ok' ? cli.perSecond2! >= 1.6 * cli.perSecond1! : undefined,
    ],
    ['peak memory 1 MiB ≤ 200 MB (RSS)', mb(memory.maxRss), Number.isNaN(memory.maxRss) ? undefined : memory.maxRss <= 200e6],
    ['activation ≤ 50 ms', activation.totalMs === undefined ? (activation.built ? 'failed' : 'not built') : ms(activation.totalMs), activation.totalMs === undefined ? undefined : activation.totalMs <= 50],
  ];
  console.log('Targets');
  for (const [name, measured, pass] of targets) console.log(`  ${verdict(pass)}  ${pad(name, 50)} ${measured}`);
  const missed = targets.filter((t) => t[2] === false).length;
  const unmeasured = targets.filter((t) => t[2] === undefined).length;
  console.log('');
  console.log(`${targets.length - missed - unmeasured} PASS, ${missed} MISS, ${unmeasured} not measured`);
}

// A MISS is printed, not failed: only a crash of the benchmark itself exits non-zero.
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
