import type { MigrationSet } from '../../formats/migration-set';
import { shardSegment } from './segments';

/**
 * Which findings shard k of n reports: those of a migration in its segment;
 * findings of no migration in the set (directory-wide ones) go to shard 1.
 * Every shard computes every static finding; this way each is counted once.
 */
export function shardOwns(set: MigrationSet, shard: { index: number; of: number }): (f: { version?: string }) => boolean {
  const { start, end } = shardSegment(set.migrations.length, shard.index, shard.of);
  const position = new Map(set.migrations.map((m, i) => [m.version, i]));
  return (f) => {
    const at = versionIndex(f.version, position);
    return at === undefined ? shard.index === 1 : at >= start && at < end;
  };
}

function versionIndex(version: string | undefined, position: Map<bigint, number>): number | undefined {
  if (version === undefined || !/^\d+$/.test(version)) return undefined;
  return position.get(BigInt(version));
}
