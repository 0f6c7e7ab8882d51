// Reads a configuration file (and what it extends, and its policy files) through
// vscode.workspace.fs, with the core's loader (src/core/configLoader.ts) that the CLI also uses:
// every file of a virtual workspace, and every file in the browser (vscode.dev, github.dev), which
// has no other way to read. Files are named by their URI strings. Local files on the desktop take
// the Node path (config.ts).
import * as vscode from 'vscode';
import type { ResolvedConfig } from '../core/config';
import { engine } from './platform';
import { describeReadError } from '../core/readLimits';
import { readWorkspaceFile } from './readFile';

const decoder = new TextDecoder('utf-8');

/** Whether `uri` is `root` or inside it (same file system, path below). */
export function isInside(uri: vscode.Uri, root: vscode.Uri): boolean {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) return false;
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path === root.path || uri.path.startsWith(base);
}

export interface VfsLoadOptions {
  /** Configuration and policy files must lie inside this folder (Restricted Mode: the workspace folder). */
  policyRoot?: vscode.Uri;
}

export function loadConfigFile(file: vscode.Uri, options: VfsLoadOptions = {}): Promise<ResolvedConfig> {
  return engine().loadConfigAsync(file.toString(), {
    resolve: (from, rel) => vscode.Uri.joinPath(vscode.Uri.parse(from), '..', rel).toString(),
    folderOf: (f) => vscode.Uri.joinPath(vscode.Uri.parse(f), '..').toString(),
    read: async ({ file: target, kind }) => {
      const uri = vscode.Uri.parse(target);
      if (kind !== 'config' && options.policyRoot && !isInside(uri, options.policyRoot)) return { outside: true };
      try {
        const { bytes } = await readWorkspaceFile(uri, engine().CONFIG_MAX_BYTES, 'a configuration or policy file');
        return { text: decoder.decode(bytes) };
      } catch (e) {
        return { error: describeReadError(e) };
      }
    },
  });
}

/** The nearest configuration file from `dir` up to the workspace folder's root. */
export async function findConfigFile(dir: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | undefined> {
  let current = dir;
  for (let guard = 0; guard < 64; guard++) {
    for (const name of engine().CONFIG_FILE_NAMES) {
      const candidate = vscode.Uri.joinPath(current, name);
      try {
        const stat = await vscode.workspace.fs.stat(candidate);
        if (stat.type & vscode.FileType.File) return candidate;
      } catch {
        // not there
      }
    }
    if (current.toString() === root.toString() || !isInside(current, root) || current.path === '/') return undefined;
    const parent = vscode.Uri.joinPath(current, '..');
    if (parent.toString() === current.toString()) return undefined;
    current = parent;
  }
  return undefined;
}

/** The other configuration files in the folder of `found` (a file findConfigFile returned), which it passed over. */
export async function configFilesBeside(found: vscode.Uri): Promise<vscode.Uri[]> {
  const folder = vscode.Uri.joinPath(found, '..');
  const own = found.path.slice(found.path.lastIndexOf('/') + 1);
  const out: vscode.Uri[] = [];
  for (const name of engine().CONFIG_FILE_NAMES) {
    if (name === own) continue;
    const candidate = vscode.Uri.joinPath(folder, name);
    try {
      if ((await vscode.workspace.fs.stat(candidate)).type & vscode.FileType.File) out.push(candidate);
    } catch {
      // not there
    }
  }
  return out;
}
