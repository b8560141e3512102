import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir, startTestServer, stopTestServer } from '../helpers/cluster';
import { runCli } from '../helpers/processes';

let pg: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  pg = await startTestServer();
  await pg.query('CREATE TABLE precious (id int); INSERT INTO precious VALUES (42)');
});
afterAll(() => stopTestServer(pg));

const databases = async () => (await pg.query('SELECT datname FROM pg_database ORDER BY 1')).map((r) => r.datname);

describe('url provider', () => {
  it('runs only in a scratch database it creates and drops', async () => {
    const before = await databases();
    const result = await runCli(['check', 'migrations-fixtures/golang-migrate/down-incomplete', '--database-url', pg.url, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.postgres.provider).toBe('url');
    // The same findings as the local provider gives (migrations-fixtures/golang-migrate/README.md): observation works on a supplied server too.
    expect(report.findings.map((f: { check: string; file: string; line: number }) => `${f.check} ${f.file.split('/').pop()}:${f.line}`)).toEqual([
      'down-incomplete 000002_customer_profile.down.sql:1',
      'missing-lock-timeout 000002_customer_profile.up.sql:2',
      'blocking-index-build 000002_customer_profile.up.sql:4',
    ]);
    expect(await databases()).toEqual(before);
    expect(await pg.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).toEqual([{ n: 1 }]);
    expect(await pg.query('SELECT id FROM precious')).toEqual([{ id: 42 }]);
  });

  it('observes as if the tables were empty under its confined role too: seeded rows add no lock finding to the safe fixture', async () => {
    // The temporary role may not turn foreign keys off (session_replication_role): the observation pass must still empty the
    // seeded tables, or VALIDATE on the generated NULL totals ends it early and the SET NOT NULL after it is guessed to scan.
    const result = await runCli(['check', 'migrations-fixtures/golang-migrate/lock-hazards-safe', '--database-url', pg.url, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.postgres.provider).toBe('url');
    expect(report.findings.map((f: { check: string; file: string; line: number }) => `${f.check} ${f.file.split('/').pop()}:${f.line}`)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('refuses files that would change the whole server, and never runs them', async () => {
    const dir = migrationsDir({
      '000001_roles.up.sql': 'CREATE ROLE reporting NOLOGIN;\nCREATE TABLE reports (id int);',
      '000001_roles.down.sql': 'DROP TABLE reports;\nDROP ROLE reporting;',
    });
    const result = await runCli(['check', dir, '--database-url', pg.url, '--format', 'json']);
    const checks = JSON.parse(result.stdout).findings.map((f: { check: string; message: string }) => `${f.check}: ${f.message}`);
    expect(checks).toEqual([
      expect.stringMatching(/^cluster-wide-change: 000001_roles.up.sql was not run on the server given by database-url: it changes roles/),
    ]);
    expect(await pg.query("SELECT rolname FROM pg_roles WHERE rolname = 'reporting'")).toEqual([]);
    expect(result.code).toBe(1);
  });

  it('never prints the password of the URL', async () => {
    const url = pg.url.replace('postgres@', 'postgres:hunter2-secret@');
    const result = await runCli(['check', 'migrations-fixtures/golang-migrate/valid', '--database-url', url, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('hunter2-secret');
    expect(JSON.parse(result.stdout).postgres.server).toContain(':***@');
  });
});
