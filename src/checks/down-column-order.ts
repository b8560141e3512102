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
      .flatMap((t) => (t.down.file && (t.downDiff ?? []).some(isColumnOrder) ? [{ t, down: t.down.file }] : []))
      .map(({ t, down }) => ({
        check: 'down-column-order',
        severity: 'warning' as const,
        file: down.path,
        line: sectionLine(down),
        version: t.migration.versionText,
        message: `${down.name} restores the columns but not their order: ${(t.downDiff ?? [])
          .filter(isColumnOrder)
          .map((d) => describeDifference(d, { added: '', removed: '' }))
          .join('; ')}`,
        hint: 'PostgreSQL adds a re-created column at the end. Harmless unless code relies on column order (SELECT *, COPY without a column list).',
      })),
});
