import { defineCheck } from './check';
import { deletedSinceBase } from '../check-support/already-applied';

export const missingUp = defineCheck({
  id: 'missing-up',
  severity: 'error',
  summary: 'A version has a down file but no up file; the tool records it as applied without running anything.',
  needs: [],
  requires: 'directionFiles',
  run: ({ set, base }) =>
    set.migrations
      // An up that exists but could not be read is unreadable-file's finding, not a missing one.
      .flatMap(({ up, down, version, versionText, unreadable }) => (down && !up && !unreadable ? [{ down, version, versionText }] : []))
      .filter((m) => !deletedSinceBase(base, m.version, 'up')) // applied-deleted says why
      .map((m) => ({
        check: 'missing-up',
        severity: 'error' as const,
        file: m.down.path,
        line: 1,
        version: m.versionText,
        message: `${m.down.name} has no up file: ${set.format.words.label} would mark version ${m.versionText} applied without running anything, then run this down on rollback`,
        hint: 'Restore the up file, or delete the stray down file (was the up renamed to another version?).',
      })),
});
