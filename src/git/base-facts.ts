import type { Direction, TextRange } from '../formats/format';

/** A migration section as it was at the base: the tool has (or will have) run it on every database. */
export interface BaseFile {
  name: string;
  version: bigint;
  versionText: string;
  direction: Direction;
  /** The whole file at the base. */
  text: string;
  /** The section inside `text`. */
  body: TextRange;
}

/** The migrations directory at the base commit, and where git's rename detection says its files went. */
export interface BaseComparison {
  commit: string;
  /** How the base was chosen, for messages: "v1.4.0", "the pull request's base", or a short SHA. */
  label: string;
  /** The migrations directory relative to the repository root ('' at the root), for git commands in hints. */
  dirInRepo: string;
  /** Sections of the files directly in the migrations directory at the base whose names the tool parses. */
  files: BaseFile[];
  /** Base file name -> absolute path it was renamed to (possibly outside the directory). */
  renames: Map<string, string>;
}
