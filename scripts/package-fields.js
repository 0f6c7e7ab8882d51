// Writes the package.json fields the extension owns (contributes, activationEvents, capabilities,
// icon, categories, keywords, galleryBanner, repository) and leaves every other field as it is.
// usage: node media/package-fields.js
'use strict';
const fs = require('fs');
const path = require('path');

const file = path.resolve(__dirname, '..', 'package.json');
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
const severity = { type: 'string', enum: ['error', 'warning', 'info', 'off'] };
const RULE_IDS = [
  'frontmatter-missing', 'frontmatter-syntax', 'unknown-field', 'field-value', 'classification-missing', 'autonomy-level',
  'taxonomy-edition', 'classification-cue', 'output-undescribed', 'physician-work-missing', 'cat3-fda-engagement',
  'cat3-human-use', 'cat3-us-trial', 'cat1-fda-clearance', 'cat1-before-cat3', 'society-notice-missing',
  'society-notice-late', 'assistive-cpt-discouraged', 'augmentative-cat3-support', 'code-format', 'payment-claim',
  'deadline-passed', 'size-limit', 'unreadable-block',
];

const fields = {
  icon: 'media/icon.png',
  categories: ['Linters', 'Snippets', 'Other'],
  keywords: ['CPT', 'AMA', 'Appendix S', 'AI', 'medical device', 'reimbursement', 'regulatory', 'dossier', 'markdown', 'frontmatter'],
  galleryBanner: { color: '#0f3d5e', theme: 'dark' },
  repository: { type: 'git', url: 'https://github.com/cpt-dossier/vscode-cpt-dossier' },
  // A restored Assess panel (after a window reload) activates the extension to render it again.
  activationEvents: ['onLanguage:markdown', 'onWebviewPanel:cptDossier.assessment'],
  capabilities: {
    // The workspace files read (.cpt-dossier.json, society policy files) are data only; in
    // Restricted Mode nothing outside the workspace folder is read (src/extension/config.ts).
    untrustedWorkspaces: {
      supported: 'limited',
      description: 'In Restricted Mode, CPT Dossier reads no society policy file outside the workspace folder and no .cpt-dossier.json for files outside every workspace folder.',
    },
    virtualWorkspaces: true,
  },
  contributes: {
    commands: [
      { command: 'cptDossier.assess', title: 'Assess dossier', category: 'CPT Dossier', icon: '$(checklist)' },
      { command: 'cptDossier.lintWorkspace', title: 'Lint all dossiers in workspace', category: 'CPT Dossier' },
      { command: 'cptDossier.setClassification', title: 'Set Appendix S classification…', category: 'CPT Dossier' },
      { command: 'cptDossier.exportAssessment', title: 'Export assessment…', category: 'CPT Dossier' },
      { command: 'cptDossier.openRuleDocs', title: 'Open rule documentation', category: 'CPT Dossier' },
    ],
    menus: {
      commandPalette: [
        { command: 'cptDossier.assess', when: 'cptDossier.activeIsDossier' },
        { command: 'cptDossier.setClassification', when: 'cptDossier.activeIsDossier' },
        { command: 'cptDossier.exportAssessment', when: 'cptDossier.activeIsDossier' },
        { command: 'cptDossier.lintWorkspace', when: 'workbenchState != empty' },
        { command: 'cptDossier.openRuleDocs', when: 'false' },
      ],
      'editor/title': [{ command: 'cptDossier.assess', when: 'resourceLangId == markdown && cptDossier.activeIsDossier', group: 'navigation' }],
    },
    configuration: {
      title: 'CPT Dossier',
      properties: {
        'cptDossier.enable': {
          type: 'boolean',
          default: true,
          scope: 'resource',
          markdownDescription: 'Check CPT dossiers (`*.dossier.md`, or Markdown with `cpt_dossier` in its frontmatter). When off, all CPT Dossier problems are cleared.',
        },
        'cptDossier.run': {
          type: 'string',
          enum: ['onType', 'onSave'],
          enumDescriptions: ['Check while typing (after a short pause) and on save.', 'Check only when the dossier is opened or saved.'],
          default: 'onType',
          scope: 'resource',
          description: 'When to check a dossier.',
        },
        'cptDossier.rules': {
          type: 'object',
          default: {},
          scope: 'resource',
          markdownDescription: 'Severity per rule id (`error`, `warning`, `info` or `off`). Overrides the rule defaults and the workspace `.cpt-dossier.json`. Example: `{ "deadline-passed": "off" }`.',
          properties: Object.fromEntries(RULE_IDS.map((id) => [id, { ...severity, markdownDescription: `Severity of [${id}](https://github.com/cpt-dossier/vscode-cpt-dossier/blob/main/docs/rules/${id}.md).` }])),
          additionalProperties: severity,
        },
        'cptDossier.maxFileSize': {
          type: ['number', 'null'],
          default: null,
          minimum: 1,
          scope: 'resource',
          markdownDescription: 'Files larger than this many characters get frontmatter-only checking. Empty: the value in `.cpt-dossier.json`, else 4 MiB.',
        },
        'cptDossier.today': {
          type: 'string',
          default: '',
          pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
          patternErrorMessage: 'A date written YYYY-MM-DD, or empty for the real date.',
          scope: 'resource',
          markdownDescription: 'Fixed "today" (`YYYY-MM-DD`) that date rules and the assessment compare against, for demos and tests. Empty: the real date.',
        },
      },
    },
    snippets: [{ language: 'markdown', path: './snippets/cpt-dossier.code-snippets' }],
    // No grammar: an injected one would colour every Markdown file. Dossiers get semantic tokens
    // (src/extension/semanticTokens.ts) from a provider that answers for dossiers only.
    jsonValidation: [{ fileMatch: '.cpt-dossier.json', url: './schemas/cpt-dossier.schema.json' }],
  },
};

// Keep the key order stable: replace fields where they are, append new ones after "main".
const out = {};
for (const [k, v] of Object.entries(pkg)) {
  out[k] = k in fields ? fields[k] : v;
  if (k === 'main') for (const [fk, fv] of Object.entries(fields)) if (!(fk in pkg)) out[fk] = fv;
}
for (const [fk, fv] of Object.entries(fields)) if (!(fk in out)) out[fk] = fv;
fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
console.log('package.json: wrote', Object.keys(fields).join(', '));
