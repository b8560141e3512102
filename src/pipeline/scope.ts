import type { Logger } from '../log';
import type { Migration, MigrationSet } from '../formats/migration-set';
import type { BaseComparison } from '../git/base-facts';
import { addedVersions, changedVersions } from '../git/scope';
import type { Settings } from '../settings/settings';
import type { ChangeScope } from '../check-support/fold-history';

/** The migrations the change adds or edits (with a base), and which of them get the full check under `scope`. */
export interface Scope {
  /** With a base: versions this change adds or edits. */
  changed?: ReadonlySet<bigint>;
  /**
   * Versions whose new tables are new for the lock and data rules: with a base, those this change adds (an edited
   * applied migration is history); without one, the change folding takes (the pending ones, or the newest change).
   */
  added?: ReadonlySet<bigint>;
  /** scope: changed with a base: the migrations that get up, down and up; the others are applied up once. */
  fullCheck?: (migration: Migration) => boolean;
  /** The change the lock and data rules report on; their findings on other migrations are folded. Absent: scope: all set, everything listed. */
  change?: ChangeScope;
}

/** How far before the newest timestamped migration a migration still belongs to the newest change. */
export const NEWEST_CHANGE_MS = 24 * 60 * 60 * 1000;

/** `pending`: the versions the target database has not applied (target-database-url), when it could be read. */
export function scopeOf(
  settings: Settings,
  set: MigrationSet,
  base: BaseComparison | undefined,
  pending: readonly string[] | undefined,
  log: Logger,
): Scope {
  const changed = base && changedVersions(set, base);
  const added = base && addedVersions(set, base);
  // scope: all set lists every finding and guesses no change: without a base, every table that exists is an existing one.
  const change = settings.scope === 'all' ? undefined : changeOf(set, changed, pending);
  if (change && !base)
    log.info(`the lock and data rules report on ${change.what}, and rows are seeded for it alone; --scope all lists every migration's`);
  const newTables = added ?? change?.versions;
  if (settings.scope !== 'changed') return { changed, added: newTables, change };
  if (!changed) {
    log.notice('scope: changed needs a base (a pull request, or base-ref / --base); every migration is checked');
    return { changed, added: newTables, change };
  }
  log.info(`scope: changed: ${changed.size} of ${set.migrations.length} migration(s) get up, down and up; the others are applied up once`);
  return { changed, added, fullCheck: (m) => changed.has(m.version), change };
}

/** With a base, what the change adds or edits; with a target, the pending migrations; with neither, the newest change. */
export function changeOf(set: MigrationSet, changed: ReadonlySet<bigint> | undefined, pending: readonly string[] | undefined): ChangeScope {
  if (changed) return { versions: changed, what: 'the migrations the change adds or edits', others: 'merged' };
  if (pending) return { versions: new Set(pending.map((v) => BigInt(v))), what: 'the pending migrations', others: 'applied' };
  const versions = newestChange(set.migrations.map((m) => m.version));
  const newest = set.migrations.at(-1)?.versionText ?? 'none';
  const what =
    versions.size > 1
      ? `the newest change (${newest} and the ${versions.size - 1} migration(s) within 24 hours before it)`
      : `the newest migration (${newest})`;
  return { versions, what, others: 'older' };
}

/**
 * The newest migration, and when versions are timestamps (20240315093000, as `migrate create`, goose and dbmate make
 * them) those within 24 hours before it: a change written as several files minutes apart. Sequential versions: the newest.
 */
export function newestChange(versions: readonly bigint[]): Set<bigint> {
  if (!versions.length) return new Set();
  const newest = versions.reduce((a, b) => (b > a ? b : a));
  const newestAt = timestampOf(newest);
  if (newestAt === undefined) return new Set([newest]);
  return new Set(
    versions.filter((v) => {
      const at = timestampOf(v);
      return at !== undefined && at <= newestAt && newestAt - at <= NEWEST_CHANGE_MS;
    }),
  );
}

/** A version written YYYYMMDDhhmmss as a time (ms), or undefined when it is not one. */
export function timestampOf(version: bigint): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(version.toString());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}
