import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFTER_DOWN } from '../../src/check-support/difference-words';
import { AFTER_SECOND_UP } from '../../src/check-support/difference-words';
import { runMigrations } from '../../src/engine/run-migrations';
import type { EngineRun } from '../../src/engine/trace';
import { loadMigrationSet } from '../../src/formats';
import type { PostgresServer } from '../../src/servers/provider';
import { describeDifference } from '../../src/catalog/snapshot-diff';
import { migrationsDir, startTestServer, stopTestServer } from '../helpers/cluster';

let server: PostgresServer;
let query: (sql: string) => Promise<unknown>;
beforeAll(async () => ({ server, query } = await startTestServer()));
afterAll(() => stopTestServer(server));

/** Everything a check reads from a run, in words. */
function observed(run: EngineRun) {
  return run.traces.map((t) => ({
    steps: [t.up.status, t.down.status, t.reup.status].join('/'),
    afterDown: (t.downDiff ?? []).map((d) => describeDifference(d, AFTER_DOWN)).sort(),
    afterSecondUp: (t.reupDiff ?? []).map((d) => describeDifference(d, AFTER_SECOND_UP)).sort(),
  }));
}

/** The same directory with whole snapshots and with touched-object tracking: they must see exactly the same. */
async function bothWays(dir: string, createsRoles = false) {
  const set = await loadMigrationSet(dir);
  const options = {
    migrationsTable: 'schema_migrations',
    sharedServer: false,
    log: () => undefined,
    limits: { statementMs: 60_000, lockMs: 10_000 },
    // The two ways of reading the catalog are the subject: no observation pass (rolled back, it reads no catalog) and no
    // rows (they change no catalog row either); both cost a quarter of this file. Tracking with rows seeded:
    // fixtures-give-readme-findings, whose data fixtures are also split with whole snapshots, rows and fixes.
    observe: false,
    seedData: false,
  };
  const full = await runMigrations(set, server, { ...options, trackChanges: false });
  // Roles are cluster-wide and outlive the scratch database: start the second run from the same cluster state.
  // Only a case that creates roles changes that state, and such a case runs alone (below).
  if (createsRoles)
    await query(
      "DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE 'mg\\_%' LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END $$",
    );
  const tracked = await runMigrations(set, server, { ...options, trackChanges: true });
  expect(full.snapshots).toBe('full');
  expect(tracked.snapshots).toBe('touched objects');
  expect(observed(tracked)).toEqual(observed(full));
  return observed(tracked);
}

const BASE = 'CREATE TABLE t (id int PRIMARY KEY, name text);\nCREATE TABLE u (id int PRIMARY KEY, t_id int REFERENCES t (id));\n';

/** [what the up does, a down that undoes only part of it or nothing]: one object kind (or a ripple) each. */
const CASES: [string, string, string][] = [
  ['table', 'CREATE TABLE extra (id int);', 'SELECT 1;'],
  ['column', 'ALTER TABLE t ADD COLUMN note text;', 'SELECT 1;'],
  [
    'column default and not null',
    "ALTER TABLE t ALTER COLUMN name SET DEFAULT 'x';\nALTER TABLE t ALTER COLUMN name SET NOT NULL;",
    'ALTER TABLE t ALTER COLUMN name DROP NOT NULL;',
  ],
  ['column type', 'ALTER TABLE t ALTER COLUMN name TYPE varchar(20);', 'SELECT 1;'],
  ['column storage', 'ALTER TABLE t ALTER COLUMN name SET STORAGE EXTERNAL;', 'SELECT 1;'],
  ['column compression', 'ALTER TABLE t ALTER COLUMN name SET COMPRESSION pglz;', 'SELECT 1;'],
  ['column statistics target', 'ALTER TABLE t ALTER COLUMN name SET STATISTICS 500;', 'SELECT 1;'],
  [
    'owners of a table, a view, a sequence, a function, a type and a schema',
    'DO $$ BEGIN CREATE ROLE mg_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\nALTER TABLE t OWNER TO mg_owner;\nALTER VIEW base_view OWNER TO mg_owner;\n' +
      'ALTER SEQUENCE base_seq OWNER TO mg_owner;\nALTER FUNCTION keep() OWNER TO mg_owner;\nALTER TYPE base_mood OWNER TO mg_owner;\nALTER SCHEMA public OWNER TO mg_owner;',
    'SELECT 1;',
  ],
  // A role of its own: roles outlive a case, and one created by an earlier case would not show as added in the first run.
  [
    'owner of one function (no full re-read)',
    'DO $$ BEGIN CREATE ROLE mg_fn_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\nALTER FUNCTION keep() OWNER TO mg_fn_owner;',
    'SELECT 1;',
  ],
  ['column order', 'ALTER TABLE t DROP COLUMN name;\nALTER TABLE t ADD COLUMN name text;', 'SELECT 1;'],
  ['constraint', 'ALTER TABLE t ADD CONSTRAINT name_len CHECK (length(name) < 10);', 'SELECT 1;'],
  ['index', 'CREATE INDEX t_name ON t (name);', 'SELECT 1;'],
  ['unique constraint via index', 'ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE (name);', 'SELECT 1;'],
  [
    'sequence owned by a column',
    "CREATE SEQUENCE t_seq OWNED BY t.id;\nALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_seq');",
    'ALTER TABLE t ALTER COLUMN id DROP DEFAULT;',
  ],
  ['sequence options', 'CREATE SEQUENCE s;', 'SELECT 1;'],
  ['view', 'CREATE VIEW v AS SELECT id FROM t;', 'SELECT 1;'],
  ['materialized view', 'CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;', 'SELECT 1;'],
  ['function', 'CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;', 'SELECT 1;'],
  ['function body changed', 'CREATE OR REPLACE FUNCTION keep() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;', 'SELECT 1;'],
  [
    'trigger',
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\nCREATE TRIGGER t_tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tg();',
    'DROP FUNCTION tg() CASCADE;\nCREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;',
  ],
  ['enum and added value', "CREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood ADD VALUE 'meh';", 'SELECT 1;'],
  ['enum value added to an existing type', "ALTER TYPE base_mood ADD VALUE 'sad';", 'SELECT 1;'],
  ['domain and its constraint', 'CREATE DOMAIN positive AS int CHECK (VALUE > 0);', 'SELECT 1;'],
  ['composite type', 'CREATE TYPE pair AS (a int, b int);', 'SELECT 1;'],
  ['row level security and policy', 'ALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own ON t USING (true);', 'DROP POLICY own ON t;'],
  ['rule', 'CREATE RULE no_delete AS ON DELETE TO t DO INSTEAD NOTHING;', 'SELECT 1;'],
  ['statistics', 'CREATE STATISTICS t_stats ON id, name FROM t;', 'SELECT 1;'],
  ['comment', "COMMENT ON COLUMN t.name IS 'display name';\nCOMMENT ON TABLE u IS 'links';", 'COMMENT ON TABLE u IS NULL;'],
  ['extension', 'CREATE EXTENSION pg_trgm;', 'SELECT 1;'],
  ['collation (other objects)', "CREATE COLLATION c_test (locale = 'C');", 'SELECT 1;'],
  [
    'operator and its function (other objects)',
    'CREATE FUNCTION int_same(int, int) RETURNS boolean LANGUAGE sql AS $$ SELECT $1 = $2 $$;\nCREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int_same);',
    'DROP OPERATOR === (int, int);',
  ],
  ['text search configuration (other objects)', 'CREATE TEXT SEARCH CONFIGURATION ts_test (COPY = simple);', 'SELECT 1;'],
  ['comment on a function', "COMMENT ON FUNCTION keep() IS 'kept';", 'SELECT 1;'],
  ['privileges (GRANT has no object id: full re-read)', 'GRANT SELECT ON t TO PUBLIC;', 'SELECT 1;'],
  ['default privileges', 'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;', 'SELECT 1;'],
  [
    'role (never reported by event triggers)',
    'DO $$ BEGIN CREATE ROLE mg_tracked_role; EXCEPTION WHEN duplicate_object THEN NULL; END $$;',
    'SELECT 1;',
  ],
  [
    'event trigger (never reported by event triggers)',
    'CREATE FUNCTION et() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\nCREATE EVENT TRIGGER et ON ddl_command_start EXECUTE FUNCTION et();',
    'DROP EVENT TRIGGER et;\nDROP FUNCTION et();\nCREATE FUNCTION et() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\nCREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION et();',
  ],
  ['schema', 'CREATE SCHEMA extra;\nCREATE TABLE extra.x (id int);', 'DROP TABLE extra.x;'],
  ['renamed table seen through a view and a foreign key', 'ALTER TABLE t RENAME TO t_renamed;', 'SELECT 1;'],
  ['renamed column seen through a view', 'ALTER TABLE t RENAME COLUMN name TO title;', 'SELECT 1;'],
  ['renamed type seen through a column', 'ALTER TYPE base_mood RENAME TO base_feeling;', 'SELECT 1;'],
  ['renamed sequence seen through a default', 'ALTER SEQUENCE base_seq RENAME TO base_counter;', 'SELECT 1;'],
  ['renamed function seen through a trigger', 'ALTER FUNCTION base_tg() RENAME TO base_trigger_fn;', 'SELECT 1;'],
  ['table moved to another schema', 'CREATE SCHEMA moved;\nALTER TABLE u SET SCHEMA moved;', 'SELECT 1;'],
  ['dropped and re-created differently', 'DROP VIEW base_view;\nCREATE VIEW base_view AS SELECT id FROM t;', 'SELECT 1;'],
  [
    'role switched inside the file (tracking still sees it)',
    'DO $$ BEGIN CREATE ROLE mg_weak; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\nGRANT ALL ON SCHEMA public TO mg_weak;\nSET ROLE mg_weak;\nCREATE TABLE weak_table (id int);\nRESET ROLE;',
    'SELECT 1;',
  ],
];

const SHARED = [
  BASE,
  "CREATE TYPE base_mood AS ENUM ('ok');\nALTER TABLE t ADD COLUMN mood base_mood;",
  "CREATE SEQUENCE base_seq;\nALTER TABLE u ADD COLUMN n int DEFAULT nextval('base_seq');",
  'CREATE FUNCTION base_tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\nCREATE TRIGGER u_tg BEFORE INSERT ON u FOR EACH ROW EXECUTE FUNCTION base_tg();',
  'CREATE VIEW base_view AS SELECT id, name FROM t;\nCREATE FUNCTION keep() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;',
];

describe('touched-object snapshots see exactly what whole snapshots see', () => {
  // Every fixture gives byte-identical findings with whole snapshots and with touched-object tracking:
  // fixtures-give-readme-findings (the whole pipeline, wholeSnapshots). Here: one object kind per case, compared in words.
  // A case that creates a role runs alone: roles are cluster-wide, and it drops them between its two runs. The others,
  // whose runs share nothing but the server, run five at a time (concurrent tests between two role cases form a group).
  const createsRoles = (up: string) => /CREATE ROLE/.test(up);
  it('sorts out the cases that create roles', () => expect(CASES.filter(([, up]) => createsRoles(up))).toHaveLength(4));
  for (const [name, up, down] of CASES)
    (createsRoles(up) ? it : it.concurrent)(name, async () => {
      // The shared base is one migration (it has no down worth checking here: one up/down/up instead of five); the
      // last migration is the case.
      const files = { '001_base.up.sql': SHARED.join('\n'), '009_case.up.sql': `${up}\n`, '009_case.down.sql': `${down}\n` };
      const seen = await bothWays(migrationsDir(files), createsRoles(up));
      const last = seen.at(-1)!;
      expect(last.steps).not.toBe('skipped/skipped/skipped');
      // Each case leaves something behind or changes something: the assertion above compares real differences.
      expect(last.afterDown.length + last.afterSecondUp.length + (last.steps === 'ok/ok/ok' ? 0 : 1)).toBeGreaterThan(0);
    });
});
