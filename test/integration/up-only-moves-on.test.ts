import { expect, it } from 'vitest';
import { runMigrations } from '../../src/engine/run-migrations';
import { loadMigrationSet } from '../../src/formats';
import { migrationsDir } from '../helpers/cluster';
import { sharedPostgresServer } from '../helpers/shared-server';

const server = sharedPostgresServer();

/**
 * A goose directory that does without downs: files without `-- +goose Down`, and empty Down sections. Running such a
 * down does nothing, leaves the up's table in place and makes the second up fail; the scratch database was then
 * rebuilt after every migration (quadratic in the directory's length). They are checked up only.
 */
function upOnlyDirectory(): string {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 6; i++) {
    const body = `-- +goose Up\nCREATE TABLE u${i} (id int PRIMARY KEY);\n`;
    files[`${String(i).padStart(5, '0')}_u${i}.sql`] = i % 2 ? body : `${body}\n-- +goose Down\n-- nothing to undo\n`;
  }
  return migrationsDir(files);
}

it('an up-only directory is checked up only, without rebuilding the scratch database after each no-op down', async () => {
  const set = await loadMigrationSet(upOnlyDirectory());
  const logs: string[] = [];
  const run = await runMigrations(set, server, {
    migrationsTable: 'goose_db_version',
    sharedServer: false,
    log: (m) => logs.push(m),
    limits: { statementMs: 60_000, lockMs: 10_000 },
  });
  expect(run.aborted).toBeUndefined();
  expect(run.traces).toHaveLength(6);
  expect(run.traces.map((t) => [t.up.status, t.down.status, t.reup.status])).toEqual(Array(6).fill(['ok', 'skipped', 'skipped']));
  expect(run.traces.map((t) => t.down.reason)).toEqual([
    'no down section',
    'no statements in the down',
    'no down section',
    'no statements in the down',
    'no down section',
    'no statements in the down',
  ]);
  expect(logs.filter((l) => l.startsWith('rebuilding'))).toEqual([]);
});
