/**
 * Child process of the benchmark (bundled by bench.ts, run with plain node and --trace-gc): lints
 * one file as the editor does (a warm DossierLinter: full lint, then a relint after a keystroke)
 * and prints the process's peak memory, so nothing else of the benchmark pollutes the numbers.
 */
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { DossierLinter } from '../../src/core/engine';
import { middleOfProse } from './generate';

const file = process.argv[2];
const today = '2026-11-23';
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseline = { rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed };
const text = readFileSync(file, 'utf8');
const linter = new DossierLinter();
const first = linter.lint(text, { fileName: 'bench.dossier.md', today });
const at = middleOfProse(text);
const edited = text.slice(0, at) + 'x' + text.slice(at);
const second = linter.lint(edited, { fileName: 'bench.dossier.md', today });
const after = process.memoryUsage();
const heap = getHeapStatistics();
console.log(
  'RESULT ' +
    JSON.stringify({
      findings: [first.findings.length, second.findings.length],
      baselineRss: baseline.rss,
      baselineHeapUsed: baseline.heapUsed,
      maxRss: process.resourceUsage().maxRSS * 1024,
      heapUsedAfter: after.heapUsed,
      heapTotalAfter: heap.total_heap_size,
      heapPeakMalloced: heap.peak_malloced_memory,
    }),
);
