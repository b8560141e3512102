import { defineCheck } from './check';

/** The deployed version has no file here: golang-migrate cannot step from it; goose and dbmate cannot roll it back. */
export const targetUnknownVersion = defineCheck({
  id: 'target-unknown-version',
  severity: 'error',
  summary: 'The deployed database is at a version this directory does not have (older code, or a deleted migration).',
  needs: ['deployed'],
  run: ({ set, deployed }) => {
    const version = deployed.version;
    if (version === undefined || set.migrations.some((m) => m.version === version)) return [];
    const newest = set.migrations.at(-1);
    const older = !newest || newest.version < version;
    return [
      {
        check: 'target-unknown-version',
        severity: 'error',
        message: `the target database ${deployed.where} is at version ${version}, which is not in this directory: ${older ? 'this code is older than the database' : 'that migration was deleted or renumbered'}; ${set.format.words.unknownVersion.replaceAll('{version}', version.toString())}`,
        hint: older ? 'Deploy from a revision that contains every migration the database has run.' : `Restore the migration with version ${version}.`,
      },
    ];
  },
});
