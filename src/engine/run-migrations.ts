import { clusterWideReason, confinementHint } from '../sql/cluster-wide';
import { sessionSettings, splitStatements } from '../sql/text';
import { bodyText, type Migration, type MigrationFile, type MigrationSet } from '../formats/migration-set';
import { NIL_VERSION } from '../formats/golang-migrate/version-table';
import type { StepTarget } from '../formats/format';
import { InfrastructureError, type PostgresServer } from '../servers/provider';
import { sessionEnded } from '../servers/errors';
import { runSection, unsendableError } from './execute';
import { ScratchDatabases } from '../servers/scratch';
import { compose, differencesOf } from '../catalog/catalog-tracker';
import { loadParser } from '../sql/pg-parser';
import { Session } from './session';
import { formatDuration, withinLimits, type TimeLimits } from './time-limit';
import { skipped, type EngineRun, type MigrationTrace, type StepResult } from './trace';
import { Observer } from './observe';
import { RowSeeder } from './seed/seeder';

export interface EngineOptions {
  /** The version table's name. */
  migrationsTable: string;
  /** On a shared server (url): compare no roles, and refuse files that change more than the scratch database. */
  sharedServer: boolean;
  onMigration?: (trace: MigrationTrace, index: number, total: number) => void;
  log: (message: string) => void;
  limits: TimeLimits;
  /** Read only the objects each step touched (default); false re-reads the whole catalog every time (tests compare both). */
  trackChanges?: boolean;
  /** scope: changed. Migrations this says no to are only applied up, to build the schema later ones need. */
  fullCheck?: (migration: Migration) => boolean;
  /** Observe locks, rewrites and scans in a rolled-back pass before each first up (default on; off for measuring its cost). */
  observe?: boolean;
  /** Seed the tables each migration touches with generated rows before its up (seed-data; default on; off for measuring its cost). */
  seedData?: boolean;
  /** With a base: versions this change adds or edits (only they are observed; what they create counts as new). */
  changed?: ReadonlySet<bigint>;
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
  // The catalog diff compares expressions by their parse trees; without the parser it compares their text (stricter, never laxer).
  if (!(await loadParser())) options.log('warning: the SQL parser could not be loaded; expressions are compared as text, so a re-parenthesised one counts as changed');
  // url: migrations run as a temporary role that owns only the scratch database (the boundary; clusterWideReason is the early word).
  const scratch = new ScratchDatabases(server, { confine: options.sharedServer, log: options.log });
  const postgresVersion = await scratch.connect();
  const run: EngineRun = { provider: server.provider, server: server.description, postgresVersion, traces: [], startupMs: 0, ms: 0 };
  const sessionOptions = {
    format: set.format, table: options.migrationsTable, includeRoles: !options.sharedServer, lockTimeoutMs: options.limits.lockMs, trackChanges: options.trackChanges ?? true,
  };
  const { runDeadline } = options.limits;
  const outOfTime = (during: string) => {
    const begun = run.traces.filter((t) => t.up.status !== 'skipped').length;
    return `run-timeout (${formatDuration(options.limits.runMs ?? 0)}) reached ${during}: ${begun} of ${set.migrations.length} migration(s) were started; the report covers those`;
  };
  let session: Session | undefined;
  try {
    session = await Session.open(scratch, sessionOptions);
    run.snapshots = session.catalog.isIncremental ? 'touched objects' : 'full';
    const applied: Migration[] = [];
    let firstFailedUp: string | undefined;
    let previous = NIL_VERSION;
    /** Migrations were applied without reading the catalog after them (scope: changed). */
    let catalogBehind = false;
    // What earlier files SET on the one connection golang-migrate keeps for the whole run: setting -> the file that set it.
    let sessionState = new Map<string, string>();
    const observer = new Observer(options);
    const seeder = options.seedData === false ? undefined : new RowSeeder(session.versionTable.qualifiedName);
    const track = (result: StepResult): StepResult => {
      if (result.status === 'ok' && result.file) applySessionSettings(sessionState, result.file);
      if (result.status === 'failed' && sessionState.size) result.sessionState = [...sessionState.values()];
      return result;
    };

    const rebuild = async (ups: Migration[]) => {
      options.log(`rebuilding the scratch database with ${ups.length} migration(s) applied`);
      await session!.close();
      session = await Session.open(scratch, sessionOptions);
      sessionState = new Map();
      for (const m of ups) {
        const replay = track(await step(session, m.up, up(m), options));
        if (replay.status === 'failed') options.log(`warning: ${m.versionText} up failed on replay: ${replay.error?.message}`);
      }
      await session.catalog.update(true);
      catalogBehind = false;
    };
    /** After a failed step: back to the schema with `ups` applied, rebuilding only if the failure left changes. */
    const restore = async (ups: Migration[], lostConnection: boolean) => {
      if (!lostConnection) {
        try {
          await session!.versionTable.force(ups.map((u) => u.version)); // what `migrate force` would do
          // scope: changed compares nothing before an unchanged migration; what a partly committed file left is taken in at the next catch-up.
          if (catalogBehind) return;
          if (differencesOf(await session!.catalog.update(), session!.catalog.current).length === 0) return;
        } catch (error) {
          // The file left the session unable to do even that (e.g. SET ROLE to a role without rights): start over.
          if (isConnectionError(error)) throw error;
        }
      }
      return rebuild(ups);
    };

    for (const [index, m] of set.migrations.entries()) {
      if (runDeadline !== undefined && performance.now() >= runDeadline) {
        run.aborted = outOfTime(`before ${m.versionText}`);
        break;
      }
      const trace: MigrationTrace = { migration: m, up: skipped('not run'), down: skipped('not run'), reup: skipped('not run'), afterFailedUp: firstFailedUp };
      run.traces.push(trace);

      const quick = options.fullCheck && !options.fullCheck(m);
      if (!quick && catalogBehind) {
        await session.catalog.update(); // catch up with the migrations applied without checks
        catalogBehind = false;
      }
      trace.observed = await observer.section(session, m);
      // Seeded rows go in after the observation pass (which must see the tables as the run without data does).
      const rows = !quick && m.up ? await seeder?.beforeUp(session.client, m) : undefined;
      if (rows) trace.data = rows.observations;
      trace.up = track(await step(session, m.up, up(m), options));
      if (rows?.mayExplain(trace.up)) {
        // Same schema without the seeded rows: if the up passes there, the rows were the cause (up-fails-on-data).
        const withRows = trace.up;
        await rebuild(applied);
        trace.up = track(await step(session, m.up, up(m), options));
        if (trace.up.status === 'ok') rows.upFailedWithRows(withRows);
        else rows.setAside();
      }
      if (quick && trace.up.status === 'ok') {
        trace.down = skipped('unchanged since the base');
        trace.reup = skipped('unchanged since the base');
        catalogBehind = true;
        applied.push(m);
        previous = m.version;
        options.onMigration?.(trace, index, set.migrations.length);
        continue;
      }
      if (ranOutOfTime(trace)) {
        options.onMigration?.(trace, index, set.migrations.length);
        run.aborted = outOfTime(`during migration ${m.versionText}`);
        break;
      }
      if (trace.up.status !== 'ok') {
        firstFailedUp ??= m.versionText;
        await restore(applied, !!trace.up.error?.connectionLost);
        options.onMigration?.(trace, index, set.migrations.length);
        continue;
      }
      const upChanges = await session.catalog.update();
      await rows?.afterUpRan(session.client);

      if (!m.down) {
        trace.down = skipped('no down file');
        trace.reup = skipped('no down file');
      } else {
        trace.down = track(await step(session, m.down, { version: m.version, versionText: m.versionText, direction: 'down', previous }, options));
        if (trace.down.status !== 'ok') {
          trace.reup = skipped('down failed');
          await restore([...applied, m], !!trace.down.error?.connectionLost);
        } else {
          let downChanges = await session.catalog.update();
          await rows?.afterDownRan(session.client);
          trace.downDiff = differencesOf(compose(upChanges, downChanges), session.catalog.current);
          if (!m.up) {
            // golang-migrate has nothing to run again; back to "this version applied", which is the schema before the up.
            trace.reup = skipped('no up file');
            if (trace.downDiff.length) await rebuild([...applied, m]);
            applied.push(m);
            previous = m.version;
            options.onMigration?.(trace, index, set.migrations.length);
            continue;
          }
          trace.reup = track(await step(session, m.up, up(m), options));
          if (rows?.mayExplain(trace.reup)) {
            // Up, down and up again without the seeded rows: if that passes, the rows the down left were the cause (reup-fails-on-data).
            const withRows = trace.reup;
            await rebuild([...applied, m]);
            const downAgain = track(await step(session, m.down, { version: m.version, versionText: m.versionText, direction: 'down', previous }, options));
            downChanges = await session.catalog.update();
            if (downAgain.status === 'ok') trace.reup = track(await step(session, m.up, up(m), options));
            if (downAgain.status === 'ok' && trace.reup.status === 'ok') rows.reupFailedWithRows(withRows);
            else rows.setAside();
          }
          if (trace.reup.status === 'ok') trace.reupDiff = differencesOf(compose(downChanges, await session.catalog.update()), session.catalog.current);
          const consistent = trace.reup.status === 'ok' && trace.reupDiff!.length === 0;
          if (!consistent) await rebuild([...applied, m]);
        }
      }
      applied.push(m);
      previous = m.version;
      options.onMigration?.(trace, index, set.migrations.length);
      if (ranOutOfTime(trace)) {
        run.aborted = outOfTime(`during migration ${m.versionText}`);
        break;
      }
    }
  } catch (error) {
    // Whatever went wrong, what was checked so far is reported (exit code 2 says the run is incomplete).
    const last = run.traces.at(-1);
    const during = last ? ` while checking ${last.migration.versionText}` : '';
    const checked = `${Math.max(0, run.traces.length - 1)} of ${set.migrations.length} migration(s) were fully checked; the report covers them`;
    const message = (error as Error)?.message ?? String(error);
    run.aborted = error instanceof InfrastructureError ? `${message}${during}; ${checked}`
      : isConnectionError(error) ? `the connection to PostgreSQL was lost${during} and could not be re-established (a file may have stopped the server): ${message}; ${checked}`
        : `the run stopped${during}: ${message}; ${checked}`;
  } finally {
    await session?.close().catch(() => undefined);
    await scratch.close();
    run.ms = performance.now() - started;
  }
  return run;
}

const up = (m: Migration): StepTarget => ({ version: m.version, versionText: m.versionText, direction: 'up', previous: NIL_VERSION });

/**
 * One step as the tool takes it: golang-migrate records the target version
 * dirty, runs the file, then records it clean; goose and dbmate run the
 * section and record the version inside its transaction. A missing section
 * only moves the version.
 */
async function step(session: Session, file: MigrationFile | undefined, target: StepTarget, options: EngineOptions): Promise<StepResult> {
  if (file && options.sharedServer) {
    const reason = clusterWideReason(bodyText(file));
    if (reason) return { status: 'refused', ms: 0, file, reason };
  }
  const started = performance.now();
  const table = session.versionTable;
  try {
    await table.beforeSection(target);
    const refused = file && unsendableError(file);
    if (refused) return { status: 'failed', ms: 0, file, error: refused };
    if (!file) {
      await table.record(target);
      return { status: 'ok', ms: performance.now() - started };
    }
    const { result: outcome, expired } = await withinLimits(options.limits, (how) => session.interrupt(how), () => runSection(session.client, file, () => table.record(target)));
    if (!outcome.ok) {
      if (expired) outcome.error.timeout = expired;
      else if (outcome.error.code === '55P03' && /lock timeout/.test(outcome.error.message)) outcome.error.timeout = { limit: 'lock', ms: options.limits.lockMs };
      const denied = options.sharedServer ? confinementHint(outcome.error) : undefined;
      if (denied) outcome.error.hint = [outcome.error.hint, denied].filter(Boolean).join(' ');
      return { status: 'failed', ms: outcome.ms, file, error: outcome.error };
    }
    return { status: 'ok', ms: outcome.ms, file };
  } catch (error) {
    // The bookkeeping itself failed, e.g. the file revoked our rights on the version table.
    if (isConnectionError(error)) throw error;
    const e = error as { message: string; code?: string };
    return {
      status: 'failed', ms: performance.now() - started, file,
      error: { message: `${session.format.words.label}'s version bookkeeping fails after this file: ${e.message}`, code: e.code, ownTransaction: false },
    };
  }
}

/** SET x records x, RESET x forgets it, RESET ALL forgets everything; the latest SET of a setting wins. */
function applySessionSettings(state: Map<string, string>, file: MigrationFile): void {
  const text = bodyText(file);
  if (!/\b(SET|RESET)\b/i.test(text)) return;
  for (const s of sessionSettings(splitStatements(text))) {
    const [verb, name = ''] = s.words;
    if (verb === 'RESET') {
      if (name === 'ALL') state.clear();
      else state.delete(name);
      continue;
    }
    const statement = s.text.replace(/;\s*$/, '');
    state.set(name, `${file.versionText} ${file.direction} ran \`${statement.length > 80 ? `${statement.slice(0, 77)}...` : statement}\``);
  }
}

function ranOutOfTime(trace: MigrationTrace): boolean {
  return [trace.up, trace.down, trace.reup].some((s) => s.error?.timeout?.limit === 'run');
}

function isConnectionError(error: unknown): boolean {
  const e = error as { severity?: string; message?: string };
  if (!e || typeof e !== 'object') return false;
  // A FATAL from the server, or a socket-level failure (those carry no severity; bugs of ours neither, hence the wording test).
  return e.severity ? sessionEnded(e) : /connection|terminated|ECONNRE|EPIPE|ENOENT|socket|not queryable/i.test(e.message ?? '');
}
