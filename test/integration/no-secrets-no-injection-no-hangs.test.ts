import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { migrationsDir, startTestServer, stopTestServer } from '../helpers/cluster';
import { FakeGitHubApi } from '../helpers/github-api';
import { checkInProcess } from '../helpers/in-process';
import { runAction, runCli } from '../helpers/processes';
import { SHARED } from '../helpers/shared-server';

// Masking is the bundled CLI's and action's work, so they run as processes, with a server of this file's own for
// --database-url: url mode adds a role for each run, which runs on the integration project's shared server would see
// appear (they compare roles). The file of single-line inserts, which creates no role, runs in-process on that shared server.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

let pg: Awaited<ReturnType<typeof startTestServer>>;
let socket: string;
beforeAll(async () => {
  pg = await startTestServer();
  socket = String(pg.server.connection.host);
  await pg.query('CREATE DATABASE deployed');
}, 120_000);
afterAll(() => stopTestServer(pg));

/** A migration whose error echoes a connection string with the password, as a failing dblink or FDW would. */
const echoing = (password: string) =>
  migrationsDir({
    '000001_echo.up.sql': `DO $$ BEGIN RAISE EXCEPTION 'could not connect with "host=db user=ro password=${password}"'; END $$;`,
    '000001_echo.down.sql': 'SELECT 1;',
  });

const stringValues = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(stringValues) : v && typeof v === 'object' ? Object.values(v).flatMap(stringValues) : [];

describe('secrets never leave the process', () => {
  const forms: { name: string; password: string; args: (dir: string) => string[]; env?: () => NodeJS.ProcessEnv }[] = [
    {
      name: 'key=value --database-url',
      password: 'kv"Secret\'1',
      args: () => ['--database-url', `host=${socket} user=postgres dbname=postgres password='kv"Secret\\'1'`],
    },
    {
      name: 'key=value --target-database-url',
      password: 'postgres',
      args: () => ['--database-url', pg.url, '--target-database-url', `host=${socket} user=postgres dbname=deployed password=postgres`],
    },
    {
      name: 'URL',
      password: 'url:Secret/2',
      args: () => [
        '--database-url',
        `postgresql://postgres:${encodeURIComponent('url:Secret/2')}@localhost/postgres?host=${encodeURIComponent(socket)}`,
      ],
    },
    {
      name: 'PGPASSWORD',
      password: 'env-Secret-3',
      args: () => ['--database-url', `host=${socket} user=postgres dbname=postgres`],
      env: () => ({ PGPASSWORD: 'env-Secret-3' }),
    },
    {
      name: '.pgpass',
      password: 'pgpass-Secret-4',
      args: () => ['--database-url', `host=${socket} user=postgres dbname=postgres`],
      env: () => {
        const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-pgpass-')), 'pgpass');
        writeFileSync(file, '*:*:*:postgres:pgpass-Secret-4\n');
        chmodSync(file, 0o600);
        return { PGPASSFILE: file };
      },
    },
  ];

  for (const form of forms) {
    it(`masks the password of a ${form.name} in stdout, stderr, JSON, SARIF and text, also where PostgreSQL echoes it`, async () => {
      const dir = echoing(form.password);
      const env = { ...process.env, ...form.env?.() };
      const outputs: string[] = [];
      // The four runs are independent (a scratch database each): at the same time.
      const formats = ['json', 'sarif', 'text', 'github'];
      const results = await Promise.all(formats.map((format) => runCli(['check', dir, ...form.args(dir), '--format', format], { env })));
      for (const [i, format] of formats.entries()) {
        const result = results[i];
        expect(result.stdout.length, result.stderr).toBeGreaterThan(0);
        // JSON and SARIF must stay parseable, and a password such as "postgres" must not touch their keys: values are what is checked.
        outputs.push(format === 'json' || format === 'sarif' ? stringValues(JSON.parse(result.stdout)).join('\n') : result.stdout, result.stderr);
        if (format === 'json') {
          const report = JSON.parse(result.stdout);
          expect(report.findings.map((f: { check: string }) => f.check)).toContain('up-failed');
          expect(report).toHaveProperty('postgres');
          if (form.password === 'postgres') expect(Object.keys(report)).toContain('postgres');
        }
      }
      for (const out of outputs) expect(out).not.toContain(form.password);
    }, 120_000);
  }

  it('masks a key=value password in the action: log, outputs, JSON, SARIF, summary and the PR comment body', async () => {
    const password = 'kv-Action-Secret';
    const api = await new FakeGitHubApi().start();
    try {
      const work = mkdtempSync(path.join(os.tmpdir(), 'mg-action-'));
      const event = path.join(work, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } }));
      const sarif = path.join(work, 'out.sarif');
      const result = await runAction(
        {
          'migrations-path': echoing(password),
          'database-url': `host=${socket} user=postgres dbname=postgres password=${password}`,
          'github-token': 'test-token',
          'sarif-file': sarif,
        },
        { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'o/r' },
      );
      const bodies = api.requests.map((r) => r.body?.body ?? '').filter(Boolean);
      expect(bodies.length).toBeGreaterThan(0);
      expect(result.summary).toContain('up-failed');
      const log = result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      for (const out of [log, result.stderr, result.summary, JSON.stringify(result.report), readFileSync(sarif, 'utf8'), ...bodies]) {
        expect(out).not.toContain(password);
      }
      // The runner masks it in the log as well: registered before anything was printed.
      expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${password}`);
    } finally {
      await api.stop();
    }
  }, 120_000);
});

describe('runs always end', () => {
  // The run ends through connect_timeout=2; the test's timeout only stops one that hangs.
  it('a server that accepts the connection and never answers ends the run at the connect timeout, in one line', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const result = await runCli([
        'check',
        'migrations-fixtures/golang-migrate/valid',
        '--database-url',
        `host=127.0.0.1 port=${port} user=u password=p connect_timeout=2`,
      ]);
      expect(result.code).toBe(2);
      const errors = result.stderr.split('\n').filter((l) => l.startsWith('migration-guard:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/timeout|timed out/i);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  }, 60_000);

  it("a role's statement_timeout on the supplied server does not cut migration files short", async () => {
    await pg.query(
      "DO $$ BEGIN CREATE ROLE hasty LOGIN SUPERUSER; EXCEPTION WHEN duplicate_object THEN NULL; END $$; ALTER ROLE hasty SET statement_timeout = '100ms'",
    );
    const dir = migrationsDir({ '000001_slow.up.sql': 'SELECT pg_sleep(0.4); CREATE TABLE t (id int);', '000001_slow.down.sql': 'DROP TABLE t;' });
    const result = await runCli(['check', dir, '--database-url', `host=${socket} user=hasty dbname=postgres`, '--format', 'json']);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    expect(result.code).toBe(0);
  }, 60_000);

  /** A file of single-line inserts, `rows` of them. */
  const insertsDir = (rows: number) => {
    const lines = ['CREATE TABLE t (id int, v text);'];
    for (let i = 0; i < rows; i++) lines.push(`INSERT INTO t VALUES (${i}, 'value number ${i} padding');`);
    return migrationsDir({ '000001_many.up.sql': `${lines.join('\n')}\n`, '000001_many.down.sql': 'DROP TABLE t;\n' });
  };

  // The line-number scan was quadratic (minutes at 5 MB): test/unit/connection-strings-and-masking splits 5 MB of such
  // lines (the test's timeout is the bound), and `npx tsx bench/large-files.ts` checks a 5 MB file whole. Here the
  // behaviour: a file of 1,000 single-line statements is checked, and a statement's line is its own (each statement
  // is observed on its own in the first up: the file's length in statements, not in bytes, is what costs here).
  it('checks a file of single-line inserts and reports a failing one at its line', async () => {
    const dir = insertsDir(1_000);
    writeFileSync(path.join(dir, '000002_bad.up.sql'), `${'SELECT 1;\n'.repeat(499)}INSERT INTO t VALUES ('x', 'not a number');\n`);
    writeFileSync(path.join(dir, '000002_bad.down.sql'), 'SELECT 1;\n');
    const { report, outcome } = await checkInProcess(dir, ['--postgres', 'local', '--no-fixes']);
    expect(outcome.run?.postgresVersionReason).toContain(SHARED);
    expect(report.results[0].steps.up.status).toBe('ok');
    expect(report.findings.filter((f) => f.check === 'up-failed').map((f) => [f.version, f.line])).toEqual([['000002', 500]]);
  }, 120_000);

  // SIGTERM while a file runs on the throw-away server ends the run and leaves no cluster directory and no server
  // process: time-limits-and-interruptions › cleans up the cluster on SIGTERM in the middle of a run. The same during a
  // 5 MB file is a size proof: `npx tsx bench/large-files.ts`.
});

describe('outputs cannot be injected', () => {
  it('hostile file names and server messages stay data in annotations, log, summary and comment', async () => {
    const dir = migrationsDir({
      '000001_x\n::error::owned.up.sql': 'SELECT 1;',
      '000002_<script>alert(1).up.sql':
        "DO $$ BEGIN RAISE EXCEPTION E'boom\\n::error::injected @org/team <!-- migration-guard: x --> <img src=x>'; END $$;",
      '000002_<script>alert(1).down.sql': 'SELECT 1;',
    });
    const api = await new FakeGitHubApi().start();
    try {
      const work = mkdtempSync(path.join(os.tmpdir(), 'mg-action-'));
      const event = path.join(work, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } }));
      const result = await runAction(
        { 'migrations-path': dir, 'database-url': pg.url, 'github-token': 't' },
        { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'o/r' },
      );
      const lines = result.stdout.split('\n');
      expect(lines.filter((l) => /^\s*::error::(owned|injected)/.test(l))).toEqual([]);
      const body = api.requests.map((r) => r.body?.body ?? '').find(Boolean) ?? '';
      for (const md of [result.summary, body]) {
        expect(md).toContain('up-failed');
        // The SQL a finding points at is quoted in a fenced code block, where GitHub shows HTML and mentions as text.
        expect(md.replace(/^ *(`{3,})sql\n[\s\S]*?^ *\1$/gm, '')).not.toMatch(/<script|<img|@org/);
        expect(md.match(/<!-- migration-guard:/g)?.length ?? 0).toBe(md === body ? 1 : 0);
        expect(Math.max(...md.split('\n').map((l) => l.length))).toBeLessThan(4_000);
      }
    } finally {
      await api.stop();
    }
  }, 120_000);
});

describe('the low ones', () => {
  it('a version row that is not a number gives one line naming the table', async () => {
    await pg.query('CREATE DATABASE deployed_text');
    const target = `host=${socket} user=postgres dbname=deployed_text`;
    const { Client } = await import('pg');
    const client = new Client({ host: socket, user: 'postgres', database: 'deployed_text' });
    await client.connect();
    await client.query("CREATE TABLE schema_migrations (version text, dirty boolean); INSERT INTO schema_migrations VALUES ('abc', false)");
    await client.end();
    const result = await runCli(['check', 'migrations-fixtures/golang-migrate/valid', '--database-url', pg.url, '--target-database-url', target]);
    const errors = result.stderr.split('\n').filter((l) => l.startsWith('migration-guard:'));
    expect(errors).toEqual([expect.stringMatching(/version table schema_migrations in the target database .* holds a version that is not a number/)]);
  }, 60_000);
});
