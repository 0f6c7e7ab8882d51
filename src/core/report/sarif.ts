// `--format sarif`: SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps). Pure: the CLI
// passes the tool version and the files' URIs (relative to the working folder, forward slashes).
import type * as Sarif from 'sarif';
import type { Finding, RuleMeta, Severity } from '../types';
import { RULES } from '../rules';
import { DOCS_BASE_URL, SOURCES, docsUrl } from '../sources';
import { DIRECTIVE_UNKNOWN_RULE, DIRECTIVE_UNUSED, INTERNAL_ERROR } from '../engine';
import { oneBased, type FileFindings } from './results';
import { publicData } from './json';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The project's home page (the repository the rule docs live in). */
export const INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, '');

export interface SarifOptions {
  /** The tool's version (package.json). */
  version: string;
  /** The URI of each file as it should appear in `artifactLocation.uri`; default: `file` with / separators, percent-encoded. */
  uriOf?: (file: string) => string;
  /** The folder that relative URIs are relative to, as a file:// URI ending in / (`originalUriBaseIds.%SRCROOT%`). */
  srcRoot?: string;
  /** The rules to describe; default: every rule of the registry. */
  rules?: readonly RuleMeta[];
}

export function sarifLevel(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function pathToUriReference(p: string): string {
  return p
    .split(/[\\/]/)
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

export function ruleDescriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const sources = meta.sources.map((s) => SOURCES[s].long);
  const text = `${meta.description}\n\n${stripMarkdown(meta.rationale)}\n\nHow to fix: ${stripMarkdown(meta.fix)}`;
  const markdown = `${meta.description}\n\n**Why.** ${meta.rationale}\n\n**How to fix.** ${meta.fix}\n\nSources: ${sources.join('; ')}.\n\n[Documentation](${docsUrl(meta.id)})`;
  return {
    id: meta.id,
    name: camel(meta.id),
    shortDescription: { text: firstSentence(stripMarkdown(meta.description)) },
    fullDescription: { text: stripMarkdown(meta.description) },
    helpUri: docsUrl(meta.id),
    help: { text, markdown },
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: { tags: meta.sources },
  };
}

const INTERNAL_DESCRIPTOR: Sarif.ReportingDescriptor = {
  id: INTERNAL_ERROR,
  name: 'InternalError',
  shortDescription: { text: 'CPT Dossier failed on part of this file.' },
  fullDescription: { text: 'A rule or the Markdown parser failed on this file; findings may be missing. Please report it.' },
  defaultConfiguration: { level: 'warning' },
};

const ENGINE_DESCRIPTORS: Record<string, Sarif.ReportingDescriptor> = {
  [INTERNAL_ERROR]: INTERNAL_DESCRIPTOR,
  [DIRECTIVE_UNKNOWN_RULE]: {
    id: DIRECTIVE_UNKNOWN_RULE,
    name: 'DirectiveUnknownRule',
    shortDescription: { text: 'A disable comment names a rule that does not exist.' },
    fullDescription: { text: 'A cpt-dossier-disable comment names a rule id CPT Dossier does not have, so it suppresses nothing for it; the nearest rule id is suggested.' },
    defaultConfiguration: { level: 'warning' },
  },
  [DIRECTIVE_UNUSED]: {
    id: DIRECTIVE_UNUSED,
    name: 'DirectiveUnused',
    shortDescription: { text: 'A disable comment suppressed nothing.' },
    fullDescription: { text: 'Reported with --report-unused-disable-directives: a cpt-dossier-disable comment (or a rule id in it) that suppressed no finding.' },
    defaultConfiguration: { level: 'error' },
  },
};

export function renderSarifLog(results: readonly FileFindings[], opts: SarifOptions): Sarif.Log {
  const metas = opts.rules ?? RULES.map((r) => r.meta);
  const descriptors = metas.map(ruleDescriptor);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const uriOf = opts.uriOf ?? pathToUriReference;
  const sarifResults: Sarif.Result[] = [];
  const artifacts: Sarif.Artifact[] = [];
  const artifactIndex = new Map<string, number>();
  // Only a relative reference is resolved against %SRCROOT%; an absolute URI stands alone.
  const baseOf = (uri: string): { uriBaseId?: string } => (opts.srcRoot && !/^[a-z][a-z0-9+.-]*:/i.test(uri) ? { uriBaseId: '%SRCROOT%' } : {});
  const artifactLocationOf = (file: string): Sarif.ArtifactLocation => ({ uri: uriOf(file), ...baseOf(uriOf(file)) });
  for (const r of results) {
    const uri = uriOf(r.file);
    const base = baseOf(uri);
    const all: [Finding & { justification?: string }, boolean][] = [...r.findings.map((f): [Finding, boolean] => [f, false]), ...(r.suppressed ?? []).map((f): [Finding & { justification?: string }, boolean] => [f, true])];
    for (const [f, isSuppressed] of all) {
      let ruleIndex = index.get(f.ruleId);
      if (ruleIndex === undefined) {
        // internal-error, or a rule missing from `opts.rules`: describe it so that ruleIndex is valid.
        descriptors.push(ENGINE_DESCRIPTORS[f.ruleId] ?? { id: f.ruleId });
        ruleIndex = descriptors.length - 1;
        index.set(f.ruleId, ruleIndex);
      }
      let ai = artifactIndex.get(uri);
      if (ai === undefined) {
        ai = artifacts.length;
        artifactIndex.set(uri, ai);
        artifacts.push({ location: { uri, ...base } });
      }
      const p = oneBased(f);
      const data = publicData(f.data);
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, index: ai, ...base },
              region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
            },
          },
        ],
        // The same detail as the JSON output's "data" (classification-cue: the class the phrase suggests).
        ...(data ? { properties: { ...data } } : {}),
        // A finding a cpt-dossier-disable comment suppressed: listed, with the comment's reason.
        ...(isSuppressed ? { suppressions: [{ kind: 'inSource' as const, ...(f.justification ? { justification: f.justification } : {}) }] } : {}),
      });
    }
  }
  const unread = results.filter((r) => r.readError !== undefined);
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'cpt-dossier',
        version: opts.version,
        semanticVersion: opts.version,
        informationUri: INFORMATION_URI,
        rules: descriptors,
      },
    },
    ...(opts.srcRoot ? { originalUriBaseIds: { '%SRCROOT%': { uri: opts.srcRoot } } } : {}),
    artifacts,
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
    // A file that could not be read fails the run: said where SARIF says so, not as a clean run.
    ...(unread.length
      ? {
          invocations: [
            {
              executionSuccessful: false,
              toolExecutionNotifications: unread.map((r) => ({ level: 'error' as const, message: { text: `cannot read ${r.file}: ${r.readError ?? ''}` }, locations: [{ physicalLocation: { artifactLocation: artifactLocationOf(r.file) } }] })),
            },
          ],
        }
      : {}),
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

export function renderSarif(results: readonly FileFindings[], opts: SarifOptions): string {
  return `${JSON.stringify(renderSarifLog(results, opts), null, 2)}\n`;
}

function camel(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

/** Backticks and emphasis marks removed, for the plain-text variants. */
function stripMarkdown(s: string): string {
  return s.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

function firstSentence(s: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(s);
  return (m ? m[1] : s).replace(/\s+/g, ' ').trim();
}
