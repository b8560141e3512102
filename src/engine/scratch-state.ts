import { NO_VERSION, type StepTarget } from '../formats/format';
import type { Migration, MigrationFile } from '../formats/migration-set';
import type { ScratchDatabases } from '../servers/scratch';
import { errorMessage } from '../servers/errors';
import { differencesOf } from '../catalog/catalog-tracker';
import { applyStep, isConnectionError, upOf, upStep } from './apply-step';
import { stopIfCancelled, type LastSent } from './abort-run';
import { CHECKPOINT_AFTER, Checkpoints, type Checkpoint } from './checkpoints';
import type { EngineOptions } from './options';
import { Session, type SessionOptions } from './session';
import { applySessionSettings, resumeSettings, type SessionSettings } from './session-settings';
import { leftPrepared } from './prepared-step';
import { withinLimits } from './time-limit';
import type { StepResult } from './trace';
import { adoptSeededRows, emptySeededTables, noteStep, seededRowsOf } from './seed/seeded-rows';
import type { TrialStart } from './trial-start';
import { whyFailureLeftSomething } from './seed/rows-stay-put';

export interface ScratchStateOptions extends Pick<EngineOptions, 'log' | 'limits' | 'sharedServer' | 'checkpointAfter'> {
  session: SessionOptions;
  /** Aborted when the run is being cancelled. */
  stop: AbortSignal;
  /** The scratch database was rebuilt (parallel/: the state after the current migration is no longer what a prefix of ups gives). */
  onRebuild: () => void;
  /**
   * The run's session is about to leave its database for a rebuilt one: seeding's connection to it ends first. Dropping a
   * database with a session still on it ends that session and then waits a tenth of a second (DROP DATABASE ... WITH
   * (FORCE) checks again at that pace): on the run's path on a server given by URL, at the run's end (which waits for
   * its background drops) on the others.
   */
  beforeLeaving: () => Promise<void>;
}

/**
 * The scratch database a run works on, and what it holds: the session its steps run on (golang-migrate's one connection),
 * the ups applied, the session settings earlier files left. After a failed step it is brought back to "every earlier up
 * applied" (restore), rebuilt from an empty database or from a checkpoint when the failure may have left changes.
 */
export class ScratchState implements LastSent {
  /** The ups the scratch database holds, in order; the steps of the migration being checked come after them. */
  readonly applied: Migration[] = [];
  /** Migrations were applied without reading the catalog after them (scope: changed). */
  catalogBehind = false;
  lost?: MigrationFile | 'unknown';
  inFlight?: MigrationFile;
  private current?: Session;
  private settings: SessionSettings = new Map();
  private readonly checkpoints = new Checkpoints();

  constructor(
    private readonly scratch: ScratchDatabases,
    private readonly options: ScratchStateOptions,
  ) {}

  /** The session the steps run on: open from open() on. */
  get session(): Session {
    if (!this.current) throw new Error('internal error: the scratch session was used before it was opened');
    return this.current;
  }

  /** The newest version the scratch database holds (a down step's target). */
  get previous(): bigint {
    return this.applied.at(-1)?.version ?? NO_VERSION;
  }

  /**
   * The first session: on an empty database, or on a copy of `from` (a kept base state, or the state a fix trial starts
   * from) with its ups counted as applied. One holding seeded rows is never a rebuild's checkpoint.
   */
  async open(from?: TrialStart): Promise<Session> {
    if (from) {
      if (!from.seeded) this.checkpoints.add(from);
      this.applied.push(...from.ups);
    }
    this.current = await Session.open(this.scratch, this.options.session, from?.database, from?.catalog);
    adoptSeededRows(this.current.client, from?.seeded);
    if (from) this.settings = await resumeSettings(this.current, from);
    return this.current;
  }

  /**
   * The database as it is now (every up of `applied` run without error) becomes a checkpoint, kept for later rebuilds
   * and as the base state a pull request's next run starts from; the session goes on on a copy of it.
   */
  async keepCheckpoint(): Promise<Checkpoint> {
    const made = await this.keepAsIs();
    if (!made.seeded) this.checkpoints.add(made); // a rebuild never starts from seeded rows
    return made;
  }

  /**
   * The database as it is now, seeded rows included, kept (for the fix trials: trial-start.ts, `covers` the migrations
   * it stands for); the session goes on on a copy of it, with the ledger of those rows. Nothing else may be connected to it.
   */
  async keepAsIs(covers?: readonly Migration[]): Promise<TrialStart> {
    const seeded = seededRowsOf(this.session.client);
    const ranOk = this.applied.flatMap((m) => (m.up ? [m.up] : []));
    // Behind quick steps (scope: changed), catching up reads about as much as a whole read: the copy's session reads it whole.
    const catalog = this.catalogBehind ? undefined : await this.session.catalog.saved();
    const database = await this.session.detach();
    const kept: TrialStart = {
      database,
      ups: [...this.applied],
      ranOk,
      ...(covers && { covers }),
      ...(seeded && { seeded }),
      ...(catalog && { catalog }),
    };
    this.current = await Session.open(this.scratch, this.options.session, kept.database, kept.catalog);
    adoptSeededRows(this.current.client, seeded);
    this.settings = await resumeSettings(this.current, kept);
    this.catalogBehind = false; // the new session's catalog is current: the saved one, or read whole
    return kept;
  }

  async close(): Promise<void> {
    await this.current?.close().catch(() => undefined);
  }

  /** One step on the session; its success carries its session settings, its failure the settings earlier files left. */
  async step(file: MigrationFile | undefined, target: StepTarget, next?: StepTarget): Promise<StepResult> {
    const result = await this.send(this.session, file, target, next);
    stopIfCancelled(this.options.stop);
    if (result.status === 'ok' && result.file) {
      applySessionSettings(this.settings, result.file);
      await noteStep(this.session.client, result.file); // seeded rows it may have carried elsewhere: withoutSeededRows rebuilds
    }
    if (result.status === 'failed' && this.settings.size) result.sessionState = [...this.settings.values()];
    return result;
  }

  /** After a failed step: back to the schema with `ups` applied, rebuilding only if the failure left changes. */
  async restore(ups: Migration[], failed: StepResult): Promise<void> {
    const lostConnection = !!failed.error?.connectionLost;
    if (lostConnection) this.lost = failed.file ?? 'unknown';
    if (!lostConnection) {
      try {
        const current = this.session;
        await current.versionTable.force(ups.map((u) => u.version)); // what `migrate force` would do
        // scope: changed compares nothing before an unchanged migration; what a partly committed file left is taken in at the next catch-up.
        if (this.catalogBehind) return;
        if (differencesOf(await current.catalog.update(), current.catalog.current).length === 0) return;
      } catch (error) {
        // The file left the session unable to do even that (e.g. SET ROLE to a role without rights): start over.
        if (isConnectionError(error)) throw error;
      }
    }
    await this.rebuild(ups);
    this.lost = undefined;
  }

  /**
   * After a step failed on seeded rows: the database with `ups` applied and without those rows, to run the step again.
   * A step that ran in one transaction left nothing, so emptying the tables seeding filled is that database when every
   * step since the rows went in left them in place (seeded-rows.ts); otherwise a rebuild.
   */
  async withoutSeededRows(ups: Migration[], failed: StepResult): Promise<void> {
    const why = await this.emptySeeded(ups, failed);
    if (why === undefined) return;
    this.options.log(`the seeded rows cannot simply be taken out (${why})`);
    await this.rebuild(ups);
  }

  private async emptySeeded(ups: Migration[], failed: StepResult): Promise<string | undefined> {
    if (!failed.file || !failed.error || failed.error.connectionLost) return 'the step did not fail in its file';
    const left = whyFailureLeftSomething(failed.file, failed.error.ownTransaction);
    if (left) return left;
    const current = this.session;
    try {
      await current.versionTable.force(ups.map((u) => u.version)); // as restore does: the failed step's bookkeeping undone
      if (!this.catalogBehind && differencesOf(await current.catalog.update(), current.catalog.current).length) return 'the failed step left changes';
      const emptied = await emptySeededTables(current.client, current.versionTable.qualifiedName);
      if (typeof emptied === 'string') return emptied;
      this.options.log(`emptied ${emptied} seeded table(s) instead of rebuilding the scratch database with ${ups.length} migration(s) applied`);
      this.options.onRebuild(); // parallel/: as after a rebuild, the state is not what a prefix of ups gives
      return undefined;
    } catch (error) {
      if (isConnectionError(error)) throw error;
      return errorMessage(error);
    }
  }

  /** A new session on a database with `ups` applied: a copy of the best checkpoint, the ups after it replayed. */
  async rebuild(ups: Migration[]): Promise<void> {
    const { log, checkpointAfter = CHECKPOINT_AFTER } = this.options;
    log(`rebuilding the scratch database with ${ups.length} migration(s) applied`);
    this.options.onRebuild();
    await this.options.beforeLeaving();
    await this.session.close();
    let from = this.checkpoints.best(ups);
    if (ups.length - (from?.ups.length ?? 0) >= checkpointAfter) from = await this.checkpoint(ups, from);
    if (from) log(`copying the checkpoint with ${from.ups.length} migration(s) applied`);
    this.current = await Session.open(this.scratch, this.options.session, from?.database, from?.catalog);
    this.settings = await resumeSettings(this.current, from);
    const replays = ups.slice(from?.ups.length ?? 0);
    for (const [i, m] of replays.entries()) {
      const replay = await this.step(m.up, upStep(m), upOf(replays.at(i + 1)));
      if (replay.status === 'failed') this.replayFailed(m, replay);
    }
    // The new session's catalog was current when it opened (read whole, or the checkpoint's); what the replays changed is read as after any step.
    await this.current.catalog.update();
    this.catalogBehind = false;
  }

  /**
   * migration-guard's own work on the session before an up runs the migrations' code too (the observation pass replays
   * the file, seeding fires its triggers): it gets the same time limits, and a session it ended is replaced before the
   * real up runs, so that a file that sleeps, ignores a cancel or terminates its backend is judged by its real run only.
   */
  async beforeUp<T>(what: string, work: (s: Session) => Promise<T | undefined>): Promise<T | undefined> {
    stopIfCancelled(this.options.stop);
    const current = this.session;
    const { result } = await withinLimits(
      this.options.limits,
      (how) => current.interrupt(how),
      () =>
        work(current).then(
          (value) => ({ value, error: undefined }),
          (error: unknown) => ({ value: undefined, error }),
        ),
    );
    stopIfCancelled(this.options.stop);
    // Work that ended without an error had a live session at its last query: only a failure needs the check.
    if (!result.error) return result.value;
    if (
      await current.client.query('SELECT 1').then(
        () => true,
        () => false,
      )
    ) {
      this.options.log(`warning: ${what} failed and was left out: ${errorMessage(result.error)}`);
      return result.value;
    }
    this.lost = 'unknown';
    this.options.log(`${what} lost the connection to the scratch database; reconnecting before the up runs`);
    await this.rebuild(this.applied);
    this.lost = undefined;
    return undefined; // seeded rows went with the old database; an observation stays what it saw
  }

  /** A copy of `from` (or an empty database) with `ups` replayed on a connection of its own, kept as a checkpoint. */
  private async checkpoint(ups: Migration[], from: Checkpoint | undefined): Promise<Checkpoint> {
    const builder = await Session.open(this.scratch, this.options.session, from?.database, from?.catalog);
    const ranOk = [...(from?.ranOk ?? [])];
    let catalog: Checkpoint['catalog'];
    try {
      await resumeSettings(builder, from);
      const replays = ups.slice(from?.ups.length ?? 0);
      for (const [i, m] of replays.entries()) {
        const replay = await this.send(builder, m.up, upStep(m), upOf(replays.at(i + 1)));
        stopIfCancelled(this.options.stop);
        if (replay.status === 'failed') this.replayFailed(m, replay);
        else if (replay.file) ranOk.push(replay.file);
      }
      // What the replays touched, read once here, instead of the whole catalog at every rebuild that copies it.
      catalog = await builder.catalog.saved();
    } catch (error) {
      await builder.close();
      throw error;
    }
    const made: Checkpoint = { database: await builder.detach(), ups: [...ups], ranOk, ...(catalog && { catalog }) };
    this.checkpoints.add(made);
    return made;
  }

  /** Every step goes through here, so that a connection lost after the file ran (in the bookkeeping) still knows which file ran last. */
  private async send(on: Session, file: MigrationFile | undefined, target: StepTarget, next?: StepTarget): Promise<StepResult> {
    this.inFlight = file;
    const { sharedServer, limits } = this.options;
    const result = await applyStep(on, file, target, { next, sharedServer, limits });
    // Right after the step: a prepared transaction it left would hold its locks through every later step and the cleanup.
    const left = await on.rollbackPrepared().catch((error: unknown) => {
      this.options.log(`warning: could not look for prepared transactions after ${file?.name ?? 'a step'}: ${errorMessage(error)}`);
      return [];
    });
    const after = left.length ? leftPrepared(result, left, on.format.words.label) : result;
    // database-url: a GRANT or REVOKE on another database built in EXECUTE gets past the text check (cluster-wide-change).
    const outside = sharedServer && file ? await this.scratch.sharedAclChanges().catch(() => []) : [];
    return outside.length ? { ...after, changedOutside: outside } : after;
  }

  private replayFailed(m: Migration, replay: StepResult): void {
    this.options.log(`warning: ${m.versionText} up failed on replay: ${replay.error?.message ?? 'no error was reported'}`);
  }
}
