// Reads a workspace file the extension was pointed at (a dossier for "Lint all dossiers", a
// `.cpt-dossier.json` or policy file of a virtual workspace) with the same guarantees as the CLI:
// only regular files, at most a given number of bytes. Local files on the desktop go through the
// CLI's reader (src/node/readFile.ts, via platform.ts), which counts the bytes it reads; other file
// systems, and every file in the browser, can only be read whole through vscode.workspace.fs, so
// their size is checked before and after.
import * as vscode from 'vscode';
import { formatBytes, ReadRefused } from '../core/readLimits';
import { platform } from './platform';

export interface WorkspaceRead {
  bytes: Uint8Array;
  /** Only the first `maxBytes` bytes were read (`truncate` was asked for). */
  truncated: boolean;
  /** The file's size in bytes when it was cut and the file system knows it. */
  fileBytes?: number;
}

/**
 * Reads up to `maxBytes` bytes of `uri`. Throws `ReadRefused` for what is not a regular file, and
 * for a larger file unless `truncate` is set (local files only: others are then refused too).
 */
export async function readWorkspaceFile(uri: vscode.Uri, maxBytes: number, what: string, truncate = false): Promise<WorkspaceRead> {
  const tooLarge = (): ReadRefused => new ReadRefused(`is larger than ${formatBytes(maxBytes)}, too large for ${what}`, 'EFBIG');
  const local = platform().local;
  if (local && uri.scheme === 'file') {
    const { bytes, truncated, fileBytes } = local.readBounded(uri.fsPath, maxBytes);
    if (truncated && !truncate) throw tooLarge();
    return { bytes, truncated, ...(fileBytes !== undefined ? { fileBytes } : {}) };
  }
  const stat = await vscode.workspace.fs.stat(uri);
  if ((stat.type & vscode.FileType.File) === 0) {
    throw new ReadRefused(stat.type & vscode.FileType.Directory ? 'is a folder' : 'is not a regular file', 'ENOTREG');
  }
  if (stat.size > maxBytes) throw tooLarge();
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > maxBytes) throw tooLarge(); // grew, or the size was wrong
  return { bytes, truncated: false };
}
