// Shared types of the pure core. No `vscode` import anywhere under src/core.

/** 0-based line and UTF-16 column, as VS Code counts them (the CLI adds 1 when it prints). */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type AiClass = 'assistive' | 'augmentative' | 'autonomous';
export const AI_CLASSES: readonly AiClass[] = ['assistive', 'augmentative', 'autonomous'];
export type AutonomyLevel = 'I' | 'II' | 'III';
export type TaxonomyEdition = '2022' | '2027';
export type TargetCategory = 'III' | 'I';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Optional machine-readable detail for quick fixes (e.g. the suggested key or value). */
  data?: FindingData;
  /** Fixes its rule offers: code actions in the editor; the safe ones in fix-all and `lint --fix`. */
  fixes?: Fix[];
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Applied without looking (fix-all on save, `cpt-dossier lint --fix`) when true. */
  safe: boolean;
  /** The one the editor applies when asked to fix without choosing; by default a finding's first fix. */
  preferred?: boolean;
}

export interface FindingData {
  /** A replacement the editor can offer as a quick fix for `range`. */
  replacement?: string;
  /** Frontmatter path the finding is about, e.g. "fda.status" or "sites[0].since". */
  path?: string;
  /** For classification-cue: the class the phrase suggests. */
  suggests?: AiClass | 'physician-interprets';
  /** For classification-cue: set when no phrase named the class and the sentence model read the sentence so. */
  statistical?: boolean;
}

/** Where a rule's justification comes from (the "Sources" row of docs/rules/<id>.md). */
export type RuleSourceKey = 'format' | 'appendix-s' | 'ase' | 'ama' | 'ama-2027' | 'calendar';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** The sources that justify the rule, most important first. */
  sources: RuleSourceKey[];
  /** One line: when the rule fires. */
  description: string;
  /** Markdown paragraphs for the docs page: why it matters. */
  rationale: string;
  /** Markdown: how to fix it. */
  fix: string;
  /** Small examples for the docs page (frontmatter or body snippets). */
  examples?: { bad: string; good: string };
  /** Markdown: what the finding carries for machines (`data` in `--format json`, `properties` in SARIF). */
  data?: string;
  /**
   * The frontmatter keys the rule reads (schema paths: `fda.status`, `trials[].country`; `society.name`
   * when it uses the society policy). The key reference and hover list the readers from these;
   * test/unit/rule-reads.test.ts checks them against what the rule reads when it runs.
   */
  reads?: readonly string[];
  /** Whether the rule reads the society policy (its wording depends on it). */
  society?: boolean;
}
