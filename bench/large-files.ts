/**
 * `npx tsx bench/large-files.ts`: the size proofs, through the bundled CLI (`npm run bundle` first). Each took 12-25 s
 * of the integration suite and proves size, not behaviour; the suite keeps a small file for each behaviour:
 * - a 50 MB migration runs, and an error on its last line is reported at line 500,002
 *   (suite: bad-input-gets-a-finding-or-one-line › runs a migration of 5,000 lines ...);
 * - a 5 MB file of single-line inserts is checked whole (the line scan was quadratic: minutes)
 *   (suite: test/unit/connection-strings-and-masking › splits a 5 MB file ... in linear time, and no-secrets › checks
 *   a file of single-line inserts);
 * - SIGTERM during a 5 MB file on the throw-away server ends the run and leaves no cluster directory or server process
 *   (suite: no-secrets › SIGTERM while a file runs ...);
 * - SIGTERM while a 50 MB file runs on a server given by URL ends through the cleanup, not the fallback timer: with
 *   5 MB, the old defect (the file lexed again after the signal) finished inside the fallback anyway
 *   (suite: url-run-lifetime › SIGTERM while a file runs ...).
 * Prints one line per proof; exits 1 when one fails. BENCH_LARGE_ONLY=<word> runs the proofs whose name contains it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { findLocalBinaries } from '../src/servers/binaries';
import { startCluster } from '../src/servers/local-cluster';
import type { PostgresServer } from '../src/servers/provider';

const ROOT = path.resolve(__dirname, '..');
const CLI = process.env.BENCH_CLI ?? path.join(ROOT, 'dist', 'cli', 'index.js');

/** A migrations directory of its own under `work`. */
function dirWith(work: string, name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  return dir;
}

/** The bundled CLI started: its exit, what it wrote, and the child to signal. */
function start(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [CLI, ...args, '--scope', 'all'], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

async function query(connection: PostgresServer['connection'], sql: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ ...connection, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function until(what: string, probe: () => Promise<boolean>, ms = 600_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

interface JsonReport {
  findings: { check: string; line?: number; column?: number }[];
  results: { steps: Record<string, { status: string }> }[];
}

const fiftyMbWithErrorOnLastLine = () => `${`-- ${'x'.repeat(96)}\n`.repeat(500_000)}CREATE TABLE big (id int);\nSELEC 1;\n`;

const fiveMbOfInserts = () => {
  const lines = ['CREATE TABLE t (id int, v text);'];
  for (let i = 0, size = 0; size < 5_000_000; i++) {
    const line = `INSERT INTO t VALUES (${i}, 'value number ${i} padding');`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
};

async function errorOnLastLine(work: string): Promise<string> {
  const dir = dirWith(work, 'fifty', { '001_big.up.sql': fiftyMbWithErrorOnLastLine(), '001_big.down.sql': 'DROP TABLE big;\n' });
  const run = start(['check', dir, '--postgres', 'local', '--format', 'json']);
  const code = await run.exited;
  const report = JSON.parse(run.stdout()) as JsonReport;
  const failed = report.findings.filter((f) => f.check === 'up-failed');
  expect(code === 1, `exit ${String(code)}, not 1: ${run.stderr()}`);
  expect(failed.length === 1 && failed[0].line === 500_002 && failed[0].column === 1, `up-failed at ${JSON.stringify(failed)}`);
  return 'up-failed at line 500,002, column 1, exit 1';
}

async function singleLineInserts(work: string): Promise<string> {
  const dir = dirWith(work, 'inserts', { '000001_big.up.sql': fiveMbOfInserts(), '000001_big.down.sql': 'DROP TABLE t;\n' });
  const run = start(['check', dir, '--postgres', 'local', '--format', 'json']);
  const code = await run.exited;
  const report = JSON.parse(run.stdout()) as JsonReport;
  expect(report.results[0]?.steps.up.status === 'ok', `up: ${JSON.stringify(report.results[0]?.steps.up)}`);
  return `up ok, exit ${String(code)}`;
}

/** Cluster directories and server processes named after the run's pid (migration-guard-<pid>-*). */
function leftoversOf(pid: number, tmp: string): string[] {
  const mine = `migration-guard-${pid}-`;
  const dirs = ['/dev/shm', tmp].filter(existsSync).flatMap((d) => readdirSync(d).filter((n) => n.startsWith(mine)));
  const processes = readdirSync('/proc').filter((p) => {
    try {
      return /^\d+$/.test(p) && readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(mine);
    } catch {
      return false;
    }
  });
  return [...dirs, ...processes];
}

async function sigtermLocal(work: string): Promise<string> {
  const tmp = mkdtempSync(path.join(work, 'tmp-'));
  const dir = dirWith(work, 'inserts-local', { '000001_big.up.sql': fiveMbOfInserts(), '000001_big.down.sql': 'DROP TABLE t;\n' });
  const run = start(['check', dir, '--postgres', 'local'], { ...process.env, TMPDIR: tmp });
  const clusters = () => ['/dev/shm', tmp].filter(existsSync).flatMap((d) => readdirSync(d).map((n) => path.join(d, n)));
  await until('the inserts to run', async () => {
    for (const host of clusters().filter((c) => path.basename(c).startsWith(`migration-guard-${run.child.pid}-`))) {
      const rows = await query(
        { host, port: 5432, user: 'postgres', database: 'postgres' },
        "SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%INSERT INTO t VALUES%' AND pid <> pg_backend_pid()",
      ).catch(() => []);
      if (rows.length) return true;
    }
    return false;
  });
  run.child.kill('SIGTERM');
  const code = await run.exited;
  expect(code === 143, `exit ${String(code)}, not 143: ${run.stderr()}`);
  expect(run.stderr().includes('migration-guard: received SIGTERM, cleaning up'), `stderr: ${run.stderr()}`);
  const left = leftoversOf(run.child.pid ?? 0, tmp);
  expect(left.length === 0, `left behind: ${left.join(', ')}`);
  return 'exit 143, no cluster directory, no server process';
}

async function sigtermUrl(work: string): Promise<string> {
  const binaries = (await findLocalBinaries()).at(0);
  if (!binaries) throw new Error('no PostgreSQL server binaries on this machine');
  const server = await startCluster(binaries, 'local', () => undefined);
  try {
    const host = String(server.connection.host);
    const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(host)}`;
    const row = `INSERT INTO big VALUES (1, '${'x'.repeat(60)}');\n`;
    const dir = dirWith(work, 'fifty-url', {
      '001_big.up.sql': `CREATE TABLE big (i int, s text);\n${row.repeat(Math.floor((50 * 1024 * 1024) / row.length))}`,
      '001_big.down.sql': 'DROP TABLE big;\n',
    });
    const run = start(['check', dir, '--database-url', url, '--format', 'json']);
    await until(
      'the file to run',
      async () =>
        (
          await query(
            server.connection,
            "SELECT 1 FROM pg_stat_activity WHERE datname LIKE 'migration\\_guard\\_%' AND state = 'active' AND length(query) > 1000",
          )
        ).length > 0,
    );
    run.child.kill('SIGTERM');
    const code = await run.exited;
    expect(code === 143, `exit ${String(code)}, not 143: ${run.stderr()}`);
    expect(run.stderr().includes('migration-guard: cleaned up'), `stderr: ${run.stderr()}`);
    expect(!run.stderr().includes('cleanup did not finish'), 'the fallback timer ended the run');
    const left = await query(
      server.connection,
      "SELECT datname AS name FROM pg_database WHERE datname LIKE 'migration\\_guard\\_%' UNION ALL SELECT rolname FROM pg_roles WHERE rolname LIKE 'migration\\_guard\\_%'",
    );
    expect(left.length === 0, `left on the server: ${JSON.stringify(left)}`);
    return 'exit 143 through the cleanup, nothing left on the server';
  } finally {
    await server.stop();
  }
}

const PROOFS: [string, (work: string) => Promise<string>][] = [
  ['50 MB migration, an error on its last line', errorOnLastLine],
  ['5 MB of single-line inserts', singleLineInserts],
  ['SIGTERM during a 5 MB file, throw-away server', sigtermLocal],
  ['SIGTERM during a 50 MB file, server given by URL', sigtermUrl],
];

async function main(): Promise<void> {
  const only = process.env.BENCH_LARGE_ONLY;
  for (const [name, proof] of PROOFS.filter(([n]) => !only || n.includes(only))) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'mg-bench-large-'));
    const started = performance.now();
    try {
      const said = await proof(work);
      process.stdout.write(`${name}: ${said} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    } catch (error) {
      process.stdout.write(`${name}: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

void main();
