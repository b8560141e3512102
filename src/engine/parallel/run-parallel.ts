import type { ShardFacts } from '../trace';
import type { MigrationSet } from '../../formats/migration-set';
import type { PostgresServer } from '../../servers/provider';
import { runMigrations, type EngineOptions } from '../run-migrations';
import type { Session } from '../session';
import type { EngineRun, MigrationTrace } from '../trace';
import { fingerprint } from './fingerprint';
import { planAuto, planSegments, shardSegment, type Segment } from './segments';
import { whyPrefixDiffers } from './speculation';

export interface ParallelOptions {
  /** Segments at most (--jobs); 1 is the sequential run. */
  jobs: number;
  /** jobs: auto: `jobs` is the cores, and the work decides how many of them pay (segments.ts planAuto). */
  auto?: boolean;
  /** Fewest migrations per segment (default MIN_SEGMENT); tests lower it to split small fixtures. */
  minSegment?: number;
}

/**
 * The migrations in up to `jobs` contiguous segments, checked at the same time,
 * each in its own scratch database of the same server. A segment starts from
 * its prefix applied up (runMigrations' quick path). That start is what the
 * sequential run would have had only when every earlier segment left its
 * database as its ups did (speculation.ts): from the first segment where that
 * does not hold, the rest is checked again sequentially after it. The merged
 * run has the traces in version order, as one sequential run gives them.
 */
export async function runParallel(set: MigrationSet, server: PostgresServer, options: EngineOptions, parallel: ParallelOptions): Promise<EngineRun> {
  const count = set.migrations.length;
  const checked = options.fullCheck ? set.migrations.filter(options.fullCheck).length : count;
  const segments = parallel.auto
    ? planAuto(count, checked, parallel.jobs, parallel.minSegment)
    : planSegments(count, parallel.jobs, parallel.minSegment);
  if (segments.length === 1) return { ...(await runMigrations(set, server, options)), jobs: 1 };
  const started = performance.now();
  options.log(`checking ${count} migration(s) in ${segments.length} segments at once: ${segments.map((s) => range(set, s)).join(', ')}`);
  // Progress of a later segment is said once its start is known to be right (the first segment's as it comes).
  const onMigration = options.onMigration;
  const held = segments.map(() => [] as [MigrationTrace, number, number][]);
  const runs = await Promise.all(
    segments.map((segment, i) =>
      runMigrations(set, server, {
        ...options,
        segment,
        onMigration: onMigration && (i === 0 ? onMigration : (...progress) => held[i]?.push(progress)),
      }),
    ),
  );
  // How evenly the segments were cut (planSegments' PREFIX_COST): a run's time is its slowest segment's.
  options.log(`segments took ${runs.map((r) => `${(r.ms / 1000).toFixed(1)} s`).join(', ')}`);
  const merged: EngineRun = { ...runs[0], traces: [], jobs: segments.length };
  for (const [i, run] of runs.entries()) {
    for (const progress of held[i] ?? []) onMigration?.(...progress);
    merged.traces.push(...run.traces);
    if (run.snapshots === 'full') merged.snapshots = 'full';
    if (run.aborted) {
      merged.aborted = run.aborted;
      break; // a sequential run would have stopped here too
    }
    if (i + 1 >= segments.length) break;
    const next = segments[i + 1];
    const why = whyPrefixDiffers(run.traces);
    if (!why) continue;
    // Segment i is exact (every segment before it was clean); the ones after it started from a state the sequential run never had.
    const segment = segments[i];
    options.log(`${why}: the migrations after it are checked again, in order, from ${range(set, segment)} on`);
    const rest = await runMigrations(set, server, {
      ...options,
      segment: { start: segment.start, end: count },
      onMigration: (t, index, total) => {
        if (index >= next.start) onMigration?.(t, index, total);
      },
    });
    merged.traces.push(...rest.traces.filter((t) => set.migrations.indexOf(t.migration) >= next.start));
    if (rest.snapshots === 'full') merged.snapshots = 'full';
    merged.aborted = rest.aborted;
    break;
  }
  merged.ms = performance.now() - started;
  return merged;
}

/** Shard k of n: its segment checked after its prefix applied up once; the fingerprints let `merge` say whether the shards join up. */
export async function runShard(
  set: MigrationSet,
  server: PostgresServer,
  options: EngineOptions,
  shard: { index: number; of: number },
): Promise<{ run: EngineRun; shard: ShardFacts }> {
  const segment = shardSegment(set.migrations.length, shard.index, shard.of);
  const own = set.migrations.slice(segment.start, segment.end);
  const facts: ShardFacts = { ...shard, first: own.at(0)?.versionText, last: own.at(-1)?.versionText, migrations: own.length };
  const edge = async (at: 'start' | 'end', session: Session) => {
    const print = await fingerprint(session, !options.sharedServer);
    if (at === 'start') facts.startFingerprint = print;
    else facts.endFingerprint = print;
  };
  const run = await runMigrations(set, server, { ...options, segment: { ...segment, edge } });
  facts.startFingerprint ??= facts.endFingerprint; // an empty last shard starts where it ends
  return { run: { ...run, jobs: 1 }, shard: facts };
}

function range(set: MigrationSet, segment: Segment): string {
  const first = set.migrations[segment.start]?.versionText ?? '';
  const last = set.migrations[segment.end - 1]?.versionText ?? '';
  return first === last ? first : `${first}-${last}`;
}
