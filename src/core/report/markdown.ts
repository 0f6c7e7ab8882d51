// Renders an Assessment as Markdown (`cpt-dossier assess --format markdown`, the extension's
// "Export Markdown"). Pure. Every string that comes from a dossier is escaped, so that a hostile
// title or phrase cannot add HTML, links, images, task boxes or table cells when the Markdown is
// rendered (GitHub, VS Code preview, any CommonMark/GFM renderer).
import { monthYear, type Assessment, type Prerequisite, type Where } from '../assess';
import type { Finding } from '../types';
import { docsUrl } from '../sources';
import { agreementSentence, baseName, CUE_LABEL, hasCues, labelOf, relDays, STATUS_LABEL } from '../facts';
import { longDate } from '../dates';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Escapes text for inline Markdown: one line (line ends become spaces), HTML special characters
 * as entities, Markdown punctuation backslash-escaped, GFM autolink triggers (`://`, `www.`, `@`)
 * broken with entities, and a leading block marker (`-`, `+`, `=`, `1.`) escaped.
 */
export function escapeMarkdown(value: unknown): string {
  const s = escapeInline(oneLine(String(value ?? '')).trim());
  return s.replace(/^[+=-]/, (c) => `\\${c}`).replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '&#64;', ':': '&#58;', '.': '&#46;' };

/** Line ends become spaces; other control characters too. */
function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

/** The character escapes of escapeMarkdown, on text already made one line. */
function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]|~$&<>@#]|:(?=\/\/)|(?<=www)\./gi, (c) => ENTITY[c] ?? `\\${c}`);
}

/**
 * A message whose `backtick` spans become code spans (their content cannot contain backticks or
 * line ends, and code spans never become HTML); the rest is escaped. In a table cell `|` is
 * escaped inside code spans too (GFM splits cells before it parses code spans).
 */
export function markdownMessage(text: string, inTable = false): string {
  return oneLine(String(text ?? ''))
    .trim()
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (!/^`[^`]+`$/.test(part)) return escapeInline(part);
      const code = part.slice(1, -1);
      return `\`${inTable ? code.replace(/\|/g, '\\|') : code}\``;
    })
    .join('');
}

function ruleLink(ruleId: string): string {
  if (!RULE_ID.test(ruleId) || ruleId === 'internal-error') return `\`${ruleId.replace(/[`\r\n|]/g, '')}\``;
  return `[\`${ruleId}\`](${docsUrl(ruleId)})`;
}

function at(w: Where | undefined): string {
  if (!w) return '';
  const line = Math.max(1, Math.floor(Number(w.line) || 1));
  return ` (line ${line})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** " (in 3 days)", or nothing when the distance is unknown. */
function inParens(text: string): string {
  return text ? ` (${text})` : '';
}

function date(iso: string | undefined): string {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? longDate(iso) : escapeMarkdown(iso ?? '');
}

/** The release the timeline's points show, in words (the header must agree with them). */
function releaseFact(t: Assessment['timeline']): string | undefined {
  const release = t.events.find((e) => e.kind === 'release');
  if (!release) return undefined;
  const effective = t.events.find((e) => e.kind === 'effective');
  const meeting = t.panelMeeting && /^\d{4}-\d{2}$/.test(t.panelMeeting) ? ` after the ${escapeMarkdown(monthYear(`${t.panelMeeting}-01`))} Panel meeting` : '';
  return `${release.estimate ? 'Category III release expected' : 'next Category III release'} ${date(release.date)}${meeting}${effective ? `, effective ${date(effective.date)}` : ''}`;
}

export function renderAssessmentMarkdown(a: Assessment): string {
  const out: string[] = [];
  const push = (...lines: string[]): void => void out.push(...lines);

  // ---- header and verdict ----
  push(`# Readiness assessment: ${escapeMarkdown(a.title ?? baseName(a.file))}`, '');
  // The file's name only: an export is shared, the folders it came from are nobody's business.
  push(`${escapeMarkdown(baseName(a.file))} · Category ${escapeMarkdown(a.targetCategory)} sought · assessed ${date(a.today)}`, '');
  // The verdict text usually starts with its status ("Not ready: 2 errors…"): bold that part.
  const label = escapeMarkdown(labelOf(STATUS_LABEL, a.verdict.status) ?? a.verdict.status);
  const verdict = String(a.verdict.text ?? '');
  const lead = verdict.slice(0, label.length + 1).toLowerCase() === `${label.toLowerCase()}:` ? verdict.slice(label.length + 1).trim() : undefined;
  push(lead !== undefined ? `> **${label}:** ${markdownMessage(lead)}` : `> **${label}.** ${markdownMessage(verdict)}`, '');
  push(`${plural(a.counts.error, 'error')}, ${plural(a.counts.warning, 'warning')}, ${a.counts.info} info.`, '');

  // ---- prerequisites ----
  const met = a.prerequisites.filter((p) => p.met).length;
  push(`## Prerequisites (${met} of ${a.prerequisites.length} met, Category ${escapeMarkdown(a.targetCategory)})`, '');
  for (const p of a.prerequisites as Prerequisite[]) {
    // The rule is named only where it has something to say: beside a met box it reads like a failure.
    push(`- [${p.met ? 'x' : ' '}] **${escapeMarkdown(p.label)}**: ${escapeMarkdown(p.detail)}${at(p.where)}${p.met ? '' : ` · ${ruleLink(p.ruleId)}`}`);
  }
  push('');

  // ---- classification ----
  const c = a.classification;
  push('## Classification (CPT Appendix S)', '');
  if (c.declared) {
    push(`Declared: **${escapeMarkdown(labelOf(CUE_LABEL, c.declared) ?? c.declared)}**${c.autonomyLevel && c.declared === 'autonomous' ? ` Level ${escapeMarkdown(c.autonomyLevel)}` : ''} under ${escapeMarkdown(c.editionLabel)}${at(c.where)}.`, '');
    if (c.definition) push(`> ${escapeMarkdown(c.definition.charAt(0).toUpperCase() + c.definition.slice(1))}.`, '');
  } else {
    push(`Not declared. Add \`classification:\` assistive, augmentative or autonomous (${escapeMarkdown(c.editionLabel)}).`, '');
  }
  const agreement = agreementSentence(c);
  if (agreement) push(agreement, '');
  // The one aggregation of the cues (src/core/prose/suggest.ts), as the code lens shows it.
  if (hasCues(c.counts) || c.suggested) push(`The prose suggests ${c.suggested ? `**${escapeMarkdown(c.suggested)}**` : 'no class'}: ${escapeMarkdown(c.reason)}.`, '');
  const groups = Object.entries(c.evidence ?? {}).filter(([, list]) => Array.isArray(list) && list.length > 0);
  if (groups.length) {
    push('### Evidence in the prose', '');
    for (const [kind, list] of groups) {
      push(`**${escapeMarkdown(labelOf(CUE_LABEL, kind) ?? kind)}** (${list.length})`, '');
      for (const e of list) push(`- “${escapeMarkdown(e.phrase)}”${at(e.where)}`);
      push('');
    }
  }

  // ---- society ----
  push('## Specialty society', '');
  const s = a.society;
  if (!s) {
    push('No society named. ASE asks to be told of the intent to apply before the application is filed; name the society under `society.name`.', '');
  } else {
    push(`- **Society:** ${escapeMarkdown(s.name)}${s.policy && s.policy !== s.name ? ` (${escapeMarkdown(s.policy)})` : ''}${at(s.where)}`);
    if (!s.policy) push('- **Policy:** none known for this society; the default lead time applies');
    if (s.stance) push(`- **Stance on this class:** ${escapeMarkdown(s.stance)}`);
    if (s.roundtable) push(`- **Engagement:** ${escapeMarkdown(s.roundtable)}`);
    push(`- **Notice lead time:** ${plural(Number(s.noticeLeadDays) || 0, 'day')} before the AMA deadline`);
    if (s.noticeDue) push(`- **Notice due by:** ${date(s.noticeDue)}`);
    push(`- **${s.planned ? 'Notice planned' : 'Notified'}:** ${s.notified ? `${date(s.notified)}${s.onTime === true ? ', on time' : s.onTime === false ? ', **late**' : ''}` : '**not recorded**'}`);
    push('');
  }

  // ---- timeline ----
  const t = a.timeline;
  push('## Timeline', '');
  const facts: string[] = [];
  if (t.amaDeadline) facts.push(`AMA deadline ${date(t.amaDeadline)}${inParens(relDays(t.daysToDeadline))}`);
  if (t.noticeDue) facts.push(`society notice due ${date(t.noticeDue)}${inParens(relDays(t.daysToNotice))}`);
  const release = releaseFact(t);
  if (release) facts.push(release);
  push(`${facts.join(' · ')}.`, '');
  push('| Date | Event |', '|---|---|');
  for (const e of t.events) push(`| ${escapeMarkdown(e.date)} | ${escapeMarkdown(e.label)}${e.estimate ? ' (estimate)' : ''} |`);
  push('');

  // ---- findings ----
  push(`## Findings (${a.findings.length})`, '');
  if (a.findings.length === 0) push('No findings.', '');
  else {
    push('| Severity | Line | Rule | Message |', '|---|---|---|---|');
    for (const f of a.findings as Finding[]) {
      push(`| ${escapeMarkdown(f.severity)} | ${f.range.start.line + 1}:${f.range.start.column + 1} | ${ruleLink(f.ruleId)} | ${markdownMessage(f.message, true)} |`);
    }
    push('');
  }

  push(
    '---',
    '',
    "A CPT code identifies a service; it does not by itself guarantee coverage, reimbursement or payment (AMA). This assessment checks the dossier against CPT Appendix S, the AMA criteria and the specialty society's procedure as CPT Dossier encodes them; it is not advice from the AMA or a society.",
    '',
  );
  return out.join('\n');
}
