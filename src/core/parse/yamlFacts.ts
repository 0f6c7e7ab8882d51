import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YNode } from 'yaml';
import { distance } from 'fastest-levenshtein';
import { FRONTMATTER, SNIPPET_PLACEHOLDERS, type FieldSpec } from '../schema';
import { withThousands } from '../numbers';
import { FIRST_YEAR, isCalendarDate, LAST_YEAR, longDate, MONTHS, utcDate } from '../dates';
import { duplicateKeyMessage, explainYamlError } from './yamlErrors';

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
  /** Values it may have meant, none sure enough to apply unseen (both readings of 02/04/2027). */
  readings?: readonly string[];
  /** A value still read as written, whose finding is a warning (a ` #` that cut it short). */
  warning?: true;
  /** The replacement is the key itself written another way (`Classification`, `ama-deadline`): safe to apply unseen. */
  sameKey?: true;
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
  // The parser recurses once per level and, past what the stack holds (about 800 levels, fewer in
  // a busy extension host), reports an overflow where it happened to run out: a position that
  // moves between runs. Far deeper than a dossier needs is reported here, at a fixed place.
  const deep = findDeepNesting(yaml);
  if (deep) {
    return { ok: false, error: { span: { start: base + deep, end: base + deep + 1 }, message: `it nests lists or mappings more than ${MAX_YAML_NESTING} levels deep here, far deeper than a dossier needs (3 at most), so it was not read` } };
  }
  const entries = countEntries(yaml);
  if (entries > MAX_YAML_ENTRIES) {
    return { ok: false, error: { span: { start: base, end: base }, message: `it holds about ${withThousands(entries)} entries (lines and list items), far more than a dossier needs (a few dozen), so it was not read; the limit is ${withThousands(MAX_YAML_ENTRIES)}` } };
  }
  let doc: Document.Parsed;
  try {
    // Duplicate keys are found below in linear time: the parser's own check compares each key
    // with every earlier one (100,000 keys: minutes).
    doc = parseDocument(yaml, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  } catch (e) {
    // The parser recurses on nesting; a hostile file can exhaust the stack.
    return { ok: false, error: { span: { start: base, end: base }, message: `the YAML could not be read (${e instanceof RangeError ? 'nested too deeply' : String(e)})` } };
  }
  const duplicate = firstDuplicateKey(doc);
  if (duplicate !== undefined && (doc.errors.length === 0 || duplicate.offset < doc.errors[0].pos[0])) {
    const start = base + Math.min(duplicate.offset, yaml.length);
    return { ok: false, error: { span: { start, end: Math.min(start + 1, base + yaml.length) }, message: duplicateKeyMessage(duplicate.key) } };
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const start = base + Math.min(err.pos[0], yaml.length);
    const end = base + Math.min(Math.max(err.pos[1], err.pos[0]), yaml.length);
    const message = err.code === 'RESOURCE_EXHAUSTION' ? 'it nests lists or mappings too deeply to read' : explainYamlError(err.code, err.message, yaml, err.pos[0]);
    return { ok: false, error: { span: { start, end }, message } };
  }
  const facts: FrontmatterFacts = { keys: new Map(), values: new Map(), listLengths: new Map(), issues: [], comments: [] };
  collectComments(yaml, base, facts);
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { ok: true, facts };
  if (!isMap(root)) {
    const span = nodeSpan(root, base) ?? { start: base, end: base };
    return { ok: false, error: { span, message: 'the frontmatter must be a mapping of keys to values (key: value), not a single value or a list' } };
  }
  readMap({ aliases: aliasTargets(doc), yaml }, root, FRONTMATTER, '', base, facts, 0, undefined);
  trimLineEnds(yaml, base, facts);
  return { ok: true, facts };
}

/**
 * The parser's range of a block scalar (`classification: |` then the value on the next line) runs
 * past the value's line end, up to the closing `---`: a fix that replaced it ate that line end and
 * glued the fence to the value (`classification: assistive---`). Value spans end at the value.
 */
function trimLineEnds(yaml: string, base: number, facts: FrontmatterFacts): void {
  const trimmed = (span: Span): Span => {
    let end = span.end;
    while (end > span.start && end - base <= yaml.length && (yaml.charCodeAt(end - base - 1) === 10 || yaml.charCodeAt(end - base - 1) === 13)) end--;
    return end === span.end ? span : { start: span.start, end };
  };
  for (const issue of facts.issues) issue.span = trimmed(issue.span);
  for (const [path, located] of facts.values) {
    const span = trimmed(located.span);
    if (span !== located.span) facts.values.set(path, { ...located, span });
  }
}

/** Names the source in the message's first clause: "… must be X (dossier format 1); found Y." */
function withSource(message: string): string {
  const i = message.indexOf('; found ');
  return i >= 0 ? `${message.slice(0, i)} (dossier format 1)${message.slice(i)}` : message.replace(/\.?$/, ' (dossier format 1).');
}

/** Entries (lines, and items of flow lists) beyond this are not parsed: the YAML parser keeps
 * about 1.5 KB and 6 µs per node (a million aliases on one line: 6 s and 1.5 GB; 220,000 entries of
 * `sites` in 3.5 MiB took 517 MB with their findings, 150,000 take under 500 MB). */
export const MAX_YAML_ENTRIES = 150_000;

/** Line ends and commas: about the number of nodes, whatever the YAML holds. */
function countEntries(yaml: string): number {
  let n = 1;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 10 || c === 44 || c === 13) n++;
  }
  return n;
}

/** Nesting (flow brackets, indentation levels, compact `- - ` items) beyond this is not parsed. */
export const MAX_YAML_NESTING = 64;

/**
 * The offset where the YAML first nests more than MAX_YAML_NESTING levels, or undefined. One
 * approximate linear pass: flow brackets outside quotes and comments (reset by a line that starts
 * at column 0, which ends any flow collection), plus block levels (distinct indentations and
 * compact `- ` / `? ` items); block scalar text (`|`, `>`) is skipped. It can only over-count on
 * text no dossier contains (dozens of unbalanced brackets in values).
 */
export function findDeepNesting(yaml: string): number | undefined {
  const n = yaml.length;
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent = -1; // content lines of a block scalar are indented more than its key
  let pos = 0;
  while (pos < n) {
    let eol = pos;
    while (eol < n && yaml.charCodeAt(eol) !== 10 && yaml.charCodeAt(eol) !== 13) eol++;
    let i = pos;
    while (i < eol && yaml.charCodeAt(i) === 32) i++;
    const indent = i - pos;
    const blank = i >= eol || yaml.charCodeAt(i) === 35 || yaml.charCodeAt(i) === 9;
    if (!(blank || (blockScalarIndent >= 0 && indent > blockScalarIndent))) {
      blockScalarIndent = -1;
      if (indent === 0) flow = 0;
      if (flow === 0) {
        while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
      }
      // Compact items open the line: `- - - x` is three levels.
      let compact = 0;
      let j = i;
      while (j < eol && (yaml.charCodeAt(j) === 45 || yaml.charCodeAt(j) === 63) && (j + 1 >= eol || yaml.charCodeAt(j + 1) === 32)) {
        compact++;
        j++;
        while (j < eol && yaml.charCodeAt(j) === 32) j++;
        if (flow + indents.length + compact > MAX_YAML_NESTING) return j;
      }
      let quote = 0;
      let last = 0; // the last character outside quotes and comments
      for (let k = j; k < eol; k++) {
        const c = yaml.charCodeAt(k);
        if (quote) {
          if (c === 92 && quote === 34) k++;
          else if (c === quote) quote = 0;
          continue;
        }
        const prev = k > j ? yaml.charCodeAt(k - 1) : 32;
        if (c === 35 && (prev === 32 || prev === 9)) break; // a comment
        if ((c === 34 || c === 39) && (prev === 32 || prev === 9 || prev === 91 || prev === 123 || prev === 44 || prev === 58)) quote = c;
        else if (c === 91 || c === 123) flow++;
        else if ((c === 93 || c === 125) && flow > 0) flow--;
        if (c !== 32 && c !== 9) last = c;
        if (flow + indents.length + compact > MAX_YAML_NESTING) return k;
      }
      // `key: |` or `key: >-` opens a block scalar: its text lines are not YAML structure.
      if (flow === 0 && (last === 124 || last === 62 || last === 45 || last === 43 || (last >= 48 && last <= 57)) && /[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(yaml.slice(Math.max(j, eol - 40), eol))) {
        blockScalarIndent = indent;
      }
    }
    pos = eol < n && yaml.charCodeAt(eol) === 13 && yaml.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  return undefined;
}

/**
 * The offset of the first key written a second time in the same mapping (any mapping, block or
 * flow), compared as the parser's `uniqueKeys` does: scalar keys by value (=== : 1 and "1"
 * differ), others never equal. One Set per mapping instead of the parser's pairwise search.
 */
function firstDuplicateKey(doc: Document.Parsed): { offset: number; key: string } | undefined {
  let first: { offset: number; key: string } | undefined;
  const visitor = {
    Map(_: unknown, map: { items: { key: unknown }[] }) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const v = key.value;
        if ((typeof v === 'number' && Number.isNaN(v)) || (v !== null && typeof v === 'object')) continue;
        if (!seen.has(v)) seen.add(v);
        else if (key.range && (first === undefined || key.range[0] < first.offset)) first = { offset: key.range[0], key: String(v) };
      }
    },
  };
  try {
    visit(doc, visitor);
  } catch {
    // A document the parser gave up on (nested too deeply): its own errors are reported instead.
  }
  return first;
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

/** What each alias of a document refers to (null: an anchor never defined before it). */
type AliasTargets = Map<unknown, unknown>;

/**
 * Every alias's node, in one walk of the document: the last node before the alias (in document
 * order) that carries its anchor, as `Alias.resolve` finds it. `Alias.resolve` itself walks the
 * whole document for each alias (16,000 aliases: a minute).
 */
function aliasTargets(doc: Document.Parsed): AliasTargets {
  const anchored = new Map<string, unknown>();
  const targets: AliasTargets = new Map();
  try {
    visit(doc, {
      Node(_key, node) {
        if (isAlias(node)) targets.set(node, anchored.get(node.source) ?? null);
        else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchored.set(node.anchor, node);
      },
    });
  } catch {
    // A document the parser gave up on: its own errors are reported instead.
  }
  return targets;
}

/** What the walk of one frontmatter carries down: its aliases' targets, and its text for what the parser keeps no trace of. */
interface Walk {
  aliases: AliasTargets;
  /** The YAML text being read. */
  yaml: string;
}

function resolve(aliases: AliasTargets, node: unknown): unknown {
  // Aliases resolve one step only: no expansion, so an alias bomb costs nothing.
  if (isAlias(node)) return aliases.get(node) ?? null;
  return node;
}

function readMap(
  walk: Walk,
  map: { items: unknown[] },
  fields: Readonly<Record<string, FieldSpec>>,
  prefix: string,
  base: number,
  facts: FrontmatterFacts,
  depth: number,
  /** Set inside a value reached through an alias: everything in it is reported at the alias. */
  written?: Span,
): void {
  // The names written in this mapping, built once when a key written another way needs them: each
  // looked through every other key (16,000 ways of writing `Classification` before the key: 4.6 s).
  let names: Set<string> | undefined;
  const isWritten = (name: string): boolean => (names ??= new Set(map.items.flatMap((p) => (isPair(p) && isScalar(p.key) ? [String(p.key.value)] : [])))).has(name);
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key;
    const keyText = isScalar(keyNode) ? String(keyNode.value) : '';
    const keySpan = written ?? nodeSpan(keyNode as YNode, base) ?? { start: base, end: base };
    const path = prefix ? `${prefix}.${keyText}` : keyText;
    const spec = Object.prototype.hasOwnProperty.call(fields, keyText) ? fields[keyText] : undefined;
    if (!spec) {
      const where = prefix ? ` under \`${prefix.replace(/\[\d+\]/g, '[]')}\`` : '';
      // `Classification`, `AMA deadline`, `ama-deadline`: the key itself in other letters or separators.
      // Renaming it is safe unless the key is also written as it should be (two keys would clash),
      // or the key is written through an alias (the span is the alias).
      const same = Object.keys(fields).find((k) => k === keyText.trim().toLowerCase().replace(/[\s-]+/g, '_'));
      if (same !== undefined) {
        const clash = isWritten(same);
        facts.issues.push({
          kind: 'unknown-key',
          path,
          span: keySpan,
          message: `Unknown key \`${keyText}\`${where}: keys are written in lower case with _ between words, so this one is not read and no rule sees its value.${clash ? ` \`${same}\` is written too, and is the one read: keep one of them.` : ` Write \`${same}\`.`}`,
          // Renamed, it would clash with the key written as it should be: no rename offered then.
          ...(clash ? {} : { replacement: same }),
          ...(clash || written ? {} : { sameKey: true as const }),
        });
        continue;
      }
      const suggestion = nearest(keyText, Object.keys(fields));
      // `fad:` beside `fda:`: renamed, the two keys would clash and the frontmatter no longer parse.
      const present = suggestion !== undefined && isWritten(suggestion);
      facts.issues.push({
        kind: 'unknown-key',
        path,
        span: keySpan,
        message: `Unknown key \`${keyAsWritten(walk.yaml, keyNode, keyText)}\`${where}: dossier format 1 does not define it, so no rule reads it.${suggestion ? ` Did you mean \`${suggestion}\`?${present ? ` \`${suggestion}\` is written too, and is the one read: keep one of them.` : ''}` : ` Known keys: ${Object.keys(fields).join(', ')}.`}`,
        ...(suggestion && !present ? { replacement: suggestion } : {}),
      });
      continue;
    }
    facts.keys.set(path, keySpan);
    // An alias (`sites: *s`) is reported where it is written, not at its anchor.
    readValue(walk, resolve(walk.aliases, pair.value), spec, path, keySpan, base, facts, depth + 1, written ?? (isAlias(pair.value) ? nodeSpan(pair.value, base) : undefined));
  }
}

/**
 * A key as the message quotes it: its name, or as written when the name would say nothing (a list
 * or mapping used as a key read "Unknown key ``", and so did `""` and an alias; a block scalar key
 * put its line end inside the message).
 */
function keyAsWritten(yaml: string, keyNode: unknown, keyText: string): string {
  const plain = isScalar(keyNode) && typeof keyNode.value === 'string' && keyText !== '' && !/[\r\n]/.test(keyText);
  const range = (keyNode as YNode | null)?.range;
  if (plain || !range) return keyText;
  const written = yaml.slice(range[0], range[1]).replace(/\r\n?|\n/g, '↵').trim();
  if (written === '' || written.startsWith(':')) return keyText; // `? ` with nothing after it: the parser's empty key
  return written.length > 60 ? `${written.slice(0, 60)}…` : written;
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''));
}

function readValue(
  walk: Walk,
  node: unknown,
  spec: FieldSpec,
  path: string,
  key: Span,
  base: number,
  facts: FrontmatterFacts,
  depth: number,
  /** Where the value is written when that is not `node`'s own range: the alias it came through. */
  written?: Span,
): void {
  if (isEmpty(node) || depth > MAX_DEPTH) return; // an empty value counts as absent
  const span = written ?? nodeSpan(node as YNode, base) ?? key;
  const bad = (message: string, replacement?: string, readings?: readonly string[]): void => {
    facts.issues.push({ kind: 'bad-value', path, span, message: withSource(message), ...(replacement !== undefined ? { replacement } : {}), ...(readings ? { readings } : {}) });
  };
  const name = `\`${path.replace(/\[\d+\]/g, '[]')}\``;
  const t = spec.type;
  switch (t.kind) {
    case 'map': {
      if (!isMap(node)) {
        // `society: ASE`: a single value where keys were expected; show the block it should be.
        const first = Object.keys(t.fields)[0];
        const src = scalarSource(node);
        if (first !== undefined && src !== undefined && src.length <= 80 && !src.includes('\n')) {
          const asBlock = path.endsWith(']') ? `\`- ${first}: ${src}\`` : `\`${path.replace(/.*\./, '')}:\` with \`  ${first}: ${src}\` on the line below`;
          return bad(`${name} holds keys of its own (${Object.keys(t.fields).join(', ')}), each on an indented line; found \`${src}\`. Write ${asBlock}.`);
        }
        return bad(`${name} must be a mapping of ${Object.keys(t.fields).join(', ')}; found ${describe(node)}.`);
      }
      readMap(walk, node, t.fields, path, base, facts, depth, written);
      return;
    }
    case 'list':
    case 'list-or-count': {
      if (t.kind === 'list-or-count' && isScalar(node) && typeof node.value === 'number') {
        if (!Number.isInteger(node.value) || node.value < 0) return bad(`${name} must be a list of sites or a whole number of sites; found ${node.value}.`);
        facts.values.set(path, { value: node.value, key, span });
        return;
      }
      if (!isSeq(node)) {
        const item = t.of.type.kind === 'map' ? Object.keys(t.of.type.fields)[0] : undefined;
        const src = scalarSource(node);
        const asList = item !== undefined && src !== undefined && src.length <= 80 && !src.includes('\n') && isScalar(node) && typeof node.value === 'string' ? ` Write \`${path.replace(/.*\./, '')}:\` with \`  - ${item}: ${src}\` on the line below.` : '';
        return bad(`${name} must be a list${t.kind === 'list-or-count' ? ' of sites or a count' : ''} (each item starting with "- "); found ${describe(node)}.${asList}`);
      }
      facts.listLengths.set(path, node.items.length);
      node.items.forEach((item, i) => {
        const itemPath = `${path}[${i}]`;
        const resolved = resolve(walk.aliases, item);
        const itemSpan = written ?? nodeSpan(item as YNode, base) ?? span;
        facts.keys.set(itemPath, itemSpan);
        readValue(walk, resolved, t.of, itemPath, itemSpan, base, facts, depth + 1, written ?? (isAlias(item) ? itemSpan : undefined));
      });
      return;
    }
    case 'codes': {
      const asWritten = isSeq(node) ? node.items : [node];
      const items = asWritten.map((n) => resolve(walk.aliases, n));
      if (!isSeq(node)) {
        const list = flowList(scalarSource(node));
        bad(`${name} must be a list, e.g. ${list ?? '[0932T]'}; found ${describe(node)}.`, list);
      }
      facts.listLengths.set(path, items.length);
      items.forEach((item, i) => {
        const src = scalarSource(item);
        const itemSpan = written ?? (isSeq(node) ? nodeSpan(asWritten[i] as YNode, base) : undefined) ?? nodeSpan(item as YNode, base) ?? span;
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
      if ('error' in checked) return bad(`${name} ${checked.error}`, checked.replacement, checked.readings);
      const generic = path.replace(/\[\d+\]/g, '[]');
      if (typeof checked.value === 'string' && Object.hasOwn(SNIPPET_PLACEHOLDERS, generic) && SNIPPET_PLACEHOLDERS[generic].includes(checked.value.trim())) {
        // Read as absent, so that the rules ask for the real value (a US trial's efficacy, a site).
        return bad(`${name} still holds the snippet's placeholder; found \`${checked.value.trim()}\`, to be replaced with the real value.`);
      }
      if (t.kind === 'string') cutByComment(walk.yaml, node, path, span, base, facts);
      facts.values.set(path, { value: checked.value, key, span });
    }
  }
}

/**
 * `title: EF #1 measurement`: in YAML a `#` after a space starts a comment, so the title reads `EF` and the
 * rest is dropped without a word. A comment whose text touches the `#` is rarely meant as one ("# note" is
 * how comments are written): the writer is told, and quoting the whole line is offered (not applied unseen).
 */
function cutByComment(yaml: string, node: YNode, path: string, span: Span, base: number, facts: FrontmatterFacts): void {
  if (!isScalar(node) || node.type !== 'PLAIN' || !node.comment || !node.range || /^\s/.test(node.comment)) return;
  const line = yaml.slice(node.range[0], node.range[2]).split(/\r?\n/)[0];
  const hash = line.search(/[ \t]#\S/);
  if (hash < 0) return;
  const kept = line.slice(0, hash).trimEnd();
  const written = line.trimEnd();
  const name = `\`${path.replace(/\[\d+\]/g, '[]')}\``;
  facts.issues.push({
    kind: 'bad-value',
    path,
    span: { start: span.start, end: base + node.range[0] + written.length },
    message: withSource(`${name} reads \`${kept}\`: in YAML a \`#\` after a space starts a comment, so \`${written.slice(hash).trim()}\` is dropped. Put the whole value in quotes to keep it: \`${JSON.stringify(written)}\`.`),
    readings: [JSON.stringify(written)],
    warning: true,
  });
}

type Checked = { value: Scalar } | { error: string; replacement?: string; readings?: readonly string[] };

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
        return { error: `must be true or false; found \`${shown}\`.${guess ? ` Write \`${guess}\`.` : ''}`, ...(guess ? { replacement: guess } : {}) };
      }
    case 'date': {
      const text = typeof value === 'string' ? value : shown;
      if (isIsoDate(text)) return { value: text };
      const both = bothReadings(text);
      if (both) {
        // Month first or day first: either is a real date, so no guess is applied unseen.
        return { error: `must be a date written YYYY-MM-DD; found \`${shown}\`, which is ambiguous: ${longDate(both[0])} read month first, ${longDate(both[1])} read day first. Write the one meant as YYYY-MM-DD.`, readings: both };
      }
      const fixed = guessDate(text);
      const noted = fixed ? null : /^(\d{4}-\d{2}-\d{2})\s+([^#\s].*)$/.exec(text);
      if (noted && isIsoDate(noted[1])) {
        // `2027-02-04 (tentative)`: the note is the writer's to keep, as a comment. No fix: inside a
        // `{…}` or `[…]` on one line a comment would swallow the closing bracket.
        const commented = `${noted[1]} # ${noted[2]}`;
        return { error: `must be a date written YYYY-MM-DD; found \`${shown}\`, a date followed by other words. Write the date alone, and a note after it as a YAML comment: \`${commented}\`.` };
      }
      // The date the fix writes is said too, as an enum's nearest value is: CI logs show no fixes.
      return { error: `must be a date written YYYY-MM-DD; found \`${shown}\`${fixed ? `. Write \`${fixed}\`` : whyNoDate(text)}.`, ...(fixed ? { replacement: fixed } : {}) };
    }
    case 'enum': {
      const text = String(value);
      const hit = t.values.find((v) => v.toLowerCase() === text.toLowerCase());
      if (hit !== undefined && (typeof value === 'string' || /^\d{4}$/.test(text))) return { value: hit };
      const replacement = enumGuess(t.values, text);
      if (replacement !== undefined && !misspelling(text, replacement)) {
        // `semi-autonomous` → `autonomous` is a word dropped, not a slip of the keyboard: the class is
        // the writer's call, so the value is offered, never applied by lint --fix.
        return { error: `must be one of ${t.values.join(', ')}; found \`${shown}\`. Did you mean \`${replacement}\`?`, readings: [replacement] };
      }
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

/**
 * `Category 3`, `cat. III`, `Level 2`, `"3"`: the label the writer put before a category or a level,
 * and a digit for its Roman numeral, say one value plainly. Without this, `"3"` was one edit from
 * `I` and got the opposite category as a safe fix.
 */
const LABELLED = /^(?:(?:cpt\s+)?category|cat\.?|level|lvl\.?)?\s*(\d|[ivx]+)\.?$/i;

function enumGuess(values: readonly string[], text: string): string | undefined {
  const labelled = LABELLED.exec(text.trim());
  if (labelled) {
    const roman = ROMAN[labelled[1]] ?? labelled[1].toUpperCase();
    // A digit or numeral that is none of the values (`Category 2`) is no guess: it is not a near miss.
    return values.includes(roman) ? roman : undefined;
  }
  const guess = nearest(text.toLowerCase(), values.map((v) => v.toLowerCase()))?.replace(/.*/, (m) => values.find((v) => v.toLowerCase() === m) ?? m);
  // The guess becomes a safe fix: none when another value is as near (`taxonomy: 2025` is one
  // step from 2022 and from 2027, and the edition decides which definitions apply).
  if (guess === undefined) return undefined;
  const d = distance(text.toLowerCase(), guess.toLowerCase());
  return values.some((v) => v !== guess && distance(text.toLowerCase(), v.toLowerCase()) === d) ? undefined : guess;
}

/**
 * Whether `guess` differs from `text` only as a slip does: letter case, separators, a label
 * (`Category 3` for `III`), or at most two letters (`presubmission`, `Augmentive`).
 */
function misspelling(text: string, guess: string): boolean {
  if (LABELLED.test(text.trim())) return true;
  const letters = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return letters(text) === letters(guess) || distance(text.toLowerCase(), guess.toLowerCase()) <= 2;
}

export const isIsoDate = isCalendarDate;

/** A placeholder left as written, or a day no calendar has: what the writer needs to hear. */
function whyNoDate(text: string): string {
  if (/^(?:y{2,4}|m{1,2}|d{1,2})(?:[-/.](?:y{2,4}|m{1,2}|d{1,2})){2}$/i.test(text)) return ', a placeholder still to be filled in: write the date itself, such as 2026-11-23';
  if (/^(?:tbd|tbc|tba|n\/?a|unknown|pending|not yet|\?+)$/i.test(text.trim())) return ', which is no date yet: leave the value empty until the date is known (an empty value counts as absent)';
  const monthOnly = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})$/.exec(text);
  if (monthOnly && (/^\d{4}$/.test(monthOnly[1]) ? +monthOnly[2] >= 1 && +monthOnly[2] <= 12 : monthNamed(monthOnly[1]) !== undefined)) return ', which names a month but no day: write the day too, as YYYY-MM-DD';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!iso) return '';
  if (+iso[1] < FIRST_YEAR) return `, but no dossier's dates fall in the year ${iso[1]}: write the whole year, such as 2026`;
  if (+iso[1] > LAST_YEAR) return `, but no dossier's dates fall in the year ${iso[1]}: write the date itself, such as 2026-11-23`;
  const month = +iso[2];
  if (month < 1 || month > 12) return `, but there is no month ${iso[2]} (the month comes second: YYYY-MM-DD)`;
  const days = utcDate(+iso[1], month, 0).getUTCDate();
  return `, but ${MONTHS[month - 1]} ${iso[1]} has ${days} days`;
}

/** The month named by a word ("Feb", "sept.", "February"): 1 to 12. */
function monthNamed(word: string): number | undefined {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(w));
  return i < 0 ? undefined : i + 1;
}

/** `02/04/2027`, `02.04.2027`, `02-04-2027`: two numbers before the year, one separator throughout. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Both readings of `02/04/2027` when month first and day first are each a real, different date. */
function bothReadings(text: string): [string, string] | undefined {
  const m = NUMERIC_DATE.exec(text);
  if (!m || +m[1] === +m[3]) return undefined;
  const monthFirst = `${m[4]}-${m[1].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const dayFirst = `${m[4]}-${m[3].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(monthFirst) && isIsoDate(dayFirst) ? [monthFirst, dayFirst] : undefined;
}

function guessDate(text: string): string | undefined {
  // A month written as a word is unambiguous, in either order: "Feb 4, 2027", "4 February 2027", "04-Feb-2027".
  const named = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text) ?? /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+\.?),?[\s-]+(\d{4})$/.exec(text);
  if (named) {
    const [word, day] = /^\d/.test(named[1]) ? [named[2], named[1]] : [named[1], named[2]];
    const month = monthNamed(word);
    const iso = month ? `${named[3]}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
    return iso && isIsoDate(iso) ? iso : undefined;
  }
  // Slashed: month first (US) or, when no month 13 or over exists, day first (13/04/2027). Both
  // readings real and different never reach here (bothReadings).
  const us = NUMERIC_DATE.exec(text);
  if (us) {
    const iso = `${us[4]}-${us[1].padStart(2, '0')}-${us[3].padStart(2, '0')}`;
    const dayFirst = `${us[4]}-${us[3].padStart(2, '0')}-${us[1].padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : isIsoDate(dayFirst) ? dayFirst : undefined;
  }
  // A date with a time of day (`2027-02-04T00:00:00Z`): the rules compare days, so the day as written.
  const stamp = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (stamp) return isIsoDate(stamp[1]) ? stamp[1] : undefined;
  const loose = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (loose) {
    const iso = `${loose[1]}-${loose[2].padStart(2, '0')}-${loose[3].padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  return undefined;
}

/**
 * `codes: 0932T` written as a list, as the fix writes it: `[0932T]`. The codes of a scalar go in one
 * per item, as separated by commas, semicolons or lines (`codes: |` with a code per line), or by
 * spaces when every word is a code (`0932T 0933T`); an item YAML would read otherwise is quoted.
 * Undefined for a value that is no scalar (a mapping is no list of codes to keep).
 */
function flowList(source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const items: string[] = [];
  for (const part of source.split(/[,;\r\n]+/)) {
    const words = part.trim().split(/\s+/);
    if (words.length > 1 && words.every((w) => /^\d{4,5}[A-Za-z]?$/.test(w))) items.push(...words);
    else if (part.trim()) items.push(part.trim());
  }
  if (items.length === 0) return undefined;
  const plain = (item: string): boolean => /^[^\s,[\]{}#&*!|>'"%@`?:-](?:[^,[\]{}]*[^\s,[\]{}:])?$/.test(item) && !/: | #/.test(item);
  return `[${items.map((item) => (plain(item) ? item : JSON.stringify(item))).join(', ')}]`;
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
