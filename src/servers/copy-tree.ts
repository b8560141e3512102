import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Copies a directory tree keeping every mode (PostgreSQL insists on 0700 for its data directory) and, when `ids` are
 * given (we are root, the server runs as another account), giving every copy to that account: what `cp -a` did,
 * without a command Windows lacks. Files are copied 64 at a time (about as fast as `cp -a` on a 1,000-file template).
 */
export async function copyTree(from: string, to: string, ids?: { uid: number; gid: number }): Promise<void> {
  const entries = await fs.readdir(from, { withFileTypes: true, recursive: true });
  const relative = (e: (typeof entries)[number]) => path.relative(from, path.join(e.parentPath, e.name));
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map(relative)
    .sort(); // parents sort before their children
  const files = entries.filter((e) => e.isFile()).map(relative);
  await fs.mkdir(to, { mode: (await fs.stat(from)).mode & 0o7777 });
  for (const dir of dirs) await fs.mkdir(path.join(to, dir), { mode: (await fs.stat(path.join(from, dir))).mode & 0o7777 });
  for (let i = 0; i < files.length; i += 64) await settled(files.slice(i, i + 64).map((f) => fs.copyFile(path.join(from, f), path.join(to, f))));
  if (ids)
    await settled([to, ...dirs.map((d) => path.join(to, d)), ...files.map((f) => path.join(to, f))].map((p) => fs.lchown(p, ids.uid, ids.gid)));
}

/**
 * Waits for every operation, then fails with the first failure. Promise.all would fail at once while the other copies
 * still write: the caller's clean-up then met files appearing in the directory it removed (ENOTEMPTY on a full disk,
 * in place of "no space left"), and a copy finishing afterwards left a file behind.
 */
async function settled(operations: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(operations)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
