import type { Dossier } from './dossier';
import type { Located, Span } from './parse/yamlFacts';
import type { SocietyPolicy } from './policy';
import type { FindingData, RuleMeta, Severity } from './types';

/** A fix a rule attaches to its finding: edits of the text by offsets (the engine makes ranges). */
export interface RuleFix {
  /** Short, imperative, Markdown code allowed: "Change to `pre-submission`". */
  title: string;
  edits: { span: Span; text: string }[];
  /** Safe fixes are applied without looking (`lint --fix`, fix-all on save); others are offered. */
  safe: boolean;
}

/** Replaces the text of `span` with `text`. */
export function replaceFix(span: Span, text: string, safe: boolean, title = `Change to \`${text}\``): RuleFix {
  return { title, edits: [{ span, text }], safe };
}

/** What a rule's check sees. Rules report through `report`; the engine adds severity and position. */
export interface RuleContext {
  dossier: Dossier;
  /** "Today" (YYYY-MM-DD), fixed by --today or the engine's options. */
  today: string;
  /** The policy of the society named in `society.name`, if one is known. */
  policy?: SocietyPolicy;
  /**
   * Reports a finding. `severity` is a rule's own variant of its default (e.g. a warning for
   * non-autonomous dossiers); a severity the user configured for the rule wins over both.
   */
  report(span: Span, message: string, data?: FindingData, severity?: Severity, fixes?: RuleFix[]): void;
  /**
   * Where a finding about something absent goes: the first of `paths` present, else the
   * `classification` key's line, else line 1 (CONTRIBUTING.md, "Where a finding goes").
   */
  anchor(...paths: string[]): Span;
  /** The span of a value, or of its key when the value is absent. */
  at(located: Located<unknown>): Span;
}

export interface Rule {
  meta: RuleMeta;
  /** Rules that read frontmatter values stay silent when the frontmatter does not parse. */
  needsFrontmatter: boolean;
  check(ctx: RuleContext): void;
}
