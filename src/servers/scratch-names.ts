import { randomBytes } from 'node:crypto';

/**
 * The names of a run's own scratch databases and roles: `migration_guard_<pid>_<8 hex>`, the pid saying which process's
 * it is, for leftovers (leftovers.ts).
 */
export function scratchName(): string {
  return `migration_guard_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** A scratch database's or role's name (scratchName), as the server's messages spell it. */
const SCRATCH_NAME = /\bmigration_guard_\d+_[0-9a-f]{8}\b/g;

/**
 * The server's words with the run's own database and role names spelled the same in every run: they are new in every
 * run and gone after it, and the same migrations must give the same report, byte for byte ("Detail: 35 objects in
 * database migration_guard_<run>").
 */
export function sameInEveryRun(text: string): string {
  return text.replace(SCRATCH_NAME, 'migration_guard_<run>');
}
