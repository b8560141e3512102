import { defineCheck } from './check';

/** A dirty deployed database refuses every golang-migrate command: the deploy would fail before running anything. */
export const targetDirty = defineCheck({
  id: 'target-dirty',
  severity: 'error',
  summary: 'The deployed database is marked dirty: a migration failed part-way there and the next deploy will refuse to run.',
  needs: ['deployed'],
  run: ({ set, deployed }) => {
    if (!deployed.dirty) return [];
    const version = deployed.version;
    const shown = version === undefined ? 'nil (-1)' : version.toString();
    const migration = version === undefined ? undefined : set.migrations.find((m) => m.version === version);
    const previous = version === undefined ? undefined : set.migrations.filter((m) => m.version < version).at(-1)?.versionText ?? '-1';
    return [{
      check: 'target-dirty',
      severity: 'error',
      file: migration?.up?.path ?? migration?.down?.path,
      line: migration ? 1 : undefined,
      version: migration?.versionText,
      message: `the target database ${deployed.where} is dirty at version ${shown}: a migration failed there part-way, and golang-migrate refuses to deploy ("Dirty database version ${shown}. Fix and force version.")`,
      hint: `Inspect what ${shown} left behind and repair it by hand, then record the real state with \`migrate -path ${set.dir} -database "$DATABASE_URL" force ${version === undefined ? '-1' : `${version}`}\` if it completed${previous ? `, or \`force ${previous}\` if it did not` : ''}.`,
    }];
  },
});
