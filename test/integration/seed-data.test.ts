import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus';
import { runChecks } from '../../src/checks';
import { runMigrations, type EngineOptions } from '../../src/engine/run-migrations';
import { RowSeeder } from '../../src/engine/seed/seeder';
import { loadMigrationSet } from '../../src/formats';
import { describeFinding } from '../helpers/fixture-table';
import { migrationsDir } from '../helpers/cluster';
import { FIXTURES } from '../helpers/processes';
import { sharedPostgresServer, sharedTestServer } from '../helpers/shared-server';

// The integration project's shared server: each run and each seeded database is a fresh database of its own on it.
const server = sharedPostgresServer();
const { query } = sharedTestServer();

const DATA_CHECKS = new Set(['up-fails-on-data', 'down-loses-data', 'reup-fails-on-data', 'down-fails-on-data', 'seed-skipped']);
const options = (seedData: boolean): EngineOptions => ({
  migrationsTable: 'schema_migrations',
  sharedServer: false,
  log: () => undefined,
  limits: { statementMs: 60_000, lockMs: 10_000 },
  seedData,
});

async function check(dir: string, seedData: boolean) {
  const set = await loadMigrationSet(dir);
  const run = await runMigrations(set, server, options(seedData));
  expect(run.aborted).toBeUndefined();
  return { run, findings: runChecks({ set, run }, new Set()) };
}

describe('seeded rows reach the data checks', () => {
  it('reports a NOT NULL column without default as an error and a unique index over duplicates as a warning, at their lines, with the row', async () => {
    const { findings } = await check(path.join(FIXTURES, 'golang-migrate', 'up-fails-on-data'), true);
    const data = findings.filter((f) => DATA_CHECKS.has(f.check));
    expect(data.map(describeFinding)).toEqual([
      'up-fails-on-data at 000002_add_account_country.up.sql:2:1',
      'up-fails-on-data at 000003_unique_nickname.up.sql:2:1',
    ]);
    expect(data.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(data[0].message).toMatch(
      /contains null values .*passes on empty tables.*public\.accounts held 5 row\(s\), e\.g\. \{email: .*Any existing row breaks it/,
    );
    expect(data[1].message).toMatch(
      /Key \(nickname\)=\((\w+)\) is duplicated.*nickname: \1[,}].*fails on a seeded row with `nickname = '\1'` \(a value the seeder made up; real rows may differ\)/,
    );
    // The run went on from the empty-table success: nothing else failed.
    expect(findings.filter((f) => f.check === 'up-failed')).toEqual([]);
  });

  it('names the table, column, rows and an example when a down re-creates a column empty, and blames the up dropping it', async () => {
    const { findings } = await check(path.join(FIXTURES, 'golang-migrate', 'down-loses-data'), true);
    const [loss, ...rest] = findings.filter((f) => DATA_CHECKS.has(f.check));
    expect(rest).toEqual([]);
    expect(describeFinding(loss)).toBe('down-loses-data at 000002_split_full_name.down.sql:1');
    expect(loss.message).toMatch(
      /public\.people is not back: 4 of 5 row\(s\) hold other values in full_name\. Example: before the up \{full_name: alpha, id: 1\}, after the down \{full_name: NULL, id: 1\}\. The up itself drops full_name/,
    );
  });

  it('tells a second up that fails on what the down left from one that fails anyway', async () => {
    const { run, findings } = await check(path.join(FIXTURES, 'golang-migrate', 'reup-fails-on-data'), true);
    expect(findings.filter((f) => DATA_CHECKS.has(f.check)).map(describeFinding)).toEqual([
      'down-loses-data at 000002_limit_note.down.sql:1',
      'reup-fails-on-data at 000002_limit_note.up.sql:1:1',
    ]);
    expect(findings.filter((f) => f.check === 'reup-failed')).toEqual([]);
    expect(run.traces[1].reup.status).toBe('ok');
    const reup = findings.find((f) => f.check === 'reup-fails-on-data');
    expect(reup?.message).toMatch(/orders_note_short.*note: x{30}.*\(1009 characters\)/);
  });

  it('stays silent on the counter-examples: a NOT NULL column with a default, a unique index on a unique column, a split whose down copies back', async () => {
    const { findings } = await check(path.join(FIXTURES, 'golang-migrate', 'data-safe'), true);
    expect(findings.filter((f) => DATA_CHECKS.has(f.check))).toEqual([]);
  });
});

describe('seeding adds no finding that data does not cause', () => {
  // Every fixture of the three tools gives the same findings of the other checks with and without rows:
  // fixtures-give-readme-findings, whose run as a user runs it (rows seeded) is the README table's, and which runs each
  // fixture on empty tables as well. Here: the generated corpus, and what seeding costs.
  it('the benchmark corpus (correct downs) stays clean, and seeding costs little', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-seed-corpus-'));
    try {
      writeCorpus(dir, 20); // two rounds of the corpus' ten kinds of migration (the second's table refers to the first's)
      const without = await check(dir, false);
      const withRows = await check(dir, true);
      expect(withRows.findings.map(describeFinding).sort()).toEqual(without.findings.map(describeFinding).sort());
      const seeded = withRows.run.traces.filter((t) => t.data?.tables.length).length;
      expect(seeded).toBeGreaterThan(10);
      const seedMs = withRows.run.traces.reduce((sum, t) => sum + (t.data?.ms ?? 0), 0);
      console.log(
        `corpus of 40: ${Math.round(without.run.ms)} ms without rows, ${Math.round(withRows.run.ms)} ms with (${Math.round(seedMs)} ms seeding and reading rows)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the rows', () => {
  /** Seeds the tables one migration names, on a fresh database holding `schema`, and returns the rows per table. */
  async function seed(schema: string, touches: string) {
    const name = `mg_seed_${Math.random().toString(36).slice(2, 10)}`;
    await query(`CREATE DATABASE ${name}`);
    const client = new Client({ ...server.connection, database: name });
    await client.connect();
    try {
      await client.query(schema);
      const dir = migrationsDir({ '000001_touch.up.sql': touches, '000001_touch.down.sql': 'SELECT 1;' });
      const set = await loadMigrationSet(dir);
      const seeder = new RowSeeder('public.schema_migrations');
      const rows = await seeder.beforeUp(client, set.migrations[0]).finally(() => seeder.close());
      return { rows, client, read: async (t: string) => (await client.query(`SELECT * FROM ${t}`)).rows };
    } catch (error) {
      await client.end();
      throw error;
    }
  }

  it('fills every kind of column PostgreSQL ships within the constraints, with NULLs, duplicates and extremes', async () => {
    const { rows, client, read } = await seed(
      `
      CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
      CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
      CREATE TYPE pair AS (a int, b text);
      CREATE TABLE everything (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, serial_col serial, code varchar(3) NOT NULL UNIQUE, letter char(2),
        body text NOT NULL, n smallint, big bigint, price numeric(5, 2) NOT NULL, ratio double precision, cash money,
        flag boolean NOT NULL, born date, at timestamptz NOT NULL, t time, span interval, mood mood NOT NULL, p positive NOT NULL,
        tags text[] NOT NULL, nums int[], doc jsonb NOT NULL, raw json, bin bytea, uid uuid UNIQUE, ip inet, net cidr, mac macaddr,
        bits bit(4), vbits varbit, pt point, period tstzrange, ints int4range, many int4multirange, tsv tsvector, pr pair,
        doubled int GENERATED ALWAYS AS (n * 2) STORED,
        starts date, ends date, CHECK (starts < ends)
      );
      CREATE TABLE parent (id int PRIMARY KEY, child_id int);
      CREATE TABLE child (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES parent (id));
      ALTER TABLE parent ADD FOREIGN KEY (child_id) REFERENCES child (id);
      CREATE TABLE measures (at date NOT NULL, v int) PARTITION BY RANGE (at);
      CREATE TABLE measures_2024 PARTITION OF measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
      CREATE TABLE measures_rest PARTITION OF measures DEFAULT;
      CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL);`,
      "ALTER TABLE everything ADD COLUMN x int; ALTER TABLE child ADD COLUMN y int; INSERT INTO measures_2024 VALUES ('2024-05-01', 1); SELECT * FROM schema_migrations;",
    );
    try {
      expect(rows?.observations.skipped).toEqual([]);
      expect(rows?.observations.seeded.sort()).toEqual(['public.child', 'public.everything', 'public.measures', 'public.parent']);
      const everything = await read('everything');
      expect(everything.length).toBe(5);
      // One row holds NULL in every nullable column.
      const nullable = [
        'letter',
        'n',
        'big',
        'ratio',
        'cash',
        'born',
        't',
        'span',
        'nums',
        'raw',
        'bin',
        'uid',
        'ip',
        'net',
        'mac',
        'bits',
        'vbits',
        'pt',
        'period',
        'ints',
        'many',
        'tsv',
        'pr',
      ];
      expect(everything.some((r) => nullable.every((c) => r[c] === null))).toBe(true);
      // Duplicates where values may repeat, distinct ones where they may not; empty, long and extreme values.
      expect(new Set(everything.map((r) => r.body)).size).toBeLessThan(5);
      expect(new Set(everything.map((r) => r.code)).size).toBe(5);
      expect(everything.map((r) => r.body)).toContain('');
      expect(everything.some((r) => String(r.body).length >= 1000)).toBe(true);
      // Small numbers only: a seeded value may size a migration's work (generate_series(1, n)).
      expect(everything.map((r) => String(r.big))).toContain('1000');
      expect(everything.every((r) => r.big === null || Math.abs(Number(r.big)) <= 1000)).toBe(true);
      expect(everything.every((r) => ['sad', 'ok', 'happy'].includes(r.mood as string) && (r.p as number) > 0)).toBe(true);
      expect(everything.every((r) => r.doubled === (r.n === null ? null : (r.n as number) * 2))).toBe(true);
      // The cycle parent <-> child: parent first with a NULL key, then children pointing at it.
      expect((await read('child')).length).toBeGreaterThan(0);
      expect((await read('parent')).every((r) => r.child_id === null)).toBe(true);
      // Through the parent: rows land in whichever partition takes them.
      expect((await read('measures')).length).toBeGreaterThan(0);
      expect(await read('schema_migrations')).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('is deterministic and leaves tables that already hold rows alone', async () => {
    const schema =
      "CREATE TABLE a (id serial PRIMARY KEY, name text UNIQUE, at timestamptz); CREATE TABLE b (k text PRIMARY KEY); INSERT INTO b VALUES ('mine');";
    const first = await seed(schema, 'ALTER TABLE a ADD COLUMN x int; ALTER TABLE b ADD COLUMN y int;');
    const second = await seed(schema, 'ALTER TABLE a ADD COLUMN x int; ALTER TABLE b ADD COLUMN y int;');
    try {
      expect(await first.read('a ORDER BY id')).toEqual(await second.read('a ORDER BY id'));
      expect(await first.read('b')).toEqual([{ k: 'mine' }]);
      expect(first.rows?.observations.seeded).toEqual(['public.a']);
    } finally {
      await first.client.end();
      await second.client.end();
    }
  });

  it('says once which table no row fits, and why', async () => {
    const { rows, client } = await seed(
      "CREATE TABLE codes (code text NOT NULL CHECK (code ~ '^[A-Z]{3}-[0-9]{4}$')); CREATE TABLE orphans (id int, parent_id int NOT NULL REFERENCES codes (code) );".replace(
        'REFERENCES codes (code)',
        '',
      ),
      'ALTER TABLE codes ADD COLUMN x int;',
    );
    try {
      expect(rows?.observations.skipped).toEqual([
        { table: 'public.codes', reason: expect.stringMatching(/every generated row was refused: .*violates check constraint "codes_code_check"/) },
      ]);
    } finally {
      await client.end();
    }
  });
});
