import type { Migration } from '../formats/migration-set';
import type { BaseStateRequest } from './base-state';
import type { Session } from './session';
import type { TimeLimits } from './time-limit';
import type { KeepState, TrialStart } from './trial-start';
import type { MigrationTrace } from './trace';

/** How runMigrations runs: the version table, the server's kind, the limits, and the parts of the check that can be turned off. */
export interface EngineOptions {
  /** The version table's name. */
  migrationsTable: string;
  /** On a shared server (url): compare no roles, and refuse files that change more than the scratch database. */
  sharedServer: boolean;
  onMigration?: (trace: MigrationTrace, index: number, total: number) => void;
  log: (message: string) => void;
  limits: TimeLimits;
  /** Read only the objects each step touched (default); false re-reads the whole catalog every time (tests compare both). */
  trackChanges?: boolean;
  /** scope: changed. Migrations this says no to are only applied up, to build the schema later ones need. */
  fullCheck?: (migration: Migration) => boolean;
  /** Observe locks, rewrites and scans in a rolled-back pass before each first up (default on; off for measuring its cost). */
  observe?: boolean;
  /**
   * The migrations the lock and data rules report on (the change: pipeline/scope.ts; absent with scope: all set): only
   * their tables are seeded. The data rules' findings on the others would only be folded (check-support/fold-history.ts),
   * and seeding history cost real directories twice the schema proof (openmeter: 8 s of proof, 16 s of seeding).
   */
  judged?: ReadonlySet<bigint>;
  /** Seed the tables each migration touches with generated rows before its up (seed-data; default on; off for measuring its cost). */
  seedData?: boolean;
  /** With a base: versions this change adds or edits (only they are observed; what they create counts as new). */
  changed?: ReadonlySet<bigint>;
  /**
   * With a base: versions this change adds (no file of theirs at the base). Only what they create is new; an applied
   * migration the change edits is history, and its tables are existing tables for every lock and data rule. Without
   * a base: the pending migrations, or the newest change (pipeline/scope.ts); every migration is still observed.
   */
  added?: ReadonlySet<bigint>;
  /**
   * parallel/: check only migrations [start, end) of the set. Those before `start` are the segment's prefix: applied up
   * as the quick path applies them (seeded first, observed only for the run's memory of new relations), without traces.
   * `edge` runs on the session when the segment starts and when it ends (fingerprints of shards).
   */
  segment?: { start: number; end: number; edge?: (at: 'start' | 'end', session: Session) => Promise<void> };
  /** A rebuild that replays at least this many ups keeps its database as a checkpoint for later rebuilds (default CHECKPOINT_AFTER). */
  checkpointAfter?: number;
  /**
   * scope: changed: the migrations before the first changed one and the key of their state. A local cluster started on
   * the state kept under that key restores it instead of applying them; one that was not keeps it for the next run.
   */
  base?: BaseStateRequest;
  /** fixes: keep the state before the change's first migration for the fix trials (trial-start.ts). */
  keepState?: KeepState;
  /** A fix trial: start from a copy of the kept state, its ups counted as applied (segment.start is at or after them). */
  startFrom?: TrialStart;
  /** setup-sql: run on each new scratch database before the first migration. */
  setupSql?: string;
  /** Aborted when the run is being cancelled (default: SIGINT/SIGTERM, cleanup.ts): it ends as cancelled, and what fails from then on is not a file's doing. */
  stop?: AbortSignal;
}
