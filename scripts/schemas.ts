// The JSON schemas of the workspace files, built from the code they describe: the rule ids of
// `.cpt-dossier.json` come from the registry, and the society policy schema mirrors
// validatePolicy (src/core/policy.ts). Written to schemas/ by `npm run docs`.
import { RULES } from '../src/core/rules';
import { DEFAULT_MAX_BYTES, SETTINGS } from '../src/core/config';
import { docsUrl } from '../src/core/sources';
import { DIRECTIVE_UNKNOWN_RULE, DIRECTIVE_UNUSED, INTERNAL_ERROR } from '../src/core/engine';
import { AI_CLASSES } from '../src/core/types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DRAFT = 'http://json-schema.org/draft-07/schema#';

export function configSchema(): Json {
  const setting: Json = {
    description: 'error, warning or info changes the severity; off (or false) turns the rule off; true turns it on at its default severity.',
    // What applyConfigFile (src/core/config.ts) accepts: its settings, and true/false.
    enum: [...SETTINGS, true, false],
  };
  const rules: Record<string, Json> = {};
  for (const r of RULES) {
    rules[r.meta.id] = {
      $ref: '#/definitions/setting',
      description: `${r.meta.description.replace(/`/g, '')} Default: ${r.meta.defaultSeverity}.`,
      markdownDescription: `${r.meta.description} Default: \`${r.meta.defaultSeverity}\`. [Documentation](${docsUrl(r.meta.id)})`,
    };
  }
  return {
    $schema: DRAFT,
    title: 'CPT Dossier configuration (.cpt-dossier.json or .cpt-dossier.yaml)',
    description: 'Workspace configuration of CPT Dossier. The nearest .cpt-dossier.json (or .cpt-dossier.yaml) above a dossier, within its repository (or workspace folder), applies to it. Comments and trailing commas are allowed.',
    allowComments: true,
    allowTrailingCommas: true,
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per rule id, or off.',
        type: 'object',
        propertyNames: { enum: RULES.map((r) => r.meta.id) },
        properties: rules,
        additionalProperties: false,
      },
      policies: {
        description: 'Paths of extra society policy files (JSON, relative to this file). A policy with the same id or alias as a built-in one replaces it.',
        type: 'array',
        items: { type: 'string', pattern: '\\.[jJ][sS][oO][nN]$' },
      },
      maxFileSize: {
        description: `Files larger than this (in UTF-16 code units, about bytes for English text) get frontmatter-only linting. Default: ${DEFAULT_MAX_BYTES}.`,
        type: 'integer',
        minimum: 1,
        maximum: Number.MAX_SAFE_INTEGER,
      },
      root: {
        description:
          'true marks the top of a project: the search for .cpt-dossier.json never goes above this folder. The search also stops at the repository root (the folder holding .git) and, in the editor, at the workspace folder.',
        type: 'boolean',
      },
      extends: {
        description: 'A configuration file (JSON or YAML, path relative to this file) whose settings apply first, or a list of them; this file\'s settings apply on top. Presets may extend others; a cycle is reported.',
        oneOf: [
          { type: 'string', pattern: '\\.([jJ][sS][oO][nN]|[yY][aA]?[mM][lL])$' },
          { type: 'array', items: { type: 'string', pattern: '\\.([jJ][sS][oO][nN]|[yY][aA]?[mM][lL])$' } },
        ],
      },
      ignores: {
        description: 'Globs (relative to this file\'s folder) of files never linted, by the CLI, "Lint all dossiers in workspace" or the editor. A folder name ignores everything in it; folders are separated by / or \\ (a backslash is never an escape). Example: ["archive/**", "**/*.draft.dossier.md"].',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
    },
    definitions: { setting },
  };
}

export function policySchema(): Json {
  const summary: Json = { type: 'string', description: 'One or two sentences shown in messages and the assessment.' };
  const nonEmpty: Json = { type: 'string', pattern: '\\S' };
  return {
    $schema: DRAFT,
    title: 'CPT Dossier society policy',
    description: "A specialty society's procedure for CPT applications, as data (never executed). Checked by validatePolicy in src/core/policy.ts.",
    type: 'object',
    required: ['id', 'name', 'noticeLeadDays', 'stance'],
    properties: {
      $schema: { type: 'string' },
      id: { ...nonEmpty, description: 'Short name, e.g. "HRS"; matched against society.name case-insensitively.' },
      name: { ...nonEmpty, description: 'Full name of the society.' },
      aliases: { type: 'array', items: { type: 'string' }, description: 'Other names a dossier may use in society.name (the id is always one).' },
      source: { type: 'string', description: 'Where the policy comes from, named in messages.' },
      noticeLeadDays: { type: 'integer', minimum: 0, maximum: 3650, description: 'Days before the AMA deadline by which the society wants the material.' },
      wantsIntentNotice: { type: 'boolean' },
      roundtable: { type: 'string', description: 'How developers engage with the society (e.g. an industry roundtable).' },
      category3Minimum: { type: 'array', items: { type: 'string' }, description: 'Informational: the prerequisites the society names for Category III.' },
      stance: {
        type: 'object',
        description: 'The society\'s stance per class of CPT Appendix S.',
        additionalProperties: false,
        properties: {
          assistive: { type: 'object', required: ['summary'], properties: { discourageCpt: { type: 'boolean' }, summary } },
          augmentative: { type: 'object', required: ['summary'], properties: { category3: { enum: ['neutral', 'supports', 'case-by-case'] }, summary } },
          autonomous: { type: 'object', required: ['summary'], properties: { requiresPhysicianWork: { type: 'boolean' }, summary } },
        },
      },
    },
  };
}

/**
 * `cpt-dossier lint --format json`: the array of findings toJsonFindings (src/core/report/json.ts)
 * writes, so that CI tools can check what they read. Positions are 1-based, ends exclusive.
 */
export function lintOutputSchema(): Json {
  const position = (what: string): Json => ({ description: what, type: 'integer', minimum: 1 });
  const place = {
    line: position('Line where the finding starts (1-based).'),
    column: position('Column where it starts (1-based, in UTF-16 code units, as editors count).'),
    endLine: position('Line where it ends.'),
    endColumn: position('Column just after its last character.'),
  };
  return {
    $schema: DRAFT,
    title: 'CPT Dossier findings (cpt-dossier lint --format json)',
    description: 'The output of `cpt-dossier lint --format json`: one array of findings, in file order. A public contract: changes are listed in CHANGELOG.md.',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'],
      properties: {
        file: { description: 'The file, relative to the working folder when inside it, else absolute.', type: 'string' },
        ruleId: {
          description: "The rule's id, or one of the engine's own: directive-unknown-rule, directive-unused, internal-error.",
          enum: [...RULES.map((r) => r.meta.id), DIRECTIVE_UNKNOWN_RULE, DIRECTIVE_UNUSED, INTERNAL_ERROR],
        },
        severity: { enum: ['error', 'warning', 'info'] },
        message: { type: 'string' },
        ...place,
        data: {
          description: 'Machine-readable detail, present only when there is some: the class a classification-cue phrase suggests.',
          type: 'object',
          additionalProperties: false,
          required: ['suggests'],
          properties: {
            suggests: { enum: [...AI_CLASSES, 'physician-interprets'] },
            statistical: { description: 'Present (true) when no phrase named the class and the sentence model read the sentence so.', enum: [true] },
          },
        },
        fixes: {
          description: 'The fixes the rule offers, present only when there is one; the safe ones are what `lint --fix` applies.',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['title', 'safe', 'edits'],
            properties: {
              title: { type: 'string' },
              safe: { type: 'boolean' },
              edits: {
                type: 'array',
                items: { type: 'object', additionalProperties: false, required: ['line', 'column', 'endLine', 'endColumn', 'text'], properties: { ...place, text: { description: 'The text that replaces the range.', type: 'string' } } },
              },
            },
          },
        },
      },
    },
  };
}

/** The files `npm run docs` writes under schemas/, with their contents. */
export function schemaFiles(): Record<string, string> {
  return {
    'cpt-dossier.schema.json': `${JSON.stringify(configSchema(), null, 2)}\n`,
    'society-policy.schema.json': `${JSON.stringify(policySchema(), null, 2)}\n`,
    'lint-output.schema.json': `${JSON.stringify(lintOutputSchema(), null, 2)}\n`,
  };
}
