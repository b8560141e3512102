import { expect, it } from 'vitest';
import { runMigrations } from '../../src/engine/run-migrations';
import { loadMigrationSet } from '../../src/formats';
import { migrationsDir } from '../helpers/cluster';
import { sharedPostgresServer } from '../helpers/shared-server';

// The integration project's shared server: each run makes its own scratch databases on it.
const server = sharedPostgresServer();

/** A statement that fails unless golang-migrate's table holds exactly this row: what every file sees when it runs. */
const sees = (version: number, dirty = true) => `DO $$
BEGIN
  IF (SELECT pg_catalog.string_agg(version || ':' || dirty, ',') FROM schema_migrations) IS DISTINCT FROM '${version}:${dirty}' THEN
    RAISE EXCEPTION 'schema_migrations says %', (SELECT pg_catalog.string_agg(version || ':' || dirty, ',') FROM schema_migrations);
  END IF;
END
$$;
`;

/**
 * Each file checks the version table as golang-migrate leaves it for that file: its target version, dirty. The engine
 * sends a step's dirty write in the round trip that records the step before, so this proves the table still goes through
 * golang-migrate's states at the moments a file (or the observation pass replaying it) can see them: after an up with no
 * down, after a down-only migration, and after the rebuild that a down leaving a table behind causes.
 */
function directory(): string {
  return migrationsDir({
    '001_first.up.sql': `${sees(1)}CREATE TABLE a1 (id int PRIMARY KEY);\n`,
    '001_first.down.sql': `${sees(-1)}DROP TABLE a1;\n`,
    '002_no_down.up.sql': `${sees(2)}CREATE TABLE a2 (id int);\n`,
    '003_observed.up.sql': `${sees(3)}ALTER TABLE a1 ADD COLUMN c3 int;\n`,
    '003_observed.down.sql': `${sees(2)}ALTER TABLE a1 DROP COLUMN c3;\n`,
    '004_leaves_table.up.sql': `${sees(4)}CREATE TABLE a4 (id int);\n`,
    '004_leaves_table.down.sql': `${sees(3)}SELECT 1;\n`,
    '005_after_rebuild.up.sql': `${sees(5)}ALTER TABLE a1 ADD COLUMN c5 int;\n`,
    '005_after_rebuild.down.sql': `${sees(4)}ALTER TABLE a1 DROP COLUMN c5;\n`,
  });
}

for (const checkpointAfter of [Number.POSITIVE_INFINITY, 1]) {
  it(`every file sees the version table as golang-migrate leaves it (checkpoints after ${checkpointAfter} ups)`, async () => {
    const set = await loadMigrationSet(directory());
    const run = await runMigrations(set, server, {
      migrationsTable: 'schema_migrations',
      sharedServer: false,
      log: () => undefined,
      limits: { statementMs: 60_000, lockMs: 10_000 },
      checkpointAfter,
    });
    expect(run.aborted).toBeUndefined();
    const steps = run.traces.map((t) =>
      `${t.migration.versionText} ${t.up.status}/${t.down.status}/${t.reup.status} ${t.reup.error?.message ?? ''}`.trim(),
    );
    expect(steps).toEqual([
      '001 ok/ok/ok',
      '002 ok/skipped/skipped',
      '003 ok/ok/ok',
      // The down leaves a4, so the second up fails on it (not on the version table); the engine then rebuilds.
      '004 ok/ok/failed relation "a4" already exists',
      '005 ok/ok/ok',
    ]);
    // The observation pass replays an up under the same row the up itself sees.
    const observed = run.traces.filter((t) => t.observed?.mode === 'observed');
    expect(observed.map((t) => t.migration.versionText)).toEqual(['001', '002', '003', '004', '005']);
    for (const t of observed) expect(t.observed?.statements.flatMap((s) => s.failed ?? [])).toEqual([]);
  });
}
