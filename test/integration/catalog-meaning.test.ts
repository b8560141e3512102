import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks';
import { runMigrations } from '../../src/engine/run-migrations';
import { loadMigrationSet } from '../../src/formats';
import { migrationsDir } from '../helpers/cluster';
import { FIXTURES } from '../helpers/processes';
import { sharedPostgresServer } from '../helpers/shared-server';

// The integration project's shared server: each run makes its own scratch databases on it.
const server = sharedPostgresServer();

/** The checks this file is about; lock and data checks have their own tests (their warnings on these directories are theirs). */
const SCHEMA_CHECKS = new Set([
  'up-failed',
  'down-failed',
  'down-incomplete',
  'down-column-order',
  'down-keeps-extension',
  'enum-label-kept',
  'reup-failed',
  'reup-mismatch',
]);

/** The schema-comparison findings of a directory, run in-process (no bundle): `check severity: message`. */
async function findings(dir: string): Promise<string[]> {
  const set = await loadMigrationSet(dir);
  const run = await runMigrations(set, server, {
    migrationsTable: 'schema_migrations',
    sharedServer: false,
    log: () => undefined,
    limits: { statementMs: 60_000, lockMs: 10_000 },
  });
  expect(run.aborted).toBeUndefined();
  return runChecks({ set, run }, new Set())
    .filter((f) => SCHEMA_CHECKS.has(f.check))
    .map((f) => `${f.check} ${f.severity}: ${f.message}`);
}

const fixture = (name: string) => path.join(FIXTURES, 'golang-migrate', name);

/** Migration 1 creates a function and a CHECK; 2 changes both; its down puts back `down` (a function and a CHECK again). */
function restoring(down: { body: string; check: string }) {
  return migrationsDir({
    '1_base.up.sql':
      'CREATE TABLE t (a int, b int, c int, CONSTRAINT t_ok CHECK (a > 0 AND b > 0 AND c > 0));\n' +
      'CREATE FUNCTION f(x int) RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  -- twice\n  RETURN x * 2;\nEND\n$$;\n',
    '1_base.down.sql': 'DROP FUNCTION f(int);\nDROP TABLE t;\n',
    '2_change.up.sql':
      'ALTER TABLE t DROP CONSTRAINT t_ok, ADD CONSTRAINT t_ok CHECK (a > 0);\n' +
      'CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN x * 3; END $$;\n',
    '2_change.down.sql':
      `ALTER TABLE t DROP CONSTRAINT t_ok, ADD CONSTRAINT t_ok CHECK (${down.check});\n` +
      `CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE plpgsql AS $$${down.body}$$;\n`,
  });
}

describe('the catalog diff compares meaning, not spelling', () => {
  it('a down that re-creates a function and a CHECK with other layout, comments and parentheses restores the schema', async () => {
    expect(await findings(restoring({ body: ' BEGIN RETURN x*2; /* same */ END ', check: '(a > 0) AND ((b > 0) AND (c > 0))' }))).toEqual([]);
  });

  it('a function whose body really changed is still down-incomplete', async () => {
    const [f, ...rest] = await findings(restoring({ body: ' BEGIN RETURN x*2 + 1; END ', check: 'a > 0 AND b > 0 AND c > 0' }));
    expect(rest).toEqual([]);
    expect(f).toMatch(/^down-incomplete error: .*function f\(x integer\) definition differs/);
  });

  it('a CHECK whose logic changed is still down-incomplete', async () => {
    const [f, ...rest] = await findings(restoring({ body: '\nBEGIN\n  RETURN x * 2;\nEND\n', check: 'a > 0 AND (b > 0 OR c > 0)' }));
    expect(rest).toEqual([]);
    expect(f).toMatch(/^down-incomplete error: .*constraint t\.t_ok definition changed/);
  });

  it('formatting-only fixture: nothing', async () => expect(await findings(fixture('down-reformatted'))).toEqual([]));
  it('function counter-example fixture: one down-incomplete naming the function', async () => {
    expect(await findings(fixture('down-changes-function'))).toEqual([
      expect.stringMatching(
        /^down-incomplete error: 000002_tighten_accounts\.down\.sql does not restore the schema: function account_label\(a accounts\) definition differs \(.*RETURN 'customer ' \|\| a\.id;.* became .*RETURN 'client ' \|\| a\.id;.*\)$/,
      ),
    ]);
  });
  it('CHECK counter-example fixture: one down-incomplete naming the constraint', async () => {
    expect(await findings(fixture('down-changes-check'))).toEqual([
      expect.stringMatching(
        /^down-incomplete error: 000002_tighten_accounts\.down\.sql does not restore the schema: constraint accounts\.accounts_balance_ok definition changed .* OR /,
      ),
    ]);
  });
});

describe('what teams keep on purpose, on a real server', () => {
  it('a kept extension is one warning', async () => {
    expect(await findings(fixture('down-keeps-extension'))).toEqual([
      'down-keeps-extension warning: 000002_search_titles.down.sql leaves extension pg_trgm installed (created at 000002_search_titles.up.sql:1); everything else the up did is undone',
    ]);
  });
  it('a kept extension the up cannot create again is one reup-failed error', async () => {
    expect(await findings(fixture('extension-recreated'))).toEqual([
      expect.stringMatching(/^reup-failed error: .*extension "pg_trgm" already exists/),
    ]);
  });
  it('an added enum value is one warning', async () => {
    expect(await findings(fixture('enum-label-kept'))).toEqual([
      "enum-label-kept warning: 000002_refunds.down.sql cannot remove the enum value the up added: 'refunded' of enum order_status stay after the down, " +
        'because PostgreSQL cannot drop a value from an enum',
    ]);
  });
  it('an added enum value without IF NOT EXISTS is a reup-failed error, and the value kept whatever the down holds', async () => {
    const dir = migrationsDir({
      '1_t.up.sql': "CREATE TYPE s AS ENUM ('a');\n",
      '1_t.down.sql': 'DROP TYPE s;\n',
      '2_v.up.sql': "ALTER TYPE s ADD VALUE 'b';\n",
      '2_v.down.sql': 'SELECT 1;\n',
    });
    const found = await findings(dir);
    expect(found).toEqual([
      expect.stringMatching(/^reup-failed error: .*enum label "b" already exists/),
      expect.stringMatching(/^enum-label-kept warning: 2_v\.down\.sql cannot remove the enum value the up added: 'b' of enum s/),
    ]);
  });
});

describe('column settings and owners are part of the schema', () => {
  it('a down that forgets SET STORAGE and SET COMPRESSION is down-incomplete', async () => {
    expect(await findings(fixture('down-keeps-column-settings'))).toEqual([
      'down-incomplete error: 000002_tune_events.down.sql does not restore the schema: column events.payload storage changed from the default to external; ' +
        'column events.payload compression changed from the default to pglz',
    ]);
  });
  it('a down that forgets SET STATISTICS or OWNER TO is down-incomplete', async () => {
    const dir = migrationsDir({
      '1_t.up.sql': 'CREATE TABLE mg_owned (a int);\nDO $$ BEGIN CREATE ROLE mg_meaning_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n',
      '1_t.down.sql': 'DROP TABLE mg_owned;\n',
      '2_v.up.sql': 'ALTER TABLE mg_owned ALTER COLUMN a SET STATISTICS 300;\nALTER TABLE mg_owned OWNER TO mg_meaning_owner;\n',
      '2_v.down.sql': 'SELECT 1;\n',
    });
    const found = await findings(dir);
    expect(found.filter((f) => !f.includes('role mg_meaning_owner'))).toEqual([
      'down-incomplete error: 2_v.down.sql does not restore the schema: column mg_owned.a statistics target changed from the default to 300; table mg_owned owner changed from postgres to mg_meaning_owner',
    ]);
  });
});
