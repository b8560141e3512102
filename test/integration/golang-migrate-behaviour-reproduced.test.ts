import { describe, expect, it, vi } from 'vitest';
import { migrationsDir } from '../helpers/cluster';
import { checkInProcess } from '../helpers/in-process';
import { SHARED } from '../helpers/shared-server';

// What golang-migrate does with a file, reproduced by the engine: the pipeline in this process on the integration
// project's one PostgreSQL (a scratch database per run). The providers have their own files (url-provider for a
// server given by URL).
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

// Independent runs (a scratch database each; none looks at what the others leave): five at a time.
describe.concurrent('golang-migrate behaviour, reproduced', () => {
  // The engine is the subject: no fix trials (verified-*-fixes try fixes; a trial only adds a fix or a hint).
  const check = async (files: Record<string, string>) => {
    const { outcome, report: built } = await checkInProcess(migrationsDir(files), ['--no-fixes']);
    expect(outcome.run?.postgresVersionReason).toContain(SHARED);
    const report = JSON.parse(JSON.stringify(built));
    return {
      ...report,
      code: outcome.exitCode,
      at: report.findings.map(
        (f: { check: string; file: string; line: number; column?: number }) =>
          `${f.check} ${f.file.split('/').pop()}:${f.line}${f.column ? `:${f.column}` : ''}`,
      ),
    };
  };

  it('keeps schema_migrations as golang-migrate does: the target version is dirty while a file runs', async () => {
    const expectRow = (version: number) =>
      `DO $$ BEGIN IF (SELECT (version, dirty) FROM schema_migrations) IS DISTINCT FROM (${version}::bigint, true) THEN RAISE EXCEPTION 'bookkeeping %', (SELECT (version, dirty) FROM schema_migrations); END IF; END $$;`;
    const report = await check({
      '000001_a.up.sql': 'CREATE TABLE a (id int);',
      '000001_a.down.sql': `${expectRow(-1)}\nDROP TABLE a;`,
      '000002_b.up.sql': `${expectRow(2)}\nCREATE TABLE b (id int);`,
      '000002_b.down.sql': `${expectRow(1)}\nDROP TABLE b;`,
    });
    expect(report.findings).toEqual([]);
  });

  it('reports the right line in CRLF files', async () => {
    const report = await check({
      '000001_a.up.sql': 'CREATE TABLE a (id int);\r\nCREATE TABLE b (id intt);\r\n',
      '000001_a.down.sql': 'DROP TABLE a;',
    });
    expect(report.at).toEqual(['up-failed 000001_a.up.sql:2:20']);
  });

  it('finds the statement of an error PostgreSQL gives no position for', async () => {
    const report = await check({
      '000001_a.up.sql': 'CREATE TABLE a (n int);\nINSERT INTO a VALUES (-1);\n\nALTER TABLE a\n  ADD CONSTRAINT positive CHECK (n > 0);\n',
      '000001_a.down.sql': 'DROP TABLE a;',
    });
    expect(report.at).toEqual(['up-failed 000001_a.up.sql:4:1']);
    expect(report.findings[0].message).toContain('check constraint "positive" of relation "a" is violated by some row (SQLSTATE 23514)');
  });

  it('points into a DO block at the line that raised', async () => {
    const report = await check({
      '000001_a.up.sql': "CREATE TABLE a (n int);\nDO $$\nBEGIN\n  PERFORM 1;\n  RAISE EXCEPTION 'not yet';\nEND $$;",
      '000001_a.down.sql': 'DROP TABLE a;',
    });
    expect(report.at).toEqual(['up-failed 000001_a.up.sql:5:3']);
  });

  it('runs files with their own BEGIN/COMMIT as they are', async () => {
    const report = await check({ '000001_a.up.sql': 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;', '000001_a.down.sql': 'DROP TABLE a;' });
    expect(report.findings).toEqual([]);
  });

  it('fails CONCURRENTLY even after a COMMIT in the same file, as PostgreSQL does for one multi-statement query', async () => {
    const report = await check({
      '000001_a.up.sql': 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nCREATE INDEX CONCURRENTLY a_id ON a (id);',
      '000001_a.down.sql': 'DROP TABLE a;',
    });
    expect(report.at).toEqual(['up-failed 000001_a.up.sql:4:1']);
    expect(report.findings[0].message).toContain('runs its own BEGIN/COMMIT, so statements committed before the error stay applied');
  });

  it('pairs up and down files by number whatever their padding, and says so', async () => {
    const report = await check({ '000034_x.up.sql': 'CREATE TABLE x (id int);', '00034_x.down.sql': 'DROP TABLE x;' });
    expect([...report.at].sort()).toEqual(['mismatched-pair 00034_x.down.sql:1', 'sequence-gap 000034_x.up.sql:1']);
    expect(report.results[0].steps.reup.status).toBe('ok');
  });

  it('treats a down without an up as golang-migrate does: the up only moves the version', async () => {
    const report = await check({
      '000001_a.up.sql': 'CREATE TABLE a (id int);',
      '000001_a.down.sql': 'DROP TABLE a;',
      '000002_b.down.sql': 'DROP TABLE a;',
    });
    expect(report.at).toEqual(['down-incomplete 000002_b.down.sql:1', 'missing-up 000002_b.down.sql:1']);
    expect(report.findings[0].message).toContain('table a is missing (it existed before the up)');
    expect(report.results[1].steps.reup).toMatchObject({ status: 'skipped', reason: 'no up file' });
  });

  it('reports an empty down file and what it leaves behind', async () => {
    const report = await check({ '000001_a.up.sql': 'CREATE TABLE a (id int);', '000001_a.down.sql': '-- TODO\n' });
    // Said once: down-incomplete says the down runs no statement (empty-file stays quiet there).
    expect(report.at).toEqual(['down-incomplete 000001_a.down.sql:1']);
  });

  it('catches every kind of object a down file leaves behind', async () => {
    const report = await check({
      '000001_base.up.sql': 'CREATE TABLE t (id int PRIMARY KEY, name text);',
      '000001_base.down.sql': 'DROP TABLE t;',
      '000002_all.up.sql': [
        'CREATE SCHEMA extra;',
        'CREATE EXTENSION pg_trgm;',
        'CREATE SEQUENCE counter;',
        'CREATE DOMAIN positive AS int CHECK (VALUE > 0);',
        'CREATE TYPE pair AS (a int, b int);',
        "CREATE TYPE mood AS ENUM ('ok');",
        'CREATE VIEW v AS SELECT id FROM t;',
        'CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;',
        'CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;',
        'CREATE TRIGGER t_noop BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION noop();',
        'ALTER TABLE t ENABLE ROW LEVEL SECURITY;',
        'CREATE POLICY own ON t USING (true);',
        "COMMENT ON COLUMN t.name IS 'display name';",
        'ALTER TABLE t ADD CONSTRAINT name_len CHECK (length(name) < 100);',
        'ALTER TABLE t ALTER COLUMN name SET NOT NULL;',
        "ALTER TABLE t ALTER COLUMN name SET DEFAULT 'anon';",
        'CREATE RULE no_delete AS ON DELETE TO t DO INSTEAD NOTHING;',
        'CREATE STATISTICS t_stats ON id, name FROM t;',
      ].join('\n'),
      '000002_all.down.sql': 'SELECT 1;',
    });
    // Besides down-incomplete, the up's own hazards on the existing table t: the trigger's lock without lock_timeout, the CHECK
    // and SET NOT NULL scans, and the CHECK failing on the generated 1000-character name; the kept extension has its own id.
    expect(report.at).toEqual([
      'down-incomplete 000002_all.down.sql:1',
      'down-keeps-extension 000002_all.down.sql:1',
      'missing-lock-timeout 000002_all.up.sql:10',
      'up-fails-on-data 000002_all.up.sql:14:1',
      'validating-constraint 000002_all.up.sql:14',
      'validating-constraint 000002_all.up.sql:15',
    ]);
    expect(report.findings[0].message).toMatch(/; and \d+ more\. Running the up again then fails: schema "extra" already exists$/);
    expect([...report.results[1].differences.afterDown].sort()).toEqual([
      "column t.name default changed from none to 'anon'::text",
      'column t.name not null changed from false to true',
      'comment on table column t.name is still there',
      'composite type pair is still there',
      'constraint t.name_len is still there',
      'domain positive is still there',
      'enum mood is still there',
      'extension pg_trgm is still there',
      'function noop() is still there',
      'materialized view mv is still there',
      'policy t.own is still there',
      'rule t.no_delete is still there',
      'schema extra is still there',
      'sequence counter is still there',
      'statistics t_stats is still there',
      'table t row level security changed from disabled to enabled',
      'trigger t.t_noop is still there',
      'view v is still there',
    ]);
  });
});
