import { runChecks } from './checks';
import type { CheckInput } from './checks/check';
import { applyIgnoreComments, type IgnoredFinding } from './check-support/ignore-comments';
import { withSeverities } from './check-support/configured-severities';
import { oneCausePerFinding } from './check-support/one-cause';
import { withTableSizes } from './check-support/production-sizes';
import { foldHistory, type ChangeScope } from './check-support/fold-history';
import type { TableSize } from './deployed/table-sizes';
import { shardOwns } from './engine/parallel/shard-findings';
import type { FailOn, Finding, Severity } from './findings';
import { decide, type Verdict } from './outcome';

/** What the judge takes from the settings: which checks run, how severe they are, and what fails the run. */
export interface JudgeRules {
  disabled: ReadonlySet<string>;
  severities: ReadonlyMap<string, Severity>;
  /** A finding on a table with more production rows than this becomes an error. */
  largeTableRows: number;
  failOn: FailOn;
  /** shard k/n: only the findings of this shard's segment are kept, so that merged shards count each once. */
  shard?: { index: number; of: number };
  /** The change the lock and data rules report on (pipeline/scope.ts); absent: every finding is listed (scope: all set). */
  change?: ChangeScope;
}

export interface Judgement extends Verdict {
  findings: Finding[];
  ignored: IgnoredFinding[];
  /** Lock and data findings on migrations outside the change, each check's counted in one notice among `findings`. */
  folded: Finding[];
}

/**
 * The one place findings are decided: the checks over the gathered facts, one finding per cause, then per-check
 * severities, production table sizes, ignore comments, the shard's share, history folded (what ignore comments
 * silence is ignored, not folded; each shard folds its own segment's findings) and the verdict, in that order.
 * `tableSizes` reads the sizes of
 * the tables findings name (from the target database, read-only); it is the judge's only way out.
 */
export async function judge(
  facts: CheckInput<never>,
  rules: JudgeRules,
  tableSizes: (relations: string[]) => Promise<ReadonlyMap<string, TableSize>>,
  infrastructureError?: string,
): Promise<Judgement> {
  const found = oneCausePerFinding(runChecks(facts, rules.disabled));
  const checked = withSeverities(found, rules.severities);
  const sizes = await tableSizes([...new Set(checked.flatMap((f) => f.relations ?? []))]);
  const kept = applyIgnoreComments(withTableSizes(checked, sizes, rules.largeTableRows), facts.set);
  const owns = rules.shard ? shardOwns(facts.set, rules.shard) : () => true;
  const { findings, folded } = foldHistory(kept.kept.filter(owns), rules.change);
  const ignored = kept.ignored.filter(owns);
  return { findings, ignored, folded, ...decide(findings, rules.failOn, infrastructureError) };
}
