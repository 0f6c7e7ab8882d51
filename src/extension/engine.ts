// The part of the engine the extension host runs itself (the Assess panel, the code lens, the
// completion's readings, configuration checks, and linting where there is no lint thread), loaded
// on first use rather than at activation: on the desktop it is a bundle of its own,
// dist/engine.js (platformNode.ts requires it), in a browser it is part of the one bundle (web.ts).
// Activation used to load and compile all of it (YAML, Markdown and prose parsers, every rule):
// most of the extension's start-up time, for every Markdown file opened, dossier or not.
// Extension code reaches it through `engine()` (platform.ts) and imports only types from here.
export { DossierLinter, INTERNAL_ERROR } from '../core/engine';
export { assessText, buildAssessment } from '../core/assess';
export { renderAssessmentBody, renderAssessmentHtml } from '../core/report/html';
export { renderAssessmentMarkdown } from '../core/report/markdown';
export { baseName, CLASS_LABEL, fieldState } from '../core/facts';
export { ruleById, rulesReading, RULE_IDS } from '../core/rules';
export { autonomyLevelOf, classificationOf, taxonomyEditionOf } from '../core/dossier';
export { CONFIG_FILE_NAMES, CONFIG_MAX_BYTES, ignoredBy, loadConfigAsync, shadowedConfigWarning } from '../core/configLoader';
export { proseVerdict, suggestClass } from '../core/prose/suggest';
export { suggestForDossier } from '../core/prose/backoff';
