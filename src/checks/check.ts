import type { Finding, Severity } from '../findings';
import type { MigrationSet } from '../migrations/migration-set';
import type { EngineRun } from '../engine/trace';

export interface CheckContext {
  set: MigrationSet;
  /** What happened on PostgreSQL; absent when the run never reached the database. */
  run?: EngineRun;
}

export interface Check {
  /** Stable kebab-case id: used in annotations, --disable, and docs/checks/<id>.md. */
  id: string;
  /** Highest severity this check reports. */
  severity: Severity;
  /** One line for the README table and SARIF rule descriptions. */
  summary: string;
  /** `files` checks read the directory only; `database` checks read the engine's trace. */
  needs: 'files' | 'database';
  run(context: CheckContext): Finding[];
}
