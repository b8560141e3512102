import { randomBytes } from 'node:crypto';
import { withoutClockValues } from './clock-values';

/**
 * The names of a run's own scratch databases and roles: `migration_guard_<pid>_<8 hex>`, the pid saying which process's
 * it is, for leftovers (leftovers.ts).
 */
export function scratchName(): string {
  return `migration_guard_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** scratchName's shape, the pid captured: one spelling for JavaScript and for PostgreSQL's `~` (both read it alike). */
const SHAPE = 'migration_guard_([0-9]+)_[0-9a-f]{8}';

/** A whole name of that shape, for `datname ~ $1` and `rolname ~ $1`. */
export const SCRATCH_NAME_SQL = `^${SHAPE}$`;

/** The process id in a scratch name, or undefined for any other name. */
export function scratchPid(name: string): number | undefined {
  const pid = new RegExp(SCRATCH_NAME_SQL).exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/** A scratch database's or role's name, as the server's messages spell it. */
const SCRATCH_NAME = new RegExp(String.raw`\b${SHAPE}\b`, 'g');

/**
 * The server's words with what is new in every run spelled the same in every run, since the same migrations must give
 * the same report, byte for byte: the run's own database and role names ("Detail: 35 objects in database
 * migration_guard_<run>") and the values the clock gave during the run (clock-values.ts).
 */
export function sameInEveryRun(text: string): string {
  return withoutClockValues(text).replace(SCRATCH_NAME, 'migration_guard_<run>');
}
