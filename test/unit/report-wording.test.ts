// What the readiness report says, in the words a writer reads (issue #12, items 4 and 5).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { assessText } from '../../src/core/assess';
import { renderAssessmentHtml, timelineSvg } from '../../src/core/report/html';
import { renderAssessmentMarkdown } from '../../src/core/report/markdown';
import { addDays } from '../../src/core/dates';
import { TODAY, clean, lint } from './helpers';

const opts = { fileName: 'a.dossier.md', today: TODAY };
const section = (md: string, heading: string): string => md.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
const htmlSection = (html: string, id: string): string => new RegExp(`<section id="${id}">.*?</section>`, 's').exec(html)?.[0] ?? '';

/** Stems (vertical lines from the axis) that pass through another event's label box. */
function crossings(svg: string): string[] {
  const items = [...svg.matchAll(/<g class="ev[^"]*">(.*?)<\/g>/g)].map(([, g]) => {
    const stem = /<line class="stem" x1="([\d.]+)" y1="([\d.]+)" x2="[\d.]+" y2="([\d.-]+)"/.exec(g)!;
    const t = /<text class="label" x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)">(.*?)<\/text>/.exec(g)!;
    const x = Number(t[1]);
    const width = t[4].replace(/&[a-z#0-9]+;/g, 'x').length * 6.4;
    const y = Number(t[2]);
    return { text: t[4], stemX: Number(stem[1]), stemY: [Math.min(+stem[2], +stem[3]), Math.max(+stem[2], +stem[3])], box: { x: t[3] === 'end' ? [x - width, x] : [x, x + width], y: [y - 10, y + 3] } };
  });
  const out: string[] = [];
  for (const a of items)
    for (const b of items)
      if (a !== b && a.stemX >= b.box.x[0] && a.stemX <= b.box.x[1] && a.stemY[1] >= b.box.y[0] && a.stemY[0] <= b.box.y[1]) out.push(`stem of "${a.text}" crosses "${b.text}"`);
  return out;
}

describe('report wording', () => {
  test('a met prerequisite names no rule; a missing one names the rule that checks it', () => {
    const text = clean({ sites: null }).replace(/^  - name: Mercy.*\n.*\n.*since.*\n/m, '');
    const a = assessText(text, opts);
    const md = section(renderAssessmentMarkdown(a), 'Prerequisites');
    assert.match(md, /- \[x\] \*\*Classified under CPT Appendix S\*\*: augmentative \(line 4\)\n/);
    assert.doesNotMatch(md, /classification-missing|output-undescribed|cat3-fda-engagement/);
    assert.match(md, /- \[ \] \*\*Offered on humans at one site or more\*\*: .*cat3-human-use/);
    const html = htmlSection(renderAssessmentHtml(a), 'prerequisites');
    assert.doesNotMatch(html, /classification-missing|output-undescribed|cat3-fda-engagement/);
    assert.match(html, /class="unmet">.*cat3-human-use/);
  });

  test('the timeline header names the release its points show, and the Panel meeting', () => {
    const a = assessText(clean(), opts);
    assert.deepEqual(
      a.timeline.events.filter((e) => e.kind === 'release' || e.kind === 'effective').map((e) => `${e.date} ${e.label}`),
      ['2027-07-01 Category III release after the May 2027 Panel meeting', '2028-01-01 Code effective'],
    );
    const md = section(renderAssessmentMarkdown(a), 'Timeline');
    assert.match(md, /Category III release expected 1 July 2027 after the May 2027 Panel meeting, effective 1 January 2028\./);
    assert.doesNotMatch(md, /1 January 2027|1 July 2027, effective 1 July/);
    const html = htmlSection(renderAssessmentHtml(a), 'timeline');
    assert.match(html, /<p class="muted">[^<]*Category III release expected 1 July 2027 after the May 2027 Panel meeting, effective 1 January 2028<\/p>/);
    // Without a deadline the next release is the one shown, in the header and as points.
    const open = assessText(clean({ ama_deadline: null }), opts);
    assert.match(section(renderAssessmentMarkdown(open), 'Timeline'), /next Category III release 1 January 2027, effective 1 July 2027\./);
    assert.deepEqual(open.timeline.events.filter((e) => e.kind === 'release').map((e) => e.date), ['2027-01-01']);
  });

  test('no event stem crosses another label on the timeline picture', () => {
    const cases: string[] = [];
    for (const deadline of ['2026-12-15', '2027-02-04', '2027-06-01', '2027-11-01'])
      for (const lead of [-200, -80, -56, -46, -10, 5])
        for (const today of ['2026-06-01', TODAY, '2027-01-20']) {
          const a = assessText(clean({ ama_deadline: deadline }).replace('notified: 2026-11-01', `notified: ${addDays(deadline, lead)}`), { ...opts, today });
          const found = crossings(timelineSvg(a.timeline.events, a.timeline.today));
          if (found.length) cases.push(`deadline ${deadline}, notified ${lead} days, today ${today}: ${found.join('; ')}`);
        }
    assert.deepEqual(cases, []);
  });

  test('a notice date still to come is a plan, in the finding and in the report', () => {
    const text = clean().replace('notified: 2026-11-01', 'notified: 2026-12-20');
    const f = lint(text).filter((x) => x.ruleId === 'society-notice-late');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^The ASE notice is planned for only 46 days before the AMA deadline of 4 February 2027, .* The latest date on time is 10 December 2026 \(2026-12-10\); notify it by then/);
    const a = assessText(text, opts);
    assert.equal(a.society?.planned, true);
    assert.ok(a.timeline.events.some((e) => e.kind === 'notified' && e.label === 'ASE notice planned'));
    assert.match(section(renderAssessmentMarkdown(a), 'Specialty society'), /- \*\*Notice planned:\*\* 20 December 2026, \*\*late\*\*/);
    assert.match(htmlSection(renderAssessmentHtml(a), 'society'), /<th scope="row">Notice planned<\/th>/);
    // A date already passed stays in the past tense.
    const past = lint(clean().replace('notified: 2026-11-01', 'notified: 2026-12-20'), { today: '2027-01-05' }).find((x) => x.ruleId === 'society-notice-late');
    assert.match(past?.message ?? '', /^ASE was notified only 46 days before/);
  });

  test('counts read "info" in every report', () => {
    const a = assessText(clean(), opts);
    assert.match(renderAssessmentHtml(a), /0 errors, 0 warnings, 0 info</);
    assert.match(renderAssessmentMarkdown(a), /^0 errors, 0 warnings, 0 info\.$/m);
  });

  test('exports name the file, never the folders it lives in', () => {
    for (const fileName of ['/home/writer/private/echo/a.dossier.md', 'C:\\Users\\writer\\Documents\\a.dossier.md']) {
      const a = assessText(clean(), { ...opts, fileName });
      for (const out of [renderAssessmentMarkdown(a), renderAssessmentHtml(a)]) {
        assert.doesNotMatch(out, /writer|home|Users|Documents/);
        assert.match(out, /a\\?\.dossier\\?\.md/);
      }
    }
  });
});
