// The pure renderers of src/core/report: text, JSON, SARIF and the assessment as Markdown (with
// hostile dossier text that must not become HTML, links or other markup when rendered).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { assessText } from '../../src/core/assess';
import { lintText, INTERNAL_ERROR } from '../../src/core/engine';
import { RULE_IDS } from '../../src/core/rules';
import { DOCS_BASE_URL, docsUrl } from '../../src/core/sources';
import type { Finding } from '../../src/core/types';
import { escapeMarkdown, markdownMessage, renderAssessmentMarkdown } from '../../src/core/report/markdown';
import { formatTextFinding, formatTextSummary, renderText, safeTerminalText } from '../../src/core/report/text';
import { renderJson, toJsonFindings } from '../../src/core/report/json';
import { renderAssessmentHtml } from '../../src/core/report/html';
import { pathToUriReference, renderSarifLog } from '../../src/core/report/sarif';
import { TODAY, clean } from './helpers';

const parse = (md: string): Root => unified().use(remarkParse).parse(md) as Root;

function walk(node: Root | RootContent, visit: (n: Root | RootContent) => void): void {
  visit(node);
  if ('children' in node) for (const c of node.children as RootContent[]) walk(c, visit);
}

function types(tree: Root): Set<string> {
  const seen = new Set<string>();
  walk(tree, (n) => seen.add(n.type));
  return seen;
}

function plain(node: Root | RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plain).join('');
  return '';
}

/** What escapeMarkdown promises to keep: the text on one line, trimmed. */
function normalise(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').trim();
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/p.png)',
  '<https://evil.example>',
  'see https://evil.example and www.evil.example or mail me@evil.example',
  '**bold** _em_ `code` ~~strike~~ $x$',
  '# heading',
  '- [ ] task',
  '1. ordered',
  '> quote',
  '| a | b |',
  'line one\nline two\r\n\n## injected heading',
  'trailing backslash \\',
  'C# #',
  '&lt;script&gt; &amp; &#60;',
  '<!-- comment -->',
  '[ref]: https://evil.example',
];

describe('escapeMarkdown', () => {
  test('hostile strings render as their own text, with no markup at all', () => {
    for (const s of HOSTILE) {
      const md = escapeMarkdown(s);
      assert.doesNotMatch(md, /[<\n]/, s);
      const tree = parse(`Title: ${md}`);
      assert.deepEqual([...types(tree)].sort(), ['paragraph', 'root', 'text'], s);
      assert.equal(plain(tree), `Title: ${normalise(s)}`, s);
      const heading = parse(`# ${md}`);
      assert.equal(plain(heading), normalise(s), `heading: ${s}`);
      const item = parse(`- ${md}`);
      assert.deepEqual([...types(item)].sort(), ['list', 'listItem', 'paragraph', 'root', 'text'], `list item: ${s}`);
      assert.equal(plain(item), normalise(s), `list item: ${s}`);
    }
  });
  test('GFM autolink triggers are broken with entities', () => {
    const md = escapeMarkdown('https://evil.example www.evil.example me@evil.example');
    assert.doesNotMatch(md, /:\/\/|www\.|@/);
  });
  test('any string: one paragraph of plain text that reads back as the input', () => {
    const alphabet = fc.constantFrom(...'ab1 .-+=#*_`~|$&<>@:/\\[]()!"\'\n\r\t{}'.split(''), 'www.', 'http://', '&amp;', '&#64;', '\u0000', '\u00a0', 'é', '🙂');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (s) => {
        const md = escapeMarkdown(s);
        const n = normalise(s);
        const tree = parse(`x ${md}`);
        return [...types(tree)].every((t) => ['root', 'paragraph', 'text'].includes(t)) && plain(tree) === `x ${n}`.trimEnd();
      }),
      { numRuns: 400 },
    );
  });
  test('messages keep their `code` spans as code, and code spans never become HTML', () => {
    const md = markdownMessage('Unknown key `<b>x</b>`: write `developer` <i>instead</i>.');
    const tree = parse(md);
    assert.ok(!types(tree).has('html'));
    const codes: string[] = [];
    walk(tree, (n) => n.type === 'inlineCode' && codes.push(n.value));
    assert.deepEqual(codes, ['<b>x</b>', 'developer']);
    assert.equal(markdownMessage('a `x|y` b', true), 'a `x\\|y` b');
  });
});

describe('renderAssessmentMarkdown', () => {
  const hostile = clean(
    { title: '"<script>alert(1)</script> [x](javascript:alert(1)) ![i](https://evil.example/i.png)"', developer: '"<img src=x onerror=alert(1)>"' },
    ['# Title', '', '## Software output', '', 'The software diagnoses <b>heart failure</b> at https://evil.example.', ''],
  ).replace('  name: ASE', '  name: "<iframe src=https://evil.example>"');
  const a = assessText(hostile, { fileName: 'docs/<x>.dossier.md', today: TODAY });
  const md = renderAssessmentMarkdown(a);
  const tree = parse(md);

  test('nothing from the dossier becomes HTML, an image or a link', () => {
    assert.ok(!types(tree).has('html'), 'no HTML nodes');
    assert.ok(!types(tree).has('image'), 'no images');
    walk(tree, (n) => {
      if (n.type === 'link') assert.ok(n.url.startsWith(DOCS_BASE_URL), n.url);
    });
    assert.doesNotMatch(md, /<script|<img|<iframe|<b>/i);
    assert.doesNotMatch(md, /https:\/\/evil/);
  });
  test('the parts are there: verdict, classification evidence with lines, checklist, society, timeline, findings', () => {
    assert.match(md, /^# Readiness assessment: &lt;script&gt;alert\(1\)&lt;\/script&gt; /);
    assert.match(md, /^> \*\*Nearly ready:\*\* no errors, 1 warning/m);
    assert.match(md, /^## Prerequisites \(\d of \d met, Category III\)$/m);
    assert.match(md, /^- \[x\] \*\*Classified under CPT Appendix S\*\*: augmentative \(line 4\)$/m);
    assert.match(md, /^## Classification \(CPT Appendix S\)$/m);
    assert.match(md, /^\*\*Autonomous\*\* \(1\)$/m);
    assert.match(md, /^- “diagnoses[^”]*” \(line 27\)$/m);
    assert.match(md, /^- \*\*Society:\*\* &lt;iframe src=https&#58;\/\/evil\\?\.example&gt;/m);
    assert.match(md, /^\| Date \| Event \|$/m);
    assert.match(md, /^\| 2027-02-04 \| AMA application deadline \|$/m);
    assert.match(md, /^## Findings \(\d+\)$/m);
    assert.match(md, /^\| warning \| 27:\d+ \| \[`classification-cue`\]\(https:/m);
  });
  test('what the prose suggests, with its reason, in Markdown and HTML alike', () => {
    const mixed = clean({}, [
      '## Software output',
      '',
      'The software flags studies with suspected pneumothorax.',
      '',
      'The software highlights the affected region.',
      '',
      'The software measures the left ventricular ejection fraction.',
      '',
      'The software calculates the global longitudinal strain.',
      '',
      'The software diagnoses heart failure.',
    ]);
    const m = assessText(mixed, { fileName: 'mixed.dossier.md', today: TODAY });
    const reason = '2 phrases suggest augmentative work; 1 autonomous phrase outweighed by lower-class ones';
    assert.equal(m.classification.reason, reason);
    const mdText = renderAssessmentMarkdown(m);
    assert.match(mdText, /^1 phrase in the prose contradicts the declared class\.\n\nThe prose suggests \*\*augmentative\*\*: 2 phrases suggest augmentative work; 1 autonomous phrase outweighed by lower-class ones\.$/m);
    const html = renderAssessmentHtml(m);
    assert.ok(html.includes(`<p class="suggestion">The prose suggests <strong>augmentative</strong>: ${reason}.</p>`), 'HTML suggestion');
    assert.ok(html.includes('<p class="agreement agreement-contradicts">1 phrase in the prose contradicts the declared class.</p>'), 'HTML agreement, as in Markdown');
    // Two contradicting phrases: the plural, the same in both formats.
    const two = { ...m, classification: { ...m.classification, contradictions: 2 } };
    assert.match(renderAssessmentMarkdown(two), /^2 phrases in the prose contradict the declared class\.$/m);
    assert.ok(renderAssessmentHtml(two).includes('>2 phrases in the prose contradict the declared class.</p>'));
    assert.match(md, /^The prose suggests \*\*autonomous\*\*: 1 phrase suggests autonomous work\.$/m);
    const none = renderAssessmentMarkdown(assessText(clean({}, ['## Software output', '', 'An ejection fraction in percent.']), { fileName: 'n.dossier.md', today: TODAY }));
    assert.match(none, /^The prose has no wording that points to a class\.$/m);
    assert.doesNotMatch(none, /The prose suggests/);
  });
  test('a ready dossier: every box ticked, the notice on time', () => {
    const ready = renderAssessmentMarkdown(assessText(clean(), { fileName: 'ef.dossier.md', today: TODAY }));
    assert.match(ready, /^> \*\*Ready:\*\* Category III prerequisites met/m);
    assert.doesNotMatch(ready, /^- \[ \]/m);
    assert.match(ready, /^- \*\*Notified:\*\* 1 November 2026, on time$/m);
    assert.match(ready, /^## Findings \(0\)\n\nNo findings\.$/m);
  });
});

function finding(ruleId: string, severity: Finding['severity'], line: number, column: number, endColumn: number, message = 'Message.'): Finding {
  return { ruleId, severity, message, range: { start: { line, column }, end: { line, column: endColumn } } };
}

describe('text', () => {
  test('one line per finding, 1-based, then the summary', () => {
    const f = finding('payment-claim', 'warning', 9, 4, 22, 'A CPT code does not guarantee payment.');
    assert.equal(formatTextFinding('docs/ef.dossier.md', f), 'docs/ef.dossier.md:10:5  warning  payment-claim  A CPT code does not guarantee payment.');
    assert.equal(
      renderText([
        { file: 'a.dossier.md', findings: [finding('classification-missing', 'error', 0, 0, 3), f] },
        { file: 'b.dossier.md', findings: [] },
        { file: 'c.dossier.md', findings: [finding('augmentative-cat3-support', 'info', 3, 0, 1)] },
      ]),
      'a.dossier.md:1:1  error  classification-missing  Message.\na.dossier.md:10:5  warning  payment-claim  A CPT code does not guarantee payment.\nc.dossier.md:4:1  info  augmentative-cat3-support  Message.\n1 error, 1 warning, 1 info in 2 files (3 files checked)\n',
    );
  });
  test('summary wording: counts, never "passed"/"failed"', () => {
    assert.equal(formatTextSummary({ error: 3, warning: 2, info: 1 }, 2, 5), '3 errors, 2 warnings, 1 info in 2 files (5 files checked)');
    assert.equal(formatTextSummary({ error: 0, warning: 0, info: 0 }, 0, 1), 'No findings (1 file checked)');
    assert.equal(formatTextSummary({ error: 0, warning: 1, info: 0 }, 1, 1), '0 errors, 1 warning, 0 info in 1 file (1 file checked)');
  });
  test('terminal escapes and bidi overrides from a file are printed visibly', () => {
    assert.equal(safeTerminalText('a\u001b[31mred\u202eb\nc'), 'a\\u001b[31mred\\u202eb\\u000ac');
    // eslint-disable-next-line no-control-regex -- an escape character must not reach the terminal
    assert.doesNotMatch(formatTextFinding('x\u001b.md', finding('unknown-field', 'warning', 0, 0, 1, 'Key `\u001b[2J`')), /\u001b/);
  });
});

describe('json', () => {
  test('exactly the contract fields, in order, 1-based', () => {
    const results = [{ file: 'a.dossier.md', findings: [finding('code-format', 'error', 8, 8, 13, 'Bad code.')] }];
    assert.deepEqual(toJsonFindings(results), [{ file: 'a.dossier.md', ruleId: 'code-format', severity: 'error', message: 'Bad code.', line: 9, column: 9, endLine: 9, endColumn: 14 }]);
    const text = renderJson(results);
    assert.deepEqual(Object.keys(JSON.parse(text)[0]), ['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    assert.equal(renderJson([]), '[]\n');
  });
  test('"data" only where there is something public in it: the class a classification-cue phrase suggests', () => {
    const cue = { ...finding('classification-cue', 'warning', 26, 13, 22, 'Cue.'), data: { suggests: 'autonomous' as const } };
    const quickFixOnly = { ...finding('unknown-field', 'warning', 2, 0, 5, 'Key.'), data: { replacement: 'title', path: 'tilte' } };
    const out = toJsonFindings([{ file: 'a.dossier.md', findings: [cue, quickFixOnly] }]);
    assert.deepEqual(out, [
      { file: 'a.dossier.md', ruleId: 'classification-cue', severity: 'warning', message: 'Cue.', line: 27, column: 14, endLine: 27, endColumn: 23, data: { suggests: 'autonomous' } },
      { file: 'a.dossier.md', ruleId: 'unknown-field', severity: 'warning', message: 'Key.', line: 3, column: 1, endLine: 3, endColumn: 6 },
    ]);
    const sarif = renderSarifLog([{ file: 'a.dossier.md', findings: [cue, quickFixOnly] }], { version: '1' }).runs[0].results!;
    assert.deepEqual(sarif.map((r) => r.properties), [{ suggests: 'autonomous' }, undefined]);
  });
  test('matches the engine on a real dossier', () => {
    const { findings } = lintText(clean({ classification: null }), { fileName: 'x.dossier.md', today: TODAY });
    const json = JSON.parse(renderJson([{ file: 'x.dossier.md', findings }]));
    assert.equal(json.length, findings.length);
    assert.equal(json[0].line, findings[0].range.start.line + 1);
  });
});

describe('sarif', () => {
  const results = [
    { file: 'docs/my file.dossier.md', findings: [finding('society-notice-late', 'error', 19, 12, 22), finding('augmentative-cat3-support', 'info', 21, 2, 5)] },
    { file: 'b.dossier.md', findings: [finding(INTERNAL_ERROR, 'warning', 0, 0, 0, 'Rule x failed.')] },
  ];
  const log = renderSarifLog(results, { version: '9.9.9', srcRoot: 'file:///work/' });
  const run = log.runs[0];
  const rules = run.tool.driver.rules!;

  test('header, driver and every rule described', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema!, /sarif-schema-2\.1\.0\.json$/);
    assert.equal(run.tool.driver.name, 'cpt-dossier');
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.deepEqual(
      rules.slice(0, RULE_IDS.length).map((r) => r.id),
      RULE_IDS,
    );
    for (const r of rules.slice(0, RULE_IDS.length)) {
      assert.equal(r.helpUri, docsUrl(r.id));
      assert.ok(r.help?.markdown?.includes(`(${docsUrl(r.id)})`), r.id);
    }
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/' } });
  });
  test('results: level, ruleIndex, URI and region', () => {
    assert.deepEqual(
      run.results!.map((r) => [r.ruleId, r.level, rules[r.ruleIndex!].id]),
      [
        ['society-notice-late', 'error', 'society-notice-late'],
        ['augmentative-cat3-support', 'note', 'augmentative-cat3-support'],
        [INTERNAL_ERROR, 'warning', INTERNAL_ERROR],
      ],
    );
    const loc = run.results![0].locations![0].physicalLocation!;
    assert.equal(loc.artifactLocation!.uri, 'docs/my%20file.dossier.md');
    assert.equal(loc.artifactLocation!.uriBaseId, '%SRCROOT%');
    assert.deepEqual(loc.region, { startLine: 20, startColumn: 13, endLine: 20, endColumn: 23 });
    assert.equal(rules.length, RULE_IDS.length + 1); // internal-error described once, at the end
  });
  test('an absolute URI (a file outside the working folder) has no uriBaseId', () => {
    const abs = renderSarifLog([{ file: '/elsewhere/x.dossier.md', findings: [finding('code-format', 'error', 0, 0, 1)] }], {
      version: '1',
      srcRoot: 'file:///work/',
      uriOf: (f) => (f.startsWith('/') ? `file://${f}` : f),
    });
    assert.deepEqual(abs.runs[0].results![0].locations![0].physicalLocation!.artifactLocation, { uri: 'file:///elsewhere/x.dossier.md', index: 0 });
  });
  test('URI references use forward slashes and percent-encoding', () => {
    assert.equal(pathToUriReference('a\\b c\\#d.md'), 'a/b%20c/%23d.md');
  });
});
