import { clusterWideReason } from '../migrations/cluster-wide';
import type { Migration, MigrationFile, MigrationSet } from '../migrations/migration-set';
import { NIL_VERSION } from '../postgres/bookkeeping';
import { InfrastructureError, type PostgresServer } from '../postgres/provider';
import { runMigrationFile } from '../postgres/run-file';
import { ScratchDatabases } from '../postgres/scratch';
import { diffSnapshots } from '../postgres/snapshot-diff';
import type { Snapshot } from '../postgres/snapshot';
import { Session } from './session';
import { skipped, type EngineRun, type MigrationTrace, type StepResult } from './trace';

export interface EngineOptions {
  migrationsTable: string;
  /** On a shared server (url): compare no roles, and refuse files that change more than the scratch database. */
  sharedServer: boolean;
  onMigration?: (trace: MigrationTrace, index: number, total: number) => void;
  log: (message: string) => void;
}

/**
 * For each migration in version order: up, down, up again, with a catalog
 * snapshot before the up and after each step. After any failure the scratch
 * database is brought back to "every earlier up applied" (rebuilt from scratch
 * when the failed file may have left partial changes), so one broken
 * migration never hides the ones after it.
 */
export async function runMigrations(set: MigrationSet, server: PostgresServer, options: EngineOptions): Promise<EngineRun> {
  const started = performance.now();
  const scratch = new ScratchDatabases(server);
  const postgresVersion = await scratch.connect();
  const run: EngineRun = { provider: server.provider, server: server.description, postgresVersion, traces: [], startupMs: 0, ms: 0 };
  const sessionOptions = { table: options.migrationsTable, includeRoles: !options.sharedServer };
  let session: Session | undefined;
  try {
    session = await Session.open(scratch, sessionOptions);
    const applied: Migration[] = [];
    let current = await session.snapshot();
    let firstFailedUp: string | undefined;
    let previous = NIL_VERSION;

    const rebuild = async (ups: Migration[]) => {
      options.log(`rebuilding the scratch database with ${ups.length} migration(s) applied`);
      await session!.close();
      session = await Session.open(scratch, sessionOptions);
      for (const m of ups) {
        const replay = await step(session, m.up, m.version, options);
        if (replay.status === 'failed') options.log(`warning: ${m.versionText} up failed on replay: ${replay.error?.message}`);
      }
      return session.snapshot();
    };
    /** After a failed step: back to `expected` (the schema with `ups` applied), rebuilding only if the failure left changes. */
    const restore = async (ups: Migration[], expected: Snapshot, version: bigint, lostConnection: boolean) => {
      if (!lostConnection) {
        await session!.bookkeeping.setVersion(version, false); // what `migrate force` would do
        const now = await session!.snapshot();
        if (diffSnapshots(expected, now).length === 0) return now;
      }
      return rebuild(ups);
    };

    for (const [index, m] of set.migrations.entries()) {
      const trace: MigrationTrace = { migration: m, up: skipped('not run'), down: skipped('not run'), reup: skipped('not run'), afterFailedUp: firstFailedUp };
      run.traces.push(trace);
      const before = current;

      trace.up = await step(session, m.up, m.version, options);
      if (trace.up.status !== 'ok') {
        firstFailedUp ??= m.versionText;
        current = await restore(applied, before, previous, !!trace.up.error?.connectionLost);
        options.onMigration?.(trace, index, set.migrations.length);
        continue;
      }
      const afterUp = await session.snapshot();

      if (!m.down) {
        trace.down = skipped('no down file');
        trace.reup = skipped('no down file');
        current = afterUp;
      } else {
        trace.down = await step(session, m.down, previous, options);
        if (trace.down.status !== 'ok') {
          trace.reup = skipped('down failed');
          current = await restore([...applied, m], afterUp, m.version, !!trace.down.error?.connectionLost);
        } else {
          trace.downDiff = diffSnapshots(before, await session.snapshot());
          if (!m.up) {
            // golang-migrate has nothing to run again; back to "this version applied", which is `before`.
            trace.reup = skipped('no up file');
            current = trace.downDiff.length ? await rebuild([...applied, m]) : before;
            applied.push(m);
            previous = m.version;
            options.onMigration?.(trace, index, set.migrations.length);
            continue;
          }
          trace.reup = await step(session, m.up, m.version, options);
          if (trace.reup.status === 'ok') trace.reupDiff = diffSnapshots(afterUp, await session.snapshot());
          const consistent = trace.reup.status === 'ok' && trace.reupDiff!.length === 0;
          current = consistent ? afterUp : await rebuild([...applied, m]);
        }
      }
      applied.push(m);
      previous = m.version;
      options.onMigration?.(trace, index, set.migrations.length);
    }
  } catch (error) {
    if (!(error instanceof InfrastructureError) && !isConnectionError(error)) throw error;
    run.aborted = `PostgreSQL became unusable: ${(error as Error).message}`;
  } finally {
    await session?.close().catch(() => undefined);
    await scratch.close();
    run.ms = performance.now() - started;
  }
  return run;
}

/**
 * One golang-migrate step: the target version is recorded dirty, the file runs,
 * then the version is recorded clean. A missing file only moves the version.
 */
async function step(session: Session, file: MigrationFile | undefined, target: bigint, options: EngineOptions): Promise<StepResult> {
  if (file && options.sharedServer) {
    const reason = clusterWideReason(file.text);
    if (reason) return { status: 'refused', ms: 0, file, reason };
  }
  const started = performance.now();
  try {
    await session.bookkeeping.setVersion(target, true);
    if (!file) {
      await session.bookkeeping.setVersion(target, false);
      return { status: 'ok', ms: performance.now() - started };
    }
    const outcome = await runMigrationFile(session.client, file.text);
    if (!outcome.ok) return { status: 'failed', ms: outcome.ms, file, error: outcome.error };
    await session.bookkeeping.setVersion(target, false);
    return { status: 'ok', ms: outcome.ms, file };
  } catch (error) {
    // The bookkeeping itself failed, e.g. the file revoked our rights on schema_migrations.
    if (isConnectionError(error)) throw error;
    const e = error as { message: string; code?: string };
    return {
      status: 'failed', ms: performance.now() - started, file,
      error: { message: `golang-migrate's version bookkeeping fails after this file: ${e.message}`, code: e.code, ownTransaction: false },
    };
  }
}

function isConnectionError(error: unknown): boolean {
  const e = error as { severity?: string; code?: string; message?: string };
  return !!e && typeof e === 'object' && !e.severity && /connection|terminated|ECONNRE|EPIPE|socket/i.test(e.message ?? '');
}
