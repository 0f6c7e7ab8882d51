// The README's "Your first dossier" shows a dossier and what `cpt-dossier lint` prints for it: the
// printed output must be what the command prints now, so that a newcomer who copies the example
// sees exactly the lines the README shows.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/commands';

const README = path.join(__dirname, '..', '..', 'README.md');

/** The fenced block right after `<!-- readme-example: NAME -->`. */
function exampleBlock(readme: string, name: string): string {
  const marker = `<!-- readme-example: ${name} -->\n`;
  const at = readme.indexOf(marker);
  assert.ok(at >= 0, `README.md has no ${marker.trim()}`);
  const block = /^```[a-z]*\n([\s\S]*?)^```$/m.exec(readme.slice(at + marker.length));
  assert.ok(block && block.index === 0, `no fenced block right after ${marker.trim()}`);
  return block[1];
}

describe('README: your first dossier', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-readme-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the output shown is what `cpt-dossier lint` prints for the dossier shown', async () => {
    const readme = fs.readFileSync(README, 'utf8');
    fs.writeFileSync(path.join(dir, 'ef.dossier.md'), exampleBlock(readme, 'ef.dossier.md'));
    const [command, ...shown] = exampleBlock(readme, 'output').split('\n');
    const prefix = '$ npx cpt-dossier ';
    assert.ok(command.startsWith(prefix), `the output block starts with "${prefix}…"`);
    let stdout = '';
    let stderr = '';
    const code = await run(command.slice(prefix.length).split(' '), { out: (s) => (stdout += s), err: (s) => (stderr += s), cwd: dir });
    assert.equal(stdout, shown.join('\n'));
    assert.equal(stderr, '');
    assert.equal(code, 1, 'the example has errors, so the command exits 1');
  });
});
