import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir, startTestServer, stopTestServer } from '../helpers/cluster';
import { CLI, ROOT, runCli } from '../helpers/processes';

/**
 * How a run on a server given by URL ends, whatever its files do and whenever it is stopped: nothing of it is left on
 * the server, and it ends through its cleanup. The server allows prepared transactions, as servers with XA clients do
 * (the shared test server does not).
 */
let pg: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  pg = await startTestServer(['max_prepared_transactions=5']);
  await pg.query('CREATE DATABASE keep');
});
afterAll(() => stopTestServer(pg));

/** What a run could leave: scratch databases, roles, prepared transactions, and sessions other than ours. */
async function leftOnServer(): Promise<string[]> {
  const rows = await pg.query(`
    SELECT 'database ' || datname AS name FROM pg_database WHERE datname LIKE 'migration\\_guard\\_%'
    UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname LIKE 'migration\\_guard\\_%'
    UNION ALL SELECT 'prepared transaction ' || gid FROM pg_prepared_xacts
    UNION ALL SELECT 'session ' || coalesce(query, '') FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
    ORDER BY 1`);
  return rows.map((r) => String(r.name));
}

/** Spawns the bundled CLI; `exited` resolves with its exit code, `stderr()` is what it wrote so far. */
function startCli(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args, '--scope', 'all'], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function until(what: string, probe: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const activeInScratch = async (condition: string) =>
  (await pg.query(`SELECT 1 FROM pg_stat_activity WHERE datname LIKE 'migration\\_guard\\_%' AND state = 'active' AND ${condition}`)).length > 0;

describe('a file that prepares a transaction, on a server given by URL', () => {
  const prepared = () =>
    migrationsDir({
      '001_pt.up.sql': "BEGIN; CREATE TABLE pt (i int); INSERT INTO pt VALUES (1); PREPARE TRANSACTION 'mgx';\n",
      '001_pt.down.sql': 'DROP TABLE pt;\n',
      '002_ok.up.sql': 'CREATE TABLE ok (i int);\n',
      '002_ok.down.sql': 'DROP TABLE ok;\n',
    });

  it('fails its up with a finding that names the prepared transaction, and leaves nothing behind, twice in a row', async () => {
    for (const attempt of [1, 2]) {
      const result = await runCli(['check', prepared(), '--database-url', pg.url, '--run-timeout', '20s', '--format', 'json']);
      expect(result.code, `attempt ${attempt}: ${result.stderr}`).toBe(1);
      const report = JSON.parse(result.stdout) as { findings: { check: string; version: string; message: string; line: number }[] };
      const up = report.findings.filter((f) => f.check === 'up-failed');
      expect(up).toHaveLength(1);
      expect(up[0]).toMatchObject({ version: '001', line: 1 });
      expect(up[0].message).toMatch(/left the prepared transaction 'mgx' \(PREPARE TRANSACTION\): nothing done in it is committed/);
      expect(up[0].message).toContain('holds back vacuum');
      expect(report.findings.map((f) => f.check)).not.toContain('timeout');
      expect(await leftOnServer()).toEqual([]);
    }
  });

  it('on the throw-away server, where they are disabled, the up fails saying what to write instead', async () => {
    const result = await runCli(['check', prepared(), '--postgres', 'local', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { findings: { check: string; version: string; message: string; hint?: string }[] };
    const up = report.findings.filter((f) => f.check === 'up-failed');
    expect(up).toHaveLength(1);
    expect(up[0].message).toContain('prepared transactions are disabled');
    expect(up[0].hint).toMatch(/^PREPARE TRANSACTION fails wherever max_prepared_transactions is 0 .*End the transaction with COMMIT instead\.$/);
    expect(up[0].hint).not.toContain('Set max_prepared_transactions');
  });

  it('a run killed after the file prepared its transaction: the next run rolls it back and removes the leftovers', async () => {
    const dir = migrationsDir({
      '001_pt.up.sql': "BEGIN; CREATE TABLE pt (i int); PREPARE TRANSACTION 'mgk'; SELECT pg_sleep(60);\n",
      '001_pt.down.sql': 'DROP TABLE pt;\n',
    });
    const run = startCli(['check', dir, '--database-url', pg.url, '--format', 'json']);
    await until('the file to sleep', () => activeInScratch("wait_event = 'PgSleep'"));
    run.child.kill('SIGKILL');
    await run.exited;
    // A lost runner's backend ends in time; here at once.
    await pg.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname LIKE 'migration\\_guard\\_%'");
    await until('the killed run to disconnect', async () => !(await leftOnServer()).some((l) => l.startsWith('session')));
    expect(await leftOnServer()).toEqual([
      expect.stringMatching(/^database migration_guard_/),
      'prepared transaction mgk',
      expect.stringMatching(/^role migration_guard_/),
    ]);

    const next = await runCli(['check', 'migrations-fixtures/golang-migrate/valid', '--database-url', pg.url, '--format', 'json']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/removed leftovers of killed runs .*prepared transaction\(s\) 'mgk' in migration_guard_/);
    expect(await leftOnServer()).toEqual([]);
  });
});

describe('signals, on a server given by URL', () => {
  it('SIGTERM while the scratch database is being created removes it and the role', async () => {
    // CREATE DATABASE waits (up to 5 s) while anyone is connected to its template: the signal lands in the middle of it.
    const holder = new Client({ ...pg.server.connection, database: 'template1' });
    await holder.connect();
    let released = false;
    try {
      const run = startCli(['check', 'migrations-fixtures/golang-migrate/valid', '--database-url', pg.url, '--format', 'json']);
      await until(
        'CREATE DATABASE',
        async () => (await pg.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'CREATE DATABASE%' AND state = 'active'")).length > 0,
      );
      run.child.kill('SIGTERM');
      await until('the signal to be taken', () => Promise.resolve(run.stderr().includes('received SIGTERM')));
      await holder.end(); // the CREATE DATABASE now succeeds, after the cleanup started
      released = true;
      expect(await run.exited).toBe(143);
      expect(run.stderr()).toContain('migration-guard: cleaned up');
      expect(await leftOnServer()).toEqual([]);
    } finally {
      if (!released) await holder.end();
    }
  });

  // SIGTERM while a file runs, on a server given by URL, ends through the cleanup and leaves nothing: url-confinement ›
  // leaves no scratch database and no role after SIGTERM during a migration. The same during a 50 MB file (the old
  // defect, the file lexed again after the signal, needs the size to outlast the fallback timer): a size proof,
  // `npx tsx bench/large-files.ts`.
});

describe('privileges of other databases, on a server given by URL', () => {
  it('a REVOKE ON DATABASE built in EXECUTE is reported, and a migration without one is not', async () => {
    const dir = migrationsDir({
      // Built so that the text check does not see it: PostgreSQL takes it from a role that owns nothing there.
      '001_revoke.up.sql': "DO $$ BEGIN EXECUTE 'REVOKE CONNECT ON DATA' || 'BASE keep FROM PUBLIC'; END $$;\n",
      '001_revoke.down.sql': 'SELECT 1;\n',
      // The counter-example: privileges inside the scratch database, built the same way.
      '002_grant_own.up.sql': "CREATE TABLE t (i int);\nDO $$ BEGIN EXECUTE 'GRANT SELECT ON TABLE t ' || 'TO PUBLIC'; END $$;\n",
      '002_grant_own.down.sql': 'DROP TABLE t;\n',
    });
    const result = await runCli(['check', dir, '--database-url', pg.url, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { findings: { check: string; version: string; message: string }[] };
    const outside = report.findings.filter((f) => f.check === 'cluster-wide-change');
    expect(outside).toHaveLength(1);
    expect(outside[0].version).toBe('001');
    expect(outside[0].message).toMatch(/001_revoke.up.sql changed the privileges recorded for database keep on the server given by database-url/);
    expect(report.findings.filter((f) => f.version === '002')).toEqual([]);
    expect(result.code).toBe(1);
    expect(await leftOnServer()).toEqual([]);
  });
});
