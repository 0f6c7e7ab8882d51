// Golden output of every `cpt-dossier lint --format`, on test/fixtures/formats (a file name with a
// comma and a percent sign, a key with a colon, a suppression with a reason, an unknown rule id in a
// disable comment, an unused one). `UPDATE_GOLDEN=1 node --import tsx --test test/unit/formats.test.ts`
// rewrites the golden files; review the diff before committing it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run, type Io } from '../../src/cli/commands';
import { escapeData, escapeProperty } from '../../src/core/report/github';
import { renderJunit } from '../../src/core/report/junit';
import { docsUrl } from '../../src/core/sources';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'formats');
const GOLDEN = path.join(DIR, 'golden');

async function lint(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), cwd: DIR };
  const code = await run(['lint', '--today', '2026-11-23', '--jobs', '1', '--report-unused-disable-directives', ...args, '.'], io);
  return { code, stdout, stderr };
}

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `differs from ${path.relative(process.cwd(), file)}`);
}

describe('golden output of every format', () => {
  for (const format of ['text', 'json', 'sarif', 'github', 'junit']) {
    test(format, async () => {
      const r = await lint(['--format', format]);
      assert.equal(r.stderr, '');
      assert.equal(r.code, 1); // the unused directive is an error
      // The SARIF log names the working folder as %SRCROOT%: the same on every machine here.
      golden(`${format}.out`, r.stdout.split(DIR.replace(/\\/g, '/')).join('<FIXTURES>'));
    });
  }

  test('github: escaped as GitHub documents (data: % CR LF; properties also : and ,)', async () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('claims, 100%: x\n'), 'claims%2C 100%25%3A x%0A');
    const { stdout } = await lint(['--format', 'github']);
    const first = stdout.split('\n')[0];
    assert.equal(first.split('::')[1], 'warning file=claims%2C 100%25.dossier.md,line=7,col=1,endLine=7,endColumn=8,title=CPT Dossier unknown-field');
    assert.match(first, /::Unknown key `rate%25:x`/);
  });

  test('github: a file name with a control character is named in the annotation text, not as its file (hostile16)', async () => {
    const { renderGithub } = await import('../../src/core/report/github');
    const range = { start: { line: 2, column: 0 }, end: { line: 2, column: 4 } };
    const finding = { ruleId: 'payment-claim', severity: 'warning' as const, message: 'promises payment', range };
    const out = renderGithub([{ file: 'we\u001bird\t.dossier.md', findings: [finding] }, { file: 'nl\nok.dossier.md', findings: [finding] }]);
    const [odd, nl] = out.split('\n');
    assert.equal(odd, '::warning title=CPT Dossier payment-claim::we\\u001bird\\u0009.dossier.md:3:1: promises payment');
    // A line end has an escape GitHub reads back: that file is still named as the file.
    assert.equal(nl, '::warning file=nl%0Aok.dossier.md,line=3,col=1,endLine=3,endColumn=5,title=CPT Dossier payment-claim::promises payment');
  });

  test('junit: a line end or a tab in a file name or message stays one in the attribute (XML would read a space)', () => {
    const range = { start: { line: 2, column: 0 }, end: { line: 2, column: 4 } };
    const xml = renderJunit([{ file: 'nl\nx\t.dossier.md', findings: [{ ruleId: 'payment-claim', severity: 'warning', message: '"guarantees\r\npayment" promises', range }] }]);
    assert.match(xml, /<testsuite name="nl&#10;x&#9;\.dossier\.md" /);
    assert.match(xml, /<testcase classname="nl&#10;x&#9;\.dossier\.md" name="payment-claim at 3:1"/);
    assert.match(xml, /<failure type="warning" message="&quot;guarantees&#13;&#10;payment&quot; promises">/);
    // Every attribute on one line: no raw line end between the quotes.
    for (const attr of xml.match(/="[^"]*"/g) ?? []) assert.doesNotMatch(attr, /[\r\n\t]/);
  });

  test('junit: a line end in a file name or message is escaped in the body people read, as the text format writes it', () => {
    const range = { start: { line: 2, column: 0 }, end: { line: 2, column: 4 } };
    const xml = renderJunit([
      { file: 'two\nlines\r.dossier.md', findings: [{ ruleId: 'payment-claim', severity: 'warning', message: 'says "unlocks\npayment"', range }] },
      { file: 'gone\n.dossier.md', findings: [], readError: 'ENOENT' },
    ]);
    const failure = /<failure [^>]*>([^<]*)<\/failure>/.exec(xml)?.[1];
    assert.equal(failure, `two\\u000alines\\u000d.dossier.md:3:1 warning payment-claim\nsays &quot;unlocks\\u000apayment&quot;\n${docsUrl('payment-claim')}`);
    assert.equal(/<error [^>]*>([^<]*)<\/error>/.exec(xml)?.[1], 'cannot read gone\\u000a.dossier.md: ENOENT');
  });

  test('sarif: the suppressed finding is listed with the reason after --', async () => {
    const log = JSON.parse((await lint(['--format', 'sarif'])).stdout) as { runs: { results: { ruleId: string; suppressions?: { kind: string; justification?: string }[] }[] }[] };
    const suppressed = log.runs[0].results.filter((r) => r.suppressions);
    assert.deepEqual(
      suppressed.map((r) => [r.ruleId, r.suppressions]),
      [['payment-claim', [{ kind: 'inSource', justification: 'quoted from the 2024 brochure, kept for the record' }]]],
    );
  });
});

describe('the $cpt-dossier problem matcher (package.json) reads the text format', () => {
  test('every finding line gives the file, position, severity, rule and message of the JSON output', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      contributes: { problemMatchers: { name: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number } }[] };
    };
    const matcher = pkg.contributes.problemMatchers.find((m) => m.name === 'cpt-dossier');
    assert.ok(matcher);
    const { pattern } = matcher;
    const re = new RegExp(pattern.regexp);
    const text = (await lint(['--format', 'text'])).stdout.trimEnd().split('\n');
    const json = JSON.parse((await lint(['--format', 'json'])).stdout) as { file: string; line: number; column: number; severity: string; ruleId: string; message: string }[];
    const read = text.slice(0, -1).map((l) => {
      const m = re.exec(l);
      assert.ok(m, l);
      return { file: m[pattern.file], line: Number(m[pattern.line]), column: Number(m[pattern.column]), severity: m[pattern.severity], ruleId: m[pattern.code], message: m[pattern.message] };
    });
    assert.deepEqual(read, json.map(({ file, line, column, severity, ruleId, message }) => ({ file, line, column, severity, ruleId, message })));
    assert.equal(re.test(text[text.length - 1]), false); // the summary line is no problem
  });
});
