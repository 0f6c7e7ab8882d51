/**
 * Child process of the benchmark: times one tool on one generated dossier, in a process of its
 * own, so that no other tool's JIT state or garbage changes the numbers (parsing a 1 MiB document
 * whole, then 1,000 small ones, makes V8 slower at both than either alone).
 *
 *   node --expose-gc --import tsx test/bench/measure-child.ts lint|remark|markdownlint|relint BYTES
 *
 * (bench.ts runs it bundled with esbuild, as the engine ships: node_modules/.cache/cpt-dossier-bench/.)
 *
 * Prints `RESULT {"times": [ms...], "cpu": [ms...], ...}`: wall and CPU time of each measured run, after
 * warm-up runs, with a full GC before each run; for `relint`, one per keystroke while typing (see below).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { DossierLinter, lintText } from '../../src/core/engine';
import { generateDossier, middleOfProse } from './generate';

const TODAY = '2026-11-23';
const OPTIONS = { fileName: 'bench.dossier.md', today: TODAY };
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Per process; bench.ts starts three processes per tool and size, alternating the tools. */
function runs(bytes: number): { warmup: number; measured: number } {
  if (bytes >= 1024 * 1024) return { warmup: 2, measured: 3 };
  if (bytes >= 64 * 1024) return { warmup: 5, measured: 7 };
  return { warmup: 20, measured: 15 };
}

/** CPU milliseconds (user + system, all threads of the process: the GC's too) since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** Wall and CPU times of each measured run. CPU time is what a tool costs whatever else the
 * machine runs (wall time grows with the load of other processes on the same cores). */
function timeRuns(fn: () => unknown, warmup: number, measured: number): { times: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < measured; i++) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    cpu.push(cpuSince(c0));
  }
  return { times, cpu };
}

async function main(): Promise<void> {
  const [mode, size] = process.argv.slice(2);
  const bytes = Number(size);
  const text = generateDossier(bytes);
  const { warmup, measured } = runs(bytes);
  let result: Record<string, unknown>;
  if (mode === 'lint') {
    result = { ...timeRuns(() => lintText(text, OPTIONS), warmup, measured), findings: lintText(text, OPTIONS).findings.length };
  } else if (mode === 'remark') {
    const processor = unified().use(remarkParse);
    result = { ...timeRuns(() => processor.parse(text), warmup, measured) };
  } else if (mode === 'markdownlint') {
    const { lint } = (await import('markdownlint/sync')) as unknown as { lint: (o: { strings: Record<string, string> }) => unknown };
    result = { ...timeRuns(() => lint({ strings: { 'bench.md': text } }), warmup, measured) };
  } else if (mode === 'relint') {
    // A warm linter, then one character typed at a time in the middle of a prose line. While
    // typing nothing forces a full GC between keystrokes, so neither does this series; a second
    // series forces one before each keystroke (a relint then also pays for fresh heap pages).
    const linter = new DossierLinter();
    const at = middleOfProse(text);
    let typed = '';
    // The editor hands the linter one flat string (VS Code's getText joins its lines; a worker
    // receives a copy). Gluing two slices and the typed run here makes a rope instead, which V8
    // flattens on first read: a copy of the whole megabyte that no editor pays inside the lint,
    // so it is done before the clock starts (it is printed beside the figures).
    const flatten = (rope: string): string => {
      void rope.charCodeAt(rope.length >> 1);
      return rope;
    };
    /** The text after one more character is typed: glued, so still a rope. */
    const typedRope = (): string => {
      typed += 'abcdefghij'[typed.length % 10];
      return text.slice(0, at) + typed + text.slice(at);
    };
    const nextText = (): string => flatten(typedRope());
    const keystroke = (): void => {
      linter.lint(nextText(), OPTIONS);
    };
    linter.lint(text, OPTIONS);
    linter.lint(text, OPTIONS);
    for (let i = 0; i < 60; i++) keystroke(); // the relint path is hot after about 50
    gc();
    const typing: number[] = [];
    const typingCpu: number[] = [];
    const flattening: number[] = [];
    for (let i = 0; i < 41; i++) {
      const rope = typedRope();
      const f0 = performance.now();
      const next = flatten(rope);
      flattening.push(performance.now() - f0);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      linter.lint(next, OPTIONS);
      typing.push(performance.now() - t0);
      typingCpu.push(cpuSince(c0));
    }
    const afterGc: number[] = [];
    for (let i = 0; i < 11; i++) {
      const next = nextText();
      gc();
      const t0 = performance.now();
      linter.lint(next, OPTIONS);
      afterGc.push(performance.now() - t0);
    }
    result = { times: typing, cpu: typingCpu, afterGc, flattening };
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  console.log('RESULT ' + JSON.stringify({ bytes: Buffer.byteLength(text), ...result }));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
