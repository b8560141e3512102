import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Account {
  name: string;
  uid: number;
  gid: number;
}

/**
 * initdb and postgres refuse to run as root. When we are root, pick an
 * existing unprivileged account to run the server as, and only create one
 * when the machine has neither `postgres` nor `nobody`.
 */
export async function serverAccount(log: (m: string) => void): Promise<Account | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const account = await lookup(name);
    if (account) {
      log(`running as root: PostgreSQL will run as the unprivileged user '${name}' (uid ${account.uid}), since it refuses to run as root`);
      return account;
    }
  }
  log("running as root and no 'postgres' or 'nobody' account exists: creating system user 'migration-guard' to run PostgreSQL");
  await run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'migration-guard']);
  const created = await lookup('migration-guard');
  if (!created) throw new Error("could not create the 'migration-guard' user to run PostgreSQL as");
  return created;
}

/** The account's ids from POSIX `id` (Linux and macOS alike; `getent` is Linux-only), undefined when there is none. */
async function lookup(name: string): Promise<Account | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}
