import type { Client } from 'pg';

/**
 * The catalog queries of the analysis pass. Each reads only the migration's
 * own backend and transaction: pg_locks of pg_backend_pid(), relfilenodes,
 * and the transaction's own scan counters (pg_stat_get_xact_numscans, which
 * may carry counts of earlier transactions: only differences are used).
 */
export interface KnownRelation {
  oid: number;
  name: string;
  /** pg_class.relkind: r, p, m (tables), i, I (indexes). */
  kind: string;
  file: number;
}

const USER_RELATIONS = `
  SELECT c.oid::bigint AS oid, format('%I.%I', n.nspname, c.relname) AS name, c.relkind::text AS kind, c.relfilenode::bigint AS file
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I')
    AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
    AND c.oid IS DISTINCT FROM pg_catalog.to_regclass($1)::oid`;

/** Every user table and index now, except the tool's version table. */
export async function userRelations(client: Client, versionTable: string): Promise<KnownRelation[]> {
  const { rows } = await client.query<{ oid: string; name: string; kind: string; file: string }>(USER_RELATIONS, [versionTable]);
  return rows.map((r) => ({ oid: Number(r.oid), name: r.name, kind: r.kind, file: Number(r.file) }));
}

/** Names as written (quoted) -> the relation each resolves to now, with the current search_path; null when none. */
export async function resolveNames(client: Client, names: string[]): Promise<Map<string, { oid: number; name: string } | undefined>> {
  const out = new Map<string, { oid: number; name: string } | undefined>();
  if (!names.length) return out;
  const { rows } = await client.query<{ written: string; oid: string | null; name: string | null }>(
    `
    SELECT q.name AS written, c.oid::bigint AS oid, CASE WHEN c.oid IS NOT NULL THEN format('%I.%I', n.nspname, c.relname) END AS name
    FROM unnest($1::text[]) AS q(name)
    LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name)
    LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace`,
    [names],
  );
  for (const r of rows) out.set(r.written, r.oid === null || r.name === null ? undefined : { oid: Number(r.oid), name: r.name });
  return out;
}

export interface ProbeResult {
  /** Granted relation locks of this backend on the known relations: oid -> modes. */
  locks: { oid: number; mode: string }[];
  /** Known relations whose relfilenode is no longer the one given (with the new one). */
  refiled: { oid: number; file: number }[];
  /** Sequential scans this transaction counted so far, per known table (only those above zero). */
  scans: { oid: number; scans: number }[];
}

/** One round trip after each statement. */
export async function probe(client: Client, oids: number[], files: number[], tables: number[]): Promise<ProbeResult> {
  const { rows } = await client.query<{ locks: unknown; refiled: unknown; scans: unknown }>(
    `
    SELECT
      (SELECT pg_catalog.json_agg(pg_catalog.json_build_object('oid', l.relation::bigint, 'mode', l.mode))
         FROM pg_catalog.pg_locks l
        WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation = ANY($1::oid[])) AS locks,
      (SELECT pg_catalog.json_agg(pg_catalog.json_build_object('oid', c.oid::bigint, 'file', c.relfilenode::bigint))
         FROM pg_catalog.pg_class c JOIN unnest($1::oid[], $2::bigint[]) AS k(oid, file) ON k.oid = c.oid
        WHERE c.relfilenode::bigint <> k.file) AS refiled,
      (SELECT pg_catalog.json_agg(pg_catalog.json_build_object('oid', t.oid::bigint, 'scans', s.n))
         FROM unnest($3::oid[]) AS t(oid), LATERAL (SELECT pg_catalog.pg_stat_get_xact_numscans(t.oid) AS n) s
        WHERE s.n > 0) AS scans`,
    [oids, files, tables],
  );
  const row = rows.at(0);
  // json_agg returns JSON numbers for bigint, so these arrive as numbers already.
  const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  return {
    locks: list<{ oid: number; mode: string }>(row?.locks),
    refiled: list<{ oid: number; file: number }>(row?.refiled),
    scans: list<{ oid: number; scans: number }>(row?.scans),
  };
}
