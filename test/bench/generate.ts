/**
 * Deterministic generator of realistic dossiers for the benchmark: the frontmatter of a complete
 * augmentative Category III application, then many `##` sections of prose with lists, tables,
 * fenced code (``` and ~~~), blockquotes, HTML comments, inline code, link references, `###`
 * sub-headings and the cue and payment phrases the rules look for.
 */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRONTMATTER = `---
cpt_dossier: 1
title: Automated LV ejection fraction
developer: Acme Cardio AI, Inc.
classification: augmentative
taxonomy: 2027
target_category: III
ama_deadline: 2027-02-04
fda:
  status: pre-submission
  first_contact: 2026-04-10
sites:
  - name: Mercy Heart Institute
    state: OH
    since: 2026-01-15
trials:
  - registry: NCT01234567
    country: US
    efficacy: Agreement with expert readers, ICC 0.91 (n=800)
society:
  name: ASE
  notified: 2026-11-01
physician_work: The reading physician reviews the tracing, edits it when needed and signs the report.
---
`;

const SUBJECTS = ['The software', 'The algorithm', 'The reading physician', 'The sonographer', 'Each study', 'The worklist', 'The report', 'The model', 'The cardiologist'];
const VERBS = ['measures', 'reviews', 'traces', 'highlights', 'records', 'stores', 'shows', 'edits', 'checks', 'compares', 'signs', 'flags'];
const OBJECTS = [
  'the left ventricular ejection fraction',
  'the end-diastolic and end-systolic borders',
  'the apical four-chamber view',
  'every frame of the loop',
  'the strain curve of each segment',
  'the Doppler envelope',
  'the quality score of the acquisition',
  'the measurements against the laboratory range',
];
const TAILS = [
  'before the report is signed.',
  'in the structured report.',
  'for each study on the worklist.',
  'when the image quality allows it.',
  'as described in the user manual [manual].',
  'with the value shown next to the image.',
  'and keeps an audit trail of every change.',
  'in under two seconds on the reading station.',
];
/** Phrases the cue and claim rules react to (some negated or with the physician as subject). */
const CUE_SENTENCES = [
  'The software diagnoses heart failure with reduced ejection fraction.',
  'It concludes that the valve is severely stenotic.',
  'The software does not diagnose any condition.',
  'The physician makes the diagnosis after reviewing the tracing.',
  'The algorithm quantifies the regurgitant volume.',
  'A CPT code guarantees payment for the service.',
  'It never issues a conclusion on its own.',
  'The software automatically refers the patient to a cardiologist.',
];
const WORDS = 'echo view loop frame border trace chamber valve strain report study reader expert site trial value image signal quality segment volume'.split(' ');

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function sentence(r: () => number): string {
  if (r() < 0.08) return pick(r, CUE_SENTENCES);
  let s = `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}`;
  if (r() < 0.25) s += ` using \`${pick(r, WORDS)}_${Math.floor(r() * 100)}\``;
  if (r() < 0.15) s += ` (see *${pick(r, WORDS)}* and **${pick(r, WORDS)}**)`;
  return `${s} ${pick(r, TAILS)}`;
}

function paragraph(r: () => number): string {
  const n = 2 + Math.floor(r() * 5);
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < n; i++) {
    const s = sentence(r);
    // Hard-wrap around 100 columns, as many writers do.
    if (line && line.length + s.length > 100) {
      out.push(line);
      line = s;
    } else line = line ? `${line} ${s}` : s;
  }
  out.push(line);
  return out.join('\n');
}

function list(r: () => number): string {
  const ordered = r() < 0.3;
  const n = 3 + Math.floor(r() * 5);
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const bullet = ordered ? `${i + 1}.` : '-';
    items.push(`${bullet} ${sentence(r)}`);
    if (r() < 0.2) items.push(`${' '.repeat(bullet.length + 1)}- ${pick(r, OBJECTS)}`);
  }
  return items.join('\n');
}

function table(r: () => number): string {
  const rows = ['| Site | State | Studies | ICC |', '|---|---|---:|---:|'];
  const n = 3 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    rows.push(`| ${pick(r, ['Mercy Heart', 'St. Luke', 'Lakeside', 'Riverside', 'Summit'])} ${i + 1} | ${pick(r, ['OH', 'TX', 'CA', 'NY', 'IL'])} | ${100 + Math.floor(r() * 900)} | 0.${80 + Math.floor(r() * 19)} |`);
  }
  return rows.join('\n');
}

function code(r: () => number): string {
  const fence = r() < 0.7 ? '```' : '~~~';
  const lines = [`${fence}${pick(r, ['json', 'yaml', 'text', ''])}`];
  const n = 3 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    // Code that would look like headings, cues and comments if it were not code.
    lines.push(pick(r, ['{ "ef": 55, "quality": "good" }', '# not a heading', 'the software diagnoses', '<!-- not a comment -->', `  ${pick(r, WORDS)}: ${Math.floor(r() * 1000)}`, '## still code']));
  }
  lines.push(fence);
  return lines.join('\n');
}

function quote(r: () => number): string {
  return `> ${pick(r, ['Appendix S:', 'The payer policy says:', 'From the ASE statement:'])} ${sentence(r)}\n> ${sentence(r)}`;
}

function comment(r: () => number): string {
  return pick(r, ['<!-- TODO: add the reader study numbers -->', '<!-- cpt-dossier-disable-next-line classification-cue -->', '<!--\nReviewer notes:\n- check the table\n-->']);
}

const SECTION_TITLES = ['Intended use', 'Software output', 'Physician work', 'Clinical evidence', 'Sites of service', 'Workflow', 'Validation', 'Safety', 'Training data', 'Limitations', 'Notes', 'Background'];

function section(r: () => number, index: number): string {
  const title = index < 5 ? SECTION_TITLES[index] : `${index}. ${pick(r, SECTION_TITLES)}`;
  const blocks: string[] = [`## ${title}`];
  const n = 3 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.45) blocks.push(paragraph(r));
    else if (x < 0.6) blocks.push(list(r));
    else if (x < 0.68) blocks.push(table(r));
    else if (x < 0.76) blocks.push(code(r));
    else if (x < 0.84) blocks.push(quote(r));
    else if (x < 0.9) blocks.push(comment(r));
    else blocks.push(`### ${pick(r, WORDS)} ${pick(r, WORDS)}`);
  }
  return blocks.join('\n\n') + '\n\n';
}

/** A dossier of about `bytes` bytes (UTF-8; the text is ASCII), the same for the same arguments. */
export function generateDossier(bytes: number, seed = 1): string {
  const r = rng(seed);
  let text = `${FRONTMATTER}\n# Automated LV ejection fraction\n\n`;
  const tail = '## References\n\n[manual]: https://example.com/manual "User manual"\n';
  for (let i = 0; ; i++) {
    let s = section(r, i);
    // Fill the rest with short sections (a heading and one paragraph) while they fit.
    if (text.length + s.length + tail.length > bytes) s = `## ${pick(r, SECTION_TITLES)} ${i}\n\n${paragraph(r)}\n\n`;
    if (text.length + s.length + tail.length > bytes) break;
    text += s;
  }
  return text + tail;
}

/** Where to type in the middle of the text: inside a word of a prose line. */
export function middleOfProse(text: string): number {
  const re = /^[A-Z][a-z]+ [a-z]+ [a-z]+/gm;
  re.lastIndex = text.length >> 1;
  let m = re.exec(text);
  if (!m) {
    re.lastIndex = 0;
    m = re.exec(text);
  }
  if (!m) throw new Error('no prose line found');
  return m.index + m[0].indexOf(' ') + 2;
}
