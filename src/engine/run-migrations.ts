import { clusterWideReason, confinementHint } from '../sql/cluster-wide';
import { sessionSettings, splitStatements } from '../sql/text';
import { bodyText, type Migration, type MigrationFile, type MigrationSet } from '../formats/migration-set';
import { NIL_VERSION } from '../formats/golang-migrate/version-table';
import type { StepTarget } from '../formats/format';
import { InfrastructureError, type PostgresServer } from '../servers/provider';
import { errorMessage, sessionEnded } from '../servers/errors';
import { runSection, unsendableError } from './execute';
import { ScratchDatabases } from '../servers/scratch';
import { compose, differencesOf } from '../catalog/catalog-tracker';
import { loadParser } from '../sql/pg-parser';
import { Session } from './session';
import { CHECKPOINT_AFTER, Checkpoints, type Checkpoint } from './checkpoints';
import { formatDuration } from '../durations';
import { withinLimits, type TimeLimits } from './time-limit';
import { skipped, type EngineRun, type MigrationTrace, type StepResult } from './trace';
import { Observer } from './observe';
import { RowSeeder } from './seed/seeder';
import { stopping } from '../cleanup';

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
  /**
   * parallel/: check only migrations [start, end) of the set. Those before `start` are the segment's prefix: applied up
   * as the quick path applies them (seeded first, observed only for the run's memory of new relations), without traces.
   * `edge` runs on the session when the segment starts and when it ends (fingerprints of shards).
   */
  segment?: { start: number; end: number; edge?: (at: 'start' | 'end', session: Session) => Promise<void> };
  /** A rebuild that replays at least this many ups keeps its database as a checkpoint for later rebuilds (default CHECKPOINT_AFTER). */
  checkpointAfter?: number;
  /** Aborted when the run is being cancelled (default: SIGINT/SIGTERM, cleanup.ts): it ends as cancelled, and what fails from then on is not a file's doing. */
  stop?: AbortSignal;
}

/** Thrown inside the run when `stop` is aborted; the run ends as cancelled. */
class Cancelled extends Error {}

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
  if (!(await loadParser()))
    options.log('warning: the SQL parser could not be loaded; expressions are compared as text, so a re-parenthesised one counts as changed');
  // url: migrations run as a temporary role that owns only the scratch database (the boundary; clusterWideReason is the early word).
  const scratch = new ScratchDatabases(server, { confine: options.sharedServer, log: options.log });
  const postgresVersion = await scratch.connect();
  const run: EngineRun = { provider: server.provider, server: server.description, postgresVersion, traces: [], startupMs: 0, ms: 0 };
  const sessionOptions = {
    format: set.format,
    table: options.migrationsTable,
    includeRoles: !options.sharedServer,
    lockTimeoutMs: options.limits.lockMs,
    trackChanges: options.trackChanges ?? true,
  };
  const { runDeadline } = options.limits;
  const outOfTime = (during: string) => {
    const begun = run.traces.filter((t) => t.up.status !== 'skipped').length;
    return `run-timeout (${formatDuration(options.limits.runMs ?? 0)}) reached ${during}: ${begun} of ${set.migrations.length} migration(s) were started; the report covers those`;
  };
  const stop = options.stop ?? stopping;
  /** A step's connection was lost: what fails after that (reconnecting included) is the same event, and says so in the same words. */
  let lost: MigrationFile | 'unknown' | undefined;
  /** The file of the latest step sent (replays included). */
  let inFlight: MigrationFile | undefined;
  let session: Session | undefined;
  /** The session the steps below run on: open from the first line of the try on (the helpers run only after that). */
  const liveSession = (): Session => {
    if (!session) throw new Error('internal error: the scratch session was used before it was opened');
    return session;
  };
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
    const checkpoints = new Checkpoints();
    const checkpointAfter = options.checkpointAfter ?? CHECKPOINT_AFTER;
    const observer = new Observer(options);
    const seeder = options.seedData === false ? undefined : new RowSeeder(session.versionTable.qualifiedName);
    /** Every step goes through here, so that a connection lost after the file ran (in the bookkeeping) still knows which file ran last. */
    const sent = (current: Session, file: MigrationFile | undefined, target: StepTarget, o: EngineOptions, next?: StepTarget) => {
      inFlight = file;
      return step(current, file, target, o, next);
    };
    /** The up of the migration after `index`, when it is the next step this session takes: not past this segment's edges. */
    const upAfter = (index: number): StepTarget | undefined => {
      const next = index + 1;
      if (next === options.segment?.start || next >= (options.segment?.end ?? set.migrations.length)) return undefined;
      const n = set.migrations[next];
      return n.unreadable ? undefined : upOf(n);
    };
    const track = (result: StepResult): StepResult => {
      if (stop.aborted) throw new Cancelled();
      if (result.status === 'ok' && result.file) applySessionSettings(sessionState, result.file);
      if (result.status === 'failed' && sessionState.size) result.sessionState = [...sessionState.values()];
      return result;
    };

    const rebuild = async (ups: Migration[]) => {
      options.log(`rebuilding the scratch database with ${ups.length} migration(s) applied`);
      const current = run.traces.at(-1);
      if (current) current.rebuilt = true; // parallel/: the state after it is no longer what a prefix of ups gives
      await liveSession().close();
      let from = checkpoints.best(ups);
      if (ups.length - (from?.ups.length ?? 0) >= checkpointAfter) from = await checkpoint(ups, from);
      if (from) options.log(`copying the checkpoint with ${from.ups.length} migration(s) applied`);
      session = await Session.open(scratch, sessionOptions, from?.database);
      sessionState = await resumeSettings(session, from);
      const replays = ups.slice(from?.ups.length ?? 0);
      for (const [i, m] of replays.entries()) {
        const replay = track(await sent(session, m.up, up(m), options, upOf(replays.at(i + 1))));
        if (replay.status === 'failed') replayFailed(m, replay);
      }
      await session.catalog.update(true);
      catalogBehind = false;
    };
    const replayFailed = (m: Migration, replay: StepResult) => {
      options.log(`warning: ${m.versionText} up failed on replay: ${replay.error?.message ?? 'no error was reported'}`);
    };
    /** A copy of `from` (or an empty database) with `ups` replayed on a connection of its own, kept as a checkpoint. */
    const checkpoint = async (ups: Migration[], from: Checkpoint | undefined): Promise<Checkpoint> => {
      const builder = await Session.open(scratch, sessionOptions, from?.database);
      const ranOk = [...(from?.ranOk ?? [])];
      try {
        await resumeSettings(builder, from);
        const replays = ups.slice(from?.ups.length ?? 0);
        for (const [i, m] of replays.entries()) {
          const replay = await sent(builder, m.up, up(m), options, upOf(replays.at(i + 1)));
          if (stop.aborted) throw new Cancelled();
          if (replay.status === 'failed') replayFailed(m, replay);
          else if (replay.file) ranOk.push(replay.file);
        }
      } catch (error) {
        await builder.close();
        throw error;
      }
      const made: Checkpoint = { database: await builder.detach(), ups: [...ups], ranOk };
      checkpoints.add(made);
      return made;
    };
    /** After a failed step: back to the schema with `ups` applied, rebuilding only if the failure left changes. */
    const restore = async (ups: Migration[], failed: StepResult) => {
      const lostConnection = !!failed.error?.connectionLost;
      if (lostConnection) lost = failed.file ?? 'unknown';
      if (!lostConnection) {
        try {
          const current = liveSession();
          await current.versionTable.force(ups.map((u) => u.version)); // what `migrate force` would do
          // scope: changed compares nothing before an unchanged migration; what a partly committed file left is taken in at the next catch-up.
          if (catalogBehind) return;
          if (differencesOf(await current.catalog.update(), current.catalog.current).length === 0) return;
        } catch (error) {
          // The file left the session unable to do even that (e.g. SET ROLE to a role without rights): start over.
          if (isConnectionError(error)) throw error;
        }
      }
      await rebuild(ups);
      lost = undefined;
    };
    /**
     * migration-guard's own work on the session before an up runs the migrations' code too (the observation pass replays
     * the file, seeding fires its triggers): it gets the same time limits, and a session it ended is replaced before the
     * real up runs, so that a file that sleeps, ignores a cancel or terminates its backend is judged by its real run only.
     */
    const beforeUp = async <T>(what: string, work: (s: Session) => Promise<T | undefined>): Promise<T | undefined> => {
      const current = liveSession();
      const { result } = await withinLimits(
        options.limits,
        (how) => current.interrupt(how),
        () =>
          work(current).then(
            (value) => ({ value, error: undefined }),
            (error: unknown) => ({ value: undefined, error }),
          ),
      );
      if (stop.aborted) throw new Cancelled();
      // Work that ended without an error had a live session at its last query: only a failure needs the check.
      if (!result.error) return result.value;
      if (
        await current.client.query('SELECT 1').then(
          () => true,
          () => false,
        )
      ) {
        options.log(`warning: ${what} failed and was left out: ${errorMessage(result.error)}`);
        return result.value;
      }
      lost = 'unknown';
      options.log(`${what} lost the connection to the scratch database; reconnecting before the up runs`);
      await rebuild(applied);
      lost = undefined;
      return undefined; // seeded rows went with the old database; an observation stays what it saw
    };

    const { segment } = options;
    for (const [index, m] of set.migrations.entries()) {
      if (segment?.edge && index === segment.start) await segment.edge('start', session);
      if (segment && index >= segment.end) break;
      /** parallel/: applied up for the segment's start state; the segment before checks it and reports it. */
      const prefix = !!segment && index < segment.start;
      if (runDeadline !== undefined && performance.now() >= runDeadline) {
        run.aborted = outOfTime(`before ${m.versionText}`);
        break;
      }
      const trace: MigrationTrace = {
        migration: m,
        up: skipped('not run'),
        down: skipped('not run'),
        reup: skipped('not run'),
        afterFailedUp: firstFailedUp,
      };
      if (!prefix) run.traces.push(trace);
      if (m.unreadable) {
        // The tool would stop at the file it cannot read; running the rest of the version (a down without its up) would only invent failures.
        trace.up = trace.down = trace.reup = skipped(`${m.unreadable} could not be read`);
        if (!prefix) options.onMigration?.(trace, index, set.migrations.length);
        continue;
      }

      const quick = prefix || (options.fullCheck && !options.fullCheck(m));
      if (!quick && catalogBehind) {
        await session.catalog.update(); // catch up with the migrations applied without checks
        catalogBehind = false;
      }
      let observed: MigrationTrace['observed'];
      // A prefix's observation only feeds the run's memory of new relations (kept with a base); its result is the earlier segment's.
      if ((!prefix || options.changed) && observer.wouldObserve(m)) {
        // The replay sees the version table as the up will (usually written already, with the step before). A write that
        // fails here fails again in the up's own step, which reports it.
        if (m.up) await session.versionTable.writeAhead?.(up(m)).catch(() => undefined);
        trace.observed =
          (await beforeUp(`the observation pass of ${m.versionText} up`, async (s) => (observed = await observer.section(s, m)))) ?? observed;
      }
      if (prefix) trace.observed = undefined;
      // Seeded rows go in after the observation pass (which must see the tables as the run without data does).
      const rows =
        (!quick || prefix) && m.up && seeder
          ? await beforeUp(`seeding rows before ${m.versionText} up`, (s) =>
              // The catalog's rows tell which tables' details are unchanged, only while it is current (not behind quick steps).
              seeder.beforeUp(s.client, m, catalogBehind ? undefined : (oid) => s.catalog.fingerprint(`pg_class/${oid}`)),
            )
          : undefined;
      if (rows) trace.data = rows.observations;
      const downStep: StepTarget = { version: m.version, versionText: m.versionText, direction: 'down', previous };
      trace.up = track(await sent(session, m.up, up(m), options, quick || !m.down ? upAfter(index) : downStep));
      if (rows?.mayExplain(trace.up)) {
        // Same schema without the seeded rows: if the up passes there, the rows were the cause (up-fails-on-data).
        const withRows = trace.up;
        await rebuild(applied);
        trace.up = track(await sent(session, m.up, up(m), options));
        if (trace.up.status === 'ok') rows.upFailedWithRows(withRows);
        else rows.setAside();
      }
      if (quick && trace.up.status === 'ok') {
        trace.down = skipped('unchanged since the base');
        trace.reup = skipped('unchanged since the base');
        catalogBehind = true;
        applied.push(m);
        previous = m.version;
        if (!prefix) options.onMigration?.(trace, index, set.migrations.length);
        continue;
      }
      if (ranOutOfTime(trace)) {
        if (!prefix) options.onMigration?.(trace, index, set.migrations.length);
        run.aborted = outOfTime(`during migration ${m.versionText}`);
        break;
      }
      if (trace.up.status !== 'ok') {
        firstFailedUp ??= m.versionText;
        await restore(applied, trace.up);
        if (!prefix) options.onMigration?.(trace, index, set.migrations.length);
        continue;
      }
      const upChanges = await session.catalog.update();
      await rows?.afterUpRan(session.client);

      if (!m.down) {
        trace.down = skipped('no down file');
        trace.reup = skipped('no down file');
      } else {
        trace.down = track(await sent(session, m.down, downStep, options, m.up ? up(m) : upAfter(index)));
        if (trace.down.status !== 'ok') {
          trace.reup = skipped('down failed');
          await restore([...applied, m], trace.down);
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
            if (!prefix) options.onMigration?.(trace, index, set.migrations.length);
            continue;
          }
          trace.reup = track(await sent(session, m.up, up(m), options, upAfter(index)));
          if (rows?.mayExplain(trace.reup)) {
            // Up, down and up again without the seeded rows: if that passes, the rows the down left were the cause (reup-fails-on-data).
            const withRows = trace.reup;
            await rebuild([...applied, m]);
            const downAgain = track(
              await sent(session, m.down, { version: m.version, versionText: m.versionText, direction: 'down', previous }, options),
            );
            downChanges = await session.catalog.update();
            if (downAgain.status === 'ok') trace.reup = track(await sent(session, m.up, up(m), options));
            if (downAgain.status === 'ok' && trace.reup.status === 'ok') rows.reupFailedWithRows(withRows);
            else rows.setAside();
          }
          if (trace.reup.status === 'ok')
            trace.reupDiff = differencesOf(compose(downChanges, await session.catalog.update()), session.catalog.current);
          const consistent = trace.reup.status === 'ok' && trace.reupDiff?.length === 0;
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
    if (segment?.edge && !run.aborted) await segment.edge('end', session);
  } catch (error) {
    // Whatever went wrong, what was checked so far is reported (exit code 2 says the run is incomplete).
    const last = run.traces.at(-1);
    const during = last ? ` while checking ${last.migration.versionText}` : '';
    const checked = `${Math.max(0, run.traces.length - 1)} of ${set.migrations.length} migration(s) were fully checked; the report covers them`;
    const message = errorMessage(error);
    if (stop.aborted) {
      // The failure is the cancellation's (the cleanup stops the server under the running file): no step of it is reported.
      if (last) notBlamed(last, 'cancelled');
      run.aborted = `cancelled (${String(stop.reason)})${during}; ${checked}`;
    } else if (lost || isConnectionError(error)) {
      // However reconnecting failed (connection refused, socket gone, terminated again), the event is one: the server went away.
      // A killed postmaster often lets the file that killed it finish: the connection goes at the next query, so every file
      // this migration ran is a suspect, the one whose step lost the connection first.
      const ran = last ? [last.reup, last.down, last.up].filter((st) => st.status !== 'skipped').flatMap((st) => (st.file ? [st.file] : [])) : [];
      const suspects = [...(lost && lost !== 'unknown' ? [lost] : []), ...(inFlight ? [inFlight] : []), ...ran];
      const culprit = suspects.find((f) => mayStopServer(bodyText(f)));
      const why = culprit && mayStopServer(bodyText(culprit));
      // Only the file that may have stopped the server keeps its failure; steps that merely lost the connection after it get none.
      if (last) notBlamed(last, 'the server stopped while it ran', culprit);
      run.aborted =
        `the connection to PostgreSQL was lost${during} and could not be re-established ` +
        `(${why ? `a file may have stopped the server: ${culprit.versionText} ${culprit.direction} ${why}` : 'nothing in the file that ran stops a server, so no file is blamed'}): ${message}; ${checked}`;
    } else {
      run.aborted = error instanceof InfrastructureError ? `${message}${during}; ${checked}` : `the run stopped${during}: ${message}; ${checked}`;
    }
  } finally {
    await session?.close().catch(() => undefined);
    await scratch.close();
    run.ms = performance.now() - started;
  }
  return run;
}

const up = (m: Migration): StepTarget => ({ version: m.version, versionText: m.versionText, direction: 'up', previous: NIL_VERSION });
/** The up step of a replayed migration, if it has one: what a replay announces as its next step. */
const upOf = (m: Migration | undefined): StepTarget | undefined => (m?.up ? up(m) : undefined);

/**
 * One step as the tool takes it: golang-migrate records the target version
 * dirty, runs the file, then records it clean; goose and dbmate run the
 * section and record the version inside its transaction. A missing section
 * only moves the version.
 */
async function step(
  session: Session,
  file: MigrationFile | undefined,
  target: StepTarget,
  options: EngineOptions,
  next?: StepTarget,
): Promise<StepResult> {
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
      await table.record(target, next);
      return { status: 'ok', ms: performance.now() - started };
    }
    const { result: outcome, expired } = await withinLimits(
      options.limits,
      (how) => session.interrupt(how),
      () => runSection(session.client, file, () => table.record(target, next)),
    );
    if (!outcome.ok) {
      if (expired) outcome.error.timeout = expired;
      else if (outcome.error.code === '55P03' && /lock timeout/.test(outcome.error.message))
        outcome.error.timeout = { limit: 'lock', ms: options.limits.lockMs };
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
      status: 'failed',
      ms: performance.now() - started,
      file,
      error: {
        message: `${session.format.words.label}'s version bookkeeping fails after this file: ${e.message}`,
        code: e.code,
        ownTransaction: false,
      },
    };
  }
}

/**
 * A session on a checkpoint's copy resumes the session state its replay had: the SET and RESET statements of the
 * ups that ran without error, sent again in order (the copy has their schema, not their connection).
 */
async function resumeSettings(session: Session, from: Checkpoint | undefined): Promise<Map<string, string>> {
  const state = new Map<string, string>();
  for (const file of from?.ranOk ?? []) {
    const text = bodyText(file);
    if (!/\b(SET|RESET)\b/i.test(text)) continue;
    for (const s of sessionSettings(splitStatements(text))) await session.client.query(s.text).catch(() => undefined);
    applySessionSettings(state, file);
  }
  return state;
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

/** A step that failed because the connection went (cancelled run, server stopped from outside) is no finding of its file. */
function notBlamed(trace: MigrationTrace, reason: string, culprit?: MigrationFile): void {
  for (const key of ['up', 'down', 'reup'] as const) {
    if (trace[key].status === 'failed' && trace[key].error?.connectionLost && trace[key].file !== culprit) trace[key] = skipped(reason);
  }
}

/** What in a file can stop the server or end sessions: it then may have caused a lost connection (text only, an early word). */
function mayStopServer(text: string): string | undefined {
  const stops = /\bpg_ctl\b|\b(kill|pkill|killall)\b|\bpg_terminate_backend\b|\bpg_promote\b|\bPROGRAM\b/i.exec(text);
  return stops ? `uses \`${stops[0]}\`` : clusterWideReason(text);
}

function ranOutOfTime(trace: MigrationTrace): boolean {
  return [trace.up, trace.down, trace.reup].some((s) => s.error?.timeout?.limit === 'run');
}

function isConnectionError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { severity?: string; message?: string };
  // A FATAL from the server, or a socket-level failure (those carry no severity; bugs of ours neither, hence the wording test).
  return e.severity ? sessionEnded(e) : /connection|terminated|ECONNRE|EPIPE|ENOENT|socket|not queryable/i.test(e.message ?? '');
}
