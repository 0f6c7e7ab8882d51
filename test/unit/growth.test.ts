// Growth per doubling (GitHub issue #10): each input family of test/bench/families.ts, linted at
// two sizes, one twice the other. Linear work doubles the time; the inputs that once grew with the
// square (or worse) multiplied it by 4 to 7. The bound is loose (3) because the machine is shared:
// CPU time, the fastest of three alternating runs, sizes large enough to dwarf the fixed costs. The full
// picture (five doublings, to megabytes) is `npm run bench:growth`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { FAMILIES } from '../bench/families';
import { timeLint } from '../bench/growth';

const SMALL = 24 * 1024;
const MAX_RATIO = 3;

describe('lint time at most triples when a hostile input doubles', () => {
  for (const family of FAMILIES) {
    test(family.name, () => {
      const small = family.make(SMALL);
      // A family fills whole blocks, so asking for twice the size may give more or less (three paragraphs of 8 KB against
      // seven): the asked size is nudged until the text itself is about twice as long, which is what the bound is about.
      let asked = 2 * SMALL;
      let large = family.make(asked);
      for (let nudge = 0; nudge < 20 && Math.abs(large.length / small.length - 2) > 0.1; nudge++) {
        asked = Math.round(asked * (large.length > 2 * small.length ? 0.96 : 1.04));
        large = family.make(asked);
      }
      timeLint(small, 1); // warm up the parser's code paths for this input
      let ratio = Infinity;
      // A busy machine can slow one measurement: a second try must also fail to count.
      for (let attempt = 0; attempt < 2 && ratio > MAX_RATIO; attempt++) {
        // Sizes alternate and the fastest run of each counts: the machine's noise (other processes, a GC
        // that one size's garbage left for the other) only ever adds time.
        const smallTimes: number[] = [];
        const largeTimes: number[] = [];
        for (let run = 0; run < 3; run++) {
          smallTimes.push(timeLint(small, 1));
          largeTimes.push(timeLint(large, 1));
        }
        ratio = Math.min(...largeTimes) / Math.max(Math.min(...smallTimes), 1);
      }
      assert.ok(ratio <= MAX_RATIO, `${family.name}: ${(small.length / 1024).toFixed(0)} KiB → ${(large.length / 1024).toFixed(0)} KiB multiplied the time by ${ratio.toFixed(2)}`);
    });
  }
});
