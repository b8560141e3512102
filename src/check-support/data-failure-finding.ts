import type { Finding } from '../findings';
import type { MigrationTrace } from '../engine/trace';
import type { ToolWords } from '../formats/format';
import type { DataFailure } from '../engine/seed/observations';
import { showRow } from './show-row';
import { stepFailure } from './step-failure';

/**
 * A step that failed with seeded rows and passed without them: PostgreSQL's
 * error at the file's line, the table and the row, and whether any row
 * would break it (error) or only values like the ones generated (warning).
 */
export function dataFailure(check: string, what: string, trace: MigrationTrace, failure: DataFailure, words: ToolWords): Finding {
  const base = stepFailure(check, what, trace, failure.step, words);
  const where = failure.table
    ? ` Table ${failure.table} held ${failure.rows ?? 'some'} row(s)${failure.row ? `, e.g. ${showRow(failure.row)}` : ''}.`
    : '';
  const why = failure.anyRow
    ? ' Any existing row breaks it, whatever its values: the file adds the column NOT NULL without a DEFAULT.'
    : failure.backfillLeftNulls
      ? ` The SET NOT NULL runs after a backfill that left NULLs: the file's UPDATE did not fill ${failure.column ?? 'the column'} in every row, and any row it does not reach breaks it.`
      : failure.culprit
        ? ` It fails on a seeded row with ${showCulprit(failure.culprit)} (a value the seeder made up; real rows may differ): production rows like it would break it the same way.`
        : ' It depends on the values: migration-guard generated these rows (NULLs, duplicates, empty strings, extremes); production rows like them would break it the same way.';
  const hint = failure.anyRow
    ? 'Give the column a DEFAULT, or add it nullable, fill it, then SET NOT NULL in a later migration.'
    : failure.backfillLeftNulls
      ? 'Make the backfill fill every row (a fallback value for the rows it does not match), or SET NOT NULL in a later migration once production holds no NULL.'
      : 'Make the file handle such rows (fill or fix them first, convert with a USING expression that accepts them), or check that production holds none.';
  return {
    ...base,
    severity: failure.anyRow ? 'error' : 'warning',
    message: `${base.message.replace(/\.+$/, '')}. It passes on empty tables.${where}${why}`,
    hint: [hint, 'If the table is always empty in production, ignore this finding for the file.', base.hint].filter(Boolean).join(' '),
  };
}

/** `note = 'alpha'`, `a = '1' AND b IS NULL`: the values an error points at, as SQL would test them. */
function showCulprit(culprit: NonNullable<DataFailure['culprit']>): string {
  const one = ({ column, value }: { column: string; value: string | null }) =>
    value === null ? `${column} IS NULL` : `${column} = '${(value.length > 40 ? `${value.slice(0, 37)}...` : value).replace(/'/g, "''")}'`;
  return `\`${culprit.map(one).join(' AND ')}\``;
}
