import type { Finding } from '../findings';
import { compareFindings } from '../findings';
import { appliedDeleted } from './applied-deleted';
import { appliedEdited } from './applied-edited';
import { appliedRenamed } from './applied-renamed';
import type { Check, CheckContext } from './check';
import { clusterWideChange } from './cluster-wide-change';
import { downColumnOrder } from './down-column-order';
import { downFailed } from './down-failed';
import { downIncomplete } from './down-incomplete';
import { duplicateVersion } from './duplicate-version';
import { emptyFile } from './empty-file';
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

export function runChecks(context: CheckContext, disabled: ReadonlySet<string>): Finding[] {
  const known: Record<Check['needs'], boolean> = { files: true, database: !!context.run, base: !!context.base, target: !!context.deployed };
  return CHECKS.filter((c) => !disabled.has(c.id))
    .filter((c) => known[c.needs])
    .flatMap((c) => c.run(context))
    .sort(compareFindings);
}
