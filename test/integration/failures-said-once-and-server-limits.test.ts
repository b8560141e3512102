import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/processes';

interface Report {
  findings: { check: string; message: string; hint?: string }[];
  results?: { version: string; steps: Record<string, { status: string }> }[];
  postgres?: { version: string; versionReason?: string };
  error?: string;
}

const check = async (fixture: string, ...args: string[]) => {
  const result = await runCli(['check', `migrations-fixtures/golang-migrate/${fixture}`, '--format', 'json', ...args]);
  return { ...result, report: JSON.parse(result.stdout) as Report };
};

describe('a failure said once', () => {
  it('lists the migrations that fail on the first failure in one notice and keeps checking the others', async () => {
    const { report, code } = await check('failure-consequences');
    expect(code).toBe(1);
    const notice = report.findings.find((f) => f.check === 'not-checked-after-failure');
    expect(notice?.message).toContain('000003 up (relation "orders" does not exist); 000005 up (relation "orders" does not exist)');
    expect(report.findings.filter((f) => f.check === 'up-failed')).toHaveLength(1);
    expect(report.results?.[3].steps).toMatchObject({ up: { status: 'ok' }, down: { status: 'ok' }, reup: { status: 'ok' } });
  });

  it('does not run a directory the tool would refuse to load, and says so once', async () => {
    const { report, stderr, code } = await check('duplicate-version');
    expect(code).toBe(1);
    expect(report.postgres).toBeUndefined();
    expect(stderr.match(/would not run this directory/g)).toHaveLength(1);
  });
});

describe("the server's limits are not the user's bugs", () => {
  it('exits 2 for a missing extension, names how to get it, and still checks what does not need it', async () => {
    const { report, code } = await check('missing-extension');
    expect(code).toBe(2);
    expect(report.findings.map((f) => f.check)).toEqual(['missing-extension']);
    expect(report.findings[0].message).toContain('000002 up');
    expect(report.findings[0].hint).toMatch(/pgvector\/pgvector:pg\d+/);
    expect(report.error).toContain('missing-extension');
    expect(report.results?.[2].steps.up.status).toBe('ok');
  });

  it('exits 2 for roles and schemas no migration creates, names them once with the setup-sql that provides them', async () => {
    const { report, code } = await check('missing-precondition');
    expect(code).toBe(2);
    expect(report.findings.map((f) => f.check)).toEqual(['missing-precondition']);
    expect(report.findings[0].message).toContain('role "web_anon", schema "identity"');
    expect(report.findings[0].message).toContain('000003 (schema "identity")');
    expect(report.findings[0].hint).toContain('CREATE ROLE web_anon NOLOGIN; CREATE SCHEMA IF NOT EXISTS identity;');
    expect(report.error).toContain('missing-precondition');
  });

  it('checks everything, and finds nothing, once setup-sql provides the preconditions (the counter-example)', async () => {
    const { report, code } = await check(
      'missing-precondition',
      '--scope',
      'all',
      '--setup-sql',
      'migrations-fixtures/golang-migrate/missing-precondition.setup.sql',
    );
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.results?.map((r) => r.steps.reup.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('refuses a setup-sql file that cannot be read in one line naming the input, exit code 2', async () => {
    const { stderr, code } = await runCli(['check', 'migrations-fixtures/golang-migrate/missing-precondition', '--setup-sql', 'no/such/setup.sql']);
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/^migration-guard: --setup-sql: cannot read .*no\/such\/setup\.sql: no such file$/);
  });

  it('names the PostgreSQL version that has a function the server lacks, and says which version was used and why', async () => {
    const { report } = await check('newer-postgres');
    const major = Number(report.postgres?.version.split('.')[0]);
    expect(report.postgres?.versionReason).toBeTruthy();
    if (major >= 18) return; // this machine's default server has uuidv7()
    expect(report.findings[0].hint).toContain('uuidv7() is new in PostgreSQL 18');
    expect(report.findings[0].hint).toContain('--postgres-version 18');
  });

  it('runs nothing in a directory of templates and exits 2, with one finding', async () => {
    const { report, code } = await check('rendered-template');
    expect(code).toBe(2);
    expect(report.findings.map((f) => f.check)).toEqual(['rendered-files']);
    expect(report.postgres).toBeUndefined();
  });
});
