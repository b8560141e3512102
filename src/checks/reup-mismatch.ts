import { sectionLine } from '../formats/migration-set';
import { defineCheck } from './check';
import { listDifferences } from './down-incomplete';

export const AFTER_SECOND_UP = { added: 'exists after the second up but not after the first', removed: 'exists after the first up but not after the second' };

export const reupMismatch = defineCheck({
  id: 'reup-mismatch',
  severity: 'error',
  summary: 'Running up, down, up gives a different schema than the first up.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces
      .filter((t) => (t.reupDiff ?? []).length > 0)
      .map((t) => ({
        check: 'reup-mismatch',
        severity: 'error' as const,
        file: t.migration.up!.path,
        line: sectionLine(t.migration.up!),
        version: t.migration.versionText,
        message: `running ${t.migration.up!.name} again after its down gives a different schema: ${listDifferences(t.reupDiff!, AFTER_SECOND_UP)}`,
        hint: 'The down file leaves something the up depends on (IF NOT EXISTS hides it), or the up depends on state the down changed.',
      })),
});
