/**
 * Growth per doubling (GitHub issue #10): each input family of `families.ts` at a start size,
 * doubled five times; prints the lint time at each size and the ratio to the size before (1 would
 * be free, 2 linear, 4 quadratic). Run: `npm run bench:growth` (options: --start BYTES,
 * --doublings N, --family TEXT, --runs N, --budget SECONDS: stop doubling a family after a lint
 * that took longer). Times are CPU time of in-process `lintText` (as the CLI lints), median of --runs.
 */
import { parseArgs } from 'node:util';
import { lintText } from '../../src/core/engine';
import { FAMILIES } from './families';

export const TODAY = '2026-11-23';

/** Median CPU milliseconds (user + system) of `runs` lints of `text`: CPU time, not wall-clock
 * time, so that other processes on a busy machine disturb the ratios less. */
export function timeLint(text: string, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    lintText(text, { fileName: 'growth.dossier.md', today: TODAY });
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      start: { type: 'string', default: String(160 * 1024) },
      doublings: { type: 'string', default: '5' },
      family: { type: 'string' },
      runs: { type: 'string', default: '3' },
      budget: { type: 'string', default: '30' },
    },
  });
  const start = Number(values.start);
  const doublings = Number(values.doublings);
  const runs = Number(values.runs);
  const budget = Number(values.budget) * 1000;
  let worst = 0;
  for (const family of FAMILIES) {
    if (values.family && !family.name.toLowerCase().includes(values.family.toLowerCase())) continue;
    const cells: string[] = [];
    let previous = 0;
    let heap = 0;
    for (let k = 0, size = start; k <= doublings; k++, size *= 2) {
      const text = family.make(size);
      const ms = timeLint(text, runs);
      heap = Math.max(heap, process.memoryUsage().rss);
      const ratio = previous > 0 ? ms / previous : undefined;
      if (ratio !== undefined && k > 1) worst = Math.max(worst, ratio);
      cells.push(`${(text.length / 1024).toFixed(0)}K ${ms.toFixed(0)}ms${ratio === undefined ? '' : ` ×${ratio.toFixed(2)}`}`);
      previous = ms;
      if (ms > budget) {
        cells.push('(stopped: over budget)');
        break;
      }
    }
    console.log(`${family.name}\n  ${cells.join('  ')}  rss ${(heap / 2 ** 20).toFixed(0)} MB`);
  }
  console.log(`worst ratio per doubling (from the second doubling on): ${worst.toFixed(2)}`);
}

if (require.main === module) main();
