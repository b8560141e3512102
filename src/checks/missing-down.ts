import { sectionLine } from '../formats/migration-set';
import { defineCheck } from './check';
import { deletedSinceBase } from '../check-support/already-applied';
import { upOnlyVersions } from '../check-support/up-only-directory';

export const missingDown = defineCheck({
  id: 'missing-down',
  severity: 'warning',
  summary: 'A version has an up file but no down file, so rolling it back silently does nothing.',
  needs: [],
  run: ({ set, base }) => {
    // A directory that does without downs (all, or at least a third) says so once (no-down-files); a forgotten down or two get a warning each.
    const upOnly = upOnlyVersions(set);
    return set.migrations
      .filter((m) => !upOnly.has(m.version))
      .flatMap((m) => (m.up && !m.down && !m.unreadable ? [{ m, up: m.up }] : [])) // an unreadable down is unreadable-file's
      .filter(({ m }) => !deletedSinceBase(base, m.version, 'down')) // applied-deleted says why
      .map(({ m, up }) => ({
        check: 'missing-down',
        severity: 'warning' as const,
        file: up.path,
        line: sectionLine(up),
        version: m.versionText,
        message: `${up.name} has no down file: \`${set.format.words.rollbackCommand}\` would record the rollback of ${m.versionText} without undoing anything`,
        hint: `Add ${m.versionText}_${up.identifier}.down.sql that reverses the up; its reversibility is then checked.`,
      }));
  },
});
