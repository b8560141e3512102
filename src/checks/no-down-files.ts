import { upOnlyDirectory, upOnlyVersions } from '../check-support/up-only-directory';
import type { MigrationSet } from '../formats/migration-set';
import { defineCheck } from './check';

export const noDownFiles = defineCheck({
  id: 'no-down-files',
  severity: 'notice',
  summary:
    'No migration of the directory has a down, or at least a third of them have none, so their reversibility is not checked (said once instead of a warning per file).',
  needs: [],
  run: ({ set }) => {
    const upOnly = upOnlyVersions(set);
    const first = set.migrations.find((m) => upOnly.has(m.version))?.up;
    if (!first) return [];
    const hint =
      'Rolling back means restoring a backup or writing a new up. If you want rollbacks checked, add downs: ' +
      'once fewer than a third of the migrations (or only one) lack a down, each of them gets a warning of its own.';
    return [
      {
        check: 'no-down-files',
        severity: 'notice' as const,
        file: first.path,
        line: 1,
        version: first.versionText,
        message: upOnlyDirectory(set) ? wholeDirectory(set.migrations.length) : someMigrations(set, upOnly),
        hint,
      },
    ];
  },
});

function wholeDirectory(count: number): string {
  return (
    `reversibility not checked: none of the ${count} migrations has a down, so this directory is checked up only ` +
    `(each up applies, and applies on the schema the earlier ones leave)`
  );
}

function someMigrations(set: MigrationSet, upOnly: ReadonlySet<bigint>): string {
  const versions = set.migrations.filter((m) => upOnly.has(m.version)).map((m) => m.versionText);
  const listed = versions.length > 5 ? `${versions.slice(0, 5).join(', ')} and ${versions.length - 5} more` : versions.join(', ');
  const ups = set.migrations.filter((m) => m.up).length;
  return (
    `reversibility not checked for ${versions.length} of the ${ups} migrations (${listed}): they have no down, too many to be ` +
    `forgotten, so they are checked up only; the migrations with a down are checked up, down and up again`
  );
}
