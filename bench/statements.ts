/**
 * What grows with history: `npx tsx bench/statements.ts 1000 100,200,900,1000` runs the engine in-process on the
 * generated corpus (every default phase on) against a server of its own with pg_stat_statements (track = all, so the
 * statements inside our PL/pgSQL functions count too), and compares two windows of the same run (here migrations
 * 100-200 and 900-1000): each statement's calls and time, and the CPU time of the scratch database's backends and of
 * this process. A statement whose time per call grows from the first window to the second grows with the schema;
 * CPU time, unlike wall time, barely moves with the machine's load. OBSERVE=0 / SEED=0 switch those phases off.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../src/engine/run-migrations';
import { loadMigrationSet } from '../src/formats';
import { findLocalBinaries } from '../src/servers/binaries';
import { startCluster } from '../src/servers/local-cluster';
import { writeCorpus } from './corpus';

interface Statement {
  q: string;
  calls: number;
  ms: number;
}

interface Mark {
  at: number;
  backends: Map<number, number>;
  node: NodeJS.CpuUsage;
}

/** User and system time of a process in clock ticks (10 ms), 0 when it is gone. */
function ticks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** One line per statement shape: the delete of every table's rows, whatever the tables, counts as one. */
const shape = (q: string) =>
  q
    .replace(/\s+/g, ' ')
    .replace(/d\d+ AS \(DELETE .*/, '<one delete per table>')
    .slice(0, 110);

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const [a0, a1, b0, b1] = (process.argv[3] ?? '100,200,900,1000').split(',').map(Number);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-statements-'));
  writeCorpus(dir, count);
  const binaries = (await findLocalBinaries()).at(0);
  if (!binaries) throw new Error('bench/statements.ts needs PostgreSQL server binaries');
  const settings = ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', 'pg_stat_statements.max=10000'];
  const server = await startCluster(binaries, 'local', () => undefined, settings);
  const admin = new Client(server.connection);
  await admin.connect();
  await admin.query('CREATE EXTENSION pg_stat_statements');
  const marks = new Map<number, Mark>();
  const windows = new Map<number, Statement[]>();
  const mark = async (i: number) => {
    const { rows } = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname LIKE 'migration_guard%'");
    marks.set(i, { at: performance.now(), backends: new Map(rows.map((r) => [r.pid, ticks(r.pid)])), node: process.cpuUsage() });
  };
  const read = async (i: number) => {
    const { rows } = await admin.query<Statement>(
      `SELECT query AS q, calls::int, total_exec_time AS ms FROM pg_stat_statements
        WHERE dbid <> (SELECT oid FROM pg_database WHERE datname = 'postgres')`,
    );
    windows.set(i, rows);
  };
  // onMigration is synchronous: the marks queue on the admin connection while the run goes on (a few ms late at most).
  let pending: Promise<unknown> = Promise.resolve();
  try {
    const set = await loadMigrationSet(dir);
    await runMigrations(set, server, {
      migrationsTable: 'schema_migrations',
      sharedServer: false,
      log: () => undefined,
      limits: { statementMs: 300_000, lockMs: 30_000 },
      observe: process.env.OBSERVE !== '0',
      seedData: process.env.SEED !== '0',
      onMigration: (_trace, index) => {
        const done = index + 1;
        if (done === a0 || done === b0) pending = pending.then(() => admin.query('SELECT pg_stat_statements_reset()')).then(() => mark(done));
        if (done === a1 || done === b1) pending = pending.then(() => mark(done)).then(() => read(done));
      },
    });
    await pending;
    report([a0, a1], [b0, b1], marks, windows);
  } finally {
    await admin.end();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(a: number[], b: number[], marks: Map<number, Mark>, windows: Map<number, Statement[]>): void {
  const cpu = ([from, to]: number[]) => {
    const [start, end] = [marks.get(from), marks.get(to)];
    if (!start || !end) throw new Error(`no marks for migrations ${from}-${to}`);
    let backends = 0;
    for (const [pid, t] of end.backends) backends += t - (start.backends.get(pid) ?? 0);
    const node = (end.node.user - start.node.user + end.node.system - start.node.system) / 1000;
    return `${Math.round(end.at - start.at)} ms wall, backends' CPU ${backends * 10} ms, node's CPU ${Math.round(node)} ms`;
  };
  process.stdout.write(`migrations ${a.join('-')}: ${cpu(a)}\nmigrations ${b.join('-')}: ${cpu(b)}\nload ${os.loadavg()[0].toFixed(1)}\n`);
  const byShape = new Map<string, { a: Statement; b: Statement }>();
  for (const [w, key] of [
    [a[1], 'a'],
    [b[1], 'b'],
  ] as const) {
    for (const s of windows.get(w) ?? []) {
      const entry = byShape.get(shape(s.q)) ?? { a: { q: s.q, calls: 0, ms: 0 }, b: { q: s.q, calls: 0, ms: 0 } };
      entry[key].calls += s.calls;
      entry[key].ms += s.ms;
      byShape.set(shape(s.q), entry);
    }
  }
  const top = [...byShape].sort(([, x], [, y]) => y.b.ms - x.b.ms).slice(0, 30);
  for (const [q, { a: x, b: y }] of top) {
    const cell = (s: Statement) => `${String(s.calls).padStart(6)} ${s.ms.toFixed(0).padStart(7)} ms`;
    process.stdout.write(`${cell(x)} | ${cell(y)}  ${q}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/statements.ts: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
