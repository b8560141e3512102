import { sqlFile } from '../sql/files';

/**
 * One query over the catalogs, one row per user object:
 *   kind, name (qualified, quoted as PostgreSQL prints it), props (what a
 *   person would call its definition), ref and parent_ref (catalog/oid[/sub],
 *   only used to report a dropped table once rather than once per column).
 * OIDs never enter the comparison: a re-created object compares equal.
 * Excluded: system schemas, objects belonging to extensions (the extension is
 * listed instead), and golang-migrate's bookkeeping table ($1).
 * $2 says whether to include roles, which are cluster-wide: on a shared server
 * (url) other sessions may change them; owners are compared only with roles. $3 limits the rows to objects (refs
 * such as pg_class/16384) and their children; NULL means everything.
 * migration-guard's own change tracking (schema _migration_guard, event triggers _migration_guard_*) is not listed.
 *
 * The query is composed from .sql files in snapshot-sql/: a branch per kind of object (branches/, in the order below),
 * each declaring its scope, and the sources the branches read (sources/). The same branches serve a full read (every
 * object) and a scoped one (the objects some steps touched, and their children: see scopedParts); what differs is only
 * where the rows come from (ROWS).
 */
const BRANCHES = [
  'schemas',
  'tables',
  'columns',
  'column-order',
  'constraints',
  'indexes',
  'sequences',
  'views',
  'functions',
  'triggers',
  'event-triggers',
  'types',
  'extensions',
  'policies',
  'rules',
  'statistics',
  'comments',
  'other-objects',
  'roles',
];

/** Rows of the kinds that DDL event triggers never report (global roles, event triggers): re-read after every step. */
export const ALWAYS_REREAD = ['role', 'event trigger'];

/**
 * Which touched objects a branch can return rows for: those of some catalogs (`pg_class/...` refs and the like), any
 * touched object, or always (kinds that DDL event triggers never report). A branch declares it in its file
 * (`-- scope: pg_class`); `none`: only in a full read (a touched schema reads everything).
 */
export type PartScope = { catalogs: string[] } | 'any' | 'always';

interface Branch {
  name: string;
  scope: PartScope | 'none';
  sql: string;
}

const file = (name: string) => sqlFile(`catalog/snapshot-sql/${name}.sql`);

function readBranch(name: string): Branch {
  const sql = file(`branches/${name}`);
  const declared = /^-- scope: (.+)$/m.exec(sql)?.[1].trim();
  if (!declared) throw new Error(`internal error: snapshot-sql/branches/${name}.sql declares no scope (a line "-- scope: ...")`);
  const scope = declared === 'none' || declared === 'any' || declared === 'always' ? declared : { catalogs: declared.split(/,\s*/) };
  return { name, scope, sql };
}

/**
 * Where the branches' rows come from. A scoped read (changes()) reads only the objects in scope (CTE `scope`), each
 * looked up by oid or filtered by it. A full read is the same with $3, the scope, NULL: every row, plus (UNION ALL, or
 * OR for a filter) those in scope, none. That second arm returns nothing, but it is the shape the full read's plans
 * were measured with: without it the planner's estimates for rel change, and at 600 tables it picks hash joins that
 * made the full read half as slow again.
 */
type Rows = { name: string; catalog: string; lookUp: () => string } | { name: string; from: () => string; filter: string };

const byOid = (catalog: string) => () =>
  `SELECT x.* FROM scope s CROSS JOIN LATERAL (SELECT * FROM ${catalog} x WHERE x.oid = s.oid OFFSET 0) x WHERE s.cat = '${catalog}'`;
const ROWS: Rows[] = [
  { name: 'class_rows', catalog: 'pg_class', lookUp: () => file('sources/relations-in-scope') },
  { name: 'proc_rows', catalog: 'pg_proc', lookUp: byOid('pg_proc') },
  { name: 'type_rows', catalog: 'pg_type', lookUp: byOid('pg_type') },
  { name: 'extension_rows', from: () => 'pg_extension', filter: "o.oid IN (SELECT oid FROM scope WHERE cat = 'pg_extension')" },
  {
    name: 'description_rows',
    catalog: 'pg_description',
    lookUp: () =>
      'SELECT x.* FROM scope s CROSS JOIN LATERAL (SELECT * FROM pg_description x WHERE x.objoid = s.oid AND x.classoid = s.cat::regclass OFFSET 0) x',
  },
  {
    name: 'other_rows',
    from: () => `(\n${file('sources/other-objects')}\n)`,
    filter: '(o.oid, o.cls::oid) IN (SELECT oid, cat::regclass::oid FROM scope)',
  },
];

function rowsSql(rows: Rows, scopedOnly: boolean): string {
  if ('lookUp' in rows) return scopedOnly ? rows.lookUp() : `SELECT * FROM ${rows.catalog} WHERE $3::text[] IS NULL\nUNION ALL\n${rows.lookUp()}`;
  return `SELECT o.* FROM ${rows.from()} o WHERE ${scopedOnly ? '' : '$3::text[] IS NULL OR '}${rows.filter}`;
}

const cte = (name: string, sql: string) => `${name} AS (\n${sql}\n)`;

/**
 * The common table expressions every branch may read: `scope` (the refs of the touched objects, from `refs`, an
 * expression for a text array), `ns` (the schemas listed), `rel` (the relations listed, from class_rows) and the
 * sources of ROWS. CTEs a branch does not read cost nothing: PostgreSQL plans only those referenced.
 */
function withClause(refs: string, scopedOnly: boolean): string {
  const ctes = [
    `scope AS (SELECT split_part(r, '/', 1) AS cat, split_part(r, '/', 2)::oid AS oid FROM unnest(${refs}) r)`,
    cte('ns', file('sources/namespaces')),
  ];
  for (const rows of ROWS) {
    ctes.push(cte(rows.name, rowsSql(rows, scopedOnly)));
    if (rows.name === 'class_rows') ctes.push(cte('rel', file('sources/relations')));
  }
  return `WITH\n${ctes.join(',\n')}`;
}

const UNION = '\n\nUNION ALL\n';

let full: string | undefined;

/**
 * The whole catalog's rows: $1 the bookkeeping table, $2 whether to include roles, $3 NULL (or refs such as
 * pg_class/16384: the rows of those objects and their children, as the scoped read returns them).
 */
export function snapshotQuery(): string {
  full ??= `${withClause('$3::text[]', false)}\n${BRANCHES.map(readBranch)
    .map((b) => b.sql)
    .join(UNION)}`;
  return full;
}

/** A part of the scoped read: its branches that read the same scope, as one query with the shared CTEs. */
export interface ScopedPart {
  scope: PartScope;
  sql: string;
}

/**
 * The scoped read cut into parts by what each branch reads, so that a read runs only the parts whose catalogs the
 * steps touched: PostgreSQL initialises every node of a plan at each execution, and for the few objects a step touches
 * that start-up costs more than the lookups (the whole query's plan has several hundred nodes). `refs` is the SQL
 * expression of the touched objects' refs (a text array that is never NULL). Branches only a full read has (scope
 * `none`) are left out. The union of the parts' rows is the whole catalog's rows for those objects, as
 * test/integration/tracked-snapshots.test.ts checks against full snapshots.
 */
export function scopedParts(refs: string): ScopedPart[] {
  const parts: { scope: PartScope; branches: string[] }[] = [];
  for (const branch of BRANCHES.map(readBranch)) {
    if (branch.scope === 'none') continue;
    const same = parts.find((p) => JSON.stringify(p.scope) === JSON.stringify(branch.scope));
    if (same) same.branches.push(branch.sql);
    else parts.push({ scope: branch.scope, branches: [branch.sql] });
  }
  const ctes = withClause(refs, true);
  return parts.map((p) => ({ scope: p.scope, sql: `${ctes}\n${p.branches.join(UNION)}` }));
}

/** The names of the branch files, in the order of the full read (for tests). */
export const SNAPSHOT_BRANCHES: readonly string[] = BRANCHES;
