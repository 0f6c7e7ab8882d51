// The one way the CLI (and the extension, for local configuration files) reads a file the user
// pointed at: dossiers, `.cpt-dossier.json` and society policy files. It refuses anything but a
// regular file (a device such as /dev/zero, a named pipe, a socket, or a symbolic link to one)
// and reads at most a given number of bytes, counting what it reads: the size fstat reports is
// not trusted (it is 0 for /dev/zero and for files under /proc, and a file can grow while read).
import * as fs from 'node:fs';
import { formatBytes, ReadRefused } from '../core/readLimits';

// Pure parts (also used in the browser), kept importable from here.
export { describeReadError, dossierReadLimit, formatBytes, READ_CAP_BYTES, ReadRefused } from '../core/readLimits';

export interface BoundedRead {
  /** At most the number of bytes asked for. */
  bytes: Buffer;
  /** The file holds more than that. */
  truncated: boolean;
  /** The size fstat reported, when it is more than was read (a cut read; not trusted otherwise). */
  fileBytes?: number;
}

const CHUNK_BYTES = 1024 * 1024;

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
    const stat = fs.fstatSync(fd);
    refuseUnlessFile(file, stat);
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
    if (total < limit) return { bytes, truncated: false };
    // Only a size larger than what was read says anything (it is 0 for files under /proc).
    return { bytes: bytes.subarray(0, limit - 1), truncated: true, ...(stat.size > limit - 1 ? { fileBytes: stat.size } : {}) };
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
