import { defineCheck } from './check';

export const seedSkipped = defineCheck({
  id: 'seed-skipped',
  severity: 'notice',
  summary: 'No valid row could be generated for a table a migration touches, so the data checks cannot see that table.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces.flatMap((t) =>
      (t.data?.skipped ?? []).map((s) => ({
        check: 'seed-skipped',
        severity: 'notice' as const,
        file: t.migration.up?.path,
        line: 1,
        version: t.migration.versionText,
        message: `${t.migration.versionText}: migration-guard could not put a row into ${s.table} (${s.reason}), so up-fails-on-data and down-loses-data do not cover that table here or in later migrations.`,
        hint: "Nothing is wrong with the migration. Seeding tries typical, extreme, NULL and duplicate values within the table's constraints; a CHECK or trigger that refuses them all leaves the table empty.",
      })),
    ),
});
