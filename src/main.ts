import { runChecks } from './checks';
import { runMigrations } from './engine/run-migrations';
import type { EngineRun, MigrationTrace } from './engine/trace';
import type { Finding } from './findings';
import { decide } from './outcome';
import type { Settings } from './settings/settings';
import type { Logger } from './log';
import { loadMigrationSet } from './formats';
import type { Migration, MigrationSet } from './formats/migration-set';
import type { BaseComparison } from './git/compare';
import { loadBase } from './git/load-base';
import { changedVersions } from './git/scope';
import { readDeployedVersion, type DeployedVersion } from './deployed/version';
import { InfrastructureError } from './servers/provider';
import { startServer } from './servers/select-provider';
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
  /** The findings at or above fail-on. */
  failing: Finding[];
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
 * settings -> migration set (through the tool's format) -> facts (scratch run,
 * base, deployed database) -> checks -> findings -> verdict (outcome.ts). Throws InputError / SettingsError for
 * input that cannot be checked at all.
 */
export async function check(settings: Settings, hooks: PipelineHooks): Promise<Outcome> {
  const { log } = hooks;
  const runDeadline = settings.runTimeoutMs > 0 ? performance.now() + settings.runTimeoutMs : undefined;
  const set = await log.group('Loading migrations', async () => {
    const shownAs = relativePath(settings.migrationsPath, settings.root)!;
    const loaded = await loadMigrationSet(settings.migrationsPath, { shownAs, repository: settings.root, tool: settings.migrationTool });
    log.info(`${loaded.format.words.label} (${loaded.formatReason}): ${loaded.migrations.length} migration(s) in ${loaded.dir}`);
    return loaded;
  });

  const base = await log.group('Comparing with what is already merged', () =>
    loadBase({ format: set.format, migrationsDir: settings.migrationsPath, baseRef: settings.baseRef, pullRequestBase: settings.pullRequestBase }, log));

  const problems: string[] = [];
  const table = settings.migrationsTable ?? set.format.defaultTable;
  let deployed: DeployedVersion | undefined;
  const targetUrl = settings.targetDatabaseUrl;
  if (targetUrl) {
    try {
      deployed = await log.group('Reading the deployed version (read-only)', async () => {
        const read = await readDeployedVersion(set.format, targetUrl, table);
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
            migrationsTable: table,
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
  const infrastructureError = problems.length ? problems.join('; ') : undefined;
  const { verdict, exitCode, failing } = decide(findings, settings.failOn, infrastructureError);
  return { set, run, base, deployed, pending: deployed && pendingVersions(set, deployed), findings, failing, infrastructureError, verdict, exitCode };
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
