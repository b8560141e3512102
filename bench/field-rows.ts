/**
 * The benchmark's rows for real directories (field.ts): in each round, one after the other, the schema proof alone,
 * + observation, + seeded rows, + the verified fixes (all --jobs 1), the defaults (no option: jobs auto, fixes on the
 * newest change), a pull request adding the newest migration (--base, --scope changed, its cache warm from the round
 * before) and the physical limit. Medians of the rounds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { loadMigrationSet } from '../src/formats';
import type { MigrationFile } from '../src/formats/migration-set';
import type { PostgresServer } from '../src/servers/provider';
import { fieldDirectories, type FieldDirectory } from './field';
import { median, runNode } from './measure';

export interface FieldRow {
  repo: string;
  commit: string;
  path: string;
  tool: string;
  migrations: number;
  rounds: number;
  /**
   * Medians, ms: --no-seed-data --no-observe --no-fixes --jobs 1; --no-seed-data --no-fixes --jobs 1; --no-fixes --jobs 1;
   * --jobs 1; the defaults; the pull request.
   */
  proofMs: number;
  observeMs: number;
  seedMs: number;
  fixesMs: number;
  autoMs: number;
  autoJobs: number;
  pullRequestMs: number;
  /** PostgreSQL time of the pull request's run before its first changed migration (report.postgres.baseMs). */
  pullRequestBaseMs?: number;
  physicalMs: number;
  /** The load average (1 minute) at the start and the end of the rows. */
  load: [number, number];
}

interface Sample {
  ms: number;
  jobs: number;
  baseMs?: number;
}

type Runner = (server: PostgresServer) => Promise<number>;

/** Every field directory the manifest lists, measured `rounds` times; the others skipped with one line each. */
export async function fieldRows(
  cli: string,
  work: string,
  rounds: number,
  withServer: (fn: Runner) => Promise<number>,
  load: () => number,
): Promise<FieldRow[]> {
  const rows: FieldRow[] = [];
  // BENCH_FIELD_DIRS=openmeter,hatchet: only the directories whose repository contains one of these words.
  const only = process.env.BENCH_FIELD_DIRS?.split(',').filter(Boolean);
  for (const { dir, local, skipped } of fieldDirectories()) {
    if (only && !only.some((word) => dir.repo.includes(word))) continue;
    if (!local) {
      process.stderr.write(`skipping the field rows of ${dir.repo}: ${skipped ?? ''}\n`);
      continue;
    }
    const row = await measureField(cli, work, dir, local, rounds, withServer, load);
    process.stderr.write(`  ${JSON.stringify(row)}\n`); // a long benchmark on a busy machine: each row as soon as it is known
    rows.push(row);
  }
  return rows;
}

async function measureField(
  cli: string,
  work: string,
  dir: FieldDirectory,
  local: string,
  rounds: number,
  withServer: (fn: Runner) => Promise<number>,
  load: () => number,
): Promise<FieldRow> {
  const set = await loadMigrationSet(local);
  process.stderr.write(`field ${dir.repo} (${set.migrations.length} migrations)...\n`);
  const repo = pullRequest(work, dir, local);
  const once = async (target: string, extra: string[]): Promise<Sample> => {
    const args = ['check', target, '--postgres', 'local', '--format', 'json', '--fail-on', 'never', ...dir.args, ...extra];
    const r = await runNode(cli, args, { ...process.env, MIGRATION_GUARD_CACHE: path.join(work, 'cache') });
    const report = JSON.parse(r.stdout) as { postgres?: { jobs?: number; baseMs?: number } };
    return { ms: r.ms, jobs: report.postgres?.jobs ?? 1, baseMs: report.postgres?.baseMs };
  };
  // No --scope: as a user runs it on a directory without a base, history folded and the fixes tried on the newest change.
  const samples: Record<'proof' | 'observe' | 'seed' | 'fixes' | 'auto' | 'pr' | 'physical', Sample[]> = {
    proof: [],
    observe: [],
    seed: [],
    fixes: [],
    auto: [],
    pr: [],
    physical: [],
  };
  const loadAtStart = load();
  const pr = ['--base', 'base', '--scope', 'changed'];
  await once(repo, pr); // fills the base cache: the rounds measure a pull request's second run
  for (let i = 0; i < rounds; i++) {
    samples.proof.push(await once(local, ['--no-seed-data', '--no-observe', '--no-fixes', '--jobs', '1']));
    samples.observe.push(await once(local, ['--no-seed-data', '--no-fixes', '--jobs', '1']));
    samples.seed.push(await once(local, ['--no-fixes', '--jobs', '1']));
    samples.fixes.push(await once(local, ['--jobs', '1']));
    samples.auto.push(await once(local, []));
    samples.pr.push(await once(repo, pr));
    samples.physical.push({ ms: await withServer((server) => physicalLimit(server, set)), jobs: 1 });
  }
  const m = (key: keyof typeof samples) => median(samples[key].map((s) => s.ms));
  const baseMs = samples.pr.map((s) => s.baseMs).filter((x): x is number => x !== undefined);
  return {
    repo: dir.repo,
    commit: dir.commit,
    path: dir.path,
    tool: dir.tool,
    migrations: set.migrations.length,
    rounds,
    proofMs: m('proof'),
    observeMs: m('observe'),
    seedMs: m('seed'),
    fixesMs: m('fixes'),
    autoMs: m('auto'),
    autoJobs: Math.max(...samples.auto.map((s) => s.jobs)),
    pullRequestMs: m('pr'),
    pullRequestBaseMs: baseMs.length ? median(baseMs) : undefined,
    physicalMs: m('physical'),
    load: [loadAtStart, load()],
  };
}

/** A git repository whose `base` branch holds every migration but the newest, and whose HEAD adds it: a pull request. */
function pullRequest(work: string, dir: FieldDirectory, local: string): string {
  const repo = path.join(work, `pr-${dir.repo.replace('/', '+')}`);
  const migrations = path.join(repo, 'migrations');
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  cpSync(local, migrations, { recursive: true });
  const newest = readdirSync(migrations)
    .filter((n) => /^\d+_/.test(n))
    .sort()
    .at(-1);
  const prefix = newest?.split('_')[0] ?? '';
  const held = path.join(work, 'held');
  rmSync(held, { recursive: true, force: true });
  mkdirSync(held);
  const mine = readdirSync(migrations).filter((n) => n.startsWith(`${prefix}_`));
  for (const n of mine) cpSync(path.join(migrations, n), path.join(held, n));
  for (const n of mine) rmSync(path.join(migrations, n));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: repo });
  git('init', '-q', '-b', 'base');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'change');
  for (const n of mine) cpSync(path.join(held, n), path.join(migrations, n));
  git('add', '.');
  git('commit', '-qm', 'the newest migration');
  return migrations;
}

/** The same sections up, down and up on one connection, no bookkeeping and no checks (each section sent as one query). */
async function physicalLimit(server: PostgresServer, set: Awaited<ReturnType<typeof loadMigrationSet>>): Promise<number> {
  const admin = new Client(server.connection);
  await admin.connect();
  const name = `field_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const client = new Client({ ...server.connection, database: name });
  client.on('error', () => undefined);
  await client.connect();
  const started = performance.now();
  // As the tool sends a section: its pieces one after the other (goose: one per statement), in a transaction if it wraps one.
  const send = async (file: MigrationFile | undefined) => {
    if (!file || file.absent) return;
    const wrapped = file.execution.transaction === 'wrapped';
    try {
      if (wrapped) await client.query('BEGIN');
      for (const unit of file.execution.units) await client.query(file.text.slice(unit.start, unit.end));
      if (wrapped) await client.query('COMMIT');
    } catch {
      if (wrapped) await client.query('ROLLBACK').catch(() => undefined);
    }
  };
  for (const m of set.migrations) {
    await send(m.up);
    await send(m.down);
    if (m.down && !m.down.absent) await send(m.up);
  }
  const ms = performance.now() - started;
  await client.end();
  return ms;
}
