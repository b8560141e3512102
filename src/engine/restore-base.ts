import type { Migration } from '../formats/migration-set';
import { BASE_DATABASE } from '../servers/base-cache';
import type { PostgresServer } from '../servers/provider';
import type { ScratchDatabases } from '../servers/scratch';
import { cleanBase, restoredTrace } from './base-state';
import type { Checkpoint } from './checkpoints';
import type { EngineOptions } from './options';
import type { ScratchState } from './scratch-state';
import type { EngineRun } from './trace';

/**
 * scope: changed on a local cluster: the state at the base, restored from the data directory a previous run of the same
 * key kept (the cluster started on it), or kept for the next run once this one reaches its first changed migration.
 * Restoring never changes findings: the migrations it stands for were applied up only, without error, in the run that
 * kept it; their traces say so (up ok, down and up again skipped as unchanged since the base), as that run's did.
 */
export class BaseRestore {
  private restored?: Checkpoint;
  private kept?: Checkpoint;
  private readonly started = performance.now();

  constructor(
    private readonly server: PostgresServer,
    private readonly scratch: ScratchDatabases,
    private readonly options: EngineOptions,
  ) {}

  /** The checkpoint the first session starts from: the kept base state, when the cluster started on one. */
  start(): Checkpoint | undefined {
    const { base, segment } = this.options;
    if (!base || segment || !this.server.baseState?.restored) return undefined;
    this.scratch.adopt(BASE_DATABASE);
    this.options.log(`restored the state at the base (${base.ups.length} migration(s) applied) from a previous run's`);
    this.restored = { database: BASE_DATABASE, ups: base.ups, ranOk: base.ups.flatMap((m) => (m.up ? [m.up] : [])) };
    return this.restored;
  }

  /** Before migration `index`: true when the restored state holds it already (its trace is added here). */
  async before(index: number, m: Migration, run: EngineRun, state: ScratchState, total: number): Promise<boolean> {
    const { base, segment } = this.options;
    if (!base || segment) return false;
    if (this.restored && index < this.restored.ups.length) {
      const trace = restoredTrace(m);
      run.traces.push(trace);
      this.options.onMigration?.(trace, index, total);
      return true;
    }
    if (index !== base.ups.length) return false;
    run.baseMs = performance.now() - this.started;
    if (this.restored || !this.server.baseState || !cleanBase(run.traces)) return false;
    this.kept = await state.keepCheckpoint();
    return false;
  }

  /** After the last session closed: the kept state renamed for the cluster's data directory, which is kept when it stops. */
  async finish(run: EngineRun): Promise<void> {
    if (this.restored) run.baseState = 'restored';
    if (!this.kept || run.aborted) return;
    await this.scratch.keep(this.kept.database, BASE_DATABASE).then(
      () => {
        this.server.baseState?.keepOnStop();
        run.baseState = 'kept';
      },
      (error: unknown) => {
        this.options.log(`warning: the base state could not be kept: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }
}
