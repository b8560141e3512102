import type { Finding } from '../findings';
import { compareFindings } from '../findings';
import { appliedDeleted } from './applied-deleted';
import { appliedEdited } from './applied-edited';
import { appliedRenamed } from './applied-renamed';
import type { Check, CheckInput, FactName } from './check';
import { clusterWideChange } from './cluster-wide-change';
import { downColumnOrder } from './down-column-order';
import { downFailed } from './down-failed';
import { downIncomplete } from './down-incomplete';
import { duplicateVersion } from './duplicate-version';
import { emptyFile } from './empty-file';
import { malformedFile } from './malformed-file';
import { mismatchedPair } from './mismatched-pair';
import { outOfOrder } from './out-of-order';
import { missingDown } from './missing-down';
import { missingUp } from './missing-up';
import { reupFailed } from './reup-failed';
import { reupMismatch } from './reup-mismatch';
import { sequenceGap } from './sequence-gap';
import { targetDirty } from './target-dirty';
import { targetUnknownVersion } from './target-unknown-version';
import { timeout } from './timeout';
import { unparsableName } from './unparsable-name';
import { unreadableFile } from './unreadable-file';
import { upFailed } from './up-failed';

/** Every check, in the order a reader meets the problems: names, pairs, history, the deployed database, then what PostgreSQL showed. */
export const CHECKS: Check[] = [
  unparsableName,
  unreadableFile,
  malformedFile,
  duplicateVersion,
  missingUp,
  missingDown,
  mismatchedPair,
  emptyFile,
  sequenceGap,
  appliedEdited,
  appliedDeleted,
  appliedRenamed,
  outOfOrder,
  targetDirty,
  targetUnknownVersion,
  upFailed,
  downFailed,
  timeout,
  downIncomplete,
  downColumnOrder,
  reupFailed,
  reupMismatch,
  clusterWideChange,
];

export const CHECK_IDS = CHECKS.map((c) => c.id);

/**
 * Runs every check whose facts are all known, that is not disabled, and that
 * applies to the directory's tool. Findings come back most important first.
 */
export function runChecks(facts: CheckInput<never>, disabled: ReadonlySet<string>): Finding[] {
  const known = (name: FactName) => facts[name] !== undefined;
  return CHECKS.filter((c) => !disabled.has(c.id) && !facts.set.format.skippedChecks.has(c.id))
    .filter((c) => c.needs.every(known))
    .flatMap((c) => c.run(facts as CheckInput<FactName>))
    .sort(compareFindings);
}
