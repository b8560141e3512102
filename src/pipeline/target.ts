import type { Logger } from '../log';
import type { MigrationSet } from '../formats/migration-set';
import type { Settings } from '../settings/settings';
import { InfrastructureError, type PostgresServer } from '../servers/provider';
import { startServer, type StartedServer } from '../servers/select-provider';
import { analyseTarget } from '../deployed/analyse';
import type { DeployedSchema } from '../deployed/facts';
import { refuseRehearsal } from '../deployed/copy-check';
import { readTarget, type TargetRead } from '../deployed/inspect';
import { major } from '../deployed/normalise';
import { rehearse } from '../deployed/rehearsal';
import type { Rehearsal } from '../deployed/facts';
import type { DeployedVersion } from '../deployed/version';

/** The pipeline's phases for target-database-url and rehearsal-database-url, so that main.ts only calls them. */
export interface TargetPhase {
  read: TargetRead;
  /** Why the rehearsal copy was refused: nothing runs (exit code 2). */
  refusal?: string;
}

export async function inspectTarget(set: MigrationSet, settings: Settings, table: string, log: Logger): Promise<TargetPhase | undefined> {
  const url = settings.targetDatabaseUrl;
  if (!url) return undefined;
  const catalog = settings.drift || !!settings.rehearsalDatabaseUrl;
  const read = await log.group(`Reading the deployed ${catalog ? 'version and schema' : 'version'} (read-only)`, async () => {
    const r = await readTarget(set.format, url, table, { catalog, input: 'target-database-url' });
    const v = r.deployed;
    log.info(
      `${v.where}: ${r.versionTable ? `version ${v.version ?? 'none'}${v.dirty ? ', dirty' : ''}` : `no version table ${table}`}` +
        (r.catalog ? `, ${r.catalog.snapshot.objects.size} catalog object(s), PostgreSQL ${major(r.catalog.versionNum)}` : ''),
    );
    return r;
  });
  const copy = settings.rehearsalDatabaseUrl;
  const refusal = copy ? await refuseRehearsal(set.format, table, url, copy, read) : undefined;
  return { read, refusal };
}

/**
 * The scratch server, at the target's major version when none was asked for and the provider can start it
 * (embedded is 18, local binaries what is installed); otherwise any, and the comparison normalises the known differences.
 */
export async function startScratchServer(
  settings: Settings,
  target: TargetPhase | undefined,
  log: (m: string) => void,
  baseKey?: string,
): Promise<StartedServer> {
  const request = { version: settings.postgresVersion, image: settings.postgresImage, databaseUrl: settings.databaseUrl, log, baseKey };
  const targetMajor = target?.read.catalog && String(major(target.read.catalog.versionNum));
  if (settings.postgresVersion || !targetMajor || settings.postgres === 'url' || (settings.postgres === 'auto' && settings.databaseUrl))
    return startServer(settings.postgres, request);
  try {
    const server = await startServer(settings.postgres, { ...request, version: targetMajor, log: () => undefined });
    return Object.assign(server, { versionReason: `the target database runs PostgreSQL ${targetMajor}` });
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    log(`no PostgreSQL ${targetMajor} (the target's major version) to start here: using another version, with the known differences normalised`);
    return startServer(settings.postgres, request);
  }
}

/** Drift, the unversioned target's version, the dirty target's side: on the scratch server already started. */
export async function compareTarget(
  set: MigrationSet,
  server: PostgresServer,
  settings: Settings,
  table: string,
  target: TargetPhase,
  log: Logger,
): Promise<DeployedSchema | undefined> {
  // Without the catalog (drift: false and no rehearsal) there is nothing to compare: no hollow schema in the report.
  if (!target.read.catalog || (!settings.drift && !target.read.deployed.dirty)) return undefined;
  const schema = await analyseTarget(set, server, target.read, {
    table,
    ignore: settings.driftIgnore,
    lockTimeoutMs: settings.lockTimeoutMs,
    setupSql: settings.setupSql?.sql,
  });
  for (const note of schema.notes) log.info(note);
  if (schema.unavailable) log.notice(schema.unavailable);
  return schema;
}

/** rehearsal-database-url: the pending migrations rehearsed on the copy; a stop is a problem of the run (exit code 2). */
export async function rehearsalPhase(
  set: MigrationSet,
  settings: Settings,
  table: string,
  read: DeployedVersion | undefined,
  pending: string[] | undefined,
  refused: boolean,
  log: Logger,
): Promise<{ rehearsal?: Rehearsal; rehearsalProblem?: string }> {
  if (!read || !pending || !settings.rehearsalDatabaseUrl || refused) return {};
  try {
    const rehearsal = await rehearsePending(set, settings, table, read, pending, log);
    const stopped = rehearsal?.couldNotCheck && `the rehearsal on rehearsal-database-url stopped: ${rehearsal.couldNotCheck}`;
    return { rehearsal, ...(stopped && { rehearsalProblem: stopped }) };
  } catch (error) {
    return { rehearsalProblem: `the rehearsal on rehearsal-database-url stopped: ${(error as Error).message}` };
  }
}

/** The pending migrations on the disposable copy; the copy is left at the final up. */
export async function rehearsePending(
  set: MigrationSet,
  settings: Settings,
  table: string,
  deployed: DeployedVersion,
  pending: string[],
  log: Logger,
): Promise<Rehearsal | undefined> {
  const url = settings.rehearsalDatabaseUrl;
  if (!url) return undefined;
  return log.group('Rehearsing the pending migrations on the copy (up, down, up)', async () => {
    const wanted = new Set(pending);
    const applied =
      deployed.applied ?? set.migrations.filter((m) => deployed.version !== undefined && m.version <= deployed.version).map((m) => m.version);
    const rehearsal = await rehearse(url, {
      format: set.format,
      table,
      applied,
      pending: set.migrations.filter((m) => wanted.has(m.versionText)),
      thresholdMs: settings.rehearsalLockThresholdMs,
      lockTimeoutMs: settings.lockTimeoutMs,
    });
    log.info(`${rehearsal.migrations.length} migration(s) rehearsed on ${rehearsal.where}; the copy is ${rehearsal.leftAt}`);
    return rehearsal;
  });
}
