import type { MigrationTrace } from './engine/trace';
import type { TableSize } from './deployed/table-sizes';
import { readTableSizes } from './deployed/table-sizes';
import { judge, type JudgeRules } from './judge';
import type { Logger } from './log';
import type { Outcome } from './outcome';
import { loadBase } from './git/load-base';
import { InfrastructureError } from './servers/provider';
import type { Settings } from './settings/settings';
import { whereRunStops, whyNotRun } from './checks';
import { setBefore } from './formats/migration-set';
import { loadSet } from './pipeline/load-set';
import { pendingVersions } from './pipeline/pending';
import { changeOf, scopeOf } from './pipeline/scope';
import { scratchPhase, type ScratchPhase } from './pipeline/scratch-run';
import { fixesPhase } from './pipeline/fixes';
import type { Finding } from './findings';
import { inspectTarget, rehearsalPhase, type TargetPhase } from './pipeline/target';

export type { Outcome } from './outcome';

export interface PipelineHooks {
  log: Logger;
  onMigration?: (trace: MigrationTrace, index: number, total: number) => void;
}

/**
 * settings -> migration set (through the tool's format) -> facts (scratch run, base, deployed database) -> the
 * judge (checks, severities, sizes, ignore comments, verdict). Each phase returns a fact that nothing changes
 * afterwards. Throws InputError / SettingsError for input that cannot be checked at all.
 */
export async function check(settings: Settings, hooks: PipelineHooks): Promise<Outcome> {
  const { log } = hooks;
  const runDeadline = settings.runTimeoutMs > 0 ? performance.now() + settings.runTimeoutMs : undefined;
  const set = await loadSet(settings, log);
  const base = await log.group('Comparing with what is already merged', () =>
    loadBase(
      {
        format: set.format,
        migrationsDir: settings.migrationsPath,
        baseRef: settings.baseRef,
        pullRequestBase: settings.pullRequestBase,
        pullRequestBaseLabel: settings.pullRequestBaseLabel,
        defaultBranch: settings.defaultBranchBase,
      },
      log,
    ),
  );
  const table = settings.migrationsTable ?? set.format.defaultTable;
  const { target, problem } = await targetPhase(() => inspectTarget(set, settings, table, log));
  // A refused rehearsal copy stops everything before it starts: nothing is run anywhere (exit code 2).
  const refused = !!target?.refusal;
  const readFirst = target?.read.deployed;
  const scope = scopeOf(settings, set, base, readFirst && pendingVersions(set, readFirst), log);

  const notRun = whyNotRun(set);
  if (notRun) log.notice(`${notRun}; nothing is run on PostgreSQL (the findings say more)`);
  // The tool stops at a file it refuses when it reaches it (dbmate, goose): so does the scratch run.
  const stop = whereRunStops(set);
  if (stop && !notRun) log.notice(`${stop.why}: the migrations from ${stop.version.toString()} on are not run, as the tool would not run them`);
  const runnable = stop ? setBefore(set, stop.version) : set;
  // Verified fixes (src/fixes/) run on the check's server, kept up, from the state it kept before the change.
  // scope: all lists every finding but still keeps the state before the newest change (its fixes' trials start there).
  const fixOn = scope.change ?? changeOf(runnable, scope.changed, undefined);
  const fixes = settings.fixes && !settings.shard && !refused ? { versions: fixOn.versions } : undefined;
  const scratch: ScratchPhase =
    runnable.migrations.length > 0 && !notRun && !refused
      ? await scratchPhase({ settings, set: runnable, table, scope, target, runDeadline, onMigration: hooks.onMigration, fixes }, log)
      : { problems: [] };
  try {
    const read = target?.read.deployed;
    const pending = read && pendingVersions(set, read);
    const { rehearsal, rehearsalProblem } = await rehearsalPhase(set, settings, table, read, pending, refused, log);
    const deployed = read && { ...read, ...(scratch.schema && { schema: scratch.schema }), ...(rehearsal && { rehearsal }) };

    const problems = [problem, ...scratch.problems, rehearsalProblem].filter((p): p is string => !!p);
    const judged = await judge(
      { set, run: scratch.run, base, deployed },
      { ...judgeRules(settings), change: scope.change },
      (names) => productionSizes(names, settings.targetDatabaseUrl, log),
      problems.length ? problems.join('; ') : undefined,
    );
    const { ignored, folded, verdict, exitCode, incomplete } = judged;
    // The judged findings, some with a fix or a hint saying why none is offered.
    const fixed =
      fixes && scratch.run
        ? await fixesPhase(
            { settings, set: runnable, table, scope, target, runDeadline, findings: judged.findings, run: scratch.run, lease: scratch.lease },
            log,
          )
        : new Map<Finding, Finding>();
    const findings = judged.findings.map((f) => fixed.get(f) ?? f);
    const failing = judged.failing.map((f) => fixed.get(f) ?? f);
    return {
      set,
      run: scratch.run,
      base,
      deployed,
      pending,
      findings,
      failing,
      infrastructureError: incomplete,
      verdict,
      exitCode,
      ignored,
      folded,
      shard: settings.shard && { ...(scratch.shard ?? { ...settings.shard, migrations: 0 }), failOn: settings.failOn },
    };
  } finally {
    await scratch.lease?.release();
  }
}

/** The target database's phase; an unreachable or unreadable target is a problem of the run (exit code 2), not a crash. */
async function targetPhase(inspect: () => Promise<TargetPhase | undefined>): Promise<{ target?: TargetPhase; problem?: string }> {
  try {
    const target = await inspect();
    return { target, problem: target?.refusal };
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    return { problem: error.message };
  }
}

function judgeRules(settings: Settings): JudgeRules {
  return {
    disabled: settings.disabled,
    severities: settings.severities,
    largeTableRows: settings.largeTableRows,
    failOn: settings.failOn,
    shard: settings.shard,
  };
}

/** Production sizes of the tables findings name (target-database-url, read-only); none when it cannot be read (a log line says why). */
async function productionSizes(names: string[], url: string | undefined, log: Logger): Promise<Map<string, TableSize>> {
  if (!url || !names.length) return new Map();
  try {
    return await readTableSizes(url, names);
  } catch (error) {
    log.warning(`could not read table sizes from the target database: ${(error as Error).message}`);
    return new Map();
  }
}
