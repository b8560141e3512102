import type { Finding } from '../findings';
import { sectionLine } from '../formats/migration-set';
import type { MigrationTrace } from '../engine/trace';
import { defineCheck } from './check';

const HINT = 'Check this directory with the local, embedded or docker provider, which use a throw-away server.';

export const clusterWideChange = defineCheck({
  id: 'cluster-wide-change',
  severity: 'error',
  summary: 'With --database-url, a file that would change the server beyond the scratch database was not run, or changed it anyway.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces.flatMap((t) => [
      ...[t.up, t.down]
        .flatMap(({ status, file, reason }) => (status === 'refused' && file ? [{ file, reason: reason ?? 'changes the server' }] : []))
        .map(({ file, reason }) => ({
          check: 'cluster-wide-change',
          severity: 'error' as const,
          file: file.path,
          line: sectionLine(file),
          version: t.migration.versionText,
          message: `${file.name} was not run on the server given by database-url: it ${reason}, which would change more than the scratch database`,
          hint: HINT,
        })),
      ...changedOutside(t),
    ]),
});

/** A file that ran and rewrote privileges of a database or tablespace outside the scratch database (GRANT or REVOKE built in EXECUTE). */
function changedOutside(t: MigrationTrace): Finding[] {
  return [t.up, t.down, t.reup].flatMap(({ file, changedOutside: objects }) =>
    file && objects?.length
      ? [
          {
            check: 'cluster-wide-change',
            severity: 'error' as const,
            file: file.path,
            line: sectionLine(file),
            version: t.migration.versionText,
            message:
              `${file.name} changed the privileges recorded for ${objects.join(', ')} on the server given by database-url, outside the scratch database ` +
              "(GRANT or REVOKE ... ON DATABASE or TABLESPACE, built where the file's text does not show it, e.g. in EXECUTE): the run's role owns none of them, " +
              'so no privilege changed, but PostgreSQL rewrote the catalog row (an unset ACL becomes the explicit default), and it is left so',
            hint: HINT,
          },
        ]
      : [],
  );
}
