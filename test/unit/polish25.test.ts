// Papercuts a first-time user hits (round polish25), asserted as they see them: rule ids,
// messages, ranges and exit codes.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { run, type Io } from '../../src/cli/commands';
import { setTopLevelValue } from '../../src/core/yamlEdits';
import { defaultConfig } from '../../src/core/config';
import { clean, doc, lint, span, TODAY } from './helpers';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-dossier-polish25-')));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, '.git'));
fs.writeFileSync(path.join(tmp, 'ok.dossier.md'), clean());

/** Runs the CLI in the temporary folder (one thread), as a user would. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), cwd: tmp };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('--format in any letter case', () => {
  test('lint --format JSON writes JSON; assess --format Markdown writes the report', async () => {
    const lint = await cli('lint', '--today', TODAY, '--jobs', '1', '--format', 'JSON', 'ok.dossier.md');
    assert.deepEqual({ code: lint.code, stdout: lint.stdout, stderr: lint.stderr }, { code: 0, stdout: '[]\n', stderr: '' });
    assert.deepEqual(JSON.parse((await cli('lint', '--today', TODAY, '--format', 'Sarif', 'ok.dossier.md')).stdout).version, '2.1.0');
    const report = await cli('assess', '--today', TODAY, '--format', 'Markdown', 'ok.dossier.md');
    assert.equal(report.code, 0);
    assert.equal(report.stderr, '');
    assert.match(report.stdout, /^# /);
  });
  test('a format that is none of them is still refused, as written', async () => {
    assert.deepEqual(await cli('lint', '--format', 'XML', 'ok.dossier.md'), { code: 2, stdout: '', stderr: "cpt-dossier: --format must be text, json, sarif, github or junit, not 'XML'\n" });
  });
});

describe('extglobs on the command line', () => {
  // The configuration's `ignores` refuse ( ) and |: picomatch passes them on as a regular expression.
  const REASON = 'holds ( ) or |, which the matcher reads as a regular expression (slow, and never what a folder name means); write ? for such a character';
  for (const glob of ['+(ok|a).dossier.md', '@(ok).dossier.md', '!(x).dossier.md', '?(o)k.dossier.md', '*(o)k.dossier.md', 'docs/+(a|b)/*.md']) {
    test(`${glob} is refused as in "ignores", exit 2`, async () => {
      assert.deepEqual(await cli('lint', '--today', TODAY, glob), { code: 2, stdout: '', stderr: `cpt-dossier: the glob ${glob} ${REASON}\n` });
    });
  }
  test('a file whose name holds parentheses is linted when it exists', async () => {
    fs.writeFileSync(path.join(tmp, 'ef (copy).dossier.md'), clean());
    assert.deepEqual(await cli('lint', '--today', TODAY, 'ef (copy).dossier.md'), { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
  });
});

describe('the frontmatter reader keeps no state between reads', () => {
  // Helpers deep in the walk (a key quoted as written, a value cut by a ` #`) read the YAML text
  // passed down to them, not a module-level variable set by the last call.
  test('src/core/parse/yamlFacts.ts has no module-level let or var', () => {
    const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'core', 'parse', 'yamlFacts.ts'), 'utf8');
    assert.deepEqual(source.split('\n').filter((line) => /^(?:export\s+)?(?:let|var)\s/.test(line)), []);
  });
});

describe('Set classification on a key written in capitals', () => {
  /** The text after the class picker's edit (setTopLevelValue, as src/extension/edits.ts calls it). */
  function setClass(text: string, cls: string): string {
    const lines = text.split('\n');
    const doc = { lineCount: lines.length, lineAt: (l: number) => ({ text: lines[l] }), getText: () => text };
    const edits = setTopLevelValue(doc, 'classification', cls, ['cpt_dossier']);
    const out = [...lines];
    // Edits of one line, applied from its end so that earlier columns stay right.
    for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.column - a.range.start.column)) {
      assert.equal(e.range.start.line, e.range.end.line);
      const t = out[e.range.start.line];
      out[e.range.start.line] = t.slice(0, e.range.start.column) + e.newText + t.slice(e.range.end.column);
    }
    return out.join('\n');
  }
  test('Classification: is the key edited, renamed as it is read, comment kept; no second key', () => {
    assert.equal(setClass(doc('---', 'cpt_dossier: 1', 'Classification: augmentative   # to check', '---', ''), 'autonomous'), doc('---', 'cpt_dossier: 1', 'classification: autonomous   # to check', '---', ''));
    assert.equal(setClass(doc('---', 'cpt_dossier: 1', 'CLASSIFICATION:  assistive', '---', ''), 'augmentative'), doc('---', 'cpt_dossier: 1', 'classification:  augmentative', '---', ''));
    // The result is read: no unknown-field, no classification-missing, the class chosen.
    const text = setClass(doc('---', 'cpt_dossier: 1', 'title: EF', 'Classification: augmentative', '---', ''), 'assistive');
    assert.deepEqual(lint(text).filter((f) => ['unknown-field', 'classification-missing'].includes(f.ruleId)), []);
  });
  test('the key written as it should be is the one edited when both are there', () => {
    assert.equal(setClass(doc('---', 'cpt_dossier: 1', 'Classification: augmentative', 'classification: assistive', '---', ''), 'autonomous'), doc('---', 'cpt_dossier: 1', 'Classification: augmentative', 'classification: autonomous', '---', ''));
  });
  test('another key that only starts alike is not the key: the class is inserted', () => {
    assert.equal(setClass(doc('---', 'cpt_dossier: 1', 'Classification notes: draft', '---', ''), 'assistive'), doc('---', 'cpt_dossier: 1', 'classification: assistive', 'Classification notes: draft', '---', ''));
  });
});

describe('a FIFO, a socket, a device or a folder named *.dossier.md', { skip: process.platform === 'win32' ? 'no FIFOs in the file system' : false }, () => {
  const dir = path.join(tmp, 'special');
  fs.mkdirSync(path.join(dir, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'docs', 'a.dossier.md'), clean());
  execFileSync('mkfifo', [path.join(dir, 'docs', 'pipe.dossier.md')]);
  fs.mkdirSync(path.join(dir, 'docs', 'old.dossier.md'));
  fs.symlinkSync('/dev/null', path.join(dir, 'docs', 'null.dossier.md'));
  /** The CLI run in `dir`, stopped after 10 s if it hangs on a pipe. */
  async function inDir(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), cwd: dir };
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), 10_000)));
    const code = await Promise.race([run(['lint', '--today', TODAY, '--jobs', '1', ...args], io), hang]);
    clearTimeout(timer);
    return { code, stdout, stderr };
  }
  const UNREAD = [
    'cpt-dossier: cannot read docs/null.dossier.md: is a symbolic link to a character device, not a regular file',
    'cpt-dossier: cannot read docs/old.dossier.md: is a folder',
    'cpt-dossier: cannot read docs/pipe.dossier.md: is a named pipe (FIFO), not a regular file',
  ];
  test('met by a glob: each is named as unreadable, the dossier is linted, exit 2', async () => {
    assert.deepEqual(await inDir('docs/*.dossier.md'), { code: 2, stdout: 'No findings (1 file checked, 3 files not read)\n', stderr: UNREAD.join('\n') + '\n' });
  });
  test('in a folder searched, they are left out as before (a folder search never fails on them)', async () => {
    assert.deepEqual(await inDir('docs'), { code: 0, stdout: 'No findings (1 file checked)\n', stderr: '' });
  });
  test('named: the pipe is refused without being opened, exit 2', async () => {
    assert.deepEqual(await inDir('docs/pipe.dossier.md'), { code: 2, stdout: 'Nothing checked: 1 file could not be read\n', stderr: `${UNREAD[2]}\n` });
  });
});

describe('a society name a slip away from a known one', () => {
  /** The field-value findings on the `society.name` of the clean dossier naming `name`: "line:col-line:col severity message [fixes]". */
  function onName(name: string, options: Parameters<typeof lint>[1] = {}): string[] {
    const text = clean().replace('  name: ASE', `  name: ${name}`);
    return lint(text, options)
      .filter((f) => f.ruleId === 'field-value')
      .map((f) => `${span(f)} ${f.severity} ${f.message} [${(f.fixes ?? []).map((x) => `${x.title} ${x.safe}`).join('; ')}]`);
  }
  const line = clean().split('\n').findIndex((l) => l === '  name: ASE') + 1;
  const tail = 'As written, no society\'s own procedure applies: the notice is held to the default of 56 days before the AMA deadline and its stance on the class is not checked.';
  test('ASEE and a misspelt full name: a warning on the value, naming the society meant, its fix offered (not applied unasked)', () => {
    assert.deepEqual(onName('ASEE'), [
      `${line}:9-${line}:13 warning \`society.name\` names no society whose policy is known (ASE); found \`ASEE\`. Did you mean \`ASE\` (American Society of Echocardiography)? ${tail} [Change to \`ASE\` false]`,
    ]);
    assert.deepEqual(onName('Amercian Society of Echocardiography'), [
      `${line}:9-${line}:45 warning \`society.name\` names no society whose policy is known (ASE); found \`Amercian Society of Echocardiography\`. Did you mean \`American Society of Echocardiography\`? ${tail} [Change to \`American Society of Echocardiography\` false]`,
    ]);
  });
  test('the known names, other societies and other abbreviations a letter away get nothing', () => {
    for (const name of ['ASE', 'A.S.E.', 'the American Society of Echocardiography', 'HRS', 'ACR', 'ASA', 'ASN', 'ASES', 'AES', 'American Society of Nephrology', 'American College of Cardiology']) {
      assert.deepEqual(onName(name), [], name);
    }
  });
  test('a society whose policy the configuration adds is a name it suggests', () => {
    const hrs = { id: 'HRS', name: 'Heart Rhythm Society', aliases: ['HRS', 'Heart Rhythm Society'], source: 'HRS policy', noticeLeadDays: 90, stance: {} };
    const config = { ...defaultConfig(), policies: [...defaultConfig().policies, hrs] };
    assert.deepEqual(
      onName('Heart Rythm Society', { config }).map((f) => f.replace(/ As written.*\[/, ' [')),
      [`${line}:9-${line}:28 warning \`society.name\` names no society whose policy is known (ASE, HRS); found \`Heart Rythm Society\`. Did you mean \`Heart Rhythm Society\`? [Change to \`Heart Rhythm Society\` false]`],
    );
  });
});

describe('a word joiner (U+2060) inside a word', () => {
  // Pasted from a word processor or a web page, it shows as nothing, as a zero-width space does.
  test('the prose reads the word it shows, and the message says where the character is', () => {
    const text = doc('---', 'cpt_dossier: 1', 'title: Example', 'classification: augmentative', 'taxonomy: 2027', '---', '', '## Software output', '', 'The software diag\u2060noses atrial fibrillation and measures the ejection fraction.');
    const cues = lint(text).filter((f) => f.ruleId === 'classification-cue');
    assert.deepEqual(
      cues.map((f) => `${span(f)} ${f.message.slice(0, f.message.indexOf(' describes'))} ${String(f.data?.suggests)}`),
      ['10:14-10:24 "diag<U+2060>noses" autonomous'],
    );
  });
  test('a heading with one is the section it shows; a key or value quoting one says where it is', () => {
    const text = doc('---', 'cpt_dossier: 1', 'title: Example', 'classi\u2060fication: augmentative', 'classification: augmen\u2060tative', 'taxonomy: 2027', '---', '', '## Soft\u2060ware output', '', 'The software measures the ejection fraction.');
    const f = lint(text).filter((x) => ['unknown-field', 'field-value', 'output-undescribed'].includes(x.ruleId));
    assert.deepEqual(
      f.map((x) => `${x.range.start.line + 1} ${x.ruleId} ${x.message}`),
      [
        '4 unknown-field Unknown key `classi<U+2060>fication`: dossier format 1 does not define it, so no rule reads it. Did you mean `classification`? `classification` is written too, and is the one read: keep one of them.',
        '5 field-value `classification` must be one of assistive, augmentative, autonomous (dossier format 1); found `augmen<U+2060>tative`. Write `augmentative`.',
      ],
    );
  });
  test('a closing fence followed by one is named, on its line', () => {
    const f = lint(doc('---', 'cpt_dossier: 1', 'classification: augmentative', '---\u2060', '', '## Software output', '', 'It measures EF.')).filter((x) => x.ruleId === 'frontmatter-syntax');
    assert.deepEqual(
      f.map((x) => `${x.range.start.line + 1}:${x.range.start.column + 1} ${x.message.slice(0, x.message.indexOf(' (dossier format 1)'))}`),
      ['4:1 The frontmatter is not valid YAML: the frontmatter opened with --- on line 1 is never closed: line 4 shows as its closing ---, but U+2060 (a character that shows as a space or as nothing) follows the dashes, so it is not one; delete it'],
    );
  });
  test('inline code in a quoted sentence still reads as it did (its placeholder is made of U+2060)', () => {
    const text = doc('---', 'cpt_dossier: 1', 'title: Example', 'classification: augmentative', 'taxonomy: 2027', '---', '', '## Software output', '', 'The `EFNet` software diagnoses atrial fibrillation.');
    assert.deepEqual(lint(text).filter((f) => f.ruleId === 'classification-cue').map((f) => `${span(f)} ${f.message.slice(0, f.message.indexOf(' describes'))}`), ['10:22-10:31 "diagnoses"']);
  });
});
