import type { Client } from 'pg';
import { takeSnapshot, type Snapshot } from './snapshot';

/** A database's schema as the engine reads it, with what the comparison needs to ignore the noise. */
export interface CatalogRead {
  snapshot: Snapshot;
  /** Roles that own objects in the database's own schemas (and the session's role): their names are not schema. */
  owners: string[];
  /** server_version_num, e.g. 150004. */
  versionNum: number;
}

/** Roles owning something in a user schema; a managed platform's `<db>_owner` differs from the scratch server's postgres. */
const OWNERS = /* sql */ `
SELECT DISTINCT pg_get_userbyid(o) AS name FROM (
  SELECT relowner AS o FROM pg_class WHERE relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname !~ '^(pg_|information_schema)')
  UNION SELECT proowner FROM pg_proc WHERE pronamespace IN (SELECT oid FROM pg_namespace WHERE nspname !~ '^(pg_|information_schema)')
  UNION SELECT typowner FROM pg_type WHERE typnamespace IN (SELECT oid FROM pg_namespace WHERE nspname !~ '^(pg_|information_schema)')
  UNION SELECT nspowner FROM pg_namespace WHERE nspname !~ '^(pg_|information_schema)'
  UNION SELECT datdba FROM pg_database WHERE datname = current_database()
  UNION SELECT oid FROM pg_roles WHERE rolname = current_user
) x`;

/**
 * Reads the schema with the engine's own snapshot query (a plain SELECT over the catalogs; roles left out, since they are
 * cluster-wide) and the owners' names. The caller decides the transaction: on a deployed database, a read-only one.
 */
export async function readCatalog(client: Client, bookkeepingTable: string): Promise<CatalogRead> {
  const snapshot = await takeSnapshot(client, { bookkeepingTable, includeRoles: false });
  const { rows } = await client.query<{ name: string }>(OWNERS);
  const version = await client.query<{ num: string }>("SELECT current_setting('server_version_num') AS num");
  return { snapshot, owners: rows.map((r) => r.name), versionNum: Number(version.rows[0].num) };
}
