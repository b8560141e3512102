import { bodyText, type Migration, type MigrationFile } from '../../formats/migration-set';
import { clusterWideReason } from '../../sql/cluster-wide';
import { loadParser } from '../../sql/pg-parser';
import { managesOwnTransaction, statementsOf } from '../../sql/text';
import type { Session } from '../session';
import { relationRefs, statementFacts } from './facts';
import { predictedLocks, predictedRewrite, predictedScan } from './predicted';
import { probe, resolveNames, userRelations, type KnownRelation } from './probe';
import { sectionStatements, type SectionStatement } from './statements';
import { withoutRows } from './without-rows';
import { blocksOf, stronger, type LockMode, type ObservedStatement, type SectionObservation, type StatementFacts } from './types';

export interface ObserveOptions {
  /** EngineOptions.observe: false turns observation off (the benchmark measures both). */
  observe?: boolean;
  /** With a base: versions this change adds or edits. Only they are observed, and what they create is new. */
  changed?: ReadonlySet<bigint>;
  sharedServer: boolean;
  limits: { statementMs: number };
  /** Rows seeded for earlier migrations stay in the tables: the pass hides them (seed-data on by default). */
  seedData?: boolean;
}

/** PostgreSQL refuses these inside a transaction block: the section cannot be replayed in one. */
const NO_TRANSACTION_BLOCK =
  /\bCONCURRENTLY\b|^(VACUUM|CREATE DATABASE|DROP DATABASE|CREATE TABLESPACE|DROP TABLESPACE|ALTER SYSTEM|REINDEX (SYSTEM|DATABASE)|CREATE SUBSCRIPTION|DROP SUBSCRIPTION|ALTER SUBSCRIPTION)\b/i;

/** Run-wide state: which relations and columns migrations of this change created (they do not exist in production either). */
export class Observer {
  private readonly newRelations = new Set<string>();
  private readonly newColumns = new Set<string>();

  constructor(private readonly options: ObserveOptions) {}

  /**
   * Observes a migration's up before it really runs: its statements one by
   * one inside a transaction that is rolled back, reading after each one the
   * locks the backend holds, the relfilenodes and the scan counters of the
   * relations that existed before. The real up then runs exactly as the tool
   * runs it. Undefined when there is nothing to observe.
   */
  async section(session: Session, migration: Migration): Promise<SectionObservation | undefined> {
    const file = migration.up;
    if (this.options.observe === false || !file || file.unsendable) return undefined;
    if (this.options.changed && !this.options.changed.has(migration.version)) return undefined;
    if (this.options.sharedServer && clusterWideReason(bodyText(file))) return undefined;
    await loadParser();
    const statements = sectionStatements(file);
    if (!statements.length) return undefined;
    await new Promise(setImmediate); // a long synchronous stretch ends here: signals and timers get their turn
    const facts = statements.map((s) => statementFacts(s.node, s.text));
    const why = staticReason(file, statements);
    if (statements.length > MAX_REPLAYED_STATEMENTS) await new Promise(setImmediate);
    const client = session.client;
    let began = false;
    try {
      if (!why) {
        await client.query('BEGIN');
        began = true;
        if (this.options.limits.statementMs > 0) await client.query(`SET LOCAL statement_timeout = ${Math.round(this.options.limits.statementMs)}`);
      }
      const before = await userRelations(client, session.versionTable.qualifiedName);
      await this.resolve(client, facts, before);
      if (!why && this.options.seedData !== false) await withoutRows(client, before);
      const observation = why ? this.predict(statements, facts, why) : await this.replay(session, statements, facts, before);
      if (this.options.changed) await this.remember(session, before, facts, observation);
      return observation;
    } catch (error) {
      // Observation must never cost the real run: say so and let the up run as always.
      const note = `not observed: reading the catalog failed (${(error as Error).message})`;
      return this.predict(statements, facts, note);
    } finally {
      if (began) await client.query('ROLLBACK').catch(() => undefined);
    }
  }

  /** Marks every relation a statement names as existing or new, and columns as added by this change. */
  private async resolve(client: Session['client'], facts: StatementFacts[], before: KnownRelation[]): Promise<void> {
    const refs = facts.flatMap(relationRefs);
    const resolved = await resolveNames(client, [...new Set(refs.map((r) => r.name))]);
    const existed = new Set(before.map((r) => r.oid));
    for (const ref of refs) {
      const found = resolved.get(ref.name);
      if (!found) {
        ref.name = ref.name.replace(/"((?:[^"]|"")*)"/g, (_, n: string) => n.replace(/""/g, '"')); // shown as written, unquoted
        continue;
      }
      ref.name = found.name;
      ref.oid = found.oid;
      ref.existing = existed.has(found.oid) && !this.newRelations.has(found.name);
    }
    const added = new Set<string>();
    for (const f of facts) {
      for (const c of f.commands ?? []) {
        const key = f.table && c.column ? `${f.table.name}.${c.column}` : undefined;
        if (!key) continue;
        c.columnIsNew = added.has(key) || this.newColumns.has(key);
        if (c.subtype === 'AT_AddColumn') added.add(key);
      }
      if (f.rename?.what === 'column' && f.table)
        f.rename.columnIsNew = added.has(`${f.table.name}.${f.rename.from}`) || this.newColumns.has(`${f.table.name}.${f.rename.from}`);
    }
  }

  private async replay(
    session: Session,
    statements: SectionStatement[],
    facts: StatementFacts[],
    before: KnownRelation[],
  ): Promise<SectionObservation> {
    const client = session.client;
    const known = new Map(before.map((r) => [r.oid, r]));
    const existing = (oid: number) => {
      const r = known.get(oid);
      return r !== undefined && !this.newRelations.has(r.name);
    };
    const oids = before.map((r) => r.oid);
    const files = new Map(before.map((r) => [r.oid, r.file]));
    const tables = before.filter((r) => isTable(r.kind)).map((r) => r.oid);
    const start = await probe(
      client,
      oids,
      oids.map((o) => files.get(o) ?? 0),
      tables,
    );
    const hold = (locks: { oid: number; mode: string }[]) => {
      const now = new Map<number, LockMode>();
      for (const l of locks) now.set(l.oid, now.has(l.oid) ? stronger(now.get(l.oid) as LockMode, l.mode as LockMode) : (l.mode as LockMode));
      return now;
    };
    let held = hold(start.locks);
    let scans = new Map(start.scans.map((s) => [s.oid, s.scans]));
    const out: ObservedStatement[] = [];
    for (const [i, s] of statements.entries()) {
      const entry = base(s, facts[i], true);
      out.push(entry);
      try {
        await client.query(s.sql);
      } catch (error) {
        entry.failed = (error as Error).message;
        entry.observed = false;
        fillPredicted(entry);
        for (const [j, rest] of statements.slice(i + 1).entries()) out.push(fillPredicted(base(rest, facts[i + 1 + j], false)));
        return {
          mode: 'observed',
          note: `observed up to line ${s.line}, where the file fails on the scratch database: ${entry.failed}`,
          statements: out,
        };
      }
      const after = await probe(
        client,
        oids,
        oids.map((o) => files.get(o) ?? 0),
        tables,
      );
      const now = hold(after.locks);
      for (const [oid, mode] of now) {
        const r = known.get(oid);
        const previous = held.get(oid);
        if (!r || !isTable(r.kind) || !existing(oid) || blocksOf(mode) === 'nothing') continue;
        if (previous && stronger(previous, mode) === previous) continue;
        entry.locks.push({ relation: r.name, oid, mode, blocks: blocksOf(mode) });
      }
      held = now;
      for (const { oid, file } of after.refiled) {
        files.set(oid, file);
        const r = known.get(oid);
        if (r && existing(oid)) entry.rewritten.push({ relation: r.name, kind: isTable(r.kind) ? 'table' : 'index' });
      }
      for (const { oid, scans: n } of after.scans) {
        const r = known.get(oid);
        const delta = n - (scans.get(oid) ?? 0);
        if (r && delta > 0 && existing(oid)) entry.scanned.push({ relation: r.name, scans: delta });
      }
      scans = new Map(after.scans.map((x) => [x.oid, x.scans]));
    }
    return { mode: 'observed', statements: out };
  }

  private predict(statements: SectionStatement[], facts: StatementFacts[], note: string): SectionObservation {
    return { mode: 'static', note, statements: statements.map((s, i) => fillPredicted(base(s, facts[i], false))) };
  }

  /** Relations and columns this migration created, for the migrations after it in the same change. */
  private async remember(session: Session, before: KnownRelation[], facts: StatementFacts[], observation: SectionObservation): Promise<void> {
    if (observation.mode === 'observed') {
      const existed = new Set(before.map((r) => r.oid));
      for (const r of await userRelations(session.client, session.versionTable.qualifiedName)) if (!existed.has(r.oid)) this.newRelations.add(r.name);
    }
    for (const f of facts) {
      for (const c of f.commands ?? []) if (c.subtype === 'AT_AddColumn' && c.column && f.table) this.newColumns.add(`${f.table.name}.${c.column}`);
    }
  }
}

const isTable = (kind: string) => kind === 'r' || kind === 'p' || kind === 'm';

function base(s: SectionStatement, facts: StatementFacts, observed: boolean): ObservedStatement {
  return {
    line: s.line,
    column: s.column,
    text: s.text.length > 120 ? `${s.text.slice(0, 117)}...` : s.text,
    facts,
    observed,
    locks: [],
    rewritten: [],
    scanned: [],
  };
}

/** The static part: locks, rewrites and scans the grammar makes certain, on relations that existed. */
function fillPredicted(entry: ObservedStatement): ObservedStatement {
  for (const { relation, mode } of predictedLocks(entry.facts)) {
    if (relation.existing && relation.oid !== undefined && blocksOf(mode) !== 'nothing')
      entry.locks.push({ relation: relation.name, oid: relation.oid, mode, blocks: blocksOf(mode) });
  }
  const table = entry.facts.table;
  if (table?.existing) {
    if (predictedRewrite(entry.facts)) entry.rewritten.push({ relation: table.name, kind: 'table' });
    if (predictedScan(entry.facts)) entry.scanned.push({ relation: table.name, scans: 1 });
  }
  return entry;
}

/** Replaying costs a few round trips per statement: a data file of many thousand inserts is checked from its statements only. */
export const MAX_REPLAYED_STATEMENTS = 2_000;

/** Why a section cannot be replayed in a rolled-back transaction; undefined when it can. */
function staticReason(file: MigrationFile, statements: SectionStatement[]): string | undefined {
  if (statements.length > MAX_REPLAYED_STATEMENTS) {
    return `not observed: the section has ${statements.length} statements (more than ${MAX_REPLAYED_STATEMENTS}), so it was checked from its statements only`;
  }
  if (file.execution.transaction === 'none')
    return 'not observed: the section runs outside a transaction, so it was checked from its statements only';
  // dblink, COPY ... PROGRAM, pg_terminate_backend...: effects the rollback does not undo, and a replay could deadlock with them or run them twice.
  const outside = clusterWideReason(bodyText(file));
  if (outside) return `not observed: the file ${outside}, which rolling the pass back would not undo, so it was checked from its statements only`;
  if (managesOwnTransaction(statementsOf(bodyText(file))))
    return 'not observed: the file opens or commits transactions itself, so it was checked from its statements only';
  const alone = statements.find((s) => NO_TRANSACTION_BLOCK.test(s.text));
  if (alone) return `not observed: line ${alone.line} cannot run inside a transaction block, so the file was checked from its statements only`;
  return undefined;
}
