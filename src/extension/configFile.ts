// Reads `.cpt-dossier.json` and the policy files it names through vscode.workspace.fs (so it also
// works in virtual workspaces). Data only: nothing in these files is executed.
// Local files use the CLI's loader (src/node/loadConfig.ts, see config.ts); this one serves virtual
// workspaces, whose files only vscode.workspace.fs can read.
import * as vscode from 'vscode';
import { applyConfigFile, type ResolvedConfig } from '../core/config';

const decoder = new TextDecoder('utf-8');

async function readJson(uri: vscode.Uri): Promise<{ json?: unknown; error?: string }> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
    return { json: JSON.parse(text) };
  } catch (e) {
    return { error: e instanceof SyntaxError ? `not valid JSON (${e.message})` : `could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

export async function loadConfigFile(base: ResolvedConfig, file: vscode.Uri, knownRules: readonly string[]): Promise<ResolvedConfig> {
  const origin = file.scheme === 'file' ? file.fsPath : file.toString(true);
  const read = await readJson(file);
  if (read.error !== undefined) return { ...base, origin: [...base.origin, origin], problems: [...base.problems, `${origin}: ${read.error}`] };
  const policyFiles: { path: string; json: unknown }[] = [];
  const problems: string[] = [];
  const policies = (read.json as { policies?: unknown } | null)?.policies;
  if (Array.isArray(policies)) {
    for (const p of policies) {
      if (typeof p !== 'string' || !p.trim()) {
        problems.push(`${origin}: each entry of "policies" must be a relative path`);
        continue;
      }
      if (!/\.json$/i.test(p)) {
        problems.push(`${origin}: policy "${p}" must be a .json file (policies are data, never code)`);
        continue;
      }
      const uri = vscode.Uri.joinPath(file, '..', p);
      const r = await readJson(uri);
      if (r.error !== undefined) problems.push(`${p}: ${r.error}`);
      else policyFiles.push({ path: p, json: r.json });
    }
  } else if (policies !== undefined) problems.push(`${origin}: "policies" must be a list of paths`);
  const out = applyConfigFile(base, read.json, origin, policyFiles, knownRules);
  out.problems.push(...problems);
  return out;
}
