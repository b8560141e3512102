import { failsRun, type FailOn, type Finding } from './findings';
import type { MigrationSet } from './formats/migration-set';
import type { EngineRun } from './engine/trace';
import type { ShardFacts } from './engine/trace';
import type { BaseComparison } from './git/base-facts';
import type { DeployedVersion } from './deployed/version';
import type { IgnoredFinding } from './check-support/ignore-comments';
import { COULD_NOT_CHECK } from './checks';

/** What one run found and decided: the reporters render it and never judge again. */
export interface Outcome {
  set: MigrationSet;
  run?: EngineRun;
  /** What is already merged, when a base was given and could be read. */
  base?: BaseComparison;
  /** The deployed database's version (target-database-url). */
  deployed?: DeployedVersion;
  /** Versions a deploy to the target would apply, oldest first; empty when it would refuse (dirty, unknown version). */
  pending?: string[];
  findings: Finding[];
  /** The findings at or above fail-on. */
  failing: Finding[];
  /** Why the run is incomplete (exit code 2): the database part could not run or finish, or a could-not-check finding. */
  infrastructureError?: string;
  verdict: 'passed' | 'failed';
  exitCode: 0 | 1 | 2;
  /** Findings silenced by `-- migration-guard:ignore` comments: counted in the reports, not shown as findings. */
  ignored?: IgnoredFinding[];
  /** Lock and data findings on migrations outside the change: counted in one notice per check among `findings` (judge.ts). */
  folded?: Finding[];
  /** shard k/n: what this shard covered, for `merge` (its findings are only those of its segment). */
  shard?: ShardFacts & { failOn: FailOn };
}

export interface Verdict {
  verdict: 'passed' | 'failed';
  /** 0: nothing at or above fail-on; 1: findings at or above it; 2: the run could not check everything it was asked to. */
  exitCode: 0 | 1 | 2;
  /** The findings that decided a failure (at or above fail-on). */
  failing: Finding[];
  /** Why the run is incomplete (exit code 2): the infrastructure error, and what the could-not-check findings say. */
  incomplete?: string;
}

/**
 * Findings -> verdict and exit code, decided here once; reporters only render it, and `merge` calls it on the
 * shards' findings. A could-not-check reason already said by the infrastructure error (a shard's report carries
 * its own) is not said twice.
 */
export function decide(findings: Finding[], failOn: FailOn, infrastructureError?: string): Verdict {
  const failing = findings.filter((f) => failsRun(f, failOn));
  const reasons = infrastructureError ? [infrastructureError] : [];
  for (const f of findings.filter((f) => COULD_NOT_CHECK.has(f.check))) {
    const reason = `${f.check}: ${f.message}`;
    if (!reasons.some((r) => r.includes(reason))) reasons.push(reason);
  }
  const incomplete = reasons.length ? reasons.join('; ') : undefined;
  const exitCode = incomplete ? 2 : failing.length ? 1 : 0;
  return { verdict: exitCode === 0 ? 'passed' : 'failed', exitCode, failing, incomplete };
}
