import { expect, it } from 'vitest';
import { AFTER_DOWN } from '../../src/check-support/difference-words';
import { AFTER_SECOND_UP } from '../../src/check-support/difference-words';
import { describeDifference } from '../../src/catalog/snapshot-diff';
import { runMigrations } from '../../src/engine/run-migrations';
import type { EngineRun } from '../../src/engine/trace';
import { loadMigrationSet } from '../../src/formats';
import { migrationsDir } from '../helpers/cluster';
import { sharedPostgresServer } from '../helpers/shared-server';

// The integration project's shared server: each run makes its own scratch databases and checkpoints on it.
const server = sharedPostgresServer();

/** Everything the checks read from a run, in words (as tracked-snapshots.test.ts compares runs). */
function observed(run: EngineRun) {
  return run.traces.map((t) => ({
    version: t.migration.versionText,
    steps: [t.up.status, t.down.status, t.reup.status].join('/'),
    upFailsOnData: t.data?.upFailure?.table,
    afterDown: (t.downDiff ?? []).map((d) => describeDifference(d, AFTER_DOWN)).sort(),
    afterSecondUp: (t.reupDiff ?? []).map((d) => describeDifference(d, AFTER_SECOND_UP)).sort(),
  }));
}

/**
 * 20 ordinary migrations, the third of which moves the session into schema app (later tables land there only if the
 * session state is resumed after a copy), then three that each make the engine rebuild: an up that fails on seeded
 * rows, a down that leaves a table behind (so the second up fails), and another up that fails on seeded rows;
 * then a lossy down whose finding names the schema the unqualified table went to. The failing ups LISTEN, which a
 * rollback keeps: emptying the seeded table would not undo it, so the engine rebuilds (seeded-rows.test.ts has the
 * migrations it re-runs on emptied tables).
 */
function directory(): string {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 20; i++) {
    const v = String(i).padStart(3, '0');
    const up = i === 3 ? 'CREATE SCHEMA app;\nSET search_path = app, public;\n' : `CREATE TABLE a${i} (id int PRIMARY KEY, name text);\n`;
    const down = i === 3 ? 'SET search_path = public;\nDROP SCHEMA app;\n' : `DROP TABLE a${i};\n`;
    files[`${v}_m${i}.up.sql`] = up;
    files[`${v}_m${i}.down.sql`] = down;
  }
  Object.assign(files, {
    '021_must.up.sql': 'ALTER TABLE a1 ADD COLUMN must int NOT NULL;\nLISTEN mg_test;\n',
    '021_must.down.sql': 'ALTER TABLE a1 DROP COLUMN must;\n',
    '022_left.up.sql': 'CREATE TABLE left_behind (id int);\n',
    '022_left.down.sql': 'SELECT 1;\n',
    '023_must.up.sql': 'ALTER TABLE a2 ADD COLUMN must int NOT NULL;\nLISTEN mg_test;\n',
    '023_must.down.sql': 'ALTER TABLE a2 DROP COLUMN must;\n',
    '024_lossy.up.sql': 'CREATE TABLE placed (id int);\n',
    '024_lossy.down.sql': 'SELECT 1;\n',
  });
  return migrationsDir(files);
}

it('a rebuild that copies a checkpoint sees exactly what a rebuild that replays every up sees', async () => {
  const set = await loadMigrationSet(directory());
  const logs: string[][] = [[], []];
  const options = (i: number) => ({
    migrationsTable: 'schema_migrations',
    sharedServer: false,
    log: (m: string) => logs[i].push(m),
    limits: { statementMs: 60_000, lockMs: 10_000 },
  });
  // Two independent runs (scratch databases of their own), at the same time.
  const [replayed, copied] = await Promise.all([
    runMigrations(set, server, { ...options(0), checkpointAfter: Number.POSITIVE_INFINITY }),
    runMigrations(set, server, { ...options(1), checkpointAfter: 10 }),
  ]);
  expect(replayed.aborted).toBeUndefined();
  expect(copied.aborted).toBeUndefined();
  expect(observed(copied)).toEqual(observed(replayed));
  // The rebuilds happened, and the later ones copied the checkpoint the first one left.
  expect(logs[0].filter((l) => l.startsWith('rebuilding')).length).toBeGreaterThanOrEqual(3);
  expect(logs[0].filter((l) => l.startsWith('copying the checkpoint'))).toHaveLength(0);
  expect(logs[1].filter((l) => l.startsWith('copying the checkpoint')).length).toBeGreaterThanOrEqual(3);
  const rows = observed(copied);
  expect(rows.find((r) => r.version === '021')?.upFailsOnData).toBe('public.a1');
  expect(rows.find((r) => r.version === '023')?.upFailsOnData).toBe('public.a2');
  // SET search_path from 003 was resumed on the copy's session: the unqualified table of 024 went to schema app.
  expect(rows.find((r) => r.version === '024')?.afterDown.join('\n')).toMatch(/app\.placed/);
});
