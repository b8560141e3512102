import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkInProcess } from '../helpers/in-process';
import { parseWorkflowCommands, runAction, runCli } from '../helpers/processes';
import { SHARED } from '../helpers/shared-server';

// The pipeline in this process, as the CLI runs it, on the integration project's one PostgreSQL (a fresh scratch
// database per run); what only the process shows (exit 2 and its one line, the action's annotations) goes through the bundle.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

interface JsonFinding {
  check: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

/** A migrations directory (inside a fresh "repository" folder) from `{ name: text or bytes }`. */
function dirWith(files: Record<string, string | Buffer>): { repo: string; dir: string } {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'mg-hostile-'));
  const dir = path.join(repo, 'migrations');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { repo, dir };
}

/** `migration-guard check migrations --postgres local --format json` in the repository folder, in-process. */
async function runInRepo(repo: string, extra: string[] = []) {
  const { outcome, report, log } = await checkInProcess('migrations', ['--postgres', 'local', ...extra], {}, process.env, false, repo);
  expect(outcome.run?.postgresVersionReason).toContain(SHARED);
  const stderr = log.join('\n');
  expect(stderr).not.toMatch(STACK_TRACE);
  // What the CLI prints on stdout with --format json: the same report, through JSON.
  const stdout = JSON.stringify(report, null, 2);
  const parsed = JSON.parse(stdout) as { findings: JsonFinding[]; results: { version: string; steps: Record<string, { status: string }> }[] };
  return { code: outcome.exitCode, stdout, stderr, report: parsed, findings: parsed.findings };
}

async function check(files: Record<string, string | Buffer>, extra: string[] = []) {
  return runInRepo(dirWith(files).repo, extra);
}

const one = (findings: JsonFinding[], id: string) => {
  const matching = findings.filter((f) => f.check === id);
  expect(matching, `${id} in ${JSON.stringify(findings.map((f) => f.check))}`).toHaveLength(1);
  return matching[0];
};

const ok = (n: number) => ({ [`00${n}_t${n}.up.sql`]: `CREATE TABLE t${n} (id int);\n`, [`00${n}_t${n}.down.sql`]: `DROP TABLE t${n};\n` });

describe('bad input gets a finding or one clear line, never a stack trace', () => {
  it('exits 2 with one line for an empty directory', async () => {
    const { repo } = dirWith({});
    const result = await runCli(['check', 'migrations', '--postgres', 'local'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^migration-guard: no migration files in migrations: expected the files of golang-migrate \(000001_create_users\.up\.sql\), goose \(00001_create_users\.sql\)[^\n]*\n$/,
    );
  });

  it('reports non-UTF-8 bytes as PostgreSQL would reject them, at their line, and checks the next migration', async () => {
    const { findings, code, report } = await check({
      '001_a.up.sql': Buffer.from("CREATE TABLE a (id int);\nCOMMENT ON TABLE a IS 'caf\xe9';\n", 'latin1'),
      '001_a.down.sql': 'DROP TABLE a;\n',
      ...ok(2),
    });
    expect(code).toBe(1);
    const f = one(findings, 'up-failed');
    expect(f).toMatchObject({ file: 'migrations/001_a.up.sql', line: 2, column: 27 });
    expect(f.message).toContain('invalid byte sequence for encoding "UTF8": 0xe9');
    expect(f.message).toContain('SQLSTATE 22021');
    expect(report.results[1].steps.reup.status).toBe('ok');
  });

  it('says that a UTF-8 byte order mark is what PostgreSQL rejects', async () => {
    const { findings } = await check({ '001_a.up.sql': '\uFEFFCREATE TABLE a (id int);\n', '001_a.down.sql': 'DROP TABLE a;\n' });
    const f = one(findings, 'up-failed');
    expect(f).toMatchObject({ line: 1, column: 1 });
    expect(f.hint).toContain('byte order mark');
  });

  it('does not send a binary file, and says why', async () => {
    const { findings, code } = await check({
      '001_a.up.sql': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      '001_a.down.sql': 'SELECT 1;\n',
    });
    expect(code).toBe(1);
    expect(one(findings, 'up-failed').message).toContain('the file contains a NUL byte (is it a binary file?)');
  });

  // The same file at 50 MB (line 500,002) is a size proof: `npx tsx bench/large-files.ts`.
  it('runs a migration of 5,000 lines and finds an error on its last line', async () => {
    const padding = `-- ${'x'.repeat(96)}\n`.repeat(5_000); // 500,000 bytes
    const { findings, code } = await check({
      '001_big.up.sql': `${padding}CREATE TABLE big (id int);\nSELEC 1;\n`,
      '001_big.down.sql': 'DROP TABLE big;\n',
    });
    expect(code).toBe(1);
    expect(one(findings, 'up-failed')).toMatchObject({ line: 5_002, column: 1 });
  });

  it('never reads a symlink that points outside the repository', async () => {
    const secret = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-secret-')), 'credentials');
    writeFileSync(secret, 'AWS_SECRET=do-not-print-me\n');
    const { repo, dir } = dirWith({ '001_a.down.sql': 'SELECT 1;\n', ...ok(2) });
    symlinkSync(secret, path.join(dir, '001_a.up.sql'));
    writeFileSync(path.join(repo, 'shared.sql'), 'CREATE TABLE shared (id int);\n');
    symlinkSync(path.join(repo, 'shared.sql'), path.join(dir, '003_shared.up.sql')); // inside the repository: fine
    writeFileSync(path.join(dir, '003_shared.down.sql'), 'DROP TABLE shared;\n');
    const result = await runInRepo(repo);
    const findings = result.findings;
    expect(one(findings, 'unreadable-file').message).toBe(
      `001_a.up.sql is not checked: it is a symbolic link to ${secret}, outside the repository; migration-guard does not read it`,
    );
    expect(findings.filter((f) => f.file?.includes('003'))).toEqual([]);
    expect(result.stdout + result.stderr).not.toContain('do-not-print-me');
  });

  it('handles names with spaces, commas and non-ASCII letters, annotations included', async () => {
    const { repo } = dirWith({
      '001_add users, café.up.sql': 'CREATE TABLE a (id int);\nSELEC;\n',
      '001_add users, café.down.sql': 'DROP TABLE a;\n',
    });
    const result = await runAction({ 'migrations-path': 'migrations', postgres: 'local' }, { GITHUB_WORKSPACE: repo });
    const [annotation] = parseWorkflowCommands(result.stdout).filter((a) => a.props.title === 'up-failed');
    expect(annotation.props).toMatchObject({ file: 'migrations/001_add users, café.up.sql', line: '2' });
  });

  it('reports a version above 2^64-1 as a name golang-migrate skips', async () => {
    const { findings } = await check({ '18446744073709551616_huge.up.sql': 'SELECT 1;\n', ...ok(1) });
    expect(one(findings, 'unparsable-name').message).toContain('does not fit in an unsigned 64-bit integer');
  });

  it('explains psql meta-commands, which golang-migrate sends to the server', async () => {
    const { findings } = await check({ '001_a.up.sql': 'CREATE TABLE a (id int);\n\\connect other\n', '001_a.down.sql': 'DROP TABLE a;\n' });
    const f = one(findings, 'up-failed');
    expect(f).toMatchObject({ line: 2, column: 1 });
    expect(f.hint).toContain('`\\connect` is a psql meta-command, not SQL');
  });

  it('explains COPY ... FROM stdin with inline data', async () => {
    const { findings } = await check({
      '001_a.up.sql': 'CREATE TABLE a (id int, n text);\nCOPY a FROM stdin;\n1\tfoo\n\\.\n',
      '001_a.down.sql': 'DROP TABLE a;\n',
    });
    const f = one(findings, 'up-failed');
    expect(f.line).toBe(3);
    expect(f.hint).toContain('COPY ... FROM stdin with inline data is psql syntax');
  });

  it('warns about a file that is only comments', async () => {
    const { findings, code } = await check({ '001_a.up.sql': '-- nothing yet\n/* later */\n', '001_a.down.sql': '-- nothing\n' });
    expect(findings.map((f) => f.check)).toEqual(['empty-file', 'empty-file']);
    expect(code).toBe(0);
  });

  it("keeps SET search_path for later files, as golang-migrate's single session does, and says so when it matters", async () => {
    const { findings, report } = await check({
      '001_schema.up.sql': 'CREATE SCHEMA app;\nSET search_path = app;\n',
      '001_schema.down.sql': 'RESET search_path;\nDROP SCHEMA app;\n',
      '002_t.up.sql': 'CREATE TABLE t (id int);\n', // lands in app, not public
      '002_t.down.sql': 'DROP TABLE public.t;\n',
    });
    expect(report.results[0].steps.reup.status).toBe('ok');
    const f = one(findings, 'down-failed');
    expect(f.message).toContain('table "t" does not exist');
    expect(f.message).toContain('golang-migrate runs every file on one connection, so this still applies here: 001 up ran `SET search_path = app`');
  });

  it("says the same about the run's own scratch database in every run: the name it has for one run is not in the report", async () => {
    const files = {
      ...ok(1),
      '002_where.up.sql': "DO $$ BEGIN RAISE EXCEPTION 'not in %', current_database() USING DETAIL = 'database ' || current_database(); END $$;\n",
      '002_where.down.sql': 'SELECT 1;\n',
    };
    const [first, second] = [await check(files), await check(files)];
    const failed = one(first.findings, 'up-failed');
    expect(failed.message).toContain('not in migration_guard_<run> (SQLSTATE P0001). Detail: database migration_guard_<run>');
    expect(JSON.stringify(second.findings)).toBe(JSON.stringify(first.findings));
  });

  it('says the same about values the migration took from the clock in every run: they are named, not printed', async () => {
    const files = {
      '001_t.up.sql': 'CREATE TABLE t (id int PRIMARY KEY, stamp bigint, at timestamptz);\n',
      '001_t.down.sql': 'DROP TABLE t;\n',
      // An epoch in microseconds and a timestamptz, both from the clock: the rows after the down hold new ones in every run.
      '002_touch.up.sql': 'UPDATE t SET stamp = (extract(epoch FROM clock_timestamp()) * 1000000)::bigint, at = clock_timestamp();\n',
      '002_touch.down.sql': 'SELECT 1;\n',
      // Fails on those rows, with PostgreSQL's words for the row: `Failing row contains (1, <the clock's value>).`
      '003_copy.up.sql': 'BEGIN;\nCREATE TABLE t2 (id int, stamp bigint CHECK (stamp < 0));\nINSERT INTO t2 SELECT id, stamp FROM t;\nCOMMIT;\n',
      '003_copy.down.sql': 'DROP TABLE t2;\n',
    };
    const [first, second] = [await check(files), await check(files)];
    const lost = one(first.findings, 'down-loses-data');
    expect(lost.message).toContain('after the down {at: (a time during the run), id: 1, stamp: (a time during the run)}');
    const failed = one(first.findings, 'up-fails-on-data');
    // One period between PostgreSQL's detail and the sentence after it.
    expect(failed.message).toContain('Detail: Failing row contains (1, (a time during the run)). This file runs its own BEGIN/COMMIT');
    expect(failed.message).toContain('e.g. {at: (a time during the run), id: 1, stamp: (a time during the run)}');
    expect(JSON.stringify(second.findings)).toBe(JSON.stringify(first.findings));
  });

  it('keeps SET ROLE too: the bookkeeping golang-migrate does after the file then fails', async () => {
    const { findings } = await check({
      '001_role.up.sql': 'DO $$ BEGIN CREATE ROLE mg_limited; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\nSET ROLE mg_limited;\n',
      '001_role.down.sql': 'RESET ROLE;\n',
    });
    expect(one(findings, 'up-failed').message).toContain(
      "golang-migrate's version bookkeeping fails after this file: permission denied for table schema_migrations",
    );
  });
});
