import type { Client } from 'pg';

/**
 * PREPARE TRANSACTION (allowed when max_prepared_transactions > 0) leaves a transaction that outlives its session: it
 * keeps its locks (DROP ROLE of its owner waits for it), makes DROP DATABASE fail ("being used by prepared
 * transactions") and holds back vacuum on the whole server. Only ROLLBACK PREPARED, sent from a session on the
 * database it belongs to by its owner or a superuser, ends it. `client` must be connected to that database; a
 * non-superuser takes the owner's role for it (the admin of a url run is a member of the run's role).
 * Returns the global ids rolled back, sorted; a failure is thrown, naming the transaction.
 */
export async function rollbackPrepared(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ gid: string; owner: string; superuser: boolean; mine: boolean }>(
    `SELECT gid, owner, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser, owner = current_user AS mine
       FROM pg_prepared_xacts WHERE database = current_database() ORDER BY gid`,
  );
  for (const { gid, owner, superuser, mine } of rows) {
    try {
      if (!superuser && !mine) await client.query(`SET ROLE "${owner.replace(/"/g, '""')}"`);
      // A literal, not a parameter: ROLLBACK PREPARED takes no parameters. standard_conforming_strings is on since 9.1.
      await client.query(`ROLLBACK PREPARED '${gid.replace(/'/g, "''")}'`);
    } catch (error) {
      throw new Error(`could not roll back the prepared transaction '${gid}' (owner ${owner}): ${(error as Error).message}`, { cause: error });
    } finally {
      if (!superuser && !mine) await client.query('RESET ROLE').catch(() => undefined);
    }
  }
  return rows.map((r) => r.gid);
}
