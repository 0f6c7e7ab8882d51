// Renders an Assessment as one self-contained HTML document: the "Assess dossier" webview in the
// extension (interactive, with a nonce'd script) and `cpt-dossier assess --format html` (static,
// no script at all). Pure: no vscode, no file system. Every string that comes from a dossier is
// escaped; nothing from a dossier ever becomes a link, an attribute that loads something, or code.
import { monthYear, type Assessment, type Prerequisite, type TimelineEvent, type Where } from '../assess';
import type { Finding } from '../types';
import { docsUrl } from '../sources';
import { agreementSentence, baseName, CUE_LABEL, hasCues, labelOf, relDays, STATUS_LABEL } from '../facts';
import { longDate, toDay } from '../dates';

export interface HtmlOptions {
  /** Nonce for the <style> and (interactive only) <script> elements. */
  nonce?: string;
  /** The webview's `cspSource`, allowed for styles. */
  cspSource?: string;
  /**
   * Interactive (the extension's webview): lines are buttons that post `{type:'reveal'}`, rule ids
   * post `{type:'docs'}`, export buttons post `{type:'export'}`. Needs a nonce. Static otherwise.
   */
  interactive?: boolean;
  /** Interactive only: what the webview keeps with `setState` (VS Code hands it back after a reload). */
  state?: Record<string, string>;
}

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NONCE = /^[A-Za-z0-9+/=_-]{8,128}$/;


/** The complete HTML document. */
export function renderAssessmentHtml(a: Assessment, opts: HtmlOptions = {}): string {
  const nonce = opts.nonce && NONCE.test(opts.nonce) ? opts.nonce : undefined;
  const interactive = !!opts.interactive && !!nonce;
  const cspSource = opts.cspSource && !/[;'"\s]/.test(opts.cspSource) ? opts.cspSource : undefined;
  const styleSrc = nonce ? `'nonce-${nonce}'${cspSource ? ` ${cspSource}` : ''}` : `'unsafe-inline'`;
  const csp = [`default-src 'none'`, `style-src ${styleSrc}`, `img-src data:`, interactive ? `script-src 'nonce-${nonce}'` : '', `form-action 'none'`, `base-uri 'none'`]
    .filter(Boolean)
    .join('; ');
  const title = `Assess: ${a.title ?? baseName(a.file)}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // The policy is built from constants, a validated nonce and a validated cspSource: no quotes to escape but ".
    `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '&quot;')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style${nonce ? ` nonce="${nonce}"` : ''}>${STYLE}</style>`,
    '</head>',
    `<body class="${interactive ? 'interactive' : 'static'}">`,
    `<main id="report">${renderAssessmentBody(a, { interactive })}</main>`,
    interactive ? `<script nonce="${nonce}">${SCRIPT.replace('/*STATE*/', () => scriptState(opts.state))}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The report's content without the document around it (the webview swaps it in on updates). */
export function renderAssessmentBody(a: Assessment, opts: { interactive?: boolean } = {}): string {
  const r = new Renderer(!!opts.interactive);
  return [
    r.header(a),
    r.prerequisites(a),
    r.classification(a),
    r.society(a),
    r.timeline(a),
    r.findings(a),
    `<footer><p>A CPT code identifies a service; it does not by itself guarantee coverage, reimbursement or payment (AMA). This assessment checks the dossier against CPT Appendix S, the AMA criteria and the specialty society's procedure as CPT Dossier encodes them; it is not advice from the AMA or a society.</p></footer>`,
  ].join('\n');
}

class Renderer {
  constructor(private readonly interactive: boolean) {}

  /** A dossier place: a button that reveals it (interactive) or plain text. */
  where(w: Where | undefined, text?: string): string {
    if (!w) return text ? escapeHtml(text) : '';
    const line = Math.max(1, Math.floor(Number(w.line) || 1));
    const column = Math.max(1, Math.floor(Number(w.column) || 1));
    const label = text !== undefined ? escapeHtml(text) : `line ${line}`;
    return this.interactive
      ? `<button type="button" class="link reveal" data-line="${line}" data-column="${column}" title="Show line ${line} in the editor">${label}</button>`
      : text !== undefined
        ? `${label} <span class="muted">(line ${line})</span>`
        : `<span class="muted">${label}</span>`;
  }

  rule(ruleId: string): string {
    if (!RULE_ID.test(ruleId) || ruleId === 'internal-error') return `<code>${escapeHtml(ruleId)}</code>`;
    return this.interactive
      ? `<button type="button" class="link rule" data-rule="${ruleId}" title="Open the documentation of ${ruleId}"><code>${ruleId}</code></button>`
      : `<a class="rule" href="${escapeHtml(docsUrl(ruleId))}" rel="noreferrer noopener"><code>${ruleId}</code></a>`;
  }

  header(a: Assessment): string {
    const s = a.verdict.status;
    const counts = `${a.counts.error} error${a.counts.error === 1 ? '' : 's'}, ${a.counts.warning} warning${a.counts.warning === 1 ? '' : 's'}, ${a.counts.info} info`;
    const toolbar = this.interactive
      ? `<div class="toolbar" role="toolbar" aria-label="Export"><button type="button" class="button export" data-format="markdown">Export Markdown…</button><button type="button" class="button export" data-format="html">Export HTML…</button></div>`
      : '';
    return `<header>
<div class="heading"><h1>${escapeHtml(a.title ?? baseName(a.file))}</h1>${toolbar}</div>
<p class="muted">${escapeHtml(baseName(a.file))} · Category ${escapeHtml(a.targetCategory)} sought · assessed ${escapeHtml(longDate(a.today))}</p>
<div class="verdict verdict-${escapeHtml(s)}" role="status"><span class="badge">${escapeHtml(labelOf(STATUS_LABEL, s) ?? s)}</span> <span>${inlineCode(withoutLabel(a.verdict.text, labelOf(STATUS_LABEL, s)))}</span><span class="counts muted">${counts}</span></div>
</header>`;
  }

  prerequisites(a: Assessment): string {
    const items = a.prerequisites.map((p: Prerequisite) => {
      const mark = p.met ? '<span class="mark ok" aria-label="met">✓</span>' : '<span class="mark no" aria-label="missing">✗</span>';
      const label = p.where ? this.where(p.where, p.label) : escapeHtml(p.label);
      return `<li class="${p.met ? 'met' : 'unmet'}">${mark}<div><div class="label">${label}</div><div class="detail">${escapeHtml(p.detail)}${p.met ? '' : ` · ${this.rule(p.ruleId)}`}</div></div></li>`;
    });
    const met = a.prerequisites.filter((p) => p.met).length;
    return `<section id="prerequisites"><h2>Prerequisites <span class="muted">${met} of ${a.prerequisites.length} met, Category ${escapeHtml(a.targetCategory)}</span></h2><ul class="checklist">${items.join('')}</ul></section>`;
  }

  classification(a: Assessment): string {
    const c = a.classification;
    const declared = c.declared
      ? `<p><strong>${escapeHtml(labelOf(CUE_LABEL, c.declared) ?? c.declared)}</strong>${c.autonomyLevel ? ` Level ${escapeHtml(c.autonomyLevel)}` : ''} under ${escapeHtml(c.editionLabel)}${c.where ? ` · ${this.where(c.where)}` : ''}</p>`
      : `<p><strong>Not declared.</strong> Add <code>classification:</code> assistive, augmentative or autonomous (${escapeHtml(c.editionLabel)}).</p>`;
    const definition = c.definition ? `<blockquote>${escapeHtml(capitalise(c.definition))}.</blockquote>` : '';
    const cues = hasCues(c.counts);
    const agreement = agreementSentence(c);
    // The one aggregation of the cues (src/core/prose/suggest.ts), as the code lens shows it.
    const suggestion = cues || c.suggested
      ? `<p class="suggestion">The prose suggests ${c.suggested ? `<strong>${escapeHtml(c.suggested)}</strong>` : 'no class'}: ${escapeHtml(c.reason)}.</p>`
      : '';
    const groups = Object.entries(c.evidence ?? {})
      .filter(([, list]) => Array.isArray(list) && list.length > 0)
      .map(([kind, list]) => {
        const phrases = list.map((e) => `<li>“${escapeHtml(e.phrase)}” ${this.where(e.where)}</li>`).join('');
        return `<div class="evidence"><h3>${escapeHtml(labelOf(CUE_LABEL, kind) ?? kind)} <span class="muted">${list.length}</span></h3><ul>${phrases}</ul></div>`;
      });
    return `<section id="classification"><h2>Classification <span class="muted">CPT Appendix S</span></h2>${declared}${definition}${agreement ? `<p class="agreement agreement-${escapeHtml(c.agreement)}">${escapeHtml(agreement)}</p>` : ''}${suggestion}${groups.length ? `<div class="evidence-grid">${groups.join('')}</div>` : ''}</section>`;
  }

  society(a: Assessment): string {
    const s = a.society;
    if (!s) return `<section id="society"><h2>Specialty society</h2><p class="muted">No society named. ASE asks to be told of the intent to apply before the application is filed; name the society under <code>society.name</code>.</p></section>`;
    const rows: string[] = [];
    rows.push(row('Society', `${escapeHtml(s.name)}${s.policy && s.policy !== s.name ? ` <span class="muted">(${escapeHtml(s.policy)})</span>` : ''}${s.where ? ` · ${this.where(s.where)}` : ''}`));
    if (s.stance) rows.push(row('Stance on this class', escapeHtml(s.stance)));
    if (s.roundtable) rows.push(row('Engagement', escapeHtml(s.roundtable)));
    rows.push(row('Notice lead time', `${escapeHtml(s.noticeLeadDays)} days before the AMA deadline`));
    if (s.noticeDue) rows.push(row('Notice due by', escapeHtml(longDate(s.noticeDue))));
    rows.push(
      row(
        s.planned ? 'Notice planned' : 'Notified',
        s.notified
          ? `${escapeHtml(longDate(s.notified))} ${s.onTime === true ? '<span class="pill ok">on time</span>' : s.onTime === false ? '<span class="pill no">late</span>' : ''}`
          : '<span class="pill no">not recorded</span>',
      ),
    );
    return `<section id="society"><h2>Specialty society</h2><table class="facts">${rows.join('')}</table></section>`;
  }

  timeline(a: Assessment): string {
    const t = a.timeline;
    const facts: string[] = [];
    if (t.amaDeadline) facts.push(`AMA deadline ${escapeHtml(longDate(t.amaDeadline))} (${relDays(t.daysToDeadline)})`);
    if (t.noticeDue) facts.push(`society notice due ${escapeHtml(longDate(t.noticeDue))} (${relDays(t.daysToNotice)})`);
    // The header names the release the points below show, never another one.
    const release = t.events.find((e) => e.kind === 'release');
    const effective = t.events.find((e) => e.kind === 'effective');
    if (release) {
      const meeting = t.panelMeeting ? ` after the ${escapeHtml(monthYear(`${t.panelMeeting}-01`))} Panel meeting` : '';
      facts.push(`${release.estimate ? 'Category III release expected' : 'next Category III release'} ${escapeHtml(longDate(release.date))}${meeting}${effective ? `, effective ${escapeHtml(longDate(effective.date))}` : ''}`);
    }
    const list = t.events
      .map((e) => `<tr class="ev-${escapeHtml(e.kind)}"><td class="date">${escapeHtml(e.date)}</td><td><span class="dot"></span>${escapeHtml(e.label)}${e.estimate ? ' <span class="muted">(estimate)</span>' : ''}</td></tr>`)
      .join('');
    return `<section id="timeline"><h2>Timeline</h2><p class="muted">${facts.join(' · ')}</p>${timelineSvg(t.events, t.today)}<table class="events">${list}</table></section>`;
  }

  findings(a: Assessment): string {
    if (a.findings.length === 0) return `<section id="findings"><h2>Findings</h2><p>No findings.</p></section>`;
    const rows = a.findings.map((f: Finding) => {
      const w = { line: f.range.start.line + 1, column: f.range.start.column + 1 };
      return `<tr class="sev-${escapeHtml(f.severity)}"><td><span class="sev">${escapeHtml(f.severity)}</span></td><td class="nowrap">${this.where(w)}</td><td class="nowrap">${this.rule(f.ruleId)}</td><td>${inlineCode(f.message)}</td></tr>`;
    });
    return `<section id="findings"><h2>Findings <span class="muted">${a.findings.length}</span></h2><table class="findings"><thead><tr><th>Severity</th><th>Line</th><th>Rule</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  }
}

/** "Not ready: 4 errors…" under a "Not ready" badge reads "4 errors…". */
function withoutLabel(text: string, label: string | undefined): string {
  if (!label || !text.toLowerCase().startsWith(`${label.toLowerCase()}:`)) return text;
  const rest = text.slice(label.length + 1).trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function row(label: string, html: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${html}</td></tr>`;
}

/** Escapes a message and renders its `backtick` spans as <code> (the spans are escaped too). */
function inlineCode(text: string): string {
  return String(text)
    .split(/(`[^`\n]+`)/)
    .map((part) => (/^`[^`\n]+`$/.test(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The events on a time axis, as an inline SVG picture (no external resources). */
export function timelineSvg(events: readonly TimelineEvent[], today: string): string {
  const valid = events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
  if (valid.length === 0) return '';
  const W = 760;
  const left = 24;
  const right = W - 24;
  const days = valid.map((e) => toDay(e.date));
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  if (hi - lo < 60) {
    lo -= 30;
    hi += 30;
  }
  const pad = Math.round((hi - lo) * 0.04);
  lo -= pad;
  hi += pad;
  const x = (d: number): number => left + ((d - lo) / (hi - lo)) * (right - left);

  // Labels in lanes above and below the axis (lane 0 nearest to it), so that no two labels overlap
  // and no event's stem, which runs from the axis out to its lane, crosses another label.
  const CHAR = 6.4;
  interface Lane {
    spans: [number, number][];
    stems: number[];
  }
  const sides: Record<'above' | 'below', Lane[]> = { above: [], below: [] };
  let viewWidth = W;
  const covers = (lane: Lane, at: number): boolean => lane.spans.some(([a, b]) => at >= a - 3 && at <= b + 3);
  const hasStemIn = (lane: Lane, from: number, to: number): boolean => lane.stems.some((s) => s >= from - 3 && s <= to + 3);
  const placed = valid
    .map((e) => ({ e, x: x(toDay(e.date)), text: `${shortDate(e.date)} · ${axisLabel(e.label)}${e.estimate ? ' (est.)' : ''}` }))
    .sort((p, q) => p.x - q.x)
    .map((p, i) => {
      const width = p.text.length * CHAR + 8;
      // Labels run right from their stem (the picture widens for the last ones): a label that ran
      // left would cover the stems of earlier events.
      const from = p.x;
      const to = p.x + width;
      viewWidth = Math.max(viewWidth, to + 4);
      // Inner lanes must leave the stem's way free; outer lanes' stems must miss the label.
      const clearInside = (lanes: Lane[], k: number): boolean => lanes.slice(0, k).every((l) => !covers(l, p.x));
      const clearOutside = (lanes: Lane[], k: number): boolean => lanes.slice(k).every((l) => !hasStemIn(l, from, to));
      const order: ('above' | 'below')[] = i % 2 === 0 ? ['above', 'below'] : ['below', 'above'];
      let choice: { side: 'above' | 'below'; index: number; insert: boolean } | undefined;
      for (const side of order) {
        const lanes = sides[side];
        const k = lanes.findIndex((l, j) => l.spans.every(([, b]) => b < from - 6) && !hasStemIn(l, from, to) && clearInside(lanes, j) && clearOutside(lanes, j + 1));
        if (k >= 0) {
          choice = { side, index: k, insert: false };
          break;
        }
      }
      if (!choice) {
        // A new lane: outermost where the way out is free, else as close to the axis as needed.
        for (const side of order) {
          const lanes = sides[side];
          for (let k = lanes.length; k >= 0 && !choice; k--) if (clearInside(lanes, k) && clearOutside(lanes, k)) choice = { side, index: k, insert: true };
          if (choice) break;
        }
      }
      choice ??= { side: order[0], index: 0, insert: true };
      const lanes = sides[choice.side];
      if (choice.insert) lanes.splice(choice.index, 0, { spans: [], stems: [] });
      const lane = lanes[choice.index];
      lane.spans.push([from, to]);
      lane.stems.push(p.x);
      return { ...p, lane, above: choice.side === 'above' };
    });
  const LANE = 18;
  const axisY = 28 + sides.above.length * LANE + 12;
  const height = axisY + 30 + sides.below.length * LANE + 8;
  const laneY = (lane: Lane, above: boolean): number => (above ? axisY - 16 - sides.above.indexOf(lane) * LANE : axisY + 40 + sides.below.indexOf(lane) * LANE);

  const parts: string[] = [];
  parts.push(`<line class="axis" x1="${left}" y1="${axisY}" x2="${right}" y2="${axisY}"/>`);
  // Month ticks, with the year at each January.
  const start = new Date(lo * 86_400_000);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  const span = hi - lo;
  const step = span > 1500 ? 12 : span > 700 ? 6 : span > 300 ? 3 : 1;
  for (let guard = 0; guard < 200; guard++) {
    if (m > 12) {
      m -= 12;
      y++;
    }
    const d = toDay(`${y}-${String(m).padStart(2, '0')}-01`);
    if (d > hi) break;
    if (d >= lo && (m - 1) % step === 0) {
      const tx = x(d).toFixed(1);
      parts.push(`<line class="tick${m === 1 ? ' year' : ''}" x1="${tx}" y1="${axisY - 4}" x2="${tx}" y2="${axisY + 4}"/>`);
      parts.push(`<text class="tick-label" x="${tx}" y="${axisY + 17}" text-anchor="middle">${m === 1 ? y : MONTHS[m - 1]}</text>`);
    }
    m += 1;
  }
  for (const p of placed) {
    const px = p.x.toFixed(1);
    const ly = laneY(p.lane, p.above);
    const above = p.above;
    const stemTo = above ? ly + 4 : ly - 12;
    parts.push(`<g class="ev ev-${escapeHtml(p.e.kind)}${p.e.estimate ? ' estimate' : ''}${p.e.date === today && p.e.kind !== 'today' ? ' on-today' : ''}">`);
    parts.push(`<line class="stem" x1="${px}" y1="${axisY}" x2="${px}" y2="${stemTo}"/>`);
    parts.push(p.e.kind === 'today' ? `<rect class="marker" x="${(p.x - 5).toFixed(1)}" y="${axisY - 5}" width="10" height="10" transform="rotate(45 ${px} ${axisY})"/>` : `<circle class="marker" cx="${px}" cy="${axisY}" r="5.5"/>`);
    parts.push(`<text class="label" x="${(p.x - 3).toFixed(1)}" y="${ly}" text-anchor="start">${escapeHtml(p.text)}</text>`);
    parts.push(`</g>`);
  }
  const desc = valid.map((e) => `${e.date}: ${e.label}`).join('; ');
  return `<div class="timeline-wrap"><svg class="timeline" role="img" viewBox="0 0 ${Math.ceil(viewWidth)} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title>Timeline</title><desc>${escapeHtml(desc)}</desc>${parts.join('')}</svg></div>`;
}

/** On the axis a label keeps its head; the table under it has the whole of it. */
function axisLabel(label: string): string {
  return label.replace(/ \([^()]*\)$/, '').replace(/ after the .*$/, '');
}

function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// Colours follow the VS Code theme inside the webview and fall back to a light page elsewhere.
const STYLE = `
:root{--fg:var(--vscode-editor-foreground,#1f2328);--bg:var(--vscode-editor-background,#fff);--muted:var(--vscode-descriptionForeground,#656d76);--border:var(--vscode-panel-border,#d0d7de);--link:var(--vscode-textLink-foreground,#0969da);--ok:var(--vscode-testing-iconPassed,#1a7f37);--err:var(--vscode-editorError-foreground,#cf222e);--warn:var(--vscode-editorWarning-foreground,#9a6700);--info:var(--vscode-editorInfo-foreground,#0969da);--code-bg:var(--vscode-textCodeBlock-background,#f6f8fa);--font:var(--vscode-font-family,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif);--mono:var(--vscode-editor-font-family,ui-monospace,Menlo,Consolas,monospace)}
*{box-sizing:border-box}
body{margin:0;padding:16px 24px 32px;color:var(--fg);background:var(--bg);font-family:var(--font);font-size:var(--vscode-font-size,14px);line-height:1.45;max-width:1000px}
h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.15em;margin:22px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--border)}h3{font-size:1em;margin:6px 0}
.heading{display:flex;align-items:flex-start;justify-content:space-between;gap:12px;flex-wrap:wrap}
.muted{color:var(--muted);font-weight:normal}
code{font-family:var(--mono);font-size:.92em;background:var(--code-bg);padding:1px 4px;border-radius:3px}
.verdict{margin:12px 0 4px;padding:10px 12px;border-radius:6px;border-left:5px solid var(--border);background:var(--code-bg);display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.verdict .counts{margin-left:auto;font-size:.9em}
.verdict-ready{border-left-color:var(--ok)}.verdict-review{border-left-color:var(--warn)}.verdict-not-ready{border-left-color:var(--err)}
.badge{font-weight:600;white-space:nowrap}
.verdict-ready .badge{color:var(--ok)}.verdict-review .badge{color:var(--warn)}.verdict-not-ready .badge{color:var(--err)}
.checklist{list-style:none;padding:0;margin:0}
.checklist li{display:flex;gap:10px;padding:6px 0;border-bottom:1px solid var(--border)}
.checklist .detail{color:var(--muted);font-size:.92em}
.mark{font-weight:700;width:1.2em;text-align:center}.mark.ok{color:var(--ok)}.mark.no{color:var(--err)}
blockquote{margin:6px 0 10px;padding:4px 12px;border-left:3px solid var(--border);color:var(--muted)}
.agreement-contradicts{color:var(--warn)}
.evidence-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:8px 16px}
.evidence ul{margin:0;padding-left:18px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--border)}
table.facts th{width:190px;font-weight:600}
.nowrap{white-space:nowrap}
.pill{display:inline-block;padding:0 8px;border-radius:10px;font-size:.85em;border:1px solid currentColor}
.pill.ok{color:var(--ok)}.pill.no{color:var(--err)}
.sev{font-size:.85em;font-weight:600;text-transform:uppercase}
.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
div.timeline-wrap{overflow-x:auto;margin:8px 0}
svg.timeline{display:block;min-width:640px;max-width:900px;overflow:visible}
svg .axis{stroke:var(--muted);stroke-width:2}
svg .tick{stroke:var(--muted);stroke-width:1}svg .tick.year{stroke-width:2}
svg .tick-label{fill:var(--muted);font-size:10px;font-family:var(--font)}
svg .label{fill:var(--fg);font-size:11px;font-family:var(--font)}
svg .stem{stroke:var(--border);stroke-width:1}
svg .marker{stroke:var(--bg);stroke-width:1.5}
svg .estimate .marker{fill-opacity:.45;stroke:var(--fg);stroke-dasharray:2 2}
.ev-today .marker,.ev-today .dot{fill:var(--fg);background:var(--fg)}
.ev-notice-due .marker,.ev-notice-due .dot{fill:var(--warn);background:var(--warn)}
.ev-notified .marker,.ev-notified .dot{fill:var(--ok);background:var(--ok)}
.ev-deadline .marker,.ev-deadline .dot{fill:var(--err);background:var(--err)}
.ev-release .marker,.ev-release .dot,.ev-effective .marker,.ev-effective .dot{fill:var(--info);background:var(--info)}
.events td.date{font-family:var(--mono);white-space:nowrap;width:110px}
.dot{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:8px}
.events td{border-bottom:none;padding:2px 8px}
button.link{background:none;border:none;padding:0;margin:0;font:inherit;color:var(--link);cursor:pointer;text-align:left}
button.link:hover{text-decoration:underline}
button.link:focus-visible,.button:focus-visible{outline:1px solid var(--vscode-focusBorder,#0969da);outline-offset:2px}
a{color:var(--link)}
.toolbar{display:flex;gap:8px}
.button{font:inherit;font-size:.9em;padding:4px 10px;border-radius:2px;border:1px solid var(--vscode-button-border,transparent);color:var(--vscode-button-secondaryForeground,#1f2328);background:var(--vscode-button-secondaryBackground,#e7e9ec);cursor:pointer}
.button:hover{background:var(--vscode-button-secondaryHoverBackground,#d6d9dd)}
footer{margin-top:28px;font-size:.85em;color:var(--muted)}
@media print{.toolbar{display:none}}
`;

// Interactive only: event delegation, no inline handlers (the CSP forbids them anyway).
const SCRIPT = `(function(){
const vscode = acquireVsCodeApi();
document.addEventListener('click', function (ev) {
  const t = ev.target instanceof Element ? ev.target.closest('button') : null;
  if (!t) return;
  if (t.classList.contains('reveal')) vscode.postMessage({ type: 'reveal', line: Number(t.dataset.line), column: Number(t.dataset.column) });
  else if (t.classList.contains('rule')) vscode.postMessage({ type: 'docs', ruleId: String(t.dataset.rule) });
  else if (t.classList.contains('export')) vscode.postMessage({ type: 'export', format: String(t.dataset.format) });
});
window.addEventListener('message', function (ev) {
  const m = ev.data;
  if (m && m.type === 'update' && typeof m.html === 'string') {
    const main = document.getElementById('report');
    if (main) main.innerHTML = m.html;
    if (typeof m.title === 'string') document.title = m.title;
  }
});
vscode.setState(/*STATE*/);
vscode.postMessage({ type: 'ready' });
})();`;

/** A JSON literal safe inside a <script> element (no "</script>", no line separators). */
function scriptState(state: Record<string, string> | undefined): string {
  const entries = Object.entries(state ?? {}).filter(([k, v]) => typeof k === 'string' && typeof v === 'string');
  return JSON.stringify(Object.fromEntries(entries)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
