import { createHash } from 'node:crypto';
import type { Migration, MigrationSet } from '../formats/migration-set';
import { bodyText } from '../formats/migration-set';
import { VERSION } from '../version';
import type { MigrationTrace } from './trace';

/** scope: changed: the state at the base, as a run computes it and a pull request's next run restores it (servers/base-cache.ts). */
export interface BaseStateRequest {
  /** What the state depends on, as one hash: migration-guard's version, the tool, the version table, setup-sql, every up applied. */
  key: string;
  /** The migrations before the first one checked in full: applied up only, in order. */
  ups: readonly Migration[];
}

/**
 * The base state of a run where `fullCheck` leaves the first migrations out: those migrations and the key of the
 * database they leave; undefined when the first migration is checked in full (nothing to restore) or one of them
 * cannot be read. The server's build is part of the key where the state is kept (the data directory's template).
 */
export function baseStateRequest(
  set: MigrationSet,
  fullCheck: ((m: Migration) => boolean) | undefined,
  context: { table: string; setupSql?: string },
): BaseStateRequest | undefined {
  if (!fullCheck) return undefined;
  const first = set.migrations.findIndex((m) => fullCheck(m));
  const ups = set.migrations.slice(0, first < 0 ? set.migrations.length : first);
  if (!ups.length || ups.some((m) => m.unreadable || !m.up)) return undefined;
  const hash = createHash('sha256');
  hash.update([VERSION, set.format.tool, context.table, context.setupSql ?? ''].join('\0'));
  for (const m of ups) {
    const up = m.up;
    if (up) hash.update(`\0${m.versionText}\0${up.name}\0${JSON.stringify(up.execution)}\0${bodyText(up)}`);
  }
  return { key: hash.digest('hex').slice(0, 24), ups };
}

/** A migration of the restored base state: its up ran in the run that kept the state (without error: only such a state is kept). */
export function restoredTrace(m: Migration): MigrationTrace {
  const unchanged = { status: 'skipped' as const, ms: 0, reason: 'unchanged since the base' };
  return { migration: m, up: { status: 'ok', ms: 0, ...(m.up && { file: m.up }) }, down: unchanged, reup: unchanged };
}

/** Whether the state after `traces` is the base state: every up applied without error, and no rebuild on the way. */
export function cleanBase(traces: readonly MigrationTrace[]): boolean {
  return traces.every((t) => t.up.status === 'ok' && !t.rebuilt);
}
