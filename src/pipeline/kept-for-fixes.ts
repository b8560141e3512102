import type { TrialStart } from '../engine/trial-start';
import type { PostgresServer } from '../servers/provider';
import { ScratchDatabases } from '../servers/scratch';

/**
 * The state the check kept for the fix trials (engine/trial-start.ts), owned here from the end of the check's run until
 * the fixes are verified, then dropped: on the check's own server, which stays up until then. A parallel run may hand
 * over more than one (a segment checked again after a wrong start): the last one is the sequential run's.
 */
export class KeptForFixes {
  private readonly owner: ScratchDatabases;
  private connected = false;
  private kept?: TrialStart;

  constructor(server: PostgresServer) {
    this.owner = new ScratchDatabases(server);
  }

  get start(): TrialStart | undefined {
    return this.kept;
  }

  async hold(start: TrialStart): Promise<void> {
    if (!this.connected) {
      await this.owner.connect();
      this.connected = true;
    }
    this.owner.adopt(start.database);
    const before = this.kept;
    this.kept = start;
    // One that cannot be dropped now stays adopted: release() tries again.
    if (before) await this.owner.drop(before.database).catch(() => undefined);
  }

  /** Drops what is held (safe to call twice). */
  async release(): Promise<void> {
    this.kept = undefined;
    if (this.connected) await this.owner.close();
    this.connected = false;
  }
}
