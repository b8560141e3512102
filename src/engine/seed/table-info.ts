import type { Client } from 'pg';
import { collectRows, MAX_ROWS, type RowSnapshot } from './row-snapshot';
import { prepared, withSessionFunctions } from './session-functions';
import type { TableName } from './touched';

export interface ColumnInfo {
  name: string;
  /** format_type with the modifier, e.g. `character varying(80)`. */
  type: string;
  typeOid: number;
  notNull: boolean;
  /** Identity, generated, or a serial's nextval default: PostgreSQL fills it. */
  auto: boolean;
  /** Part of a unique index or primary key: rows need distinct values. */
  unique: boolean;
}

export interface ForeignKey {
  columns: string[];
  parent: string;
  parentOid: number;
  parentColumns: string[];
}

export interface TableInfo {
  oid: number;
  /** Qualified and quoted, as format('%I.%I') prints it. */
  name: string;
  /** Named by the migration (the others are parents its foreign keys need). */
  touched: boolean;
  columns: ColumnInfo[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** A table's rows in the engine's catalog (CatalogTracker.fingerprint), by oid; undefined when it does not know the table. */
export type TableFingerprint = (oid: number) => string | undefined;

type Details = Pick<TableInfo, 'columns' | 'primaryKey' | 'foreignKeys'>;

/**
 * Details read before, reused while the catalog shows the table unchanged: a table that must be seeded needs the
 * details of its whole foreign-key closure (tens of tables in a long chain), and most of them have not changed
 * since the last time. Valid for one session (oids are those of one scratch database) and one search_path (type
 * names are printed as it makes them visible).
 */
export class TableDetailsCache {
  private client?: Client;
  private readonly byOid = new Map<number, { fingerprint: string; details: Details }>();

  /** The cached details still valid now; `fingerprint` undefined (the catalog is not current) reuses nothing. */
  fresh(client: Client, fingerprint: TableFingerprint | undefined, searchPath: string): Map<number, Details> {
    if (client !== this.client) {
      this.byOid.clear();
      this.client = client;
    }
    const out = new Map<number, Details>();
    if (!fingerprint) return out;
    for (const [oid, entry] of this.byOid) if (entry.fingerprint === `${searchPath}\n${fingerprint(oid) ?? ''}`) out.set(oid, entry.details);
    return out;
  }

  remember(tables: TableInfo[], fingerprint: TableFingerprint | undefined, searchPath: string): void {
    if (!fingerprint) return;
    for (const t of tables) {
      const rows = fingerprint(t.oid);
      if (rows === undefined) this.byOid.delete(t.oid);
      else
        this.byOid.set(t.oid, {
          fingerprint: `${searchPath}\n${rows}`,
          details: { columns: t.columns, primaryKey: t.primaryKey, foreignKeys: t.foreignKeys },
        });
    }
  }
}

/**
 * Reads the tables a migration touches and what seeding them needs, every one in detail; `names` undefined means
 * every table. `reuse`: details the caller has for some of them (not read again).
 */
export async function readTables(
  client: Client,
  names: TableName[] | undefined,
  versionTable: string,
  reuse: Map<number, Details> = new Map(),
): Promise<TableInfo[]> {
  const { rows } = await withSessionFunctions(client, () =>
    prepared(client, 'mg_seed_tables', 'SELECT * FROM pg_temp.mg_seed_tables($1, $2, $3, $4, true, $5)', [
      ...tableParameters(names, versionTable),
      [...reuse.keys()],
    ]),
  );
  return rows.map((r) => ({ ...tableInfo(r), ...(r.columns === null ? reuse.get(Number(r.oid)) : undefined) }));
}

/** What one round trip before the up tells: the touched tables (details) and their rows. */
export interface TouchedTables {
  touched: TableInfo[];
  rows: RowSnapshot;
  /** The session's search_path (the details' type names depend on it). */
  searchPath: string;
  /** Event triggers of the migrations' own exist: DDL may then run any code, rows included. */
  eventTriggers: boolean;
}

/**
 * The same tables, with details for the touched ones only, and their rows: one round trip where several queries
 * were (each round trip costs about as much as the catalog work).
 */
const TOUCHED_AND_ROWS = /* sql */ `
WITH t AS MATERIALIZED (SELECT * FROM pg_temp.mg_seed_tables($1, $2, $3, $4, false, '{}'))
SELECT 't' AS part, t.oid, t.name, t.touched, t.detailed, t.columns, t.primary_key, t.foreign_keys, NULL::text AS tbl, NULL::text AS row_values,
  NULL::boolean AS present FROM t
UNION ALL SELECT 'r', NULL, NULL, NULL, NULL, NULL, NULL, NULL, r.tbl, r.row_values, r.present
  FROM pg_temp.mg_seed_rows(ARRAY(SELECT t.name FROM t WHERE t.detailed), $5) r
UNION ALL SELECT 's', NULL, current_setting('search_path'), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
UNION ALL SELECT 'e', NULL, NULL, EXISTS (SELECT FROM pg_event_trigger WHERE evtname NOT LIKE '\\_migration\\_guard\\_%'), NULL, NULL, NULL, NULL, NULL, NULL, NULL`;

/**
 * Without the parents: they matter only when a touched table gets rows (its foreign keys need theirs), and following
 * a long chain of foreign keys and checking each parent for rows was most of this read's cost (readTables and
 * emptyTables ask when a table must be seeded).
 */
export async function readTouchedTables(client: Client, names: TableName[] | undefined, versionTable: string): Promise<TouchedTables> {
  const { rows } = await withSessionFunctions(client, () =>
    prepared(client, 'mg_seed_touched', TOUCHED_AND_ROWS, [...tableParameters(names, versionTable), MAX_ROWS + 1]),
  );
  const tables = rows.filter((r) => r.part === 't');
  const snapshot = collectRows(rows.filter((r) => r.part === 'r'));
  return {
    touched: tables.filter((r) => r.detailed).map(tableInfo),
    rows: snapshot,
    searchPath: (rows.find((r) => r.part === 's')?.name as string | undefined) ?? '',
    eventTriggers: rows.find((r) => r.part === 'e')?.touched !== false,
  };
}

/** Which of `tables` (qualified, quoted names) hold no row. */
export async function emptyTables(client: Client, tables: string[]): Promise<Set<string>> {
  if (tables.length === 0) return new Set();
  const { rows } = await withSessionFunctions(client, () => client.query<{ t: string }>('SELECT t FROM pg_temp.mg_seed_empty($1) t', [tables]));
  return new Set(rows.map((r) => r.t));
}

function tableParameters(names: TableName[] | undefined, versionTable: string): unknown[] {
  const list = names ?? [];
  return [list.map((t) => t.schema ?? null), list.map((t) => t.name), names === undefined, versionTable];
}

function tableInfo(r: Record<string, unknown>): TableInfo {
  return {
    oid: Number(r.oid),
    name: r.name as string,
    touched: r.touched as boolean,
    columns: r.columns as ColumnInfo[],
    primaryKey: r.primary_key as string[],
    foreignKeys: r.foreign_keys as ForeignKey[],
  };
}
