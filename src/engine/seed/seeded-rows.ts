import type { Client } from 'pg';
import type { MigrationFile } from '../../formats/migration-set';
import { sqlFile } from '../../sql/files';
import { rowsMoved, type NamedTable } from './rows-stay-put';
import { quoteIdent } from './session-functions';

/** A sequence's state, from which what nextval hands out next follows. */
interface SequenceState {
  oid: string;
  value: string;
  called: boolean;
}

/**
 * What seeding put into one session's database since the database last held no seeded row, and whether emptying
 * those tables gives back the database the run would have without them: a step that failed because of the rows is
 * then re-run on it instead of on a rebuilt database (a copy of a checkpoint, ups replayed, the catalog read again).
 */
interface Ledger {
  /** The tables seeding filled (oids). */
  tables: Set<number>;
  /**
   * Each sequence as it was before seeding first could have moved it: read before the observation pass of every
   * migration about to be seeded, the first reading of a sequence kept (absent: a reading failed).
   */
  sequences: Map<string, SequenceState>;
  /** Why emptying the tables would not be enough (then the engine rebuilds). */
  unsure?: string;
}

/** Per session (client): a session that holds no seeded row has none; a new session (a rebuilt database) starts without. */
const ledgers = new WeakMap<Client, Ledger>();
/** Per session: its sequences, read before the observation pass of the migration about to be seeded. */
const before = new WeakMap<Client, SequenceState[] | undefined>();

/** What the seeding ledger of a session holds, to go with a copy of its database (a state kept for the fix trials). */
export interface SeededRowsRecord {
  tables: number[];
  sequences: SequenceState[];
  unsure?: string;
}

/** The ledger of `client`'s database as data (undefined: it holds no seeded row). */
export function seededRowsOf(client: Client): SeededRowsRecord | undefined {
  const ledger = ledgers.get(client);
  return ledger && { tables: [...ledger.tables], sequences: [...ledger.sequences.values()], ...(ledger.unsure && { unsure: ledger.unsure }) };
}

/**
 * A session on a copy of a database that held seeded rows holds them too (a copy keeps oids and sequences): its
 * ledger is the original's, so that a step failing on those rows is still blamed on them and they can still be taken out.
 */
export function adoptSeededRows(client: Client, record: SeededRowsRecord | undefined): void {
  if (!record) return;
  ledgers.set(client, {
    tables: new Set(record.tables),
    sequences: new Map(record.sequences.map((s) => [s.oid, s])),
    ...(record.unsure && { unsure: record.unsure }),
  });
}

/** Rows we seeded are in this session's database: only there can a failure be ours. */
export function holdsSeededRows(client: Client): boolean {
  return ledgers.has(client);
}

/** Before a migration's observation pass and seeding: the sequences as they are (no use once the rows cannot be taken out). */
export async function beforeSeeding(client: Client, versionTable: string): Promise<void> {
  if (ledgers.get(client)?.unsure) return;
  before.set(client, await readSequences(client, versionTable).catch(() => undefined));
}

/** Seeding put rows into `oids`; `eventTriggers`: code of the migrations' own may run on any DDL. */
export function noteSeeded(client: Client, oids: number[], eventTriggers: boolean): void {
  const ledger: Ledger = ledgers.get(client) ?? { tables: new Set(), sequences: new Map() };
  ledgers.set(client, ledger);
  const read = before.get(client);
  before.delete(client);
  if (!read) ledger.unsure ??= 'the sequences could not be read before seeding';
  for (const s of read ?? []) if (!ledger.sequences.has(s.oid)) ledger.sequences.set(s.oid, s);
  for (const oid of oids) ledger.tables.add(oid);
  if (eventTriggers) ledger.unsure ??= 'event triggers of the migrations may have run with the rows';
}

/** A step ran without error while the seeded rows were there: it may have carried them further than their tables. */
export async function noteStep(client: Client, file: MigrationFile): Promise<void> {
  const ledger = ledgers.get(client);
  if (!ledger || ledger.unsure) return;
  const { why, updated } = rowsMoved(file);
  ledger.unsure =
    why ??
    (updated.length ? await whyUpdatesMoved(client, ledger, updated).catch((e: unknown) => (e instanceof Error ? e.message : String(e))) : undefined);
}

/**
 * An UPDATE or DELETE leaves the seeded rows in place when it wrote a table seeding filled (every row of it is a seeded
 * one), or an UPDATE an empty one, and no code of the migrations ran with it (a trigger, a rule, a foreign key's action).
 */
async function whyUpdatesMoved(client: Client, ledger: Ledger, tables: NamedTable[]): Promise<string | undefined> {
  const names = tables.map((t) => (t.schema ? `${quoteIdent(t.schema)}.${quoteIdent(t.name)}` : quoteIdent(t.name)));
  const { rows } = await client.query<{ oid: string | null; name: string | null; code: boolean }>(sqlFile('engine/seed/sql/mg-seed-updated.sql'), [
    names,
    tables.map((t) => !!t.deleted),
  ]);
  const empty: string[] = [];
  for (const [i, r] of rows.entries()) {
    if (r.oid === null || r.name === null) return 'an UPDATE or DELETE wrote a table that is gone';
    if (r.code) return 'an UPDATE or DELETE ran code of the migrations';
    if (ledger.tables.has(Number(r.oid))) continue;
    if (tables[i].deleted) return 'a DELETE wrote a table seeding did not fill';
    empty.push(r.name);
  }
  return (await holdRows(client, empty)) ? 'an UPDATE wrote a table holding rows that are not seeded ones' : undefined;
}

/** Whether any of `tables` (qualified, quoted names) holds a row. */
async function holdRows(client: Client, tables: string[]): Promise<boolean> {
  if (!tables.length) return false;
  const { rows } = await client.query<{ held: boolean }>(`SELECT ${tables.map((t) => `EXISTS (SELECT 1 FROM ${t})`).join(' OR ')} AS held`);
  return rows[0].held;
}

/**
 * Takes the seeded rows out of the session's database: the tables seeding filled (and the empty tables whose foreign
 * keys reach them) truncated, the sequences set back to where they were before the first of those rows. The number of
 * tables emptied, or why it cannot be done exactly (the database is then left as it was, but for the sequences when
 * the TRUNCATE itself failed: the caller rebuilds).
 */
export async function emptySeededTables(client: Client, versionTable: string): Promise<number | string> {
  const ledger = ledgers.get(client);
  if (!ledger) return 'no seeded rows were recorded';
  if (ledger.unsure) return ledger.unsure;
  const then = ledger.sequences;
  const now = await readSequences(client, versionTable);
  if (now.some((s) => !then.has(s.oid))) return 'a sequence was created since the rows were seeded';
  const changed = now.flatMap((s) => {
    const was = then.get(s.oid);
    return was && (was.value !== s.value || was.called !== s.called) ? [was] : [];
  });
  const { rows: listed } = await client.query<{ name: string; seeded: boolean; code: boolean }>(sqlFile('engine/seed/sql/mg-seed-emptied.sql'), [
    [...ledger.tables],
  ]);
  if (listed.some((t) => t.code)) return 'a trigger or rule of the migrations is on a seeded table';
  const { rows: events } = await client.query<{ any: boolean }>(
    "SELECT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname NOT LIKE '\\_migration\\_guard\\_%') AS any",
  );
  if (events[0]?.any) return 'event triggers of the migrations exist';
  if (
    await holdRows(
      client,
      listed.filter((t) => !t.seeded).map((t) => t.name),
    )
  )
    return 'a table referencing a seeded one holds rows of its own';
  if (listed.length)
    await truncate(
      client,
      listed.map((t) => t.name),
    );
  if (changed.length)
    await client.query(
      'SELECT pg_catalog.setval(s.oid::pg_catalog.regclass, s.value::bigint, s.called) FROM unnest($1::oid[], $2::text[], $3::boolean[]) AS s(oid, value, called)',
      [changed.map((s) => s.oid), changed.map((s) => s.value), changed.map((s) => s.called)],
    );
  ledgers.delete(client);
  return listed.length;
}

/** One statement in a transaction of its own: all the tables or none. */
async function truncate(client: Client, tables: string[]): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`TRUNCATE ${tables.join(', ')}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function readSequences(client: Client, versionTable: string): Promise<SequenceState[]> {
  const { rows } = await client.query<{ oid: string; value: string; called: boolean }>(sqlFile('engine/seed/sql/mg-seed-sequences.sql'), [
    versionTable,
  ]);
  return rows.map((r) => ({ oid: r.oid, value: r.value, called: r.called }));
}
