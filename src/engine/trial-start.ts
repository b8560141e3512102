import type { Migration, MigrationFile, MigrationSet } from '../formats/migration-set';
import { bodyText } from '../formats/migration-set';
import type { Checkpoint } from './checkpoints';
import type { SeededRowsRecord } from './seed/seeded-rows';

/**
 * The check's own state just before the first migration of the change, seeded rows included, kept on its server after
 * the run: each verified fix's trial (fixes/verify.ts) starts from a copy of it instead of replaying every earlier
 * migration from an empty database, and so runs the fix on the very state the finding came from.
 */
export interface TrialStart extends Checkpoint {
  /** The rows seeding put there (absent: none); a copy holds them too, and the copy's session takes over the ledger. */
  seeded?: SeededRowsRecord;
  /** The migrations of the set it stands for, in order: `ups` are those whose up ran without error (a failed one is not applied). */
  covers?: readonly Migration[];
}

/** How many migrations of the set a state stands for (a kept base state: its ups, all of them applied). */
export function coveredBy(start: TrialStart): number {
  return (start.covers ?? start.ups).length;
}

/** Keep the state before migration `index` (when the run checks it itself, not as a segment's prefix) and hand it to `keep`. */
export interface KeepState {
  index: number;
  /** Called once the run ended without aborting, the database handed over: the callee owns it and drops it. */
  keep: (start: TrialStart) => Promise<void>;
}

/**
 * The index to keep the state before: the first migration of the change the fixes are offered on. None when that is
 * the first migration: a trial would start from an empty database anyway, and a copy of one only takes disk.
 */
export function keepIndex(set: MigrationSet, versions: ReadonlySet<bigint> | undefined): number | undefined {
  if (!versions) return undefined;
  const index = set.migrations.findIndex((m) => versions.has(m.version));
  return index <= 0 ? undefined : index;
}

/** Whether `set` (a fix's copy of the directory) starts with the migrations `start` stands for, so that a trial may start from it. */
export function startsWith(set: MigrationSet, start: TrialStart, at: number): boolean {
  if (at < coveredBy(start)) return false;
  const same = (a?: MigrationFile, b?: MigrationFile) => (a && b ? bodyText(a) === bodyText(b) : a === b);
  return (start.covers ?? start.ups).every((kept: Migration, i) => {
    const m = set.migrations[i];
    return m.version === kept.version && same(m.up, kept.up) && same(m.down, kept.down);
  });
}
