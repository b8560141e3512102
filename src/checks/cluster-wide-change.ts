import { sectionLine } from '../formats/migration-set';
import { defineCheck } from './check';

export const clusterWideChange = defineCheck({
  id: 'cluster-wide-change',
  severity: 'error',
  summary: 'With --database-url, a file that would change the server beyond the scratch database was not run.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces.flatMap((t) =>
      [t.up, t.down].filter((s) => s.status === 'refused').map((s) => ({
        check: 'cluster-wide-change',
        severity: 'error' as const,
        file: s.file!.path,
        line: sectionLine(s.file!),
        version: t.migration.versionText,
        message: `${s.file!.name} was not run on the server given by database-url: it ${s.reason}, which would change more than the scratch database`,
        hint: 'Check this directory with the local, embedded or docker provider, which use a throw-away server.',
      })),
    ),
});
