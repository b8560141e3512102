import { runChecks } from './checks';
import { runMigrations } from './engine/run-migrations';
import type { EngineRun, MigrationTrace } from './engine/trace';
import { failsRun, type Finding } from './findings';
import type { Settings } from './inputs';
import type { Logger } from './log';
import { InputError, loadMigrationSet } from './migrations/load';
import type { MigrationSet } from './migrations/migration-set';
import { InfrastructureError } from './postgres/provider';
import { startServer } from './postgres/select-provider';
import { relativePath } from './report/paths';

export interface Outcome {
  set: MigrationSet;
  run?: EngineRun;
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
  const set = await log.group('Loading migrations', async () => {
    const shownAs = relativePath(settings.migrationsPath, settings.root)!;
    const loaded = await loadMigrationSet(settings.migrationsPath, shownAs);
    if (loaded.files.length === 0 && loaded.skipped.length === 0) {
      throw new InputError(`no migration files in ${shownAs}: expected names like 000001_create_users.up.sql`);
    }
    log.info(`${loaded.migrations.length} migration(s), ${loaded.files.length} file(s) in ${loaded.dir}`);
    return loaded;
  });

  let run: EngineRun | undefined;
  let infrastructureError: string | undefined;
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
          });
          result.startupMs = startupMs;
          log.info(`${result.postgresVersion} on ${server.description}: started in ${Math.round(startupMs)} ms, checked in ${Math.round(result.ms)} ms`);
          return result;
        } finally {
          await server.stop();
        }
      });
      if (run.aborted) infrastructureError = run.aborted;
    } catch (error) {
      if (!(error instanceof InfrastructureError)) throw error;
      infrastructureError = error.message;
    }
  }

  const findings = runChecks({ set, run }, settings.disabled);
  const failing = findings.some((f) => failsRun(f, settings.failOn));
  const exitCode = infrastructureError ? 2 : failing ? 1 : 0;
  return { set, run, findings, infrastructureError, verdict: exitCode === 0 ? 'passed' : 'failed', exitCode };
}
