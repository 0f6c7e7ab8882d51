// util.format / inspect / inherits (what mocha and the suite use) for the web worker host.
'use strict';
function inspect(v) {
  if (typeof v === 'string') return `'${v}'`;
  if (v instanceof Error) return v.stack || String(v);
  if (typeof v === 'function') return `[Function: ${v.name || 'anonymous'}]`;
  if (typeof v === 'bigint') return `${v}n`;
  try {
    return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Map ? Object.fromEntries(x) : x instanceof Set ? [...x] : x)) ?? String(v);
  } catch {
    return String(v);
  }
}
function format(f, ...args) {
  if (typeof f !== 'string') return [f, ...args].map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  let i = 0;
  const out = f.replace(/%[sdifjoO%]/g, (m) => {
    if (m === '%%') return '%';
    if (i >= args.length) return m;
    const a = args[i++];
    if (m === '%s') return typeof a === 'string' ? a : typeof a === 'object' && a !== null ? inspect(a) : String(a);
    if (m === '%d' || m === '%i') return String(m === '%i' ? parseInt(a, 10) : Number(a));
    if (m === '%f') return String(parseFloat(a));
    return inspect(a);
  });
  return [out, ...args.slice(i).map((a) => (typeof a === 'string' ? a : inspect(a)))].join(' ');
}
function inherits(ctor, superCtor) {
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  Object.setPrototypeOf(ctor, superCtor);
}
const deprecate = (fn) => fn;
module.exports = { format, inspect, inherits, deprecate, isDeepStrictEqual: (a, b) => require('./assert').isDeepStrictEqual(a, b) };
