import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YNode } from 'yaml';
import { distance } from 'fastest-levenshtein';
import { FRONTMATTER, type FieldSpec } from '../schema';

/** Absolute UTF-16 offsets into the dossier text (after a BOM). */
export interface Span {
  start: number;
  end: number;
}

export type Scalar = string | number | boolean;

/** A frontmatter value that passed validation, with where its key and value are written. */
export interface Located<T = Scalar> {
  value: T;
  key: Span;
  /** The value as written; equals `key` when the value is empty. */
  span: Span;
}

export interface FrontmatterIssue {
  kind: 'unknown-key' | 'bad-value';
  path: string;
  span: Span;
  message: string;
  /** A corrected key or value the editor can offer. */
  replacement?: string;
}

export interface YamlError {
  span: Span;
  message: string;
}

export interface FrontmatterFacts {
  /** Every key present (dotted path, list items as `[i]`), valid or not, with the key's span. */
  keys: Map<string, Span>;
  /** Valid values by path, e.g. "fda.status", "sites[0].since", "codes[1]". */
  values: Map<string, Located>;
  /** Number of items of each list present ("sites", "trials", "codes"). */
  listLengths: Map<string, number>;
  issues: FrontmatterIssue[];
  /** `# cpt-dossier-…` comments inside the frontmatter. */
  comments: { offset: number; text: string }[];
}

const MAX_DEPTH = 8;

export type YamlParse = { ok: true; facts: FrontmatterFacts } | { ok: false; error: YamlError };

/** Parses the YAML between the fences. `base` is the offset of `yaml` in the whole text. */
export function readFrontmatter(yaml: string, base: number): YamlParse {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  } catch (e) {
    // The parser recurses on nesting; a hostile file can exhaust the stack.
    return { ok: false, error: { span: { start: base, end: base }, message: `the YAML could not be read (${e instanceof RangeError ? 'nested too deeply' : String(e)})` } };
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const start = base + Math.min(err.pos[0], yaml.length);
    const end = base + Math.min(Math.max(err.pos[1], err.pos[0]), yaml.length);
    return { ok: false, error: { span: { start, end }, message: cleanYamlMessage(err.message) } };
  }
  const facts: FrontmatterFacts = { keys: new Map(), values: new Map(), listLengths: new Map(), issues: [], comments: [] };
  collectComments(yaml, base, facts);
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { ok: true, facts };
  if (!isMap(root)) {
    const span = nodeSpan(root, base) ?? { start: base, end: base };
    return { ok: false, error: { span, message: 'the frontmatter must be a mapping of keys to values (key: value), not a single value or a list' } };
  }
  readMap(doc, root, FRONTMATTER, '', base, facts, 0);
  return { ok: true, facts };
}

/** Names the source in the message's first clause: "… must be X (dossier format 1); found Y." */
function withSource(message: string): string {
  const i = message.indexOf('; found ');
  return i >= 0 ? `${message.slice(0, i)} (dossier format 1)${message.slice(i)}` : message.replace(/\.?$/, ' (dossier format 1).');
}

function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function collectComments(yaml: string, base: number, facts: FrontmatterFacts): void {
  const re = /(^|[ \t])#[ \t]*(cpt-dossier-[a-z-]+[^\r\n]*)/gm;
  for (let m = re.exec(yaml); m; m = re.exec(yaml)) {
    facts.comments.push({ offset: base + m.index + m[1].length, text: m[2].trim() });
  }
}

function nodeSpan(node: YNode | null | undefined, base: number): Span | undefined {
  if (!node || !node.range) return undefined;
  return { start: base + node.range[0], end: base + node.range[1] };
}

function resolve(doc: Document.Parsed, node: unknown): unknown {
  // Aliases resolve one step only: no expansion, so an alias bomb costs nothing.
  if (isAlias(node)) return node.resolve(doc) ?? null;
  return node;
}

function readMap(
  doc: Document.Parsed,
  map: { items: unknown[] },
  fields: Readonly<Record<string, FieldSpec>>,
  prefix: string,
  base: number,
  facts: FrontmatterFacts,
  depth: number,
): void {
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key;
    const keyText = isScalar(keyNode) ? String(keyNode.value) : '';
    const keySpan = nodeSpan(keyNode as YNode, base) ?? { start: base, end: base };
    const path = prefix ? `${prefix}.${keyText}` : keyText;
    const spec = Object.prototype.hasOwnProperty.call(fields, keyText) ? fields[keyText] : undefined;
    if (!spec) {
      const suggestion = nearest(keyText, Object.keys(fields));
      const where = prefix ? ` under \`${prefix.replace(/\[\d+\]/g, '[]')}\`` : '';
      facts.issues.push({
        kind: 'unknown-key',
        path,
        span: keySpan,
        message: `Unknown key \`${keyText}\`${where}: dossier format 1 does not define it, so no rule reads it.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Known keys: ${Object.keys(fields).join(', ')}.`}`,
        ...(suggestion ? { replacement: suggestion } : {}),
      });
      continue;
    }
    facts.keys.set(path, keySpan);
    readValue(doc, resolve(doc, pair.value), spec, path, keySpan, base, facts, depth + 1);
  }
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''));
}

function readValue(
  doc: Document.Parsed,
  node: unknown,
  spec: FieldSpec,
  path: string,
  key: Span,
  base: number,
  facts: FrontmatterFacts,
  depth: number,
): void {
  if (isEmpty(node) || depth > MAX_DEPTH) return; // an empty value counts as absent
  const span = nodeSpan(node as YNode, base) ?? key;
  const bad = (message: string, replacement?: string): void => {
    facts.issues.push({ kind: 'bad-value', path, span, message: withSource(message), ...(replacement !== undefined ? { replacement } : {}) });
  };
  const name = `\`${path.replace(/\[\d+\]/g, '[]')}\``;
  const t = spec.type;
  switch (t.kind) {
    case 'map': {
      if (!isMap(node)) return bad(`${name} must be a mapping of ${Object.keys(t.fields).join(', ')}; found ${describe(node)}.`);
      readMap(doc, node, t.fields, path, base, facts, depth);
      return;
    }
    case 'list':
    case 'list-or-count': {
      if (t.kind === 'list-or-count' && isScalar(node) && typeof node.value === 'number') {
        if (!Number.isInteger(node.value) || node.value < 0) return bad(`${name} must be a list of sites or a whole number of sites; found ${node.value}.`);
        facts.values.set(path, { value: node.value, key, span });
        return;
      }
      if (!isSeq(node)) return bad(`${name} must be a list${t.kind === 'list-or-count' ? ' of sites or a count' : ''} (each item starting with "- "); found ${describe(node)}.`);
      facts.listLengths.set(path, node.items.length);
      node.items.forEach((item, i) => {
        const itemPath = `${path}[${i}]`;
        const resolved = resolve(doc, item);
        const itemSpan = nodeSpan(resolved as YNode, base) ?? span;
        facts.keys.set(itemPath, itemSpan);
        readValue(doc, resolved, t.of, itemPath, itemSpan, base, facts, depth + 1);
      });
      return;
    }
    case 'codes': {
      const items = isSeq(node) ? node.items.map((n) => resolve(doc, n)) : [node];
      if (!isSeq(node)) bad(`${name} must be a list, e.g. [${scalarSource(node) ?? '0932T'}]; found ${describe(node)}.`, `[${scalarSource(node) ?? ''}]`);
      facts.listLengths.set(path, items.length);
      items.forEach((item, i) => {
        const src = scalarSource(item);
        const itemSpan = nodeSpan(item as YNode, base) ?? span;
        if (src === undefined) {
          facts.issues.push({ kind: 'bad-value', path: `${path}[${i}]`, span: itemSpan, message: withSource(`Each entry of ${name} must be a CPT code such as 0932T or 93306; found ${describe(item)}.`) });
          return;
        }
        facts.values.set(`${path}[${i}]`, { value: src, key, span: itemSpan });
      });
      return;
    }
    default: {
      if (!isScalar(node)) return bad(`${name} must be a single value; found ${describe(node)}.`);
      const checked = checkScalar(t, node.value, scalarSource(node));
      if ('error' in checked) return bad(`${name} ${checked.error}`, checked.replacement);
      facts.values.set(path, { value: checked.value, key, span });
    }
  }
}

type Checked = { value: Scalar } | { error: string; replacement?: string };

function checkScalar(t: FieldSpec['type'], value: unknown, source: string | undefined): Checked {
  const shown = source ?? String(value);
  switch (t.kind) {
    case 'version':
      return value === 1 || value === '1' ? { value: 1 } : { error: `must be 1, the only version of the dossier format; found \`${shown}\`.`, replacement: '1' };
    case 'string':
      return typeof value === 'string' || typeof value === 'number' ? { value: String(value) } : { error: `must be text; found \`${shown}\`.` };
    case 'boolean':
      if (typeof value === 'boolean') return { value };
      {
        const guess = /^(yes|y|on|1)$/i.test(shown) ? 'true' : /^(no|n|off|0)$/i.test(shown) ? 'false' : undefined;
        return { error: `must be true or false; found \`${shown}\`.`, ...(guess ? { replacement: guess } : {}) };
      }
    case 'date': {
      const text = typeof value === 'string' ? value : shown;
      if (isIsoDate(text)) return { value: text };
      const fixed = guessDate(text);
      return { error: `must be a date written YYYY-MM-DD; found \`${shown}\`.`, ...(fixed ? { replacement: fixed } : {}) };
    }
    case 'enum': {
      const text = String(value);
      const hit = t.values.find((v) => v.toLowerCase() === text.toLowerCase());
      if (hit !== undefined && (typeof value === 'string' || /^\d{4}$/.test(text))) return { value: hit };
      const replacement = enumGuess(t.values, value, text);
      return {
        error: `must be one of ${t.values.join(', ')}; found \`${shown}\`.${replacement ? ` Write \`${replacement}\`.` : ''}`,
        ...(replacement ? { replacement } : {}),
      };
    }
    default:
      return { value: String(value) };
  }
}

const ROMAN: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III' };

function enumGuess(values: readonly string[], value: unknown, text: string): string | undefined {
  if (typeof value === 'number' && ROMAN[text] && values.includes(ROMAN[text])) return ROMAN[text];
  return nearest(text.toLowerCase(), values.map((v) => v.toLowerCase()))?.replace(/.*/, (m) => values.find((v) => v.toLowerCase() === m) ?? m);
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function guessDate(text: string): string | undefined {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) {
    const iso = `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  const loose = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (loose) {
    const iso = `${loose[1]}-${loose[2].padStart(2, '0')}-${loose[3].padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  return undefined;
}

function scalarSource(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (node.value === null) return undefined;
  if (typeof node.source === 'string' && node.type === 'PLAIN') return node.source;
  return typeof node.value === 'object' ? undefined : String(node.value);
}

function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return `\`${scalarSource(node) ?? String(node.value)}\``;
  return 'something else';
}

/** The closest candidate within a small edit distance, for "did you mean". */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}
