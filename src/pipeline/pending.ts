import type { DeployedVersion } from '../deployed/version';
import type { MigrationSet } from '../formats/migration-set';

/** What the tool's `up` would apply to the deployed database: nothing when it would refuse to start. */
export function pendingVersions(set: MigrationSet, deployed: DeployedVersion): string[] {
  const at = deployed.version;
  if (deployed.dirty || (at !== undefined && !set.migrations.some((m) => m.version === at))) return [];
  // Tools with one row per version (goose, dbmate) know exactly which are applied; dbmate applies older missing ones too.
  const applied = deployed.applied && new Set(deployed.applied);
  if (applied && set.format.olderVersions === 'applied') return set.migrations.filter((m) => !applied.has(m.version)).map((m) => m.versionText);
  return set.migrations.filter((m) => at === undefined || m.version > at).map((m) => m.versionText);
}
