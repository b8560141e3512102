import { defineCheck } from './check';
import { dataFailure } from '../check-support/data-failure-finding';
import type { MigrationTrace } from '../engine/trace';
import type { Finding } from '../findings';
import { shortName } from '../check-support/observed-statements';

export const upFailsOnData = defineCheck({
  id: 'up-fails-on-data',
  severity: 'error',
  summary:
    'An up file passes on empty tables but fails once the tables it touches hold rows (error when any row breaks it, warning when it depends on the values).',
  needs: ['run'],
  run: ({ set, run }) =>
    run.traces.flatMap((t) =>
      t.data?.upFailure
        ? [dataFailure('up-fails-on-data', 'up (on tables holding rows)', t, t.data.upFailure, set.format.words)]
        : fromTheStatement(t),
    ),
});

/**
 * The statement alone says that any row breaks it (ADD COLUMN NOT NULL without a DEFAULT on an existing table), and
 * the table held no rows here (the seeder could not fill it, or seeding was off): said from the statement, as an error.
 */
function fromTheStatement(t: MigrationTrace): Finding[] {
  const up = t.migration.up;
  if (!up || t.up.status !== 'ok' || !t.observed) return [];
  const heldRows = new Set(t.data?.tables ?? []);
  return t.observed.statements.flatMap((s) => {
    const table = s.facts.table;
    if (s.facts.kind !== 'AlterTableStmt' || !table?.existing || heldRows.has(table.name)) return [];
    const columns = (s.facts.commands ?? []).filter((c) => c.subtype === 'AT_AddColumn' && c.needsValueForEveryRow).map((c) => c.column ?? '?');
    if (!columns.length) return [];
    const skipped = t.data?.skipped.find((k) => k.table === table.name);
    const why = skipped ? `migration-guard could not put a row into it (${skipped.reason})` : 'it held no rows on the scratch database';
    return [
      {
        check: 'up-fails-on-data',
        severity: 'error' as const,
        file: up.path,
        line: s.line,
        column: s.column,
        version: t.migration.versionText,
        message:
          `${t.migration.versionText} up adds column${columns.length > 1 ? 's' : ''} ${columns.join(', ')} to existing table ${shortName(table.name)} ` +
          `NOT NULL without a DEFAULT: any existing row breaks it, whatever its values. It passed here only because ${why}.`,
        hint: 'Give the column a DEFAULT, or add it nullable, fill it, then SET NOT NULL in a later migration. If the table is always empty in production, ignore this finding for the file.',
        relations: [table.name],
      },
    ];
  });
}
