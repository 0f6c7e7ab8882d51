import type { Dossier } from './dossier';
import type { Located, Span } from './parse/yamlFacts';
import type { SocietyPolicy } from './policy';
import type { FindingData, RuleMeta, Severity, TextEdit } from './types';
import type { LineIndex } from './text';

/** A fix a rule attaches to its finding: edits of the text by offsets (the engine makes ranges). */
export interface RuleFix {
  /** Short, imperative, Markdown code allowed: "Change to `pre-submission`". */
  title: string;
  edits: { span: Span; text: string }[];
  /** Safe fixes are applied without looking (`lint --fix`, fix-all on save); others are offered. */
  safe: boolean;
  /** The one the editor applies when asked to fix without choosing; by default a finding's first fix. */
  preferred?: boolean;
}

/** A fix from edits by line and column (the builders in yamlEdits.ts); none when no edit could be made. */
export function editsFix(lines: LineIndex, title: string, edits: readonly (TextEdit | undefined)[], options: { safe?: boolean; preferred?: boolean } = {}): RuleFix[] {
  const made = edits.filter((e): e is TextEdit => e !== undefined);
  if (!made.length) return [];
  return [
    {
      title,
      edits: made.map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, text: e.newText })),
      safe: options.safe ?? false,
      ...(options.preferred !== undefined ? { preferred: options.preferred } : {}),
    },
  ];
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
  /** Every society policy known (built in and from the configuration): the names a misspelt one may mean. */
  policies: readonly SocietyPolicy[];
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
