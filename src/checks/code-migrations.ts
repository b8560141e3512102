import { defineCheck } from './check';

/**
 * Migrations the tool runs as code (goose `.go` files): one notice for the directory naming them as not checked. The SQL
 * migrations are checked in order without them, so one that depends on what a Go migration makes fails here as its own
 * up-failed error; the notice says which SQL versions come after the first Go one.
 */
export const codeMigrations = defineCheck({
  id: 'code-migrations',
  severity: 'notice',
  summary: 'Migrations the tool runs as code (Go migrations) are not checked: said once, naming them; the SQL migrations are checked in order.',
  needs: [],
  run: ({ set }) => {
    const code = set.codeMigrations;
    const first = code.at(0);
    if (!first) return [];
    const label = set.format.words.label;
    const names = code.slice(0, 5).map((c) => c.name);
    const listed = `${names.join(', ')}${code.length > names.length ? `, and ${code.length - names.length} more` : ''}`;
    const after = set.migrations.filter((m) => m.version > first.version).length;
    return [
      {
        check: 'code-migrations',
        severity: 'notice' as const,
        file: first.path,
        line: 1,
        version: first.versionText,
        message:
          `${code.length} migration(s) written in Go were not checked (${listed}): ${label} runs them with the functions a custom ` +
          `${label} binary registers, and migration-guard runs SQL only. The ${set.migrations.length} SQL migration(s) were checked in ` +
          `order without them` +
          (after ? `; the ${after} after ${first.versionText} ran without what the Go migrations do.` : '.'),
        hint:
          `Nothing to rename: these are migrations. Check them with a Go test that runs your ${label} binary; if an SQL migration fails ` +
          'here because it needs what a Go migration makes, say so with a migration-guard:ignore comment on that file.',
      },
    ];
  },
});
