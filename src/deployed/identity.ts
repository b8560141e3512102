import type { Client, ClientConfig } from 'pg';

/** Which server and database a connection reaches, for "is the rehearsal copy the target itself?". */
export interface DatabaseIdentity {
  /** pg_control_system().system_identifier, when the role may call it. */
  system?: string;
  databaseOid: string;
  database: string;
}

export async function readIdentity(client: Client): Promise<DatabaseIdentity> {
  const { rows } = await client.query<{ system: string | null; oid: string; database: string }>(`
    SELECT CASE WHEN has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')
                THEN (SELECT system_identifier::text FROM pg_control_system()) END AS system,
           d.oid::text AS oid, d.datname AS database
    FROM pg_database d WHERE d.datname = current_database()`);
  return { system: rows[0].system ?? undefined, databaseOid: rows[0].oid, database: rows[0].database };
}

/** localhost, 127.0.0.1, ::1 and a Unix socket directory all name this machine. */
function hostKey(host: string | undefined): string {
  const h = (host ?? '')
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === '' || h === 'localhost' || h === '::1' || /^127\./.test(h) || h.startsWith('/')) return 'this machine';
  return h;
}

/** Same host (after normalising the spellings of this machine), port and database. */
export function sameAddress(a: ClientConfig, b: ClientConfig): boolean {
  const port = (c: ClientConfig) => c.port ?? 5432;
  const database = (c: ClientConfig) => c.database ?? c.user ?? '';
  return hostKey(a.host) === hostKey(b.host) && port(a) === port(b) && database(a) === database(b);
}

/** The same cluster (system identifier) and the same database in it (OID). */
export function sameDatabase(a: DatabaseIdentity, b: DatabaseIdentity): boolean {
  return a.system !== undefined && a.system === b.system && a.databaseOid === b.databaseOid;
}
