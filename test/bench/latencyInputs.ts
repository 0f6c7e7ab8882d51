/**
 * The inputs that blocked typing in the editor (issue #10), as text an editor holds: used by the
 * real-VS-Code latency test (test/vscode/suite/latency.test.ts) and `npm run bench:latency`.
 * Each is a dossier by its `cpt_dossier` key, so it also lints as an untitled buffer (no file).
 */
export interface LatencyInput {
  name: string;
  text: string;
}

const FRONT = [
  '---',
  'cpt_dossier: 1',
  'title: Automated LV ejection fraction',
  'classification: augmentative',
  'taxonomy: 2027',
  'ama_deadline: 2027-02-04',
  'fda:',
  '  status: pre-submission',
  '  first_contact: 2026-04-10',
  'society:',
  '  name: ASE',
  '  notified: 2026-11-01',
  'physician_work: The reading physician reviews the tracing and signs the report.',
  '---',
  '',
  '## Software output',
  '',
  'An ejection fraction in percent, shown to the reading physician.',
  '',
].join('\n');

/** Repeats `piece(i)` until the text reaches `size` characters. */
function fill(head: string, size: number, piece: (i: number) => string): string {
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < size; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}

/** A closing fence followed by a no-break space, then many headings (32 KB: 46 s per keystroke before). */
export function fenceNbsp(size = 32 * 1024): LatencyInput {
  return { name: `fence + U+00A0, then headings (${Math.round(size / 1024)} KB)`, text: fill(FRONT + '```\ncode\n```\u00a0\n\n', size, (i) => `## Heading ${i}\n\nText.\n\n`) };
}

/** N reference-style link definitions among N headings, a literature section (N = 500: 68 s before). */
export function linkDefinitions(n = 500): LatencyInput {
  const parts = [FRONT, '# References\n\n'];
  for (let i = 0; i < n; i++) parts.push(`## Ref ${i}\n\n[r${i}]: https://example.org/${i}\n\n`);
  const text = parts.join('');
  return { name: `${n} link definitions among ${n} headings (${Math.round(text.length / 1024)} KB)`, text };
}

const PROSE = [
  'The software measures the left ventricular ejection fraction from the apical views and reports it to the reading physician, who reviews the tracing before signing.',
  'Clinicians compared the automated result with expert readers at three sites; agreement was high across image quality grades.',
  'The algorithm flags studies whose image quality is too low for a reliable measurement, and the physician decides whether to repeat the acquisition.',
  'In the validation cohort the software detects reduced ejection fraction and the cardiologist interprets the result together with the clinical picture.',
];

/** Ordinary prose with a heading every few paragraphs: slow by sheer size (3 MiB by default). */
export function bigProse(size = 3 * 1024 * 1024): LatencyInput {
  return { name: `prose (${(size / 1024 / 1024).toFixed(1)} MiB)`, text: fill(FRONT, size, (i) => (i % 6 === 0 ? `## Section ${i / 6}\n\n` : '') + PROSE[i % PROSE.length] + '\n\n') };
}

export function latencyInputs(): LatencyInput[] {
  return [fenceNbsp(), linkDefinitions(), bigProse()];
}
