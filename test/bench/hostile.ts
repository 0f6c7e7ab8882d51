/**
 * Hostile and broken dossiers (GitHub issue #6): the cases `test/unit/hostile.test.ts` asserts
 * findings on, and a small timer for them. Run: `node --import tsx test/bench/hostile.ts`
 * (prints milliseconds per case: chunked, whole-document, and an incremental re-lint after a
 * one-character edit; then the CPU time of the CLI's file search and configuration loading on
 * hostile folders; `--trees`: only those). Unit tests never assert time; this script is where it is looked at.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintText, DossierLinter } from '../../src/core/engine';
import { expandPaths } from '../../src/node/findFiles';
import { ConfigResolver, clearConfigCache, ignoredFile } from '../../src/node/loadConfig';
import { CLEAN_FRONTMATTER } from '../unit/helpers';

export interface HostileCase {
  name: string;
  /** The file's text as the editor or the CLI hands it to the engine. */
  text: string;
  /** The file's bytes as written on disk (for the CLI); defaults to the text in UTF-8. */
  bytes?: Uint8Array;
}

export const TODAY = '2026-11-23';

/** mulberry32: the same "random" bytes on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(n: number, seed: number): Uint8Array {
  const r = rng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256);
  return out;
}

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(bytes);

/** A clean augmentative Category III frontmatter (no findings on its own, with a Software output section). */
export const FRONT = CLEAN_FRONTMATTER;
export const OUTPUT = ['## Software output', '', 'The software measures the left ventricular ejection fraction.', ''];

export const join = (...lines: string[]): string => lines.join('\n') + '\n';

function billionLaughs(): string {
  const lines = ['lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

export function hostileCases(): HostileCase[] {
  const MiB = 1024 * 1024;
  const cases: HostileCase[] = [];
  const add = (name: string, text: string, bytes?: Uint8Array): void => void cases.push({ name, text, ...(bytes ? { bytes } : {}) });

  // YAML alias bombs: 9^10 "lol"s if anything expanded them.
  add('alias bomb (unknown keys)', join(...FRONT.slice(0, -1), billionLaughs(), '---', ...OUTPUT));
  {
    // The same bomb defined inside a known key's value and referenced from other known keys.
    let def = `&a0 [${Array(9).fill('lol').join(', ')}]`;
    for (let i = 1; i <= 9; i++) def = `&a${i} [${def}, ${Array(8).fill(`*a${i - 1}`).join(', ')}]`;
    const kept = FRONT.slice(0, -1).filter((l) => !/^(title|sites|trials|  - |    )/.test(l));
    add('alias bomb (under known keys)', join(...kept, `codes: ${def}`, 'sites: *a9', 'trials: *a9', 'title: *a9', '---', ...OUTPUT));
  }

  // Deep nesting.
  const N = 5000;
  add('YAML flow [[[[… 5,000 deep', join('---', 'cpt_dossier: 1', 'classification: augmentative', `codes: ${'['.repeat(N)}${']'.repeat(N)}`, '---', ...OUTPUT));
  add('YAML flow {a: {a: … 5,000 deep, unclosed', join('---', 'cpt_dossier: 1', 'classification: augmentative', `fda: ${'{a: '.repeat(N)}`, '---', ...OUTPUT));
  add('YAML block "- - - …" 5,000 deep', join('---', 'cpt_dossier: 1', 'classification: augmentative', 'sites:', `  ${'- '.repeat(N)}x`, '---', ...OUTPUT));
  {
    const lines = ['---', 'cpt_dossier: 1', 'classification: augmentative', 'fda:'];
    for (let i = 1; i <= N; i++) lines.push(`${' '.repeat(i)}k${i}:`);
    add('YAML block mapping 5,000 deep (indented, 12 MB)', join(...lines, '---', ...OUTPUT));
  }
  add('Markdown >>>>… 5,000 deep', join(...FRONT, ...OUTPUT, '>'.repeat(N) + ' The software diagnoses heart failure.'));
  add('Markdown nested lists 5,000 deep (one line)', join(...FRONT, ...OUTPUT, '- '.repeat(N) + 'The software diagnoses heart failure.'));
  for (const depth of [2000, N]) {
    const lines: string[] = [];
    for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i)}- item ${i}`);
    add(`Markdown nested lists ${depth.toLocaleString('en-US')} deep (indented${depth === N ? ', 25 MB' : ''})`, join(...FRONT, ...OUTPUT, ...lines));
  }
  add('Markdown > - > - … 5,000 deep', join(...FRONT, ...OUTPUT, '> - '.repeat(N) + 'The software diagnoses heart failure.'));
  add('Markdown [[[[…]]]] 50,000 deep', join(...FRONT, ...OUTPUT, '['.repeat(50000) + 'a' + ']'.repeat(50000)));
  add('Markdown [a]([a]([a](… 50,000 times', join(...FRONT, ...OUTPUT, '[a]('.repeat(50000)));
  add('Markdown a*a*a*… 50,000 times', join(...FRONT, ...OUTPUT, 'a*'.repeat(50000)));
  // Stray '!' marks: each may open an image, and a paragraph of them took the parser 20 s and 500 MB (stop 33).
  add('Markdown !?. 100,000 times', join(...FRONT, ...OUTPUT, '!?.'.repeat(100000)));
  add('Markdown [[[[ 50,000 over 50,000 lines', join(...FRONT, ...OUTPUT, ...Array(50000).fill('[')));

  // Openers the parser reads on from to the paragraph's end when they never close (hostile16).
  add('Markdown <!-- a <!-- a … 20,000 unclosed comments on one line', join(...FRONT, ...OUTPUT, 'x ' + '<!-- a '.repeat(20000), '', 'A CPT code guarantees payment.'));
  add('Markdown <? a <!A a … 20,000 unclosed instructions and declarations on one line', join(...FRONT, ...OUTPUT, 'x ' + '<? a <!A a '.repeat(10000), '', 'A CPT code guarantees payment.'));
  add('Markdown 88 backtick runs of distinct lengths, then 500 KB of words', join(...FRONT, ...OUTPUT, Array.from({ length: 88 }, (_, i) => '`'.repeat(i + 1)).join(' ') + ' word'.repeat(100000), '', 'A CPT code guarantees payment.'));
  add('Markdown heading of 50,000 a* marks', join(...FRONT, ...OUTPUT, '## ' + 'a*'.repeat(50000), '', 'A CPT code guarantees payment.'));
  add('Markdown heading of 20,000 unclosed comments', join(...FRONT, ...OUTPUT, '# ' + '<!-- a '.repeat(20000), '', 'A CPT code guarantees payment.'));

  // Lines the budget under-counted (hostile16): blank lines, short lines, lines ending in spaces, setext headings.
  add('1,000,000 blank lines', join(...FRONT, ...OUTPUT, '\n'.repeat(1_000_000), 'A CPT code guarantees payment.'));
  add('a paragraph of 20,000 lines ending in two spaces', join(...FRONT, ...OUTPUT, ...Array(20000).fill('The software measures it.  '), '', 'A CPT code guarantees payment.'));
  add('40 paragraphs of 50,000 one-letter lines', join(...FRONT, ...OUTPUT, ...Array(40).fill('a\n'.repeat(50000)), 'A CPT code guarantees payment.'));
  add('40,000 setext headings in a row', join(...FRONT, ...OUTPUT, ...Array(40000).fill('Heading\n---'), '', 'A CPT code guarantees payment.'));

  // hostile17: a heading's run of spaces (a regex tried from each of them), escapes and character references (charged as characters).
  add('heading of 200,000 spaces and " :" pairs', join(...FRONT, `## Software${' '.repeat(100000)}output${' :'.repeat(50000)}`, '', 'The software measures the left ventricular ejection fraction.', '', `## a${' '.repeat(100000)}b`, '', 'A CPT code guarantees payment.'));
  add('1 MB of backslash escapes on one line', join(...FRONT, ...OUTPUT, '\\.'.repeat(500000), '', 'A CPT code guarantees payment.'));
  add('empty classification with a comment of 200,000 spaces', join(...FRONT.map((l) => l.replace(/^classification: .*/, `classification: #a${' '.repeat(200000)}b`)), ...OUTPUT));
  add('100,000 lines of character references', join(...FRONT, ...OUTPUT, ...Array(100000).fill('&#65;&#x42;&quot;'), '', 'A CPT code guarantees payment.'));

  // hostile21: inline HTML tags and autolinks were not charged to the work budget (some 15-45 µs each to the parser).
  add('2.9 MB of inline HTML tags on one line', join(...FRONT, ...OUTPUT, '<span>x</span> '.repeat(200000), '', 'A CPT code guarantees payment.'));
  add('a paragraph of 12,000 lines of inline tags', join(...FRONT, ...OUTPUT, ...Array(12000).fill('Text <b>x</b> <i>y</i> <a href="u">z</a> <br/> <span>w</span>'), '', 'A CPT code guarantees payment.'));
  add('120,000 autolinks on one line', join(...FRONT, ...OUTPUT, '<http://a.example> '.repeat(120000), '', 'A CPT code guarantees payment.'));
  add('an HTML table of 30,000 rows (an HTML block: read whole)', join(...FRONT, ...OUTPUT, '<table>', ...Array.from({ length: 30000 }, (_, i) => `<tr><td>${i}</td><td>The software measures it.</td></tr>`), '</table>', '', 'A CPT code guarantees payment.'));

  // Size.
  {
    const para = 'The software measures the ejection fraction and shows the traced borders to the reader. ';
    const body = (para.repeat(12) + '\n\n').repeat(Math.ceil((5 * MiB) / (para.length * 12 + 2)));
    add('5 MiB file (taxonomy 2022)', join(...FRONT.map((l) => l.replace('taxonomy: 2027', 'taxonomy: 2022')), ...OUTPUT, body, 'A CPT code guarantees payment.'));
  }
  add('2 MB single line in the body', join(...FRONT, ...OUTPUT, 'The software diagnoses heart failure and '.repeat(50000) + 'a CPT code guarantees payment.'));
  add('2 MB single line without spaces', join(...FRONT, ...OUTPUT, 'x'.repeat(2_000_000)));
  add('2 MB single-line frontmatter value', join(...FRONT.slice(0, 2), `title: ${'x'.repeat(2_000_000)}`, ...FRONT.slice(3), ...OUTPUT));
  add('2 MB file on one line (no line end at all)', 'x'.repeat(2_000_000));

  add('100,000 unknown keys in the frontmatter', join('---', 'cpt_dossier: 1', 'classification: augmentative', ...Array.from({ length: 100000 }, (_, i) => `clasification_${i}: x`), '---', ...OUTPUT));
  add('100,000 codes in the frontmatter', join('---', 'cpt_dossier: 1', 'classification: augmentative', 'codes:', ...Array.from({ length: 100000 }, (_, i) => `  - ${i % 2 ? '0932T' : 'X' + i}`), '---', ...OUTPUT));

  // Bytes that are not text.
  {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(join(...FRONT, ...OUTPUT)), Buffer.alloc(4096, 0), Buffer.from('\nThe software diagnoses\u0000 heart failure.\n')]));
    add('NUL bytes after a valid dossier', decode(bytes), bytes);
  }
  {
    const bytes = randomBytes(256 * 1024, 6);
    add('256 KiB of random bytes', decode(bytes), bytes);
  }
  {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from('---\ncpt_dossier: 1\n'), Buffer.from(randomBytes(4096, 7)), Buffer.from('\n---\n')]));
    add('random bytes inside the frontmatter', decode(bytes), bytes);
  }
  {
    // Lone continuation bytes, an overlong "/", a truncated 4-byte sequence, 0xFF/0xFE, a CESU-8 surrogate.
    const bad = [0x80, 0xbf, 0xc0, 0xaf, 0xf0, 0x9f, 0x98, 0xff, 0xfe, 0xed, 0xa0, 0x80];
    const bytes = new Uint8Array(Buffer.concat([Buffer.from('---\ncpt_dossier: 1\nclassification: augmen'), Buffer.from(bad), Buffer.from('tative\ntitle: caf'), Buffer.from(bad), Buffer.from('\n---\n## Software output\n\nIt measures EF '), Buffer.from(bad), Buffer.from('.\n')]));
    add('invalid UTF-8 in a value, a key value and the body', decode(bytes), bytes);
  }
  {
    const text = join(...FRONT, ...OUTPUT);
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    add('a UTF-16 LE file read as UTF-8', decode(bytes), bytes);
  }
  add('lone surrogates in the text', join(...FRONT.slice(0, 2), 'title: \ud800 \udfff', ...FRONT.slice(3), '## Software output', '', 'It measures \udc00\ud800 EF and diagnoses.'));

  // Degenerate files.
  add('empty file', '');
  add('only a BOM', '\ufeff');
  add('--- with nothing after it', '---');
  add('--- and a line end', '---\n');
  add('unclosed frontmatter', join('---', 'cpt_dossier: 1', 'classification: augmentative', '', '## Software output', '', 'It measures EF.'));
  add('unclosed code fence', join(...FRONT, ...OUTPUT, '```', 'It diagnoses heart failure.', '', '## Physician work', '', 'A CPT code guarantees payment.'));
  add('unclosed HTML comment', join(...FRONT, ...OUTPUT, '<!-- a comment that never ends', '', '## Physician work', '', 'A CPT code guarantees payment.'));
  add('CR-only line ends', join(...FRONT.map((l) => l.replace('taxonomy: 2027', 'taxonomy: 2022')), ...OUTPUT, 'A CPT code guarantees payment.').replace(/\n/g, '\r'));
  add('tabs in YAML indentation', join(...FRONT.map((l) => l.replace(/^ {2}(?=status)/, '\t')), ...OUTPUT));
  add('100,000 headings', join(...FRONT, ...OUTPUT, ...Array.from({ length: 100000 }, (_, i) => `## H${i}`)));
  add('20,000 enable switches and 20,000 findings', join(...FRONT, ...OUTPUT, ...Array.from({ length: 20000 }, () => '<!-- cpt-dossier-enable classification-cue -->\n\nA CPT code guarantees payment.\n')));
  add('50,000 suppression comments', join(...FRONT, ...OUTPUT, ...Array.from({ length: 50000 }, () => '<!-- cpt-dossier-disable-next-line payment-claim -->')));
  return cases;
}

/** Folders and configuration files the CLI is pointed at (sixth round): each builds its tree under `root`. */
export interface HostileTree {
  name: string;
  build(root: string): void;
}

const MINIMAL_DOSSIER = '---\ncpt_dossier: 1\n---\n';

export function hostileTrees(): HostileTree[] {
  const policy = JSON.stringify({ id: 'HRS', name: 'Heart Rhythm Society', aliases: [], noticeLeadDays: 90, stance: {} });
  return [
    {
      name: 'one policy file named 70,000 times (a 1 MB configuration)',
      build: (root) => {
        fs.writeFileSync(path.join(root, 'hrs.json'), policy);
        fs.writeFileSync(path.join(root, '.cpt-dossier.json'), JSON.stringify({ policies: Array(70000).fill('hrs.json') }));
        fs.writeFileSync(path.join(root, 'a.dossier.md'), MINIMAL_DOSSIER);
      },
    },
    {
      name: 'a configuration naming 20,000 missing presets, 100 dossiers',
      build: (root) => {
        fs.writeFileSync(path.join(root, '.cpt-dossier.json'), JSON.stringify({ extends: Array.from({ length: 20000 }, (_, i) => `e${i}.json`) }));
        for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(root, `d${i}.dossier.md`), MINIMAL_DOSSIER);
      },
    },
    {
      // Four kinds (exact names, folders, extensions anywhere, a star inside a name), 17,500 each.
      name: '70,000 valid ignores globs, 100 dossiers in 10 folders',
      build: (root) => {
        const ignores = Array.from({ length: 70000 }, (_, i) => {
          const k = i.toString(36); // short, so that the file stays under the 1 MiB a configuration may have
          return [`d/${k}.md`, `a/${k}/**`, `**/*.${k}`, `o/${k}-*`][i % 4];
        });
        fs.writeFileSync(path.join(root, '.cpt-dossier.json'), JSON.stringify({ ignores }));
        for (let f = 0; f < 10; f++) {
          const dir = path.join(root, `f${f}`, 'sub');
          fs.mkdirSync(dir, { recursive: true });
          for (let i = 0; i < 10; i++) fs.writeFileSync(path.join(dir, `d${i}.dossier.md`), MINIMAL_DOSSIER);
        }
      },
    },
    {
      // hostile21: the JSON and YAML parsers recurse once per level (a stack overflow: an internal error).
      name: 'configurations nested 400,000 deep (JSON and YAML presets)',
      build: (root) => {
        fs.writeFileSync(path.join(root, '.cpt-dossier.json'), JSON.stringify({ extends: ['deep.yaml'] }).replace('}', `, "rules": ${'['.repeat(400000)}${']'.repeat(400000)}}`));
        fs.writeFileSync(path.join(root, 'deep.yaml'), `rules: ${'['.repeat(400000)}${']'.repeat(400000)}\n`);
        fs.writeFileSync(path.join(root, 'a.dossier.md'), MINIMAL_DOSSIER);
      },
    },
    {
      name: '1,000 nested folders, a dossier in each',
      build: (root) => {
        let dir = root;
        for (let i = 0; i < 1000; i++) {
          dir = path.join(dir, 'a');
          fs.mkdirSync(dir);
          fs.writeFileSync(path.join(dir, 'x.dossier.md'), MINIMAL_DOSSIER);
        }
      },
    },
  ];
}

function cpuTime(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** CPU milliseconds of what the CLI does before linting: find the files, resolve each one's configuration and `ignores`. */
function timeTree(tree: HostileTree): { ms: number; files: number } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-hostile-'));
  try {
    tree.build(root);
    clearConfigCache();
    let files: string[] = [];
    const ms = cpuTime(() => {
      files = expandPaths([root], root).files;
      const resolver = new ConfigResolver(undefined, undefined, { pointedAt: [root] });
      // As the CLI does: each file's configuration, then whether its `ignores` exclude it.
      for (const file of files) ignoredFile(resolver.configFor(file).config, file);
    });
    return { ms, files: files.length };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

if (require.main === module) {
  const rows: string[][] = [['case', 'size', 'lint ms', 'whole ms', 'edit ms', 'findings']];
  // `--trees`: only the folder and configuration cases.
  for (const c of process.argv.includes('--trees') ? [] : hostileCases()) {
    const opts = { fileName: 'hostile.dossier.md', today: TODAY };
    let findings = '';
    const lint = time(() => {
      findings = [...new Set(lintText(c.text, opts).findings.map((f) => f.ruleId))].join(' ');
    });
    const whole = time(() => lintText(c.text, { ...opts, wholeDocument: true }));
    const linter = new DossierLinter();
    linter.lint(c.text, opts);
    const edited = c.text.slice(0, c.text.length >> 1) + 'x' + c.text.slice(c.text.length >> 1);
    const edit = time(() => linter.lint(edited, opts));
    const size = c.text.length >= 1 << 20 ? `${(c.text.length / (1 << 20)).toFixed(1)} Mi` : c.text.length >= 1024 ? `${(c.text.length / 1024).toFixed(0)} Ki` : `${c.text.length}`;
    rows.push([c.name, size, lint.toFixed(0), whole.toFixed(0), edit.toFixed(0), findings]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  if (rows.length > 1) {
    for (const r of rows) console.log(r.map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
    console.log('');
  }
  for (const tree of hostileTrees()) {
    const { ms, files } = timeTree(tree);
    console.log(`${tree.name}: ${files} file${files === 1 ? '' : 's'}, search and configuration ${ms.toFixed(0)} ms CPU`);
  }
}
