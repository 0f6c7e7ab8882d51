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
  /** Disable/enable switches in line order. */
  private readonly switches: Directive[];

  constructor(directives: Directive[]) {
    for (const d of directives) {
      if (d.action === 'disable-file') {
        if (d.rules.length === 0) this.fileWideAll = true;
        d.rules.forEach((r) => this.fileWide.add(r));
      } else if (d.action === 'disable-line' || d.action === 'disable-next-line') {
        const target = d.action === 'disable-line' ? d.line : d.line + 1;
        const prev = this.lineRules.get(target);
        if (d.rules.length === 0 || prev === 'all') this.lineRules.set(target, 'all');
        else this.lineRules.set(target, new Set([...(prev ?? []), ...d.rules]));
      }
    }
    this.switches = directives.filter((d) => d.action === 'disable' || d.action === 'enable').sort((a, b) => a.line - b.line);
  }

  get isEmpty(): boolean {
    return !this.fileWideAll && this.fileWide.size === 0 && this.lineRules.size === 0 && this.switches.length === 0;
  }

  isSuppressed(ruleId: string, line: number): boolean {
    if (this.fileWideAll || this.fileWide.has(ruleId)) return true;
    const onLine = this.lineRules.get(line);
    if (onLine === 'all' || onLine?.has(ruleId)) return true;
    let disabled = false;
    for (const s of this.switches) {
      if (s.line > line) break;
      if (s.rules.length === 0 || s.rules.includes(ruleId)) disabled = s.action === 'disable';
    }
    return disabled;
  }
}
