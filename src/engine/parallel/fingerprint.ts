import { createHash } from 'node:crypto';
import { takeSnapshot } from '../../catalog/snapshot';
import type { Session } from '../session';

/**
 * What a shard's database holds, as one hash: the whole catalog snapshot (by
 * name, no OIDs) and every user table's rows (the seeded ones), the version
 * table excepted. Shard k's start equals shard k-1's end when the shards
 * together behave as one run.
 */
export async function fingerprint(session: Session, includeRoles: boolean): Promise<string> {
  const table = session.versionTable.qualifiedName;
  const snapshot = await takeSnapshot(session.client, { bookkeepingTable: table, includeRoles });
  const hash = createHash('sha256');
  for (const key of [...snapshot.objects.keys()].sort()) {
    const object = snapshot.objects.get(key);
    hash.update(`${key} ${JSON.stringify(object?.props ?? null)}\n`);
  }
  const { rows: tables } = await session.client.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        AND n.nspname <> '_migration_guard' AND c.oid <> to_regclass($1)::oid
      ORDER BY 1`,
    [table],
  );
  for (const { name } of tables) {
    const { rows } = await session.client.query<{ rows: string | null }>(
      `SELECT md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS rows FROM ${name} x`,
    );
    hash.update(`rows ${name} ${rows[0]?.rows ?? ''}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
