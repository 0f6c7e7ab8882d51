/**
 * Inline suppression, as Markdown users know it from markdownlint:
 *   <!-- cpt-dossier-disable RULE... -->          from this line on
 *   <!-- cpt-dossier-enable RULE... -->           from this line on
 *   <!-- cpt-dossier-disable-next-line RULE... -->
 *   <!-- cpt-dossier-disable-line RULE... -->
 *   <!-- cpt-dossier-disable-file RULE... -->     the whole file (an extension of the format)
 * No RULE means every rule. In the frontmatter the same words follow a YAML `#`.
 */
export interface Directive {
  /** 0-based line the directive is written on (for next-line: the line of the comment's end). */
  line: number;
  action: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Empty means all rules. */
  rules: string[];
}

const DIRECTIVE = /^cpt-dossier-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

export function parseDirective(commentText: string, line: number): Directive | undefined {
  const m = DIRECTIVE.exec(commentText.trim());
  if (!m) return undefined;
  const rules = (m[2] ?? '')
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => /^[a-z0-9-]+$/.test(r));
  return { line, action: m[1] as Directive['action'], rules };
}

export class Suppressions {
  private readonly fileWide = new Set<string>();
  private fileWideAll = false;
  private readonly lineRules = new Map<number, Set<string> | 'all'>();
  /** Disable/enable switches for all rules, and per rule id, in line order (binary-searched: a
   * file with thousands of switches and findings stays linear-logarithmic). */
  private readonly allSwitches: Switch[] = [];
  private readonly ruleSwitches = new Map<string, Switch[]>();
  private switchCount = 0;

  constructor(directives: Directive[]) {
    for (const d of directives) {
      if (d.action === 'disable-file') {
        if (d.rules.length === 0) this.fileWideAll = true;
        d.rules.forEach((r) => this.fileWide.add(r));
      } else if (d.action === 'disable-line' || d.action === 'disable-next-line') {
        const target = d.action === 'disable-line' ? d.line : d.line + 1;
        const prev = this.lineRules.get(target);
        if (d.rules.length === 0 || prev === 'all') this.lineRules.set(target, 'all');
        else if (prev) for (const r of d.rules) prev.add(r); // in place: thousands of directives on one line
        else this.lineRules.set(target, new Set(d.rules));
      }
    }
    const switches = directives.filter((d) => d.action === 'disable' || d.action === 'enable').sort((a, b) => a.line - b.line);
    switches.forEach((d, order) => {
      const s: Switch = { line: d.line, order, disable: d.action === 'disable' };
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
    if (this.fileWideAll || this.fileWide.has(ruleId)) return true;
    const onLine = this.lineRules.get(line);
    if (onLine === 'all' || onLine?.has(ruleId)) return true;
    // The last switch at or before the line that names the rule or all rules decides.
    const all = lastAtOrBefore(this.allSwitches, line);
    const own = lastAtOrBefore(this.ruleSwitches.get(ruleId), line);
    const last = !all ? own : !own ? all : all.order > own.order ? all : own;
    return last?.disable ?? false;
  }
}

interface Switch {
  line: number;
  /** Position among all switches in line order (later wins on the same line). */
  order: number;
  disable: boolean;
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
