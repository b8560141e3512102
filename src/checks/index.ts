import type { Finding } from '../findings';
import { compareFindings } from '../findings';
import type { Check, CheckContext } from './check';
import { clusterWideChange } from './cluster-wide-change';
import { downColumnOrder } from './down-column-order';
import { downFailed } from './down-failed';
import { downIncomplete } from './down-incomplete';
import { duplicateVersion } from './duplicate-version';
import { emptyFile } from './empty-file';
import { mismatchedPair } from './mismatched-pair';
import { missingDown } from './missing-down';
import { missingUp } from './missing-up';
import { reupFailed } from './reup-failed';
import { reupMismatch } from './reup-mismatch';
import { sequenceGap } from './sequence-gap';
import { unparsableName } from './unparsable-name';
import { upFailed } from './up-failed';

/** Every check, in the order a reader meets the problems: names, pairs, then what PostgreSQL showed. */
export const CHECKS: Check[] = [
  unparsableName,
  duplicateVersion,
  missingUp,
  missingDown,
  mismatchedPair,
  emptyFile,
  sequenceGap,
  upFailed,
  downFailed,
  downIncomplete,
  downColumnOrder,
  reupFailed,
  reupMismatch,
  clusterWideChange,
];

export const CHECK_IDS = CHECKS.map((c) => c.id);

export function runChecks(context: CheckContext, disabled: ReadonlySet<string>): Finding[] {
  return CHECKS.filter((c) => !disabled.has(c.id))
    .filter((c) => c.needs === 'files' || context.run)
    .flatMap((c) => c.run(context))
    .sort(compareFindings);
}
