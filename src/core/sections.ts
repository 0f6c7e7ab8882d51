// Body sections of dossier format 1, recognised by heading text at any level.

export type SectionKind = 'intended-use' | 'software-output' | 'physician-work' | 'clinical-evidence' | 'sites-of-service';

export const SECTIONS: Readonly<Record<SectionKind, { title: string; aliases: readonly string[]; doc: string }>> = {
  'intended-use': { title: 'Intended use', aliases: [], doc: 'What the service is for, in whom, and in what setting.' },
  'software-output': {
    title: 'Software output',
    aliases: ['Machine output', 'Clinical output', 'Output'],
    doc: 'What the software produces (a flag, a measurement, a conclusion): the Appendix S class rests on it.',
  },
  'physician-work': { title: 'Physician work', aliases: ['Physician role'], doc: 'What the physician does with the output.' },
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

/** "3.2 Software Output:" → "software output". */
export function normaliseHeading(text: string): string {
  const name = text.toLowerCase().replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\.|[ivx]+\.)\s+/, '');
  return name
    .slice(0, endWithoutTrailing(name))
    .replace(/\s+/g, ' ')
    .trim();
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
