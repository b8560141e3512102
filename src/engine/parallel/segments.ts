/** Contiguous parts of the migration list: [start, end) indexes into MigrationSet.migrations. */
export interface Segment {
  start: number;
  end: number;
}

/** Below this many migrations per segment a second database costs more than it saves (its prefix is replayed up). */
export const MIN_SEGMENT = 40;

/**
 * What applying a migration up in a prefix costs (up and seeding: no observation, no catalog reads, no down and up
 * again) against checking it, measured on the generated corpus (bench/profile.ts at 400: ~14 ms of ~41 ms).
 */
export const PREFIX_COST = 0.35;

/**
 * Fewest checked migrations (up, down, up again; not those only applied up) a segment needs under `jobs: auto` to pay
 * for what it adds: a second database, its prefix applied up and seeded again, and a share of the one Node thread
 * every segment's catalog work runs on. On real directories (bench, 269 migrations) two segments on two cores were
 * slower than one: a segment's time is mostly its server backend's and that thread's.
 */
export const AUTO_MIN_CHECKED = 150;

/**
 * Cores one segment keeps busy: its PostgreSQL backend and its share of the Node thread (plus the server's own
 * processes). `auto` never runs more segments than cores / CORES_PER_SEGMENT, so a 2-core machine runs one.
 */
export const CORES_PER_SEGMENT = 2;

/**
 * jobs: auto decides from the work: as many segments as the cores carry (CORES_PER_SEGMENT each) and the checked
 * migrations pay for (AUTO_MIN_CHECKED each). A pull request with `scope: changed` checks a few migrations: one segment.
 */
export function planAuto(count: number, checked: number, cores: number, minSegment = MIN_SEGMENT): Segment[] {
  const parts = Math.min(Math.floor(cores / CORES_PER_SEGMENT), Math.floor(checked / AUTO_MIN_CHECKED));
  return planSegments(count, Math.max(1, parts), minSegment);
}

/**
 * `jobs` segments that should end at about the same time, but never smaller than `minSegment` (so a small directory
 * runs as one segment, in one database). A later segment first replays its prefix, so it gets fewer migrations.
 */
export function planSegments(count: number, jobs: number, minSegment = MIN_SEGMENT): Segment[] {
  const parts = Math.max(1, Math.min(Math.floor(jobs), Math.floor(count / Math.max(1, minSegment))));
  if (parts === 1) return [{ start: 0, end: count }];
  // Segment i takes T - PREFIX_COST * start_i migrations; the T that makes them add up to count, found by bisection.
  const ends = (t: number) => {
    const out: number[] = [];
    let start = 0;
    for (let i = 0; i < parts; i++) out.push((start = start + Math.max(1, t - PREFIX_COST * start)));
    return out;
  };
  let [low, high] = [1, count];
  for (let i = 0; i < 50; i++) {
    const mid = (low + high) / 2;
    if ((ends(mid).at(-1) ?? 0) < count) low = mid;
    else high = mid;
  }
  const segments: Segment[] = [];
  let start = 0;
  for (const [i, end] of ends(high).entries()) {
    const stop = i === parts - 1 ? count : Math.min(count - (parts - 1 - i), Math.max(start + 1, Math.round(end)));
    segments.push({ start, end: stop });
    start = stop;
  }
  return segments;
}

/** Segment k (1-based) of n, for a shard: exactly n parts, whatever their size (some may be empty). */
export function shardSegment(count: number, k: number, n: number): Segment {
  if (k < 1 || k > n) throw new Error(`internal error: shard ${k}/${n} does not exist`);
  return split(count, n)[k - 1];
}

/** n parts as equal as integers allow; the earlier parts take the remainder (they have the shorter prefixes). */
function split(count: number, n: number): Segment[] {
  const base = Math.floor(count / n);
  const extra = count % n;
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = start + base + (i < extra ? 1 : 0);
    segments.push({ start, end });
    start = end;
  }
  return segments;
}
