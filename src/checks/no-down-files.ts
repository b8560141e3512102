import { bodyText, type Migration, type MigrationSet } from '../formats/migration-set';
import { hasNoStatements } from '../sql/text';
import { defineCheck } from './check';

/** A version the tool can roll back only by moving its version number: no down file, or a down section with no statements. */
const hasNoDown = (m: Migration) => !m.down || hasNoStatements(bodyText(m.down));

/**
 * A directory none of whose migrations has a down (golang-migrate: no `.down.` file; goose: no statements after
 * `-- +goose Down` or no Down at all; dbmate: empty `-- migrate:down` sections), with at least two migrations:
 * the team does not write downs on purpose. One migration alone could as well be a forgotten first down.
 */
export function upOnlyDirectory(set: MigrationSet): boolean {
  const ups = set.migrations.filter((m) => m.up);
  return ups.length >= 2 && ups.every(hasNoDown);
}

export const noDownFiles = defineCheck({
  id: 'no-down-files',
  severity: 'notice',
  summary: 'No migration of the directory has a down, so reversibility is not checked (said once instead of missing-down per file).',
  needs: [],
  run: ({ set }) => {
    if (!upOnlyDirectory(set)) return [];
    const first = set.migrations.find((m) => m.up)?.up;
    if (!first) return [];
    return [
      {
        check: 'no-down-files',
        severity: 'notice' as const,
        file: first.path,
        line: 1,
        version: first.versionText,
        message:
          `reversibility not checked: none of the ${set.migrations.length} migrations has a down, so this directory is checked up only ` +
          `(each up applies, and applies on the schema the earlier ones leave)`,
        hint:
          'Rolling back means restoring a backup or writing a new up. If you want rollbacks checked, add downs: ' +
          'once any migration has one, each migration without one gets a missing-down warning.',
      },
    ];
  },
});
