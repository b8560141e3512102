import type { SnapshotObject } from '../catalog/snapshot';
import type { Migration, MigrationFile } from '../formats/migration-set';

/**
 * A scratch database nobody is connected to, holding a list of ups applied
 * and nothing else (no seeded rows), as a rebuild replays them. A later
 * rebuild copies it (CREATE DATABASE ... TEMPLATE, tens of milliseconds) and
 * replays only the ups after it, instead of every up from an empty database.
 */
export interface Checkpoint {
  database: string;
  ups: readonly Migration[];
  /** The up files that ran without error, in order: their SET statements are the session state the copy's session resumes. */
  ranOk: readonly MigrationFile[];
  /** Its catalog as the run's tracker last read it (CatalogTracker.saved): a copy's session starts from it. */
  catalog?: readonly SnapshotObject[];
}

/**
 * Fewest ups a rebuild replays before it keeps the result as a checkpoint: a copy costs about what ~30 replayed ups of
 * the generated corpus do, and fewer of real directories (their ups are heavier): past a checkpoint, a rebuild replays fewer than this.
 */
export const CHECKPOINT_AFTER = 20;

export class Checkpoints {
  private readonly list: Checkpoint[] = [];

  /** The checkpoint with the most of `ups` applied, when its ups are the first of `ups` (the same migrations, in order). */
  best(ups: readonly Migration[]): Checkpoint | undefined {
    let best: Checkpoint | undefined;
    for (const c of this.list) {
      if (c.ups.length > ups.length || (best && best.ups.length >= c.ups.length)) continue;
      if (c.ups.every((m, i) => ups[i] === m)) best = c;
    }
    return best;
  }

  add(checkpoint: Checkpoint): void {
    this.list.push(checkpoint);
  }
}
