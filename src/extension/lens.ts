// The classification code lens on the frontmatter's first line, and "Assess dossier" beside it.
import * as vscode from 'vscode';
import { APPENDIX_S } from '../core/appendixS';
import { engine } from './platform';
import type { AiClass } from '../core/types';
import type { DocResult, DossierStore } from './store';

export const CMD_CLASSIFY = 'cptDossier.setClassification';
export const CMD_ASSESS = 'cptDossier.assess';

export interface ClassificationSummary {
  /** The lens title: "Augmentative (Appendix S 2027) · prose suggests autonomous". */
  title: string;
  tooltip: string;
  /** The class as declared: "Autonomous Level II", "Unclassified". */
  label: string;
  declared?: AiClass;
  /** What the prose suggests and why (absent when no class is declared). */
  suggested?: AiClass;
  reason?: string;
}

/** "Augmentative (Appendix S 2027) · prose agrees", etc. Exported for the status bar and tests. */
export function classificationSummary(r: DocResult): ClassificationSummary {
  const d = r.dossier;
  if (!d.facts) {
    return d.yamlError
      ? { title: 'Classification unknown · the frontmatter has a YAML error', tooltip: 'Fix the frontmatter to see the Appendix S class.', label: 'Frontmatter error' }
      : { title: 'Classification missing · choose a class', tooltip: 'Add a YAML frontmatter with the Appendix S class.', label: 'Unclassified' };
  }
  const edition = engine().taxonomyEditionOf(d);
  const cls = engine().classificationOf(d);
  if (!cls) {
    const invalid = engine().fieldState(d, 'classification') === 'invalid';
    return {
      title: `Classification ${invalid ? 'invalid' : 'missing'} · choose a class`,
      tooltip: `Choose the ${APPENDIX_S[edition].label} class: assistive, augmentative or autonomous.`,
      label: 'Unclassified',
    };
  }
  const level = engine().autonomyLevelOf(d)?.value;
  const label = `${engine().CLASS_LABEL[cls.value]}${cls.value === 'autonomous' && level ? ` Level ${level}` : ''}`;
  // The same aggregation as the assessment (src/core/prose/suggest.ts): lens, status bar and report agree.
  const prose = engine().suggestForDossier(d);
  return {
    title: `${label} (Appendix S ${edition}) · ${engine().proseVerdict(cls.value, prose)}`,
    tooltip: `The prose: ${prose.reason}.\n\n${engine().CLASS_LABEL[cls.value]}: ${APPENDIX_S[edition].classes[cls.value as AiClass]}. Click to change the class.`,
    label,
    declared: cls.value,
    reason: prose.reason,
    ...(prose.suggested ? { suggested: prose.suggested } : {}),
  };
}

export class ClassificationLens implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly store: DossierStore) {
    store.onDidUpdate(() => this.emitter.fire());
  }

  refresh(): void {
    this.emitter.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const r = await this.store.get(doc);
    if (!r || !r.dossier.isDossier) return [];
    const s = classificationSummary(r);
    const range = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(range, { title: s.title, tooltip: s.tooltip, command: CMD_CLASSIFY, arguments: [doc.uri] }),
      new vscode.CodeLens(range, { title: 'Assess dossier', tooltip: 'Readiness assessment: prerequisites, classification evidence, society, timeline', command: CMD_ASSESS, arguments: [doc.uri] }),
    ];
  }
}
