import type { Client } from 'pg';
import type { Candidates } from './candidates';
import { quoteIdent } from './session-functions';
import type { ColumnInfo, ForeignKey, TableInfo } from './table-info';

/**
 * The rows every seeded table gets, each with a purpose:
 *   typical   ordinary values;
 *   extreme   long text, the largest numbers, the latest dates;
 *   nulls     NULL in every nullable column;
 *   duplicate the typical row's values again in every column that is not unique;
 *   small     empty strings, the most negative numbers, the earliest dates.
 * A row the table refuses (CHECK, unique, trigger) is tried again with other
 * candidates a few times, then left out.
 */
const ROLES = ['typical', 'extreme', 'nulls', 'duplicate', 'small'] as const;
type Role = (typeof ROLES)[number];
const ATTEMPTS = 4;

export interface SeedResult {
  inserted: number;
  /** Why no row could be inserted (when inserted is 0). */
  reason?: string;
}

/** Parent key values per foreign key, as text, read after the parents were seeded. */
export type ParentKeys = Map<ForeignKey, (string | null)[][]>;

export async function insertRows(client: Client, table: TableInfo, values: Map<string, Candidates>, parents: ParentKeys): Promise<SeedResult> {
  const fkOf = new Map<string, { fk: ForeignKey; index: number }>();
  for (const fk of table.foreignKeys) fk.columns.forEach((c, index) => fkOf.set(c, { fk, index }));
  const columns = table.columns.filter((c) => !c.auto);
  // A NOT NULL column nothing can fill: say so without trying.
  for (const c of columns) {
    const fk = fkOf.get(c.name);
    if (c.notNull && fk && (parents.get(fk.fk)?.length ?? 0) === 0) {
      return { inserted: 0, reason: `its NOT NULL column ${c.name} references ${fk.fk.parent}, which has no rows` };
    }
    const v = values.get(c.type);
    if (c.notNull && !fk && (!v || v.typical.length + v.extreme.length + v.small.length === 0)) {
      return { inserted: 0, reason: `no value of type ${c.type} for its NOT NULL column ${c.name} could be made from text` };
    }
  }
  // Columns of one type (starts/ends) get different typical values, so that a CHECK comparing them can hold.
  const sameType = columns.map((c, i) => columns.slice(0, i).filter((o) => o.type === c.type).length);
  const shared = new Set(columns.filter((_, i) => sameType[i] > 0).map((c) => c.type));
  let inserted = 0;
  let firstError: string | undefined;
  for (const [r, role] of ROLES.entries()) {
    // When the typical row fails every attempt, the others get one try each: the table likely refuses everything.
    const attempts = inserted === 0 && r > 0 && firstError ? 1 : ATTEMPTS;
    for (let k = 0; k < attempts; k++) {
      const row = columns.map((c, i) =>
        valueFor(c, { position: i, sameType: sameType[i], shared: shared.has(c.type) }, r, role, k, values.get(c.type), fkOf.get(c.name), parents),
      );
      const sql =
        columns.length === 0
          ? `INSERT INTO ${table.name} DEFAULT VALUES`
          : `INSERT INTO ${table.name} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) VALUES (${columns.map((c, i) => `$${i + 1}::${c.type}`).join(', ')})`;
      try {
        // Autocommit: a refused row rolls back alone, as under a SAVEPOINT.
        await client.query(sql, columns.length === 0 ? [] : row);
        inserted++;
        break;
      } catch (error) {
        firstError ??= (error as Error).message;
      }
    }
  }
  return inserted > 0 ? { inserted } : { inserted, reason: `every generated row was refused: ${firstError ?? 'unknown error'}` };
}

/** Where a column sits: its index, how many earlier columns share its type, whether any other column does. */
interface Place {
  position: number;
  sameType: number;
  shared: boolean;
}

function valueFor(
  c: ColumnInfo,
  { position, sameType, shared }: Place,
  r: number,
  role: Role,
  attempt: number,
  v: Candidates | undefined,
  fk: { fk: ForeignKey; index: number } | undefined,
  parents: ParentKeys,
): string | null {
  if (role === 'nulls' && !c.notNull && attempt < 2) return null;
  if (fk) {
    const keys = parents.get(fk.fk) ?? [];
    if (keys.length === 0) return null;
    // The duplicate row points at the typical row's parent; the others spread over the parents.
    const pick = role === 'duplicate' && !c.unique ? 0 : r + attempt;
    return keys[pick % keys.length][fk.index];
  }
  if (!v) return null;
  const all = [...v.typical, ...v.extreme, ...v.small];
  if (all.length === 0) return null;
  const pool = v.typical.length ? v.typical : all;
  // Second try: the role's values stay, except in columns that share a type (start < end): ascending typical values there.
  if (attempt === 1 && shared) return pool[(sameType + r) % pool.length];
  if (attempt > 1) {
    // Other combinations: shift by the column's position, so that columns compared by a CHECK differ.
    return pool[(attempt - 2 + position + (c.unique ? r : 0)) % pool.length];
  }
  // Unique columns: a different value in every row; the others repeat the typical value (duplicates).
  const t = (i: number) => v.typical[i + sameType] ?? all[(r + i + sameType) % all.length];
  switch (role) {
    case 'extreme':
      return v.extreme[0] ?? t(1);
    case 'small':
      return v.small[0] ?? t(4);
    case 'nulls':
      return c.unique ? t(2) : t(0);
    case 'duplicate':
      return c.unique ? t(3) : t(0);
    default:
      return t(0);
  }
}
