import type { Finding } from '../findings';
import { compareFindings } from '../findings';
import type { MigrationFormat } from '../formats/format';
import type { MigrationSet } from '../formats/migration-set';
import { appliedDeleted } from './applied-deleted';
import { appliedEdited } from './applied-edited';
import { appliedRenamed } from './applied-renamed';
import type { Check, CheckInput, FactName } from './check';
import { clusterWideChange } from './cluster-wide-change';
import { codeMigrations } from './code-migrations';
import { downColumnOrder } from './down-column-order';
import { downFailed } from './down-failed';
import { downFailsOnData } from './down-fails-on-data';
import { downIncomplete } from './down-incomplete';
import { downKeepsExtension } from './down-keeps-extension';
import { enumLabelKept } from './enum-label-kept';
import { duplicateVersion } from './duplicate-version';
import { emptyFile } from './empty-file';
import { malformedFile } from './malformed-file';
import { mismatchedPair } from './mismatched-pair';
import { outOfOrder } from './out-of-order';
import { missingDown } from './missing-down';
import { missingExtension } from './missing-extension';
import { missingPrecondition } from './missing-precondition';
import { noDownFiles } from './no-down-files';
import { notCheckedAfterFailure } from './not-checked-after-failure';
import { renderedFilesCheck } from './rendered-files';
import { missingUp } from './missing-up';
import { reupFailed } from './reup-failed';
import { reupMismatch } from './reup-mismatch';
import { upFailsOnData } from './up-fails-on-data';
import { downLosesData } from './down-loses-data';
import { reupFailsOnData } from './reup-fails-on-data';
import { seedSkipped } from './seed-skipped';
import { sequenceGap } from './sequence-gap';
import { targetDirty } from './target-dirty';
import { targetUnversioned } from './target-unversioned';
import { driftMissing } from './drift-missing';
import { driftChanged } from './drift-changed';
import { driftExtra } from './drift-extra';
import { rehearsalUpFailed } from './rehearsal-up-failed';
import { rehearsalDownFailed } from './rehearsal-down-failed';
import { rehearsalLostRows } from './rehearsal-lost-rows';
import { rehearsalLongLock } from './rehearsal-long-lock';
import { targetUnknownVersion } from './target-unknown-version';
import { timeout } from './timeout';
import { unknownIgnore } from './unknown-ignore';
import { unparsableName } from './unparsable-name';
import { unreadableFile } from './unreadable-file';
import { upFailed } from './up-failed';
import { blockingIndexBuild } from './blocking-index-build';
import { tableRewrite } from './table-rewrite';
import { validatingConstraint } from './validating-constraint';
import { foreignKeyLocksParent } from './foreign-key-locks-parent';
import { missingLockTimeout } from './missing-lock-timeout';
import { lockHeldAcrossStatements } from './lock-held-across-statements';
import { destructiveDrop } from './destructive-drop';
import { breakingRename } from './breaking-rename';
import { unbatchedBackfill } from './unbatched-backfill';

/** Every check, in the order a reader meets the problems: names, pairs, history, the deployed database, then what PostgreSQL showed. */
export const CHECKS: Check[] = [
  unparsableName,
  codeMigrations,
  unreadableFile,
  malformedFile,
  duplicateVersion,
  missingUp,
  missingDown,
  noDownFiles,
  mismatchedPair,
  emptyFile,
  unknownIgnore,
  renderedFilesCheck,
  sequenceGap,
  appliedEdited,
  appliedDeleted,
  appliedRenamed,
  outOfOrder,
  targetDirty,
  targetUnknownVersion,
  targetUnversioned,
  driftMissing,
  driftChanged,
  driftExtra,
  upFailed,
  missingExtension,
  missingPrecondition,
  notCheckedAfterFailure,
  downFailed,
  downFailsOnData,
  timeout,
  downIncomplete,
  downColumnOrder,
  downKeepsExtension,
  enumLabelKept,
  reupFailed,
  reupMismatch,
  upFailsOnData,
  downLosesData,
  reupFailsOnData,
  seedSkipped,
  clusterWideChange,
  // Observed safety: what the first up of each migration locks, rewrites and scans on tables that already exist.
  blockingIndexBuild,
  tableRewrite,
  validatingConstraint,
  foreignKeyLocksParent,
  missingLockTimeout,
  lockHeldAcrossStatements,
  destructiveDrop,
  breakingRename,
  unbatchedBackfill,
  rehearsalUpFailed,
  rehearsalDownFailed,
  rehearsalLostRows,
  rehearsalLongLock,
];

export const CHECK_IDS = CHECKS.map((c) => c.id);

/** The checks whose findings make a run incomplete whatever fail-on says (exit code 2): those marked couldNotCheck. */
export const COULD_NOT_CHECK: ReadonlySet<string> = new Set(CHECKS.filter((c) => c.couldNotCheck).map((c) => c.id));

/**
 * Why the directory is not run on PostgreSQL at all: the first check (in registry order) whose problem stops the run,
 * in its words; undefined when the directory can run.
 */
export function whyNotRun(set: MigrationSet): string | undefined {
  for (const check of CHECKS) {
    const why = check.stopsRun?.(set);
    if (why) return why;
  }
  return undefined;
}

/** Where the tool's up command stops (the lowest version any check's stopsRunAt names), in its words; undefined when it gets to the end. */
export function whereRunStops(set: MigrationSet): { version: bigint; why: string } | undefined {
  const stops = CHECKS.flatMap((c) => c.stopsRunAt?.(set) ?? []);
  return stops.reduce<{ version: bigint; why: string } | undefined>((low, s) => (!low || s.version < low.version ? s : low), undefined);
}

/** Whether a check runs for a tool: the format has the capability the check requires, if any. */
export function appliesTo(check: Check, format: MigrationFormat): boolean {
  return !check.requires || format.capabilities[check.requires];
}

/**
 * Runs every check whose facts are all known, that is not disabled, and that
 * applies to the directory's tool. Findings come back most important first.
 */
export function runChecks(facts: CheckInput<never>, disabled: ReadonlySet<string>): Finding[] {
  const known = (name: FactName) => facts[name] !== undefined;
  return CHECKS.filter((c) => !disabled.has(c.id) && appliesTo(c, facts.set.format))
    .filter((c) => c.needs.every(known))
    .flatMap((c) => c.run(facts as CheckInput<FactName>))
    .sort(compareFindings);
}
