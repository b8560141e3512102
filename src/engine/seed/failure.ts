import type { StepResult } from '../trace';
import type { DataFailure, Row } from './observations';
import type { RowSnapshot } from './row-snapshot';
import type { FileTables } from './touched';

/** The columns a file adds without a default, and those of them it backfills (touched.ts). */
export type AddedColumns = Pick<FileTables, 'addedWithoutDefault' | 'backfilled'>;

/**
 * Errors that depend on the rows a table holds: data exceptions (22: a cast,
 * an overflow), integrity violations (23: NOT NULL, unique, CHECK, foreign
 * key), cardinality (21), a RAISE in a DO block (P0), triggered actions (09),
 * WITH CHECK OPTION (44). A syntax error or a missing object (42) fails the
 * same on empty tables, so it is not re-run.
 */
export function mayDependOnRows(step: StepResult): boolean {
  const e = step.error;
  if (step.status !== 'failed' || !e || e.timeout || e.connectionLost) return false;
  return /^(21|22|23|P0|09|44)/.test(e.code ?? '');
}

/** The table the error names, unquoted name as PostgreSQL prints it in messages. */
const RELATION = /\b(?:relation|table) "([^"]+)"/;
const COLUMN = /\bcolumn "([^"]+)"/;
/** `Key (email)=(alpha) is duplicated.` / `Key (a, b)=(1, 2) ...` */
const KEY = /Key \(([^)]*)\)=\((.*)\)/;
/** `invalid input syntax for type integer: "alpha"` */
const VALUE = /: "(.*)"$/;
/** `Token "alpha" is invalid.` (json's detail) */
const TOKEN = /Token "(.*)" is invalid/;

/** Which table and row broke the step, and whether any row at all would have (see DataFailure.anyRow). */
export function explainFailure(step: StepResult, before: RowSnapshot, tables: string[], added: AddedColumns): DataFailure {
  const e = step.error;
  const message = e?.message ?? '';
  const named = RELATION.exec(message)?.[1];
  const table = (named && tables.find((t) => unquoteLast(t) === named)) ?? (tables.length === 1 ? tables[0] : undefined);
  const rows = table ? (before.get(table) ?? []) : [];
  const column = COLUMN.exec(message)?.[1];
  // ADD COLUMN c NOT NULL (or SET NOT NULL on c just added) without a default: every existing row holds NULL in c,
  // unless an UPDATE of the file filled it first: then only the rows the backfill left NULL break it.
  const nulls = e?.code === '23502' && /contains null values/.test(message) && column !== undefined && added.addedWithoutDefault.has(column);
  const backfillLeftNulls = nulls && added.backfilled.has(column);
  const row = table ? pickRow(rows, message, e?.detail, column) : undefined;
  return {
    step,
    table,
    rows: table ? rows.length : undefined,
    row,
    column,
    anyRow: nulls && !backfillLeftNulls,
    backfillLeftNulls,
    culprit: row ? culpritOf(row, message, e?.detail, column) : undefined,
  };
}

/** The value of `row` the error points at: a duplicated key, a value a cast refused, a NULL a NOT NULL refused. */
function culpritOf(row: Row, message: string, detail: string | undefined, column: string | undefined): DataFailure['culprit'] {
  const key = detail ? KEY.exec(detail) : null;
  if (key) {
    const columns = key[1].split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (columns.every((c) => c in row)) return columns.map((c) => ({ column: c, value: row[c] ?? null }));
  }
  if (column && column in row && /null value|contains null values/.test(message)) return [{ column, value: row[column] ?? null }];
  const value = VALUE.exec(message)?.[1] ?? (detail ? TOKEN.exec(detail)?.[1] : undefined);
  const hit =
    value === undefined
      ? undefined
      : Object.keys(row)
          .sort()
          .find((c) => row[c] === value);
  return hit && value !== undefined ? [{ column: hit, value }] : undefined;
}

function pickRow(rows: Row[], message: string, detail: string | undefined, column: string | undefined): Row | undefined {
  if (rows.length === 0) return undefined;
  const key = detail ? KEY.exec(detail) : null;
  if (key) {
    const columns = key[1].split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const values = splitValues(key[2]);
    const hit = rows.find((r) => columns.every((c, i) => r[c] === values[i]));
    if (hit) return hit;
  }
  if (column && /null value|contains null values/.test(message)) {
    const hit = rows.find((r) => r[column] === null);
    if (hit) return hit;
  }
  // A CHECK names no row: the one with the most extreme values (the longest) is the likeliest culprit.
  if (/violated by some row/.test(message)) return [...rows].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
  const value = VALUE.exec(message)?.[1];
  if (value !== undefined) {
    const hit = rows.find((r) => Object.values(r).includes(value));
    if (hit) return hit;
  }
  return rows[0];
}

/** `1, alpha` -> ['1', 'alpha'] (values holding ", " are rare in seeded rows; a miss only loses the exact row). */
function splitValues(text: string): string[] {
  return text.split(', ');
}

/** `public.users` or `"My"."Tbl"` -> the table's own name. */
function unquoteLast(qualified: string): string {
  const m = /(?:^|\.)("(?:[^"]|"")*"|[^."]+)$/.exec(qualified);
  const last = m?.[1] ?? qualified;
  return last.startsWith('"') ? last.slice(1, -1).replace(/""/g, '"') : last;
}
