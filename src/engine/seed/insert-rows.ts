import type { Client } from 'pg';
import type { Candidates } from './candidates';
import type { SeedConnection } from './seed-connection';
import { quoteIdent } from './session-functions';
import type { ColumnInfo, ForeignKey, TableInfo } from './table-info';

/**
 * The rows every seeded table gets, each with a purpose:
 *   typical   ordinary values;
 *   extreme   long text, the largest numbers, the latest dates;
 *   nulls     NULL in every nullable column;
 *   duplicate the typical row's values again in every column that is not unique;
 *   small     empty strings, the smallest numbers, the earliest dates.
 * A row the table refuses (CHECK, unique, trigger) is tried again with other
 * candidates a few times, then left out (mg-seed-insert.sql, one call per table).
 */
const ROLES = ['typical', 'extreme', 'nulls', 'duplicate', 'small'] as const;
type Role = (typeof ROLES)[number];
const ATTEMPTS = 4;

export interface SeedResult {
  inserted: number;
  /** Why no row could be inserted (when inserted is 0). */
  reason?: string;
}

/**
 * A parent's rows, as text, read after the parents were seeded: per row, the foreign key's columns, then the
 * parent's values of `carried` (child columns of the same name, such as tenant_id: a child takes its parent's).
 */
export interface ParentRows {
  rows: (string | null)[][];
  carried: string[];
}
export type ParentKeys = Map<ForeignKey, ParentRows>;

/** A column's candidates (its type's, or those its name hints at) and whether every row needs its own value. */
export type ColumnValues = (c: ColumnInfo) => { values: Candidates | undefined; distinct: boolean };

/** Where a column's value comes from when a parent gives it: the foreign key and the index in its parent rows. */
interface FromParent {
  fk: ForeignKey;
  index: number;
  /** A column of the key is unique: every row needs its own parent row (even the duplicate row). */
  unique: boolean;
}

export async function insertRows(
  seeding: SeedConnection,
  client: Client,
  table: TableInfo,
  valuesOf: ColumnValues,
  parents: ParentKeys,
): Promise<SeedResult> {
  const fromParent = parentColumns(table, parents);
  const columns = table.columns.filter((c) => !c.auto);
  // A NOT NULL column nothing can fill: say so without trying.
  for (const c of columns) {
    const p = fromParent.get(c.name);
    if (c.notNull && p && p.index < p.fk.columns.length && (parents.get(p.fk)?.rows.length ?? 0) === 0) {
      return { inserted: 0, reason: `its NOT NULL column ${c.name} references ${p.fk.parent}, which has no rows` };
    }
    const v = valuesOf(c).values;
    if (c.notNull && !p && (!v || v.typical.length + v.extreme.length + v.small.length === 0)) {
      return { inserted: 0, reason: `no value of type ${c.type} for its NOT NULL column ${c.name} could be made from text` };
    }
  }
  // Columns of one type (starts/ends) get different typical values, so that a CHECK comparing them can hold.
  const sameType = columns.map((c, i) => columns.slice(0, i).filter((o) => o.type === c.type).length);
  const shared = new Set(columns.filter((_, i) => sameType[i] > 0).map((c) => c.type));
  const roles = ROLES.map((role, r) =>
    Array.from({ length: ATTEMPTS }, (_, k) =>
      columns.map((c, i) => {
        const { values, distinct } = valuesOf(c);
        const place = { position: i, sameType: sameType[i], shared: shared.has(c.type), unique: c.unique || distinct };
        const parent = fromParent.get(c.name);
        return parent ? parentValue(parent, parents, role, r, k, c, values, place) : valueFor(c, place, r, role, k, values);
      }),
    ),
  );
  const { rows } = await seeding.run(client, () =>
    client.query<{ inserted: number; first_error: string | null; changed: boolean }>('SELECT * FROM pg_temp.mg_seed_insert($1, $2, $3, $4)', [
      table.name,
      columns.map((c) => c.name),
      columns.map((c) => c.type),
      JSON.stringify(roles),
    ]),
  );
  const { inserted, first_error: firstError, changed } = rows[0];
  if (changed) return { inserted: 0, reason: 'its rows fired code that created, changed or dropped schema objects; seeding rolled them back' };
  return inserted > 0 ? { inserted } : { inserted, reason: `every generated row was refused: ${firstError ?? 'unknown error'}` };
}

/**
 * The columns a parent gives: those of a foreign key (the larger key wins where keys overlap), then, through each
 * foreign key, the child's columns named like a tenant or namespace key that the parent has too (a child row and its
 * parent never belong to different tenants), unless the column is part of a composite key already.
 */
function parentColumns(table: TableInfo, parents: ParentKeys): Map<string, FromParent> {
  const out = new Map<string, FromParent>();
  const unique = (fk: ForeignKey) => fk.columns.some((name) => table.columns.some((c) => c.name === name && c.unique));
  const bySize = [...table.foreignKeys].sort((a, b) => a.columns.length - b.columns.length);
  for (const fk of bySize) fk.columns.forEach((c, index) => out.set(c, { fk, index, unique: unique(fk) }));
  for (const fk of table.foreignKeys) {
    // A parent without rows gives nothing: the column keeps its own key (or its type's values).
    const given = parents.get(fk);
    const carried = given && given.rows.length > 0 ? given.carried : [];
    carried.forEach((c, i) => {
      const current = out.get(c);
      if (!current || (current.fk.columns.length === 1 && current.fk !== fk)) out.set(c, { fk, index: fk.columns.length + i, unique: unique(fk) });
    });
  }
  return out;
}

/** Where a column sits: its index, how many earlier columns share its type, whether any other column does, whether rows need their own value. */
interface Place {
  position: number;
  sameType: number;
  shared: boolean;
  unique: boolean;
}

/** One parent row per row: the duplicate row points at the typical row's parent; the others spread over the parents. */
function parentValue(
  p: FromParent,
  parents: ParentKeys,
  role: Role,
  r: number,
  attempt: number,
  c: ColumnInfo,
  values: Candidates | undefined,
  place: Place,
): string | null {
  const rows = parents.get(p.fk)?.rows ?? [];
  const isKey = p.index < p.fk.columns.length;
  if (rows.length === 0) return isKey ? null : valueFor(c, place, r, role, attempt, values);
  if (isKey && role === 'nulls' && !c.notNull && attempt < 2) return null;
  const pick = role === 'duplicate' && !p.unique ? 0 : r + attempt;
  return rows[pick % rows.length][p.index];
}

function valueFor(
  c: ColumnInfo,
  { position, sameType, shared, unique }: Place,
  r: number,
  role: Role,
  attempt: number,
  v: Candidates | undefined,
): string | null {
  if (role === 'nulls' && !c.notNull && attempt < 2) return null;
  if (!v) return null;
  const all = [...v.typical, ...v.extreme, ...v.small];
  if (all.length === 0) return null;
  const pool = v.typical.length ? v.typical : all;
  // Second try: the role's values stay, except in columns that share a type (start < end): ascending typical values there.
  if (attempt === 1 && shared) return pool[(sameType + r) % pool.length];
  if (attempt > 1) {
    // Other combinations: shift by the column's position, so that columns compared by a CHECK differ.
    return pool[(attempt - 2 + position + (unique ? r : 0)) % pool.length];
  }
  // Unique columns: a different value in every row; the others repeat the typical value (duplicates).
  const t = (i: number) => v.typical[i + sameType] ?? all[(r + i + sameType) % all.length];
  switch (role) {
    case 'extreme':
      return v.extreme[0] ?? t(1);
    case 'small':
      return v.small[0] ?? t(4);
    case 'nulls':
      return unique ? t(2) : t(0);
    case 'duplicate':
      return unique ? t(3) : t(0);
    default:
      return t(0);
  }
}

/** Reads up to five rows of a foreign key's parent: the key's columns, then `carried`. */
export async function parentRows(client: Client, fk: ForeignKey, carried: string[]): Promise<ParentRows> {
  const keys = fk.parentColumns.map(quoteIdent);
  const all = [...keys, ...carried.map(quoteIdent)];
  const { rows } = await client.query({
    text: `SELECT ${all.map((c) => `${c}::text`).join(', ')} FROM ${fk.parent} WHERE ${keys.map((c) => `${c} IS NOT NULL`).join(' AND ')} ORDER BY ${keys.map((_, i) => i + 1).join(', ')} LIMIT 5`,
    rowMode: 'array',
  });
  return { rows: rows as (string | null)[][], carried };
}
