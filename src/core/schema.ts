// The frontmatter keys of dossier format version 1, as data: validation, completion and hover
// all read this one table.

export type FieldType =
  | { kind: 'version' }
  | { kind: 'string' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'codes' }
  | { kind: 'map'; fields: Readonly<Record<string, FieldSpec>> }
  | { kind: 'list'; of: FieldSpec }
  /** `sites`: a list of site mappings, or a count. */
  | { kind: 'list-or-count'; of: FieldSpec };

export interface FieldSpec {
  type: FieldType;
  /** One sentence for hover and completion. */
  doc: string;
  /** A value to insert on completion, or an example in hover. */
  example?: string;
  /** What the rules take when the key is absent (Markdown), where they take something. */
  default?: string;
}

export const FDA_STATUSES = ['none', 'pre-submission', 'submitted', 'cleared', 'granted', 'approved', 'not-required'] as const;
export type FdaStatus = (typeof FDA_STATUSES)[number];

const SITE: FieldSpec = {
  type: {
    kind: 'map',
    fields: {
      name: { type: { kind: 'string' }, doc: 'Name of the site (hospital, clinic) that offers the service to patients.', example: 'Mercy Heart Institute' },
      state: { type: { kind: 'string' }, doc: 'US state (two letters) or country of the site.', example: 'OH' },
      since: { type: { kind: 'date' }, doc: 'Date the site began offering the service on humans (YYYY-MM-DD). A date after today does not count yet.', example: '2026-01-15' },
    },
  },
  doc: 'A site that offers the service on humans.',
};

const TRIAL: FieldSpec = {
  type: {
    kind: 'map',
    fields: {
      registry: { type: { kind: 'string' }, doc: 'Trial registry identifier, e.g. a ClinicalTrials.gov NCT number.', example: 'NCT01234567' },
      country: { type: { kind: 'string' }, doc: 'Country where the trial runs; US, USA or United States make it a US trial, alone or among others (`US and Canada`, `US (3 sites)`).', example: 'US' },
      efficacy: { type: { kind: 'string' }, doc: 'One or two sentences outlining the efficacy the trial shows (endpoint, result, size).', example: 'Agreement with expert readers, ICC 0.91 (n=800)' },
    },
  },
  doc: 'A clinical trial of the service.',
};

/**
 * The placeholder texts the snippets (snippets/cpt-dossier.code-snippets) put in text keys. Left
 * as written they are no value: a trial whose efficacy is "Endpoint, result and size" outlines
 * none. A unit test keeps this list and the snippets in step.
 */
export const SNIPPET_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  title: ['Name of the AI-enabled service'],
  developer: ['Company, Inc.'],
  'sites[].name': ['Hospital or clinic'],
  'trials[].registry': ['NCT00000000'],
  'trials[].efficacy': ['Endpoint, result and size, e.g. agreement with expert readers, ICC 0.91 (n=800)', 'Endpoint, result and size'],
};

export const FRONTMATTER: Readonly<Record<string, FieldSpec>> = {
  cpt_dossier: { type: { kind: 'version' }, doc: 'Dossier format version; its presence marks the Markdown file as a CPT dossier. Only 1 exists.', example: '1' },
  title: { type: { kind: 'string' }, doc: 'Name of the AI-enabled service the application is for.', example: 'Automated LV ejection fraction' },
  developer: { type: { kind: 'string' }, doc: 'Company or group that develops the software.', example: 'Acme Cardio AI, Inc.' },
  classification: {
    type: { kind: 'enum', values: ['assistive', 'augmentative', 'autonomous'] },
    doc: 'CPT Appendix S class of the software output: assistive (detects), augmentative (analyses or quantifies), autonomous (draws conclusions without a physician).',
    example: 'augmentative',
  },
  autonomy_level: {
    type: { kind: 'enum', values: ['I', 'II', 'III'] },
    doc: 'Only for autonomous software: I offers conclusions a physician must act on; II acts unless the physician overrides; III acts and the physician must contest.',
    example: 'II',
  },
  taxonomy: {
    type: { kind: 'enum', values: ['2022', '2027'] },
    doc: 'Edition of CPT Appendix S the classification follows. Defaults to 2027 when ama_deadline is in 2027 or later, else 2022.',
    example: '2027',
    default: '`2027` when `ama_deadline` is on or after 2027-01-01, else `2022`',
  },
  target_category: {
    type: { kind: 'enum', values: ['III', 'I'] },
    doc: 'CPT category sought: III (temporary code for emerging technology) or I. Defaults to III.',
    example: 'III',
    default: '`III`',
  },
  codes: {
    type: { kind: 'codes' },
    doc: 'CPT codes already held for this service: Category III as NNNNT, Category I as NNNNN.',
    example: '[0932T]',
  },
  ama_deadline: { type: { kind: 'date' }, doc: 'The CPT application deadline aimed at (YYYY-MM-DD), about three months before a CPT Editorial Panel meeting.', example: '2027-02-04' },
  fda: {
    type: {
      kind: 'map',
      fields: {
        status: {
          type: { kind: 'enum', values: FDA_STATUSES },
          doc: 'Where the FDA process stands. Category III needs it begun (clearance not required); Category I needs cleared, granted, approved or not-required.',
          example: 'pre-submission',
        },
        first_contact: { type: { kind: 'date' }, doc: 'Date of the first discussion with FDA (YYYY-MM-DD); shows the FDA process has begun.', example: '2026-04-10' },
      },
    },
    doc: 'FDA regulatory status of the software.',
  },
  sites: { type: { kind: 'list-or-count', of: SITE }, doc: 'Sites offering the service on humans: a list of sites, or a count.' },
  trials: { type: { kind: 'list', of: TRIAL }, doc: 'Clinical trials of the service; Category III needs a US trial outlining efficacy.' },
  society: {
    type: {
      kind: 'map',
      fields: {
        name: { type: { kind: 'string' }, doc: 'Specialty society consulted (ASE is built in; others come from policy files), by its abbreviation or full name, or both as `Full Name (ABBR)`; letter case, full stops and a leading "the" do not matter.', example: 'ASE' },
        notified: { type: { kind: 'date' }, doc: "Date the society was told of the intent to apply (YYYY-MM-DD); ASE asks for it at least 8 weeks before the AMA deadline.", example: '2026-11-01' },
        irt_partner: { type: { kind: 'boolean' }, doc: "Whether the developer engages the society through its Industry Roundtable (ASE's IRT).", example: 'true' },
        support_requested: { type: { kind: 'boolean' }, doc: 'Whether the application asks the society to sponsor or support it.', example: 'false' },
      },
    },
    doc: 'The specialty society consulted about the application.',
  },
  physician_work: { type: { kind: 'string' }, doc: 'What the physician does with the software output (review, edit, interpret, report).', example: 'The reading physician reviews the tracing and signs the report.' },
};

/** Looks up the spec of a dotted path such as "fda.status" or "sites[].since". */
export function fieldAt(path: string): FieldSpec | undefined {
  let fields: Readonly<Record<string, FieldSpec>> | undefined = FRONTMATTER;
  let spec: FieldSpec | undefined;
  for (const part of path.replace(/\[\d*\]/g, '').split('.')) {
    if (!fields) return undefined;
    // Own keys only: a key named `constructor` or `__proto__` in a dossier is simply unknown.
    spec = Object.hasOwn(fields, part) ? fields[part] : undefined;
    if (!spec) return undefined;
    const t: FieldType = spec.type;
    fields = t.kind === 'map' ? t.fields : t.kind === 'list' || t.kind === 'list-or-count' ? (t.of.type.kind === 'map' ? t.of.type.fields : undefined) : undefined;
  }
  return spec;
}
