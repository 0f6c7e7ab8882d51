// The readiness report renders text from the dossier (title, society name, trial efficacy,
// headings, cue phrases, unknown keys and values quoted in messages, the file name). Whatever that
// text holds, the HTML (the extension's webview, interactive, and `assess --format html`, static)
// runs no script but its own nonce'd one, loads nothing remote, links to no javascript:/data:/
// vbscript: URL, and keeps a strict Content-Security-Policy; the Markdown export adds no HTML, no
// link and no image of the dossier's making (GitHub, VS Code preview and the like render it).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes } from 'mdast';
import { assessText, type Assessment } from '../../src/core/assess';
import { renderAssessmentHtml, renderAssessmentBody } from '../../src/core/report/html';
import { renderAssessmentMarkdown } from '../../src/core/report/markdown';
import { docsUrl } from '../../src/core/sources';

const TODAY = '2026-11-23';
/** Where the rule documentation lives: the only links a report may hold. */
const DOCS = docsUrl('RULE-ID').split('RULE-ID')[0];

/** Payloads, as a dossier author (or a template, or another tool) could write them. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<style>@import url(https://evil.example/x.css)</style>',
  '<base href="https://evil.example/">',
  '</title></head><body onload=alert(1)>',
  '</code><script>alert(1)</script>',
  '<!--',
  ']]><script>alert(1)</script>',
];
const LINKS = ['[click](javascript:alert(1))', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '[y](vbscript:msgbox(1))', '![i](https://evil.example/pixel.png)', '<javascript:alert(1)>', 'https://evil.example/auto', 'www.evil.example', 'a@evil.example'];
const ALL = [...PAYLOADS, ...LINKS];

/** YAML single-quoted (no escapes but '' for '). */
const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;
/** Markdown text whose parsed value is `s` (entities for <, >, &: the cue finder sees the payload itself). */
const md = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([[\]()!*_`\\])/g, '\\$1');

function hostileDossier(payload: string): string {
  return [
    '---',
    'cpt_dossier: 1',
    `title: ${q(`Title ${payload}`)}`,
    `developer: ${q(payload)}`,
    'classification: assistive',
    `autonomy_level: ${q(payload)}`,
    'taxonomy: 2027',
    'ama_deadline: 2027-02-04',
    `codes: [${q(payload)}]`,
    'fda:',
    `  status: ${q(payload)}`,
    'sites:',
    `  - name: ${q(payload)}`,
    `    state: ${q(payload)}`,
    '    since: 2026-01-15',
    'trials:',
    '  - registry: NCT01234567',
    '    country: US',
    `    efficacy: ${q(`ICC 0.91 ${payload}`)}`,
    'society:',
    `  name: ${q(`ASE ${payload}`)}`,
    '  notified: 2026-11-01',
    `${JSON.stringify(`key ${payload}`)}: 1`,
    `physician_work: ${q(payload)}`,
    '---',
    `# Heading ${payload}`,
    '',
    `## Software output ${md(payload)}`,
    '',
    `The software diagnoses ${md(payload)} heart failure and concludes ${md(payload)} that the patient is ill.`,
    '',
    `It quantifies ${md(payload)} the ejection fraction. A CPT code guarantees payment ${md(payload)}.`,
    '',
    `Raw: ${payload}`,
    '',
  ].join('\n');
}

function assess(payload: string, fileName = 'hostile.dossier.md'): Assessment {
  return assessText(hostileDossier(payload), { fileName, today: TODAY });
}

/**
 * The assessment with every string in it (title, labels, details, phrases, messages, rule ids,
 * severities, kinds, dates, the file name) replaced by the payload: whatever a future rule or
 * field carries from the dossier into the report, the renderers treat it as text. (The cue finder
 * itself never takes markup into a phrase, so the real assessment alone would not test that.)
 */
function poison<T>(value: T, payload: string): T {
  if (typeof value === 'string') return payload as T;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, payload)])) as T;
  return value;
}

function assessments(payload: string, fileName: string): [string, Assessment][] {
  const a = assess(payload, fileName);
  return [
    ['from the dossier', a],
    ['every string poisoned', poison(a, payload)],
    ['every string poisoned, dates kept', { ...poison(a, payload), today: a.today, timeline: { ...poison(a.timeline, payload), today: a.today, events: a.timeline.events.map((e) => ({ ...e, label: payload })) } }],
  ];
}

// ---------------------------------------------------------------------------------------------
// HTML checks

const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' } as Record<string, string>)[e.toLowerCase()] ?? m;
  });

interface Tag {
  name: string;
  attrs: Map<string, string>;
  raw: string;
}

/** The start tags of an HTML document, with their attributes (a tokenizer good enough for the
 * renderer's output: it writes quoted attributes; anything else is suspicious and shows here). */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const re = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const attrs = new Map<string, string>();
    const are = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    for (let a = are.exec(m[2]); a; a = are.exec(m[2])) attrs.set(a[1].toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    out.push({ name: m[1].toLowerCase(), attrs, raw: m[0] });
  }
  return out;
}

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'footer', 'section', 'div', 'span', 'p', 'h1', 'h2', 'h3', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'strong', 'em', 'code', 'blockquote', 'button', 'a', 'svg', 'line', 'text', 'rect', 'circle', 'g', 'desc', 'script',
]);
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'data', 'background', 'ping'];

function csp(html: string): Map<string, string[]> {
  const metas = tags(html).filter((t) => t.name === 'meta' && /content-security-policy/i.test(t.attrs.get('http-equiv') ?? ''));
  assert.equal(metas.length, 1, 'exactly one CSP meta');
  const head = html.slice(0, html.indexOf(metas[0].raw));
  assert.ok(!/<(script|style|link|img|iframe|object|embed|base)\b/i.test(head), 'the CSP comes before anything that loads or runs');
  const out = new Map<string, string[]>();
  for (const d of (metas[0].attrs.get('content') ?? '').split(';')) {
    const [name, ...values] = d.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Everything that must hold of a rendered report; `nonce` when it is interactive. */
function assertSafeHtml(html: string, nonce: string | undefined, context: string): void {
  const all = tags(html);
  const problems: string[] = [];
  for (const t of all) {
    if (!ALLOWED_TAGS.has(t.name)) problems.push(`unexpected <${t.name}>: ${t.raw.slice(0, 120)}`);
    for (const [name, value] of t.attrs) {
      if (/^on/.test(name)) problems.push(`event handler ${name} on <${t.name}>`);
      if (name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(value)) problems.push(`style attribute loads something: ${value}`);
      if (URL_ATTRS.includes(name)) {
        // eslint-disable-next-line no-control-regex
        const url = value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
        if (/^(javascript|data|vbscript|file):/.test(url)) problems.push(`${name}="${value}" on <${t.name}>`);
        if (name !== 'href' && /^(https?:)?\/\//.test(url)) problems.push(`remote load ${name}="${value}"`);
        if (name === 'href' && t.name !== 'a') problems.push(`href on <${t.name}>`);
        if (name === 'href' && !value.startsWith(DOCS)) problems.push(`a link that is not the rule documentation: ${value}`);
      }
    }
  }
  const scripts = all.filter((t) => t.name === 'script');
  if (nonce) {
    if (scripts.length !== 1 || scripts[0].attrs.get('nonce') !== nonce || scripts[0].attrs.has('src')) problems.push(`scripts: ${scripts.map((s) => s.raw).join(' ')}`);
  } else if (scripts.length) problems.push(`a static report has a script: ${scripts[0].raw}`);
  for (const t of all.filter((x) => x.name === 'style')) if (nonce && t.attrs.get('nonce') !== nonce) problems.push('a <style> without the nonce');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  if (/@import|url\s*\(\s*['"]?\s*(https?:)?\/\//i.test(styles)) problems.push('the stylesheet loads something remote');
  // The payload as written never appears: not in content, not in an attribute, not in the script.
  for (const p of ALL.filter((x) => /[<>"']/.test(x))) if (html.includes(p)) problems.push(`unescaped payload ${p}`);
  if (/<\/script\s*>[\s\S]*<\/script\s*>/i.test(html)) problems.push('two script ends');
  assert.deepEqual(problems, [], context);
}

/** The webview's own resource origin (`webview.cspSource`): the one origin a style may name. */
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function assertStrictCsp(html: string, nonce: string | undefined, context: string): void {
  const policy = csp(html);
  assert.deepEqual(policy.get('default-src'), ["'none'"], `${context}: default-src 'none'`);
  const scriptSrc = policy.get('script-src');
  if (nonce) assert.deepEqual(scriptSrc, [`'nonce-${nonce}'`], `${context}: script only by nonce`);
  else assert.equal(scriptSrc, undefined, `${context}: no script-src in a static report (default-src 'none' forbids scripts)`);
  for (const [name, values] of policy) {
    if (name.startsWith('script') || name === 'default-src') {
      for (const v of values) assert.ok(!/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|^\*$|^https?:$|^data:$|^blob:$/.test(v), `${context}: ${name} ${v}`);
    }
    for (const v of values) assert.ok(!/^https?:\/\/|^\*$|^https?:$/.test(v) || (name === 'style-src' && v === CSP_SOURCE), `${context}: ${name} allows remote ${v}`);
  }
  for (const d of ['object-src', 'frame-src', 'connect-src', 'font-src', 'media-src', 'worker-src', 'child-src', 'manifest-src']) {
    const v = policy.get(d);
    assert.ok(v === undefined || (v.length === 1 && v[0] === "'none'"), `${context}: ${d} ${v?.join(' ')}`);
  }
  assert.deepEqual(policy.get('base-uri'), ["'none'"], `${context}: base-uri 'none'`);
  assert.deepEqual(policy.get('form-action'), ["'none'"], `${context}: form-action 'none'`);
}

const NONCE = 'AbCdEf0123456789xyzXYZ';

describe('report safety: the checks themselves', () => {
  const page = (body: string, policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"): string =>
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body>${body}</body></html>`;
  test('they catch markup, handlers, script URLs, remote loads and a weak policy', () => {
    for (const bad of ['<img src=x onerror=alert(1)>', '<p onclick="x()">a</p>', '<a href="&#106;avascript:alert(1)">a</a>', '<a href=" javascript:x">a</a>', '<svg><a xlink:href="data:text/html,x">a</a></svg>', '<div style="background:url(//evil.example/x)">a</div>', '<script>alert(1)</script>', '<iframe src="https://evil.example"></iframe>', '<a href="https://evil.example/">a</a>']) {
      assert.throws(() => assertSafeHtml(page(bad), undefined, bad), assert.AssertionError, bad);
    }
    assert.throws(() => assertStrictCsp(page(''), NONCE, 'no script-src'));
    assert.throws(() => assertStrictCsp(page('', "default-src 'none'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"), undefined, 'unsafe-inline'));
    assert.throws(() => assertStrictCsp(page('', "default-src *; base-uri 'none'; form-action 'none'"), undefined, 'default-src *'));
    assert.doesNotThrow(() => assertSafeHtml(page('<p>fine &lt;script&gt;</p>'), undefined, 'fine'));
    for (const bad of ['<b>x</b>', '[a](javascript:x)', '![a](x.png)', 'see https://evil.example', '| a | b | c |']) {
      assert.throws(() => assertSafeMarkdown(`# T\n\n${bad}\n`, bad), assert.AssertionError, bad);
    }
  });
});

describe('report safety: HTML', () => {
  test('the hostile dossier puts its text where the report shows it (so the checks below mean something)', () => {
    const a = assess(PAYLOADS[0]);
    assert.ok(a.title?.includes('<script>'), 'title');
    assert.ok(a.society?.name.includes('<script>'), 'society name');
    assert.ok(a.findings.some((f) => f.message.includes('<script>')), 'a message quotes a value');
    assert.ok(Object.values(a.classification.evidence).some((list) => list.length > 0), 'cue phrases');
  });

  for (const payload of ALL) {
    test(`payload ${payload}`, () => {
      for (const a of [assess(payload, 'hostile.dossier.md'), assess(payload, `dir/${payload.replace(/\//g, '_')}.dossier.md`)]) {
        const fileName = a.file;
        const interactive = renderAssessmentHtml(a, { nonce: NONCE, interactive: true, cspSource: CSP_SOURCE });
        const staticHtml = renderAssessmentHtml(a);
        assertSafeHtml(interactive, NONCE, `interactive, ${fileName}`);
        assertSafeHtml(staticHtml, undefined, `static, ${fileName}`);
        assertStrictCsp(interactive, NONCE, `interactive, ${fileName}`);
        assertStrictCsp(staticHtml, undefined, `static, ${fileName}`);
        // The webview swaps the body in on updates (innerHTML): it must be as safe on its own.
        for (const interactiveBody of [true, false]) {
          const body = renderAssessmentBody(a, { interactive: interactiveBody });
          assertSafeHtml(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'"></head><body>${body}</body></html>`, undefined, `body (interactive ${interactiveBody})`);
        }
      }
    });
  }

  test('every string of the assessment poisoned: still escaped everywhere', () => {
    for (const payload of ALL) {
      for (const [what, a] of assessments(payload, 'hostile.dossier.md').slice(1)) {
        assertSafeHtml(renderAssessmentHtml(a, { nonce: NONCE, interactive: true, cspSource: CSP_SOURCE }), NONCE, `${payload}: interactive, ${what}`);
        assertSafeHtml(renderAssessmentHtml(a), undefined, `${payload}: static, ${what}`);
      }
    }
  });

  test('every string but verdict.status poisoned: still escaped everywhere', () => {
    for (const payload of ALL) {
      for (const [what, poisoned] of assessments(payload, 'hostile.dossier.md').slice(1)) {
        const a = { ...poisoned, verdict: { ...poisoned.verdict, status: 'not-ready' as const } };
        assertSafeHtml(renderAssessmentHtml(a, { nonce: NONCE, interactive: true, cspSource: CSP_SOURCE }), NONCE, `${payload}: interactive, ${what}`);
        assertSafeHtml(renderAssessmentHtml(a), undefined, `${payload}: static, ${what}`);
      }
    }
  });

  test('a hostile nonce or cspSource is not written into the policy (the report turns static)', () => {
    const a = assess(PAYLOADS[0]);
    for (const nonce of [`x" onload="alert(1)`, "abc'; script-src *", 'short', 'a b c d e f g h i']) {
      const html = renderAssessmentHtml(a, { nonce, interactive: true });
      assertSafeHtml(html, undefined, `nonce ${nonce}`);
      assertStrictCsp(html, undefined, `nonce ${nonce}`);
    }
    for (const cspSource of ["https://x; script-src 'unsafe-inline'", "'unsafe-inline'", 'https://a https://b']) {
      const html = renderAssessmentHtml(a, { nonce: NONCE, interactive: true, cspSource });
      assertStrictCsp(html, NONCE, `cspSource ${cspSource}`);
      assert.ok(!html.includes("'unsafe-inline'"), `cspSource ${cspSource}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Markdown checks: parse the export as CommonMark and look at what a renderer would make of it.

const parse = unified().use(remarkParse).freeze();

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const c of node.children as Nodes[]) walk(c, visit);
}

function assertSafeMarkdown(text: string, context: string): void {
  const problems: string[] = [];
  walk(parse.parse(text), (n) => {
    if (n.type === 'html') problems.push(`raw HTML: ${n.value.slice(0, 100)}`);
    if (n.type === 'image' || n.type === 'imageReference') problems.push(`an image: ${'url' in n ? n.url : ''}`);
    if ((n.type === 'link' || n.type === 'definition') && !n.url.startsWith(DOCS)) problems.push(`a link to ${n.url}`);
    if (n.type === 'linkReference') problems.push(`a link reference [${n.identifier}]`);
  });
  // GFM extras a plain CommonMark parse does not show: autolinked URLs, e-mails, www. names
  // (never inside code spans). Escaped characters are neither delimiters nor link text.
  const prose = text
    .replace(/\\[\s\S]/g, 'x')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/\]\(https:\/\/[^)\s]+\)/g, '](docs)');
  for (const m of prose.matchAll(/(?:https?|ftp):\/\/|www\.|\b[\w.+-]+@[\w-]+\.[\w.]+/gi)) problems.push(`a GFM autolink: ${prose.slice(m.index, m.index + 40)}`);
  // Table rows keep their cells: a `|` from the dossier is escaped (GFM splits cells at every
  // unescaped pipe, inside code spans too).
  for (const line of text.split('\n').filter((l) => l.startsWith('| '))) {
    const cells = line.replace(/\\[\s\S]/g, 'x').split('|').length - 2;
    if (cells !== 2 && cells !== 4) problems.push(`a table row with ${cells} cells: ${line.slice(0, 100)}`);
  }
  assert.deepEqual(problems, [], context);
}

describe('report safety: Markdown', () => {
  for (const payload of [...ALL, 'a | b | c', '- [x] done', '# heading', '1. item', '\\', '`code` `', '***', '&amp; &lt;script&gt;']) {
    test(`payload ${payload}`, () => {
      for (const [what, a] of [...assessments(payload, 'hostile.dossier.md'), ...assessments(payload, `${payload.replace(/\//g, '_')}.dossier.md`)]) {
        assertSafeMarkdown(renderAssessmentMarkdown(a), `${a.file} (${what})`);
      }
    });
  }
});
