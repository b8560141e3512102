import { bodyText, type Migration, type MigrationSet } from './migration-set';
import { hasNoStatements } from '../sql/text';

/** A version the tool can roll back only by moving its version number: no down file, or a down section with no statements. */
const hasNoDown = (m: Migration) => !m.down || hasNoStatements(bodyText(m.down));

/**
 * The share of up-only migrations from which a directory does without downs by design: at least a third of its
 * migrations (and at least two). A team that forgot a down or two among many gets a warning for each; one that stopped
 * writing downs for a while (a long up-only history before its first down) or writes them only now and then does not
 * forget them, it chooses: a warning per file would only be noise.
 */
const SHARE = 3;

/** The migrations with an up but no down (no down file; goose: no statement after `-- +goose Down` or no Down; dbmate: an empty `-- migrate:down`). */
export function withoutDown(set: MigrationSet): Migration[] {
  return set.migrations.filter((m) => m.up && hasNoDown(m));
}

/**
 * The versions a (mostly) up-only directory leaves without a down on purpose: every migration without a down, when they
 * are at least two and at least a third of the migrations with an up; empty otherwise. no-down-files says so once for them,
 * and the per-file checks of a down (missing-down, empty-file, down-incomplete, reup-failed) stay silent on them.
 */
export function upOnlyVersions(set: MigrationSet): ReadonlySet<bigint> {
  const ups = set.migrations.filter((m) => m.up).length;
  const none = withoutDown(set);
  return none.length >= 2 && none.length * SHARE >= ups ? new Set(none.map((m) => m.version)) : new Set();
}

/**
 * A directory none of whose migrations has a down (golang-migrate: no `.down.` file; goose: no statements after
 * `-- +goose Down` or no Down at all; dbmate: empty `-- migrate:down` sections), with at least two migrations:
 * the team does not write downs on purpose. One migration alone could as well be a forgotten first down.
 */
export function upOnlyDirectory(set: MigrationSet): boolean {
  const ups = set.migrations.filter((m) => m.up);
  return ups.length >= 2 && ups.every(hasNoDown);
}

/**
 * The versions whose down the scratch run leaves out: no down file, a section the file does not have (goose without
 * `-- +goose Down`), or a down with no statements in a directory that does without downs. Such a down does nothing by
 * design and every check of a down is silent on it; running it would only leave the up's changes in place and make the
 * second up fail, and rebuilding the scratch database after each of them made an up-only directory quadratic.
 */
export function downsLeftOut(set: MigrationSet): ReadonlySet<bigint> {
  const upOnly = upOnlyVersions(set);
  return new Set(set.migrations.filter((m) => m.up && (!m.down || m.down.absent || upOnly.has(m.version))).map((m) => m.version));
}
