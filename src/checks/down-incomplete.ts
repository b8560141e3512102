import { sectionLine } from '../formats/migration-set';
import type { MigrationTrace } from '../engine/trace';
import { describeDifference, isColumnOrder, type Difference } from '../catalog/snapshot-diff';
import { defineCheck } from './check';
import { objectLine } from './object-line';

const MAX_LISTED = 8;

/** Differences that matter beyond column order (reported as a warning on its own). */
export function meaningful(diff: Difference[] | undefined): Difference[] {
  return (diff ?? []).filter((d) => !isColumnOrder(d));
}

export const AFTER_DOWN = { added: 'is still there', removed: 'is missing (it existed before the up)' };

export function listDifferences(diff: Difference[], wording: typeof AFTER_DOWN): string {
  const words = diff.slice(0, MAX_LISTED).map((d) => describeDifference(d, wording));
  if (diff.length > MAX_LISTED) words.push(`and ${diff.length - MAX_LISTED} more`);
  return words.join('; ');
}

export const downIncomplete = defineCheck({
  id: 'down-incomplete',
  severity: 'error',
  summary: 'After up then down, the schema differs from the schema before the up.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces
      .filter((t) => meaningful(t.downDiff).length > 0)
      .map((t: MigrationTrace) => {
        const diff = meaningful(t.downDiff);
        const down = t.down.file!;
        let message = `${down.name} does not restore the schema: ${listDifferences(diff, AFTER_DOWN)}`;
        if (t.reup.status === 'failed') message += `. Running the up again then fails: ${t.reup.error!.message}`;
        const created = t.migration.up ? objectLine(t.migration.up, diff[0]) : undefined;
        return {
          check: 'down-incomplete',
          severity: 'error' as const,
          file: down.path,
          line: sectionLine(down),
          version: t.migration.versionText,
          message,
          hint: created
            ? `The up file changes it at ${t.migration.up!.name}:${created}; undo that in the down file.`
            : 'Make the down file undo every change of the up file, in reverse order.',
        };
      }),
});
