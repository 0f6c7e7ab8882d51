// Completion and hover in a dossier's frontmatter, from the format's schema (src/core/schema.ts).
import * as vscode from 'vscode';
import { fieldAt, FRONTMATTER, type FieldSpec } from '../core/schema';
import { APPENDIX_S } from '../core/appendixS';
import { SOURCES } from '../core/sources';
import { engine } from './platform';
import type { TaxonomyEdition } from '../core/types';
import { frontmatterLines, inFrontmatter, keyOnLine, parentPath, readYamlLine } from '../core/frontmatterLines';
import type { DossierStore } from './store';

function fieldsOf(spec: FieldSpec | undefined): Readonly<Record<string, FieldSpec>> | undefined {
  if (!spec) return FRONTMATTER;
  const t = spec.type;
  if (t.kind === 'map') return t.fields;
  if ((t.kind === 'list' || t.kind === 'list-or-count') && t.of.type.kind === 'map') return t.of.type.fields;
  return undefined;
}

function typeSummary(spec: FieldSpec): string {
  const t = spec.type;
  switch (t.kind) {
    case 'enum':
      return t.values.join(' | ');
    case 'date':
      return 'date (YYYY-MM-DD)';
    case 'boolean':
      return 'true | false';
    case 'version':
      return '1';
    case 'codes':
      return 'list of CPT codes';
    case 'map':
      return `mapping: ${Object.keys(t.fields).join(', ')}`;
    case 'list':
      return 'list';
    case 'list-or-count':
      return 'list or count';
    default:
      return 'text';
  }
}

/** A word or two beside the key in the list (a longer one squeezes the label: "augmentati…"). */
function typeLabel(spec: FieldSpec): string {
  const kind = spec.type.kind;
  return kind === 'enum' ? 'choice' : kind === 'boolean' ? 'true/false' : kind === 'map' ? 'group' : kind === 'list' || kind === 'list-or-count' ? 'list' : kind === 'codes' ? 'codes' : kind;
}

function keySnippet(key: string, spec: FieldSpec, today: string): vscode.SnippetString {
  const s = new vscode.SnippetString();
  const t = spec.type;
  const sub = (fields: Readonly<Record<string, FieldSpec>>, dash: boolean): string =>
    Object.entries(fields)
      .map(([k, f], i) => `${i === 0 && dash ? '- ' : dash ? '  ' : ''}${k}: \${${i + 1}${f.type.kind === 'date' ? `:${today}` : f.type.kind === 'enum' ? `|${f.type.values.join(',')}|` : f.type.kind === 'boolean' ? '|true,false|' : ''}}`)
      .join('\n  ');
  switch (t.kind) {
    case 'enum':
      return s.appendText(`${key}: `).appendChoice([...t.values]);
    case 'boolean':
      return s.appendText(`${key}: `).appendChoice(['true', 'false']);
    case 'date':
      return s.appendText(`${key}: `).appendPlaceholder(today);
    case 'version':
      return s.appendText(`${key}: 1`);
    case 'codes':
      return s.appendText(`${key}: [`).appendTabstop(1).appendText(']');
    case 'map':
      return new vscode.SnippetString(`${key}:\n  ${sub(t.fields, false)}`);
    case 'list':
    case 'list-or-count':
      return t.of.type.kind === 'map' ? new vscode.SnippetString(`${key}:\n  ${sub(t.of.type.fields, true)}`) : s.appendText(`${key}:\n  - `).appendTabstop(0);
    default:
      return s.appendText(`${key}: `).appendTabstop(0);
  }
}

function docsFor(store: DossierStore, spec: FieldSpec, path: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**\`${path}\`** — ${typeSummary(spec)}\n\n${spec.doc}`);
  if (spec.example) md.appendMarkdown(`\n\nExample: \`${spec.example.replace(/`/g, "'")}\``);
  const rules = engine().rulesReading(path);
  const sources = new Set<string>();
  for (const r of rules) for (const s of r.meta.sources) sources.add(SOURCES[s].short);
  if (sources.size === 0) sources.add(SOURCES.format.short);
  md.appendMarkdown(`\n\nSource: ${[...sources].join('; ')}`);
  if (rules.length) md.appendMarkdown(`\n\nRead by: ${rules.map((r) => `[${r.meta.id}](${store.docsUri(r.meta.id).toString()} "${r.meta.description.replace(/["\\]/g, "'")}")`).join(', ')}`);
  return md;
}

/** What the cursor is on in the frontmatter: a key position (with its parent) or a key's value. */
function contextAt(doc: vscode.TextDocument, pos: vscode.Position): { kind: 'key'; parent: string; range: vscode.Range } | { kind: 'value'; path: string; range: vscode.Range } | undefined {
  const fm = frontmatterLines(doc);
  if (!inFrontmatter(fm, pos.line)) return undefined;
  const before = doc.lineAt(pos.line).text.slice(0, pos.character);
  const keyPos = /^(\s*)((?:-\s+)?)([A-Za-z_][\w-]*)?$/.exec(before);
  if (keyPos) {
    const indent = keyPos[1].length;
    const dash = keyPos[2] ?? '';
    const keyCol = indent + dash.length;
    const parent = parentPath(doc, fm!, pos.line, keyCol, dash.length > 0, dash ? indent : undefined);
    if (parent === undefined) return undefined;
    return { kind: 'key', parent, range: new vscode.Range(pos.line, keyCol, pos.line, pos.character) };
  }
  const valuePos = /^(\s*)((?:-\s+)?)([A-Za-z_][\w-]*)\s*:\s+(['"]?)([^\s#'"]*)$/.exec(before) ?? /^(\s*)((?:-\s+)?)([A-Za-z_][\w-]*)\s*:()()$/.exec(before);
  if (valuePos) {
    const indent = valuePos[1].length;
    const dash = valuePos[2] ?? '';
    const parent = parentPath(doc, fm!, pos.line, indent + dash.length, dash.length > 0, dash ? indent : undefined);
    if (parent === undefined) return undefined;
    const word = valuePos[5] ?? '';
    const path = parent ? `${parent}.${valuePos[3]}` : valuePos[3];
    return { kind: 'value', path, range: new vscode.Range(pos.line, pos.character - word.length, pos.line, pos.character) };
  }
  return undefined;
}

export class FrontmatterCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly store: DossierStore) {}

  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const ctx = contextAt(doc, pos);
    if (!ctx) return undefined;
    const r = await this.store.recent(doc);
    if (!r?.dossier.isDossier) return undefined;
    const today = r.today;
    if (ctx.kind === 'key') {
      const parentSpec = ctx.parent ? fieldAt(ctx.parent) : undefined;
      if (ctx.parent && !parentSpec) return undefined; // under an unknown key: nothing to propose
      const fields = fieldsOf(parentSpec);
      if (!fields) return undefined;
      // Keys already written are not offered again; autonomy_level only leads for autonomous software.
      const present = new Set(siblingKeys(doc, pos.line, ctx.range.start.character));
      const autonomous = engine().classificationOf(r.dossier)?.value === 'autonomous';
      return Object.entries(fields).filter(([key]) => !present.has(key)).map(([key, spec], i) => {
        const path = ctx.parent ? `${ctx.parent}.${key}` : key;
        const item = new vscode.CompletionItem({ label: key, description: typeLabel(spec) }, vscode.CompletionItemKind.Property);
        item.insertText = keySnippet(key, spec, today);
        item.range = ctx.range;
        item.documentation = docsFor(this.store, spec, path.replace(/\[\]/g, '[]'));
        item.sortText = `${!ctx.parent && key === 'autonomy_level' && !autonomous ? 'z' : 'a'}${String(i).padStart(2, '0')}`;
        if (spec.type.kind === 'enum' || spec.type.kind === 'boolean') item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
        return item;
      });
    }
    const spec = fieldAt(ctx.path);
    if (!spec) return undefined;
    const edition: TaxonomyEdition = engine().taxonomyEditionOf(r.dossier);
    const t = spec.type;
    const items: vscode.CompletionItem[] = [];
    const add = (label: string, kind: vscode.CompletionItemKind, doc?: string, detail?: string): vscode.CompletionItem => {
      const item = new vscode.CompletionItem(label, kind);
      item.range = ctx.range;
      if (doc) item.documentation = new vscode.MarkdownString(doc);
      if (detail) item.detail = detail;
      item.sortText = String(items.length).padStart(2, '0');
      items.push(item);
      return item;
    };
    if (t.kind === 'enum') {
      for (const v of t.values) {
        const def = ctx.path === 'classification' ? APPENDIX_S[edition].classes[v as keyof (typeof APPENDIX_S)['2027']['classes']] : ctx.path === 'autonomy_level' ? APPENDIX_S[edition].levels[v as 'I' | 'II' | 'III'] : undefined;
        add(v, vscode.CompletionItemKind.EnumMember, def ? `**${v}** (${APPENDIX_S[edition].label}): ${def}` : undefined, def ? APPENDIX_S[edition].label : undefined);
      }
    } else if (t.kind === 'boolean') {
      add('true', vscode.CompletionItemKind.Value);
      add('false', vscode.CompletionItemKind.Value);
    } else if (t.kind === 'date') {
      const item = add(today, vscode.CompletionItemKind.Value, `Today's date. ${spec.doc}`, 'today (YYYY-MM-DD)');
      item.insertText = new vscode.SnippetString().appendPlaceholder(today);
    } else if (t.kind === 'version') add('1', vscode.CompletionItemKind.Value, 'Dossier format version 1.');
    return items.length ? items : undefined;
  }
}

/** Keys already written in the same mapping as a key at column `col` (the same list item, in a list). */
function siblingKeys(doc: vscode.TextDocument, line: number, col: number): string[] {
  const fm = frontmatterLines(doc);
  if (!fm) return [];
  const out: string[] = [];
  const startsItem = /^\s*-\s/.test(doc.lineAt(line).text);
  for (const dir of [-1, 1]) {
    if (dir === -1 && startsItem) continue; // above is another item
    for (let l = line + dir; l > fm.open && l < fm.close; l += dir) {
      const y = readYamlLine(doc.lineAt(l).text);
      if (y.blank) continue;
      if (y.keyCol < col) break;
      const itemStart = y.dashCol !== undefined && y.keyCol === col;
      if (dir === 1 && itemStart) break; // the next item
      if (y.keyCol === col && y.key) out.push(y.key);
      if (dir === -1 && itemStart) break; // this item's first key
    }
  }
  return out;
}

/** `table[key]` for the table's own keys only: a value such as `constructor` from the file finds nothing. */
function ownValue(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export class FrontmatterHover implements vscode.HoverProvider {
  constructor(private readonly store: DossierStore) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const fm = frontmatterLines(doc);
    if (!fm || !inFrontmatter(fm, pos.line)) return undefined;
    const k = keyOnLine(doc, fm, pos.line);
    if (!k) return undefined;
    const r = await this.store.recent(doc);
    if (!r?.dossier.isDossier) return undefined;
    const spec = fieldAt(k.path);
    if (!spec) return undefined;
    if (pos.character >= k.keyStart && pos.character <= k.keyEnd) {
      return new vscode.Hover(docsFor(this.store, spec, k.path), new vscode.Range(pos.line, k.keyStart, pos.line, k.keyEnd));
    }
    // On a value: explain a class or an autonomy level in the dossier's edition.
    const text = doc.lineAt(pos.line).text;
    const m = /^['"]?([\w-]+)/.exec(text.slice(k.valueStart));
    if (!m || pos.character < k.valueStart || pos.character > k.valueStart + m[0].length) return undefined;
    const edition = engine().taxonomyEditionOf(r.dossier);
    const value = m[1];
    const range = new vscode.Range(pos.line, k.valueStart, pos.line, k.valueStart + m[0].length);
    const e = APPENDIX_S[edition];
    if (k.path === 'classification') {
      const def = ownValue(e.classes, value.toLowerCase());
      if (def) return new vscode.Hover(new vscode.MarkdownString(`**${value}** (${e.label}): ${def}.`), range);
    }
    if (k.path === 'autonomy_level') {
      const def = ownValue(e.levels, value.toUpperCase());
      if (def) return new vscode.Hover(new vscode.MarkdownString(`**Level ${value}** (${e.label}): ${def}.`), range);
    }
    return undefined;
  }
}
