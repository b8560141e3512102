import type { Finding } from '../findings';
import type { RehearsalStep, RehearsedMigration } from '../deployed/facts';
import type { DeployedVersion } from '../deployed/version';

/** The rehearsal's migrations, or none when no rehearsal ran. */
export function rehearsed(deployed: DeployedVersion): RehearsedMigration[] {
  return deployed.rehearsal?.migrations ?? [];
}

/** A step that failed on the copy, at PostgreSQL's line. */
export function stepFailure(
  check: string,
  deployed: DeployedVersion,
  r: RehearsedMigration,
  step: RehearsalStep,
  direction: 'up' | 'down',
): Finding[] {
  if (step.status !== 'failed' || !step.error) return [];
  const e = step.error;
  const at = e.line ? ` at line ${e.line}` : '';
  return [
    {
      check,
      severity: 'error',
      file: step.file?.path,
      line: e.line ?? (step.file ? 1 : undefined),
      column: e.column,
      version: r.migration.versionText,
      message: `migration ${r.migration.versionText} ${direction} failed${at} on the rehearsal copy ${deployed.rehearsal?.where ?? 'rehearsal-database-url'} (real rows), after ${Math.round(step.ms)} ms: ${e.message}${e.detail ? ` (${e.detail})` : ''}`,
      hint:
        direction === 'up'
          ? "It passes on empty tables but not on production's rows: e.g. give a new NOT NULL column a DEFAULT (or add it nullable, backfill, then SET NOT NULL), clean the rows a new constraint rejects first, or add the constraint NOT VALID and VALIDATE it later."
          : 'The down cannot undo the up on real rows; make it work on data (e.g. restore values before re-adding a constraint), or document that this migration is one-way.',
    },
  ];
}
