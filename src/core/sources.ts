import type { RuleSourceKey } from './types';

/** The texts that justify the rules; named in messages (short) and on the docs pages (long). */
export const SOURCES: Readonly<Record<RuleSourceKey, { short: string; long: string }>> = {
  format: { short: 'dossier format 1', long: 'CPT Dossier format, version 1 (this project\'s DOSSIER-FORMAT contract)' },
  'appendix-s': { short: 'CPT Appendix S', long: 'AMA, CPT Appendix S: AI taxonomy for medical services and procedures (assistive, augmentative, autonomous)' },
  ase: { short: 'ASE AI procedures for CPT', long: 'American Society of Echocardiography, AI procedures for CPT designation' },
  ama: { short: 'AMA CPT criteria', long: 'AMA, criteria for CPT Category I and Category III codes, and the CPT disclaimer' },
  'ama-2027': { short: 'AMA, Appendix S revision effective 1 January 2027', long: 'AMA, CPT Appendix S revision accepted in 2026, effective 1 January 2027' },
  calendar: { short: 'calendar', long: 'The application calendar of the dossier (dates compared with today)' },
};

/** Where rule documentation is published; the extension opens its bundled copy instead. */
export const DOCS_BASE_URL = 'https://github.com/cpt-dossier/vscode-cpt-dossier/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
