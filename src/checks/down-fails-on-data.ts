import { defineCheck } from './check';
import { dataFailure } from '../check-support/data-failure-finding';

/**
 * A down that passes on empty tables and fails on the rows its up left: the rollback a team reaches for in an
 * incident, on the production database that has rows, fails where every empty-database test of it passed.
 */
export const downFailsOnData = defineCheck({
  id: 'down-fails-on-data',
  severity: 'error',
  summary:
    'A down file passes on empty tables but fails once the tables hold rows (error when any row breaks it, warning when it depends on the values).',
  needs: ['run'],
  run: ({ set, run }) =>
    run.traces.flatMap((t) => {
      const failure = t.data?.downFailure;
      if (!failure) return [];
      const finding = dataFailure('down-fails-on-data', 'down (on the rows its up left)', t, failure, set.format.words);
      const hint = failure.anyRow
        ? 'Give the column the down adds back a DEFAULT, or add it nullable and fill it before SET NOT NULL, so that the rollback works on a table with rows.'
        : 'Make the down handle such rows (fill or convert them first, or drop what no longer fits), or check that production holds none.';
      return [{ ...finding, hint: `${hint} A rollback in production runs on tables with rows: test it on rows, not on an empty database.` }];
    }),
});
