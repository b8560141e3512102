import { sectionLine } from '../formats/migration-set';
import { defineCheck } from './check';

export const clusterWideChange = defineCheck({
  id: 'cluster-wide-change',
  severity: 'error',
  summary: 'With --database-url, a file that would change the server beyond the scratch database was not run.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces.flatMap((t) =>
      [t.up, t.down]
        .flatMap(({ status, file, reason }) => (status === 'refused' && file ? [{ file, reason: reason ?? 'changes the server' }] : []))
        .map(({ file, reason }) => ({
          check: 'cluster-wide-change',
          severity: 'error' as const,
          file: file.path,
          line: sectionLine(file),
          version: t.migration.versionText,
          message: `${file.name} was not run on the server given by database-url: it ${reason}, which would change more than the scratch database`,
          hint: 'Check this directory with the local, embedded or docker provider, which use a throw-away server.',
        })),
    ),
});
