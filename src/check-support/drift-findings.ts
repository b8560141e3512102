import type { Finding } from '../findings';
import type { DriftItem } from '../deployed/facts';
import type { DeployedVersion } from '../deployed/version';

/** drift-missing / drift-changed / drift-extra: one finding per difference, against the migration that creates the object. */
export function driftFindings(check: string, change: DriftItem['change'], deployed: DeployedVersion): Finding[] {
  const drift = deployed.schema?.drift;
  if (!drift) return [];
  return drift.items
    .filter((i) => i.change === change)
    .map((i) => {
      const file = i.createdBy?.up;
      const baseline =
        i.baseline && i.createdBy ? ` (created by the first migration ${i.createdBy.versionText}: this baseline does not match the target)` : '';
      return {
        check,
        severity: i.severity,
        file: file?.path,
        line: file ? 1 : undefined,
        version: i.createdBy?.versionText,
        message: `the target database ${deployed.where} at version ${drift.at} differs from its migrations: ${i.text}${baseline}`,
        hint: HINTS[change],
      };
    });
}

const HINTS: Record<DriftItem['change'], string> = {
  missing:
    'Someone dropped it by hand, or the migration that creates it ran differently there. Restore it with a new migration, or, if production is right, write a migration that drops it so that the files say what production is.',
  changed:
    'Production was changed outside the migrations (a console, an incident fix, an ORM). Write a migration that makes the change, so that every later migration is tested against the real schema; or revert the manual change.',
  extra:
    'An object no migration creates (a hand-made index, ORM leftovers): add a migration that creates it (IF NOT EXISTS) so that the files describe production, drop it, or list it in drift-ignore.',
};
