import type { Migration, MigrationFile } from '../formats/migration-set';
import type { Changes } from '../catalog/catalog-tracker';
import type { Difference } from '../catalog/snapshot-diff';
import { keyOf, type SnapshotObject } from '../catalog/snapshot';
import type { SqlError } from './execute';
import type { SectionObservation } from './observe/types';
import type { DataObservations } from './seed/observations';

/**
 * What the engine observed, as plain data. Checks turn this into findings;
 * reporters turn it into the per-migration table.
 */
export type StepStatus = 'ok' | 'failed' | 'skipped' | 'refused';

export interface StepResult {
  status: StepStatus;
  ms: number;
  /** The file run; absent when golang-migrate has no body to run (it only moves the version). */
  file?: MigrationFile;
  error?: SqlError;
  /** Why a step was skipped or refused. */
  reason?: string;
  /** Session settings earlier files left on golang-migrate's single connection (e.g. "000002 up: SET search_path = app"). */
  sessionState?: string[];
  /** database-url: shared objects outside the scratch database whose privileges the file rewrote (e.g. `database "app"`). */
  changedOutside?: string[];
}

export interface MigrationTrace {
  migration: Migration;
  up: StepResult;
  down: StepResult;
  reup: StepResult;
  /** Schema before the up vs after the down. */
  downDiff?: Difference[];
  /**
   * The objects downDiff lists as removed or changed (the up dropped or changed them, the down did not bring them
   * back), as the catalog read them before the up: their definitions, from which a fix writes them again (src/fixes/).
   */
  beforeUp?: SnapshotObject[];
  /** Schema after the first up vs after the second. */
  reupDiff?: Difference[];
  /** The earliest migration whose up failed before this one: later failures may follow from it. */
  afterFailedUp?: string;
  /** Locks, rewrites and scans seen per statement of the up, in a rolled-back pass before it ran (observe/). */
  observed?: SectionObservation;
  /** The scratch database was rebuilt while this migration was checked (parallel/: later segments cannot trust their prefix). */
  rebuilt?: boolean;
  /** What seeded rows showed (seed-data): failures caused by rows, values a down did not bring back, tables that could not be seeded. */
  data?: DataObservations;
}

export interface EngineRun {
  provider: string;
  server: string;
  postgresVersion: string;
  /** Why this major was used: the postgres-version or postgres-image input, the database-url's server, or what was installed. */
  postgresVersionReason?: string;
  traces: MigrationTrace[];
  startupMs: number;
  ms: number;
  /** Set when the run could not finish (server lost, time limit): traces hold what was checked. */
  aborted?: string;
  /** How many segments were checked at the same time (parallel/; 1: one sequential run). */
  jobs?: number;
  /** scope: changed: the base state was restored from a previous run's, or kept for the next one (servers/base-cache.ts). */
  baseState?: 'restored' | 'kept';
  /** scope: changed: time from the scratch database's connection to the first migration checked in full. */
  baseMs?: number;
  /** How the catalog was compared: re-reading only what each step touched, or whole snapshots (no rights for event triggers). */
  snapshots?: 'touched objects' | 'full';
}

/** The objects `diff` lists as removed or changed, as they were before the up (`net`: the up's and the down's changes composed), once each. */
export function definitionsBefore(diff: Difference[], net: Changes): SnapshotObject[] | undefined {
  const kept = new Map<string, SnapshotObject>();
  for (const d of diff) {
    const before = d.change === 'added' ? undefined : net.get(keyOf(d))?.before;
    if (before) kept.set(keyOf(before), before);
  }
  return kept.size ? [...kept.values()] : undefined;
}

export const skipped = (reason: string): StepResult => ({ status: 'skipped', ms: 0, reason });

/** What a shard covers and the fingerprints of its database at its start and end (fingerprint.ts). */
export interface ShardFacts {
  index: number;
  of: number;
  /** First and last version of the segment (absent when the segment is empty). */
  first?: string;
  last?: string;
  migrations: number;
  startFingerprint?: string;
  endFingerprint?: string;
}
