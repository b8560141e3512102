import * as path from 'node:path';
import type { Migration, MigrationSet } from '../formats/migration-set';
import { sqlFile } from '../sql/files';
import { lineEnding, type FixCandidate } from './candidate';
import type { AddedColumn } from './expand-column';
import { FIX_LOCK_TIMEOUT } from './lock-timeout';
import { notNullSteps } from './not-null-steps';

/** What the expand steps need besides the column: the value for the rows already there, and a default to set after the ADD. */
export interface Expansion {
  /** The expression each existing row gets (`DEFAULT`: the column's default, evaluated per row). */
  value: string;
  /** A default the ADD COLUMN carried, set by a statement of its own once the column exists (no rewrite). */
  setDefault?: string;
  /** What the fix does, said first in its summary. */
  what: string;
}

/**
 * The expand steps for a column added in one statement: the migration adds it nullable (and sets its default after,
 * which stores the default in the catalog and rewrites nothing); a new migration after the newest fills the rows
 * already there in batches, outside a transaction so that each batch commits; when the column was NOT NULL, a NOT
 * VALID check in the migration holds new rows to it and a second new migration validates it and sets NOT NULL, which
 * then scans nothing. Each new migration's down undoes it (the backfill's sets the values back to NULL).
 */
export function expandSteps(set: MigrationSet, migration: Migration, col: AddedColumn, how: Expansion): FixCandidate | undefined {
  const up = migration.up;
  if (!up) return undefined;
  const { table, column } = col;
  const steps = col.notNull ? notNullSteps(table, column, col.columnName, col.tableName) : undefined;
  const eol = lineEnding(up.text);
  const added = [
    `${col.withoutConstraints};`,
    ...(how.setDefault ? [`ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT ${how.setDefault};`] : []),
    ...(steps ? [steps.addCheck] : []),
  ].join(eol);
  const edited = `${up.text.slice(0, col.statement.start)}${added}${up.text.slice(col.statement.end)}`;
  const [fill, second] = versionsAfter(set, 2);
  const notNull = steps ? second : undefined;
  const slug = `${col.tableName}_${col.columnName}`.toLowerCase().replace(/\W+/g, '_');
  const backfill = set.format.newMigration({
    versionText: fill.text,
    identifier: `backfill_${slug}`,
    up: backfillSql(table, column, how.value),
    down: backfillDown(table, column, steps && { drop: steps.validateAndSet.split('\n')[2], add: steps.addCheck }),
    outsideTransaction: true,
  });
  const setNotNull =
    steps && notNull
      ? set.format.newMigration({
          versionText: notNull.text,
          identifier: `${slug}_not_null`,
          up: `SET LOCAL lock_timeout = '${FIX_LOCK_TIMEOUT}';\n${steps.validateAndSet}`,
          down: `ALTER TABLE ${table} ALTER COLUMN ${column} DROP NOT NULL;\n${steps.addCheck}`,
          outsideTransaction: false,
        })
      : [];
  const created = [...backfill, ...setNotNull];
  const named = (files: { name: string }[]) => files[0]?.name ?? '';
  return {
    summary:
      `${how.what} Fills the rows already in ${table} in batches of 1000, each committed on its own, in a migration of its own that runs outside a transaction (${named(backfill)})` +
      (steps
        ? `; then sets NOT NULL through a CHECK added NOT VALID and validated first, so that no scan holds ACCESS EXCLUSIVE (${named(setNotNull)}).`
        : '.'),
    files: [{ path: up.path, content: edited }, ...created.map((f) => ({ path: path.join(set.dir, f.name), content: f.text }))],
    versions: [migration.version, fill.value, ...(notNull ? [notNull.value] : [])],
  };
}

/** The batch loop of expand-sql/backfill.sql for this column. */
function backfillSql(table: string, column: string, value: string): string {
  const names: Record<string, string> = { mg_table: table, mg_column: column, mg_value: value };
  return sqlFile('fixes/expand-sql/backfill.sql').replace(/\bmg_(table|column|value)\b/g, (word) => names[word]);
}

/** The backfill undone: the values back to NULL (the NOT VALID check, which would refuse them, dropped for the while). */
function backfillDown(table: string, column: string, check?: { drop: string; add: string }): string {
  const update = `UPDATE ${table} SET ${column} = NULL;`;
  return check ? [check.drop, update, check.add].join('\n') : update;
}

/** The next `count` versions after the newest, as wide as the newest is written (000007 -> 000008, 000009). */
function versionsAfter(set: MigrationSet, count: number): { value: bigint; text: string }[] {
  const newest = set.migrations.at(-1);
  return Array.from({ length: count }, (_, i) => {
    const value = (newest?.version ?? 0n) + BigInt(i + 1);
    return { value, text: value.toString().padStart(newest?.versionText.length ?? 1, '0') };
  });
}
