import type { Client } from 'pg';
import { SCRATCH_NAME_SQL, scratchPid } from './scratch-names';

/**
 * First key of the shared advisory lock every confined run holds on its admin
 * connection (second key: its pid) while it lives. pg_locks shows it from
 * every database, whichever machine the run is on.
 */
export const RUN_LOCK = 0x6d675f67; // "mg_g"

/** Whether a process with this pid exists on this machine (EPERM: it exists, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes scratch databases and roles of runs that were killed (SIGKILL, a
 * lost runner) on a server given by URL, and says what it removed in one line.
 * A name `migration_guard_<pid>_<hex>` is a leftover only when all of these
 * hold: no process with that pid is alive on this machine; nobody is
 * connected to that database or as that role (pg_stat_activity); and no run
 * with that pid holds its advisory lock (a live run on another machine that
 * shares the server and happens to have the same pid). Databases go first,
 * since the role owns them. Never throws: a leftover that cannot be removed is
 * named in the line and left. `rollbackPrepared` ends the prepared transactions a killed run's file left in a
 * leftover database (they outlive every session and keep it and its role from being dropped).
 */
export async function removeLeftovers(
  admin: Client,
  where: string,
  log: (message: string) => void,
  rollbackPrepared?: (database: string) => Promise<string[]>,
): Promise<void> {
  let rows: { kind: 'database' | 'role'; name: string }[];
  try {
    ({ rows } = await admin.query(
      `SELECT 'database' AS kind, datname AS name FROM pg_database WHERE datname ~ $1
       UNION ALL
       SELECT 'role', rolname FROM pg_roles WHERE rolname ~ $1
       ORDER BY 1, 2`,
      [SCRATCH_NAME_SQL],
    ));
  } catch {
    return;
  }
  const removed: string[] = [];
  const failed: string[] = [];
  for (const { kind, name } of rows) {
    const pid = scratchPid(name);
    if (!pid || pid === process.pid || processAlive(pid)) continue;
    try {
      const { rows: busy } = await admin.query<{ busy: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = $1 OR usename = $1)
             OR EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $2::oid AND objid = $3::oid AND objsubid = 2) AS busy`,
        [name, RUN_LOCK, pid],
      );
      if (busy[0]?.busy) continue;
      const rolledBack = kind === 'database' && rollbackPrepared ? await rollbackPrepared(name) : [];
      if (rolledBack.length) removed.push(`prepared transaction(s) ${rolledBack.map((g) => `'${g}'`).join(', ')} in ${name}`);
      // Not WITH (FORCE): a session that connected since the check keeps its database.
      await admin.query(`${kind === 'database' ? 'DROP DATABASE' : 'DROP ROLE'} IF EXISTS "${name}"`);
      removed.push(`${kind} ${name}`);
    } catch (error) {
      failed.push(`${kind} ${name} (${(error as Error).message})`);
    }
  }
  if (removed.length) log(`removed leftovers of killed runs on ${where}: ${removed.join(', ')}`);
  if (failed.length) log(`warning: could not remove leftovers of killed runs on ${where}: ${failed.join('; ')}`);
}
