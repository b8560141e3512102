import type { Client } from 'pg';
import { diffSnapshots, type Difference } from './snapshot-diff';
import { keyOf, takeSnapshot, toSnapshotObject, type Snapshot, type SnapshotObject, type SnapshotOptions, type SnapshotRow } from './snapshot';
import { sqlFile } from '../sql/files';
import { ALWAYS_REREAD, scopedParts, type ScopedPart } from './snapshot-query';

/** One object's value before and after some steps; undefined where it does not exist. */
export interface Change {
  before?: SnapshotObject;
  after?: SnapshotObject;
}

/** Keyed like Snapshot.objects (`kind name`). */
export type Changes = Map<string, Change>;

/** Marker rows of _migration_guard.changes() (tracking-sql/changes.sql). */
const EVERYTHING = '_migration_guard: read everything';
const SCOPE = '_migration_guard: scope';

/**
 * Records every object DDL touches (ddl_command_end and sql_drop event
 * triggers) into an unlogged table, and installs `_migration_guard.changes()`,
 * which reads what the steps touched and those objects' snapshot rows in one
 * round trip: the files in tracking-sql/, in order, sent as one query.
 */
const TRACKING = ['schema', 'on-ddl', 'on-drop', 'event-triggers', 'changes'];

/** Whether this database has the tracking: the event trigger tracking-sql/event-triggers.sql creates. */
const INSTALLED = "EXISTS (SELECT 1 FROM pg_event_trigger WHERE evtname = '_migration_guard_ddl')";

/** The line of changes.sql where the scoped read's parts go. */
const PARTS_GO_HERE = '\n  -- scoped parts\n';

let install: string | undefined;

/** The tracking as one query: the files of tracking-sql/, changes() with the scoped read composed in. */
export function trackingSql(): string {
  install ??= TRACKING.map((name) => {
    const sql = sqlFile(`catalog/tracking-sql/${name}.sql`);
    if (name !== 'changes') return sql;
    // changes() writes the marker rows that update() reads.
    for (const marker of [EVERYTHING, SCOPE])
      if (!sql.includes(`'${marker}'`)) throw new Error(`internal error: changes.sql must return '${marker}'`);
    const pieces = sql.split(PARTS_GO_HERE);
    if (pieces.length !== 2) throw new Error('internal error: changes.sql must have one "-- scoped parts" line');
    const [head, tail] = pieces;
    return `${head}\n  ${scopedParts('touched_refs').map(readPart).join('\n  ')}\n${tail}`;
  }).join('\n');
  return install;
}

/** One part of the scoped read in changes(), run only when the steps touched what it reads (see scopedParts). */
function readPart({ scope, sql }: ScopedPart): string {
  const query = `RETURN QUERY ${sql};`;
  if (scope === 'always') return query;
  const when = scope === 'any' ? 'cardinality(cats) > 0' : `cats && ARRAY[${scope.catalogs.map((c) => `'${c}'`).join(', ')}]::text[]`;
  return `IF ${when} THEN
    ${query}
  END IF;`;
}

/**
 * Installs the tracking from a superuser's connection into a fresh database
 * that `role` (which may not create event triggers) will migrate: the
 * triggers' functions run as their owner, and `role` gets only what
 * `changes()` needs. Returns false, installing nothing, when `admin` is no superuser.
 */
export async function installTracking(admin: Client, role: string): Promise<boolean> {
  const { rows } = await admin.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
  if (!rows[0]?.rolsuper) return false;
  const grantee = admin.escapeIdentifier(role);
  await admin.query(
    `${trackingSql()}\nGRANT USAGE ON SCHEMA _migration_guard TO ${grantee};\nGRANT SELECT, DELETE ON _migration_guard.touched TO ${grantee};`,
  );
  return true;
}

/** `pg_class/123/4` -> `pg_class/123`: the object a row belongs to. */
const objectOf = (ref: string | null) => (ref ? ref.split('/', 2).join('/') : undefined);

/**
 * The catalog of one scratch database, kept current without re-reading it
 * whole: after each step only the objects that step touched are read again,
 * so the cost of a step does not grow with the size of the schema. Without
 * the rights to install event triggers (url mode with an ordinary role) every
 * update is a full snapshot, with the same results.
 */
export class CatalogTracker {
  private state: Snapshot = { objects: new Map(), byRef: new Map() };
  /** Object ref -> keys of the rows that belong to it (its own rows and its children's). */
  private readonly byObject = new Map<string, Set<string>>();
  /** Keys of the kinds read again after every step (roles, event triggers): few, and never worth a scan of all objects. */
  private readonly alwaysReread = new Set<string>();

  private constructor(
    private readonly client: Client,
    private readonly options: SnapshotOptions,
    private incremental: boolean,
  ) {}

  /** Installs the tracking when the role may (superuser) or uses it when installed already (installTracking), then reads the whole catalog once. */
  static async start(client: Client, options: SnapshotOptions, allowIncremental = true): Promise<CatalogTracker> {
    let incremental = false;
    if (allowIncremental) {
      const { rows } = await client.query<{ rolsuper: boolean; installed: boolean }>(
        `SELECT rolsuper, ${INSTALLED} AS installed FROM pg_roles WHERE rolname = current_user`,
      );
      if (rows[0]?.installed) incremental = true;
      else if (rows[0]?.rolsuper) {
        await client.query(trackingSql());
        incremental = true;
      }
    }
    const tracker = new CatalogTracker(client, options, incremental);
    await tracker.update(true);
    return tracker;
  }

  /**
   * A tracker on a copy (CREATE DATABASE ... TEMPLATE) of a database whose tracker saved its catalog (saved()): the copy
   * holds the same objects under the same oids, so it starts from those rows instead of reading the whole catalog (the
   * cost of a full read grows with the schema). One update takes in what no event trigger reports (roles, event
   * triggers), as a full read would. Without the tracking in the copy: start().
   */
  static async resume(client: Client, options: SnapshotOptions, saved: readonly SnapshotObject[]): Promise<CatalogTracker> {
    const { rows } = await client.query<{ installed: boolean }>(`SELECT ${INSTALLED} AS installed`);
    if (!rows[0]?.installed) return CatalogTracker.start(client, options);
    const tracker = new CatalogTracker(client, options, true);
    for (const o of saved) tracker.add(keyOf(o), o);
    await tracker.update();
    return tracker;
  }

  /**
   * Reads what the steps since the last update touched, then gives the whole catalog as it now is, for a session on a
   * copy of this database (resume). Undefined when updates are full snapshots: a copy is then read whole too.
   */
  async saved(): Promise<readonly SnapshotObject[] | undefined> {
    if (!this.incremental) return undefined;
    await this.update();
    // The update may have found the tracking gone (a file disabled it) and read everything: from then on, so do copies.
    return this.isIncremental ? [...this.state.objects.values()] : undefined;
  }

  /** What the steps since the last update changed in the catalog. */
  async update(full = !this.incremental): Promise<Changes> {
    if (!full) {
      let rows: SnapshotRow[];
      try {
        ({ rows } = await this.client.query<SnapshotRow>({
          name: 'migration-guard-changes',
          text: 'SELECT * FROM _migration_guard.changes($1, $2)',
          values: [this.options.bookkeepingTable, this.options.includeRoles],
        }));
      } catch (error) {
        // A file took the tracking away (DROP OWNED, SET ROLE to a role that cannot use it): read everything from now on.
        if ((error as { severity?: string }).severity !== 'ERROR') throw error;
        this.incremental = false;
        return this.update(true);
      }
      // changes() always returns a first row: read everything, or the touched objects' refs as a JSON array in props.
      const head = rows.at(0);
      if (!head || head.kind === EVERYTHING) return this.update(true);
      const refs = head.props as unknown as string[];
      const fresh = rows.slice(1).map(toSnapshotObject);
      const stale = new Set<string>();
      for (const ref of refs) for (const key of this.byObject.get(ref) ?? []) stale.add(key);
      for (const key of this.alwaysReread) stale.add(key);
      return this.replace(stale, fresh);
    }
    if (this.incremental)
      await this.client.query('DELETE FROM _migration_guard.touched').catch(() => {
        this.incremental = false;
      });
    const snapshot = await takeSnapshot(this.client, this.options);
    return this.replace(new Set(this.state.objects.keys()), [...snapshot.objects.values()]);
  }

  /** Whether updates read only what was touched (false: every update is a full snapshot). */
  get isIncremental(): boolean {
    return this.incremental;
  }

  /** The catalog as it is now (read-only: it changes with the next update). */
  get current(): Snapshot {
    return this.state;
  }

  /**
   * The rows that belong to an object (`pg_class/<oid>`: the table, its columns, constraints, indexes) as one
   * string, as of the last update: the same string means the object did not change. Undefined when no row belongs to it.
   */
  fingerprint(ref: string): string | undefined {
    const keys = this.byObject.get(ref);
    if (!keys?.size) return undefined;
    return [...keys]
      .sort()
      .map((key) => `${key}\t${JSON.stringify(this.state.objects.get(key)?.props)}`)
      .join('\n');
  }

  /** Drops `stale` rows, adds `fresh` ones, and returns the rows whose value changed. */
  private replace(stale: Set<string>, fresh: SnapshotObject[]): Changes {
    const changes: Changes = new Map();
    for (const key of stale) {
      const before = this.state.objects.get(key);
      if (!before) continue;
      changes.set(key, { before });
      this.remove(key, before);
    }
    for (const after of fresh) {
      const key = keyOf(after);
      const change = changes.get(key) ?? {};
      const previous = this.state.objects.get(key);
      if (previous) this.remove(key, previous); // fetched again although not stale: keep the newest
      change.before ??= previous;
      change.after = after;
      changes.set(key, change);
      this.add(key, after);
    }
    for (const [key, { before, after }] of changes) {
      if (before && after && JSON.stringify(before.props) === JSON.stringify(after.props)) changes.delete(key);
    }
    return changes;
  }

  private add(key: string, o: SnapshotObject): void {
    if (ALWAYS_REREAD.includes(o.kind)) this.alwaysReread.add(key);
    this.state.objects.set(key, o);
    this.state.byRef.set(o.ref, o);
    for (const ref of [objectOf(o.ref), objectOf(o.parentRef)]) {
      if (!ref) continue;
      const keys = this.byObject.get(ref) ?? new Set<string>();
      keys.add(key);
      this.byObject.set(ref, keys);
    }
  }

  private remove(key: string, o: SnapshotObject): void {
    this.alwaysReread.delete(key);
    this.state.objects.delete(key);
    if (this.state.byRef.get(o.ref) === o) this.state.byRef.delete(o.ref);
    for (const ref of [objectOf(o.ref), objectOf(o.parentRef)]) if (ref) this.byObject.get(ref)?.delete(key);
  }
}

/** The net change of `first` followed by `second`: earliest before, latest after. */
export function compose(first: Changes, second: Changes): Changes {
  const net: Changes = new Map(first);
  for (const [key, change] of second) {
    const earlier = first.get(key);
    net.set(key, { before: earlier ? earlier.before : change.before, after: change.after });
  }
  return net;
}

/**
 * The differences a net change amounts to, worded as the full-snapshot diff
 * words them: both sides are small snapshots of the changed objects plus their
 * parents (so a dropped table's columns still fold into one line).
 */
export function differencesOf(changes: Changes, now: Snapshot): Difference[] {
  const before: Snapshot = { objects: new Map(), byRef: new Map() };
  const after: Snapshot = { objects: new Map(), byRef: new Map() };
  const put = (s: Snapshot, o: SnapshotObject) => {
    s.objects.set(keyOf(o), o);
    s.byRef.set(o.ref, o);
  };
  const beforeByRef = new Map<string, SnapshotObject>();
  for (const { before: b } of changes.values()) if (b) beforeByRef.set(b.ref, b);
  for (const { before: b, after: a } of changes.values()) {
    if (b) put(before, b);
    if (a) put(after, a);
  }
  // Parents that did not change are the same on both sides (changed ones are already there).
  for (const s of [before, after]) {
    for (const o of [...s.objects.values()]) {
      if (!o.parentRef || s.byRef.has(o.parentRef)) continue;
      const parent = (s === before ? beforeByRef.get(o.parentRef) : undefined) ?? now.byRef.get(o.parentRef);
      if (parent && !changes.has(keyOf(parent))) {
        put(before, parent);
        put(after, parent);
      }
    }
  }
  return diffSnapshots(before, after);
}
