import type { Logger } from '../log';
import type { Migration, MigrationSet } from '../formats/migration-set';
import type { BaseComparison } from '../git/base-facts';
import { addedVersions, changedVersions } from '../git/scope';
import type { Settings } from '../settings/settings';

/** The migrations the change adds or edits (with a base), and which of them get the full check under `scope`. */
export interface Scope {
  /** With a base: versions this change adds or edits. */
  changed?: ReadonlySet<bigint>;
  /** With a base: versions this change adds (what they create is new; an edited applied migration is history). */
  added?: ReadonlySet<bigint>;
  /** scope: changed with a base: the migrations that get up, down and up; the others are applied up once. */
  fullCheck?: (migration: Migration) => boolean;
}

export function scopeOf(settings: Settings, set: MigrationSet, base: BaseComparison | undefined, log: Logger): Scope {
  const changed = base && changedVersions(set, base);
  const added = base && addedVersions(set, base);
  if (settings.scope !== 'changed') return { changed, added };
  if (!changed) {
    log.notice('scope: changed needs a base (a pull request, or base-ref / --base); every migration is checked');
    return { changed, added };
  }
  log.info(`scope: changed: ${changed.size} of ${set.migrations.length} migration(s) get up, down and up; the others are applied up once`);
  return { changed, added, fullCheck: (m) => changed.has(m.version) };
}
