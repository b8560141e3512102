import type { Direction, Execution, MigrationFormat, TextRange } from './format';

/**
 * One direction of one migration, as the tool runs it. golang-migrate keeps
 * each direction in a file of its own; goose and dbmate keep both in one file,
 * so two MigrationFile values may share a path and text, each with its body.
 */
export interface MigrationFile {
  /** Absolute path. */
  path: string;
  /** File name inside the migrations directory. */
  name: string;
  version: bigint;
  /** The version digits as written in the name (keeps zero-padding). */
  versionText: string;
  identifier: string;
  direction: Direction;
  /** The whole file's text exactly as read (BOM and CR LF kept): lines and columns count in it. */
  text: string;
  /** Where this direction's section lies in `text` (golang-migrate: all of it). */
  body: TextRange;
  /** How the tool sends the section. */
  execution: Execution;
  /** The file has no such section at all (goose without `-- +goose Down`): the tool runs nothing, by design. */
  absent?: true;
  /** False when the bytes are not valid UTF-8 (the text then holds replacement characters). */
  validUtf8: boolean;
  /** Why PostgreSQL would refuse the bytes before running anything; `offset` is into `text`. */
  unsendable?: { kind: 'invalid-utf8'; offset: number; bytes: string } | { kind: 'nul'; offset: number };
}

/** The text of a file's section: what the tool sends for that direction. */
export function bodyText(file: Pick<MigrationFile, 'text' | 'body'>): string {
  return file.body.start === 0 && file.body.end === file.text.length ? file.text : file.text.slice(file.body.start, file.body.end);
}

/** One version: the up and down the tool would run for it (either may be missing). */
export interface Migration {
  version: bigint;
  versionText: string;
  up?: MigrationFile;
  down?: MigrationFile;
  /** A file of this version the tool would read could not be read (unreadable-file): its name. The version is not run. */
  unreadable?: string;
}

export interface SkippedFile {
  path: string;
  name: string;
  reason: string;
  /** What to do about it, when it depends on the reason (an unreadable file: a link, a FIFO, permissions). */
  hint?: string;
}

/** A file whose name the tool accepts but whose content it refuses to load (goose without `-- +goose Up`). */
export interface MalformedFile extends SkippedFile {
  line: number;
  version: bigint;
  versionText: string;
  /** Only the tool's down refuses it: its up command goes on past it. */
  upApplies?: true;
  /** It starts with a UTF-8 byte order mark, which the tool reads as part of the first line (so a marker there is not one). */
  byteOrderMark?: true;
}

/** A migration the tool runs as code (a goose Go migration): it has a version in the tool's order, but no SQL to run here. */
export interface CodeMigration {
  path: string;
  name: string;
  version: bigint;
  versionText: string;
}

export interface DuplicateFiles {
  version: bigint;
  /** Absent for tools that keep both directions in one file. */
  direction?: Direction;
  /** Sorted by name; the tool refuses to load the directory at all. */
  files: MigrationFile[];
}

export interface MigrationSet {
  dir: string;
  /** The tool whose rules read this directory. */
  format: MigrationFormat;
  /** How the tool was chosen, for the log and the report: "migration-tool input" or what auto detection saw. */
  formatReason: string;
  /** Ascending by version, as the tool orders them. */
  migrations: Migration[];
  /** Every runnable section, in directory order. */
  files: MigrationFile[];
  /** Files that look like migrations but the tool would silently skip. */
  skipped: SkippedFile[];
  /** Files the tool would read but migration-guard refuses or cannot read (a symlink out of the repository). */
  refused: SkippedFile[];
  /** Files the tool would refuse to load. */
  malformed: MalformedFile[];
  /** Migrations the tool runs as code (goose `.go`), ascending by version: not run here. */
  codeMigrations: CodeMigration[];
  duplicates: DuplicateFiles[];
}

/**
 * The directory as far as the tool's up command gets when it stops at `version` (it refuses that file when it reaches
 * it, after applying the ones before): the migrations and sections below that version.
 */
export function setBefore(set: MigrationSet, version: bigint): MigrationSet {
  return { ...set, migrations: set.migrations.filter((m) => m.version < version), files: set.files.filter((f) => f.version < version) };
}

/**
 * The line a finding about a whole section points at: 1 for a file that is one
 * section (golang-migrate), else the section's first statement.
 */
export function sectionLine(file: Pick<MigrationFile, 'text' | 'body'>): number {
  if (file.body.start === 0) return 1;
  const body = file.text.slice(file.body.start, file.body.end);
  const first = /^(?:\s|--[^\n]*(?:\n|$))*/.exec(body)?.[0].length ?? 0;
  let line = 1;
  // An empty section at the very end (goose's `-- +goose Down` as the last line): its marker's line, not one past the end.
  const pastEnd = first >= body.length && file.body.start >= file.text.length && file.text.endsWith('\n');
  const end = pastEnd ? file.body.start - 1 : file.body.start + (first < body.length ? first : 0);
  for (let i = 0; i < end; i++) if (file.text.charCodeAt(i) === 10) line++;
  return line;
}
