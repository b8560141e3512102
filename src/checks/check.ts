import type { Finding, Severity } from '../findings';
import type { MigrationSet } from '../migrations/migration-set';
import type { EngineRun } from '../engine/trace';
import type { BaseComparison } from '../git/compare';
import type { DeployedVersion } from '../postgres/deployed-version';

export interface CheckContext {
  set: MigrationSet;
  /** What happened on PostgreSQL; absent when the run never reached the database. */
  run?: EngineRun;
  /** The migrations directory at the base (what is already merged); absent when no base is known. */
  base?: BaseComparison;
  /** The version a deployed database is at (target-database-url). */
  deployed?: DeployedVersion;
}

export interface Check {
  /** Stable kebab-case id: used in annotations, --disable, and docs/checks/<id>.md. */
  id: string;
  /** Highest severity this check reports. */
  severity: Severity;
  /** One line for the README table and SARIF rule descriptions. */
  summary: string;
  /**
   * What the check reads besides the directory: nothing (`files`), the
   * engine's trace (`database`), the base commit (`base`) or the deployed
   * database's version (`target`). A check runs only when that is known.
   */
  needs: 'files' | 'database' | 'base' | 'target';
  run(context: CheckContext): Finding[];
}
