import type { Severity } from '../findings';
import type { Migration, MigrationFile } from '../formats/migration-set';
import type { SqlError } from '../engine/execute';
import type { LockSeen } from './observe';

/** What comparing the target's schema with the migrations' showed (target-database-url with drift on). */
export interface DeployedSchema {
  /** The version table's name (migrations-table or the tool's default). */
  table: string;
  /** The tool's version table exists in the target. */
  versionTable: boolean;
  /** User tables in the target besides the version table. */
  userTables: number;
  /** The target against the scratch schema at its version. */
  drift?: SchemaComparison & { at: string };
  /** No version table (or no version) but tables: the version whose schema the target already has, if any. */
  unversioned?: { match?: string; closest?: { version: string; differences: number }; failedAt?: string };
  /** A dirty target at `version` compared with the scratch schema before and after that migration. */
  dirty?: { version: string; previous?: string; matches: 'previous' | 'current' | 'neither'; previousDiff: DriftItem[]; currentDiff: DriftItem[] };
  /** Normalisations and platform notes, to print. */
  notes: string[];
  /** Why the comparison could not be made (the rest of the run still counts). */
  unavailable?: string;
}

/** One difference between what the migrations build and what the target holds, in words. */
export interface DriftItem {
  change: 'missing' | 'extra' | 'changed';
  severity: Severity;
  kind: string;
  name: string;
  /** e.g. "column users.email type changed from varchar(100) to text" (expected -> actual). */
  text: string;
  /** The migration whose up first creates the object (missing or changed objects). */
  createdBy?: Migration;
  /** Created by the first migration: the baseline does not match production. */
  baseline: boolean;
}

export interface SchemaComparison {
  items: DriftItem[];
  /** Normalisations applied and platform objects left out, to say in the report. */
  notes: string[];
  platform?: string;
}

/** What the pending migrations did on rehearsal-database-url (a disposable copy of the target). */
export type RehearsalStepName = 'up' | 'down' | 'reup';

export interface RehearsalStep {
  status: 'ok' | 'failed' | 'skipped';
  ms: number;
  file?: MigrationFile;
  error?: SqlError;
  reason?: string;
  locks: (LockSeen & { blocks: string })[];
  /** Existing tables the step rewrote or whose rows it changed. */
  tables: { table: string; rewritten: boolean; bytes: number; inserted: number; updated: number; deleted: number; seqScans: number }[];
}

export interface LostRows {
  table: string;
  rowsBefore: number;
  rowsAfter: number;
}

export interface RehearsedMigration {
  migration: Migration;
  up: RehearsalStep;
  down: RehearsalStep;
  reup: RehearsalStep;
  /** Tables that existed before the up whose rows differ after the down. */
  lostRows: LostRows[];
}

export interface Rehearsal {
  where: string;
  migrations: RehearsedMigration[];
  /** Where the copy was left, in words. */
  leftAt: string;
  thresholdMs: number;
  /** Why the rehearsal stopped without a verdict on the migration: the copy's role lacks a right (the run is incomplete). */
  couldNotCheck?: string;
}
