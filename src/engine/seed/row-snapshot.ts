import type { Client } from 'pg';
import type { Row, RowLoss } from './observations';
import { prepared, withSessionFunctions } from './session-functions';
import { clockValue, NOW } from '../../servers/clock-values';

/** Tables with more rows than this (a migration that loads data) are not compared: the point is a handful of seeded rows. */
export const MAX_ROWS = 200;

/** Rows per table (qualified, quoted name); absent: the table does not exist; undefined rows: too many to compare. */
export type RowSnapshot = Map<string, Row[] | undefined>;

export async function readRows(client: Client, tables: string[]): Promise<RowSnapshot> {
  if (tables.length === 0) return new Map();
  const { rows } = await withSessionFunctions(client, () =>
    prepared(client, 'mg_seed_rows', 'SELECT tbl, row_values, present FROM pg_temp.mg_seed_rows($1, $2)', [tables, MAX_ROWS + 1]),
  );
  return collectRows(rows);
}

/** Rows as mg_seed_rows returns them (a marker row per existing table, present true, then its rows) into a snapshot. */
export function collectRows(rows: Record<string, unknown>[]): RowSnapshot {
  const out: RowSnapshot = new Map();
  for (const r of rows) {
    const table = r.tbl as string;
    const list = out.get(table) ?? [];
    if (!r.present) list.push(r.row_values === null ? {} : (JSON.parse(r.row_values as string) as Row));
    out.set(table, list);
  }
  for (const [t, list] of out) if (list && list.length > MAX_ROWS) out.set(t, undefined);
  return out;
}

const canonical = (row: Row, columns: string[]) => JSON.stringify(columns.map((c) => row[c] ?? null));

/** A value a trigger stamped with the current time during the steps (updated_at := now()): not the migration's doing. */
function stampedNow(value: string | null, since: number): boolean {
  if (value === null || !/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(value)) return false;
  const t = Date.parse(value.replace(' ', 'T'));
  return Number.isFinite(t) && t >= since - 60_000 && t <= Date.now() + 60_000;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The milliseconds a time-ordered id carries (a ULID's first 10 characters, a version-7 UUID's first 48 bits). */
function idTime(value: string): number | undefined {
  if (/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/.test(value))
    return value
      .slice(0, 10)
      .split('')
      .reduce((t, c) => t * 32 + CROCKFORD.indexOf(c), 0);
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(value)) return parseInt(value.replace(/-/g, '').slice(0, 12), 16);
  return undefined;
}

/**
 * An example row as the report shows it: a value the database made during this run (a trigger's now() or an epoch
 * counter, a default's time-ordered id) differs from run to run, so it is named instead of printed; seeded values are
 * fixed and shown.
 */
function shownExample(row: Row, since: number): Row {
  const duringRun = (t: number | undefined) => t !== undefined && t >= since - 60_000 && t <= Date.now() + 60_000;
  const shown: Row = {};
  for (const [column, value] of Object.entries(row)) {
    if (value !== null && clockValue(value)) shown[column] = NOW;
    else if (value !== null && duringRun(idTime(value))) shown[column] = '(an id made during the run)';
    else shown[column] = value;
  }
  return shown;
}

/**
 * The rows of `before` that `after` no longer holds as they were, compared
 * on the columns both have (a column the down does not re-create is the
 * schema comparison's finding). Rows are paired by primary key when there is
 * one, otherwise with the most equal values; extra rows in `after` are not a loss.
 */
export function compareRows(
  before: Row[],
  after: Row[],
  primaryKey: string[],
  since: number,
): Omit<RowLoss, 'table' | 'droppedByUp' | 'changedByUp' | 'rowsDeletedByUp'> | undefined {
  if (before.length === 0) return undefined;
  const afterColumns = new Set(after.flatMap((r) => Object.keys(r)));
  const columns = Object.keys(before[0])
    .filter((c) => after.length === 0 || afterColumns.has(c))
    .sort();
  const left = new Map<string, Row[]>();
  for (const r of after) {
    const k = canonical(r, columns);
    left.set(k, [...(left.get(k) ?? []), r]);
  }
  const unmatched: Row[] = [];
  for (const r of before) {
    const same = left.get(canonical(r, columns));
    if (same?.length) same.pop();
    else unmatched.push(r);
  }
  if (unmatched.length === 0) return undefined;
  const spare = [...left.values()].flat();
  const key = primaryKey.length && primaryKey.every((c) => columns.includes(c)) ? primaryKey : undefined;
  const changedColumns = new Set<string>();
  let changedRows = 0;
  let missingRows = 0;
  let example: { before: Row; after?: Row } | undefined;
  for (const r of unmatched) {
    const partner = key ? spare.findIndex((a) => key.every((c) => a[c] === r[c])) : bestMatch(r, spare, columns);
    if (partner < 0) {
      missingRows++;
      example ??= { before: r };
      continue;
    }
    const [a] = spare.splice(partner, 1);
    const differing = columns.filter((c) => (r[c] ?? null) !== (a[c] ?? null) && !stampedNow(a[c] ?? null, since));
    if (differing.length === 0) continue;
    differing.forEach((c) => changedColumns.add(c));
    changedRows++;
    if (!example || !example.after) example = { before: r, after: a };
  }
  if (!example || changedRows + missingRows === 0) return undefined;
  return {
    columns: [...changedColumns],
    rowsBefore: before.length,
    changedRows,
    missingRows,
    before: shownExample(example.before, since),
    after: example.after && shownExample(example.after, since),
  };
}

/** The row of `pool` sharing the most values with `row` (at least one), or -1. */
function bestMatch(row: Row, pool: Row[], columns: string[]): number {
  let best = -1;
  let bestScore = 0;
  pool.forEach((a, i) => {
    const score = columns.filter((c) => (a[c] ?? null) === (row[c] ?? null)).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** Of the columns a down lost, those the up already dropped, and those whose values the up changed. */
export function blameUp(
  before: Row[],
  afterUp: Row[] | undefined,
  lost: string[],
): { droppedByUp: string[]; changedByUp: string[]; rowsDeletedByUp: boolean } {
  if (!afterUp) return { droppedByUp: [], changedByUp: [], rowsDeletedByUp: false };
  const present = new Set(afterUp.flatMap((r) => Object.keys(r)));
  const droppedByUp = afterUp.length ? lost.filter((c) => !present.has(c)) : [];
  const values = (rows: Row[], c: string) =>
    rows
      .map((r) => r[c] ?? null)
      .map(String)
      .sort()
      .join('\u0000');
  const changedByUp = lost.filter((c) => present.has(c) && values(before, c) !== values(afterUp, c));
  return { droppedByUp, changedByUp, rowsDeletedByUp: afterUp.length < before.length };
}
