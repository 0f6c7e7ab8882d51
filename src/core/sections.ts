// Body sections of dossier format 1, recognised by heading text at any level.
import { SHOWS_AS_NOTHING } from './invisible';

export type SectionKind = 'intended-use' | 'software-output' | 'physician-work' | 'clinical-evidence' | 'sites-of-service';

export const SECTIONS: Readonly<Record<SectionKind, { title: string; aliases: readonly string[]; doc: string }>> = {
  'intended-use': { title: 'Intended use', aliases: [], doc: 'What the service is for, in whom, and in what setting.' },
  'software-output': {
    title: 'Software output',
    aliases: ['Machine output', 'Clinical output', 'Output'],
    doc: 'What the software produces (a flag, a measurement, a conclusion): the Appendix S class rests on it.',
  },
  'physician-work': { title: 'Physician work', aliases: ['Physician role', 'Role of the physician'], doc: 'What the physician does with the output.' },
  'clinical-evidence': {
    title: 'Clinical evidence',
    aliases: ['Evidence', 'Clinical trials'],
    doc: "Trials and literature; a US trial's efficacy outline may be given here.",
  },
  'sites-of-service': { title: 'Sites of service', aliases: ['Sites'], doc: 'Where the service is offered on humans.' },
};

const BY_NAME = new Map<string, SectionKind>();
for (const [kind, s] of Object.entries(SECTIONS) as [SectionKind, (typeof SECTIONS)[SectionKind]][]) {
  for (const name of [s.title, ...s.aliases]) BY_NAME.set(normaliseHeading(name), kind);
}

/** "3.2 Software Outputs:" → "software output"; "Physician's role" → "physician role". */
export function normaliseHeading(text: string): string {
  // `## Soft\u200bware output` reads "Software output" on screen.
  const name = text.replace(SHOWS_AS_NOTHING, '').toLowerCase().replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\.|[ivx]+\.)\s+/, '');
  return name
    .slice(0, endWithoutTrailing(name))
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map(singular)
    .join(' ');
}

/**
 * A word of a heading without its plural or possessive ending: writers name a section "Software
 * outputs", "Physician's role" or "Clinical trial", and mean the same section.
 */
function singular(word: string): string {
  const w = word.replace(/['\u2019]s?$/, '');
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}

/** Where `text` ends once trailing spaces, colons and full stops are dropped. A loop, not
 * `/[\s:.]+$/`: that regex is tried from every character of a long run of them that does not end
 * the heading, so a heading of 60,000 spaces then a letter took seconds. */
function endWithoutTrailing(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s:.]/.test(text[end - 1])) end--;
  return end;
}

export function sectionKindOf(headingText: string): SectionKind | undefined {
  return BY_NAME.get(normaliseHeading(headingText));
}

/**
 * Words of a heading that was plainly meant as a section but is none of its names ("Output of the
 * software", "Role of the cardiologist"): the rule that misses the section names that heading.
 */
const MEANT_AS: Partial<Record<SectionKind, readonly RegExp[]>> = {
  'software-output': [/\boutputs?\b/i],
  'physician-work': [/\b(?:physician|clinician|doctor|cardiologist|radiologist|reader)s?\b/i, /\b(?:role|work|involvement|responsibilit(?:y|ies)|tasks?|duties|review)\b/i],
};

/** The names a section is read under, for messages: "Physician work, Physician role, …". */
export function sectionNames(kind: SectionKind): string {
  return [SECTIONS[kind].title, ...SECTIONS[kind].aliases].join(', ');
}

/** The first heading that reads as meant for section `kind` without being one of its names. */
export function headingMeantAs<H extends { text: string }>(kind: SectionKind, headings: readonly H[]): H | undefined {
  const words = MEANT_AS[kind];
  if (!words) return undefined;
  return headings.find((h) => h.text.length <= 200 && sectionKindOf(h.text) === undefined && words.every((w) => w.test(h.text)));
}

/**
 * The text a fix writes under a heading it adds, for the writer to replace (in italics). Kept here
 * so that a section still holding it counts as undescribed (`SECTION_PLACEHOLDERS`).
 */
export const FIX_PLACEHOLDERS = {
  'software-output': 'Say exactly what the software produces (a flag, a value, a conclusion) and who acts on it.',
  'physician-work': 'Say what the physician does with the software output: reviews, edits, signs, acts on an alert.',
  'clinical-evidence': 'Outline the US trial: design, sites, endpoint, result and size.',
} as const satisfies Partial<Record<SectionKind, string>>;

/**
 * Placeholder sentences the snippets (snippets/cpt-dossier.code-snippets) and the fixes write in
 * body sections. A paragraph that is only one of them (plain or italic) is not the writer's text:
 * its section is not described by it and the prose analysis does not read it ("Exactly what the
 * software produces (a flag, a value, a conclusion)…" names an Appendix S class). A unit test
 * keeps the list in step with the snippets.
 */
export const SECTION_PLACEHOLDERS: readonly string[] = [
  'What the service is for, in whom, and in what setting.',
  'Exactly what the software produces (a flag, a value, a conclusion), where it appears, and who acts on it.',
  'What the physician does with the software output: reviews, edits, signs the report, acts on an alert.',
  'The US trial: design, sites, endpoint, result and size; published literature.',
  'Where the service is offered on humans today.',
  ...Object.values(FIX_PLACEHOLDERS),
];

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(SECTION_PLACEHOLDERS.map((p) => p.toLowerCase()));

/** True when a paragraph's plain text (markup removed) is only a placeholder of `SECTION_PLACEHOLDERS`. */
export function isSectionPlaceholder(text: string): boolean {
  // Longer than every placeholder: not one (and no work on a long paragraph).
  if (text.length > 200) return false;
  return PLACEHOLDER_SET.has(text.replace(/\s+/g, ' ').trim().toLowerCase());
}
