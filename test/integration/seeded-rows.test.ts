import { expect, it } from 'vitest';
import { runMigrations } from '../../src/engine/run-migrations';
import { loadMigrationSet } from '../../src/formats';
import { migrationsDir } from '../helpers/cluster';
import { sharedPostgresServer } from '../helpers/shared-server';

const server = sharedPostgresServer();

/** The run's log and, per migration, its steps and the table its up failed on because of seeded rows. */
async function run(files: Record<string, string>) {
  const set = await loadMigrationSet(migrationsDir(files));
  const logs: string[] = [];
  const result = await runMigrations(set, server, {
    migrationsTable: 'schema_migrations',
    sharedServer: false,
    log: (m: string) => logs.push(m),
    limits: { statementMs: 60_000, lockMs: 10_000 },
  });
  expect(result.aborted).toBeUndefined();
  const rows = result.traces.map((t) => ({
    version: t.migration.versionText,
    steps: [t.up.status, t.down.status, t.reup.status].join('/'),
    upFailsOnData: t.data?.upFailure?.table,
  }));
  return { logs, rows };
}

/** An up that fails on seeded rows only (a NOT NULL column without a default). */
const MUST = { up: 'ALTER TABLE t ADD COLUMN must int NOT NULL;\n', down: 'ALTER TABLE t DROP COLUMN must;\n' };
/** An up that fails, on no row at all, when t's serial sequence has handed out a value: the sequence must be as the run without rows left it. */
const SEQUENCE_UNTOUCHED = "SELECT CASE WHEN is_called THEN pg_catalog.current_setting('mg.the_sequence_moved') END FROM t_id_seq;\n";

it('an up that fails on seeded rows is run again on the emptied tables, with the sequences as before the rows, instead of on a rebuilt database', async () => {
  const { logs, rows } = await run({
    '001_t.up.sql': 'CREATE TABLE t (id serial PRIMARY KEY, v text NOT NULL);\n',
    '001_t.down.sql': 'DROP TABLE t;\n',
    // Rows seeded for 002 stay in t (an UPDATE of the table seeding filled moves them nowhere else).
    '002_touch.up.sql': "UPDATE t SET v = v || '!';\n",
    '002_touch.down.sql': 'UPDATE t SET v = v;\n',
    '003_must.up.sql': MUST.up,
    '003_must.down.sql': MUST.down,
    '004_sequence.up.sql': SEQUENCE_UNTOUCHED,
    '004_sequence.down.sql': 'SELECT 1;\n',
  });
  expect(rows).toEqual([
    { version: '001', steps: 'ok/ok/ok', upFailsOnData: undefined },
    { version: '002', steps: 'ok/ok/ok', upFailsOnData: undefined },
    { version: '003', steps: 'ok/ok/ok', upFailsOnData: 'public.t' },
    { version: '004', steps: 'ok/ok/ok', upFailsOnData: undefined },
  ]);
  expect(logs.filter((l) => l.startsWith('emptied'))).toEqual([
    'emptied 1 seeded table(s) instead of rebuilding the scratch database with 2 migration(s) applied',
  ]);
  expect(logs.filter((l) => l.startsWith('rebuilding'))).toEqual([]);
});

it('a step that copied seeded rows into another table makes the engine rebuild: emptying the seeded table would leave the copies', async () => {
  const { logs, rows } = await run({
    '001_t.up.sql': 'CREATE TABLE t (id serial PRIMARY KEY, v text NOT NULL);\nCREATE TABLE copies (v text);\n',
    '001_t.down.sql': 'DROP TABLE copies;\nDROP TABLE t;\n',
    '002_copy.up.sql': 'INSERT INTO copies SELECT v FROM t;\n',
    '002_copy.down.sql': 'DELETE FROM copies;\n',
    '003_must.up.sql': MUST.up,
    '003_must.down.sql': MUST.down,
  });
  expect(rows.find((r) => r.version === '003')).toEqual({ version: '003', steps: 'ok/ok/ok', upFailsOnData: 'public.t' });
  expect(logs.filter((l) => l.startsWith('emptied'))).toEqual([]);
  expect(logs).toContain('the seeded rows cannot simply be taken out (002 up runs InsertStmt)');
  expect(logs).toContain('rebuilding the scratch database with 2 migration(s) applied');
});

it('a down that fails on the rows its up left is run again on the emptied tables', async () => {
  const { logs, rows } = await run({
    '001_t.up.sql': 'CREATE TABLE t (id serial PRIMARY KEY, v text NOT NULL);\n',
    '001_t.down.sql': 'DROP TABLE t;\n',
    // The down re-adds a NOT NULL column without a default: it fails on any row the up left.
    '002_drop.up.sql': 'ALTER TABLE t DROP COLUMN v;\n',
    '002_drop.down.sql': 'ALTER TABLE t ADD COLUMN v text NOT NULL;\n',
    '003_sequence.up.sql': SEQUENCE_UNTOUCHED,
    '003_sequence.down.sql': 'SELECT 1;\n',
  });
  expect(rows.map((r) => r.steps)).toEqual(['ok/ok/ok', 'ok/ok/ok', 'ok/ok/ok']);
  expect(logs.filter((l) => l.startsWith('emptied'))).toEqual([
    'emptied 1 seeded table(s) instead of rebuilding the scratch database with 2 migration(s) applied',
  ]);
  expect(logs.filter((l) => l.startsWith('rebuilding'))).toEqual([]);
});

it('an up that fails on seeded rows in a statement that commits on its own (CREATE INDEX CONCURRENTLY) is re-run on a rebuilt database', async () => {
  const { logs, rows } = await run({
    '001_t.up.sql': 'CREATE TABLE t (id serial PRIMARY KEY, v text NOT NULL);\n',
    '001_t.down.sql': 'DROP TABLE t;\n',
    // Seeded rows repeat values: the build fails, and leaves an invalid index that no rollback takes back.
    '002_unique.up.sql': 'CREATE UNIQUE INDEX CONCURRENTLY t_v ON t (v);\n',
    '002_unique.down.sql': 'DROP INDEX CONCURRENTLY t_v;\n',
  });
  expect(rows.find((r) => r.version === '002')).toEqual({ version: '002', steps: 'ok/ok/ok', upFailsOnData: 'public.t' });
  expect(logs).toContain('the seeded rows cannot simply be taken out (002_unique.up.sql does work a rollback keeps)');
  expect(logs).toContain('rebuilding the scratch database with 1 migration(s) applied');
});

/** A parent whose children go with a deleted row (ON DELETE CASCADE) and are kept on an update (ON UPDATE NO ACTION). */
const PARENT_AND_CHILD = {
  '001_t.up.sql':
    'CREATE TABLE t (id serial PRIMARY KEY, v text NOT NULL);\nCREATE TABLE child (id serial PRIMARY KEY, t_id int NOT NULL REFERENCES t ON DELETE CASCADE);\n',
  '001_t.down.sql': 'DROP TABLE child;\nDROP TABLE t;\n',
};

it('an UPDATE of a table whose children go only with a deleted row runs no code: the rows are taken out without a rebuild', async () => {
  const { logs, rows } = await run({
    ...PARENT_AND_CHILD,
    '002_touch.up.sql': "UPDATE t SET v = v || '!';\n",
    '002_touch.down.sql': 'UPDATE t SET v = v;\n',
    '003_must.up.sql': MUST.up,
    '003_must.down.sql': MUST.down,
  });
  expect(rows.find((r) => r.version === '003')).toEqual({ version: '003', steps: 'ok/ok/ok', upFailsOnData: 'public.t' });
  expect(logs.filter((l) => l.startsWith('rebuilding'))).toEqual([]);
  expect(logs.filter((l) => l.startsWith('emptied'))).toHaveLength(1);
});

it('a DELETE of that table runs its foreign key’s action, and an UPDATE of a table with an update trigger runs the trigger: both rebuild', async () => {
  const deleted = await run({
    ...PARENT_AND_CHILD,
    '002_touch.up.sql': "DELETE FROM t WHERE v = 'no such value';\n",
    '002_touch.down.sql': 'SELECT 1;\n',
    '003_must.up.sql': MUST.up,
    '003_must.down.sql': MUST.down,
  });
  expect(deleted.logs).toContain('the seeded rows cannot simply be taken out (an UPDATE or DELETE ran code of the migrations)');
  const triggered = await run({
    '001_t.up.sql':
      'CREATE TABLE t (id serial PRIMARY KEY, v text NOT NULL);\nCREATE TABLE audit (v text);\n' +
      'CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit VALUES (NEW.v); RETURN NEW; END $$;\n' +
      'CREATE TRIGGER keep AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION keep();\n',
    '001_t.down.sql': 'DROP TABLE audit;\nDROP TABLE t;\nDROP FUNCTION keep();\n',
    '002_touch.up.sql': "UPDATE t SET v = v || '!';\n",
    '002_touch.down.sql': 'UPDATE t SET v = v;\n',
    '003_must.up.sql': MUST.up,
    '003_must.down.sql': MUST.down,
  });
  expect(triggered.logs).toContain('the seeded rows cannot simply be taken out (an UPDATE or DELETE ran code of the migrations)');
  expect(triggered.rows.find((r) => r.version === '003')?.upFailsOnData).toBe('public.t');
});
