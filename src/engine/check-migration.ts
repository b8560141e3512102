import type { StepTarget } from '../formats/format';
import type { Migration } from '../formats/migration-set';
import { compose, differencesOf, type Changes } from '../catalog/catalog-tracker';
import { downStep, upStep } from './apply-step';
import { ranOutOfTime } from './abort-run';
import type { Observer } from './observe';
import type { ScratchState } from './scratch-state';
import type { MigrationRows, RowSeeder } from './seed/seeder';
import { beforeSeeding } from './seed/seeded-rows';
import { definitionsBefore, skipped, type MigrationTrace } from './trace';

/** What checking one migration needs besides the migration and its trace. */
export interface MigrationCheck {
  state: ScratchState;
  observer: Observer;
  /** Seeds the tables the migration touches before its up (seed-data; absent: off). */
  seeder?: RowSeeder;
  /** parallel/: applied up for the segment's start state; the segment before checks it and reports it. */
  prefix: boolean;
  /** Only applied up, to build the schema later ones need (a prefix, or a migration scope: changed leaves out). */
  quick: boolean;
  /** Rows are seeded before its up (EngineOptions.judged: a migration the data rules report on). */
  seed: boolean;
  /** A prefix migration the change adds is observed too: its observation feeds the run's memory of new relations. */
  observePrefix: boolean;
  /** The up of the migration after this one, when it is the next step this session takes. */
  nextUp: StepTarget | undefined;
  /** Its down does nothing by design (formats/up-only.ts downsLeftOut): checked up only, and the state moves on without a rebuild. */
  downLeftOut: boolean;
}

/** How checking a migration ended: the run goes on, or its run-timeout expired during one of the steps. */
export type Checked = 'checked' | 'out of time';

/**
 * Up, down, up again, with the catalog read before the up and after each step (a quick migration: up only). After a
 * failed step the scratch database is restored to "every earlier up applied", so one broken migration never hides the
 * ones after it. The migration counts as applied unless its up failed.
 */
export async function checkMigration(m: Migration, trace: MigrationTrace, check: MigrationCheck): Promise<Checked> {
  const { state, quick } = check;
  if (!quick && state.catalogBehind) {
    await state.session.catalog.update(); // catch up with the migrations applied without checks
    state.catalogBehind = false;
  }
  const rows = await beforeUp(m, trace, check);
  const upOnly = !m.down || check.downLeftOut;
  trace.up = await state.step(m.up, upStep(m), quick || upOnly ? check.nextUp : downStep(m, state.previous));
  if (rows?.mayExplain(trace.up)) {
    // Same schema without the seeded rows: if the up passes there, the rows were the cause (up-fails-on-data).
    const withRows = trace.up;
    await state.withoutSeededRows(state.applied, withRows);
    trace.up = await state.step(m.up, upStep(m));
    if (trace.up.status === 'ok') rows.upFailedWithRows(withRows);
    else rows.setAside();
  }
  if (quick && trace.up.status === 'ok') {
    trace.down = skipped('unchanged since the base');
    trace.reup = skipped('unchanged since the base');
    state.catalogBehind = true;
    state.applied.push(m);
    return 'checked';
  }
  if (ranOutOfTime(trace)) return 'out of time';
  if (trace.up.status !== 'ok') {
    await state.restore(state.applied, trace.up);
    return 'checked';
  }
  const upChanges = await state.session.catalog.update();
  await rows?.afterUpRan(state.session.client);
  if (upOnly) {
    // The file stays on the step (a goose file without `-- +goose Down`): reporters say which kind of no-down it is.
    const why = !m.down ? 'no down file' : m.down.absent ? 'no down section' : 'no statements in the down';
    trace.down = { ...skipped(why), ...(m.down && { file: m.down }) };
    trace.reup = skipped(why);
  } else {
    await downAndUpAgain(m, trace, upChanges, rows, check);
  }
  state.applied.push(m);
  return ranOutOfTime(trace) ? 'out of time' : 'checked';
}

/** The observation pass, then the seeded rows (the pass must see the tables as the run without data does). */
async function beforeUp(m: Migration, trace: MigrationTrace, check: MigrationCheck): Promise<MigrationRows | undefined> {
  const { state, observer, seeder, prefix } = check;
  const seeds = check.seed && (!check.quick || prefix) && m.up ? seeder : undefined;
  // The sequences before this migration's observation pass and rows: what emptying the seeded tables sets them back to.
  if (seeds) await beforeSeeding(state.session.client, state.session.versionTable.qualifiedName);
  let observed: MigrationTrace['observed'];
  // A prefix's observation only feeds the run's memory of new relations (the change's); its result is the earlier segment's.
  if ((!prefix || check.observePrefix) && observer.wouldObserve(m)) {
    // The replay sees the version table as the up will (usually written already, with the step before). A write that
    // fails here fails again in the up's own step, which reports it.
    if (m.up) await state.session.versionTable.writeAhead?.(upStep(m)).catch(() => undefined);
    trace.observed =
      (await state.beforeUp(`the observation pass of ${m.versionText} up`, async (s) => (observed = await observer.section(s, m)))) ?? observed;
  }
  if (prefix) trace.observed = undefined;
  const rows = seeds
    ? await state.beforeUp(`seeding rows before ${m.versionText} up`, (s) =>
        // The catalog's rows tell which tables' details are unchanged, only while it is current (not behind quick steps).
        seeds.beforeUp(s.client, m, state.catalogBehind ? undefined : (oid) => s.catalog.fingerprint(`pg_class/${oid}`)),
      )
    : undefined;
  if (rows) trace.data = rows.observations;
  return rows;
}

/** After an up that passed: the down, the schema it left against the one before the up, the second up against the first. */
async function downAndUpAgain(m: Migration, trace: MigrationTrace, upChanges: Changes, rows: MigrationRows | undefined, check: MigrationCheck) {
  const { state } = check;
  trace.down = await state.step(m.down, downStep(m, state.previous), m.up ? upStep(m) : check.nextUp);
  if (rows?.mayExplain(trace.down)) {
    // Up then down without the seeded rows: if the down passes there, the rows were the cause (down-fails-on-data).
    const withRows = trace.down;
    await state.withoutSeededRows([...state.applied, m], withRows);
    trace.down = await state.step(m.down, downStep(m, state.previous), m.up ? upStep(m) : check.nextUp);
    if (trace.down.status === 'ok') rows.downFailedWithRows(withRows);
    else rows.setAside();
  }
  if (trace.down.status !== 'ok') {
    trace.reup = skipped('down failed');
    await state.restore([...state.applied, m], trace.down);
    return;
  }
  let downChanges = await state.session.catalog.update();
  await rows?.afterDownRan(state.session.client);
  const net = compose(upChanges, downChanges);
  trace.downDiff = differencesOf(net, state.session.catalog.current);
  const before = definitionsBefore(trace.downDiff, net);
  if (before) trace.beforeUp = before;
  if (!m.up) {
    // golang-migrate has nothing to run again; back to "this version applied", which is the schema before the up.
    trace.reup = skipped('no up file');
    if (trace.downDiff.length) await state.rebuild([...state.applied, m]);
    return;
  }
  trace.reup = await state.step(m.up, upStep(m), check.nextUp);
  if (rows?.mayExplain(trace.reup)) {
    // Up, down and up again without the seeded rows: if that passes, the rows the down left were the cause (reup-fails-on-data).
    const withRows = trace.reup;
    await state.rebuild([...state.applied, m]);
    const downAgain = await state.step(m.down, downStep(m, state.previous));
    downChanges = await state.session.catalog.update();
    if (downAgain.status === 'ok') trace.reup = await state.step(m.up, upStep(m));
    if (downAgain.status === 'ok' && trace.reup.status === 'ok') rows.reupFailedWithRows(withRows);
    else rows.setAside();
  }
  if (trace.reup.status === 'ok')
    trace.reupDiff = differencesOf(compose(downChanges, await state.session.catalog.update()), state.session.catalog.current);
  const consistent = trace.reup.status === 'ok' && trace.reupDiff?.length === 0;
  if (!consistent) await state.rebuild([...state.applied, m]);
}
