import { bodyText, sectionLine } from '../formats/migration-set';
import { hasNoStatements } from '../sql/text';
import type { MigrationTrace } from '../engine/trace';
import { defineCheck } from './check';
import { meaningful } from '../check-support/down-differences';
import { AFTER_DOWN, listDifferences } from '../check-support/difference-words';
import { objectLine } from '../check-support/object-line';
import { upOnlyVersions } from '../check-support/up-only-directory';

export const downIncomplete = defineCheck({
  id: 'down-incomplete',
  severity: 'error',
  summary: 'After up then down, the schema differs from the schema before the up.',
  needs: ['run'],
  run: ({ set, run }) => {
    const upOnly = upOnlyVersions(set);
    return run.traces.flatMap((t: MigrationTrace) => {
      const diff = meaningful(t.downDiff);
      // A schema compared after the down means the down ran, so it has a file.
      const down = t.down.file;
      // A down that is not there (goose without `-- +goose Down`), or one left out on purpose in a directory that does
      // without downs, is reported by empty-file or no-down-files: it undoes nothing by construction, and listing every object again is noise.
      // A down written but empty (0 bytes, whitespace, comments) is a down that does not restore: reported here.
      if (!diff.length || !down || down.absent || upOnly.has(t.migration.version)) return [];
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
