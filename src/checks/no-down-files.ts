import { upOnlyDirectory } from '../check-support/up-only-directory';
import { defineCheck } from './check';

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
