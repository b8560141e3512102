import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks';
import { runMigrations } from '../../src/engine/run-migrations';
import { loadMigrationSet } from '../../src/formats';
import { describeFinding } from '../helpers/fixture-table';
import { migrationsDir, startTestServer, stopTestServer } from '../helpers/cluster';
import { FIXTURES } from '../helpers/processes';
import type { PostgresServer } from '../../src/servers/provider';
import { sharedPostgresServer } from '../helpers/shared-server';

// Seeding fires the tables' own triggers: whatever they do is seeding's business, never the migration's (issue 29).
const server = sharedPostgresServer();

/** A table whose BEFORE INSERT trigger runs `body`, then a migration that only adds a column to it. */
function withTrigger(body: string): string {
  return migrationsDir({
    '1_t.up.sql': `CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE FUNCTION t_fires() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${body}
  RETURN NEW;
END $$;
CREATE TRIGGER t_fires BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION t_fires();`,
    '1_t.down.sql': 'DROP TABLE t; DROP FUNCTION t_fires();',
    '2_w.up.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE t ADD COLUMN w int;",
    '2_w.down.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE t DROP COLUMN w;",
  });
}

async function check(dir: string, statementMs = 60_000, on: PostgresServer = server, log: (message: string) => void = () => undefined) {
  const set = await loadMigrationSet(dir);
  const run = await runMigrations(set, on, {
    migrationsTable: 'schema_migrations',
    sharedServer: false,
    log,
    limits: { statementMs, lockMs: 10_000 },
    seedData: true,
  });
  expect(run.aborted).toBeUndefined();
  const findings = runChecks({ set, run }, new Set());
  return { run, findings, described: findings.map(describeFinding).sort() };
}

describe('seeding runs apart from the migrations', () => {
  it('leaves no table behind when a trigger creates one (the auto-partition pattern): the table is left unseeded, said once', async () => {
    const { described, findings } = await check(withTrigger("EXECUTE 'CREATE TABLE IF NOT EXISTS sneaky (id int)';"));
    expect(described).toEqual(['seed-skipped at 2_w.up.sql:1']);
    expect(findings[0].message).toMatch(/created, changed or dropped schema objects; seeding rolled them back/);
  });

  it("keeps the migrations' search_path when a trigger changes its session's", async () => {
    const { described, run } = await check(withTrigger("PERFORM set_config('search_path', 'pg_catalog', false);"));
    expect(described).toEqual([]);
    expect(run.traces[1].up.status).toBe('ok');
    expect(run.traces[1].data?.seeded).toEqual(['public.t']);
  });

  it('goes on with the migration when a trigger ends its own session', async () => {
    const { described, findings, run } = await check(withTrigger('PERFORM pg_terminate_backend(pg_backend_pid());'));
    expect(described).toEqual(['seed-skipped at 2_w.up.sql:1']);
    expect(findings[0].message).toMatch(/terminating connection/);
    expect(run.traces.map((t) => [t.up.status, t.down.status, t.reup.status])).toEqual([
      ['ok', 'ok', 'ok'],
      ['ok', 'ok', 'ok'],
    ]);
  });

  it('stops a trigger that sleeps through every cancel, without touching the migrations', async () => {
    const { described, findings, run } = await check(
      withTrigger('LOOP BEGIN PERFORM pg_sleep(60); EXCEPTION WHEN query_canceled THEN NULL; END; END LOOP;'),
      4_000,
    );
    expect(described).toEqual(['seed-skipped at 2_w.up.sql:1']);
    expect(findings[0].message).toMatch(/seeding it failed/);
    expect(run.traces[1].up.status).toBe('ok');
  });
});

describe("seeding's connection when the run leaves a database", () => {
  // A server of this file's own, whose log names each session's application.
  let own: PostgresServer;
  const logged: string[] = [];
  beforeAll(async () => {
    ({ server: own } = await startTestServer(['log_line_prefix=%a: ']));
    own.onLog?.((line) => logged.push(line));
  });
  afterAll(() => stopTestServer(own));

  it('ends before the database is dropped for a rebuild: dropping it ends no session (and waits for none)', async () => {
    // Its second migration's tables are seeded, then its second up fails and the database is rebuilt.
    const messages: string[] = [];
    const { run } = await check(path.join(FIXTURES, 'golang-migrate', 'down-incomplete'), 60_000, own, (m) => messages.push(m));
    expect(run.traces[1].data?.seeded?.length).toBeGreaterThan(0);
    expect(messages.filter((m) => m.startsWith('rebuilding the scratch database'))).toHaveLength(1);
    expect(logged.filter((l) => l.startsWith('migration-guard (seeding): FATAL'))).toEqual([]);
  });
});
