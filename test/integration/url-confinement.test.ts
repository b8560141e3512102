import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir, startTestServer } from '../helpers/cluster';
import { CLI, ROOT, runCli } from '../helpers/processes';

/**
 * A server given by URL is protected by PostgreSQL's own permissions: every
 * migration runs as a temporary role that owns only the scratch database.
 * The URL here is a superuser's, the worst case.
 */
let pg: Awaited<ReturnType<typeof startTestServer>>;
const marker = path.join(os.tmpdir(), `mg-hostile-marker-${randomBytes(4).toString('hex')}`);

beforeAll(async () => {
  pg = await startTestServer();
  await pg.query("CREATE ROLE app LOGIN PASSWORD 'app-password'; ALTER ROLE app SET search_path = app, public");
  await pg.query('CREATE DATABASE keep');
  const keep = new Client({ ...pg.server.connection, database: 'keep' });
  await keep.connect();
  await keep.query('CREATE TABLE precious (id int); INSERT INTO precious VALUES (42)');
  await keep.end();
  // dblink in template1, so that every scratch database has it: the role still may not use it to reach another database.
  const template = new Client({ ...pg.server.connection, database: 'template1' });
  await template.connect();
  await template.query('CREATE EXTENSION dblink');
  await template.end();
});
afterAll(() => pg.server.stop());

/** Everything on the server outside the scratch databases that a migration could change. */
async function serverState() {
  const rows = async (sql: string) => JSON.stringify(await pg.query(sql));
  return {
    roles: await rows(
      'SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls, rolconnlimit, rolpassword, rolvaliduntil FROM pg_authid ORDER BY 1',
    ),
    members: await rows('SELECT roleid::regrole::text, member::regrole::text, admin_option FROM pg_auth_members ORDER BY 1, 2'),
    roleSettings: await rows('SELECT setdatabase, setrole::regrole::text, setconfig FROM pg_db_role_setting ORDER BY 1, 2'),
    databases: await rows('SELECT datname, datdba::regrole::text, datacl::text, datallowconn, datconnlimit FROM pg_database ORDER BY 1'),
    comments: await rows('SELECT objoid, classoid::regclass::text, description FROM pg_shdescription ORDER BY 1, 2'),
    fileSettings: await rows('SELECT sourcefile, name, setting FROM pg_file_settings ORDER BY 1, 2'),
    keep: await (async () => {
      const keep = new Client({ ...pg.server.connection, database: 'keep' });
      await keep.connect();
      try {
        return JSON.stringify((await keep.query('SELECT id FROM precious')).rows);
      } finally {
        await keep.end();
      }
    })(),
    marker: existsSync(marker),
  };
}

const hidden = (sql: string) => `DO $$ BEGIN EXECUTE ${sql}; END $$;`;
const socket = () => String(pg.server.connection.host);

describe('hostile migrations on a server given by a superuser URL', () => {
  it('change nothing outside the scratch database, and each gives a finding', async () => {
    const hostile: [string, string, 'cluster-wide-change' | 'up-failed'][] = [
      ['copy_program', `COPY (SELECT 1) TO PROGRAM $$touch ${marker}$$;`, 'cluster-wide-change'],
      ['copy_program_hidden', hidden(`'COPY (SELECT 1) TO PRO' || 'GRAM ''touch ${marker}'''`), 'up-failed'],
      ['superuser_hidden', hidden("'ALTER ' || 'ROLE app SUPERUSER'"), 'up-failed'],
      ['own_password', "ALTER ROLE current_user PASSWORD 'x';", 'cluster-wide-change'],
      ['password_hidden', hidden("'ALTER ' || 'ROLE app PASSWORD ''x'''"), 'up-failed'],
      ['role_setting', "ALTER ROLE app SET work_mem = '1MB';", 'cluster-wide-change'],
      ['role_setting_hidden', hidden("'ALTER ' || 'ROLE app SET work_mem = ''1MB'''"), 'up-failed'],
      ['revoke_connect', 'REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;', 'cluster-wide-change'],
      ['terminate', 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid();', 'cluster-wide-change'],
      ['terminate_hidden', hidden("'SELECT pg_' || 'terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()'"), 'up-failed'],
      ['alter_system', "ALTER SYSTEM SET work_mem = '1MB';", 'cluster-wide-change'],
      ['create_role_hidden', hidden("'CREATE ' || 'ROLE intruder SUPERUSER LOGIN'"), 'up-failed'],
      ['read_file_hidden', hidden("'SELECT pg_' || 'read_file(''/etc/passwd'')'"), 'up-failed'],
      ['dblink', `SELECT dblink_exec('host=${socket()} dbname=keep user=postgres', 'DELETE FROM precious');`, 'cluster-wide-change'],
      ['dblink_hidden', hidden(`'SELECT dbl' || 'ink_exec(''host=${socket()} dbname=keep user=postgres'', ''DELETE FROM precious'')'`), 'up-failed'],
      ['untrusted_extension_hidden', hidden("'CREATE ' || 'EXTENSION file_fdw'"), 'up-failed'],
    ];
    const files: Record<string, string> = {};
    hostile.forEach(([name, sql], i) => {
      const version = String(i + 1).padStart(3, '0');
      files[`${version}_${name}.up.sql`] = `${sql}\n`;
      files[`${version}_${name}.down.sql`] = 'SELECT 1;\n';
    });
    // Ordinary migrations still work as the temporary role, trusted extensions included.
    const ok = `${String(hostile.length + 1).padStart(3, '0')}_ok`;
    files[`${ok}.up.sql`] = 'CREATE EXTENSION pg_trgm;\nCREATE TABLE t (name text);\nCREATE INDEX t_name ON t USING gin (name gin_trgm_ops);\n';
    files[`${ok}.down.sql`] = 'DROP TABLE t;\nDROP EXTENSION pg_trgm;\n';

    const other = new Client(pg.server.connection);
    other.on('error', () => undefined); // a terminated session shows as the pid check failing
    await other.connect();
    const otherPid = (await other.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const before = await serverState();

    const result = await runCli(['check', migrationsDir(files), '--database-url', pg.url, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    const findings = report.findings as { check: string; file: string; message: string; hint?: string }[];

    expect(await serverState()).toEqual(before);
    expect((await other.query('SELECT pg_backend_pid() AS pid')).rows[0].pid).toBe(otherPid);
    await other.end();
    expect(await pg.query("SELECT rolname FROM pg_roles WHERE rolname LIKE 'migration\\_guard\\_%' OR rolname = 'intruder'")).toEqual([]);

    const got = findings.map((f) => `${path.basename(f.file)} ${f.check}`);
    expect(got).toEqual(hostile.map(([name, , check], i) => `${String(i + 1).padStart(3, '0')}_${name}.up.sql ${check}`));
    for (const f of findings.filter((x) => x.check === 'up-failed')) {
      expect(f.hint, f.message).toContain('migrations run as a temporary role of this run that owns only the scratch database');
      expect(f.hint).toContain('local, embedded or docker provider');
    }
    expect(findings.find((f) => f.file.endsWith('superuser_hidden.up.sql'))?.message).toContain('must be superuser');
    expect(findings.find((f) => f.file.endsWith('dblink_hidden.up.sql'))?.message).toMatch(/password/);
    expect(report.results.at(-1).steps).toMatchObject({ up: { status: 'ok' }, down: { status: 'ok' }, reup: { status: 'ok' } });
    // The tracker's event triggers were installed by the admin connection before the database was handed over.
    expect(report.postgres.snapshots).toBe('touched objects');
  });
});

describe('what the role of database-url needs', () => {
  it('CREATEDB and CREATEROLE are enough, without superuser', async () => {
    await pg.query('CREATE ROLE ci LOGIN CREATEDB CREATEROLE');
    const result = await runCli([
      'check',
      'migrations-fixtures/golang-migrate/down-incomplete',
      '--database-url',
      pg.url.replace('postgres@', 'ci@'),
      '--format',
      'json',
    ]);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { check: string }) => f.check)).toContain('down-incomplete');
    expect(report.postgres.snapshots).toBe('full'); // the tracker's event triggers need a superuser to install them
    expect(
      await pg.query(
        "SELECT datname AS name FROM pg_database WHERE datname LIKE 'migration\\_guard\\_%' UNION ALL SELECT rolname FROM pg_roles WHERE rolname LIKE 'migration\\_guard\\_%'",
      ),
    ).toEqual([]);
  });

  it('without CREATEROLE the run stops before any migration, saying what is missing', async () => {
    await pg.query('CREATE ROLE creator LOGIN CREATEDB');
    const result = await runCli([
      'check',
      'migrations-fixtures/golang-migrate/valid',
      '--database-url',
      pg.url.replace('postgres@', 'creator@'),
      '--format',
      'json',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /the role of database-url cannot create roles \(permission denied to create role\): .*needs CREATEROLE as well as CREATEDB; or use the local, embedded or docker provider/,
    );
    expect(await pg.query("SELECT datname FROM pg_database WHERE datname LIKE 'migration\\_guard\\_%'")).toEqual([]);
  });
});

/** Spawns the bundled CLI and resolves once `ready` holds, with the child still running. */
function startCli(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ofRun = async (pid: number) =>
  (
    await pg.query(`
  SELECT 'database ' || datname AS name FROM pg_database WHERE datname LIKE 'migration\\_guard\\_${pid}\\_%'
  UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname LIKE 'migration\\_guard\\_${pid}\\_%' ORDER BY 1`)
  ).map((r) => String(r.name));

const sleeping = (seconds: number) => migrationsDir({ '001_sleep.up.sql': `SELECT pg_sleep(${seconds});\n`, '001_sleep.down.sql': 'SELECT 1;\n' });

describe('cleanup on every path, url mode', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`leaves no scratch database and no role after ${signal} during a migration`, async () => {
      const run = startCli(['check', sleeping(60), '--database-url', pg.url, '--format', 'json']);
      const pid = run.child.pid ?? 0;
      await until('the scratch database and role', async () => ((await ofRun(pid)).length === 2 ? true : undefined));
      // The file's pg_sleep runs first in the observation pass (inside its function, so the query text is the call's): wait for the sleep itself.
      await until(
        'the migration to run',
        async () =>
          (await pg.query("SELECT 1 FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND datname LIKE 'migration\\_guard\\_%'")).length > 0,
      );
      run.child.kill(signal);
      expect(await run.exited).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(run.stderr()).toContain(`received ${signal}, cleaning up`);
      // Ended through the cleanup, not the fallback timer (the same at 50 MB: `npx tsx bench/large-files.ts`).
      expect(run.stderr()).toContain('migration-guard: cleaned up');
      expect(run.stderr()).not.toContain('cleanup did not finish');
      expect(await ofRun(pid)).toEqual([]);
    });
  }

  it('removes what a SIGKILLed run left, with one log line naming it', async () => {
    const run = startCli(['check', sleeping(2), '--database-url', pg.url, '--format', 'json']);
    const pid = run.child.pid ?? 0;
    await until('the scratch database and role', async () => ((await ofRun(pid)).length === 2 ? true : undefined));
    run.child.kill('SIGKILL');
    await run.exited;
    const left = await ofRun(pid);
    expect(left).toEqual([expect.stringMatching(/^database migration_guard_/), expect.stringMatching(/^role migration_guard_/)]);
    // The killed run's backend ends with its pg_sleep; until then it counts as a live connection and is left alone.
    await until(
      'the killed run to disconnect',
      async () => (await pg.query("SELECT 1 FROM pg_stat_activity WHERE datname LIKE 'migration\\_guard\\_%'")).length === 0,
    );

    const next = await runCli(['check', 'migrations-fixtures/golang-migrate/valid', '--database-url', pg.url, '--format', 'json']);
    expect(next.code).toBe(0);
    const lines = next.stderr.split('\n').filter((l) => l.includes('removed leftovers of killed runs'));
    expect(lines).toHaveLength(1);
    for (const name of left) expect(lines[0]).toContain(name);
    expect(await ofRun(pid)).toEqual([]);
    expect(await ofRun(next.pid)).toEqual([]);
  });

  it('leaves alone what looks like a leftover but is still in use', async () => {
    // A pid that is not alive here, as a run on another machine sharing the server could have.
    const name = `migration_guard_${2 ** 22 + 12345}_abcdef01`;
    await pg.query(`CREATE DATABASE ${name}`);
    const busy = new Client({ ...pg.server.connection, database: name });
    await busy.connect();
    try {
      const next = await runCli(['check', 'migrations-fixtures/golang-migrate/valid', '--database-url', pg.url, '--format', 'json']);
      expect(next.stderr).not.toContain(name);
      expect(await pg.query(`SELECT datname FROM pg_database WHERE datname = '${name}'`)).toHaveLength(1);
    } finally {
      await busy.end();
      await pg.query(`DROP DATABASE ${name}`);
    }
  });
});

/** Whether a process exists (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The lock file's text, or '' while it does not exist. */
function readPid(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

describe('cleanup on every path, local clusters', () => {
  it('removes the cluster of a SIGKILLed run (directory and server), with one log line naming it', async () => {
    const run = startCli(['check', sleeping(60), '--postgres', 'local', '--format', 'json']);
    const pid = run.child.pid ?? 0;
    const dirs = () =>
      ['/dev/shm', os.tmpdir()].filter(existsSync).flatMap((d) =>
        readdirSync(d)
          .filter((n) => n.startsWith(`migration-guard-${pid}-`))
          .map((n) => path.join(d, n)),
      );
    const dir = await until('the cluster directory', () => dirs()[0]);
    // "ready" in postmaster.pid: written by a postmaster that accepts connections, never by initdb's standalone backends
    // (whose lock file has the same name), which a loaded machine may still be running when the file first appears.
    await until('the server to start', () => /\bready\b/.test(readPid(path.join(dir, 'data', 'postmaster.pid'))));
    const postmaster = Number(readPid(path.join(dir, 'data', 'postmaster.pid')).split('\n')[0]);
    run.child.kill('SIGKILL');
    await run.exited;
    expect(dirs()).toEqual([dir]);
    expect(alive(postmaster)).toBe(true); // the server outlives the run that started it, until a later run cleans up

    const next = await runCli(['check', 'migrations-fixtures/golang-migrate/valid', '--postgres', 'local', '--format', 'json']);
    expect(next.code).toBe(0);
    // In the whole suite another test file's run may be the one stopping this server (SIGQUIT, then waiting for it):
    // wait for the server to be gone rather than expect it gone the moment this run ends.
    await until('the leftover server to stop', () => !alive(postmaster));
    expect(dirs()).toEqual([]);
    // In the whole suite, runs of other test files clean leftovers too and may get there first (one stopping the server
    // while this one removes the directory): only what this run removed is in its line. Run alone, the line names both.
    const lines = next.stderr.split('\n').filter((l) => l.includes('removed leftovers of killed runs'));
    expect(lines.length).toBeLessThanOrEqual(1);
    for (const line of lines) expect(line).toContain(dir);
    if (process.env.VITEST_ALONE) expect(lines[0]).toContain(`and its server, pid ${postmaster}`);
  });
});
