import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withThousands } from '../../src/core/numbers';

test("withThousands writes a count as toLocaleString('en-US') does (messages and rule descriptions)", () => {
  for (const n of [0, 7, 999, 1000, 1001, 12500, 999999, 1000000, 4194304, 1234567890, -1234, 2 ** 53 - 1, 1.5]) {
    assert.equal(withThousands(n), n.toLocaleString('en-US'), String(n));
  }
});
