import type { DriftItem, SchemaComparison } from './drift';

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
