// Limits and messages of bounded reads, shared by the Node reader (src/node/readFile.ts) and the
// extension's vscode.workspace.fs reader, which also runs in a browser: no `node:` import here.

/** A file that is not a regular file, or one over the size a caller accepts. */
export class ReadRefused extends Error {
  constructor(
    message: string,
    readonly code: 'ENOTREG' | 'EFBIG',
  ) {
    super(message);
  }
}

/** The most bytes of a dossier ever read, whatever the size limit (memory stays bounded). */
export const READ_CAP_BYTES = 64 * 1024 * 1024;

/**
 * How many bytes of a dossier to read under a size limit of `maxBytes` code units. Every UTF-16
 * code unit takes at most 4 bytes of UTF-8 (or 1 invalid byte), so 4 × maxBytes + 4 bytes always
 * decode to more than maxBytes code units: the engine still sees an oversized file as oversized.
 */
export function dossierReadLimit(maxBytes: number): number {
  return Math.min(READ_CAP_BYTES, maxBytes * 4 + 4);
}

/** 1 MiB, 4 KiB, 100 bytes. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/** A read error as the end of "cannot read FILE: …". */
export function describeReadError(e: unknown): string {
  if (e instanceof ReadRefused) return e.message;
  const code = (e as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT' || code === 'FileNotFound') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM' || code === 'NoPermissions') return 'permission denied';
  if (code === 'EISDIR' || code === 'FileIsADirectory') return 'is a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  // The system's own message repeats the whole name (a preset named by 900,000 characters).
  if (code === 'ENAMETOOLONG') return 'its name is too long for the file system';
  if (code === 'ENOTDIR') return 'a part of its path is a file, not a folder';
  return e instanceof Error ? e.message : String(e);
}
