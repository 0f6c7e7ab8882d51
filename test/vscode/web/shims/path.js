// POSIX path functions the suite uses, for the web worker host.
'use strict';
function normalize(p) {
  const abs = p.startsWith('/');
  const out = [];
  for (const s of p.split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') { if (out.length && out[out.length - 1] !== '..') out.pop(); else if (!abs) out.push('..'); } else out.push(s);
  }
  return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.');
}
const join = (...parts) => normalize(parts.filter(Boolean).join('/'));
const resolve = (...parts) => {
  let p = '';
  for (const x of parts) p = x.startsWith('/') ? x : `${p}/${x}`;
  return normalize(p.startsWith('/') ? p : `/${p}`);
};
const basename = (p, ext) => { const b = p.replace(/\/+$/, '').split('/').pop() || ''; return ext && b.endsWith(ext) ? b.slice(0, -ext.length) : b; };
const dirname = (p) => { const i = p.replace(/\/+$/, '').lastIndexOf('/'); return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i); };
const extname = (p) => { const b = basename(p); const i = b.lastIndexOf('.'); return i <= 0 ? '' : b.slice(i); };
const isAbsolute = (p) => p.startsWith('/');
const relative = (from, to) => {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
};
const posix = { sep: '/', delimiter: ':', normalize, join, resolve, basename, dirname, extname, isAbsolute, relative };
module.exports = { ...posix, posix };
