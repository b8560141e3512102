import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkInProcess } from '../helpers/in-process';
import { CLI, runCli } from '../helpers/processes';
import { whenRunning } from '../helpers/running-query';
import { SHARED, sharedTestServer } from '../helpers/shared-server';

// Limits and faults a file causes in its own scratch database run in-process on the integration project's one
// PostgreSQL; what ends or stops a server, or is about the process (exit 2, signals, leftovers), runs the bundled CLI.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

/**
 * The cancel grace, shortened for the one test that waits it out: a file that ignores the cancel still gets the real
 * cancel, then the real terminate, but 300 ms after it instead of 5 s. When each comes is proven on fake timers
 * (test/unit/cancel-then-terminate.test.ts); this file proves what they do on a real server. Production reads no knob.
 */
const grace = vi.hoisted(() => ({ shortMs: 0 }));
vi.mock(import('../../src/engine/time-limit'), async (original) => {
  const real = await original();
  const withinLimits: typeof real.withinLimits = (limits, interrupt, work) => {
    if (!grace.shortMs) return real.withinLimits(limits, interrupt, work);
    let running = true;
    const tracked = () => work().finally(() => (running = false));
    const escalating = async (how: 'cancel' | 'terminate') => {
      await interrupt(how);
      if (how === 'cancel') setTimeout(() => void (running && interrupt('terminate')), grace.shortMs);
    };
    return real.withinLimits(limits, escalating, tracked);
  };
  return { ...real, withinLimits };
});

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/**
 * A private temp directory for one run (TMPDIR), readable by the unprivileged
 * server account, so that what the run leaves behind can be seen, whatever
 * other tests do at the same time.
 */
function isolated(files: Record<string, string>): { tmp: string; dir: string; env: NodeJS.ProcessEnv } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mg-fault-'));
  chmodSync(tmp, 0o755);
  const dir = path.join(tmp, 'migrations');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { tmp, dir, env: { ...process.env, TMPDIR: tmp } };
}

/** Cluster directories (in the temp directory or /dev/shm) and server processes a run with this pid left behind. */
function leftovers(tmp: string, pid: number): string[] {
  const mine = `migration-guard-${pid}-`;
  const dirs = [tmp, '/dev/shm'].filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .filter((n) => n.startsWith(mine))
      .map((n) => path.join(d, n)),
  );
  const processes = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(mine) && !l.includes('ps -eo'));
  return [...dirs, ...processes];
}

const table = (n: number) => ({ [`00${n}_t${n}.up.sql`]: `CREATE TABLE t${n} (id int);\n`, [`00${n}_t${n}.down.sql`]: `DROP TABLE t${n};\n` });

async function check(files: Record<string, string>, extra: string[] = []) {
  const run = isolated(files);
  const result = await runCli(['check', run.dir, '--postgres', 'local', '--format', 'json', ...extra], { env: run.env });
  expect(result.stderr).not.toMatch(STACK_TRACE);
  const report = JSON.parse(result.stdout);
  return { ...result, report, leftovers: leftovers(run.tmp, result.pid) };
}

/** The same run in this process, on the shared server: the report, the exit code and the lines the CLI would log. */
async function checkHere(files: Record<string, string>, extra: string[] = []) {
  const run = isolated(files);
  const { outcome, report, log } = await checkInProcess(run.dir, ['--postgres', 'local', ...extra]);
  expect(outcome.run?.postgresVersionReason).toContain(SHARED);
  expect(log.join('\n')).not.toMatch(STACK_TRACE);
  return { report: JSON.parse(JSON.stringify(report)), code: outcome.exitCode };
}

const stepStatuses = (report: { results: { steps: Record<string, { status: string }> }[] }) =>
  report.results.map((r) => `${r.steps.up.status}/${r.steps.down.status}/${r.steps.reup.status}`);

describe('time limits', () => {
  // Without the statement timeout the run would sleep for a day: the test's timeout is the bound.
  it('turns pg_sleep(100000) into a timeout finding and checks the later migrations', async () => {
    const { report, code } = await checkHere(
      {
        ...table(1),
        '002_sleep.up.sql': 'CREATE TABLE s (id int);\nSELECT pg_sleep(100000);\n',
        '002_sleep.down.sql': 'DROP TABLE s;\n',
        ...table(3),
      },
      ['--statement-timeout', '2s'],
    );
    expect(code).toBe(1);
    expect(report.findings.map((f: { check: string }) => f.check)).toEqual(['timeout']);
    expect(report.findings[0]).toMatchObject({ file: expect.stringContaining('002_sleep.up.sql'), severity: 'error' });
    expect(report.findings[0].message).toContain('002 up ran longer than statement-timeout (2s) and was cancelled');
    expect(stepStatuses(report)).toEqual(['ok/ok/ok', 'failed/skipped/skipped', 'ok/ok/ok']);
  });

  it('terminates a file that ignores the cancel, then goes on', async () => {
    const stubborn = 'DO $$ BEGIN LOOP BEGIN PERFORM pg_sleep(10); EXCEPTION WHEN query_canceled THEN NULL; END; END LOOP; END $$;\n';
    grace.shortMs = 300;
    try {
      const { report } = await checkHere({ '001_loop.up.sql': stubborn, '001_loop.down.sql': 'SELECT 1;\n', ...table(2) }, [
        '--statement-timeout',
        '1s',
      ]);
      expect(report.findings.map((f: { check: string }) => f.check)).toEqual(['timeout']);
      expect(stepStatuses(report)).toEqual(['failed/skipped/skipped', 'ok/ok/ok']);
    } finally {
      grace.shortMs = 0;
    }
  });

  it('reports a lock wait past lock-timeout', async () => {
    const holdLock = [
      'CREATE EXTENSION IF NOT EXISTS dblink;',
      "SELECT dblink_connect('holder', format('host=%s port=%s dbname=%s user=postgres', split_part(current_setting('unix_socket_directories'), ',', 1), current_setting('port'), current_database()));",
      "SELECT dblink_exec('holder', 'BEGIN');",
      "SELECT dblink_exec('holder', 'LOCK TABLE t1');",
      'ALTER TABLE t1 ADD COLUMN x int;',
    ].join('\n');
    // No fix trials: the lock_timeout fix for 002 would run the file again and wait for the held lock again.
    const { report } = await checkHere({ ...table(1), '002_lock.up.sql': `${holdLock}\n`, '002_lock.down.sql': 'SELECT 1;\n', ...table(3) }, [
      '--lock-timeout',
      '1s',
      '--no-fixes',
    ]);
    const [finding] = report.findings;
    // PostgreSQL gives a lock timeout no position, and replaying the file would only wait again: the file is named, not the line.
    expect(finding).toMatchObject({ check: 'timeout', file: expect.stringContaining('002_lock.up.sql'), line: 1 });
    expect(finding.message).toContain('002 up waited longer than lock-timeout (1s) for a lock and was cancelled');
    expect(stepStatuses(report)[2]).toBe('ok/ok/ok');
  });

  it('ends the whole run at run-timeout with a partial report and exit 2', async () => {
    const {
      report,
      code,
      stderr,
      leftovers: left,
    } = await check({ ...table(1), '002_sleep.up.sql': 'SELECT pg_sleep(100000);\n', ...table(3) }, [
      '--statement-timeout',
      '0',
      '--run-timeout',
      '4s',
    ]);
    expect(code).toBe(2);
    expect(report.error).toMatch(/^run-timeout \(4s\) reached during migration 002: 2 of 3 migration\(s\) were started; the report covers those$/);
    expect(stderr).toContain('migration-guard: run-timeout (4s) reached');
    expect(stepStatuses(report)).toEqual(['ok/ok/ok', 'failed/skipped/skipped']);
    expect(report.findings.map((f: { check: string }) => f.check)).toContain('timeout');
    expect(left).toEqual([]);
  });
});

describe('faults', () => {
  it('survives a migration that terminates its own backend and checks the next one', async () => {
    const { report, code } = await checkHere({
      ...table(1),
      '002_kill.up.sql': 'SELECT pg_terminate_backend(pg_backend_pid());\n',
      '002_kill.down.sql': 'SELECT 1;\n',
      ...table(3),
    });
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].message).toMatch(
      /002 up failed: terminating connection due to administrator command \(SQLSTATE 57P01\)\. The connection to PostgreSQL was lost while this file ran/,
    );
    expect(stepStatuses(report)).toEqual(['ok/ok/ok', 'failed/skipped/skipped', 'ok/ok/ok']);
  });

  it("survives a migration that terminates every other session, migration-guard's own included", async () => {
    const { code } = await check({
      ...table(1),
      '002_all.up.sql': "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend';\n",
      '002_all.down.sql': 'SELECT 1;\n',
      ...table(3),
    });
    expect(code).toBe(0);
  });

  it('reports a migration that drops or renames the database it runs in', async () => {
    const { report } = await checkHere({
      '001_drop.up.sql': "DO $$ BEGIN EXECUTE format('DROP DATABASE %I', current_database()); END $$;\n",
      '002_rename.up.sql': "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RENAME TO renamed', current_database()); END $$;\n",
      ...table(3),
    });
    const failures = report.findings.filter((f: { check: string }) => f.check === 'up-failed').map((f: { message: string }) => f.message);
    expect(failures[0]).toContain('DROP DATABASE cannot be executed from a function (SQLSTATE 25001)');
    expect(failures[1]).toContain('current database cannot be renamed (SQLSTATE 0A000)');
    expect(stepStatuses(report)[2]).toBe('ok/ok/ok');
  });

  it('exits 2 with a reason and the partial report when the server is killed mid-run, leaving nothing behind', async () => {
    const {
      report,
      code,
      stderr,
      leftovers: left,
    } = await check({
      ...table(1),
      '002_kill.up.sql': "COPY (SELECT 1) TO PROGRAM 'kill -9 $(head -1 postmaster.pid)';\n",
      '002_kill.down.sql': 'SELECT 1;\n',
      ...table(3),
    });
    expect(code).toBe(2);
    expect(report.error).toMatch(
      /^the connection to PostgreSQL was lost while checking 002 and could not be re-established \(a file may have stopped the server: 002 up uses `PROGRAM`\): .*; 1 of 3 migration\(s\) were fully checked/,
    );
    expect(stderr).toContain('migration-guard: the connection to PostgreSQL was lost while checking 002');
    expect(stepStatuses(report)[0]).toBe('ok/ok/ok');
    expect(left).toEqual([]);
  });
});

/** Starts the CLI on `files` and resolves once migration 001 is done and 002 (a file the observation pass does not replay) runs. */
async function startedOn002(files: Record<string, string>) {
  const run = isolated(files);
  const child = spawn(process.execPath, [CLI, 'check', run.dir, '--postgres', 'local', '--statement-timeout', '0', '--format', 'json'], {
    env: run.env,
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (c: Buffer) => (out.stdout += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (c: Buffer) => {
      out.stderr += c.toString();
      if (out.stderr.includes('[1/3]')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the run ended (${code}) before migration 001 was checked: ${out.stderr}`)));
  });
  await whenRunning(child, /pg_sleep\(100000\)/, { dirs: [run.tmp, '/dev/shm'] }); // 002 is sleeping now
  return { run, child, out, exited };
}

/** BEGIN/COMMIT of its own: the observation pass leaves it alone, so the real up is the one sleeping. */
const sleeping = { ...table(1), '002_sleep.up.sql': 'BEGIN;\nSELECT pg_sleep(100000);\nCOMMIT;\n', '002_sleep.down.sql': 'SELECT 1;\n', ...table(3) };

describe('a run stopped from outside is not blamed on the file that was running', () => {
  it('SIGTERM during a migration ends the run as cancelled (143) with no up-failed (57P01) finding', async () => {
    const { run, child, out, exited } = await startedOn002(sleeping);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(out.stderr).toContain('migration-guard: received SIGTERM, cleaning up');
    expect(out.stderr).not.toMatch(/up failed|57P01|terminating connection/);
    // The partial report, when it is written before the process exits, says cancelled and blames nothing.
    if (out.stdout.trim()) {
      const report = JSON.parse(out.stdout);
      expect(report.findings.filter((f: { check: string }) => f.check.endsWith('-failed'))).toEqual([]);
      expect(report.error).toMatch(/^cancelled \(SIGTERM\) while checking 002; 1 of 3 migration\(s\) were fully checked/);
    }
    expect(leftovers(run.tmp, child.pid!)).toEqual([]);
  });

  it('a server killed from outside during a migration aborts the run (exit 2) without a finding against the file', async () => {
    const { run, child, out, exited } = await startedOn002(sleeping);
    const [cluster] = leftovers(run.tmp, child.pid!).filter((l) => l.startsWith('/'));
    const postmaster = Number(readFileSync(path.join(cluster, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    expect(await exited).toBe(2);
    const report = JSON.parse(out.stdout);
    expect(report.error).toMatch(
      /^the connection to PostgreSQL was lost while checking 002 and could not be re-established \(nothing in the file that ran stops a server, so no file is blamed\): .*; 1 of 3 migration\(s\) were fully checked/,
    );
    expect(report.findings.map((f: { check: string }) => f.check)).toEqual([]);
    expect(stepStatuses(report)).toEqual(['ok/ok/ok', 'skipped/skipped/skipped']);
    expect(out.stderr).not.toMatch(STACK_TRACE);
    expect(leftovers(run.tmp, child.pid!)).toEqual([]);
  });
});

describe('nothing left behind, nothing shared', () => {
  it('cleans up the cluster on SIGTERM in the middle of a run (runner cancellation)', async () => {
    const run = isolated({ ...table(1), '002_sleep.up.sql': 'SELECT pg_sleep(100000);\n', ...table(3) });
    const child = spawn(process.execPath, [CLI, 'check', run.dir, '--postgres', 'local', '--statement-timeout', '0'], { env: run.env });
    let stderr = '';
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        if (stderr.includes('[1/3]')) resolve();
      }),
    );
    await whenRunning(child, /pg_sleep\(100000\)/, { dirs: [run.tmp, '/dev/shm'] }); // 002 is sleeping now
    expect(leftovers(run.tmp, child.pid!).length).toBeGreaterThan(0); // the assertion below can fail
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(143);
    expect(stderr).toContain('migration-guard: received SIGTERM, cleaning up');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(leftovers(run.tmp, child.pid!)).toEqual([]);
  });

  it('runs twice at the same time on one machine without collisions', async () => {
    const [a, b] = await Promise.all([check({ ...table(1), ...table(2) }), check({ ...table(1), ...table(2) })]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.report.results).toHaveLength(2);
    expect(b.report.results).toHaveLength(2);
    expect([...a.leftovers, ...b.leftovers]).toEqual([]);
  });
});

describe('url mode', () => {
  // The integration project's shared server: the role is all this test adds to it, and the run is refused before it creates anything.
  const { socket, query } = sharedTestServer();

  it('says clearly that a role without CREATEDB cannot be used', async () => {
    await query('DO $$ BEGIN CREATE ROLE no_createdb LOGIN NOCREATEDB; EXCEPTION WHEN duplicate_object THEN NULL; END $$');
    const run = isolated(table(1));
    const url = `postgresql://no_createdb:pw-never-shown@localhost/postgres?host=${encodeURIComponent(socket)}`;
    const result = await runCli(['check', run.dir, '--database-url', url], { env: run.env });
    expect(result.code).toBe(2);
    // The text report carries the reason on stdout; every other format on stderr.
    expect(result.stderr + result.stdout).toContain(
      'the role used cannot create databases (permission denied to create database); migration-guard needs CREATEDB to make a scratch database and never migrates an existing one',
    );
    expect(result.stderr + result.stdout).not.toContain('pw-never-shown');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
