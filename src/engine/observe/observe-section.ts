import { bodyText, type Migration } from '../../formats/migration-set';
import { clusterWideReason } from '../../sql/cluster-wide';
import { loadParser } from '../../sql/pg-parser';
import { stopping } from '../../cleanup';
import { stopIfCancelled } from '../abort-run';
import type { Session } from '../session';
import { relationRefs, statementFacts } from './facts';
import { predictedLocks, predictedRewrite, predictedScan } from './predicted';
import { canUsePassFunction, runPass, type PassProbe, type PassResult } from './pass-function';
import { probe, resolveNames, userRelations, type KnownRelation } from './probe';
import { sectionStatements, type SectionStatement } from './statements';
import { rowsMatterOnlyOnFailure, withoutRows } from './without-rows';
import { MAX_REPLAYED_STATEMENTS, replayableInOneCall, staticReason, unwrapped } from './replayable';
import { decidedAlone } from './observe-alone';
import { blocksOf, stronger, type LockMode, type ObservedStatement, type SectionObservation, type StatementFacts } from './types';

export interface ObserveOptions {
  /** EngineOptions.observe: false turns observation off (the benchmark measures both). */
  observe?: boolean;
  /** With a base: versions this change adds or edits. Only they are observed. */
  changed?: ReadonlySet<bigint>;
  /**
   * Versions whose new relations are new for the ones after them: with a base, those this change adds (an edited
   * applied migration is history); without one, the change history folding takes (pipeline/scope.ts).
   */
  added?: ReadonlySet<bigint>;
  sharedServer: boolean;
  limits: { statementMs: number };
  /** Rows seeded for earlier migrations stay in the tables: the pass hides them (seed-data on by default). */
  seedData?: boolean;
  /** Aborted when the run is being cancelled (default: SIGINT/SIGTERM): the pass stops at its next pause, so the cleanup gets the process. */
  stop?: AbortSignal;
}

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
    if (!file || !this.wouldObserve(migration)) return undefined;
    await loadParser();
    const written = sectionStatements(file);
    // A file wrapped whole in its own BEGIN ... COMMIT is one transaction, as the pass replays it: replay what it wraps.
    const inner = unwrapped(written);
    const statements = inner ?? written;
    if (!statements.length) return undefined;
    await this.pause(); // a long synchronous stretch ends here: signals and timers get their turn
    const facts = statements.map((s) => statementFacts(s.node, s.text));
    const reason = staticReason(file, statements, !!inner);
    if (statements.length > MAX_REPLAYED_STATEMENTS) await this.pause();
    // What this migration creates is new for the ones after it only when the change adds it (an edited one is history).
    const remembers = !!(this.options.added ?? this.options.changed)?.has(migration.version);
    const observation = await this.whole(session, statements, facts, reason?.note, remembers);
    // A section only its transaction shape keeps from a replay: statements the catalog decides are replayed one at a time.
    if (!reason?.alone || observation.mode !== 'static') return observation;
    return decidedAlone(session, statements, facts, observation, (s, f, before) => this.replay(session.client, s, f, before), this.options);
  }

  /** The section replayed whole in one rolled-back pass, or its statements' static prediction when `why` says it cannot be. */
  private async whole(
    session: Session,
    statements: SectionStatement[],
    facts: StatementFacts[],
    why: string | undefined,
    remembers: boolean,
  ): Promise<SectionObservation> {
    const client = session.client;
    const refs = [...new Set(facts.flatMap(relationRefs).map((r) => r.name))];
    if (canUsePassFunction(client) && (why || replayableInOneCall(statements))) {
      try {
        const pass = await runPass(client, {
          statements: why ? undefined : statements.map((s) => s.sql),
          refs,
          versionTable: session.versionTable.qualifiedName,
          hideRows: why || this.options.seedData === false ? 'never' : rowsMatterOnlyOnFailure(facts) ? 'on-failure' : 'always',
          wantCreated: !why && !!(this.options.added ?? this.options.changed),
          statementMs: this.options.limits.statementMs,
        });
        if (pass) {
          this.resolve(facts, pass.refs);
          const observation = why ? this.predict(statements, facts, why) : this.interpret(statements, facts, pass);
          if (remembers) this.remember(observation.mode === 'observed' ? pass.created : [], facts);
          return observation;
        }
      } catch (error) {
        return this.predict(statements, facts, `not observed: reading the catalog failed (${(error as Error).message})`);
      }
    }
    return this.statementByStatement(session, statements, facts, why, refs, remembers);
  }

  /**
   * The pass with a round trip per statement and probe, for sessions that may not create the pass function and for
   * statements PL/pgSQL's EXECUTE runs differently from a client (COPY, SELECT INTO, cursors, DISCARD, text that does not parse).
   */
  private async statementByStatement(
    session: Session,
    statements: SectionStatement[],
    facts: StatementFacts[],
    why: string | undefined,
    refs: string[],
    remembers: boolean,
  ): Promise<SectionObservation> {
    const client = session.client;
    let began = false;
    try {
      if (!why) {
        await client.query('BEGIN');
        began = true;
        if (this.options.limits.statementMs > 0) await client.query(`SET LOCAL statement_timeout = ${Math.round(this.options.limits.statementMs)}`);
      }
      const before = await userRelations(client, session.versionTable.qualifiedName);
      const existed = new Set(before.map((r) => r.oid));
      const resolved = await resolveNames(client, refs);
      this.resolve(facts, new Map([...resolved].map(([k, v]) => [k, v && { ...v, user: existed.has(v.oid) }])));
      if (!why && this.options.seedData !== false) await withoutRows(client, before);
      const observation = why ? this.predict(statements, facts, why) : await this.replay(client, statements, facts, before);
      if (remembers) {
        const now = observation.mode === 'observed' ? await userRelations(client, session.versionTable.qualifiedName) : [];
        this.remember(
          now.filter((r) => !existed.has(r.oid)).map((r) => r.name),
          facts,
        );
      }
      return observation;
    } catch (error) {
      // Observation must never cost the real run: say so and let the up run as always.
      const note = `not observed: reading the catalog failed (${(error as Error).message})`;
      return this.predict(statements, facts, note);
    } finally {
      if (began) await client.query('ROLLBACK').catch(() => undefined);
    }
  }

  /** Lets signals and timers in after a long synchronous stretch; a cancelled run goes no further (its cleanup needs the process). */
  private async pause(): Promise<void> {
    await new Promise(setImmediate);
    stopIfCancelled(this.options.stop ?? stopping);
  }

  /** Whether section() has anything to do for `migration` (the engine skips its bookkeeping around the pass otherwise). */
  wouldObserve(migration: Migration): boolean {
    const file = migration.up;
    if (this.options.observe === false || !file || file.unsendable) return false;
    if (this.options.changed && !this.options.changed.has(migration.version)) return false;
    return !(this.options.sharedServer && clusterWideReason(bodyText(file)));
  }

  /** Marks every relation a statement names as existing or new, and columns as added by this change. */
  private resolve(facts: StatementFacts[], resolved: PassResult['refs']): void {
    // A table renamed earlier in the section is the same existing table under its new name: resolved as the old one.
    const renamed = new Map<string, string>();
    const refs = facts.flatMap((f) => {
      const these = relationRefs(f).map((ref) => ({ ref, key: renamed.get(ref.name) ?? ref.name }));
      if (f.rename?.what === 'table' && f.table) {
        const original = renamed.get(f.table.name) ?? f.table.name;
        for (const name of renamedNames(f.table.name, f.rename.to)) renamed.set(name, original);
      }
      return these;
    });
    for (const { ref, key } of refs) {
      const found = resolved.get(key);
      if (!found) {
        ref.name = ref.name.replace(/"((?:[^"]|"")*)"/g, (_, n: string) => n.replace(/""/g, '"')); // shown as written, unquoted
        continue;
      }
      ref.name = found.name;
      ref.oid = found.oid;
      ref.existing = found.user && !this.newRelations.has(found.name);
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

  /** Statement by statement in the open transaction, a probe after each, as the pass function does in one call. */
  private async replay(
    client: Session['client'],
    statements: SectionStatement[],
    facts: StatementFacts[],
    before: KnownRelation[],
  ): Promise<SectionObservation> {
    const oids = before.map((r) => r.oid);
    const files = new Map(before.map((r) => [r.oid, r.file]));
    const tables = before.filter((r) => isTable(r.kind)).map((r) => r.oid);
    const scans = new Map<number, number>();
    const probes: PassProbe[] = [];
    let failed: PassResult['failed'];
    const next = async () => {
      const p = await probe(
        client,
        oids,
        oids.map((o) => files.get(o) ?? 0),
        tables,
      );
      for (const { oid, file } of p.refiled) files.set(oid, file);
      const deltas = p.scans.map(({ oid, scans: n }) => ({ oid, scans: n - (scans.get(oid) ?? 0) })).filter((d) => d.scans !== 0);
      for (const { oid, scans: n } of p.scans) scans.set(oid, n);
      probes.push({ locks: p.locks, files: p.refiled, scans: deltas });
    };
    await next();
    for (const [i, s] of statements.entries()) {
      try {
        await client.query(s.sql);
      } catch (error) {
        failed = { index: i, message: (error as Error).message };
        break;
      }
      await next();
    }
    return this.interpret(statements, facts, { probes, failed, relations: before });
  }

  /** Turns the probes of a pass into what each statement did to relations that existed before the file ran. */
  private interpret(
    statements: SectionStatement[],
    facts: StatementFacts[],
    pass: Pick<PassResult, 'probes' | 'failed' | 'relations'>,
  ): SectionObservation {
    const known = new Map(pass.relations.map((r) => [r.oid, r]));
    const existing = (oid: number) => {
      const r = known.get(oid);
      return r !== undefined && !this.newRelations.has(r.name);
    };
    const files = new Map(pass.relations.map((r) => [r.oid, r.file]));
    const hold = (locks: { oid: number; mode: string }[]) => {
      const now = new Map<number, LockMode>();
      for (const l of locks) now.set(l.oid, now.has(l.oid) ? stronger(now.get(l.oid) as LockMode, l.mode as LockMode) : (l.mode as LockMode));
      return now;
    };
    const start = pass.probes.at(0);
    const after = pass.probes.slice(1);
    if (!start || (pass.failed && pass.failed.index < 0)) throw new Error('the pass could not read the locks before the first statement');
    for (const { oid, file } of start.files) files.set(oid, file);
    let held = hold(start.locks);
    const out: ObservedStatement[] = [];
    for (const [i, s] of statements.entries()) {
      const entry = base(s, facts[i], true);
      out.push(entry);
      if (pass.failed?.index === i) {
        entry.failed = pass.failed.message;
        entry.observed = false;
        fillPredicted(entry);
        for (const [j, rest] of statements.slice(i + 1).entries()) out.push(fillPredicted(base(rest, facts[i + 1 + j], false)));
        return {
          mode: 'observed',
          note: `observed up to line ${s.line}, where the file fails on the scratch database: ${entry.failed}`,
          statements: out,
        };
      }
      const probed = after.at(i);
      if (!probed) throw new Error(`the pass stopped before line ${s.line} without an error`);
      const now = hold(probed.locks);
      for (const [oid, mode] of [...now].sort(([a], [b]) => a - b)) {
        const r = known.get(oid);
        const previous = held.get(oid);
        if (!r || !isTable(r.kind) || !existing(oid) || blocksOf(mode) === 'nothing') continue;
        if (previous && stronger(previous, mode) === previous) continue;
        entry.locks.push({ relation: r.name, oid, mode, blocks: blocksOf(mode) });
      }
      held = now;
      for (const { oid, file } of probed.files) {
        if (files.get(oid) === file) continue;
        files.set(oid, file);
        const r = known.get(oid);
        if (r && existing(oid)) entry.rewritten.push({ relation: r.name, kind: isTable(r.kind) ? 'table' : 'index' });
      }

      for (const { oid, scans: delta } of probed.scans) {
        const r = known.get(oid);
        if (r && isTable(r.kind) && delta > 0 && existing(oid)) entry.scanned.push({ relation: r.name, scans: delta });
      }
      // Tables, then indexes, each by name: the probe's order is the catalog's, which depends on the database's history
      // (a rebuilt database, an index a down and up again made anew), and the findings must not.
      entry.rewritten.sort((a, b) => (a.kind === b.kind ? byName(a.relation, b.relation) : a.kind === 'table' ? -1 : 1));
      entry.scanned.sort((a, b) => byName(a.relation, b.relation));
    }
    return { mode: 'observed', statements: out };
  }

  private predict(statements: SectionStatement[], facts: StatementFacts[], note: string): SectionObservation {
    return { mode: 'static', note, statements: statements.map((s, i) => fillPredicted(base(s, facts[i], false))) };
  }

  /** Relations and columns this migration created, for the migrations after it in the same change. */
  private remember(created: string[], facts: StatementFacts[]): void {
    for (const name of created) this.newRelations.add(name);
    for (const f of facts) {
      for (const c of f.commands ?? []) if (c.subtype === 'AT_AddColumn' && c.column && f.table) this.newColumns.add(`${f.table.name}.${c.column}`);
    }
  }
}

/**
 * The names a later statement may give a renamed table (facts quote every name): `"public"."orders"` renamed to
 * `orders_v2` is `"public"."orders_v2"`, or `"orders_v2"` when the section leaves the schema to search_path.
 */
function renamedNames(written: string, to: string): string[] {
  const name = `"${to.replace(/"/g, '""')}"`;
  const schema = /^("(?:[^"]|"")*")\./.exec(written)?.[1];
  return schema ? [`${schema}.${name}`, name] : [name];
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

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
