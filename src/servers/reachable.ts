import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { scratchParent } from './scratch-dir';
import { serverAccount } from './unprivileged-user';

const run = promisify(execFile);

/**
 * When we run as root, the server runs as another user, who may not be able to reach the binaries (node_modules in a
 * clone under /root, or a cache under /root/.cache). Then they are copied once, under `key`, into a world-readable
 * directory in the temp or scratch directory, and that copy is used. `native` is the directory holding bin/, lib/ and share/.
 */
export async function reachableBy(native: string, key: string, log: (m: string) => void): Promise<string | undefined> {
  const account = await serverAccount(() => undefined);
  if (!account) return native;
  const canRun = async (dir: string) =>
    run(path.join(dir, 'bin', 'postgres'), ['--version'], { uid: account.uid, gid: account.gid }).then(
      () => true,
      () => false,
    );
  if (await canRun(native)) return native;
  // The temp directory, else the scratch directory (/dev/shm): a private TMPDIR (mode 0700) is not reachable either.
  for (const parent of [...new Set([os.tmpdir(), await scratchParent()])]) {
    const copy = path.join(parent, `migration-guard-cache-${key}`);
    if (await canRun(copy)) return copy;
    log(`copying the PostgreSQL binaries to ${copy} so that user '${account.name}' can run them`);
    await fs.rm(copy, { recursive: true, force: true });
    await fs.cp(native, copy, { recursive: true, verbatimSymlinks: true });
    await fs.chmod(copy, 0o755);
    if (await canRun(copy)) return copy;
    await fs.rm(copy, { recursive: true, force: true });
  }
  return undefined;
}
