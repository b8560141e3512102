/** The limits a run works within, in milliseconds; 0 means none. */
export interface TimeLimits {
  /** Per file (statement-timeout): golang-migrate's x-statement-timeout, a client-side cancel. */
  statementMs: number;
  /** Per lock wait (lock-timeout): PostgreSQL's lock_timeout, set on the session. */
  lockMs: number;
  /** The whole run (run-timeout), as a deadline on performance.now(), and the limit it came from. */
  runDeadline?: number;
  runMs?: number;
}

export type Expiry = { limit: 'statement' | 'run'; ms: number };

/** After a cancel, how long a file may take to stop before its session is terminated. */
const CANCEL_GRACE_MS = 5_000;

/**
 * Runs `work` (one migration file) under the statement limit and the run's
 * deadline, whichever comes first. When it expires the statement is cancelled
 * as golang-migrate's own timeout would, and terminated if it ignores that.
 */
export async function withinLimits<T>(
  limits: TimeLimits,
  interrupt: (how: 'cancel' | 'terminate') => Promise<void>,
  work: () => Promise<T>,
): Promise<{ result: T; expired?: Expiry }> {
  const untilDeadline = limits.runDeadline === undefined ? Infinity : limits.runDeadline - performance.now();
  const statement = limits.statementMs > 0 ? limits.statementMs : Infinity;
  const wait = Math.max(0, Math.min(statement, untilDeadline));
  let expired: Expiry | undefined;
  let grace: NodeJS.Timeout | undefined;
  const timer =
    wait === Infinity
      ? undefined
      : setTimeout(() => {
          expired = statement <= untilDeadline ? { limit: 'statement', ms: limits.statementMs } : { limit: 'run', ms: wait };
          void interrupt('cancel');
          grace = setTimeout(() => void interrupt('terminate'), CANCEL_GRACE_MS);
        }, wait);
  try {
    const result = await work();
    return { result, expired };
  } finally {
    clearTimeout(timer);
    clearTimeout(grace);
  }
}
