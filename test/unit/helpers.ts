import { lintText, type LintOptions } from '../../src/core/engine';
import { assessText } from '../../src/core/assess';
import type { AiClass, Finding } from '../../src/core/types';
import { findCues } from '../../src/core/prose';
import { tokenize } from '../../src/core/prose/tokens';
import { sentences } from '../../src/core/prose/sentences';
import { tagSentence } from '../../src/core/prose/tags';

export const TODAY = '2026-11-23';

/** A dossier frontmatter + body from lines, joined with \n. */
export function doc(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintText(text, { fileName: 'test.dossier.md', today: TODAY, ...options }).findings;
}

/** "line rule-id" with 1-based lines, as the fixture sidecars write them. */
export function lineIds(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
}

export function ids(findings: Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

/** 1-based "line:col-line:col" of a finding. */
export function span(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.column + 1}-${f.range.end.line + 1}:${f.range.end.column + 1}`;
}

/** The cues the prose analysis reads in a text, as "kind: phrase". */
export function cuePhrases(prose: string): string[] {
  return findCues(prose).map((c) => `${c.kind}: ${c.phrase}`);
}

/** A dossier that declares `declared` and says `prose` under "Software output" (body from line 10). */
export function outputDossier(declared: AiClass, ...prose: string[]): string {
  const level = declared === 'autonomous' ? ['autonomy_level: I'] : [];
  return doc('---', 'cpt_dossier: 1', 'title: Example', `classification: ${declared}`, ...level, 'taxonomy: 2027', '---', '', '## Software output', '', ...prose);
}

/** The dossier's `classification-cue` findings as "rule-id line:col-line:col suggests". */
export function cueFindingsOf(text: string): string[] {
  return lint(text)
    .filter((f) => f.ruleId === 'classification-cue')
    .map((f) => `${f.ruleId} ${span(f)} ${String(f.data?.suggests)}`);
}

/** A complete, clean augmentative Category III dossier (no findings with TODAY). */
export const CLEAN_FRONTMATTER = [
  '---',
  'cpt_dossier: 1',
  'title: Automated LV ejection fraction',
  'classification: augmentative',
  'taxonomy: 2027',
  'ama_deadline: 2027-02-04',
  'fda:',
  '  status: pre-submission',
  '  first_contact: 2026-04-10',
  'sites:',
  '  - name: Mercy Heart Institute',
  '    state: OH',
  '    since: 2026-01-15',
  'trials:',
  '  - registry: NCT01234567',
  '    country: US',
  '    efficacy: Agreement with expert readers, ICC 0.91 (n=800)',
  'society:',
  '  name: ASE',
  '  notified: 2026-11-01',
  'physician_work: The reading physician reviews the tracing and signs the report.',
  '---',
];

export const CLEAN_BODY = [
  '# Automated LV ejection fraction',
  '',
  '## Software output',
  '',
  'The software measures the left ventricular ejection fraction and shows the traced borders.',
  '',
];

export function clean(overrides: Record<string, string | null> = {}, body: string[] = CLEAN_BODY): string {
  const lines = CLEAN_FRONTMATTER.flatMap((line) => {
    const key = /^(\s*)([a-z_]+):/.exec(line)?.[2];
    if (key && key in overrides && !line.startsWith('  ')) {
      const v = overrides[key];
      return v === null ? [] : [`${key}: ${v}`];
    }
    return [line];
  });
  return doc(...lines, ...body);
}

/** The class the assessment says the prose suggests (the code lens and status bar show the same). */
export function suggested(text: string): string | undefined {
  return assessText(text, { fileName: 'test.dossier.md', today: TODAY }).classification.suggested;
}

/** The tags of a text's first sentence, as "word/tag". */
export function tags(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const [from, to] = sentences(tokens)[0];
  return tagSentence(tokens, from, to).map((w) => `${w.w}/${w.tag}`);
}
