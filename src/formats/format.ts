import type { Client } from 'pg';

/**
 * The seam between migration-guard and a migration tool. Everything that is
 * one tool's (which files belong to it, how names parse to versions, how up
 * and down pair, how a section is sent to PostgreSQL, its version table, what
 * its errors look like) lives in src/formats/<tool>/ behind this interface;
 * nothing outside that folder asks which tool it is.
 */
export type ToolName = 'golang-migrate' | 'goose' | 'dbmate';
export const TOOL_NAMES: readonly ToolName[] = ['golang-migrate', 'goose', 'dbmate'];

export type Direction = 'up' | 'down';

/** Code-unit offsets into a file's text: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * How the tool sends one section (an up or a down) to PostgreSQL.
 * - `implicit`: the units are sent as they are; PostgreSQL wraps each simple query in its own implicit
 *   transaction unless the text has its own BEGIN/COMMIT (golang-migrate). The version table is written
 *   in transactions of its own before and after.
 * - `wrapped`: BEGIN, every unit, the version record, COMMIT (goose and dbmate by default).
 * - `none`: every unit, then the version record, each committing on its own (goose `NO TRANSACTION`,
 *   dbmate `transaction:false`).
 */
export interface Execution {
  /** Pieces sent one after the other, each as one simple query (golang-migrate and dbmate: one; goose: one per statement). */
  units: TextRange[];
  transaction: 'implicit' | 'wrapped' | 'none';
}

/** What a file name says, once the tool's grammar accepted it. */
export interface ParsedName {
  version: bigint;
  /** The version digits as written (keeps zero-padding). */
  versionText: string;
  /** The title after the version. */
  identifier: string;
  /** golang-migrate names the direction in the file name; goose and dbmate keep both in one file. */
  direction?: Direction;
}

export type NameResult =
  | { ok: true; name: ParsedName }
  /**
   * `lookalike`: the name looks meant to be a migration (reported as `unparsable-name`); otherwise it is quietly not ours (README.md).
   * `code`: a migration the tool runs as code, not SQL (a goose Go migration): the tool runs it at this version, migration-guard
   * cannot (reported once by `code-migrations`, never as an unparsable name).
   */
  | { ok: false; reason: string; lookalike: boolean; code?: { version: bigint; versionText: string } };

/** One direction of one migration inside a file. */
export interface SectionPlan {
  direction: Direction;
  /** The section's text inside the file (golang-migrate: the whole file). */
  body: TextRange;
  execution: Execution;
  /** The file has no such section at all (goose without `-- +goose Down`), as opposed to one that is written but empty. */
  absent?: true;
}

export type SectionsResult =
  | { ok: true; sections: SectionPlan[] }
  /**
   * The tool refuses the file (e.g. goose without `-- +goose Up`): 1-based line and the tool's reason. `upApplies`: only the
   * tool's down refuses it (goose reads the down section for `goose down` only), so its up command does not stop there.
   */
  | { ok: false; line: number; reason: string; upApplies?: true };

/** What a version step writes: after an up, `version` is applied; after a down, `previous` is the newest still applied. */
export interface StepTarget {
  version: bigint;
  /** The version as the file name spells it (dbmate records the text: `001` stays `001`). */
  versionText?: string;
  direction: Direction;
  /** The newest version below `version` that stays applied (NO_VERSION when none). */
  previous: bigint;
}

/** `previous` when no version stays applied; each tool's version table writes it in that tool's own way. */
export const NO_VERSION = -1n;

/** The tool's bookkeeping table, written statement for statement as the tool writes it. */
export interface VersionTable {
  /** Schema-qualified and quoted, known after ensure(); never part of a schema comparison. */
  readonly qualifiedName: string;
  /** Creates the table as the tool does when it first connects. */
  ensure(): Promise<void>;
  /** Before a section runs (golang-migrate records the target version dirty). */
  beforeSection(step: StepTarget): Promise<void>;
  /**
   * Does beforeSection's write now (once: beforeSection then writes nothing), so that work done before the section
   * (the observation pass replays it) sees the table as the section will. Absent where beforeSection writes nothing.
   */
  writeAhead?(step: StepTarget): Promise<void>;
  /**
   * Records a step that succeeded; called inside the section's transaction when the tool wraps one. `next`, the step
   * that will run next, lets a tool whose next beforeSection writes (golang-migrate) send that write in the same round
   * trip: no migration file runs between the two (only migration-guard's reads, its rolled-back observation pass and
   * seeded rows, never in this table), so every file sees the table in the same state as before.
   */
  record(step: StepTarget, next?: StepTarget): Promise<void>;
  /** After a failure: make the table say that exactly `applied` (ascending) are applied, as a person fixing it would (`migrate force`). */
  force(applied: bigint[]): Promise<void>;
}

/** A migration a fix adds: its version as the file name spells it, its title, and one statement per direction. */
export interface NewMigration {
  versionText: string;
  identifier: string;
  up: string;
  down: string;
  outsideTransaction: boolean;
}

/** What a deployed database's version table says. */
export interface DeployedState {
  /** The newest applied version; undefined when nothing is applied. */
  version?: bigint;
  /** Every applied version, ascending, for tools that keep one row per version (goose, dbmate); golang-migrate keeps one row. */
  applied?: bigint[];
  /** golang-migrate only: a migration failed part-way there. */
  dirty: boolean;
}

/** How messages and hints name the tool's own commands. */
export interface ToolWords {
  /** e.g. "golang-migrate" */
  label: string;
  /** e.g. "migrate up" */
  upCommand: string;
  /** e.g. "migrate down 1" */
  downCommand: string;
  /** A file name to show in "expected names like ..." */
  exampleName: string;
  /** How the tool makes the next migration file, e.g. "migrate create -seq". */
  createCommand: string;
  /** How a name must be spelled for the tool to run it (unparsable-name's hint). */
  nameRule: string;
  /** What the tool does with a name it does not take, e.g. "silently skips" (unparsable-name). */
  skipsName: string;
  /** What the tool answers for a database at a version it has no file for; `{version}` stands for the version. */
  unknownVersion: string;
  /** The same, said of the databases that ran a migration whose file was deleted (applied-deleted); `{version}` as above. */
  deletedVersion: string;
  /** How to record by hand that every version up to {version} is applied, running nothing ({table}: the version table). */
  forceCommand: string;
  /** The marker lines opening each direction's section, for tools that keep both directions in one file. */
  sectionMarkers?: { up: string; down: string };
  /** The rollback command as prose names it, without arguments, e.g. "migrate down" (missing-down). */
  rollbackCommand: string;
  /** How the tool sends a section to PostgreSQL, as the start of a sentence, e.g. "golang-migrate sends the whole file as one query". */
  sendsSection: string;
  /** How a section is made to run outside a transaction, in the tool's terms, e.g. "transaction:false". */
  outsideTransaction: string;
  /**
   * Why a statement that cannot run inside a transaction block (CREATE INDEX CONCURRENTLY) failed, and the tool's way to
   * run it, by how its section was sent (Execution.transaction); `{marker}` stands for the section's marker line.
   * A way of sending the tool never uses needs no words.
   */
  transactionBlock: Partial<Record<Execution['transaction'], string>>;
  /** The state a migration that failed part-way leaves the database in, e.g. "dirty" (golang-migrate's flag). */
  afterFailure: string;
  /** Why settings a file changes in its session reach the next file, e.g. "golang-migrate runs every file on one connection". */
  sharedSession: string;
  /** What would cancel a statement that runs too long when the tool deploys, e.g. "golang-migrate's x-statement-timeout". */
  statementTimeout: string;
}

/**
 * What the tool's files can express, for the checks that only make sense where they can (a check names the capability
 * it requires instead of each tool listing the checks it skips).
 */
export interface Capabilities {
  /** Up and down are files of their own (golang-migrate), so one can be missing or named unlike its pair; goose and dbmate keep both in one file. */
  directionFiles: boolean;
  /** The tool numbers new migrations 1, 2, 3 when asked (`migrate create -seq`, `goose create -s`), so a gap can mean a lost migration; dbmate makes timestamps only. */
  sequentialVersions: boolean;
  /**
   * A gap in sequential versions is worth a warning (an error when the change opens it): golang-migrate's sequential
   * directories come from `migrate create -seq`, which never skips, so a gap is more often a file deleted or renumbered
   * than a choice. goose runs whatever versions it finds in order, gaps or not, and its users number by hand as often as
   * with `goose create -s`, so there a gap is a notice at most. Neither tool needs contiguous versions to run.
   */
  gapsWarn: boolean;
}

export type Capability = keyof Capabilities;

export interface MigrationFormat {
  readonly tool: ToolName;
  readonly words: ToolWords;
  /** The version table's name when the user does not choose one. */
  readonly defaultTable: string;
  /** What the tool's files can express; checks that require a capability the tool lacks do not run for it. */
  readonly capabilities: Capabilities;
  /**
   * Whether the tool applies a version older than the newest applied one (dbmate does; golang-migrate
   * silently skips it; goose refuses unless -allow-missing): `out-of-order` words its finding by this.
   */
  readonly olderVersions: 'skipped' | 'refused' | 'applied';
  parseName(fileName: string): NameResult;
  /** Splits a file whose name parsed into the sections the tool would run, or says why the tool refuses it. */
  sections(text: string, name: ParsedName): SectionsResult;
  /** How sure we are that a directory listing belongs to this tool: the number of files that only this tool would run. */
  recognise(files: { name: string; text: string }[]): number;
  versionTable(client: Client, table: string): VersionTable;
  /**
   * The files of a new migration as the tool names and marks them, for a fix that needs a migration of its own
   * (src/fixes/): `outsideTransaction` when its one statement per direction cannot run in a transaction block
   * (CREATE INDEX CONCURRENTLY). Names inside the migrations directory; texts end with a newline.
   */
  newMigration(m: NewMigration): { name: string; text: string }[];
  /**
   * One statement a fix writes into a section, marked so that the tool sends it whole although semicolons end lines
   * inside it (a function body). Absent: the tool sends the statement as written.
   */
  wholeStatement?(sql: string): string;
  /** Reads a deployed database's version table (inside a read-only transaction the caller opened). */
  readDeployed(client: Client, table: string): Promise<DeployedState>;
}
