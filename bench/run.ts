/**
 * npm run bench: migration-guard against the physical limit and the usual
 * hand-written pg_dump loop, on generated corpora and the repository's
 * fixtures. Prints a table and writes bench/results/latest.json.
 * BENCH_SIZES=10,100 and BENCH_REPEAT=1 shorten it.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { findLocalBinaries, type Binaries } from '../src/servers/binaries';
import { findEmbeddedBinaries } from '../src/servers/embedded';
import { startCluster } from '../src/servers/local-cluster';
import { scratchParent } from '../src/servers/scratch-dir';
import { TEMPLATE_CACHE } from '../src/servers/template';
import type { PostgresServer } from '../src/servers/provider';
import { writeCorpus } from './corpus';
import { freshDatabase, orderedFiles, physicalLimit, withServer } from './physical';
import { fieldRows, type FieldRow } from './field-rows';
import { median, repeat, runNode } from './measure';

const ROOT = path.resolve(__dirname, '..');
const CLI = process.env.BENCH_CLI ?? path.join(ROOT, 'dist', 'cli', 'index.js');
const SIZES = (process.env.BENCH_SIZES ?? '10,100,400,1000').split(',').map(Number);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
/** BENCH_FIELD_ONLY=1: only the rows of real directories (field.ts). */
const FIELD_ONLY = process.env.BENCH_FIELD_ONLY === '1';
/** The pg_dump loop takes minutes at 1,000; the target compares at 100. */
const PG_DUMP_MAX = 100;
const run = promisify(execFile);

interface Row {
  corpus: string;
  migrations: number;
  guardMs: number;
  guardStartupMs: number;
  guardCheckMs: number;
  peakMb: number;
  /** Undefined for fixtures of goose and dbmate (both sections in one file). */
  physicalMs?: number;
  pgDumpMs?: number;
  /** The same run with one of the default-on phases switched off, for their cost. */
  noSeedMs?: number;
  noObserveMs?: number;
  neitherMs?: number;
  /** Segments the default run checked at once (report.postgres.jobs). */
  jobs: number;
  /** The same run with --jobs 1 (one sequential run). */
  oneJobMs?: number;
}

/** Sizes of the goose and dbmate corpora (BENCH_FORMAT_SIZES=0 skips them). */
const FORMAT_SIZES = (process.env.BENCH_FORMAT_SIZES ?? '100,400')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

/** Variants measured on generated corpora of these sizes (BENCH_VARIANTS=0 skips them). */
const VARIANT_SIZES = new Set((process.env.BENCH_VARIANTS ?? '100,400').split(',').map(Number));

/** What was thrown, in one string (pg and child processes reject with Errors, but nothing promises it). */
function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  const binaries = (await findLocalBinaries()).at(0);
  if (!binaries) throw new Error('the benchmark needs PostgreSQL server binaries (.ci/run installs them)');
  const work = mkdtempSync(path.join(os.tmpdir(), 'mg-bench-'));
  chmodSync(work, 0o755);
  const rows: Row[] = [];
  try {
    const field = await fieldRows(
      CLI,
      work,
      REPEAT,
      (fn) => withServer(binaries, fn),
      () => os.loadavg()[0],
    );
    if (FIELD_ONLY) {
      report([], {}, binaries, field);
      return;
    }
    const golangMigrate = (size: number) => {
      const dir = path.join(work, `corpus-${size}`);
      if (!existsSync(dir)) writeCorpus(dir, size);
      return dir;
    };
    for (const size of SIZES) rows.push(await measureCorpus(`generated`, golangMigrate(size), size, binaries));
    // The same SQL as goose and dbmate files: their physical limit is the golang-migrate twin's (the same statements).
    for (const size of FORMAT_SIZES) {
      for (const tool of ['goose', 'dbmate'] as const) {
        const dir = path.join(work, `${tool}-${size}`);
        writeCorpus(dir, size, tool);
        rows.push(await measureCorpus(`generated ${tool}`, dir, size, binaries, REPEAT, golangMigrate(size)));
      }
    }
    // BENCH_FIXTURES=0 skips the fixture rows (measuring the generated corpus alone).
    for (const tool of process.env.BENCH_FIXTURES === '0' ? [] : ['golang-migrate', 'goose', 'dbmate']) {
      const fixtures = path.join(ROOT, 'migrations-fixtures', tool);
      for (const fixture of readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory())) {
        const dir = path.join(fixtures, fixture.name);
        const count = new Set(
          readdirSync(dir)
            .filter((n) => /^\d+_.*\.sql$/.test(n))
            .map((n) => n.split('_')[0]),
        ).size;
        // A goose or dbmate file holds both sections: no physical limit is measured for those fixtures.
        const label = tool === 'golang-migrate' ? `fixture ${fixture.name}` : `fixture ${tool}/${fixture.name}`;
        rows.push(await measureCorpus(label, dir, count, binaries, 1, tool === 'golang-migrate' ? dir : null));
      }
    }
    // BENCH_STARTUP=0: no start-up rows (they empty the shared template cache, base states of pull requests included).
    const startup = process.env.BENCH_STARTUP === '0' ? {} : await measureStartup(binaries);
    report(rows, startup, binaries, field);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `physicalDir`: golang-migrate files with the same SQL, for the physical limit (null: not measured). */
async function measureCorpus(
  corpus: string,
  dir: string,
  migrations: number,
  binaries: Binaries,
  times = REPEAT,
  physicalDir: string | null = dir,
): Promise<Row> {
  process.stderr.write(`${corpus} (${migrations} migrations)...\n`);
  const guard: { ms: number; peakMb: number; startupMs: number; checkMs: number; jobs: number }[] = [];
  const once = async (extra: string[]) => {
    const r = await runNode(CLI, ['check', dir, '--postgres', 'local', '--format', 'json', '--fail-on', 'never', '--scope', 'all', ...extra]);
    const report = JSON.parse(r.stdout) as { postgres?: { startupMs?: number; checkMs?: number; jobs?: number } };
    const { startupMs = 0, checkMs = 0, jobs = 1 } = report.postgres ?? {};
    return { ms: r.ms, peakMb: r.peakMb, startupMs, checkMs, jobs };
  };
  // The variants run interleaved with the default run (one of each per round): a machine whose load drifts during the
  // benchmark then shifts all of them alike, instead of whichever block of runs it happened to fall on.
  const withVariants = corpus === 'generated' && VARIANT_SIZES.has(migrations);
  const flags = {
    noSeedMs: ['--no-seed-data'],
    noObserveMs: ['--no-observe'],
    neitherMs: ['--no-seed-data', '--no-observe'],
    oneJobMs: ['--jobs', '1'],
  };
  const samples = new Map<keyof typeof flags, number[]>();
  const files = physicalDir === null ? undefined : orderedFiles(physicalDir);
  // The physical limit is measured in the same rounds, on a server of its own: on this shared VM the same run varies by
  // tens of percent within an hour, and a ratio of two figures taken minutes apart would carry that drift.
  const physical: number[] = [];
  for (let i = 0; i < times; i++) {
    guard.push(await once([]));
    if (files) physical.push(await withServer(binaries, (server) => physicalLimit(server, files)));
    if (!withVariants) continue;
    for (const [key, extra] of Object.entries(flags) as [keyof typeof flags, string[]][]) {
      samples.set(key, [...(samples.get(key) ?? []), (await once(extra)).ms]);
    }
  }
  const variants = Object.fromEntries([...samples].map(([key, ms]) => [key, median(ms)]));
  const pgDump =
    files && migrations <= PG_DUMP_MAX && corpus === 'generated'
      ? await withServer(binaries, (server) => repeat(Math.min(times, 3), () => pgDumpLoop(server, binaries, files)))
      : undefined;
  return {
    corpus,
    migrations,
    guardMs: median(guard.map((g) => g.ms)),
    guardStartupMs: median(guard.map((g) => g.startupMs)),
    guardCheckMs: median(guard.map((g) => g.checkMs)),
    peakMb: Math.max(...guard.map((g) => g.peakMb)),
    jobs: Math.max(...guard.map((g) => g.jobs)),
    physicalMs: files ? median(physical) : undefined,
    pgDumpMs: pgDump?.median,
    ...variants,
  };
}

/** (c) How people script it: pg_dump --schema-only around every step, compared as text. */
async function pgDumpLoop(server: PostgresServer, binaries: Binaries, files: { up?: string; down?: string }[]): Promise<number> {
  const client = await freshDatabase(server);
  const database = String(client.database);
  // Comments and pg_dump's per-run \\restrict key differ between dumps of the same schema; a careful script drops them.
  const dump = async () =>
    (
      await run(pgDumpOf(binaries), ['--schema-only', '-h', String(server.connection.host), '-p', '5432', '-U', 'postgres', database], {
        maxBuffer: 1 << 28,
      })
    ).stdout
      .split('\n')
      .filter((l) => !l.startsWith('--') && !/^\\(un)?restrict /.test(l))
      .join('\n');
  const started = performance.now();
  let before = await dump().catch((error: unknown) => {
    process.stderr.write(`  pg_dump failed: ${errorMessage(error).split('\n').slice(0, 2).join(' ')}\n`);
    throw error;
  });
  let mismatches = 0;
  for (const f of files) {
    if (f.up) await client.query(f.up).catch(() => undefined);
    const afterUp = await dump();
    if (f.down) {
      await client.query(f.down).catch(() => undefined);
      if ((await dump()) !== before) mismatches++;
      if (f.up) await client.query(f.up).catch(() => undefined);
      const again = await dump();
      if (again !== afterUp) mismatches++;
      before = again;
    } else {
      before = afterUp;
    }
  }
  const ms = performance.now() - started;
  await client.end();
  if (mismatches > 0) process.stderr.write(`  pg_dump loop: ${mismatches} text mismatch(es)\n`);
  return ms;
}

/** pg_dump of the same major as the server: beside it, or in Debian's versioned directory. */
function pgDumpOf(binaries: Binaries): string {
  for (const candidate of [path.join(binaries.bindir, 'pg_dump'), `/usr/lib/postgresql/${binaries.major}/bin/pg_dump`]) {
    if (existsSync(candidate)) return candidate;
  }
  return 'pg_dump';
}

/** (d) Start-up alone, per provider: a cold initdb, the cached template, the embedded package. */
async function measureStartup(binaries: Binaries): Promise<Record<string, number>> {
  process.stderr.write('start-up...\n');
  const times = Math.max(REPEAT, 5);
  const time = async (b: Binaries) => {
    const started = performance.now();
    const server = await startCluster(b, 'local', () => undefined);
    const ms = performance.now() - started;
    await server.stop();
    return ms;
  };
  const cache = path.join(await scratchParent(), TEMPLATE_CACHE);
  const cold = await repeat(times, async () => {
    rmSync(cache, { recursive: true, force: true }); // no template yet: initdb + start, as on a fresh runner
    return time(binaries);
  });
  await time(binaries);
  const cached = await repeat(times, () => time(binaries));
  const result: Record<string, number> = { 'local, initdb + start (no cache)': cold.median, 'local, cached template + start': cached.median };
  const embedded = await findEmbeddedBinaries(() => undefined).catch(() => undefined);
  if (embedded) {
    await time(embedded);
    result[`embedded ${embedded.version}, cached template + start`] = (await repeat(times, () => time(embedded))).median;
  }
  return result;
}

function report(rows: Row[], startup: Record<string, number>, binaries: Binaries, field: FieldRow[]): void {
  const f = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
  const lines = [
    '| corpus | migrations | jobs | (a) migration-guard | per migration | of which start-up | (b) physical limit | (c) pg_dump loop | a / (b + start-up) | c / a | peak memory |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.corpus} | ${r.migrations} | ${r.jobs} | ${f(r.guardMs)} | ${(r.guardCheckMs / r.migrations).toFixed(1)} ms | ${f(r.guardStartupMs)} | ${r.physicalMs === undefined ? '-' : f(r.physicalMs)} | ${r.pgDumpMs ? f(r.pgDumpMs) : '-'} | ${r.physicalMs === undefined ? '-' : `${(r.guardMs / (r.physicalMs + r.guardStartupMs)).toFixed(1)}×`} | ${r.pgDumpMs ? `${(r.pgDumpMs / r.guardMs).toFixed(1)}×` : '-'} | ${r.peakMb.toFixed(0)} MB |`,
    ),
    '',
    'Cost of the phases that are on by default (generated corpora): the same run with seeding off, observation off, both off; and one sequential run (--jobs 1).',
    '',
    '| migrations | default | --no-seed-data | --no-observe | both off | seeding costs | observation costs | --jobs 1 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows
      .filter((r) => r.neitherMs !== undefined)
      .map((r) => {
        const pct = (a: number, b: number) => `${Math.round((a / b - 1) * 100)} %`;
        return `| ${r.migrations} | ${f(r.guardMs)} | ${f(r.noSeedMs ?? 0)} | ${f(r.noObserveMs ?? 0)} | ${f(r.neitherMs ?? 0)} | ${pct(r.guardMs, r.noSeedMs ?? r.guardMs)} | ${pct(r.guardMs, r.noObserveMs ?? r.guardMs)} | ${r.oneJobMs ? f(r.oneJobMs) : '-'} |`;
      }),
    '',
    ...fieldTable(field, f),
    '',
    '| start-up (median) | time |',
    '| --- | ---: |',
    ...Object.entries(startup).map(([k, v]) => `| ${k} | ${f(v)} |`),
  ];
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: binaries.version,
    platform: `${os.type()} ${os.release()}`,
  };
  process.stdout.write(`${lines.join('\n')}\n\nmachine: ${JSON.stringify(machine)}; repetitions: ${REPEAT}\n`);
  const results = path.join(ROOT, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(
    path.join(results, 'latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, repetitions: REPEAT, rows, field, startup }, null, 2)}\n`,
  );
}

/** Real directories: the phases one on top of the other (--jobs 1), the defaults, a pull request's second run, the physical limit. */
function fieldTable(field: FieldRow[], f: (ms: number) => string): string[] {
  if (!field.length) return ['Real directories: none measured (their clones are absent; npm run bench:field-clone).'];
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  return [
    'Real directories (bench/field.ts: repository, commit, path): schema proof alone (--no-seed-data --no-observe --no-fixes --jobs 1), + observation, + seeded rows, + the verified fixes (= --jobs 1), the defaults (no option: jobs auto, fixes on the newest change), a pull request adding the newest migration (--base, --scope changed, warm base cache), the physical limit.',
    '',
    '| directory | tool | migrations | proof alone | + observe | + seed | + fixes (--jobs 1) | defaults (jobs) | defaults / --jobs 1 | defaults / proof | pull request (before its change) | physical limit | defaults / physical | load |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...field.map(
      (r) =>
        `| ${r.repo}@${r.commit.slice(0, 7)}:${r.path} | ${r.tool} | ${r.migrations} | ${f(r.proofMs)} | ${f(r.observeMs)} | ${f(r.seedMs)} | ${f(r.fixesMs)} | ${f(r.autoMs)} (${r.autoJobs}) | ${x(r.autoMs, r.fixesMs)} | ${x(r.autoMs, r.proofMs)} | ${f(r.pullRequestMs)} (${r.pullRequestBaseMs === undefined ? '-' : f(r.pullRequestBaseMs)}) | ${f(r.physicalMs)} | ${x(r.autoMs, r.physicalMs)} | ${r.load.map((l) => l.toFixed(1)).join(' → ')} |`,
    ),
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${errorMessage(error)}\n`);
  process.exitCode = 1;
});
