/**
 * Where a run's time goes, by the source line that sent each query:
 * `npx tsx bench/profile.ts [migrations | directory]` (OBSERVE=0 / SEED=0 switch those phases off): the generated
 * corpus of that size, or a real migrations directory (a field clone, bench/field.ts).
 * Wraps pg's Client.query to time every round trip the engine makes; the
 * stack capture slows the run, so compare shares, not absolute times.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../src/engine/run-migrations';
import { loadMigrationSet } from '../src/formats';
import { findLocalBinaries } from '../src/servers/binaries';
import { startCluster } from '../src/servers/local-cluster';
import { writeCorpus } from './corpus';

const stats = new Map<string, { calls: number; ms: number }>();
type Query = (this: Client, ...args: unknown[]) => unknown;
const query = Client.prototype.query as unknown as Query;
(Client.prototype as unknown as { query: Query }).query = function (this: Client, ...args: unknown[]) {
  const frames = (new Error().stack ?? '').split('\n').slice(2);
  const label = frames
    .map((l) => /src\/([\w/.-]+):(\d+)/.exec(l))
    .flatMap((m) => (m ? [`${m[1]}:${m[2]}`] : []))
    .slice(0, 2)
    .join(' < ');
  const started = performance.now();
  const result = query.apply(this, args) as Promise<unknown> | undefined;
  const done = () => {
    const s = stats.get(label) ?? { calls: 0, ms: 0 };
    s.calls++;
    s.ms += performance.now() - started;
    stats.set(label, s);
  };
  result?.then(done, done);
  return result;
};

(async () => {
  const given = process.argv[2] && existsSync(process.argv[2]) ? process.argv[2] : undefined;
  const dir = given ?? mkdtempSync(path.join(os.tmpdir(), 'mg-profile-'));
  if (!given) writeCorpus(dir, Number(process.argv[2] ?? 400));
  const [binaries] = await findLocalBinaries();
  const server = await startCluster(binaries, 'local', () => undefined);
  try {
    const set = await loadMigrationSet(dir);
    const count = set.migrations.length;
    const started = performance.now();
    await runMigrations(set, server, {
      migrationsTable: 'schema_migrations',
      sharedServer: false,
      log: () => undefined,
      limits: { statementMs: 300_000, lockMs: 30_000 },
      observe: process.env.OBSERVE !== '0',
      seedData: process.env.SEED !== '0',
    });
    const total = performance.now() - started;
    process.stdout.write(`${count} migrations, ${Math.round(total)} ms (${(total / count).toFixed(1)} ms each)\n`);
    for (const [label, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
      process.stdout.write(
        `  ${label.padEnd(80)} ${String(s.calls).padStart(6)} calls ${String(Math.round(s.ms)).padStart(7)} ms  ${((s.ms / total) * 100).toFixed(0)}%\n`,
      );
    }
  } finally {
    await server.stop();
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
})();
