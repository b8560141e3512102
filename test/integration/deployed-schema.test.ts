import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { migrationsDir, startTestServer, stopTestServer } from '../helpers/cluster';
import { statementLoggingProxy } from '../helpers/wire-log';
import { check } from '../../src/main';
import { settingsFromArgs } from '../../src/settings/command-line';
import { renderMarkdown } from '../../src/report/markdown';
import type { Logger } from '../../src/log';
import type { PostgresServer } from '../../src/servers/provider';

const UPS: Record<string, string> = {
  '000001_initial.up.sql': `CREATE TABLE users (id serial PRIMARY KEY, email varchar(100) NOT NULL, status text DEFAULT 'active');
CREATE FUNCTION greet() RETURNS text LANGUAGE sql AS $$ SELECT 'hi' $$;
`,
  '000002_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id), note text);\n',
};
const FILES: Record<string, string> = {
  ...UPS,
  '000001_initial.down.sql': 'DROP FUNCTION greet();\nDROP TABLE users;\n',
  '000002_orders.down.sql': 'DROP TABLE orders;\n',
  // Lossy: the down re-adds the column with its default, every other value is gone.
  '000003_drop_status.up.sql': 'ALTER TABLE users DROP COLUMN status;\n',
  '000003_drop_status.down.sql': "ALTER TABLE users ADD COLUMN status text DEFAULT 'active';\n",
  // Passes on empty tables, fails on the first row.
  '000004_tenant.up.sql': 'ALTER TABLE users ADD COLUMN tenant int NOT NULL;\n',
  '000004_tenant.down.sql': 'ALTER TABLE users DROP COLUMN tenant;\n',
};
const dir = migrationsDir(FILES);

let server: PostgresServer;
let socket: string;
const silent: Logger = { info: () => undefined, notice: () => undefined, warning: () => undefined, group: (_n, fn) => fn() };

async function sql(database: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ ...server.connection, database });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

const urlOf = (database: string) => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(socket)}`;

/** A "production" database: the ups up to `version` applied by hand, with golang-migrate's row unless `versioned` is false. */
async function production(name: string, version: number, extra = '', versioned = true): Promise<string> {
  await sql('postgres', `CREATE DATABASE ${name}`);
  for (const [file, text] of Object.entries(UPS)) if (Number(file.slice(0, 6)) <= version) await sql(name, text);
  if (versioned) {
    await sql(name, 'CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)');
    await sql(name, `INSERT INTO schema_migrations VALUES (${version}, false)`);
  }
  if (extra) await sql(name, extra);
  return urlOf(name);
}

/**
 * The check on `dir` with `args`. The deployed database is the subject: no fix trials (they add a fix or a hint to a
 * finding of the migrations, never one about the target), except in the test that runs every option (`everything`).
 */
const run = (args: string[], everything = false) => {
  const command = settingsFromArgs(['check', dir, '--postgres', 'local', ...args, ...(everything ? [] : ['--no-fixes'])]);
  if (!command) throw new Error('no command');
  return check(command.settings, { log: silent });
};
const ids = (findings: { check: string; severity: string }[], severity?: string) =>
  findings
    .filter((f) => !severity || f.severity === severity)
    .map((f) => f.check)
    .sort();

beforeAll(async () => {
  server = (await startTestServer()).server;
  socket = String(server.connection.host);
  await sql('postgres', 'CREATE ROLE reader; CREATE ROLE other_owner');
}, 60_000);
afterAll(() => stopTestServer(server));

describe('drift between the deployed database and its migrations', () => {
  it('reports each hand-made difference once, against the migration that creates the object', async () => {
    const url = await production(
      'drifted',
      2,
      `
      CREATE INDEX users_email_idx ON users (email);
      ALTER TABLE orders ALTER COLUMN note TYPE varchar(50);
      ALTER TABLE users ALTER COLUMN status DROP DEFAULT;
      CREATE TABLE legacy_sessions (token text);
      CREATE OR REPLACE FUNCTION greet() RETURNS text LANGUAGE sql AS $$ SELECT 'hello' $$;`,
    );
    const outcome = await run(['--target-database-url', url, '--disable', 'down-incomplete']);
    const drift = outcome.findings.filter((f) => f.check.startsWith('drift-'));
    expect(drift.length).toBe(5);
    expect(ids(drift)).toEqual(['drift-changed', 'drift-changed', 'drift-changed', 'drift-extra', 'drift-extra']);
    const text = drift.map((f) => f.message).join('\n');
    expect(text).toMatch(/index users_email_idx is in the target but no migration creates it/);
    expect(text).toMatch(/table legacy_sessions is in the target/);
    expect(text).toMatch(/column orders.note type changed from text to varchar\(50\)/);
    expect(text).toMatch(/column users.status default changed from 'active'::text to none/);
    expect(text).toMatch(/function greet\(\) definition/);
    const status = drift.find((f) => f.message.includes('users.status'));
    expect(status?.file).toMatch(/000001_initial\.up\.sql$/);
    expect(status?.message).toMatch(/this baseline does not match the target/);
    expect(drift.find((f) => f.message.includes('orders.note'))?.version).toBe('000002');
  }, 120_000);

  it('says nothing worse than a notice for a GRANT to a new role, a comment and another owner', async () => {
    const url = await production(
      'cosmetic',
      2,
      `
      GRANT SELECT ON users TO reader;
      COMMENT ON TABLE users IS 'people';
      ALTER TABLE orders OWNER TO other_owner;`,
    );
    const outcome = await run(['--target-database-url', url, '--disable', 'down-incomplete']);
    expect(
      outcome.findings.filter((f) => /^(drift|target)-/.test(f.check) && f.severity !== 'notice').map((f) => `${f.check}: ${f.message}`),
    ).toEqual([]);
    expect(
      ids(
        outcome.findings.filter((f) => f.check.startsWith('drift-')),
        'notice',
      ),
    ).toEqual(['drift-changed', 'drift-extra']); // privileges, comment
  }, 120_000);

  it('names the version an unversioned database already matches, with the force command', async () => {
    const url = await production('unversioned', 2, '', false);
    const outcome = await run(['--target-database-url', url, '--disable', 'down-incomplete']);
    const found = outcome.findings.filter((f) => f.check === 'target-unversioned');
    expect(found.length).toBe(1);
    expect(found[0].message).toMatch(/matches the migrations up to 000002/);
    expect(found[0].hint).toMatch(/force 2`/);
    expect(outcome.findings.filter((f) => f.check.startsWith('drift-'))).toEqual([]);
  }, 120_000);

  it('says which side of the failed migration a dirty database is on', async () => {
    const url = await production('dirty_rolled_back', 1);
    await sql('dirty_rolled_back', 'UPDATE schema_migrations SET version = 2, dirty = true');
    const outcome = await run(['--target-database-url', url, '--disable', 'down-incomplete']);
    const dirty = outcome.findings.find((f) => f.check === 'target-dirty');
    expect(dirty?.message).toMatch(/matches 000001: 000002 left no trace/);
    expect(dirty?.hint).toMatch(/force 1`/);
  }, 120_000);
});

describe('rehearsal on a copy with real rows', () => {
  it('reports the up that fails on rows, the down that loses them, and the timing table', async () => {
    const url = await production('prod_rows', 2, "INSERT INTO users (email, status) VALUES ('a@x', 'active'), ('b@x', 'banned'), ('c@x', 'gone')");
    await sql('postgres', 'CREATE DATABASE prod_copy TEMPLATE prod_rows');
    const outcome = await run(['--target-database-url', url, '--rehearsal-database-url', urlOf('prod_copy'), '--disable', 'down-incomplete']);
    expect(outcome.infrastructureError).toBeUndefined();
    const rehearsal = outcome.findings.filter((f) => f.check.startsWith('rehearsal-'));
    // 000004's failure on the copy's rows confirms its seeded-row finding: one finding, not two. 000003's loss stays a
    // rehearsal finding of its own: its seeded-row twin is left unsaid, since destructive-drop already says so.
    expect(ids(rehearsal)).toEqual(['rehearsal-lost-rows']);
    expect(rehearsal[0].message).toMatch(/table users its rows back: still 3 row\(s\), but their values differ/);
    const failed = outcome.findings.filter((f) => f.version === '000004' && /fail/.test(f.check));
    expect(failed.map((f) => f.check)).toEqual(['up-fails-on-data']);
    expect(failed[0].message).toMatch(/Confirmed on the copy's rows: .*000004 up failed at line 1 .*contains null values/);
    expect(outcome.findings.filter((f) => f.check === 'down-loses-data')).toEqual([]);
    const summary = renderMarkdown(outcome, { root: dir, maxChars: 60_000, overflowTo: 'the log' });
    expect(summary).toMatch(/#### Rehearsal on/);
    expect(summary).toMatch(/\| `000003` \| [\d.]+m?s \| [\d.]+m?s \| [\d.]+m?s \| .* \| public.users: rows lost by the down/);
    expect(summary).toMatch(/left where 000004 up failed/);
    // The copy is migrated (000003 applied, 000004 dirty); the target untouched.
    expect(await sql('prod_copy', 'SELECT version::int, dirty FROM schema_migrations')).toEqual([{ version: 4, dirty: true }]);
    expect(await sql('prod_rows', 'SELECT version::int, dirty FROM schema_migrations')).toEqual([{ version: 2, dirty: false }]);
  }, 120_000);

  it('a copy whose role does not own the tables: could not check, not the migration failing on real rows', async () => {
    const url = await production('prod_owner', 2, "INSERT INTO users (email) VALUES ('a@x')");
    await sql('postgres', 'CREATE DATABASE prod_owner_copy TEMPLATE prod_owner');
    await sql('postgres', 'CREATE ROLE rehearser LOGIN');
    await sql('prod_owner_copy', 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO rehearser; GRANT ALL ON schema_migrations TO rehearser');
    const copy = urlOf('prod_owner_copy').replace('postgres@', 'rehearser@');
    const outcome = await run(['--target-database-url', url, '--rehearsal-database-url', copy, '--disable', 'down-incomplete']);
    expect(outcome.findings.filter((f) => f.check.startsWith('rehearsal-'))).toEqual([]);
    expect(outcome.infrastructureError).toMatch(
      /the rehearsal on rehearsal-database-url stopped: migration 000003 up could not be rehearsed: the role of rehearsal-database-url \(rehearser\) may not do what it asks \(must be owner of table users, SQLSTATE 42501\), which says nothing of the migration on real rows/,
    );
    expect(outcome.exitCode).toBe(2);
  }, 120_000);

  it('reports a lock that blocks traffic held past rehearsal-lock-threshold, with its mode and duration', async () => {
    const slow = migrationsDir({
      ...UPS,
      '000001_initial.down.sql': 'DROP FUNCTION greet();\nDROP TABLE users;\n',
      '000002_orders.down.sql': 'DROP TABLE orders;\n',
      '000003_slow.up.sql': 'ALTER TABLE users ADD COLUMN note text;\nSELECT pg_sleep(0.6);\n',
      '000003_slow.down.sql': 'ALTER TABLE users DROP COLUMN note;\n',
    });
    const url = await production('prod_lock', 2, "INSERT INTO users (email) VALUES ('a@x')");
    await sql('postgres', 'CREATE DATABASE prod_lock_copy TEMPLATE prod_lock');
    const command = settingsFromArgs([
      'check',
      slow,
      '--postgres',
      'local',
      '--target-database-url',
      url,
      '--rehearsal-database-url',
      urlOf('prod_lock_copy'),
      '--rehearsal-lock-threshold',
      '300ms',
      '--no-fixes',
    ]);
    if (!command) throw new Error('no command');
    const outcome = await check(command.settings, { log: silent });
    const locks = outcome.findings.filter((f) => f.check === 'rehearsal-long-lock');
    // The up and the second up hold it at the same statement: one finding naming both.
    expect(locks.length).toBe(1);
    expect(locks[0].message).toMatch(
      /^2 at this line: \(1\) migration 000003 up held AccessExclusiveLock on users for 0\.[5-9] s on the rehearsal copy, blocking reads and writes/,
    );
    expect(locks[0].message).toMatch(/\(2\) migration 000003 up /);
  }, 120_000);

  it('refuses a rehearsal URL that is the target spelled with another host, and runs nothing', async () => {
    await production('prod_same', 2);
    const proxy = await statementLoggingProxy(`${socket}/.s.PGSQL.5432`);
    try {
      const viaLocalhost = `postgresql://postgres@localhost:${proxy.port}/prod_same`;
      const viaLoopback = `postgresql://postgres@127.0.0.1:${proxy.port}/prod_same`;
      const outcome = await run(['--target-database-url', viaLocalhost, '--rehearsal-database-url', viaLoopback]);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.infrastructureError).toMatch(/rehearsal-database-url refused, nothing was run: it names the target database itself/);
      expect(outcome.run).toBeUndefined();
      // The socket and a TCP spelling are told apart by address but not by identity (system identifier + database OID).
      const bySocket = await run(['--target-database-url', viaLoopback, '--rehearsal-database-url', urlOf('prod_same')]);
      expect(bySocket.exitCode).toBe(2);
      expect(bySocket.infrastructureError).toMatch(/reaches the same database as target-database-url/);
      expect(await sql('prod_same', 'SELECT version::int, dirty FROM schema_migrations')).toEqual([{ version: 2, dirty: false }]);
    } finally {
      await proxy.close();
    }
  }, 120_000);

  it('sends the target nothing but reads inside read-only transactions, with every option on', async () => {
    await production('prod_logged', 2, "INSERT INTO users (email) VALUES ('a@x')");
    await sql('postgres', 'CREATE DATABASE prod_logged_copy TEMPLATE prod_logged');
    const proxy = await statementLoggingProxy(`${socket}/.s.PGSQL.5432`);
    // The server's own statement log too: every statement, with the database it ran in.
    const logged: string[] = [];
    const stopListening = server.onLog?.((line) => logged.push(line));
    await sql('postgres', "ALTER SYSTEM SET log_statement = 'all'");
    await sql('postgres', "ALTER SYSTEM SET log_line_prefix = 'db=%d '");
    await sql('postgres', 'SELECT pg_reload_conf()');
    try {
      const target = `postgresql://postgres@127.0.0.1:${proxy.port}/prod_logged`;
      const outcome = await run(
        [
          '--target-database-url',
          target,
          '--rehearsal-database-url',
          urlOf('prod_logged_copy'),
          '--drift',
          'true',
          '--drift-ignore',
          'public.nothing_*',
        ],
        true,
      );
      expect(outcome.deployed?.rehearsal?.migrations.length).toBe(2);
      const sessions = proxy.statements.filter((s) => s.length > 0);
      expect(sessions.length).toBeGreaterThan(0);
      for (const statements of sessions) {
        expect(statements[0]).toBe('BEGIN READ ONLY');
        expect(statements[1]).toMatch(/^SET LOCAL statement_timeout/);
        expect(statements.at(-1)).toBe('ROLLBACK');
        for (const s of statements.slice(2, -1)) expect(s.trimStart()).toMatch(/^(SELECT|WITH)\b/i);
      }
      // What the server itself logged for the target database: reads inside read-only transactions, nothing else.
      // A statement over several lines continues on log lines without the prefix.
      const entries = logged.reduce<string[]>(
        (all, line) => (line.startsWith('db=') || all.length === 0 ? [...all, line] : [...all.slice(0, -1), `${all.at(-1) ?? ''}\n${line}`]),
        [],
      );
      const onTarget = entries
        .filter((entry) => entry.startsWith('db=prod_logged ') && /LOG:\s+(statement|execute [^:]*): /.test(entry))
        .map((entry) => entry.replace(/^db=prod_logged LOG:\s+(statement|execute [^:]*): /, '').trim());
      expect(onTarget.length).toBeGreaterThanOrEqual(sessions.flat().length);
      for (const statement of onTarget) expect(statement).toMatch(/^(BEGIN READ ONLY|SET LOCAL statement_timeout|SELECT|WITH|ROLLBACK)\b/i);
      expect(onTarget.filter((statement) => statement === 'BEGIN READ ONLY')).toHaveLength(sessions.length);
    } finally {
      stopListening?.();
      await sql('postgres', 'ALTER SYSTEM RESET log_statement');
      await sql('postgres', 'ALTER SYSTEM RESET log_line_prefix');
      await sql('postgres', 'SELECT pg_reload_conf()');
      await proxy.close();
    }
  }, 120_000);
});
