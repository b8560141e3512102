import { bodyText, type Migration, type MigrationSet } from '../formats/migration-set';
import { hasNoStatements } from '../sql/text';

/** A version the tool can roll back only by moving its version number: no down file, or a down section with no statements. */
const hasNoDown = (m: Migration) => !m.down || hasNoStatements(bodyText(m.down));

/**
 * A directory none of whose migrations has a down (golang-migrate: no `.down.` file; goose: no statements after
 * `-- +goose Down` or no Down at all; dbmate: empty `-- migrate:down` sections), with at least two migrations:
 * the team does not write downs on purpose. One migration alone could as well be a forgotten first down.
 */
export function upOnlyDirectory(set: MigrationSet): boolean {
  const ups = set.migrations.filter((m) => m.up);
  return ups.length >= 2 && ups.every(hasNoDown);
}
