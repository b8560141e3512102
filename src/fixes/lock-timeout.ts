import type { Finding } from '../findings';
import { bodyText } from '../formats/migration-set';
import { managesOwnTransaction, statementsOf } from '../sql/text';
import { lineEnding, traceOf, type FixSource, type FixWriter, type Written } from './candidate';

/** The lock_timeout the fix sets: short enough that a queued lock gives up before traffic piles up behind it. */
export const FIX_LOCK_TIMEOUT = '5s';

/**
 * missing-lock-timeout: `SET lock_timeout` as the up section's first statement, in the form that holds for the whole
 * section as the tool sends it: SET LOCAL inside a transaction (the tool's, or the implicit one of a file sent as one
 * query), a plain SET when every statement commits on its own.
 */
export const lockTimeout: FixWriter = {
  checks: ['missing-lock-timeout'],
  write(finding: Finding, { run }: FixSource): Written {
    const up = traceOf(finding, run)?.migration.up;
    if (!up) return undefined;
    const { transaction } = up.execution;
    if (transaction === 'implicit' && managesOwnTransaction(statementsOf(bodyText(up))))
      return { notWritten: 'the file opens its own transaction; set lock_timeout after its BEGIN' };
    const statement = `SET ${transaction === 'none' ? '' : 'LOCAL '}lock_timeout = '${FIX_LOCK_TIMEOUT}';`;
    const at = up.body.start === 0 && up.text.startsWith('\uFEFF') ? 1 : up.body.start;
    const content = `${up.text.slice(0, at)}${statement}${lineEnding(up.text)}${up.text.slice(at)}`;
    return {
      summary: `Sets lock_timeout to ${FIX_LOCK_TIMEOUT} at the top of ${up.name} (${statement}): a lock that cannot be had in time fails the deploy instead of queueing every query behind it; retry the deploy then.`,
      files: [{ path: up.path, content }],
      versions: [up.version],
    };
  },
};
