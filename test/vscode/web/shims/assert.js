// The assert functions the suite uses (Node's semantics for these), for the web worker host.
'use strict';
const { inspect } = require('./util');

class AssertionError extends Error {
  constructor(message, actual, expected, operator) {
    super(message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
  }
}
function fail(message, actual, expected, operator) {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? `${inspect(actual)} ${operator} ${inspect(expected)}`, actual, expected, operator);
}
function isDeepStrictEqual(a, b, loose = false) {
  if (loose ? a == b : Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (!loose && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && isDeepStrictEqual(v, b.get(k), loose));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepStrictEqual(a[k], b[k], loose));
}
function ok(value, message) {
  if (!value) fail(message ?? `The expression evaluated to a falsy value: ${inspect(value)}`, value, true, '==');
}
const assert = (value, message) => ok(value, message);
Object.assign(assert, {
  AssertionError,
  fail: (message) => fail(message ?? 'Failed', undefined, undefined, 'fail'),
  ok,
  strictEqual: (a, b, m) => Object.is(a, b) || fail(m ?? `Expected values to be strictly equal:\n${inspect(a)} !== ${inspect(b)}`, a, b, 'strictEqual'),
  notStrictEqual: (a, b, m) => !Object.is(a, b) || fail(m ?? `Expected "actual" to be strictly unequal to: ${inspect(b)}`, a, b, 'notStrictEqual'),
  equal: (a, b, m) => a == b || fail(m ?? `${inspect(a)} == ${inspect(b)}`, a, b, '=='),
  deepEqual: (a, b, m) => isDeepStrictEqual(a, b, true) || fail(m ?? `Expected values to be loosely deep-equal:\n${inspect(a)}\nshould loosely deep-equal\n${inspect(b)}`, a, b, 'deepEqual'),
  deepStrictEqual: (a, b, m) => isDeepStrictEqual(a, b) || fail(m ?? `Expected values to be strictly deep-equal:\n${inspect(a)}\nshould equal\n${inspect(b)}`, a, b, 'deepStrictEqual'),
  match: (s, re, m) => (typeof s === 'string' && re.test(s)) || fail(m ?? `The input did not match the regular expression ${re}. Input:\n${inspect(s)}`, s, re, 'match'),
  doesNotMatch: (s, re, m) => (typeof s === 'string' && !re.test(s)) || fail(m ?? `The input was expected to not match the regular expression ${re}. Input:\n${inspect(s)}`, s, re, 'doesNotMatch'),
  isDeepStrictEqual,
});
assert.strict = assert;
module.exports = assert;
