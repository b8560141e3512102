import type { Client } from 'pg';
import { bodyText, type Migration, type MigrationSet } from '../../formats/migration-set';
import { loadParser } from '../../sql/pg-parser';
import { sameInEveryRun } from '../../servers/scratch-names';
import type { StepResult } from '../trace';
import { acceptedValues, candidatesFor, readTypes, type Candidates } from './candidates';
import { explainFailure, mayDependOnRows, type AddedColumns } from './failure';
import { hintedCandidates, hintFor, distinctValues, usageHints, type UsageHints } from './column-hints';
import { insertRows, parentRows, type ColumnValues, type ParentKeys, type SeedResult } from './insert-rows';
import { isConnectionLost, SeedConnection } from './seed-connection';
import type { DataObservations, Row } from './observations';
import { blameUp, compareRows, readRows, type RowSnapshot } from './row-snapshot';
import {
  emptyTables,
  readTables,
  readTouchedTables,
  TableDetailsCache,
  type ColumnInfo,
  type ForeignKey,
  type TableFingerprint,
  type TableInfo,
} from './table-info';
import { keepsRowValues, tablesOf, type TableName } from './touched';
import { holdsSeededRows, noteSeeded } from './seeded-rows';

/**
 * Seeds the tables each migration touches, once: a table keeps its rows
 * from one migration to the next and is seeded again only when it is new or
 * was emptied. A rebuilt scratch database (after a failure) starts without
 * seeded rows.
 */
export class RowSeeder {
  /** Tables already reported as impossible to seed (one notice per table per run). */
  private readonly reported = new Set<string>();

  /** Table details kept from one migration to the next (reused while the catalog shows the table unchanged). */
  private readonly details = new TableDetailsCache();

  /** Seeding's own connection to the scratch database (seed-connection.ts). */
  private readonly connection: SeedConnection;

  /**
   * `statementMs`: the run's statement limit, which also bounds one table's seeding; `usage`: what the migrations' SQL
   * casts columns to (column-hints.ts usageHints).
   */
  constructor(
    private readonly versionTable: string,
    statementMs = 0,
    private readonly usage: UsageHints = new Map(),
  ) {
    this.connection = new SeedConnection(statementMs);
  }

  /**
   * Seeds what `m` touches and reads those tables' rows; undefined when it touches no existing table.
   * `fingerprint`: the engine's current catalog rows of a table (omitted when the catalog is behind), to reuse details.
   */
  async beforeUp(client: Client, m: Migration, fingerprint?: TableFingerprint): Promise<MigrationRows | undefined> {
    const started = performance.now();
    await loadParser();
    const none = { tables: [], addedWithoutDefault: new Set<string>(), backfilled: new Set<string>() };
    const up = m.up ? tablesOf(bodyText(m.up)) : none;
    const down = m.down ? tablesOf(bodyText(m.down)) : none;
    const names: TableName[] | undefined = up.tables && down.tables ? [...up.tables, ...down.tables] : undefined;
    if (names && names.length === 0) return undefined;
    // Details of the touched tables only (their foreign keys' parents, a long chain in many schemas, are read only when some
    // table must be seeded). The same round trip reads the touched tables' rows, which, when nothing needs seeding, are
    // already the "before" snapshot.
    const probe = await readTouchedTables(client, names, this.versionTable);
    if (probe.touched.length === 0) return undefined;
    const observations: DataObservations = { tables: [], seeded: [], skipped: [], losses: [], ms: 0 };
    const { rows: current } = probe;
    // Parents are read, and seeded when empty, only for a touched table that gets rows: only then do its foreign keys need theirs.
    const mustSeed = probe.touched.some((t) => current.get(t.name)?.length === 0);
    let tables = probe.touched;
    let emptyParents = new Set<string>();
    if (mustSeed) {
      tables = await readTables(client, names, this.versionTable, this.details.fresh(client, fingerprint, probe.searchPath));
      this.details.remember(tables, fingerprint, probe.searchPath);
      emptyParents = await emptyTables(
        client,
        tables.filter((t) => !t.touched).map((t) => t.name),
      );
    }
    const isEmpty = (t: TableInfo) => (t.touched ? current.get(t.name)?.length === 0 : emptyParents.has(t.name));
    const filled = await this.seed(client, probe.searchPath, tables, tables.filter(isEmpty), observations);
    if (filled.length) noteSeeded(client, filled, probe.eventTriggers);
    const touched = tables.filter((t) => t.touched).map((t) => t.name);
    // Rows went in: whatever happens now, the run must know, so that a failure they cause is re-run without them.
    const before = observations.seeded.length ? await readRows(client, touched).catch((error: unknown) => unreadable(touched, error)) : current;
    observations.tables = touched.filter((t) => (before.get(t)?.length ?? 1) > 0);
    observations.ms = performance.now() - started;
    if (observations.tables.length === 0 && observations.skipped.length === 0) return undefined;
    const upKeepsValues = !probe.eventTriggers && !!m.up && keepsRowValues(bodyText(m.up));
    return new MigrationRows(client, observations, before, tables, up, down, started, upKeepsValues);
  }

  /**
   * Seeds the empty tables, parents first, on the seeding connection (seed-connection.ts). What it cannot do (a table's
   * code refuses every row, creates objects, sleeps or ends the session) is that table's seed-skipped notice, never
   * the migration's failure.
   */
  private async seed(main: Client, searchPath: string, tables: TableInfo[], empty: TableInfo[], observations: DataObservations): Promise<number[]> {
    const filled: number[] = [];
    if (empty.length === 0) return filled;
    const skip = (table: string, reason: string) => {
      if (this.reported.has(table)) return;
      this.reported.add(table);
      observations.skipped.push({ table, reason });
    };
    let client: Client;
    let valuesOf: ColumnValues;
    try {
      client = await this.connection.for(main, searchPath);
      valuesOf = await this.candidates(client, empty);
    } catch (error) {
      this.connection.failed(error);
      for (const t of empty) skip(t.name, `seeding failed: ${errorText(error)}`);
      return filled;
    }
    const byOid = new Map(tables.map((t) => [t.oid, t]));
    for (const table of parentsFirst(empty, byOid)) {
      let result: SeedResult;
      try {
        if (this.connection.isBroken) client = await this.connection.for(main, searchPath);
        const parents: ParentKeys = new Map();
        for (const fk of table.foreignKeys) parents.set(fk, await parentRows(client, fk, carriedColumns(table, fk, byOid)));
        result = await insertRows(this.connection, client, table, valuesOf, parents);
      } catch (error) {
        this.connection.failed(error);
        result = { inserted: 0, reason: `seeding it failed: ${errorText(error)}` };
      }
      if (result.inserted > 0) {
        observations.seeded.push(table.name);
        filled.push(table.oid);
      } else skip(table.name, result.reason ?? 'unknown');
    }
    return filled;
  }

  /** Each column's candidates, as its type accepts them: one round trip for the types, one for the values. */
  private async candidates(client: Client, empty: TableInfo[]): Promise<ColumnValues> {
    const types = await readTypes(client, [...new Set(empty.flatMap((t) => t.columns.map((c) => c.typeOid)))]);
    const wanted = new Map<string, { type: string; candidates: Candidates }>();
    const keyOf = (c: ColumnInfo) => {
      const t = types.get(c.typeOid);
      const hint = t ? hintFor(c, t.category, t.name, this.usage) : undefined;
      return { hint, key: hint ? `${c.type}\n${hint}` : c.type };
    };
    for (const c of empty.flatMap((t) => t.columns)) {
      if (c.auto) continue;
      const { hint, key } = keyOf(c);
      if (!wanted.has(c.type)) wanted.set(c.type, { type: c.type, candidates: candidatesFor(c.typeOid, types) });
      if (hint && !wanted.has(key)) wanted.set(key, { type: c.type, candidates: hintedCandidates(hint, c) });
    }
    const values = await acceptedValues(client, wanted, (query) => this.connection.run(client, query));
    return (c) => {
      const { hint, key } = keyOf(c);
      const hinted = hint ? values.get(key) : undefined;
      // A hint the type refuses (a CHECK of its domain): the type's own values.
      if (hinted && hinted.typical.length > 0) return { values: hinted, distinct: distinctValues(hint) };
      return { values: values.get(c.type), distinct: false };
    };
  }

  /** Ends the seeding connection (the run is over). */
  close(): Promise<void> {
    return this.connection.close();
  }
}

/** What every migration of the run casts columns to, read once (column-hints.ts). */
export function seedingHints(set: MigrationSet): UsageHints {
  return usageHints(set.migrations.flatMap((m) => [m.up, m.down].flatMap((f) => (f ? [bodyText(f)] : []))));
}

/** The child's columns named like a tenant or namespace key that the foreign key's parent has too (not the key's own). */
function carriedColumns(table: TableInfo, fk: ForeignKey, byOid: Map<number, TableInfo>): string[] {
  const parent = byOid.get(fk.parentOid);
  if (!parent || parent === table) return [];
  // A column with a key of its own (tenant_id -> tenants) takes the parent's value only when the parent's column points
  // at the same table: otherwise the parent's value may be one its own key's table does not hold.
  const keyedTo = (t: TableInfo, column: string) =>
    t.foreignKeys.filter((k) => k.columns.length === 1 && k.columns[0] === column).map((k) => k.parentOid);
  const agrees = (column: string) => keyedTo(table, column).every((oid) => keyedTo(parent, column).includes(oid));
  return table.columns
    .filter((c) => !c.auto && !fk.columns.includes(c.name) && TENANT.test(c.name) && parent.columns.some((p) => p.name === c.name) && agrees(c.name))
    .map((c) => c.name);
}

/** Columns that say which tenant, organization or namespace a row belongs to. */
const TENANT = /^(?:tenant|org|organi[sz]ation|namespace|workspace|account|project|team|company)(?:_?(?:id|uuid|key|name|slug))?$|tenant_?id$/i;

/** Tables whose rows could not be read: held rows, not compared (as a table with too many rows). */
function unreadable(tables: string[], error: unknown): RowSnapshot {
  if (isConnectionLost(error)) throw error; // the engine replaces the session
  return new Map(tables.map((t) => [t, undefined]));
}

function errorText(error: unknown): string {
  return sameInEveryRun(error instanceof Error ? error.message : String(error));
}

/** Parents before children; in a cycle, the table met first goes first and its key into the cycle gets NULL (or no row). */
function parentsFirst(tables: TableInfo[], byOid: Map<number, TableInfo>): TableInfo[] {
  const order: TableInfo[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (t: TableInfo) => {
    if (state.has(t.oid)) return;
    state.set(t.oid, 'visiting');
    for (const fk of t.foreignKeys) {
      const parent = byOid.get(fk.parentOid);
      if (parent && parent !== t) visit(parent);
    }
    state.set(t.oid, 'done');
    if (tables.includes(t)) order.push(t);
  };
  tables.forEach(visit);
  return order;
}

/** One migration's rows: read before the up, after the up and after the down. */
export class MigrationRows {
  private afterUp?: RowSnapshot;
  private afterDown?: RowSnapshot;
  /** False once the rows were set aside (the up was re-run without them): nothing left to compare. */
  private active = true;

  constructor(
    private readonly client: Client,
    readonly observations: DataObservations,
    private readonly before: RowSnapshot,
    private readonly tables: TableInfo[],
    /** The columns the up adds without a default, and those it backfills. */
    private readonly upAdds: AddedColumns,
    private readonly downAdds: AddedColumns,
    private readonly since: number,
    /** The up only adds (touched.ts keepsRowValues) and no event trigger of the migrations' own can run: the rows after it are the rows before it. */
    private readonly upKeepsValues = false,
  ) {}

  /** The step failed in a way rows can cause, and rows we seeded were there: worth re-running without them. */
  mayExplain(step: StepResult): boolean {
    return this.active && holdsSeededRows(this.client) && mayDependOnRows(step);
  }

  /** The up failed with rows and passed without: record it; the rows are gone (rebuilt database). */
  upFailedWithRows(failed: StepResult): void {
    this.observations.upFailure = explainFailure(failed, this.before, this.observations.tables, this.upAdds);
    this.active = false;
  }

  /** The down failed with the rows the up left and passed without them: record it; the rows are gone (rebuilt database). */
  downFailedWithRows(failed: StepResult): void {
    this.observations.downFailure = explainFailure(failed, this.afterUp ?? this.before, this.observations.tables, this.downAdds);
    this.active = false;
  }

  reupFailedWithRows(failed: StepResult): void {
    this.observations.reupFailure = explainFailure(failed, this.afterDown ?? this.before, this.observations.tables, {
      addedWithoutDefault: new Set(),
      backfilled: new Set(),
    });
    this.active = false;
  }

  /** The rows were set aside without a finding (the step failed the same way without them). */
  setAside(): void {
    this.active = false;
  }

  async afterUpRan(client: Client): Promise<void> {
    if (!this.active) return;
    if (this.upKeepsValues) {
      this.afterUp = this.before; // on the columns they had, which are the ones compared
      return;
    }
    const started = performance.now();
    this.afterUp = await readRows(client, this.observations.tables);
    this.observations.ms += performance.now() - started;
  }

  async afterDownRan(client: Client): Promise<void> {
    if (!this.active) return;
    const started = performance.now();
    const after = await readRows(client, this.observations.tables);
    this.afterDown = after;
    for (const name of this.observations.tables) {
      const before = this.before.get(name);
      const now = after.get(name);
      // Gone (the down does not re-create it: a schema finding) or too many rows to compare.
      if (!before || !now) continue;
      const table = this.tables.find((t) => t.name === name);
      const loss = compareRows(before, now, table?.primaryKey ?? [], this.since);
      if (!loss) continue;
      const afterUp: Row[] | undefined = this.afterUp?.get(name) ?? (this.afterUp ? [] : undefined);
      this.observations.losses.push({ table: name, ...loss, ...blameUp(before, afterUp, loss.columns) });
    }
    this.observations.ms += performance.now() - started;
  }
}
