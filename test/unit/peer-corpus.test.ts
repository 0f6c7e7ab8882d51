// The markdownlint project's 389 Markdown test files (../shared/peer-corpus/markdownlint-test,
// beside the clone, in CI too): nearly every corner of CommonMark and GFM, front matter in YAML,
// TOML and JSON, CRLF. None is a dossier, so as they are the linter reports nothing on them;
// renamed to *.dossier.md they never crash the engine, every range lies inside the file, and the
// chunked parse equals the whole-document parse.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintText, DossierLinter, INTERNAL_ERROR } from '../../src/core/engine';
import { LineIndex, stripBom } from '../../src/core/text';
import type { Finding } from '../../src/core/types';

const ROOT = resolve(__dirname, '..', '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'peer-corpus', 'markdownlint-test');
const TODAY = '2026-11-23';
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];
const skip = present ? false : `peer corpus not found at ${CORPUS} (it sits beside the clone as ../shared); skipped`;

function rangeProblems(text: string, findings: readonly Finding[]): string[] {
  const lines = new LineIndex(stripBom(text));
  const out: string[] = [];
  for (const f of findings) {
    const { start, end } = f.range;
    for (const p of [start, end]) {
      if (p.line < 0 || p.line >= lines.lineCount || p.column < 0 || p.column > lines.lineText(p.line).length) out.push(`${f.ruleId} at ${p.line}:${p.column} is outside the file`);
    }
    if (start.line > end.line || (start.line === end.line && start.column > end.column)) out.push(`${f.ruleId}: start after end`);
  }
  return out;
}

describe('peer corpus: markdownlint test files', { skip }, () => {
  test('the corpus is all there', () => {
    assert.equal(files.length, 389);
  });

  test('as they are (not dossiers): no findings on any of them', () => {
    const noisy: string[] = [];
    for (const name of files) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const { findings, dossier } = lintText(text, { fileName: name, today: TODAY });
      if (findings.length > 0 || dossier.isDossier) noisy.push(`${name}: ${findings.map((f) => f.ruleId).join(', ') || 'taken for a dossier'}`);
    }
    assert.deepEqual(noisy, []);
  });

  test('renamed x.dossier.md: no crash, every range inside, chunked == whole document, no rule fails', () => {
    const problems: string[] = [];
    for (const name of files) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const options = { fileName: 'x.dossier.md', today: TODAY };
      let chunked: Finding[];
      let whole: Finding[];
      try {
        chunked = lintText(text, options).findings;
        whole = lintText(text, { ...options, wholeDocument: true }).findings;
      } catch (e) {
        problems.push(`${name}: threw ${e instanceof Error ? e.stack : String(e)}`);
        continue;
      }
      problems.push(...rangeProblems(text, chunked).map((p) => `${name}: ${p}`));
      if (JSON.stringify(chunked) !== JSON.stringify(whole)) {
        const a = chunked.map((f) => `${f.range.start.line + 1}:${f.range.start.column + 1} ${f.ruleId}`);
        const b = whole.map((f) => `${f.range.start.line + 1}:${f.range.start.column + 1} ${f.ruleId}`);
        problems.push(`${name}: chunked [${a.join(', ')}] != whole [${b.join(', ')}]`);
      }
      for (const f of chunked.filter((x) => x.ruleId === INTERNAL_ERROR)) problems.push(`${name}: ${f.message}`);
    }
    assert.deepEqual(problems, []);
  });

  test('renamed, and linted one after another by one incremental linter: equal to a fresh lint', () => {
    const linter = new DossierLinter();
    const problems: string[] = [];
    for (const name of files) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const options = { fileName: 'x.dossier.md', today: TODAY };
      if (JSON.stringify(linter.lint(text, options).findings) !== JSON.stringify(lintText(text, options).findings)) problems.push(name);
    }
    assert.deepEqual(problems, []);
  });
});
