import { bodyText, sectionLine } from '../formats/migration-set';
import { hasNoStatements } from '../sql/text';
import type { MigrationTrace } from '../engine/trace';
import { describeDifference, isColumnOrder, type Difference } from '../catalog/snapshot-diff';
import { defineCheck } from './check';
import { upOnlyDirectory } from './no-down-files';
import { objectLine } from './object-line';
import { failedOnItsOwn } from './step-failure';

const MAX_LISTED = 8;

/**
 * Differences down-incomplete reports: not column order (down-column-order),
 * not what teams leave on purpose (down-keeps-extension, enum-label-kept).
 */
export function meaningful(diff: Difference[] | undefined): Difference[] {
  return (diff ?? []).filter((d) => !isColumnOrder(d) && !keptExtension(d) && !addedEnumLabels(d));
}

/** An extension the up created and the down left: many teams never drop extensions. */
export function keptExtension(d: Difference): boolean {
  return d.kind === 'extension' && d.change === 'added';
}

/**
 * The labels the up added to an enum that existed before it, when that is all
 * that changed (PostgreSQL has no ALTER TYPE ... DROP VALUE, so no down can
 * remove them); undefined for any other difference, e.g. a renamed label.
 */
export function addedEnumLabels(d: Difference): string[] | undefined {
  if (d.kind !== 'enum' || d.property !== 'labels' || d.change !== 'changed') return undefined;
  const before = enumLabels(d.before);
  const after = enumLabels(d.after);
  // The old labels, in their old order, with new ones anywhere among them (ADD VALUE ... BEFORE/AFTER).
  let next = 0;
  for (const label of after) if (label === before[next]) next++;
  if (next !== before.length || after.length <= before.length || new Set(after).size !== after.length) return undefined;
  const old = new Set(before);
  return after.filter((label) => !old.has(label));
}

/** `'a', 'it''s', E'back\\slash'` (string_agg of quote_literal) -> the quoted labels. */
function enumLabels(text: string | undefined): string[] {
  return text?.match(/E?'(?:[^']|'')*'/g) ?? [];
}

/**
 * reup-failed reports a failing second up only when nothing in down-incomplete's
 * list explains it; kept extensions and enum labels do not count there, since
 * they are the usual reason (CREATE EXTENSION or ADD VALUE without IF NOT EXISTS),
 * and the checks for them stay silent so that the cause is reported once.
 */
export function reupFailsAlone(t: MigrationTrace): boolean {
  return failedOnItsOwn(t.reup) && meaningful(t.downDiff).length === 0;
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
  run: ({ set, run }) => {
    const upOnly = upOnlyDirectory(set);
    return run.traces.flatMap((t: MigrationTrace) => {
      const diff = meaningful(t.downDiff);
      // A schema compared after the down means the down ran, so it has a file.
      const down = t.down.file;
      // A down that is not there (goose without `-- +goose Down`), or a directory without any down, is reported by
      // empty-file or no-down-files: it undoes nothing by construction, and listing every object again is noise.
      // A down written but empty (0 bytes, whitespace, comments) is a down that does not restore: reported here.
      if (!diff.length || !down || down.absent || upOnly) return [];
      const empty = hasNoStatements(bodyText(down)) ? ' (it runs no statement)' : '';
      let message = `${down.name} does not restore the schema${empty}: ${listDifferences(diff, AFTER_DOWN)}`;
      if (t.reup.status === 'failed') message += `. Running the up again then fails: ${t.reup.error?.message ?? 'no error message'}`;
      const up = t.migration.up;
      const created = up && objectLine(up, diff[0]);
      return [
        {
          check: 'down-incomplete',
          severity: 'error' as const,
          file: down.path,
          line: sectionLine(down),
          version: t.migration.versionText,
          message,
          hint:
            up && created
              ? `The up file changes it at ${up.name}:${created}; undo that in the down file.`
              : 'Make the down file undo every change of the up file, in reverse order.',
        },
      ];
    });
  },
});
