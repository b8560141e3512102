import { sectionLine } from '../formats/migration-set';
import { defineCheck } from './check';
import { deletedSinceBase } from './applied';

export const missingDown = defineCheck({
  id: 'missing-down',
  severity: 'warning',
  summary: 'A version has an up file but no down file, so rolling it back silently does nothing.',
  needs: [],
  run: ({ set, base }) =>
    set.migrations
      .filter((m) => m.up && !m.down)
      .filter((m) => !deletedSinceBase(base, m.version, 'down')) // applied-deleted says why
      .map((m) => ({
        check: 'missing-down',
        severity: 'warning' as const,
        file: m.up!.path,
        line: sectionLine(m.up!),
        version: m.versionText,
        message: `${m.up!.name} has no down file: \`migrate down\` would record the rollback of ${m.versionText} without undoing anything`,
        hint: `Add ${m.versionText}_${m.up!.identifier}.down.sql that reverses the up; its reversibility is then checked.`,
      })),
});
