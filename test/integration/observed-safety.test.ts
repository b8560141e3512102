import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeCorpus } from '../../bench/corpus';
import { runChecks } from '../../src/checks';
import { runMigrations } from '../../src/engine/run-migrations';
import { loadMigrationSet } from '../../src/formats';
import { TestRepo } from '../helpers/git-repo';
import { checkInProcess } from '../helpers/in-process';
import { FIXTURES, runAction, runCli } from '../helpers/processes';
import { SHARED, sharedPostgresServer } from '../helpers/shared-server';

// Engine runs and the CLI's pipeline in this process on the integration project's one PostgreSQL (fresh scratch
// databases each); what is said to go through the CLI, the action or a copy of dist/ runs as a process.
vi.mock(import('../../src/servers/select-provider'), async (original) =>
  (await import('../helpers/shared-server')).withSharedServer(await original()),
);

const OBSERVED_CHECKS = [
  'blocking-index-build',
  'table-rewrite',
  'validating-constraint',
  'foreign-key-locks-parent',
  'missing-lock-timeout',
  'lock-held-across-statements',
  'destructive-drop',
  'breaking-rename',
  'unbatched-backfill',
];

describe('observation on a real PostgreSQL', () => {
  const server = sharedPostgresServer();

  it('never names a relation created by the same migration, over the benchmark corpus (and still finds the hazards on earlier tables)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-corpus-'));
    writeCorpus(dir, 60); // six rounds of the corpus' ten kinds of migration
    const set = await loadMigrationSet(dir, { shownAs: dir, repository: dir, tool: 'golang-migrate' });
    const run = await runMigrations(set, server, {
      migrationsTable: 'schema_migrations',
      sharedServer: false,
      log: () => undefined,
      limits: { statementMs: 60_000, lockMs: 5_000 },
    });
    expect(run.aborted).toBeUndefined();
    const findings = runChecks({ set, run }, new Set()).filter((f) => OBSERVED_CHECKS.includes(f.check));
    // Which tables each migration creates, read from its own text.
    const created = new Map(
      set.migrations.map((m) => [m.versionText, [...(m.up?.text ?? '').matchAll(/CREATE TABLE (\w+)/g)].map((x) => `public.${x[1]}`)]),
    );
    for (const f of findings) {
      const own = created.get(f.version ?? '') ?? [];
      expect(
        (f.relations ?? []).filter((r) => own.includes(r)),
        `${f.check} at ${f.file}:${f.line} names a table its own migration created`,
      ).toEqual([]);
    }
    expect(findings.filter((f) => f.check === 'blocking-index-build').length).toBeGreaterThan(4);
    expect(findings.filter((f) => f.check === 'foreign-key-locks-parent').length).toBeGreaterThan(4);
    expect(run.traces.every((t) => t.observed?.mode === 'observed')).toBe(true);
  }, 240_000);

  it('can be switched off (EngineOptions.observe), for the benchmark', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-corpus-'));
    writeCorpus(dir, 8);
    const set = await loadMigrationSet(dir, { shownAs: dir, repository: dir, tool: 'golang-migrate' });
    const run = await runMigrations(set, server, {
      migrationsTable: 'schema_migrations',
      sharedServer: false,
      log: () => undefined,
      limits: { statementMs: 60_000, lockMs: 5_000 },
      observe: false,
    });
    expect(run.traces.map((t) => t.observed)).toEqual(set.migrations.map(() => undefined));
  }, 120_000);
});

describe('with a base: tables created earlier in the same pull request are new', () => {
  it('reports the index on the merged table and stays silent on the table the pull request creates', async () => {
    const repo = TestRepo.create({
      '000001_create_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
      '000001_create_users.down.sql': 'DROP TABLE users;\n',
    });
    const base = repo.git('rev-parse', 'HEAD');
    repo.write({
      '000002_create_posts.up.sql': 'CREATE TABLE posts (id bigint PRIMARY KEY, title text);\n',
      '000002_create_posts.down.sql': 'DROP TABLE posts;\n',
      '000003_index_both.up.sql':
        "SET LOCAL lock_timeout = '5s';\nCREATE INDEX posts_title_idx ON posts (title);\nCREATE INDEX users_email_idx ON users (email);\nALTER TABLE posts DROP COLUMN title;\n",
      '000003_index_both.down.sql':
        'DROP INDEX users_email_idx;\nALTER TABLE posts ADD COLUMN title text;\nCREATE INDEX posts_title_idx ON posts (title);\n',
    });
    repo.commit('the pull request');
    // What the observation saw is the subject: no fix trials (a trial adds a fix or a hint, never a finding).
    const { outcome, report: json } = await checkInProcess('migrations', ['--base', base, '--no-fixes'], {}, process.env, false, repo.dir);
    expect(outcome.run?.postgresVersionReason).toContain(SHARED);
    const report = JSON.parse(JSON.stringify(json));
    const observed = report.findings.filter((f: { check: string }) => OBSERVED_CHECKS.includes(f.check));
    expect(observed.map((f: { check: string; line: number }) => `${f.check}:${f.line}`)).toEqual(['blocking-index-build:3']);
  }, 120_000);
});

// That the bundle loads the parser from beside itself, with no node_modules, is bundle-standalone's test.
describe('the parser on a real PostgreSQL', () => {
  it('names the rewrite cause, which only the parser knows', async () => {
    const repo = TestRepo.create({
      '001_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY, total int);\n',
      '001_orders.down.sql': 'DROP TABLE orders;\n',
      '002_widen.up.sql': "SET lock_timeout = '5s';\nALTER TABLE orders ALTER COLUMN total TYPE bigint;\n",
      '002_widen.down.sql': "SET lock_timeout = '5s';\nALTER TABLE orders ALTER COLUMN total TYPE int;\n",
    });
    const { report, outcome } = await checkInProcess(repo.migrations, ['--postgres', 'local']);
    expect(outcome.run?.postgresVersionReason).toContain(SHARED);
    const rewrites = report.findings.filter((f) => f.check === 'table-rewrite' && f.version === '002');
    expect(rewrites.map((f) => f.message)).toEqual([expect.stringContaining('cause: type change of column total to int8')]);
  });
});

describe('ignore comments and .migration-guard.yml, through the CLI and the action', () => {
  const workspace = (config: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-config-'));
    cpSync(path.join(FIXTURES, 'golang-migrate', 'lock-hazards'), path.join(dir, 'db'), { recursive: true });
    writeFileSync(path.join(dir, '.migration-guard.yml'), config);
    return dir;
  };

  it('takes the migrations path and per-check severities from the file, and flags win over it', async () => {
    const dir = workspace('migrations-path: db\nchecks:\n  table-rewrite: error\n  missing-lock-timeout: off\n');
    const result = await runCli(['check', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.findings.find((f: { check: string }) => f.check === 'table-rewrite').severity).toBe('error');
    expect(report.findings.some((f: { check: string }) => f.check === 'missing-lock-timeout')).toBe(false);
    expect(result.code).toBe(1);
    expect((await runCli(['check', '--fail-on', 'never'], { cwd: dir })).code).toBe(0);
  }, 120_000);

  it('stops with the file and line of an unknown key or check', async () => {
    const result = await runCli(['check'], { cwd: workspace('migrations-path: db\nchecks:\n  table-rewrite: error\n  lock-everything: off\n') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.migration-guard\.yml:4: unknown check 'lock-everything'/);
  });

  it("counts ignored findings in the action's summary and report", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-ignore-'));
    cpSync(path.join(FIXTURES, 'golang-migrate', 'lock-hazards-safe'), path.join(dir, 'migrations'), { recursive: true });
    // scope: all: two of the silenced findings are data findings on older migrations, which the default (the newest
    // change) seeds no rows for.
    writeFileSync(path.join(dir, '.migration-guard.yml'), 'fail-on: warning\nscope: all\n');
    const result = await runAction({ postgres: 'local', comment: 'false' }, { GITHUB_WORKSPACE: dir });
    expect(result.outputs.result).toBe('passed');
    // The dropped column's down-loses-data needs no comment: destructive-drop (ignored) already says it.
    expect(result.summary).toContain('<details><summary>3 finding(s) silenced by comments (3 `-- migration-guard:ignore`)</summary>');
    // Each with the comment that silenced it, for an audit.
    expect(result.summary.match(/^- ⚠️ `[a-z-]+` at `migrations\/.*`, silenced on line \d+ by `-- migration-guard:ignore [a-z-, ]+`/gm)).toHaveLength(
      3,
    );
    expect((result.report as { ignored: number }).ignored).toBe(3);
  }, 120_000);
});
