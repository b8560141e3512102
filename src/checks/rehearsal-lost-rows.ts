import { defineCheck } from './check';
import { rehearsed } from '../check-support/rehearsal-step-failure';

export const rehearsalLostRows = defineCheck({
  id: 'rehearsal-lost-rows',
  severity: 'error',
  summary: 'On the rehearsal copy, rows of a table that existed before a pending migration are gone or changed after its up and down.',
  needs: ['deployed'],
  run: ({ deployed }) =>
    rehearsed(deployed).flatMap((r) =>
      r.lostRows.map((l) => ({
        check: 'rehearsal-lost-rows',
        severity: 'error' as const,
        file: r.down.file?.path ?? r.migration.down?.path,
        line: 1,
        version: r.migration.versionText,
        message:
          `migration ${r.migration.versionText} up then down on the rehearsal copy ${deployed.rehearsal?.where ?? 'rehearsal-database-url'} does not give table ${l.table.replace(/^public\./, '')} its rows back: ` +
          (l.rowsAfter === l.rowsBefore
            ? `still ${l.rowsBefore} row(s), but their values differ (a column dropped and re-added comes back empty)`
            : `${l.rowsBefore} row(s) before the up, ${l.rowsAfter} after the down`),
        hint: 'A rollback in production would lose these data. Keep what the up removes (copy it aside in the up, restore it in the down), or make the migration one-way and say so.',
      })),
    ),
});
