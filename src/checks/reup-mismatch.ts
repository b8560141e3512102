import { sectionLine } from '../formats/migration-set';
import { defineCheck } from './check';
import { AFTER_SECOND_UP, listDifferences } from '../check-support/difference-words';

export const reupMismatch = defineCheck({
  id: 'reup-mismatch',
  severity: 'error',
  summary: 'Running up, down, up gives a different schema than the first up.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces
      .flatMap((t) => (t.migration.up && t.reupDiff?.length ? [{ t, up: t.migration.up, diff: t.reupDiff }] : []))
      .map(({ t, up, diff }) => ({
        check: 'reup-mismatch',
        severity: 'error' as const,
        file: up.path,
        line: sectionLine(up),
        version: t.migration.versionText,
        message: `running ${up.name} again after its down gives a different schema: ${listDifferences(diff, AFTER_SECOND_UP)}`,
        hint: 'The down file leaves something the up depends on (IF NOT EXISTS hides it), or the up depends on state the down changed.',
      })),
});
