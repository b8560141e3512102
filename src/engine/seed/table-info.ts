import type { Client } from 'pg';
import { prepared } from './session-functions';
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

/**
 * The existing tables a migration names (partitions as their root table),
 * or every user table when the names are unknown, plus the tables their
 * foreign keys point to, transitively. Never the version table, migration-guard's
 * own schema, system or extension tables.
 */
const TABLES_QUERY = /* sql */ `
WITH RECURSIVE
named AS (
  SELECT coalesce(pg_partition_root(r), r) AS oid FROM (
    SELECT to_regclass(CASE WHEN x.s IS NULL THEN quote_ident(x.n) ELSE quote_ident(x.s) || '.' || quote_ident(x.n) END)::oid AS r
    FROM unnest($1::text[], $2::text[]) AS x(s, n)) y
  WHERE r IS NOT NULL
  UNION SELECT oid FROM pg_class WHERE $3 AND relkind IN ('r', 'p') AND NOT relispartition
),
closure(oid, touched) AS (
  SELECT oid, true FROM named
  UNION SELECT coalesce(pg_partition_root(con.confrelid), con.confrelid), false FROM closure JOIN pg_constraint con ON con.conrelid = closure.oid AND con.contype = 'f'
),
tables AS (SELECT oid, bool_or(touched) AS touched FROM closure GROUP BY oid)
SELECT c.oid::int8 AS oid, format('%I.%I', n.nspname, c.relname) AS name, tables.touched,
  (SELECT coalesce(json_agg(json_build_object(
      'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'typeOid', a.atttypid::int8, 'notNull', a.attnotnull,
      'auto', a.attidentity <> '' OR a.attgenerated <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false),
      'unique', EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisunique AND a.attnum = ANY (i.indkey)))
    ORDER BY a.attnum), '[]')
   FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
  (SELECT coalesce(json_agg(a.attname ORDER BY a.attnum), '[]') FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
   WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key,
  (SELECT coalesce(json_agg(json_build_object(
      'columns', (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(num, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num),
      'parent', format('%I.%I', pn.nspname, pc.relname), 'parentOid', coalesce(pg_partition_root(con.confrelid), con.confrelid)::int8,
      'parentColumns', (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(num, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num))), '[]')
   FROM pg_constraint con JOIN pg_class pc ON pc.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
   WHERE con.conrelid = c.oid AND con.contype = 'f' AND con.conparentid = 0) AS foreign_keys
FROM tables JOIN pg_class c ON c.oid = tables.oid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND n.nspname !~ '^pg_(toast|temp_)'
  AND c.oid IS DISTINCT FROM to_regclass($4)::oid
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 2`;

/** Reads the tables a migration touches and what seeding them needs; `names` undefined means every table. */
export async function readTables(client: Client, names: TableName[] | undefined, versionTable: string): Promise<TableInfo[]> {
  const list = names ?? [];
  const { rows } = await prepared(client, 'mg_seed_tables', TABLES_QUERY, [
    list.map((t) => t.schema ?? null),
    list.map((t) => t.name),
    names === undefined,
    versionTable,
  ]);
  return rows.map((r) => ({
    oid: Number(r.oid),
    name: r.name as string,
    touched: r.touched as boolean,
    columns: r.columns as ColumnInfo[],
    primaryKey: r.primary_key as string[],
    foreignKeys: r.foreign_keys as ForeignKey[],
  }));
}
