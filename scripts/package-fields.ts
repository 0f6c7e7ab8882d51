// `npm run manifest`: writes the package.json fields the extension owns (its entry points,
// contributes, activationEvents, capabilities, icon, categories, keywords, galleryBanner,
// repository) and leaves every other field as it is. `--check` writes nothing and exits 1 when
// package.json differs; test/unit/manifest.test.ts runs the same comparison, so a field added to
// package.json by hand (and lost at the next run) fails the tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../src/core/rules';

export const PACKAGE_JSON = path.resolve(__dirname, '..', 'package.json');

const SEVERITY = { type: 'string', enum: ['error', 'warning', 'info', 'off'] };
const SCHEMA = './schemas/cpt-dossier.schema.json';

/** The fields of package.json this script owns, in the order new ones are written. */
export function packageFields(): Record<string, unknown> {
  return {
    // Desktop and Node extension hosts; the browser's web worker host (vscode.dev, github.dev),
    // whose bundle has no Node module in it (esbuild.js fails the build on one).
    main: './dist/extension.js',
    browser: './dist/web/extension.js',
    icon: 'media/icon.png',
    categories: ['Linters', 'Snippets', 'Other'],
    keywords: ['CPT', 'AMA', 'Appendix S', 'AI', 'medical device', 'reimbursement', 'regulatory', 'dossier', 'markdown', 'frontmatter'],
    galleryBanner: { color: '#0f3d5e', theme: 'dark' },
    repository: { type: 'git', url: 'https://github.com/cpt-dossier/vscode-cpt-dossier' },
    capabilities: {
      // The workspace files read (.cpt-dossier.json, society policy files) are data only; in
      // Restricted Mode nothing outside the workspace folder is read (src/extension/config.ts).
      untrustedWorkspaces: {
        supported: 'limited',
        description: 'In Restricted Mode, CPT Dossier reads no society policy file outside the workspace folder and no .cpt-dossier.json for files outside every workspace folder.',
      },
      // Every file is read through vscode.workspace.fs where there is no local disk.
      virtualWorkspaces: true,
    },
    // A restored Assess panel (after a window reload) activates the extension to render it again.
    activationEvents: ['onLanguage:markdown', 'onWebviewPanel:cptDossier.assessment'],
    contributes: {
      // Every command works in the browser too (through VS Code's APIs, none reads the local disk),
      // so no `when` clause hides one there (README, "In the browser").
      commands: [
        { command: 'cptDossier.assess', title: 'Assess dossier', category: 'CPT Dossier', icon: '$(checklist)' },
        { command: 'cptDossier.lintWorkspace', title: 'Lint all dossiers in workspace', category: 'CPT Dossier' },
        { command: 'cptDossier.clearWorkspaceResults', title: 'Clear results of workspace lint', category: 'CPT Dossier' },
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
          { command: 'cptDossier.clearWorkspaceResults', when: 'workbenchState != empty' },
          // Opened from a problem's code or its quick fix, with the rule id.
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
            properties: Object.fromEntries(RULE_IDS.map((id) => [id, { ...SEVERITY, markdownDescription: `Severity of [${id}](https://github.com/cpt-dossier/vscode-cpt-dossier/blob/main/docs/rules/${id}.md).` }])),
            additionalProperties: SEVERITY,
          },
          'cptDossier.maxFileSize': {
            type: ['number', 'null'],
            default: null,
            minimum: 1,
            scope: 'resource',
            markdownDescription: 'Files larger than this many characters get frontmatter-only checking. Empty: the value in `.cpt-dossier.json`, else 4 MiB.',
          },
          'cptDossier.lintTimeLimit': {
            type: 'number',
            default: 5,
            minimum: 0.1,
            scope: 'resource',
            markdownDescription:
              'Longest time (seconds) checking one file may take. Files are checked on a background thread, so typing never waits; a check that runs longer is stopped and the file gets frontmatter-only checks with a `size-limit` note until it is reopened. Desktop only: in a browser (vscode.dev, github.dev) there is no background thread, checks run on the extension\'s own and this limit does not apply (`cptDossier.maxFileSize` still does).',
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
      jsonValidation: [{ fileMatch: ['.cpt-dossier.json'], url: SCHEMA }],
      // Used by the YAML extension (redhat.vscode-yaml) when it is installed.
      yamlValidation: [{ fileMatch: ['.cpt-dossier.yaml', '.cpt-dossier.yml'], url: SCHEMA }],
      // The configuration file allows comments and trailing commas (src/core/configLoader.ts).
      languages: [{ id: 'jsonc', filenames: ['.cpt-dossier.json'] }],
      // `$cpt-dossier` reads `cpt-dossier lint` (text format) run in a task; test/unit/formats.test.ts
      // checks the pattern against the CLI's output.
      problemMatchers: [
        {
          name: 'cpt-dossier',
          label: 'CPT Dossier (cpt-dossier lint, text format)',
          owner: 'cpt-dossier-task',
          source: 'cpt-dossier',
          applyTo: 'allDocuments',
          fileLocation: ['autoDetect', '${workspaceFolder}'],
          pattern: { regexp: '^(.+?):(\\d+):(\\d+)  (error|warning|info)  (\\S+)  (.*)$', file: 1, line: 2, column: 3, severity: 4, code: 5, message: 6 },
        },
      ],
    },
  };
}

/**
 * package.json's text with the owned fields written: each replaced where it is, a missing one
 * after "main" (or at the end), every other field untouched and in its place.
 */
export function withPackageFields(text: string): string {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  const fields = packageFields();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pkg)) {
    out[k] = k in fields ? fields[k] : v;
    if (k === 'main') for (const [fk, fv] of Object.entries(fields)) if (!(fk in pkg)) out[fk] = fv;
  }
  for (const [fk, fv] of Object.entries(fields)) if (!(fk in out)) out[fk] = fv;
  return JSON.stringify(out, null, 2) + '\n';
}

if (require.main === module) {
  const current = fs.readFileSync(PACKAGE_JSON, 'utf8');
  const wanted = withPackageFields(current);
  if (process.argv.includes('--check')) {
    if (wanted !== current) {
      console.error('package.json differs from scripts/package-fields.ts: run `npm run manifest`, or change the script if the edit was meant');
      process.exit(1);
    }
    console.log('package.json: the owned fields are as scripts/package-fields.ts writes them');
  } else {
    fs.writeFileSync(PACKAGE_JSON, wanted);
    console.log(`package.json: wrote ${Object.keys(packageFields()).join(', ')}`);
  }
}
