// Reads `.cpt-dossier.json` and the policy files it names through vscode.workspace.fs (so it also
// works in virtual workspaces). Data only: nothing in these files is executed.
// Local files use the CLI's loader (src/node/loadConfig.ts, see config.ts); this one serves virtual
// workspaces, whose files only vscode.workspace.fs can read. Both read through a bounded reader
// that refuses anything but a regular file of at most CONFIG_MAX_BYTES.
import * as vscode from 'vscode';
import { applyConfigFile, type ResolvedConfig } from '../core/config';
import { CONFIG_MAX_BYTES } from '../node/loadConfig';
import { describeReadError } from '../node/readFile';
import { readWorkspaceFile } from './readFile';

const decoder = new TextDecoder('utf-8');

async function readJson(uri: vscode.Uri): Promise<{ json?: unknown; error?: string }> {
  let text: string;
  try {
    const { bytes } = await readWorkspaceFile(uri, CONFIG_MAX_BYTES, 'a configuration or policy file');
    text = decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    return { error: `could not be read (${describeReadError(e)})` };
  }
  try {
    return { json: JSON.parse(text) };
  } catch (e) {
    return { error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** Whether `uri` is `root` or inside it (same file system, path below). */
export function isInside(uri: vscode.Uri, root: vscode.Uri): boolean {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) return false;
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path === root.path || uri.path.startsWith(base);
}

export interface VfsLoadOptions {
  /** Policy files must lie inside this folder (Restricted Mode: the workspace folder). */
  policyRoot?: vscode.Uri;
}

export async function loadConfigFile(base: ResolvedConfig, file: vscode.Uri, knownRules: readonly string[], options: VfsLoadOptions = {}): Promise<ResolvedConfig> {
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
      if (options.policyRoot && !isInside(uri, options.policyRoot)) {
        problems.push(`${origin}: policy "${p}" is outside the workspace folder; in Restricted Mode only policy files inside it are read`);
        continue;
      }
      const r = await readJson(uri);
      if (r.error !== undefined) problems.push(`${p}: ${r.error}`);
      else policyFiles.push({ path: p, json: r.json });
    }
  } else if (policies !== undefined) problems.push(`${origin}: "policies" must be a list of paths`);
  const out = applyConfigFile(base, read.json, origin, policyFiles, knownRules);
  out.problems.push(...problems);
  return out;
}
