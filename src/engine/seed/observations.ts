import type { StepResult } from '../trace';

/** One row as PostgreSQL prints its values, keyed by column name (column order never matters). */
export type Row = Record<string, string | null>;

/** A step that failed with the seeded rows and passed on the same schema without them. */
export interface DataFailure {
  /** The failed attempt, with PostgreSQL's error at the file's line. */
  step: StepResult;
  /** The table the error names (or the one table the file touches), quoted and qualified. */
  table?: string;
  /** A row that breaks it, when the error lets us tell which. */
  row?: Row;
  /** How many rows the table held. */
  rows?: number;
  /** True when any row at all breaks it (a NOT NULL column the file adds without a default), not only the values we generated. */
  anyRow: boolean;
  /** The column the error names, if any. */
  column?: string;
  /** A NOT NULL on a column the file added and backfilled: the backfill left NULLs (in rows it did not reach). */
  backfillLeftNulls?: boolean;
  /** The values of `row` the error points at (a duplicated key, a refused cast, a NULL), each made up by the seeder. */
  culprit?: { column: string; value: string | null }[];
}

/** Values the rows had before the up and no longer have after the down. */
export interface RowLoss {
  table: string;
  /** Columns whose values changed or went missing. */
  columns: string[];
  rowsBefore: number;
  changedRows: number;
  missingRows: number;
  /** One example: the row before the up, and what the down left of it (absent: the row is gone). */
  before: Row;
  after?: Row;
  /** Of `columns`, those the up itself drops: no down can bring their values back unless the up copied them. */
  droppedByUp: string[];
  /** Of `columns`, those whose values the up itself changes (an UPDATE, a USING cast). */
  changedByUp: string[];
  /** The up itself deletes rows. */
  rowsDeletedByUp: boolean;
}

/** What seeded rows showed for one migration (trace.data). */
export interface DataObservations {
  /** Tables the migration touches that held rows before its up (seeded here or left by earlier migrations). */
  tables: string[];
  /** Tables that got seeded rows before this up. */
  seeded: string[];
  /** Tables no valid row could be made for, reported once per run. */
  skipped: { table: string; reason: string }[];
  upFailure?: DataFailure;
  /** The down failed on the rows the up left and passed without them (down-fails-on-data). */
  downFailure?: DataFailure;
  reupFailure?: DataFailure;
  losses: RowLoss[];
  /** Time spent seeding and reading rows for this migration. */
  ms: number;
}
