// What the VSIX carries (issue #12 item 8): the users' README with its images packaged beside it,
// nothing written for developers, no link that needs the network to show.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { RULE_IDS } from '../../src/core/rules';

const ROOT = join(__dirname, '..', '..');

/** The entries of a zip file (stored or deflated), by name. */
function unzip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

describe('the VSIX', () => {
  test('carries the users\' README, its images, and nothing for developers', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cpt-vsix-'));
    try {
      const vsix = join(tmp, 'cpt-dossier.vsix');
      // The harness's packaging (the same vsce options as `npm run package`), after the same
      // minified build, so that the size checked is the size shipped.
      const build = spawnSync(process.execPath, ['esbuild.js', '--production'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
      const pack = spawnSync(process.execPath, ['-e', `require('./test/vscode/harness/build.js').packageVsix(${JSON.stringify(vsix)}).catch((e) => { console.error(e); process.exit(1); })`], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(pack.status, 0, pack.stderr + pack.stdout);
      const entries = unzip(vsix);
      // Both hosts' bundles (issue #14): desktop (`main`, with its lint thread) and browser (`browser`).
      const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as { main: string; browser: string };
      for (const entry of [manifest.main, manifest.browser, './dist/engine.js']) assert.ok(entries.has(`extension/${entry.replace(/^\.\//, '')}`), `${entry} is not in the VSIX`);
      // The lint thread is dist/engine.js started as a worker: no second copy of the engine.
      assert.ok(!entries.has('extension/dist/lintWorker.js'), 'a second copy of the engine (dist/lintWorker.js)');
      // A budget, not a limit of the marketplace: it catches what should not ship (a second engine, node_modules, tests).
      // 1 MiB until stop 39, when the engine (shipped twice: the desktop lint thread and the web bundle) and its two models
      // grew past it by 5 KB (1,053,526 bytes); the pictures are palette PNGs deflate cannot shrink further.
      assert.ok(statSync(vsix).size < 1.125 * 1024 * 1024, `the VSIX is ${statSync(vsix).size} bytes, over 1.125 MiB`);
      const readmeName = [...entries.keys()].find((n) => /^extension\/readme\.md$/i.test(n));
      assert.ok(readmeName, [...entries.keys()].join(', '));
      const readme = entries.get(readmeName)!.toString('utf8');
      assert.equal(readme, readFileSync(join(ROOT, 'docs', 'vsix', 'README.md'), 'utf8'));
      for (const developerOnly of [/npm start/, /apt-get/, /npx cpt-dossier/, /npm install/, /code-server/]) assert.doesNotMatch(readme, developerOnly);
      for (const promise of [/telemetry/i, /network/i, /codeActionsOnSave/, /source\.fixAll\.cptDossier/, /cptDossier\.rules/]) assert.match(readme, promise);
      assert.deepEqual(RULE_IDS.filter((id) => !readme.includes(`| \`${id}\` |`)), [], 'rules missing from the README\'s table');
      const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
      assert.equal(images.length, 4);
      for (const image of images) {
        assert.doesNotMatch(image, /^[a-z]+:/i, `${image} needs the network`);
        assert.ok(entries.has(`extension/${image}`), `${image} is not in the VSIX`);
      }
      // No picture the users' README does not show (the repository README's web.png among them).
      assert.deepEqual([...entries.keys()].filter((n) => n.startsWith('extension/docs/images/')).sort(), images.map((i) => `extension/${i}`).sort());
      // The repository keeps the developers' README; it is not packaged a second time.
      assert.match(readFileSync(join(ROOT, 'README.md'), 'utf8'), /npm start/);
      assert.ok(![...entries.keys()].some((n) => n !== readmeName && /readme\.md$/i.test(n) && !n.startsWith('extension/docs/rules/')), [...entries.keys()].join(', '));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' }); // dist/ back to the development build
    }
  });
});
