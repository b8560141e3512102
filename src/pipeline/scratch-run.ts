import type { DeployedSchema } from '../deployed/facts';
import type { EngineOptions } from '../engine/run-migrations';
import { baseStateRequest } from '../engine/base-state';
import { keepIndex, type TrialStart } from '../engine/trial-start';
import { runParallel, runShard } from '../engine/parallel/run-parallel';
import type { ShardFacts } from '../engine/trace';
import type { EngineRun, MigrationTrace } from '../engine/trace';
import { bodyText, type MigrationSet } from '../formats/migration-set';
import { clusterWideReason } from '../sql/cluster-wide';
import type { Logger } from '../log';
import { InfrastructureError, type PostgresServer } from '../servers/provider';
import { KeptForFixes } from './kept-for-fixes';
import type { Settings } from '../settings/settings';
import type { Scope } from './scope';
import { compareTarget, startScratchServer, type TargetPhase } from './target';

/** What the scratch server gave: the run, the shard it covered, the deployed schema compared on it, and what stopped it. */
export interface ScratchPhase {
  run?: EngineRun;
  shard?: ShardFacts;
  /** The target's schema compared with the migrations' (drift), built on the same server before it stops. */
  schema?: DeployedSchema;
  /** Why the database part could not run or finish (exit code 2). */
  problems: string[];
  /** fixes: the server, still up, and the state the fix trials start from; the caller releases it. */
  lease?: ScratchLease;
}

/** The check's server kept up after the run for the fix trials, with the state kept before the change (trial-start.ts). */
export interface ScratchLease {
  server: PostgresServer;
  readonly start?: TrialStart;
  /** Drops the kept state and stops the server (safe to call twice). */
  release(): Promise<void>;
}

export interface ScratchRequest {
  settings: Settings;
  set: MigrationSet;
  table: string;
  scope: Scope;
  target?: TargetPhase;
  /** When the whole run must end (run-timeout), on performance.now()'s clock. */
  runDeadline?: number;
  onMigration?: (trace: MigrationTrace, index: number, total: number) => void;
  /** fixes: keep the server up after the run, and the state before the first of `versions` (the change), for the trials. */
  fixes?: { versions?: ReadonlySet<bigint> };
}

/** Every migration up, down and up again on a throw-away server, then the deployed schema compared on that server. */
export async function scratchPhase(request: ScratchRequest, log: Logger): Promise<ScratchPhase> {
  const problems: string[] = [];
  try {
    const result = await log.group('Applying every migration up, down and up again', () => runOnScratch(request, problems, log));
    if (result.run.aborted) problems.push(result.run.aborted);
    return { ...result, problems };
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    return { problems: [...problems, error.message] };
  }
}

async function runOnScratch(request: ScratchRequest, problems: string[], log: Logger): Promise<Omit<ScratchPhase, 'problems'> & { run: EngineRun }> {
  const { settings, set, target } = request;
  const started = performance.now();
  // scope: changed: the state at the base may be restored from a previous run's (local clusters; servers/base-cache.ts).
  const base = settings.shard
    ? undefined
    : baseStateRequest(set, request.scope.fullCheck, { table: request.table, setupSql: settings.setupSql?.sql });
  const server = await startScratchServer(
    settings,
    target,
    (m) => {
      log.info(m);
    },
    base?.key,
  );
  const startupMs = performance.now() - started;
  // Not kept, and the trials get a server of their own as before: on url (the kept state would be owned by the run's
  // temporary role, dropped with the run), and when the change's migrations touch the server beyond their database
  // (a role the check's run left would make a trial's first up fail where the check's passed).
  const at = request.fixes && keepIndex(set, request.fixes.versions);
  const keeper = at !== undefined && server.provider !== 'url' && !touchesCluster(set, at) ? new KeptForFixes(server) : undefined;
  let lease: ScratchLease | undefined;
  try {
    const keepState = keeper && at !== undefined ? { index: at, keep: (start: TrialStart) => keeper.hold(start) } : undefined;
    const engine = { ...engineOptions(request, server.provider === 'url', log), base, keepState };
    const sharded = settings.shard && (await runShard(set, server, engine, settings.shard));
    const result = sharded
      ? sharded.run
      : await runParallel(set, server, engine, {
          jobs: settings.jobs.max,
          auto: settings.jobs.auto,
          minSegment: settings.minSegment,
        });
    const run: EngineRun = { ...result, startupMs, postgresVersionReason: server.versionReason };
    log.info(`${run.postgresVersion} on ${server.description}: started in ${Math.round(startupMs)} ms, checked in ${Math.round(run.ms)} ms`);
    // The expected schema is built on the same server, before it stops.
    let schema: DeployedSchema | undefined;
    if (target) {
      schema = await compareTarget(set, server, settings, request.table, target, log).catch((error: unknown) => {
        problems.push(`the deployed schema could not be compared: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
    }
    // After an aborted run (a lost server, run-timeout) the fixes start a server of their own, or none, as before.
    lease = keeper && !run.aborted ? leaseOf(server, keeper) : undefined;
    return { run, shard: sharded ? sharded.shard : undefined, schema, lease };
  } finally {
    if (!lease) await keeper?.release().catch(() => undefined);
    if (!lease) await server.stop();
  }
}

/** Whether a migration from `index` on changes what every database of the server shares (roles, settings, tablespaces). */
function touchesCluster(set: MigrationSet, index: number): boolean {
  return set.migrations.slice(index).some((m) => [m.up, m.down].some((f) => f && clusterWideReason(bodyText(f))));
}

function leaseOf(server: PostgresServer, keeper: KeptForFixes): ScratchLease {
  let released: Promise<void> | undefined;
  return {
    server,
    get start() {
      return keeper.start;
    },
    release: () =>
      (released ??= keeper
        .release()
        .catch(() => undefined)
        .then(() => server.stop())),
  };
}

export function engineOptions(request: ScratchRequest, sharedServer: boolean, log: Logger): EngineOptions {
  const { settings, scope } = request;
  return {
    migrationsTable: request.table,
    sharedServer,
    onMigration: request.onMigration,
    log: (m) => {
      log.info(m);
    },
    limits: {
      statementMs: settings.statementTimeoutMs,
      lockMs: settings.lockTimeoutMs,
      runDeadline: request.runDeadline,
      runMs: settings.runTimeoutMs,
    },
    fullCheck: scope.fullCheck,
    judged: scope.change?.versions,
    seedData: settings.seedData,
    observe: settings.observe,
    changed: scope.changed,
    added: scope.added,
    setupSql: settings.setupSql?.sql,
    trackChanges: !settings.wholeSnapshots,
  };
}
