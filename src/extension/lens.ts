// The classification code lens on the frontmatter's first line, and "Assess dossier" beside it.
import * as vscode from 'vscode';
import { APPENDIX_S, CLASS_LABEL } from '../core/appendixS';
import { autonomyLevelOf, classificationOf, taxonomyEditionOf } from '../core/dossier';
import type { AiClass } from '../core/types';
import type { DocResult, DossierStore } from './store';
import { hitCount } from './wire';

export const CMD_CLASSIFY = 'cptDossier.setClassification';
export const CMD_ASSESS = 'cptDossier.assess';

/** "Augmentative (Appendix S 2027) · prose agrees", etc. Exported for the status bar and tests. */
export function classificationSummary(r: DocResult): { title: string; tooltip: string; label: string } {
  const d = r.dossier;
  if (!d.facts) {
    return d.yamlError
      ? { title: 'Classification unknown · the frontmatter has a YAML error', tooltip: 'Fix the frontmatter to see the Appendix S class.', label: 'Frontmatter error' }
      : { title: 'Classification missing · choose a class', tooltip: 'Add a YAML frontmatter with the Appendix S class.', label: 'Unclassified' };
  }
  const edition = taxonomyEditionOf(d);
  const cls = classificationOf(d);
  if (!cls) {
    const invalid = d.facts.keys.has('classification') && d.facts.issues.some((i) => i.path === 'classification');
    return {
      title: `Classification ${invalid ? 'invalid' : 'missing'} · choose a class`,
      tooltip: `Choose the ${APPENDIX_S[edition].label} class: assistive, augmentative or autonomous.`,
      label: 'Unclassified',
    };
  }
  const level = autonomyLevelOf(d)?.value;
  const label = `${CLASS_LABEL[cls.value]}${cls.value === 'autonomous' && level ? ` Level ${level}` : ''}`;
  const cues = r.findings.filter((f) => f.ruleId === 'classification-cue');
  let prose: string;
  if (cues.length > 0) {
    const bySuggestion = new Map<string, number>();
    for (const f of cues) {
      const s = f.data?.suggests ?? 'another class';
      bySuggestion.set(s, (bySuggestion.get(s) ?? 0) + 1);
    }
    const [top, n] = [...bySuggestion.entries()].sort((a, b) => b[1] - a[1])[0];
    const phrases = `${n} phrase${n === 1 ? '' : 's'}`;
    prose = top === 'physician-interprets' ? `${phrases} say${n === 1 ? 's' : ''} a physician interprets` : `${phrases} suggest${n === 1 ? 's' : ''} ${top}`;
  } else prose = hitCount(d, 'cues') > 0 ? 'prose agrees' : 'no class wording in the prose';
  return {
    title: `${label} (Appendix S ${edition}) · ${prose}`,
    tooltip: `${CLASS_LABEL[cls.value]}: ${APPENDIX_S[edition].classes[cls.value as AiClass]}. Click to change the class.`,
    label,
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
