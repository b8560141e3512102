import type { Check } from './check';

export const missingDown: Check = {
  id: 'missing-down',
  severity: 'warning',
  summary: 'A version has an up file but no down file, so rolling it back silently does nothing.',
  needs: 'files',
  run: ({ set }) =>
    set.migrations
      .filter((m) => m.up && !m.down)
      .map((m) => ({
        check: 'missing-down',
        severity: 'warning' as const,
        file: m.up!.path,
        line: 1,
        version: m.versionText,
        message: `${m.up!.name} has no down file: \`migrate down\` would record the rollback of ${m.versionText} without undoing anything`,
        hint: `Add ${m.versionText}_${m.up!.identifier}.down.sql that reverses the up; its reversibility is then checked.`,
      })),
};
