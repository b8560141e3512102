import { runChecks } from './checks';
import { runMigrations } from './engine/run-migrations';
import type { EngineRun, MigrationTrace } from './engine/trace';
import { failsRun, type Finding } from './findings';
import type { Settings } from './inputs';
import type { Logger } from './log';
import { InputError, loadMigrationSet } from './migrations/load';
import type { Migration, MigrationSet } from './migrations/migration-set';
import type { BaseComparison } from './git/compare';
import { loadBase } from './git/load-base';
import { changedVersions } from './git/scope';
import { readDeployedVersion, type DeployedVersion } from './postgres/deployed-version';
import { InfrastructureError } from './postgres/provider';
import { startServer } from './postgres/select-provider';
import { relativePath } from './report/paths';

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
  /** Why the database part could not run or finish (exit code 2); findings up to that point are kept. */
  infrastructureError?: string;
  verdict: 'passed' | 'failed';
  exitCode: 0 | 1 | 2;
}

export interface PipelineHooks {
  log: Logger;
  onMigration?: (trace: MigrationTrace, index: number, total: number) => void;
}

/**
 * inputs -> migration set -> checks -> findings -> verdict. The only place
 * that decides whether a run fails. Throws InputError / SettingsError for
 * input that cannot be checked at all.
 */
export async function check(settings: Settings, hooks: PipelineHooks): Promise<Outcome> {
  const { log } = hooks;
  const runDeadline = settings.runTimeoutMs > 0 ? performance.now() + settings.runTimeoutMs : undefined;
  const set = await log.group('Loading migrations', async () => {
    const shownAs = relativePath(settings.migrationsPath, settings.root)!;
    const loaded = await loadMigrationSet(settings.migrationsPath, shownAs, settings.root);
    if (loaded.files.length === 0 && loaded.skipped.length === 0 && loaded.refused.length === 0) {
      throw new InputError(`no migration files in ${shownAs}: expected names like 000001_create_users.up.sql`);
    }
    log.info(`${loaded.migrations.length} migration(s), ${loaded.files.length} file(s) in ${loaded.dir}`);
    return loaded;
  });

  const base = await log.group('Comparing with what is already merged', () =>
    loadBase({ migrationsDir: settings.migrationsPath, baseRef: settings.baseRef, pullRequestBase: settings.pullRequestBase }, log));

  const problems: string[] = [];
  let deployed: DeployedVersion | undefined;
  if (settings.targetDatabaseUrl) {
    try {
      deployed = await log.group('Reading the deployed version (read-only)', async () => {
        const read = await readDeployedVersion(settings.targetDatabaseUrl!, settings.migrationsTable);
        log.info(`${read.where}: version ${read.version ?? 'none'}${read.dirty ? ', dirty' : ''}`);
        return read;
      });
    } catch (error) {
      if (!(error instanceof InfrastructureError)) throw error;
      problems.push(error.message);
    }
  }

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
  if (set.migrations.length > 0) {
    try {
      run = await log.group('Applying every migration up, down and up again', async () => {
        const started = performance.now();
        const server = await startServer(settings.postgres, {
          version: settings.postgresVersion, image: settings.postgresImage, databaseUrl: settings.databaseUrl, log: (m) => log.info(m),
        });
        const startupMs = performance.now() - started;
        try {
          const result = await runMigrations(set, server, {
            migrationsTable: settings.migrationsTable,
            sharedServer: server.provider === 'url',
            onMigration: hooks.onMigration,
            log: (m) => log.info(m),
            limits: { statementMs: settings.statementTimeoutMs, lockMs: settings.lockTimeoutMs, runDeadline, runMs: settings.runTimeoutMs },
            fullCheck: scoped,
          });
          result.startupMs = startupMs;
          log.info(`${result.postgresVersion} on ${server.description}: started in ${Math.round(startupMs)} ms, checked in ${Math.round(result.ms)} ms`);
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

  const findings = runChecks({ set, run, base, deployed }, settings.disabled);
  const failing = findings.some((f) => failsRun(f, settings.failOn));
  const infrastructureError = problems.length ? problems.join('; ') : undefined;
  const exitCode = infrastructureError ? 2 : failing ? 1 : 0;
  return {
    set, run, base, deployed, pending: deployed && pendingVersions(set, deployed), findings, infrastructureError,
    verdict: exitCode === 0 ? 'passed' : 'failed', exitCode,
  };
}

/** What `migrate up` would apply to the deployed database: nothing when it would refuse to start. */
function pendingVersions(set: MigrationSet, deployed: DeployedVersion): string[] {
  const at = deployed.version;
  if (deployed.dirty || (at !== undefined && !set.migrations.some((m) => m.version === at))) return [];
  return set.migrations.filter((m) => at === undefined || m.version > at).map((m) => m.versionText);
}
