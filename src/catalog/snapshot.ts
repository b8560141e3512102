import type { Client } from 'pg';
import { snapshotQuery } from './snapshot-query';

export type Props = Record<string, string | number | boolean | null>;

export interface SnapshotObject {
  kind: string;
  /** Qualified name as PostgreSQL quotes it, e.g. `public.users.email`. */
  name: string;
  props: Props;
  ref: string;
  parentRef: string | null;
}

/** Catalog state keyed by `kind name`; see snapshot-query.ts and snapshot-sql/ for what is covered. */
export interface Snapshot {
  objects: Map<string, SnapshotObject>;
  byRef: Map<string, SnapshotObject>;
}

export interface SnapshotOptions {
  /** golang-migrate's bookkeeping table, schema-qualified and quoted; never compared. */
  bookkeepingTable: string;
  includeRoles: boolean;
}

export async function takeSnapshot(client: Client, options: SnapshotOptions): Promise<Snapshot> {
  const { rows } = await client.query<SnapshotRow>({
    text: snapshotQuery(),
    values: [options.bookkeepingTable, options.includeRoles, null],
  });
  const objects = new Map<string, SnapshotObject>();
  const byRef = new Map<string, SnapshotObject>();
  for (const row of rows) {
    const object = toSnapshotObject(row);
    objects.set(keyOf(object), object);
    byRef.set(object.ref, object);
  }
  return { objects, byRef };
}

/** A row of the snapshot query (or of _migration_guard.changes()). */
export interface SnapshotRow {
  kind: string;
  name: string;
  props: Props;
  ref: string;
  parent_ref: string | null;
}

/** A row of the snapshot query (or of _migration_guard.changes()) as an object. */
export function toSnapshotObject(row: SnapshotRow): SnapshotObject {
  return { kind: row.kind, name: row.name, props: row.props, ref: row.ref, parentRef: row.parent_ref };
}

export function keyOf(o: Pick<SnapshotObject, 'kind' | 'name'>): string {
  return `${o.kind} ${o.name}`;
}
