import { sectionLine } from '../formats/migration-set';
import { describeDifference, isColumnOrder } from '../catalog/snapshot-diff';
import { defineCheck } from './check';

export const downColumnOrder = defineCheck({
  id: 'down-column-order',
  severity: 'warning',
  summary: 'After up then down, a table has the same columns but in another order.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces
      .filter((t) => (t.downDiff ?? []).some(isColumnOrder))
      .map((t) => ({
        check: 'down-column-order',
        severity: 'warning' as const,
        file: t.down.file!.path,
        line: sectionLine(t.down.file!),
        version: t.migration.versionText,
        message: `${t.down.file!.name} restores the columns but not their order: ${(t.downDiff ?? []).filter(isColumnOrder)
          .map((d) => describeDifference(d, { added: '', removed: '' })).join('; ')}`,
        hint: 'PostgreSQL adds a re-created column at the end. Harmless unless code relies on column order (SELECT *, COPY without a column list).',
      })),
});
