import { runChecks } from './checks';
import type { EngineOptions } from './engine/run-migrations';
import { runParallel, runShard, type ShardFacts } from './engine/parallel/run-parallel';
import { shardOwns } from './engine/parallel/shard-findings';
import type { FailOn } from './findings';
import type { EngineRun, MigrationTrace } from './engine/trace';
import type { Finding } from './findings';
import { decide } from './outcome';
import type { Settings } from './settings/settings';
import type { Logger } from './log';
import { loadMigrationSet } from './formats';
import { renderedFiles } from './formats/rendered';
import type { Migration, MigrationSet } from './formats/migration-set';
import type { BaseComparison } from './git/compare';
import { loadBase } from './git/load-base';
import { changedVersions } from './git/scope';
import { type DeployedVersion } from './deployed/version';
import { compareTarget, inspectTarget, rehearsePending, startScratchServer, type TargetPhase } from './deployed/pipeline';
import { InfrastructureError } from './servers/provider';
import { relativePath } from './report/paths';
import { applyIgnoreComments, type IgnoredFinding } from './check-support/ignore-comments';
import { withSeverities } from './check-support/configured-severities';
import { withTableSizes } from './check-support/production-sizes';
import { readTableSizes, type TableSize } from './deployed/table-sizes';

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
  /** Why the run is incomplete (exit code 2): the database part could not run or finish, or a could-not-check finding (outcome.ts). */
  infrastructureError?: string;
  verdict: 'passed' | 'failed';
  exitCode: 0 | 1 | 2;
  /** Findings silenced by `-- migration-guard:ignore` comments: counted in the reports, not shown as findings. */
  ignored?: IgnoredFinding[];
  /** shard k/n: what this shard covered, for `merge` (its findings are only those of its segment). */
  shard?: ShardFacts & { failOn: FailOn };
}

export interface PipelineHooks {
  log: Logger;
  onMigration?: (trace: MigrationTrace, index: number, total: number) => void;
}

/**
 * settings -> migration set (through the tool's format) -> facts (scratch run,
 * base, deployed database) -> checks -> findings -> verdict (outcome.ts). Throws InputError / SettingsError for
 * input that cannot be checked at all.
 */
export async function check(settings: Settings, hooks: PipelineHooks): Promise<Outcome> {
  const { log } = hooks;
  const runDeadline = settings.runTimeoutMs > 0 ? performance.now() + settings.runTimeoutMs : undefined;
  const set = await log.group('Loading migrations', async () => {
    const shownAs = relativePath(settings.migrationsPath, settings.root) ?? settings.migrationsPath;
    const loaded = await loadMigrationSet(settings.migrationsPath, { shownAs, repository: settings.root, tool: settings.migrationTool });
    log.info(`${loaded.format.words.label} (${loaded.formatReason}): ${loaded.migrations.length} migration(s) in ${loaded.dir}`);
    return loaded;
  });

  const base = await log.group('Comparing with what is already merged', () =>
    loadBase(
      {
        format: set.format,
        migrationsDir: settings.migrationsPath,
        baseRef: settings.baseRef,
        pullRequestBase: settings.pullRequestBase,
        pullRequestBaseLabel: settings.pullRequestBaseLabel,
      },
      log,
    ),
  );

  const problems: string[] = [];
  const table = settings.migrationsTable ?? set.format.defaultTable;
  let deployed: DeployedVersion | undefined;
  let target: TargetPhase | undefined;
  try {
    target = await inspectTarget(set, settings, table, log);
    deployed = target?.read.deployed;
    if (target?.refusal) problems.push(target.refusal);
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    problems.push(error.message);
  }
  // A refused rehearsal copy stops everything before it starts: nothing is run anywhere (exit code 2).
  const refused = !!target?.refusal;

  let scoped: ((m: Migration) => boolean) | undefined;
  if (settings.scope === 'changed') {
    if (!base) log.notice('scope: changed needs a base (a pull request, or base-ref / --base); every migration is checked');
    else {
      const changed = changedVersions(set, base);
      scoped = (m) => changed.has(m.version);
      log.info(`scope: changed: ${changed.size} of ${set.migrations.length} migration(s) get up, down and up; the others are applied up once`);
    }
  }

  let run: EngineRun | undefined;
  let shard: ShardFacts | undefined;
  const notRun = whyNotRun(set);
  if (notRun) log.notice(`${notRun}; nothing is run on PostgreSQL (the findings say more)`);
  if (set.migrations.length > 0 && !notRun && !refused) {
    try {
      run = await log.group('Applying every migration up, down and up again', async () => {
        const started = performance.now();
        const server = await startScratchServer(settings, target, (m) => {
          log.info(m);
        });
        const startupMs = performance.now() - started;
        try {
          const engine: EngineOptions = {
            migrationsTable: table,
            sharedServer: server.provider === 'url',
            onMigration: hooks.onMigration,
            log: (m) => {
              log.info(m);
            },
            limits: { statementMs: settings.statementTimeoutMs, lockMs: settings.lockTimeoutMs, runDeadline, runMs: settings.runTimeoutMs },
            fullCheck: scoped,
            seedData: settings.seedData,
            observe: settings.observe,
            changed: base && changedVersions(set, base),
          };
          const sharded = settings.shard && (await runShard(set, server, engine, settings.shard));
          shard = sharded ? sharded.shard : undefined;
          const result = sharded ? sharded.run : await runParallel(set, server, engine, { jobs: settings.jobs, minSegment: settings.minSegment });
          result.startupMs = startupMs;
          result.postgresVersionReason = server.versionReason;
          log.info(
            `${result.postgresVersion} on ${server.description}: started in ${Math.round(startupMs)} ms, checked in ${Math.round(result.ms)} ms`,
          );
          if (deployed && target) {
            // The expected schema is built on the same server, before it stops.
            const at = deployed;
            const phase = target;
            await compareTarget(set, server, settings, table, at, phase, log).catch((error: unknown) =>
              problems.push(`the deployed schema could not be compared: ${error instanceof Error ? error.message : String(error)}`),
            );
          }
          return result;
        } finally {
          await server.stop();
        }
      });
      if (run.aborted) problems.push(run.aborted);
    } catch (error) {
      if (!(error instanceof InfrastructureError)) throw error;
      problems.push(error.message);
    }
  }

  if (deployed && settings.rehearsalDatabaseUrl && !refused) {
    try {
      deployed.rehearsal = await rehearsePending(set, settings, table, deployed, pendingVersions(set, deployed), log);
    } catch (error) {
      problems.push(`the rehearsal on rehearsal-database-url stopped: ${(error as Error).message}`);
    }
  }

  const checked = withSeverities(runChecks({ set, run, base, deployed }, settings.disabled), settings.severities);
  const sizes = await productionSizes(checked, settings.targetDatabaseUrl, log);
  const kept = applyIgnoreComments(withTableSizes(checked, sizes, settings.largeTableRows), set);
  // A shard reports only its segment's findings (those of no migration: shard 1), so that merged shards count each once.
  const owns = settings.shard ? shardOwns(set, settings.shard) : () => true;
  const findings = kept.kept.filter(owns);
  const ignored = kept.ignored.filter(owns);
  const infrastructureError = problems.length ? problems.join('; ') : undefined;
  const { verdict, exitCode, failing, incomplete } = decide(findings, settings.failOn, infrastructureError);
  return {
    set,
    run,
    base,
    deployed,
    pending: deployed && pendingVersions(set, deployed),
    findings,
    failing,
    infrastructureError: incomplete,
    verdict,
    exitCode,
    ignored,
    shard: settings.shard && {
      ...(shard ?? { ...settings.shard, migrations: 0 }),
      failOn: settings.failOn,
    },
  };
}

/** Production sizes of the tables findings name (target-database-url, read-only); none when it cannot be read (a log line says why). */
async function productionSizes(findings: Finding[], url: string | undefined, log: Logger): Promise<Map<string, TableSize>> {
  const names = [...new Set(findings.flatMap((f) => f.relations ?? []))];
  if (!url || !names.length) return new Map();
  try {
    return await readTableSizes(url, names);
  } catch (error) {
    log.warning(`could not read table sizes from the target database: ${(error as Error).message}`);
    return new Map();
  }
}

/**
 * A directory the tool would not run as it is gets its static findings and no run of a partial set: duplicate
 * versions (golang-migrate and goose refuse to load the directory; dbmate keeps one row per version, so one file never runs),
 * or files not meant to run as committed (rendered-files).
 */
function whyNotRun(set: MigrationSet): string | undefined {
  if (set.duplicates.length) {
    const versions = [...new Set(set.duplicates.map((d) => d.files[0]?.versionText ?? d.version.toString()))].join(', ');
    return `${set.format.words.label} would not run this directory: version(s) ${versions} appear more than once (duplicate-version)`;
  }
  const rendered = renderedFiles(set.files);
  if (rendered.length) return `${rendered.length} file(s) cannot run on PostgreSQL as committed (rendered-files)`;
  return undefined;
}

/** What the tool's `up` would apply to the deployed database: nothing when it would refuse to start. */
function pendingVersions(set: MigrationSet, deployed: DeployedVersion): string[] {
  const at = deployed.version;
  if (deployed.dirty || (at !== undefined && !set.migrations.some((m) => m.version === at))) return [];
  // Tools with one row per version (goose, dbmate) know exactly which are applied; dbmate applies older missing ones too.
  const applied = deployed.applied && new Set(deployed.applied);
  if (applied && set.format.olderVersions === 'applied') return set.migrations.filter((m) => !applied.has(m.version)).map((m) => m.versionText);
  return set.migrations.filter((m) => at === undefined || m.version > at).map((m) => m.versionText);
}
