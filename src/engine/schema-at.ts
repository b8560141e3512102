import { readCatalog, type CatalogRead } from '../catalog/read-catalog';
import type { Migration, MigrationSet } from '../formats/migration-set';
import type { PostgresServer } from '../servers/provider';
import { ScratchDatabases } from '../servers/scratch';
import { applyStep, upStep } from './apply-step';
import { Session } from './session';

export interface SchemaAtOptions {
  /** The version table's name. */
  table: string;
  lockTimeoutMs: number;
  /** setup-sql: run on the scratch database before the first migration. */
  setupSql?: string;
  /** Migrations after whose up a snapshot is wanted. */
  snapshotAfter: (migration: Migration, index: number) => boolean;
  /** Applies nothing after this version (the target's). */
  upTo?: bigint;
  /** Stops at the first snapshot this accepts (the unversioned target: the first version it matches). */
  stopWhen?: (read: CatalogRead, migration: Migration) => boolean;
}

export interface SchemaAt {
  snapshots: { migration: Migration; read: CatalogRead }[];
  /** An up that failed while building: later versions could not be built. */
  failed?: { migration: Migration; message: string };
}

/**
 * The schema the migrations make at given versions: a fresh scratch database on `server`, every up applied in order
 * as the tool sends it, and a catalog snapshot (the same query as the engine's, roles left out) after each version asked for.
 */
export async function schemaAt(set: MigrationSet, server: PostgresServer, options: SchemaAtOptions): Promise<SchemaAt> {
  const scratch = new ScratchDatabases(server);
  await scratch.connect();
  const result: SchemaAt = { snapshots: [] };
  let session: Session | undefined;
  try {
    session = await Session.open(scratch, {
      format: set.format,
      table: options.table,
      includeRoles: false,
      lockTimeoutMs: options.lockTimeoutMs,
      trackChanges: false,
      setupSql: options.setupSql,
    });
    for (const [index, m] of set.migrations.entries()) {
      if (options.upTo !== undefined && m.version > options.upTo) break;
      const { error } = await applyStep(session, m.up, upStep(m));
      if (error) {
        result.failed = { migration: m, message: `${error.message}${error.line ? ` (line ${error.line})` : ''}` };
        break;
      }
      if (!options.snapshotAfter(m, index)) continue;
      const read = await readCatalog(session.client, session.versionTable.qualifiedName);
      result.snapshots.push({ migration: m, read });
      if (options.stopWhen?.(read, m)) break;
    }
  } finally {
    await session?.close().catch(() => undefined);
    await scratch.close();
  }
  return result;
}
