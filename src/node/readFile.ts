// The one way the CLI (and the extension, for local configuration files) reads a file the user
// pointed at: dossiers, `.cpt-dossier.json` and society policy files. It refuses anything but a
// regular file (a device such as /dev/zero, a named pipe, a socket, or a symbolic link to one)
// and reads at most a given number of bytes, counting what it reads: the size fstat reports is
// not trusted (it is 0 for /dev/zero and for files under /proc, and a file can grow while read).
import * as fs from 'node:fs';

/** A file that is not a regular file, or one over the size a caller accepts. */
export class ReadRefused extends Error {
  constructor(
    message: string,
    readonly code: 'ENOTREG' | 'EFBIG',
  ) {
    super(message);
  }
}

export interface BoundedRead {
  /** At most the number of bytes asked for. */
  bytes: Buffer;
  /** The file holds more than that. */
  truncated: boolean;
}

const CHUNK_BYTES = 1024 * 1024;

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
// Opening a named pipe for reading waits for a writer unless O_NONBLOCK is given (it does not
// exist on Windows, where there are no FIFOs in the file system).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads up to `maxBytes` bytes of a regular file. Throws `ReadRefused` (code ENOTREG) for anything
 * else, and the file system's errors (ENOENT, EACCES…) as they come.
 */
export function readFileBounded(file: string, maxBytes: number): BoundedRead {
  // stat before open: a FIFO or a device is refused without being opened at all.
  refuseUnlessFile(file, fs.statSync(file));
  const fd = fs.openSync(file, OPEN_FLAGS);
  try {
    // The same check on what was opened, in case the path was replaced in between.
    refuseUnlessFile(file, fs.fstatSync(fd));
    const limit = Math.max(0, Math.floor(maxBytes)) + 1; // one more byte tells "larger than"
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const want = Math.min(CHUNK_BYTES, limit - total);
      const buf = Buffer.allocUnsafe(want);
      const n = fs.readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? buf : buf.subarray(0, n));
      total += n;
    }
    const bytes = Buffer.concat(chunks, total);
    return total >= limit ? { bytes: bytes.subarray(0, limit - 1), truncated: true } : { bytes, truncated: false };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a whole small file (configuration, policy) or throws `ReadRefused` (EFBIG) when it is over `maxBytes`. */
export function readSmallFile(file: string, maxBytes: number, what: string): Buffer {
  const { bytes, truncated } = readFileBounded(file, maxBytes);
  if (truncated) throw new ReadRefused(`is larger than ${formatBytes(maxBytes)}, too large for ${what}`, 'EFBIG');
  return bytes;
}

function refuseUnlessFile(file: string, stat: fs.Stats): void {
  if (stat.isFile()) return;
  if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: 'EISDIR' });
  let link = false;
  try {
    link = fs.lstatSync(file).isSymbolicLink();
  } catch {
    // gone in between: the kind of the target is still the best description
  }
  throw new ReadRefused(`${link ? 'is a symbolic link to' : 'is'} ${kindOf(stat)}, not a regular file`, 'ENOTREG');
}

function kindOf(stat: fs.Stats): string {
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
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
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return e instanceof Error ? e.message : String(e);
}
