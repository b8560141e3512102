import type { Direction } from './parse';

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
  /** The file's text exactly as it will be sent (BOM and CR LF kept). */
  text: string;
  /** False when the bytes are not valid UTF-8 (the text then holds replacement characters). */
  validUtf8: boolean;
  /** Why PostgreSQL would refuse the bytes before running anything; `offset` is into `text`. */
  unsendable?: { kind: 'invalid-utf8'; offset: number; bytes: string } | { kind: 'nul'; offset: number };
}

/** One version: the up and down golang-migrate would run for it (either may be missing). */
export interface Migration {
  version: bigint;
  versionText: string;
  up?: MigrationFile;
  down?: MigrationFile;
}

export interface SkippedFile {
  path: string;
  name: string;
  reason: string;
}

export interface DuplicateFiles {
  version: bigint;
  direction: Direction;
  /** Sorted by name; golang-migrate refuses to load the directory at all. We check the first. */
  files: MigrationFile[];
}

export interface MigrationSet {
  dir: string;
  /** Ascending by version, as golang-migrate orders them. */
  migrations: Migration[];
  files: MigrationFile[];
  /** Files that look like migrations but golang-migrate would silently skip. */
  skipped: SkippedFile[];
  /** Files golang-migrate would read but migration-guard refuses or cannot read (a symlink out of the repository). */
  refused: SkippedFile[];
  duplicates: DuplicateFiles[];
}
