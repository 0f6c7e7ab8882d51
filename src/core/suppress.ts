/**
 * Inline suppression, as Markdown users know it from markdownlint:
 *   <!-- cpt-dossier-disable RULE... -->          from this line on
 *   <!-- cpt-dossier-enable RULE... -->           from this line on
 *   <!-- cpt-dossier-disable-next-line RULE... -->
 *   <!-- cpt-dossier-disable-line RULE... -->
 *   <!-- cpt-dossier-disable-file RULE... -->     the whole file (an extension of the format)
 * No RULE means every rule. In the frontmatter the same words follow a YAML `#`. Text after ` -- `
 * is the reason (as in ESLint): kept, and given as the justification of SARIF suppressions.
 */
export interface Directive {
  /** 0-based line the directive is written on (for next-line: the line of the comment's end). */
  line: number;
  action: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Empty means all rules. */
  rules: string[];
  /** Why (the text after ` -- `), when given. */
  reason?: string;
  /** Offsets of the comment in the text, for findings about the directive itself. */
  span?: { start: number; end: number };
}

const DIRECTIVE = /^cpt-dossier-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

export function parseDirective(commentText: string, line: number): Directive | undefined {
  const m = DIRECTIVE.exec(commentText.trim());
  if (!m) return undefined;
  const rest = m[2] ?? '';
  // ` -- reason`; also `-- reason` right after the action (no rule ids).
  const cut = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const ids = cut ? rest.slice(0, cut.index) : rest;
  const reason = cut ? rest.slice(cut.index + cut[0].length).trim() : '';
  const rules = ids
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { line, action: m[1] as Directive['action'], rules, ...(reason ? { reason } : {}) };
}

export class Suppressions {
  private readonly fileWide = new Map<string, Directive>();
  private fileWideAll: Directive | undefined;
  private readonly lineRules = new Map<number, { all?: Directive; rules: Map<string, Directive> }>();
  /** Disable/enable switches for all rules, and per rule id, in line order (binary-searched: a
   * file with thousands of switches and findings stays linear-logarithmic). */
  private readonly allSwitches: Switch[] = [];
  private readonly ruleSwitches = new Map<string, Switch[]>();
  private switchCount = 0;

  constructor(directives: Directive[]) {
    for (const d of directives) {
      if (d.action === 'disable-file') {
        if (d.rules.length === 0) this.fileWideAll ??= d;
        for (const r of d.rules) if (!this.fileWide.has(r)) this.fileWide.set(r, d);
      } else if (d.action === 'disable-line' || d.action === 'disable-next-line') {
        const target = d.action === 'disable-line' ? d.line : d.line + 1;
        let entry = this.lineRules.get(target);
        if (!entry) this.lineRules.set(target, (entry = { rules: new Map() }));
        if (d.rules.length === 0) entry.all ??= d;
        for (const r of d.rules) if (!entry.rules.has(r)) entry.rules.set(r, d);
      }
    }
    const switches = directives.filter((d) => d.action === 'disable' || d.action === 'enable').sort((a, b) => a.line - b.line);
    switches.forEach((d, order) => {
      const s: Switch = { line: d.line, order, disable: d.action === 'disable', directive: d };
      if (d.rules.length === 0) this.allSwitches.push(s);
      for (const r of new Set(d.rules)) {
        const list = this.ruleSwitches.get(r);
        if (list) list.push(s);
        else this.ruleSwitches.set(r, [s]);
      }
    });
    this.switchCount = switches.length;
  }

  get isEmpty(): boolean {
    return !this.fileWideAll && this.fileWide.size === 0 && this.lineRules.size === 0 && this.switchCount === 0;
  }

  isSuppressed(ruleId: string, line: number): boolean {
    return this.suppressor(ruleId, line) !== undefined;
  }

  /** The directive that suppresses `ruleId` on `line`, or undefined when the finding stands. */
  suppressor(ruleId: string, line: number): Directive | undefined {
    const fileWide = this.fileWide.get(ruleId) ?? this.fileWideAll;
    if (fileWide) return fileWide;
    const onLine = this.lineRules.get(line);
    const lineWide = onLine?.rules.get(ruleId) ?? onLine?.all;
    if (lineWide) return lineWide;
    // The last switch at or before the line that names the rule or all rules decides.
    const all = lastAtOrBefore(this.allSwitches, line);
    const own = lastAtOrBefore(this.ruleSwitches.get(ruleId), line);
    const last = !all ? own : !own ? all : all.order > own.order ? all : own;
    return last?.disable ? last.directive : undefined;
  }
}

interface Switch {
  line: number;
  /** Position among all switches in line order (later wins on the same line). */
  order: number;
  disable: boolean;
  directive: Directive;
}

function lastAtOrBefore(list: readonly Switch[] | undefined, line: number): Switch | undefined {
  if (!list || list.length === 0 || list[0].line > line) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].line <= line) lo = mid;
    else hi = mid - 1;
  }
  return list[lo];
}
