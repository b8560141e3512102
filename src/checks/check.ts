import type { Finding, Severity } from '../findings';
import type { Capability } from '../formats/format';
import type { MigrationSet } from '../formats/migration-set';
import type { EngineRun } from '../engine/trace';
import type { BaseComparison } from '../git/base-facts';
import type { DeployedVersion } from '../deployed/version';

/** Everything a check may read. Each phase of the pipeline adds one fact; a fact that could not be gathered is absent. */
export interface Facts {
  /** What happened on the scratch PostgreSQL: up, down and up again per migration. */
  run: EngineRun;
  /** The migrations directory at the base (what is already merged). */
  base: BaseComparison;
  /** The version a deployed database is at (target-database-url). */
  deployed: DeployedVersion;
}

export type FactName = keyof Facts;

/** What a check receives: the directory always, the facts it declared always present, the others when known. */
export type CheckInput<N extends FactName> = { set: MigrationSet } & Pick<Facts, N> & Partial<Facts>;

export interface Check<N extends FactName = FactName> {
  /** Stable kebab-case id: used in annotations, --disable, and docs/checks/<id>.md. */
  id: string;
  /** Highest severity this check reports. */
  severity: Severity;
  /** One line for the README table and SARIF rule descriptions. */
  summary: string;
  /** The facts the check reads besides the directory; the registry runs it only when all of them are known. */
  needs: readonly N[];
  /** The capability of the tool's format the check needs (e.g. up and down as files of their own); absent: it applies to every tool. */
  requires?: Capability;
  /**
   * Its findings mean "could not check", not "your SQL is wrong" (the server lacks an extension, the files are not
   * meant to run as committed): whatever fail-on says, they make the run incomplete (exit code 2).
   */
  couldNotCheck?: true;
  /**
   * Why the tool would not run the directory as it is, when this check's problem is in it: the directory then gets
   * its static findings and no run on PostgreSQL (a partial run would check a schema nobody deploys); undefined: it runs.
   * Asked before any run, whether or not the check is disabled.
   */
  stopsRun?: (set: MigrationSet) => string | undefined;
  /**
   * Where the tool's up command stops, when this check's problem is in the directory: the version of the file it refuses
   * when it reaches it, after applying the ones before (dbmate and goose parse a file as they are about to run it). The
   * scratch run then stops there too: the migrations before it are checked, none after it runs (they would only fail on
   * what the refused file makes). Asked before any run, whether or not the check is disabled.
   */
  stopsRunAt?: (set: MigrationSet) => { version: bigint; why: string } | undefined;
  run(input: CheckInput<N>): Finding[];
}

/** Declares a check with its facts typed; the registry holds them all under one type. */
export function defineCheck<N extends FactName = never>(check: Check<N>): Check {
  return check;
}
