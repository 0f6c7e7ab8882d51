// `npm run docs`: writes docs/rules/<id>.md and docs/rules/README.md from the rules' metadata,
// docs/dossier-format.md from the key table, and the JSON schemas under schemas/. `--check` writes nothing and exits 1 when a file differs.
// test/unit/docs.test.ts runs the same comparison, so the files on disk never drift.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/core/rules';
import { renderRuleDoc, renderRuleIndex } from '../src/core/report/ruleDocs';
import { renderDossierFormat } from '../src/core/report/formatDocs';
import { schemaFiles } from './schemas';

export const ROOT = path.resolve(__dirname, '..');
export const DOCS_DIR = path.join(ROOT, 'docs', 'rules');
export const SCHEMAS_DIR = path.join(ROOT, 'schemas');
export const FORMAT_DOC = path.join(ROOT, 'docs', 'dossier-format.md');

/** Every generated file: absolute path → content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of RULES) files.set(path.join(DOCS_DIR, `${r.meta.id}.md`), renderRuleDoc(r.meta));
  files.set(path.join(DOCS_DIR, 'README.md'), renderRuleIndex(RULES.map((r) => r.meta)));
  files.set(FORMAT_DOC, renderDossierFormat());
  for (const [name, text] of Object.entries(schemaFiles())) files.set(path.join(SCHEMAS_DIR, name), text);
  return files;
}

/** Pages in docs/rules that no rule generates any more (a rule removed or renamed). */
export function stalePages(files: Map<string, string>): string[] {
  if (!fs.existsSync(DOCS_DIR)) return [];
  return fs
    .readdirSync(DOCS_DIR)
    .filter((n) => n.endsWith('.md'))
    .map((n) => path.join(DOCS_DIR, n))
    .filter((p) => !files.has(p));
}

function main(): void {
  const check = process.argv.includes('--check');
  const files = generatedFiles();
  const differing: string[] = [];
  for (const [file, text] of files) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    differing.push(path.relative(ROOT, file));
    if (!check) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  for (const stale of stalePages(files)) {
    differing.push(`${path.relative(ROOT, stale)} (no rule has this id)`);
    if (!check) fs.rmSync(stale);
  }
  if (check) {
    if (differing.length) {
      console.error(`Out of date (run npm run docs):\n  ${differing.join('\n  ')}`);
      process.exitCode = 1;
    }
    return;
  }
  console.log(differing.length ? `Wrote ${differing.length} file${differing.length === 1 ? '' : 's'}:\n  ${differing.join('\n  ')}` : 'Docs and schemas are up to date.');
}

if (require.main === module) main();
