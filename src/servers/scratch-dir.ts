import { promises as fs } from 'node:fs';
import * as os from 'node:os';

/** Memory-backed and shared by every Linux process; GitHub's Ubuntu runners mount it with half the RAM. */
const SHARED_MEMORY = '/dev/shm';
const MIN_FREE_BYTES = 1024 ** 3;

let chosen: Promise<string> | undefined;

/**
 * Where throw-away clusters and their template live: /dev/shm when it is a
 * writable tmpfs with at least 1 GB free (a cluster written to memory starts
 * and runs several times faster than one on a disk that is not cached), else
 * the temp directory.
 */
export function scratchParent(): Promise<string> {
  chosen ??= (async () => {
    try {
      const stats = await fs.statfs(SHARED_MEMORY);
      const TMPFS_MAGIC = 0x01021994;
      await fs.access(SHARED_MEMORY, fs.constants.W_OK);
      if (stats.type === TMPFS_MAGIC && stats.bavail * stats.bsize >= MIN_FREE_BYTES) return SHARED_MEMORY;
    } catch {
      // not Linux, or no /dev/shm
    }
    return os.tmpdir();
  })();
  return chosen;
}
