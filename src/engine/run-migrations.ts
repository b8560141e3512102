import type { StepTarget } from '../formats/format';
import type { Migration, MigrationSet } from '../formats/migration-set';
import { downsLeftOut } from '../formats/up-only';
import type { PostgresServer } from '../servers/provider';
import { ScratchDatabases } from '../servers/scratch';
import { loadParser } from '../sql/pg-parser';
import { stopping } from '../cleanup';
import { upOf } from './apply-step';
import { abortReason, outOfTime } from './abort-run';
import { checkMigration, type Checked } from './check-migration';
import { Observer } from './observe';
import type { EngineOptions } from './options';
import { ScratchState } from './scratch-state';
import { RowSeeder, seedingHints } from './seed/seeder';
import { BaseRestore } from './restore-base';
import { coveredBy, type KeepState, type TrialStart } from './trial-start';
import { skipped, type EngineRun, type MigrationTrace } from './trace';

export type { EngineOptions } from './options';

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
  const total = set.migrations.length;
  const stop = options.stop ?? stopping;
  const state = new ScratchState(scratch, {
    ...options,
    session: {
      format: set.format,
      table: options.migrationsTable,
      includeRoles: !options.sharedServer,
      lockTimeoutMs: options.limits.lockMs,
      trackChanges: options.trackChanges ?? true,
      setupSql: options.setupSql,
    },
    stop,
    onRebuild: () => {
      const current = run.traces.at(-1);
      if (current) current.rebuilt = true; // parallel/: the state after it is no longer what a prefix of ups gives
    },
    beforeLeaving: async () => seeder?.close(),
  });
  const { segment, startFrom, keepState } = options;
  let seeder: RowSeeder | undefined;
  let kept: TrialStart | undefined;
  const base = new BaseRestore(server, scratch, options);
  if (startFrom) scratch.borrow(startFrom.database);
  try {
    const session = await state.open(startFrom ?? base.start());
    run.snapshots = session.catalog.isIncremental ? 'touched objects' : 'full';
    const observer = new Observer(options);
    seeder =
      options.seedData === false ? undefined : new RowSeeder(session.versionTable.qualifiedName, options.limits.statementMs, seedingHints(set));
    let firstFailedUp: string | undefined;
    const leftOut = downsLeftOut(set);
    for (const [index, m] of set.migrations.entries()) {
      if (startFrom && index < coveredBy(startFrom)) continue; // the state the run starts from stands for it
      if (segment?.edge && index === segment.start) await segment.edge('start', state.session);
      if (segment && index >= segment.end) break;
      if (options.limits.runDeadline !== undefined && performance.now() >= options.limits.runDeadline) {
        run.aborted = outOfTime(run, total, options.limits, `before ${m.versionText}`);
        break;
      }
      if (await base.before(index, m, run, state, total)) continue;
      const prefix = !!segment && index < segment.start;
      if (keepState?.index === index && !prefix) {
        await seeder?.close(); // a database is copied only while nobody is connected to it
        kept = await state.keepAsIs(set.migrations.slice(0, index));
        options.log(`kept the state before ${m.versionText} for the fix trials`);
      }
      const trace = notRun(m, firstFailedUp);
      if (!prefix) run.traces.push(trace);
      const checked: Checked = m.unreadable
        ? unreadable(trace, m.unreadable)
        : await checkMigration(m, trace, {
            state,
            observer,
            seeder,
            prefix,
            quick: prefix || (!!options.fullCheck && !options.fullCheck(m)),
            seed: !options.judged || options.judged.has(m.version),
            // A prefix is observed only to remember what the change creates: a migration it adds (with a base or without).
            observePrefix: !!(options.added ?? options.changed)?.has(m.version),
            nextUp: upAfter(set, options, index),
            downLeftOut: leftOut.has(m.version),
          });
      if (!m.unreadable && trace.up.status !== 'ok') firstFailedUp ??= m.versionText;
      if (!prefix) options.onMigration?.(trace, index, total);
      if (checked === 'out of time') {
        run.aborted = outOfTime(run, total, options.limits, `during migration ${m.versionText}`);
        break;
      }
    }
    if (segment?.edge && !run.aborted) await segment.edge('end', state.session);
  } catch (error) {
    run.aborted = abortReason(error, run, total, stop, state);
  } finally {
    await seeder?.close();
    await state.close();
    await base.finish(run);
    if (kept && keepState && !run.aborted) await handOver(kept, keepState, scratch, options.log);
    await scratch.close();
    run.ms = performance.now() - started;
  }
  return run;
}

/** The kept state to its new owner (out of this run's cleanup); one it could not take is dropped with the run's others. */
async function handOver(kept: TrialStart, keepState: KeepState, scratch: ScratchDatabases, log: (m: string) => void): Promise<void> {
  scratch.handOver(kept.database);
  await keepState.keep(kept).catch((error: unknown) => {
    scratch.adopt(kept.database);
    log(`warning: the state kept for the fix trials could not be kept: ${error instanceof Error ? error.message : String(error)}`);
  });
}

function notRun(migration: Migration, afterFailedUp: string | undefined): MigrationTrace {
  return { migration, up: skipped('not run'), down: skipped('not run'), reup: skipped('not run'), afterFailedUp };
}

/** The tool would stop at the file it cannot read; running the rest of the version (a down without its up) would only invent failures. */
function unreadable(trace: MigrationTrace, file: string): Checked {
  trace.up = trace.down = trace.reup = skipped(`${file} could not be read`);
  return 'checked';
}

/** The up of the migration after `index`, when it is the next step this session takes: not past this segment's edges. */
function upAfter(set: MigrationSet, options: EngineOptions, index: number): StepTarget | undefined {
  const next = index + 1;
  if (next === options.segment?.start || next >= (options.segment?.end ?? set.migrations.length)) return undefined;
  const n = set.migrations[next];
  return n.unreadable ? undefined : upOf(n);
}
