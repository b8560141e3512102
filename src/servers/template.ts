import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Binaries } from './binaries';
import { scratchParent } from './scratch-dir';
import type { Account } from './unprivileged-user';

/** The initdb arguments every throw-away cluster uses; part of the cache key. */
// 1 MB WAL segments: the template is copied for every run, and a 16 MB segment was most of it.
export const INITDB_ARGS = ['-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--wal-segsize=1'];

/** Where initialised data directories are kept, one per server version and account. */
export const TEMPLATE_CACHE = 'migration-guard-cache';

/** The file in a template's directory that names the binaries it was made with (forgetTemplatesOfMissingBinaries). */
const BINARIES_FILE = 'bindir';

/**
 * initdb costs most of a cluster's start-up and its output is the same every
 * time, so it runs once per PostgreSQL build and server account; each run then
 * copies the template. The cache is in the temp directory, built atomically
 * (a rename), and trusted only when owned by us or the server account and not
 * writable by anyone else, so another user cannot plant a data directory.
 */
export async function cachedTemplate(binaries: Binaries, account: Account | undefined, initdb: (dataDir: string) => Promise<void>): Promise<string> {
  const me = process.getuid?.() ?? 0;
  const cache = path.join(await scratchParent(), TEMPLATE_CACHE);
  await fs.mkdir(cache, { recursive: true, mode: 0o711 });
  const owners = new Set([me, account?.uid ?? me]);
  const trusted = async (dir: string) => {
    const s = await fs.stat(dir).catch(() => undefined);
    return !!s && owners.has(s.uid) && (s.mode & 0o022) === 0;
  };
  if (!(await trusted(cache))) throw new Error(`${cache} is not owned by this user or is writable by others; remove it`);

  const key = createHash('sha256')
    .update([binaries.bindir, binaries.version, account?.uid ?? me, ...INITDB_ARGS].join('\0'))
    .digest('hex')
    .slice(0, 16);
  const template = path.join(cache, `pg${binaries.major}-${key}`);
  if ((await trusted(template)) && (await fs.stat(path.join(template, 'data', 'PG_VERSION')).catch(() => undefined)))
    return path.join(template, 'data');

  await forgetTemplatesOfMissingBinaries(cache);
  const building = await fs.mkdtemp(path.join(cache, `building-${key}-`));
  try {
    if (account) await fs.chown(building, account.uid, account.gid);
    await fs.chmod(building, 0o700);
    await initdb(path.join(building, 'data'));
    await fs.writeFile(path.join(building, BINARIES_FILE), binaries.bindir);
    await fs.rm(template, { recursive: true, force: true });
    await fs.rename(building, template).catch((error: unknown) => {
      // Another run finished the same template first: use theirs.
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    });
  } finally {
    await fs.rm(building, { recursive: true, force: true });
  }
  return path.join(template, 'data');
}

/**
 * Removes the templates, and the base states kept beside them (base-cache.ts), whose binaries are gone. The key holds
 * the binaries' directory, so a new one (another npx cache, another version of the action on a self-hosted runner,
 * fetched binaries in a new temp directory) makes a new template, and the old one, 30-40 MB of memory in /dev/shm with
 * up to four base states, would stay until the machine restarts. No run can use a template whose binaries are gone.
 * Checked when a template is built, which is rare; one without the file (an older version's) is left alone, and one
 * that cannot be removed (another user's) too.
 */
async function forgetTemplatesOfMissingBinaries(cache: string): Promise<void> {
  const names = await fs.readdir(cache).catch(() => [] as string[]);
  for (const name of names.filter((n) => /^pg\d+-[0-9a-f]{16}$/.test(n))) {
    const bindir = await fs.readFile(path.join(cache, name, BINARIES_FILE), 'utf8').catch(() => undefined);
    if (bindir === undefined || (await fs.stat(bindir).catch(() => undefined))) continue;
    for (const gone of names.filter((n) => n === name || n.startsWith(`${name}-base-`)))
      await fs.rm(path.join(cache, gone), { recursive: true, force: true }).catch(() => undefined);
  }
}
