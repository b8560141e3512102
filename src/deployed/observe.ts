import type { Client } from 'pg';

/** A table that existed before a step, as the second connection sees it. */
export interface TableInfo {
  oid: number;
  name: string;
  relfilenode: string;
  bytes: number;
}

export interface TableStats {
  inserted: number;
  updated: number;
  deleted: number;
  seqScans: number;
}

/** A lock the migration's backend held on an existing table, seen by polling pg_locks. */
export interface LockSeen {
  table: string;
  mode: string;
  /** From the first to the last poll that saw it (the real hold may be up to one poll interval longer). */
  ms: number;
}

export const POLL_MS = 2;

/** User tables (plain and partitioned) of the copy, the version table left out. */
export async function existingTables(monitor: Client, versionTable: string): Promise<TableInfo[]> {
  const { rows } = await monitor.query<{ oid: number; name: string; relfilenode: string; bytes: string }>(
    `
    SELECT c.oid::int AS oid, format('%I.%I', n.nspname, c.relname) AS name, c.relfilenode::text AS relfilenode,
           pg_total_relation_size(c.oid)::text AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname !~ '^(pg_|information_schema$|_migration_guard$)'
      AND c.oid IS DISTINCT FROM to_regclass($1)::oid ORDER BY 2`,
    [versionTable],
  );
  return rows.map((r) => ({ ...r, bytes: Number(r.bytes) }));
}

/** Row counts and an ordered hash of each table's rows (as jsonb, so that column order does not count). */
export async function rowFingerprints(monitor: Client, tables: TableInfo[]): Promise<Map<string, { rows: number; hash: string }>> {
  const result = new Map<string, { rows: number; hash: string }>();
  for (const t of tables) {
    const { rows } = await monitor.query<{ n: string; h: string | null }>(
      `SELECT count(*)::text AS n, md5(string_agg(x.h, '' ORDER BY x.h)) AS h FROM (SELECT md5(to_jsonb(t)::text) AS h FROM ${t.name} t) x`,
    );
    result.set(t.name, { rows: Number(rows[0].n), hash: rows[0].h ?? '' });
  }
  return result;
}

export async function tableStats(monitor: Client, oids: number[]): Promise<Map<number, TableStats>> {
  await monitor.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await monitor.query<{ relid: number; i: string; u: string; d: string; s: string }>(
    `
    SELECT relid::int AS relid, n_tup_ins::text AS i, (n_tup_upd)::text AS u, n_tup_del::text AS d, coalesce(seq_scan, 0)::text AS s
    FROM pg_stat_user_tables WHERE relid = ANY($1::oid[])`,
    [oids],
  );
  return new Map(rows.map((r) => [r.relid, { inserted: Number(r.i), updated: Number(r.u), deleted: Number(r.d), seqScans: Number(r.s) }]));
}

/** Current relfilenodes: a new one after a step means the table was rewritten. */
export async function fileNodes(monitor: Client, oids: number[]): Promise<Map<number, string>> {
  const { rows } = await monitor.query<{ oid: number; f: string }>(
    'SELECT oid::int AS oid, relfilenode::text AS f FROM pg_class WHERE oid = ANY($1::oid[])',
    [oids],
  );
  return new Map(rows.map((r) => [r.oid, r.f]));
}

/**
 * Runs `work` while a second connection polls pg_locks for the relation locks `pid` holds on `tables`, and returns how
 * long each (table, mode) was seen held. A lock held for less than one poll may be missed.
 */
export async function watchLocks<T>(
  monitor: Client,
  pid: number,
  tables: TableInfo[],
  work: () => Promise<T>,
): Promise<{ result: T; locks: LockSeen[] }> {
  const names = new Map(tables.map((t) => [t.oid, t.name]));
  const seen = new Map<string, { table: string; mode: string; first: number; last: number }>();
  let running = true;
  const poll = (async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the finally below sets it to false while the loop awaits
    while (running) {
      const now = performance.now();
      const { rows } = await monitor.query<{ relation: number; mode: string }>(
        "SELECT relation::int AS relation, mode FROM pg_locks WHERE pid = $1 AND locktype = 'relation' AND granted AND relation = ANY($2::oid[])",
        [pid, [...names.keys()]],
      );
      for (const r of rows) {
        const key = `${r.relation} ${r.mode}`;
        const s = seen.get(key);
        if (s) s.last = now;
        else seen.set(key, { table: names.get(r.relation) ?? String(r.relation), mode: r.mode, first: now, last: now });
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  try {
    const result = await work();
    return { result, locks: [...seen.values()].map((s) => ({ table: s.table, mode: s.mode, ms: Math.max(POLL_MS, s.last - s.first) })) };
  } finally {
    running = false;
    await poll.catch(() => undefined);
  }
}

/** What a lock mode stops other sessions from doing. */
export function blocks(mode: string): string {
  switch (mode) {
    case 'AccessExclusiveLock':
      return 'reads and writes';
    case 'ExclusiveLock':
    case 'ShareRowExclusiveLock':
    case 'ShareLock':
      return 'writes';
    case 'ShareUpdateExclusiveLock':
      return 'other schema changes and VACUUM';
    default:
      return 'schema changes only';
  }
}

/** Locks that stop ordinary reads or writes: the ones a long hold turns into an outage. */
export function blocksTraffic(mode: string): boolean {
  return ['AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock'].includes(mode);
}
