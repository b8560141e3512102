import type { Client } from 'pg';
import { bodyText, type Migration } from '../../formats/migration-set';
import { loadParser } from '../../sql/pg-parser';
import type { StepResult } from '../trace';
import { acceptedValues, candidatesFor, readTypes, type Candidates } from './candidates';
import { explainFailure, mayDependOnRows } from './failure';
import { insertRows, type ParentKeys } from './insert-rows';
import type { DataObservations, Row } from './observations';
import { blameUp, compareRows, readRows, type RowSnapshot } from './row-snapshot';
import { quoteIdent } from './session-functions';
import { emptyTables, readTables, readTouchedTables, TableDetailsCache, type TableFingerprint, type TableInfo } from './table-info';
import { keepsRowValues, tablesOf, type TableName } from './touched';

/** Sessions (clients) whose tables hold rows we inserted: only there can a failure be ours. */
const seededSessions = new WeakSet<Client>();

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

  constructor(private readonly versionTable: string) {}

  /**
   * Seeds what `m` touches and reads those tables' rows; undefined when it touches no existing table.
   * `fingerprint`: the engine's current catalog rows of a table (omitted when the catalog is behind), to reuse details.
   */
  async beforeUp(client: Client, m: Migration, fingerprint?: TableFingerprint): Promise<MigrationRows | undefined> {
    const started = performance.now();
    await loadParser();
    const up = m.up ? tablesOf(bodyText(m.up)) : { tables: [], addedWithoutDefault: new Set<string>() };
    const down = m.down ? tablesOf(bodyText(m.down)) : { tables: [], addedWithoutDefault: new Set<string>() };
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
    await this.seed(client, tables, tables.filter(isEmpty), observations);
    const touched = tables.filter((t) => t.touched).map((t) => t.name);
    const before = observations.seeded.length ? await readRows(client, touched) : current;
    observations.tables = touched.filter((t) => (before.get(t)?.length ?? 1) > 0);
    observations.ms = performance.now() - started;
    if (observations.tables.length === 0 && observations.skipped.length === 0) return undefined;
    const upKeepsValues = !probe.eventTriggers && !!m.up && keepsRowValues(bodyText(m.up));
    return new MigrationRows(client, observations, before, tables, up.addedWithoutDefault, down.addedWithoutDefault, started, upKeepsValues);
  }

  private async seed(client: Client, tables: TableInfo[], empty: TableInfo[], observations: DataObservations): Promise<void> {
    if (empty.length === 0) return;
    const byOid = new Map(tables.map((t) => [t.oid, t]));
    const types = await readTypes(client, [...new Set(empty.flatMap((t) => t.columns.map((c) => c.typeOid)))]);
    const wanted = new Map<string, Candidates>();
    for (const c of empty.flatMap((t) => t.columns)) if (!c.auto && !wanted.has(c.type)) wanted.set(c.type, candidatesFor(c.typeOid, types));
    const values = await acceptedValues(client, wanted);
    for (const table of parentsFirst(empty, byOid)) {
      const parents: ParentKeys = new Map();
      for (const fk of table.foreignKeys) parents.set(fk, await parentKeys(client, fk.parent, fk.parentColumns));
      const result = await insertRows(client, table, values, parents);
      if (result.inserted > 0) {
        observations.seeded.push(table.name);
        seededSessions.add(client);
      } else if (!this.reported.has(table.name)) {
        this.reported.add(table.name);
        observations.skipped.push({ table: table.name, reason: result.reason ?? 'unknown' });
      }
    }
  }
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

async function parentKeys(client: Client, parent: string, columns: string[]): Promise<(string | null)[][]> {
  const cols = columns.map(quoteIdent);
  const { rows } = await client.query({
    text: `SELECT ${cols.map((c) => `${c}::text`).join(', ')} FROM ${parent} WHERE ${cols.map((c) => `${c} IS NOT NULL`).join(' AND ')} ORDER BY ${cols.map((_, i) => i + 1).join(', ')} LIMIT 5`,
    rowMode: 'array',
  });
  return rows as (string | null)[][];
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
    private readonly addedWithoutDefault: Set<string>,
    private readonly addedByDownWithoutDefault: Set<string>,
    private readonly since: number,
    /** The up only adds (touched.ts keepsRowValues) and no event trigger of the migrations' own can run: the rows after it are the rows before it. */
    private readonly upKeepsValues = false,
  ) {}

  /** The step failed in a way rows can cause, and rows we seeded were there: worth re-running without them. */
  mayExplain(step: StepResult): boolean {
    return this.active && seededSessions.has(this.client) && mayDependOnRows(step);
  }

  /** The up failed with rows and passed without: record it; the rows are gone (rebuilt database). */
  upFailedWithRows(failed: StepResult): void {
    this.observations.upFailure = explainFailure(failed, this.before, this.observations.tables, this.addedWithoutDefault);
    this.active = false;
  }

  /** The down failed with the rows the up left and passed without them: record it; the rows are gone (rebuilt database). */
  downFailedWithRows(failed: StepResult): void {
    this.observations.downFailure = explainFailure(failed, this.afterUp ?? this.before, this.observations.tables, this.addedByDownWithoutDefault);
    this.active = false;
  }

  reupFailedWithRows(failed: StepResult): void {
    this.observations.reupFailure = explainFailure(failed, this.afterDown ?? this.before, this.observations.tables, new Set());
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
