import { describe, expect, it, vi } from 'vitest';
import { migrationsDir } from '../helpers/cluster';
import { tables } from '../helpers/git-repo';
import { checkInProcess } from '../helpers/in-process';
import { runAction, runCli } from '../helpers/processes';
import { SHARED, sharedTestServer } from '../helpers/shared-server';

// The "deployed" databases live on the integration project's shared server. Findings and the target's report run the
// pipeline in-process on it (--postgres local is that server); what the process prints (exit 2, its line, masking) and
// the action's outputs go through the bundle.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const { socket, query } = sharedTestServer();
const PASSWORD = 'hunter2-target-secret';
const dir = migrationsDir(tables(1, 2, 3, 4));

/** A URL to one database of the test server, with a password the logs must never show (trust auth ignores it). */
const urlOf = (database: string, user = 'postgres') => `postgresql://${user}:${PASSWORD}@localhost/${database}?host=${encodeURIComponent(socket)}`;

/** A "deployed" database whose schema_migrations holds `row` (undefined: empty table; null: no table). */
async function deployed(name: string, row: [number, boolean] | undefined | null): Promise<string> {
  await query(`DROP DATABASE IF EXISTS ${name}`);
  await query(`CREATE DATABASE ${name}`);
  if (row !== null) {
    await query('CREATE TABLE schema_migrations (version bigint not null primary key, dirty boolean not null)', name);
    if (row) await query(`INSERT INTO schema_migrations VALUES (${row[0]}, ${row[1]})`, name);
  }
  return urlOf(name);
}

/** Everything a write would change: the row with its xmin (any UPDATE or re-INSERT changes it) and the relations. */
const fingerprint = async (database: string) =>
  JSON.stringify([
    await query('SELECT xmin::text, version, dirty FROM schema_migrations', database),
    await query("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1", database),
  ]);

// These databases hold only a version row: the schema comparison (drift, on by default) is covered by deployed-schema.test.ts.
const ARGS = ['--postgres', 'local', '--drift', 'false'];
const check = (url: string) => runCli(['check', dir, ...ARGS, '--target-database-url', url, '--format', 'json']);

/** The same check in this process: the exit code and the JSON report the CLI would print. */
async function checkHere(url: string) {
  const { outcome, report } = await checkInProcess(dir, [...ARGS, '--target-database-url', url]);
  expect(outcome.run?.postgresVersionReason).toContain(SHARED);
  return { code: outcome.exitCode, stdout: JSON.stringify(report) };
}

describe('the deployed database as the source of truth (target-database-url)', () => {
  it('lists the pending versions of a clean target and reports nothing', async () => {
    const url = await deployed('target_clean', [3, false]);
    const result = await runAction({ 'migrations-path': dir, postgres: 'local', 'target-database-url': url, drift: 'false' });
    expect(result.outputs.result).toBe('passed');
    expect(result.outputs.pending).toBe('000004');
    expect(result.report).toMatchObject({ target: { version: '3', dirty: false, pending: ['000004'] } });
  });

  it('reports target-dirty with the force command, and changes nothing in that database', async () => {
    const url = await deployed('target_dirty', [3, true]);
    const before = await fingerprint('target_dirty');
    const result = await checkHere(url);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const dirty = report.findings.filter((f: { check: string }) => f.check === 'target-dirty');
    expect(dirty).toHaveLength(1);
    expect(dirty[0]).toMatchObject({ severity: 'error', file: expect.stringContaining('000003_t3.up.sql'), line: 1 });
    expect(dirty[0].message).toContain('is dirty at version 3');
    expect(dirty[0].hint).toMatch(/force 3` if it completed, or `force 000002` if it did not/);
    expect(report.target).toEqual({ version: '3', dirty: true, pending: [] });
    expect(await fingerprint('target_dirty')).toBe(before);
  });

  it('never shows the password of the target URL', async () => {
    const url = urlOf('target_dirty');
    const cli = await check(url);
    expect(cli.stdout + cli.stderr).not.toContain(PASSWORD);
    expect(cli.stdout).toContain('***@localhost');
    const action = await runAction({ 'migrations-path': dir, postgres: 'local', 'target-database-url': url, drift: 'false' });
    const printed = action.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(action.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(printed + action.summary + JSON.stringify(action.report)).not.toContain(PASSWORD);
  });

  it('reports target-unknown-version when the deployed version has no file here', async () => {
    const result = await checkHere(await deployed('target_newer', [9, false]));
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings;
    expect(findings.map((f: { check: string }) => f.check)).toEqual(['target-unknown-version']);
    expect(findings[0].message).toContain('is at version 9, which is not in this directory: this code is older than the database');
  });

  it('treats an empty bookkeeping table as nothing applied: every version is pending', async () => {
    const result = await checkHere(await deployed('target_empty', undefined));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).target).toEqual({ version: null, dirty: false, pending: ['000001', '000002', '000003', '000004'] });
  });

  it('gives one clear line and exit 2 when the table is missing', async () => {
    const result = await check(await deployed('target_never_migrated', null));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^migration-guard: the target database postgresql:\/\/postgres:\*\*\*@localhost\/target_never_migrated.* has no table schema_migrations: golang-migrate has not run there/m,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives one clear line and exit 2 when the role may not read the table', async () => {
    await query('DO $$ BEGIN CREATE ROLE reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$');
    const result = await check(urlOf('target_clean', 'reader'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'the role in target-database-url may not read schema_migrations (permission denied for table schema_migrations); grant it SELECT on that table',
    );
  });

  it('gives one clear line and exit 2 when the server is unreachable, without the password', async () => {
    const result = await check(`postgresql://deploy:${PASSWORD}@127.0.0.1:1/app`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /migration-guard: cannot connect to the target database postgresql:\/\/deploy:\*\*\*@127\.0\.0\.1:1\/app: connect ECONNREFUSED/,
    );
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });
});
