import { defineCheck } from './check';
import { consequencesOf } from '../check-support/failure-consequences';
import { extensionSource, missingExtensionOf } from '../check-support/extension-error';

/**
 * An extension the scratch server does not have: the server's limit, not the file's bug, so it is reported
 * as "could not check" (exit code 2) with what could not be checked and how to get a server that has it.
 */
export const missingExtension = defineCheck({
  id: 'missing-extension',
  severity: 'warning',
  summary: 'A migration creates an extension the PostgreSQL used for the check does not have, so it and what uses it could not be checked.',
  needs: ['run'],
  couldNotCheck: true,
  run: ({ run }) => {
    const consequences = [...consequencesOf(run).values()];
    const major = /^\s*(\d+)/.exec(run.postgresVersion)?.[1] ?? '';
    return run.traces.flatMap((t) => {
      const name = missingExtensionOf(t.up);
      if (!name || !t.up.file) return [];
      const after = consequences
        .filter((c) => c.cause === t.migration.versionText)
        .map((c) => `${c.trace.migration.versionText} ${c.which === 'reup' ? 'up again' : c.which}`);
      const source = extensionSource(name, major);
      const how = [
        `with postgres: docker, set postgres-image to an image that has it${source.image ? ` (e.g. ${source.image})` : ''}`,
        `with local binaries, install the package that provides it${source.debian ? ` (Debian/Ubuntu: ${source.debian})` : ` (it provides ${name}.control)`}`,
        'with database-url, install it on that server',
      ];
      return [
        {
          check: 'missing-extension',
          severity: 'warning' as const,
          file: t.up.file.path,
          line: t.up.error?.line ?? 1,
          version: t.migration.versionText,
          message:
            `extension "${name}" is not installed on the PostgreSQL ${run.postgresVersion} used for the check, so ${t.migration.versionText} could not be checked` +
            (after.length ? `, nor ${after.length} later step(s) that use what it provides: ${after.join(', ')}` : '') +
            ". This is a limit of the check's server, not an error in the file.",
          hint: `Check on a server that has ${name}: ${how.join('; ')}.`,
        },
      ];
    });
  },
});
