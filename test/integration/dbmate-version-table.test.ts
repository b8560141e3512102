import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { dbmate } from '../../src/formats/dbmate';
import type { SectionPlan, StepTarget } from '../../src/formats/format';
import { migrationsDir } from '../helpers/cluster';
import { sharedPostgresServer, sharedTestServer } from '../helpers/shared-server';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'migrations-fixtures', 'dbmate');

/** The real dbmate (npm `dbmate`, a devDependency) or DBMATE_BINARY; the oracle tests skip without it. */
const DBMATE = process.env.DBMATE_BINARY ?? path.join(ROOT, 'node_modules', '.bin', 'dbmate');
const HAVE_DBMATE = existsSync(DBMATE);
if (!HAVE_DBMATE) console.warn(`dbmate oracle tests skipped: no dbmate binary at ${DBMATE} (npm install, or set DBMATE_BINARY)`);

// The integration project's shared server: each test makes a database of its own on it, named after this file.
const server = sharedPostgresServer();
const { query } = sharedTestServer();
let databases = 0;

async function freshDatabase(): Promise<string> {
  databases += 1;
  const name = `dbmate_vt_${databases}`;
  await query(`CREATE DATABASE ${name}`);
  return name;
}

async function connect(database: string): Promise<Client> {
  const client = new Client({ ...server.connection, database });
  await client.connect();
  return client;
}

async function freshClient(): Promise<Client> {
  return connect(await freshDatabase());
}

const versions = async (client: Client, table = 'schema_migrations') =>
  (await client.query<{ version: string }>(`select version from ${table} order by version`)).rows.map((r) => r.version);

const step = (version: bigint, direction: 'up' | 'down'): StepTarget => ({ version, direction, previous: 0n });

/** The version table's shape, for comparing ours with dbmate's. */
const shape = async (client: Client, table = 'schema_migrations') =>
  (
    await client.query(
      `SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
      (SELECT string_agg(con.conname || ':' || con.contype::text, ',') FROM pg_constraint con WHERE con.conrelid = c.oid) AS constraints
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
    WHERE c.relname = $1 ORDER BY a.attnum`,
      [table],
    )
  ).rows;

describe("dbmate's version table on PostgreSQL", () => {
  it('is created as dbmate creates it (version varchar primary key, in the current schema), and only once', async () => {
    const client = await freshClient();
    try {
      const table = dbmate.versionTable(client, dbmate.defaultTable);
      await table.ensure();
      await table.ensure();
      expect(table.qualifiedName).toBe('"public"."schema_migrations"');
      expect(await shape(client)).toEqual([
        {
          nspname: 'public',
          relname: 'schema_migrations',
          attname: 'version',
          type: 'character varying',
          attnotnull: true,
          constraints: 'schema_migrations_pkey:p',
        },
      ]);
      expect(await versions(client)).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('creates the schema of a schema-qualified table when it is missing, quoting each part', async () => {
    const client = await freshClient();
    try {
      const table = dbmate.versionTable(client, 'Audit.Schema_Mig');
      await table.ensure();
      expect(table.qualifiedName).toBe('"Audit"."Schema_Mig"');
      expect(await shape(client, 'Schema_Mig')).toMatchObject([{ nspname: 'Audit', attname: 'version', type: 'character varying' }]);
    } finally {
      await client.end();
    }
  });

  it("inserts the version after an up and deletes it after a down, inside the caller's transaction", async () => {
    const client = await freshClient();
    try {
      const table = dbmate.versionTable(client, dbmate.defaultTable);
      await table.ensure();
      await table.record(step(20240101120000n, 'up'));
      await table.record(step(20240102120000n, 'up'));
      expect(await versions(client)).toEqual(['20240101120000', '20240102120000']);
      await table.record(step(20240102120000n, 'down'));
      expect(await versions(client)).toEqual(['20240101120000']);
      // A wrapped section that fails takes its version row with it.
      await client.query('BEGIN');
      await table.record(step(20240103120000n, 'up'));
      await client.query('ROLLBACK');
      expect(await versions(client)).toEqual(['20240101120000']);
      // dbmate inserts a version twice only when two files share it: the primary key refuses the second.
      await expect(table.record(step(20240101120000n, 'up'))).rejects.toThrow(/duplicate key/);
    } finally {
      await client.end();
    }
  });

  it('writes the version as the file spells it when the step carries its text', async () => {
    const client = await freshClient();
    try {
      const table = dbmate.versionTable(client, dbmate.defaultTable);
      await table.ensure();
      await table.record({ ...step(1n, 'up'), versionText: '001' });
      expect(await versions(client)).toEqual(['001']);
      await table.record({ ...step(1n, 'down'), versionText: '001' });
      expect(await versions(client)).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('force leaves rows for exactly the applied versions, keeping the spelling of rows already there', async () => {
    const client = await freshClient();
    try {
      const table = dbmate.versionTable(client, dbmate.defaultTable);
      await table.ensure();
      await table.record({ ...step(1n, 'up'), versionText: '001' });
      await client.query(`insert into schema_migrations (version) values ('3'), ('junk')`);
      await table.force([1n, 2n]);
      expect(await versions(client)).toEqual(['001', '2']);
      await table.force([]);
      expect(await versions(client)).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('reads every applied version of a deployed database, the highest as its version, never dirty', async () => {
    const client = await freshClient();
    try {
      expect(await dbmate.readDeployed(client, 'schema_migrations').catch((e: unknown) => (e as { code?: string }).code)).toBe('42P01');
      const table = dbmate.versionTable(client, 'audit.versions');
      await table.ensure();
      await client.query(`insert into audit.versions (version) values ('20240301000000'), ('20240101120000'), ('020240201000000')`);
      expect(await dbmate.readDeployed(client, 'audit.versions')).toEqual({
        version: 20240301000000n,
        applied: [20240101120000n, 20240201000000n, 20240301000000n],
        dirty: false,
      });
      await client.query('create table schema_migrations (version varchar primary key)');
      expect(await dbmate.readDeployed(client, 'schema_migrations')).toEqual({ version: undefined, applied: [], dirty: false });
    } finally {
      await client.end();
    }
  });
});

/** The sections of every file of a dbmate directory, in dbmate's order (file names, ascending). */
function planDirectory(dir: string): { version: bigint; versionText: string; up: SectionPlan; down: SectionPlan; text: string }[] {
  return readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const name = dbmate.parseName(file);
      if (!name.ok) return [];
      const text = readFileSync(path.join(dir, file), 'utf8');
      const sections = dbmate.sections(text, name.name);
      if (!sections.ok) throw new Error(`${file}: ${sections.reason}`);
      const [up, down] = sections.sections;
      return [{ version: name.name.version, versionText: name.name.versionText, up, down, text }];
    });
}

/** Runs one section the way the plan says dbmate does: BEGIN, the section, the version row, COMMIT (or each on its own). */
async function runSection(client: Client, text: string, plan: SectionPlan, record: () => Promise<void>): Promise<void> {
  const wrapped = plan.execution.transaction === 'wrapped';
  if (wrapped) await client.query('BEGIN');
  try {
    for (const unit of plan.execution.units) await client.query(text.slice(unit.start, unit.end));
    await record();
    if (wrapped) await client.query('COMMIT');
  } catch (error) {
    if (wrapped) await client.query('ROLLBACK');
    throw error;
  }
}

/** Tables, views, indexes, types and functions of the public schema: enough to see two runs agree. */
const objects = async (client: Client) =>
  (
    await client.query(`SELECT kind || ' ' || name AS o FROM (
      SELECT c.relkind::text AS kind, c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
      UNION ALL SELECT 'type', t.typname FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
      UNION ALL SELECT 'function', p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace) x ORDER BY 1`)
  ).rows.map((r) => r.o as string);

describe.skipIf(!HAVE_DBMATE)('the real dbmate binary as the oracle', () => {
  const run = promisify(execFile);
  const dbmateCli = (database: string, dir: string, ...args: string[]) => {
    const host = String(server.connection.host);
    const url = `postgres://postgres@localhost:${server.connection.port ?? 5432}/${database}?host=${encodeURIComponent(host)}&sslmode=disable`;
    return run(DBMATE, ['--no-dump-schema', '--url', url, '--migrations-dir', dir, ...args]);
  };

  it('writes the same version rows and the same schema as dbmate for up, rollback, up of the valid fixture', async () => {
    const dir = path.join(FIXTURES, 'valid');
    const theirs = await freshDatabase();
    await dbmateCli(theirs, dir, 'up');
    await dbmateCli(theirs, dir, 'rollback');
    const theirsClient = await connect(theirs);
    const ours = await freshClient();
    try {
      const afterRollbackTheirs = await versions(theirsClient);
      const objectsAfterRollbackTheirs = await objects(theirsClient);

      const table = dbmate.versionTable(ours, dbmate.defaultTable);
      await table.ensure();
      const plan = planDirectory(dir);
      expect(plan).toHaveLength(5);
      for (const m of plan) await runSection(ours, m.text, m.up, () => table.record({ ...step(m.version, 'up'), versionText: m.versionText }));
      const last = plan[plan.length - 1];
      await runSection(ours, last.text, last.down, () => table.record({ ...step(last.version, 'down'), versionText: last.versionText }));
      expect(await versions(ours)).toEqual(afterRollbackTheirs);
      expect(await objects(ours)).toEqual(objectsAfterRollbackTheirs);

      await dbmateCli(theirs, dir, 'up');
      await runSection(ours, last.text, last.up, () => table.record({ ...step(last.version, 'up'), versionText: last.versionText }));
      expect(await versions(ours)).toEqual(await versions(theirsClient));
      expect(await versions(ours)).toHaveLength(5);
      expect(await objects(ours)).toEqual(await objects(theirsClient));
      expect(await shape(ours)).toEqual(await shape(theirsClient));
    } finally {
      await theirsClient.end();
      await ours.end();
    }
  });

  it('refuses the same files with the same words', async () => {
    const cases = [
      'create table a (id int);\n',
      '-- migrate:up\ncreate table a (id int);\n',
      'select 1;\n-- migrate:up\nselect 2;\n-- migrate:down\n',
      '-- migrate:up\nselect 1;\n-- migrate:down\nselect 2;\n-- migrate:down\nselect 3;\n',
      '\uFEFF-- migrate:up\nselect 1;\n-- migrate:down\n',
    ];
    const database = await freshDatabase();
    for (const text of cases) {
      const name = dbmate.parseName('20240101120000_x.sql');
      if (!name.ok) throw new Error('the name must parse');
      const ours = dbmate.sections(text, name.name);
      expect(ours.ok).toBe(false);
      const failure = await dbmateCli(database, migrationsDir({ '20240101120000_x.sql': text }), 'up').then(
        () => undefined,
        (e: unknown) => (e as { stderr: string }).stderr,
      );
      expect(failure).toContain(`Error: ${ours.ok ? '' : ours.reason}`);
    }
  });

  it('runs a transaction:false section outside a transaction and the default one inside, as planned', async () => {
    const dir = path.join(FIXTURES, 'concurrent-index-in-transaction');
    const database = await freshDatabase();
    const failure = await dbmateCli(database, dir, 'up').then(
      () => '',
      (e: unknown) => (e as { stderr: string }).stderr,
    );
    expect(failure).toContain('CREATE INDEX CONCURRENTLY cannot run inside a transaction block');
    expect(planDirectory(dir).map((m) => m.up.execution.transaction)).toEqual(['wrapped', 'wrapped']);
    const client = await connect(database);
    try {
      // The failed section left no row: the version is written inside its transaction.
      expect(await versions(client)).toEqual(['20240101120000']);
    } finally {
      await client.end();
    }
  });
});
