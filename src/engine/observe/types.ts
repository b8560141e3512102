/**
 * What the analysis pass saw while a section's statements ran, as plain data
 * the checks read. Relation names are schema-qualified (`public.orders`).
 * "Existing" means the relation was there before the file ran and, when a
 * base is known, was not created by a migration of this change: production
 * has it, with rows and traffic.
 */
export type LockMode =
  | 'AccessShareLock'
  | 'RowShareLock'
  | 'RowExclusiveLock'
  | 'ShareUpdateExclusiveLock'
  | 'ShareLock'
  | 'ShareRowExclusiveLock'
  | 'ExclusiveLock'
  | 'AccessExclusiveLock';

/** What ordinary traffic a lock mode stops: reads and writes, writes only, or nothing (only other DDL). */
export type Blocks = 'reads and writes' | 'writes' | 'nothing';

export interface RelationRef {
  /** Schema-qualified when it resolved, else as written. */
  name: string;
  existing: boolean;
  /** Resolved before the file ran; absent for relations that did not exist then. */
  oid?: number;
}

export interface ObservedLock {
  relation: string;
  oid: number;
  mode: LockMode;
  blocks: Blocks;
}

/** One subcommand of an ALTER TABLE, reduced to what the rules ask. */
export interface AlterCommand {
  /** libpg_query's AlterTableType, e.g. `AT_AddColumn`, `AT_AlterColumnType`, `AT_SetNotNull`. */
  subtype: string;
  column?: string;
  /** The column was added earlier in this file, or by a migration of this change. */
  columnIsNew?: boolean;
  constraint?: 'foreign key' | 'check' | 'unique' | 'primary key' | 'exclusion';
  /** ADD CONSTRAINT's name, when the statement gives one. */
  constraintName?: string;
  /** NOT VALID: the constraint is added without scanning the rows. */
  notValid?: boolean;
  /** UNIQUE / PRIMARY KEY USING INDEX: the index already exists, nothing is scanned. */
  usingIndex?: boolean;
  /** What would rewrite the table, in words (type change, volatile default, ...). */
  rewriteCause?: string;
  /** The parent of a FOREIGN KEY. */
  references?: RelationRef;
  /** ADD COLUMN NOT NULL (or PRIMARY KEY) with no DEFAULT, identity, generation or serial: any existing row breaks it. */
  needsValueForEveryRow?: boolean;
}

/** What the statement says, from PostgreSQL's own grammar (or the lexer's leading words when the parser is unavailable). */
export interface StatementFacts {
  /** The parse node's type, e.g. `IndexStmt`, `AlterTableStmt`, `UpdateStmt`; `unknown` without a parse tree. */
  kind: string;
  /** The relation the statement works on (CREATE INDEX ON, ALTER TABLE, UPDATE, DELETE, RENAME, CREATE TRIGGER ON...). */
  table?: RelationRef;
  /** CREATE/DROP INDEX CONCURRENTLY. */
  concurrent?: boolean;
  commands?: AlterCommand[];
  /** DROP TABLE / DROP MATERIALIZED VIEW targets. */
  drops?: RelationRef[];
  rename?: { what: 'table' | 'column'; from: string; to: string; columnIsNew?: boolean };
  /** UPDATE or DELETE without WHERE: every row. */
  everyRow?: boolean;
  /** The statement sets lock_timeout (SET, SET LOCAL or set_config) to something other than 0. */
  setsLockTimeout?: boolean;
  /** Foreign keys the statement declares (CREATE TABLE or ALTER TABLE ADD), with the child. */
  foreignKeys?: { child: RelationRef; parent: RelationRef; notValid: boolean }[];
  /** Schema change (as opposed to data change, SET, SELECT). */
  ddl: boolean;
  /** What would rewrite the relation, when the statement itself says so (CLUSTER, VACUUM FULL, SET LOGGED). */
  rewriteCause?: string;
}

export interface ObservedStatement {
  /** 1-based line and column of the statement's first token in the file. */
  line: number;
  column: number;
  /** The statement, comments removed, whitespace folded, clipped for messages. */
  text: string;
  facts: StatementFacts;
  /** The analysis pass ran this statement (false: the static facts are all we have). */
  observed: boolean;
  /** Locks that block reads or writes, taken by this statement on existing relations (tables, not their indexes). */
  locks: ObservedLock[];
  /** Existing relations whose data file was replaced (a rewrite), tables and indexes. */
  rewritten: { relation: string; kind: 'table' | 'index' }[];
  /** Existing tables read whole (sequential scans counted in pg_stat_xact_user_tables) while the statement ran. */
  scanned: { relation: string; scans: number }[];
  /** The analysis pass stopped at this statement with this error (the real run reports it). */
  failed?: string;
}

export interface SectionObservation {
  /** `observed`: statements ran in a rolled-back transaction; `static`: only the parse tree was read (see note). */
  mode: 'observed' | 'static';
  /** Why the section could not be observed, in words for the report. */
  note?: string;
  statements: ObservedStatement[];
}

const BLOCKS: Record<LockMode, Blocks> = {
  AccessShareLock: 'nothing',
  RowShareLock: 'nothing',
  RowExclusiveLock: 'nothing',
  ShareUpdateExclusiveLock: 'nothing',
  ShareLock: 'writes',
  ShareRowExclusiveLock: 'writes',
  ExclusiveLock: 'writes',
  AccessExclusiveLock: 'reads and writes',
};
const STRENGTH: LockMode[] = Object.keys(BLOCKS) as LockMode[];

export function blocksOf(mode: string): Blocks {
  return Object.hasOwn(BLOCKS, mode) ? BLOCKS[mode as LockMode] : 'nothing';
}

/** ACCESS EXCLUSIVE for AccessExclusiveLock, as the PostgreSQL documentation writes the modes. */
export function modeName(mode: LockMode): string {
  return mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

export function stronger(a: LockMode, b: LockMode): LockMode {
  return STRENGTH.indexOf(a) >= STRENGTH.indexOf(b) ? a : b;
}
