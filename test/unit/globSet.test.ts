import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import picomatch = require('picomatch/posix');
import { compileGlob, GlobSet } from '../../src/core/globSet';
import { ignoredBy, loadConfigSync } from '../../src/core/configLoader';
import { rng } from '../bench/generate';

const GLOB_PARTS = ['a', 'x{1..3}', '[a-c]*', '*(a)', '?(b).md', '[[:alpha:]]', 'a//b', './a', 'x.md/', '{a..c}.md', 'a*/b', 'ab?', 'b-*', '.x*', '..', 'a{,b}', '{,a}b', '*/**', 'a/**/b', 'b', 'ab', '.x', 'x.md', 'a.md', 'c d', '*', '**', '?', '*.md', 'a*', '*b', 'a?', '{a,b}', '{a,b/c}', '[ab]', '[!a]', 'a-*', '!a', '!(a)', '+(a|b)', '@(x.md)', 'a\\*', '\\a', '.', 'a.', '*.', '{a,b.md', 'x.{md,txt}', 'b-1', 'a|b', '***..', 'x.md|a*'];
const PATH_PARTS = ['a', 'x1', 'x2', 'b.md', '', '..', 'a..', 'x.b12', 'b', 'ab', '.x', 'x.md', 'a.md', 'c d', 'b-1', 'x.txt', 'a.', 'c', '*', 'bb', 'aa.md'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

test('the ignores matcher answers as picomatch does on random globs and paths', () => {
  const r = rng(20);
  for (let round = 0; round < 300; round++) {
    const globs = Array.from({ length: 1 + Math.floor(r() * 6) }, () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, GLOB_PARTS)).join(r() < 0.2 ? '' : '/'));
    const usable = globs.flatMap((g): [string, RegExp][] => {
      const re = compileGlob(g);
      return re instanceof RegExp ? [[g, re]] : [];
    });
    const set = new GlobSet(usable);
    const old = picomatch(usable.map(([g]) => g), { dot: true });
    for (let p = 0; p < 60; p++) {
      const path = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(r, PATH_PARTS)).join('/');
      // Also the globs themselves: a name written as a glob matches itself.
      for (const candidate of [path, pick(r, globs)]) {
        assert.equal(set.matches(candidate), old(candidate), `globs ${JSON.stringify(usable.map(([g]) => g))} on ${JSON.stringify(candidate)}`);
      }
    }
  }
});

test('70,000 ignores globs: a file is tried against the few a look-up leaves, with the same answers', () => {
  const ignores = Array.from({ length: 70000 }, (_, i) => [`d/n${i}.md`, `a/y${i}/**`, `**/*.b${i}`, `o/v${i}-*`][i % 4]);
  const config = loadConfigSync('/w/.cpt-dossier.json', {
    read: () => ({ text: JSON.stringify({ ignores }) }),
    resolve: (_from, rel) => `/w/${rel}`,
    folderOf: (file) => file.slice(0, file.lastIndexOf('/')),
  });
  assert.deepEqual(config.problems, []);
  // The first question builds the matcher (which reads each glob once).
  assert.equal(ignoredBy(config, '/w/first.md'), undefined);
  const tried: string[] = [];
  // The expressions picomatch compiled: counting their tests says how many globs one path meets.
  const { test, exec } = RegExp.prototype;
  RegExp.prototype.test = function (this: RegExp, s: string) {
    tried.push(this.source);
    return test.call(this, s);
  };
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    tried.push(this.source);
    return exec.call(this, s);
  };
  try {
    assert.equal(ignoredBy(config, '/w/d/n400.md')?.origin, '/w/.cpt-dossier.json');
    assert.equal(ignoredBy(config, '/w/a/y401/deep/x.md')?.origin, '/w/.cpt-dossier.json');
    assert.equal(ignoredBy(config, '/w/q/r/s.b402')?.origin, '/w/.cpt-dossier.json');
    assert.equal(ignoredBy(config, '/w/o/v403-draft.md')?.origin, '/w/.cpt-dossier.json');
    assert.equal(ignoredBy(config, '/w/f/sub/x.dossier.md'), undefined);
    assert.equal(ignoredBy(config, '/w/o/v404-draft.md'), undefined);
  } finally {
    Object.assign(RegExp.prototype, { test, exec });
  }
  assert.ok(tried.length < 100, `${tried.length} expressions tried for six files`);
});
